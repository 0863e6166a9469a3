/// Where a trip leg starts or ends: a place, a stop or a junction, typed, so that a stop is never
/// named or labelled as a place with the same id.
public enum TripPoint: Sendable, Hashable, CustomStringConvertible {
  case place(PlaceID)
  case stop(StopID)
  case junction(JunctionID)

  /// The id as written in the network files.
  public var id: String {
    switch self {
    case .place(let id): return id.rawValue
    case .stop(let id): return id.rawValue
    case .junction(let id): return id.rawValue
    }
  }

  public var description: String { id }
}
