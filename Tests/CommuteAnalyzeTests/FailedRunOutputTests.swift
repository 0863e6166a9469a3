import Foundation
import XCTest

/// A failed run leaves every output as it was; outputs are checked before work starts; the
/// replaced file keeps its mode; no temporary is left behind; text from data or arguments reaches
/// the terminal without control characters.
final class FailedRunOutputTests: XCTestCase {
  private var folder: URL!

  override func setUpWithError() throws {
    folder = try ToolRunner.scratchFolder()
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(at: folder)
  }

  private func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

  func test_aFailedProvenanceWrite_leavesTheOutputFileAsItWas() throws {
    let out = path("out.csv")
    try "OLD\n".write(toFile: out, atomically: true, encoding: .utf8)
    let run = try ToolRunner.run([
      "matrix", "--format", "csv", "-o", out, "--provenance", "/nonexistent/p.json",
    ])
    XCTAssertEqual(run.status, 2, run.stderr)
    XCTAssertTrue(run.stderr.contains("'--provenance'"), run.stderr)
    XCTAssertEqual(try String(contentsOfFile: out, encoding: .utf8), "OLD\n")
  }

  func test_aFailedRun_writesNothingOnStandardOutput() throws {
    let run = try ToolRunner.run(["coverage", "--provenance", "/nonexistent/p.json"])
    XCTAssertEqual(run.status, 2, run.stderr)
    XCTAssertEqual(run.stdout, "")
  }

  func test_twoOutputsNamingOneFile_isAUsageError() throws {
    let same = path("same.txt")
    let run = try ToolRunner.run(["matrix", "--format", "csv", "-o", same, "--provenance", same])
    XCTAssertEqual(run.status, 2, run.stderr)
    XCTAssertTrue(run.stderr.contains("name the same file"), run.stderr)
    XCTAssertFalse(FileManager.default.fileExists(atPath: same))
  }

  func test_replacedFile_keepsItsMode_andNoTemporaryRemains() throws {
    let out = path("out.csv")
    try "OLD\n".write(toFile: out, atomically: true, encoding: .utf8)
    chmod(out, 0o600)
    // A stale temporary of an earlier, killed run must not block this one.
    try "".write(toFile: path(".out.csv.tmp-1"), atomically: true, encoding: .utf8)
    let run = try ToolRunner.run(["matrix", "--format", "csv", "-o", out])
    XCTAssertEqual(run.status, 0, run.stderr)
    var info = stat()
    XCTAssertEqual(stat(out, &info), 0)
    XCTAssertEqual(info.st_mode & 0o777, 0o600)
    let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
      $0.contains(".tmp-") && $0 != ".out.csv.tmp-1"
    }
    XCTAssertEqual(left, [])
    XCTAssertTrue(try String(contentsOfFile: out, encoding: .utf8).hasPrefix("from_id,"))
  }

  /// A run stopped by SIGTERM while its temporaries exist removes them and leaves the old file:
  /// the test watches the folder and sends the signal as soon as a temporary appears.
  func test_aRunInterruptedWhileWriting_removesItsTemporaries_andKeepsTheOldFile() throws {
    let out = path("out.csv")
    var interruptedBeforeRename = 0
    for attempt in 1...20 {
      try "OLD\n".write(toFile: out, atomically: true, encoding: .utf8)
      let process = Process()
      process.executableURL = ToolRunner.binary
      process.arguments = [
        "matrix", "--profile", "any", "--format", "csv", "-o", out, "--provenance", path("p.json"),
      ]
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      try process.run()
      while process.isRunning {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        if names.contains(where: { $0.contains(".tmp-") }) {
          kill(process.processIdentifier, SIGTERM)
          break
        }
      }
      process.waitUntilExit()
      let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
        $0.contains(".tmp-")
      }
      XCTAssertEqual(left, [], "attempt \(attempt)")
      let content = try String(contentsOfFile: out, encoding: .utf8)
      if process.terminationReason == .uncaughtSignal && content == "OLD\n" {
        interruptedBeforeRename += 1
      } else {
        XCTAssertTrue(content == "OLD\n" || content.hasPrefix("from_id,"), "attempt \(attempt)")
      }
      try? FileManager.default.removeItem(atPath: path("p.json"))
    }
    if interruptedBeforeRename == 0 {
      throw XCTSkip("no run was caught between creating its temporaries and renaming them")
    }
  }

  /// A manifest whose name holds an escape sequence and whose version holds a line feed: the
  /// summary shows them as '?', on one line; no raw control byte reaches stdout or stderr.
  func test_controlCharactersFromData_neverReachTheTerminal() throws {
    let network = folder.appendingPathComponent("network")
    try FileManager.default.createDirectory(at: network, withIntermediateDirectories: true)
    for (name, bytes) in try RepositoryPaths.csvFiles(in: Fixture.network) {
      try Data(bytes).write(to: network.appendingPathComponent(name))
    }
    try
      "key,value,source\nname,\"\u{1B}[2Jevil\u{202E}\",test\nversion,\"1\nFAKE: 0 error(s)\",test\n"
      .write(to: network.appendingPathComponent("manifest.csv"), atomically: true, encoding: .utf8)
    let run = try ToolRunner.run(["validate", network.path])
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertFalse(run.stdout.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{202E}" })
    // The summary on one line, then the estimated rows of each table.
    XCTAssertEqual(run.stdout.split(separator: "\n").count, 2, run.stdout)
    XCTAssertTrue(run.stdout.hasPrefix("?[2Jevil? 1?FAKE: 0 error(s): "), run.stdout)
    let bad = try ToolRunner.run(["route", "\u{1B}[31mred\u{7}", "changchun"])
    XCTAssertEqual(bad.status, 2)
    XCTAssertFalse(bad.stderr.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    XCTAssertTrue(bad.stderr.contains("?[31mred?"), bad.stderr)
  }
}
