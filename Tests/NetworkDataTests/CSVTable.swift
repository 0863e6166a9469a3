/// A tiny RFC 4180 reader for the data tests: header-keyed rows of one table, read independently of
/// the model's loader so that checks on the raw text do not depend on it.
struct CSVTable {
  var name: String
  var header: [String]
  /// Data rows (line 2 on), each with as many cells as the header.
  var rows: [[String]]

  struct Malformed: Error, CustomStringConvertible {
    var description: String
  }

  init(name: String, text: String) throws {
    self.name = name
    var records: [[String]] = []
    var record: [String] = []
    var cell = ""
    var quoted = false
    var iterator = Array(text).makeIterator()
    var pending: Character? = nil
    func next() -> Character? {
      if let character = pending {
        pending = nil
        return character
      }
      return iterator.next()
    }
    while let character = next() {
      if quoted {
        if character == "\"" {
          if let following = next() {
            if following == "\"" {
              cell.append("\"")
            } else {
              quoted = false
              pending = following
            }
          } else {
            quoted = false
          }
        } else {
          cell.append(character)
        }
        continue
      }
      switch character {
      case "\"": quoted = true
      case ",":
        record.append(cell)
        cell = ""
      case "\n", "\r\n":
        record.append(cell)
        records.append(record)
        record = []
        cell = ""
      default: cell.append(character)
      }
    }
    if quoted { throw Malformed(description: "\(name): unterminated quote") }
    if !cell.isEmpty || !record.isEmpty {
      record.append(cell)
      records.append(record)
    }
    guard let first = records.first else { throw Malformed(description: "\(name): empty") }
    header = first
    rows = Array(records.dropFirst())
    for (offset, row) in rows.enumerated() where row.count != header.count {
      throw Malformed(
        description: "\(name):\(offset + 2): \(row.count) cells, header has \(header.count)")
    }
  }

  /// Column index of `column`, if the header has it.
  func column(_ column: String) -> Int? { header.firstIndex(of: column) }

  /// The cells of `column`, one per row (empty if the header lacks it).
  func values(_ column: String) -> [String] {
    guard let index = self.column(column) else { return [] }
    return rows.map { $0[index] }
  }
}
