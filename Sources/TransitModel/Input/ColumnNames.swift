import Foundation

/// The header names of a table by field index, shared by the rows of the table, as one buffer of
/// UTF-8 bytes. A cell is read by a column name written in the code (`StaticString`), compared
/// with the names byte for byte: names of another length are passed over by one comparison, and
/// neither side is a `String` to decode. Reading a cell by its column's name is the commonest step
/// of reading a network (millions at province size). A class, so a row holds one reference to its
/// table's names.
final class ColumnNames: Sendable {
  /// The names' bytes, one after the other.
  private let bytes: [UInt8]
  /// Per field index: where its name starts in `bytes` and its length (-1: no name).
  private let spans: [(start: Int, length: Int)]

  /// The names `columns` maps to each field index.
  init(_ columns: [String: Int]) {
    var spans = [(start: Int, length: Int)](
      repeating: (0, -1), count: (columns.values.max() ?? -1) + 1)
    var bytes: [UInt8] = []
    for (name, index) in columns.sorted(by: { $0.value < $1.value }) where index >= 0 {
      spans[index] = (bytes.count, name.utf8.count)
      bytes += name.utf8
    }
    self.bytes = bytes
    self.spans = spans
  }

  /// The field index of `column`, if the table has it.
  func index(of column: StaticString) -> Int? {
    column.withUTF8Buffer { wanted in
      bytes.withUnsafeBufferPointer { names in
        for index in spans.indices where spans[index].length == wanted.count {
          let start = spans[index].start
          if wanted.isEmpty
            || memcmp(names.baseAddress! + start, wanted.baseAddress!, wanted.count) == 0
          {
            return index
          }
        }
        return nil
      }
    }
  }
}
