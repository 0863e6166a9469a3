import Foundation
import XCTest

@testable import TransitModel

/// Every stop's home connector found in one pass over the connectors is the one the per-stop rule
/// picks (fewest minutes between the stop and its own place, ties to the lower index).
final class HomeConnectorTests: XCTestCase {
  func test_homeConnectorsOfAllStops_equalThePerStopRule() throws {
    var networks: [Network] = []
    for seed in 0..<200 {
      var random = SplitMix64(seed: UInt64(seed) &+ 31_000)
      networks.append(try RandomNetwork.make(&random).network)
    }
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../Networks/changchun").standardizedFileURL.path
    networks.append(try NetworkLoader.load(.directory(folder)).network.network)
    var found = 0
    for network in networks {
      let expected = network.stops.indices.map { network.homeConnector(ofStop: $0) }
      XCTAssertEqual(network.homeConnectors, expected)
      found += expected.compactMap { $0 }.count
    }
    XCTAssertGreaterThan(found, 200, "stops with a connector to their own place")
  }
}
