import Foundation

/// Something that consumes a DIMACS file line by line.
protocol DIMACSLineConsumer {
  /// Called for every line (without its `\n`), with its 1-based number.
  mutating func consume(line: UnsafeBufferPointer<UInt8>, number: Int)
  /// Whether enough problems were found to stop reading.
  var wantsToStop: Bool { get }
}

/// Streams a file in fixed-size chunks and hands complete lines to a consumer, so the whole
/// text is never held in memory (the large benchmark graph is 50 MB of text).
enum DIMACSFileReader {
  static let chunkBytes = 1 << 22

  /// Reads `path` and feeds its lines to `consumer`.
  /// - Returns: the number of lines read, and the file's size in bytes.
  /// - Throws: `DIMACSError` if the file cannot be opened or read.
  static func read<C: DIMACSLineConsumer>(path: String, into consumer: inout C) throws(DIMACSError)
    -> Int
  {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw DIMACSError(diagnostics: [
        DIMACSDiagnostic(file: path, line: 0, column: nil, message: "cannot open file")
      ])
    }
    defer { try? handle.close() }
    var carry: [UInt8] = []
    var lineNumber = 0
    while !consumer.wantsToStop {
      let chunk: Data
      do {
        guard let data = try handle.read(upToCount: chunkBytes), !data.isEmpty else { break }
        chunk = data
      } catch {
        throw DIMACSError(diagnostics: [
          DIMACSDiagnostic(
            file: path, line: lineNumber, column: nil, message: "read failed: \(error)")
        ])
      }
      chunk.withUnsafeBytes { raw in
        let bytes = raw.bindMemory(to: UInt8.self)
        var start = 0
        if !carry.isEmpty {
          // Finish the line begun in the previous chunk.
          guard let newline = bytes.firstIndex(of: 0x0A) else {
            carry.append(contentsOf: bytes)
            return
          }
          carry.append(contentsOf: bytes[0..<newline])
          lineNumber += 1
          carry.withUnsafeBufferPointer { consumer.consume(line: $0, number: lineNumber) }
          carry.removeAll(keepingCapacity: true)
          start = newline + 1
        }
        var position = start
        let count = bytes.count
        while position < count {
          guard
            let newline = UnsafeBufferPointer(rebasing: bytes[position..<count])
              .firstIndex(of: 0x0A)
          else { break }
          let lineEnd = position + newline
          lineNumber += 1
          consumer.consume(
            line: UnsafeBufferPointer(rebasing: bytes[position..<lineEnd]), number: lineNumber)
          position = lineEnd + 1
          if consumer.wantsToStop { return }
        }
        if position < count { carry.append(contentsOf: bytes[position..<count]) }
      }
    }
    if !carry.isEmpty && !consumer.wantsToStop {
      lineNumber += 1
      carry.withUnsafeBufferPointer { consumer.consume(line: $0, number: lineNumber) }
    }
    return lineNumber
  }
}

extension DIMACSFileReader {
  /// Feeds the lines of in-memory text to `consumer`.
  static func read<C: DIMACSLineConsumer>(bytes: [UInt8], into consumer: inout C) {
    bytes.withUnsafeBufferPointer { all in
      var position = 0
      var lineNumber = 0
      while position < all.count && !consumer.wantsToStop {
        let rest = UnsafeBufferPointer(rebasing: all[position...])
        let lineEnd = rest.firstIndex(of: 0x0A).map { position + $0 } ?? all.count
        lineNumber += 1
        consumer.consume(
          line: UnsafeBufferPointer(rebasing: all[position..<lineEnd]), number: lineNumber)
        position = lineEnd + 1
      }
    }
  }
}
