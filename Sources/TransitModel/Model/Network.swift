/// A network: every table of a network folder, each a `Table` sorted by key.
///
/// Each table keeps its own invariants by construction (sorted, one row per key, lookups by key in
/// O(1)): rows are added, changed and removed through the tables' functions, never by appending to
/// an array. References *between* tables (a stop's place, a line's stops) are not forced by the
/// types, so that an edit can be made and then checked: `validated()` runs every rule of
/// Networks/README.md and is the only way to a `ValidatedNetwork`, which compiling requires.
///
/// The index of a row in its table is the index every query uses (`places[i]` is place `i`).
public struct Network: Sendable, Hashable {
  /// Name, version and description (`manifest.csv`).
  public var manifest: NetworkManifest
  /// Trip ends; the index is the place index of every query.
  public var places: Table<Place>
  /// The plan's clusters.
  public var clusters: Table<Cluster>
  /// Road nodes that are not places.
  public var junctions: Table<Junction>
  /// Road segments between road nodes.
  public var roadLinks: Table<RoadLink>
  /// Stations, airports, coach terminals; the index is the stop index of the compiled graph.
  public var stops: Table<Stop>
  /// Access and egress between places and stops, by (place, stop, mode).
  public var connectors: Table<Connector>
  /// Transfers between stops of one city, by (from stop, to stop, mode).
  public var stopTransfers: Table<StopTransfer>
  /// Service patterns with their stops.
  public var lines: Table<Line>
  /// The corridors of "一轴、一廊、三通道".
  public var corridors: Table<Corridor>

  /// A network of these rows.
  /// - Throws: `DuplicateKeyError` when a table has two rows with one key.
  public init(
    manifest: NetworkManifest, places: [Place], clusters: [Cluster] = [],
    junctions: [Junction] = [], roadLinks: [RoadLink] = [], stops: [Stop] = [],
    connectors: [Connector] = [], stopTransfers: [StopTransfer] = [], lines: [Line] = [],
    corridors: [Corridor] = []
  ) throws(DuplicateKeyError) {
    self.manifest = manifest
    self.places = try Table(places)
    self.clusters = try Table(clusters)
    self.junctions = try Table(junctions)
    self.roadLinks = try Table(roadLinks)
    self.stops = try Table(stops)
    self.connectors = try Table(connectors)
    self.stopTransfers = try Table(stopTransfers)
    self.lines = try Table(lines)
    self.corridors = try Table(corridors)
  }

  /// Index of the place with this id.
  public func placeIndex(of id: PlaceID) -> Int? { places.index(of: id) }

  /// Index of the stop with this id.
  public func stopIndex(of id: StopID) -> Int? { stops.index(of: id) }

  /// Index of the line with this id.
  public func lineIndex(of id: LineID) -> Int? { lines.index(of: id) }

  /// The place or junction a road node id names (places and junctions share one namespace).
  public func roadNode(_ id: RoadNodeID) -> RoadNode? {
    if let place = places.index(of: PlaceID(id.rawValue)) { return .place(place) }
    if let junction = junctions.index(of: JunctionID(id.rawValue)) { return .junction(junction) }
    return nil
  }

  /// Total population of all places (populations never overlap).
  public var totalPopulation: Int { places.reduce(0) { $0 + $1.population } }
}
