import Graph

/// A compiled graph with every arc flipped, for searches toward a destination (`.to`: coverage,
/// reverse isochrones, arrive-by trips), and for each of its arcs the arc of the graph it flips.
struct ReverseGraph: Sendable {
  let graph: CSRGraph
  /// For each arc of `graph`, the arc of the forward graph it flips.
  let originalArc: [Int32]

  /// The reverse of `forward` (`CSRGraph.reversed()`).
  init(of forward: CSRGraph) {
    (graph, originalArc) = forward.reversed()
  }

  init(graph: CSRGraph, originalArc: [Int32]) {
    self.graph = graph
    self.originalArc = originalArc
  }

  /// The same reverse with the forward graph's new `weights` (by forward arc index): what
  /// reversing the re-weighted forward graph gives, without sorting again.
  func reweighted(_ weights: [Int32]) -> ReverseGraph {
    ReverseGraph(
      graph: graph.reweighted(originalArc.map { weights[Int($0)] }), originalArc: originalArc)
  }
}

/// The reverse of a forward graph, built when first asked for and then kept: a command that only
/// searches forward (a route, an isochrone or a matrix from places) never builds it, which saves
/// an arc map and a second copy of every arc (at x1000, 12 bytes on each of millions of arcs, and
/// the time to sort them). Shared by the copies of a compiled network and its structure.
struct LazyReverseGraph: Sendable {
  private let box: ComputedOnce<CSRGraph, ReverseGraph>

  /// The reverse of `forward`, built on first use.
  init(of forward: CSRGraph) {
    box = ComputedOnce(input: forward)
  }

  /// A reverse built already (read from a cache).
  init(_ reverse: ReverseGraph) {
    box = ComputedOnce(value: reverse)
  }

  /// Whether the reverse is built (read from a cache, or asked for).
  var isBuilt: Bool { box.computed != nil }

  /// The reverse graph and its arc map.
  var value: ReverseGraph {
    box.value { forward in ReverseGraph(of: forward ?? CSRGraph(nodeCount: 0, arcs: [])) }
  }

  /// This reverse for the forward graph `forward`, which has this one's structure and new
  /// `weights`: re-weighted if built already, else built from `forward` on first use.
  func reweighted(_ weights: [Int32], forward: CSRGraph) -> LazyReverseGraph {
    if let built = box.computed { return LazyReverseGraph(built.reweighted(weights)) }
    return LazyReverseGraph(of: forward)
  }
}
