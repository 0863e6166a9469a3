/// Travel time sampled on a square grid of a local metric plane: at each grid node, the minimum over
/// every seed within the off-network distance of (seed minutes + straight-line distance ÷ speed).
///
/// Nodes farther than the off-network distance from every seed are unreached (`.infinity`). The grid
/// covers the seeds' bounding box widened by the off-network distance, aligned on multiples of
/// `cellKm` in the plane, with one more row and column of unreached nodes all around, so that every
/// contour closes inside the grid.
public struct TravelTimeSurface: Sendable {
  /// Plane position of node (0, 0), the south-west corner.
  public let origin: PlanarPoint
  /// Distance between neighbouring nodes, in km.
  public let cellKm: Double
  /// Nodes per row (west to east).
  public let columns: Int
  /// Nodes per column (south to north).
  public let rows: Int
  /// Minutes at each node, row-major from the south-west corner (`row * columns + column`);
  /// `.infinity` where unreached.
  public let minutes: [Double]
  /// The off-network travel that built the surface.
  public let spread: OffNetworkSpread
  /// The seeds, bucketed, when the surface was built from seeds: lets contours find where the
  /// surface really ends between a reached and an unreached node.
  let seedBuckets: SeedBuckets?

  /// Grid sizes beyond this many nodes are refused (about 100 MB of minutes).
  public static let nodeLimit = 12_000_000

  init(
    origin: PlanarPoint, cellKm: Double, columns: Int, rows: Int, minutes: [Double],
    spread: OffNetworkSpread, seedBuckets: SeedBuckets? = nil
  ) {
    self.origin = origin
    self.cellKm = cellKm
    self.columns = columns
    self.rows = rows
    self.minutes = minutes
    self.spread = spread
    self.seedBuckets = seedBuckets
  }

  /// The surface at any point of the plane, from the seeds (not the grid); nil for a surface built
  /// from node values alone.
  func exactMinutes(at point: PlanarPoint) -> Double? {
    seedBuckets?.minimumMinutes(at: point, spread: spread)
  }

  /// Minutes at node (`column`, `row`).
  @inlinable
  public func minutes(column: Int, row: Int) -> Double {
    minutes[row * columns + column]
  }

  /// Plane position of node (`column`, `row`).
  public func point(column: Int, row: Int) -> PlanarPoint {
    PlanarPoint(
      xKm: origin.xKm + Double(column) * cellKm, yKm: origin.yKm + Double(row) * cellKm)
  }

  /// Number of reached nodes.
  public var reachedNodeCount: Int { minutes.reduce(0) { $0 + ($1.isFinite ? 1 : 0) } }
}
