/// One connected piece of a band: an outer ring and the holes inside it.
public struct IsochronePolygon: Sendable, Hashable {
  /// Counter-clockwise boundary.
  public var outer: ContourRing
  /// Clockwise boundaries of the holes, in contour order.
  public var holes: [ContourRing]

  public init(outer: ContourRing, holes: [ContourRing]) {
    self.outer = outer
    self.holes = holes
  }

  /// Whether `point` is inside the outer ring and outside every hole.
  public func contains(_ point: PlanarPoint) -> Bool {
    outer.contains(point) && !holes.contains { $0.contains(point) }
  }

  /// Groups contour rings into polygons: each counter-clockwise ring becomes a polygon, in input
  /// order; each clockwise ring becomes a hole of the smallest counter-clockwise ring that contains
  /// it (rings of one contour never cross, so one vertex decides containment).
  public static func assemble(_ rings: [ContourRing]) -> [IsochronePolygon] {
    var polygons: [IsochronePolygon] = []
    var areas: [Double] = []
    var holes: [ContourRing] = []
    for ring in rings {
      let area = ring.signedAreaKm2
      if area > 0 {
        polygons.append(IsochronePolygon(outer: ring, holes: []))
        areas.append(area)
      } else if area < 0 {
        holes.append(ring)
      }
    }
    for hole in holes {
      guard let probe = hole.points.first else { continue }
      var best: Int?
      for (index, polygon) in polygons.enumerated() where polygon.outer.contains(probe) {
        if let current = best, areas[current] <= areas[index] { continue }
        best = index
      }
      if let best { polygons[best].holes.append(hole) }
    }
    return polygons
  }
}
