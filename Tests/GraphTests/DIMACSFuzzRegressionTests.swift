import Foundation
import Graph
import XCTest

/// Inputs the DIMACS fuzz target (Fuzz/run dimacs) found that broke "nothing traps on user data;
/// every bad input is a located diagnostic", each reduced to its cause.
final class DIMACSFuzzRegressionTests: XCTestCase {
  /// fuzz-dimacs (out-of-memory): a 127-byte `.co` file whose header claims 347,487,647 nodes
  /// made the parser allocate three arrays of that many `Int32`s (4 GB) before reading a line.
  /// Every node needs a line of at least 8 bytes, so the header is now refused at once, located
  /// at the count, in memory and from a file alike.
  func test_coordinateHeaderClaimingMoreNodesThanTheFileHolds_isRefusedWithoutAllocating()
    throws
  {
    let text = "c coordinates\np aux sp co 347487647\nv 3 0 0\nv 2\t2147483646 -2147483647\n"
    let expected =
      "t.co:2:13: error: count mismatch: the problem line declares 347487647 nodes, but a file"
      + " of \(text.utf8.count) bytes holds at most \(text.utf8.count / 8 + 1) 'v' lines"
    XCTAssertThrowsError(try DIMACS.parseCoordinates(Array(text.utf8), fileName: "t.co")) {
      error in
      XCTAssertEqual((error as? DIMACSError)?.diagnostics.map(\.description), [expected])
    }
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("dimacs-fuzz-\(ProcessInfo.processInfo.processIdentifier).co").path
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    defer { try? FileManager.default.removeItem(atPath: path) }
    XCTAssertThrowsError(try DIMACS.loadCoordinates(path: path)) { error in
      XCTAssertEqual(
        (error as? DIMACSError)?.diagnostics.map(\.description),
        [expected.replacingOccurrences(of: "t.co:", with: "\(path):")])
    }
  }

  /// The bound is exact enough for the smallest valid files: one node per 8-byte line.
  func test_coordinateFilesAtTheBound_stillParse() throws {
    let text = "p aux sp co 2\nv 1 0 0\nv 2 0 0"
    let coordinates = try DIMACS.parseCoordinates(Array(text.utf8), fileName: "t.co")
    XCTAssertEqual(coordinates.x, [0, 0])
  }
  /// fuzz-dimacs (out-of-memory): a 93-byte `.gr` file whose header claims 1,474,836,461 nodes
  /// made the parser allocate their degrees (5.9 GB) and then the CSR offsets. Nodes without arcs
  /// need no line, so a header may still declare 2^27 of them, or two per arc line the file could
  /// hold; beyond that it is refused at the count, and its arc lines are not reported again.
  func test_graphHeaderClaimingFarMoreNodesThanArcsCanTouch_isRefusedWithoutAllocating() {
    let text = "c a small graph\np sp 1474836461 5\na\t5 1  27 5\na 1 2 7\na 1 3 0\r\n"
    XCTAssertThrowsError(try DIMACS.parseGraph(Array(text.utf8), fileName: "t.gr")) { error in
      XCTAssertEqual(
        (error as? DIMACSError)?.diagnostics.map(\.description),
        [
          "t.gr:2:6: error: bad header: 1474836461 nodes; a file of \(text.utf8.count) bytes may"
            + " declare at most 134217728 (2^27, or two per arc line its size allows when that is"
            + " more)"
        ])
    }
  }

  /// Isolated nodes up to the bound are still a graph, and a big file may declare two nodes per
  /// arc line it could hold.
  func test_graphHeaderWithinTheNodeBound_stillParses() throws {
    let graph = try DIMACS.parseGraph(Array("p sp 100000 1\na 1 100000 4\n".utf8), fileName: "t.gr")
    XCTAssertEqual(graph.nodeCount, 100_000)
    XCTAssertEqual(graph.arcCount, 1)
  }

  /// Found while writing the DIMACS target: a graph read from a pipe (`<(zcat x.gr.gz)`, a FIFO)
  /// has no size, so the arc arrays were sized for one arc and the others were silently dropped
  /// (3 arcs declared and read, a graph of 1). A file that is not a regular file is now read whole.
  func test_graphAndCoordinatesFromAPipe_keepEveryLine() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("dimacs-pipe-\(ProcessInfo.processInfo.processIdentifier)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    func throughPipe<T>(_ text: String, _ load: (String) throws -> T) throws -> T {
      let path = folder.appendingPathComponent("pipe").path
      unlink(path)
      XCTAssertEqual(mkfifo(path, 0o600), 0)
      let writer = Thread {
        let descriptor = open(path, O_WRONLY)
        _ = Array(text.utf8).withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
      }
      writer.start()
      return try load(path)
    }
    let graph = try throughPipe("p sp 3 3\na 1 2 7\na 2 3 1\na 3 1 5\n") {
      try DIMACS.loadGraph(path: $0)
    }
    XCTAssertEqual(graph.arcCount, 3)
    XCTAssertEqual(graph.arcWeights, [7, 1, 5])
    let coordinates = try throughPipe("p aux sp co 2\nv 2 5 6\nv 1 3 4\n") {
      try DIMACS.loadCoordinates(path: $0)
    }
    XCTAssertEqual(coordinates.x, [3, 5])
    XCTAssertEqual(coordinates.y, [4, 6])
  }

}
