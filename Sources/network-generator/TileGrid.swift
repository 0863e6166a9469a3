/// Where each copy of the network goes: a grid of tiles of the network's bounding box.
///
/// Copy 0 is the grid's corner and keeps its coordinates; copy k sits in row k / columns and column
/// k % columns (columns = ⌈√N⌉, so the grid is nearly square and filled row by row). Rows grow toward
/// the pole with more room, columns toward the side of the antimeridian with more room, so every
/// tile stays inside WGS-84 (−90…90, −180…180). The pitch is the bounding box plus half a degree,
/// rounded up to half a degree; when the grid does not fit at that pitch (beyond about 300 copies of
/// the Changchun network) the pitch shrinks to fit and neighbouring tiles overlap: their rows stay
/// apart by id, and neither `validate` nor `coverage` reads coordinates.
struct TileGrid {
  /// The smallest and largest latitude and longitude of the network, in 10⁻⁹ degrees.
  struct Bounds {
    var minLatitude: Int64
    var maxLatitude: Int64
    var minLongitude: Int64
    var maxLongitude: Int64
  }

  /// Two neighbouring copies and the direction from the first to the second.
  struct Neighbours {
    var first: Int
    var second: Int
    /// Along a row (`false`: along a column).
    var alongRow: Bool
  }

  let copies: Int
  let columns: Int
  /// Latitude shift from one row to the next, 10⁻⁹ degrees (negative: southward).
  let rowStep: Int64
  /// Longitude shift from one column to the next, 10⁻⁹ degrees (negative: westward).
  let columnStep: Int64
  /// The tiles' bounding boxes overlap (too many copies for the globe at the full pitch).
  let overlaps: Bool

  private static let degree = CoordinateText.nanodegreesPerDegree
  /// Shifts are whole multiples of 10⁻⁴ degree, so 4 decimals write them exactly.
  private static let quantum: Int64 = 100_000

  init(copies: Int, bounds: Bounds) {
    precondition(copies >= 1, "at least one copy")
    self.copies = copies
    var columns = 1
    while columns * columns < copies { columns += 1 }
    self.columns = columns
    let rows = (copies + columns - 1) / columns
    let rowAxis = Self.step(
      count: rows, low: bounds.minLatitude, high: bounds.maxLatitude, limit: 90 * Self.degree)
    let columnAxis = Self.step(
      count: columns, low: bounds.minLongitude, high: bounds.maxLongitude,
      limit: 180 * Self.degree)
    rowStep = rowAxis.step
    columnStep = columnAxis.step
    overlaps = rowAxis.overlaps || columnAxis.overlaps
  }

  /// The latitude and longitude shift of copy `copy`, 10⁻⁹ degrees.
  func offset(ofCopy copy: Int) -> (latitude: Int64, longitude: Int64) {
    (Int64(copy / columns) * rowStep, Int64(copy % columns) * columnStep)
  }

  /// Every pair of copies side by side in a row or a column, ordered by first copy, row before
  /// column.
  var neighbours: [Neighbours] {
    var pairs: [Neighbours] = []
    for copy in 0..<copies {
      if copy % columns + 1 < columns, copy + 1 < copies {
        pairs.append(Neighbours(first: copy, second: copy + 1, alongRow: true))
      }
      if copy + columns < copies {
        pairs.append(Neighbours(first: copy, second: copy + columns, alongRow: false))
      }
    }
    return pairs
  }

  /// The signed step of one axis: the box's span plus half a degree, rounded up to half a degree,
  /// toward the side with more room; shrunk (to whole 10⁻⁴ degrees) when `count` tiles do not fit.
  private static func step(count: Int, low: Int64, high: Int64, limit: Int64) -> (
    step: Int64, overlaps: Bool
  ) {
    let half = degree / 2
    let span = high - low
    var pitch = (span + half + half - 1) / half * half
    let roomBelow = low + limit
    let roomAbove = limit - high
    let room = max(roomBelow, roomAbove)
    if count > 1, pitch * Int64(count - 1) > room {
      pitch = room / Int64(count - 1) / quantum * quantum
    }
    return (roomAbove > roomBelow ? pitch : -pitch, pitch <= span)
  }
}
