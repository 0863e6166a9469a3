import XCTest

@testable import TransitModel

/// Inputs the fuzz targets (Fuzz/run) found that broke "nothing traps on user data; every bad
/// input is a located diagnostic", each reduced to its cause and checked through the library.
final class FuzzRegressionTests: XCTestCase {
  /// Two places 25 minutes apart by road.
  private static func network() throws -> ValidatedNetwork {
    var fixture = NetworkFixture()
    fixture.place("a")
    fixture.place("b")
    fixture.road("r1", "a", "b", minutes: 25)
    return try fixture.load()
  }

  /// The located problems of an expectations file that must not parse.
  private func parseProblems(
    _ text: String, file: StaticString = #filePath, line: UInt = #line
  ) throws -> [String] {
    let network = try Self.network()
    do {
      let parsed = try ExpectationParser(network: network.network, file: "e.txt").parse(text)
      // What the finding was: the file parsed, and the check then threw an unlocated error.
      var check = ExpectationCheck(network: network, base: network, parameters: .defaults)
      XCTAssertNoThrow(try check.run(parsed), file: file, line: line)
      XCTFail("parsed: \(parsed)", file: file, line: line)
      return []
    } catch {
      return error.diagnostics.map(\.description)
    }
  }

  /// fuzz-expectations: `gaps within -0 min of …` parsed (`-0 ≥ 0`), then the coverage request
  /// threw "threshold must be a finite number > 0, got -0.0" with no file or line. A threshold is
  /// now refused at its word when the file is read, like `0`.
  func test_expectations_thresholdOfZeroMinutes_isALocatedParseError() throws {
    let text = """
      gaps within -0 min of a by car <= 2
      share of metro within 0 min of a by car >= 5 %
      b inside 0.0 min of a by car
      b joins -0 min of a by car
      a -> b by car <= 0 min
      """
    XCTAssertEqual(
      try parseProblems(text),
      [
        "e.txt:1:13: error: expected a threshold in minutes (a number > 0), got '-0'",
        "e.txt:2:23: error: expected a threshold in minutes (a number > 0), got '0'",
        "e.txt:3:10: error: expected a threshold in minutes (a number > 0), got '0.0'",
        "e.txt:4:9: error: expected a threshold in minutes (a number > 0), got '-0'",
      ])
  }

  /// Found beside the finding above: a list of anchors with no place in it (`,` or `""`) parsed as
  /// no anchors at all, and `share`/`gaps` then threw "no anchor place given" with no location.
  func test_expectations_emptyAnchorName_isALocatedParseError() throws {
    let text = """
      share of metro within 60 min of , by car >= 5 %
      gaps within 60 min of "" by car <= 2
      b inside 60 min of a,,b by car
      """
    let message = "an empty place name in"
    let problems = try parseProblems(text)
    XCTAssertEqual(
      problems.map { $0.components(separatedBy: ": error: ")[0] },
      ["e.txt:1:33", "e.txt:2:23", "e.txt:3:20"], problems.joined(separator: "\n"))
    XCTAssertTrue(problems.allSatisfy { $0.contains(message) }, problems.joined(separator: "\n"))
  }

  /// Found while writing the expectations target (now one of its checks): "\r\n" is a single
  /// Character in Swift, so splitting on "\n" left a file saved with CRLF line ends (any Windows
  /// editor) as one line, refused at `expected 'min', got 'min⏎b'` on line 1.
  func test_expectations_crlfLineEnds_readLikeLF() throws {
    let network = try Self.network()
    let text = "# comment\r\na -> b by car <= 60 min\r\n\r\nb -> a by car <= 60 min\r\n"
    let parser = ExpectationParser(network: network.network, file: "e.txt")
    let crlf = try parser.parse(text)
    let lf = try parser.parse(text.replacingOccurrences(of: "\r\n", with: "\n"))
    XCTAssertEqual(crlf, lf)
    XCTAssertEqual(crlf.map(\.location.line), [2, 4])
    XCTAssertThrowsError(try parser.parse("a -> b by car <= 60 min\r\nb -> a by bike <= 1 min")) {
      error in
      XCTAssertEqual(
        (error as? NetworkLoadError)?.diagnostics.map(\.location.description), ["e.txt:2:11"])
    }
  }

  /// Found while writing the scenario target, confirmed on its build: the JSON reader searched an
  /// object's members for every new key to report duplicates, so a 469 KB scenario of 40,000
  /// members took 40 s to refuse (debug build), and a few MB hours. Keys are now kept in a set.
  func test_json_objectWithManyMembers_isReadInLinearTime() throws {
    let count = 60_000
    let text = "{" + (0..<count).map { "\"k\($0)\": \($0)" }.joined(separator: ",") + ", \"k7\": 0}"
    let started = ContinuousClock.now
    let read = JSONReader.read(Array(text.utf8), file: "s.json")
    let elapsed = ContinuousClock.now - started
    // The duplicate is still found, at its key (column of the last member's opening quote).
    guard case .failure(let problem) = read else { return XCTFail("read a duplicate member") }
    XCTAssertEqual(problem.message, "member 'k7' appears twice in this object")
    XCTAssertEqual(problem.location.column, text.count - 7)
    // Linear: well under a second in a debug build; the quadratic search took minutes here.
    XCTAssertLessThan(elapsed, .seconds(10))
  }

}
