import Foundation

/// Checks the output targets of a command line before any work starts: each `-o`/`--provenance`
/// (and `diff --emit-scenario`) file must be writable where it is (its folder exists and may be written, it is not a folder),
/// and two options must not name one file.
enum OutputTargets {
  static func check(_ arguments: ParsedArguments) throws {
    var seen: [(option: String, path: String, key: String)] = []
    for option in ["output", "provenance", "emit-scenario"] {
      guard let path = arguments.value(option) else { continue }
      let shown = option == "output" ? "-o" : "--\(option)"
      guard !path.isEmpty else {
        throw CLIError.badInput("cannot write '' given to '\(shown)': a file name is needed")
      }
      let key = canonical(path)
      if let other = seen.first(where: { $0.key == key }) {
        throw arguments.usageError(
          "'\(other.option)' and '\(shown)' name the same file '\(path)': give two files")
      }
      seen.append((shown, path, key))
      try checkWritable(path, option: shown)
    }
  }

  /// The file a path names, for comparing two paths: the folder resolved, symbolic links of the
  /// file itself followed.
  private static func canonical(_ path: String) -> String {
    if let resolved = realpath(path, nil) {
      defer { free(resolved) }
      return String(cString: resolved)
    }
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent().path
    guard let resolved = realpath(folder, nil) else { return url.path }
    defer { free(resolved) }
    return String(cString: resolved) + "/" + url.lastPathComponent
  }

  private static func checkWritable(_ path: String, option: String) throws {
    var info = stat()
    if stat(path, &info) == 0 {
      if info.st_mode & S_IFMT == S_IFDIR {
        throw CLIError.badInput("cannot write '\(path)' given to '\(option)': it is a folder")
      }
      if info.st_mode & S_IFMT != S_IFREG {
        // A device or pipe is written into; it must be open for writing.
        guard access(path, W_OK) == 0 else {
          throw CLIError.badInput(
            "cannot write '\(path)' given to '\(option)': \(String(cString: strerror(errno)))")
        }
        return
      }
    }
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
    var folderInfo = stat()
    guard stat(folder, &folderInfo) == 0, folderInfo.st_mode & S_IFMT == S_IFDIR else {
      throw CLIError.badInput(
        "cannot write '\(path)' given to '\(option)': the folder '\(folder)' does not exist")
    }
    guard access(folder, W_OK | X_OK) == 0 else {
      throw CLIError.badInput(
        "cannot write '\(path)' given to '\(option)': the folder '\(folder)' is not writable")
    }
  }
}
