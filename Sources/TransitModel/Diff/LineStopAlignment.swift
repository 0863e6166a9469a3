/// The stops of one line in two versions, matched in running order: the longest common
/// subsequence of stop ids, so an inserted or removed stop shows as one row added or removed and
/// the stops around it keep matching. `seq` plays no part: a renumbered stop is no change.
enum LineStopAlignment {
  /// Pairs of positions (old, new) in running order; nil on the side where the stop is absent.
  ///
  /// Ties go to keeping old stops first, so the result depends only on the two lists.
  /// - Complexity: O(*n* × *m*) for lists of *n* and *m* stops (a line has tens).
  static func align(_ old: [LineStop], _ new: [LineStop]) -> [(old: Int?, new: Int?)] {
    let n = old.count
    let m = new.count
    // common[i][j]: length of the longest common subsequence of old[i...] and new[j...].
    var common = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
    for i in stride(from: n - 1, through: 0, by: -1) {
      for j in stride(from: m - 1, through: 0, by: -1) {
        common[i][j] =
          old[i].stop == new[j].stop
          ? common[i + 1][j + 1] + 1 : max(common[i + 1][j], common[i][j + 1])
      }
    }
    var pairs: [(old: Int?, new: Int?)] = []
    var i = 0
    var j = 0
    while i < n || j < m {
      if i < n, j < m, old[i].stop == new[j].stop {
        pairs.append((i, j))
        i += 1
        j += 1
      } else if j == m || (i < n && common[i + 1][j] >= common[i][j + 1]) {
        pairs.append((i, nil))
        i += 1
      } else {
        pairs.append((nil, j))
        j += 1
      }
    }
    return pairs
  }
}

/// One stop of a line as a row of `line_stops.csv` in the diff.
struct LineStopRow: DiffableRow {
  var line: LineID
  /// 0-based position in the line's stop list.
  var position: Int
  var stop: LineStop

  /// `line #position stop` (position 1-based, in its version's list).
  var diffKey: String { "\(line) #\(position + 1) \(stop.stop)" }
  var diffCells: [DiffCell] {
    [
      DiffCell("source", stop.source), DiffCell("run_min", CellText.number(stop.runMinutes)),
      DiffCell("dwell_min", CellText.number(stop.dwellMinutes)),
    ]
  }
  static var emittedColumns: Set<String> { ["run_min", "dwell_min"] }

  /// Every stop of `line` as rows.
  static func rows(of line: Line) -> [LineStopRow] {
    line.stops.enumerated().map {
      LineStopRow(line: line.id, position: $0.offset, stop: $0.element)
    }
  }
}

/// One row of `corridor_members.csv`: a corridor lists a place, line, road link or road.
struct CorridorMemberRow: DiffableRow, Hashable, Comparable {
  var corridor: CorridorID
  var kind: CorridorMemberKind
  var member: String

  var diffKey: String { "\(corridor) \(kind.rawValue) \(member)" }
  /// The model keeps no cell of a member beyond its key.
  var diffCells: [DiffCell] { [] }
  static var emittedColumns: Set<String> { [] }
  static var emitsAddedAndRemoved: Bool { false }

  static func < (a: CorridorMemberRow, b: CorridorMemberRow) -> Bool {
    (a.corridor, CorridorMemberKind.allCases.firstIndex(of: a.kind)!, a.member)
      < (b.corridor, CorridorMemberKind.allCases.firstIndex(of: b.kind)!, b.member)
  }

  /// Every member of every corridor of `network`.
  static func rows(of network: Network) -> [CorridorMemberRow] {
    network.corridors.flatMap { corridor in
      corridor.placeIDs.map {
        CorridorMemberRow(corridor: corridor.id, kind: .place, member: $0.rawValue)
      }
        + corridor.lineIDs.map {
          CorridorMemberRow(corridor: corridor.id, kind: .line, member: $0.rawValue)
        }
        + corridor.linkIDs.map {
          CorridorMemberRow(corridor: corridor.id, kind: .link, member: $0.rawValue)
        }
        + corridor.roads.map { CorridorMemberRow(corridor: corridor.id, kind: .road, member: $0) }
    }
  }
}

/// One row of `manifest.csv`: a key and its value (an empty description is no row).
struct ManifestRow: DiffableRow {
  var key: String
  var value: String

  var diffKey: String { key }
  var diffCells: [DiffCell] { [DiffCell("value", value)] }
  static var emittedColumns: Set<String> { [] }
  static var emitsAddedAndRemoved: Bool { false }

  static func rows(of manifest: NetworkManifest) -> [ManifestRow] {
    [
      ManifestRow(key: "name", value: manifest.name),
      ManifestRow(key: "version", value: manifest.version),
      ManifestRow(key: "description", value: manifest.description),
    ].filter { !$0.value.isEmpty }
  }
}
