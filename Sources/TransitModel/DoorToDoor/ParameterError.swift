/// A parameter name or value that `Parameters.set` refused.
public struct ParameterError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The parameter name as given (or its canonical name once known).
  public var name: String
  /// What is wrong, with the allowed values or range.
  public var message: String

  public var description: String { "parameter '\(name)': \(message)" }
}
