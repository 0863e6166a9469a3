extension Network {
  /// The connector between the stop at index `stop` and its own place with the fewest minutes (ties:
  /// the lower index), or nil when there is none: it stands in for the urban drive of park and ride
  /// (Networks/README.md, "Park and ride").
  ///
  /// - Complexity: O(1): one lookup per access mode.
  public func homeConnector(ofStop stop: Int) -> Int? {
    let row = stops[stop]
    var best: Int?
    for mode in AccessMode.allCases {
      guard
        let index = connectors.index(of: ConnectorKey(place: row.place, stop: row.id, mode: mode))
      else { continue }
      best = homeConnector(index, over: best)
    }
    return best
  }

  /// `homeConnector(ofStop:)` of every stop (index = stop index), in one pass over the connectors:
  /// what compiling a network asks for every stop, without a lookup per stop and access mode.
  public var homeConnectors: [Int?] {
    homeConnectors(stopOfConnector: { stops.index(of: connectors.rows[$0].stop) })
  }

  /// `homeConnectors`, with the stop index of each connector (by connector index; nil when its
  /// stop does not resolve) given: for a caller that has resolved them already.
  func homeConnectors(stopOfConnector: (Int) -> Int?) -> [Int?] {
    var best = [Int?](repeating: nil, count: stops.count)
    let rows = connectors.rows
    for index in rows.indices {
      guard let stop = stopOfConnector(index),
        stops.rows[stop].place == rows[index].place
      else { continue }
      best[stop] = homeConnector(index, over: best[stop])
    }
    return best
  }

  /// Of the connector at `candidate` and the one chosen so far, the home connector: fewer minutes,
  /// ties to the lower index.
  private func homeConnector(_ candidate: Int, over current: Int?) -> Int {
    guard let current else { return candidate }
    let (a, b) = (connectors.rows[candidate].minutes, connectors.rows[current].minutes)
    return a < b || (a == b && candidate < current) ? candidate : current
  }
}
