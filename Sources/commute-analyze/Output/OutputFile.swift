import Foundation

/// Writes output files atomically: the bytes go to a temporary file in the same directory, which
/// is then renamed over the target. A failure leaves no partial file and the old file intact.
///
/// A target that exists and is not a regular file (a FIFO, a terminal, `/dev/stdout`) is written
/// into directly: renaming over it would replace the device or pipe with a file. A symbolic link to
/// a file is followed, so the file it points to is replaced and the link kept.
enum OutputFile {
  static func writeAtomically(_ bytes: [UInt8], to path: String) throws {
    var info = stat()
    if stat(path, &info) == 0 {
      let type = info.st_mode & S_IFMT
      if type != S_IFREG && type != S_IFDIR { return try writeDirectly(bytes, to: path) }
      if type == S_IFREG, let resolved = realpath(path, nil) {
        defer { free(resolved) }
        return try replace(with: bytes, at: String(cString: resolved), shownAs: path)
      }
    }
    try replace(with: bytes, at: path, shownAs: path)
  }

  /// Writes into an existing device or pipe, without creating or renaming anything.
  private static func writeDirectly(_ bytes: [UInt8], to path: String) throws {
    let descriptor = open(path, O_WRONLY | O_TRUNC)
    guard descriptor >= 0 else {
      throw CLIError.badInput("cannot write '\(path)': \(String(cString: strerror(errno)))")
    }
    var failure = write(bytes, to: descriptor)
    if close(descriptor) != 0, failure == 0 { failure = errno }
    if failure != 0 {
      throw CLIError.badInput("cannot write '\(path)': \(String(cString: strerror(failure)))")
    }
  }

  /// Writes all of `bytes` to `descriptor`; the errno of a failed write, or 0.
  private static func write(_ bytes: [UInt8], to descriptor: Int32) -> Int32 {
    var written = 0
    var failure: Int32 = 0
    bytes.withUnsafeBytes { buffer in
      guard let base = buffer.baseAddress else { return }
      while written < buffer.count {
        let result = Glibc.write(descriptor, base + written, buffer.count - written)
        if result < 0 {
          if errno == EINTR { continue }
          failure = errno
          return
        }
        written += result
      }
    }
    return failure
  }

  /// A temporary file beside `path`, then renamed over it.
  private static func replace(with bytes: [UInt8], at path: String, shownAs shown: String) throws {
    let url = URL(fileURLWithPath: path)
    let directory = url.deletingLastPathComponent().path
    let temporary =
      directory + "/." + url.lastPathComponent + ".tmp-"
      + String(ProcessInfo.processInfo.processIdentifier)
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o644)
    guard descriptor >= 0 else {
      throw CLIError.badInput("cannot write '\(shown)': \(String(cString: strerror(errno)))")
    }
    var failure = write(bytes, to: descriptor)
    if failure == 0, fsync(descriptor) != 0 { failure = errno }
    if close(descriptor) != 0, failure == 0 { failure = errno }
    if failure == 0, rename(temporary, path) != 0 { failure = errno }
    if failure != 0 {
      unlink(temporary)
      throw CLIError.badInput("cannot write '\(shown)': \(String(cString: strerror(failure)))")
    }
  }
}
