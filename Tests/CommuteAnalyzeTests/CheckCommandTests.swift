import Foundation
import XCTest

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// `check` through the built binary: the default network's expectations pass; a copy of the
/// network with one slowed link fails, naming the line; bad input exits 2; JUnit XML parses.
final class CheckCommandTests: XCTestCase {
  private var folder: URL!
  private let expectations = RepositoryPaths.defaultNetwork.appendingPathComponent("expectations")
    .path

  override func setUpWithError() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "check-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(at: folder)
  }

  func test_defaultExpectations_pass_andListTheTargets() throws {
    let run = try ToolRunner.run(["check", expectations])
    XCTAssertEqual(run.status, 0, run.stdout + run.stderr)
    XCTAssertTrue(run.stdout.contains(" 0 failed, "), run.stdout)
    XCTAssertTrue(run.stdout.contains("target ("), run.stdout)
    let lines = run.stdout.split(separator: "\n")
    for needed in ["by car", "by rail", "by transit", "by any"] {
      XCTAssertTrue(
        lines.contains { $0.contains(needed) && $0.hasSuffix("pass") }, "no passing \(needed)")
    }
  }

  /// A copy of the default network with the 长吉 intercity 30 minutes slower: check exits 1 and
  /// names the line that fails.
  func test_aBrokenEdit_failsTheCheck_namingTheLine() throws {
    let copy = folder.appendingPathComponent("network")
    try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
    for (name, bytes) in try RepositoryPaths.csvFiles(in: RepositoryPaths.defaultNetwork) {
      try Data(bytes).write(to: copy.appendingPathComponent(name))
    }
    let scenario = folder.appendingPathComponent("slow.json")
    try """
    {"name": "slow", "edits": [{"type": "modify-line", "line": "changji-ic", "run_time_factor": 1.75,
     "source": "est. test: a broken edit"}]}
    """.write(to: scenario, atomically: true, encoding: .utf8)
    let run = try ToolRunner.run([
      "check", expectations, "--network", copy.path, "--scenario", scenario.path,
    ])
    XCTAssertEqual(run.status, 1, run.stdout + run.stderr)
    XCTAssertTrue(
      run.stdout.split(separator: "\n").contains {
        $0.contains("changchun -> jilin by rail <= 90 min") && $0.hasSuffix("FAIL")
      }, run.stdout)
  }

  func test_badExpectations_exit2_withEveryProblem() throws {
    let file = folder.appendingPathComponent("bad.txt")
    try "changchun -> nowhere by rail <= 60 min\nchangchun -> jilin by ship <= 60 min\n".write(
      to: file, atomically: true, encoding: .utf8)
    let run = try ToolRunner.run(["check", file.path])
    XCTAssertEqual(run.status, 2, run.stderr)
    XCTAssertTrue(
      run.stderr.contains("\(file.path):1:14: error: unknown place 'nowhere'"), run.stderr)
    XCTAssertTrue(
      run.stderr.contains("\(file.path):2:23: error: unknown profile 'ship'"), run.stderr)
  }

  /// The JUnit XML parses, with the elements CI systems read: testsuites/testsuite/testcase with
  /// name, tests and failures; a skipped element per target.
  func test_junit_parsesWithTheRequiredElements() throws {
    let run = try ToolRunner.run(["check", expectations, "--format", "junit"])
    XCTAssertEqual(run.status, 0, run.stderr)
    final class Collector: NSObject, XMLParserDelegate {
      var elements: [(String, [String: String])] = []
      func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
        qualifiedName: String?, attributes: [String: String] = [:]
      ) {
        elements.append((name, attributes))
      }
    }
    let collector = Collector()
    let parser = XMLParser(data: Data(run.stdout.utf8))
    parser.delegate = collector
    XCTAssertTrue(parser.parse(), "\(String(describing: parser.parserError))")
    let names = collector.elements.map(\.0)
    XCTAssertEqual(names.first, "testsuites")
    XCTAssertTrue(names.contains("testsuite"))
    let cases = collector.elements.filter { $0.0 == "testcase" }
    XCTAssertGreaterThanOrEqual(cases.count, 10)
    XCTAssertTrue(cases.allSatisfy { $0.1["name"] != nil && $0.1["classname"] != nil })
    let suite = try XCTUnwrap(collector.elements.first { $0.0 == "testsuite" }?.1)
    XCTAssertEqual(suite["tests"], String(cases.count))
    XCTAssertEqual(suite["failures"], "0")
    XCTAssertEqual(
      names.filter { $0 == "skipped" }.count, Int(suite["skipped"] ?? "") ?? -1)
  }
}
