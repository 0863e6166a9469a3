extension NetworkLoadState {
  /// Checks that need every table: place parents, and the reach warnings (a stop no connector reaches,
  /// a stop no line serves, a place with neither a road link nor a connector).
  mutating func checkReferencesAndReach() {
    for pending in pendingParents {
      if pending.parent == pending.child {
        error(pending.at, "place '\(pending.child)' cannot be its own parent")
      } else if !placeIDs.contains(pending.parent) {
        error(pending.at, "unknown place '\(pending.parent)' in parent")
      }
    }
    checkStopKinds()
    let connectedStops = Set(connectors.map(\.stop))
    let servedStops = Set(lines.flatMap { $0.stops.map(\.stop) })
    for stop in stops {
      guard let location = stopLocations[stop.id] else { continue }
      if !connectedStops.contains(stop.id) {
        warning(
          location,
          "stop '\(stop.id)' is reached by no connector: nobody can board or leave it "
            + "(except by stop transfer)")
      }
      if !servedStops.contains(stop.id) {
        warning(location, "stop '\(stop.id)' is served by no line")
      }
    }
    let served = placesWithRoadOrConnector()
    for place in places where !served.contains(place.id) {
      if let location = placeLocations[place.id] {
        warning(
          location,
          "place '\(place.id)' is unreachable by any mode: no road link ends there and no connector "
            + "serves it")
      }
    }
  }

  /// Ids of the places some road link ends at or some connector serves: the others are unreachable
  /// by any mode.
  func placesWithRoadOrConnector() -> Set<String> {
    Set(roadLinks.flatMap { [$0.from, $0.to] }).union(connectors.map(\.place))
  }

  /// Warns when a flight stops at a stop that is not an airport, or a train or coach at an airport:
  /// the stop's kind sets the overheads, so the times would use the wrong ones.
  private mutating func checkStopKinds() {
    let kinds = Dictionary(stops.map { ($0.id, $0.kind) }, uniquingKeysWith: { first, _ in first })
    for line in lines {
      guard let location = lineLocations[line.id] else { continue }
      for stop in Set(line.stops.map(\.stop)).sorted() {
        guard let kind = kinds[stop] else { continue }
        let isAir = line.lineClass == .air
        if isAir != (kind == .airport) {
          warning(
            location,
            "line '\(line.id)' (\(line.lineClass.rawValue)) stops at '\(stop)', which is a "
              + "\(kind.rawValue) stop: its boarding and alighting overheads are the \(kind.rawValue) ones"
          )
        }
      }
    }
  }
}
