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
    if state.diagnostics.contains(where: { $0.severity == .error }) {
      throw NetworkLoadError(diagnostics: state.diagnostics)
    }
    let network = state.network()
    state.checkConnectivity(of: network)
    return (network, state.diagnostics.sorted())
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
