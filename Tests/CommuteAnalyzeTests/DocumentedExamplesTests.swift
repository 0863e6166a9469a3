import Foundation
import XCTest

/// Every example command line in the README and in each command's `--help` runs and exits 0, so
/// the documentation cannot drift from the tool. They run through `sh` in a scratch folder holding
/// a copy of the checkout's `Networks`, committed twice to a git repository on branch `main` (for
/// `diff HEAD~1 HEAD`), with the built binary first on `PATH`.
final class DocumentedExamplesTests: XCTestCase {
  /// `commute-analyze …` lines of the README's `sh` blocks, without trailing comments.
  static func readmeExamples() throws -> [String] {
    let text = try String(
      contentsOf: RepositoryPaths.root.appendingPathComponent("README.md"), encoding: .utf8)
    var examples: [String] = []
    var inShellBlock = false
    for line in text.components(separatedBy: "\n") {
      if line.hasPrefix("```") {
        inShellBlock = line == "```sh"
        continue
      }
      guard inShellBlock, line.hasPrefix("commute-analyze ") else { continue }
      let command = line.components(separatedBy: " #")[0].trimmingCharacters(in: .whitespaces)
      examples.append(command)
    }
    return examples
  }

  /// The EXAMPLES section of every command's help.
  static func helpExamples() throws -> [String] {
    let root = try ToolRunner.run(["--help"]).stdout
    let commands = root.components(separatedBy: "COMMANDS:\n")[1].components(separatedBy: "\n\n")[0]
      .split(separator: "\n").compactMap { $0.split(separator: " ").first.map(String.init) }
    var examples: [String] = []
    for command in commands {
      let help = try ToolRunner.run([command, "--help"]).stdout
      guard let section = help.components(separatedBy: "EXAMPLES:\n").last else { continue }
      examples += section.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        .filter { $0.hasPrefix("commute-analyze ") }
    }
    return examples
  }

  func test_everyDocumentedExample_exits0() throws {
    let readme = try Self.readmeExamples()
    let help = try Self.helpExamples()
    XCTAssertGreaterThan(readme.count, 8)
    XCTAssertGreaterThan(help.count, 15)
    let folder = try ToolRunner.scratchFolder()
    try Self.makeRepositoryOfNetworks(in: folder)
    let binaryFolder = ToolRunner.binary.deletingLastPathComponent().path
    var environment = ProcessInfo.processInfo.environment
    environment["PATH"] = binaryFolder + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
    for example in readme + help {
      let shell = Process()
      shell.executableURL = URL(fileURLWithPath: "/bin/sh")
      shell.arguments = ["-c", example + " > /dev/null 2> last-stderr.txt"]
      shell.currentDirectoryURL = folder
      shell.environment = environment
      try shell.run()
      shell.waitUntilExit()
      let stderr =
        (try? String(contentsOf: folder.appendingPathComponent("last-stderr.txt"), encoding: .utf8))
        ?? ""
      XCTAssertEqual(shell.terminationStatus, 0, "\(example)\n\(stderr)")
    }
    try? FileManager.default.removeItem(at: folder)
  }

  /// `folder` as a git repository on branch `main` with a copy of the checkout's `Networks` in two
  /// commits (the second changes nothing), so revisions can be named as in the examples.
  private static func makeRepositoryOfNetworks(in folder: URL) throws {
    try FileManager.default.copyItem(
      at: RepositoryPaths.root.appendingPathComponent("Networks"),
      to: folder.appendingPathComponent("Networks"))
    let commands = [
      ["init", "-q", "-b", "main"], ["config", "user.name", "Examples"],
      ["config", "user.email", "examples@example.invalid"], ["config", "commit.gpgsign", "false"],
      ["add", "Networks"], ["commit", "-q", "-m", "network"],
      ["commit", "-q", "--allow-empty", "-m", "again"],
    ]
    for arguments in commands {
      let git = Process()
      git.executableURL = URL(fileURLWithPath: "/usr/bin/env")
      git.arguments = ["git"] + arguments
      git.currentDirectoryURL = folder
      git.standardOutput = FileHandle.nullDevice
      try git.run()
      git.waitUntilExit()
      XCTAssertEqual(git.terminationStatus, 0, "git \(arguments.joined(separator: " "))")
    }
  }
}
