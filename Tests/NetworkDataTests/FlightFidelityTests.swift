import TransitModel
import XCTest

/// The flights of §5 as `air` lines: every route with a regular service is there with its block minutes
/// (all unverified in the sheet except NBS→CGQ), within ±10 %; routes without service are absent.
final class FlightFidelityTests: XCTestCase {
  static let blocks: [(from: String, to: String, minutes: Double, citation: String)] = [
    ("ap-cgq", "ap-ynj", 65, "§5 CGQ–YNJ ≈65"),
    ("ap-cgq", "ap-nbs", 50, "§5 CGQ–NBS ≈50"),
    ("ap-cgq", "ap-tnh", 55, "§5 CGQ–TNH ≈55"),
    ("ap-cgq", "ap-pek", 120, "§5 CGQ–PEK ≈120"),
    ("ap-cgq", "ap-pkx", 125, "§5 CGQ–PKX ≈125"),
    ("ap-cgq", "ap-dlc", 85, "§5 CGQ–DLC ≈85"),
    ("ap-nbs", "ap-pek", 110, "§5 NBS–PEK ≈110"),
  ]

  func test_flights_haveTheSheetsBlockMinutes() throws {
    let network = try DefaultNetwork.network()
    let flights = network.lines.filter { $0.lineClass == .air }
    for block in Self.blocks {
      let minutes = flights.compactMap {
        InVehicle.minutes(on: $0, from: block.from, to: block.to, defaultDwell: 0)
      }.min()
      guard let minutes else {
        XCTFail("\(block.citation): no flight")
        continue
      }
      XCTAssertLessThanOrEqual(abs(minutes - block.minutes) / block.minutes, 0.10, block.citation)
    }
    // §5 CGQ–YSQ / DBC / HLH / TGO: ≈45–70 each.
    for airport in ["ap-ysq", "ap-dbc", "ap-hlh", "ap-tgo"] {
      let minutes = flights.compactMap {
        InVehicle.minutes(on: $0, from: "ap-cgq", to: airport, defaultDwell: 0)
      }.min()
      XCTAssertNotNil(minutes, airport)
      if let minutes { XCTAssertTrue((45...70).contains(minutes), "\(airport): \(minutes)") }
    }
    // §5 CGQ–SHE and CGQ–HRB: no regular service.
    for airport in ["ap-she", "ap-hrb"] {
      XCTAssertFalse(
        flights.contains { $0.stops.contains { $0.stop.rawValue == airport } }, airport)
    }
  }
}
