/// How one table of the network format changes in copy k ≥ 1 of the tiled network.
///
/// Every id of copy k gets the suffix `-ck`, and so does every reference to an id, so each copy refers
/// only to its own rows: places (with their `parent`), clusters, junctions, road links (`from`, `to`),
/// stops (`place`), connectors, stop transfers, lines, line stops, corridors and corridor members.
/// Road names get the suffix too, so a corridor's `road` member names its own copy's links and
/// corridors stay the size of the original's. Names get ` #k`, so each place is still found by
/// name. Coordinates move by the copy's tile offset (`TileGrid`). Sources and figures stay as they
/// are: copy k is the original network, moved. Columns not named here are copied unchanged.
struct TableLayout {
  /// What happens to a cell in copy k ≥ 1.
  enum CellRule {
    /// An id or a reference to one (or a road name): `-ck` appended.
    case suffixed
    /// `;`-separated references: `-ck` appended to each.
    case suffixedList
    /// A display name: ` #k` appended.
    case name
    /// Shifted by the tile's latitude offset.
    case latitude
    /// Shifted by the tile's longitude offset.
    case longitude
  }

  /// Id namespaces (`Networks/README.md`: one per table, places and junctions share road nodes).
  enum Namespace: String, CaseIterable {
    case roadNode = "road node"
    case roadLink = "road link"
    case road, stop, line, cluster, corridor
  }

  let file: String
  let rules: [(column: String, rule: CellRule)]
  /// The columns whose cells define names in a namespace (checked for collisions between copies).
  let defines: [(column: String, namespace: Namespace)]

  /// The tables copied row by row; `manifest.csv` is rewritten on its own (`ManifestRewrite`).
  static let copied: [TableLayout] = [
    TableLayout(
      file: "places.csv",
      rules: [
        ("id", .suffixed), ("name_zh", .name), ("name_en", .name), ("lat", .latitude),
        ("lon", .longitude), ("parent", .suffixed), ("clusters", .suffixedList),
      ],
      defines: [("id", .roadNode)]),
    TableLayout(
      file: "clusters.csv", rules: [("id", .suffixed), ("name_zh", .name), ("name_en", .name)],
      defines: [("id", .cluster)]),
    TableLayout(
      file: "junctions.csv",
      rules: [
        ("id", .suffixed), ("name_zh", .name), ("name_en", .name), ("lat", .latitude),
        ("lon", .longitude),
      ],
      defines: [("id", .roadNode)]),
    TableLayout(
      file: "road_links.csv",
      rules: [("id", .suffixed), ("from", .suffixed), ("to", .suffixed), ("road", .suffixed)],
      defines: [("id", .roadLink), ("road", .road)]),
    TableLayout(
      file: "stops.csv",
      rules: [
        ("id", .suffixed), ("name_zh", .name), ("name_en", .name), ("place", .suffixed),
        ("lat", .latitude), ("lon", .longitude),
      ],
      defines: [("id", .stop)]),
    TableLayout(
      file: "connectors.csv", rules: [("place", .suffixed), ("stop", .suffixed)], defines: []),
    TableLayout(
      file: "stop_transfers.csv", rules: [("from_stop", .suffixed), ("to_stop", .suffixed)],
      defines: []),
    TableLayout(
      file: "lines.csv", rules: [("id", .suffixed), ("name_zh", .name), ("name_en", .name)],
      defines: [("id", .line)]),
    TableLayout(
      file: "line_stops.csv", rules: [("line", .suffixed), ("stop", .suffixed)], defines: []),
    TableLayout(
      file: "corridors.csv", rules: [("id", .suffixed), ("name_zh", .name), ("name_en", .name)],
      defines: [("id", .corridor)]),
    TableLayout(
      file: "corridor_members.csv", rules: [("corridor", .suffixed), ("member", .suffixed)],
      defines: []),
  ]

  /// The cell `text` as written in copy `copy` (copy 0: unchanged).
  static func cell(
    _ text: String, rule: CellRule, copy: Int, offset: (latitude: Int64, longitude: Int64)
  ) -> String {
    guard copy > 0, !text.isEmpty else { return text }
    switch rule {
    case .suffixed:
      return suffixed(text, copy: copy)
    case .suffixedList:
      return text.split(separator: ";", omittingEmptySubsequences: false)
        .map { item in
          let id = item.trimmingBlanks
          return id.isEmpty ? id : suffixed(id, copy: copy)
        }
        .joined(separator: ";")
    case .name:
      return "\(text) #\(copy)"
    case .latitude, .longitude:
      // Parsed once already when the bounds were taken; unparsable cells stopped the run there.
      guard let value = CoordinateText(text) else { return text }
      return value.shifted(by: rule == .latitude ? offset.latitude : offset.longitude).text
    }
  }

  /// `id` in copy `copy`: unchanged in copy 0, `id-ck` in copy k (`c` for copy, so that an id that
  /// already ends in digits, such as a metro station `mt-dongdaqiao-5`, stays apart from copy 5).
  static func suffixed(_ id: String, copy: Int) -> String {
    copy == 0 ? id : "\(id)\(copySuffixPrefix)\(copy)"
  }

  /// What comes between an id and its copy number.
  static let copySuffixPrefix = "-c"
}

extension Substring {
  /// Without leading and trailing spaces and tabs (as the loader reads list items).
  fileprivate var trimmingBlanks: String {
    let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
    guard let first = firstIndex(where: { !isBlank($0) }),
      let last = lastIndex(where: { !isBlank($0) })
    else { return "" }
    return String(self[first...last])
  }
}
