/// A 4-ary heap with decrease-key (experimental alternative to `NodeQueue`, same interface
/// and the same pop order): each node is in the heap at most once, at the position kept in
/// `position`, and an improved node moves up in place instead of being pushed again.
struct IndexedDaryHeap: KeyQueue {
  private var keys: UnsafeMutablePointer<UInt64>
  /// Heap slot of each node, -1 when the node is not in the heap.
  private let position: UnsafeMutablePointer<Int32>
  private let nodeCount: Int
  private(set) var count = 0

  init(nodeCount: Int) {
    self.nodeCount = nodeCount
    keys = .allocate(capacity: max(nodeCount, 1))
    position = .allocate(capacity: max(nodeCount, 1))
    position.initialize(repeating: -1, count: max(nodeCount, 1))
  }

  func deallocate() {
    keys.deallocate()
    position.deallocate()
  }

  var isEmpty: Bool { count == 0 }

  mutating func removeAll() {
    for k in 0..<count { position[Int(UInt32(truncatingIfNeeded: keys[k]))] = -1 }
    count = 0
  }

  mutating func popAny() -> UInt64? {
    guard count > 0 else { return nil }
    count -= 1
    let key = keys[count]
    position[Int(UInt32(truncatingIfNeeded: key))] = -1
    return key
  }

  /// Inserts the node of `key`, or lowers its key if it is already queued.
  @inline(__always)
  mutating func push(_ key: UInt64) {
    let node = Int(UInt32(truncatingIfNeeded: key))
    var hole = Int(position[node])
    if hole < 0 {
      hole = count
      count &+= 1
    }
    let h = keys
    while hole > 0 {
      let parent = (hole &- 1) >> 2
      let parentKey = h[parent]
      if parentKey <= key { break }
      h[hole] = parentKey
      position[Int(UInt32(truncatingIfNeeded: parentKey))] = Int32(truncatingIfNeeded: hole)
      hole = parent
    }
    h[hole] = key
    position[node] = Int32(truncatingIfNeeded: hole)
  }

  @inline(__always)
  mutating func popMin() -> UInt64 {
    let h = keys
    let top = h[0]
    position[Int(UInt32(truncatingIfNeeded: top))] = -1
    count &-= 1
    let count = self.count
    if count == 0 { return top }
    let last = h[count]
    var hole = 0
    while true {
      let first = (hole << 2) &+ 1
      if first >= count { break }
      var best = first
      var bestKey = h[first]
      let end = min(first &+ 4, count)
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
      position[Int(UInt32(truncatingIfNeeded: bestKey))] = Int32(truncatingIfNeeded: hole)
      hole = best
    }
    h[hole] = last
    position[Int(UInt32(truncatingIfNeeded: last))] = Int32(truncatingIfNeeded: hole)
    return top
  }
}
