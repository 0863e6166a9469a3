/// A closed ring of `[lon, lat]` positions: first == last, at least 4 positions, counter-clockwise for
/// outer rings and clockwise for holes (RFC 7946 §3.1.6).
public struct GeoRing: Sendable, Hashable {
  /// The ring's positions, the first repeated at the end.
  public var positions: [GeoPosition]

  public init(positions: [GeoPosition]) {
    self.positions = positions
  }

  /// Shoelace area in square degrees: positive when counter-clockwise.
  public var signedAreaDegrees2: Double {
    var twiceArea = 0.0
    for index in 0..<max(0, positions.count - 1) {
      let a = positions[index]
      let b = positions[index + 1]
      twiceArea += a.longitude * b.latitude - b.longitude * a.latitude
    }
    return twiceArea / 2
  }
}
