extension CSRGraph {
  /// A graph of these CSR arrays with every weight 0: the structure of a graph a caller stored
  /// (offsets and heads) to weight it later with `reweighted`, without building and sorting it
  /// again.
  ///
  /// Returns nil unless the arrays are a graph as `init(nodeCount:arcs:)` builds it: `offsets`
  /// start at 0, never decrease and end at `targets.count`; every target is a node
  /// (`0 ..< offsets.count - 1`); the targets of each node are sorted; at most `Int32.max` nodes
  /// and arcs. So a stored structure that is not one is refused, never searched.
  /// - Complexity: O(*n* + *m*).
  public init?(offsets: ContiguousArray<Int32>, targets: ContiguousArray<Int32>) {
    guard let last = offsets.last, offsets[0] == 0, Int(last) == targets.count,
      offsets.count - 1 < Int(Int32.max)
    else { return nil }
    let nodeCount = Int32(offsets.count - 1)
    var valid = true
    var arcs = ContiguousArray<UInt64>(repeating: 0, count: targets.count)
    offsets.withUnsafeBufferPointer { off in
      targets.withUnsafeBufferPointer { heads in
        arcs.withUnsafeMutableBufferPointer { packed in
          for node in 0..<Int(nodeCount) where valid {
            let start = Int(off[node])
            let end = Int(off[node + 1])
            guard start <= end, end <= heads.count else {
              valid = false
              break
            }
            var previous: Int32 = 0
            for arc in start..<end {
              let head = heads[arc]
              guard head >= previous, head < nodeCount else {
                valid = false
                break
              }
              previous = head
              packed[arc] = CSRGraph.pack(head: head, weight: 0)
            }
          }
        }
      }
    }
    guard valid else { return nil }
    self.init(offsets: offsets, arcs: arcs)
  }

  /// The first arc index of each node, then the arc count (`nodeCount + 1` entries): with
  /// `target(ofArc:)`, the structure `init(offsets:targets:)` takes back.
  public var rowOffsets: ContiguousArray<Int32> { offsets }
}
