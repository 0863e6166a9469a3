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
