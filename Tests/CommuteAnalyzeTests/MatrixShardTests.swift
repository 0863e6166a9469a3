import Foundation
import XCTest

/// `matrix --from/--to`, `--shard K/N` parts and `merge`: parts joined are the single run's bytes,
/// whatever the shard and thread counts; a missing, duplicated or foreign part is refused.
final class MatrixShardTests: XCTestCase {
  private let network = ["--network", Fixture.network.path]

  private func parts(
    _ count: Int, _ arguments: [String], in folder: URL, threads: Int = 2, name: String = "part"
  ) throws -> [String] {
    try (0..<count).map { index in
      let path = folder.appendingPathComponent("\(name)-\(index).csv").path
      let run = try ToolRunner.run(
        arguments + ["--shard", "\(index)/\(count)", "--threads", "\(threads)", "-o", path])
      XCTAssertEqual(run.status, 0, run.stderr)
      return path
    }
  }

  /// On the default network (74 places, 5,476 rows), and on the fixture's six places with more
  /// shards than origins (empty slices).
  func test_mergedParts_areTheSingleRunsBytes_forAnyShardAndThreadCount() throws {
    let folder = try ToolRunner.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let cases: [(arguments: [String], shards: [(Int, Int)])] = [
      (["--profile", "any"], [(1, 1), (3, 2), (7, 3)]),
      (["--profile", "car"] + network, [(2, 1), (8, 2)]),
    ]
    for (options, shards) in cases {
      let arguments = ["matrix", "--format", "csv"] + options
      let single = try ToolRunner.run(arguments + ["--threads", "1"])
      XCTAssertEqual(single.status, 0, single.stderr)
      XCTAssertGreaterThan(single.stdout.split(separator: "\n").count, 30)
      for (count, threads) in shards {
        let paths = try parts(count, arguments, in: folder, threads: threads, name: "p\(count)")
        let merged = try ToolRunner.run(["merge"] + paths.reversed())
        XCTAssertEqual(merged.status, 0, merged.stderr)
        XCTAssertEqual(merged.stdoutBytes, single.stdoutBytes, "\(options) \(count) shards")
      }
    }
  }

  func test_shardsFromTheSchedulersVariables_matchTheExplicitShard() throws {
    let arguments = ["matrix", "--format", "csv"] + network
    let explicit = try ToolRunner.run(arguments + ["--shard", "2/3"])
    var environment = ProcessInfo.processInfo.environment
    environment["SLURM_ARRAY_TASK_ID"] = nil
    environment["JOB_COMPLETION_INDEX"] = "2"
    let kubernetes = try ToolRunner.run(arguments + ["--shards", "3"], environment: environment)
    environment["SLURM_ARRAY_TASK_ID"] = "2"
    environment["JOB_COMPLETION_INDEX"] = "0"
    let slurm = try ToolRunner.run(arguments + ["--shards", "3"], environment: environment)
    XCTAssertEqual(explicit.status, 0, explicit.stderr)
    XCTAssertTrue(explicit.stdout.hasPrefix("#commute-analyze part 2/3 run "))
    XCTAssertEqual(kubernetes.stdoutBytes, explicit.stdoutBytes)
    XCTAssertEqual(slurm.stdoutBytes, explicit.stdoutBytes)
    environment["SLURM_ARRAY_TASK_ID"] = nil
    environment["JOB_COMPLETION_INDEX"] = nil
    let none = try ToolRunner.run(arguments + ["--shards", "3"], environment: environment)
    XCTAssertEqual(none.status, 2)
    XCTAssertTrue(none.stderr.contains("SLURM_ARRAY_TASK_ID or JOB_COMPLETION_INDEX"), none.stderr)
    environment["SLURM_ARRAY_TASK_ID"] = "3"
    let outside = try ToolRunner.run(arguments + ["--shards", "3"], environment: environment)
    XCTAssertEqual(outside.status, 2)
    XCTAssertTrue(outside.stderr.contains("SLURM_ARRAY_TASK_ID='3'"), outside.stderr)
    for bad in ["3/3", "-1/3", "1/0", "x"] {
      let run = try ToolRunner.run(arguments + ["--shard", bad])
      XCTAssertEqual(run.status, 2, bad)
      XCTAssertEqual(run.stdout, "", bad)
    }
    let json = try ToolRunner.run(["matrix", "--shard", "0/2", "--format", "json"] + network)
    XCTAssertEqual(json.status, 2)
  }

  func test_missingDuplicatedAndForeignParts_areRefused_allNamed_outputUntouched() throws {
    let folder = try ToolRunner.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let paths = try parts(3, ["matrix", "--format", "csv"] + network, in: folder)
    let foreign = try parts(
      3, ["matrix", "--format", "csv", "--profile", "rail"] + network, in: folder, name: "rail")
    let output = folder.appendingPathComponent("merged.csv")
    try Data("before\n".utf8).write(to: output)
    let run = try ToolRunner.run(
      ["merge", paths[0], paths[0], foreign[1], "-o", output.path])
    XCTAssertEqual(run.status, 2)
    XCTAssertTrue(run.stderr.contains("are both part 0/3"), run.stderr)
    XCTAssertTrue(run.stderr.contains("of another run"), run.stderr)
    XCTAssertTrue(run.stderr.contains("missing parts 1/3, 2/3"), run.stderr)
    XCTAssertEqual(try String(contentsOf: output, encoding: .utf8), "before\n")
    let other = try ToolRunner.run(
      ["merge", paths[0], paths[1], paths[2], Fixture.network.path + "/places.csv"])
    XCTAssertEqual(other.status, 2)
    XCTAssertTrue(other.stderr.contains("is not a part of a sharded run"), other.stderr)
    XCTAssertEqual(other.stdout, "")
    let good = try ToolRunner.run(["merge"] + paths + ["-o", output.path])
    XCTAssertEqual(good.status, 0, good.stderr)
    XCTAssertTrue(try String(contentsOf: output, encoding: .utf8).hasPrefix("from_id,to_id,"))
  }

  func test_fromAndTo_pickRowsInTheOrderGiven_fromAListOrAFile() throws {
    let folder = try ToolRunner.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let all = try ToolRunner.run(["matrix", "--format", "csv", "--profile", "car"] + network)
    let rows = all.stdout.split(separator: "\n").dropFirst().map {
      $0.split(separator: ",", omittingEmptySubsequences: false)
    }
    let ids = Array(NSOrderedSet(array: rows.map { String($0[0]) })) as! [String]
    XCTAssertGreaterThan(ids.count, 3)
    let file = folder.appendingPathComponent("to.txt")
    try Data("# destinations\n\(ids[0])\r\n\n  \(ids[2])\n".utf8).write(to: file)
    let some = try ToolRunner.run(
      [
        "matrix", "--format", "csv", "--profile", "car", "--from", "\(ids[3]),\(ids[1])",
        "--to", "@" + file.path,
      ] + network)
    XCTAssertEqual(some.status, 0, some.stderr)
    let expected = [(3, 0), (3, 2), (1, 0), (1, 2)].map { from, to in
      rows.first { $0[0] == ids[from] && $0[1] == ids[to] }!.joined(separator: ",")
    }
    XCTAssertEqual(some.stdout.split(separator: "\n").dropFirst().map(String.init), expected)
    let table = try ToolRunner.run(
      ["matrix", "--profile", "car", "--from", ids[3], "--to", "@" + file.path] + network)
    XCTAssertEqual(table.status, 0, table.stderr)
    try Data("\(ids[0])\n  nowhere\nelsewhere\n".utf8).write(to: file)
    let bad = try ToolRunner.run(
      ["matrix", "--format", "csv", "--from", "nowhere-too", "--to", "@" + file.path] + network)
    XCTAssertEqual(bad.status, 2)
    XCTAssertEqual(bad.stdout, "")
    XCTAssertTrue(bad.stderr.contains("unknown place 'nowhere-too'"), bad.stderr)
    XCTAssertTrue(bad.stderr.contains("to.txt:2:3: unknown place id 'nowhere'"), bad.stderr)
    XCTAssertTrue(bad.stderr.contains("to.txt:3:1: unknown place id 'elsewhere'"), bad.stderr)
  }

  /// Isochrones from several origins run in parallel: the same bytes for any thread count, and
  /// CSV parts merge into the single run.
  func test_isochronesOfManyOrigins_sameForAnyThreadCount_partsMerge() throws {
    let folder = try ToolRunner.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let arguments = [
      "isochrone", "--from", "changchun,jilin,siping,liaoyuan", "--within", "30,60",
      "--grid-km", "4",
    ]
    let one = try ToolRunner.run(arguments + ["--threads", "1"])
    let three = try ToolRunner.run(arguments + ["--threads", "3"])
    XCTAssertEqual(one.status, 0, one.stderr)
    XCTAssertEqual(three.stdoutBytes, one.stdoutBytes)
    let csv = try ToolRunner.run(arguments + ["--format", "csv", "--threads", "1"])
    XCTAssertEqual(csv.status, 0, csv.stderr)
    let paths = try parts(3, arguments + ["--format", "csv"], in: folder, name: "iso")
    let merged = try ToolRunner.run(["merge"] + paths)
    XCTAssertEqual(merged.status, 0, merged.stderr)
    XCTAssertEqual(merged.stdoutBytes, csv.stdoutBytes)
    let union = try ToolRunner.run(arguments + ["--union", "--format", "csv", "--shard", "0/2"])
    XCTAssertEqual(union.status, 2)
  }
}
