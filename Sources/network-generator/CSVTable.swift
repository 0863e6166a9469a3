/// One CSV table as the generator reads and writes it: a header and rows of cells.
///
/// Reads RFC 4180 as the network loader does (`Networks/README.md`): `,` separators; LF, CRLF or lone
/// CR line ends; quoted cells holding commas, doubled quotes and line breaks; a UTF-8 byte order mark;
/// leading and trailing spaces and tabs of every cell dropped; entirely blank lines skipped. Anything
/// else the loader would reject (an unterminated quote, text after a closing quote, a quote inside an
/// unquoted cell, invalid UTF-8, a row with the wrong number of cells) stops the generator: it copies
/// valid networks only.
struct CSVTable {
  var header: [String]
  var rows: [[String]]

  /// Index of the column named `name`, if the header has it.
  func column(_ name: String) -> Int? { header.firstIndex(of: name) }

  /// Parses `bytes` of the file named `file` (the name only locates errors).
  init(bytes: [UInt8], file: String) throws(GeneratorError) {
    var reader = Reader(bytes: bytes, file: file)
    var records: [[String]] = []
    while let record = try reader.nextRecord() {
      if record.cells == [""] { continue }
      if let width = records.first?.count, record.cells.count != width {
        throw .input(
          "\(file):\(record.line): the row has \(record.cells.count) cells, the header \(width)")
      }
      records.append(record.cells)
    }
    guard let header = records.first else { throw .input("\(file):1: empty file") }
    self.header = header
    self.rows = Array(records.dropFirst())
  }

  init(header: [String], rows: [[String]] = []) {
    self.header = header
    self.rows = rows
  }

  /// The header line, then every row: LF line ends, a cell quoted only when it holds `,`, `"`, CR or
  /// LF (doubling its quotes).
  func encoded() -> [UInt8] {
    var bytes: [UInt8] = []
    Self.append(row: header, to: &bytes)
    for row in rows { Self.append(row: row, to: &bytes) }
    return bytes
  }

  /// Appends one encoded row and its line end to `bytes`.
  static func append(row: [String], to bytes: inout [UInt8]) {
    for (index, cell) in row.enumerated() {
      if index > 0 { bytes.append(comma) }
      let utf8 = cell.utf8
      if utf8.contains(where: { $0 == comma || $0 == quote || $0 == lf || $0 == cr }) {
        bytes.append(quote)
        for byte in utf8 {
          if byte == quote { bytes.append(quote) }
          bytes.append(byte)
        }
        bytes.append(quote)
      } else {
        bytes.append(contentsOf: utf8)
      }
    }
    bytes.append(lf)
  }

  fileprivate static let quote = UInt8(ascii: "\"")
  fileprivate static let comma = UInt8(ascii: ",")
  fileprivate static let lf = UInt8(ascii: "\n")
  fileprivate static let cr = UInt8(ascii: "\r")
  fileprivate static let space = UInt8(ascii: " ")
  fileprivate static let tab = UInt8(ascii: "\t")
}

/// Splits bytes into records, counting physical lines for error messages.
private struct Reader {
  let bytes: [UInt8]
  let file: String
  var index = 0
  var line = 1

  init(bytes: [UInt8], file: String) {
    self.bytes = bytes
    self.file = file
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
  }

  /// The next record and the line it starts on, or nil at the end of the bytes.
  mutating func nextRecord() throws(GeneratorError) -> (line: Int, cells: [String])? {
    guard index < bytes.count else { return nil }
    let start = line
    var cells: [String] = []
    while true {
      cells.append(try nextCell())
      guard index < bytes.count else { break }
      let byte = bytes[index]
      index += 1
      if byte == CSVTable.comma { continue }
      // A line end: CR LF counts as one.
      if byte == CSVTable.cr, index < bytes.count, bytes[index] == CSVTable.lf { index += 1 }
      line += 1
      break
    }
    return (start, cells)
  }

  /// One cell, leaving `index` on the `,` or line end after it (or at the end of the bytes).
  private mutating func nextCell() throws(GeneratorError) -> String {
    var cell: [UInt8] = []
    let start = line
    if index < bytes.count, bytes[index] == CSVTable.quote {
      index += 1
      var closed = false
      while index < bytes.count {
        let byte = bytes[index]
        index += 1
        if byte == CSVTable.quote {
          if index < bytes.count, bytes[index] == CSVTable.quote {
            cell.append(byte)
            index += 1
            continue
          }
          closed = true
          break
        }
        let crBeforeLF = byte == CSVTable.cr && index < bytes.count && bytes[index] == CSVTable.lf
        if byte == CSVTable.lf || (byte == CSVTable.cr && !crBeforeLF) { line += 1 }
        cell.append(byte)
      }
      guard closed else { throw .input("\(file):\(start): unterminated quoted cell") }
      while index < bytes.count, bytes[index] == CSVTable.space || bytes[index] == CSVTable.tab {
        index += 1
      }
      if index < bytes.count, !Self.endsCell(bytes[index]) {
        throw .input("\(file):\(start): text after a closing quote")
      }
    } else {
      while index < bytes.count, !Self.endsCell(bytes[index]) {
        if bytes[index] == CSVTable.quote {
          throw .input("\(file):\(start): a quote inside an unquoted cell")
        }
        cell.append(bytes[index])
        index += 1
      }
    }
    let first = cell.firstIndex { !Self.isBlank($0) } ?? cell.endIndex
    let last = cell.lastIndex { !Self.isBlank($0) } ?? first
    let trimmed = first < cell.endIndex ? cell[first...last] : []
    guard let text = String(validating: trimmed, as: UTF8.self) else {
      throw .input("\(file):\(start): invalid UTF-8")
    }
    return text
  }

  private static func endsCell(_ byte: UInt8) -> Bool {
    byte == CSVTable.comma || byte == CSVTable.lf || byte == CSVTable.cr
  }

  private static func isBlank(_ byte: UInt8) -> Bool {
    byte == CSVTable.space || byte == CSVTable.tab
  }
}
