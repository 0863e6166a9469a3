/// A radix heap over the distance part of packed `(distance, node)` keys (experimental
/// alternative to `NodeQueue`, same interface and the same pop order).
///
/// Dijkstra's keys are monotone: nothing pushed is smaller than the last distance popped
/// (`last`). A key whose distance first differs from `last` at bit `b - 1` goes to bucket `b`
/// (1...32); keys at distance `last` go to bucket 0, a small binary heap ordered by the whole
/// key, so ties pop by node id exactly as in `NodeQueue`. When bucket 0 is empty, the lowest
/// non-empty bucket is emptied: its smallest distance becomes `last` and its keys move to lower
/// buckets (each key moves at most 32 times in total).
struct RadixNodeQueue: KeyQueue {
  private struct Bucket {
    var keys: UnsafeMutablePointer<UInt64>
    var count: Int
    var capacity: Int
  }

  private let buckets: UnsafeMutablePointer<Bucket>
  /// Bit `b` is set when bucket `b` (1...32) is not empty.
  private var nonEmpty: UInt64 = 0
  private var last: UInt32 = 0
  private(set) var count = 0

  init(nodeCount: Int) { self.init(capacity: 256) }

  init(capacity: Int) {
    buckets = .allocate(capacity: 33)
    for b in 0..<33 {
      (buckets + b).initialize(
        to: Bucket(keys: .allocate(capacity: capacity), count: 0, capacity: capacity))
    }
  }

  func deallocate() {
    for b in 0..<33 { buckets[b].keys.deallocate() }
    buckets.deallocate()
  }

  var isEmpty: Bool { count == 0 }

  mutating func removeAll() {
    for b in 0..<33 { buckets[b].count = 0 }
    nonEmpty = 0
    last = 0
    count = 0
  }

  mutating func popAny() -> UInt64? {
    guard count > 0 else { return nil }
    for b in 0..<33 where buckets[b].count > 0 {
      buckets[b].count -= 1
      count -= 1
      if buckets[b].count == 0 { nonEmpty &= ~(1 << UInt64(b)) }
      return buckets[b].keys[buckets[b].count]
    }
    return nil
  }

  @inline(__always)
  mutating func push(_ key: UInt64) {
    count &+= 1
    let x = UInt32(truncatingIfNeeded: key >> 32) ^ last
    if x == 0 {
      pushTie(key)
    } else {
      let b = 32 &- x.leadingZeroBitCount
      append(key, to: b)
      nonEmpty |= 1 << UInt64(b)
    }
  }

  @inline(__always)
  private func append(_ key: UInt64, to b: Int) {
    let bucket = buckets + b
    if bucket.pointee.count == bucket.pointee.capacity { Self.grow(bucket) }
    bucket.pointee.keys[bucket.pointee.count] = key
    bucket.pointee.count &+= 1
  }

  /// Bucket 0 is a binary min-heap.
  @inline(__always)
  private func pushTie(_ key: UInt64) {
    let bucket = buckets
    if bucket.pointee.count == bucket.pointee.capacity { Self.grow(bucket) }
    let h = bucket.pointee.keys
    var hole = bucket.pointee.count
    bucket.pointee.count &+= 1
    while hole > 0 {
      let parent = (hole &- 1) >> 1
      let parentKey = h[parent]
      if parentKey <= key { break }
      h[hole] = parentKey
      hole = parent
    }
    h[hole] = key
  }

  @inline(__always)
  mutating func popMin() -> UInt64 {
    if buckets.pointee.count == 0 { refill() }
    count &-= 1
    let bucket = buckets
    let h = bucket.pointee.keys
    let top = h[0]
    bucket.pointee.count &-= 1
    let n = bucket.pointee.count
    if n == 0 { return top }
    let lastKey = h[n]
    var hole = 0
    while true {
      var child = (hole << 1) &+ 1
      if child >= n { break }
      if child &+ 1 < n && h[child &+ 1] < h[child] { child &+= 1 }
      if h[child] >= lastKey { break }
      h[hole] = h[child]
      hole = child
    }
    h[hole] = lastKey
    return top
  }

  /// Empties the lowest non-empty bucket into bucket 0 and lower buckets.
  private mutating func refill() {
    let b = nonEmpty.trailingZeroBitCount
    let bucket = buckets + b
    let keys = bucket.pointee.keys
    let n = bucket.pointee.count
    var smallest = UInt32.max
    for k in 0..<n { smallest = min(smallest, UInt32(truncatingIfNeeded: keys[k] >> 32)) }
    last = smallest
    bucket.pointee.count = 0
    nonEmpty &= ~(1 << UInt64(b))
    for k in 0..<n {
      let key = keys[k]
      let x = UInt32(truncatingIfNeeded: key >> 32) ^ smallest
      if x == 0 {
        pushTie(key)
      } else {
        let nb = 32 &- x.leadingZeroBitCount
        append(key, to: nb)
        nonEmpty |= 1 << UInt64(nb)
      }
    }
  }

  private static func grow(_ bucket: UnsafeMutablePointer<Bucket>) {
    let capacity = bucket.pointee.capacity * 2
    let bigger = UnsafeMutablePointer<UInt64>.allocate(capacity: capacity)
    bigger.update(from: bucket.pointee.keys, count: bucket.pointee.count)
    bucket.pointee.keys.deallocate()
    bucket.pointee.keys = bigger
    bucket.pointee.capacity = capacity
  }
}
