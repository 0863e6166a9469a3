/// Reads and validates a network folder.
///
/// Every table is parsed (cells typed, each row's origin recorded in a `SourceMap`), then the
/// resulting `Network` is checked by the same validator any edited network goes through. All
/// problems are collected (never only the first) as `InputDiagnostic`s located `file:line:column`.
/// Nothing here traps on user data.
public enum NetworkLoader {
  /// The table names a network consists of; other files in the folder are ignored by the loader.
  public static let tableNames: [String] = Schemas.all.map(\.file)

  /// A network as read from files, before validation: the rows that parsed, where each came from,
  /// and the problems parsing found.
  public struct Parsed: Sendable {
    /// The rows that parsed.
    public var network: Network
    /// Where each row came from.
    public var sources: SourceMap
    /// Problems with cells and row identities (sorted).
    public var diagnostics: [InputDiagnostic]
  }

  /// Parses every table without validating the result. Each table's bytes are let go once it is
  /// read: a caller that passes its files with `consume` holds none of them while the model grows.
  public static func parse(_ files: consuming NetworkFiles) -> Parsed {
    var parser = NetworkParser(files: consume files)
    let network = parser.parse()
    return Parsed(
      network: network, sources: parser.sources, diagnostics: parser.diagnostics.sorted())
  }

  /// Parses and validates everything; returns the network and its warnings, or throws
  /// `NetworkLoadError` with every error and warning, sorted by location. Like `parse`, lets go of
  /// each table's bytes once it is read.
  public static func load(_ files: consuming NetworkFiles) throws(NetworkLoadError) -> (
    network: ValidatedNetwork, warnings: [InputDiagnostic]
  ) {
    let parsed = parse(consume files)
    var validator = NetworkValidator(network: parsed.network, sources: parsed.sources)
    let parseErrors = parsed.diagnostics.contains { $0.severity == .error }
    validator.run(priorErrors: parseErrors)
    let diagnostics = (parsed.diagnostics + validator.diagnostics).sorted()
    let network = try Network.accept(
      parsed.network, diagnostics, sources: parsed.sources, references: validator.references,
      estimatedRows: validator.estimatedRows)
    return (network, network.warnings)
  }

  /// Only the diagnostics (errors and warnings), sorted; empty when the network is clean.
  public static func validate(_ files: NetworkFiles) -> [InputDiagnostic] {
    do {
      return try load(files).warnings
    } catch {
      return error.diagnostics
    }
  }
}
