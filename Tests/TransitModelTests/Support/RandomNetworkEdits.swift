import TransitModel

/// Random edits made directly to a `Network` value (not through a scenario), for the diff's round
/// trip: every kind of row added, removed and changed, including what no scenario edit carries
/// (names, sources). The result may be invalid (a line left with one stop): callers validate it.
enum RandomNetworkEdits {
  static func apply(_ count: Int, to base: Network, _ random: inout SplitMix64) -> Network {
    var network = base
    for tag in 0..<count { edit(&network, &random, tag: tag) }
    return network
  }

  private static func pick<T>(_ items: [T], _ random: inout SplitMix64) -> T? {
    items.isEmpty ? nil : items[random.int(below: items.count)]
  }

  private static func minutes(_ random: inout SplitMix64) -> Double {
    // Not only halves: figures that print with many digits must survive the JSON round trip.
    random.chance(0.3) ? random.uniform(0.1, 90) : Double(random.int(1...120)) / 2
  }

  private static func edit(_ network: inout Network, _ random: inout SplitMix64, tag: Int) {
    let nodes = network.places.map(\.id.rawValue) + network.junctions.map(\.id.rawValue)
    switch random.int(0...13) {
    case 0:  // a road link's figures
      guard var link = pick(network.roadLinks.rows, &random) else { return }
      switch random.int(0...3) {
      case 0: link.minutes = link.minutes == nil ? minutes(&random) : nil
      case 1: link.lengthKm = Double(random.int(1...90))
      case 2: link.speedKmh = link.speedKmh == nil ? Double(random.int(20...120)) : nil
      default: link.roadClass = pick(RoadClass.allCases, &random)!
      }
      network.roadLinks.update(link)
    case 1:  // a road link's ends or direction
      guard var link = pick(network.roadLinks.rows, &random), let to = pick(nodes, &random),
        to != link.from.rawValue
      else { return }
      if random.chance(0.5) { link.to = RoadNodeID(to) } else { link.oneway.toggle() }
      network.roadLinks.update(link)
    case 2:  // a road link closed, or a new one
      if random.chance(0.5), let link = pick(network.roadLinks.rows, &random) {
        network.roadLinks.remove(key: link.key)
      } else if let from = pick(nodes, &random), let to = pick(nodes, &random), from != to {
        network.roadLinks.insert(
          RoadLink(
            id: RoadLinkID("e-r\(tag)"), from: RoadNodeID(from), to: RoadNodeID(to), road: "G9",
            roadClass: .national, lengthKm: 20, minutes: minutes(&random), source: "est. e"))
      }
    case 3:  // connectors
      if random.chance(0.4), var connector = pick(network.connectors.rows, &random) {
        connector.minutes = minutes(&random)
        network.connectors.update(connector)
      } else if random.chance(0.5), let connector = pick(network.connectors.rows, &random) {
        network.connectors.remove(key: connector.key)
      } else if let place = pick(network.places.rows, &random),
        let stop = pick(network.stops.rows, &random)
      {
        network.connectors.insert(
          Connector(
            place: place.id, stop: stop.id, mode: pick(AccessMode.allCases, &random)!,
            minutes: minutes(&random), source: "est. e"))
      }
    case 4:  // stop transfers
      if random.chance(0.4), var transfer = pick(network.stopTransfers.rows, &random) {
        transfer.minutes = minutes(&random)
        network.stopTransfers.update(transfer)
      } else if random.chance(0.5), let transfer = pick(network.stopTransfers.rows, &random) {
        network.stopTransfers.remove(key: transfer.key)
      } else if let a = pick(network.stops.rows, &random),
        let b = pick(network.stops.rows, &random),
        a.id != b.id,
        !network.stopTransfers.contains(where: { Set([$0.fromStop, $0.toStop]) == [a.id, b.id] })
      {
        network.stopTransfers.insert(
          StopTransfer(
            fromStop: a.id, toStop: b.id, mode: .metro, minutes: minutes(&random), source: "e"))
      }
    case 5:  // a line's own figures
      guard var line = pick(network.lines.rows, &random) else { return }
      switch random.int(0...3) {
      case 0:
        line.frequency =
          random.chance(0.5)
          ? .headway(minutes: minutes(&random) + 1) : .departuresPerDay(Double(random.int(1...50)))
      case 1: line.dwellMinutes = line.dwellMinutes == nil ? Double(random.int(0...6)) / 2 : nil
      case 2: line.lineClass = pick(LineClass.allCases, &random)!
      default: line.directions = line.directions == .both ? .forward : .both
      }
      network.lines.update(line)
    case 6:  // a line's stops
      guard var line = pick(network.lines.rows, &random),
        let stop = pick(network.stops.rows, &random)
      else { return }
      let position = random.int(1...line.stops.count)
      switch random.int(0...2) {
      case 0:
        line.stops.insert(
          LineStop(seq: 0, stop: stop.id, runMinutes: minutes(&random), source: "e"), at: position)
      case 1 where line.stops.count > 2:
        line.stops.remove(at: position - 1)
        line.stops[0].runMinutes = nil
      default:
        let index = random.int(1...(line.stops.count - 1))
        line.stops[index].runMinutes = minutes(&random)
        line.stops[index].dwellMinutes = random.chance(0.3) ? 1.5 : nil
      }
      for index in line.stops.indices { line.stops[index].seq = (index + 1) * 10 }
      network.lines.update(line)
    case 7:  // a line removed, or a new one
      if random.chance(0.4), let line = pick(network.lines.rows, &random) {
        network.lines.remove(key: line.key)
        for var corridor in network.corridors.rows {
          corridor.lineIDs.removeAll { $0 == line.id }
          network.corridors.update(corridor)
        }
      } else if let a = pick(network.stops.rows, &random),
        let b = pick(network.stops.rows, &random),
        a.id != b.id
      {
        network.lines.insert(
          Line(
            id: LineID("e-l\(tag)"), nameZh: "新线", nameEn: "New", lineClass: .intercity,
            frequency: .headway(minutes: 20), dwellMinutes: random.chance(0.5) ? 2 : nil,
            stops: [
              LineStop(seq: 1, stop: a.id, runMinutes: nil, source: "e"),
              LineStop(seq: 2, stop: b.id, runMinutes: minutes(&random), source: "e"),
            ], source: "est. e"))
      }
    case 8:  // a stop's kind, place or park and ride
      guard var stop = pick(network.stops.rows, &random) else { return }
      switch random.int(0...2) {
      case 0: stop.kind = pick(StopKind.allCases, &random)!
      case 1: stop.place = pick(network.places.rows, &random)!.id
      default: stop.parkAndRide.toggle()
      }
      network.stops.update(stop)
    case 9:  // a new stop with its connector, or a stop removed with what uses it
      if random.chance(0.5), let place = pick(network.places.rows, &random) {
        let id = StopID("e-s\(tag)")
        network.stops.insert(
          Stop(
            id: id, nameZh: "新站", nameEn: "New", kind: .rail, place: place.id, latitude: 43,
            longitude: 125, source: "e"))
        network.connectors.insert(
          Connector(place: place.id, stop: id, mode: .walk, minutes: 5, source: "e"))
      } else if let stop = pick(network.stops.rows, &random) {
        removeStop(stop.id, &network)
      }
    case 10:  // a place's population or scope, or a new place on a new road
      if random.chance(0.6), var place = pick(network.places.rows, &random) {
        if random.chance(0.5) {
          place.population += 50
        } else {
          place.scope = pick(ScopeMembership.allCases, &random)!
        }
        network.places.update(place)
      } else if let to = pick(nodes, &random) {
        let id = PlaceID("e-p\(tag)")
        network.places.insert(
          Place(
            id: id, nameZh: "新镇", nameEn: "New", kind: .town, latitude: 43, longitude: 125,
            population: 70, source: "e", populationSource: "e"))
        network.roadLinks.insert(
          RoadLink(
            id: RoadLinkID("e-pr\(tag)"), from: RoadNodeID(id), to: RoadNodeID(to), road: "X",
            roadClass: .urban, lengthKm: 5, source: "e"))
      }
    case 11:  // a place removed with what uses it (its stops move to another place)
      guard network.places.count > 2, let place = pick(network.places.rows, &random),
        let other = pick(network.places.rows.filter { $0.id != place.id }, &random)
      else { return }
      for var stop in network.stops.rows where stop.place == place.id {
        stop.place = other.id
        network.stops.update(stop)
      }
      removeRoadNode(place.id.rawValue, &network)
      network.places.remove(key: place.key)
      for connector in network.connectors.rows where connector.place == place.id {
        network.connectors.remove(key: connector.key)
      }
      for var corridor in network.corridors.rows {
        corridor.placeIDs.removeAll { $0 == place.id }
        network.corridors.update(corridor)
      }
    case 12:  // a junction added on a road, or removed with its roads
      if random.chance(0.5), let from = pick(nodes, &random) {
        let id = JunctionID("e-j\(tag)")
        network.junctions.insert(
          Junction(id: id, nameZh: "枢纽", nameEn: "J", latitude: 43, longitude: 125, source: "e"))
        network.roadLinks.insert(
          RoadLink(
            id: RoadLinkID("e-jr\(tag)"), from: RoadNodeID(from), to: RoadNodeID(id), road: "X",
            roadClass: .expressway, lengthKm: 12, source: "e"))
      } else if let junction = pick(network.junctions.rows, &random) {
        removeRoadNode(junction.id.rawValue, &network)
        network.junctions.remove(key: junction.key)
      }
    default:  // what moves no time: names and sources
      if var place = pick(network.places.rows, &random) {
        place.nameEn += " New"
        place.source = "renamed"
        network.places.update(place)
      }
      if var line = pick(network.lines.rows, &random) {
        line.stops[0].source = "checked again"
        network.lines.update(line)
      }
    }
  }

  private static func removeRoadNode(_ id: String, _ network: inout Network) {
    for link in network.roadLinks.rows where link.from.rawValue == id || link.to.rawValue == id {
      network.roadLinks.remove(key: link.key)
    }
  }

  /// Removes a stop from its lines (a line left with fewer than two stops goes), connectors and
  /// transfers.
  private static func removeStop(_ id: StopID, _ network: inout Network) {
    for var line in network.lines.rows where line.stops.contains(where: { $0.stop == id }) {
      line.stops.removeAll { $0.stop == id }
      if line.stops.count < 2 {
        network.lines.remove(key: line.key)
        continue
      }
      line.stops[0].runMinutes = nil
      for index in line.stops.indices.dropFirst() where line.stops[index].runMinutes == nil {
        line.stops[index].runMinutes = 10
      }
      network.lines.update(line)
    }
    for connector in network.connectors.rows where connector.stop == id {
      network.connectors.remove(key: connector.key)
    }
    for transfer in network.stopTransfers.rows
    where transfer.fromStop == id || transfer.toStop == id {
      network.stopTransfers.remove(key: transfer.key)
    }
    network.stops.remove(key: id)
  }
}
