import Foundation
import Graph
import XCTest

final class DIMACSTests: XCTestCase {
  private func parse(_ text: String) throws(DIMACSError) -> CSRGraph {
    try DIMACS.parseGraph(Array(text.utf8), fileName: "t.gr")
  }

  /// The first diagnostic of a text that must fail.
  private func firstProblem(
    _ text: String, file: StaticString = #filePath, line: UInt = #line
  ) -> DIMACSDiagnostic? {
    do {
      _ = try parse(text)
      XCTFail("parsed without error", file: file, line: line)
      return nil
    } catch {
      return error.diagnostics.first
    }
  }

  func test_validGraph_isParsedWithCommentsBlankLinesAndCRLF() throws {
    let graph = try parse("c a comment\r\np sp 3 3\r\n\na 1 2 7\r\na 2 3 0\na 3 1 5")
    XCTAssertEqual(graph.nodeCount, 3)
    XCTAssertEqual(graph.arcCount, 3)
    var workspace = SearchWorkspace(nodeCount: 3)
    workspace.run(on: graph, from: [SearchSource(node: 0)])
    // 1 -> 2 costs 7, 2 -> 3 costs 0: distances 0, 7, 7.
    XCTAssertEqual((0..<3).map { workspace.distance(to: $0) }, [0, 7, 7])
  }

  func test_unsortedArcs_areSortedLikeTheBuilder() throws {
    let graph = try parse("p sp 3 3\na 3 1 1\na 1 3 2\na 1 2 3\n")
    XCTAssertEqual((0..<3).map { graph.target(ofArc: $0) }, [1, 2, 0])
    XCTAssertEqual((0..<3).map { graph.weight(ofArc: $0) }, [3, 2, 1])
  }

  func test_badHeader_namesTheLineAndColumn() {
    let problem = firstProblem("c x\np max 3 1\na 1 2 3\n")
    XCTAssertEqual(problem?.line, 2)
    XCTAssertEqual(problem?.column, 3)
    XCTAssertTrue(
      problem?.message.contains("bad header") ?? false, "\(String(describing: problem))")
    XCTAssertEqual(
      firstProblem("p sp 3\n")?.message, "bad header: truncated line: expected a count")
    XCTAssertEqual(firstProblem("p sp 3 1\np sp 3 1\na 1 2 3\n")?.line, 2)
  }

  func test_missingHeader_andArcBeforeHeader_areReported() {
    XCTAssertEqual(firstProblem("c only comments\n")?.message, "missing problem line 'p sp N M'")
    let problem = firstProblem("a 1 2 3\np sp 2 1\n")
    XCTAssertEqual(problem?.line, 1)
    XCTAssertTrue(problem?.message.contains("before the problem line") ?? false)
  }

  func test_countMismatch_namesTheHeaderLine() {
    let problem = firstProblem("c\np sp 3 2\na 1 2 3\n")
    XCTAssertEqual(problem?.line, 2)
    XCTAssertEqual(
      problem?.message, "count mismatch: the problem line declares 2 arcs, the file has 1")
  }

  func test_nodeIdOutOfRange_namesLineAndColumn() {
    let problem = firstProblem("p sp 3 1\na 1 4 3\n")
    XCTAssertEqual(problem?.line, 2)
    XCTAssertEqual(problem?.column, 5)
    XCTAssertEqual(problem?.message, "node id 4 out of range 1...3")
    XCTAssertEqual(firstProblem("p sp 3 1\na 0 1 3\n")?.column, 3)
  }

  func test_negativeAndOverflowingWeights_areRejected() {
    let negative = firstProblem("p sp 3 1\na 1 2 -5\n")
    XCTAssertEqual(negative?.line, 2)
    XCTAssertEqual(negative?.column, 7)
    XCTAssertEqual(negative?.message, "negative weight -5")
    let overflow = firstProblem("p sp 3 1\na 1 2 2147483647\n")
    XCTAssertEqual(overflow?.message, "weight too large (overflows Int32)")
    XCTAssertEqual(firstProblem("p sp 3 1\na 1 2 99999999999999999999999\n")?.column, 7)
  }

  func test_nonNumericToken_andTrailingText_areRejected() {
    let problem = firstProblem("p sp 3 1\na 1 x2 3\n")
    XCTAssertEqual(problem?.line, 2)
    XCTAssertEqual(problem?.column, 5)
    XCTAssertEqual(problem?.message, "expected an integer head node id")
    XCTAssertEqual(firstProblem("p sp 3 1\na 1 2 3x\n")?.message, "expected an integer weight")
    XCTAssertEqual(firstProblem("p sp 3 1\na 1 2 3 4\n")?.column, 9)
    XCTAssertEqual(firstProblem("p sp 3 1\nx 1 2 3\n")?.line, 2)
  }

  func test_truncatedLine_namesTheMissingField() {
    let problem = firstProblem("p sp 3 1\na 1 2\n")
    XCTAssertEqual(problem?.line, 2)
    XCTAssertEqual(problem?.column, 6)
    XCTAssertEqual(problem?.message, "truncated line: expected a weight")
  }

  func test_severalProblems_areReportedAtOnce() {
    do {
      _ = try parse("p sp 2 3\na 1 3 1\na 1 2 -1\na 1 2 x\n")
      XCTFail("parsed without error")
    } catch {
      XCTAssertEqual(error.diagnostics.map(\.line), [2, 3, 4])
      XCTAssertTrue(error.description.hasPrefix("t.gr:2:5: error: node id 3 out of range"))
    }
  }

  func test_missingFile_isAnError() {
    do {
      _ = try DIMACS.loadGraph(path: "/nonexistent/graph.gr")
      XCTFail("loaded a missing file")
    } catch {
      XCTAssertEqual(error.diagnostics.first?.message, "cannot open file")
      XCTAssertEqual(error.diagnostics.first?.file, "/nonexistent/graph.gr")
      XCTAssertEqual(error.description, "/nonexistent/graph.gr: error: cannot open file")
    }
  }

  func test_fileLoader_handlesLinesAcrossChunks_andMatchesInMemoryParse() throws {
    // Enough text to span several read chunks, with no newline at the end.
    var text = "c long file\np sp 1000 200000\n"
    var rng = SplitMix64(seed: 1)
    for _ in 0..<200_000 {
      text +=
        "a \(Int.random(in: 1...1000, using: &rng)) \(Int.random(in: 1...1000, using: &rng)) \(Int.random(in: 0...99, using: &rng))\n"
    }
    text.removeLast()
    let path = FileManager.default.temporaryDirectory.appendingPathComponent(
      "graph-tests-\(getpid()).gr"
    ).path
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    defer { try? FileManager.default.removeItem(atPath: path) }
    let fromFile = try DIMACS.loadGraph(path: path)
    let fromMemory = try parse(text)
    XCTAssertEqual(fromFile.arcCount, 200_000)
    XCTAssertEqual(fromFile.arcWeights, fromMemory.arcWeights)
    XCTAssertEqual(
      (0..<fromFile.arcCount).map { fromFile.target(ofArc: $0) },
      (0..<fromMemory.arcCount).map { fromMemory.target(ofArc: $0) })
  }

  func test_coordinates_parseAndReportProblems() throws {
    let coordinates = try DIMACS.parseCoordinates(
      Array("c coords\np aux sp co 2\nv 2 -5 7\nv 1 10 20\n".utf8), fileName: "t.co")
    XCTAssertEqual(coordinates.x, [10, -5])
    XCTAssertEqual(coordinates.y, [20, 7])
    func problem(_ text: String) -> DIMACSDiagnostic? {
      do {
        _ = try DIMACS.parseCoordinates(Array(text.utf8), fileName: "t.co")
        return nil
      } catch { return error.diagnostics.first }
    }
    XCTAssertEqual(problem("p aux sp xx 2\n")?.column, 10)
    XCTAssertEqual(
      problem("p aux sp co 2\nv 1 0 0\nv 1 0 0\n")?.message, "node 1 already given on line 2")
    XCTAssertEqual(problem("p aux sp co 2\nv 3 0 0\n")?.message, "node id 3 out of range 1...2")
    XCTAssertEqual(
      problem("p aux sp co 2\nv 1 0 0\n")?.message,
      "count mismatch: the problem line declares 2 nodes, the file gives 1 (first missing: node 2)")
    XCTAssertEqual(
      problem("p aux sp co 1\nv 1 0\n")?.message, "truncated line: expected a node id or coordinate"
    )
    XCTAssertEqual(problem("p aux sp co 1\nv 1 0 9999999999\n")?.column, 7)
  }
}
