/// The priority queue of a search: a 4-ary min-heap of packed keys with lazy deletion.
///
/// A key is `UInt64(distance) << 32 | UInt64(node)`, so one integer comparison orders by
/// (distance, node): ties are broken by node id, which makes every search deterministic.
/// Instead of decrease-key, an improved node is pushed again; stale entries are skipped when
/// popped (their distance no longer equals the node's distance).
extension SearchState {
  @inline(__always)
  func push(_ key: UInt64) {
    if heapCount == heapCapacity { growHeap() }
    var hole = heapCount
    heapCount &+= 1
    let h = heap
    while hole > 0 {
      let parent = (hole &- 1) >> 2
      let parentKey = h[parent]
      if parentKey <= key { break }
      h[hole] = parentKey
      hole = parent
    }
    h[hole] = key
  }

  /// Removes and returns the smallest key. - Precondition: `heapCount > 0`.
  @inline(__always)
  func popMin() -> UInt64 {
    let h = heap
    let top = h[0]
    heapCount &-= 1
    let count = heapCount
    if count == 0 { return top }
    let last = h[count]
    var hole = 0
    while true {
      let first = (hole << 2) &+ 1
      if first >= count { break }
      // Smallest of up to four children.
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
      hole = best
    }
    h[hole] = last
    return top
  }

  private func growHeap() {
    let newCapacity = heapCapacity * 2
    let bigger = UnsafeMutablePointer<UInt64>.allocate(capacity: newCapacity)
    bigger.update(from: heap, count: heapCount)
    heap.deallocate()
    heap = bigger
    heapCapacity = newCapacity
  }
}
