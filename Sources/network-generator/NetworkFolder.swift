import Foundation

/// Reads the twelve tables of a network folder and writes tables into one.
enum NetworkFolder {
  /// The tables of the network format (`Networks/README.md`); other files are neither read nor
  /// written.
  static let tableNames = ["manifest.csv"] + TableLayout.copied.map(\.file)

  /// Every table of the folder at `path`, parsed, by file name.
  static func read(_ path: String) throws(GeneratorError) -> [String: CSVTable] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
      isDirectory.boolValue
    else { throw .input("\(path): network folder not found") }
    var tables: [String: CSVTable] = [:]
    for name in tableNames {
      let url = URL(fileURLWithPath: path).appendingPathComponent(name)
      guard let data = try? Data(contentsOf: url) else {
        throw .input("\(path): missing or unreadable \(name)")
      }
      tables[name] = try CSVTable(bytes: [UInt8](data), file: name)
    }
    return tables
  }

  /// Writes `files` into the folder at `path` (created when missing), each file atomically.
  static func write(_ files: [(name: String, bytes: [UInt8])], to path: String)
    throws(GeneratorError)
  {
    let folder = URL(fileURLWithPath: path)
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      throw .output("\(path): cannot create the output folder (\(error.localizedDescription))")
    }
    for (name, bytes) in files {
      do {
        try Data(bytes).write(to: folder.appendingPathComponent(name), options: .atomic)
      } catch {
        throw .output("\(path)/\(name): cannot write (\(error.localizedDescription))")
      }
    }
  }

  /// Whether two paths name the same folder (after resolving `.`, `..` and symbolic links).
  static func isSameFolder(_ first: String, _ second: String) -> Bool {
    func resolved(_ path: String) -> String {
      URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
    return resolved(first) == resolved(second)
  }
}
