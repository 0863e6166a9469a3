extension CSRGraph {
  /// A graph of these CSR arrays with every weight 0: the structure of a graph a caller stored
  /// (offsets and heads) to weight it later with `reweighted`, without building and sorting it
  /// again. Returns nil unless `isStructure(offsets:targets:)`, so a stored structure that is not
  /// a graph is refused, never searched.
  /// - Complexity: O(*n* + *m*).
  public init?(offsets: ContiguousArray<Int32>, targets: ContiguousArray<Int32>) {
    guard Self.isStructure(offsets: offsets, targets: targets) else { return nil }
    let arcs = ContiguousArray<UInt64>(unsafeUninitializedCapacity: targets.count) {
      packed, initialized in
      for arc in 0..<targets.count { packed[arc] = CSRGraph.pack(head: targets[arc], weight: 0) }
      initialized = targets.count
    }
    self.init(offsets: offsets, arcs: arcs)
  }

  /// Whether the arrays are a graph as `init(nodeCount:arcs:)` builds it: `offsets` start at 0,
  /// never decrease and end at `targets.count`; every target is a node (`0 ..< offsets.count - 1`);
  /// the targets of each node are sorted; at most `Int32.max` nodes. Generic so that a reader can
  /// check arrays in place, before (or without) copying them.
  /// - Complexity: O(*n* + *m*).
  @inlinable
  public static func isStructure<
    Offsets: RandomAccessCollection<Int32>, Targets: RandomAccessCollection<Int32>
  >(
    offsets: Offsets, targets: Targets
  ) -> Bool where Offsets.Index == Int, Targets.Index == Int {
    guard let last = offsets.last, offsets[offsets.startIndex] == 0,
      Int(last) == targets.count, offsets.count - 1 < Int(Int32.max)
    else { return false }
    let nodeCount = Int32(offsets.count - 1)
    var end = 0
    for node in 0..<Int(nodeCount) {
      let start = end
      end = Int(offsets[offsets.startIndex + node + 1])
      guard start <= end, end <= targets.count else { return false }
      var previous: Int32 = 0
      for arc in start..<end {
        let head = targets[targets.startIndex + arc]
        guard head >= previous, head < nodeCount else { return false }
        previous = head
      }
    }
    return true
  }

  /// The first arc index of each node, then the arc count (`nodeCount + 1` entries): with
  /// `target(ofArc:)`, the structure `init(offsets:targets:)` takes back.
  public var rowOffsets: ContiguousArray<Int32> { offsets }
}
