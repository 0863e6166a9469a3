/// Why a surface or an isochrone could not be built; the CLI turns these into usage errors.
public enum IsochroneError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A parameter (named as in `Parameters`: `grid-km`, `off-network-speed-kmh`,
  /// `max-off-network-km`) is not a finite positive number.
  case invalidParameter(name: String, value: Double)
  /// The grid would hold more nodes than `limit` (a finer grid than the area allows).
  case gridTooLarge(nodes: Int, limit: Int)

  public var description: String {
    switch self {
    case .invalidParameter(let name, let value):
      return "\(name) must be a finite number > 0, got \(value)"
    case .gridTooLarge(let nodes, let limit):
      return
        "the isochrone grid would have \(nodes) nodes (limit \(limit)); use a larger grid-km"
    }
  }
}
