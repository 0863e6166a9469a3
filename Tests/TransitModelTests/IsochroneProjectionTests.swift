import Foundation
import XCTest

@testable import TransitModel

final class IsochroneProjectionTests: XCTestCase {
  /// Great-circle distance on the same sphere (haversine), the reference for distances from the centre.
  private func greatCircleKm(_ lat1: Double, _ lon1: Double, _ lat2: Double, _ lon2: Double)
    -> Double
  {
    let p1 = lat1 * .pi / 180
    let p2 = lat2 * .pi / 180
    let dp = p2 - p1
    let dl = (lon2 - lon1) * .pi / 180
    let h = sin(dp / 2) * sin(dp / 2) + cos(p1) * cos(p2) * sin(dl / 2) * sin(dl / 2)
    return 2 * AzimuthalEquidistantProjection.earthRadiusKm * asin(min(1, h.squareRoot()))
  }

  func test_oneDegreeNorthOfTheCentre_is111Point195Km() {
    // 6371.0088 km × π / 180 = 111.19508 km per degree of latitude on the sphere.
    let projection = AzimuthalEquidistantProjection(centreLatitude: 43.9, centreLongitude: 125.3)
    let point = projection.project(latitude: 44.9, longitude: 125.3)
    XCTAssertEqual(point.xKm, 0, accuracy: 1e-9)
    XCTAssertEqual(point.yKm, 111.19508, accuracy: 1e-5)
    let centre = projection.project(latitude: 43.9, longitude: 125.3)
    XCTAssertEqual(centre, PlanarPoint(xKm: 0, yKm: 0))
  }

  func test_randomPoints_roundTripAndKeepDistanceFromTheCentre() {
    var random = SplitMix64(seed: 7)
    for _ in 0..<500 {
      let lat0 = random.uniform(20, 55)
      let lon0 = random.uniform(100, 135)
      let projection = AzimuthalEquidistantProjection(centreLatitude: lat0, centreLongitude: lon0)
      let lat = lat0 + random.uniform(-6, 6)
      let lon = lon0 + random.uniform(-8, 8)
      let point = projection.project(latitude: lat, longitude: lon)
      let back = projection.unproject(point)
      XCTAssertEqual(back.latitude, lat, accuracy: 1e-9)
      XCTAssertEqual(back.longitude, lon, accuracy: 1e-9)
      let planeKm = (point.xKm * point.xKm + point.yKm * point.yKm).squareRoot()
      XCTAssertEqual(planeKm, greatCircleKm(lat0, lon0, lat, lon), accuracy: 1e-6)
    }
  }

  func test_planeDistancesAwayFromTheCentre_areWithinTheDocumentedError() {
    // Documented bound: a plane distance at ρ km from the centre is too long by at most (ρ/R)²/6.
    var random = SplitMix64(seed: 11)
    let projection = AzimuthalEquidistantProjection(centreLatitude: 44, centreLongitude: 125.5)
    for _ in 0..<500 {
      let lat = 44 + random.uniform(-2.5, 2.5)
      let lon = 125.5 + random.uniform(-3.5, 3.5)
      let lat2 = lat + random.uniform(-0.1, 0.1)
      let lon2 = lon + random.uniform(-0.1, 0.1)
      let a = projection.project(latitude: lat, longitude: lon)
      let b = projection.project(latitude: lat2, longitude: lon2)
      let rho = max(
        a.distanceKm(to: PlanarPoint(xKm: 0, yKm: 0)), b.distanceKm(to: .init(xKm: 0, yKm: 0)))
      let bound = pow(rho / AzimuthalEquidistantProjection.earthRadiusKm, 2) / 6 + 1e-9
      let truth = greatCircleKm(lat, lon, lat2, lon2)
      XCTAssertLessThanOrEqual(abs(a.distanceKm(to: b) - truth), 2 * bound * truth + 1e-7)
    }
  }
}
