import Foundation
import XCTest

/// The plan's projects as scenario files (`Networks/changchun/scenarios/*.json`), checked through
/// the built binary against the network of the same commit (the CSV folder, not the embedded
/// copy): each validates with no error and no new warning, and each moves a door-to-door time.
final class PlanScenarioTests: XCTestCase {
  private static let folder = RepositoryPaths.defaultNetwork.appendingPathComponent("scenarios")
  private static let network = ["--network", RepositoryPaths.defaultNetwork.path]
  private static let profiles = "car,rail,any"

  /// Files that change no time from a place of the planning scope (`in_scope` yes or partial) to
  /// Changchun's core, with the reason their note gives. They must still move a time to the core
  /// from elsewhere, or a time between two places (the matrix). A file listed here that does move
  /// an in-scope place to the core fails, so that the list stays true.
  private static let noInScopeTimeToTheCore: [String: String] = [
    "changchun-ring-expressway-widening.json":
      "every ring node has its own urban expressway to the centre: no trip to the core drives "
      + "along the ring",
    "metro-ring-expressway-west.json": "the ring crosses the radials; it does not shorten them",
    "changchun-half-hour-ring-road.json":
      "each satellite cluster's own road to the core stays shorter than going round the ring",
    "shenyang-jilin-upgrade.json": "no place of the planning scope is on 沈吉线 (it moves 磐石)",
    "longjia-airport-phase-3.json": "no place of the planning scope flies to Changchun",
    "siping-liaoyuan-airports.json": "nobody flies to Changchun from 四平 or 辽源",
    "changchun-metro-7.json":
      "a cross-town line: it links districts with each other, not with the core's point",
    "changchun-metro-9.json": "the airport line: it serves 空港 and 九台南, not trips to the core",
  ]

  private static func scenarioFiles() throws -> [URL] {
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    return names.filter { $0.hasSuffix(".json") }.sorted().map { folder.appendingPathComponent($0) }
  }

  /// Minutes keyed by "place_id profile" and the places in the planning scope, from a coverage CSV.
  private static func coverageMinutes(_ csv: String) -> (
    minutes: [String: String], inScope: Set<String>
  ) {
    let rows = Fixture.parseCSV(csv)
    guard let header = rows.first, let place = header.firstIndex(of: "place_id"),
      let profile = header.firstIndex(of: "profile"),
      let minutes = header.firstIndex(of: "minutes"),
      let scope = header.firstIndex(of: "in_scope")
    else { return ([:], []) }
    var byKey: [String: String] = [:]
    var inScope: Set<String> = []
    for row in rows.dropFirst() where row.count == header.count {
      byKey[row[place] + " " + row[profile]] = row[minutes]
      if row[scope] != "no" { inScope.insert(row[place]) }
    }
    return (byKey, inScope)
  }

  private func coverage(_ scenario: [String]) throws -> ToolRun {
    let run = try ToolRunner.run(
      ["coverage", "--scope", "all", "--format", "csv", "--profile", Self.profiles]
        + Self.network + scenario)
    XCTAssertEqual(run.status, 0, run.stderr)
    return run
  }

  private func matrix(_ profile: String, _ scenario: [String]) throws -> String {
    let run = try ToolRunner.run(
      ["matrix", "--format", "csv", "--profile", profile] + Self.network + scenario)
    XCTAssertEqual(run.status, 0, run.stderr)
    return run.stdout
  }

  func test_everyPlanScenario_validatesAndMovesADoorToDoorTime() throws {
    let files = try Self.scenarioFiles()
    // The brief of issue 10: at least twelve files, one per project of the plan's 专栏1.
    XCTAssertGreaterThanOrEqual(files.count, 12, files.map(\.lastPathComponent).description)
    let base = Self.coverageMinutes(try coverage([]).stdout)
    XCTAssertFalse(base.minutes.isEmpty)

    // Each file's `validate` and `coverage` runs, one file per core at a time.
    let runs = ParallelRuns(count: files.count)
    DispatchQueue.concurrentPerform(iterations: files.count) { index in
      let scenario = ["--scenario", files[index].path]
      let validate = try? ToolRunner.run(["validate"] + Self.network + scenario)
      let coverage = try? ToolRunner.run(
        ["coverage", "--scope", "all", "--format", "csv", "--profile", Self.profiles]
          + Self.network + scenario)
      runs.store(index, validate, coverage)
    }

    var baseMatrices: [String: String] = [:]
    for (index, file) in files.enumerated() {
      let name = file.lastPathComponent
      let scenario = ["--scenario", file.path]
      guard let validate = runs.validate[index], let coverage = runs.coverage[index] else {
        XCTFail("\(name): the tool did not run")
        continue
      }
      XCTAssertEqual(validate.status, 0, "\(name): \(validate.stdout)\(validate.stderr)")
      XCTAssertTrue(
        validate.stdout.contains("scenarios: 0 error(s), 0 new warning(s)"),
        "\(name): \(validate.stdout)")
      let ownDiagnostics = validate.stderr.split(separator: "\n").filter { $0.contains(name) }
      XCTAssertEqual(ownDiagnostics, [], name)
      XCTAssertEqual(coverage.status, 0, "\(name): \(coverage.stderr)")

      let edited = Self.coverageMinutes(coverage.stdout)
      let changed = base.minutes.keys.filter { base.minutes[$0] != edited.minutes[$0] }.sorted()
      let inScope = changed.filter {
        base.inScope.contains(String($0.split(separator: " ")[0]))
      }
      if let reason = Self.noInScopeTimeToTheCore[name] {
        XCTAssertEqual(
          inScope, [], "\(name) is listed as moving no in-scope place to the core (\(reason))")
        if changed.isEmpty {
          // Some time between two places must move; `any` first, the others only if it does not.
          var moved = false
          for profile in ["any", "car", "rail"] where !moved {
            let before = try baseMatrices[profile] ?? matrix(profile, [])
            baseMatrices[profile] = before
            moved = try matrix(profile, scenario) != before
          }
          XCTAssertTrue(moved, "\(name) changes no time at all")
        }
      } else {
        XCTAssertFalse(
          inScope.isEmpty,
          "\(name) changes no time from a place of the planning scope to changchun by "
            + Self.profiles)
      }
    }
  }
}

/// Results of runs made on several threads, stored under a lock.
private final class ParallelRuns: @unchecked Sendable {
  private let lock = NSLock()
  private(set) var validate: [ToolRun?]
  private(set) var coverage: [ToolRun?]

  init(count: Int) {
    validate = Array(repeating: nil, count: count)
    coverage = Array(repeating: nil, count: count)
  }

  func store(_ index: Int, _ validateRun: ToolRun?, _ coverageRun: ToolRun?) {
    lock.lock()
    defer { lock.unlock() }
    validate[index] = validateRun
    coverage[index] = coverageRun
  }
}
