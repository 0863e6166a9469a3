import Foundation

/// The texts of long cells already read in a column of a CSV file, shared by the cells that repeat
/// them.
///
/// A network's `source` columns say the same thing on row after row ("est. taxi: …", "§3.2 …"):
/// a province-size network holds over a million such cells but a few thousand distinct texts.
/// Each long cell decoded on its own is one allocation and its own copy of the bytes; a cell that
/// repeats a text seen before in its column gets that text, shared (Swift strings are values, so
/// sharing changes no result).
///
/// Only texts too long to be stored inline in a `String` (more than 15 bytes) are looked up. A
/// column whose first rows rarely repeat (ids, names) stops being looked up after
/// `CSVReader.sampleRecords` records, so a file of unique texts costs a few hashes, not a
/// table of every cell.
struct RepeatedCellTexts {
  /// Bytes a `String` stores inline, without an allocation; shorter cells are never looked up.
  static let inlineBytes = 15

  private var columns: [Column] = []
  /// The table key of a cell's bytes (`fastHash(_:)`; tests give one that collides).
  private let hash: (UnsafeBufferPointer<UInt8>) -> UInt64

  /// A memo keyed by `hash`: equal keys are confirmed by comparing the bytes, so any function
  /// gives the same texts, a poor one only fewer shared.
  init(hash: @escaping (UnsafeBufferPointer<UInt8>) -> UInt64 = RepeatedCellTexts.fastHash) {
    self.hash = hash
  }

  private struct Column {
    /// Texts seen in the column, by the hash of their bytes; one text per hash (a second text
    /// with the same hash is decoded on its own).
    var texts: [UInt64: String] = [:]
    /// Texts of another table the column refers to (`KnownCellTexts`): looked up in every row
    /// and never added to.
    var known: [UInt64: String]?
    var lookups = 0
    var hits = 0
    var isShared = true
  }

  /// The text of `bytes` in the 1-based `column`: a text read before in that column when the
  /// bytes are the same, else `decode(bytes)` (remembered while the column repeats itself).
  mutating func text(
    _ bytes: UnsafeBufferPointer<UInt8>, column: Int,
    decode: (UnsafeBufferPointer<UInt8>) -> String?
  ) -> String? {
    guard bytes.count > Self.inlineBytes else { return decode(bytes) }
    while columns.count < column { columns.append(Column()) }
    if let known = columns[column - 1].known {
      if let text = known[Self.fastHash(bytes)], Self.same(text, bytes) { return text }
      return decode(bytes)
    }
    guard columns[column - 1].isShared else { return decode(bytes) }
    let key = hash(bytes)
    columns[column - 1].lookups += 1
    if let seen = columns[column - 1].texts[key] {
      if Self.same(seen, bytes) {
        columns[column - 1].hits += 1
        return seen
      }
      return decode(bytes)
    }
    guard let text = decode(bytes) else { return nil }
    columns[column - 1].texts[key] = text
    return text
  }

  /// Gives the cells of the 1-based `column` the texts of `known` they repeat (by
  /// `KnownCellTexts`), instead of texts of their own column.
  mutating func know(_ known: [UInt64: String], column: Int) {
    while columns.count < column { columns.append(Column()) }
    columns[column - 1].known = known
  }

  /// Stops looking up the columns whose long cells were mostly new so far: called once, after
  /// the sample of records.
  mutating func keepRepeatingColumns() {
    for index in columns.indices where columns[index].hits * 2 < columns[index].lookups {
      columns[index].isShared = false
      columns[index].texts = [:]
    }
  }

  /// Whether `text` is exactly `bytes`.
  private static func same(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let utf8 = text.utf8
    guard utf8.count == bytes.count else { return false }
    return utf8.withContiguousStorageIfAvailable { stored in
      memcmp(stored.baseAddress!, bytes.baseAddress!, bytes.count) == 0
    } ?? utf8.elementsEqual(bytes)
  }

  /// A fast 64-bit hash of `bytes` (eight bytes a step, multiply and rotate): a table key, not a
  /// checksum; equal keys are confirmed by comparing the bytes.
  static func fastHash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
    var hash = UInt64(truncatingIfNeeded: bytes.count) &* multiplier
    let raw = UnsafeRawBufferPointer(bytes)
    var offset = 0
    while offset + 8 <= raw.count {
      let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
      hash = (hash ^ word) &* multiplier
      hash = (hash << 29) | (hash >> 35)
      offset += 8
    }
    var tail: UInt64 = 0
    var shift: UInt64 = 0
    while offset < raw.count {
      tail |= UInt64(raw[offset]) << shift
      shift += 8
      offset += 1
    }
    hash = (hash ^ tail) &* multiplier
    return hash ^ (hash >> 32)
  }
}

/// Texts a table's cells repeat from a table read before, by column name: the stops' ids, which
/// the connectors, line stops and stop transfers name (a province-size network names its stops
/// over half a million times). A cell with the same bytes as one of them gets that text, shared,
/// instead of a copy of its own.
struct KnownCellTexts: Sendable {
  /// Texts by the `RepeatedCellTexts.fastHash` of their bytes, by column name.
  private(set) var byColumn: [String: [UInt64: String]] = [:]

  /// Nothing known.
  init() {}

  /// `texts` (those too long to be stored inline) known in each of `columns`.
  init(columns: [String], texts: some Sequence<String>) {
    var byHash: [UInt64: String] = [:]
    for var text in texts where text.utf8.count > RepeatedCellTexts.inlineBytes {
      let key = text.withUTF8(RepeatedCellTexts.fastHash)
      if byHash[key] == nil { byHash[key] = text }
    }
    for column in columns { byColumn[column] = byHash }
  }
}
