import Foundation
import XCTest

@testable import commute_analyze

/// Numbers that are valid but extreme (a cutoff of 1e300 minutes: "no cap on travel time") give a
/// report, never a trap.
final class ExtremeValueTests: XCTestCase {
  func test_hugeThresholds_giveAReport_neverASignal() throws {
    let folder = try scratchFolder()
    let cases: [[String]] = [
      ["coverage", "--within", "1e300"],
      ["coverage", "--within", "30,1e300", "--format", "json"],
      ["isochrone", "--within", "1e300", "--format", "geojson"],
      ["map", "--within", "1e300", "-o", folder.appendingPathComponent("map.svg").path],
      // A grid node 1 km off the network at 1e-300 km/h is ~6e301 minutes away: finite, listed.
      ["isochrone", "--off-network-speed-kmh", "1e-300", "--format", "csv"],
    ]
    for arguments in cases {
      let run = try ToolRunner.run(arguments + ["--network", Fixture.network.path])
      let label = arguments.joined(separator: " ")
      XCTAssertFalse(run.signaled, "\(label): \(run.stderr)")
      XCTAssertEqual(run.status, 0, "\(label): \(run.stderr)")
    }
  }

  /// With a threshold beyond every travel time, every reachable place is inside and only the
  /// fixture's unreachable island is outside.
  func test_thresholdBeyondEveryTravelTime_putsEveryReachablePlaceInside() throws {
    let run = try ToolRunner.run([
      "coverage", "--within", "1e300", "--profile", "car", "--scope", "all", "--format", "csv",
      "--network", Fixture.network.path,
    ])
    XCTAssertEqual(run.status, 0, run.stderr)
    let rows = Fixture.parseCSV(run.stdout)
    let header = try XCTUnwrap(rows.first)
    let minutes = try XCTUnwrap(header.firstIndex(of: "minutes"))
    let inside = try XCTUnwrap(header.firstIndex(of: "inside"))
    let placeID = try XCTUnwrap(header.firstIndex(of: "place_id"))
    XCTAssertGreaterThan(rows.count, 2)
    for row in rows.dropFirst() where row.count == header.count {
      let reachable = !row[minutes].isEmpty
      XCTAssertEqual(row[inside], reachable ? "true" : "false", row.joined(separator: ","))
      if !reachable { XCTAssertEqual(row[placeID], "island") }
    }
  }

  /// The fixture's island reaches nothing: it is a gap on the map even when --gap-minutes is
  /// beyond every travel time (it used to count as within 1e300 minutes, since the unreachable
  /// sentinel is a finite number of seconds).
  func test_unreachablePlace_isAGapOnTheMap_whateverTheGapMinutes() throws {
    let run = try ToolRunner.run([
      "map", "--gap-minutes", "1e300", "--network", Fixture.network.path,
    ])
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertTrue(
      run.stdout.contains("1 places in the planning scope are more than 1e+300 min"),
      String(run.stdout.prefix(3000)))
  }

  /// Fixed decimals for ordinary values, and the round-trip description where an integer could
  /// not hold the scaled value (it used to trap there).
  func test_fixedDecimal_roundsHalfAwayFromZero_andWritesHugeValuesWithAnExponent() {
    XCTAssertEqual(FixedDecimal.text(12.5, decimals: 2), "12.50")
    XCTAssertEqual(FixedDecimal.text(0.125, decimals: 2), "0.13")
    XCTAssertEqual(FixedDecimal.text(-0.04, decimals: 1), "0.0")
    XCTAssertEqual(FixedDecimal.text(-2.25, decimals: 1), "-2.3")
    XCTAssertEqual(FixedDecimal.text(7, decimals: 0), "7")
    XCTAssertEqual(FixedDecimal.text(1e300, decimals: 2), "1e+300")
    XCTAssertEqual(SVGDocument.number(-1e300), "-1e+300")
    XCTAssertEqual(SVGMapRenderer.shortNumber(2.5), "2.5")
    XCTAssertEqual(SVGMapRenderer.shortNumber(50), "50")
  }
}
