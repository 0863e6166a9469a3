extension CSRGraph {
  /// Builds CSR arrays from parallel arc arrays, stably sorted by (from, to, input order).
  ///
  /// When the input is already sorted (DIMACS files usually are), the `to` and `weight` arrays
  /// become the CSR arrays as they are, without a permutation or a copy.
  /// - Returns: the graph and, for each CSR arc, the input index it came from (only when
  ///   `wantsPermutation`; empty otherwise).
  static func build(
    nodeCount: Int, from: ContiguousArray<Int32>, to: ContiguousArray<Int32>,
    weight: ContiguousArray<Int32>, wantsPermutation: Bool = false
  ) -> (graph: CSRGraph, inputArc: ContiguousArray<Int32>) {
    var degree = ContiguousArray<Int32>(repeating: 0, count: nodeCount + 1)
    var sorted = true
    from.withUnsafeBufferPointer { f in
      to.withUnsafeBufferPointer { t in
        degree.withUnsafeMutableBufferPointer { off in
          for e in 0..<f.count {
            off[Int(f[e]) &+ 1] &+= 1
            if e > 0 && (f[e - 1] > f[e] || (f[e - 1] == f[e] && t[e - 1] > t[e])) {
              sorted = false
            }
          }
        }
      }
    }
    return build(
      nodeCount: nodeCount, from: from, to: to, weight: weight, degree: degree, sorted: sorted,
      wantsPermutation: wantsPermutation)
  }

  /// `build` with the out-degrees (`degree[u + 1]`) and sortedness already known (the DIMACS
  /// parser counts them while reading).
  static func build(
    nodeCount: Int, from: ContiguousArray<Int32>, to: ContiguousArray<Int32>,
    weight: ContiguousArray<Int32>, degree: ContiguousArray<Int32>, sorted: Bool,
    wantsPermutation: Bool
  ) -> (graph: CSRGraph, inputArc: ContiguousArray<Int32>) {
    let arcCount = from.count
    var offsets = degree
    offsets.withUnsafeMutableBufferPointer { off in
      for u in 0..<nodeCount { off[u + 1] &+= off[u] }
    }
    if sorted {
      let identity =
        wantsPermutation ? ContiguousArray<Int32>((0..<Int32(arcCount))) : ContiguousArray()
      return (CSRGraph(offsets: offsets, targets: to, weights: weight), identity)
    }
    // Stable LSD radix sort of arc indices: first by `to`, then by `from`.
    var byTo = ContiguousArray<Int32>(repeating: 0, count: arcCount)
    var order = ContiguousArray<Int32>(repeating: 0, count: arcCount)
    var next = ContiguousArray<Int32>(repeating: 0, count: nodeCount + 1)
    to.withUnsafeBufferPointer { t in
      next.withUnsafeMutableBufferPointer { nx in
        for e in 0..<arcCount { nx[Int(t[e]) &+ 1] &+= 1 }
        for u in 0..<nodeCount { nx[u + 1] &+= nx[u] }
        byTo.withUnsafeMutableBufferPointer { out in
          for e in 0..<arcCount {
            let v = Int(t[e])
            out[Int(nx[v])] = Int32(truncatingIfNeeded: e)
            nx[v] &+= 1
          }
        }
      }
    }
    from.withUnsafeBufferPointer { f in
      next.withUnsafeMutableBufferPointer { nx in
        offsets.withUnsafeBufferPointer { off in
          for u in 0...nodeCount { nx[u] = off[u] }
        }
        byTo.withUnsafeBufferPointer { input in
          order.withUnsafeMutableBufferPointer { out in
            for e in input {
              let u = Int(f[Int(e)])
              out[Int(nx[u])] = e
              nx[u] &+= 1
            }
          }
        }
      }
    }
    var targets = ContiguousArray<Int32>(repeating: 0, count: arcCount)
    var weights = ContiguousArray<Int32>(repeating: 0, count: arcCount)
    for k in 0..<arcCount {
      let e = Int(order[k])
      targets[k] = to[e]
      weights[k] = weight[e]
    }
    let graph = CSRGraph(offsets: offsets, targets: targets, weights: weights)
    return (graph, wantsPermutation ? order : ContiguousArray())
  }

  /// Same topology, new weights (index = arc index of this graph), for scenario re-weighting.
  ///
  /// The offsets and targets are shared with this graph, not copied.
  /// - Precondition: `weights.count == arcCount` and every weight is `>= 0`.
  public func reweighted(_ weights: [Int32]) -> CSRGraph {
    precondition(weights.count == arcCount, "one weight per arc expected")
    precondition(weights.allSatisfy { $0 >= 0 }, "negative arc weight")
    return CSRGraph(offsets: offsets, targets: targets, weights: ContiguousArray(weights))
  }

  /// The reverse graph (every arc flipped), plus for each reversed arc the index of the
  /// original arc it came from.
  ///
  /// Searching the reverse graph from a node gives the distances *to* that node in this graph:
  /// arrive-by queries and reverse isochrones.
  /// - Complexity: O(*n* + *m*).
  public func reversed() -> (graph: CSRGraph, originalArc: [Int32]) {
    var from = ContiguousArray<Int32>()
    from.reserveCapacity(arcCount)
    for u in 0..<nodeCount {
      let count = Int(offsets[u + 1] - offsets[u])
      for _ in 0..<count { from.append(Int32(u)) }
    }
    // Reversed arc e goes targets[e] -> from[e]; input order = original arc index, so ties
    // among parallel reversed arcs keep the original arc order.
    let built = CSRGraph.build(
      nodeCount: nodeCount, from: targets, to: from, weight: weights, wantsPermutation: true)
    return (built.graph, Array(built.inputArc))
  }
}
