/// The buffers behind a `SearchWorkspace`: manually allocated so the relax loop reads and writes
/// raw memory with no bounds checks, uniqueness checks or growth checks per arc.
///
/// `SearchWorkspace` owns one of these and copies it before mutating if it is shared, so the
/// workspace keeps value semantics.
@usableFromInline
final class SearchState {
  @usableFromInline let nodeCount: Int
  /// Tentative, then final distance per node; `Distance.unreachable` when untouched.
  @usableFromInline let dist: UnsafeMutablePointer<Int32>
  /// Arc used to reach each node (-1 for none); allocated on first use.
  var pred: UnsafeMutablePointer<Int32>?
  /// Index of the source each node was reached from (-1 for none); allocated on first use.
  var origin: UnsafeMutablePointer<Int32>?
  /// 1 for the nodes of the current target set; allocated on first use, all 0 between runs.
  var targetMark: UnsafeMutablePointer<UInt8>?
  /// The nodes settled by the last run, in settle order. Every other node's distance is
  /// `Distance.unreachable` (unsettled ones are cleared when a search stops early), so a reset
  /// visits only these.
  let touched: UnsafeMutablePointer<Int32>
  var touchedCount = 0
  /// The priority queue (empty between runs).
  var queue: NodeQueue
  /// The alternatives measured against it (`SearchQueueKind`), made on first use.
  var binaryHeap: DaryHeap<TwoWay>?
  var eightAryHeap: DaryHeap<EightWay>?
  var radixHeap: RadixNodeQueue?
  var indexedHeap: IndexedDaryHeap?

  /// Whether the last run kept predecessor arcs.
  var predecessorsRecorded = false
  /// Number of sources of the last run (origins are recorded only when it exceeds 1).
  var lastSourceCount = 0

  init(nodeCount: Int) {
    self.nodeCount = nodeCount
    queue = NodeQueue(nodeCount: nodeCount)
    dist = .allocate(capacity: max(nodeCount, 1))
    dist.initialize(repeating: Distance.unreachable, count: max(nodeCount, 1))
    touched = .allocate(capacity: max(nodeCount, 1))
    // Written now, so the first search does not pay the page faults.
    touched.initialize(repeating: 0, count: max(nodeCount, 1))
  }

  /// A deep copy (for copy-on-write of `SearchWorkspace`).
  func copy() -> SearchState {
    let other = SearchState(nodeCount: nodeCount)
    other.dist.update(from: dist, count: max(nodeCount, 1))
    if let pred {
      other.pred = Self.allocateFilled(nodeCount, -1)
      other.pred?.update(from: pred, count: nodeCount)
    }
    if let origin {
      other.origin = Self.allocateFilled(nodeCount, -1)
      other.origin?.update(from: origin, count: nodeCount)
    }
    other.touched.update(from: touched, count: touchedCount)
    other.touchedCount = touchedCount
    other.predecessorsRecorded = predecessorsRecorded
    other.lastSourceCount = lastSourceCount
    return other
  }

  deinit {
    dist.deallocate()
    pred?.deallocate()
    origin?.deallocate()
    targetMark?.deallocate()
    touched.deallocate()
    queue.deallocate()
    binaryHeap?.deallocate()
    eightAryHeap?.deallocate()
    radixHeap?.deallocate()
    indexedHeap?.deallocate()
  }

  static func allocateFilled(_ count: Int, _ value: Int32) -> UnsafeMutablePointer<Int32> {
    let buffer = UnsafeMutablePointer<Int32>.allocate(capacity: max(count, 1))
    buffer.initialize(repeating: value, count: max(count, 1))
    return buffer
  }

  /// Clears what the last run touched: O(settled), not O(n) (a fill when most nodes were).
  func reset() {
    if touchedCount > nodeCount / 8 {
      // After a large search, sequential fills beat scattered writes.
      dist.update(repeating: Distance.unreachable, count: nodeCount)
      pred?.update(repeating: -1, count: nodeCount)
      origin?.update(repeating: -1, count: nodeCount)
    } else {
      for k in 0..<touchedCount {
        let v = Int(touched[k])
        dist[v] = Distance.unreachable
        pred?[v] = -1
        origin?[v] = -1
      }
    }
    touchedCount = 0
  }
}
