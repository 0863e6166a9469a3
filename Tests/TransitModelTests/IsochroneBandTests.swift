import XCTest

@testable import TransitModel

final class IsochroneBandTests: XCTestCase {
  private func bandContains(_ band: IsochroneBand, longitude: Double, latitude: Double) -> Bool {
    BandContainment.contains(band, latitude: latitude, longitude: longitude)
  }

  private func randomIsochrone(_ random: inout SplitMix64) throws -> Isochrone {
    let seeds = (0..<(1 + random.int(below: 25))).map { _ in
      GeoSeed(
        latitude: 43.88 + random.uniform(-0.07, 0.07),
        longitude: 125.32 + random.uniform(-0.09, 0.09),
        minutes: random.int(below: 8) == 0 ? .infinity : random.uniform(0, 100))
    }
    return try Isochrone(
      seeds: seeds,
      projection: AzimuthalEquidistantProjection(centreLatitude: 43.88, centreLongitude: 125.32),
      cellKm: random.uniform(0.8, 1.5),
      spread: OffNetworkSpread(speedKmh: 15, maxDistanceKm: random.uniform(1, 4)))
  }

  func test_geographicBands_areClosedOrientedAndAgreeWithTheSurface() throws {
    var random = SplitMix64(seed: 44)
    for index in 0..<200 {
      let isochrone = try randomIsochrone(&random)
      let surface = isochrone.surface
      for minutes in [30.0, 60, 90] {
        let band = isochrone.band(within: minutes, origins: [(43.88, 125.32)])
        XCTAssertFalse(band.polygons.isEmpty)
        for polygon in band.polygons {
          for (ring, outer) in [(polygon.outer, true)] + polygon.holes.map({ ($0, false) }) {
            XCTAssertGreaterThanOrEqual(ring.positions.count, 4, "case \(index)")
            XCTAssertEqual(ring.positions.first, ring.positions.last, "case \(index)")
            XCTAssertEqual(ring.signedAreaDegrees2 > 0, outer, "case \(index): orientation")
          }
        }
        if band.isPlaceholder {
          XCTAssertEqual(surface.minutes.filter { $0 <= minutes }.count, 0)
          continue
        }
        // Every grid node, back-projected, is inside the band exactly when within the cutoff.
        for row in 0..<surface.rows {
          for column in 0..<surface.columns {
            let node = isochrone.projection.unproject(surface.point(column: column, row: row))
            let inside = bandContains(band, longitude: node.longitude, latitude: node.latitude)
            XCTAssertEqual(
              inside, surface.minutes(column: column, row: row) <= minutes,
              "case \(index), \(minutes) min, node (\(column), \(row))")
          }
        }
      }
    }
  }

  func test_sameSeeds_giveTheSameBands() throws {
    var first = SplitMix64(seed: 3)
    var second = SplitMix64(seed: 3)
    let a = try randomIsochrone(&first)
    let b = try randomIsochrone(&second)
    for minutes in [15.0, 45, 75] {
      XCTAssertEqual(a.band(within: minutes, origins: []), b.band(within: minutes, origins: []))
    }
  }

  func test_nothingWithinTheCutoff_givesASmallPolygonAroundEachOrigin() throws {
    // The only seed is reached at 50 min: nothing is within 10 min, so the band is a 16-gon of
    // radius 0.1 km around each origin (17 positions with the closing one), counter-clockwise.
    let isochrone = try Isochrone(
      seeds: [GeoSeed(latitude: 43.9, longitude: 125.3, minutes: 50)],
      projection: AzimuthalEquidistantProjection(centreLatitude: 43.9, centreLongitude: 125.3),
      cellKm: 1, spread: OffNetworkSpread(speedKmh: 15, maxDistanceKm: 10))
    let band = isochrone.band(within: 10, origins: [(43.9, 125.3), (44.0, 125.5)])
    XCTAssertTrue(band.isPlaceholder)
    XCTAssertEqual(band.polygons.count, 2)
    XCTAssertEqual(band.polygons[0].outer.positions.count, 17)
    XCTAssertGreaterThan(band.polygons[0].outer.signedAreaDegrees2, 0)
    XCTAssertTrue(bandContains(band, longitude: 125.5, latitude: 44.0))
    XCTAssertFalse(isochrone.band(within: 60, origins: []).isPlaceholder)
  }

  func test_positionsAreRoundedToMicrodegrees() {
    let position = GeoPosition(latitude: 43.123_456_5, longitude: -125.000_000_4)
    XCTAssertEqual(position.latitudeMicrodegrees, 43_123_457)
    XCTAssertEqual(position.longitudeMicrodegrees, -125_000_000)
  }
}
