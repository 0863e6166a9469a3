/// An immutable directed graph in compressed-sparse-row form.
///
/// Arcs leaving node `u` occupy the arc indices `offsets[u] ..< offsets[u + 1]`, sorted by
/// (target, input order). Parallel arcs, zero weights and self-loops are allowed. The value is
/// `Sendable` and cheap to copy (its arrays are shared copy-on-write), so many threads can search
/// one graph at once.
///
/// Node ids and arc indices are `Int32`: the builder rejects more than `Int32.max` arcs, which
/// keeps the arrays half the size of `Int` arrays (memory bandwidth is what a search spends).
public struct CSRGraph: Sendable {
  /// `nodeCount + 1` entries; `offsets[nodeCount] == arcCount`.
  @usableFromInline let offsets: ContiguousArray<Int32>
  /// Head node of each arc.
  @usableFromInline let targets: ContiguousArray<Int32>
  /// Weight of each arc, seconds (`>= 0`). A scenario may swap only these (`reweighted`).
  @usableFromInline let weights: ContiguousArray<Int32>

  /// Wraps already-built CSR arrays. The caller guarantees the invariants (checked in debug).
  @usableFromInline
  init(
    offsets: ContiguousArray<Int32>, targets: ContiguousArray<Int32>,
    weights: ContiguousArray<Int32>
  ) {
    assert(offsets.count >= 1 && Int(offsets[offsets.count - 1]) == targets.count)
    assert(targets.count == weights.count)
    self.offsets = offsets
    self.targets = targets
    self.weights = weights
  }

  /// Builds a graph from arcs given in any order.
  ///
  /// Arcs are stably sorted by (from, to, input order), so the arc index of an arc is determined
  /// by the input alone.
  /// - Precondition: every endpoint is in `0 ..< nodeCount`, every weight is `>= 0`, and there
  ///   are at most `Int32.max` arcs. (Loaders of user files check these and throw instead.)
  /// - Complexity: O(*n* + *m*) (two counting-sort passes).
  public init(nodeCount: Int, arcs: [Arc]) {
    precondition(nodeCount >= 0 && nodeCount < Int(Int32.max), "node count out of range")
    precondition(arcs.count <= Int(Int32.max), "too many arcs for Int32 arc indices")
    var from = ContiguousArray<Int32>()
    var to = ContiguousArray<Int32>()
    var weight = ContiguousArray<Int32>()
    from.reserveCapacity(arcs.count)
    to.reserveCapacity(arcs.count)
    weight.reserveCapacity(arcs.count)
    for arc in arcs {
      precondition(arc.from >= 0 && Int(arc.from) < nodeCount, "arc tail out of range")
      precondition(arc.to >= 0 && Int(arc.to) < nodeCount, "arc head out of range")
      precondition(arc.weight >= 0, "negative arc weight")
      from.append(arc.from)
      to.append(arc.to)
      weight.append(arc.weight)
    }
    self = CSRGraph.build(nodeCount: nodeCount, from: from, to: to, weight: weight).graph
  }

  /// Number of nodes; ids are `0 ..< nodeCount`.
  @inlinable public var nodeCount: Int { offsets.count - 1 }

  /// Number of arcs; arc indices are `0 ..< arcCount`.
  @inlinable public var arcCount: Int { targets.count }

  /// The arc indices leaving `node`.
  @inlinable
  public func arcRange(from node: Int32) -> Range<Int> {
    Int(offsets[Int(node)])..<Int(offsets[Int(node) + 1])
  }

  /// The head node of `arc`.
  @inlinable
  public func target(ofArc arc: Int) -> Int32 { targets[arc] }

  /// The weight of `arc`, seconds.
  @inlinable
  public func weight(ofArc arc: Int) -> Int32 { weights[arc] }

  /// The tail node of `arc`.
  /// - Complexity: O(log *n*) (binary search over the row offsets).
  public func source(ofArc arc: Int) -> Int32 {
    precondition(arc >= 0 && arc < arcCount, "arc index out of range")
    // Find the last node u with offsets[u] <= arc (empty rows share an offset with the next).
    var low = 0
    var high = nodeCount  // invariant: offsets[low] <= arc < offsets[high]
    while high - low > 1 {
      let mid = (low + high) / 2
      if Int(offsets[mid]) <= arc { low = mid } else { high = mid }
    }
    return Int32(low)
  }

  /// All arc weights in arc-index order (e.g. to derive new weights for `reweighted`).
  public var arcWeights: [Int32] { Array(weights) }
}
