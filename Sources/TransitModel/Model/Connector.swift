/// How a connector or stop transfer is travelled. Every mode serves profiles `rail`, `transit`, `any`.
public enum AccessMode: String, Sendable, CaseIterable, Hashable {
  case walk, metro, bus, taxi
}

/// Access and egress between a place and a stop (two-way, same minutes).
public struct Connector: TableRow {
  /// Place id.
  public var place: PlaceID
  /// Stop id.
  public var stop: StopID
  /// How the connector is travelled (reported on access and egress legs).
  public var mode: AccessMode
  /// Minutes between the place and the stop, each way, as observed door to stop: the congestion
  /// factor does not scale them.
  public var minutes: Double
  /// Where the figures of this row come from: a facts-sheet citation, `est. …` with how it was
  /// estimated, or `unverified: …` (Networks/README.md).
  public var source: String

  public init(place: PlaceID, stop: StopID, mode: AccessMode, minutes: Double, source: String = "")
  {
    self.place = place
    self.stop = stop
    self.mode = mode
    self.minutes = minutes
    self.source = source
  }

  /// Place, stop and mode: a place may reach one stop by several modes, each once.
  public var key: ConnectorKey { ConnectorKey(place: place, stop: stop, mode: mode) }

  /// `key < other.key`, field by field in place.
  public func keyPrecedes(_ other: Connector) -> Bool {
    TwoIDsAndModeOrder.precedes((place, stop, mode), (other.place, other.stop, other.mode))
  }
}

/// What identifies a connector: its place, stop and mode (sorted in that order).
public struct ConnectorKey: Sendable, Hashable, Comparable, CustomStringConvertible {
  public var place: PlaceID
  public var stop: StopID
  public var mode: AccessMode

  public init(place: PlaceID, stop: StopID, mode: AccessMode) {
    self.place = place
    self.stop = stop
    self.mode = mode
  }

  public static func < (a: ConnectorKey, b: ConnectorKey) -> Bool {
    TwoIDsAndModeOrder.precedes((a.place, a.stop, a.mode), (b.place, b.stop, b.mode))
  }

  /// `place → stop by mode`.
  public var description: String { "\(place) → \(stop) by \(mode.rawValue)" }
}

extension ConnectorKey: KeyText {
  public func appendKeyText(to text: inout [UInt8]) -> Bool {
    Self.append(place.rawValue, stop.rawValue, mode.rawValue, to: &text)
  }
}
