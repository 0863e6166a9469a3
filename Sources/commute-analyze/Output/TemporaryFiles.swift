import Foundation

/// Temporary output files of this run, removed if the run is interrupted (SIGINT, SIGTERM, SIGHUP)
/// before they were renamed into place.
///
/// The signal handler may only call async-signal-safe functions: the paths live in one C buffer
/// allocated up front, and the handler calls `unlink`, then ends the process the way the signal
/// would have.
enum TemporaryFiles {
  private static let capacity = 16
  nonisolated(unsafe) private static var paths = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>
    .allocate(capacity: capacity)
  nonisolated(unsafe) private static var count: Int32 = 0
  nonisolated(unsafe) private static var installed = false
  private static let handledSignals = [SIGINT, SIGTERM, SIGHUP]

  /// Creates `path` (a new file, `O_EXCL`) and remembers it for removal on interruption. The
  /// path is remembered before the file is created, so a signal in between, on any thread, still
  /// removes it; if creating fails, the path is forgotten again. Returns the open descriptor, or
  /// -1 with `errno` set. At most 16 files at once are tracked.
  static func create(_ path: String) -> Int32 {
    installHandlers()
    let slot = Int(count)
    let tracked = slot < capacity
    if tracked {
      paths[slot] = strdup(path)
      count += 1
    }
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o666)
    if descriptor < 0, tracked {
      let failure = errno
      count -= 1
      free(paths[slot])
      paths[slot] = nil
      errno = failure
    }
    return descriptor
  }

  /// Forgets every registered path (they were renamed or removed).
  static func forgetAll() {
    let registered = Int(count)
    count = 0
    for index in 0..<registered {
      free(paths[index])
      paths[index] = nil
    }
  }

  private static func installHandlers() {
    guard !installed else { return }
    installed = true
    for signalNumber in handledSignals {
      signal(signalNumber) { received in
        let registered = Int(TemporaryFiles.count)
        for index in 0..<registered {
          if let path = TemporaryFiles.paths[index] { unlink(path) }
        }
        signal(received, SIG_DFL)
        raise(received)
      }
    }
  }
}
