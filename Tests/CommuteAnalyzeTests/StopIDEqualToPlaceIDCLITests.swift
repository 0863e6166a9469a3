import Foundation
import XCTest

/// A stop whose id is also a place's id is still a stop: `route` labels it with the stop's own
/// name, never with the place's. Regression: before ids were typed per table, renaming station
/// `st-alpha` of the three-towns network to `gamma` (a place id) made the train board at "伽马".
final class StopIDEqualToPlaceIDCLITests: XCTestCase {
  /// The three-towns network with station `st-alpha` renamed `gamma` in every table.
  private func renamedNetwork() throws -> URL {
    let folder = try scratchFolder()
    let manager = FileManager.default
    for name in try manager.contentsOfDirectory(atPath: RepositoryPaths.threeTowns.path) {
      var text = try String(
        contentsOf: RepositoryPaths.threeTowns.appendingPathComponent(name), encoding: .utf8)
      if ["stops.csv", "connectors.csv", "line_stops.csv"].contains(name) {
        XCTAssertTrue(text.contains("st-alpha"), name)
        text = text.replacingOccurrences(of: "st-alpha", with: "gamma")
      }
      try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    return folder
  }

  func test_validate_acceptsAStopNamedLikeAPlace() throws {
    let folder = try renamedNetwork()
    let run = try ToolRunner.run(["validate", folder.path])
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertEqual(run.stderr, "\(folder.path): 0 error(s), 0 warning(s)\n")
    XCTAssertTrue(run.stdout.hasPrefix("three-towns 1: 3 places, 3 stops"), run.stdout)
  }

  func test_route_labelsTheBoardingStationWithItsOwnName() throws {
    let network = ["--network", try renamedNetwork().path]
    let table = try ToolRunner.run(["route", "alpha", "beta", "--profile", "rail"] + network)
    XCTAssertEqual(table.status, 0, table.stderr)
    XCTAssertTrue(table.stdout.contains("阿尔法站"), table.stdout)
    XCTAssertFalse(table.stdout.contains("伽马"), table.stdout)

    let run = try ToolRunner.run(
      ["route", "alpha", "beta", "--profile", "rail", "--format", "json"] + network)
    XCTAssertEqual(run.status, 0, run.stderr)
    let legs = try Fixture.parseJSON(run.stdout)["legs"] as? [[String: Any]] ?? []
    let boarding = try XCTUnwrap(legs.first { $0["kind"] as? String == "boarding-overhead" })
    XCTAssertEqual(boarding["from_id"] as? String, "gamma")
    XCTAssertEqual(boarding["from_name_zh"] as? String, "阿尔法站")
    XCTAssertEqual(boarding["from_name_en"] as? String, "Alpha Station")
    let names = legs.flatMap { [$0["from_name_en"] as? String, $0["to_name_en"] as? String] }
    XCTAssertEqual(names.count, 12)
    XCTAssertFalse(names.contains("Gamma"), "\(names)")
  }
}
