@testable import TransitModel

/// Point-in-band tests in degrees, written apart from the library's planar contouring.
enum BandContainment {
  /// Even–odd point-in-ring test on `[lon, lat]` positions.
  static func ringContains(_ ring: GeoRing, longitude: Double, latitude: Double) -> Bool {
    var inside = false
    let points = ring.positions
    var j = points.count - 1
    for i in 0..<points.count {
      let (xi, yi) = (points[i].longitude, points[i].latitude)
      let (xj, yj) = (points[j].longitude, points[j].latitude)
      if (yi > latitude) != (yj > latitude),
        longitude < (xj - xi) * (latitude - yi) / (yj - yi) + xi
      {
        inside.toggle()
      }
      j = i
    }
    return inside
  }

  /// Whether the point is inside an outer ring of `band` and in none of its holes.
  static func contains(_ band: IsochroneBand, latitude: Double, longitude: Double) -> Bool {
    band.polygons.contains { polygon in
      ringContains(polygon.outer, longitude: longitude, latitude: latitude)
        && !polygon.holes.contains { ringContains($0, longitude: longitude, latitude: latitude) }
    }
  }
}
