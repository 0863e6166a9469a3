import Foundation

/// Something that consumes a DIMACS file in blocks of complete lines.
protocol DIMACSLineConsumer {
  /// Called for every line (without its `\n`), with its 1-based number.
  mutating func consume(line: UnsafeBufferPointer<UInt8>, number: Int)
  /// Called with a block of complete lines, each ending in `\n` (so is the block); returns how
  /// many lines it held. The default splits the block and calls `consume(line:number:)`; a
  /// consumer may parse the common case straight from the block instead.
  mutating func consume(lines: UnsafeBufferPointer<UInt8>, firstLineNumber: Int) -> Int
  /// Whether enough problems were found to stop reading.
  var wantsToStop: Bool { get }
}

extension DIMACSLineConsumer {
  mutating func consume(lines: UnsafeBufferPointer<UInt8>, firstLineNumber: Int) -> Int {
    guard let base = lines.baseAddress else { return 0 }
    var position = 0
    var number = firstLineNumber
    while position < lines.count && !wantsToStop {
      let lineEnd = DIMACSFileReader.newline(in: base, from: position, to: lines.count)
      consume(
        line: UnsafeBufferPointer(start: base + position, count: lineEnd - position), number: number
      )
      number += 1
      position = lineEnd + 1
    }
    return number - firstLineNumber
  }
}

/// Streams a file in fixed-size chunks and hands blocks of complete lines to a consumer, so the
/// whole text is never held in memory (the large benchmark graph is 50 MB of text).
enum DIMACSFileReader {
  /// Bytes read at a time into one reused buffer (small enough to stay in L2).
  static let chunkBytes = 1 << 20

  /// Reads `path` and feeds its lines to `consumer`.
  /// - Returns: the number of lines read.
  /// - Throws: `DIMACSError` if the file cannot be opened or read.
  @discardableResult
  static func read<C: DIMACSLineConsumer>(path: String, into consumer: inout C) throws(DIMACSError)
    -> Int
  {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else {
      throw DIMACSError(diagnostics: [
        DIMACSDiagnostic(file: path, line: 0, column: nil, message: "cannot open file")
      ])
    }
    defer { close(descriptor) }
    let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: chunkBytes)
    defer { buffer.deallocate() }
    var carry: [UInt8] = []  // a line begun in an earlier chunk
    var lineCount = 0
    while !consumer.wantsToStop {
      let count = Foundation.read(descriptor, buffer, chunkBytes)
      if count < 0 {
        if errno == EINTR { continue }
        let reason = String(cString: strerror(errno))
        throw DIMACSError(diagnostics: [
          DIMACSDiagnostic(file: path, line: 0, column: nil, message: "read failed: \(reason)")
        ])
      }
      if count == 0 { break }
      let base = UnsafePointer(buffer)
      var start = 0
      if !carry.isEmpty {
        let newline = newline(in: base, from: 0, to: count)
        carry.append(contentsOf: UnsafeBufferPointer(start: base, count: min(newline + 1, count)))
        guard newline < count else { continue }
        lineCount += carry.withUnsafeBufferPointer {
          consumer.consume(lines: $0, firstLineNumber: lineCount + 1)
        }
        carry.removeAll(keepingCapacity: true)
        start = newline + 1
      }
      var last = count - 1
      while last >= start && base[last] != 0x0A { last -= 1 }
      if last >= start {
        lineCount += consumer.consume(
          lines: UnsafeBufferPointer(start: base + start, count: last + 1 - start),
          firstLineNumber: lineCount + 1)
      }
      carry.append(contentsOf: UnsafeBufferPointer(start: base + last + 1, count: count - last - 1))
    }
    if !carry.isEmpty && !consumer.wantsToStop {
      carry.append(0x0A)
      lineCount += carry.withUnsafeBufferPointer {
        consumer.consume(lines: $0, firstLineNumber: lineCount + 1)
      }
    }
    return lineCount
  }

  /// The whole content of `path`, for a file whose size is not known beforehand (a pipe).
  /// - Throws: `DIMACSError` if the file cannot be opened or read.
  static func readAll(path: String) throws(DIMACSError) -> [UInt8] {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else {
      throw DIMACSError(diagnostics: [
        DIMACSDiagnostic(file: path, line: 0, column: nil, message: "cannot open file")
      ])
    }
    defer { close(descriptor) }
    var bytes: [UInt8] = []
    let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: chunkBytes)
    defer { buffer.deallocate() }
    while true {
      let count = Foundation.read(descriptor, buffer, chunkBytes)
      if count < 0 {
        if errno == EINTR { continue }
        let reason = String(cString: strerror(errno))
        throw DIMACSError(diagnostics: [
          DIMACSDiagnostic(file: path, line: 0, column: nil, message: "read failed: \(reason)")
        ])
      }
      if count == 0 { return bytes }
      bytes.append(contentsOf: UnsafeBufferPointer(start: buffer, count: count))
    }
  }

  /// Feeds the lines of in-memory text to `consumer`.
  static func read<C: DIMACSLineConsumer>(bytes: [UInt8], into consumer: inout C) {
    var text = bytes
    if let last = text.last, last != 0x0A { text.append(0x0A) }
    _ = text.withUnsafeBufferPointer { consumer.consume(lines: $0, firstLineNumber: 1) }
  }

  /// Index of the first `\n` in `base[from ..< to]`, or `to` if there is none.
  @inline(__always)
  static func newline(in base: UnsafePointer<UInt8>, from: Int, to: Int) -> Int {
    guard from < to, let found = memchr(base + from, 0x0A, to - from) else { return to }
    return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
  }
}
