import Foundation

/// Writes output files atomically: the bytes go to a temporary file in the same directory, which
/// is then renamed over the target, keeping the replaced file's mode. A failure leaves no partial
/// file and the old file intact; an interrupted run removes its temporaries (`TemporaryFiles`).
///
/// A target that exists and is not a regular file (a FIFO, a terminal, `/dev/stdout`) is written
/// into directly: renaming over it would replace the device or pipe with a file. A symbolic link to
/// a file is followed, so the file it points to is replaced and the link kept.
enum OutputFile {
  /// Writes every file of `outputs` (path, the option that named it, bytes): all to temporaries
  /// first, then every temporary renamed over its target (devices and pipes written into at the
  /// end). Any failure removes every temporary and leaves every target as it was.
  static func writeAll(_ outputs: [(path: String, option: String, bytes: [UInt8])]) throws {
    var pending: [(temporary: String, target: String)] = []
    var direct: [(path: String, option: String, bytes: [UInt8])] = []
    do {
      for output in outputs {
        switch target(of: output.path) {
        case .device:
          direct.append(output)
        case .file(let target, let mode):
          let temporary = try temporaryFile(
            beside: target, option: output.option, shown: output.path)
          pending.append((temporary, target))
          try fill(
            temporary, with: output.bytes, mode: mode, option: output.option, shown: output.path)
        }
      }
      for item in pending where rename(item.temporary, item.target) != 0 {
        throw CLIError.badInput(
          "cannot write '\(item.target)': \(String(cString: strerror(errno)))")
      }
    } catch {
      for item in pending { unlink(item.temporary) }
      TemporaryFiles.forgetAll()
      throw error
    }
    TemporaryFiles.forgetAll()
    for output in direct { try writeDirectly(output.bytes, to: output.path, option: output.option) }
  }

  enum Target {
    /// A regular file (or a new one): the path to replace, and the mode to keep.
    case file(String, mode: mode_t?)
    /// A device or pipe: written into, never renamed over.
    case device
  }

  /// What writing `path` means. A symbolic link is followed, even a dangling one (the file it
  /// names is created), so the link stays; a hard-linked file is replaced by a new file under
  /// this name (the other names keep the old content).
  static func target(of path: String) -> Target {
    var info = stat()
    if stat(path, &info) == 0 {
      let type = info.st_mode & S_IFMT
      if type != S_IFREG { return .device }
      if let resolved = realpath(path, nil) {
        defer { free(resolved) }
        return .file(String(cString: resolved), mode: info.st_mode & 0o7777)
      }
      return .file(path, mode: info.st_mode & 0o7777)
    }
    var link = stat()
    if lstat(path, &link) == 0, link.st_mode & S_IFMT == S_IFLNK {
      var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
      let count = readlink(path, &buffer, Int(PATH_MAX))
      if count > 0 {
        let destination = String(
          decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let resolved =
          destination.hasPrefix("/")
          ? destination
          : URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent(
            destination
          ).path
        return .file(resolved, mode: nil)
      }
    }
    return .file(path, mode: nil)
  }

  /// A new, uniquely named temporary file beside `path` (`.NAME.tmp-PID-RANDOM`, created with
  /// `O_EXCL`, retried on a clash), registered for removal if the run is interrupted.
  static func temporaryFile(beside path: String, option: String, shown: String) throws
    -> String
  {
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent().path
    for _ in 0..<16 {
      let suffix = String(UInt64.random(in: 0...UInt64.max), radix: 36)
      let temporary =
        folder + "/." + url.lastPathComponent + ".tmp-"
        + String(ProcessInfo.processInfo.processIdentifier) + "-" + suffix
      let descriptor = TemporaryFiles.create(temporary)
      if descriptor >= 0 {
        close(descriptor)
        return temporary
      }
      if errno != EEXIST { break }
    }
    throw CLIError.badInput(
      "cannot write '\(shown)' given to '\(option)': \(String(cString: strerror(errno)))")
  }

  /// Writes `bytes` into the temporary file, with the replaced file's mode, and syncs it.
  private static func fill(
    _ temporary: String, with bytes: [UInt8], mode: mode_t?, option: String, shown: String
  ) throws {
    let descriptor = open(temporary, O_WRONLY | O_TRUNC)
    guard descriptor >= 0 else {
      throw CLIError.badInput(
        "cannot write '\(shown)' given to '\(option)': \(String(cString: strerror(errno)))")
    }
    var failure = write(bytes, to: descriptor)
    if failure == 0, let mode, fchmod(descriptor, mode) != 0 { failure = errno }
    if failure == 0, fsync(descriptor) != 0 { failure = errno }
    if close(descriptor) != 0, failure == 0 { failure = errno }
    if failure != 0 {
      throw CLIError.badInput(
        "cannot write '\(shown)' given to '\(option)': \(String(cString: strerror(failure)))")
    }
  }

  /// Writes into an existing device or pipe, without creating or renaming anything.
  private static func writeDirectly(_ bytes: [UInt8], to path: String, option: String) throws {
    let descriptor = open(path, O_WRONLY | O_TRUNC)
    guard descriptor >= 0 else {
      throw CLIError.badInput(
        "cannot write '\(path)' given to '\(option)': \(String(cString: strerror(errno)))")
    }
    var failure = write(bytes, to: descriptor)
    if close(descriptor) != 0, failure == 0 { failure = errno }
    if failure != 0 {
      throw CLIError.badInput(
        "cannot write '\(path)' given to '\(option)': \(String(cString: strerror(failure)))")
    }
  }

  /// Writes all of `bytes` to `descriptor` (retrying an interrupted write); the errno of a failed
  /// write, or 0. Also how a streamed output writes each buffer.
  static func write(_ bytes: [UInt8], to descriptor: Int32) -> Int32 {
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
}
