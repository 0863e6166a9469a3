import Graph
import XCTest

final class BatchRunnerTests: XCTestCase {
  /// Collects every row the runner hands over, with its origin index, in call order.
  private func rows(
    _ runner: BatchRunner, _ origins: [[SearchSource]], cutoff: Int32 = Distance.unreachable,
    targets: [Int32]? = nil
  ) -> (indices: [Int], values: [[Int32]]) {
    var indices: [Int] = []
    var values: [[Int32]] = []
    runner.forEachRow(from: origins, cutoffSeconds: cutoff, targets: targets) { index, row in
      indices.append(index)
      values.append(Array(row))
    }
    return (indices, values)
  }

  func test_rowsAreIdenticalForOneAndManyThreads_andComeInOriginOrder() {
    for seed in UInt64(0)..<100 {
      let c = RandomGraphCase(seed: seed)
      var rng = SplitMix64(seed: seed)
      let graph = CSRGraph(nodeCount: c.nodeCount, arcs: c.arcs)
      let origins = (0..<Int.random(in: 0...40, using: &rng)).map { _ in
        [SearchSource(node: Int32.random(in: 0..<Int32(c.nodeCount), using: &rng))]
      }
      let targets: [Int32]? =
        seed % 2 == 0
        ? nil
        : (0..<5).map { _ in Int32.random(in: 0..<Int32(c.nodeCount), using: &rng) }
      let cutoff: Int32 = seed % 3 == 0 ? 7 : Distance.unreachable
      let serial = rows(
        BatchRunner(graph: graph, threadCount: 1), origins, cutoff: cutoff, targets: targets)
      XCTAssertEqual(serial.indices, Array(origins.indices))
      // A tiny window forces many windows; 3 and 4 threads exercise the dynamic row hand-out.
      for threads in [2, 3, 4] {
        let runner = BatchRunner(graph: graph, threadCount: threads, windowBytes: 1)
        let parallel = rows(runner, origins, cutoff: cutoff, targets: targets)
        XCTAssertEqual(parallel.indices, Array(origins.indices), "seed \(seed), \(threads) threads")
        XCTAssertEqual(parallel.values, serial.values, "seed \(seed), \(threads) threads")
      }
      // Each row equals a search on its own, checked against Bellman–Ford.
      for (k, sources) in origins.enumerated() {
        let expected = bellmanFord(
          nodeCount: c.nodeCount, arcs: c.arcs, sources: sources, cutoff: Int64(cutoff))
        let columns = targets ?? (0..<Int32(c.nodeCount)).map { $0 }
        let want = columns.map { expected[Int($0)].map { Int32($0) } ?? Distance.unreachable }
        XCTAssertEqual(serial.values[k], want, "seed \(seed), origin \(k)")
      }
    }
  }

  func test_distanceMatrix_isRowMajor_andMatchesSingleSearches() {
    for seed in UInt64(100)..<200 {
      let c = RandomGraphCase(seed: seed)
      var rng = SplitMix64(seed: seed)
      let graph = CSRGraph(nodeCount: c.nodeCount, arcs: c.arcs)
      let origins = (0..<4).map { _ in Int32.random(in: 0..<Int32(c.nodeCount), using: &rng) }
      let targets = (0..<3).map { _ in Int32.random(in: 0..<Int32(c.nodeCount), using: &rng) }
      let matrix = BatchRunner(graph: graph, threadCount: 2).distanceMatrix(
        from: origins, to: targets)
      XCTAssertEqual(matrix.originCount, 4)
      XCTAssertEqual(matrix.targetCount, 3)
      for (i, origin) in origins.enumerated() {
        let expected = bellmanFord(
          nodeCount: c.nodeCount, arcs: c.arcs, sources: [SearchSource(node: origin)])
        for (j, target) in targets.enumerated() {
          let want = expected[Int(target)].map { Int32($0) } ?? Distance.unreachable
          XCTAssertEqual(matrix[i, j], want, "seed \(seed)")
          XCTAssertEqual(matrix.seconds[i * 3 + j], want, "seed \(seed)")
        }
        XCTAssertEqual(Array(matrix.row(i)), (0..<3).map { matrix[i, $0] })
      }
    }
  }

  func test_multiSourceOrigins_giveTheNearestSource() {
    // 0 --4--> 2 <--1-- 1 ; origin = {0 at 0 s, 1 at 10 s}: node 2 at min(0+4, 10+1) = 4 s.
    let graph = CSRGraph(
      nodeCount: 3, arcs: [Arc(from: 0, to: 2, weight: 4), Arc(from: 1, to: 2, weight: 1)])
    let origin = [SearchSource(node: 0), SearchSource(node: 1, initialSeconds: 10)]
    let matrix = BatchRunner(graph: graph, threadCount: 2).distanceMatrix(
      from: [origin], to: [2, 1, 0])
    XCTAssertEqual(matrix.seconds, [4, 10, 0])
  }

  private struct StopHere: Error, Equatable { let index: Int }

  func test_throwingConsumer_stopsTheBatch_andTheErrorComesBack() {
    let graph = CSRGraph(nodeCount: 50, arcs: (0..<49).map { Arc(from: $0, to: $0 + 1, weight: 1) })
    for threads in [1, 2, 4] {
      var seen: [Int] = []
      let runner = BatchRunner(graph: graph, threadCount: threads, windowBytes: 1)
      do {
        try runner.forEachRow(from: Array(0..<Int32(50))) { (index, _) throws(StopHere) in
          seen.append(index)
          if index == 7 { throw StopHere(index: index) }
        }
        XCTFail("no error with \(threads) threads")
      } catch {
        XCTAssertEqual(error, StopHere(index: 7))
      }
      XCTAssertEqual(seen, Array(0...7), "\(threads) threads")
    }
  }
}
