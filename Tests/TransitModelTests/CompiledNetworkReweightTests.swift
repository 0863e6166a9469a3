import XCTest

@testable import TransitModel

/// The graph structure is compiled once: other parameters, or an edit that changes only figures,
/// re-weight it, with exactly the arcs and times a fresh compile gives.
final class CompiledNetworkReweightTests: XCTestCase {
  private func assertSameGraph(
    _ a: CompiledNetwork, _ b: CompiledNetwork, _ message: String, line: UInt = #line
  ) {
    XCTAssertEqual(a.graph.arcCount, b.graph.arcCount, message, line: line)
    XCTAssertEqual(a.graph.arcWeights, b.graph.arcWeights, message, line: line)
    XCTAssertEqual(a.reverse.graph.arcWeights, b.reverse.graph.arcWeights, message, line: line)
    XCTAssertEqual(a.arcRoles, b.arcRoles, message, line: line)
    XCTAssertEqual(
      TravelTimeEngine(a).matrix(threadCount: 1), TravelTimeEngine(b).matrix(threadCount: 1),
      message, line: line)
  }

  func test_otherParameters_reweightTheSameStructure_exactlyAsAFreshCompile() throws {
    var changedWeights = 0
    for seed in 0..<150 {
      var random = SplitMix64(seed: UInt64(seed) &+ 7_000)
      let network = try RandomNetwork.make(&random)
      let first = RandomNetwork.parameters(&random)
      let second = RandomNetwork.parameters(&random)
      for profile in Profile.allCases {
        let compiled = CompiledNetwork(network: network, profile: profile, parameters: first)
        // The reverse graph is built on first use; a re-weighting re-weights it when it is
        // built, else leaves it to be built from the new weights: both give a fresh compile's.
        XCTAssertFalse(compiled.reversal.isBuilt)
        let reverseFirst = seed % 2 == 0
        if reverseFirst { _ = compiled.reverse }
        let reweighted = compiled.reweighted(parameters: second)
        XCTAssertEqual(reweighted.reversal.isBuilt, reverseFirst)
        let fresh = CompiledNetwork(network: network, profile: profile, parameters: second)
        assertSameGraph(reweighted, fresh, "seed \(seed) \(profile)")
        if compiled.graph.arcWeights != fresh.graph.arcWeights { changedWeights += 1 }
      }
    }
    // The random parameters must actually change weights, or the test proves nothing.
    XCTAssertGreaterThan(changedWeights, 100)
  }

  func test_editedFigures_keepTheStructure_editedRows_rebuildIt() throws {
    var reused = 0
    var rebuilt = 0
    for seed in 0..<150 {
      var random = SplitMix64(seed: UInt64(seed) &+ 9_000)
      let base = try RandomNetwork.make(&random)
      var edited = base.network
      // Figures only: a headway, a link's minutes, a connector's minutes.
      if let line = edited.lines.first {
        var changed = line
        changed.frequency = .headway(minutes: Double(random.int(1...90)))
        edited.lines.update(changed)
      }
      if let link = edited.roadLinks.first {
        var changed = link
        changed.minutes = Double(random.int(1...90))
        edited.roadLinks.update(changed)
      }
      if let connector = edited.connectors.first {
        var changed = connector
        changed.minutes = Double(random.int(0...30))
        edited.connectors.update(changed)
      }
      let sameStructure = try edited.validated()
      // A row removed: the structure changes.
      var removed = sameStructure.network
      if let connector = removed.connectors.first { removed.connectors.remove(key: connector.key) }
      let otherStructure = try removed.validated()
      for profile in Profile.allCases {
        let compiled = CompiledNetwork(network: base, profile: profile, parameters: .defaults)
        XCTAssertTrue(compiled.hasSameStructure(as: sameStructure), "seed \(seed) \(profile)")
        assertSameGraph(
          compiled.recompiled(for: sameStructure),
          CompiledNetwork(network: sameStructure, profile: profile, parameters: .defaults),
          "seed \(seed) \(profile) figures")
        reused += 1
        if !compiled.hasSameStructure(as: otherStructure) { rebuilt += 1 }
        assertSameGraph(
          compiled.recompiled(for: otherStructure),
          CompiledNetwork(network: otherStructure, profile: profile, parameters: .defaults),
          "seed \(seed) \(profile) rows")
      }
    }
    XCTAssertGreaterThan(rebuilt, 100, "removing a connector must change some structures")
    XCTAssertEqual(reused, 600)
  }
}
