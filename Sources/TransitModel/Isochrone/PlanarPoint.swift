/// A point of a local metric plane, in kilometres: `xKm` grows to the east, `yKm` to the north.
///
/// Isochrone surfaces and contours live in this plane (see `AzimuthalEquidistantProjection`); they are
/// turned back into longitude and latitude only when written out.
public struct PlanarPoint: Sendable, Hashable {
  /// Kilometres east of the projection centre.
  public var xKm: Double
  /// Kilometres north of the projection centre.
  public var yKm: Double

  public init(xKm: Double, yKm: Double) {
    self.xKm = xKm
    self.yKm = yKm
  }

  /// Straight-line distance to `other`, in kilometres.
  public func distanceKm(to other: PlanarPoint) -> Double {
    let dx = other.xKm - xKm
    let dy = other.yKm - yKm
    return (dx * dx + dy * dy).squareRoot()
  }
}
