/// Where each row of a network came from: a file, line and column per cell, so that a rule checked on
/// the model (`NetworkValidator`) reports at the cell a planner has to fix.
///
/// The loader records every row it reads; an edit records the rows it adds or changes at its own
/// file and line (`record(_:at:)`), so a problem with an edited row points at the edit.
public struct SourceMap: Sendable {
  /// A row of a network, named by its table and key.
  public enum Row: Sendable, Hashable {
    case manifest(key: String)
    case place(PlaceID)
    case cluster(ClusterID)
    case junction(JunctionID)
    case roadLink(RoadLinkID)
    case stop(StopID)
    case connector(ConnectorKey)
    case stopTransfer(StopTransferKey)
    case line(LineID)
    /// The stop at this position of the line's stop list (0 = first).
    case lineStop(LineID, position: Int)
    case corridor(CorridorID)
    /// A row of `corridor_members.csv`.
    case corridorMember(CorridorID, CorridorMemberKind, String)
  }

  /// Where one row is: its file and line, and where each of its cells starts.
  public struct RowOrigin: Sendable {
    /// The file name inside the network folder (or the edit's file).
    public var file: String
    /// 1-based line where the row starts.
    public var line: Int
    /// The column a whole-row problem is reported at (1 for a CSV row).
    var rowColumn: Int
    /// Header name → 0-based field index (shared by every row of a table).
    var columns: [String: Int]
    /// 1-based line where each field starts, kept only when a quoted cell spans lines (empty when
    /// every field starts on `line`, which is nearly every row: the map stays small).
    var fieldLines: [Int32]
    /// 1-based column of each field, for rows read from JSON (empty for CSV: the field number).
    var fieldColumns: [Int32] = []

    /// The row of a CSV table.
    init(file: String, line: Int, columns: [String: Int], fieldLines: [Int]) {
      self.file = file
      self.line = line
      self.rowColumn = 1
      self.columns = columns
      self.fieldLines = fieldLines.allSatisfy { $0 == line } ? [] : fieldLines.map { Int32($0) }
    }

    /// A row made by an edit: every cell is reported at the edit's location.
    public init(_ location: SourceLocation) {
      self.file = location.file
      self.line = location.line
      self.rowColumn = location.column
      self.columns = [:]
      self.fieldLines = []
    }

    /// Where the cell of `column` starts (the row's own location when the row has no such cell).
    public func location(_ column: String) -> SourceLocation {
      guard let index = columns[column] else {
        return SourceLocation(file: file, line: line, column: rowColumn)
      }
      let fieldLine = index < fieldLines.count ? Int(fieldLines[index]) : line
      let fieldColumn = index < fieldColumns.count ? Int(fieldColumns[index]) : index + 1
      return SourceLocation(file: file, line: fieldLine, column: fieldColumn)
    }
  }

  /// A table whose rows other rules depend on: the manifest, and every table whose ids other
  /// tables refer to (places and junctions together as road nodes).
  public enum TableName: Sendable, Hashable, CaseIterable {
    case manifest, places, roadNodes, clusters, roadLinks, stops, lines, lineStops, corridors
  }

  private(set) var origins: [Row: RowOrigin] = [:]
  /// Per table: ids of rows that were read but not loaded because of an error already reported;
  /// references to them are not reported again.
  private(set) var unloaded: [TableName: Set<String>] = [:]
  /// Road names of road link rows that were read but not loaded (a bad cell): a corridor's road
  /// member naming one is not reported again as carried by no link.
  public private(set) var unloadedRoads: Set<String> = []

  /// Tables that could not be read at all (missing, unusable header): references into them are not
  /// checked, so one broken header does not flood the report with unknown ids.
  private(set) var unavailable: Set<TableName> = []

  /// A reference made by a row that is not in the model (a stop of a line whose own row has an
  /// error): still checked, so fixing one row does not reveal a new error in the next.
  public struct DetachedReference: Sendable {
    /// Where the referring row is.
    public var origin: RowOrigin
    /// The referring column.
    public var column: String
    /// The table the id names.
    public var table: TableName
    /// What the table holds, for the message ("stop").
    public var kind: String
    /// The id referred to.
    public var id: String
  }

  /// References of rows that did not make it into the model, in file order.
  public private(set) var detachedReferences: [DetachedReference] = []

  public init() {}

  mutating func recordDetached(_ reference: DetachedReference) {
    detachedReferences.append(reference)
  }

  /// Where `row` came from, if known.
  public func origin(of row: Row) -> RowOrigin? { origins[row] }

  /// Where the cell `column` of `row` is; nil when the row's origin is unknown.
  public func location(of row: Row, _ column: String) -> SourceLocation? {
    origins[row]?.location(column)
  }

  /// Records that `row` (added or changed by an edit) comes from `location`.
  public mutating func record(_ row: Row, at location: SourceLocation) {
    origins[row] = RowOrigin(location)
  }

  /// Records that an edit at `location` inserted a stop at `position` of `line`'s stop list: the
  /// origins of the stops after it move one position on with them.
  public mutating func recordLineStopInserted(
    _ line: LineID, at position: Int, location: SourceLocation
  ) {
    var last = position
    while origins[.lineStop(line, position: last)] != nil { last += 1 }
    for index in stride(from: last, to: position, by: -1) {
      origins[.lineStop(line, position: index)] = origins[.lineStop(line, position: index - 1)]
    }
    origins[.lineStop(line, position: position)] = RowOrigin(location)
  }

  /// Records that an edit removed the stop at `position` of `line`'s stop list: the origins of the
  /// stops after it move one position back with them.
  public mutating func recordLineStopRemoved(_ line: LineID, at position: Int) {
    var index = position
    while origins[.lineStop(line, position: index)] != nil {
      origins[.lineStop(line, position: index)] = origins[.lineStop(line, position: index + 1)]
      index += 1
    }
  }

  mutating func record(_ row: Row, _ origin: RowOrigin) {
    origins[row] = origin
  }

  /// Room for `count` more row origins, for a reader that knows how many it records.
  mutating func reserveOrigins(_ count: Int) {
    origins.reserveCapacity(origins.count + count)
  }

  mutating func markUnloaded(_ id: String, in table: TableName) {
    guard !id.isEmpty else { return }
    unloaded[table, default: []].insert(id)
  }

  mutating func markUnloadedRoad(_ road: String) {
    if !road.isEmpty { unloadedRoads.insert(road) }
  }

  mutating func markUnavailable(_ table: TableName) {
    unavailable.insert(table)
  }

  /// Whether references into `table` cannot be checked (it could not be read).
  public func isUnavailable(_ table: TableName) -> Bool { unavailable.contains(table) }

  /// Whether `id` names a row of `table` that was read but not loaded (its error is reported).
  public func isUnloaded(_ id: String, in table: TableName) -> Bool {
    unloaded[table]?.contains(id) ?? false
  }
}
