import Foundation
import XCTest

/// The honest-figures promises through the built binary: anchors and parameters named in every
/// header, estimates stated, thin services marked, tables within 160 columns.
final class HonestFiguresCLITests: XCTestCase {
  private let fixture = ["--network", Fixture.network.path]

  /// Several anchors and parameters other than the defaults: both in the header (golden), the
  /// anchors' population beside the shares, which leave both anchors out.
  func test_severalAnchorsAndParameters_areNamedInTheHeader() throws {
    let run = try ToolRunner.run(
      ["coverage", "--to", "changchun,东县", "--wait-cap", "20", "--transfer-penalty-min", "8"]
        + fixture)
    XCTAssertEqual(run.status, 0, run.stderr)
    try Fixture.assertGolden(run.stdout, "coverage-two-anchors-parameters.txt")
    XCTAssertTrue(
      run.stdout.contains(
        "Left out of every share (the anchors): 中心城（核心区） (changchun), 东县 (east), "
          + "1,200,000 people"), run.stdout)
    XCTAssertTrue(
      run.stdout.contains("Parameters: defaults except wait-cap-min 20, transfer-penalty-min 8"))
    // Around the two anchors: hostile 100 000, island 1 000, north 50 000 (far is out of scope).
    XCTAssertTrue(run.stdout.contains("(3 places, 151,000 people, anchors left out)"), run.stdout)
  }

  /// `--to jilin` leaves out only jilin, whose people all live in its districts: 0 people left out,
  /// and the header says that the districts count.
  func test_anchorWithoutResidents_leavesOutOnlyItself() throws {
    let run = try ToolRunner.run(["coverage", "--to", "jilin"])
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertNotNil(
      run.stdout.range(
        of: #"Left out of every share \(the anchors\): 吉林（中心城区） \(jilin\), 0 people; "#
          + #"the \d+ listed place\(s\) whose parent is an anchor count"#,
        options: .regularExpression), run.stdout)
    let json = try Fixture.parseJSON(
      try ToolRunner.run(["coverage", "--to", "jilin", "--format", "json"]).stdout)
    let places = json["places"] as? [[String: Any]] ?? []
    XCTAssertEqual(
      places.filter { $0["anchor"] as? Bool == true }.map { $0["id"] as? String }, ["jilin"])
  }

  /// A run with other parameters never prints the header of a default run: coverage, route and
  /// matrix name them.
  func test_changedParameters_changeEveryTableHeader() throws {
    for command in [["coverage"], ["route", "east", "changchun"], ["matrix"]] {
      let standard = try ToolRunner.run(command + fixture).stdout
      let changed = try ToolRunner.run(command + ["--parking-min", "7"] + fixture).stdout
      let firstLines = { (text: String) in text.split(separator: "\n").prefix(3).joined() }
      XCTAssertNotEqual(firstLines(standard), firstLines(changed), command.joined())
      XCTAssertTrue(changed.contains("defaults except parking-min 7"), changed)
    }
  }

  /// The README promises 160 columns; with four thresholds the corridors and clusters move to a
  /// table of their own instead of widening the places table.
  func test_coverageTables_fitIn160Columns_withSeveralThresholds() throws {
    for within in ["60", "30,60", "30,45,60,90", "15,30,45,60,90,120"] {
      let run = try ToolRunner.run(["coverage", "--within", within])
      XCTAssertEqual(run.status, 0, run.stderr)
      for line in run.stdout.split(separator: "\n") {
        XCTAssertLessThanOrEqual(
          DisplayWidthReference.of(String(line)), 160, "--within \(within): \(line)")
      }
      if within.contains(",45,") {
        XCTAssertTrue(run.stdout.contains("\nCorridors and clusters of each place\n"))
      }
    }
  }

  /// Large integers are grouped in tables only; CSV and JSON keep plain numbers.
  func test_integersAreGroupedInTablesOnly() throws {
    let table = try ToolRunner.run(["coverage"] + fixture).stdout
    XCTAssertTrue(table.contains("1,000,000"))
    let csv = try ToolRunner.run(["coverage", "--format", "csv"] + fixture).stdout
    XCTAssertTrue(csv.contains(",1000000,"))
    XCTAssertFalse(csv.contains("1,000,000"))
    let json = try ToolRunner.run(["coverage", "--format", "json"] + fixture).stdout
    XCTAssertTrue(json.contains("\"population\": 1000000"))
  }

  /// The default network's Changchun–Liaoyuan rail trip rides K7571, 3 departures a day: the wait
  /// of 30 minutes says it is capped and the line thin.
  func test_route_marksAThinService() throws {
    let run = try ToolRunner.run(["route", "changchun", "liaoyuan", "--profile", "rail"])
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertTrue(run.stdout.contains("wait 30.0 (3/day, capped)"), run.stdout)
    XCTAssertTrue(run.stdout.contains("3/day, capped; thin service"), run.stdout)
    XCTAssertTrue(run.stdout.contains("thin service (fewer than 8 departures a day)"), run.stdout)
    let json = try Fixture.parseJSON(
      try ToolRunner.run([
        "route", "changchun", "liaoyuan", "--profile", "rail", "--format", "json",
      ])
      .stdout)
    let wait = (json["legs"] as? [[String: Any]])?.first { $0["kind"] as? String == "wait" }
    XCTAssertEqual(wait?["departures_per_day"] as? Double, 3)
    XCTAssertEqual(wait?["wait_capped"] as? Bool, true)
    XCTAssertEqual(wait?["thin_service"] as? Bool, true)
    XCTAssertEqual(json["thin_lines"] as? [String], ["cc-meihekou-through"])
  }

  /// An unreachable route says why: no station within reach of 榆树 by rail; no way at all onto
  /// the fixture's island.
  func test_route_unreachable_saysWhy() throws {
    let yushu = try ToolRunner.run(["route", "yushu", "changchun", "--profile", "rail"])
    XCTAssertTrue(
      yushu.stdout.contains("unreachable: no station within reach of 榆树市 (yushu)"), yushu.stdout)
    let island = try ToolRunner.run(["route", "island", "changchun", "--format", "json"] + fixture)
    let json = try Fixture.parseJSON(island.stdout)
    XCTAssertEqual(json["reachable"] as? Bool, false)
    XCTAssertEqual(
      json["unreachable_reason"] as? String,
      "孤岛 (island) has no road link and no connector to a stop")
  }

  /// Drives give road kilometres and name the junctions they pass; other legs straight lines.
  func test_route_givesKilometres_andNamesJunctionsInJSON() throws {
    let json = try Fixture.parseJSON(
      try ToolRunner.run(["route", "jilin", "changchun", "--profile", "car", "--format", "json"])
        .stdout)
    let drive = (json["legs"] as? [[String: Any]])?.first { $0["kind"] as? String == "drive" }
    XCTAssertEqual(drive?["km_basis"] as? String, "road")
    XCTAssertGreaterThan(drive?["km"] as? Double ?? 0, 80)
    let via = drive?["via"] as? [[String: Any]] ?? []
    XCTAssertFalse(via.isEmpty)
    for point in via {
      XCTAssertNotEqual(point["name_zh"] as? String, point["id"] as? String, "\(point)")
    }
  }

  /// `validate` counts the estimated rows of every table (the fixture's are all estimates).
  func test_validate_countsEstimatedRows() throws {
    let run = try ToolRunner.run(["validate", Fixture.network.path])
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertTrue(
      run.stdout.contains(
        "estimated rows (source 'est.' or 'unverified'): clusters 2/2, connectors 4/4, "),
      run.stdout)
    XCTAssertTrue(run.stdout.contains("road_links 5/5"), run.stdout)
  }

  /// Provenance counts the estimated rows of every table.
  func test_provenance_countsEstimatedRows() throws {
    let json = try Fixture.parseJSON(
      try ToolRunner.run(["coverage", "--format", "json"] + fixture).stdout)
    let counts = (json["provenance"] as? [String: Any])?["estimated_rows"] as? [String: Any]
    let links = counts?["road_links"] as? [String: Any]
    XCTAssertEqual(links?["estimated"] as? Int, 5)
    XCTAssertEqual(links?["total"] as? Int, 5)
  }
}
