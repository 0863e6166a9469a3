import XCTest

/// The built binary's conventions: `--version`, `--help` on every command, usage errors.
final class CLIBasicsTests: XCTestCase {
  func test_version_printsNameAndVersionOnStdout() throws {
    let run = try ToolRunner.run(["--version"])
    XCTAssertEqual(run.status, 0)
    XCTAssertTrue(run.stdout.hasPrefix("commute-analyze "), run.stdout)
    XCTAssertEqual(run.stderr, "")
  }

  func test_noArguments_printsHelpOnStderr_andExits2() throws {
    let run = try ToolRunner.run([])
    XCTAssertEqual(run.status, 2)
    XCTAssertEqual(run.stdout, "")
    XCTAssertTrue(run.stderr.contains("USAGE: commute-analyze <command>"), run.stderr)
  }

  func test_rootHelp_listsEveryCommand() throws {
    let run = try ToolRunner.run(["--help"])
    XCTAssertEqual(run.status, 0)
    for name in ["coverage", "route", "matrix", "validate"] {
      XCTAssertTrue(run.stdout.contains("  \(name) "), "root help lacks \(name)")
    }
  }

  func test_everyCommand_hasHelpWithExamples() throws {
    let root = try ToolRunner.run(["--help"]).stdout
    let commands = root.components(separatedBy: "COMMANDS:\n")[1].components(separatedBy: "\n\n")[0]
      .split(separator: "\n").compactMap { $0.split(separator: " ").first.map(String.init) }
    XCTAssertGreaterThanOrEqual(commands.count, 4)
    for command in commands {
      for flag in ["--help", "-h"] {
        let run = try ToolRunner.run([command, flag])
        XCTAssertEqual(run.status, 0, "\(command) \(flag)")
        XCTAssertTrue(run.stdout.contains("USAGE: commute-analyze \(command)"), run.stdout)
        XCTAssertTrue(run.stdout.contains("EXAMPLES:\n  commute-analyze \(command)"), command)
        XCTAssertTrue(run.stdout.contains("-o, --output <file>"), command)
      }
    }
  }

  /// Help screens are reviewed as golden text (regenerate with UPDATE_GOLDEN=1).
  func test_helpScreens_matchGolden() throws {
    try Fixture.assertGolden(try ToolRunner.run(["--help"]).stdout, "help-root.txt")
    for command in ["coverage", "route", "matrix", "validate"] {
      try Fixture.assertGolden(
        try ToolRunner.run([command, "--help"]).stdout, "help-\(command).txt")
    }
  }

  func test_unknownCommand_suggestsTheClosest() throws {
    let run = try ToolRunner.run(["covrage"])
    XCTAssertEqual(run.status, 2)
    XCTAssertEqual(run.stdout, "")
    XCTAssertTrue(run.stderr.contains("unknown command 'covrage'; did you mean 'coverage'?"))
    XCTAssertTrue(run.stderr.contains("See 'commute-analyze --help'."))
  }

  /// Every usage error exits 2, prints nothing on stdout and names the option.
  func test_usageErrors_exit2_andNameTheOption() throws {
    let cases: [(arguments: [String], mentions: String)] = [
      (["coverage", "--bogus"], "'--bogus'"),
      (["coverage", "--withn", "30"], "did you mean '--within'?"),
      (["coverage", "--profile", "bus"], "'--profile'"),
      (["coverage", "--format", "xml"], "'--format'"),
      (["coverage", "--scope", "planet"], "'--scope'"),
      (["coverage", "--within", "abc"], "'--within'"),
      (["coverage", "--within", "-5"], "'--within'"),
      (["coverage", "--within"], "'--within' needs a value"),
      (["coverage", "--to", "a", "--from", "b"], "'--from'"),
      (["coverage", "--preset", "nope"], "'--preset'"),
      (["coverage", "--param", "nonsense"], "'--param'"),
      (["coverage", "--param", "no-such-parameter=3"], "'--param'"),
      (["coverage", "--transfer-penalty", "abc"], "'--transfer-penalty'"),
      (["coverage", "--scenario", "s.csv"], "'--scenario'"),
      (["coverage", "extra"], "unexpected argument 'extra'"),
      (["route", "changchun"], "missing argument <to>"),
      (["route", "a", "b", "--format", "csv"], "'--format'"),
      (["matrix", "--profile", "car", "--profile", "rail"], "'--profile' given more than once"),
      (["matrix", "--help=yes"], "'--help"),
      (["validate", "a", "b"], "unexpected argument 'b'"),
      (["matrix", "--threads", "0"], "'--threads'"),
    ]
    for testCase in cases {
      let run = try ToolRunner.run(testCase.arguments)
      let label = testCase.arguments.joined(separator: " ")
      XCTAssertEqual(run.status, 2, "\(label): \(run.stderr)")
      XCTAssertEqual(run.stdout, "", label)
      XCTAssertTrue(run.stderr.hasPrefix("error: "), "\(label): \(run.stderr)")
      XCTAssertTrue(run.stderr.contains(testCase.mentions), "\(label): \(run.stderr)")
      XCTAssertFalse(run.signaled, label)
    }
  }

  /// `--name=value`, `-oFILE`, `-o FILE` and `--` work as in ArgumentParser.
  func test_optionSpellings_areEquivalent() throws {
    let network = Fixture.network.path
    let folder = try scratchFolder()
    let spaced = try ToolRunner.run([
      "route", "east", "changchun", "--network", network, "--format", "json",
    ])
    let joined = try ToolRunner.run([
      "route", "--network=\(network)", "--format=json", "--", "east", "changchun",
    ])
    XCTAssertEqual(spaced.status, 0, spaced.stderr)
    XCTAssertEqual(spaced.stdout, joined.stdout)
    let attached = folder.appendingPathComponent("a.json").path
    let separate = folder.appendingPathComponent("b.json").path
    _ = try ToolRunner.run([
      "route", "east", "changchun", "--network", network, "--format", "json", "-o\(attached)",
    ])
    _ = try ToolRunner.run([
      "route", "east", "changchun", "--network", network, "--format", "json", "-o", separate,
    ])
    XCTAssertEqual(try String(contentsOfFile: attached, encoding: .utf8), spaced.stdout)
    XCTAssertEqual(try String(contentsOfFile: separate, encoding: .utf8), spaced.stdout)
  }
}
