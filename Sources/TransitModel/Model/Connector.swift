/// How a connector or stop transfer is travelled. Every mode serves profiles `rail`, `transit`, `any`.
public enum AccessMode: String, Sendable, CaseIterable, Hashable {
  case walk, metro, bus, taxi
}

/// Access and egress between a place and a stop (two-way, same minutes).
public struct Connector: Sendable, Hashable {
  /// Place id.
  public var place: String
  /// Stop id.
  public var stop: String
  /// How the connector is travelled (reported on access and egress legs).
  public var mode: AccessMode
  /// Minutes between the place and the stop, each way, as observed door to stop: the congestion
  /// factor does not scale them.
  public var minutes: Double
  /// Where the figures of this row come from: a facts-sheet citation, `est. …` with how it was
  /// estimated, or `unverified: …` (Networks/README.md).
  public var source: String

  public init(place: String, stop: String, mode: AccessMode, minutes: Double, source: String = "") {
    self.place = place
    self.stop = stop
    self.mode = mode
    self.minutes = minutes
    self.source = source
  }
}
