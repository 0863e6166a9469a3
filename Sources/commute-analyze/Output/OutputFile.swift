import Foundation

/// Writes output files atomically: the bytes go to a temporary file in the same directory, which
/// is then renamed over the target. A failure leaves no partial file and the old file intact.
enum OutputFile {
  static func writeAtomically(_ bytes: [UInt8], to path: String) throws {
    let url = URL(fileURLWithPath: path)
    let directory = url.deletingLastPathComponent().path
    let temporary =
      directory + "/." + url.lastPathComponent + ".tmp-"
      + String(ProcessInfo.processInfo.processIdentifier)
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o644)
    guard descriptor >= 0 else {
      throw CLIError.badInput("cannot write '\(path)': \(String(cString: strerror(errno)))")
    }
    var written = 0
    var failure: Int32 = 0
    bytes.withUnsafeBytes { buffer in
      while written < buffer.count {
        let result = write(descriptor, buffer.baseAddress! + written, buffer.count - written)
        if result < 0 {
          if errno == EINTR { continue }
          failure = errno
          return
        }
        written += result
      }
    }
    if failure == 0, fsync(descriptor) != 0 { failure = errno }
    if close(descriptor) != 0, failure == 0 { failure = errno }
    if failure == 0, rename(temporary, path) != 0 { failure = errno }
    if failure != 0 {
      unlink(temporary)
      throw CLIError.badInput("cannot write '\(path)': \(String(cString: strerror(failure)))")
    }
  }
}
