/// One problem found in a DIMACS file, with its 1-based position.
public struct DIMACSDiagnostic: Sendable, Hashable, CustomStringConvertible {
  /// The file as it was named to the loader.
  public var file: String
  /// 1-based line number; 0 for problems with the whole file (e.g. it cannot be opened).
  public var line: Int
  /// 1-based column (byte offset in the line), when the problem has a position within the line.
  public var column: Int?
  /// What is wrong, and what was expected.
  public var message: String

  /// Creates a diagnostic.
  public init(file: String, line: Int, column: Int?, message: String) {
    self.file = file
    self.line = line
    self.column = column
    self.message = message
  }

  /// `file:line:column: error: message`, the compiler-style form editors can jump to.
  public var description: String {
    if line == 0 { return "\(file): error: \(message)" }
    if let column { return "\(file):\(line):\(column): error: \(message)" }
    return "\(file):\(line): error: \(message)"
  }
}

/// A DIMACS file could not be loaded. Holds the problems found (the first
/// `DIMACSError.maximumDiagnostics` of them; parsing goes on after a bad line so that several
/// problems are reported at once).
public struct DIMACSError: Error, Sendable, CustomStringConvertible {
  /// How many problems are collected before parsing stops.
  public static let maximumDiagnostics = 20

  /// The problems, in file order.
  public var diagnostics: [DIMACSDiagnostic]

  /// Creates an error from its diagnostics (at least one).
  public init(diagnostics: [DIMACSDiagnostic]) {
    self.diagnostics = diagnostics
  }

  /// One diagnostic per line.
  public var description: String {
    diagnostics.map(\.description).joined(separator: "\n")
  }
}
