extension NetworkValidator {
  /// Warnings: a stop no connector reaches, a stop no line serves, a place with neither a road link
  /// nor a connector (`served`, by place index, marks the others). Rows whose references do not resolve are left out
  /// (their error is reported).
  ///
  /// Rows are read field by field in place (`stops[index].id`): `for stop in stops` would copy
  /// each whole row out, retaining and releasing every text it holds.
  mutating func checkReach(served: [Bool]) {
    let stops = network.stops.rows
    let connectors = network.connectors.rows
    var connected = [Bool](repeating: false, count: stops.count)
    for index in connectors.indices {
      guard let stop = references.connectorStops[index],
        references.connectorPlaces[index] != nil
          || resolves(connectors[index].place.rawValue, in: .places)
      else { continue }
      connected[stop] = true
    }
    var servedStops = [Bool](repeating: false, count: stops.count)
    for line in references.lineStops {
      for case let index? in line { servedStops[index] = true }
    }
    for index in stops.indices where isUsable(stopAt: index) {
      if !connected[index] {
        let id = stops[index].id
        warning(
          .stop(id), "id",
          "stop '\(id)' is reached by no connector: nobody can board or leave it "
            + "(except by stop transfer)")
      }
      if !servedStops[index] {
        let id = stops[index].id
        warning(.stop(id), "id", "stop '\(id)' is served by no line")
      }
    }
    for index in network.places.indices where !served[index] {
      let id = network.places.rows[index].id
      warning(
        .place(id), "id",
        "place '\(id)' is unreachable by any mode: no road link ends there and no connector "
          + "serves it")
    }
  }

  /// By place index, whether some usable road link ends at the place or some usable connector
  /// serves it.
  func placesWithRoadOrConnector() -> [Bool] {
    var served = [Bool](repeating: false, count: network.places.count)
    // Rows are read field by field in place (see `checkText`).
    let links = network.roadLinks.rows
    for index in links.indices where links[index].from != links[index].to {
      // A link is usable when both ends resolve; a lookup that fails may still resolve (an
      // unloaded row), which `resolves` decides.
      let (from, to) = references.linkEnds[index]
      guard from != nil || resolves(links[index].from.rawValue, in: .roadNodes),
        to != nil || resolves(links[index].to.rawValue, in: .roadNodes)
      else { continue }
      if case .place(let index) = from { served[index] = true }
      if case .place(let index) = to { served[index] = true }
    }
    let connectors = network.connectors.rows
    for index in connectors.indices {
      if let place = references.connectorPlaces[index],
        references.connectorStops[index] != nil
          || resolves(connectors[index].stop.rawValue, in: .stops)
      {
        served[place] = true
      }
    }
    return served
  }

  /// Warns about places that no trip by any mode connects with any other place although they have
  /// a road link or a connector (their roads and stops lead nowhere). Links, connectors, stop
  /// transfers and lines are taken both ways (one-way dead ends are not reported). Runs on a
  /// network without errors: every reference resolves. `served`: by place index, whether the place
  /// has a road link or a connector.
  mutating func checkConnectivity(served: [Bool]) {
    let places = network.places
    guard places.count > 1 else { return }
    let junctionBase = places.count
    let stopBase = junctionBase + network.junctions.count
    var components = DisjointSets(count: stopBase + network.stops.count)
    func node(_ node: RoadNode?) -> Int? {
      switch node {
      case .place(let index): return index
      case .junction(let index): return junctionBase + index
      case nil: return nil
      }
    }
    for ends in references.linkEnds {
      if let from = node(ends.from), let to = node(ends.to) { components.union(from, to) }
    }
    for (place, stop) in zip(references.connectorPlaces, references.connectorStops) {
      if let place, let stop { components.union(place, stopBase + stop) }
    }
    for stops in references.transferStops {
      if let from = stops.from, let to = stops.to {
        components.union(stopBase + from, stopBase + to)
      }
    }
    for line in references.lineStops {
      let indices = line.compactMap { $0 }
      for (a, b) in zip(indices, indices.dropFirst()) {
        components.union(stopBase + a, stopBase + b)
      }
    }
    var placesPerComponent: [Int: Int] = [:]
    for index in places.indices { placesPerComponent[components.find(index), default: 0] += 1 }
    for index in places.indices where served[index] {
      if placesPerComponent[components.find(index)] == 1 {
        let id = places.rows[index].id
        warning(
          .place(id), "id",
          "place '\(id)' is cut off: no trip by any mode connects it with another place "
            + "(its roads and stops lead nowhere)")
      }
    }
  }
}
