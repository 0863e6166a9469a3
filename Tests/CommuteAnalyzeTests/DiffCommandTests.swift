import Foundation
import XCTest

/// `diff` through the built binary: two folders (a reordered column and a re-quoted cell are no
/// change), two revisions of a git repository made here, `--fail-if-worse` exit codes, the CSV
/// and JSON, and `--emit-scenario` applied with `--scenario` giving the new version's matrix.
final class DiffCommandTests: XCTestCase {
  private var folder: URL!

  override func setUpWithError() throws {
    folder = try ToolRunner.scratchFolder()
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(at: folder)
  }

  /// A copy of the three-towns network in `name/` of the scratch folder.
  private func copyNetwork(_ name: String) throws -> URL {
    let target = folder.appendingPathComponent(name)
    try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
    for (file, bytes) in try RepositoryPaths.csvFiles(in: RepositoryPaths.threeTowns) {
      try Data(bytes).write(to: target.appendingPathComponent(file))
    }
    return target
  }

  private func edit(_ network: URL, _ file: String, _ old: String, _ new: String) throws {
    let url = network.appendingPathComponent(file)
    let text = try String(contentsOf: url, encoding: .utf8)
    XCTAssertTrue(text.contains(old), "\(file) has no '\(old)'")
    try text.replacingOccurrences(of: old, with: new).write(
      to: url, atomically: true, encoding: .utf8)
  }

  /// `places.csv` with its columns in another order and every cell quoted: the same rows.
  private let reorderedPlaces = #"""
    "in_scope","id","population","name_en","name_zh","kind","lat","lon","parent","clusters","source","population_source"
    "no","gamma","50000","Gamma","伽马","town","44.6","126.9","","","test, made up","est. ""small town"""
    "yes","alpha","1000000","Alpha","阿尔法","city-core","43.9","125.3","","","test, made up","est. round figure"
    "partial","beta","300000","Beta","贝塔","county-seat","44.2","126.2","","","test, made up","est. round figure"

    """#

  private func git(_ arguments: [String], in directory: URL) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["git"] + arguments
    process.currentDirectoryURL = directory
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    XCTAssertEqual(process.terminationStatus, 0, "git \(arguments.joined(separator: " "))")
  }

  func test_twoFolders_reorderedColumnsAndQuotedCells_areNoChange() throws {
    let old = try copyNetwork("old")
    let new = try copyNetwork("new")
    try reorderedPlaces.write(
      to: new.appendingPathComponent("places.csv"), atomically: true, encoding: .utf8)
    let run = try ToolRunner.run(["diff", old.path, new.path, "--to", "alpha"])
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertTrue(run.stdout.contains("Data: no difference"), run.stdout)
    for profile in ["car", "rail", "transit", "any"] {
      XCTAssertTrue(run.stdout.contains("\(profile): no time changed"), run.stdout)
    }
  }

  func test_twoFolders_listCellsAndTimes_inTableCSVAndJSON() throws {
    let old = try copyNetwork("old")
    let new = try copyNetwork("new")
    try reorderedPlaces.replacingOccurrences(of: #""Beta","贝塔""#, with: #""Beta City","贝塔""#)
      .write(to: new.appendingPathComponent("places.csv"), atomically: true, encoding: .utf8)
    // Road r3 beta–gamma 55 → 110 km: car beta ↔ gamma and alpha ↔ gamma slower.
    try edit(
      new, "road_links.csv", "r3,beta,gamma,S201,provincial,55,",
      "r3,beta,gamma,S201,provincial,110,")
    let table = try ToolRunner.run([
      "diff", old.path, new.path, "--to", "alpha", "--profile", "car",
    ])
    XCTAssertEqual(table.status, 0, table.stderr)
    XCTAssertTrue(table.stdout.contains("~ r3  length_km 55 → 110\n"), table.stdout)
    XCTAssertTrue(
      table.stdout.contains("~ beta  name_en Beta → Beta City  · moves no time"), table.stdout)
    XCTAssertTrue(table.stdout.contains("car: 4 changed, 4 slower"), table.stdout)

    let csv = try ToolRunner.run(
      ["diff", old.path, new.path, "--to", "alpha", "--profile", "car", "--format", "csv"])
    let rows = Fixture.parseCSV(csv.stdout)
    let header = try XCTUnwrap(rows.first)
    func column(_ name: String, _ row: [String]) -> String { row[header.firstIndex(of: name)!] }
    let data = rows.dropFirst().filter { column("part", $0) == "data" }
    XCTAssertEqual(
      data.map {
        [
          column("table", $0), column("key", $0), column("column", $0), column("before", $0),
          column("after", $0), column("emitted", $0),
        ]
      },
      [
        ["places.csv", "beta", "name_en", "Beta", "Beta City", "false"],
        ["road_links.csv", "r3", "length_km", "55", "110", "true"],
      ])
    let times = rows.dropFirst().filter { column("part", $0) == "time" }
    XCTAssertEqual(times.count, 4)
    // Largest first: the two alpha ↔ gamma trips and beta ↔ gamma grow by the same 55 km at
    // provincial speed; ties by ids.
    XCTAssertEqual(
      times.map { column("from_id", $0) + ">" + column("to_id", $0) },
      ["alpha>gamma", "beta>gamma", "gamma>alpha", "gamma>beta"])
    XCTAssertTrue(times.allSatisfy { column("change", $0) == "slower" })

    let json = try ToolRunner.run(
      ["diff", old.path, new.path, "--to", "alpha", "--profile", "car", "--format", "json"])
    let object = try Fixture.parseJSON(json.stdout)
    let provenance = try XCTUnwrap(object["provenance"] as? [String: Any])
    let request = try XCTUnwrap(provenance["diff"] as? [String: Any])
    XCTAssertEqual((request["old"] as? [String: Any])?["folder"] as? String, old.path)
    let timesJSON = try XCTUnwrap(object["times"] as? [String: Any])
    XCTAssertEqual(timesJSON["compared_pairs_per_profile"] as? Int, 6)
  }

  func test_twoRevisionsOfAGitRepository_areReadWithoutTouchingTheWorkTree() throws {
    let repository = folder.appendingPathComponent("repo")
    let network = repository.appendingPathComponent("net")
    try FileManager.default.createDirectory(at: repository, withIntermediateDirectories: true)
    try git(["init", "-q"], in: repository)
    try git(["config", "user.name", "Diff Test"], in: repository)
    try git(["config", "user.email", "diff@example.invalid"], in: repository)
    try git(["config", "commit.gpgsign", "false"], in: repository)
    _ = try copyNetwork("repo/net")
    try git(["add", "-A"], in: repository)
    try git(["commit", "-q", "-m", "v1"], in: repository)
    // v2: the train every 60 minutes instead of 30 (rail slower), columns reordered, cells quoted.
    try edit(network, "lines.csv", "high-speed,both,30,", "high-speed,both,60,")
    try reorderedPlaces.write(
      to: network.appendingPathComponent("places.csv"), atomically: true, encoding: .utf8)
    try git(["commit", "-q", "-a", "-m", "v2"], in: repository)
    // A change in the work tree that neither revision has: never read, never touched.
    try edit(network, "lines.csv", "high-speed,both,60,", "high-speed,both,5,")

    let run = try ToolRunner.run(
      ["diff", "HEAD~1", "HEAD", "--path", "net", "--to", "alpha", "--profile", "rail"],
      in: repository)
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertTrue(run.stdout.contains("old: HEAD~1:net (commit "), run.stdout)
    XCTAssertTrue(
      run.stdout.contains("lines.csv: 1 changed\n  ~ hsr  headway_min 30 → 60\n"), run.stdout)
    XCTAssertFalse(run.stdout.contains("places.csv"), run.stdout)
    // Alpha ↔ beta by rail: the first wait is half the headway, 15 → 30 min.
    XCTAssertTrue(run.stdout.contains("+15.0"), run.stdout)
    let status = Process()
    status.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    status.arguments = ["git", "diff", "--stat", "HEAD"]
    status.currentDirectoryURL = repository
    let pipe = Pipe()
    status.standardOutput = pipe
    try status.run()
    let changed = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    status.waitUntilExit()
    XCTAssertTrue(
      changed.contains("net/lines.csv | 2"), "the work tree's own edit is kept: \(changed)")

    // A folder against a revision; a name that is neither.
    let mixed = try ToolRunner.run(
      ["diff", "HEAD", "net", "--path", "net", "--to", "alpha", "--profile", "rail"], in: repository
    )
    XCTAssertEqual(mixed.status, 0, mixed.stderr)
    XCTAssertTrue(mixed.stdout.contains("~ hsr  headway_min 60 → 5"), mixed.stdout)
    let unknown = try ToolRunner.run(
      ["diff", "no-such-rev", "HEAD", "--path", "net"], in: repository)
    XCTAssertEqual(unknown.status, 2)
    XCTAssertTrue(
      unknown.stderr.contains("'no-such-rev' is neither a folder nor a revision"), unknown.stderr)
  }

  func test_failIfWorse_exits1_onlyWhenATimeInScopeGetsWorseByMore() throws {
    let old = try copyNetwork("old")
    let new = try copyNetwork("new")
    try edit(new, "lines.csv", "high-speed,both,30,", "high-speed,both,60,")
    let base = ["diff", old.path, new.path, "--to", "alpha", "--profile", "rail"]
    let failing = try ToolRunner.run(base + ["--fail-if-worse", "10"])
    XCTAssertEqual(failing.status, 1, failing.stderr)
    XCTAssertTrue(
      failing.stdout.contains("Door-to-door times that changed"), "the report is written")
    XCTAssertTrue(failing.stderr.contains("rail alpha → beta: "), failing.stderr)
    let passing = try ToolRunner.run(base + ["--fail-if-worse", "15"])
    XCTAssertEqual(passing.status, 0, passing.stderr)
    let json = try ToolRunner.run(base + ["--fail-if-worse", "10", "--format", "json"])
    XCTAssertEqual(json.status, 1)
    let verdict = try XCTUnwrap(
      try Fixture.parseJSON(json.stdout)["fail_if_worse"] as? [String: Any])
    XCTAssertEqual(verdict["failed"] as? Bool, true)

    // Gamma (out of scope) and beta lose their coach: beta → gamma becomes impossible by transit,
    // which counts whatever the minutes (beta is in scope).
    let noCoach = try copyNetwork("no-coach")
    try edit(noCoach, "lines.csv", "coach,贝伽客运,Beta-Gamma coach,coach,both,,8,,test\n", "")
    try edit(noCoach, "line_stops.csv", "coach,1,st-beta,,,test\ncoach,2,st-gamma,60,,test\n", "")
    let lost = try ToolRunner.run(
      [
        "diff", old.path, noCoach.path, "--to", "alpha", "--profile", "transit", "--fail-if-worse",
        "100000",
      ])
    XCTAssertEqual(lost.status, 1, lost.stdout + lost.stderr)
    XCTAssertTrue(
      lost.stderr.contains("transit beta → gamma: 117.0 min → unreachable"), lost.stderr)
  }

  func test_emittedScenario_turnsOldIntoNew_forTheMatrix() throws {
    let old = try copyNetwork("old")
    let new = try copyNetwork("new")
    try edit(new, "lines.csv", "high-speed,both,30,", "intercity,forward,20,")
    try edit(
      new, "road_links.csv", "r3,beta,gamma,S201,provincial,55,",
      "r3,beta,gamma,S201,provincial,70,")
    try edit(
      new, "connectors.csv", "beta,st-beta,metro,10,test",
      "beta,st-beta,metro,12.5,test\ngamma,st-beta,taxi,40,est. taxi")
    try edit(
      new, "stops.csv", "st-gamma,伽马客运站,Gamma Coach Terminal,coach,gamma,44.6,126.9,no",
      "st-gamma,伽马客运站,Gamma Coach Terminal,rail,gamma,44.6,126.9,yes")
    try edit(new, "places.csv", "Beta,county-seat", "Beta City,county-seat")
    let scenario = folder.appendingPathComponent("old-to-new.json").path
    let run = try ToolRunner.run(
      ["diff", old.path, new.path, "--to", "alpha", "--emit-scenario", scenario])
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertTrue(
      run.stderr.contains("wrote 5 edit(s) to \(scenario); 1 row change(s) move no time"),
      run.stderr)
    for profile in ["car", "rail", "transit", "any"] {
      func minutes(_ arguments: [String]) throws -> [[String]] {
        let run = try ToolRunner.run(
          ["matrix", "--profile", profile, "--format", "csv"] + arguments)
        XCTAssertEqual(run.status, 0, run.stderr)
        return Fixture.parseCSV(run.stdout).map { Array($0.prefix(4)) }
      }
      let applied = try minutes(["--network", old.path, "--scenario", scenario])
      XCTAssertEqual(applied, try minutes(["--network", new.path]), profile)
      XCTAssertNotEqual(applied, try minutes(["--network", old.path]), profile)
    }
  }

  /// The help screen is reviewed as golden text (regenerate with UPDATE_GOLDEN=1).
  func test_help_matchesGolden() throws {
    try Fixture.assertGolden(try ToolRunner.run(["diff", "--help"]).stdout, "help-diff.txt")
  }

  func test_usageErrors_exit2() throws {
    let one = try ToolRunner.run(["diff", RepositoryPaths.threeTowns.path])
    XCTAssertEqual(one.status, 2)
    XCTAssertTrue(one.stderr.contains("missing argument <new>"), one.stderr)
    let network = try ToolRunner.run(
      ["diff", RepositoryPaths.threeTowns.path, RepositoryPaths.threeTowns.path, "--network", "x"])
    XCTAssertEqual(network.status, 2)
    XCTAssertTrue(network.stderr.contains("'--network' does not apply to diff"), network.stderr)
    let notRepo = try ToolRunner.run(["diff", "HEAD~1", "HEAD"], in: folder)
    XCTAssertEqual(notRepo.status, 2)
    XCTAssertTrue(notRepo.stderr.contains("not in a git repository"), notRepo.stderr)
  }
}
