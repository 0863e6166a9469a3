/// A coverage request that cannot be run.
public struct CoverageRequestError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What is wrong with the request, as one sentence.
  public var message: String
  /// The message.
  public var description: String { message }
}
