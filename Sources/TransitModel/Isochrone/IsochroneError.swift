/// Why a surface or an isochrone could not be built; the CLI turns these into usage errors.
public enum IsochroneError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A parameter (named as in `Parameters`: `grid-km`, `off-network-speed-kmh`,
  /// `max-off-network-km`) is not a finite positive number.
  case invalidParameter(name: String, value: Double)
  /// The grid would hold more nodes than `limit`: the area (every point reached, plus the
  /// off-network reach) of `widthKm` × `heightKm` at `cellKm` is too fine or too large.
  case gridTooLarge(nodes: Int, limit: Int, widthKm: Double, heightKm: Double, cellKm: Double)

  public var description: String {
    switch self {
    case .invalidParameter(let name, let value):
      return "\(name) must be a finite number > 0, got \(value)"
    case .gridTooLarge(let nodes, let limit, let width, let height, let cell):
      return
        "the isochrone area is \(Int(width.rounded())) × \(Int(height.rounded())) km (every point "
        + "reached, plus the off-network reach) at a grid of \(Parameters.format(cell)) km: "
        + "\(nodes) nodes, over the limit of \(limit); a place far from the others widens it, a "
        + "larger grid-km shrinks it"
    }
  }
}
