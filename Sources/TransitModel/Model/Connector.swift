/// How a connector or stop transfer is travelled. Every mode serves profiles `rail`, `transit`, `any`.
public enum AccessMode: String, Sendable, CaseIterable, Hashable {
  case walk, metro, bus, taxi
}

/// Access and egress between a place and a stop (two-way, same minutes).
public struct Connector: Sendable, Hashable {
  public var place: String
  public var stop: String
  public var mode: AccessMode
  public var minutes: Double
  public var source: String

  public init(place: String, stop: String, mode: AccessMode, minutes: Double, source: String = "") {
    self.place = place
    self.stop = stop
    self.mode = mode
    self.minutes = minutes
    self.source = source
  }
}
