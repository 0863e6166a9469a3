import Foundation

/// The bytes of a cache as `CacheReader` reads them: a window over the file, refilled a chunk at a
/// time, with the `FastChecksum` of the content computed as the bytes go by. A cache of hundreds of
/// megabytes is so never held whole, nor copied into as much fresh memory (whose page faults cost
/// more than reading it); only the compiled graphs, which a network read keeps encoded, are read
/// into an array of their own (`CacheReader.restOfContent`). A cache in memory is read the same
/// way, so one path reads both.
final class CacheInput {
  /// Fills the buffer with the next bytes; returns how many (0 at the end), nil when reading fails.
  typealias Fill = (UnsafeMutableRawBufferPointer) -> Int?

  /// The bytes a window holds at least, and reads at a time.
  static let defaultChunkSize = 1 << 20

  /// Bytes of the file (as `stat` gave them): no more are read.
  let size: Int
  /// Bytes the reader may read: the whole file while it reads the header, then all but the
  /// stored checksum (`limitToContent`).
  private(set) var limit: Int
  /// Position in the file of the window's first byte.
  private(set) var windowStart = 0
  /// Bytes read from the file so far.
  private var readCount = 0
  private var storage: UnsafeMutableRawBufferPointer
  private let fill: Fill
  private let close: () -> Void
  private var content = FastChecksum.Accumulator()
  /// The last eight bytes of the file (the stored checksum), as they are read.
  private var trailer: [UInt8] = []

  private init(size: Int, chunkSize: Int, fill: @escaping Fill, close: @escaping () -> Void) {
    self.size = max(0, size)
    self.limit = self.size
    self.storage = .allocate(byteCount: max(chunkSize, 64), alignment: 16)
    self.fill = fill
    self.close = close
  }

  deinit {
    storage.deallocate()
    close()
  }

  /// Reads `bytes`, `chunkSize` at a time.
  convenience init(_ bytes: [UInt8], chunkSize: Int = defaultChunkSize) {
    var position = 0
    self.init(
      size: bytes.count, chunkSize: chunkSize,
      fill: { buffer in
        let count = min(buffer.count, bytes.count - position)
        bytes.withUnsafeBytes {
          buffer.copyMemory(
            from: UnsafeRawBufferPointer(rebasing: $0[position..<(position + count)]))
        }
        position += count
        return count
      }, close: {})
  }

  /// Reads the first `size` bytes of the file at `path` (the caller checked it is a regular
  /// file); nil when it cannot be opened.
  convenience init?(file path: String, size: Int) {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { return nil }
    self.init(
      size: size, chunkSize: Self.defaultChunkSize,
      fill: { buffer in
        while true {
          let result = Glibc.read(descriptor, buffer.baseAddress, buffer.count)
          if result < 0 && errno == EINTR { continue }
          return result < 0 ? nil : result
        }
      }, close: { _ = Glibc.close(descriptor) })
  }

  /// The bytes of the window the reader may read.
  var window: UnsafeRawBufferPointer {
    UnsafeRawBufferPointer(
      rebasing: storage[0..<max(0, min(readCount, limit) - windowStart)])
  }

  /// Bytes the reader may read that are not in the window yet.
  var bytesAfterWindow: Int { max(0, limit - readCount) }

  /// From now on, the stored checksum at the end of the file is not for the reader.
  func limitToContent() {
    limit = max(0, size - 8)
  }

  /// Moves the window on to start at `keep` (a position in it) and reads until it holds `count`
  /// bytes from there; returns the new window.
  func refill(keepingFrom keep: Int, toHold count: Int) throws(NetworkCacheError)
    -> UnsafeRawBufferPointer
  {
    let kept = readCount - windowStart - keep
    if storage.count < count {
      let larger = UnsafeMutableRawBufferPointer.allocate(
        byteCount: max(count, 2 * storage.count), alignment: 16)
      larger.copyMemory(from: UnsafeRawBufferPointer(rebasing: storage[keep..<(keep + kept)]))
      storage.deallocate()
      storage = larger
    } else if keep > 0 {
      memmove(storage.baseAddress!, storage.baseAddress! + keep, kept)
    }
    windowStart += keep
    while readCount - windowStart < count {
      let filled = readCount - windowStart
      let wanted = min(storage.count - filled, size - readCount)
      guard wanted > 0 else { break }
      try read(into: UnsafeMutableRawBufferPointer(rebasing: storage[filled..<(filled + wanted)]))
    }
    return window
  }

  /// Reads the next `buffer.count` bytes of the file straight into `buffer`, after the window's:
  /// the window is empty after them (the reader has taken what it held).
  func readPastWindow(into buffer: UnsafeMutableRawBufferPointer) throws(NetworkCacheError) {
    try read(into: buffer)
    windowStart = readCount
  }

  /// Reads the next `buffer.count` bytes of the file into `buffer`.
  private func read(into buffer: UnsafeMutableRawBufferPointer) throws(NetworkCacheError) {
    var done = 0
    while done < buffer.count {
      let part = UnsafeMutableRawBufferPointer(rebasing: buffer[done...])
      guard let count = fill(part) else {
        throw .unreadable("reading it failed at byte \(readCount)")
      }
      guard count > 0 else {
        throw .damaged("unexpected end of the file at byte \(readCount) (it shrank)")
      }
      account(UnsafeRawBufferPointer(rebasing: part[0..<count]))
      done += count
    }
  }

  /// Reads the rest of the file and tells whether the checksum stored at its end is the one of
  /// its content.
  func checksumHolds() throws(NetworkCacheError) -> Bool {
    while readCount < size {
      windowStart = readCount
      try read(
        into: UnsafeMutableRawBufferPointer(
          rebasing: storage[0..<min(storage.count, size - readCount)]))
    }
    guard trailer.count == 8 else { return false }
    let stored = trailer.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)) }
    return content.checksum == stored
  }

  /// Adds newly read bytes to the checksum of the content, or to the trailer past it.
  private func account(_ bytes: UnsafeRawBufferPointer) {
    let contentEnd = size - 8
    let inContent = max(0, min(bytes.count, contentEnd - readCount))
    content.add(UnsafeRawBufferPointer(rebasing: bytes[0..<inContent]))
    trailer.append(contentsOf: bytes[inContent...])
    readCount += bytes.count
  }
}
