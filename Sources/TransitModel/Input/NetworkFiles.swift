import Foundation

/// The raw files of a network: file name → bytes. Comes from a folder, or from memory (the embedded
/// default network, tests).
public struct NetworkFiles: Sendable, Hashable {
  /// File name (e.g. `places.csv`, no folder) → raw bytes, decoded and checked by the loader.
  public var files: [String: [UInt8]]

  public init(files: [String: [UInt8]]) {
    self.files = files
  }

  /// Reads the twelve tables of a network (`NetworkLoader.tableNames`) from the folder `path`; every
  /// other file (a scenario, an old export, a folder named `old.csv`) is ignored. A table must be
  /// a regular file (a symbolic link to one is followed): a FIFO, a device or a folder with a
  /// table's name is reported, never opened, so nothing blocks or reads without end. A missing
  /// table is the loader's to report. Throws `NetworkLoadError` when the folder cannot be listed
  /// or a table cannot be read.
  public static func directory(_ path: String) throws -> NetworkFiles {
    let folder = SourceLocation(file: path, line: 1, column: 1)
    var info = stat()
    guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR,
      (try? FileManager.default.contentsOfDirectory(atPath: path)) != nil
    else {
      throw NetworkLoadError(diagnostics: [
        InputDiagnostic(.error, folder, "network folder not found or not readable")
      ])
    }
    var files: [String: [UInt8]] = [:]
    var problems: [InputDiagnostic] = []
    for name in NetworkLoader.tableNames {
      let file = URL(fileURLWithPath: path).appendingPathComponent(name).path
      let start = SourceLocation(file: name, line: 1, column: 1)
      var table = stat()
      guard stat(file, &table) == 0 else { continue }
      guard table.st_mode & S_IFMT == S_IFREG else {
        problems.append(
          InputDiagnostic(.error, start, "not a regular file: a table must be a plain CSV file"))
        continue
      }
      if let bytes = FileBytes.read(file, size: Int(table.st_size)) {
        files[name] = bytes
      } else {
        problems.append(InputDiagnostic(.error, start, "file is not readable"))
      }
    }
    if !problems.isEmpty { throw NetworkLoadError(diagnostics: problems) }
    return NetworkFiles(files: files)
  }
}
