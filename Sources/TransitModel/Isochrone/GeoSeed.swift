/// A point reached by the network, in geographic coordinates, with the minutes to be standing there.
public struct GeoSeed: Sendable, Hashable {
  /// WGS-84 degrees.
  public var latitude: Double
  /// WGS-84 degrees.
  public var longitude: Double
  /// Minutes to be standing there (`.infinity` if unreached).
  public var minutes: Double

  public init(latitude: Double, longitude: Double, minutes: Double) {
    self.latitude = latitude
    self.longitude = longitude
    self.minutes = minutes
  }
}
