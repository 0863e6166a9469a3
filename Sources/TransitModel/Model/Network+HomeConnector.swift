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
      if let current = best {
        let (a, b) = (connectors[index].minutes, connectors[current].minutes)
        if a < b || (a == b && index < current) { best = index }
      } else {
        best = index
      }
    }
    return best
  }

  /// `homeConnector(ofStop:)` of every stop (index = stop index), in one pass over the connectors:
  /// what compiling a network asks for every stop, without a lookup per stop and access mode.
  public var homeConnectors: [Int?] {
    var best = [Int?](repeating: nil, count: stops.count)
    let rows = connectors.rows
    for index in rows.indices {
      guard let stop = stops.index(of: rows[index].stop),
        stops.rows[stop].place == rows[index].place
      else { continue }
      // Connectors come in index order: only fewer minutes replace, so ties keep the lower index.
      if let current = best[stop], rows[current].minutes <= rows[index].minutes { continue }
      best[stop] = index
    }
    return best
  }
}
