/// Minutes between two stops of one city (two-way), walked or by metro, bus or taxi.
public struct StopTransfer: Sendable, Hashable {
  public var fromStop: String
  public var toStop: String
  public var mode: AccessMode
  public var minutes: Double
  public var source: String

  public init(
    fromStop: String, toStop: String, mode: AccessMode, minutes: Double, source: String = ""
  ) {
    self.fromStop = fromStop
    self.toStop = toStop
    self.mode = mode
    self.minutes = minutes
    self.source = source
  }
}
