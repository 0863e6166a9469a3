import Testing
import TransitModel

/// Trip legs follow their seconds back to the rows they came from, so a report can say how much of
/// a result rests on estimated rows; waits say when a service is thin.
@Suite("Trip figures and thin services")
struct TripFiguresTests {
  /// a —(connector 10, est.)— sa ==(l1: run 30 est., headway from `departures`)==> sb —(5)— b;
  /// roads a–b 40 min (est.) and b–c 20 min (cited).
  private func network(departuresPerDay: Double) throws -> ValidatedNetwork {
    var fixture = NetworkFixture()
    fixture.place("a", lat: 43.90, lon: 125.30)
    fixture.place("b", lat: 44.00, lon: 125.60)
    fixture.place("c", lat: 44.10, lon: 125.70)
    fixture.stop("sa", place: "a")
    fixture.stop("sb", place: "b")
    fixture.add("connectors.csv", "a,sa,taxi,10,est. 5 km by taxi")
    fixture.add("connectors.csv", "b,sb,walk,5,§9 station map")
    fixture.add(
      "lines.csv", "l1,甲线,Line 1,intercity,forward,,\(departuresPerDay),,§3 timetable")
    fixture.add("line_stops.csv", "l1,1,sa,,,§3 timetable")
    fixture.add("line_stops.csv", "l1,2,sb,30,,unverified: one timetable")
    fixture.add("road_links.csv", "r1,a,b,G1,expressway,50,,40,no,est. map 50 km")
    fixture.add("road_links.csv", "r2,b,c,G1,expressway,20,,20,no,§4 road atlas")
    return try fixture.load()
  }

  private func trip(
    _ network: ValidatedNetwork, _ from: PlaceID, _ to: PlaceID, profile: Profile
  ) throws -> Trip {
    var engine = TravelTimeEngine(network: network, profile: profile)
    let origin = try #require(network.network.placeIndex(of: from))
    let destination = try #require(network.network.placeIndex(of: to))
    let trip = engine.trip(from: origin, to: destination)
    return try #require(trip)
  }

  @Test("A rail trip's estimated seconds are its estimated connector and run time")
  func railTrip() throws {
    let network = try network(departuresPerDay: 48)
    let trip = try trip(network, "a", "b", profile: .rail)
    // access 10 + boarding 10 + wait 10 (headway 20) + ride 30 + alighting 5 + egress 5 = 70.
    #expect(trip.totalSeconds == 70 * 60)
    #expect(trip.estimatedSeconds(in: network.network) == (10 + 30) * 60)
    let ride = try #require(trip.legs.first { $0.kind == .ride })
    // Line l1 is the first line; its run time into sb is on its second stop.
    #expect(ride.figures == [LegFigure(row: .lineStop(line: 0, stop: 1), seconds: 30 * 60)])
    let wait = try #require(trip.legs.first { $0.kind == .wait })
    #expect(wait.figures == [LegFigure(row: .line(0), seconds: 10 * 60)])
    #expect(trip.thinLines(in: network.network, parameters: .defaults).isEmpty)
  }

  @Test("A drive is estimated link by link; parking is a parameter")
  func carTrip() throws {
    let network = try network(departuresPerDay: 48)
    let trip = try trip(network, "a", "c", profile: .car)
    #expect(trip.totalSeconds == (40 + 20 + 5) * 60)
    #expect(trip.estimatedSeconds(in: network.network) == 40 * 60)
    let drive = try #require(trip.legs.first)
    #expect(drive.distance == LegDistance(kilometres: 70, basis: .road))
  }

  @Test("A wait the cap shortened rests on the cap, and a line of 3 a day is thin")
  func thinService() throws {
    let network = try network(departuresPerDay: 3)
    let trip = try trip(network, "a", "b", profile: .rail)
    let line = try #require(network.network.lines[key: "l1"])
    let service = LineService(line, parameters: .defaults)
    #expect(service.departuresPerDay == 3)
    #expect(service.headwayMinutes == 320)
    #expect(service.waitMinutes == 30)
    #expect(service.isWaitCapped)
    #expect(service.isThin)
    let wait = try #require(trip.legs.first { $0.kind == .wait })
    #expect(wait.seconds == 30 * 60)
    #expect(wait.figures.isEmpty)
    #expect(trip.thinLines(in: network.network, parameters: .defaults) == ["l1"])
  }

  @Test("A headway of 120 minutes over the 16-hour span is 8 a day: not thin")
  func headwayDepartures() {
    let line = Line(
      id: "h", nameZh: "乙", nameEn: "H", lineClass: .intercity,
      frequency: .headway(minutes: 120))
    let service = LineService(line, parameters: .defaults)
    #expect(service.departuresPerDay == 8)
    #expect(!service.isThin)
  }
}
