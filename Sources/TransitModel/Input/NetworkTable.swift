/// A table read from CSV with its header checked: rows whose cell count matches the header.
struct NetworkTable: Sendable {
  var schema: TableSchema
  var rows: [NetworkRow]
  /// Ids of rows skipped for a problem already reported (wrong cell count, invalid UTF-8).
  var skippedIDs: [String] = []

  /// Reads and checks `schema.file` from `files`. Reports a missing or empty file, unknown, duplicate
  /// or missing header columns (line 1), and rows with the wrong number of cells (those rows are
  /// skipped). Returns nil when the header is unusable.
  static func read(
    _ schema: TableSchema, from files: NetworkFiles, known: KnownCellTexts = KnownCellTexts(),
    diagnostics: inout [InputDiagnostic]
  ) -> NetworkTable? {
    let file = schema.file
    let start = SourceLocation(file: file, line: 1, column: 1)
    guard let bytes = files.files[file] else {
      diagnostics.append(
        InputDiagnostic(
          .error, start,
          "file is missing; a network needs it (header: \(schema.all.joined(separator: ",")))"))
      return nil
    }
    if let encoding = Self.wideEncoding(bytes) {
      diagnostics.append(
        InputDiagnostic(
          .error, start, "the file is \(encoding), not UTF-8: save it as UTF-8 (CSV UTF-8)"))
      return nil
    }
    let records = CSVReader.records(bytes, file: file, known: known, diagnostics: &diagnostics)
    guard let header = records.first else {
      diagnostics.append(
        InputDiagnostic(
          .error, start,
          "file is empty; expected a header line: \(schema.all.joined(separator: ","))"))
      return nil
    }
    var columnIndex: [String: Int] = [:]
    var headerUsable = true
    if header.line != 1 {
      diagnostics.append(InputDiagnostic(.error, start, "the header must be on line 1"))
    }
    for field in header.fields {
      let location = SourceLocation(file: file, line: field.line, column: field.column)
      if !schema.all.contains(field.text) {
        diagnostics.append(
          InputDiagnostic(
            .error, location,
            "unknown column '\(field.text)'; expected: \(schema.all.joined(separator: ", "))"))
        headerUsable = false
      } else if columnIndex[field.text] != nil {
        diagnostics.append(
          InputDiagnostic(.error, location, "column '\(field.text)' appears twice"))
        headerUsable = false
      } else {
        columnIndex[field.text] = field.column - 1
      }
    }
    for name in schema.required where columnIndex[name] == nil {
      diagnostics.append(
        InputDiagnostic(
          .error, SourceLocation(file: file, line: header.line, column: header.fields.count + 1),
          "missing required column '\(name)'"))
      headerUsable = false
    }
    guard headerUsable else { return nil }
    let names = ColumnNames(columnIndex)
    var rows: [NetworkRow] = []
    rows.reserveCapacity(records.count - 1)
    var skippedIDs: [String] = []
    for record in records.dropFirst() {
      if record.isBroken || record.fields.count != header.fields.count {
        // The id of a skipped row still counts as defined, so references to it do not cascade.
        if let index = columnIndex["id"], index < record.fields.count {
          skippedIDs.append(record.fields[record.fields.startIndex + index].text)
        }
      }
      if record.isBroken { continue }
      if record.fields.count != header.fields.count {
        let column = min(record.fields.count, header.fields.count) + 1
        diagnostics.append(
          InputDiagnostic(
            .error, SourceLocation(file: file, line: record.line, column: column),
            "row has \(record.fields.count) cells, the header has \(header.fields.count); "
              + "the row is skipped"))
        continue
      }
      rows.append(
        NetworkRow(
          file: file, line: record.line, fields: record.fields, columns: columnIndex, names: names))
    }
    return NetworkTable(schema: schema, rows: rows, skippedIDs: skippedIDs)
  }

  /// The name of a UTF-16 or UTF-32 encoding when the bytes look like one (a byte order mark, or
  /// NUL bytes among the first characters, which UTF-8 text never has), else nil.
  static func wideEncoding(_ bytes: [UInt8]) -> String? {
    if bytes.starts(with: [0xFF, 0xFE, 0, 0]) || bytes.starts(with: [0, 0, 0xFE, 0xFF]) {
      return "UTF-32"
    }
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return "UTF-16" }
    let head = bytes.prefix(64)
    guard head.contains(0) else { return nil }
    let zeros = head.filter { $0 == 0 }.count
    return zeros * 2 >= head.count ? (zeros * 4 >= head.count * 3 ? "UTF-32" : "UTF-16") : "binary"
  }
}
