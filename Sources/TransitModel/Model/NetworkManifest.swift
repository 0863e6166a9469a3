/// Name, version and description of a network (`manifest.csv`).
public struct NetworkManifest: Sendable, Hashable {
  /// Network name (non-empty), echoed in reports.
  public var name: String
  /// Version of the data (non-empty), echoed in reports.
  public var version: String
  /// Free text; may be empty.
  public var description: String

  public init(name: String, version: String, description: String = "") {
    self.name = name
    self.version = version
    self.description = description
  }

  /// The keys `manifest.csv` may have, in the order they are documented.
  public static let keys = ["name", "version", "description"]
}
