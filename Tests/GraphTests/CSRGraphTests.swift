import Graph
import XCTest

final class CSRGraphTests: XCTestCase {
  func test_arcs_areSortedByTailHeadAndInputOrder() {
    let arcs = [
      Arc(from: 2, to: 0, weight: 1), Arc(from: 0, to: 3, weight: 2),
      Arc(from: 0, to: 1, weight: 3),
      Arc(from: 0, to: 1, weight: 4), Arc(from: 2, to: 2, weight: 5),
    ]
    let graph = CSRGraph(nodeCount: 4, arcs: arcs)
    XCTAssertEqual(graph.nodeCount, 4)
    XCTAssertEqual(graph.arcCount, 5)
    let listed = (0..<graph.arcCount).map {
      Arc(
        from: graph.source(ofArc: $0), to: graph.target(ofArc: $0), weight: graph.weight(ofArc: $0))
    }
    XCTAssertEqual(listed, [arcs[2], arcs[3], arcs[1], arcs[0], arcs[4]])
    XCTAssertEqual(graph.arcRange(from: 0), 0..<3)
    XCTAssertEqual(graph.arcRange(from: 1), 3..<3)
    XCTAssertEqual(graph.arcRange(from: 2), 3..<5)
    XCTAssertEqual(graph.arcRange(from: 3), 5..<5)
  }

  func test_sourceOfArc_matchesArcRanges_onRandomGraphs() {
    for seed in UInt64(0)..<200 {
      let c = RandomGraphCase(seed: seed)
      let graph = CSRGraph(nodeCount: c.nodeCount, arcs: c.arcs)
      XCTAssertEqual(graph.arcCount, c.arcs.count)
      for u in 0..<Int32(c.nodeCount) {
        for arc in graph.arcRange(from: u) { XCTAssertEqual(graph.source(ofArc: arc), u) }
      }
      // The multiset of arcs is kept.
      let listed = (0..<graph.arcCount).map {
        Arc(
          from: graph.source(ofArc: $0), to: graph.target(ofArc: $0),
          weight: graph.weight(ofArc: $0))
      }
      XCTAssertEqual(
        listed,
        c.arcs.enumerated().sorted { ($0.1.from, $0.1.to, $0.0) < ($1.1.from, $1.1.to, $1.0) }.map(
          \.1),
        "seed \(seed)")
    }
  }

  /// Arcs given as endpoint pairs and weights build the graph `Arc`s build, with for each arc the
  /// input index it came from (also given alone by `arcOrder`): checked against sorting the input
  /// by (tail, head, input order), on random graphs and on their arcs already in that order (no
  /// sort needed).
  func test_buildFromEndpoints_equalsSortingTheInput() {
    for seed in UInt64(0)..<300 {
      let c = RandomGraphCase(seed: seed)
      var arcs = c.arcs
      if seed % 3 == 0 { arcs.sort { ($0.from, $0.to) < ($1.from, $1.to) } }
      let endpoints = arcs.map { UInt64(UInt32($0.from)) << 32 | UInt64(UInt32($0.to)) }
      let built = CSRGraph.build(nodeCount: c.nodeCount, endpoints: endpoints) {
        arcs[$0].weight
      }
      let expectedOrder = arcs.indices.sorted {
        (arcs[$0].from, arcs[$0].to, $0) < (arcs[$1].from, arcs[$1].to, $1)
      }
      XCTAssertEqual(built.inputArc.map(Int.init), expectedOrder, "seed \(seed)")
      XCTAssertEqual(
        CSRGraph.arcOrder(nodeCount: c.nodeCount, endpoints: endpoints), built.inputArc,
        "seed \(seed)")
      let listed = (0..<built.graph.arcCount).map {
        Arc(
          from: built.graph.source(ofArc: $0), to: built.graph.target(ofArc: $0),
          weight: built.graph.weight(ofArc: $0))
      }
      XCTAssertEqual(listed, expectedOrder.map { arcs[$0] }, "seed \(seed)")
      let fromArcs = CSRGraph.build(nodeCount: c.nodeCount, arcs: arcs)
      XCTAssertEqual(fromArcs.inputArc, built.inputArc, "seed \(seed)")
      XCTAssertEqual(
        (0..<Int32(c.nodeCount)).map { built.graph.arcRange(from: $0) },
        (0..<Int32(c.nodeCount)).map { fromArcs.graph.arcRange(from: $0) }, "seed \(seed)")
    }
  }

  func test_reversedGraph_equalsBellmanFordOnFlippedArcs_andMapsArcsBack() {
    for seed in UInt64(6000)..<6500 {
      let c = RandomGraphCase(seed: seed)
      let graph = CSRGraph(nodeCount: c.nodeCount, arcs: c.arcs)
      let (reverse, originalArc) = graph.reversed()
      XCTAssertEqual(reverse.arcCount, graph.arcCount)
      XCTAssertEqual(Set(originalArc).count, graph.arcCount, "seed \(seed): not a permutation")
      for k in 0..<reverse.arcCount {
        let e = Int(originalArc[k])
        XCTAssertEqual(reverse.source(ofArc: k), graph.target(ofArc: e), "seed \(seed)")
        XCTAssertEqual(reverse.target(ofArc: k), graph.source(ofArc: e), "seed \(seed)")
        XCTAssertEqual(reverse.weight(ofArc: k), graph.weight(ofArc: e), "seed \(seed)")
      }
      // In the order the general builder gives the flipped arcs taken in arc index order.
      let flippedInOrder = (0..<graph.arcCount).map {
        Arc(
          from: graph.target(ofArc: $0), to: graph.source(ofArc: $0),
          weight: graph.weight(ofArc: $0))
      }
      let built = CSRGraph.build(nodeCount: c.nodeCount, arcs: flippedInOrder)
      XCTAssertEqual(originalArc, built.inputArc, "seed \(seed)")
      XCTAssertEqual(
        (0..<Int32(c.nodeCount)).map { reverse.arcRange(from: $0) },
        (0..<Int32(c.nodeCount)).map { built.graph.arcRange(from: $0) }, "seed \(seed)")
      let flipped = c.arcs.map { Arc(from: $0.to, to: $0.from, weight: $0.weight) }
      var workspace = SearchWorkspace(nodeCount: c.nodeCount)
      let sources = [SearchSource(node: Int32(seed % UInt64(c.nodeCount)))]
      workspace.run(on: reverse, from: sources)
      XCTAssertEqual(
        engineDistances(workspace, nodeCount: c.nodeCount),
        bellmanFord(nodeCount: c.nodeCount, arcs: flipped, sources: sources), "seed \(seed)")
    }
  }

  func test_reweightedGraph_equalsBellmanFordWithTheNewWeights() {
    for seed in UInt64(7000)..<7500 {
      let c = RandomGraphCase(seed: seed)
      var rng = SplitMix64(seed: seed)
      let graph = CSRGraph(nodeCount: c.nodeCount, arcs: c.arcs)
      let newWeights = (0..<graph.arcCount).map { _ in Int32.random(in: 0...50, using: &rng) }
      let reweighted = graph.reweighted(newWeights)
      let arcs = (0..<graph.arcCount).map {
        Arc(from: graph.source(ofArc: $0), to: graph.target(ofArc: $0), weight: newWeights[$0])
      }
      var workspace = SearchWorkspace(nodeCount: c.nodeCount)
      let sources = [SearchSource(node: 0)]
      workspace.run(on: reweighted, from: sources)
      XCTAssertEqual(
        engineDistances(workspace, nodeCount: c.nodeCount),
        bellmanFord(nodeCount: c.nodeCount, arcs: arcs, sources: sources), "seed \(seed)")
      XCTAssertEqual(reweighted.arcWeights, newWeights)
      XCTAssertEqual(graph.arcWeights, c.arcs.isEmpty ? [] : graph.arcWeights, "original unchanged")
    }
  }

  /// OSRM-style table: a tiny map and its expected matrix (seconds; blank = unreachable).
  ///
  ///     a --10--> b --5--> c        d (isolated)
  ///     ^                  |
  ///     +-------3----------+
  ///
  /// |   | a  | b  | c  | d |
  /// | a | 0  | 10 | 15 |   |
  /// | b | 8  | 0  | 5  |   |
  /// | c | 3  | 13 | 0  |   |
  /// | d |    |    |    | 0 |
  func test_tinyMap_matrix() {
    let u = Distance.unreachable
    let graph = CSRGraph(
      nodeCount: 4,
      arcs: [
        Arc(from: 0, to: 1, weight: 10), Arc(from: 1, to: 2, weight: 5),
        Arc(from: 2, to: 0, weight: 3),
      ])
    let matrix = BatchRunner(graph: graph, threadCount: 1).distanceMatrix(
      from: [0, 1, 2, 3], to: [0, 1, 2, 3])
    XCTAssertEqual(matrix.seconds, [0, 10, 15, u, 8, 0, 5, u, 3, 13, 0, u, u, u, u, 0])
  }
}
