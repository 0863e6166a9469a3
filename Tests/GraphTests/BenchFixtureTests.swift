import Foundation
import Graph
import XCTest

/// The `small` benchmark graph (Fixtures/small.*, from the shared benchmark's generator): the
/// engine's checksums must equal the ones every peer agrees on (scipy, ref_cpp, SwiftGraph…),
/// as recorded in the benchmark's results/small-*.md.
final class BenchFixtureTests: XCTestCase {
  private static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures")

  private func load() throws -> (graph: CSRGraph, sources: [Int32], cutoff: Int32) {
    let graph = try DIMACS.loadGraph(path: Self.fixtures.appendingPathComponent("small.gr").path)
    let text = try String(
      contentsOf: Self.fixtures.appendingPathComponent("small.sources.txt"), encoding: .utf8)
    let sources = text.split(whereSeparator: \.isWhitespace).compactMap { Int32($0) }.map { $0 - 1 }
    let meta = try Data(contentsOf: Self.fixtures.appendingPathComponent("small.meta.json"))
    let object = try JSONSerialization.jsonObject(with: meta) as? [String: Any]
    let cutoff = try XCTUnwrap((object?["iso_cutoff_s"] as? NSNumber)?.int32Value)
    return (graph, sources, cutoff)
  }

  /// Sum of finite distances (within `cutoff`) mod 2^32, and their count: the peers' checksum.
  private func checksum(_ row: UnsafeBufferPointer<Int32>, cutoff: Int32 = .max) -> (UInt64, Int) {
    var sum: UInt64 = 0
    var reached = 0
    for d in row where d != Distance.unreachable && d <= cutoff {
      sum += UInt64(d)
      reached += 1
    }
    return (sum % (1 << 32), reached)
  }

  func test_smallGraph_checksumsEqualThePeers() throws {
    let (graph, sources, cutoff) = try load()
    XCTAssertEqual(graph.nodeCount, 10_000)
    XCTAssertEqual(graph.arcCount, 27_760)
    XCTAssertEqual(sources.count, 100)
    XCTAssertEqual(cutoff, 203)
    var workspace = SearchWorkspace(nodeCount: graph.nodeCount)

    workspace.run(on: graph, from: [SearchSource(node: sources[0])])
    let sssp = workspace.withDistances { checksum($0) }
    XCTAssertEqual(sssp.0, 4_782_898)
    XCTAssertEqual(sssp.1, 10_000)

    workspace.run(on: graph, from: [SearchSource(node: sources[0])], cutoffSeconds: cutoff)
    let iso = workspace.withDistances { checksum($0, cutoff: cutoff) }
    XCTAssertEqual(iso.0, 73_332)
    XCTAssertEqual(iso.1, 481)
    XCTAssertEqual(workspace.settledCount, 481)

    workspace.run(on: graph, from: sources.map { SearchSource(node: $0) })
    let nearest = workspace.withDistances { checksum($0) }
    XCTAssertEqual(nearest.0, 949_472)
    XCTAssertEqual(nearest.1, 10_000)

    var batchSum: UInt64 = 0
    var batchReached = 0
    BatchRunner(graph: graph).forEachRow(from: sources) { _, row in
      let (sum, reached) = checksum(row)
      batchSum = (batchSum + sum) % (1 << 32)
      batchReached += reached
    }
    XCTAssertEqual(batchSum, 542_735_544)
    XCTAssertEqual(batchReached, 1_000_000)
  }
}
