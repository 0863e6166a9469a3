/// The data part of `diff`: two versions of a network compared table by table, row by row and cell
/// by cell (DESIGN.md, "Scenarios, checks and diffs").
///
/// The comparison is semantic: both versions are models (`Network`), so a column order, a quoting,
/// a row order or a number written `1.50` instead of `1.5` is no change. Rows are keyed by `id`;
/// connectors by (place, stop, mode); stop transfers by their unordered pair of stops and mode;
/// corridor members by (corridor, kind, member); manifest rows by key; line stops by each line's
/// stop sequence (matched in running order, so a renumbered `seq` is no change).
public struct NetworkDiff: Sendable {
  /// The old version.
  public let old: Network
  /// The new version.
  public let new: Network
  /// Every table, in the order of the network folder's documentation (manifest, clusters, places,
  /// junctions, road links, stops, connectors, stop transfers, lines, line stops, corridors,
  /// corridor members); tables without a difference are there, empty.
  public let tables: [TableDiff]

  /// Compares `old` with `new`.
  /// - Complexity: O(*n* log *n*) in the rows, plus O(*s*²) per line of *s* stops.
  public init(old: Network, new: Network) {
    self.old = old
    self.new = new
    tables = [
      Self.table(
        Schemas.manifest.file, ManifestRow.rows(of: old.manifest),
        ManifestRow.rows(of: new.manifest), key: \.key),
      Self.table(Schemas.clusters.file, old.clusters.rows, new.clusters.rows, key: \.id),
      Self.table(Schemas.places.file, old.places.rows, new.places.rows, key: \.id),
      Self.table(Schemas.junctions.file, old.junctions.rows, new.junctions.rows, key: \.id),
      Self.table(Schemas.roadLinks.file, old.roadLinks.rows, new.roadLinks.rows, key: \.id),
      Self.table(Schemas.stops.file, old.stops.rows, new.stops.rows, key: \.id),
      Self.table(
        Schemas.connectors.file, old.connectors.rows, new.connectors.rows, key: \.key),
      Self.table(
        Schemas.stopTransfers.file, old.stopTransfers.rows, new.stopTransfers.rows,
        key: \.key.undirected),
      Self.table(Schemas.lines.file, old.lines.rows, new.lines.rows, key: \.id),
      Self.lineStops(old, new),
      Self.table(Schemas.corridors.file, old.corridors.rows, new.corridors.rows, key: \.id),
      Self.table(
        Schemas.corridorMembers.file, CorridorMemberRow.rows(of: old),
        CorridorMemberRow.rows(of: new), key: { $0 }),
    ]
  }

  /// Whether the two versions hold the same data.
  public var isEmpty: Bool { tables.allSatisfy(\.isEmpty) }

  /// The diff of `table`'s file name (`places.csv`), if it is a table of a network.
  public func table(_ file: String) -> TableDiff? { tables.first { $0.table == file } }

  private static func table<Row: DiffableRow, Key: Hashable & Comparable>(
    _ file: String, _ old: [Row], _ new: [Row], key: (Row) -> Key
  ) -> TableDiff {
    let match = RowMatch(old: old, new: new, key: key, cells: \.diffCells)
    return TableDiff(
      table: file, added: match.added.map(\.diffRow), removed: match.removed.map(\.diffRow),
      changed: match.changed.map { $0.new.diffChange(from: $0.old) })
  }

  /// Line stops by line id, then in running order: the stops of a line only in one version are
  /// added or removed with it; the stops of a line in both are aligned (`LineStopAlignment`).
  private static func lineStops(_ old: Network, _ new: Network) -> TableDiff {
    var diff = TableDiff(table: Schemas.lineStops.file, added: [], removed: [], changed: [])
    let ids = Set(old.lines.map(\.id)).union(new.lines.map(\.id)).sorted()
    for id in ids {
      switch (old.lines[key: id], new.lines[key: id]) {
      case (let before?, let after?):
        for pair in LineStopAlignment.align(before.stops, after.stops) {
          switch pair {
          case (let i?, let j?):
            let a = LineStopRow(line: id, position: i, stop: before.stops[i])
            let b = LineStopRow(line: id, position: j, stop: after.stops[j])
            if a.diffCells != b.diffCells { diff.changed.append(b.diffChange(from: a)) }
          case (let i?, nil):
            diff.removed.append(LineStopRow(line: id, position: i, stop: before.stops[i]).diffRow)
          case (nil, let j?):
            diff.added.append(LineStopRow(line: id, position: j, stop: after.stops[j]).diffRow)
          case (nil, nil):
            break
          }
        }
      case (let before?, nil):
        diff.removed += LineStopRow.rows(of: before).map(\.diffRow)
      case (nil, let after?):
        diff.added += LineStopRow.rows(of: after).map(\.diffRow)
      case (nil, nil):
        break
      }
    }
    return diff
  }
}
