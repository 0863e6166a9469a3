/// Checks a `Network` value against every rule between its rows (Networks/README.md, "Diagnostics"),
/// wherever the network came from: loaded from CSV, built in memory, or edited.
///
/// Problems are reported at the cell a planner has to fix, found through the `SourceMap`: the CSV
/// cell of a loaded row, the edit's file and line for a row an edit made. A row with no recorded
/// origin is reported at line 0 of its table's file. Ids that the source map knows as unloaded (a
/// row skipped for an error already reported) or whose table could not be read count as known, so
/// one broken row is reported once, not once per reference to it.
struct NetworkValidator {
  let network: Network
  let sources: SourceMap
  var diagnostics: [InputDiagnostic] = []
  /// Whether some table could not be read or some row was not loaded: only then may a reference
  /// that does not resolve still count as known (`resolves`).
  private let knowsUnresolvedIDs: Bool
  /// Every reference between rows looked up once; the checks read it, and a network that passes
  /// hands it on to compiling.
  let references: NetworkReferences
  /// Which rows are estimated, judged while `checkText` reads each source; nil before it runs.
  var estimatedRows: EstimatedRows?

  init(network: Network, sources: SourceMap) {
    self.network = network
    self.sources = sources
    self.knowsUnresolvedIDs = sources.hasUnavailableOrUnloadedRows
    self.references = NetworkReferences(network)
  }

  /// Every rule: references, line structure, corridor members, figures in range, then the reach
  /// warnings; the connectivity warning only when nothing so far (nor `priorErrors`) is an error,
  /// since it needs every reference resolved.
  mutating func run(priorErrors: Bool = false) {
    checkManifest()
    checkPlaces()
    checkJunctions()
    checkRoadLinks()
    checkStops()
    checkConnectors()
    checkStopTransfers()
    checkLines()
    checkCorridors()
    checkFigures()
    checkText()
    for reference in sources.detachedReferences
    where !resolves(reference.id, in: reference.table) {
      diagnostics.append(
        InputDiagnostic(
          .error, reference.origin.location(reference.column),
          "unknown \(reference.kind) '\(reference.id)' in \(reference.column)"))
    }
    let served = placesWithRoadOrConnector()
    checkReach(served: served)
    if !priorErrors && !diagnostics.contains(where: { $0.severity == .error }) {
      checkConnectivity(served: served)
    }
  }

  // MARK: - Reporting

  mutating func error(_ row: SourceMap.Row, _ column: String, _ message: String) {
    diagnostics.append(InputDiagnostic(.error, location(row, column), message))
  }

  mutating func warning(_ row: SourceMap.Row, _ column: String, _ message: String) {
    diagnostics.append(InputDiagnostic(.warning, location(row, column), message))
  }

  private func location(_ row: SourceMap.Row, _ column: String) -> SourceLocation {
    sources.location(of: row, column)
      ?? SourceLocation(file: Self.file(of: row), line: 0, column: 0)
  }

  private static func file(of row: SourceMap.Row) -> String {
    switch row {
    case .manifest: return Schemas.manifest.file
    case .place: return Schemas.places.file
    case .cluster: return Schemas.clusters.file
    case .junction: return Schemas.junctions.file
    case .roadLink: return Schemas.roadLinks.file
    case .stop: return Schemas.stops.file
    case .connector: return Schemas.connectors.file
    case .stopTransfer: return Schemas.stopTransfers.file
    case .line: return Schemas.lines.file
    case .lineStop: return Schemas.lineStops.file
    case .corridor: return Schemas.corridors.file
    case .corridorMember: return Schemas.corridorMembers.file
    }
  }

  // MARK: - References

  /// Whether a reference to `id` in `table` resolves (or cannot be checked: see the type's doc).
  func resolves(_ id: String, in table: SourceMap.TableName) -> Bool {
    if knowsUnresolvedIDs && (sources.isUnavailable(table) || sources.isUnloaded(id, in: table)) {
      return true
    }
    switch table {
    case .manifest, .lineStops: return true
    case .places: return network.places.contains(key: PlaceID(id))
    case .roadNodes: return network.roadNode(RoadNodeID(id)) != nil
    case .clusters: return network.clusters.contains(key: ClusterID(id))
    case .roadLinks: return network.roadLinks.contains(key: RoadLinkID(id))
    case .stops: return network.stops.contains(key: StopID(id))
    case .lines: return network.lines.contains(key: LineID(id))
    case .corridors: return network.corridors.contains(key: CorridorID(id))
    }
  }

  /// Reports `id` in `column` of `row` when it does not resolve in `table` (`kind` names the
  /// table in the message: "unknown stop 'x' in stop").
  @discardableResult
  mutating func requireResolved(
    _ id: String, in table: SourceMap.TableName, kind: String, _ row: SourceMap.Row,
    _ column: String
  ) -> Bool {
    if resolves(id, in: table) { return true }
    error(row, column, "unknown \(kind) '\(id)' in \(column)")
    return false
  }

  // MARK: - Rows whose references resolve (the others are reported and left out of reach checks)

  /// Whether the place of the stop at `index` resolves (a stop whose place does not is reported,
  /// and left out).
  func isUsable(stopAt index: Int) -> Bool {
    references.stopPlaces[index] != nil
      || resolves(network.stops.rows[index].place.rawValue, in: .places)
  }
}

/// A network that passed `NetworkValidator` without errors: every reference resolves, every line
/// has at least two stops and one frequency. Compiling requires one, so an unresolved id can never
/// reach the travel-time rules. Reads like the network it wraps (`validated.places`).
@dynamicMemberLookup
public struct ValidatedNetwork: Sendable, Hashable {
  /// The network.
  public let network: Network
  /// The warnings found (sorted); errors are impossible here.
  public let warnings: [InputDiagnostic]
  /// Where each row came from: edits record their rows here, so a later validation of the edited
  /// network reports at the edit.
  public private(set) var sources: SourceMap
  /// The compiled structures of this very network (read with it from a cache), which
  /// `CompiledNetwork` re-weights instead of compiling; nil otherwise. An edit makes a new value,
  /// without them: they never stand for another network.
  let compiledStructures: CompiledStructures?
  /// The references resolved to indices once compiling first asks (`references`), from the
  /// references the validation looked up when it handed them on.
  let resolvedReferences: ComputedOnce<NetworkReferences, ResolvedReferences>
  /// Which rows are estimated: as the validation judged them, or judged on first use.
  private let judgedRows: ComputedOnce<Never, EstimatedRows>

  /// `references`: what the validation looked up, handed on so that compiling does not look the
  /// ids up again.
  fileprivate init(
    network: Network, warnings: [InputDiagnostic], sources: SourceMap,
    compiledStructures: CompiledStructures? = nil, references: NetworkReferences? = nil,
    estimatedRows: EstimatedRows? = nil
  ) {
    self.network = network
    self.warnings = warnings
    self.sources = sources
    self.compiledStructures = compiledStructures
    self.resolvedReferences = ComputedOnce(input: references)
    self.judgedRows = ComputedOnce(value: estimatedRows)
  }

  /// This network without the map of where its rows came from (tens of megabytes at province
  /// size), for a caller that only queries it. An edit locates its problems through the map and a
  /// cache stores it, so neither should start from this value. Everything else is shared.
  public func withoutSourceMap() -> ValidatedNetwork {
    var network = self
    network.sources = SourceMap()
    return network
  }

  /// Which rows of the network are estimated (`SourceQuality`), judged once: by the validation
  /// that accepted the network, else on first use.
  public var estimatedRows: EstimatedRows { judgedRows.value { _ in EstimatedRows(network) } }

  /// This network carrying `structures`, compiled from it (not checked here: the cache reader
  /// checks them against it).
  func carrying(_ structures: CompiledStructures) -> ValidatedNetwork {
    ValidatedNetwork(
      network: network, warnings: warnings, sources: sources, compiledStructures: structures,
      estimatedRows: judgedRows.computed)
  }

  public static func == (a: ValidatedNetwork, b: ValidatedNetwork) -> Bool {
    a.network == b.network && a.warnings == b.warnings
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(network)
    hasher.combine(warnings)
  }

  /// Resolves a place by id or name (`Network.resolvePlace`).
  public func resolvePlace(_ query: String) -> Result<Int, PlaceLookupFailure> {
    network.resolvePlace(query)
  }

  /// A table or figure of the network.
  public subscript<Value>(dynamicMember keyPath: KeyPath<Network, Value>) -> Value {
    network[keyPath: keyPath]
  }

  /// Index of the place with this id.
  public func placeIndex(of id: PlaceID) -> Int? { network.placeIndex(of: id) }

  /// Index of the stop with this id.
  public func stopIndex(of id: StopID) -> Int? { network.stopIndex(of: id) }

  /// Index of the line with this id.
  public func lineIndex(of id: LineID) -> Int? { network.lineIndex(of: id) }
}

extension Network {
  /// Every problem of this network, sorted, located through `sources` (see `NetworkValidator`).
  public func validate(sources: SourceMap = SourceMap()) -> [InputDiagnostic] {
    var validator = NetworkValidator(network: self, sources: sources)
    validator.run()
    return validator.diagnostics.sorted()
  }

  /// This network, checked.
  /// - Throws: `NetworkLoadError` with every diagnostic when one is an error.
  public func validated(sources: SourceMap = SourceMap()) throws(NetworkLoadError)
    -> ValidatedNetwork
  {
    var validator = NetworkValidator(network: self, sources: sources)
    validator.run()
    return try Self.accept(
      self, validator.diagnostics.sorted(), sources: sources, references: validator.references,
      estimatedRows: validator.estimatedRows)
  }

  /// `network` as validated when `diagnostics` (sorted) hold no error; `references`, the
  /// validator's lookup of its ids, is handed on to compiling, and `estimatedRows`, its judgement
  /// of the sources, to the reports.
  static func accept(
    _ network: Network, _ diagnostics: [InputDiagnostic], sources: SourceMap,
    references: NetworkReferences? = nil, estimatedRows: EstimatedRows? = nil
  ) throws(NetworkLoadError) -> ValidatedNetwork {
    if diagnostics.contains(where: { $0.severity == .error }) {
      throw NetworkLoadError(diagnostics: diagnostics)
    }
    return ValidatedNetwork(
      network: network, warnings: diagnostics, sources: sources, references: references,
      estimatedRows: estimatedRows)
  }
}
