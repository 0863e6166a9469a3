/// Kind of stop; sets the boarding and alighting overheads.
public enum StopKind: String, Sendable, CaseIterable, Hashable {
  case rail, airport, coach
}

/// Where a service is boarded: rail station, airport or coach terminal.
public struct Stop: Sendable, Hashable {
  public var id: String
  public var nameZh: String
  public var nameEn: String
  public var kind: StopKind
  /// The place the stop belongs to (its park-and-ride drive starts at that place's road node).
  public var place: String
  /// WGS-84 degrees.
  public var latitude: Double
  /// WGS-84 degrees.
  public var longitude: Double
  /// A car may be parked here before the first boarding (profile `any`).
  public var parkAndRide: Bool
  public var source: String

  public init(
    id: String, nameZh: String, nameEn: String, kind: StopKind, place: String, latitude: Double,
    longitude: Double, parkAndRide: Bool = true, source: String = ""
  ) {
    self.id = id
    self.nameZh = nameZh
    self.nameEn = nameEn
    self.kind = kind
    self.place = place
    self.latitude = latitude
    self.longitude = longitude
    self.parkAndRide = parkAndRide
    self.source = source
  }
}

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
