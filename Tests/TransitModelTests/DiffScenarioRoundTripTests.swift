import XCTest

@testable import TransitModel

/// `diff --emit-scenario` on random networks and random edits: the data diff written as a scenario
/// file, read back and applied to the old version gives the new version's door-to-door times
/// exactly, in every profile, and leaves no difference a scenario could carry.
final class DiffScenarioRoundTripTests: XCTestCase {
  private func matrices(_ network: ValidatedNetwork, _ parameters: Parameters) -> [[Int32?]] {
    Profile.allCases.map { profile in
      let matrix = TravelTimeEngine(network: network, profile: profile, parameters: parameters)
        .matrix(threadCount: 1)
      let count = network.network.places.count
      return (0..<count).flatMap { from in (0..<count).map { to in matrix[from, to] } }
    }
  }

  func test_emittedScenario_appliedToOld_givesNewTimesExactly() throws {
    var roundTrips = 0
    var timesMoved = 0
    var listedOnly = 0
    var editTypes: [ScenarioEditType: Int] = [:]
    for seed in 0..<400 {
      var random = SplitMix64(seed: UInt64(seed) &+ 51_000)
      let old = try RandomNetwork.make(&random)
      let parameters = RandomNetwork.parameters(&random)
      let edited = RandomNetworkEdits.apply(random.int(1...4), to: old.network, &random)
      guard let new = try? edited.validated() else { continue }
      let diff = NetworkDiff(old: old.network, new: new.network)
      let edits = diff.scenarioEdits(removalSource: "est. not in the new version")
      let text = ScenarioWriter.text(name: "diff", description: "seed \(seed)", edits: edits)
      let read = ScenarioReader.read(Array(text.utf8), file: "diff.json")
      XCTAssertEqual(read.diagnostics, [], "seed \(seed):\n\(text)")
      let scenario = try XCTUnwrap(read.scenario)
      XCTAssertEqual(scenario.edits.count, edits.count, "seed \(seed)")
      let applied: ValidatedNetwork
      do {
        applied = try ScenarioEditor.apply(
          [scenario], to: old, parameters: .defaults, baseNetworkHash: "0"
        ).network
      } catch {
        XCTFail("seed \(seed): \(error.diagnostics)\n\(text)")
        continue
      }
      XCTAssertEqual(
        applied.network.places.map(\.id), new.network.places.map(\.id), "seed \(seed)")
      let expected = matrices(new, parameters)
      XCTAssertEqual(matrices(applied, parameters), expected, "seed \(seed):\n\(text)")
      // Nothing a scenario carries is left between the applied network and the new one.
      let rest = NetworkDiff(old: applied.network, new: new.network).tables
      let left =
        rest.flatMap { $0.added + $0.removed }.filter(\.isEmitted).map(\.key)
        + rest.flatMap(\.changed).filter(\.isEmitted).map(\.key)
      XCTAssertEqual(left, [], "seed \(seed):\n\(text)")
      roundTrips += 1
      if expected != matrices(old, parameters) { timesMoved += 1 }
      if diff.tables.contains(where: { table in
        table.changed.contains { !$0.isEmitted } || table.added.contains { !$0.isEmitted }
      }) {
        listedOnly += 1
      }
      for edit in edits { editTypes[edit.change.type, default: 0] += 1 }
    }
    // The random edits must exercise the round trip, or the test proves nothing.
    XCTAssertGreaterThan(roundTrips, 250)
    XCTAssertGreaterThan(timesMoved, 120, "random edits must move times")
    XCTAssertGreaterThan(listedOnly, 10, "some changes must move no time")
    let needed: [ScenarioEditType] = [
      .addLine, .removeLine, .modifyLine, .addStop, .removeStop, .modifyStop, .addConnector,
      .removeConnector, .modifyConnector, .addStopTransfer, .removeStopTransfer,
      .modifyStopTransfer, .addRoadLink, .modifyRoadLink, .closeRoadLink, .addJunction,
      .removeJunction, .addPlace, .modifyPlace, .removePlace,
    ]
    for type in needed {
      XCTAssertGreaterThan(editTypes[type] ?? 0, 2, "\(type.rawValue) is not exercised")
    }
  }
}
