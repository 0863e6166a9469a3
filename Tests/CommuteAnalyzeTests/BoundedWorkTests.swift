import Foundation
import XCTest

/// Work on hostile input is bounded: refused with a clear limit, or cut for display.
final class BoundedWorkTests: XCTestCase {
  /// A scratch copy of the CLI tests' fixture network, to change one table of.
  private func copyOfTheFixture() throws -> URL {
    let folder = try ToolRunner.scratchFolder()
    for (name, bytes) in try RepositoryPaths.csvFiles(in: Fixture.network) {
      try Data(bytes).write(to: folder.appendingPathComponent(name))
    }
    return folder
  }

  /// A network of more than 10,000 places: the CSV matrix streams (here from one origin to two
  /// places), while JSON, which holds every pair, is refused (exit 2, the limit named) before any
  /// search, instead of aborting on a failed allocation.
  func test_matrixOfManyPlaces_streamsCSV_refusesJSONWithTheLimit() throws {
    let folder = try copyOfTheFixture()
    defer { try? FileManager.default.removeItem(at: folder) }
    var places = try String(
      contentsOf: folder.appendingPathComponent("places.csv"), encoding: .utf8)
    for index in 0..<10_001 {
      places += "extra\(index),镇\(index),Town \(index),town,43.9,125.3,1,,,no,est. test,est. test\n"
    }
    try places.write(
      to: folder.appendingPathComponent("places.csv"), atomically: true, encoding: .utf8)
    let json = try ToolRunner.run(["matrix", "--network", folder.path, "--format", "json"])
    XCTAssertEqual(json.status, 2, json.stderr)
    XCTAssertTrue(json.stderr.contains("at most 100000000 pairs"), json.stderr)
    XCTAssertEqual(json.stdout, "")
    let csv = try ToolRunner.run([
      "matrix", "--network", folder.path, "--format", "csv", "--from", "extra7",
      "--to", "extra0,extra10000",
    ])
    XCTAssertEqual(csv.status, 0, csv.stderr)
    XCTAssertEqual(csv.stdout.split(separator: "\n").count, 3, csv.stdout)
  }

  /// A 150-character name is cut in tables (the row stays narrow), kept whole in CSV; a name of
  /// 100,000 characters is refused by validation (at most 200).
  func test_aLongName_isCutInTables_keptInCSV_aHugeOneRefused() throws {
    let folder = try copyOfTheFixture()
    defer { try? FileManager.default.removeItem(at: folder) }
    let original = try String(
      contentsOf: folder.appendingPathComponent("places.csv"), encoding: .utf8)
    let long = String(repeating: "长", count: 150)
    try original.replacingOccurrences(of: "中心城（核心区）", with: long).write(
      to: folder.appendingPathComponent("places.csv"), atomically: true, encoding: .utf8)
    let table = try ToolRunner.run(["coverage", "--network", folder.path])
    XCTAssertEqual(table.status, 0, table.stderr)
    XCTAssertFalse(table.stdout.contains(long))
    XCTAssertTrue(table.stdout.contains("…"))
    let csv = try ToolRunner.run(["coverage", "--network", folder.path, "--format", "csv"])
    XCTAssertTrue(csv.stdout.contains(long))
    let huge = String(repeating: "长", count: 100_000)
    try original.replacingOccurrences(of: "中心城（核心区）", with: huge).write(
      to: folder.appendingPathComponent("places.csv"), atomically: true, encoding: .utf8)
    let refused = try ToolRunner.run(["validate", folder.path])
    XCTAssertEqual(refused.status, 2)
    XCTAssertTrue(refused.stderr.contains("name_zh is 100000 characters long; at most 200"))
  }

  /// Two places half a world apart make the isochrone area huge: the message says what made it large and
  /// does not blame a --grid-km that was never given.
  func test_gridTooLarge_saysWhatMadeTheAreaLarge() throws {
    let folder = try copyOfTheFixture()
    defer { try? FileManager.default.removeItem(at: folder) }
    var places = try String(
      contentsOf: folder.appendingPathComponent("places.csv"), encoding: .utf8)
    places += "far-west,远西,Far West,town,70,0,1,,,no,est. test,est. test\n"
    places += "far-east,远东,Far East,town,10,170,1,,,no,est. test,est. test\n"
    try places.write(
      to: folder.appendingPathComponent("places.csv"), atomically: true, encoding: .utf8)
    var roads = try String(
      contentsOf: folder.appendingPathComponent("road_links.csv"), encoding: .utf8)
    let first = try XCTUnwrap(
      roads.split(separator: "\n").dropFirst().first?.split(separator: ",").dropFirst().first)
    roads += "r-west,\(first),far-west,G1,expressway,4000,1000,,no,est. test\n"
    roads += "r-east,\(first),far-east,G1,expressway,4000,1000,,no,est. test\n"
    try roads.write(
      to: folder.appendingPathComponent("road_links.csv"), atomically: true, encoding: .utf8)
    let run = try ToolRunner.run([
      "isochrone", "--network", folder.path, "--from", String(first), "--profile", "car",
      "--within", "3000",
    ])
    XCTAssertEqual(run.status, 2, run.stderr)
    XCTAssertFalse(run.stderr.contains("'--grid-km'"), run.stderr)
    XCTAssertTrue(run.stderr.contains("the isochrone area is"), run.stderr)
  }

  /// A preset's title names its anchors: with other anchors (`--to jilin`) it is not printed.
  func test_presetWithOtherAnchors_dropsThePresetsTitle() throws {
    let run = try ToolRunner.run(["coverage", "--preset", "half-hour-road", "--to", "jilin"])
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertFalse(run.stdout.contains("长春至周边县"), run.stdout)
    XCTAssertTrue(run.stdout.contains("(jilin)"), String(run.stdout.prefix(300)))
  }
}
