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

  /// Remembers `path` for removal on interruption (at most 16 at once; more are not tracked).
  static func register(_ path: String) {
    installHandlers()
    guard count < capacity else { return }
    paths[Int(count)] = strdup(path)
    count += 1
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
    for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
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
