import XCTest

@testable import TransitModel

/// A stop whose id is also a place's id stays a stop in the model: validation accepts it (stops and
/// places are different tables) and trips carry it as `.stop`, never as the place.
final class StopIDEqualToPlaceIDTests: XCTestCase {
  /// The three-towns network with station `st-alpha` renamed `gamma`, the id of a place.
  private func renamedNetwork() throws -> NetworkFiles {
    var files = try NetworkFiles.directory(FixtureMatrixTests.folder)
    for name in ["stops.csv", "connectors.csv", "line_stops.csv"] {
      let text = String(decoding: try XCTUnwrap(files.files[name]), as: UTF8.self)
      XCTAssertTrue(text.contains("st-alpha"), name)
      files.files[name] = Array(text.replacingOccurrences(of: "st-alpha", with: "gamma").utf8)
    }
    return files
  }

  func test_validate_isClean() throws {
    XCTAssertEqual(NetworkLoader.validate(try renamedNetwork()), [])
  }

  func test_railTrip_boardsAtTheStop_notAtThePlace() throws {
    let network = try NetworkLoader.load(try renamedNetwork()).network
    XCTAssertEqual(network.stops.map(\.id), ["gamma", "st-beta", "st-gamma"])
    var engine = TravelTimeEngine(network: network, profile: .rail)
    let alpha = try XCTUnwrap(network.placeIndex(of: "alpha"))
    let beta = try XCTUnwrap(network.placeIndex(of: "beta"))
    let trip = try XCTUnwrap(engine.trip(from: alpha, to: beta))
    XCTAssertEqual(
      trip.legs.map(\.kind),
      [.access, .boardingOverhead, .wait, .ride, .alightingOverhead, .egress])
    XCTAssertEqual(
      trip.legs.map(\.from),
      [
        .place("alpha"), .stop("gamma"), .stop("gamma"), .stop("gamma"), .stop("st-beta"),
        .stop("st-beta"),
      ])
    XCTAssertEqual(
      trip.legs.map(\.to),
      [
        .stop("gamma"), .stop("gamma"), .stop("gamma"), .stop("st-beta"), .stop("st-beta"),
        .place("beta"),
      ])
    XCTAssertFalse(
      trip.legs.contains { $0.from == .place("gamma") || $0.to == .place("gamma") }, "\(trip.legs)")
    XCTAssertEqual(trip.totalSeconds, 85 * 60)
  }
}
