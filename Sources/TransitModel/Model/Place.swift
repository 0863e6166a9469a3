/// What kind of trip end a place is.
public enum PlaceKind: String, Sendable, CaseIterable, Hashable {
  case cityCore = "city-core"
  case district
  case countySeat = "county-seat"
  case town
  case satelliteCluster = "satellite-cluster"
  case externalCity = "external-city"
}

/// Whether a place lies in the plan's planning scope (规划范围).
public enum ScopeMembership: String, Sendable, CaseIterable, Hashable {
  case yes, partial, no
}

/// A trip end: city core, district, county seat, town, satellite cluster or external city.
///
/// A place is where trips start and end, never a point a trip passes through; its centre is also a
/// road node (cars may drive through a town). Populations never overlap between places.
public struct Place: TableRow {
  /// Unique id (lowercase ASCII letters, digits, `-`), used in files, commands and reports.
  public var id: PlaceID
  /// Chinese name, as planners write it.
  public var nameZh: String
  /// English name.
  public var nameEn: String
  /// City core, district, county seat, town, satellite cluster or external city.
  public var kind: PlaceKind
  /// WGS-84 degrees.
  public var latitude: Double
  /// WGS-84 degrees.
  public var longitude: Double
  /// Residents counted in this place only.
  public var population: Int
  /// The aggregate place this one was split from, if any.
  public var parent: PlaceID?
  /// Cluster ids (长吉, 长平, 长辽 …), sorted.
  public var clusters: [ClusterID]
  /// Whether the place lies in the plan's planning scope; the `metro` coverage scope sums `yes` and
  /// `partial` places (a partial place with its whole population).
  public var scope: ScopeMembership
  /// Where the place and its coordinates come from (a citation, `est. …` or `unverified: …`).
  public var source: String
  /// Where `population` comes from (a citation, `est. …` or `unverified: …`).
  public var populationSource: String

  public init(
    id: PlaceID, nameZh: String, nameEn: String, kind: PlaceKind, latitude: Double,
    longitude: Double, population: Int, parent: PlaceID? = nil, clusters: [ClusterID] = [],
    scope: ScopeMembership = .yes, source: String = "", populationSource: String = ""
  ) {
    self.id = id
    self.nameZh = nameZh
    self.nameEn = nameEn
    self.kind = kind
    self.latitude = latitude
    self.longitude = longitude
    self.population = population
    self.parent = parent
    self.clusters = clusters
    self.scope = scope
    self.source = source
    self.populationSource = populationSource
  }

  public var key: PlaceID { id }
}
