import Foundation
import XCTest

/// `coverage --sensitivity` and `--vary` through the built binary.
final class SensitivityCLITests: XCTestCase {
  private let fixture = ["--network", Fixture.network.path]
  /// Wide enough that the fixture's places flip: east by car 45 × 1.3 + 5 = 63.5 (out), hostile
  /// 75 × 0.7 + 5 = 57.5 (in).
  private let wide = [
    "--vary", "congestion-factor=-30%..+30%", "--vary", "parking-min=0..10", "--vary",
    "connector-min=-20%..+20%",
  ]

  func test_table_matchesGolden() throws {
    let run = try ToolRunner.run(["coverage"] + wide + fixture)
    XCTAssertEqual(run.status, 0, run.stderr)
    try Fixture.assertGolden(run.stdout, "coverage-sensitivity.txt")
  }

  /// The report's own part is the plain report's, byte for byte: the sensitivity only adds.
  func test_sensitivity_addsToTheReport_withoutChangingIt() throws {
    let plain = try ToolRunner.run(["coverage"] + fixture).stdout
    let varied = try ToolRunner.run(["coverage", "--sensitivity"] + fixture).stdout
    XCTAssertTrue(varied.hasPrefix(plain), varied)
    XCTAssertTrue(varied.contains("\nSensitivity: "))
    XCTAssertTrue(varied.contains("congestion-factor  -10%  +10%"), varied)
    XCTAssertTrue(varied.contains("estimated-run-min  -10%  +10%"), varied)
  }

  func test_json_reportsRangesAndFlips() throws {
    let json = try Fixture.parseJSON(
      try ToolRunner.run(["coverage", "--format", "json"] + wide + fixture).stdout)
    let sensitivity = try XCTUnwrap(json["sensitivity"] as? [String: Any])
    let flips = sensitivity["flips"] as? [[String: Any]] ?? []
    XCTAssertEqual(flips.map { $0["place_id"] as? String ?? "" }, ["east", "hostile"])
    let east = (flips.first?["under"] as? [[String: Any]])?.first
    XCTAssertEqual(east?["variation"] as? String, "congestion-factor +30%")
    XCTAssertEqual(east?["minutes"] as? Double, 63.5)
    let scope = (sensitivity["shares"] as? [[String: Any]])?.first {
      $0["group"] as? String == "scope" && $0["profile"] as? String == "any"
    }
    // Anchors left out: base east 200 000 + north 50 000 of 351 000; congestion +30% leaves
    // north alone (39 × 1.3 + 5 = 55.7); -30% adds hostile.
    XCTAssertEqual(scope?["base"] as? Double, 0.7123)
    XCTAssertEqual(scope?["lowest"] as? Double, 0.1425)
    XCTAssertEqual(scope?["highest"] as? Double, 0.9972)
    XCTAssertEqual(scope?["lowest_under"] as? String, "congestion-factor +30%")
  }

  func test_csv_addsRangeAndFlipColumns() throws {
    let rows = Fixture.parseCSV(
      try ToolRunner.run(["coverage", "--format", "csv", "--profile", "car"] + wide + fixture)
        .stdout)
    XCTAssertEqual(rows.first?.suffix(3), ["minutes_lowest", "minutes_highest", "flipped_by"])
    let east = try XCTUnwrap(rows.first { $0.first == "east" })
    XCTAssertEqual(east.suffix(3), ["36.5", "63.5", "congestion-factor +30%"])
  }

  func test_badVariations_exit2_namingTheOption() throws {
    for (value, message) in [
      ("connector-min=0..10", "give percentages"), ("nothing=1..2", "unknown input 'nothing'"),
      ("parking-min=-5..10", "must be ≥ 0"), ("congestion-factor=-10%..5", "both ends"),
      ("congestion-factor", "expected NAME=LOW..HIGH"),
    ] {
      let run = try ToolRunner.run(["coverage", "--vary", value] + fixture)
      XCTAssertEqual(run.status, 2, value)
      XCTAssertEqual(run.stdout, "")
      XCTAssertTrue(run.stderr.contains("for '--vary'"), run.stderr)
      XCTAssertTrue(run.stderr.contains(message), "\(value): \(run.stderr)")
    }
  }
}
