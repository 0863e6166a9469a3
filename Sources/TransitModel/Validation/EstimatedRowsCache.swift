import Foundation

/// Holds a validated network's `EstimatedRows` once judged, as `ResolvedReferencesCache` holds its
/// references (the same reasons for the lock and the one `@unchecked Sendable`).
final class EstimatedRowsCache: @unchecked Sendable {
  private let lock = NSLock()
  private var stored: EstimatedRows?

  init(_ judged: EstimatedRows?) {
    stored = judged
  }

  /// The value if judged already, else nil (nothing is judged).
  var judged: EstimatedRows? {
    lock.lock()
    defer { lock.unlock() }
    return stored
  }

  /// The stored value, or the value `make` computes, stored for every later call.
  func value(_ make: () -> EstimatedRows) -> EstimatedRows {
    lock.lock()
    defer { lock.unlock() }
    if let stored { return stored }
    let made = make()
    stored = made
    return made
  }
}
