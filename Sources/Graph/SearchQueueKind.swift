/// The priority queues a search can run on. Searches use the 4-ary heap; the others are kept
/// so the choice can be re-measured (`graph-bench GRAPHS SIZE --compare-queues`). Every kind
/// pops keys in the same (distance, node) order, so results are identical.
@_spi(Experiments)
public enum SearchQueueKind: String, CaseIterable, Sendable {
  /// Binary heap with lazy deletion.
  case binaryHeap = "binary-heap"
  /// 4-ary heap with lazy deletion (the default).
  case fourAryHeap = "4-ary-heap"
  /// 8-ary heap with lazy deletion.
  case eightAryHeap = "8-ary-heap"
  /// 4-ary heap with decrease-key (a position per node; no stale entries).
  case indexedFourAryHeap = "4-ary-heap-decrease-key"
  /// Radix heap on the distance bits, ties in a small binary heap.
  case radixHeap = "radix-heap"
}
