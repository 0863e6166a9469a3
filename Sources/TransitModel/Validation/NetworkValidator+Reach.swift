extension NetworkValidator {
  /// Warnings: a stop no connector reaches, a stop no line serves, a place with neither a road link
  /// nor a connector (`served` are the others). Rows whose references do not resolve are left out
  /// (their error is reported).
  mutating func checkReach(served: Set<PlaceID>) {
    let connectors = network.connectors.filter(isUsable)
    let connectedStops = Set(connectors.map(\.stop))
    let servedStops = Set(network.lines.flatMap { resolvedStops(of: $0).map(\.stop.stop) })
    for stop in network.stops where isUsable(stop) {
      if !connectedStops.contains(stop.id) {
        warning(
          .stop(stop.id), "id",
          "stop '\(stop.id)' is reached by no connector: nobody can board or leave it "
            + "(except by stop transfer)")
      }
      if !servedStops.contains(stop.id) {
        warning(.stop(stop.id), "id", "stop '\(stop.id)' is served by no line")
      }
    }
    for place in network.places where !served.contains(place.id) {
      warning(
        .place(place.id), "id",
        "place '\(place.id)' is unreachable by any mode: no road link ends there and no connector "
          + "serves it")
    }
  }

  /// The places some usable road link ends at or some usable connector serves.
  func placesWithRoadOrConnector() -> Set<PlaceID> {
    var served: Set<PlaceID> = []
    for link in network.roadLinks where isUsable(link) {
      served.insert(PlaceID(link.from.rawValue))
      served.insert(PlaceID(link.to.rawValue))
    }
    for connector in network.connectors where isUsable(connector) { served.insert(connector.place) }
    return served
  }

  /// Warns about places that no trip by any mode connects with any other place although they have
  /// a road link or a connector (their roads and stops lead nowhere). Links, connectors, stop
  /// transfers and lines are taken both ways (one-way dead ends are not reported). Runs on a
  /// network without errors: every reference resolves. `served`: the places with a road link or
  /// a connector.
  mutating func checkConnectivity(served: Set<PlaceID>) {
    let places = network.places
    guard places.count > 1 else { return }
    let junctionBase = places.count
    let stopBase = junctionBase + network.junctions.count
    var components = DisjointSets(count: stopBase + network.stops.count)
    func node(_ id: RoadNodeID) -> Int? {
      switch network.roadNode(id) {
      case .place(let index): return index
      case .junction(let index): return junctionBase + index
      case nil: return nil
      }
    }
    for link in network.roadLinks {
      if let from = node(link.from), let to = node(link.to) { components.union(from, to) }
    }
    for connector in network.connectors {
      if let place = places.index(of: connector.place),
        let stop = network.stopIndex(of: connector.stop)
      {
        components.union(place, stopBase + stop)
      }
    }
    for transfer in network.stopTransfers {
      if let from = network.stopIndex(of: transfer.fromStop),
        let to = network.stopIndex(of: transfer.toStop)
      {
        components.union(stopBase + from, stopBase + to)
      }
    }
    for line in network.lines {
      let indices = line.stops.compactMap { network.stopIndex(of: $0.stop) }
      for (a, b) in zip(indices, indices.dropFirst()) {
        components.union(stopBase + a, stopBase + b)
      }
    }
    var placesPerComponent: [Int: Int] = [:]
    for index in places.indices { placesPerComponent[components.find(index), default: 0] += 1 }
    for (index, place) in places.enumerated() where served.contains(place.id) {
      if placesPerComponent[components.find(index)] == 1 {
        warning(
          .place(place.id), "id",
          "place '\(place.id)' is cut off: no trip by any mode connects it with another place "
            + "(its roads and stops lead nowhere)")
      }
    }
  }
}
