/// Writes the body of a network cache: little-endian fixed-width integers, doubles as their bit
/// pattern, and strings as 32-bit references into a table of distinct strings (each written once,
/// as length + UTF-8, ahead of the body), so the many repeated sources and ids cost one copy.
struct CacheWriter {
  private(set) var body: [UInt8] = []
  private(set) var stringTable: [String] = []
  private var stringIndex: [String: UInt32] = [:]

  mutating func u8(_ value: UInt8) { body.append(value) }

  mutating func u32(_ value: UInt32) {
    withUnsafeBytes(of: value.littleEndian) { body.append(contentsOf: $0) }
  }

  mutating func u64(_ value: UInt64) {
    withUnsafeBytes(of: value.littleEndian) { body.append(contentsOf: $0) }
  }

  mutating func int(_ value: Int) { u64(UInt64(bitPattern: Int64(value))) }

  mutating func bool(_ value: Bool) { u8(value ? 1 : 0) }

  mutating func double(_ value: Double) { u64(value.bitPattern) }

  mutating func count(_ value: Int) { u32(UInt32(value)) }

  /// Each value as a little-endian u32 (its bit pattern), in order.
  mutating func int32s<Values: Collection<Int32>>(_ values: Values) {
    body.reserveCapacity(body.count + 4 * values.count)
    for value in values { u32(UInt32(bitPattern: value)) }
  }

  mutating func optionalDouble(_ value: Double?) {
    bool(value != nil)
    if let value { double(value) }
  }

  /// A case of an enum, by its position in `cases` (`CacheSchema`: the schema fingerprint of a
  /// cache changes whenever the cases do).
  mutating func enumCase<Value: Equatable>(_ value: Value, of cases: [Value]) {
    u8(UInt8(truncatingIfNeeded: cases.firstIndex(of: value) ?? 0))
  }

  mutating func string(_ value: String) {
    if let index = stringIndex[value] {
      u32(index)
      return
    }
    let index = UInt32(stringTable.count)
    stringTable.append(value)
    stringIndex[value] = index
    u32(index)
  }

  mutating func optionalString(_ value: String?) {
    bool(value != nil)
    if let value { string(value) }
  }

  mutating func strings(_ values: [String]) {
    count(values.count)
    for value in values { string(value) }
  }

  /// Appends the string table, then the body, to `bytes`.
  func appendBytes(to bytes: inout [UInt8]) {
    var table = CacheWriter()
    table.count(stringTable.count)
    for string in stringTable {
      let utf8 = Array(string.utf8)
      table.count(utf8.count)
      table.body.append(contentsOf: utf8)
    }
    bytes.append(contentsOf: table.body)
    bytes.append(contentsOf: body)
  }
}

extension CacheWriter {
  /// A string written in place (length + UTF-8), for the header, which is read before the table.
  mutating func inlineString(_ value: String) {
    let utf8 = Array(value.utf8)
    count(utf8.count)
    body.append(contentsOf: utf8)
  }

  mutating func bytes(_ values: [UInt8]) { body.append(contentsOf: values) }
}
