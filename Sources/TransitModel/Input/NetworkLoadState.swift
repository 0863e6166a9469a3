/// Everything read so far while loading a network, plus the diagnostics found.
struct NetworkLoadState {
  var files: NetworkFiles
  var diagnostics: [InputDiagnostic] = []

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

  var clusterIDs = IDRegistry(kind: "cluster")
  /// Places and junctions share the namespace of road nodes.
  var roadNodeIDs = IDRegistry(kind: "road node")
  var placeIDs = IDRegistry(kind: "place")
  var linkIDs = IDRegistry(kind: "road link")
  var stopIDs = IDRegistry(kind: "stop")
  var lineIDs = IDRegistry(kind: "line")
  var corridorIDs = IDRegistry(kind: "corridor")

  /// Where each place's id cell is (for warnings about the place).
  var placeLocations: [String: SourceLocation] = [:]
  /// Where each stop's id cell is.
  var stopLocations: [String: SourceLocation] = [:]
  /// Where each line's id cell is.
  var lineLocations: [String: SourceLocation] = [:]
  /// Place parents, checked once every place is known.
  var pendingParents: [(parent: String, child: String, at: SourceLocation)] = []
  /// Line stops gathered per line id, in file order.
  var lineStopRows:
    [String: [(seq: Int, stop: LineStop, seqAt: SourceLocation, runAt: SourceLocation)]] =
      [:]

  init(files: NetworkFiles) {
    self.files = files
  }

  /// Reads one table; nil (with diagnostics) when it is missing or its header is unusable.
  mutating func table(_ schema: TableSchema) -> NetworkTable? {
    NetworkTable.read(schema, from: files, diagnostics: &diagnostics)
  }

  mutating func error(_ location: SourceLocation, _ message: String) {
    diagnostics.append(InputDiagnostic(.error, location, message))
  }

  mutating func warning(_ location: SourceLocation, _ message: String) {
    diagnostics.append(InputDiagnostic(.warning, location, message))
  }

  /// Reports `id` in `column` of `row` when `registry` does not know it.
  mutating func requireKnown(
    _ id: String, in registry: IDRegistry, row: NetworkRow, column: String
  ) -> Bool {
    if registry.contains(id) { return true }
    error(row.location(column), "unknown \(registry.kind) '\(id)' in \(column)")
    return false
  }

  /// The validated network (call only when there are no errors).
  func network() -> Network {
    Network(
      manifest: manifest, places: places, clusters: clusters, junctions: junctions,
      roadLinks: roadLinks, stops: stops, connectors: connectors, stopTransfers: stopTransfers,
      lines: lines, corridors: corridors)
  }
}
