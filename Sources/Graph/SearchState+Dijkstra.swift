/// What a search records besides distances; the relax loop is specialized for each
/// combination, so a plain search pays nothing for the options it does not use.
protocol SearchRecording {
  static var predecessors: Bool { get }
  static var origins: Bool { get }
}

private enum RecordNothing: SearchRecording {
  static var predecessors: Bool { false }
  static var origins: Bool { false }
}
private enum RecordPredecessors: SearchRecording {
  static var predecessors: Bool { true }
  static var origins: Bool { false }
}
private enum RecordOrigins: SearchRecording {
  static var predecessors: Bool { false }
  static var origins: Bool { true }
}
private enum RecordBoth: SearchRecording {
  static var predecessors: Bool { true }
  static var origins: Bool { true }
}

extension SearchState {
  func run(
    graph: CSRGraph, sources: [SearchSource], cutoffSeconds: Int32, targets: [Int32]?,
    recordPredecessors: Bool, queueKind: SearchQueueKind = .fourAryHeap
  ) {
    reset()
    let recordOrigins = sources.count > 1
    if recordPredecessors && pred == nil { pred = Self.allocateFilled(nodeCount, -1) }
    if recordOrigins && origin == nil { origin = Self.allocateFilled(nodeCount, -1) }
    predecessorsRecorded = recordPredecessors
    lastSourceCount = sources.count
    guard cutoffSeconds >= 0 else { return }
    let query = Query(
      graph: graph, sources: sources, cutoff: UInt32(cutoffSeconds), targets: targets,
      recordPredecessors: recordPredecessors, recordOrigins: recordOrigins)
    switch queueKind {
    case .fourAryHeap:
      search(query, &queue)
    case .binaryHeap:
      var other = binaryHeap ?? DaryHeap(nodeCount: nodeCount)
      search(query, &other)
      binaryHeap = other
    case .eightAryHeap:
      var other = eightAryHeap ?? DaryHeap(nodeCount: nodeCount)
      search(query, &other)
      eightAryHeap = other
    case .radixHeap:
      var other = radixHeap ?? RadixNodeQueue(nodeCount: nodeCount)
      search(query, &other)
      radixHeap = other
    case .indexedFourAryHeap:
      var other = indexedHeap ?? IndexedDaryHeap(nodeCount: nodeCount)
      search(query, &other)
      indexedHeap = other
    }
  }

  /// One query's parameters.
  private struct Query {
    let graph: CSRGraph
    let sources: [SearchSource]
    let cutoff: UInt32
    let targets: [Int32]?
    let recordPredecessors: Bool
    let recordOrigins: Bool
  }

  private func search<Q: KeyQueue>(_ query: Query, _ queue: inout Q) {
    queue.removeAll()
    // Seed the queue. Nodes are listed when settled; the cleanup below resets the others.
    for (index, source) in query.sources.enumerated() {
      precondition(source.node >= 0 && Int(source.node) < nodeCount, "source out of range")
      precondition(source.initialSeconds >= 0, "negative initial offset")
      let v = Int(source.node)
      let d = source.initialSeconds
      guard UInt32(d) <= query.cutoff, d < dist[v] else { continue }
      dist[v] = d
      pred?[v] = -1
      if query.recordOrigins { origin?[v] = Int32(index) }
      queue.push(UInt64(UInt32(d)) << 32 | UInt64(UInt32(v)))
    }

    var remainingTargets = 0
    if let targets = query.targets {
      if targetMark == nil {
        targetMark = .allocate(capacity: max(nodeCount, 1))
        targetMark?.initialize(repeating: 0, count: max(nodeCount, 1))
      }
      if let mark = targetMark {
        for t in targets {
          precondition(t >= 0 && Int(t) < nodeCount, "target out of range")
          if mark[Int(t)] == 0 {
            mark[Int(t)] = 1
            remainingTargets += 1
          }
        }
      }
      if remainingTargets == 0 {
        clearUnsettled(&queue)
        return
      }
    }
    let mark = query.targets == nil ? nil : targetMark

    let (graph, cutoff) = (query.graph, query.cutoff)
    switch (query.recordPredecessors, query.recordOrigins) {
    case (false, false):
      settleAll(graph, cutoff, mark, &remainingTargets, &queue, RecordNothing.self)
    case (true, false):
      settleAll(graph, cutoff, mark, &remainingTargets, &queue, RecordPredecessors.self)
    case (false, true):
      settleAll(graph, cutoff, mark, &remainingTargets, &queue, RecordOrigins.self)
    case (true, true):
      settleAll(graph, cutoff, mark, &remainingTargets, &queue, RecordBoth.self)
    }
    if !queue.isEmpty { clearUnsettled(&queue) }
    if let targets = query.targets, let mark { for t in targets { mark[Int(t)] = 0 } }
  }

  /// The Dijkstra loop: pops the smallest key, skips stale entries, settles, relaxes.
  ///
  /// The queue is a local copy (a struct over raw memory), so its count and base pointer stay
  /// in registers instead of being reloaded after every store into `dist`.
  @inline(__always)
  private func settleAll<R: SearchRecording, Q: KeyQueue>(
    _ graph: CSRGraph, _ cutoff: UInt32, _ mark: UnsafeMutablePointer<UInt8>?,
    _ remainingTargets: inout Int, _ sharedQueue: inout Q, _: R.Type
  ) {
    graph.offsets.withUnsafeBufferPointer { offsets in
      graph.arcs.withUnsafeBufferPointer { arcs in
        let dist = self.dist
        let pred = self.pred
        let origin = self.origin
        let settled = self.touched
        var settledCount = 0
        var queue = sharedQueue
        defer { sharedQueue = queue }
        while !queue.isEmpty {
          let key = queue.popMin()
          let d = UInt32(truncatingIfNeeded: key >> 32)
          let u = Int(UInt32(truncatingIfNeeded: key))
          if d != UInt32(bitPattern: dist[u]) { continue }  // stale entry
          settled[settledCount] = Int32(truncatingIfNeeded: u)
          settledCount &+= 1
          if let mark, mark[u] != 0 {
            remainingTargets &-= 1
            if remainingTargets == 0 { break }
          }
          let from = R.origins ? origin.unsafelyUnwrapped[u] : 0
          let end = Int(offsets[u &+ 1])
          var e = Int(offsets[u])
          while e < end {
            let arc = arcs[e]
            let v = Int(UInt32(truncatingIfNeeded: arc))
            // No wrap: d < 2^31 and weight < 2^31 (see SearchWorkspace).
            let nd = d &+ UInt32(truncatingIfNeeded: arc >> 32)
            if nd < UInt32(bitPattern: dist[v]) && nd <= cutoff {
              dist[v] = Int32(bitPattern: nd)
              if R.predecessors { pred.unsafelyUnwrapped[v] = Int32(truncatingIfNeeded: e) }
              if R.origins { origin.unsafelyUnwrapped[v] = from }
              queue.push(UInt64(nd) << 32 | UInt64(UInt32(truncatingIfNeeded: v)))
            }
            e &+= 1
          }
        }
        touchedCount = settledCount
      }
    }
  }

  /// After an early stop: every node still queued with its current distance was touched but
  /// not settled; forget it, so that `dist` holds settled nodes only.
  private func clearUnsettled<Q: KeyQueue>(_ queue: inout Q) {
    while let key = queue.popAny() {
      let d = Int32(truncatingIfNeeded: key >> 32)
      let v = Int(UInt32(truncatingIfNeeded: key))
      if dist[v] == d {
        dist[v] = Distance.unreachable
        pred?[v] = -1
        origin?[v] = -1
      }
    }
  }
}
