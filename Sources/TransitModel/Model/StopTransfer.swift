/// Minutes between two stops of one city (two-way), walked or by metro, bus or taxi.
public struct StopTransfer: Sendable, Hashable {
  /// Stop id of one end (the transfer runs both ways).
  public var fromStop: String
  /// Stop id of the other end.
  public var toStop: String
  /// How the transfer is travelled (reported on transfer legs).
  public var mode: AccessMode
  /// Minutes from leaving one stop to entering the other, each way; the transfer penalty is added
  /// on top when the network is compiled.
  public var minutes: Double
  /// Where the figures of this row come from: a facts-sheet citation, `est. …` with how it was
  /// estimated, or `unverified: …` (Networks/README.md).
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
