import Foundation
import XCTest

/// `route`, `matrix` and `validate` through the built binary.
final class RouteMatrixValidateTests: XCTestCase {
  private let network = ["--network", Fixture.network.path]

  /// east → changchun by rail, by hand: bus 15, boarding 10, wait 30/2 = 15, ride 20,
  /// alighting 5, walk 10: total 75.0.
  func test_route_listsEveryLegWithMinutes() throws {
    let run = try ToolRunner.run(["route", "东县", "Core City", "--profile", "rail"] + network)
    XCTAssertEqual(run.status, 0, run.stderr)
    try Fixture.assertGolden(run.stdout, "route-east-changchun-rail.txt")
    let json = try Fixture.parseJSON(
      try ToolRunner.run(
        ["route", "east", "changchun", "--profile", "rail", "--format", "json"] + network
      ).stdout)
    let legs = json["legs"] as? [[String: Any]] ?? []
    XCTAssertEqual(
      legs.map { $0["kind"] as? String ?? "" },
      ["access", "boarding-overhead", "wait", "ride", "alighting-overhead", "egress"])
    XCTAssertEqual(legs.map { $0["minutes"] as? Double ?? -1 }, [15, 10, 15, 20, 5, 10])
    XCTAssertEqual(legs[3]["line_name_zh"] as? String, "高铁线")
    XCTAssertEqual(json["total_minutes"] as? Double, 75)
  }

  /// `中心城` names `中心城（核心区）` and `core city` names `Core City (centre)`: the only place
  /// with that name once the qualifier is left out.
  func test_route_acceptsANameWithoutItsQualifier() throws {
    for name in ["中心城", "core city", "中心城（核心区）", "changchun"] {
      let run = try ToolRunner.run(["route", "east", name, "--format", "json"] + network)
      XCTAssertEqual(run.status, 0, "\(name): \(run.stderr)")
      let to = try Fixture.parseJSON(run.stdout)["to"] as? [String: Any]
      XCTAssertEqual(to?["id"] as? String, "changchun", name)
    }
  }

  func test_route_unreachable_isReportedNotFailed() throws {
    let run = try ToolRunner.run(["route", "island", "changchun"] + network)
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertTrue(run.stdout.contains("unreachable"), run.stdout)
  }

  func test_route_unknownPlace_exits2_andSuggestsTheClosest() throws {
    let run = try ToolRunner.run(["route", "eest", "changchun"] + network)
    XCTAssertEqual(run.status, 2)
    XCTAssertEqual(run.stdout, "")
    XCTAssertTrue(run.stderr.contains("error: unknown place 'eest' for <from>"), run.stderr)
    XCTAssertTrue(run.stderr.contains("did you mean: east (东县, East County)"), run.stderr)
  }

  func test_matrixCSV_hasHeaderAndOneRowPerOrderedPair() throws {
    let run = try ToolRunner.run(["matrix", "--profile", "rail", "--format", "csv"] + network)
    XCTAssertEqual(run.status, 0, run.stderr)
    // Warnings do not stop a command: one line counts them and points at `validate`.
    XCTAssertEqual(
      run.stderr,
      "note: the network has 1 warning(s); 'commute-analyze validate \(Fixture.network.path)' "
        + "lists them\n")
    let rows = Fixture.parseCSV(run.stdout)
    XCTAssertTrue(run.stdout.hasPrefix("from_id,to_id,profile,minutes,"))
    let places = ["changchun", "east", "far", "hostile", "island", "north"]
    XCTAssertEqual(rows.count, 1 + places.count * places.count)
    var pairs: [String] = []
    for row in rows.dropFirst() {
      XCTAssertEqual(row.count, rows[0].count)
      XCTAssertEqual(row[2], "rail")
      pairs.append(row[0] + ">" + row[1])
      if row[0] == row[1] { XCTAssertEqual(row[3], "0.0") }
      if row[0] == "island" && row[1] != "island" { XCTAssertEqual(row[3], "", "unreachable") }
      if !row[3].isEmpty { XCTAssertNotNil(Double(row[3]), row[3]) }
    }
    XCTAssertEqual(pairs, places.flatMap { from in places.map { from + ">" + $0 } })
    XCTAssertTrue(rows.contains { $0[0] == "east" && $0[1] == "changchun" && $0[3] == "75.0" })
  }

  func test_matrixTableAndJSON_agreeWithCSV() throws {
    let json = try Fixture.parseJSON(
      try ToolRunner.run(["matrix", "--format", "json"] + network).stdout)
    let minutes = json["minutes"] as? [[Any]] ?? []
    XCTAssertEqual(minutes.count, 6)
    XCTAssertEqual(minutes[1][0] as? Double, 50.0)  // east → changchun, any: car 50.0
    let table = try ToolRunner.run(["matrix"] + network)
    XCTAssertEqual(table.status, 0)
    XCTAssertTrue(table.stdout.contains("from \\ to"))
  }

  func test_validate_fixture_exits0_withTheWarningOnStderr() throws {
    let run = try ToolRunner.run(["validate", Fixture.network.path])
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertTrue(run.stdout.hasPrefix("coverage-fixture 1: 6 places"), run.stdout)
    XCTAssertTrue(run.stderr.contains("places.csv:6:1: warning:"), run.stderr)
  }

  func test_validate_reportsEveryErrorAtOnce_withFileLineColumn_exit2() throws {
    let folder = try scratchFolder()
    for name in try FileManager.default.contentsOfDirectory(atPath: Fixture.network.path) {
      try FileManager.default.copyItem(
        at: Fixture.network.appendingPathComponent(name), to: folder.appendingPathComponent(name))
    }
    let places = folder.appendingPathComponent("places.csv")
    var text = try String(contentsOf: places, encoding: .utf8)
    text = text.replacingOccurrences(of: "43.85,126.00,200000", with: "43.85,126.00,nan")
    text = text.replacingOccurrences(of: "44.10,125.30", with: "94.10,125.30")
    try text.write(to: places, atomically: true, encoding: .utf8)
    let run = try ToolRunner.run(["validate", folder.path])
    XCTAssertEqual(run.status, 2)
    let errors = run.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
    XCTAssertGreaterThanOrEqual(errors.count, 2, run.stderr)
    XCTAssertTrue(errors.contains { $0.hasPrefix("places.csv:3:") }, run.stderr)
    XCTAssertTrue(errors.contains { $0.hasPrefix("places.csv:7:") }, run.stderr)
    // Other commands refuse the same network with the same diagnostics and exit 2.
    let coverage = try ToolRunner.run(["coverage", "--network", folder.path])
    XCTAssertEqual(coverage.status, 2)
    XCTAssertEqual(coverage.stdout, "")
    XCTAssertTrue(coverage.stderr.contains("places.csv:3:"), coverage.stderr)
  }

  func test_validate_missingFolder_exits2() throws {
    let run = try ToolRunner.run(["validate", "/no/such/network"])
    XCTAssertEqual(run.status, 2)
    XCTAssertTrue(run.stderr.contains("/no/such/network"), run.stderr)
  }
}
