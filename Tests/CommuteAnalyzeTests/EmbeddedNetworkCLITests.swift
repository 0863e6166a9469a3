import Foundation
import XCTest

/// The embedded default network through the binary: used with no `--network`, from any working
/// directory, and from a copy of the binary elsewhere.
final class EmbeddedNetworkCLITests: XCTestCase {
  private var defaultNetworkExists: Bool {
    !((try? RepositoryPaths.csvFiles(in: RepositoryPaths.defaultNetwork)) ?? []).isEmpty
  }

  func test_copiedBinary_usesTheEmbeddedNetwork_fromAnyDirectory() throws {
    let folder = try ToolRunner.scratchFolder()
    let copy = folder.appendingPathComponent("commute-analyze")
    try FileManager.default.copyItem(at: ToolRunner.binary, to: copy)
    let process = Process()
    process.executableURL = copy
    process.arguments = ["validate"]
    process.currentDirectoryURL = folder
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let stdout = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    if defaultNetworkExists {
      XCTAssertEqual(process.terminationStatus, 0, stderr)
      XCTAssertTrue(stdout.contains("embedded; sha256 "), stdout)
      // The embedded hash is the hash of Networks/changchun/*.csv.
      let listing = try RepositoryPaths.csvFiles(in: RepositoryPaths.defaultNetwork)
        .map { Sha256sumListing.line($0.bytes, $0.name) }.joined()
      XCTAssertTrue(stdout.contains(try Sha256sum.digest(Array(listing.utf8))), stdout)
    } else {
      XCTAssertEqual(process.terminationStatus, 2)
      XCTAssertTrue(stderr.contains("embeds no default network"), stderr)
    }
    try? FileManager.default.removeItem(at: folder)
  }
}

enum Sha256sumListing {
  /// One `sha256sum` output line: `<hex>  <name>\n`.
  static func line(_ bytes: [UInt8], _ name: String) -> String {
    ((try? Sha256sum.digest(bytes)) ?? "") + "  " + name + "\n"
  }
}
