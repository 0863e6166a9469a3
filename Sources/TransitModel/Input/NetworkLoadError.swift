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
