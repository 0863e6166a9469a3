import Foundation
import TransitModel

/// Reads a network folder as it was at a git revision, with the `git` on the PATH: the repository
/// holding the working directory, `git rev-parse` to name the commit, `git ls-tree` to list the
/// folder and `git cat-file blob` for each file's bytes (what `git show REV:PATH/FILE` prints,
/// without any textconv). Never a checkout, never a change to the work tree or the index.
struct GitRepository {
  /// The repository's top-level folder (`git rev-parse --show-toplevel`).
  let root: String

  /// The repository holding the working directory; nil when it is not in one (or git is missing).
  static func current() -> GitRepository? {
    guard let result = try? GitProcess.run(["rev-parse", "--show-toplevel"], in: nil),
      result.status == 0
    else { return nil }
    let root = String(decoding: result.output, as: UTF8.self)
      .trimmingCharacters(in: .whitespacesAndNewlines)
    return root.isEmpty ? nil : GitRepository(root: root)
  }

  /// The full hash of the commit `revision` names; nil when it names none.
  func commit(_ revision: String) throws -> String? {
    // A revision starting with '-' would be read as an option.
    guard !revision.hasPrefix("-"), !revision.isEmpty else { return nil }
    let result = try GitProcess.run(
      ["rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}"], in: root)
    guard result.status == 0 else { return nil }
    return String(decoding: result.output, as: UTF8.self)
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// The `*.csv` files directly in `folder` (relative to the repository root) at `commit`, by name.
  /// - Throws: `CLIError.badInput` when the folder is not in that commit, or git fails.
  func csvFiles(at commit: String, folder: String) throws -> [String: [UInt8]] {
    let listing = try GitProcess.run(["ls-tree", "-z", "\(commit):\(folder)"], in: root)
    guard listing.status == 0 else {
      throw CLIError.badInput(
        "no folder '\(folder)' in commit \(commit.prefix(12)) (git: \(listing.error))")
    }
    var files: [String: [UInt8]] = [:]
    // Entries: "<mode> SP <type> SP <object> TAB <name>", each ended by NUL.
    for entry in listing.output.split(separator: 0) {
      let text = String(decoding: entry, as: UTF8.self)
      guard let tab = text.firstIndex(of: "\t") else { continue }
      let fields = text[..<tab].split(separator: " ")
      let name = String(text[text.index(after: tab)...])
      guard fields.count == 3, fields[1] == "blob", name.hasSuffix(".csv") else { continue }
      let blob = try GitProcess.run(["cat-file", "blob", String(fields[2])], in: root)
      guard blob.status == 0 else {
        throw CLIError.badInput(
          "cannot read '\(folder)/\(name)' at \(commit.prefix(12)) (git: \(blob.error))")
      }
      files[name] = blob.output
    }
    return files
  }
}

/// One run of `git`, its output read to the end.
enum GitProcess {
  struct Result {
    var status: Int32
    var output: [UInt8]
    /// stderr, trimmed.
    var error: String
  }

  /// Runs `git arguments` in `folder` (the working directory when nil).
  /// - Throws: `CLIError.badInput` when git cannot be started.
  static func run(_ arguments: [String], in folder: String?) throws -> Result {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["git"] + (folder.map { ["-C", $0] } ?? []) + arguments
    var environment = ProcessInfo.processInfo.environment
    environment["LC_ALL"] = "C"
    process.environment = environment
    let output = Pipe()
    let error = Pipe()
    process.standardOutput = output
    process.standardError = error
    process.standardInput = FileHandle.nullDevice
    do {
      try process.run()
    } catch {
      throw CLIError.badInput("cannot run git: \(error.localizedDescription)")
    }
    // Read stderr beside stdout, so a large output cannot block git on a full pipe.
    let errorText = ErrorText()
    let group = DispatchGroup()
    group.enter()
    DispatchQueue.global().async {
      errorText.data = error.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    let data = output.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, output: [UInt8](data),
      error: String(decoding: errorText.data, as: UTF8.self)
        .trimmingCharacters(in: .whitespacesAndNewlines))
  }

  /// stderr's bytes, written by one reader thread before `group.wait()` returns and read only
  /// after: the wait orders the two accesses, hence `@unchecked Sendable`.
  private final class ErrorText: @unchecked Sendable {
    var data = Data()
  }
}
