/// Road class; sets the default speed when a link gives none.
public enum RoadClass: String, Sendable, CaseIterable, Hashable {
  case expressway, national, provincial, urban
}

/// A road segment between two road nodes (places or junctions).
///
/// Driving minutes are `minutes` if given, else `lengthKm` ÷ (`speedKmh` or the class speed) × 60; the
/// congestion factor multiplies either. Access and parking are never inside a link.
public struct RoadLink: TableRow {
  /// Unique id (lowercase ASCII letters, digits, `-`).
  public var id: RoadLinkID
  /// Place or junction id.
  public var from: RoadNodeID
  /// Place or junction id.
  public var to: RoadNodeID
  /// Road name or number (`G1`, `长营高速`, `urban`).
  public var road: String
  /// Road class; its speed parameter applies when the link gives neither `speedKmh` nor `minutes`.
  public var roadClass: RoadClass
  /// Length in kilometres (> 0).
  public var lengthKm: Double
  /// Speed on this link, km/h; overrides the class speed.
  public var speedKmh: Double?
  /// Explicit driving minutes; overrides length ÷ speed.
  public var minutes: Double?
  /// Drivable `from` → `to` only; otherwise both ways with the same minutes.
  public var oneway: Bool
  /// Where the figures of this row come from: a facts-sheet citation, `est. …` with how it was
  /// estimated, or `unverified: …` (Networks/README.md).
  public var source: String

  public init(
    id: RoadLinkID, from: RoadNodeID, to: RoadNodeID, road: String, roadClass: RoadClass,
    lengthKm: Double,
    speedKmh: Double? = nil, minutes: Double? = nil, oneway: Bool = false, source: String = ""
  ) {
    self.id = id
    self.from = from
    self.to = to
    self.road = road
    self.roadClass = roadClass
    self.lengthKm = lengthKm
    self.speedKmh = speedKmh
    self.minutes = minutes
    self.oneway = oneway
    self.source = source
  }

  public var key: RoadLinkID { id }
}
