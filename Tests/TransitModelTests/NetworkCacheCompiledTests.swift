import Foundation
import XCTest

@testable import Graph
@testable import TransitModel

/// The compiled structures a cache stores: a network read from a cache hands out, for every
/// profile and any parameters, exactly the compiled network a fresh compile gives (graph arrays,
/// weights, topology), from the stored structure; an edit never uses the base's structures; a
/// structure that cannot be the network's is refused.
final class NetworkCacheCompiledTests: XCTestCase {
  private static let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  private static let folders = [
    here.appendingPathComponent("../../Networks/changchun"),
    here.appendingPathComponent("Fixtures/three-towns"),
    here.appendingPathComponent("../CommuteAnalyzeTests/Fixtures/coverage-network"),
  ].map(\.standardizedFileURL.path)

  private func decoded(_ network: ValidatedNetwork) throws -> ValidatedNetwork {
    let cache = NetworkCache(
      network: network, files: NetworkFiles(files: [:]), networkHash: "h", isEmbedded: false,
      toolVersion: "9.9.9")
    return try NetworkCache(decoding: cache.encoded(), toolVersion: "9.9.9").network
  }

  private func assertIdentical(
    _ a: CSRGraph, _ b: CSRGraph, _ message: String, line: UInt = #line
  ) {
    XCTAssertEqual(a.rowOffsets, b.rowOffsets, message, line: line)
    XCTAssertEqual(
      (0..<a.arcCount).map { a.target(ofArc: $0) }, (0..<b.arcCount).map { b.target(ofArc: $0) },
      message, line: line)
    XCTAssertEqual(a.arcWeights, b.arcWeights, message, line: line)
  }

  /// Every array of the two compiled networks is the same.
  private func assertIdentical(
    _ a: CompiledNetwork, _ b: CompiledNetwork, _ message: String, line: UInt = #line
  ) {
    XCTAssertEqual(a.network, b.network, message, line: line)
    XCTAssertEqual(a.profile, b.profile, message, line: line)
    XCTAssertEqual(a.parameters, b.parameters, message, line: line)
    assertIdentical(a.graph, b.graph, message + " graph", line: line)
    assertIdentical(a.reverse.graph, b.reverse.graph, message + " reverse", line: line)
    XCTAssertEqual(a.layout, b.layout, message, line: line)
    XCTAssertEqual(a.patterns, b.patterns, message, line: line)
    XCTAssertEqual(a.arcRoles, b.arcRoles, message, line: line)
    XCTAssertEqual(a.reverse.originalArc, b.reverse.originalArc, message, line: line)
    XCTAssertEqual(
      a.topology.linkEnds.map { [$0.from, $0.to] }, b.topology.linkEnds.map { [$0.from, $0.to] },
      message, line: line)
  }

  /// For each profile and each of `parameters`: the network read back from its cache hands out,
  /// from its stored structure (the very arrays), what compiling the original gives.
  private func assertCompiledFromCache(
    _ network: ValidatedNetwork, parameters: [Parameters], _ message: String, line: UInt = #line
  ) throws {
    XCTAssertNil(network.compiledStructures, message, line: line)
    let cached = try decoded(network)
    XCTAssertEqual(cached.compiledStructures?.profiles, Profile.allCases, message, line: line)
    for profile in Profile.allCases {
      for parameters in parameters {
        let fromCache = CompiledNetwork(network: cached, profile: profile, parameters: parameters)
        assertIdentical(
          fromCache,
          CompiledNetwork(compiling: network, profile: profile, parameters: parameters),
          "\(message) \(profile)", line: line)
      }
    }
  }

  private static var otherParameters: Parameters {
    var parameters = Parameters.defaults
    parameters.congestionFactor = 1.7
    parameters.transferPenaltyMinutes = 11
    parameters.waitCapMinutes = 12
    parameters.dwellMinutes = 0.5
    parameters.parkingMinutes = 9
    parameters.urbanSpeedKmh = 21
    parameters.railBoardingMinutes = 4
    return parameters
  }

  func test_defaultNetworkAndFixtures_fromTheCache_areTheirFreshCompiles() throws {
    XCTAssertNotEqual(Self.otherParameters, .defaults)
    for folder in Self.folders {
      let network = try NetworkLoader.load(NetworkFiles.directory(folder)).network
      XCTAssertFalse(network.stops.isEmpty, folder)
      try assertCompiledFromCache(
        network, parameters: [.defaults, Self.otherParameters], folder)
    }
  }

  func test_aCacheWithoutGraphs_carriesNone_andCompilesAsFromCSV() throws {
    let network = try NetworkLoader.load(NetworkFiles.directory(Self.folders[0])).network
    let cache = NetworkCache(
      network: network, files: NetworkFiles(files: [:]), networkHash: "h", isEmbedded: false,
      toolVersion: "9.9.9")
    let lean = cache.encoded(includingGraphs: false)
    XCTAssertLessThan(lean.count * 2, cache.encoded().count)
    let read = try NetworkCache(decoding: lean, toolVersion: "9.9.9")
    XCTAssertEqual(read.network, network)
    XCTAssertEqual(read.network.compiledStructures?.profiles ?? [], [])
    // What was read writes back the same: still without graphs.
    XCTAssertEqual(read.encoded(), lean)
    for profile in CacheSchema.profiles {
      assertIdentical(
        CompiledNetwork(network: read.network, profile: profile, parameters: .defaults).graph,
        CompiledNetwork(network: network, profile: profile, parameters: .defaults).graph,
        "\(profile)")
    }
  }

  func test_randomAndEditedNetworks_fromTheCache_areTheirFreshCompiles() throws {
    var random = SplitMix64(seed: 2_626)
    var edited = 0
    for round in 0..<40 {
      let network = try RandomNetwork.make(&random)
      let parameters = [.defaults, RandomNetwork.parameters(&random)]
      try assertCompiledFromCache(network, parameters: parameters, "round \(round)")
      let edit = RandomNetworkEdits.apply(3, to: network.network, &random)
      if let valid = try? edit.validated(sources: network.sources) {
        try assertCompiledFromCache(valid, parameters: parameters, "round \(round) edited")
        edited += 1
      }
    }
    XCTAssertGreaterThan(edited, 10, "the edits must leave valid networks often enough")
  }

  /// An edit of a cached network is a new network: it carries no structure, and compiles as the
  /// edit of a network read from CSV does, also when the edit changes the structure.
  func test_editsOfACachedNetwork_neverUseItsStructures() throws {
    var random = SplitMix64(seed: 3_737)
    var changedStructure = 0
    for round in 0..<30 {
      let network = try RandomNetwork.make(&random)
      let cached = try decoded(network)
      let edit = RandomNetworkEdits.apply(2, to: network.network, &random)
      guard let fromCSV = try? edit.validated(sources: network.sources),
        let fromCache = try? edit.validated(sources: cached.sources)
      else { continue }
      XCTAssertNil(fromCache.compiledStructures)
      for profile in Profile.allCases {
        let base = CompiledNetwork(network: cached, profile: profile, parameters: .defaults)
        if !base.hasSameStructure(as: fromCache) { changedStructure += 1 }
        assertIdentical(
          CompiledNetwork(network: fromCache, profile: profile, parameters: .defaults),
          CompiledNetwork(compiling: fromCSV, profile: profile, parameters: .defaults),
          "round \(round) \(profile)")
        assertIdentical(
          base.recompiled(for: fromCache),
          CompiledNetwork(compiling: fromCSV, profile: profile, parameters: .defaults),
          "round \(round) \(profile) recompiled")
      }
    }
    XCTAssertGreaterThan(changedStructure, 20, "some edits must change the structure")
  }

  /// The structure a network carries is the one weighted, not a compile: carried under another
  /// profile's name, the car layer's structure is what `any` hands out.
  func test_aCarriedStructure_isWhatCompilingHandsOut() throws {
    let network = try NetworkLoader.load(NetworkFiles.directory(Self.folders[1])).network
    guard let car = CompiledStructures(compiling: network)[.car] else { return XCTFail() }
    let carrying = network.carrying(
      CompiledStructures([
        CompiledStructure(
          profile: .any, graph: car.graph, reversal: car.reversal, topology: car.topology)
      ]))
    let handedOut = CompiledNetwork(network: carrying, profile: .any, parameters: .defaults)
    XCTAssertEqual(handedOut.profile, .any)
    XCTAssertEqual(handedOut.arcRoles, car.topology.arcRoles)
    XCTAssertNotEqual(
      handedOut.arcRoles,
      CompiledNetwork(network: network, profile: .any, parameters: .defaults).arcRoles)
    // A profile it does not carry is compiled.
    assertIdentical(
      CompiledNetwork(network: carrying, profile: .rail, parameters: .defaults),
      CompiledNetwork(compiling: network, profile: .rail, parameters: .defaults), "rail")
  }

  /// A cache is trusted as written once its checksum holds: a damaged one may hold a road link
  /// whose end names no road node, with the link ends stored as read. Written again, it writes
  /// what it read (found by the cache fuzz target: it wrote ends from the network's ids).
  func test_whatWasRead_writesBackTheSame_evenWithALinkEndThatNamesNoRoadNode() throws {
    let network = try NetworkLoader.load(NetworkFiles.directory(Self.folders[2])).network
    let cached = try decoded(network)
    guard let structures = cached.compiledStructures, var link = network.roadLinks.first else {
      return XCTFail("the fixture has road links")
    }
    var renamed = cached.network
    link.from = RoadNodeID("nowhere")
    renamed.roadLinks.update(link)
    XCTAssertNil(renamed.roadNode(link.from))
    let damaged = try Network.accept(renamed, cached.warnings, sources: cached.sources)
      .carrying(structures)
    let written = NetworkCache(
      network: damaged, files: NetworkFiles(files: [:]), networkHash: "h", isEmbedded: false,
      toolVersion: "9.9.9"
    ).encoded()
    let again = try NetworkCache(decoding: written, toolVersion: "9.9.9")
    XCTAssertEqual(again.encoded(), written)
  }

  // MARK: - Structures that cannot be the network's

  /// The cache of `network` with the stored structure of `profile` replaced by `change` of it.
  private func refusal(
    _ network: ValidatedNetwork, _ profile: Profile,
    _ change: (CompiledStructure) -> CompiledStructure
  ) -> NetworkCacheError? {
    let compiled = CompiledStructures(compiling: network)
    let structures = Profile.allCases.compactMap { stored in
      compiled[stored].map { stored == profile ? change($0) : $0 }
    }
    let cache = NetworkCache(
      network: network.carrying(CompiledStructures(structures)),
      files: NetworkFiles(files: [:]), networkHash: "h", isEmbedded: false, toolVersion: "9.9.9")
    do {
      _ = try NetworkCache(decoding: cache.encoded(), toolVersion: "9.9.9")
      return nil
    } catch {
      return error
    }
  }

  private func topology(
    _ structure: CompiledStructure, patterns: [RidePattern]? = nil, roles: ArcRoles? = nil
  ) -> CompiledStructure {
    let topology = structure.topology
    return CompiledStructure(
      profile: structure.profile, graph: structure.graph, reversal: structure.reversal,
      topology: GraphTopology(
        layout: topology.layout, patterns: patterns ?? topology.patterns,
        arcRoles: roles ?? topology.arcRoles, linkEnds: topology.linkEnds))
  }

  private func replacingRole(
    _ structure: CompiledStructure, where matches: (ArcRole) -> Bool, by role: ArcRole
  ) -> CompiledStructure {
    var roles = Array(structure.topology.arcRoles)
    guard let index = roles.firstIndex(where: matches) else { return structure }
    roles[index] = role
    return topology(structure, roles: ArcRoles(roles))
  }

  func test_structuresThatCannotBeTheNetworks_areRefused() throws {
    let folder = Self.folders[0]
    let network = try NetworkLoader.load(NetworkFiles.directory(folder)).network
    XCTAssertNil(refusal(network, .any) { $0 }, "the unchanged structure is read")
    let stops = network.stops.count
    let cases: [(String, Profile, (CompiledStructure) -> CompiledStructure)] = [
      (
        "a stop out of range", .transit,
        {
          self.replacingRole(
            $0, where: { if case .transferPenalty = $0 { true } else { false } },
            by: .transferPenalty(stop: stops))
        }
      ),
      (
        "a ride from the last stop", .rail,
        {
          let last = $0.topology.patterns[0].stops.count - 1
          return self.replacingRole(
            $0, where: { if case .ride = $0 { true } else { false } },
            by: .ride(pattern: 0, position: last))
        }
      ),
      (
        "a pattern out of range", .any,
        {
          self.replacingRole(
            $0, where: { if case .wait = $0 { true } else { false } },
            by: .wait(pattern: $0.topology.patterns.count, position: 0))
        }
      ),
      (
        "a drive without the car layer", .transit,
        {
          self.replacingRole(
            $0, where: { if case .stay = $0 { true } else { false } },
            by: .drive(link: 0, reversed: false))
        }
      ),
      (
        "a pattern over fewer stops than its line", .transit,
        {
          var patterns = $0.topology.patterns
          patterns[0].stops.removeLast()
          return self.topology($0, patterns: patterns)
        }
      ),
      (
        "arc heads out of order", .car,
        {
          // The heads of the first node with two different ones, swapped: not a built graph.
          let graph = $0.graph
          guard
            let node = (0..<Int32(graph.nodeCount)).first(where: {
              Set(graph.arcRange(from: $0).map(graph.target(ofArc:))).count > 1
            })
          else { return $0 }
          let range = graph.arcRange(from: node)
          var targets = ContiguousArray((0..<graph.arcCount).map(graph.target(ofArc:)))
          targets.swapAt(range.lowerBound, range.upperBound - 1)
          XCTAssertNil(CSRGraph(offsets: graph.rowOffsets, targets: targets))
          let swapped = CSRGraph(
            offsets: graph.rowOffsets,
            arcs: ContiguousArray(targets.map { CSRGraph.pack(head: $0, weight: 0) }))
          return CompiledStructure(
            profile: $0.profile, graph: swapped,
            reversal: $0.reversal, topology: $0.topology)
        }
      ),
    ]
    for (what, profile, change) in cases {
      guard case .damaged(let message)? = refusal(network, profile, change) else {
        XCTFail("\(what): not refused as damaged")
        continue
      }
      XCTAssertFalse(message.isEmpty, what)
    }
  }
}
