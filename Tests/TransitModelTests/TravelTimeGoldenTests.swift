import Graph
import XCTest

@testable import TransitModel

/// Hand-computed door-to-door times on tiny networks. Defaults used unless a test says otherwise:
/// rail boarding 10, alighting 5; airport 60 / 20; wait = min(headway / 2, 30); transfer penalty 5;
/// parking 5; expressway 100 km/h, national 65 km/h. All figures in minutes; the engine works in
/// seconds (× 60).
final class TravelTimeGoldenTests: XCTestCase {
  /// a —walk 6— [sa] ==L1== [sb] —walk 4— b, plus places on the way where a test needs them.
  private func twoTowns() -> NetworkFixture {
    var fixture = NetworkFixture()
    fixture.place("a")
    fixture.place("b")
    fixture.stop("sa", place: "a")
    fixture.stop("sb", place: "b")
    fixture.connector("a", "sa", minutes: 6)
    fixture.connector("b", "sb", minutes: 4)
    return fixture
  }

  private func minutes(
    _ fixture: NetworkFixture, _ from: String, _ to: String, profile: Profile = .transit,
    parameters: Parameters = .defaults
  ) throws -> Double? {
    let network = try fixture.load()
    var engine = TravelTimeEngine(network: network, profile: profile, parameters: parameters)
    let origin = try XCTUnwrap(network.placeIndex(of: PlaceID(from)))
    let destination = try XCTUnwrap(network.placeIndex(of: PlaceID(to)))
    let times = engine.placeTimes([origin], direction: .from)
    guard let seconds = times[destination] else { return nil }
    // The same trip read leg by leg must add up to the same total, and `.to` must agree.
    let trip = try XCTUnwrap(engine.trip(from: origin, to: destination))
    XCTAssertEqual(trip.totalSeconds, seconds)
    XCTAssertEqual(trip.legs.reduce(0) { $0 + $1.seconds }, trip.totalSeconds)
    XCTAssertEqual(trip.breakdown.totalSeconds, trip.totalSeconds)
    XCTAssertEqual(engine.placeTimes([destination], direction: .to)[origin], times[destination])
    return Double(seconds) / 60
  }

  func test_firstBoarding_paysNoTransferPenalty() throws {
    var fixture = twoTowns()
    fixture.line("l1", headwayMinutes: 20, stops: [("sa", 0), ("sb", 30)])
    // access 6 + boarding 10 + wait 20/2 = 10 + ride 30 + alighting 5 + egress 4 = 65
    XCTAssertEqual(try minutes(fixture, "a", "b"), 65)
    let network = try fixture.load()
    var engine = TravelTimeEngine(network: network, profile: .transit)
    let trip = try XCTUnwrap(engine.trip(from: 0, to: 1))
    XCTAssertEqual(
      trip.legs.map(\.kind),
      [.access, .boardingOverhead, .wait, .ride, .alightingOverhead, .egress])
    XCTAssertEqual(trip.legs.map(\.seconds), [360, 600, 600, 1800, 300, 240])
    XCTAssertEqual(trip.legs[3].lineID, "l1")
    XCTAssertEqual(trip.breakdown.transfers, 0)
    XCTAssertEqual(trip.breakdown.transferSeconds, 0)
  }

  func test_oneTransfer_paysPenaltyAndNextWait() throws {
    var fixture = twoTowns()
    fixture.stop("sx", place: "b")
    fixture.line("l1", headwayMinutes: 20, stops: [("sa", 0), ("sx", 20)])
    fixture.line("l2", headwayMinutes: 30, stops: [("sx", 0), ("sb", 15)])
    // 6 + 10 + wait 10 + ride 20 + (penalty 5 + wait 15) + ride 15 + 5 + 4 = 90
    XCTAssertEqual(try minutes(fixture, "a", "b"), 90)
    let network = try fixture.load()
    var engine = TravelTimeEngine(network: network, profile: .transit)
    let trip = try XCTUnwrap(engine.trip(from: 0, to: 1))
    XCTAssertEqual(trip.breakdown.transfers, 1)
    XCTAssertEqual(trip.breakdown.transferSeconds, 300)
    XCTAssertEqual(trip.breakdown.waitSeconds, (10 + 15) * 60)
    XCTAssertEqual(trip.lineIDs, ["l1", "l2"])
  }

  func test_twoTransfers() throws {
    var fixture = twoTowns()
    fixture.stop("sx", place: "b")
    fixture.stop("sy", place: "b")
    fixture.line("l1", headwayMinutes: 20, stops: [("sa", 0), ("sx", 20)])
    fixture.line("l2", headwayMinutes: 30, stops: [("sx", 0), ("sy", 15)])
    fixture.line("l3", headwayMinutes: 8, stops: [("sy", 0), ("sb", 12)])
    // 6 + 10 + 10 + 20 + (5 + 15) + 15 + (5 + 4) + 12 + 5 + 4 = 111
    XCTAssertEqual(try minutes(fixture, "a", "b"), 111)
  }

  func test_throughStop_paysDwellOnlyWhenStayingOnBoard() throws {
    var fixture = twoTowns()
    fixture.place("m")
    fixture.stop("sm", place: "m")
    fixture.connector("m", "sm", minutes: 3)
    fixture.line(
      "l1", headwayMinutes: 20, dwellMinutes: 3, stops: [("sa", 0), ("sm", 20), ("sb", 25)])
    // a → b: 6 + 10 + 10 + ride 20 + dwell 3 + ride 25 + 5 + 4 = 83
    XCTAssertEqual(try minutes(fixture, "a", "b"), 83)
    // a → m: 6 + 10 + 10 + ride 20 + 5 + 3 = 54 (no dwell when alighting)
    XCTAssertEqual(try minutes(fixture, "a", "m"), 54)
    // m → b boards at the through stop: 3 + 10 + 10 + 25 + 5 + 4 = 57 (no dwell when boarding)
    XCTAssertEqual(try minutes(fixture, "m", "b"), 57)
    let network = try fixture.load()
    var engine = TravelTimeEngine(network: network, profile: .transit)
    let trip = try XCTUnwrap(engine.trip(from: 0, to: 1))
    let ride = try XCTUnwrap(trip.legs.first { $0.kind == .ride })
    XCTAssertEqual(ride.seconds, (20 + 3 + 25) * 60)
    XCTAssertEqual(ride.dwellSeconds, 180)
    XCTAssertEqual(ride.stopsPassed, ["sm"])
    XCTAssertEqual(trip.legs.filter { $0.kind == .ride }.count, 1)
  }

  func test_defaultDwellParameter_andReverseDirection() throws {
    var fixture = twoTowns()
    fixture.stop("sm", place: "b")
    fixture.line(
      "l1", directions: "both", headwayMinutes: 20, stops: [("sa", 0), ("sm", 20), ("sb", 25)])
    // b → a runs the stop list reversed with the same run times, dwell 2 (parameter) at sm:
    // 4 + 10 + 10 + 25 + 2 + 20 + 5 + 6 = 82
    XCTAssertEqual(try minutes(fixture, "b", "a"), 82)
    var parameters = Parameters.defaults
    try parameters.set("dwell", to: "4")
    XCTAssertEqual(try minutes(fixture, "b", "a", parameters: parameters), 84)
  }

  func test_stopTransferBetweenTwoStations() throws {
    var fixture = twoTowns()
    fixture.place("c")
    fixture.stop("sc1", place: "c")
    fixture.stop("sc2", place: "c")
    fixture.connector("c", "sc1", minutes: 10)
    fixture.connector("c", "sc2", minutes: 12)
    fixture.stopTransfer("sc1", "sc2", minutes: 25)
    fixture.line("l1", headwayMinutes: 20, stops: [("sa", 0), ("sc1", 30)])
    fixture.line("l2", headwayMinutes: 60, stops: [("sc2", 0), ("sb", 40)])
    // 6 + 10 + 10 + 30 + alighting 5 + (transfer 25 + penalty 5) + boarding 10 + wait 30 + 40
    // + 5 + 4 = 180. Going out to place c and back in (5 + 10 + 12 + 10) is not allowed: a trip never
    // passes through a place.
    XCTAssertEqual(try minutes(fixture, "a", "b"), 180)
    let network = try fixture.load()
    var engine = TravelTimeEngine(network: network, profile: .transit)
    let trip = try XCTUnwrap(
      engine.trip(
        from: try XCTUnwrap(network.placeIndex(of: "a")),
        to: try XCTUnwrap(network.placeIndex(of: "b"))))
    let transfer = try XCTUnwrap(trip.legs.first { $0.kind == .transfer })
    XCTAssertEqual(transfer.seconds, 30 * 60)
    XCTAssertEqual([transfer.from, transfer.to], [.stop("sc1"), .stop("sc2")])
    XCTAssertEqual(transfer.mode, "metro")
  }

  func test_tripNeverPassesThroughAPlace() throws {
    var fixture = twoTowns()
    fixture.place("m")
    fixture.stop("sm1", place: "m")
    fixture.stop("sm2", place: "m")
    fixture.connector("m", "sm1", minutes: 1)
    fixture.connector("m", "sm2", minutes: 1)
    fixture.line("l1", headwayMinutes: 10, stops: [("sa", 0), ("sm1", 10)])
    fixture.line("l2", headwayMinutes: 10, stops: [("sm2", 0), ("sb", 10)])
    // a → m: 6 + 10 + 5 + 10 + 5 + 1 = 37; m → b: 1 + 10 + 5 + 10 + 5 + 4 = 35; but a → b would need
    // to end at m and start again from m: no stop transfer links sm1 and sm2, so unreachable.
    XCTAssertEqual(try minutes(fixture, "a", "m"), 37)
    XCTAssertEqual(try minutes(fixture, "m", "b"), 35)
    XCTAssertNil(try minutes(fixture, "a", "b"))
  }

  func test_air_usesAirportOverheads() throws {
    var fixture = NetworkFixture()
    fixture.place("a")
    fixture.place("b")
    fixture.stop("ap", kind: "airport", place: "a")
    fixture.stop("bp", kind: "airport", place: "b")
    fixture.connector("a", "ap", minutes: 40, mode: "taxi")
    fixture.connector("b", "bp", minutes: 30, mode: "taxi")
    fixture.line("f1", lineClass: "air", departuresPerDay: 4, stops: [("ap", 0), ("bp", 90)])
    // headway 16 h × 60 / 4 = 240, wait min(120, 30) = 30:
    // taxi 40 + airport boarding 60 + wait 30 + flight 90 + airport alighting 20 + taxi 30 = 270
    XCTAssertEqual(try minutes(fixture, "a", "b"), 270)
    // Profile rail does not fly.
    XCTAssertNil(try minutes(fixture, "a", "b", profile: .rail))
  }

  /// Whole seconds are rounded half away from zero on the decimal value: 22.7 km at 80 km/h is
  /// exactly 1,021.5 s, computed in binary as 1,021.4999…, and must give 1,022, not 1,021.
  /// Likewise 0.3 km at 72 km/h is 15 s and 3.3 min × 1.5 congestion is 297 s.
  func test_wholeSeconds_roundTheDecimalValue_halfAwayFromZero() throws {
    var fixture = NetworkFixture()
    fixture.place("a")
    fixture.place("b")
    fixture.place("c")
    fixture.road("r1", "a", "b", roadClass: "national", lengthKm: 22.7, speedKmh: 80)
    fixture.road("r2", "b", "c", roadClass: "urban", lengthKm: 0.3, speedKmh: 72)
    let network = try fixture.load()
    var engine = TravelTimeEngine(network: network, profile: .car)
    XCTAssertEqual(engine.trip(from: 0, to: 1)?.breakdown.driveSeconds, 1_022)
    XCTAssertEqual(engine.trip(from: 1, to: 2)?.breakdown.driveSeconds, 15)
    XCTAssertEqual(engine.placeTimes([0], direction: .from)[1], 1_022 + 300)
  }

  func test_car_withCongestionAndParking() throws {
    var fixture = NetworkFixture()
    fixture.place("a")
    fixture.place("b")
    fixture.junction("j")
    fixture.road("r1", "a", "j", roadClass: "expressway", lengthKm: 50)
    fixture.road("r2", "j", "b", roadClass: "national", lengthKm: 13)
    // 50 km ÷ 100 km/h = 30; 13 km ÷ 65 km/h = 12; × congestion 1.5 = 45 + 18 = 63; + parking 5 = 68
    var parameters = Parameters.defaults
    try parameters.set("congestion-factor", to: "1.5")
    XCTAssertEqual(try minutes(fixture, "a", "b", profile: .car, parameters: parameters), 68)
    // Default congestion 1.0: 30 + 12 + 5 = 47.
    XCTAssertEqual(try minutes(fixture, "a", "b", profile: .car), 47)
    XCTAssertNil(try minutes(fixture, "a", "b", profile: .transit))
    let network = try fixture.load()
    var engine = TravelTimeEngine(network: network, profile: .car)
    let trip = try XCTUnwrap(engine.trip(from: 0, to: 1))
    XCTAssertEqual(trip.legs.map(\.kind), [.drive, .parking])
    XCTAssertEqual(trip.legs[0].roadNodesPassed, ["j"])
    XCTAssertEqual(trip.breakdown.driveSeconds, 42 * 60)
    XCTAssertEqual(trip.breakdown.parkingSeconds, 5 * 60)
  }

  func test_carDrivesThroughATown_explicitMinutesAndSpeed() throws {
    var fixture = NetworkFixture()
    fixture.place("a")
    fixture.place("t")
    fixture.place("b")
    fixture.road("r1", "a", "t", roadClass: "provincial", lengthKm: 20, minutes: 17)
    fixture.road("r2", "t", "b", roadClass: "urban", lengthKm: 12, speedKmh: 40)
    // explicit 17 + 12 km ÷ 40 km/h = 18, + parking 5 = 40
    XCTAssertEqual(try minutes(fixture, "a", "b", profile: .car), 40)
  }

  /// a has no station; c has one (walk 8 from c's centre). Roads a—c 20 min, c—b 100 min, b—e 10 min.
  private func parkAndRide() -> NetworkFixture {
    var fixture = NetworkFixture()
    for id in ["a", "b", "c", "e"] { fixture.place(id) }
    fixture.stop("sc", place: "c")
    fixture.stop("sb", place: "b")
    fixture.connector("c", "sc", minutes: 8)
    fixture.connector("b", "sb", minutes: 4)
    fixture.road("r1", "a", "c", minutes: 20)
    fixture.road("r2", "c", "b", minutes: 100)
    fixture.road("r3", "b", "e", minutes: 10)
    fixture.line("l1", headwayMinutes: 20, stops: [("sc", 0), ("sb", 30)])
    return fixture
  }

  func test_parkAndRide_beforeFirstBoarding() throws {
    let fixture = parkAndRide()
    // drive 20 + drive to the station 8 + parking 5 + boarding 10 + wait 10 + ride 30 + 5 + 4 = 92;
    // the whole trip by car would be 20 + 100 + 5 = 125.
    XCTAssertEqual(try minutes(fixture, "a", "b", profile: .any), 92)
    XCTAssertEqual(try minutes(fixture, "a", "b", profile: .car), 125)
    XCTAssertNil(try minutes(fixture, "a", "b", profile: .transit))
    let network = try fixture.load()
    var engine = TravelTimeEngine(network: network, profile: .any)
    let trip = try XCTUnwrap(
      engine.trip(
        from: try XCTUnwrap(network.placeIndex(of: "a")),
        to: try XCTUnwrap(network.placeIndex(of: "b"))))
    XCTAssertEqual(
      trip.legs.map(\.kind),
      [.drive, .drive, .parking, .boardingOverhead, .wait, .ride, .alightingOverhead, .egress])
    XCTAssertEqual(trip.legs[0].seconds, 20 * 60)
    XCTAssertEqual([trip.legs[0].from, trip.legs[0].to], [.place("a"), .place("c")])
    XCTAssertEqual(trip.legs[1].seconds, 8 * 60)
    XCTAssertEqual([trip.legs[1].from, trip.legs[1].to], [.place("c"), .stop("sc")])
  }

  func test_neverACarAfterAlighting() throws {
    let fixture = parkAndRide()
    // By train to b (92) then driving on to e (10 + 5) would be 107, but no car waits at b:
    // the only trip is by car all the way: 20 + 100 + 10 + parking 5 = 135.
    XCTAssertEqual(try minutes(fixture, "a", "e", profile: .any), 135)
  }

  func test_parkAndRideOff_atAStopThatForbidsIt() throws {
    var fixture = parkAndRide()
    fixture.tables["stops.csv"] = fixture.tables["stops.csv"]?.map {
      $0.hasPrefix("sc,") ? $0.replacingOccurrences(of: ",yes,", with: ",no,") : $0
    }
    XCTAssertEqual(try minutes(fixture, "a", "b", profile: .any), 125)
  }

  func test_waitingForTheFasterLineWins() throws {
    var fixture = twoTowns()
    fixture.line("slow", headwayMinutes: 10, stops: [("sa", 0), ("sb", 60)])
    fixture.line("fast", headwayMinutes: 40, stops: [("sa", 0), ("sb", 30)])
    // slow: wait 5 + 60 = 65; fast: wait 20 + 30 = 50. 6 + 10 + 20 + 30 + 5 + 4 = 75 on "fast".
    XCTAssertEqual(try minutes(fixture, "a", "b"), 75)
    let network = try fixture.load()
    var engine = TravelTimeEngine(network: network, profile: .transit)
    XCTAssertEqual(engine.trip(from: 0, to: 1)?.lineIDs, ["fast"])
  }

  func test_headwayFromDeparturesPerDay() throws {
    var fixture = twoTowns()
    fixture.line("l1", departuresPerDay: 24, stops: [("sa", 0), ("sb", 30)])
    // headway 16 h × 60 / 24 = 40, wait 20: 6 + 10 + 20 + 30 + 5 + 4 = 75
    XCTAssertEqual(try minutes(fixture, "a", "b"), 75)
    // service span 12 h: headway 30, wait 15: 70
    var parameters = Parameters.defaults
    try parameters.set("service-span-h", to: "12")
    XCTAssertEqual(try minutes(fixture, "a", "b", parameters: parameters), 70)
  }

  func test_waitIsCapped() throws {
    var fixture = twoTowns()
    fixture.line("l1", headwayMinutes: 120, stops: [("sa", 0), ("sb", 30)])
    // wait min(120 / 2, 30) = 30: 6 + 10 + 30 + 30 + 5 + 4 = 85
    XCTAssertEqual(try minutes(fixture, "a", "b"), 85)
    // cap 45: 6 + 10 + 45 + 30 + 5 + 4 = 100; cap 90: the half headway 60 applies: 115
    var parameters = Parameters.defaults
    try parameters.set("wait-cap", to: "45")
    XCTAssertEqual(try minutes(fixture, "a", "b", parameters: parameters), 100)
    try parameters.set("wait-cap-min", to: "90")
    XCTAssertEqual(try minutes(fixture, "a", "b", parameters: parameters), 115)
  }

  func test_railProfile_ridesRailClassesOnly() throws {
    var fixture = twoTowns()
    fixture.line("coach", lineClass: "coach", headwayMinutes: 10, stops: [("sa", 0), ("sb", 20)])
    fixture.line(
      "train", lineClass: "conventional", headwayMinutes: 60, stops: [("sa", 0), ("sb", 50)])
    // transit takes the coach: 6 + 10 + 5 + 20 + 5 + 4 = 50 (both stops are rail stations here)
    XCTAssertEqual(try minutes(fixture, "a", "b", profile: .transit), 50)
    // rail takes the train: 6 + 10 + 30 + 50 + 5 + 4 = 105
    XCTAssertEqual(try minutes(fixture, "a", "b", profile: .rail), 105)
    XCTAssertNil(try minutes(fixture, "a", "b", profile: .car))
  }

  func test_tripToItself_isZero() throws {
    var fixture = twoTowns()
    fixture.line("l1", headwayMinutes: 20, stops: [("sa", 0), ("sb", 30)])
    for profile in Profile.allCases {
      XCTAssertEqual(try minutes(fixture, "a", "a", profile: profile), 0)
    }
  }

  func test_severalAnchors_nearestWins_andTripsReportTheirAnchor() throws {
    var fixture = twoTowns()
    fixture.place("c")
    fixture.stop("sc", place: "c")
    fixture.connector("c", "sc", minutes: 2)
    fixture.line("l1", headwayMinutes: 20, stops: [("sa", 0), ("sb", 30)])
    fixture.line("l2", headwayMinutes: 20, stops: [("sc", 0), ("sb", 10)])
    let network = try fixture.load()
    var engine = TravelTimeEngine(network: network, profile: .transit)
    let a = try XCTUnwrap(network.placeIndex(of: "a"))
    let b = try XCTUnwrap(network.placeIndex(of: "b"))
    let c = try XCTUnwrap(network.placeIndex(of: "c"))
    // b is nearer to c (2 + 10 + 10 + 10 + 5 + 4 = 41) than to a (65).
    XCTAssertEqual(engine.placeTimes([a, c], direction: .from)[b], 41 * 60)
    let trips = engine.trips([a, c], direction: .from)
    XCTAssertEqual(trips[b]?.origin, c)
    XCTAssertEqual(trips[b]?.totalSeconds, 41 * 60)
    XCTAssertEqual(trips[a]?.totalSeconds, 0)
    // Toward the anchors nothing leaves b (lines are forward only).
    XCTAssertNil(engine.trips([a, c], direction: .to)[b])
  }
}
