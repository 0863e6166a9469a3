import Foundation

/// One cell of a CSV file with where it starts.
struct CSVField: Sendable {
  /// The cell's text, unquoted, with leading and trailing spaces and tabs removed.
  var text: String
  /// 1-based physical line where the cell starts.
  var line: Int
  /// 1-based field number in its record.
  var column: Int
}

/// One record (row) of a CSV file.
struct CSVRecord: Sendable {
  /// 1-based physical line where the record starts.
  var line: Int
  /// The record's cells: a slice of one array holding every cell of the file, so that a file of a
  /// million rows costs one allocation, not one per row.
  var fields: ArraySlice<CSVField>
  /// A cell was not valid UTF-8 (reported; that cell's text is empty): the row must not be used.
  var isBroken = false
}

/// A small RFC 4180 reader that keeps line and column of every cell.
///
/// Accepts: `,` separators; LF, CRLF or lone CR line ends; quoted cells holding commas, doubled quotes
/// (`""`) and line breaks; a UTF-8 byte order mark. Entirely blank lines are skipped. Reports
/// (never traps on): invalid UTF-8 (the record is marked broken), an unterminated quoted cell, text
/// after a closing quote, a quote inside an unquoted cell.
enum CSVReader {
  /// Splits `bytes` into records; problems go to `diagnostics` as errors located in `file`.
  /// Cells of the columns `known` names (by the header, the first record) that repeat one of its
  /// texts get that text, shared.
  static func records(
    _ bytes: [UInt8], file: String, known: KnownCellTexts = KnownCellTexts(),
    diagnostics: inout [InputDiagnostic]
  ) -> [CSVRecord] {
    var parser = Parser(bytes: bytes, file: file, known: known)
    parser.run()
    diagnostics += parser.diagnostics
    let fields = parser.fields
    return parser.records.map {
      CSVRecord(line: $0.line, fields: fields[$0.fields], isBroken: $0.isBroken)
    }
  }

  /// Records read before the reader sizes its arrays for the whole file.
  static let sampleRecords = 1_000

  /// The text of `bytes`, or nil when they are not valid UTF-8.
  static func decodeUTF8(_ bytes: ArraySlice<UInt8>) -> String? {
    bytes.withUnsafeBufferPointer(decodeUTF8)
  }

  /// The text of `buffer`, or nil when it is not valid UTF-8.
  static func decodeUTF8(_ buffer: UnsafeBufferPointer<UInt8>) -> String? {
    // ASCII (nearly every cell) is valid as it is; the rest is decoded with replacement
    // characters, which change the bytes exactly when they are invalid (compared in one call).
    var text = String(decoding: buffer, as: UTF8.self)
    guard buffer.contains(where: { $0 >= 0x80 }) else { return text }
    let same = text.withUTF8 { decoded in
      decoded.count == buffer.count
        && memcmp(decoded.baseAddress!, buffer.baseAddress!, buffer.count) == 0
    }
    return same ? text : nil
  }

  private struct Parser {
    let bytes: [UInt8]
    let file: String
    /// Each record's line, its range of `fields` and whether it is broken (`CSVRecord`).
    var records: [(line: Int, fields: Range<Int>, isBroken: Bool)] = []
    var diagnostics: [InputDiagnostic] = []
    /// The cells of every record read so far, in order.
    var fields: [CSVField] = []

    // Current record state.
    /// Where the current record's cells start in `fields`.
    var recordStart = 0
    var recordLine = 1
    var recordBroken = false
    var cell: [UInt8] = []
    /// The cell's bytes while they are one unquoted run of the file (nearly every cell): read in
    /// place, not copied into `cell`, which stays empty.
    var cellRun: Range<Int>? = nil
    var cellLine = 1
    var cellQuoted = false
    /// Long texts met before in each column, shared by the cells that repeat them.
    var repeatedTexts = RepeatedCellTexts()

    var index = 0
    var line = 1

    /// Texts to share with cells of the columns it names, once the header is read.
    var known: KnownCellTexts

    init(bytes: [UInt8], file: String, known: KnownCellTexts) {
      self.bytes = bytes
      self.file = file
      self.known = known
    }

    private static let quote = UInt8(ascii: "\"")
    private static let comma = UInt8(ascii: ",")
    private static let lf = UInt8(ascii: "\n")
    private static let cr = UInt8(ascii: "\r")

    mutating func run() {
      if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
      startRecord()
      while index < bytes.count {
        let byte = bytes[index]
        if byte == Self.quote && cell.isEmpty && cellRun == nil && !cellQuoted {
          readQuoted()
        } else if byte == Self.comma {
          index += 1
          endCell()
        } else if byte == Self.lf || byte == Self.cr {
          consumeLineEnd()
          endRecord()
          startRecord()
        } else {
          // An unquoted run up to the next separator or line end, appended at once.
          let start = index
          var quoteInside = false
          while index < bytes.count {
            let next = bytes[index]
            if next == Self.comma || next == Self.lf || next == Self.cr { break }
            if next == Self.quote { quoteInside = true }
            index += 1
          }
          if quoteInside {
            report(
              line, "a quote inside an unquoted cell: quote the whole cell and double the quote")
          }
          if cell.isEmpty && cellRun == nil && !cellQuoted {
            cellRun = start..<index
          } else {
            flushRun()
            cell.append(contentsOf: bytes[start..<index])
          }
        }
      }
      if !(fields.count == recordStart && cell.isEmpty && cellRun == nil && !cellQuoted) {
        endRecord()
      }
    }

    /// Copies the cell's run into `cell`, before something else is appended to it.
    private mutating func flushRun() {
      if let run = cellRun {
        cell.append(contentsOf: bytes[run])
        cellRun = nil
      }
    }

    /// Reads `"..."` starting at the opening quote; leaves `index` after the closing quote.
    private mutating func readQuoted() {
      let openLine = line
      cellQuoted = true
      index += 1
      while index < bytes.count {
        let byte = bytes[index]
        if byte == Self.quote {
          if index + 1 < bytes.count && bytes[index + 1] == Self.quote {
            cell.append(Self.quote)
            index += 2
            continue
          }
          index += 1
          // After the closing quote only a separator or a line end may follow.
          if index < bytes.count {
            let next = bytes[index]
            if next != Self.comma && next != Self.lf && next != Self.cr {
              report(line, "text after the closing quote of a quoted cell")
              while index < bytes.count && bytes[index] != Self.comma && bytes[index] != Self.lf
                && bytes[index] != Self.cr
              {
                cell.append(bytes[index])
                index += 1
              }
            }
          }
          return
        }
        if byte == Self.lf
          || (byte == Self.cr && !(index + 1 < bytes.count && bytes[index + 1] == Self.lf))
        {
          line += 1
          cell.append(byte)
          index += 1
          continue
        }
        // A run of ordinary bytes up to the next quote or line end, appended at once.
        let start = index
        while index < bytes.count {
          let next = bytes[index]
          if next == Self.quote || next == Self.lf || next == Self.cr { break }
          index += 1
        }
        if index == start {
          cell.append(byte)  // a CR of a CRLF pair: the LF that follows counts the line
          index += 1
        } else {
          cell.append(contentsOf: bytes[start..<index])
        }
      }
      report(openLine, "quoted cell is not closed before the end of the file")
    }

    private mutating func consumeLineEnd() {
      if bytes[index] == Self.cr && index + 1 < bytes.count && bytes[index + 1] == Self.lf {
        index += 2
      } else {
        index += 1
      }
      line += 1
    }

    private mutating func startRecord() {
      recordStart = fields.count
      recordLine = line
      recordBroken = false
      startCell()
    }

    private mutating func startCell() {
      // Nearly every cell is read in place and leaves `cell` empty: emptying it again would cost
      // a call per cell.
      if !cell.isEmpty { cell.removeAll(keepingCapacity: true) }
      cellRun = nil
      cellLine = line
      cellQuoted = false
    }

    private mutating func endCell() {
      let column = fields.count - recordStart + 1
      // The bytes are borrowed in place: a slice of the file per cell would retain and release
      // the file's whole array each time.
      let decoded =
        if let run = cellRun {
          bytes.withUnsafeBufferPointer {
            repeatedTexts.text(
              Self.trimmed(.init(rebasing: $0[run])), column: column, decode: CSVReader.decodeUTF8)
          }
        } else {
          cell.withUnsafeBufferPointer {
            repeatedTexts.text(Self.trimmed($0), column: column, decode: CSVReader.decodeUTF8)
          }
        }
      if let text = decoded {
        fields.append(CSVField(text: text, line: cellLine, column: column))
      } else {
        diagnostics.append(
          InputDiagnostic(
            .error, SourceLocation(file: file, line: cellLine, column: column),
            "invalid UTF-8 in this cell; the row is skipped (save the file as UTF-8)"))
        recordBroken = true
        fields.append(CSVField(text: "", line: cellLine, column: column))
      }
      startCell()
    }

    private mutating func endRecord() {
      // A line with nothing on it (not even `""`) is skipped.
      let blank =
        fields.count == recordStart && !cellQuoted
        && (cellRun.map { bytes[$0] } ?? cell[...]).allSatisfy { $0 == 0x20 || $0 == 0x09 }
      endCell()
      if !blank {
        records.append((recordLine, recordStart..<fields.count, recordBroken))
        if records.count == 1 { knowColumns() }
        if records.count == CSVReader.sampleRecords {
          reserveForTheRest()
          repeatedTexts.keepRepeatingColumns()
        }
      } else {
        fields.removeLast(fields.count - recordStart)
      }
    }

    /// Hands the texts `known` has for the header's columns to `repeatedTexts`, once the header
    /// (the first record) is read.
    private mutating func knowColumns() {
      guard !known.byColumn.isEmpty else { return }
      for (offset, field) in fields[recordStart...].enumerated() {
        if let texts = known.byColumn[field.text] { repeatedTexts.know(texts, column: offset + 1) }
      }
      known = KnownCellTexts()
    }

    /// Sizes `fields` and `records` for the whole file, extrapolated from the records read so
    /// far (one tenth more, for files whose later rows are longer): a table of a million rows
    /// then costs one allocation per array, instead of doubling its array a dozen times, which
    /// copies every cell again and, at its last step, holds up to twice the memory the cells need.
    private mutating func reserveForTheRest() {
      guard index > 0 else { return }
      let scale = Double(bytes.count) / Double(index) * 1.1
      fields.reserveCapacity(Int(Double(fields.count) * scale))
      records.reserveCapacity(Int(Double(records.count) * scale))
    }

    private mutating func report(_ atLine: Int, _ message: String) {
      diagnostics.append(
        InputDiagnostic(
          .error, SourceLocation(file: file, line: atLine, column: fields.count - recordStart + 1),
          message))
    }

    /// `bytes` without leading and trailing spaces and tabs.
    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
      var slice = bytes[...]
      while let first = slice.first, first == 0x20 || first == 0x09 { slice = slice.dropFirst() }
      while let last = slice.last, last == 0x20 || last == 0x09 { slice = slice.dropLast() }
      return UnsafeBufferPointer(rebasing: slice)
    }
  }
}
