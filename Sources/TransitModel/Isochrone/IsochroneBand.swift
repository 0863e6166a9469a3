/// The everything-within-T area in `[lon, lat]`: one or several polygons with holes.
public struct IsochroneBand: Sendable, Hashable {
  /// The cutoff, in minutes.
  public var minutes: Double
  /// The band's polygons; never empty when `Isochrone.band` was given at least one origin (see
  /// `isPlaceholder`).
  public var polygons: [GeoPolygon]
  /// True when no grid node is within the cutoff and the band is instead a small polygon
  /// (`placeholderRadiusKm`) around each origin, so the output never has a null geometry.
  public var isPlaceholder: Bool

  public init(minutes: Double, polygons: [GeoPolygon], isPlaceholder: Bool) {
    self.minutes = minutes
    self.polygons = polygons
    self.isPlaceholder = isPlaceholder
  }
}
