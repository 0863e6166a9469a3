import Foundation
import TransitModel
import XCTest

/// Metro lines 7 and 9 are not open (facts §8.9 item 4): they are scenarios of the default network,
/// not base data. Each applies cleanly, adds its line with the documented in-vehicle time, and makes
/// no trip slower.
final class MetroScenarioTests: XCTestCase {
  private func scenario(_ name: String) throws -> Scenario {
    let url = URL(fileURLWithPath: DefaultNetwork.folder)
      .appendingPathComponent("scenarios/\(name)")
    let read = ScenarioReader.read(Array(try Data(contentsOf: url)), file: name)
    XCTAssertEqual(read.diagnostics.map(\.description), [], name)
    return try XCTUnwrap(read.scenario, name)
  }

  private func railMatrix(_ network: ValidatedNetwork) -> [Int32?] {
    let matrix = TravelTimeEngine(network: network, profile: .rail).matrix(threadCount: 1)
    let count = network.network.places.count
    return (0..<count).flatMap { from in (0..<count).map { to in matrix[from, to] } }
  }

  func test_lines7And9_applyCleanly_addTheirLine_andMakeNoRailTripSlower() throws {
    let base = try DefaultNetwork.network()
    let before = railMatrix(base)
    // Line 7: [CGo] last-train offsets 汽车公园 22:35 → 东环城路 23:15; line 9: great-circle
    // distances × 1.15 ÷ 60 km/h plus 0.5 min dwell at six stops (§8.5 estimates 雾开河大街 → T3 ≈18).
    for (file, line, from, to, minutes) in [
      (
        "changchun-metro-7.json", "changchun-metro-7", "mt-qiche-gongyuan", "mt-donghuanchenglu",
        40.0
      ),
      (
        "changchun-metro-9.json", "changchun-metro-9", "mt-wukaihe-dajie", "mt-jiutainan-zhan", 32.7
      ),
    ] {
      let edited = try ScenarioEditor.apply(
        [try scenario(file)], to: base, parameters: .defaults, baseNetworkHash: "0"
      ).network
      XCTAssertNil(base.network.lineIndex(of: LineID(line)), "\(line) is not base data")
      let index = try XCTUnwrap(edited.network.lineIndex(of: LineID(line)), file)
      let added = edited.network.lines[index]
      XCTAssertEqual(added.lineClass, .metro, file)
      let inVehicle = try XCTUnwrap(
        InVehicle.minutes(
          on: added, from: from, to: to, defaultDwell: Parameters.defaults.dwellMinutes))
      XCTAssertEqual(inVehicle, minutes, accuracy: 0.05, file)
      let after = railMatrix(edited)
      for (old, new) in zip(before, after) {
        if let old { XCTAssertLessThanOrEqual(try XCTUnwrap(new), old, file) }
      }
    }
  }
}
