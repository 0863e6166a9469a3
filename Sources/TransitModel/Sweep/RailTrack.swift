/// The rail track of a network as its rail lines run over it: the segments between adjacent
/// stations, and for each segment the line hops an N-1 sweep cuts with it.
///
/// A hop is two consecutive stops of a rail line. A hop is a skip-stop hop when another rail line
/// stops at both its ends with stations in between: it runs over that line's hops between them
/// (expanded in turn, should they skip too). Every other hop is itself a segment. Cutting a
/// segment cuts every hop that is it or runs over it, in both directions; each line still runs on
/// the rest of its stops.
public struct RailTrack: Sendable {
  /// One hop of a line: from `line.stops[index]` to `line.stops[index + 1]` (either direction
  /// when the line runs both ways).
  public struct Hop: Sendable, Hashable {
    /// Index into `Network.lines`.
    public var line: Int
    /// Index into the line's stop list of the hop's first stop.
    public var index: Int
  }

  /// Every segment, sorted by stop ids.
  public let segments: [RailSegment]
  private let hopsBySegment: [RailSegment: [Hop]]

  public init(network: Network) {
    let railLines = network.lines.indices.filter { network.lines[$0].lineClass.isRail }
    // Where each station occurs on each rail line.
    var occurrences: [StopID: [(line: Int, position: Int)]] = [:]
    for line in railLines {
      for (position, stop) in network.lines[line].stops.enumerated() {
        occurrences[stop.stop, default: []].append((line, position))
      }
    }
    func expand(_ a: StopID, _ b: StopID, depth: Int) -> [RailSegment] {
      guard depth < 8, let atA = occurrences[a] else { return [RailSegment(a, b)] }
      for (line, positionA) in atA {
        let stops = network.lines[line].stops
        let positionB = stops.indices.first {
          stops[$0].stop == b && abs($0 - positionA) >= 2
        }
        guard let positionB else { continue }
        let low = min(positionA, positionB)
        let high = max(positionA, positionB)
        return (low..<high).flatMap { expand(stops[$0].stop, stops[$0 + 1].stop, depth: depth + 1) }
      }
      return [RailSegment(a, b)]
    }
    var hops: [RailSegment: [Hop]] = [:]
    for line in railLines {
      let stops = network.lines[line].stops
      for index in 0..<max(0, stops.count - 1) where stops[index].stop != stops[index + 1].stop {
        for segment in Set(expand(stops[index].stop, stops[index + 1].stop, depth: 0)) {
          hops[segment, default: []].append(Hop(line: line, index: index))
        }
      }
    }
    hopsBySegment = hops
    segments = hops.keys.sorted()
  }

  /// The hops cut with `segment` (empty for a segment the network does not have), in line order.
  public func hops(cutBy segment: RailSegment) -> [Hop] {
    hopsBySegment[segment] ?? []
  }

  /// The segment with this `from~to` id (either order), if the network has it.
  public func segment(id: String) -> RailSegment? {
    let parts = id.split(separator: "~", omittingEmptySubsequences: false)
    guard parts.count == 2 else { return nil }
    let segment = RailSegment(StopID(String(parts[0])), StopID(String(parts[1])))
    return hopsBySegment[segment] == nil ? nil : segment
  }
}
