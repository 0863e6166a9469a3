/// The tables of a `Network` and the warnings of its validation, row by row, field by field, in
/// table order (the order `Table` keeps: sorted by key).
extension CacheWriter {
  mutating func network(_ network: Network) {
    string(network.manifest.name)
    string(network.manifest.version)
    string(network.manifest.description)
    count(network.places.count)
    for place in network.places {
      string(place.id.rawValue)
      string(place.nameZh)
      string(place.nameEn)
      enumCase(place.kind, of: CacheSchema.placeKinds)
      double(place.latitude)
      double(place.longitude)
      int(place.population)
      optionalString(place.parent?.rawValue)
      strings(place.clusters.map(\.rawValue))
      enumCase(place.scope, of: CacheSchema.scopes)
      string(place.source)
      string(place.populationSource)
    }
    count(network.clusters.count)
    for cluster in network.clusters {
      string(cluster.id.rawValue)
      string(cluster.nameZh)
      string(cluster.nameEn)
      string(cluster.source)
    }
    count(network.junctions.count)
    for junction in network.junctions {
      string(junction.id.rawValue)
      string(junction.nameZh)
      string(junction.nameEn)
      double(junction.latitude)
      double(junction.longitude)
      string(junction.source)
    }
    count(network.roadLinks.count)
    for link in network.roadLinks {
      string(link.id.rawValue)
      string(link.from.rawValue)
      string(link.to.rawValue)
      string(link.road)
      enumCase(link.roadClass, of: CacheSchema.roadClasses)
      double(link.lengthKm)
      optionalDouble(link.speedKmh)
      optionalDouble(link.minutes)
      bool(link.oneway)
      string(link.source)
    }
    count(network.stops.count)
    for stop in network.stops {
      string(stop.id.rawValue)
      string(stop.nameZh)
      string(stop.nameEn)
      enumCase(stop.kind, of: CacheSchema.stopKinds)
      string(stop.place.rawValue)
      double(stop.latitude)
      double(stop.longitude)
      bool(stop.parkAndRide)
      string(stop.source)
    }
    count(network.connectors.count)
    for connector in network.connectors {
      string(connector.place.rawValue)
      string(connector.stop.rawValue)
      enumCase(connector.mode, of: CacheSchema.accessModes)
      double(connector.minutes)
      string(connector.source)
    }
    count(network.stopTransfers.count)
    for transfer in network.stopTransfers {
      string(transfer.fromStop.rawValue)
      string(transfer.toStop.rawValue)
      enumCase(transfer.mode, of: CacheSchema.accessModes)
      double(transfer.minutes)
      string(transfer.source)
    }
    count(network.lines.count)
    for line in network.lines { self.line(line) }
    count(network.corridors.count)
    for corridor in network.corridors {
      string(corridor.id.rawValue)
      string(corridor.nameZh)
      string(corridor.nameEn)
      strings(corridor.placeIDs.map(\.rawValue))
      strings(corridor.lineIDs.map(\.rawValue))
      strings(corridor.linkIDs.map(\.rawValue))
      strings(corridor.roads)
      string(corridor.source)
    }
  }

  private mutating func line(_ line: Line) {
    string(line.id.rawValue)
    string(line.nameZh)
    string(line.nameEn)
    enumCase(line.lineClass, of: CacheSchema.lineClasses)
    enumCase(line.directions, of: CacheSchema.lineDirections)
    switch line.frequency {
    case .headway(let minutes):
      u8(0)
      double(minutes)
    case .departuresPerDay(let count):
      u8(1)
      double(count)
    }
    optionalDouble(line.dwellMinutes)
    count(line.stops.count)
    for stop in line.stops {
      int(stop.seq)
      string(stop.stop.rawValue)
      optionalDouble(stop.runMinutes)
      optionalDouble(stop.dwellMinutes)
      string(stop.source)
    }
    string(line.source)
  }

  mutating func diagnostics(_ diagnostics: [InputDiagnostic]) {
    count(diagnostics.count)
    for diagnostic in diagnostics {
      enumCase(diagnostic.severity, of: CacheSchema.severities)
      location(diagnostic.location)
      string(diagnostic.message)
    }
  }

  mutating func location(_ location: SourceLocation) {
    string(location.file)
    int(location.line)
    int(location.column)
  }
}

extension CacheReader {
  /// An array written as a count and its elements, each read by `element` (which takes at least
  /// `minimumSize` bytes).
  mutating func array<Element>(
    minimumSize: Int, _ element: (inout CacheReader) throws(NetworkCacheError) -> Element
  ) throws(NetworkCacheError) -> [Element] {
    let count = try count(minimumSize: minimumSize)
    var values: [Element] = []
    values.reserveCapacity(count)
    for _ in 0..<count { values.append(try element(&self)) }
    return values
  }

  /// The network, and which of its rows are estimated (`SourceQuality`), judged as each row's
  /// source is read (`judgedSource`): each string of the table once, however many rows name it,
  /// where judging the network after reading it would look at every row's source again. The rows
  /// of each table must come in key order, as the writer writes them: the judgements go by
  /// position, and rows out of order are damage.
  mutating func network() throws(NetworkCacheError) -> (
    network: Network, estimated: EstimatedRows
  ) {
    var flags = EstimatedRows.Flags()
    let manifest = NetworkManifest(
      name: try string(), version: try string(), description: try string())
    let places = try array(minimumSize: 51) { reader throws(NetworkCacheError) in
      Place(
        id: PlaceID(try reader.string()), nameZh: try reader.string(),
        nameEn: try reader.string(), kind: try reader.enumCase(of: CacheSchema.placeKinds),
        latitude: try reader.double(), longitude: try reader.double(),
        population: try reader.int(), parent: try reader.optionalString().map { PlaceID($0) },
        clusters: try reader.strings { ClusterID($0) },
        scope: try reader.enumCase(of: CacheSchema.scopes),
        source: try reader.judgedSource(&flags.places),
        populationSource: try reader.judgedSource(&flags.placePopulations))
    }
    let clusters = try array(minimumSize: 16) { reader throws(NetworkCacheError) in
      Cluster(
        id: ClusterID(try reader.string()), nameZh: try reader.string(),
        nameEn: try reader.string(), source: try reader.judgedSource(&flags.clusters))
    }
    let junctions = try array(minimumSize: 32) { reader throws(NetworkCacheError) in
      Junction(
        id: JunctionID(try reader.string()), nameZh: try reader.string(),
        nameEn: try reader.string(), latitude: try reader.double(),
        longitude: try reader.double(), source: try reader.judgedSource(&flags.junctions))
    }
    let roadLinks = try array(minimumSize: 33) { reader throws(NetworkCacheError) in
      RoadLink(
        id: RoadLinkID(try reader.string()), from: RoadNodeID(try reader.string()),
        to: RoadNodeID(try reader.string()), road: try reader.string(),
        roadClass: try reader.enumCase(of: CacheSchema.roadClasses),
        lengthKm: try reader.double(), speedKmh: try reader.optionalDouble(),
        minutes: try reader.optionalDouble(), oneway: try reader.bool(),
        source: try reader.judgedSource(&flags.roadLinks))
    }
    let stops = try array(minimumSize: 38) { reader throws(NetworkCacheError) in
      Stop(
        id: StopID(try reader.string()), nameZh: try reader.string(),
        nameEn: try reader.string(), kind: try reader.enumCase(of: CacheSchema.stopKinds),
        place: PlaceID(try reader.string()), latitude: try reader.double(),
        longitude: try reader.double(), parkAndRide: try reader.bool(),
        source: try reader.judgedSource(&flags.stops))
    }
    let connectors = try array(minimumSize: 21) { reader throws(NetworkCacheError) in
      Connector(
        place: PlaceID(try reader.string()), stop: StopID(try reader.string()),
        mode: try reader.enumCase(of: CacheSchema.accessModes), minutes: try reader.double(),
        source: try reader.judgedSource(&flags.connectors))
    }
    let stopTransfers = try array(minimumSize: 21) { reader throws(NetworkCacheError) in
      StopTransfer(
        fromStop: StopID(try reader.string()), toStop: StopID(try reader.string()),
        mode: try reader.enumCase(of: CacheSchema.accessModes), minutes: try reader.double(),
        source: try reader.judgedSource(&flags.stopTransfers))
    }
    let lines = try array(minimumSize: 31) { reader throws(NetworkCacheError) in
      try reader.line(&flags)
    }
    let corridors = try array(minimumSize: 32) { reader throws(NetworkCacheError) in
      Corridor(
        id: CorridorID(try reader.string()), nameZh: try reader.string(),
        nameEn: try reader.string(), placeIDs: try reader.strings { PlaceID($0) },
        lineIDs: try reader.strings { LineID($0) },
        linkIDs: try reader.strings { RoadLinkID($0) }, roads: try reader.strings(),
        source: try reader.judgedSource(&flags.corridors))
    }
    var network = Network()
    network.manifest = manifest
    network.places = try table(places)
    network.clusters = try table(clusters)
    network.junctions = try table(junctions)
    network.roadLinks = try table(roadLinks)
    network.stops = try table(stops)
    network.connectors = try table(connectors)
    network.stopTransfers = try table(stopTransfers)
    network.lines = try table(lines)
    network.corridors = try table(corridors)
    return (network, EstimatedRows(flags: flags))
  }

  /// The table of `rows`, which must be in key order, each key once.
  private func table<Row: TableRow>(_ rows: [Row]) throws(NetworkCacheError) -> Table<Row> {
    let sorted: (table: Table<Row>, positions: [Int32])
    do {
      sorted = try Table.sorting(rows)
    } catch {
      throw damaged("a table with \(error)")
    }
    guard sorted.positions.isEmpty else { throw damaged("a table whose rows are out of key order") }
    return sorted.table
  }

  /// A row's source (`string()`), whether it is estimated appended to `flags`: each string of
  /// the table is judged once.
  mutating func judgedSource(_ flags: inout [Bool]) throws(NetworkCacheError) -> String {
    let index = Int(try u32())
    guard index < stringTable.count else { throw damaged("a string reference out of range") }
    let estimated: Bool
    if let judged = sourceIsEstimated[index] {
      estimated = judged
    } else {
      estimated = SourceQuality.isEstimated(stringTable[index])
      sourceIsEstimated[index] = estimated
    }
    flags.append(estimated)
    return stringTable[index]
  }

  private mutating func line(_ flags: inout EstimatedRows.Flags) throws(NetworkCacheError) -> Line {
    let id = LineID(try string())
    let nameZh = try string()
    let nameEn = try string()
    let lineClass = try enumCase(of: CacheSchema.lineClasses)
    let directions = try enumCase(of: CacheSchema.lineDirections)
    let frequency: ServiceFrequency
    switch try u8() {
    case 0: frequency = .headway(minutes: try double())
    case 1: frequency = .departuresPerDay(try double())
    default: throw damaged("an unknown kind of service frequency")
    }
    let dwell = try optionalDouble()
    // The stops' judgements are sized with the stops: grown one by one, they were reallocated a
    // few times for every line.
    let stopCount = try count(minimumSize: 18)
    var stopFlags: [Bool] = []
    stopFlags.reserveCapacity(stopCount)
    var stops: [LineStop] = []
    stops.reserveCapacity(stopCount)
    for _ in 0..<stopCount {
      stops.append(
        LineStop(
          seq: try int(), stop: StopID(try string()), runMinutes: try optionalDouble(),
          dwellMinutes: try optionalDouble(), source: try judgedSource(&stopFlags)))
    }
    flags.lineStops.append(stopFlags)
    return Line(
      id: id, nameZh: nameZh, nameEn: nameEn, lineClass: lineClass, directions: directions,
      frequency: frequency, dwellMinutes: dwell, stops: stops,
      source: try judgedSource(&flags.lines))
  }

  mutating func diagnostics() throws(NetworkCacheError) -> [InputDiagnostic] {
    try array(minimumSize: 25) { reader throws(NetworkCacheError) in
      InputDiagnostic(
        try reader.enumCase(of: CacheSchema.severities), try reader.location(),
        try reader.string())
    }
  }

  mutating func location() throws(NetworkCacheError) -> SourceLocation {
    SourceLocation(file: try string(), line: try int(), column: try int())
  }
}
