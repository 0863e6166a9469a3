/// What `check` found for one expectation.
public struct ExpectationResult: Sendable, Hashable {
  /// pass, FAIL, or a target with its distance to go.
  public enum Outcome: Sendable, Hashable {
    case pass
    case fail
    /// A target that holds already.
    case targetMet
    /// A target that does not hold yet, with how far it is (`12.5 min`, `3.2 points`).
    case targetToGo(String)
  }

  public var expectation: Expectation
  /// The measured value as a planner reads it (`83.3 min`, `48.5 %`, `17 gaps`).
  public var measured: String
  public var outcome: Outcome

  /// Whether this result fails the check (targets never do).
  public var fails: Bool { outcome == .fail }
}
