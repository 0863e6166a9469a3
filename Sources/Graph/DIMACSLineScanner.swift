/// Reads the tokens of one line of a DIMACS file straight from its bytes.
///
/// Tokens are separated by spaces or tabs; a trailing `\r` is ignored. Positions are kept so
/// that problems can name their column.
struct DIMACSLineScanner {
  /// Why a number could not be read.
  enum NumberProblem: Error {
    case missing(column: Int)
    case notANumber(column: Int)
    case tooLarge(column: Int)
  }

  let line: UnsafeBufferPointer<UInt8>
  private(set) var position: Int

  init(line: UnsafeBufferPointer<UInt8>, position: Int = 0) {
    self.line = line
    self.position = position
  }

  /// 1-based column of the current position.
  var column: Int { position + 1 }

  @inline(__always)
  mutating func skipBlanks() {
    while position < line.count {
      let byte = line[position]
      guard byte == 0x20 || byte == 0x09 || byte == 0x0D else { break }
      position &+= 1
    }
  }

  /// Whether only blanks remain.
  mutating func atEnd() -> Bool {
    skipBlanks()
    return position >= line.count
  }

  /// The next token as bytes (empty at the end of the line).
  mutating func token() -> UnsafeBufferPointer<UInt8> {
    skipBlanks()
    let start = position
    while position < line.count {
      let byte = line[position]
      if byte == 0x20 || byte == 0x09 || byte == 0x0D { break }
      position &+= 1
    }
    return UnsafeBufferPointer(rebasing: line[start..<position])
  }

  /// The next token as a decimal integer with an optional leading `-`, at most `limit` in
  /// magnitude.
  @inline(__always)
  mutating func integer(limit: Int64) throws(NumberProblem) -> (value: Int64, column: Int) {
    skipBlanks()
    let start = position
    guard position < line.count else { throw .missing(column: start + 1) }
    var negative = false
    if line[position] == 0x2D {  // "-"
      negative = true
      position &+= 1
    }
    var value: Int64 = 0
    var digits = 0
    var tooLarge = false
    while position < line.count {
      let digit = line[position] &- 0x30
      guard digit < 10 else { break }
      if !tooLarge {
        value = value &* 10 &+ Int64(digit)
        if value > limit { tooLarge = true }
      }
      digits &+= 1
      position &+= 1
    }
    if position < line.count {
      let byte = line[position]
      if byte != 0x20 && byte != 0x09 && byte != 0x0D { throw .notANumber(column: start + 1) }
    }
    guard digits > 0 else { throw .notANumber(column: start + 1) }
    guard !tooLarge else { throw .tooLarge(column: start + 1) }
    return (negative ? -value : value, start + 1)
  }
}

extension UnsafeBufferPointer<UInt8> {
  /// The bytes as a short string for messages (at most 40 bytes, lossy UTF-8).
  var quotedForMessage: String {
    let shown = String(decoding: prefix(40), as: UTF8.self)
    return "'" + shown + (count > 40 ? "…'" : "'")
  }
}
