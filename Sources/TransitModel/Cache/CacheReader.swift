/// Reads what `CacheWriter` wrote, checking every count and index against the bytes left: no byte
/// sequence makes it trap or allocate more than the file could hold; anything that does not fit
/// throws `NetworkCacheError.damaged`. It reads either bytes in memory or, with a `CacheInput`, a
/// window over a file, moved on whenever a read needs more than the window holds.
struct CacheReader {
  private var buffer: UnsafeRawBufferPointer
  /// Position of the next byte in `buffer`.
  private(set) var offset: Int
  /// Position in the file of `buffer`'s first byte (for messages).
  private var base: Int
  /// Where bytes come from after `buffer`'s (nil: `buffer` is all there is).
  private let input: CacheInput?
  /// While `bytesRead(by:)` runs: the first byte a refill of the window keeps.
  private var pin: Int?
  /// The string table, once read (`readStrings`).
  private(set) var stringTable: [String] = [] {
    didSet { sourceIsEstimated = [Bool?](repeating: nil, count: stringTable.count) }
  }
  /// Per string of the table, whether it is estimated as a row's source (`judgedSource`,
  /// `SourceQuality`); nil until a row names it as its source.
  var sourceIsEstimated: [Bool?] = []

  /// A reader of `buffer`, from `offset` on; `base` is the position in the file of its first
  /// byte.
  init(_ buffer: UnsafeRawBufferPointer, offset: Int = 0, base: Int = 0) {
    self.buffer = buffer
    self.offset = offset
    self.base = base
    self.input = nil
  }

  /// A reader of part of a body whose string table `strings` was read before.
  init(_ buffer: UnsafeRawBufferPointer, offset: Int, strings: [String]) {
    self.init(buffer, offset: offset)
    stringTable = strings
  }

  /// A reader of the file `input` reads, from its first byte.
  init(_ input: CacheInput) {
    self.buffer = input.window
    self.offset = 0
    self.base = input.windowStart
    self.input = input
  }

  /// The result of `body` given a reader of `bytes`, the bytes at `position` in the file.
  static func reading<Result>(
    _ bytes: [UInt8], at position: Int,
    _ body: (inout CacheReader) throws(NetworkCacheError) -> Result
  ) throws(NetworkCacheError) -> Result {
    let result = bytes.withUnsafeBytes { buffer in
      Swift.Result { () throws(NetworkCacheError) in
        var reader = CacheReader(buffer, base: position)
        return try body(&reader)
      }
    }
    return try result.get()
  }

  /// Bytes left to read (of the content, once `limitToContent`).
  var remaining: Int { buffer.count - offset + (input?.bytesAfterWindow ?? 0) }

  /// Position in the file of the next byte.
  var position: Int { base + offset }

  func damaged(_ what: String) -> NetworkCacheError {
    .damaged("\(what) at byte \(position)")
  }

  /// From now on, the stored checksum at the end of the file is not read as content.
  mutating func limitToContent() {
    guard let input else { return }
    input.limitToContent()
    buffer = input.window
  }

  private mutating func take(_ size: Int) throws(NetworkCacheError) -> Int {
    if size > buffer.count - offset { try refill(toHold: size) }
    let start = offset
    offset += size
    return start
  }

  /// Moves the window on so that it holds the next `size` bytes (and the pinned ones).
  private mutating func refill(toHold size: Int) throws(NetworkCacheError) {
    guard let input, size <= remaining else { throw damaged("unexpected end of the file") }
    let keep = pin ?? offset
    buffer = try input.refill(keepingFrom: keep, toHold: offset - keep + size)
    base = input.windowStart
    offset -= keep
    if pin != nil { pin = 0 }
  }

  /// Runs `body` and returns the bytes it read.
  mutating func bytesRead(by body: (inout CacheReader) throws(NetworkCacheError) -> Void)
    throws(NetworkCacheError) -> [UInt8]
  {
    pin = offset
    defer { pin = nil }
    try body(&self)
    return Array(buffer[(pin ?? offset)..<offset])
  }

  /// The bytes from here to the end of the content, read into an array of their own; the reader
  /// is at the end after them.
  mutating func restOfContent() throws(NetworkCacheError) -> [UInt8] {
    let count = remaining
    let inWindow = buffer.count - offset
    let window = UnsafeRawBufferPointer(rebasing: buffer[offset...])
    var failure: NetworkCacheError?
    let bytes = [UInt8](unsafeUninitializedCapacity: count) { values, initialized in
      let target = UnsafeMutableRawBufferPointer(values)
      target.copyMemory(from: window)
      do throws(NetworkCacheError) {
        try input?.readPastWindow(
          into: UnsafeMutableRawBufferPointer(rebasing: target[inWindow...]))
        initialized = count
      } catch {
        failure = error
        initialized = inWindow
      }
    }
    if let failure { throw failure }
    base += offset + count
    offset = 0
    buffer = UnsafeRawBufferPointer(start: nil, count: 0)
    return bytes
  }

  // Each read takes its bytes first, then reads `buffer`: taking may move the window.

  mutating func u8() throws(NetworkCacheError) -> UInt8 {
    let start = try take(1)
    return buffer[start]
  }

  mutating func u32() throws(NetworkCacheError) -> UInt32 {
    let start = try take(4)
    return UInt32(littleEndian: buffer.loadUnaligned(fromByteOffset: start, as: UInt32.self))
  }

  mutating func u64() throws(NetworkCacheError) -> UInt64 {
    let start = try take(8)
    return UInt64(littleEndian: buffer.loadUnaligned(fromByteOffset: start, as: UInt64.self))
  }

  mutating func int() throws(NetworkCacheError) -> Int {
    Int(truncatingIfNeeded: Int64(bitPattern: try u64()))
  }

  mutating func bool() throws(NetworkCacheError) -> Bool {
    switch try u8() {
    case 0: return false
    case 1: return true
    default: throw damaged("a flag that is neither 0 nor 1")
    }
  }

  mutating func double() throws(NetworkCacheError) -> Double {
    Double(bitPattern: try u64())
  }

  mutating func optionalDouble() throws(NetworkCacheError) -> Double? {
    try bool() ? try double() : nil
  }

  /// A count of elements that take at least `minimumSize` bytes each: never more than the bytes
  /// left could hold, so a damaged count cannot ask for a huge allocation.
  mutating func count(minimumSize: Int) throws(NetworkCacheError) -> Int {
    let value = Int(try u32())
    // value <= remaining / size, without a division per count (one for every string of the table).
    guard value * max(minimumSize, 1) <= remaining else {
      throw damaged("a count (\(value)) larger than the file can hold")
    }
    return value
  }

  /// `count` little-endian 32-bit values (as `Int32` bit patterns), bounds-checked once.
  mutating func int32s(_ count: Int) throws(NetworkCacheError) -> ContiguousArray<Int32> {
    guard count >= 0, count <= remaining / 4 else {
      throw damaged("a count (\(count)) larger than the file can hold")
    }
    let start = try take(4 * count)
    let buffer = self.buffer
    return ContiguousArray(unsafeUninitializedCapacity: count) { values, initialized in
      for index in 0..<count {
        values[index] = Int32(
          bitPattern: UInt32(
            littleEndian: buffer.loadUnaligned(
              fromByteOffset: start + 4 * index, as: UInt32.self)))
      }
      initialized = count
    }
  }

  /// The next `count` little-endian 32-bit values, read in place (not copied) and skipped: for
  /// checks before (or without) decoding. Only for a reader of bytes in memory (a window over a
  /// file moves on), and valid while they are.
  mutating func int32View(_ count: Int) throws(NetworkCacheError) -> Int32View {
    precondition(input == nil, "a view into a window that moves on")
    guard count >= 0, count <= remaining / 4 else {
      throw damaged("a count (\(count)) larger than the file can hold")
    }
    let start = try take(4 * count)
    return Int32View(buffer: buffer, start: start, count: count)
  }

  mutating func enumCase<Value>(of cases: [Value]) throws(NetworkCacheError) -> Value {
    let index = Int(try u8())
    guard index < cases.count else { throw damaged("an unknown case \(index) of \(Value.self)") }
    return cases[index]
  }

  /// Reads the string table that starts the body.
  mutating func readStrings() throws(NetworkCacheError) {
    let count = try count(minimumSize: 4)
    var table: [String] = []
    table.reserveCapacity(count)
    for _ in 0..<count {
      let length = try self.count(minimumSize: 1)
      let start = try take(length)
      let bytes = UnsafeRawBufferPointer(rebasing: buffer[start..<(start + length)])
      table.append(String(decoding: bytes, as: UTF8.self))
    }
    stringTable = table
  }

  mutating func string() throws(NetworkCacheError) -> String {
    let index = Int(try u32())
    guard index < stringTable.count else { throw damaged("a string reference out of range") }
    return stringTable[index]
  }

  /// Checks the string reference `string()` would read and passes over it.
  mutating func checkString() throws(NetworkCacheError) {
    guard Int(try u32()) < stringTable.count else {
      throw damaged("a string reference out of range")
    }
  }

  mutating func optionalString() throws(NetworkCacheError) -> String? {
    try bool() ? try string() : nil
  }

  mutating func strings() throws(NetworkCacheError) -> [String] {
    try strings { $0 }
  }

  /// Strings (`strings()`), each made into a `Value` (an id) as it is read: no array of the
  /// strings is made on the way.
  mutating func strings<Value>(_ make: (String) -> Value) throws(NetworkCacheError) -> [Value] {
    let count = try count(minimumSize: 4)
    var values: [Value] = []
    values.reserveCapacity(count)
    for _ in 0..<count { values.append(make(try string())) }
    return values
  }
}

extension CacheReader {
  /// A string written in place by `CacheWriter.inlineString`.
  mutating func inlineString() throws(NetworkCacheError) -> String {
    let length = try count(minimumSize: 1)
    var bytes: [UInt8] = []
    bytes.reserveCapacity(length)
    for _ in 0..<length { bytes.append(try u8()) }
    return String(decoding: bytes, as: UTF8.self)
  }
}

/// Little-endian 32-bit values in place in a cache's bytes (`CacheReader.int32View`).
struct Int32View: RandomAccessCollection {
  let buffer: UnsafeRawBufferPointer
  let start: Int
  let count: Int

  var startIndex: Int { 0 }
  var endIndex: Int { count }

  subscript(index: Int) -> Int32 {
    precondition(index >= 0 && index < count, "index out of range")
    return Int32(
      bitPattern: UInt32(
        littleEndian: buffer.loadUnaligned(fromByteOffset: start + 4 * index, as: UInt32.self)))
  }
}
