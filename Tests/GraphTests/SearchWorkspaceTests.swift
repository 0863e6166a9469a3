import Graph
import XCTest

/// Dijkstra checked against Bellman–Ford (`bellmanFord` in GraphTestSupport.swift) on seeded
/// random small graphs with zero weights, parallel arcs, self-loops and unreachable nodes.
final class SearchWorkspaceTests: XCTestCase {
  func test_singleSource_equalsBellmanFord_on500RandomGraphs() {
    for seed in UInt64(0)..<500 {
      let c = RandomGraphCase(seed: seed)
      let graph = CSRGraph(nodeCount: c.nodeCount, arcs: c.arcs)
      var workspace = SearchWorkspace(nodeCount: c.nodeCount)
      for source in 0..<Int32(c.nodeCount) {
        let sources = [SearchSource(node: source)]
        workspace.run(on: graph, from: sources)
        let expected = bellmanFord(nodeCount: c.nodeCount, arcs: c.arcs, sources: sources)
        XCTAssertEqual(
          engineDistances(workspace, nodeCount: c.nodeCount), expected,
          "seed \(seed), source \(source)")
        XCTAssertEqual(workspace.settledCount, expected.compactMap { $0 }.count, "seed \(seed)")
      }
    }
  }

  func test_multiSourceWithOffsets_equalsMinimumOverSources_andNamesANearestSource() {
    for seed in UInt64(1000)..<1500 {
      let c = RandomGraphCase(seed: seed)
      var rng = SplitMix64(seed: seed)
      let graph = CSRGraph(nodeCount: c.nodeCount, arcs: c.arcs)
      var workspace = SearchWorkspace(nodeCount: c.nodeCount)
      let sources = (0..<Int.random(in: 1...4, using: &rng)).map { _ in
        SearchSource(
          node: Int32.random(in: 0..<Int32(c.nodeCount), using: &rng),
          initialSeconds: Int32.random(in: 0...20, using: &rng))
      }
      workspace.run(on: graph, from: sources)
      let expected = bellmanFord(nodeCount: c.nodeCount, arcs: c.arcs, sources: sources)
      XCTAssertEqual(engineDistances(workspace, nodeCount: c.nodeCount), expected, "seed \(seed)")
      // The named source really reaches the node at that distance (from its own offset).
      let perSource = sources.map {
        bellmanFord(nodeCount: c.nodeCount, arcs: c.arcs, sources: [$0])
      }
      for v in 0..<c.nodeCount {
        guard let d = expected[v] else {
          XCTAssertNil(workspace.sourceIndex(of: Int32(v)), "seed \(seed), node \(v)")
          continue
        }
        guard let index = workspace.sourceIndex(of: Int32(v)) else {
          XCTFail("seed \(seed): reached node \(v) has no source index")
          continue
        }
        XCTAssertEqual(perSource[Int(index)][v], d, "seed \(seed), node \(v)")
      }
    }
  }

  func test_cutoff_keepsExactlyTheNodesWithinIt() {
    for seed in UInt64(2000)..<2500 {
      let c = RandomGraphCase(seed: seed)
      var rng = SplitMix64(seed: seed)
      let graph = CSRGraph(nodeCount: c.nodeCount, arcs: c.arcs)
      var workspace = SearchWorkspace(nodeCount: c.nodeCount)
      let sources = [
        SearchSource(
          node: Int32.random(in: 0..<Int32(c.nodeCount), using: &rng),
          initialSeconds: Int32.random(in: 0...3, using: &rng))
      ]
      let cutoff = Int32.random(in: 0...30, using: &rng)
      workspace.run(on: graph, from: sources, cutoffSeconds: cutoff)
      let expected = bellmanFord(
        nodeCount: c.nodeCount, arcs: c.arcs, sources: sources, cutoff: Int64(cutoff))
      XCTAssertEqual(
        engineDistances(workspace, nodeCount: c.nodeCount), expected,
        "seed \(seed), cutoff \(cutoff)")
      XCTAssertEqual(
        Set(workspace.settledNodes),
        Set(expected.indices.filter { expected[$0] != nil }.map { Int32($0) }), "seed \(seed)")
    }
  }

  func test_targets_stopEarlyWithExactTargetDistances() {
    for seed in UInt64(3000)..<3500 {
      let c = RandomGraphCase(seed: seed)
      var rng = SplitMix64(seed: seed)
      let graph = CSRGraph(nodeCount: c.nodeCount, arcs: c.arcs)
      var workspace = SearchWorkspace(nodeCount: c.nodeCount)
      let sources = [SearchSource(node: Int32.random(in: 0..<Int32(c.nodeCount), using: &rng))]
      let targets = (0..<Int.random(in: 0...3, using: &rng)).map { _ in
        Int32.random(in: 0..<Int32(c.nodeCount), using: &rng)
      }
      workspace.run(on: graph, from: sources, targets: targets, recordPredecessors: true)
      let expected = bellmanFord(nodeCount: c.nodeCount, arcs: c.arcs, sources: sources)
      for t in targets {
        XCTAssertEqual(
          engineDistances(workspace, nodeCount: c.nodeCount)[Int(t)], expected[Int(t)],
          "seed \(seed), target \(t)")
      }
      // Whatever else is reported as reached is exact too, and was settled.
      let settled = Set(workspace.settledNodes)
      for v in 0..<Int32(c.nodeCount) where workspace.distance(to: v) != Distance.unreachable {
        XCTAssertEqual(Int64(workspace.distance(to: v)), expected[Int(v)], "seed \(seed)")
        XCTAssertTrue(settled.contains(v), "seed \(seed): node \(v) reported but not settled")
      }
      XCTAssertEqual(settled.count, workspace.settledCount)
      assertPredecessorsFormShortestPaths(workspace, graph, sources, "seed \(seed)")
    }
  }

  func test_predecessorArcs_formValidShortestPaths() {
    for seed in UInt64(4000)..<4500 {
      let c = RandomGraphCase(seed: seed)
      var rng = SplitMix64(seed: seed)
      let graph = CSRGraph(nodeCount: c.nodeCount, arcs: c.arcs)
      var workspace = SearchWorkspace(nodeCount: c.nodeCount)
      let sources = (0..<Int.random(in: 1...3, using: &rng)).map { _ in
        SearchSource(
          node: Int32.random(in: 0..<Int32(c.nodeCount), using: &rng),
          initialSeconds: Int32.random(in: 0...5, using: &rng))
      }
      workspace.run(on: graph, from: sources, recordPredecessors: true)
      XCTAssertEqual(
        engineDistances(workspace, nodeCount: c.nodeCount),
        bellmanFord(nodeCount: c.nodeCount, arcs: c.arcs, sources: sources), "seed \(seed)")
      assertPredecessorsFormShortestPaths(workspace, graph, sources, "seed \(seed)")
      // pathArcs: a chain of arcs from a source to the node whose weights add up to its
      // distance.
      for v in 0..<Int32(c.nodeCount) {
        guard let path = workspace.pathArcs(to: v, in: graph) else {
          XCTAssertEqual(workspace.distance(to: v), Distance.unreachable, "seed \(seed)")
          continue
        }
        let start = path.first.map { graph.source(ofArc: Int($0)) } ?? v
        let offset = sources.filter { $0.node == start }.map(\.initialSeconds).min()
        XCTAssertNotNil(offset, "seed \(seed): path to \(v) starts at non-source \(start)")
        let total = path.reduce(Int64(offset ?? 0)) { $0 + Int64(graph.weight(ofArc: Int($1))) }
        XCTAssertEqual(total, Int64(workspace.distance(to: v)), "seed \(seed), node \(v)")
        for (a, b) in zip(path, path.dropFirst()) {
          XCTAssertEqual(graph.target(ofArc: Int(a)), graph.source(ofArc: Int(b)), "seed \(seed)")
        }
        XCTAssertEqual(path.last.map { graph.target(ofArc: Int($0)) } ?? v, v)
      }
    }
  }

  /// Settling order is nondecreasing in distance. (Not sorted by node within a distance: a
  /// zero-weight arc can queue a lower node id at the current distance after a higher one was
  /// settled; the order is still a function of the input alone.)
  func test_settledNodes_comeInNondecreasingDistanceOrder_andRepeatIdentically() {
    for seed in UInt64(5000)..<5100 {
      let c = RandomGraphCase(seed: seed)
      let graph = CSRGraph(nodeCount: c.nodeCount, arcs: c.arcs)
      var workspace = SearchWorkspace(nodeCount: c.nodeCount)
      workspace.run(on: graph, from: [SearchSource(node: 0)])
      let order = Array(workspace.settledNodes)
      let keys = order.map { workspace.distance(to: $0) }
      XCTAssertTrue(zip(keys, keys.dropFirst()).allSatisfy { $0 <= $1 }, "seed \(seed): \(keys)")
      workspace.run(on: graph, from: [SearchSource(node: 0)])
      XCTAssertEqual(Array(workspace.settledNodes), order, "seed \(seed)")
    }
  }

  func test_copiedWorkspace_keepsItsOwnResults() {
    let graph = CSRGraph(
      nodeCount: 3, arcs: [Arc(from: 0, to: 1, weight: 5), Arc(from: 1, to: 2, weight: 7)])
    var first = SearchWorkspace(nodeCount: 3)
    first.run(on: graph, from: [SearchSource(node: 0)])
    var second = first
    second.run(on: graph, from: [SearchSource(node: 1)])
    // 0 -> 1 -> 2 costs 5 + 7 = 12 from node 0; from node 1, node 0 is unreachable.
    XCTAssertEqual((0..<3).map { first.distance(to: $0) }, [0, 5, 12])
    XCTAssertEqual((0..<3).map { second.distance(to: $0) }, [Distance.unreachable, 0, 7])
  }

  func test_duplicateSources_startAtTheSmallerOffset_andNegativeCutoffReachesNothing() {
    let graph = CSRGraph(nodeCount: 2, arcs: [Arc(from: 0, to: 1, weight: 4)])
    var workspace = SearchWorkspace(nodeCount: 2)
    workspace.run(
      on: graph,
      from: [SearchSource(node: 0, initialSeconds: 9), SearchSource(node: 0, initialSeconds: 2)])
    // The second listing of node 0 starts at 2 s: node 1 is at 2 + 4 = 6 s, via source index 1.
    XCTAssertEqual(workspace.distance(to: 1), 6)
    XCTAssertEqual(workspace.sourceIndex(of: 1), 1)
    workspace.run(on: graph, from: [SearchSource(node: 0)], cutoffSeconds: -1)
    XCTAssertEqual(workspace.settledCount, 0)
    XCTAssertEqual(workspace.distance(to: 0), Distance.unreachable)
  }

  func test_pathsLongerThanInt32_areUnreachableNotWrapped() {
    // Two arcs of Int32.max - 1 seconds: the second hop would need 2^32 - 4 seconds.
    let big = Int32.max - 1
    let graph = CSRGraph(
      nodeCount: 3, arcs: [Arc(from: 0, to: 1, weight: big), Arc(from: 1, to: 2, weight: big)])
    var workspace = SearchWorkspace(nodeCount: 3)
    workspace.run(on: graph, from: [SearchSource(node: 0)])
    XCTAssertEqual(workspace.distance(to: 1), big)
    XCTAssertEqual(workspace.distance(to: 2), Distance.unreachable)
  }
}

/// Every reached node other than a source at its own offset has a predecessor arc that ends
/// at it and is tight (`dist[tail] + weight == dist[node]`), and following the arcs back always
/// ends at a source, without a cycle.
func assertPredecessorsFormShortestPaths(
  _ workspace: SearchWorkspace, _ graph: CSRGraph, _ sources: [SearchSource], _ context: String,
  file: StaticString = #filePath, line: UInt = #line
) {
  for v in 0..<Int32(graph.nodeCount) where workspace.distance(to: v) != Distance.unreachable {
    var node = v
    var steps = 0
    while let arc = workspace.predecessorArc(of: node) {
      let tail = graph.source(ofArc: Int(arc))
      XCTAssertEqual(graph.target(ofArc: Int(arc)), node, context, file: file, line: line)
      XCTAssertEqual(
        Int64(workspace.distance(to: tail)) + Int64(graph.weight(ofArc: Int(arc))),
        Int64(workspace.distance(to: node)), "\(context): arc \(arc) is not tight", file: file,
        line: line)
      node = tail
      steps += 1
      if steps > graph.nodeCount {
        XCTFail("\(context): predecessor cycle through node \(v)", file: file, line: line)
        return
      }
    }
    let isSourceAtOffset = sources.contains {
      $0.node == node && $0.initialSeconds == workspace.distance(to: node)
    }
    XCTAssertTrue(
      isSourceAtOffset, "\(context): path from \(v) ends at non-source \(node)", file: file,
      line: line)
  }
}
