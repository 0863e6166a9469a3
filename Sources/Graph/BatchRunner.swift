import Dispatch
import Foundation

/// Many-to-many shortest paths on all cores, with results handed over row by row in origin
/// order.
///
/// Worker threads (`DispatchQueue.concurrentPerform`, one `SearchWorkspace` each) take origins
/// in order and write each row into a slot of a ring of a few rows per thread; the calling
/// thread hands finished rows to the consumer strictly in origin order and frees their slots.
/// A worker never runs more than the ring's size ahead of the consumer, so memory is bounded
/// by threads × rows per thread × row length, never by the number of origins; and no worker
/// waits at a barrier for a slow row. Every row is an independent deterministic search, so the
/// bytes do not depend on the thread count. The consumer runs on the calling thread.
public struct BatchRunner: Sendable {
  /// The graph searched.
  public let graph: CSRGraph
  /// Worker threads (1 runs everything on the calling thread).
  public let threadCount: Int
  /// Upper bound on the bytes of the ring of finished rows; at least one row per thread.
  public let windowBytes: Int

  /// Creates a runner over `graph`.
  /// - Parameters:
  ///   - threadCount: worker threads; default: every active core.
  ///   - windowBytes: memory budget of the ring of rows (default 16 MiB); the ring holds up
  ///     to 8 rows per thread within it, and never fewer than one row per thread.
  public init(graph: CSRGraph, threadCount: Int? = nil, windowBytes: Int = 16 << 20) {
    self.graph = graph
    self.threadCount = max(1, threadCount ?? ProcessInfo.processInfo.activeProcessorCount)
    self.windowBytes = windowBytes
  }

  /// Runs one search per origin and calls `consume(originIndex, row)` for every origin, in
  /// origin order, on the calling thread.
  ///
  /// A row holds the distances to `targets` (in that order, duplicates allowed), or to every
  /// node when `targets` is `nil`; `Distance.unreachable` where not reached within
  /// `cutoffSeconds`. With `targets`, each search stops once all of them are settled. The row
  /// buffer is only valid during the call. If `consume` throws, no further rows are handed
  /// over, the workers stop, and the error is rethrown.
  /// - Parameter origins: each origin is a set of sources (e.g. a place and its access times);
  ///   the row holds the distance from the nearest of them.
  public func forEachRow<Failure: Error>(
    from origins: [[SearchSource]], cutoffSeconds: Int32 = Distance.unreachable,
    targets: [Int32]? = nil,
    _ consume: (_ originIndex: Int, _ row: UnsafeBufferPointer<Int32>) throws(Failure) -> Void
  ) throws(Failure) {
    let rowLength = targets?.count ?? graph.nodeCount
    if threadCount == 1 || origins.count <= 1 {
      var workspace = SearchWorkspace(nodeCount: graph.nodeCount)
      let row = UnsafeMutablePointer<Int32>.allocate(capacity: max(rowLength, 1))
      defer { row.deallocate() }
      for (index, sources) in origins.enumerated() {
        search(&workspace, sources, cutoffSeconds, targets, into: row)
        try consume(index, UnsafeBufferPointer(start: row, count: rowLength))
      }
      return
    }
    let rowBytes = max(1, rowLength * MemoryLayout<Int32>.stride)
    let slots = max(threadCount, min(threadCount * 8, windowBytes / rowBytes))
    let ring = RowRing(slots: slots, rowLength: rowLength)
    let progress = BatchProgress(rowCount: origins.count, slots: slots)
    let workers = DispatchGroup()
    let threads = min(threadCount, origins.count)
    DispatchQueue.global(qos: .userInitiated).async(group: workers) {
      DispatchQueue.concurrentPerform(iterations: threads) { _ in
        var workspace = SearchWorkspace(nodeCount: graph.nodeCount)
        while let k = progress.takeRow() {
          search(&workspace, origins[k], cutoffSeconds, targets, into: ring.row(k % slots))
          progress.markDone(k)
        }
      }
    }
    var failure: Failure?
    for index in origins.indices {
      progress.waitUntilDone(index)
      do {
        try consume(index, UnsafeBufferPointer(start: ring.row(index % slots), count: rowLength))
      } catch {
        failure = error
        progress.stop()
        break
      }
      progress.markConsumed(index)
    }
    workers.wait()
    if let failure { throw failure }
  }

  /// `forEachRow` for origins that are single nodes (distance 0 at the node).
  public func forEachRow<Failure: Error>(
    from origins: [Int32], cutoffSeconds: Int32 = Distance.unreachable, targets: [Int32]? = nil,
    _ consume: (_ originIndex: Int, _ row: UnsafeBufferPointer<Int32>) throws(Failure) -> Void
  ) throws(Failure) {
    try forEachRow(
      from: origins.map { [SearchSource(node: $0)] }, cutoffSeconds: cutoffSeconds,
      targets: targets, consume)
  }

  /// Distances from `origins` to `targets` as a flat row-major matrix (each search stops once
  /// all targets are settled).
  public func distanceMatrix(
    from origins: [Int32], to targets: [Int32], cutoffSeconds: Int32 = Distance.unreachable
  ) -> DistanceMatrix {
    distanceMatrix(
      from: origins.map { [SearchSource(node: $0)] }, to: targets, cutoffSeconds: cutoffSeconds)
  }

  /// Distances from multi-source `origins` to `targets` as a flat row-major matrix.
  public func distanceMatrix(
    from origins: [[SearchSource]], to targets: [Int32],
    cutoffSeconds: Int32 = Distance.unreachable
  ) -> DistanceMatrix {
    var matrix = DistanceMatrix(originCount: origins.count, targetCount: targets.count)
    forEachRow(from: origins, cutoffSeconds: cutoffSeconds, targets: targets) { index, row in
      matrix.setRow(index, row)
    }
    return matrix
  }

  /// One search, its row written to `row`.
  private func search(
    _ workspace: inout SearchWorkspace, _ sources: [SearchSource], _ cutoffSeconds: Int32,
    _ targets: [Int32]?, into row: UnsafeMutablePointer<Int32>
  ) {
    workspace.run(on: graph, from: sources, cutoffSeconds: cutoffSeconds, targets: targets)
    if let targets {
      for (k, t) in targets.enumerated() { row[k] = workspace.distance(to: t) }
    } else {
      workspace.withDistances { dist in
        row.update(from: dist.baseAddress.unsafelyUnwrapped, count: dist.count)
      }
    }
  }
}

/// The ring of row slots. Row `k` lives in slot `k % slots`; `BatchProgress` guarantees that a
/// slot is written by one worker and read by the consumer only after that worker finished
/// (the condition's lock orders the accesses), and reused only after it was consumed.
private final class RowRing: @unchecked Sendable {
  let storage: UnsafeMutablePointer<Int32>
  let rowLength: Int

  init(slots: Int, rowLength: Int) {
    self.rowLength = rowLength
    storage = .allocate(capacity: max(1, slots * rowLength))
  }

  deinit { storage.deallocate() }

  func row(_ slot: Int) -> UnsafeMutablePointer<Int32> { storage + slot * rowLength }
}
