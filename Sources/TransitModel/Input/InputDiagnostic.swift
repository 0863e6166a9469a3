/// Where a problem sits in a network file: file name, line and CSV column (field number), all 1-based.
///
/// The column is the field's position in its row (1 = first column), which is what a planner sees in a
/// spreadsheet; line is the physical line of the file where the field starts (quoted cells may span
/// lines). Sorting is by file, then line, then column.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The file name inside the network folder, e.g. `places.csv`.
  public var file: String
  /// 1-based physical line.
  public var line: Int
  /// 1-based CSV column (field number).
  public var column: Int

  public init(file: String, line: Int, column: Int) {
    self.file = file
    self.line = line
    self.column = column
  }

  /// `file:line:column`.
  public var description: String { "\(file):\(line):\(column)" }

  public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
    (a.file, a.line, a.column) < (b.file, b.line, b.column)
  }
}

/// One problem found in user input, as a value: the library never prints it; the CLI writes
/// `description` on stderr.
public struct InputDiagnostic: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// An error stops loading (exit 2 in the CLI); a warning is reported and loading goes on.
  public enum Severity: String, Sendable, Hashable {
    case error, warning
  }

  /// Whether the problem stops loading.
  public var severity: Severity
  /// File, line and column of the offending cell (or of the row or file when no cell is at fault).
  public var location: SourceLocation
  /// What is wrong and what was found, e.g. `population must be a finite number ≥ 0, got 'nan'`.
  public var message: String

  public init(_ severity: Severity, _ location: SourceLocation, _ message: String) {
    self.severity = severity
    self.location = location
    self.message = message
  }

  /// `places.csv:12:5: error: population must be a finite number ≥ 0, got 'nan'`.
  public var description: String { "\(location): \(severity.rawValue): \(message)" }

  /// Location first, then errors before warnings, then message: a stable report order.
  public static func < (a: InputDiagnostic, b: InputDiagnostic) -> Bool {
    if a.location != b.location { return a.location < b.location }
    if a.severity != b.severity { return a.severity == .error }
    return a.message < b.message
  }
}

/// Thrown when input has errors: carries every diagnostic found (errors and warnings), sorted.
public struct NetworkLoadError: Error, Sendable, CustomStringConvertible {
  /// Every error and warning found, sorted by location.
  public var diagnostics: [InputDiagnostic]

  public init(diagnostics: [InputDiagnostic]) {
    self.diagnostics = diagnostics.sorted()
  }

  /// Only the errors.
  public var errors: [InputDiagnostic] { diagnostics.filter { $0.severity == .error } }

  /// One diagnostic per line.
  public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
