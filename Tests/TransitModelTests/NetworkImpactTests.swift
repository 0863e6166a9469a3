import XCTest

@testable import TransitModel

/// The impact part of `diff` on the three-towns fixture, with times worked out by hand:
///
///     alpha → beta by rail: walk 5 + boarding 10 + wait 15 (half of 30) + ride 40 + alighting 5
///     + metro 10 = 85 min; with the train every 60 minutes the wait is 30: 100 min (+15).
///     By car: 100 km expressway at 100 km/h (60) + 32.5 km national at 65 km/h (30) + parking 5
///     = 95 min, so `any` goes 85 → 95 (+10).
final class NetworkImpactTests: XCTestCase {
  private func fixture(_ edit: (String) -> String = { $0 }, in file: String = "") throws
    -> ValidatedNetwork
  {
    var files = try NetworkFiles.directory(FixtureMatrixTests.folder).files
    if !file.isEmpty {
      files[file] = Array(edit(String(decoding: files[file]!, as: UTF8.self)).utf8)
    }
    return try NetworkLoader.load(NetworkFiles(files: files)).network
  }

  private func measure(
    _ old: ValidatedNetwork, _ new: ValidatedNetwork, thresholds: [Double] = [60]
  ) throws -> NetworkImpact {
    try NetworkImpact.measure(
      old: old, oldParameters: .defaults, new: new, newParameters: .defaults,
      request: ImpactRequest(anchors: ["alpha"], thresholdsMinutes: thresholds), threadCount: 1)
  }

  func test_slowerTrain_changesRailTransitAndAnyTimes_byTheHandWorkedMinutes() throws {
    let old = try fixture()
    let new = try fixture(
      { $0.replacingOccurrences(of: "both,30,", with: "both,60,") }, in: "lines.csv")
    let impact = try measure(old, new, thresholds: [90])
    func summary(_ profile: Profile) -> [String] {
      impact.changes(of: profile).map {
        "\($0.from)>\($0.to) \($0.secondsBefore.map { $0 / 60 } ?? -1)"
          + "→\($0.secondsAfter.map { $0 / 60 } ?? -1)"
      }
    }
    XCTAssertEqual(summary(.car), [])
    XCTAssertEqual(summary(.rail), ["alpha>beta 85→100", "beta>alpha 85→100"])
    // Gamma → alpha by any: drive to beta and ride the train (150 min) until the wait grows, then
    // the car all the way (60 + 30 + 60 + 5 parking = 155).
    XCTAssertEqual(summary(.any), ["alpha>beta 85→95", "beta>alpha 85→95", "gamma>alpha 150→155"])
    // Transit: to and from gamma the coach follows the train, 15 minutes later too.
    XCTAssertEqual(impact.changes(of: .transit).count, 4)
    XCTAssertTrue(impact.changes(of: .transit).allSatisfy { $0.deltaSeconds == 900 })
    XCTAssertEqual(impact.comparedPairs, 6)
    // Worse by more than 10 minutes: rail and transit (15), not any (exactly 10 is not more).
    XCTAssertEqual(
      Set(impact.worsened(byMoreThan: 10).map(\.profile)), [.rail, .transit])
    XCTAssertEqual(impact.worsened(byMoreThan: 9.9).filter { $0.profile == .any }.count, 2)
    XCTAssertEqual(impact.worsened(byMoreThan: 15), [])
    // Beta (300,000 residents) leaves the 90-minute circle by rail.
    let rail = try XCTUnwrap(
      impact.shares.first { $0.group == .scope && $0.profile == .rail && $0.thresholdMinutes == 90 }
    )
    XCTAssertTrue(rail.isChanged)
    XCTAssertEqual(
      (rail.after?.populationInside ?? 0) - (rail.before?.populationInside ?? 0), -300_000)
    let car = try XCTUnwrap(impact.shares.first { $0.group == .scope && $0.profile == .car })
    XCTAssertFalse(car.isChanged)
  }

  func test_aTripThatBecomesImpossible_isWorseWhateverTheMinutes_andRanksFirst() throws {
    let old = try fixture()
    // The coach gone: gamma has no scheduled service left.
    var network = old.network
    network.lines.remove(key: "coach")
    let impact = try measure(old, try network.validated())
    let transit = impact.changes(of: .transit)
    XCTAssertEqual(transit.first.map { "\($0.from)>\($0.to)" }, "alpha>gamma")
    XCTAssertTrue(transit.allSatisfy { $0.secondsAfter == nil && $0.isWorse })
    // By any, the car still reaches gamma: only the four transit trips are lost.
    XCTAssertEqual(impact.worsened(byMoreThan: 1_000_000), transit)
    XCTAssertTrue(impact.worsened(byMoreThan: 0).allSatisfy(\.touchesScope))
  }

  func test_largestFirst_ordersImpossibleThenPossibleThenBySize() {
    func change(_ from: PlaceID, _ before: Int32?, _ after: Int32?) -> TimeChange {
      TimeChange(
        profile: .car, from: from, to: "z", secondsBefore: before, secondsAfter: after,
        touchesScope: true)
    }
    let changes = [
      change("a", 100, 160), change("b", 100, 40), change("c", nil, 10), change("d", 10, nil),
      change("e", 100, 101), change("f", 100, 40),
    ]
    XCTAssertEqual(
      changes.sorted(by: TimeChange.largestFirst).map(\.from), ["d", "c", "a", "b", "f", "e"])
  }

  func test_anAnchorMissingFromOneVersion_isAnError() throws {
    let old = try fixture()
    XCTAssertThrowsError(
      try NetworkImpact.measure(
        old: old, oldParameters: .defaults, new: old, newParameters: .defaults,
        request: ImpactRequest(anchors: ["nowhere"]))
    ) { error in
      XCTAssertEqual("\(error)", "anchor 'nowhere' is not a place of the old version")
    }
  }
}
