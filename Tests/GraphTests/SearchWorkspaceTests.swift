import Graph
import XCTest

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
      }
    }
  }
}
