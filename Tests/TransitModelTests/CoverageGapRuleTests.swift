import Graph
import XCTest

@testable import TransitModel

/// What a gap is: one rule (`CoverageGapRule`), the same for `coverage` and `map`.
final class CoverageGapRuleTests: XCTestCase {
  /// Car times to `anchor` (each road's minutes plus the 5-minute parking allowance):
  /// `near` 30 min, `edge` exactly 60 min (3,600 s), `over` 60 min 30 s, `island` unreachable,
  /// `outside` 40 min but out of the planning scope, `county` 90 min (a county seat).
  private func network() throws -> ValidatedNetwork {
    var fixture = NetworkFixture()
    fixture.place("anchor")
    fixture.place("near")
    fixture.place("edge")
    fixture.place("over")
    fixture.place("island")
    fixture.add("places.csv", "outside,外,Outside,town,43.9,125.3,500,,,no,test,test")
    fixture.add("places.csv", "county,县,County,county-seat,43.9,125.3,800,,,yes,test,test")
    fixture.road("r1", "near", "anchor", minutes: 25)
    fixture.road("r2", "edge", "anchor", minutes: 55)
    fixture.road("r3", "over", "anchor", minutes: 55.5)
    fixture.road("r4", "outside", "anchor", minutes: 35)
    fixture.road("r5", "county", "anchor", minutes: 85)
    return try fixture.load()
  }

  private func carSecondsToAnchor(_ network: ValidatedNetwork) throws -> [Int32?] {
    var engine = TravelTimeEngine(network: network, profile: .car)
    return engine.placeTimes([try XCTUnwrap(network.placeIndex(of: "anchor"))], direction: .to)
  }

  private func ids(_ flags: [Bool], _ network: ValidatedNetwork) -> [String] {
    network.places.indices.filter { flags[$0] }.map { network.places[$0].id.rawValue }
  }

  func test_isWithin_isInclusive_inWholeSeconds_andNeverWhenUnreachable() {
    XCTAssertTrue(CoverageGapRule.isWithin(seconds: 3600, thresholdMinutes: 60))
    XCTAssertFalse(CoverageGapRule.isWithin(seconds: 3601, thresholdMinutes: 60))
    // 59.995 min = 3,599.7 s, rounded to 3,600 s: a 3,600-second trip is inside.
    XCTAssertTrue(CoverageGapRule.isWithin(seconds: 3600, thresholdMinutes: 59.995))
    XCTAssertFalse(CoverageGapRule.isWithin(seconds: 3600, thresholdMinutes: 59.99))
    XCTAssertTrue(CoverageGapRule.isWithin(seconds: 0, thresholdMinutes: 0))
    XCTAssertTrue(CoverageGapRule.isWithin(seconds: Int32.max - 1, thresholdMinutes: 1e300))
    XCTAssertFalse(CoverageGapRule.isWithin(seconds: nil, thresholdMinutes: 1e300))
  }

  func test_gaps_listUnreachableAndSlowPlacesOfTheScope_neverTheAnchors() throws {
    let network = try network()
    let seconds = try carSecondsToAnchor(network)
    let anchor = try XCTUnwrap(network.placeIndex(of: "anchor"))
    let rule = CoverageGapRule(anchors: [anchor], thresholdMinutes: 60)
    XCTAssertEqual(
      ids(rule.gaps(in: network.network, seconds: seconds), network), ["county", "island", "over"])
    // An anchor is never a gap of its own circle, whatever time it is given.
    XCTAssertFalse(
      rule.isGap(network.places[anchor], placeIndex: anchor, seconds: nil))
    // Unreachable is a gap however large the threshold.
    let generous = CoverageGapRule(anchors: [anchor], thresholdMinutes: 1e300)
    XCTAssertEqual(ids(generous.gaps(in: network.network, seconds: seconds), network), ["island"])
    // Kinds narrow the places that can be gaps; scope `all` adds the place outside the scope.
    let counties = CoverageGapRule(anchors: [anchor], kinds: [.countySeat], thresholdMinutes: 60)
    XCTAssertEqual(ids(counties.gaps(in: network.network, seconds: seconds), network), ["county"])
    let all = CoverageGapRule(anchors: [anchor], scope: .all, thresholdMinutes: 30)
    XCTAssertEqual(
      ids(all.gaps(in: network.network, seconds: seconds), network),
      ["county", "edge", "island", "outside", "over"])
  }

  /// The rule applied to plain per-place seconds (as `map` does) lists exactly the places the
  /// coverage report lists as gaps, at thresholds on and around the whole-second boundaries.
  func test_gaps_areExactlyTheCoverageReportsGaps() throws {
    let network = try network()
    let seconds = try carSecondsToAnchor(network)
    let anchor = try XCTUnwrap(network.placeIndex(of: "anchor"))
    let thresholds = [0.01, 30, 59.99, 59.995, 60, 60.49, 60.5, 60.51, 90, 1e300]
    for scope in CoverageScope.allCases {
      for kinds in [[], [PlaceKind.countySeat], [.town]] {
        let request = CoverageRequest(
          anchors: [anchor], thresholdsMinutes: thresholds, profiles: [.car], scope: scope,
          kinds: kinds)
        let report = try CoverageAnalysis.run(request, on: network)
        for threshold in thresholds {
          let rule = CoverageGapRule(request, thresholdMinutes: threshold)
          let fromReport = report.gaps.filter { $0.thresholdMinutes == threshold }.map {
            network.places[$0.placeIndex].id.rawValue
          }
          XCTAssertEqual(
            ids(rule.gaps(in: network.network, seconds: seconds), network), fromReport.sorted(),
            "\(scope) \(kinds) \(threshold)")
        }
      }
    }
  }
}
