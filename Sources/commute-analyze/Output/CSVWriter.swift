/// Writes tall CSV for pandas and QGIS: header on line 1, `,` separator, LF line ends, RFC 4180
/// quoting (a cell with `,`, `"`, CR or LF is quoted, quotes doubled).
///
/// Text that came from data (names, ids) goes through `text(_:)`, which also defuses spreadsheet
/// formula injection: a cell starting with `=`, `+`, `-`, `@`, tab or CR gets a leading `'`.
/// Numbers go through `number` cells and are never altered.
struct CSVWriter: Sendable {
  /// A cell: text from data (protected) or a number/keyword written by the tool (verbatim).
  enum Cell: Sendable {
    case text(String)
    case plain(String)
  }

  private(set) var output = ""

  init(header: [String]) {
    appendRow(header.map(Cell.plain))
  }

  mutating func appendRow(_ cells: [Cell]) {
    output += cells.map(Self.encode).joined(separator: ",") + "\n"
  }

  static func encode(_ cell: Cell) -> String {
    switch cell {
    case .text(let value): return quoted(defused(value))
    case .plain(let value): return quoted(value)
    }
  }

  /// `value` with a leading `'` when a spreadsheet would read it as a formula.
  static func defused(_ value: String) -> String {
    guard let first = value.unicodeScalars.first else { return value }
    let triggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]
    return triggers.contains(first) ? "'" + value : value
  }

  /// RFC 4180 quoting when needed.
  static func quoted(_ value: String) -> String {
    let needsQuotes = value.unicodeScalars.contains { "\",\r\n".unicodeScalars.contains($0) }
    guard needsQuotes else { return value }
    return "\"" + value.replacingAll("\"", with: "\"\"") + "\""
  }
}
