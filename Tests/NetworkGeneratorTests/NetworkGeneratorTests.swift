import Foundation
import TransitModel
import XCTest

@testable import network_generator

/// The generator end to end: its output is a valid network N times the input, one road graph, the
/// same bytes on every run.
final class NetworkGeneratorTests: XCTestCase {
  func test_timesThree_loadsWithThreeTimesEveryTablePlusTheJoiningLinks() throws {
    let folder = try GeneratorRunner.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let run = try GeneratorRunner.run([
      "--times", "3", "--from", GeneratorRunner.defaultNetwork.path, "-o", folder.path,
    ])
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertEqual(run.stderr, "")

    let original = try NetworkLoader.load(.directory(GeneratorRunner.defaultNetwork.path))
    let tiled = try NetworkLoader.load(.directory(folder.path))
    XCTAssertEqual(tiled.network.places.count, 3 * original.network.places.count)
    XCTAssertEqual(tiled.network.junctions.count, 3 * original.network.junctions.count)
    XCTAssertEqual(tiled.network.stops.count, 3 * original.network.stops.count)
    XCTAssertEqual(tiled.network.lines.count, 3 * original.network.lines.count)
    XCTAssertEqual(tiled.network.corridors.count, 3 * original.network.corridors.count)
    XCTAssertEqual(tiled.network.connectors.count, 3 * original.network.connectors.count)
    // 2 × 2 grid with three tiles: copy 0 is joined to copy 1 (its row) and copy 2 (its column).
    XCTAssertEqual(tiled.network.roadLinks.count, 3 * original.network.roadLinks.count + 2)
    // The same warnings, once per copy: no new kind of problem.
    XCTAssertEqual(tiled.warnings.count, 3 * original.warnings.count)
    XCTAssertEqual(
      tiled.network.placeIndex(of: "changchun").map { tiled.network.places[$0].id }, "changchun")

    // One road graph: the joining links merge the copies' road components.
    let originalLinks = try CSVTable(
      bytes: bytes(GeneratorRunner.defaultNetwork, "road_links.csv"), file: "road_links.csv")
    let tiledLinks = try CSVTable(bytes: bytes(folder, "road_links.csv"), file: "road_links.csv")
    XCTAssertEqual(components(tiledLinks), 3 * components(originalLinks) - 2)
  }

  /// Twelve copies: more than the digits ending some ids of the default network (`mt-dongdaqiao-5`).
  func test_sameInput_writesTheSameBytes() throws {
    let first = try GeneratorRunner.scratchFolder()
    let second = try GeneratorRunner.scratchFolder()
    defer {
      try? FileManager.default.removeItem(at: first)
      try? FileManager.default.removeItem(at: second)
    }
    for folder in [first, second] {
      let run = try GeneratorRunner.run([
        "--times", "12", "--from", GeneratorRunner.defaultNetwork.path, "--output", folder.path,
      ])
      XCTAssertEqual(run.status, 0, run.stderr)
    }
    for name in NetworkFolder.tableNames {
      XCTAssertEqual(try bytes(first, name), try bytes(second, name), name)
    }
  }

  func test_badUsage_exitsTwoAndNamesTheProblem() throws {
    let cases: [([String], String)] = [
      (["--times", "0", "-o", "x"], "--times must be a whole number from 1 to 10000, got '0'"),
      (["--times", "2"], "-o <dir> is required"),
      (["--times", "2", "-o", "x", "--copies", "3"], "unknown option '--copies'"),
      (
        ["--times", "2", "-o", "x", "--from", "/nonexistent"],
        "/nonexistent: network folder not found"
      ),
      (["-o", "x"], "--times is required"),
    ]
    for (arguments, message) in cases {
      let run = try GeneratorRunner.run(arguments)
      XCTAssertEqual(run.status, 2, "\(arguments)")
      XCTAssertTrue(run.stderr.contains("error: \(message)"), "\(arguments): \(run.stderr)")
      XCTAssertEqual(run.stdout, "")
    }
    let help = try GeneratorRunner.run(["--help"])
    XCTAssertEqual(help.status, 0)
    XCTAssertTrue(help.stdout.contains("USAGE: network-generator --times <n>"), help.stdout)
  }

  private func bytes(_ folder: URL, _ name: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
  }

  /// Connected components of the road nodes that links join (links taken both ways).
  private func components(_ links: CSVTable) -> Int {
    let from = links.column("from") ?? 0
    let to = links.column("to") ?? 0
    var parent: [String: String] = [:]
    func root(_ node: String) -> String {
      var node = node
      while let next = parent[node], next != node { node = next }
      return node
    }
    for row in links.rows {
      for node in [row[from], row[to]] where parent[node] == nil { parent[node] = node }
      let (a, b) = (root(row[from]), root(row[to]))
      if a != b { parent[max(a, b)] = min(a, b) }
    }
    return parent.keys.filter { root($0) == $0 }.count
  }
}
