/// A named set of places, lines and road links (一轴、一廊、三通道).
public struct Corridor: TableRow {
  /// Unique id (lowercase ASCII letters, digits, `-`), used in files, commands and reports.
  public var id: CorridorID
  /// Chinese name, as planners write it.
  public var nameZh: String
  /// English name.
  public var nameEn: String
  /// Member places, sorted.
  public var placeIDs: [PlaceID]
  /// Member lines, sorted.
  public var lineIDs: [LineID]
  /// Road links listed one by one (members of kind `link`), sorted.
  public var linkIDs: [RoadLinkID]
  /// Roads listed by name (members of kind `road`: every link whose `road` is the name), sorted.
  public var roads: [String]
  /// Where the figures of this row come from: a facts-sheet citation, `est. …` with how it was
  /// estimated, or `unverified: …` (Networks/README.md).
  public var source: String

  public init(
    id: CorridorID, nameZh: String, nameEn: String, placeIDs: [PlaceID] = [],
    lineIDs: [LineID] = [], linkIDs: [RoadLinkID] = [], roads: [String] = [], source: String = ""
  ) {
    self.id = id
    self.nameZh = nameZh
    self.nameEn = nameEn
    self.placeIDs = placeIDs
    self.lineIDs = lineIDs
    self.linkIDs = linkIDs
    self.roads = roads
    self.source = source
  }

  public var key: CorridorID { id }

  /// Every road link of the corridor in `network`: those listed, and those of the listed roads;
  /// sorted, each once.
  public func links(in network: Network) -> [RoadLinkID] {
    let roadSet = Set(roads)
    let ofRoads = network.roadLinks.lazy.filter { roadSet.contains($0.road) }.map(\.id)
    return Array(Set(linkIDs).union(ofRoads)).sorted()
  }
}

/// What a row of `corridor_members.csv` lists: a place, a line, a road link, or a road by name
/// (every link whose `road` is that name).
public enum CorridorMemberKind: String, Sendable, Hashable, CaseIterable {
  case place, line, link, road
}
