/// What an N-1 sweep takes out of the network, one at a time.
public enum SweepElement: Sendable, Hashable {
  /// One row of `road_links.csv`, both directions.
  case roadLink(RoadLinkID)
  /// The rail track between two adjacent stations (`RailSegment`).
  case railSegment(RailSegment)

  /// `road-link` or `rail-segment`.
  public var kind: String {
    switch self {
    case .roadLink: return "road-link"
    case .railSegment: return "rail-segment"
    }
  }

  /// The link's id, or the segment's `from~to` (stop ids, the smaller first).
  public var id: String {
    switch self {
    case .roadLink(let id): return id.rawValue
    case .railSegment(let segment): return segment.id
    }
  }
}

/// The track between two adjacent rail stations, without direction: cutting it cuts every line
/// hop between the two stations (both directions) and every skip-stop hop that passes over them.
public struct RailSegment: Sendable, Hashable, Comparable {
  /// The two stations, `first < second` by id.
  public let first: StopID
  public let second: StopID

  /// The segment between `a` and `b`, in either order.
  public init(_ a: StopID, _ b: StopID) {
    (first, second) = a < b ? (a, b) : (b, a)
  }

  /// `from~to`, the smaller stop id first.
  public var id: String { first.rawValue + "~" + second.rawValue }

  public static func < (a: RailSegment, b: RailSegment) -> Bool {
    (a.first, a.second) < (b.first, b.second)
  }
}
