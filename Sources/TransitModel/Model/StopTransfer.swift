/// Minutes between two stops of one city (two-way), walked or by metro, bus or taxi.
public struct StopTransfer: TableRow {
  /// Stop id of one end (the transfer runs both ways).
  public var fromStop: StopID
  /// Stop id of the other end.
  public var toStop: StopID
  /// How the transfer is travelled (reported on transfer legs).
  public var mode: AccessMode
  /// Minutes from leaving one stop to entering the other, each way; the transfer penalty is added
  /// on top when the network is compiled.
  public var minutes: Double
  /// Where the figures of this row come from: a facts-sheet citation, `est. …` with how it was
  /// estimated, or `unverified: …` (Networks/README.md).
  public var source: String

  public init(
    fromStop: StopID, toStop: StopID, mode: AccessMode, minutes: Double, source: String = ""
  ) {
    self.fromStop = fromStop
    self.toStop = toStop
    self.mode = mode
    self.minutes = minutes
    self.source = source
  }

  /// From stop, to stop and mode, as written. The transfer runs both ways, so the validator also
  /// refuses the same pair written the other way round with the same mode.
  public var key: StopTransferKey {
    StopTransferKey(fromStop: fromStop, toStop: toStop, mode: mode)
  }

  /// `key < other.key`, field by field in place.
  public func keyPrecedes(_ other: StopTransfer) -> Bool {
    TwoIDsAndModeOrder.precedes(
      (fromStop, toStop, mode), (other.fromStop, other.toStop, other.mode))
  }
}

/// What identifies a stop transfer: its stops as written and its mode (sorted in that order).
public struct StopTransferKey: Sendable, Hashable, Comparable, CustomStringConvertible {
  public var fromStop: StopID
  public var toStop: StopID
  public var mode: AccessMode

  public init(fromStop: StopID, toStop: StopID, mode: AccessMode) {
    self.fromStop = fromStop
    self.toStop = toStop
    self.mode = mode
  }

  public static func < (a: StopTransferKey, b: StopTransferKey) -> Bool {
    TwoIDsAndModeOrder.precedes((a.fromStop, a.toStop, a.mode), (b.fromStop, b.toStop, b.mode))
  }

  /// The same pair and mode whichever way round it is written.
  public var undirected: String {
    "\(min(fromStop, toStop)) ↔ \(max(fromStop, toStop)) by \(mode.rawValue)"
  }

  public var description: String { "\(fromStop) → \(toStop) by \(mode.rawValue)" }
}

extension StopTransferKey: KeyText {
  public func appendKeyText(to text: inout [UInt8]) -> Bool {
    Self.append(fromStop.rawValue, toStop.rawValue, mode.rawValue, to: &text)
  }
}
