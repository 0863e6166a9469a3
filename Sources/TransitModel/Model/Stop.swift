/// Kind of stop; sets the boarding and alighting overheads.
public enum StopKind: String, Sendable, CaseIterable, Hashable {
  /// A railway station (trunk, intercity, suburban rail): security and ticket gate.
  case rail
  case airport
  case coach
  /// A metro, light-rail or tram station (城市轨道交通): a short security check and the walk to
  /// the platform.
  case metro
}

/// Where a service is boarded: rail station, airport, coach terminal, metro or light-rail station.
public struct Stop: TableRow {
  /// Unique id (lowercase ASCII letters, digits, `-`), used in files, commands and reports.
  public var id: StopID
  /// Chinese name, as planners write it.
  public var nameZh: String
  /// English name.
  public var nameEn: String
  /// Rail station, airport, coach terminal or metro station: sets the boarding and alighting
  /// overheads.
  public var kind: StopKind
  /// The place the stop belongs to (its park-and-ride drive starts at that place's road node).
  public var place: PlaceID
  /// WGS-84 degrees.
  public var latitude: Double
  /// WGS-84 degrees.
  public var longitude: Double
  /// A car may be parked here before the first boarding (profile `any`).
  public var parkAndRide: Bool
  /// Where the figures of this row come from: a facts-sheet citation, `est. …` with how it was
  /// estimated, or `unverified: …` (Networks/README.md).
  public var source: String

  public init(
    id: StopID, nameZh: String, nameEn: String, kind: StopKind, place: PlaceID, latitude: Double,
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

  public var key: StopID { id }
}
