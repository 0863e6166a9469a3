/// One problem found in user input, as a value: the library never prints it; the CLI writes
/// `description` on stderr.
public struct InputDiagnostic: Error, Sendable, Hashable, Comparable, CustomStringConvertible {
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
