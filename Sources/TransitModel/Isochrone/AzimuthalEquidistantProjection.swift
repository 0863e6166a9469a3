import Foundation

/// The spherical azimuthal equidistant projection centred on one point: the local metric plane in which
/// isochrone surfaces are sampled and contoured.
///
/// Distances and directions *from the centre* are exact on the sphere (radius 6,371.0088 km, the
/// IUGG mean Earth radius). Elsewhere the scale across the radial direction is `(ρ/R) / sin(ρ/R)`,
/// so a distance measured in the plane at ρ km from the centre is too long by at most
/// `(ρ/R)²/6`: 0.004 % at 100 km, 0.04 % at 300 km, 0.1 % at 500 km. Using a sphere instead of
/// the WGS-84 ellipsoid adds up to about 0.3 % at Changchun's latitude (44° N). Both are far below the
/// resolution of a 1 km grid and of the off-network speed assumption. The projection preserves
/// orientation (x east, y north), so counter-clockwise rings stay counter-clockwise in `[lon, lat]`.
public struct AzimuthalEquidistantProjection: Sendable, Hashable {
  /// Mean Earth radius (IUGG), in kilometres.
  public static let earthRadiusKm = 6_371.0088

  /// Latitude of the centre, in degrees.
  public let centreLatitude: Double
  /// Longitude of the centre, in degrees.
  public let centreLongitude: Double

  private let sinPhi0: Double
  private let cosPhi0: Double

  /// A projection centred on (`centreLatitude`, `centreLongitude`) in WGS-84 degrees.
  public init(centreLatitude: Double, centreLongitude: Double) {
    self.centreLatitude = centreLatitude
    self.centreLongitude = centreLongitude
    let phi0 = centreLatitude * .pi / 180
    sinPhi0 = sin(phi0)
    cosPhi0 = cos(phi0)
  }

  /// A projection centred on the middle of the bounding box (in degrees) of the finite `latitudes`
  /// and `longitudes`, so that the distortion is smallest where the data is; centred on (0°, 0°)
  /// when either list holds no finite value.
  public static func centred(
    onLatitudes latitudes: [Double], longitudes: [Double]
  ) -> AzimuthalEquidistantProjection {
    let lats = latitudes.filter(\.isFinite)
    let lons = longitudes.filter(\.isFinite)
    guard let minLat = lats.min(), let maxLat = lats.max(), let minLon = lons.min(),
      let maxLon = lons.max()
    else { return AzimuthalEquidistantProjection(centreLatitude: 0, centreLongitude: 0) }
    return AzimuthalEquidistantProjection(
      centreLatitude: (minLat + maxLat) / 2, centreLongitude: (minLon + maxLon) / 2)
  }

  /// Projects WGS-84 degrees to the plane (kilometres east and north of the centre).
  public func project(latitude: Double, longitude: Double) -> PlanarPoint {
    let phi = latitude * .pi / 180
    let dLambda = (longitude - centreLongitude) * .pi / 180
    let sinPhi = sin(phi)
    let cosPhi = cos(phi)
    let cosC = max(-1, min(1, sinPhi0 * sinPhi + cosPhi0 * cosPhi * cos(dLambda)))
    let c = acos(cosC)
    // k = c / sin(c), which tends to 1 at the centre.
    let k = c < 1e-12 ? 1 : c / sin(c)
    let x = k * cosPhi * sin(dLambda)
    let y = k * (cosPhi0 * sinPhi - sinPhi0 * cosPhi * cos(dLambda))
    return PlanarPoint(
      xKm: x * Self.earthRadiusKm, yKm: y * Self.earthRadiusKm)
  }

  /// Back-projects a point of the plane to WGS-84 degrees.
  public func unproject(_ point: PlanarPoint) -> (latitude: Double, longitude: Double) {
    let x = point.xKm / Self.earthRadiusKm
    let y = point.yKm / Self.earthRadiusKm
    let rho = (x * x + y * y).squareRoot()
    if rho < 1e-15 { return (centreLatitude, centreLongitude) }
    let c = rho
    let sinC = sin(c)
    let cosC = cos(c)
    let phi = asin(max(-1, min(1, cosC * sinPhi0 + y * sinC * cosPhi0 / rho)))
    let lambda = atan2(x * sinC, rho * cosPhi0 * cosC - y * sinPhi0 * sinC)
    return (phi * 180 / .pi, centreLongitude + lambda * 180 / .pi)
  }
}
