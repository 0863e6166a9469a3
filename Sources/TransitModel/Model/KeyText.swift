import Foundation

/// A table key that can be written as bytes in its own order: the UTF-8 bytes of its parts, each
/// part after the first preceded by a zero byte. For parts of plain ASCII without a zero byte (every
/// id of a network), text order is byte order, and a part that is a prefix of another sorts first
/// both ways, so comparing the bytes compares the keys (`<`, part by part). Sorting a table by
/// these bytes costs a fraction of comparing the keys as texts, which reaches each text through
/// its string and normalizes it (a province-size table has hundreds of thousands of rows).
public protocol KeyText {
  /// Appends the key's bytes to `text`, and whether they are in the key's order: false when a part
  /// has a zero byte or a byte of 0x80 or above (text order then differs from byte order; `text`
  /// is then of no use).
  func appendKeyText(to text: inout [UInt8]) -> Bool
}

extension KeyText {
  /// Appends the UTF-8 bytes of `part`, and whether all of them are between 0x01 and 0x7F.
  static func append(_ part: String, to text: inout [UInt8]) -> Bool {
    var part = part
    return part.withUTF8 { bytes in
      text.append(contentsOf: bytes)
      return bytes.allSatisfy { $0 &- 1 < 0x7F }
    }
  }

  /// Appends the three parts of a key, a zero byte between them, and whether all are in order.
  static func append(
    _ first: String, _ second: String, _ third: String, to text: inout [UInt8]
  ) -> Bool {
    let firstInOrder = append(first, to: &text)
    text.append(0)
    let secondInOrder = append(second, to: &text)
    text.append(0)
    return firstInOrder && secondInOrder && append(third, to: &text)
  }
}

/// The key texts of a table's rows, one after the other, and the order that sorts them.
struct KeyTexts {
  private var bytes: [UInt8] = []
  /// Where the text of key `i` starts in `bytes`; one more entry for the end of the last.
  private var starts: [Int] = [0]

  /// The texts of `keys`; nil when one of them is not in its key's order (`KeyText`).
  init?<Keys: Collection>(_ keys: Keys) where Keys.Element: KeyText {
    starts.reserveCapacity(keys.count + 1)
    for key in keys {
      guard key.appendKeyText(to: &bytes) else { return nil }
      starts.append(bytes.count)
    }
  }

  /// The positions of the keys sorted by their texts (ties in any order), and the first two
  /// neighbours in that order with the same text, if any.
  func sortedOrder() -> (order: [Int], firstEqual: (Int, Int)?) {
    bytes.withUnsafeBufferPointer { text in
      starts.withUnsafeBufferPointer { starts in
        // The first sixteen bytes of each text, as two words that compare as the bytes do: most
        // comparisons end there, without reading the texts.
        var entries = (0..<starts.count - 1).map { key in
          let (high, low) = Self.leadingWords(text, starts[key], starts[key + 1])
          return Entry(high: high, low: low, key: Int32(truncatingIfNeeded: key))
        }
        func less(_ a: Entry, _ b: Entry) -> Bool {
          if a.high != b.high { return a.high < b.high }
          if a.low != b.low { return a.low < b.low }
          return Self.compareRest(text, starts, Int(a.key), Int(b.key)) < 0
        }
        entries.sort(by: less)
        var firstEqual: (Int, Int)?
        for (a, b) in zip(entries, entries.dropFirst()) where !less(a, b) {
          firstEqual = (Int(a.key), Int(b.key))
          break
        }
        return (entries.map { Int($0.key) }, firstEqual)
      }
    }
  }

  private struct Entry {
    var high: UInt64
    var low: UInt64
    var key: Int32
  }

  /// The bytes from `start` to `end` (at most sixteen), big-endian in two words, zeros after the
  /// end: a text that is a prefix of another gets smaller words.
  private static func leadingWords(
    _ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int
  ) -> (UInt64, UInt64) {
    var high: UInt64 = 0
    var low: UInt64 = 0
    for offset in 0..<16 {
      let byte = start + offset < end ? UInt64(text[start + offset]) : 0
      if offset < 8 { high = high << 8 | byte } else { low = low << 8 | byte }
    }
    return (high, low)
  }

  /// The order of texts `a` and `b` after their first sixteen bytes, which are equal.
  private static func compareRest(
    _ text: UnsafeBufferPointer<UInt8>, _ starts: UnsafeBufferPointer<Int>, _ a: Int, _ b: Int
  ) -> Int {
    compare(
      text, from: min(starts[a] + 16, starts[a + 1]), to: starts[a + 1],
      from: min(starts[b] + 16, starts[b + 1]), to: starts[b + 1])
  }

  private static func compare(
    _ text: UnsafeBufferPointer<UInt8>, from aStart: Int, to aEnd: Int, from bStart: Int,
    to bEnd: Int
  ) -> Int {
    let common = min(aEnd - aStart, bEnd - bStart)
    if common > 0, let base = text.baseAddress {
      let order = memcmp(base + aStart, base + bStart, common)
      if order != 0 { return Int(order) }
    }
    return (aEnd - aStart) - (bEnd - bStart)
  }
}
