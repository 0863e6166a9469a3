import Graph

extension CompiledNetwork {
  /// Where a search for trips between the places `anchors` and everywhere starts: from the anchors
  /// (`.from`: their origin sides in `graph`) or toward them (`.to`: their destination sides in
  /// `reverse`, so that a node's distance is the time from it *to* the nearest anchor). Source `k`
  /// is `anchors[k]`; the caller filters invalid indices.
  func searchStart(
    at anchors: [Int], direction: TravelDirection
  ) -> (graph: CSRGraph, sources: [SearchSource]) {
    switch direction {
    case .from:
      return (graph, anchors.map { SearchSource(node: originNode(ofPlace: $0)) })
    case .to:
      return (reverse.graph, anchors.map { SearchSource(node: destinationNode(ofPlace: $0)) })
    }
  }
}
