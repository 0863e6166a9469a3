import Foundation
import XCTest

/// Options that used to be silently ignored or half-applied: each is an error or does what it says.
final class StrictOptionTests: XCTestCase {
  func test_aParameterUnderItsNameAndItsAlias_isGivenTwice() throws {
    let run = try ToolRunner.run([
      "coverage", "--transfer-penalty", "6", "--transfer-penalty-min", "8",
    ])
    XCTAssertEqual(run.status, 2, run.stderr)
    XCTAssertTrue(run.stderr.contains("are the same parameter"), run.stderr)
  }

  func test_validate_folderAndNetworkTogether_isAnError() throws {
    let folder = RepositoryPaths.defaultNetwork.path
    let run = try ToolRunner.run(["validate", folder, "--network", folder])
    XCTAssertEqual(run.status, 2, run.stderr)
    XCTAssertTrue(run.stderr.contains("give the network folder once"), run.stderr)
  }

  func test_validate_writesItsProvenance() throws {
    let folder = try ToolRunner.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let provenance = folder.appendingPathComponent("p.json").path
    let run = try ToolRunner.run(["validate", "--provenance", provenance])
    XCTAssertEqual(run.status, 0, run.stderr)
    let text = try String(contentsOfFile: provenance, encoding: .utf8)
    XCTAssertTrue(text.contains("\"sha256\""), text)
  }

  func test_tooManyIsochroneCutoffs_isAnError() throws {
    let within = (1...60).map(String.init).joined(separator: ",")
    let run = try ToolRunner.run(["isochrone", "--within", within])
    XCTAssertEqual(run.status, 2, run.stderr)
    XCTAssertTrue(run.stderr.contains("at most 50"), run.stderr)
  }

  /// An argument in another encoding than UTF-8 is refused, never turned into U+FFFD.
  func test_invalidUTF8Argument_isRefused() throws {
    let shell = Process()
    shell.executableURL = URL(fileURLWithPath: "/bin/sh")
    shell.arguments = [
      "-c", "exec \"$0\" validate \"$(printf '\\377\\376')\"", ToolRunner.binary.path,
    ]
    let errors = Pipe()
    shell.standardError = errors
    shell.standardOutput = Pipe()
    try shell.run()
    let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    shell.waitUntilExit()
    XCTAssertEqual(shell.terminationStatus, 2, text)
    XCTAssertTrue(text.contains("argument 2 is not valid UTF-8"), text)
  }
}
