import Dispatch
import Foundation

/// Many-to-many shortest paths on all cores, with results handed over row by row in origin
/// order.
///
/// Origins are processed in windows of a few rows per thread: the workers of a window
/// (`DispatchQueue.concurrentPerform`, one `SearchWorkspace` each, rows taken dynamically) write
/// into disjoint rows of one window buffer, then the consumer sees the window's rows in origin
/// order on the calling thread. Memory is bounded by the window (threads × rows per thread ×
/// row length), never by the number of origins. Every row is an independent deterministic
/// search, so the bytes do not depend on the thread count.
public struct BatchRunner: Sendable {
  /// The graph searched.
  public let graph: CSRGraph
  /// Worker threads (1 runs everything on the calling thread).
  public let threadCount: Int
  /// Upper bound on the bytes of one window buffer; at least one row per thread is kept.
  public let windowBytes: Int

  /// Creates a runner over `graph`.
  /// - Parameters:
  ///   - threadCount: worker threads; default: every active core.
  ///   - windowBytes: memory budget of the reorder window (default 32 MiB); a window holds up
  ///     to 8 rows per thread within it, and never fewer than one row per thread.
  public init(graph: CSRGraph, threadCount: Int? = nil, windowBytes: Int = 32 << 20) {
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
  /// buffer is only valid during the call.
  /// - Parameter origins: each origin is a set of sources (e.g. a place and its access times);
  ///   the row holds the distance from the nearest of them.
  public func forEachRow(
    from origins: [[SearchSource]], cutoffSeconds: Int32 = Distance.unreachable,
    targets: [Int32]? = nil,
    _ consume: (_ originIndex: Int, _ row: UnsafeBufferPointer<Int32>) throws -> Void
  ) rethrows {
    let rowLength = targets?.count ?? graph.nodeCount
    if threadCount == 1 || origins.count <= 1 {
      var workspace = SearchWorkspace(nodeCount: graph.nodeCount)
      let row = UnsafeMutableBufferPointer<Int32>.allocate(capacity: max(rowLength, 1))
      defer { row.deallocate() }
      for (index, sources) in origins.enumerated() {
        search(&workspace, sources, cutoffSeconds, targets, into: row.baseAddress.unsafelyUnwrapped)
        try consume(index, UnsafeBufferPointer(start: row.baseAddress, count: rowLength))
      }
      return
    }
    let rowBytes = max(1, rowLength * MemoryLayout<Int32>.stride)
    let windowRows = max(threadCount, min(threadCount * 8, windowBytes / rowBytes))
    let window = WindowBuffer(rows: windowRows, rowLength: rowLength)
    let pool = WorkspacePool(count: threadCount, nodeCount: graph.nodeCount)
    var windowStart = 0
    while windowStart < origins.count {
      let rowsHere = min(windowRows, origins.count - windowStart)
      let next = RowCounter()
      let start = windowStart
      DispatchQueue.concurrentPerform(iterations: min(threadCount, rowsHere)) { worker in
        while let k = next.take(below: rowsHere) {
          pool.withWorkspace(worker) { workspace in
            search(
              &workspace, origins[start + k], cutoffSeconds, targets, into: window.row(k))
          }
        }
      }
      for k in 0..<rowsHere {
        try consume(start + k, UnsafeBufferPointer(start: window.row(k), count: rowLength))
      }
      windowStart += rowsHere
    }
  }

  /// `forEachRow` for origins that are single nodes (distance 0 at the node).
  public func forEachRow(
    from origins: [Int32], cutoffSeconds: Int32 = Distance.unreachable, targets: [Int32]? = nil,
    _ consume: (_ originIndex: Int, _ row: UnsafeBufferPointer<Int32>) throws -> Void
  ) rethrows {
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

/// The reorder window: `rows` rows of `rowLength` distances. Workers write disjoint rows (each
/// row index is handed out once by `RowCounter`), so sharing it across threads is safe.
private final class WindowBuffer: @unchecked Sendable {
  let storage: UnsafeMutablePointer<Int32>
  let rowLength: Int

  init(rows: Int, rowLength: Int) {
    self.rowLength = rowLength
    storage = .allocate(capacity: max(1, rows * rowLength))
  }

  deinit { storage.deallocate() }

  func row(_ k: Int) -> UnsafeMutablePointer<Int32> { storage + k * rowLength }
}

/// One workspace per worker; worker `w` only ever touches workspace `w`.
private final class WorkspacePool: @unchecked Sendable {
  private let workspaces: UnsafeMutablePointer<SearchWorkspace>
  private let count: Int

  init(count: Int, nodeCount: Int) {
    self.count = count
    workspaces = .allocate(capacity: count)
    for w in 0..<count { (workspaces + w).initialize(to: SearchWorkspace(nodeCount: nodeCount)) }
  }

  deinit {
    workspaces.deinitialize(count: count)
    workspaces.deallocate()
  }

  func withWorkspace(_ worker: Int, _ body: (inout SearchWorkspace) -> Void) {
    body(&workspaces[worker])
  }
}

/// Hands out row indices `0, 1, 2, …` to workers, each exactly once.
private final class RowCounter: @unchecked Sendable {
  private let lock = NSLock()
  private var next = 0

  func take(below limit: Int) -> Int? {
    lock.lock()
    defer { lock.unlock() }
    guard next < limit else { return nil }
    next += 1
    return next - 1
  }
}
