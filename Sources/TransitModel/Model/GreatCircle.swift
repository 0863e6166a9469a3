import Foundation

/// Distances on the sphere of the isochrones' projection (R = 6,371.0088 km, the IUGG mean radius).
public enum GreatCircle {
  /// Kilometres between two WGS-84 positions along the great circle (haversine formula).
  public static func kilometres(
    fromLatitude lat1: Double, longitude lon1: Double, toLatitude lat2: Double,
    longitude lon2: Double
  ) -> Double {
    let radians = Double.pi / 180
    let dLat = (lat2 - lat1) * radians
    let dLon = (lon2 - lon1) * radians
    let h =
      sin(dLat / 2) * sin(dLat / 2)
      + cos(lat1 * radians) * cos(lat2 * radians) * sin(dLon / 2) * sin(dLon / 2)
    return 2 * AzimuthalEquidistantProjection.earthRadiusKm * asin(min(1, sqrt(h)))
  }
}
