import Foundation
import XCTest

/// Hostile names, atomic `-o`, determinism and provenance, through the built binary.
final class OutputSafetyTests: XCTestCase {
  private let network = ["--network", Fixture.network.path]

  func test_hostileNames_cannotInjectIntoCSV() throws {
    for arguments in [["coverage", "--format", "csv"], ["matrix", "--format", "csv"]] {
      let run = try ToolRunner.run(arguments + network)
      XCTAssertEqual(run.status, 0, run.stderr)
      let cells = Fixture.parseCSV(run.stdout).flatMap { $0 }
      XCTAssertTrue(cells.contains("'=cmd|' /C calc'!A0"), arguments.joined(separator: " "))
      for cell in cells {
        guard let first = cell.unicodeScalars.first else { continue }
        XCTAssertFalse(
          ["=", "+", "@", "\t", "\r"].contains(first), "formula cell '\(cell)' in \(arguments)")
      }
    }
  }

  func test_hostileNames_cannotInjectIntoJSON() throws {
    for arguments in [
      ["coverage", "--format", "json"], ["matrix", "--format", "json"],
      ["route", "hostile", "changchun", "--format", "json"],
    ] {
      let run = try ToolRunner.run(arguments + network)
      XCTAssertEqual(run.status, 0, run.stderr)
      XCTAssertFalse(run.stdout.contains("<script>"), arguments.joined(separator: " "))
      XCTAssertTrue(run.stdout.contains("\\u003cscript\\u003e"))
      // And it still parses back to the original name.
      XCTAssertTrue(try Fixture.parseJSON(run.stdout).description.contains("<script>alert(1)"))
    }
  }

  func test_outputFile_isWrittenAtomically_andLeftIntactOnFailure() throws {
    let folder = try scratchFolder()
    let target = folder.appendingPathComponent("report.csv")
    try "OLD CONTENT\n".write(to: target, atomically: true, encoding: .utf8)
    // A failing run (unknown place) leaves the old file as it was and no temporary file.
    let failed = try ToolRunner.run(
      ["coverage", "--to", "nowhere", "--format", "csv", "-o", target.path] + network)
    XCTAssertEqual(failed.status, 2)
    XCTAssertEqual(try String(contentsOf: target, encoding: .utf8), "OLD CONTENT\n")
    XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["report.csv"])
    // A good run replaces it whole; stdout stays empty.
    let good = try ToolRunner.run(["coverage", "--format", "csv", "-o", target.path] + network)
    XCTAssertEqual(good.status, 0, good.stderr)
    XCTAssertEqual(good.stdout, "")
    let written = try String(contentsOf: target, encoding: .utf8)
    XCTAssertEqual(written, try ToolRunner.run(["coverage", "--format", "csv"] + network).stdout)
    XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["report.csv"])
    // A folder that does not exist: exit 2, the path named.
    let missing = folder.appendingPathComponent("no/such/dir/out.csv").path
    let bad = try ToolRunner.run(["coverage", "-o", missing] + network)
    XCTAssertEqual(bad.status, 2)
    XCTAssertTrue(bad.stderr.contains("cannot write '\(missing)'"), bad.stderr)
  }

  func test_sameInputs_giveTheSameBytes() throws {
    for arguments in [
      ["coverage", "--format", "json"], ["coverage"], ["coverage", "--format", "csv"],
      ["matrix", "--format", "csv"], ["route", "far", "changchun", "--format", "json"],
    ] {
      let first = try ToolRunner.run(arguments + network)
      let second = try ToolRunner.run(arguments + network)
      XCTAssertEqual(first.status, 0, first.stderr)
      XCTAssertEqual(first.stdoutBytes, second.stdoutBytes, arguments.joined(separator: " "))
    }
  }

  func test_matrix_sameBytesWhateverTheThreadCount() throws {
    let one = try ToolRunner.run(["matrix", "--format", "csv", "--threads", "1"] + network)
    XCTAssertEqual(one.status, 0, one.stderr)
    for threads in ["2", "3", "8"] {
      let many = try ToolRunner.run(["matrix", "--format", "csv", "--threads", threads] + network)
      XCTAssertEqual(many.stdoutBytes, one.stdoutBytes, "--threads \(threads)")
    }
  }

  func test_provenance_carriesTheNetworkHashThatSha256sumReproduces() throws {
    let folder = try scratchFolder()
    let provenanceFile = folder.appendingPathComponent("p.json")
    let run = try ToolRunner.run(
      ["matrix", "--format", "csv", "--provenance", provenanceFile.path] + network)
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertFalse(run.stdout.contains("sha256"), "provenance must not be inside the CSV")
    let provenance = try Fixture.parseJSON(String(contentsOf: provenanceFile, encoding: .utf8))
    let hash = (provenance["network"] as? [String: Any])?["sha256"] as? String
    // `cd NET && LC_ALL=C sha256sum *.csv | sha256sum`
    let shell = Process()
    shell.executableURL = URL(fileURLWithPath: "/bin/sh")
    shell.arguments = ["-c", "LC_ALL=C sha256sum *.csv | sha256sum"]
    shell.currentDirectoryURL = Fixture.network
    let pipe = Pipe()
    shell.standardOutput = pipe
    try shell.run()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    shell.waitUntilExit()
    XCTAssertEqual(hash, String(output.prefix(64)))
    XCTAssertEqual(provenance["scenarios"] as? [String], [])
    XCTAssertEqual(provenance["profiles"] as? [String], ["any"])
    let parameters = provenance["parameters"] as? [String: Any] ?? [:]
    XCTAssertEqual(parameters["transfer-penalty-min"] as? Double, 5)
    XCTAssertEqual(parameters["wait-cap-min"] as? Double, 30)
    XCTAssertNotNil(provenance["tool_version"])
  }

  func test_parameters_changeResults_andAreEchoed() throws {
    let run = try ToolRunner.run(
      [
        "coverage", "--format", "json", "--profile", "car", "--parking", "10",
        "--param", "congestion-factor=2",
      ] + network)
    XCTAssertEqual(run.status, 0, run.stderr)
    let json = try Fixture.parseJSON(run.stdout)
    let parameters = (json["provenance"] as? [String: Any])?["parameters"] as? [String: Any]
    XCTAssertEqual(parameters?["parking-min"] as? Double, 10)
    XCTAssertEqual(parameters?["congestion-factor"] as? Double, 2)
    // east by car: (30 + 15) × 2 + 10 = 100.0
    let east = (json["places"] as? [[String: Any]])?.first { $0["id"] as? String == "east" }
    XCTAssertEqual((east?["minutes"] as? [String: Any])?["car"] as? Double, 100.0)
  }

  func test_table_linesUpChineseNames() throws {
    let run = try ToolRunner.run(["coverage"] + network)
    let lines = run.stdout.components(separatedBy: "\n")
    guard let header = lines.firstIndex(where: { $0.hasPrefix("id ") }) else {
      return XCTFail("no places table:\n\(run.stdout)")
    }
    // The right edge of the population column is at the same screen column on every row.
    func edge(_ line: String) -> Int? {
      guard
        let range = line.range(of: #"\s[\d,]+\s"#, options: .regularExpression)
          ?? line.range(of: "population")
      else { return nil }
      return DisplayWidthReference.of(
        String(line[..<range.upperBound]).trimmingCharacters(in: .whitespaces))
    }
    let rows = lines[(header + 2)...].prefix { !$0.isEmpty }
    XCTAssertEqual(rows.count, 5)
    let headerEdge = edge(lines[header])
    for row in rows { XCTAssertEqual(edge(row), headerEdge, row) }
  }
}

/// An independent display-width count for the tests: CJK ideographs, fullwidth forms and Hangul
/// count two columns (enough for the fixture's names).
enum DisplayWidthReference {
  static func of(_ text: String) -> Int {
    text.unicodeScalars.reduce(0) { total, scalar in
      let wide =
        (0x4E00...0x9FFF).contains(scalar.value) || (0x3000...0x303F).contains(scalar.value)
        || (0xFF01...0xFF60).contains(scalar.value) || (0xAC00...0xD7A3).contains(scalar.value)
      return total + (wide ? 2 : 1)
    }
  }
}
