/// A road junction that is not a place (interchange, ring-road node).
public struct Junction: TableRow {
  /// Unique id (lowercase ASCII letters, digits, `-`), used in files, commands and reports.
  public var id: JunctionID
  /// Chinese name, as planners write it.
  public var nameZh: String
  /// English name.
  public var nameEn: String
  /// WGS-84 degrees.
  public var latitude: Double
  /// WGS-84 degrees.
  public var longitude: Double
  /// Where the figures of this row come from: a facts-sheet citation, `est. …` with how it was
  /// estimated, or `unverified: …` (Networks/README.md).
  public var source: String

  public init(
    id: JunctionID, nameZh: String, nameEn: String, latitude: Double, longitude: Double,
    source: String = ""
  ) {
    self.id = id
    self.nameZh = nameZh
    self.nameEn = nameEn
    self.latitude = latitude
    self.longitude = longitude
    self.source = source
  }

  public var key: JunctionID { id }
}
