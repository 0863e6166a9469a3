import Foundation
import XCTest

/// The CLI tests' fixture network and golden-file helpers.
enum Fixture {
  /// A small network with hand-computable times, a place named `<script>alert(1)</script>` /
  /// `=cmd|' /C calc'!A0`, an unreachable place and Chinese names.
  static let network = RepositoryPaths.fixtures.appendingPathComponent("coverage-network")

  /// Compares `actual` with `Golden/<name>`; with `UPDATE_GOLDEN=1` rewrites the file instead.
  static func assertGolden(
    _ actual: String, _ name: String, file: StaticString = #filePath, line: UInt = #line
  ) throws {
    let url = RepositoryPaths.golden.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
      try FileManager.default.createDirectory(
        at: RepositoryPaths.golden, withIntermediateDirectories: true)
      try actual.write(to: url, atomically: true, encoding: .utf8)
      return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
      XCTFail("missing golden file \(name); run with UPDATE_GOLDEN=1", file: file, line: line)
      return
    }
    if expected != actual {
      let expectedLines = expected.components(separatedBy: "\n")
      let actualLines = actual.components(separatedBy: "\n")
      var index = 0
      while index < expectedLines.count, index < actualLines.count,
        expectedLines[index] == actualLines[index]
      {
        index += 1
      }
      let want = expectedLines.indices.contains(index) ? expectedLines[index] : "<end>"
      let got = actualLines.indices.contains(index) ? actualLines[index] : "<end>"
      var message = "\(name) differs at line \(index + 1):\n expected: \(want)\n"
      message += "   actual: \(got)\n(regenerate with UPDATE_GOLDEN=1 and review the diff)"
      XCTFail(message, file: file, line: line)
    }
  }

  /// Parses RFC 4180 CSV (quoted cells, doubled quotes, LF or CRLF) into rows of cells.
  static func parseCSV(_ text: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var cell = ""
    var quoted = false
    var scalars = Array(text.unicodeScalars)[...]
    while let scalar = scalars.popFirst() {
      if quoted {
        if scalar == "\"" {
          if scalars.first == "\"" {
            cell.unicodeScalars.append("\"")
            scalars.removeFirst()
          } else {
            quoted = false
          }
        } else {
          cell.unicodeScalars.append(scalar)
        }
      } else if scalar == "\"" && cell.isEmpty {
        quoted = true
      } else if scalar == "," {
        row.append(cell)
        cell = ""
      } else if scalar == "\n" {
        row.append(cell)
        rows.append(row)
        row = []
        cell = ""
      } else if scalar != "\r" {
        cell.unicodeScalars.append(scalar)
      }
    }
    if !cell.isEmpty || !row.isEmpty {
      row.append(cell)
      rows.append(row)
    }
    return rows
  }

  /// Parses JSON output into a dictionary.
  static func parseJSON(_ text: String) throws -> [String: Any] {
    let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
    return object as? [String: Any] ?? [:]
  }
}
