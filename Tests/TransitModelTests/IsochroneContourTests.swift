import XCTest

@testable import TransitModel

final class IsochroneContourTests: XCTestCase {
  /// A surface with random node values: many saddles, holes and islands, and unreached patches.
  private func randomValueSurface(_ random: inout SplitMix64) -> TravelTimeSurface {
    let columns = 3 + random.int(below: 14)
    let rows = 3 + random.int(below: 14)
    var values = [Double](repeating: .infinity, count: columns * rows)
    for row in 1..<(rows - 1) {
      for column in 1..<(columns - 1) where random.int(below: 6) != 0 {
        // Coarse values make ties with the thresholds (value == T) common.
        values[row * columns + column] = Double(random.int(below: 12)) * 10
      }
    }
    return TravelTimeSurface(
      origin: PlanarPoint(xKm: random.uniform(-5, 5), yKm: random.uniform(-5, 5)),
      cellKm: random.uniform(0.2, 2), columns: columns, rows: rows, minutes: values,
      spread: OffNetworkSpread(speedKmh: 15, maxDistanceKm: 10))
  }

  private func randomSeedSurface(_ random: inout SplitMix64) throws -> TravelTimeSurface {
    let seeds = (0..<(1 + random.int(below: 30))).map { _ in
      SurfaceSeed(
        point: PlanarPoint(xKm: random.uniform(-8, 8), yKm: random.uniform(-8, 8)),
        minutes: random.uniform(0, 120))
    }
    return try TravelTimeSurface(
      seeds: seeds,
      spread: OffNetworkSpread(
        speedKmh: random.uniform(5, 30), maxDistanceKm: random.uniform(1, 5)),
      cellKm: random.uniform(0.8, 2))
  }

  private func isInside(_ point: PlanarPoint, _ polygons: [IsochronePolygon]) -> Bool {
    polygons.contains { $0.contains(point) }
  }

  /// Checks closure, size, orientation and hole placement of one band, then that every grid node is
  /// inside exactly when its minutes are within the cutoff (crossings stay 1 % of a cell away from
  /// nodes, so no node is on a boundary), and that the centres of cells whose four corners agree
  /// follow them.
  private func checkBand(
    _ surface: TravelTimeSurface, within minutes: Double, case label: String
  ) -> [IsochronePolygon] {
    let rings = MarchingSquares.rings(of: surface, within: minutes)
    for ring in rings {
      XCTAssertGreaterThanOrEqual(ring.points.count, 4, label)
      XCTAssertEqual(ring.points.first, ring.points.last, label)
      XCTAssertNotEqual(ring.signedAreaKm2, 0, label)
    }
    let polygons = IsochronePolygon.assemble(rings)
    XCTAssertEqual(
      polygons.reduce(0) { $0 + 1 + $1.holes.count }, rings.count, "\(label): hole lost")
    for polygon in polygons {
      XCTAssertGreaterThan(polygon.outer.signedAreaKm2, 0, label)
      for hole in polygon.holes {
        XCTAssertLessThan(hole.signedAreaKm2, 0, label)
        XCTAssertTrue(hole.points.allSatisfy { polygon.outer.contains($0) }, label)
      }
    }
    for row in 0..<surface.rows {
      for column in 0..<surface.columns {
        let value = surface.minutes(column: column, row: row)
        let inside = isInside(surface.point(column: column, row: row), polygons)
        XCTAssertEqual(inside, value <= minutes, "\(label) node (\(column), \(row)) = \(value)")
      }
    }
    for row in 0..<(surface.rows - 1) {
      for column in 0..<(surface.columns - 1) {
        let corners = [
          surface.minutes(column: column, row: row), surface.minutes(column: column + 1, row: row),
          surface.minutes(column: column, row: row + 1),
          surface.minutes(column: column + 1, row: row + 1),
        ]
        let insideCount = corners.filter { $0 <= minutes }.count
        guard insideCount == 0 || insideCount == 4 else { continue }
        let centre = surface.point(column: column, row: row)
        let probe = PlanarPoint(
          xKm: centre.xKm + surface.cellKm / 2, yKm: centre.yKm + surface.cellKm / 2)
        XCTAssertEqual(isInside(probe, polygons), insideCount == 4, "\(label) cell centre")
      }
    }
    return polygons
  }

  private func checkNesting(
    _ surface: TravelTimeSurface, _ bands: [IsochronePolygon].SubSequence,
    _ larger: [IsochronePolygon], random: inout SplitMix64, case label: String
  ) {
    let smaller = Array(bands)
    let width = Double(surface.columns - 1) * surface.cellKm
    let height = Double(surface.rows - 1) * surface.cellKm
    for _ in 0..<300 {
      let point = PlanarPoint(
        xKm: surface.origin.xKm + random.uniform(0, width),
        yKm: surface.origin.yKm + random.uniform(0, height))
      if isInside(point, smaller) {
        XCTAssertTrue(isInside(point, larger), "\(label): band does not nest at \(point)")
      }
    }
  }

  func test_randomValueSurfaces_giveValidNestedBands() {
    var random = SplitMix64(seed: 6)
    for index in 0..<200 {
      let surface = randomValueSurface(&random)
      let cutoffs = [5.0, 30, 60, 90, 110]
      let bands = cutoffs.map { checkBand(surface, within: $0, case: "value surface \(index)") }
      for k in 1..<bands.count {
        checkNesting(
          surface, bands[k - 1][...], bands[k], random: &random, case: "value surface \(index)")
      }
    }
  }

  func test_randomSeedSurfaces_giveValidNestedBands() throws {
    var random = SplitMix64(seed: 60)
    for index in 0..<200 {
      let surface = try randomSeedSurface(&random)
      var cutoffs = (0..<3).map { _ in random.uniform(0, 180) }
      cutoffs.sort()
      let bands = cutoffs.map { checkBand(surface, within: $0, case: "seed surface \(index)") }
      for k in 1..<bands.count {
        checkNesting(
          surface, bands[k - 1][...], bands[k], random: &random, case: "seed surface \(index)")
      }
    }
  }

  func test_saddle_isJoinedWhenTheCellAverageIsWithinTheCutoff() {
    // 4 × 4 nodes, unreached frame; the inner cell has 10 (bottom-left), 50, 10 (top-right), 50.
    // Cutoff 20: the corner average (10 + 50 + 10 + 50) / 4 = 30 > 20, so the two corners stay apart
    // (two rings). Cutoff 40: 30 ≤ 40, joined into one ring.
    let inf = Double.infinity
    let values: [Double] = [
      inf, inf, inf, inf,
      inf, 10, 50, inf,
      inf, 50, 10, inf,
      inf, inf, inf, inf,
    ]
    let surface = TravelTimeSurface(
      origin: PlanarPoint(xKm: 0, yKm: 0), cellKm: 1, columns: 4, rows: 4, minutes: values,
      spread: OffNetworkSpread(speedKmh: 15, maxDistanceKm: 10))
    XCTAssertEqual(MarchingSquares.rings(of: surface, within: 20).count, 2)
    XCTAssertEqual(MarchingSquares.rings(of: surface, within: 40).count, 1)
  }

  func test_ringOfReachedNodes_keepsItsHole() {
    // A 3 × 3 block of reached nodes whose centre is slower: at 20 minutes the band is a square ring
    // with a hole (one outer ring counter-clockwise, one hole clockwise).
    let inf = Double.infinity
    let values: [Double] = [
      inf, inf, inf, inf, inf,
      inf, 10, 10, 10, inf,
      inf, 10, 90, 10, inf,
      inf, 10, 10, 10, inf,
      inf, inf, inf, inf, inf,
    ]
    let surface = TravelTimeSurface(
      origin: PlanarPoint(xKm: 0, yKm: 0), cellKm: 1, columns: 5, rows: 5, minutes: values,
      spread: OffNetworkSpread(speedKmh: 15, maxDistanceKm: 10))
    let polygons = MarchingSquares.polygons(of: surface, within: 20)
    XCTAssertEqual(polygons.count, 1)
    XCTAssertEqual(polygons.first?.holes.count, 1)
    XCTAssertFalse(polygons[0].contains(PlanarPoint(xKm: 2, yKm: 2)))
    XCTAssertTrue(polygons[0].contains(PlanarPoint(xKm: 1, yKm: 2)))
    XCTAssertEqual(MarchingSquares.polygons(of: surface, within: 90).first?.holes.count, 0)
  }

  func test_oneSeed_bandIsCloseToTheDisc() throws {
    // One seed at 0 min, 60 km/h (1 km per minute), 1 km grid: the 5-minute band is the disc of radius
    // 5 km, area π × 25 = 78.54 km². Linear interpolation on 1 km cells cuts the cone's
    // circle by chords: the polygon is a little smaller, within 3 %.
    let surface = try TravelTimeSurface(
      seeds: [SurfaceSeed(point: PlanarPoint(xKm: 0.3, yKm: -0.2), minutes: 0)],
      spread: OffNetworkSpread(speedKmh: 60, maxDistanceKm: 10), cellKm: 1)
    let polygons = MarchingSquares.polygons(of: surface, within: 5)
    XCTAssertEqual(polygons.count, 1)
    let area = polygons[0].outer.signedAreaKm2
    XCTAssertEqual(area, Double.pi * 25, accuracy: Double.pi * 25 * 0.03)
  }

  func test_bandBeyondTheReach_isTheOffNetworkDisc() throws {
    // One seed at 0 min, 60 km/h, at most 3 km off the network, 1 km grid: within 100 min
    // everything up to 3 km is reached, so the band is the 3 km disc, area π × 9 = 28.27 km².
    // The rim is found on the edges toward unreached nodes from the seeds (not at the last reached
    // node), so only the chords between rim points cut the circle: within 4 %.
    let surface = try TravelTimeSurface(
      seeds: [SurfaceSeed(point: PlanarPoint(xKm: 0.35, yKm: -0.15), minutes: 0)],
      spread: OffNetworkSpread(speedKmh: 60, maxDistanceKm: 3), cellKm: 1)
    let polygons = MarchingSquares.polygons(of: surface, within: 100)
    XCTAssertEqual(polygons.count, 1)
    let area = polygons[0].outer.signedAreaKm2
    XCTAssertEqual(area, Double.pi * 9, accuracy: Double.pi * 9 * 0.04)
    for point in polygons[0].outer.points {
      XCTAssertLessThanOrEqual(point.distanceKm(to: PlanarPoint(xKm: 0.35, yKm: -0.15)), 3.0001)
    }
  }
}
