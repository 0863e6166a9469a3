import Foundation
import XCTest

/// Numbers on the command line are read as the network files read them (plain decimals): every
/// numeric option refuses hexadecimal, `nan`, `inf` and overflowing exponents with the same kind of
/// message, and accepts the same spellings of one number.
final class NumericOptionTests: XCTestCase {
  private static let network = Result { try IsochroneFixtureNetwork.folder().path }

  private func run(_ arguments: [String]) throws -> ToolRun {
    try ToolRunner.run(arguments + ["--network", try Self.network.get()])
  }

  /// Texts Swift's `Double(_:)` or `Int(_:)` would take (or trap on later) that no option takes.
  private let malformed = [
    "0x10", "0x1p3", "nan", "NaN", "inf", "-inf", "infinity", "1e999", "-1e999", "", "1_000",
    "30min", "٣٠", "30,", "1e", "5-",
  ]

  func test_minutesOptions_refuseWhatIsNotAFiniteDecimal_withTheSameMessage() throws {
    let options: [(command: [String], option: String, expected: String)] = [
      (["coverage"], "--within", "> 0, e.g. 30,60,90"),
      (["isochrone"], "--within", "≥ 0, e.g. 30,60,90"),
      (["map"], "--within", "≥ 0, e.g. 30,60,90"),
      (["map"], "--gap-minutes", "≥ 0"),
    ]
    for (command, option, expected) in options {
      for text in malformed where !(text.contains(",") && option == "--gap-minutes") {
        let run = try run(command + [option, text])
        let label = "\(command[0]) \(option) '\(text)'"
        XCTAssertEqual(run.status, 2, "\(label): \(run.stderr)")
        XCTAssertFalse(run.signaled, label)
        XCTAssertEqual(run.stdout, "", label)
        let shown = text.hasSuffix(",") ? "" : text
        let message =
          "error: invalid value '\(shown)' for '\(option)': expected minutes, a finite decimal "
          + "number \(expected)\n"
        XCTAssertTrue(run.stderr.contains(message), "\(label): \(run.stderr)")
      }
    }
  }

  func test_lowerBounds_coverageAboveZero_isochroneAndMapZeroOrMore() throws {
    for (arguments, status) in [
      (["coverage", "--within", "0"], Int32(2)), (["coverage", "--within", "-5"], 2),
      (["isochrone", "--within", "0"], 0), (["isochrone", "--within", "-0.5"], 2),
      (["map", "--within", "0"], 0), (["map", "--gap-minutes", "0"], 0),
      (["map", "--gap-minutes", "-1"], 2),
    ] {
      let run = try run(arguments)
      XCTAssertEqual(run.status, status, "\(arguments): \(run.stderr)")
    }
  }

  /// `+30`, `30.0`, `3e1` and `.3E2` are all 30 minutes: the same bytes as `30`.
  func test_minutes_acceptEveryDecimalSpellingOfOneNumber() throws {
    for (command, option) in [
      (["coverage", "--format", "json"], "--within"), (["isochrone"], "--within"),
      (["map"], "--gap-minutes"),
    ] {
      let plain = try run(command + [option, "30"])
      XCTAssertEqual(plain.status, 0, plain.stderr)
      for spelling in ["+30", "30.0", "3e1", ".3E2", "030"] {
        let other = try run(command + [option, spelling])
        XCTAssertEqual(other.status, 0, "\(option) \(spelling): \(other.stderr)")
        XCTAssertEqual(other.stdoutBytes, plain.stdoutBytes, "\(command[0]) \(option) \(spelling)")
      }
    }
  }

  func test_threads_takesAWholeNumberFrom1To1024_only() throws {
    for text in malformed + ["0", "1025", "2.0", "1e1", "99999999999999999999"] {
      let run = try run(["matrix", "--threads", text])
      XCTAssertEqual(run.status, 2, "'\(text)': \(run.stderr)")
      XCTAssertEqual(run.stdout, "", text)
      XCTAssertTrue(
        run.stderr.contains(
          "error: invalid value '\(text)' for '--threads': expected a whole number from 1 to 1024\n"
        ), "'\(text)': \(run.stderr)")
    }
    let one = try run(["matrix", "--threads", "1", "--format", "csv"])
    let many = try run(["matrix", "--threads", "+16", "--format", "csv"])
    XCTAssertEqual(one.status, 0, one.stderr)
    XCTAssertEqual(one.stdoutBytes, many.stdoutBytes)
  }
}
