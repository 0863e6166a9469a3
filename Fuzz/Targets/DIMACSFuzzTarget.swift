import Foundation
import Graph

/// libFuzzer entry: the DIMACS readers (`DIMACS.parseGraph` for `.gr`, `DIMACS.parseCoordinates`
/// for `.co`) on the same bytes.
///
/// Checks, besides "no trap, no sanitizer report": a refused file has 1 to
/// `DIMACSError.maximumDiagnostics` problems, each at a line the file has; an accepted graph holds
/// exactly the arcs of the file's `a` lines (whether the fast or the careful path read them),
/// sorted by tail, and can be searched; accepted coordinates are those of the `v` lines.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDIMACS(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
  do {
    let graph = try DIMACS.parseGraph(bytes, fileName: "fuzz.gr")
    requireArcs(of: graph, asIn: lines)
    if graph.nodeCount > 0 && graph.nodeCount <= 100_000 {
      var workspace = SearchWorkspace(nodeCount: graph.nodeCount)
      workspace.run(on: graph, from: [SearchSource(node: 0)])
    }
  } catch {
    requireLocated(error, "fuzz.gr", lineCount: lines.count)
  }
  do {
    let coordinates = try DIMACS.parseCoordinates(bytes, fileName: "fuzz.co")
    var expected: [Int: (Int32, Int32)] = [:]
    for line in lines where line.first == UInt8(ascii: "v") {
      let numbers = integers(line.dropFirst())
      expected[numbers[0] - 1] = (Int32(numbers[1]), Int32(numbers[2]))
    }
    guard coordinates.x.count == expected.count,
      expected.allSatisfy({
        coordinates.x[$0.key] == $0.value.0 && coordinates.y[$0.key] == $0.value.1
      })
    else {
      fatalError("parseCoordinates: the coordinates differ from the file's v lines")
    }
  } catch {
    requireLocated(error, "fuzz.co", lineCount: lines.count)
  }
  return 0
}

/// The integers of a line after its letter (blanks: space, tab, CR).
private func integers(_ line: ArraySlice<UInt8>) -> [Int] {
  line.split(whereSeparator: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }).map {
    guard let value = Int(String(decoding: $0, as: UTF8.self)) else {
      fatalError("an accepted file has a token that is not an integer")
    }
    return value
  }
}

/// Requires the graph's arcs, as (tail, head, weight) with 1-based ids, to be the `a` lines'.
private func requireArcs(of graph: CSRGraph, asIn lines: [ArraySlice<UInt8>]) {
  var expected: [[Int]] = []
  for line in lines where line.first == UInt8(ascii: "a") {
    expected.append(integers(line.dropFirst()))
  }
  var found: [[Int]] = []
  for node in 0..<graph.nodeCount {
    for arc in graph.arcRange(from: Int32(node)) {
      found.append([node + 1, Int(graph.target(ofArc: arc)) + 1, Int(graph.weight(ofArc: arc))])
    }
  }
  let sortedExpected = expected.enumerated().sorted {
    ($0.element[0], $0.element[1], $0.offset) < ($1.element[0], $1.element[1], $1.offset)
  }.map(\.element)
  guard found == sortedExpected else {
    fatalError("parseGraph: the graph's arcs differ from the file's a lines")
  }
}

private func requireLocated(_ error: DIMACSError, _ file: String, lineCount: Int) {
  guard !error.diagnostics.isEmpty,
    error.diagnostics.count <= DIMACSError.maximumDiagnostics
  else {
    fatalError("\(file): \(error.diagnostics.count) diagnostics")
  }
  for diagnostic in error.diagnostics {
    guard diagnostic.file == file, diagnostic.line >= 1, diagnostic.line <= lineCount + 1,
      (diagnostic.column ?? 1) >= 1
    else {
      fatalError("\(file): diagnostic outside the file: \(diagnostic)")
    }
  }
}
