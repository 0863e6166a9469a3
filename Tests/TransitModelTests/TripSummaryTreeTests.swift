import Foundation
import XCTest

@testable import TransitModel

/// `TravelTimeEngine.summaries` (one pass over the search tree) gives exactly what the trips read
/// leg by leg sum up to (`TripSummary(trip:estimated:)`): seconds by part, transfers, lines ridden in
/// order, estimated seconds; for every profile, both directions, one anchor and several.
final class TripSummaryTreeTests: XCTestCase {
  func test_summaries_equalTheTripsSummedUp_onRandomNetworks() throws {
    var rides = 0
    for seed in 0..<150 {
      var random = SplitMix64(seed: UInt64(seed) &+ 7_000)
      let validated = try RandomNetwork.make(&random)
      let parameters = RandomNetwork.parameters(&random)
      let count = validated.network.places.count
      let anchorSets = [[0], [count - 1, 0], [random.int(below: count)]]
      for profile in Profile.allCases {
        var engine = TravelTimeEngine(network: validated, profile: profile, parameters: parameters)
        rides += try compare(&engine, anchorSets, "seed \(seed) \(profile)")
      }
    }
    XCTAssertGreaterThan(rides, 200, "the random networks ride lines on many best trips")
  }

  func test_summaries_equalTheTripsSummedUp_onTheDefaultNetwork() throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../Networks/changchun").standardizedFileURL.path
    let validated = try NetworkLoader.load(.directory(folder)).network
    let network = validated.network
    let anchors = try ["changchun", "jilin", "siping"].map { id in
      try XCTUnwrap(network.placeIndex(of: PlaceID(id)))
    }
    let estimated = EstimatedRows(network)
    var partlyEstimated = 0
    for profile in Profile.allCases {
      var engine = TravelTimeEngine(network: validated, profile: profile)
      _ = try compare(&engine, [[anchors[0]], anchors], "\(profile)")
      partlyEstimated +=
        engine.summaries([anchors[0]], direction: .to, estimated: estimated)
        .filter { ($0?.estimatedSeconds ?? 0) > 0 && $0!.estimatedSeconds < $0!.totalSeconds }
        .count
    }
    XCTAssertGreaterThan(partlyEstimated, 10, "trips resting partly on estimated rows")
  }

  /// Compares summaries with summed-up trips for each anchor set and direction; returns how many
  /// summaries ride two lines or more.
  private func compare(
    _ engine: inout TravelTimeEngine, _ anchorSets: [[Int]], _ label: String
  ) throws -> Int {
    let estimated = EstimatedRows(engine.compiled.network)
    var multiLine = 0
    for anchors in anchorSets {
      for direction in [TravelDirection.from, .to] {
        let trips = engine.trips(anchors, direction: direction)
        let summaries = engine.summaries(anchors, direction: direction, estimated: estimated)
        XCTAssertEqual(summaries.count, trips.count)
        for (place, (trip, summary)) in zip(trips, summaries).enumerated() {
          XCTAssertEqual(
            summary, trip.map { TripSummary($0, estimated: estimated) },
            "\(label) \(direction) \(anchors) place \(place)")
          if (summary?.lineIDs.count ?? 0) >= 2 { multiLine += 1 }
        }
      }
    }
    return multiLine
  }
}
