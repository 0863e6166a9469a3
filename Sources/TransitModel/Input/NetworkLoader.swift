/// Reads and validates a network folder.
///
/// Every table is read and checked before anything is built; all problems are collected (never only
/// the first) as `InputDiagnostic`s located `file:line:column`. Nothing here traps on user data.
public enum NetworkLoader {
  /// The table names a network consists of; other files in the folder are ignored by the loader.
  public static let tableNames: [String] = Schemas.all.map(\.file)

  /// Validates everything; returns the network and its warnings, or throws `NetworkLoadError` with every
  /// error and warning, sorted by location.
  public static func load(_ files: NetworkFiles) throws -> (
    network: Network, warnings: [InputDiagnostic]
  ) {
    var state = NetworkLoadState(files: files)
    state.loadManifest()
    state.loadClusters()
    state.loadPlaces()
    state.loadJunctions()
    state.loadRoadLinks()
    state.loadStops()
    state.loadConnectors()
    state.loadStopTransfers()
    state.loadLines()
    state.loadLineStops()
    state.loadCorridors()
    state.loadCorridorMembers()
    state.checkReferencesAndReach()
    let diagnostics = state.diagnostics.sorted()
    if diagnostics.contains(where: { $0.severity == .error }) {
      throw NetworkLoadError(diagnostics: diagnostics)
    }
    return (state.network(), diagnostics)
  }

  /// Only the diagnostics (errors and warnings), sorted; empty when the network is clean.
  public static func validate(_ files: NetworkFiles) -> [InputDiagnostic] {
    do {
      return try load(files).warnings
    } catch let error as NetworkLoadError {
      return error.diagnostics
    } catch {
      return [
        InputDiagnostic(
          .error, SourceLocation(file: "manifest.csv", line: 1, column: 1), "\(error)")
      ]
    }
  }
}

/// Where each id was first defined, to report duplicates and resolve references.
struct IDRegistry: Sendable {
  var kind: String
  var first: [String: SourceLocation] = [:]

  init(kind: String) {
    self.kind = kind
  }

  /// Registers `id` defined at `location`; reports and returns false on a duplicate.
  mutating func register(
    _ id: String, at location: SourceLocation, _ diagnostics: inout [InputDiagnostic]
  ) -> Bool {
    if let earlier = first[id] {
      diagnostics.append(
        InputDiagnostic(
          .error, location, "duplicate \(kind) id '\(id)' (first defined at \(earlier))"))
      return false
    }
    first[id] = location
    return true
  }

  func contains(_ id: String) -> Bool { first[id] != nil }
}

/// The tables of a network and their columns.
enum Schemas {
  static let manifest = TableSchema(
    file: "manifest.csv", required: ["key", "value"], optional: ["source"])
  static let clusters = TableSchema(
    file: "clusters.csv", required: ["id", "name_zh", "name_en", "source"], optional: [])
  static let places = TableSchema(
    file: "places.csv",
    required: [
      "id", "name_zh", "name_en", "kind", "lat", "lon", "population", "in_scope", "source",
      "population_source",
    ],
    optional: ["parent", "clusters"])
  static let junctions = TableSchema(
    file: "junctions.csv", required: ["id", "name_zh", "name_en", "lat", "lon", "source"],
    optional: [])
  static let roadLinks = TableSchema(
    file: "road_links.csv", required: ["id", "from", "to", "road", "class", "length_km", "source"],
    optional: ["speed_kmh", "minutes", "oneway"])
  static let stops = TableSchema(
    file: "stops.csv",
    required: ["id", "name_zh", "name_en", "kind", "place", "lat", "lon", "source"],
    optional: ["park_and_ride"])
  static let connectors = TableSchema(
    file: "connectors.csv", required: ["place", "stop", "mode", "minutes", "source"], optional: [])
  static let stopTransfers = TableSchema(
    file: "stop_transfers.csv", required: ["from_stop", "to_stop", "mode", "minutes", "source"],
    optional: [])
  static let lines = TableSchema(
    file: "lines.csv", required: ["id", "name_zh", "name_en", "class", "source"],
    optional: ["directions", "headway_min", "departures_per_day", "dwell_min"])
  static let lineStops = TableSchema(
    file: "line_stops.csv", required: ["line", "seq", "stop", "source"],
    optional: ["run_min", "dwell_min"])
  static let corridors = TableSchema(
    file: "corridors.csv", required: ["id", "name_zh", "name_en", "source"], optional: [])
  static let corridorMembers = TableSchema(
    file: "corridor_members.csv", required: ["corridor", "kind", "member", "source"], optional: [])

  static let all = [
    manifest, clusters, places, junctions, roadLinks, stops, connectors, stopTransfers, lines,
    lineStops, corridors, corridorMembers,
  ]
}

/// Limits on numbers in network files: beyond them a value is a typo, and sums of seconds stay far
/// from `Int32` overflow.
enum Limits {
  /// Any minutes figure (run time, connector, transfer, headway, dwell, explicit link minutes).
  static let minutes: ClosedRange<Double> = 0...10_000
  static let lengthKm: ClosedRange<Double> = 0...5_000
  static let speedKmh: ClosedRange<Double> = 1...1_000
  static let population: ClosedRange<Int> = 0...2_000_000_000
  static let departuresPerDay: ClosedRange<Double> = 0...10_000
  static let seq: ClosedRange<Int> = 0...1_000_000_000
}
