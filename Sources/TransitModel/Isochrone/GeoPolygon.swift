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
