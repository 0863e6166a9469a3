import TransitModel
import XCTest

/// The default network's rail in-vehicle times against the facts sheet's fastest scheduled times
/// (tables 3.2 and 3.3): within ±10 %.
final class RailFidelityTests: XCTestCase {
  /// The allowed deviation from the sheet's minutes.
  static let tolerance = 0.10

  func test_headlineTimesFromChangchun_areWithinTenPercentOfTable33() throws {
    try assertWithinTolerance(SheetRailFigures.headline)
  }

  /// The pattern that gives a pair of table 3.3 its fastest time runs the sheet's trains per day
  /// (§3.3 "trains/day (one way)"; §3.2 "trains/day one way" for 长春→四平东, 长春西→大连北, 长春→敦化,
  /// 长春→梅河口 and 长春→通辽).
  func test_fastestPatternOfEachHeadlinePair_runsTheSheetsTrainsPerDay() throws {
    let network = try DefaultNetwork.network()
    let defaultDwell = Parameters.defaults.dwellMinutes
    for figure in SheetRailFigures.headline {
      guard let trains = figure.trainsPerDay else { continue }
      let timed = network.lines.compactMap { line in
        InVehicle.minutes(on: line, from: figure.from, to: figure.to, defaultDwell: defaultDwell)
          .map {
            (line: line, minutes: $0)
          }
      }
      guard let fastest = timed.map(\.minutes).min() else {
        XCTFail("\(figure.citation): no line")
        continue
      }
      let counts = timed.filter { $0.minutes == fastest }.map { $0.line.departuresPerDay ?? 0 }
      XCTAssertTrue(
        counts.contains(trains),
        "\(figure.citation): fastest pattern runs \(counts) a day, sheet \(trains)")
    }
  }

  func test_segmentTimes_areWithinTenPercentOfTable32() throws {
    try assertWithinTolerance(SheetRailFigures.segments)
  }

  /// The in-vehicle helper itself, on a hand-made line: runs 10, 20, 30 with dwell 2 at the line level
  /// and 5 at the second stop; a→c = 10 + 5 + 20 = 35; b→d = 20 + 2 + 30 = 52; d→a (reverse) = 65 + 7.
  func test_inVehicleMinutes_sumsRunsAndIntermediateDwells() {
    let line = Line(
      id: "l", nameZh: "l", nameEn: "l", lineClass: .intercity, directions: .both,
      frequency: .headway(minutes: 10), dwellMinutes: 2,
      stops: [
        LineStop(seq: 1, stop: "a", runMinutes: nil),
        LineStop(seq: 2, stop: "b", runMinutes: 10, dwellMinutes: 5),
        LineStop(seq: 3, stop: "c", runMinutes: 20), LineStop(seq: 4, stop: "d", runMinutes: 30),
      ], source: "")
    XCTAssertEqual(InVehicle.minutes(on: line, from: "a", to: "c", defaultDwell: 9), 35)
    XCTAssertEqual(InVehicle.minutes(on: line, from: "b", to: "d", defaultDwell: 9), 52)
    XCTAssertEqual(InVehicle.minutes(on: line, from: "d", to: "a", defaultDwell: 9), 67)
    XCTAssertNil(InVehicle.minutes(on: line, from: "a", to: "x", defaultDwell: 9))
    var forward = line
    forward.directions = .forward
    XCTAssertNil(InVehicle.minutes(on: forward, from: "d", to: "a", defaultDwell: 9))
  }

  private func assertWithinTolerance(_ figures: [SheetRailTime]) throws {
    let network = try DefaultNetwork.network()
    let defaultDwell = Parameters.defaults.dwellMinutes
    for figure in figures {
      let candidates = network.lines.filter {
        figure.lines.isEmpty || figure.lines.contains($0.id.rawValue)
      }
      let best = candidates.compactMap {
        InVehicle.minutes(on: $0, from: figure.from, to: figure.to, defaultDwell: defaultDwell)
      }.min()
      guard let model = best else {
        XCTFail("\(figure.citation): no line runs \(figure.from) → \(figure.to)")
        continue
      }
      let deviation = (model - figure.minutes) / figure.minutes
      XCTAssertLessThanOrEqual(
        abs(deviation), Self.tolerance,
        "\(figure.citation): sheet \(figure.minutes) min, network \(model) min (\(Int((deviation * 100).rounded())) %)"
      )
    }
  }
}
