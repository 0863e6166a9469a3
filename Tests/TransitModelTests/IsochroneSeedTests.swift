import Graph
import XCTest

@testable import TransitModel

/// Hand-computed isochrone seeds and surface values on tiny networks (defaults: expressway
/// 100 km/h, parking 5 min, rail boarding 10 / alighting 5, off-network 15 km/h = 4 min per km, up
/// to 10 km).
final class IsochroneSeedTests: XCTestCase {
  /// a at (43.9, 125.3); b 0.45° east (≈ 36 km); an expressway of 50 km between them.
  private func roadPair() -> NetworkFixture {
    var fixture = NetworkFixture()
    fixture.place("a", lat: 43.9, lon: 125.3)
    fixture.place("b", lat: 43.9, lon: 125.75)
    fixture.road("ab", "a", "b", roadClass: "expressway", lengthKm: 50)
    return fixture
  }

  func test_car_seedAtTheDestination_isDrivePlusParking() throws {
    // a → b: 50 km ÷ 100 km/h = 30 min driving + 5 min parking = 35 min standing at b.
    // a itself: 0 min (the origin is always a seed). b → a direction `to`: the same 35 min, since
    // the road is two-way and parking is paid at the destination a.
    let network = try roadPair().load()
    var engine = TravelTimeEngine(network: network, profile: .car)
    let a = try XCTUnwrap(network.placeIndex(of: "a"))
    let seeds = engine.isochroneSeeds(origins: [a], direction: .from)
    let atB = seeds.filter { $0.longitude == 125.75 }.map(\.minutes).min()
    XCTAssertEqual(atB, 35)
    XCTAssertEqual(seeds.filter { $0.longitude == 125.3 }.map(\.minutes).min(), 0)
    let toward = engine.isochroneSeeds(origins: [a], direction: .to)
    XCTAssertEqual(toward.filter { $0.longitude == 125.75 }.map(\.minutes).min(), 35)
  }

  func test_surfaceBeyondTheDestination_addsFourMinutesPerKilometre() throws {
    // Grid node 3 km due east of b (in the plane, beyond the end of the road): 35 + 3 × 4 = 47 min.
    // 12 km east of b is beyond the 10 km off-network limit of b and of every point of the road:
    // unreached.
    let network = try roadPair().load()
    var engine = TravelTimeEngine(network: network, profile: .car)
    let a = try XCTUnwrap(network.placeIndex(of: "a"))
    let isochrone = try engine.isochrone(origins: [a], direction: .from)
    let seeds = engine.isochroneSeeds(origins: [a], direction: .from)
    let planar = seeds.map {
      SurfaceSeed(
        point: isochrone.projection.project(latitude: $0.latitude, longitude: $0.longitude),
        minutes: $0.minutes)
    }
    let b = isochrone.projection.project(latitude: 43.9, longitude: 125.75)
    let a0 = isochrone.projection.project(latitude: 43.9, longitude: 125.3)
    // The road runs from a to b: "east" is along it, away from a.
    let length = a0.distanceKm(to: b)
    let east = PlanarPoint(xKm: (b.xKm - a0.xKm) / length, yKm: (b.yKm - a0.yKm) / length)
    func beyondB(_ km: Double) -> PlanarPoint {
      PlanarPoint(xKm: b.xKm + km * east.xKm, yKm: b.yKm + km * east.yKm)
    }
    let spread = isochrone.surface.spread
    XCTAssertEqual(
      TravelTimeSurface.exactMinutes(at: beyondB(3), seeds: planar, spread: spread), 47,
      accuracy: 1e-9)
    XCTAssertEqual(
      TravelTimeSurface.exactMinutes(at: beyondB(12), seeds: planar, spread: spread), .infinity)
  }

  func test_rail_seedAtTheStationExit_includesTheAlightingOverhead() throws {
    // a —walk 6— [sa] ==20 min, headway 20== [sb] —walk 4— b.
    // Standing at sb's exit: 6 walk + 10 boarding + 10 wait (20 ÷ 2) + 20 ride + 5 alighting = 51.
    // Standing at b: 51 + 4 walk = 55.
    var fixture = NetworkFixture()
    fixture.place("a", lat: 43.9, lon: 125.3)
    fixture.place("b", lat: 44.3, lon: 125.3)
    fixture.stop("sa", place: "a")
    fixture.stop("sb", place: "b")
    fixture.connector("a", "sa", minutes: 6)
    fixture.connector("b", "sb", minutes: 4)
    fixture.line("l1", headwayMinutes: 20, stops: [("sa", 0), ("sb", 20)])
    let network = try fixture.load()
    var engine = TravelTimeEngine(network: network, profile: .rail)
    let compiled = engine.compiled
    let a = try XCTUnwrap(network.placeIndex(of: "a"))
    let seeds = engine.isochroneSeeds(origins: [a], direction: .from)
    let points = compiled.egressPoints
    let minutesByID = Dictionary(
      zip(points.map(\.id), seeds.prefix(points.count).map(\.minutes)),
      uniquingKeysWith: { first, _ in first })
    XCTAssertEqual(minutesByID["sb"], 51)
    XCTAssertEqual(minutesByID["b"], 55)
  }
}
