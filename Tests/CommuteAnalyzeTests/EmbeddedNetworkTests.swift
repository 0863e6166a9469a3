import Foundation
import XCTest

/// Keeps the embedded default network in sync with `Networks/changchun/*.csv`.
final class EmbeddedNetworkTests: XCTestCase {
  /// The generated source for the given files: base64 in lines of 76 characters.
  static func renderSource(_ files: [(name: String, bytes: [UInt8])]) -> String {
    var text = """
      // Generated from Networks/changchun/*.csv by EmbeddedNetworkTests; do not edit.
      // Regenerate with: UPDATE_EMBEDDED=1 swift test --filter EmbeddedNetworkTests

      /// The default network's files as base64, sorted by file name.
      enum EmbeddedNetworkFiles {

      """
    if files.isEmpty {
      text += "  static let base64: [(name: String, data: String)] = []\n}\n"
      return text
    }
    text += "  static let base64: [(name: String, data: String)] = [\n"
    for file in files {
      let encoded = Data(file.bytes).base64EncodedString()
      text += "    (\n      \"\(file.name)\",\n      \"\"\"\n"
      var start = encoded.startIndex
      while start < encoded.endIndex {
        let end =
          encoded.index(start, offsetBy: 76, limitedBy: encoded.endIndex) ?? encoded.endIndex
        text += "      " + encoded[start..<end] + "\n"
        start = end
      }
      text += "      \"\"\"\n    ),\n"
    }
    text += "  ]\n}\n"
    return text
  }

  func test_embeddedNetwork_matchesNetworksChangchunCSVFiles() throws {
    let files = try RepositoryPaths.csvFiles(in: RepositoryPaths.defaultNetwork)
    let expected = Self.renderSource(files)
    let actual = (try? String(contentsOf: RepositoryPaths.embeddedSource, encoding: .utf8)) ?? ""
    if ProcessInfo.processInfo.environment["UPDATE_EMBEDDED"] == "1" {
      if actual != expected {
        try expected.write(to: RepositoryPaths.embeddedSource, atomically: true, encoding: .utf8)
      }
      return
    }
    XCTAssertTrue(
      actual == expected,
      "Sources/commute-analyze/DefaultNetwork/EmbeddedNetworkFiles.swift differs from "
        + "Networks/changchun/*.csv (\(files.count) files); regenerate with "
        + "UPDATE_EMBEDDED=1 swift test --filter EmbeddedNetworkTests, then rebuild")
  }

  func test_renderedSource_roundTripsBytes() throws {
    // Non-ASCII text and a file whose base64 spans several lines come back byte for byte.
    let bytes = Array("id,name_zh\nchangchun,长春\n".utf8) + [UInt8](repeating: 0x41, count: 200)
    let source = Self.renderSource([("places.csv", bytes)])
    let lines = source.split(separator: "\n").filter {
      $0.hasPrefix("      ") && !$0.contains("\"")
    }
    let joined = lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined()
    XCTAssertEqual(Data(base64Encoded: joined).map([UInt8].init), bytes)
    XCTAssertTrue(lines.allSatisfy { $0.count <= 82 })
  }
}
