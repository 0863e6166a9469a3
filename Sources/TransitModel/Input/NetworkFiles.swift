import Foundation

/// The raw files of a network: file name → bytes. Comes from a folder, or from memory (the embedded
/// default network, tests).
public struct NetworkFiles: Sendable, Hashable {
  /// File name (e.g. `places.csv`, no folder) → raw bytes, decoded and checked by the loader.
  public var files: [String: [UInt8]]

  public init(files: [String: [UInt8]]) {
    self.files = files
  }

  /// Reads every `*.csv` file directly in `path` (not in subfolders). Throws `NetworkLoadError` when
  /// the folder cannot be listed or a file cannot be read.
  public static func directory(_ path: String) throws -> NetworkFiles {
    let manager = FileManager.default
    let folder = SourceLocation(file: path, line: 1, column: 1)
    var isDirectory: ObjCBool = false
    guard manager.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue,
      let names = try? manager.contentsOfDirectory(atPath: path)
    else {
      throw NetworkLoadError(diagnostics: [
        InputDiagnostic(.error, folder, "network folder not found or not readable")
      ])
    }
    var files: [String: [UInt8]] = [:]
    var problems: [InputDiagnostic] = []
    for name in names.sorted() where name.hasSuffix(".csv") {
      let url = URL(fileURLWithPath: path).appendingPathComponent(name)
      if let data = try? Data(contentsOf: url) {
        files[name] = [UInt8](data)
      } else {
        problems.append(
          InputDiagnostic(
            .error, SourceLocation(file: name, line: 1, column: 1), "file is not readable"))
      }
    }
    if !problems.isEmpty { throw NetworkLoadError(diagnostics: problems) }
    return NetworkFiles(files: files)
  }
}
