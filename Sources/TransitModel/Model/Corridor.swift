/// A named set of places, lines and road links (一轴、一廊、三通道).
public struct Corridor: Sendable, Hashable {
  public var id: String
  public var nameZh: String
  public var nameEn: String
  /// Sorted place ids.
  public var placeIDs: [String]
  /// Sorted line ids.
  public var lineIDs: [String]
  /// Sorted road link ids (members of kind `road` expanded to their links).
  public var linkIDs: [String]
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
