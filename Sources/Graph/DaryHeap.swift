/// The queue every search uses by default: a 4-ary heap (see `DaryHeap` for the measurement
/// that chose it).
typealias NodeQueue = DaryHeap<FourWay>

/// What the search loop needs from a priority queue of packed `(distance, node)` keys.
protocol KeyQueue {
  init()
  var isEmpty: Bool { get }
  mutating func push(_ key: UInt64)
  /// Removes and returns the smallest key. - Precondition: not empty.
  mutating func popMin() -> UInt64
  /// Removes and returns any key (for draining), or nil when empty.
  mutating func popAny() -> UInt64?
  mutating func removeAll()
  /// Frees the storage; the queue must not be used afterwards.
  func deallocate()
}

/// The arity of a `DaryHeap`, as a power of two (a type, so each arity gets its own code).
protocol HeapArity {
  static var shift: Int { get }
}

/// Binary heap.
enum TwoWay: HeapArity { static var shift: Int { 1 } }
/// 4-ary heap.
enum FourWay: HeapArity { static var shift: Int { 2 } }
/// 8-ary heap.
enum EightWay: HeapArity { static var shift: Int { 3 } }

/// A d-ary min-heap of packed keys with lazy deletion: the priority queue of a search.
///
/// A key is `UInt64(distance) << 32 | UInt64(node)`, so one integer comparison orders by
/// (distance, node): ties are broken by node id, which makes every search deterministic.
/// Instead of decrease-key, an improved node is pushed again; stale entries are skipped when
/// popped (their distance no longer equals the node's distance).
///
/// A plain struct over manually managed memory: the search copies it into a local variable
/// for its loop, so the count and base pointer stay in registers instead of being reloaded
/// from the workspace object after every store into the distance array (which the compiler
/// must assume may alias them). Owned by `SearchState`, which frees it.
struct DaryHeap<Arity: HeapArity>: KeyQueue {
  /// log2 of the heap's arity.
  static var arityShift: Int { Arity.shift }

  private(set) var keys: UnsafeMutablePointer<UInt64>
  private(set) var count = 0
  private var capacity: Int

  init() { self.init(capacity: 1024) }

  init(capacity: Int) {
    self.capacity = capacity
    keys = .allocate(capacity: capacity)
  }

  /// Frees the storage; the queue must not be used afterwards.
  func deallocate() { keys.deallocate() }

  var isEmpty: Bool { count == 0 }

  mutating func removeAll() { count = 0 }

  /// Removes and returns an arbitrary remaining key (for draining), or nil when empty.
  mutating func popAny() -> UInt64? {
    guard count > 0 else { return nil }
    count -= 1
    return keys[count]
  }

  @inline(__always)
  mutating func push(_ key: UInt64) {
    if count == capacity { grow() }
    var hole = count
    count &+= 1
    let h = keys
    while hole > 0 {
      let parent = (hole &- 1) >> Self.arityShift
      let parentKey = h[parent]
      if parentKey <= key { break }
      h[hole] = parentKey
      hole = parent
    }
    h[hole] = key
  }

  /// Removes and returns the smallest key. - Precondition: not empty.
  @inline(__always)
  mutating func popMin() -> UInt64 {
    let h = keys
    let top = h[0]
    count &-= 1
    let count = self.count
    if count == 0 { return top }
    let last = h[count]
    var hole = 0
    while true {
      let first = (hole << Self.arityShift) &+ 1
      if first >= count { break }
      // Smallest of the children.
      var best = first
      var bestKey = h[first]
      let end = min(first &+ (1 << Self.arityShift), count)
      var c = first &+ 1
      while c < end {
        let k = h[c]
        if k < bestKey {
          bestKey = k
          best = c
        }
        c &+= 1
      }
      if bestKey >= last { break }
      h[hole] = bestKey
      hole = best
    }
    h[hole] = last
    return top
  }

  private mutating func grow() {
    let bigger = UnsafeMutablePointer<UInt64>.allocate(capacity: capacity * 2)
    bigger.update(from: keys, count: count)
    keys.deallocate()
    keys = bigger
    capacity *= 2
  }
}
