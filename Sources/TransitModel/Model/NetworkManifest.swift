/// Name, version and description of a network (`manifest.csv`).
public struct NetworkManifest: Sendable, Hashable {
  public var name: String
  public var version: String
  public var description: String

  public init(name: String, version: String, description: String = "") {
    self.name = name
    self.version = version
    self.description = description
  }
}
