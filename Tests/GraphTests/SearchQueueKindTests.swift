@_spi(Experiments) import Graph
import XCTest

/// The alternative priority queues kept for measurement pop keys in the same (distance, node)
/// order as the default 4-ary heap, so every result, including settle order and predecessor
/// arcs, is identical.
final class SearchQueueKindTests: XCTestCase {
  func test_everyQueueKind_givesIdenticalResults() {
    for seed in UInt64(8000)..<8300 {
      let c = RandomGraphCase(seed: seed)
      var rng = SplitMix64(seed: seed)
      let graph = CSRGraph(nodeCount: c.nodeCount, arcs: c.arcs)
      let sources = (0..<Int.random(in: 1...3, using: &rng)).map { _ in
        SearchSource(
          node: Int32.random(in: 0..<Int32(c.nodeCount), using: &rng),
          initialSeconds: Int32.random(in: 0...5, using: &rng))
      }
      let cutoff = seed % 2 == 0 ? Distance.unreachable : Int32.random(in: 0...40, using: &rng)
      let targets: [Int32]? =
        seed % 3 == 0 ? [Int32.random(in: 0..<Int32(c.nodeCount), using: &rng)] : nil
      var reference = SearchWorkspace(nodeCount: c.nodeCount)
      reference.run(
        on: graph, from: sources, cutoffSeconds: cutoff, targets: targets, recordPredecessors: true)
      for kind in SearchQueueKind.allCases {
        var workspace = SearchWorkspace(nodeCount: c.nodeCount)
        workspace.run(
          on: graph, from: sources, cutoffSeconds: cutoff, targets: targets,
          recordPredecessors: true, queue: kind)
        XCTAssertEqual(
          Array(workspace.settledNodes), Array(reference.settledNodes), "seed \(seed), \(kind)")
        for v in 0..<Int32(c.nodeCount) {
          XCTAssertEqual(
            workspace.distance(to: v), reference.distance(to: v), "seed \(seed), \(kind)")
          XCTAssertEqual(
            workspace.predecessorArc(of: v), reference.predecessorArc(of: v),
            "seed \(seed), \(kind)")
          XCTAssertEqual(workspace.sourceIndex(of: v), reference.sourceIndex(of: v), "seed \(seed)")
        }
      }
    }
  }

  func test_radixHeap_handlesDistancesFarApart() {
    // Weights spanning many bit lengths push keys into many radix buckets.
    let weights: [Int32] = [1, 1 << 20, 3, 1 << 30, 7, 0, 1 << 12]
    var arcs: [Arc] = []
    for (k, w) in weights.enumerated() {
      arcs.append(Arc(from: 0, to: Int32(k + 1), weight: w))
      arcs.append(Arc(from: Int32(k + 1), to: Int32((k + 2) % 8), weight: w / 2))
    }
    let graph = CSRGraph(nodeCount: 8, arcs: arcs)
    var reference = SearchWorkspace(nodeCount: 8)
    reference.run(on: graph, from: [SearchSource(node: 0)])
    var radix = SearchWorkspace(nodeCount: 8)
    radix.run(on: graph, from: [SearchSource(node: 0)], queue: .radixHeap)
    XCTAssertEqual(Array(radix.settledNodes), Array(reference.settledNodes))
    XCTAssertEqual(
      bellmanFord(nodeCount: 8, arcs: arcs, sources: [SearchSource(node: 0)]),
      engineDistances(radix, nodeCount: 8))
  }
}
