/// A `[lon, lat]` position rounded to whole microdegrees (6 decimals: about 0.11 m north–south and
/// 0.08 m east–west at 44° N), so that output is exact and deterministic.
public struct GeoPosition: Sendable, Hashable {
  /// Longitude in millionths of a degree.
  public var longitudeMicrodegrees: Int64
  /// Latitude in millionths of a degree.
  public var latitudeMicrodegrees: Int64

  public init(longitudeMicrodegrees: Int64, latitudeMicrodegrees: Int64) {
    self.longitudeMicrodegrees = longitudeMicrodegrees
    self.latitudeMicrodegrees = latitudeMicrodegrees
  }

  /// Rounds degrees to the nearest microdegree (half away from zero); non-finite or out-of-range
  /// values (never produced by the projection) become 0.
  public init(latitude: Double, longitude: Double) {
    longitudeMicrodegrees = Self.microdegrees(longitude)
    latitudeMicrodegrees = Self.microdegrees(latitude)
  }

  private static func microdegrees(_ degrees: Double) -> Int64 {
    Int64(exactly: (degrees * 1_000_000).rounded()) ?? 0
  }

  /// Longitude in degrees.
  public var longitude: Double { Double(longitudeMicrodegrees) / 1_000_000 }
  /// Latitude in degrees.
  public var latitude: Double { Double(latitudeMicrodegrees) / 1_000_000 }
}

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

/// One polygon of a band in geographic coordinates: the outer ring, then its holes.
public struct GeoPolygon: Sendable, Hashable {
  /// Counter-clockwise boundary.
  public var outer: GeoRing
  /// Clockwise boundaries of the holes.
  public var holes: [GeoRing]

  public init(outer: GeoRing, holes: [GeoRing]) {
    self.outer = outer
    self.holes = holes
  }
}
