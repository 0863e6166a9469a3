/// One edit resolved against the network as edited so far and, when it fits, applied: the edit's
/// problems and, when applied, a sentence saying what it did.
struct EditStep {
  let edit: ScenarioEdit
  let scenario: String
  var diagnostics: [InputDiagnostic] = []
  var summary: String?

  init(edit: ScenarioEdit, scenario: String) {
    self.edit = edit
    self.scenario = scenario
  }

  mutating func error(_ member: String, _ message: String) {
    diagnostics.append(
      InputDiagnostic(
        .error, edit.location(member),
        "edit \(edit.number) (\(edit.type.rawValue)): \(message)"))
  }

  /// Where an existing row is written, for messages (" (places.csv:12:1)").
  func at(_ row: SourceMap.Row, in sources: SourceMap) -> String {
    sources.location(of: row, "id").map { " (\($0))" } ?? ""
  }

  mutating func run(
    on network: inout Network, sources: inout SourceMap, parameters: inout Parameters
  ) {
    let origin = edit.cells.origin
    switch edit.change {
    case .addLine(let line, let derived):
      addLine(line, derived: derived, &network, &sources)
    case .removeLine(let id):
      guard let line = network.lines.remove(key: id) else {
        return error("line", "no line '\(id)' in the network")
      }
      let corridors = removeFromCorridors(&network) { $0.lineIDs.removeAll { $0 == id } }
      summary = "removed line \(id) \(line.nameZh) (\(line.stops.count) stops)" + corridors
    case .modifyLine(let id, let modification):
      modifyLine(id, modification, &network, &sources)
    case .addStop(let stop):
      guard !network.stops.contains(key: stop.id) else {
        return error("id", "a stop '\(stop.id)' exists already\(at(.stop(stop.id), in: sources))")
      }
      network.stops.insert(stop)
      sources.record(.stop(stop.id), origin)
      summary = "added stop \(stop.id) \(stop.nameZh) (\(stop.kind.rawValue), place \(stop.place))"
    case .removeStop(let id):
      removeStop(id, &network)
    case .modifyStop(let id, let modification):
      modifyStop(id, modification, &network, &sources)
    case .addConnector(let connector):
      guard network.connectors.insert(connector) else {
        return error(
          "place",
          "the connector \(connector.key) exists already\(at(.connector(connector.key), in: sources))"
        )
      }
      sources.record(.connector(connector.key), origin)
      summary =
        "added connector \(connector.key), \(Parameters.format(connector.minutes)) min"
    case .removeConnector(let key):
      guard network.connectors.remove(key: key) != nil else {
        return error("place", "no connector \(key) in the network")
      }
      summary = "removed connector \(key)"
    case .modifyConnector(let key, let minutes):
      modifyConnector(key, minutes: minutes, &network, &sources)
    case .addStopTransfer(let transfer):
      guard network.stopTransfers.insert(transfer) else {
        return error("from_stop", "the stop transfer \(transfer.key.undirected) exists already")
      }
      sources.record(.stopTransfer(transfer.key), origin)
      summary =
        "added stop transfer \(transfer.key.undirected), \(Parameters.format(transfer.minutes)) min"
    case .removeStopTransfer(let key):
      removeStopTransfer(key, &network)
    case .modifyStopTransfer(let key, let minutes):
      modifyStopTransfer(key, minutes: minutes, &network, &sources)
    case .addRoadLink(let link):
      guard network.roadLinks.insert(link) else {
        return error(
          "id", "a road link '\(link.id)' exists already\(at(.roadLink(link.id), in: sources))")
      }
      sources.record(.roadLink(link.id), origin)
      summary =
        "added road link \(link.id) \(link.from) – \(link.to) (\(link.road), \(link.roadClass.rawValue), "
        + "\(Parameters.format(link.lengthKm)) km)"
    case .modifyRoadLink(let id, let modification):
      modifyRoadLink(id, modification, &network, &sources)
    case .closeRoadLink(let id):
      guard let link = network.roadLinks.remove(key: id) else {
        return error("link", "no road link '\(id)' in the network")
      }
      let corridors = removeFromCorridors(&network) { $0.linkIDs.removeAll { $0 == id } }
      summary = "closed road link \(id) \(link.from) – \(link.to) (\(link.road))" + corridors
    case .addJunction(let junction):
      guard network.roadNode(RoadNodeID(junction.id)) == nil else {
        return error("id", "a road node '\(junction.id)' exists already (a place or a junction)")
      }
      network.junctions.insert(junction)
      sources.record(.junction(junction.id), origin)
      summary = "added junction \(junction.id) \(junction.nameZh)"
    case .removeJunction(let id):
      removeJunction(id, &network)
    case .addPlace(let place):
      guard network.roadNode(RoadNodeID(place.id)) == nil else {
        return error("id", "a road node '\(place.id)' exists already (a place or a junction)")
      }
      network.places.insert(place)
      sources.record(.place(place.id), origin)
      summary = "added place \(place.id) \(place.nameZh) (\(place.population) residents)"
    case .modifyPlace(let id, let modification):
      modifyPlace(id, modification, &network, &sources)
    case .removePlace(let id):
      removePlace(id, &network)
    case .setParameter(let name, let value):
      var changed = parameters
      do {
        try changed.set(name, to: value)
      } catch {
        return self.error("value", "\(error)")
      }
      guard changed != parameters else {
        return error("value", "changes nothing: \(name) is already \(value)")
      }
      parameters = changed
      summary = "set parameter \(Parameters.canonicalName(name) ?? name) = \(value)"
    }
  }

  /// Runs `body` on every corridor and says which changed (", also out of corridor x").
  private func removeFromCorridors(_ network: inout Network, _ body: (inout Corridor) -> Void)
    -> String
  {
    var changed: [CorridorID] = []
    for corridor in network.corridors {
      var edited = corridor
      body(&edited)
      if edited != corridor {
        network.corridors.update(edited)
        changed.append(corridor.id)
      }
    }
    if changed.isEmpty { return "" }
    return "; also out of corridor " + changed.map(\.rawValue).joined(separator: ", ")
  }

  private mutating func removeStop(_ id: StopID, _ network: inout Network) {
    guard let stop = network.stops[key: id] else {
      return error("stop", "no stop '\(id)' in the network")
    }
    let lines = network.lines.filter { $0.stops.contains { $0.stop == id } }.map(\.id.rawValue)
    guard lines.isEmpty else {
      return error(
        "stop",
        "lines still stop at '\(id)': \(lines.joined(separator: ", ")); take it out of them first "
          + "(modify-line remove_stops) or remove them")
    }
    network.stops.remove(key: id)
    let connectors = network.connectors.filter { $0.stop == id }.map(\.key)
    for key in connectors { network.connectors.remove(key: key) }
    let transfers = network.stopTransfers.filter { $0.fromStop == id || $0.toStop == id }
      .map(\.key)
    for key in transfers { network.stopTransfers.remove(key: key) }
    var text = "removed stop \(id) \(stop.nameZh)"
    if !connectors.isEmpty { text += ", its \(connectors.count) connector(s)" }
    if !transfers.isEmpty { text += ", its \(transfers.count) stop transfer(s)" }
    summary = text
  }

  private mutating func removePlace(_ id: PlaceID, _ network: inout Network) {
    guard let place = network.places[key: id] else {
      return error("place", "no place '\(id)' in the network")
    }
    let node = RoadNodeID(id)
    var users: [String] = []
    users += network.stops.filter { $0.place == id }.map { "stop \($0.id)" }
    users += network.roadLinks.filter { $0.from == node || $0.to == node }.map {
      "road link \($0.id)"
    }
    users += network.places.filter { $0.parent == id }.map { "place \($0.id) (parent)" }
    guard users.isEmpty else {
      return error(
        "place", "still used by \(users.joined(separator: ", ")): remove or change them first")
    }
    network.places.remove(key: id)
    let connectors = network.connectors.filter { $0.place == id }.map(\.key)
    for key in connectors { network.connectors.remove(key: key) }
    let corridors = removeFromCorridors(&network) { $0.placeIDs.removeAll { $0 == id } }
    summary =
      "removed place \(id) \(place.nameZh) (\(place.population) residents)"
      + (connectors.isEmpty ? "" : ", its \(connectors.count) connector(s)") + corridors
  }

  private mutating func modifyPlace(
    _ id: PlaceID, _ modification: PlaceModification, _ network: inout Network,
    _ sources: inout SourceMap
  ) {
    guard var place = network.places[key: id] else {
      return error("place", "no place '\(id)' in the network")
    }
    var changes: [String] = []
    if let population = modification.population, population != place.population {
      changes.append("population \(place.population) → \(population)")
      place.population = population
    }
    if let scope = modification.scope, scope != place.scope {
      changes.append("in_scope \(place.scope.rawValue) → \(scope.rawValue)")
      place.scope = scope
    }
    let parent = modification.clearParent ? nil : (modification.parent ?? place.parent)
    if parent != place.parent {
      changes.append("parent \(place.parent?.rawValue ?? "none") → \(parent?.rawValue ?? "none")")
      place.parent = parent
    }
    guard !changes.isEmpty else { return error("place", "changes nothing in place '\(id)'") }
    network.places.update(place)
    sources.record(.place(id), edit.cells.origin)
    summary = "changed place \(id) \(place.nameZh): " + changes.joined(separator: ", ")
  }

  private mutating func modifyRoadLink(
    _ id: RoadLinkID, _ modification: RoadLinkModification, _ network: inout Network,
    _ sources: inout SourceMap
  ) {
    guard var link = network.roadLinks[key: id] else {
      return error("link", "no road link '\(id)' in the network")
    }
    let before = link
    if let roadClass = modification.roadClass { link.roadClass = roadClass }
    if let length = modification.lengthKm { link.lengthKm = length }
    if let speed = modification.speedKmh { link.speedKmh = speed }
    if modification.clearSpeed { link.speedKmh = nil }
    if let minutes = modification.minutes { link.minutes = minutes }
    if modification.clearMinutes { link.minutes = nil }
    guard link != before else { return error("link", "changes nothing in road link '\(id)'") }
    network.roadLinks.update(link)
    sources.record(.roadLink(id), edit.cells.origin)
    func describe(_ link: RoadLink) -> String {
      var parts = ["\(link.roadClass.rawValue)", "\(Parameters.format(link.lengthKm)) km"]
      if let speed = link.speedKmh { parts.append("\(Parameters.format(speed)) km/h") }
      if let minutes = link.minutes { parts.append("\(Parameters.format(minutes)) min") }
      return parts.joined(separator: ", ")
    }
    summary = "changed road link \(id) (\(link.road)): \(describe(before)) → \(describe(link))"
  }
}
