import XCTest

@testable import commute_analyze

/// The hand-rolled parser on its own: spellings, and random command lines that must end in a
/// parse or a usage error, never a trap.
final class CommandLineParserTests: XCTestCase {
  private func command(_ name: String) throws -> CommandDescriptor {
    try XCTUnwrap(CommandRegistry.command(named: name))
  }

  func test_valuesFlagsPositionals_andRepeatableLists() throws {
    let parser = CommandLineParser(command: try command("coverage"))
    let parsed = try parser.parse([
      "--within", "30,60", "--within=90", "--profile", "rail", "--profile=any", "-o", "x.csv",
      "--param", "dwell-min=1", "--param", "parking-min=2",
    ])
    XCTAssertEqual(parsed.listValues("within"), ["30", "60", "90"])
    XCTAssertEqual(parsed.listValues("profile"), ["rail", "any"])
    XCTAssertEqual(parsed.value("output"), "x.csv")
    XCTAssertEqual(parsed.allValues("param"), ["dwell-min=1", "parking-min=2"])
    let route = try CommandLineParser(command: try command("route")).parse(
      ["a", "--profile", "car", "--", "-b"])
    XCTAssertEqual(route.positionals, ["a", "-b"])
    XCTAssertEqual(route.value("profile"), "car")
  }

  func test_helpAndVersion_winWhereverTheyStand() throws {
    let parser = CommandLineParser(command: try command("matrix"))
    XCTAssertThrowsError(try parser.parse(["--profile", "car", "-h"])) { error in
      guard case .helpRequested(let text) = error as? CLIError else {
        return XCTFail("\(error)")
      }
      XCTAssertTrue(text.hasPrefix("OVERVIEW: "))
    }
    XCTAssertThrowsError(try parser.parse(["--version"])) { error in
      guard case .versionRequested = error as? CLIError else { return XCTFail("\(error)") }
    }
  }

  func test_randomCommandLines_parseOrGiveAUsageError() throws {
    let vocabulary = [
      "--to", "--from", "--within", "--profile", "--format", "--scope", "--kind", "--preset",
      "--param", "--network", "--scenario", "-o", "--output", "--provenance", "--threads",
      "--transfer-penalty", "--wait-cap-min", "--", "-", "-x", "--=", "--profile=", "=", "",
      "car", "rail", "any", "bus", "csv", "json", "30,60", ",", ",,", "-5", "nan", "1e999",
      "长春", "<script>", "=cmd|' /C calc'!A0", "a=b=c", "--within=30", "-ofile", "---",
      "--help=no", "\u{1B}[31m", "changchun", "x,y",
    ]
    for seed in 0..<2_000 {
      var random = SplitMix64(state: UInt64(seed))
      let name = ["coverage", "route", "matrix", "validate"][random.below(4)]
      let parser = CommandLineParser(command: try command(name))
      let arguments = (0..<random.below(7)).map { _ in vocabulary[random.below(vocabulary.count)] }
      do {
        let parsed = try parser.parse(arguments)
        XCTAssertEqual(parsed.commandName, name)
      } catch let error as CLIError {
        switch error {
        case .usage(let message, let command):
          XCTAssertEqual(command, name)
          XCTAssertFalse(message.isEmpty)
          let report = ErrorReport(error)
          XCTAssertEqual(report.status, .badInput)
          XCTAssertTrue(report.text.hasPrefix("error: "), report.text)
          XCTAssertTrue(report.text.contains("See 'commute-analyze \(name) --help'."))
        case .helpRequested, .versionRequested:
          break
        default:
          XCTFail("seed \(seed): unexpected \(error) for \(arguments)")
        }
      }
    }
  }
}
