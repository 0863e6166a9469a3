extension SearchWorkspace {
  /// The arcs of the shortest path the last run found to `node`, from its source to `node`
  /// (empty for a source itself), so a trip can be explained leg by leg.
  ///
  /// Needs a run with `recordPredecessors: true`; returns nil if `node` was not reached or
  /// predecessors were not recorded.
  /// - Parameter graph: the graph of the last run (to find each arc's tail).
  /// - Complexity: O(*k* log *n*) for a path of *k* arcs.
  public func pathArcs(to node: Int32, in graph: CSRGraph) -> [Int32]? {
    guard state.predecessorsRecorded, distance(to: node) != Distance.unreachable else {
      return nil
    }
    var arcs: [Int32] = []
    var current = node
    while let arc = predecessorArc(of: current) {
      arcs.append(arc)
      current = graph.source(ofArc: Int(arc))
      // A path never repeats a node, so it has fewer arcs than the graph has nodes.
      precondition(arcs.count < graph.nodeCount, "predecessor cycle (graph of another run?)")
    }
    arcs.reverse()
    return arcs
  }
}
