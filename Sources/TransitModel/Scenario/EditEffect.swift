/// What one edit did to the network, in a sentence (`validate --scenario` prints these).
public struct EditEffect: Sendable, Hashable {
  /// The scenario's name.
  public var scenario: String
  /// 1-based number of the edit in its scenario.
  public var number: Int
  /// The edit's type.
  public var type: ScenarioEditType
  /// Where the edit is written.
  public var location: SourceLocation
  /// What it added, removed or changed (and derived run times).
  public var summary: String
}

/// A network with scenarios applied: validated, with the parameters the scenarios set, and what
/// each edit did.
public struct EditedNetwork: Sendable {
  /// The edited network, checked by the same validator as a loaded one.
  public var network: ValidatedNetwork
  /// The base parameters with every `set-parameter` applied, in order.
  public var parameters: Parameters
  /// What each edit did, in order.
  public var effects: [EditEffect]
}
