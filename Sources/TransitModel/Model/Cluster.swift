/// A cluster of the plan's layout (长吉, 长平, 长辽 组团).
public struct Cluster: TableRow {
  /// Unique id (lowercase ASCII letters, digits, `-`), used in files, commands and reports.
  public var id: ClusterID
  /// Chinese name, as planners write it.
  public var nameZh: String
  /// English name.
  public var nameEn: String
  /// Where the figures of this row come from: a facts-sheet citation, `est. …` with how it was
  /// estimated, or `unverified: …` (Networks/README.md).
  public var source: String

  public init(id: ClusterID, nameZh: String, nameEn: String, source: String = "") {
    self.id = id
    self.nameZh = nameZh
    self.nameEn = nameEn
    self.source = source
  }

  public var key: ClusterID { id }
}
