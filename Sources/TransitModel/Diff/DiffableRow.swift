/// A row the data diff compares: its key as text and its cells written canonically, plus which of
/// its columns `--emit-scenario` reproduces (those that move a door-to-door time or a coverage
/// figure; names, sources and coordinates do not).
protocol DiffableRow {
  /// The row's key as the diff shows it.
  var diffKey: String { get }
  /// Every column but the key's, in the table's column order, written canonically.
  var diffCells: [DiffCell] { get }
  /// The columns whose change the emitted scenario reproduces.
  static var emittedColumns: Set<String> { get }
  /// Whether a row added or removed is reproduced by the emitted scenario.
  static var emitsAddedAndRemoved: Bool { get }
}

extension DiffableRow {
  static var emitsAddedAndRemoved: Bool { true }

  /// The row as an added or removed row of the diff.
  var diffRow: DiffRow {
    DiffRow(
      key: diffKey, cells: diffCells.filter { !$0.text.isEmpty },
      isEmitted: Self.emitsAddedAndRemoved)
  }

  /// The change from `old` to this row (same key).
  func diffChange(from old: Self) -> RowChange {
    let cells = RowMatch<Self>.changes(old.diffCells, diffCells)
    return RowChange(
      key: diffKey, cells: cells,
      isEmitted: cells.contains { Self.emittedColumns.contains($0.column) })
  }
}

/// Canonical cell texts: the shortest decimal that reads back as the same number, `yes`/`no`,
/// `;`-separated lists, "" for an absent value.
enum CellText {
  static func number(_ value: Double?) -> String { value.map(Parameters.format) ?? "" }
  static func yesNo(_ value: Bool) -> String { value ? "yes" : "no" }
}

extension Place: DiffableRow {
  var diffKey: String { id.rawValue }
  var diffCells: [DiffCell] {
    [
      DiffCell("name_zh", nameZh), DiffCell("name_en", nameEn), DiffCell("kind", kind.rawValue),
      DiffCell("lat", CellText.number(latitude)), DiffCell("lon", CellText.number(longitude)),
      DiffCell("population", String(population)), DiffCell("in_scope", scope.rawValue),
      DiffCell("source", source), DiffCell("population_source", populationSource),
      DiffCell("parent", parent?.rawValue ?? ""),
      DiffCell("clusters", clusters.map(\.rawValue).joined(separator: ";")),
    ]
  }
  /// Population and scope move coverage shares; a parent is a reference a removal depends on.
  static var emittedColumns: Set<String> { ["population", "in_scope", "parent"] }
}

extension Cluster: DiffableRow {
  var diffKey: String { id.rawValue }
  var diffCells: [DiffCell] {
    [DiffCell("name_zh", nameZh), DiffCell("name_en", nameEn), DiffCell("source", source)]
  }
  static var emittedColumns: Set<String> { [] }
  static var emitsAddedAndRemoved: Bool { false }
}

extension Junction: DiffableRow {
  var diffKey: String { id.rawValue }
  var diffCells: [DiffCell] {
    [
      DiffCell("name_zh", nameZh), DiffCell("name_en", nameEn),
      DiffCell("lat", CellText.number(latitude)), DiffCell("lon", CellText.number(longitude)),
      DiffCell("source", source),
    ]
  }
  static var emittedColumns: Set<String> { [] }
}

extension RoadLink: DiffableRow {
  var diffKey: String { id.rawValue }
  var diffCells: [DiffCell] {
    [
      DiffCell("from", from.rawValue), DiffCell("to", to.rawValue), DiffCell("road", road),
      DiffCell("class", roadClass.rawValue), DiffCell("length_km", CellText.number(lengthKm)),
      DiffCell("source", source), DiffCell("speed_kmh", CellText.number(speedKmh)),
      DiffCell("minutes", CellText.number(minutes)), DiffCell("oneway", CellText.yesNo(oneway)),
    ]
  }
  static var emittedColumns: Set<String> {
    ["from", "to", "class", "length_km", "speed_kmh", "minutes", "oneway"]
  }
}

extension Stop: DiffableRow {
  var diffKey: String { id.rawValue }
  var diffCells: [DiffCell] {
    [
      DiffCell("name_zh", nameZh), DiffCell("name_en", nameEn), DiffCell("kind", kind.rawValue),
      DiffCell("place", place.rawValue), DiffCell("lat", CellText.number(latitude)),
      DiffCell("lon", CellText.number(longitude)), DiffCell("source", source),
      DiffCell("park_and_ride", CellText.yesNo(parkAndRide)),
    ]
  }
  static var emittedColumns: Set<String> { ["kind", "place", "park_and_ride"] }
}

extension Connector: DiffableRow {
  var diffKey: String { key.description }
  var diffCells: [DiffCell] {
    [DiffCell("minutes", CellText.number(minutes)), DiffCell("source", source)]
  }
  static var emittedColumns: Set<String> { ["minutes"] }
}

extension StopTransfer: DiffableRow {
  /// The pair whichever way round it is written: a transfer runs both ways.
  var diffKey: String { key.undirected }
  var diffCells: [DiffCell] {
    [DiffCell("minutes", CellText.number(minutes)), DiffCell("source", source)]
  }
  static var emittedColumns: Set<String> { ["minutes"] }
}

extension Line: DiffableRow {
  var diffKey: String { id.rawValue }
  /// The line's own columns; its stops are `line_stops.csv`'s rows.
  var diffCells: [DiffCell] {
    [
      DiffCell("name_zh", nameZh), DiffCell("name_en", nameEn),
      DiffCell("class", lineClass.rawValue), DiffCell("source", source),
      DiffCell("directions", directions.rawValue),
      DiffCell("headway_min", CellText.number(headwayMinutes)),
      DiffCell("departures_per_day", CellText.number(departuresPerDay)),
      DiffCell("dwell_min", CellText.number(dwellMinutes)),
    ]
  }
  static var emittedColumns: Set<String> {
    ["class", "directions", "headway_min", "departures_per_day", "dwell_min"]
  }
}

extension Corridor: DiffableRow {
  var diffKey: String { id.rawValue }
  /// The corridor's own columns; its members are `corridor_members.csv`'s rows.
  var diffCells: [DiffCell] {
    [DiffCell("name_zh", nameZh), DiffCell("name_en", nameEn), DiffCell("source", source)]
  }
  static var emittedColumns: Set<String> { [] }
  static var emitsAddedAndRemoved: Bool { false }
}
