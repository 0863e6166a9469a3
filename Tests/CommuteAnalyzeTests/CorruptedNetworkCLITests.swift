import Foundation
import XCTest

/// Deliberately corrupted copies of a network through the built binary: every run of `validate`
/// ends with exit 0, 1 or 2 (never a signal), within seconds, and an exit 2 comes with at least one
/// `file:line:column: error:` diagnostic.
final class CorruptedNetworkCLITests: XCTestCase {
  /// The default network once it exists, else the fixture network (the mechanism is the same).
  private var source: URL {
    let files = (try? RepositoryPaths.csvFiles(in: RepositoryPaths.defaultNetwork)) ?? []
    return files.isEmpty ? Fixture.network : RepositoryPaths.defaultNetwork
  }

  /// One corruption of one file's bytes, chosen by `random`.
  static func corrupt(_ bytes: [UInt8], kind: Int, random: inout SplitMix64) -> [UInt8] {
    var bytes = bytes
    let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
      .map(Array.init)
    let pick = { (count: Int, random: inout SplitMix64) in random.below(count) }
    switch kind % 10 {
    case 0:  // truncate anywhere
      bytes = Array(bytes.prefix(pick(bytes.count + 1, &random)))
    case 1:  // flip bytes
      for _ in 0..<4 where !bytes.isEmpty {
        bytes[pick(bytes.count, &random)] = UInt8(truncatingIfNeeded: random.next())
      }
    case 2:  // delete a line (the header too)
      var copy = lines
      if !copy.isEmpty { copy.remove(at: pick(copy.count, &random)) }
      bytes = Array(copy.joined(separator: [UInt8(ascii: "\n")]))
    case 3, 4:  // replace one cell with a poisoned value
      let poison = [
        "nan", "inf", "1e999", "-1", "", "\"", "x,y", "9999999999999999999", "-0", "长春",
      ]
      var copy = lines
      let row = pick(copy.count, &random)
      var cells = copy[row].split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false)
        .map(Array.init)
      if !cells.isEmpty {
        cells[pick(cells.count, &random)] = Array(poison[pick(poison.count, &random)].utf8)
      }
      copy[row] = Array(cells.joined(separator: [UInt8(ascii: ",")]))
      bytes = Array(copy.joined(separator: [UInt8(ascii: "\n")]))
    case 5:  // duplicate a data line (duplicate ids)
      var copy = lines
      if copy.count > 1 { copy.insert(copy[1 + pick(copy.count - 1, &random)], at: 1) }
      bytes = Array(copy.joined(separator: [UInt8(ascii: "\n")]))
    case 6:  // invalid UTF-8
      bytes.insert(contentsOf: [0xFF, 0xC3, 0x28], at: pick(bytes.count + 1, &random))
    case 7:  // empty file
      bytes = []
    case 8:  // drop a column from every line
      let column = pick(8, &random)
      bytes = Array(
        lines.map { line -> [UInt8] in
          var cells = line.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false)
          if cells.count > column { cells.remove(at: column) }
          return Array(cells.joined(separator: [UInt8(ascii: ",")]))
        }.joined(separator: [UInt8(ascii: "\n")]))
    default:  // swap two lines
      var copy = lines
      if copy.count > 1 { copy.swapAt(pick(copy.count, &random), pick(copy.count, &random)) }
      bytes = Array(copy.joined(separator: [UInt8(ascii: "\n")]))
    }
    return bytes
  }

  func test_corruptedCopies_validateEndsWith0Or1Or2_neverASignal() throws {
    let files = try RepositoryPaths.csvFiles(in: source)
    XCTAssertFalse(files.isEmpty)
    let root = try ToolRunner.scratchFolder()
    var statuses: [Int32: Int] = [:]
    for seed in 0..<60 {
      var random = SplitMix64(state: UInt64(seed) &* 7919)
      let folder = root.appendingPathComponent("copy-\(seed)")
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      let victim = random.below(files.count)
      for (index, file) in files.enumerated() {
        var bytes = file.bytes
        if index == victim || random.below(8) == 0 {
          bytes = Self.corrupt(bytes, kind: random.below(10), random: &random)
        }
        try Data(bytes).write(to: folder.appendingPathComponent(file.name))
      }
      let started = Date()
      let run = try ToolRunner.run(["validate", folder.path])
      let seconds = Date().timeIntervalSince(started)
      XCTAssertFalse(run.signaled, "seed \(seed): killed by signal \(run.status)\n\(run.stderr)")
      XCTAssertTrue([0, 1, 2].contains(run.status), "seed \(seed): exit \(run.status)")
      XCTAssertLessThan(seconds, 10, "seed \(seed) took \(seconds) s")
      if run.status == 2 {
        XCTAssertTrue(
          run.stderr.range(of: #"[a-z_]+\.csv:\d+:\d+: error: "#, options: .regularExpression)
            != nil, "seed \(seed): \(run.stderr)")
      }
      statuses[run.status, default: 0] += 1
      if run.status == 0 {
        // A copy that still loads must also run the main job without trapping.
        let report = try ToolRunner.run(
          ["coverage", "--network", folder.path, "--to", "changchun", "--format", "csv"])
        XCTAssertFalse(report.signaled, "seed \(seed): coverage killed by signal")
        XCTAssertTrue([0, 2].contains(report.status), "seed \(seed): \(report.stderr)")
      }
    }
    XCTAssertGreaterThan(statuses[2] ?? 0, 30, "most corruptions must be caught: \(statuses)")
    try? FileManager.default.removeItem(at: root)
  }
}
