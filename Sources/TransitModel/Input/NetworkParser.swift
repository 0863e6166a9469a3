/// Reads the tables of a network folder into a `Network`, recording where each row came from.
///
/// Parsing types the cells (numbers, ids, choices, yes/no; each in its range) and reports what is
/// wrong with a cell or with a row's identity (a duplicate id, a line stop of an unknown line). A
/// row with such a problem is left out of the model and its id remembered as "unloaded", so rows
/// that refer to it are not reported again. Every rule *between* rows (references, line structure,
/// reach) is the validator's (`NetworkValidator`), which runs on the model.
struct NetworkParser {
  var files: NetworkFiles
  var diagnostics: [InputDiagnostic] = []
  var sources = SourceMap()

  var manifest = NetworkManifest(name: "", version: "")
  var clusters: [Cluster] = []
  var places: [Place] = []
  var junctions: [Junction] = []
  var roadLinks: [RoadLink] = []
  var stops: [Stop] = []
  var connectors: [Connector] = []
  var stopTransfers: [StopTransfer] = []
  var lines: [Line] = []
  var corridors: [Corridor] = []
  /// Each line stop row kept, in file order: the index of its line in `lines` and its position in
  /// the line's stop list (the source map's keys of those rows, once the lines are a table).
  var lineStopsRead: [(line: Int32, position: Int32)] = []
  /// The stops' ids, for the tables that name stops to share (`KnownCellTexts`): set once the
  /// stops are read, let go once the line stops are.
  var stopIDTexts = KnownCellTexts()

  // Ids registered so far in the namespaces that span two tables, with where each was first
  // defined (duplicates). A table whose ids no later table looks up registers them in a registry
  // of its own, let go with its rows read (at province size a registry of a table's ids is
  // megabytes, held while the larger tables are read); the road nodes' are let go after the
  // junctions.

  /// Places and junctions share the namespace of road nodes.
  var roadNodeIDs = IDRegistry(kind: "road node")
  /// Line stops name their line.
  var lineIDs = IDRegistry(kind: "line")
  /// Corridor members name their corridor.
  var corridorIDs = IDRegistry(kind: "corridor")

  init(files: NetworkFiles) {
    self.files = files
  }

  /// Reads every table; the network holds the rows that parsed.
  mutating func parse() -> Network {
    parseManifest()
    parseClusters()
    parsePlaces()
    parseJunctions()
    parseRoadLinks()
    parseStops()
    parseConnectors()
    parseStopTransfers()
    parseLines()
    parseLineStops()
    parseCorridors()
    parseCorridorMembers()
    // Each table is made from its rows, which are let go at once: at most one table is held twice.
    var network = Network()
    network.manifest = manifest
    network.places = Self.table(&places, Schemas.places, &sources) { .place($0.id) }
    network.clusters = Self.table(&clusters, Schemas.clusters, &sources) { .cluster($0.id) }
    network.junctions = Self.table(&junctions, Schemas.junctions, &sources) { .junction($0.id) }
    network.roadLinks = Self.table(&roadLinks, Schemas.roadLinks, &sources) { .roadLink($0.id) }
    network.stops = Self.table(&stops, Schemas.stops, &sources) { .stop($0.id) }
    network.connectors = Self.table(&connectors, Schemas.connectors, &sources) {
      .connector($0.key)
    }
    network.stopTransfers = Self.table(&stopTransfers, Schemas.stopTransfers, &sources) {
      .stopTransfer($0.key)
    }
    let (lineTable, linePositions) = Self.sorting(&lines)
    network.lines = lineTable
    sources.keyRows(ofFile: Schemas.lines.file) {
      Self.keys(lineTable, linePositions) { .line($0.id) }
    }
    let stopsRead = lineStopsRead
    lineStopsRead = []
    sources.keyRows(ofFile: Schemas.lineStops.file) {
      stopsRead.map { read in
        let line = Self.position(ofRead: Int(read.line), linePositions)
        return .lineStop(lineTable.rows[line].id, position: Int(read.position))
      }
    }
    network.corridors = Self.table(&corridors, Schemas.corridors, &sources) { .corridor($0.id) }
    return network
  }

  /// The table of `rows`, which are emptied; the source map's keys of the rows of `schema`'s file
  /// (one per row, in file order) are `key` of the row each became.
  private static func table<Row: TableRow>(
    _ rows: inout [Row], _ schema: TableSchema, _ sources: inout SourceMap,
    key: @escaping @Sendable (Row) -> SourceMap.Row
  ) -> Table<Row> {
    let (table, positions) = sorting(&rows)
    sources.keyRows(ofFile: schema.file) { keys(table, positions, key) }
    return table
  }

  /// The table of `rows`, which are emptied, and where each row went (`Table.sorting`). Rows are
  /// registered (duplicates refused) before they are kept, so every key is unique here.
  private static func sorting<Row: TableRow>(_ rows: inout [Row]) -> (
    table: Table<Row>, positions: [Int32]
  ) {
    var taken: [Row] = []
    swap(&taken, &rows)
    return (try? Table.sorting(consume taken)) ?? (Table(), [])
  }

  /// `key` of each row of `table`, in the order the rows were read (`positions`: `Table.sorting`).
  private static func keys<Row: TableRow>(
    _ table: Table<Row>, _ positions: [Int32], _ key: (Row) -> SourceMap.Row
  ) -> [SourceMap.Row] {
    table.indices.map { key(table.rows[position(ofRead: $0, positions)]) }
  }

  /// The position in its table of the row read `read`-th (`positions`: `Table.sorting`; empty
  /// when the rows were read in key order).
  private static func position(ofRead read: Int, _ positions: [Int32]) -> Int {
    positions.isEmpty ? read : Int(positions[read])
  }

  /// Reads one table; nil (with diagnostics) when it is missing or its header is unusable. Its
  /// cells that repeat a text of `known` share it.
  mutating func table(_ schema: TableSchema, known: KnownCellTexts = KnownCellTexts())
    -> NetworkTable?
  {
    defer {
      // Each table is read once: its bytes are let go as soon as its cells are (when the caller
      // has let go of the files too, nothing of them stays in memory).
      files.files[schema.file] = nil
    }
    let table = NetworkTable.read(schema, from: files, known: known, diagnostics: &diagnostics)
    sources.expectRows(table?.rows.count ?? 0)
    return table
  }

  mutating func error(_ location: SourceLocation, _ message: String) {
    diagnostics.append(InputDiagnostic(.error, location, message))
  }

  /// Marks the ids of `table`'s skipped rows as unloaded in `idTables`.
  mutating func acceptSkipped(_ table: NetworkTable, as idTables: [SourceMap.TableName]) {
    for id in table.skippedIDs {
      for idTable in idTables { sources.markUnloaded(id, in: idTable) }
    }
  }
}

extension Network {
  /// An empty network (no manifest name yet), for the parser to fill table by table.
  init() {
    self.manifest = NetworkManifest(name: "", version: "")
    self.places = Table()
    self.clusters = Table()
    self.junctions = Table()
    self.roadLinks = Table()
    self.stops = Table()
    self.connectors = Table()
    self.stopTransfers = Table()
    self.lines = Table()
    self.corridors = Table()
  }
}
