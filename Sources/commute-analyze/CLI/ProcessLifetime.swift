import Foundation

/// Values kept until the process exits, never freed one by one.
///
/// A loaded network is millions of small objects (the texts of its rows); freeing them as a
/// command returns costs seconds of CPU at province size (about 3 % of `validate`, more of a
/// command that copies the network), while the system takes the whole memory back at once when
/// the process exits. A command keeps what it loaded here; nothing else changes (the values are
/// immutable, and a command runs once per process).
enum ProcessLifetime {
  private static let lock = NSLock()
  nonisolated(unsafe) private static var kept: [any Sendable] = []

  /// Keeps `value` alive until the process exits.
  static func keep(_ value: any Sendable) {
    lock.lock()
    defer { lock.unlock() }
    kept.append(value)
  }
}
