/// A closed contour line in the plane: `points.first == points.last`, at least 4 positions, never
/// crossing itself or another ring of the same contour. Counter-clockwise rings (positive area) bound
/// the inside of a band; clockwise rings bound holes in it.
public struct ContourRing: Sendable, Hashable {
  /// The ring's vertices, the first repeated at the end.
  public var points: [PlanarPoint]

  public init(points: [PlanarPoint]) {
    self.points = points
  }

  /// Shoelace area in km²: positive for counter-clockwise rings (outer), negative for clockwise
  /// (holes).
  public var signedAreaKm2: Double {
    guard points.count >= 2 else { return 0 }
    var twiceArea = 0.0
    for index in 0..<(points.count - 1) {
      let a = points[index]
      let b = points[index + 1]
      twiceArea += a.xKm * b.yKm - b.xKm * a.yKm
    }
    return twiceArea / 2
  }

  /// Whether `point` lies inside the ring (even–odd crossing rule; points on the ring may go either
  /// way). A ring without points contains nothing.
  public func contains(_ point: PlanarPoint) -> Bool {
    guard var previous = points.last else { return false }
    var inside = false
    for current in points {
      if (current.yKm > point.yKm) != (previous.yKm > point.yKm) {
        let xCross =
          (previous.xKm - current.xKm) * (point.yKm - current.yKm) / (previous.yKm - current.yKm)
          + current.xKm
        if point.xKm < xCross { inside.toggle() }
      }
      previous = current
    }
    return inside
  }
}

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
