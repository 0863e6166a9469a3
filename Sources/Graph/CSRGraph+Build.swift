extension CSRGraph {
  /// Builds CSR arrays from parallel arc arrays (`arcs` packed as in `CSRGraph.arcs`), stably
  /// sorted by (from, to, input order).
  ///
  /// When the input is already sorted (DIMACS files usually are), `arcs` becomes the CSR array
  /// as it is, without a permutation or a copy.
  /// - Returns: the graph and, for each CSR arc, the input index it came from (only when
  ///   `wantsPermutation`; empty otherwise).
  static func build(
    nodeCount: Int, from: ContiguousArray<Int32>, arcs: ContiguousArray<UInt64>,
    wantsPermutation: Bool = false
  ) -> (graph: CSRGraph, inputArc: [Int32]) {
    var degree = ContiguousArray<Int32>(repeating: 0, count: nodeCount + 1)
    var sorted = true
    from.withUnsafeBufferPointer { f in
      arcs.withUnsafeBufferPointer { a in
        degree.withUnsafeMutableBufferPointer { off in
          for e in 0..<f.count {
            off[Int(f[e]) &+ 1] &+= 1
            if e > 0
              && (f[e - 1] > f[e]
                || (f[e - 1] == f[e]
                  && UInt32(truncatingIfNeeded: a[e - 1])
                    > UInt32(truncatingIfNeeded: a[e])))
            {
              sorted = false
            }
          }
        }
      }
    }
    return build(
      nodeCount: nodeCount, from: from, arcs: arcs, degree: degree, sorted: sorted,
      wantsPermutation: wantsPermutation)
  }

  /// `build` with the out-degrees (`degree[u + 1]`) and sortedness already known (the DIMACS
  /// parser counts them while reading).
  static func build(
    nodeCount: Int, from: ContiguousArray<Int32>, arcs: ContiguousArray<UInt64>,
    degree: ContiguousArray<Int32>, sorted: Bool, wantsPermutation: Bool
  ) -> (graph: CSRGraph, inputArc: [Int32]) {
    let arcCount = from.count
    var offsets = degree
    offsets.withUnsafeMutableBufferPointer { off in
      for u in 0..<nodeCount { off[u + 1] &+= off[u] }
    }
    if sorted {
      let identity = wantsPermutation ? Array(0..<Int32(arcCount)) : []
      return (CSRGraph(offsets: offsets, arcs: arcs), identity)
    }
    let order = arcs.withUnsafeBufferPointer { a in
      from.withUnsafeBufferPointer { f in
        sortedOrder(
          arcCount: arcCount, nodeCount: nodeCount, offsets: offsets, tail: { Int(f[$0]) },
          head: { Int(UInt32(truncatingIfNeeded: a[$0])) })
      }
    }
    let sortedArcs = ContiguousArray(order.lazy.map { arcs[Int($0)] })
    let graph = CSRGraph(offsets: offsets, arcs: sortedArcs)
    return (graph, wantsPermutation ? order : [])
  }

  /// The indices of `arcCount` arcs stably sorted by (tail, head), ties in index order: an LSD
  /// radix sort by head, then by tail, in two counting passes. `offsets` are the CSR offsets by
  /// tail; only the order and one index per arc for the pass by head are allocated.
  @inline(__always)
  static func sortedOrder(
    arcCount: Int, nodeCount: Int, offsets: ContiguousArray<Int32>, tail: (Int) -> Int,
    head: (Int) -> Int
  ) -> [Int32] {
    // Allocated in this order, the pass's indices last: allocated first, the same bytes gave a
    // province-size coverage an 8 MB higher peak of resident memory (measured at x1000).
    var next = ContiguousArray<Int32>(repeating: 0, count: nodeCount + 1)
    var order = [Int32](repeating: 0, count: arcCount)
    var byHead = [Int32](repeating: 0, count: arcCount)
    next.withUnsafeMutableBufferPointer { nx in
      for e in 0..<arcCount { nx[head(e) &+ 1] &+= 1 }
      for u in 0..<nodeCount { nx[u + 1] &+= nx[u] }
      byHead.withUnsafeMutableBufferPointer { out in
        for e in 0..<arcCount {
          let v = head(e)
          out[Int(nx[v])] = Int32(truncatingIfNeeded: e)
          nx[v] &+= 1
        }
      }
      offsets.withUnsafeBufferPointer { off in
        for u in 0...nodeCount { nx[u] = off[u] }
      }
      byHead.withUnsafeBufferPointer { input in
        order.withUnsafeMutableBufferPointer { out in
          for e in input {
            let u = tail(Int(e))
            out[Int(nx[u])] = e
            nx[u] &+= 1
          }
        }
      }
    }
    return order
  }

  /// Same topology, new weights (index = arc index of this graph), for scenario re-weighting.
  ///
  /// The offsets are shared with this graph, not copied.
  /// - Precondition: `weights.count == arcCount` and every weight is `>= 0`.
  public func reweighted(_ weights: [Int32]) -> CSRGraph {
    precondition(weights.count == arcCount, "one weight per arc expected")
    precondition(weights.allSatisfy { $0 >= 0 }, "negative arc weight")
    var newArcs = arcs
    newArcs.withUnsafeMutableBufferPointer { a in
      for e in 0..<a.count {
        a[e] = CSRGraph.pack(head: Int32(truncatingIfNeeded: a[e]), weight: weights[e])
      }
    }
    return CSRGraph(offsets: offsets, arcs: newArcs)
  }

  /// The reverse graph (every arc flipped), plus for each reversed arc the index of the
  /// original arc it came from.
  ///
  /// Searching the reverse graph from a node gives the distances *to* that node in this graph:
  /// arrive-by queries and reverse isochrones.
  ///
  /// The reversed arcs are ordered as `build` orders any input (by tail, head, then input order,
  /// the input being the arcs of this graph in index order): one counting pass by head does it,
  /// since arcs of one head, taken in index order, already come by tail and then by index. Only
  /// the reverse graph and its arc map are allocated, not a copy of the arcs to sort.
  /// - Complexity: O(*n* + *m*).
  public func reversed() -> (graph: CSRGraph, originalArc: [Int32]) {
    var reverseOffsets = ContiguousArray<Int32>(repeating: 0, count: nodeCount + 1)
    var next = ContiguousArray<Int32>(repeating: 0, count: nodeCount + 1)
    var reverseArcs = ContiguousArray<UInt64>(repeating: 0, count: arcCount)
    var originalArc = [Int32](repeating: 0, count: arcCount)
    arcs.withUnsafeBufferPointer { a in
      reverseOffsets.withUnsafeMutableBufferPointer { off in
        for e in 0..<a.count { off[Int(UInt32(truncatingIfNeeded: a[e])) &+ 1] &+= 1 }
        for v in 0..<nodeCount { off[v + 1] &+= off[v] }
      }
      offsets.withUnsafeBufferPointer { forward in
        next.withUnsafeMutableBufferPointer { nx in
          reverseOffsets.withUnsafeBufferPointer { off in
            for v in 0...nodeCount { nx[v] = off[v] }
          }
          reverseArcs.withUnsafeMutableBufferPointer { out in
            originalArc.withUnsafeMutableBufferPointer { back in
              for u in 0..<nodeCount {
                for e in Int(forward[u])..<Int(forward[u + 1]) {
                  let v = Int(UInt32(truncatingIfNeeded: a[e]))
                  let slot = Int(nx[v])
                  out[slot] = CSRGraph.pack(
                    head: Int32(truncatingIfNeeded: u),
                    weight: Int32(truncatingIfNeeded: a[e] >> 32))
                  back[slot] = Int32(truncatingIfNeeded: e)
                  nx[v] &+= 1
                }
              }
            }
          }
        }
      }
    }
    return (CSRGraph(offsets: reverseOffsets, arcs: reverseArcs), originalArc)
  }
}
