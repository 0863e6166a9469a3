import Foundation

/// Every output of one command run, held until the command has succeeded and then written all
/// together, so a failed run leaves every output as it was: nothing on stdout, every `-o` and
/// `--provenance` file untouched (README, "Options every command shares").
///
/// Used from the main thread only, by one command run: a reference so that the `Invocation` value
/// a command receives can stage into it.
final class StagedOutputs: @unchecked Sendable {
  private var standardOutput: [UInt8] = []
  private var files: [(path: String, option: String, bytes: [UInt8])] = []

  /// Stages the command's data for stdout.
  func stageStandardOutput(_ bytes: [UInt8]) {
    standardOutput += bytes
  }

  /// Stages `bytes` for the file `path` given to `option`.
  func stage(_ bytes: [UInt8], to path: String, option: String) {
    if let index = files.firstIndex(where: { $0.path == path }) {
      files[index].bytes += bytes
    } else {
      files.append((path, option, bytes))
    }
  }

  /// Writes everything staged: every file to a temporary beside it first, then, when all were
  /// written, each renamed over its target; then stdout. A failure removes every temporary and
  /// leaves every target as it was.
  func commit() throws {
    try OutputFile.writeAll(files.map { ($0.path, $0.option, $0.bytes) })
    if !standardOutput.isEmpty { StandardStreams.writeOut(standardOutput) }
    files = []
    standardOutput = []
  }
}
