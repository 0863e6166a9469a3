import Graph
import XCTest

@testable import TransitModel

/// On random small networks, the expanded graph gives exactly the times of an independent reference
/// built from the rules (`ReferenceTravelTimes`), for every profile and both directions.
final class TravelTimeReferenceTests: XCTestCase {
  func test_placeTimes_equalTheReference_onRandomNetworks() throws {
    var checkedReachable = 0
    var coverage = RuleCoverage()
    for seed in 0..<250 {
      var random = SplitMix64(seed: UInt64(seed))
      let network = try RandomNetwork.make(&random)
      let parameters = RandomNetwork.parameters(&random)
      for profile in Profile.allCases {
        let reference = ReferenceTravelTimes(
          network: network.network, profile: profile, parameters: parameters)
        var engine = TravelTimeEngine(network: network, profile: profile, parameters: parameters)
        let count = network.places.count
        let matrix = engine.matrix()
        var expected: [[Int64?]] = []
        for origin in 0..<count {
          let want = reference.times(from: origin)
          expected.append(want)
          let got = engine.placeTimes([origin], direction: .from)
          for destination in 0..<count {
            let value = got[destination].map(Int64.init)
            XCTAssertEqual(
              value, want[destination],
              "seed \(seed) \(profile) \(network.places[origin].id) → \(network.places[destination].id)"
            )
            XCTAssertEqual(
              matrix[origin, destination], got[destination], "seed \(seed) matrix")
            if value != nil { checkedReachable += 1 }
          }
          // The trip read leg by leg adds up, and never drives after a ride.
          for destination in 0..<count {
            guard let trip = engine.trip(from: origin, to: destination) else {
              XCTAssertNil(want[destination], "seed \(seed) \(profile) trip missing")
              continue
            }
            XCTAssertEqual(
              Int64(trip.totalSeconds), want[destination], "seed \(seed) \(profile) trip")
            XCTAssertEqual(trip.legs.reduce(0) { $0 + $1.seconds }, trip.totalSeconds)
            XCTAssertEqual(trip.breakdown.totalSeconds, trip.totalSeconds)
            coverage.record(trip)
            if let firstRide = trip.legs.firstIndex(where: { $0.kind == .ride }) {
              XCTAssertFalse(
                trip.legs[firstRide...].contains { $0.kind == .drive },
                "seed \(seed) car after ride")
            }
          }
        }
        // Toward each place as the anchor: the column of the reference.
        for anchor in 0..<count {
          let toward = engine.placeTimes([anchor], direction: .to)
          let trips = engine.trips([anchor], direction: .to)
          for origin in 0..<count {
            let value = toward[origin].map(Int64.init)
            XCTAssertEqual(value, expected[origin][anchor], "seed \(seed) \(profile) to \(anchor)")
            XCTAssertEqual(
              trips[origin].map { Int64($0.totalSeconds) }, value, "seed \(seed) trips .to")
            XCTAssertEqual(trips[origin]?.destination ?? anchor, anchor)
          }
        }
        // Several anchors: the nearest one.
        if count >= 3 {
          let anchors = [0, count - 1]
          let times = engine.placeTimes(anchors, direction: .from)
          let trips = engine.trips(anchors, direction: .from)
          for place in 0..<count {
            let best = anchors.compactMap { expected[$0][place] }.min()
            XCTAssertEqual(times[place].map(Int64.init), best)
            XCTAssertEqual(
              trips[place].map { Int64($0.totalSeconds) }, best, "seed \(seed) trips .from")
          }
        }
      }
    }
    XCTAssertGreaterThan(checkedReachable, 2_000)
    // The random networks exercise every rule on some best trips.
    XCTAssertGreaterThan(coverage.parkAndRide, 10)
    XCTAssertGreaterThan(coverage.stopTransfers, 10)
    XCTAssertGreaterThan(coverage.inStopTransfers, 10)
    XCTAssertGreaterThan(coverage.dwell, 10)
    XCTAssertGreaterThan(coverage.carOnly, 10)
  }

  /// How often best trips use each rule.
  struct RuleCoverage {
    var parkAndRide = 0
    var stopTransfers = 0
    var inStopTransfers = 0
    var dwell = 0
    var carOnly = 0

    mutating func record(_ trip: Trip) {
      let kinds = trip.legs.map(\.kind)
      if kinds.contains(.drive) && kinds.contains(.ride) { parkAndRide += 1 }
      if trip.legs.contains(where: { $0.kind == .transfer && $0.from != $0.to }) {
        stopTransfers += 1
      }
      if trip.legs.contains(where: { $0.kind == .transfer && $0.from == $0.to }) {
        inStopTransfers += 1
      }
      if trip.breakdown.dwellSeconds > 0 { dwell += 1 }
      if kinds.contains(.drive) && !kinds.contains(.ride) { carOnly += 1 }
    }
  }

  func test_matrix_isTheSameAtOneAndSeveralThreads() throws {
    for seed in 0..<40 {
      var random = SplitMix64(seed: UInt64(1_000 + seed))
      let network = try RandomNetwork.make(&random)
      let engine = TravelTimeEngine(network: network, profile: .any)
      XCTAssertEqual(engine.matrix(threadCount: 1), engine.matrix(threadCount: 4), "seed \(seed)")
    }
  }
}
