import Foundation

/// Runs the built `network-generator` binary (beside the test bundle) and captures how it ended.
enum GeneratorRunner {
  struct Run {
    var stdout: String
    var stderr: String
    var status: Int32
  }

  /// The repository root, found from this file's location.
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  static let defaultNetwork = root.appendingPathComponent("Networks/changchun")

  static var binary: URL {
    var folder = Bundle.main.bundleURL
    if folder.pathExtension == "xctest" { folder.deleteLastPathComponent() }
    let candidate = folder.appendingPathComponent("network-generator")
    if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    for bundle in Bundle.allBundles where bundle.bundleURL.pathExtension == "xctest" {
      let other = bundle.bundleURL.deletingLastPathComponent()
        .appendingPathComponent("network-generator")
      if FileManager.default.isExecutableFile(atPath: other.path) { return other }
    }
    return candidate
  }

  /// Runs the generator with `arguments` in a scratch working directory.
  static func run(_ arguments: [String]) throws -> Run {
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.currentDirectoryURL = FileManager.default.temporaryDirectory
    let outFile = try scratchFolder().appendingPathComponent("out")
    let errFile = outFile.deletingLastPathComponent().appendingPathComponent("err")
    _ = FileManager.default.createFile(atPath: outFile.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errFile.path, contents: nil)
    process.standardOutput = try FileHandle(forWritingTo: outFile)
    process.standardError = try FileHandle(forWritingTo: errFile)
    try process.run()
    process.waitUntilExit()
    defer { try? FileManager.default.removeItem(at: outFile.deletingLastPathComponent()) }
    return Run(
      stdout: try String(contentsOf: outFile, encoding: .utf8),
      stderr: try String(contentsOf: errFile, encoding: .utf8),
      status: process.terminationStatus)
  }

  /// A fresh empty folder under the temporary directory.
  static func scratchFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "network-generator-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
