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
