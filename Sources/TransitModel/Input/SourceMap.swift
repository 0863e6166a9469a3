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

    /// A CSV row whose every cell starts on its first line.
    init(file: String, line: Int, columns: [String: Int]) {
      self.file = file
      self.line = line
      self.rowColumn = 1
      self.columns = columns
      self.fieldLines = []
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

  /// Rows recorded as they were read, one block per file in the order the files were read: the
  /// bulk of the map, kept compact (a key and a line per row) and indexed only when looked up.
  private(set) var blocks: [ReadBlock] = []
  /// Origins recorded by edits after reading; they take precedence over `blocks`. A nil value is a
  /// row whose origin was removed (a line stop that moved back when the one before it was removed).
  private(set) var edits: [Row: RowOrigin?] = [:]
  /// Where each read row is in `blocks`, built per kind of row on the first lookup of that kind and
  /// shared by copies of the map until its blocks change.
  private var index = ReadIndex()

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
  public func origin(of row: Row) -> RowOrigin? {
    if let edited = edits[row] { return edited }
    guard let (block, position) = index.position(of: row, in: blocks) else { return nil }
    return blocks[block].origin(at: position)
  }

  /// Where the cell `column` of `row` is; nil when the row's origin is unknown.
  public func location(of row: Row, _ column: String) -> SourceLocation? {
    origin(of: row)?.location(column)
  }

  /// Every row's origin, keyed by row (builds a dictionary of the whole map: for tests and tools,
  /// not for lookups).
  public var origins: [Row: RowOrigin] {
    var all: [Row: RowOrigin] = [:]
    all.reserveCapacity(blocks.reduce(0) { $0 + $1.lines.count } + edits.count)
    for block in blocks {
      for (position, row) in block.rows.enumerated() { all[row] = block.origin(at: position) }
    }
    for (row, origin) in edits { all[row] = origin }
    return all
  }

  /// Records that `row` (added or changed by an edit) comes from `location`.
  public mutating func record(_ row: Row, at location: SourceLocation) {
    edits.updateValue(RowOrigin(location), forKey: row)
  }

  /// Records that an edit at `location` inserted a stop at `position` of `line`'s stop list: the
  /// origins of the stops after it move one position on with them.
  public mutating func recordLineStopInserted(
    _ line: LineID, at position: Int, location: SourceLocation
  ) {
    var last = position
    while origin(of: .lineStop(line, position: last)) != nil { last += 1 }
    for index in stride(from: last, to: position, by: -1) {
      edits.updateValue(
        origin(of: .lineStop(line, position: index - 1)),
        forKey: .lineStop(line, position: index))
    }
    edits.updateValue(RowOrigin(location), forKey: .lineStop(line, position: position))
  }

  /// Records that an edit removed the stop at `position` of `line`'s stop list: the origins of the
  /// stops after it move one position back with them.
  public mutating func recordLineStopRemoved(_ line: LineID, at position: Int) {
    var index = position
    while origin(of: .lineStop(line, position: index)) != nil {
      edits.updateValue(
        origin(of: .lineStop(line, position: index + 1)),
        forKey: .lineStop(line, position: index))
      index += 1
    }
  }

  /// Records the origin of a row an edit added or changed (it takes precedence over the row as
  /// read); nil records that the row has no origin any more.
  mutating func record(_ row: Row, _ origin: RowOrigin?) {
    edits.updateValue(origin, forKey: row)
  }

  /// Room for the rows of the next file read, so that its block grows once: set by the reader
  /// that knows how many rows the file has.
  private var expectedRows = 0

  /// Makes room for `count` rows of the next file whose rows are recorded.
  mutating func expectRows(_ count: Int) {
    expectedRows = count
  }

  /// Records that `row` was read from `networkRow`, in file order (a later record of the same row
  /// wins, as a later duplicate row would, and so does an edit recorded after it).
  mutating func record(_ row: Row, read networkRow: NetworkRow) {
    record(row, read: networkRow, keyedLater: false)
  }

  /// Records that `row` was read from `networkRow` as the next row of its table, without keeping
  /// its key: the reader gives the keys of the file's rows once the table is made
  /// (`keyRows(ofFile:_:)`), computed from the table when first looked up, so the map does not
  /// hold a copy of every key of a network.
  mutating func recordKeyedLater(_ row: Row, read networkRow: NetworkRow) {
    record(row, read: networkRow, keyedLater: true)
  }

  /// Gives the keys of the rows of `file` recorded with `recordKeyedLater(_:read:)`, in the order
  /// they were recorded: `keys` computes them when first asked for, by any thread.
  mutating func keyRows(ofFile file: String, _ keys: @escaping @Sendable () -> [Row]) {
    guard let number = blocks.lastIndex(where: { $0.file == file }) else { return }
    invalidateIndex()
    blocks[number].keyRows(DeferredRows(input: keys))
  }

  private mutating func record(_ row: Row, read networkRow: NetworkRow, keyedLater: Bool) {
    if blocks.last?.file != networkRow.file {
      var block = ReadBlock(file: networkRow.file, columns: networkRow.columns)
      block.reserveCapacity(expectedRows, keyedLater: keyedLater)
      expectedRows = 0
      blocks.append(block)
    }
    invalidateIndex()
    if !edits.isEmpty { edits.removeValue(forKey: row) }
    blocks[blocks.count - 1].append(row, networkRow, keyedLater: keyedLater)
  }

  /// Appends a block of rows read from one file (the cache's reader).
  mutating func appendBlock(_ block: ReadBlock) {
    invalidateIndex()
    blocks.append(block)
  }

  /// Forgets the lookup index before `blocks` change: a copy that shares it keeps it.
  private mutating func invalidateIndex() {
    if isKnownUniquelyReferenced(&index) {
      index.reset()
    } else {
      index = ReadIndex()
    }
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

  /// Whether some table could not be read or some row was not loaded (else `isUnavailable` and
  /// `isUnloaded` are false for every table and id).
  var hasUnavailableOrUnloadedRows: Bool { !unavailable.isEmpty || !unloaded.isEmpty }

  /// Whether references into `table` cannot be checked (it could not be read).
  public func isUnavailable(_ table: TableName) -> Bool { unavailable.contains(table) }

  /// Whether `id` names a row of `table` that was read but not loaded (its error is reported).
  public func isUnloaded(_ id: String, in table: TableName) -> Bool {
    unloaded[table]?.contains(id) ?? false
  }
}
