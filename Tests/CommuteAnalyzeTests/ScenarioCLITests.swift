import Foundation
import XCTest

/// `--scenario` and `compare` through the built binary, on the default network.
final class ScenarioCLITests: XCTestCase {
  private var folder: URL!

  override func setUpWithError() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "scenario-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(at: folder)
  }

  private func write(_ name: String, _ text: String) throws -> String {
    let url = folder.appendingPathComponent(name)
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url.path
  }

  /// Ten broken edits, one per line 4…13: all ten reported, each at its line, exit 2.
  func test_tenBrokenEdits_areAllReported_atTheirLines() throws {
    let path = try write(
      "broken.json",
      """
      {
        "name": "broken",
        "edits": [
          {"type": "add-line", "id": "x", "name_zh": "x", "name_en": "x", "class": "high-speed", "headway_min": 20, "stops": ["st-changchun", {"stop": "nowhere", "run_min": 30}], "source": "est."},
          {"type": "remove-line", "line": "no-such-line", "source": "est."},
          {"type": "remove-stop", "stop": "st-changchun", "source": "est."},
          {"type": "modify-place", "place": "changchun", "population": -3, "source": "est."},
          {"type": "modify-road-link", "link": "nolink", "speed_kmh": 80, "source": "est."},
          {"type": "add-road-link", "id": "rx", "from": "changchun", "to": "changchun", "road": "G1", "class": "expressway", "length_km": 5, "source": "est."},
          {"type": "set-parameter", "name": "no-such-parameter", "value": 3, "source": "est."},
          {"type": "add-connector", "place": "changchun", "stop": "nowhere", "mode": "walk", "minutes": 5, "source": "est."},
          {"type": "frobnicate", "source": "est."},
          {"type": "close-road-link", "link": "zzz"}
        ]
      }
      """)
    let run = try ToolRunner.run(["validate", "--scenario", path])
    XCTAssertEqual(run.status, 2, run.stderr)
    let errors = run.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
    for line in 4...13 {
      XCTAssertTrue(
        errors.contains { $0.hasPrefix("\(path):\(line):") },
        "no error on line \(line):\n\(run.stderr)")
    }
    XCTAssertTrue(run.stderr.contains("edit 2 (remove-line): no line 'no-such-line'"), run.stderr)
    XCTAssertTrue(run.stderr.contains("edit 3 (remove-stop): lines still stop at"), run.stderr)
    XCTAssertFalse(run.signaled)
  }

  /// An empty scenario changes no figure: the same coverage CSV; provenance names it.
  func test_emptyScenario_reproducesTheBase_andIsInProvenance() throws {
    let path = try write("empty.json", #"{"name": "nothing", "edits": []}"#)
    let base = try ToolRunner.run(["coverage", "--format", "csv"])
    let same = try ToolRunner.run(["coverage", "--format", "csv", "--scenario", path])
    XCTAssertEqual(same.status, 0, same.stderr)
    XCTAssertEqual(same.stdout, base.stdout)
    let json = try ToolRunner.run(["coverage", "--format", "json", "--scenario", path])
    XCTAssertTrue(json.stdout.contains("\"name\": \"nothing\""), json.stdout)
    XCTAssertTrue(json.stdout.contains("\"sha256\": \""), json.stdout)
  }

  /// A scenario written for another network is refused, naming both hashes.
  func test_baseHashMismatch_exits2_namingBoth() throws {
    let wrong = String(repeating: "ab", count: 32)
    let path = try write(
      "other.json", "{\"name\": \"x\", \"base_network_sha256\": \"\(wrong)\", \"edits\": []}")
    let run = try ToolRunner.run(["coverage", "--scenario", path])
    XCTAssertEqual(run.status, 2, run.stderr)
    XCTAssertTrue(run.stderr.contains(wrong), run.stderr)
    XCTAssertTrue(run.stderr.contains("but the network is"), run.stderr)
  }

  /// Parameters: a scenario's set-parameter applies, the command line applies after it.
  func test_commandLineParameters_applyAfterTheScenarios() throws {
    let path = try write(
      "cap.json",
      """
      {"name": "cap", "edits": [{"type": "set-parameter", "name": "wait-cap-min", "value": 20,
       "source": "est. test"}]}
      """)
    let scenario = try ToolRunner.run([
      "route", "changchun", "liaoyuan", "--profile", "rail", "--scenario", path, "--format", "json",
    ])
    XCTAssertTrue(scenario.stdout.contains("\"wait-cap-min\": 20"), scenario.stdout)
    let both = try ToolRunner.run([
      "route", "changchun", "liaoyuan", "--profile", "rail", "--scenario", path, "--wait-cap", "25",
      "--format", "json",
    ])
    XCTAssertTrue(both.stdout.contains("\"wait-cap-min\": 25"), both.stdout)
  }

  /// `compare` ranks each scenario alone; the Changchun–Liaoyuan railway moves 辽源.
  func test_compare_ranksScenarios_andReportsTheirGains() throws {
    let railway = RepositoryPaths.defaultNetwork.appendingPathComponent(
      "scenarios/changchun-liaoyuan-railway.json"
    ).path
    let nothing = try write("nothing.json", #"{"name": "a nothing", "edits": []}"#)
    let run = try ToolRunner.run(["compare", railway, nothing])
    XCTAssertEqual(run.status, 0, run.stderr)
    let lines = run.stdout.split(separator: "\n").map(String.init)
    let first = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("1  ") })
    XCTAssertTrue(lines[first].contains("长辽铁路"), run.stdout)
    XCTAssertTrue(lines[first + 1].hasPrefix("2  a nothing"), run.stdout)
    XCTAssertTrue(run.stdout.contains("largest gains (any): 西安区"), run.stdout)
    let csv = try ToolRunner.run(["compare", railway, "--format", "csv", "--profile", "rail"])
    XCTAssertTrue(csv.stdout.hasPrefix("scenario,place_id,profile,threshold_min,before_min,"))
    XCTAssertTrue(
      csv.stdout.split(separator: "\n").contains { $0.contains(",longshan-ly,rail,60,198.0,") },
      csv.stdout)
  }

  /// `map --scenario` draws what the scenario added in a layer and legend of its own; without a
  /// scenario there is no such layer.
  func test_map_drawsTheScenariosAdditions() throws {
    let railway = RepositoryPaths.defaultNetwork.appendingPathComponent(
      "scenarios/changchun-liaoyuan-railway.json"
    ).path
    let with = try ToolRunner.run(["map", "--scenario", railway])
    XCTAssertEqual(with.status, 0, with.stderr)
    XCTAssertTrue(with.stdout.contains("<g id=\"scenario\""), String(with.stdout.prefix(200)))
    XCTAssertTrue(with.stdout.contains("方案 Scenario"))
    XCTAssertTrue(with.stdout.contains("#c2255c"))
    let without = try ToolRunner.run(["map"])
    XCTAssertFalse(without.stdout.contains("<g id=\"scenario\""))
  }
}
