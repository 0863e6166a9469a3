import XCTest

@testable import TransitModel

final class IsochroneSurfaceTests: XCTestCase {
  private func randomSeeds(_ random: inout SplitMix64, count: Int, spanKm: Double)
    -> [SurfaceSeed]
  {
    (0..<count).map { _ in
      SurfaceSeed(
        point: PlanarPoint(
          xKm: random.uniform(-spanKm, spanKm), yKm: random.uniform(-spanKm, spanKm)),
        minutes: random.int(below: 10) == 0 ? .infinity : random.uniform(0, 150))
    }
  }

  func test_gridValues_equalTheMinimumOverEverySeed_onRandomSeeds() throws {
    var random = SplitMix64(seed: 2026)
    for _ in 0..<200 {
      let seeds = randomSeeds(
        &random, count: 1 + random.int(below: 40), spanKm: random.uniform(1, 60))
      let spread = OffNetworkSpread(
        speedKmh: random.uniform(3, 30), maxDistanceKm: random.uniform(0.5, 12))
      let cellKm = random.uniform(0.3, 3)
      let surface = try TravelTimeSurface(seeds: seeds, spread: spread, cellKm: cellKm)
      for row in 0..<surface.rows {
        for column in 0..<surface.columns {
          let expected = TravelTimeSurface.exactMinutes(
            at: surface.point(column: column, row: row), seeds: seeds, spread: spread)
          let actual = surface.minutes(column: column, row: row)
          if expected.isFinite {
            XCTAssertEqual(actual, expected, accuracy: 1e-9)
          } else {
            XCTAssertEqual(actual, .infinity)
          }
        }
      }
      // The frame of nodes around the grid is unreached, so every contour closes inside it.
      for column in 0..<surface.columns {
        XCTAssertEqual(surface.minutes(column: column, row: 0), .infinity)
        XCTAssertEqual(surface.minutes(column: column, row: surface.rows - 1), .infinity)
      }
      for row in 0..<surface.rows {
        XCTAssertEqual(surface.minutes(column: 0, row: row), .infinity)
        XCTAssertEqual(surface.minutes(column: surface.columns - 1, row: row), .infinity)
      }
    }
  }

  func test_oneSeed_handComputedValues() throws {
    // One seed at (0, 0) reached at 10 min; 15 km/h off the network = 4 min per km; max 10 km.
    // Node (3 km, 4 km) is 5 km away: 10 + 5 × 4 = 30 min. Node (6, 8) is 10 km away: 10 + 40 = 50.
    // Node (7, 8) is √113 = 10.63 km away: beyond 10 km, unreached.
    let surface = try TravelTimeSurface(
      seeds: [SurfaceSeed(point: PlanarPoint(xKm: 0, yKm: 0), minutes: 10)],
      spread: OffNetworkSpread(speedKmh: 15, maxDistanceKm: 10), cellKm: 1)
    func at(_ x: Int, _ y: Int) -> Double {
      let column = x - Int(surface.origin.xKm.rounded())
      let row = y - Int(surface.origin.yKm.rounded())
      return surface.minutes(column: column, row: row)
    }
    XCTAssertEqual(surface.origin, PlanarPoint(xKm: -11, yKm: -11))
    XCTAssertEqual(at(0, 0), 10, accuracy: 1e-12)
    XCTAssertEqual(at(3, 4), 30, accuracy: 1e-12)
    XCTAssertEqual(at(6, 8), 50, accuracy: 1e-12)
    XCTAssertEqual(at(7, 8), .infinity)
  }

  func test_badParameters_areRefusedWithTheirName() {
    let seeds = [SurfaceSeed(point: PlanarPoint(xKm: 0, yKm: 0), minutes: 0)]
    XCTAssertThrowsError(
      try TravelTimeSurface(
        seeds: seeds, spread: OffNetworkSpread(speedKmh: .nan, maxDistanceKm: 10), cellKm: 1)
    ) { error in
      guard case .invalidParameter(let name, let value) = error as? IsochroneError else {
        return XCTFail("expected invalidParameter, got \(error)")
      }
      XCTAssertEqual(name, "off-network-speed-kmh")
      XCTAssertTrue(value.isNaN)
    }
    XCTAssertThrowsError(
      try TravelTimeSurface(
        seeds: seeds, spread: OffNetworkSpread(speedKmh: 15, maxDistanceKm: 10), cellKm: 0))
    XCTAssertThrowsError(
      try TravelTimeSurface(
        seeds: seeds + [SurfaceSeed(point: PlanarPoint(xKm: 1e6, yKm: 1e6), minutes: 0)],
        spread: OffNetworkSpread(speedKmh: 15, maxDistanceKm: 10), cellKm: 0.1)
    ) { error in
      guard case .gridTooLarge = error as? IsochroneError else {
        return XCTFail("expected gridTooLarge, got \(error)")
      }
    }
  }

  func test_noReachedSeed_givesAnUnreachedSurface() throws {
    let surface = try TravelTimeSurface(
      seeds: [SurfaceSeed(point: PlanarPoint(xKm: 0, yKm: 0), minutes: .infinity)],
      spread: OffNetworkSpread(speedKmh: 15, maxDistanceKm: 10), cellKm: 1)
    XCTAssertEqual(surface.reachedNodeCount, 0)
    XCTAssertTrue(MarchingSquares.rings(of: surface, within: 1_000).isEmpty)
  }
}
