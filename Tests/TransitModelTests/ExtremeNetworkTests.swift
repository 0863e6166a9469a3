import Foundation
import Graph
import XCTest

@testable import TransitModel

/// Networks that pass every per-cell check but are extreme in size or value: a very long line, a
/// very long road chain, figures at the documented maxima. Each answers correctly and quickly.
final class ExtremeNetworkTests: XCTestCase {
  /// `count` places `p00000…` in a row, each with a rail stop `s…` (walk `connectorMinutes`), one
  /// forward line through every stop (`runMinutes` per segment, `dwellMinutes` per through stop)
  /// and a road chain through every place (`roadMinutes` per link).
  static func chain(
    count: Int, connectorMinutes: Double = 5, runMinutes: Double = 5, dwellMinutes: Double = 2,
    roadMinutes: Double = 5
  ) throws -> ValidatedNetwork {
    func id<Table>(_ prefix: String, _ index: Int) -> RowID<Table> {
      RowID(prefix + String(repeating: "0", count: 5 - String(index).count) + String(index))
    }
    var places: [Place] = []
    var stops: [Stop] = []
    var connectors: [Connector] = []
    var links: [RoadLink] = []
    var lineStops: [LineStop] = []
    for index in 0..<count {
      let latitude = 43 + Double(index) * 0.001
      places.append(
        Place(
          id: id("p", index), nameZh: "镇\(index)", nameEn: "Town \(index)", kind: .town,
          latitude: latitude, longitude: 125, population: 1000, source: "est. test",
          populationSource: "est. test"))
      stops.append(
        Stop(
          id: id("s", index), nameZh: "站\(index)", nameEn: "Station \(index)", kind: .rail,
          place: id("p", index), latitude: latitude, longitude: 125, source: "est. test"))
      connectors.append(
        Connector(
          place: id("p", index), stop: id("s", index), mode: .walk, minutes: connectorMinutes,
          source: "est. test"))
      lineStops.append(
        LineStop(
          seq: index + 1, stop: id("s", index), runMinutes: index == 0 ? nil : runMinutes,
          source: "est. test"))
      if index > 0 {
        links.append(
          RoadLink(
            id: id("r", index), from: id("p", index - 1), to: id("p", index), road: "G1",
            roadClass: .national, lengthKm: 10, minutes: roadMinutes, source: "est. test"))
      }
    }
    let line = Line(
      id: "long", nameZh: "长线", nameEn: "Long Line", lineClass: .highSpeed,
      directions: .forward, frequency: .headway(minutes: 10), dwellMinutes: dwellMinutes,
      stops: lineStops, source: "est. test")
    return try Network(
      manifest: NetworkManifest(name: "chain", version: "1"), places: places, roadLinks: links,
      stops: stops, connectors: connectors, lines: [line]
    ).validated()
  }

  /// A ride through 20 000 stops is one ride leg listing 19 998 stops passed, and the route is
  /// built in time linear in its length. (Each dwell used to copy the growing list of stops passed:
  /// quadratic per trip, cubic for a coverage report along a long line.)
  ///
  /// Hand-computed (forward line, headway 10 → wait 5 min, dwell 2, run 5, walk 5):
  /// walk 5 + boarding 10 + wait 5 + 19 999 runs × 5 + 19 998 dwells × 2 + alighting 5 + walk 5
  /// = 30 + 99 995 + 39 996 = 140 021 minutes = 8 401 260 s.
  func test_rideThroughTwentyThousandStops_isOneLegBuiltInLinearTime() throws {
    let count = 20_000
    let network = try Self.chain(count: count)
    var engine = TravelTimeEngine(network: network, profile: .rail)
    let started = Date()
    let trip = try XCTUnwrap(engine.trip(from: 0, to: count - 1))
    let seconds = Date().timeIntervalSince(started)
    XCTAssertEqual(trip.totalSeconds, 8_401_260)
    let rides = trip.legs.filter { $0.kind == .ride }
    XCTAssertEqual(rides.count, 1)
    XCTAssertEqual(rides.first?.stopsPassed.count, count - 2)
    XCTAssertEqual(rides.first?.dwellSeconds, Int32(count - 2) * 120)
    XCTAssertEqual(trip.legs.reduce(Int32(0)) { $0 + $1.seconds }, trip.totalSeconds)
    XCTAssertLessThan(seconds, 0.5, "a 20 000-stop trip took \(seconds) s")
  }

  /// The same for a drive through 20 000 road nodes: one drive leg, built in linear time.
  /// Hand-computed: 19 999 links × 5 min + parking 5 = 100 000 minutes = 6 000 000 s.
  func test_driveThroughTwentyThousandTowns_isOneLegBuiltInLinearTime() throws {
    let count = 20_000
    let network = try Self.chain(count: count)
    var engine = TravelTimeEngine(network: network, profile: .car)
    let started = Date()
    let trip = try XCTUnwrap(engine.trip(from: 0, to: count - 1))
    let seconds = Date().timeIntervalSince(started)
    XCTAssertEqual(trip.totalSeconds, 6_000_000)
    let drives = trip.legs.filter { $0.kind == .drive }
    XCTAssertEqual(drives.count, 1)
    XCTAssertEqual(drives.first?.roadNodesPassed.count, count - 2)
    XCTAssertLessThan(seconds, 0.5, "a 20 000-link trip took \(seconds) s")
  }

  /// Every figure at its documented maximum can add up past what `Int32` seconds hold: a trip over
  /// `Int32.max - 1` seconds (68 years) is reported as unreachable, never wrapped or trapped; one
  /// just below is exact.
  ///
  /// Hand-computed (forward line, headway 10 → wait 5 min, dwell 0, run 10 000, walk 5):
  /// 3 000 stops: 5 + 10 + 5 + 2 999 × 10 000 + 5 + 5 = 29 990 030 min = 1 799 401 800 s < 2^31;
  /// 4 000 stops: 39 990 030 min = 2 399 401 800 s > 2^31 - 1.
  func test_tripsBeyondInt32Seconds_areUnreachable_neverWrapped() throws {
    let fits = try Self.chain(count: 3_000, runMinutes: 10_000, dwellMinutes: 0)
    var engine = TravelTimeEngine(network: fits, profile: .rail)
    XCTAssertEqual(engine.trip(from: 0, to: 2_999)?.totalSeconds, 1_799_401_800)
    XCTAssertEqual(engine.placeTimes([0], direction: .from)[2_999], 1_799_401_800)

    let beyond = try Self.chain(count: 4_000, runMinutes: 10_000, dwellMinutes: 0)
    engine = TravelTimeEngine(network: beyond, profile: .rail)
    XCTAssertNil(engine.trip(from: 0, to: 3_999))
    let times = engine.placeTimes([0], direction: .from)
    XCTAssertNil(times[3_999])
    XCTAssertTrue(times.allSatisfy { ($0 ?? 0) >= 0 })
    XCTAssertNil(engine.placeTimes([3_999], direction: .to)[0])
  }
}
