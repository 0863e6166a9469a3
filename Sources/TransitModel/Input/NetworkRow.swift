/// One data row of a network table, read by column name, with typed accessors that report problems.
struct NetworkRow: Sendable {
  var file: String
  var line: Int
  /// The row's cells, by field number from `fields.startIndex`.
  let fields: ArraySlice<CSVField>
  /// Header name → 0-based field index.
  let columns: [String: Int]
  /// Header names by field index (`columns` the other way round), shared by the rows of a table:
  /// a row's dozen names are searched in place (`ColumnNames`), faster than hashing the name for
  /// every cell read.
  private var names: ColumnNames
  /// The column a whole-row problem is reported at: 1 for a CSV row, the object's own column for
  /// a row read from JSON.
  var rowColumn = 1

  /// A row whose cells are named by `columns`.
  init(file: String, line: Int, fields: ArraySlice<CSVField>, columns: [String: Int]) {
    self.init(
      file: file, line: line, fields: fields, columns: columns, names: ColumnNames(columns))
  }

  /// A row whose cells are named by `columns`, with `names` made from them once for every row of
  /// a table.
  init(
    file: String, line: Int, fields: ArraySlice<CSVField>, columns: [String: Int],
    names: ColumnNames
  ) {
    self.file = file
    self.line = line
    self.fields = fields
    self.columns = columns
    self.names = names
  }

  /// The 0-based field index of `column`, if the row has it.
  private func index(_ column: StaticString) -> Int? { names.index(of: column) }

  /// Where the cell of `column` starts (the row's start when the column is absent).
  func location(_ column: StaticString) -> SourceLocation {
    location(atField: index(column))
  }

  /// Where the cell of the column named `column` starts, for a name known only when running (a
  /// member of a scenario's edit); the row's start when the column is absent.
  func location(named column: String) -> SourceLocation {
    location(atField: columns[column])
  }

  private func location(atField index: Int?) -> SourceLocation {
    guard let index, index < fields.count else {
      return SourceLocation(file: file, line: line, column: rowColumn)
    }
    let field = fields[fields.startIndex + index]
    return SourceLocation(file: file, line: field.line, column: field.column)
  }

  /// The cell's trimmed text; "" when empty or when the column is absent.
  func text(_ column: StaticString) -> String {
    guard let index = index(column) else { return "" }
    return fields[fields.startIndex + index].text
  }

  func error(_ column: StaticString, _ message: String, _ diagnostics: inout [InputDiagnostic]) {
    diagnostics.append(InputDiagnostic(.error, location(column), message))
  }

  /// A required non-empty cell.
  func required(_ column: StaticString, _ diagnostics: inout [InputDiagnostic]) -> String? {
    let value = text(column)
    if value.isEmpty {
      error(column, Self.requiredMessage("\(column)"), &diagnostics)
      return nil
    }
    return value
  }

  /// The message for an empty required cell (the validator reports edited rows with it too).
  static func requiredMessage(_ column: String) -> String { "\(column) is required" }

  /// The message for a malformed id.
  static func malformedIDMessage(_ column: String, _ value: String) -> String {
    "\(column) must be lowercase ASCII letters, digits and '-', got '\(value)'"
  }

  /// A required id: lowercase ASCII letters, digits and `-`.
  func id(_ column: StaticString, _ diagnostics: inout [InputDiagnostic]) -> String? {
    guard let value = required(column, &diagnostics) else { return nil }
    guard Self.isValidID(value) else {
      error(column, Self.malformedIDMessage("\(column)", value), &diagnostics)
      return nil
    }
    return value
  }

  static func isValidID(_ text: String) -> Bool { RowID<Place>.isWellFormed(text) }

  /// Where this row and each of its cells are, for the model's source map.
  var origin: SourceMap.RowOrigin {
    var origin = SourceMap.RowOrigin(
      file: file, line: line, columns: columns, fieldLines: fields.map(\.line))
    origin.rowColumn = rowColumn
    if fields.enumerated().contains(where: { $0.element.column != $0.offset + 1 }) {
      origin.fieldColumns = fields.map { Int32($0.column) }
    }
    return origin
  }

  /// A decimal number in `range` (`Limits`). An empty cell gives nil (reported when `required`).
  func number(
    _ column: StaticString, in range: Limits.DecimalRange, required: Bool,
    _ diagnostics: inout [InputDiagnostic]
  ) -> Double? {
    let value = text(column)
    if value.isEmpty {
      if required {
        error(column, "\(column) is required (must be \(range.requirement))", &diagnostics)
      }
      return nil
    }
    guard let number = DecimalText.parse(value), range.contains(number) else {
      error(column, range.violation("\(column)", got: "'\(value)'"), &diagnostics)
      return nil
    }
    return number
  }

  /// A whole number in `range` (`Limits`); an empty cell is reported when `required`.
  func integer(
    _ column: StaticString, in range: Limits.WholeRange, required: Bool,
    _ diagnostics: inout [InputDiagnostic]
  ) -> Int? {
    let value = text(column)
    if value.isEmpty {
      if required { error(column, "\(column) is required (a whole number)", &diagnostics) }
      return nil
    }
    guard let number = DecimalText.parseInteger(value), range.contains(number) else {
      error(column, range.violation("\(column)", got: "'\(value)'"), &diagnostics)
      return nil
    }
    return number
  }

  /// One of an enumeration's raw values; an empty cell gives `defaultValue` (reported when nil).
  func choice<Value: RawRepresentable & CaseIterable>(
    _ column: StaticString, default defaultValue: Value? = nil,
    _ diagnostics: inout [InputDiagnostic]
  ) -> Value? where Value.RawValue == String {
    let value = text(column)
    if value.isEmpty {
      if defaultValue == nil { error(column, Self.requiredMessage("\(column)"), &diagnostics) }
      return defaultValue
    }
    guard let parsed = Value(rawValue: value) else {
      let allowed = Value.allCases.map(\.rawValue).joined(separator: ", ")
      error(column, "\(column) must be one of \(allowed), got '\(value)'", &diagnostics)
      return nil
    }
    return parsed
  }

  /// `yes` or `no`; an empty cell gives `defaultValue`.
  func yesNo(
    _ column: StaticString, default defaultValue: Bool, _ diagnostics: inout [InputDiagnostic]
  )
    -> Bool?
  {
    switch text(column) {
    case "": return defaultValue
    case "yes": return true
    case "no": return false
    case let other:
      error(column, "\(column) must be yes or no, got '\(other)'", &diagnostics)
      return nil
    }
  }

  /// A `;`-separated list of ids (empty cell = empty list); bad items are reported and dropped.
  func idList(_ column: StaticString, _ diagnostics: inout [InputDiagnostic]) -> [String] {
    let value = text(column)
    if value.isEmpty { return [] }
    var result: [String] = []
    for item in value.split(separator: ";", omittingEmptySubsequences: false) {
      let id = String(item).trimmingSpaces()
      if Self.isValidID(id) {
        result.append(id)
      } else {
        error(column, "\(column) items must be ids separated by ';', got '\(id)'", &diagnostics)
      }
    }
    return result
  }
}

extension String {
  func trimmingSpaces() -> String {
    var scalars = Substring(self).unicodeScalars
    while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
    while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
    return String(scalars)
  }
}
