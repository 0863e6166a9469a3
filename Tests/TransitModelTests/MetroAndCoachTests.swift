import XCTest

@testable import TransitModel

/// Metro stations and lines, coaches and buses as lines: which profile rides what, with which
/// overheads (Networks/README.md, "Profiles" and "Parameters"). Times hand-computed in minutes.
final class MetroAndCoachTests: XCTestCase {
  /// Towns a and b, each with a metro station (walk 6 and 4) and a railway station (walk 7 and 3).
  private func twoTowns() -> NetworkFixture {
    var fixture = NetworkFixture()
    fixture.place("a")
    fixture.place("b")
    fixture.stop("ma", kind: "metro", place: "a")
    fixture.stop("mb", kind: "metro", place: "b")
    fixture.stop("ra", place: "a")
    fixture.stop("rb", place: "b")
    fixture.connector("a", "ma", minutes: 6)
    fixture.connector("b", "mb", minutes: 4)
    fixture.connector("a", "ra", minutes: 7)
    fixture.connector("b", "rb", minutes: 3)
    return fixture
  }

  private func minutes(
    _ fixture: NetworkFixture, _ from: String, _ to: String, profile: Profile,
    parameters: Parameters = .defaults
  ) throws -> Double? {
    let network = try fixture.load()
    var engine = TravelTimeEngine(network: network, profile: profile, parameters: parameters)
    let origin = try XCTUnwrap(network.placeIndex(of: PlaceID(from)))
    let destination = try XCTUnwrap(network.placeIndex(of: PlaceID(to)))
    guard let seconds = engine.placeTimes([origin], direction: .from)[destination] else {
      return nil
    }
    let trip = try XCTUnwrap(engine.trip(from: origin, to: destination))
    XCTAssertEqual(trip.totalSeconds, seconds)
    XCTAssertEqual(trip.breakdown.totalSeconds, trip.totalSeconds)
    return Double(seconds) / 60
  }

  func test_metroStation_hasTheMetroOverheads_andRailRidesTheMetro() throws {
    var fixture = twoTowns()
    fixture.line("m1", lineClass: "metro", headwayMinutes: 6, stops: [("ma", 0), ("mb", 20)])
    // walk 6 + metro boarding 3 + wait 6 ÷ 2 = 3 + ride 20 + metro alighting 2 + walk 4 = 38
    XCTAssertEqual(try minutes(fixture, "a", "b", profile: .rail), 38)
    XCTAssertEqual(try minutes(fixture, "a", "b", profile: .transit), 38)
    var parameters = Parameters.defaults
    try parameters.set("metro-boarding", to: "1")
    try parameters.set("metro-alighting-min", to: "0.5")
    // 6 + 1 + 3 + 20 + 0.5 + 4 = 34.5
    XCTAssertEqual(try minutes(fixture, "a", "b", profile: .rail, parameters: parameters), 34.5)
    XCTAssertNil(try minutes(fixture, "a", "b", profile: .car))
  }

  func test_coachAndBusLines_serveTransit_notRail() throws {
    var fixture = twoTowns()
    fixture.stop("ca", kind: "coach", place: "a")
    fixture.stop("cb", kind: "coach", place: "b")
    fixture.connector("a", "ca", minutes: 2)
    fixture.connector("b", "cb", minutes: 2)
    fixture.line("coach", lineClass: "coach", headwayMinutes: 20, stops: [("ca", 0), ("cb", 30)])
    fixture.line("bus", lineClass: "bus", headwayMinutes: 10, stops: [("ca", 0), ("cb", 40)])
    fixture.line(
      "train", lineClass: "conventional", headwayMinutes: 60, stops: [("ra", 0), ("rb", 50)])
    // transit: the coach, 2 + coach boarding 10 + wait 10 + 30 + coach alighting 5 + 2 = 59
    // (the bus: 2 + 10 + 5 + 40 + 5 + 2 = 64)
    XCTAssertEqual(try minutes(fixture, "a", "b", profile: .transit), 59)
    // rail: the train, 7 + 10 + 30 + 50 + 5 + 3 = 105
    XCTAssertEqual(try minutes(fixture, "a", "b", profile: .rail), 105)
  }

  func test_metroToTrainByStopTransfer_paysBothOverheadsAndThePenalty() throws {
    var fixture = NetworkFixture()
    fixture.place("a")
    fixture.place("b")
    fixture.stop("ma", kind: "metro", place: "a")
    fixture.stop("mx", kind: "metro", place: "a")
    fixture.stop("rx", place: "a")
    fixture.stop("rb", place: "b")
    fixture.connector("a", "ma", minutes: 5)
    fixture.connector("b", "rb", minutes: 5)
    fixture.stopTransfer("mx", "rx", minutes: 4, mode: "walk")
    fixture.line("m1", lineClass: "metro", headwayMinutes: 6, stops: [("ma", 0), ("mx", 10)])
    fixture.line("hsr", headwayMinutes: 20, stops: [("rx", 0), ("rb", 30)])
    // 5 + metro boarding 3 + wait 3 + 10 + metro alighting 2 + walk 4 + penalty 5
    //   + rail boarding 10 + wait 10 + 30 + rail alighting 5 + 5 = 92
    XCTAssertEqual(try minutes(fixture, "a", "b", profile: .rail), 92)
  }

  func test_metroLineAtARailwayStation_andTrainAtAMetroStation_areWarnings() throws {
    var fixture = twoTowns()
    fixture.line("m1", lineClass: "metro", headwayMinutes: 6, stops: [("ra", 0), ("mb", 20)])
    fixture.line("t1", lineClass: "intercity", headwayMinutes: 30, stops: [("ma", 0), ("rb", 20)])
    let warnings = try NetworkLoader.load(fixture.files).warnings.map(\.description)
    XCTAssertEqual(
      warnings,
      [
        "lines.csv:2:1: warning: line 'm1' (metro) stops at 'ra', which is a rail stop: its "
          + "boarding and alighting overheads are the rail ones",
        "lines.csv:3:1: warning: line 't1' (intercity) stops at 'ma', which is a metro stop: its "
          + "boarding and alighting overheads are the metro ones",
      ])
  }
}
