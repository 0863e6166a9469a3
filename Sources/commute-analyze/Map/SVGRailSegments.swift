import TransitModel

/// The stop-to-stop segments of a network's lines, simplified for drawing: each pair of stops once
/// per class, and a segment that skips stops (an express pattern) left out when the same class
/// already draws a path between its ends through the skipped stops that is at most
/// `detourTolerance` longer than the chord, so that one track is drawn as one line, not a fan of
/// parallel chords. The path may step between two stops of one city joined by a stop transfer
/// (长春站 ↔ 长春西站): patterns that leave a corridor from different stations of a city are drawn
/// as the one physical corridor they share.
struct SVGRailSegments {
  /// Stop id pairs (sorted within the pair), sorted, per class.
  let segments: [LineClass: [[String]]]

  static let detourTolerance = 1.15

  init(network: Network, projection: AzimuthalEquidistantProjection) {
    var points: [String: PlanarPoint] = [:]
    for stop in network.stops {
      points[stop.id.rawValue] = projection.project(
        latitude: stop.latitude, longitude: stop.longitude)
    }
    let transferPairs = network.stopTransfers.map {
      [$0.fromStop.rawValue, $0.toStop.rawValue].sorted()
    }.sorted { $0.lexicographicallyPrecedes($1) }
    var result: [LineClass: [[String]]] = [:]
    for lineClass in LineClass.allCases {
      var pairs: Set<[String]> = []
      for line in network.lines where line.lineClass == lineClass {
        for index in line.stops.indices.dropFirst() {
          let pair = [line.stops[index - 1].stop.rawValue, line.stops[index].stop.rawValue].sorted()
          if pair[0] != pair[1], points[pair[0]] != nil, points[pair[1]] != nil {
            pairs.insert(pair)
          }
        }
      }
      let sorted = pairs.sorted { $0.lexicographicallyPrecedes($1) }
      var neighbours: [String: [(String, Double)]] = [:]
      for pair in sorted + transferPairs {
        guard let a = points[pair[0]], let b = points[pair[1]] else { continue }
        let length = a.distanceKm(to: b)
        neighbours[pair[0], default: []].append((pair[1], length))
        neighbours[pair[1], default: []].append((pair[0], length))
      }
      result[lineClass] = sorted.filter { pair in
        guard let a = points[pair[0]], let b = points[pair[1]] else { return false }
        let chord = a.distanceKm(to: b)
        let detour = Self.shortestKm(
          from: pair[0], to: pair[1], neighbours: neighbours, limit: chord * Self.detourTolerance)
        return !(detour <= chord * Self.detourTolerance)
      }
    }
    segments = result
  }

  /// Length of the shortest path between two stops over the segments in `neighbours` other than the
  /// direct one, or `.infinity` if none is within `limit`. Plain Dijkstra, bounded by `limit`, so it
  /// only explores stops near the segment.
  private static func shortestKm(
    from start: String, to goal: String, neighbours: [String: [(String, Double)]], limit: Double
  ) -> Double {
    var best: [String: Double] = [start: 0]
    var done: Set<String> = []
    while true {
      let open = best.filter { !done.contains($0.key) }
      guard let (node, distance) = open.min(by: { ($0.value, $0.key) < ($1.value, $1.key) }),
        distance <= limit
      else { return .infinity }
      if node == goal { return distance }
      done.insert(node)
      for (next, length) in neighbours[node] ?? [] where !done.contains(next) {
        if node == start && next == goal { continue }  // the segment itself
        if distance + length < best[next] ?? .infinity { best[next] = distance + length }
      }
    }
  }
}
