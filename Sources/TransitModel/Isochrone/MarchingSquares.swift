/// Contours a `TravelTimeSurface` at a threshold with marching squares: the band "everything within
/// `minutes`" as closed rings with the band on their left (outer rings counter-clockwise, holes
/// clockwise).
///
/// A node is inside when its minutes are ≤ the threshold. On a cell edge between an inside and an
/// outside node, the contour crosses where linear interpolation of the two values meets the
/// threshold, or, toward an unreached node, where the exact surface from the seeds first exceeds
/// the threshold (the rim of the off-network reach), kept at least
/// `edgeMargin` of the cell from either node so that rings never touch nodes or each other. Saddle
/// cells (two opposite corners inside) are resolved by the average of the four corners: the inside
/// corners are joined through the cell when that average is within the threshold. Every choice is a
/// monotone function of the threshold, so a band of a larger threshold contains the band of a
/// smaller one, cell by cell.
public enum MarchingSquares {
  /// Smallest distance of a contour crossing from a grid node, as a fraction of the cell.
  public static let edgeMargin = 0.01

  /// The rings of the band within `minutes`, in scan order of their first edge (deterministic).
  public static func rings(of surface: TravelTimeSurface, within minutes: Double) -> [ContourRing] {
    let columns = surface.columns
    let rows = surface.rows
    let values = surface.minutes
    var next = [Int](repeating: -1, count: columns * rows * 2)
    for row in 0..<(rows - 1) {
      for column in 0..<(columns - 1) {
        let bottomLeft = row * columns + column
        let topLeft = bottomLeft + columns
        let insideCount =
          (values[bottomLeft] <= minutes ? 1 : 0) + (values[bottomLeft + 1] <= minutes ? 1 : 0)
          + (values[topLeft + 1] <= minutes ? 1 : 0) + (values[topLeft] <= minutes ? 1 : 0)
        if insideCount == 0 || insideCount == 4 { continue }
        // Corners and the edge after each one, walking the cell counter-clockwise.
        let corners = [bottomLeft, bottomLeft + 1, topLeft + 1, topLeft]
        let edges = [
          bottomLeft * 2, (bottomLeft + 1) * 2 + 1, topLeft * 2, bottomLeft * 2 + 1,
        ]
        var crossingEdges: [Int] = []
        var crossingIsExit: [Bool] = []
        for k in 0..<4 {
          let here = values[corners[k]] <= minutes
          let there = values[corners[(k + 1) % 4]] <= minutes
          if here != there {
            crossingEdges.append(edges[k])
            crossingIsExit.append(here)
          }
        }
        if crossingEdges.count == 2 {
          let exit = crossingIsExit[0] ? 0 : 1
          next[crossingEdges[exit]] = crossingEdges[1 - exit]
        } else if crossingEdges.count == 4 {
          let centre = corners.reduce(0.0) { $0 + values[$1] } / 4
          let joined = centre <= minutes
          for index in 0..<4 where crossingIsExit[index] {
            let entry = joined ? (index + 1) % 4 : (index + 3) % 4
            next[crossingEdges[index]] = crossingEdges[entry]
          }
        }
      }
    }
    var rings: [ContourRing] = []
    for start in 0..<next.count where next[start] >= 0 {
      var points: [PlanarPoint] = []
      var edge = start
      while next[edge] >= 0 {
        points.append(crossing(onEdge: edge, of: surface, within: minutes))
        let following = next[edge]
        next[edge] = -1
        edge = following
      }
      points.append(points[0])
      rings.append(ContourRing(points: points))
    }
    return rings
  }

  /// The band within `minutes` as polygons with their holes.
  public static func polygons(
    of surface: TravelTimeSurface, within minutes: Double
  ) -> [IsochronePolygon] {
    IsochronePolygon.assemble(rings(of: surface, within: minutes))
  }

  /// Samples taken along an edge toward an unreached node, before bisection.
  static let reachSamples = 16
  /// Bisection steps after sampling (a 2⁻¹² ≈ 0.02 % share of the edge).
  static let reachBisections = 8

  /// How far along the edge from a reached node to an unreached one the band really extends: the
  /// first place where the exact surface (from the seeds) exceeds `minutes`, found by sampling the
  /// edge and bisecting between the last sample within the cutoff and the first beyond. It only
  /// grows with `minutes`, so bands still nest. 0 when the surface keeps no seeds.
  static func reachFraction(
    from inside: PlanarPoint, to outside: PlanarPoint, of surface: TravelTimeSurface,
    within minutes: Double
  ) -> Double {
    func within(_ fraction: Double) -> Bool {
      let point = PlanarPoint(
        xKm: inside.xKm + fraction * (outside.xKm - inside.xKm),
        yKm: inside.yKm + fraction * (outside.yKm - inside.yKm))
      guard let value = surface.exactMinutes(at: point) else { return false }
      return value <= minutes
    }
    var low = 0.0
    var high = 1.0
    for step in 1...reachSamples {
      let fraction = Double(step) / Double(reachSamples)
      if !within(fraction) {
        high = fraction
        break
      }
      low = fraction
    }
    for _ in 0..<reachBisections {
      let middle = (low + high) / 2
      if within(middle) { low = middle } else { high = middle }
    }
    return low
  }

  /// Where the contour crosses edge `edge` (`node * 2` east of `node`, `node * 2 + 1` north of it).
  static func crossing(
    onEdge edge: Int, of surface: TravelTimeSurface, within minutes: Double
  ) -> PlanarPoint {
    let node = edge / 2
    let other = edge % 2 == 0 ? node + 1 : node + surface.columns
    let (inside, outside) = surface.minutes[node] <= minutes ? (node, other) : (other, node)
    let insideMinutes = surface.minutes[inside]
    let outsideMinutes = surface.minutes[outside]
    let from = surface.point(column: inside % surface.columns, row: inside / surface.columns)
    let to = surface.point(column: outside % surface.columns, row: outside / surface.columns)
    var fraction: Double
    if outsideMinutes.isFinite {
      fraction = (minutes - insideMinutes) / (outsideMinutes - insideMinutes)
    } else {
      fraction = reachFraction(from: from, to: to, of: surface, within: minutes)
    }
    fraction = max(edgeMargin, min(1 - edgeMargin, fraction))
    return PlanarPoint(
      xKm: from.xKm + fraction * (to.xKm - from.xKm), yKm: from.yKm + fraction * (to.yKm - from.yKm)
    )
  }
}
