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
