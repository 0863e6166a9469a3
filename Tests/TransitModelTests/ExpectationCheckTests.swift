import XCTest

@testable import TransitModel

/// `check` expectations: parsing (every error class, located), and each kind's pass, fail and
/// target on a network whose times are worked out by hand:
///   a ←25 min→ b ←40 min→ c by road (explicit minutes), parking 5 min:
///   b → a by car = 25 + 5 = 30 min; c → a = 25 + 40 + 5 = 70 min.
final class ExpectationCheckTests: XCTestCase {
  private static func fixture() -> NetworkFixture {
    var fixture = NetworkFixture()
    fixture.place("a", population: 1000)
    fixture.place("b", population: 2000)
    fixture.place("c", population: 3000)
    fixture.road("r1", "a", "b", minutes: 25)
    fixture.road("r2", "b", "c", minutes: 40)
    fixture.add("clusters.csv", "k1,组团,Cluster,test")
    return fixture
  }

  private func results(
    _ text: String, network: ValidatedNetwork? = nil, base: ValidatedNetwork? = nil
  )
    throws -> [ExpectationResult]
  {
    let loaded = try Self.fixture().load()
    let checked = network ?? loaded
    let expectations = try ExpectationParser(network: checked.network, file: "e.txt").parse(text)
    var check = ExpectationCheck(
      network: checked, base: base ?? loaded, parameters: .defaults)
    return try check.run(expectations)
  }

  private func outcomes(_ text: String) throws -> [ExpectationResult.Outcome] {
    try results(text).map(\.outcome)
  }

  func test_travelTime_passFailToleranceAndTarget() throws {
    XCTAssertEqual(
      try outcomes(
        """
        c -> a by car <= 70 min
        c -> a by car <= 69.9 min
        c -> a by car <= 65 min tolerance 5 min
        c -> a by car >= 71 min
        target: c -> a by car <= 60 min
        b -> c by rail <= 600 min
        """),
      [.pass, .fail, .pass, .fail, .targetToGo("10 min to go"), .fail])
    XCTAssertEqual(try results("c -> a by car <= 70 min")[0].measured, "70 min")
    XCTAssertEqual(try results("b -> c by rail <= 600 min")[0].measured, "unreachable")
  }

  func test_membershipAndGaps() throws {
    XCTAssertEqual(
      try outcomes(
        """
        b inside 30 min of a by car
        b inside 29.9 min of a by car
        c outside 60 min of a by car
        gaps within 60 min of a by car <= 1
        gaps within 60 min of a by car <= 0
        gaps within 80 min of a by car <= 0
        target: c inside 60 min of a by car
        """),
      [.pass, .fail, .pass, .pass, .fail, .pass, .targetToGo("10 min to go")])
  }

  /// A share is exactly the share `coverage` reports for the same group.
  func test_share_isCoveragesShare() throws {
    let network = try Self.fixture().load()
    let report = try CoverageAnalysis.run(
      CoverageRequest(anchors: [0], thresholdsMinutes: [60], profiles: [.car]), on: network)
    let share = try XCTUnwrap(report.shares.first { $0.group == .scope })
    let percent = Double(share.populationInside) / Double(share.populationTotal) * 100
    let result = try results("share of metro within 60 min of a by car >= 1 %")[0]
    XCTAssertEqual(result.measured, Parameters.format((percent * 10).rounded() / 10) + " %")
    XCTAssertEqual(result.outcome, .pass)
    XCTAssertEqual(
      try outcomes("share of metro within 60 min of a by car >= \(percent + 0.1) %"), [.fail])
  }

  /// Relative to the base: a faster r2 makes c join; closing r2 makes a time worse.
  func test_relativeExpectations_compareWithTheBase() throws {
    let base = try Self.fixture().load()
    var faster = base.network
    var link = try XCTUnwrap(faster.roadLinks[key: "r2"])
    link.minutes = 20
    faster.roadLinks.update(link)
    let improved = try faster.validated()
    XCTAssertEqual(
      try results(
        """
        c joins 60 min of a by car
        b joins 60 min of a by car
        no time worse than base by more than 0 min
        """, network: improved, base: base
      ).map(\.outcome),
      [.pass, .fail, .pass])
    var closed = base.network
    closed.roadLinks.remove(key: "r2")
    let worse = try results(
      "no time worse than base by more than 30 min", network: try closed.validated(), base: base)[0]
    XCTAssertEqual(worse.outcome, .fail)
    XCTAssertTrue(worse.measured.contains("becomes unreachable"), worse.measured)
  }

  /// Every problem at once, each at its line and the column of the word at fault.
  func test_parseErrors_areAllReported_atTheirWords() throws {
    let network = try Self.fixture().load().network
    let text = """
      # comment line
      c -> nowhere by car <= 60 min
      c -> a by bike <= 60 min
      c -> a by car < 60 min
      c -> a by car <= sixty min
      c -> a by car <= 60 minutes
      share of cluster k9 within 60 min of a by car >= 10 %
      share of corridor x within 60 min of a by car >= 10 %
      c -> a by car <= 60 min please
      c near 60 min of a by car
      target:
      gaps within 60 min of a by car <= 1.5

      c -> a by car <= 60 min   # fine
      """
    XCTAssertThrowsError(try ExpectationParser(network: network, file: "e.txt").parse(text)) {
      error in
      let diagnostics = (error as? NetworkLoadError)?.diagnostics ?? []
      XCTAssertEqual(
        diagnostics.map { "\($0.location.line):\($0.location.column)" },
        [
          "2:6", "3:11", "4:15", "5:18", "6:21", "7:18", "8:19", "9:25", "10:3", "11:8", "12:35",
        ], diagnostics.map(\.description).joined(separator: "\n"))
      XCTAssertTrue(diagnostics[0].message.contains("unknown place 'nowhere'"))
      XCTAssertTrue(diagnostics[1].message.contains("unknown profile 'bike'"))
    }
  }
}
