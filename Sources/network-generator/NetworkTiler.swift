/// Builds the tables of a network N times the size of a given one: N copies of it side by side
/// (`TileGrid`), ids suffixed per copy (`TableLayout`), joined into one road graph (`RoadJoints`).
///
/// Deterministic: rows are written copy by copy in the input's order, then the joining links; the
/// same input gives the same bytes.
struct NetworkTiler {
  let copies: Int

  /// What was written, for the summary line.
  struct Summary {
    /// Rows written per table, in `NetworkFolder.tableNames` order.
    var rows: [(file: String, count: Int)]
    var joiningLinks: Int
    var overlaps: Bool
  }

  /// The tiled tables' bytes by file name, and a summary. `tables` holds the input's tables by
  /// file name.
  func tile(_ tables: [String: CSVTable]) throws(GeneratorError) -> (
    files: [(name: String, bytes: [UInt8])], summary: Summary
  ) {
    func table(_ name: String) throws(GeneratorError) -> CSVTable {
      guard let table = tables[name] else { throw .input("missing table \(name)") }
      return table
    }
    try checkCollisions(tables)
    let placeNodes = try Self.nodes(of: table("places.csv"), file: "places.csv")
    let junctionNodes = try Self.nodes(of: table("junctions.csv"), file: "junctions.csv")
    let stopNodes = try Self.nodes(of: table("stops.csv"), file: "stops.csv")
    let grid = TileGrid(
      copies: copies, bounds: try Self.bounds(of: placeNodes + junctionNodes + stopNodes))
    let roadLinks = try table("road_links.csv")
    let joints = RoadJoints(nodes: placeNodes + junctionNodes, roadLinks: roadLinks)
    let joiningLinks = joints?.links(grid: grid, header: roadLinks.header) ?? []

    var files: [(name: String, bytes: [UInt8])] = []
    var counts: [(file: String, count: Int)] = []
    let manifest = try ManifestRewrite.rewritten(table("manifest.csv"), copies: copies)
    files.append(("manifest.csv", manifest.encoded()))
    counts.append(("manifest.csv", manifest.rows.count))
    for layout in TableLayout.copied {
      let input = try table(layout.file)
      let rules = layout.rules.compactMap { entry in
        input.column(entry.column).map { (column: $0, rule: entry.rule) }
      }
      var bytes: [UInt8] = []
      CSVTable.append(row: input.header, to: &bytes)
      for copy in 0..<copies {
        let offset = grid.offset(ofCopy: copy)
        for row in input.rows {
          var cells = row
          for (column, rule) in rules {
            cells[column] = TableLayout.cell(row[column], rule: rule, copy: copy, offset: offset)
          }
          CSVTable.append(row: cells, to: &bytes)
        }
      }
      var count = input.rows.count * copies
      if layout.file == "road_links.csv" {
        for row in joiningLinks { CSVTable.append(row: row, to: &bytes) }
        count += joiningLinks.count
      }
      files.append((layout.file, bytes))
      counts.append((layout.file, count))
    }
    let summary = Summary(rows: counts, joiningLinks: joiningLinks.count, overlaps: grid.overlaps)
    return (files, summary)
  }

  /// Ids (with coordinates) of a table with `id`, `lat` and `lon` columns; every coordinate must be a
  /// plain decimal inside WGS-84.
  private static func nodes(of table: CSVTable, file: String) throws(GeneratorError)
    -> [RoadJoints.Node]
  {
    guard let id = table.column("id"), let lat = table.column("lat"), let lon = table.column("lon")
    else { throw .input("\(file): the header needs id, lat and lon") }
    var nodes: [RoadJoints.Node] = []
    for row in table.rows {
      guard let latitude = CoordinateText(row[lat]), let longitude = CoordinateText(row[lon]),
        latitude.nanodegrees.magnitude <= 90 * CoordinateText.nanodegreesPerDegree,
        longitude.nanodegrees.magnitude <= 180 * CoordinateText.nanodegreesPerDegree
      else {
        throw .input(
          "\(file): '\(row[id])' has lat '\(row[lat])', lon '\(row[lon])': not plain decimal "
            + "WGS-84 degrees with at most 9 decimals")
      }
      nodes.append(RoadJoints.Node(id: row[id], latitude: latitude, longitude: longitude))
    }
    return nodes
  }

  private static func bounds(of nodes: [RoadJoints.Node]) throws(GeneratorError) -> TileGrid.Bounds
  {
    guard let first = nodes.first else { throw .input("the network has no coordinates to tile") }
    var bounds = TileGrid.Bounds(
      minLatitude: first.latitude.nanodegrees, maxLatitude: first.latitude.nanodegrees,
      minLongitude: first.longitude.nanodegrees, maxLongitude: first.longitude.nanodegrees)
    for node in nodes {
      bounds.minLatitude = min(bounds.minLatitude, node.latitude.nanodegrees)
      bounds.maxLatitude = max(bounds.maxLatitude, node.latitude.nanodegrees)
      bounds.minLongitude = min(bounds.minLongitude, node.longitude.nanodegrees)
      bounds.maxLongitude = max(bounds.maxLongitude, node.longitude.nanodegrees)
    }
    return bounds
  }

  /// Refuses ids that would collide once suffixed: `x-c3` in copy 0 is `x` in copy 3 (only copy 0
  /// can collide with another copy, since a suffix is `-c` and digits), and the joining links' prefix.
  private func checkCollisions(_ tables: [String: CSVTable]) throws(GeneratorError) {
    var names: [TableLayout.Namespace: Set<String>] = [:]
    for layout in TableLayout.copied {
      guard let table = tables[layout.file] else { continue }
      for (columnName, namespace) in layout.defines {
        guard let column = table.column(columnName) else { continue }
        names[namespace, default: []].formUnion(table.rows.map { $0[column] })
      }
    }
    for namespace in TableLayout.Namespace.allCases {
      let defined = names[namespace] ?? []
      for name in defined.sorted() {
        if namespace == .roadLink || namespace == .road, name.hasPrefix(RoadJoints.reservedPrefix) {
          throw .input(
            "\(namespace.rawValue) '\(name)': names starting with '\(RoadJoints.reservedPrefix)' "
              + "are kept for the links joining the copies")
        }
        guard let mark = name.range(of: TableLayout.copySuffixPrefix, options: .backwards)
        else { continue }
        let digits = name[mark.upperBound...]
        guard let first = digits.first, first != "0",
          digits.allSatisfy({ $0.isASCII && $0.isNumber }),
          let copy = Int(digits), copy < copies, defined.contains(String(name[..<mark.lowerBound]))
        else { continue }
        throw .input(
          "\(namespace.rawValue) '\(name)' of copy 0 would equal '\(name[..<mark.lowerBound])' of copy \(copy); "
            + "rename it or generate fewer than \(copy) copies")
      }
    }
  }
}
