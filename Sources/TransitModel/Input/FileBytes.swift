import Foundation

/// The bytes of a file read straight into one array: a network table or a cache can be hundreds of
/// megabytes, and reading through `Data` holds them twice and copies them once more.
public enum FileBytes {
  /// The first `size` bytes of the file at `path` (its size as `stat` gave it; fewer if it has
  /// shrunk since), or nil when it cannot be opened or read. The caller checks it is a regular
  /// file first: a FIFO is never opened here.
  public static func read(_ path: String, size: Int) -> [UInt8]? {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var failed = false
    let bytes = [UInt8](unsafeUninitializedCapacity: max(0, size)) { buffer, count in
      while count < size {
        let result = Glibc.read(descriptor, buffer.baseAddress! + count, size - count)
        if result < 0 && errno == EINTR { continue }
        if result <= 0 {
          failed = result < 0
          break
        }
        count += result
      }
    }
    return failed ? nil : bytes
  }
}
