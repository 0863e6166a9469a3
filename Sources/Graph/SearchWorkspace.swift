/// Reusable Dijkstra state for one graph size: a query allocates nothing and resets only what
/// the previous query touched (OSRM's `QueryHeap` habit), so thousands of small searches
/// (isochrones, early-stopped point queries) cost what they explore, not O(n) each.
///
/// A `struct` with `mutating` methods, so a workspace is an ordinary value: `var ws = ...`.
/// Its buffers live in one private class instance that is copied before a run if the value was
/// copied (copy-on-write, one uniqueness check per run), which lets the relax loop work on raw
/// memory. Not thread-safe: give each worker its own workspace.
///
/// Overflow: weights and initial offsets are `Int32 >= 0` and a settled distance is below
/// `Int32.max`, so `distance + weight <= 2 * (2^31 - 1) < 2^32` and the sum is computed in
/// `UInt32` without wrapping. A sum is stored only when it beats the node's current distance,
/// which is at most `Int32.max`, so every stored distance fits in `Int32`. Paths longer than
/// `Int32.max - 1` seconds (68 years) are therefore reported as unreachable, never as a wrapped
/// negative number; no real network comes near that.
public struct SearchWorkspace {
  @usableFromInline var state: SearchState

  /// Creates a workspace for graphs of `nodeCount` nodes.
  public init(nodeCount: Int) {
    precondition(nodeCount >= 0, "negative node count")
    state = SearchState(nodeCount: nodeCount)
  }

  /// The node count this workspace was made for.
  public var nodeCount: Int { state.nodeCount }

  /// Runs Dijkstra from one or several sources (distance to the nearest source).
  ///
  /// - Parameters:
  ///   - graph: the graph to search; its `nodeCount` must equal this workspace's.
  ///   - sources: start nodes with their initial distances (`>= 0`). A node listed twice
  ///     starts at the smaller offset (the earlier source on a tie).
  ///   - cutoffSeconds: nodes farther than this are not settled and report
  ///     `Distance.unreachable` (an isochrone keeps `distance <= cutoffSeconds`).
  ///   - targets: if given, the search stops as soon as every target is settled; the targets'
  ///     distances are exact, and nodes not settled by then report `Distance.unreachable`.
  ///   - recordPredecessors: keep the arc used to reach each node (`predecessorArc(of:)`).
  ///
  /// Ties are broken on (distance, node): among equal-cost parents, the one settled first wins
  /// (lower distance, then lower node id; then its lower arc index), so results are the same
  /// bytes on every run and thread count.
  /// - Complexity: O((*m'* + *n'*) log *n'*) for the *n'* nodes and *m'* arcs explored.
  public mutating func run(
    on graph: CSRGraph, from sources: [SearchSource],
    cutoffSeconds: Int32 = Distance.unreachable,
    targets: [Int32]? = nil, recordPredecessors: Bool = false
  ) {
    precondition(graph.nodeCount == state.nodeCount, "workspace made for another node count")
    if !isKnownUniquelyReferenced(&state) { state = state.copy() }
    state.run(
      graph: graph, sources: sources, cutoffSeconds: cutoffSeconds, targets: targets,
      recordPredecessors: recordPredecessors)
  }

  /// `run` with a chosen priority queue, for measuring the alternatives (`graph-bench
  /// --compare-queues`); results are identical for every kind.
  @_spi(Experiments)
  public mutating func run(
    on graph: CSRGraph, from sources: [SearchSource], cutoffSeconds: Int32 = Distance.unreachable,
    targets: [Int32]? = nil, recordPredecessors: Bool = false, queue: SearchQueueKind
  ) {
    precondition(graph.nodeCount == state.nodeCount, "workspace made for another node count")
    if !isKnownUniquelyReferenced(&state) { state = state.copy() }
    state.run(
      graph: graph, sources: sources, cutoffSeconds: cutoffSeconds, targets: targets,
      recordPredecessors: recordPredecessors, queueKind: queue)
  }

  /// Distance of `node` found by the last run, or `Distance.unreachable` if it was not settled.
  @inlinable
  public func distance(to node: Int32) -> Int32 {
    precondition(node >= 0 && Int(node) < state.nodeCount, "node out of range")
    return state.dist[Int(node)]
  }

  /// The arc by which the last run reached `node`; `nil` for sources, unreached nodes, and when
  /// the run did not record predecessors.
  public func predecessorArc(of node: Int32) -> Int32? {
    precondition(node >= 0 && Int(node) < state.nodeCount, "node out of range")
    guard state.predecessorsRecorded, let pred = state.pred else { return nil }
    let arc = pred[Int(node)]
    return arc >= 0 ? arc : nil
  }

  /// Index into the last run's `sources` of the source `node` was reached from (the nearest
  /// one); `nil` if `node` was not reached.
  public func sourceIndex(of node: Int32) -> Int32? {
    precondition(node >= 0 && Int(node) < state.nodeCount, "node out of range")
    guard state.dist[Int(node)] != Distance.unreachable else { return nil }
    if state.lastSourceCount == 1 { return 0 }
    guard let origin = state.origin else { return nil }
    let index = origin[Int(node)]
    return index >= 0 ? index : nil
  }

  /// Every node settled by the last run, in the order they were settled: nondecreasing
  /// distance, and the same order on every run of the same query. Returned as a copy:
  /// O(settled).
  public var settledNodes: some Collection<Int32> {
    ContiguousArray(UnsafeBufferPointer(start: state.touched, count: state.touchedCount))
  }

  /// Number of nodes settled by the last run. O(1).
  public var settledCount: Int { state.touchedCount }

  /// Calls `body` with the nodes settled by the last run, without copying them.
  public func withSettledNodes<R>(_ body: (UnsafeBufferPointer<Int32>) throws -> R) rethrows -> R {
    try body(UnsafeBufferPointer(start: state.touched, count: state.touchedCount))
  }

  /// Calls `body` with the whole distance array of the last run (index = node), without copying.
  public func withDistances<R>(_ body: (UnsafeBufferPointer<Int32>) throws -> R) rethrows -> R {
    try body(UnsafeBufferPointer(start: state.dist, count: state.nodeCount))
  }
}
