/// A named set of places, lines and road links (一轴、一廊、三通道).
public struct Corridor: Sendable, Hashable {
  /// Unique id (lowercase ASCII letters, digits, `-`), used in files, commands and reports.
  public var id: String
  /// Chinese name, as planners write it.
  public var nameZh: String
  /// English name.
  public var nameEn: String
  /// Sorted place ids.
  public var placeIDs: [String]
  /// Sorted line ids.
  public var lineIDs: [String]
  /// Sorted road link ids (members of kind `road` expanded to their links).
  public var linkIDs: [String]
  /// Where the figures of this row come from: a facts-sheet citation, `est. …` with how it was
  /// estimated, or `unverified: …` (Networks/README.md).
  public var source: String

  public init(
    id: String, nameZh: String, nameEn: String, placeIDs: [String] = [], lineIDs: [String] = [],
    linkIDs: [String] = [], source: String = ""
  ) {
    self.id = id
    self.nameZh = nameZh
    self.nameEn = nameEn
    self.placeIDs = placeIDs
    self.lineIDs = lineIDs
    self.linkIDs = linkIDs
    self.source = source
  }
}
