import Foundation
import XCTest

/// Runs the built `commute-analyze` binary and captures stdout, stderr and how it ended.
struct ToolRun {
  var stdout: String
  var stderr: String
  var stdoutBytes: [UInt8]
  /// The exit code, or the signal number when `signaled`.
  var status: Int32
  var signaled: Bool
}

enum ToolRunner {
  /// The built binary: beside the test bundle in the build products folder.
  static var binary: URL {
    var folder = Bundle.main.bundleURL
    if folder.pathExtension == "xctest" { folder.deleteLastPathComponent() }
    let candidate = folder.appendingPathComponent("commute-analyze")
    if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    for bundle in Bundle.allBundles where bundle.bundleURL.pathExtension == "xctest" {
      let other = bundle.bundleURL.deletingLastPathComponent().appendingPathComponent(
        "commute-analyze")
      if FileManager.default.isExecutableFile(atPath: other.path) { return other }
    }
    return candidate
  }

  /// Runs the tool with `arguments` in `directory` (default: a scratch folder, so nothing depends
  /// on the checkout being the working directory).
  static func run(
    _ arguments: [String], in directory: URL? = nil, environment: [String: String]? = nil
  ) throws -> ToolRun {
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.currentDirectoryURL = directory ?? FileManager.default.temporaryDirectory
    if let environment { process.environment = environment }
    let outPipe = Pipe()
    let errPipe = Pipe()
    process.standardOutput = outPipe
    process.standardError = errPipe
    try process.run()
    // Read both pipes to the end before waiting, so a large output cannot block the child.
    let group = DispatchGroup()
    nonisolated(unsafe) var errData = Data()
    group.enter()
    DispatchQueue.global().async {
      errData = errPipe.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    let outData = outPipe.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return ToolRun(
      stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self),
      stdoutBytes: [UInt8](outData),
      status: process.terminationStatus,
      signaled: process.terminationReason == .uncaughtSignal)
  }

  /// A fresh empty scratch folder.
  static func scratchFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "commute-analyze-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}

extension XCTestCase {
  /// A fresh empty scratch folder, removed with everything in it when the test ends (a folder
  /// shared by the tests of a class is made with `ToolRunner.scratchFolder()` instead).
  func scratchFolder() throws -> URL {
    let folder = try ToolRunner.scratchFolder()
    addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
    return folder
  }
}
