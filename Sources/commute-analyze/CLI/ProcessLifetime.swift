import Foundation

#if canImport(Glibc)
  import Glibc
#endif

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

extension ProcessLifetime {
  /// Asks the C allocator to keep the memory a command frees for its next allocations, instead of
  /// handing large blocks back to the system and faulting fresh pages in again.
  ///
  /// Loading a province-size network allocates and frees arrays of tens of megabytes (a table's
  /// cells, sort orders, growing row arrays). By default glibc maps each block above 128 KB
  /// separately and unmaps it when freed, so every one costs page faults again: at ×1000 that
  /// was 0.9 s of system time in `validate` and 1.5 s in `coverage`, against 0.45 s and 0.6 s
  /// with this policy, for a peak about 5 % higher. Called once, before a command runs.
  static func keepFreedMemory() {
    #if canImport(Glibc)
      // `mallopt` is declared in <malloc.h>, which the Glibc module does not import; the
      // option numbers are glibc's (M_TRIM_THRESHOLD -1, M_MMAP_THRESHOLD -3).
      typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
      guard let symbol = dlsym(nil, "mallopt") else { return }
      let mallopt = unsafeBitCast(symbol, to: Mallopt.self)
      let gigabyte: Int32 = 1 << 30
      _ = mallopt(-3, gigabyte)
      _ = mallopt(-1, gigabyte)
    #endif
  }
}
