/// A coverage request that cannot be run.
public struct CoverageRequestError: Error, Sendable, Hashable, CustomStringConvertible {
  public var message: String
  public var description: String { message }
}
