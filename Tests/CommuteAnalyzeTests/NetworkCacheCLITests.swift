import Foundation
import TransitModel
import XCTest

/// `build -o FILE` and `--cache FILE` through the built binary: reports from a cache are the bytes
/// of the same command on the CSV folder; a cache that is foreign, of another version, damaged or
/// built from other files is refused (exit 2).
final class NetworkCacheCLITests: XCTestCase {
  private var folder: URL!

  override func setUpWithError() throws {
    folder = try ToolRunner.scratchFolder()
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(at: folder)
  }

  private func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

  private func build(_ arguments: [String], to name: String) throws -> String {
    let cache = path(name)
    let run = try ToolRunner.run(["build", "-o", cache] + arguments)
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertEqual(run.stdout, "")
    return cache
  }

  /// Runs `command` on each network source; stdout and the provenance file must be the bytes of
  /// the first source's.
  private func assertSameReports(
    _ command: [String], sources: [[String]], file: StaticString = #filePath, line: UInt = #line
  ) throws {
    var first: (stdout: [UInt8], provenance: Data)?
    for (index, source) in sources.enumerated() {
      let provenance = path("provenance-\(index).json")
      let run = try ToolRunner.run(command + source + ["--provenance", provenance])
      XCTAssertEqual(run.status, 0, "\(command + source): \(run.stderr)", file: file, line: line)
      let report = (run.stdoutBytes, try Data(contentsOf: URL(fileURLWithPath: provenance)))
      guard let first else {
        first = report
        continue
      }
      XCTAssertEqual(report.0, first.stdout, "\(command + source)", file: file, line: line)
      XCTAssertEqual(report.1, first.provenance, "\(command + source)", file: file, line: line)
    }
  }

  func test_reportsFromACache_areTheBytesOfTheCSVFolders() throws {
    let network = Fixture.network.path
    let cache = try build(["--network", network], to: "fixture.cache")
    let withGraphs = try build(["--network", network, "--graphs"], to: "graphs.cache")
    let sources = [
      ["--network", network], ["--cache", cache], ["--network", network, "--cache", cache],
      ["--cache", withGraphs],
    ]
    for command in [
      ["coverage"], ["coverage", "--format", "csv"], ["coverage", "--format", "json"],
      ["matrix", "--format", "csv"], ["route", "east", "changchun", "--profile", "rail"],
      ["route", "east", "changchun", "--format", "json", "--transfer-penalty", "12"],
      ["validate"],
      // Every profile's stored structure, weighted with default and other parameters.
      ["matrix", "--profile", "car", "--format", "csv"],
      ["isochrone", "--from", "changchun", "--format", "csv"],
      ["isochrone", "--from", "east", "--profile", "any", "--transfer-penalty", "12"],
      ["sweep"], ["map"],
    ] {
      try assertSameReports(command, sources: sources)
    }
  }

  func test_theEmbeddedNetwork_fromACache_withAScenario_isTheSameReport() throws {
    let cache = try build(["--graphs"], to: "embedded.cache")
    let scenario = RepositoryPaths.defaultNetwork
      .appendingPathComponent("scenarios/changchun-liaoyuan-railway.json").path
    try assertSameReports(
      ["coverage", "--format", "json", "--scenario", scenario], sources: [[], ["--cache", cache]])
    try assertSameReports(
      ["validate", "--scenario", scenario], sources: [[], ["--cache", cache]])
    // `check` compares the edited network with the unedited one, which the cache gives as well.
    let expectations = RepositoryPaths.defaultNetwork.appendingPathComponent("expectations").path
    try assertSameReports(
      ["check", expectations, "--scenario", scenario, "--format", "json"],
      sources: [[], ["--cache", cache]])
    try assertSameReports(
      ["isochrone", "--from", "changchun", "--profile", "rail"], sources: [[], ["--cache", cache]])
  }

  func test_aCacheBuiltFromAFolder_isRefusedWithItOnceOneByteChanges() throws {
    let network = folder.appendingPathComponent("network")
    try FileManager.default.copyItem(at: Fixture.network, to: network)
    let cache = try build(["--network", network.path], to: "network.cache")
    let stops = network.appendingPathComponent("stops.csv")
    var bytes = [UInt8](try Data(contentsOf: stops))
    let index = try XCTUnwrap(bytes.lastIndex(of: UInt8(ascii: "a")))
    bytes[index] = UInt8(ascii: "b")
    try Data(bytes).write(to: stops)
    let refused = try ToolRunner.run(["coverage", "--network", network.path, "--cache", cache])
    XCTAssertEqual(refused.status, 2, refused.stderr)
    XCTAssertEqual(refused.stdout, "")
    XCTAssertTrue(
      refused.stderr.contains("stops.csv differs from the file the cache was built from"),
      refused.stderr)
    // Alone, the cache is trusted: it is the network it was built from.
    let trusted = try ToolRunner.run(["coverage", "--cache", cache])
    XCTAssertEqual(trusted.status, 0, trusted.stderr)
  }

  func test_foreignDamagedAndOtherVersionCaches_areRefused() throws {
    let cache = try build(["--network", Fixture.network.path], to: "good.cache")
    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: cache)))
    let format = NetworkCache.formatVersion
    var newer = bytes
    newer[8] = UInt8(format + 5)
    var flipped = bytes
    flipped[bytes.count / 2] ^= 0x10
    let cases: [(name: String, bytes: [UInt8], message: String)] = [
      ("places.csv", [UInt8]("id,name_zh\n".utf8), "not a network cache"),
      ("empty.cache", [], "not a network cache"),
      (
        "newer.cache", newer,
        "a cache of format \(format + 5), newer than the format \(format) this tool reads"
      ),
      ("flipped.cache", flipped, "damaged cache: its checksum does not match its content"),
      ("short.cache", Array(bytes.prefix(bytes.count - 3)), "damaged cache: the file has"),
    ]
    for item in cases {
      try Data(item.bytes).write(to: URL(fileURLWithPath: path(item.name)))
      let run = try ToolRunner.run(["matrix", "--cache", path(item.name)])
      XCTAssertFalse(run.signaled)
      XCTAssertEqual(run.status, 2, "\(item.name): \(run.stderr)")
      XCTAssertTrue(run.stderr.contains(item.message), "\(item.name): \(run.stderr)")
      XCTAssertTrue(run.stderr.contains("build"), run.stderr)
    }
  }

  func test_aFailedBuild_leavesTheOutputAsItWas() throws {
    let out = path("old.cache")
    try "OLD\n".write(toFile: out, atomically: true, encoding: .utf8)
    let broken = folder.appendingPathComponent("broken")
    try FileManager.default.copyItem(at: Fixture.network, to: broken)
    try "id,name_zh\n".write(
      to: broken.appendingPathComponent("places.csv"), atomically: true, encoding: .utf8)
    let run = try ToolRunner.run(["build", "--network", broken.path, "-o", out])
    XCTAssertEqual(run.status, 2, run.stderr)
    XCTAssertTrue(run.stderr.contains("places.csv"), run.stderr)
    XCTAssertEqual(try String(contentsOfFile: out, encoding: .utf8), "OLD\n")
    let noOutput = try ToolRunner.run(["build"])
    XCTAssertEqual(noOutput.status, 2)
    XCTAssertTrue(noOutput.stderr.contains("-o FILE"), noOutput.stderr)
  }
}
