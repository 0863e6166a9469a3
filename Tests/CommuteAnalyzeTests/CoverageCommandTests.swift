import Foundation
import XCTest

/// `coverage` through the built binary on the fixture network: golden outputs in every format,
/// hand-computed times, the half-hour road preset.
final class CoverageCommandTests: XCTestCase {
  private func coverage(_ extra: [String]) throws -> ToolRun {
    try ToolRunner.run(["coverage", "--network", Fixture.network.path] + extra)
  }

  func test_table_matchesGolden() throws {
    let run = try coverage([])
    XCTAssertEqual(run.status, 0, run.stderr)
    try Fixture.assertGolden(run.stdout, "coverage.txt")
  }

  func test_csv_matchesGolden() throws {
    let run = try coverage(["--format", "csv"])
    XCTAssertEqual(run.status, 0, run.stderr)
    try Fixture.assertGolden(run.stdout, "coverage.csv")
  }

  func test_json_matchesGolden() throws {
    let run = try coverage(["--format", "json"])
    XCTAssertEqual(run.status, 0, run.stderr)
    try Fixture.assertGolden(run.stdout, "coverage.json")
  }

  func test_severalThresholdsAllPlaces_matchesGolden() throws {
    let run = try coverage(["--within", "30,60", "--within", "90", "--scope", "all"])
    XCTAssertEqual(run.status, 0, run.stderr)
    try Fixture.assertGolden(run.stdout, "coverage-30-60-90-all.txt")
  }

  func test_halfHourRoadPreset_reportsCarTimesToCountySeatsAgainst30Minutes() throws {
    let run = try coverage(["--preset", "half-hour-road"])
    XCTAssertEqual(run.status, 0, run.stderr)
    try Fixture.assertGolden(run.stdout, "coverage-half-hour-road.txt")
    let json = try Fixture.parseJSON(
      try coverage(["--preset", "half-hour-road", "--format", "json"]).stdout)
    let request = json["request"] as? [String: Any]
    XCTAssertEqual(request?["profiles"] as? [String], ["car"])
    XCTAssertEqual(request?["direction"] as? String, "from")
    XCTAssertEqual(request?["kinds"] as? [String], ["county-seat"])
    XCTAssertEqual(request?["thresholds_minutes"] as? [Double], [30])
    let places = (json["places"] as? [[String: Any]] ?? []).map { $0["id"] as? String ?? "" }
    XCTAssertEqual(places, ["east", "hostile"])  // the county seats in the planning scope
  }

  /// Times worked out by hand on the fixture (Tests/CommuteAnalyzeTests/Fixtures/coverage-network):
  /// - east → changchun by car: G12 50 km at the expressway default 100 km/h = 30 min, the urban
  ///   link l1 = 15 min (explicit), parking 5 min: 30 + 15 + 5 = 50.0.
  /// - east by rail: bus connector 15 + boarding 10 + wait 30/2 = 15 + ride 20 + alighting 5 +
  ///   walk connector 10 = 75.0.
  /// - hostile by car: G102 65 km at 65 km/h = 60 + 15 + 5 = 80.0; by transit (coach): walk 5 +
  ///   boarding 10 + wait min(60/2, cap 30) = 30 + ride 50 + alighting 5 + walk 10 = 110.0;
  ///   it is 80 − 60 = 20.0 minutes over the hour; 100 000 people × 20 = 2 000 000 person-minutes.
  /// - north by car: S101 22 km at 55 km/h = 24 + 15 + 5 = 44.0; no station: rail unreachable.
  /// - island: no link, no stop: unreachable by every profile, listed first among the gaps.
  func test_fixtureTimes_matchHandComputedMinutes() throws {
    let json = try Fixture.parseJSON(try coverage(["--format", "json"]).stdout)
    let places = json["places"] as? [[String: Any]] ?? []
    func minutes(_ id: String) -> [String: Any] {
      places.first { $0["id"] as? String == id }?["minutes"] as? [String: Any] ?? [:]
    }
    XCTAssertEqual(minutes("east")["car"] as? Double, 50.0)
    XCTAssertEqual(minutes("east")["rail"] as? Double, 75.0)
    XCTAssertEqual(minutes("east")["any"] as? Double, 50.0)
    XCTAssertEqual(minutes("hostile")["car"] as? Double, 80.0)
    XCTAssertEqual(minutes("hostile")["transit"] as? Double, 110.0)
    XCTAssertTrue(minutes("hostile")["rail"] is NSNull)
    XCTAssertEqual(minutes("north")["car"] as? Double, 44.0)
    XCTAssertTrue(minutes("island")["any"] is NSNull)
    XCTAssertNil(places.first { $0["id"] as? String == "far" }, "far is outside the planning scope")

    let summary = json["summary"] as? [String: Any] ?? [:]
    let gaps = summary["gaps"] as? [[String: Any]] ?? []
    XCTAssertEqual(gaps.map { $0["place_id"] as? String ?? "" }, ["island", "hostile"])
    XCTAssertEqual(gaps.last?["minutes_over"] as? Double, 20.0)
    XCTAssertEqual(gaps.last?["person_minutes_over"] as? Double, 2_000_000)
    // Scope share by car, the anchor changchun (1 000 000) left out: inside 60 = east 200 000 +
    // north 50 000 of 351 000 listed around it (far is out of scope) = 0.7123.
    let shares = summary["shares"] as? [[String: Any]] ?? []
    let carScope = shares.first {
      $0["group"] as? String == "scope" && $0["profile"] as? String == "car"
    }
    XCTAssertEqual(carScope?["population_inside"] as? Int, 250_000)
    XCTAssertEqual(carScope?["population_total"] as? Int, 351_000)
    XCTAssertEqual(carScope?["share"] as? Double, 0.7123)
    XCTAssertEqual(carScope?["anchors_left_out"] as? Int, 1)
    let anchors = summary["anchors"] as? [String: Any] ?? [:]
    XCTAssertEqual(anchors["places"] as? [String], ["changchun"])
    XCTAssertEqual(anchors["population"] as? Int, 1_000_000)
  }

  func test_breakdownSaysWhereTheMinutesGo() throws {
    let json = try Fixture.parseJSON(
      try coverage(["--format", "json", "--profile", "rail"]).stdout)
    let east = (json["places"] as? [[String: Any]])?.first { $0["id"] as? String == "east" }
    let rail = (east?["breakdown"] as? [String: Any])?["rail"] as? [String: Any] ?? [:]
    // 15 access + 10 boarding + 5 alighting = 30; wait 15; in-vehicle 20; egress 10.
    XCTAssertEqual(rail["access_overheads_minutes"] as? Double, 30.0)
    XCTAssertEqual(rail["wait_minutes"] as? Double, 15.0)
    XCTAssertEqual(rail["in_vehicle_minutes"] as? Double, 20.0)
    XCTAssertEqual(rail["egress_minutes"] as? Double, 10.0)
    XCTAssertEqual((east?["deciding"] as? [String: Any])?["profile"] as? String, "rail")
  }

  func test_csv_isTall_oneRowPerPlaceProfileAndThreshold() throws {
    let run = try coverage(["--format", "csv", "--within", "30,60"])
    let rows = Fixture.parseCSV(run.stdout)
    XCTAssertEqual(rows.first?.prefix(4), ["place_id", "profile", "threshold_min", "minutes"])
    XCTAssertEqual(rows.count, 1 + 5 * 4 * 2)  // 5 listed places × 4 profiles × 2 thresholds
    XCTAssertTrue(rows.allSatisfy { $0.count == rows[0].count })
  }

  func test_unknownAnchor_exits2_andSuggests() throws {
    let run = try coverage(["--to", "chngchun"])
    XCTAssertEqual(run.status, 2)
    XCTAssertEqual(run.stdout, "")
    XCTAssertTrue(run.stderr.contains("unknown place 'chngchun'"), run.stderr)
    XCTAssertTrue(run.stderr.contains("changchun"), run.stderr)
  }

  /// Several anchors: each place's trip goes to the nearest of them. With east as a second
  /// anchor, east itself is 0.0 and far by rail rides only to east: taxi 20 + boarding 10 +
  /// wait 15 + ride 60 + alighting 5 + bus 15 = 125.0 (instead of 142.0 to changchun).
  func test_severalAnchors_useTheNearest_andFromMeasuresOutbound() throws {
    let json = try Fixture.parseJSON(
      try coverage([
        "--to", "changchun,东县", "--profile", "rail", "--scope", "all", "--format", "json",
      ])
      .stdout)
    let places = json["places"] as? [[String: Any]] ?? []
    func rail(_ id: String) -> Double? {
      (places.first { $0["id"] as? String == id }?["minutes"] as? [String: Any])?["rail"] as? Double
    }
    XCTAssertEqual(rail("east"), 0)
    XCTAssertEqual(rail("far"), 125)
    XCTAssertEqual(
      (json["request"] as? [String: Any])?["anchors"] as? [String], ["changchun", "east"])
    let outbound = try Fixture.parseJSON(
      try coverage(["--from", "changchun", "--profile", "car", "--format", "json"]).stdout)
    XCTAssertEqual((outbound["request"] as? [String: Any])?["direction"] as? String, "from")
    let east = (outbound["places"] as? [[String: Any]])?.first { $0["id"] as? String == "east" }
    XCTAssertEqual((east?["minutes"] as? [String: Any])?["car"] as? Double, 50)  // two-way roads
  }
}
