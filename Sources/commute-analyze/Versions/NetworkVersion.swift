import Foundation
import TransitModel

/// One side of `diff`: a network folder, or the network folder as it was at a git revision. An
/// argument that names an existing folder is a folder; anything else is a revision of the
/// repository holding the working directory.
struct NetworkVersion: Sendable {
  /// Where the files come from.
  enum Origin: Sendable {
    case folder(path: String)
    /// `revision` as given, the commit it names, the folder relative to the repository root.
    case revision(String, commit: String, folder: String)
  }

  var origin: Origin
  var files: NetworkFiles
  /// SHA-256 of the `sha256sum`-style listing of the `*.csv` files (as for `--network`).
  var hash: String

  /// How reports name the version: `old/` or `HEAD~1:Networks/changchun (commit 3f2a9c1d0e4b)`.
  var label: String {
    switch origin {
    case .folder(let path): return path
    case .revision(let revision, let commit, let folder):
      return "\(revision):\(folder) (commit \(commit.prefix(12)))"
    }
  }

  /// What a diagnostic's file is prefixed with: `old/places.csv`, `HEAD~1:Networks/x/places.csv`.
  var filePrefix: String {
    switch origin {
    case .folder(let path): return path.hasSuffix("/") ? path : path + "/"
    case .revision(let revision, _, let folder): return "\(revision):\(folder)/"
    }
  }

  /// The version `argument` names; `folder` is the network folder inside the repository for a
  /// revision (relative to its root, or absolute inside it).
  /// - Throws: `CLIError.badInput` when the argument is neither a folder nor a revision.
  static func resolve(_ argument: String, folder: String) throws -> NetworkVersion {
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: argument, isDirectory: &isFolder), isFolder.boolValue
    {
      let files = try NetworkFiles.directory(argument)
      return NetworkVersion(
        origin: .folder(path: argument), files: files,
        hash: ContentHash.networkHash(files: files.files))
    }
    guard let repository = GitRepository.current() else {
      throw CLIError.badInput(
        "'\(argument)' is not a folder, and the working directory is not in a git repository "
          + "(a revision needs one)")
    }
    guard let commit = try repository.commit(argument) else {
      throw CLIError.badInput(
        "'\(argument)' is neither a folder nor a revision of the repository at \(repository.root)")
    }
    let inside = try relative(folder, to: repository.root)
    let files = NetworkFiles(files: try repository.csvFiles(at: commit, folder: inside))
    guard !files.files.isEmpty else {
      throw CLIError.badInput(
        "no *.csv file in '\(inside)' at \(argument) (commit \(commit.prefix(12)))")
    }
    return NetworkVersion(
      origin: .revision(argument, commit: commit, folder: inside), files: files,
      hash: ContentHash.networkHash(files: files.files))
  }

  /// `folder` relative to the repository root, without `./` or a trailing `/`.
  private static func relative(_ folder: String, to root: String) throws -> String {
    var path = folder
    if path.hasPrefix("/") {
      let prefix = root.hasSuffix("/") ? root : root + "/"
      guard path.hasPrefix(prefix) else {
        throw CLIError.badInput("--path '\(folder)' is not inside the repository at \(root)")
      }
      path.removeFirst(prefix.count)
    }
    while path.hasPrefix("./") { path.removeFirst(2) }
    while path.hasSuffix("/") { path.removeLast() }
    return path
  }

  /// The network, validated: every error at once, each at its version's file (`HEAD~1:Networks/x/
  /// places.csv:12:5: error: …`, exit 2).
  func load() throws -> (network: ValidatedNetwork, warnings: [InputDiagnostic]) {
    do {
      return try NetworkLoader.load(files)
    } catch {
      throw NetworkLoadError(diagnostics: error.diagnostics.map(located))
    }
  }

  /// `diagnostic` at this version's file.
  func located(_ diagnostic: InputDiagnostic) -> InputDiagnostic {
    let location = diagnostic.location
    return InputDiagnostic(
      diagnostic.severity,
      SourceLocation(
        file: filePrefix + location.file, line: location.line, column: location.column),
      diagnostic.message)
  }
}
