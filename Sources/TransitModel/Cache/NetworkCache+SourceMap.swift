/// A `SourceMap` in full: the rows as read, block by block in file order (per row its line, and
/// its position in its table when the block's rows are a table's, `RowsByPosition`, else its key;
/// the rare full origin apart), the origins recorded by edits (sorted by row, so the bytes do
/// not depend on the dictionary's order), the unloaded ids and roads, the unavailable tables and the
/// detached references; the header-to-column maps, shared by every row of a table, are written once
/// each.
extension CacheWriter {
  /// `sources`, whose blocks of rows `network` holds are written by position (`RowsByPosition`).
  mutating func sourceMap(_ sources: SourceMap, of network: Network) {
    let edits = sources.edits.sorted { Self.sortKey($0.key) < Self.sortKey($1.key) }
    var columnMaps: [[String: Int]] = []
    var columnMapIndex: [[String: Int]: Int] = [:]
    func index(of columns: [String: Int]) -> Int {
      if let index = columnMapIndex[columns] { return index }
      columnMaps.append(columns)
      columnMapIndex[columns] = columnMaps.count - 1
      return columnMaps.count - 1
    }
    let blockIndexes = sources.blocks.map { index(of: $0.columns) }
    let exceptionIndexes = sources.blocks.map { block in
      block.exceptions.sorted { $0.key < $1.key }.map {
        ($0.key, $0.value, index(of: $0.value.columns))
      }
    }
    let editIndexes = edits.map { $0.value.map { index(of: $0.columns) } }
    let detachedIndexes = sources.detachedReferences.map { index(of: $0.origin.columns) }
    count(columnMaps.count)
    for columns in columnMaps {
      count(columns.count)
      for (name, position) in columns.sorted(by: { $0.key < $1.key }) {
        string(name)
        int(position)
      }
    }
    count(sources.blocks.count)
    for (number, block) in sources.blocks.enumerated() {
      string(block.file)
      count(blockIndexes[number])
      if let positions = RowsByPosition(block.rows, in: network) {
        u8(1)
        u8(UInt8(positions.kind))
        count(block.rows.count)
        int32s(positions.values)
        int32s(block.lines)
      } else {
        u8(0)
        count(block.rows.count)
        for (row, line) in zip(block.rows, block.lines) {
          self.row(row)
          u32(UInt32(bitPattern: line))
        }
      }
      count(exceptionIndexes[number].count)
      for (position, origin, columns) in exceptionIndexes[number] {
        u32(UInt32(bitPattern: position))
        self.origin(origin, columns: columns)
      }
    }
    count(edits.count)
    for (entry, columns) in zip(edits, editIndexes) {
      row(entry.key)
      if let origin = entry.value, let columns {
        u8(1)
        self.origin(origin, columns: columns)
      } else {
        u8(0)
      }
    }
    let unloaded = sources.unloaded.sorted { $0.key.position < $1.key.position }
    count(unloaded.count)
    for (table, ids) in unloaded {
      enumCase(table, of: CacheSchema.tableNames)
      strings(ids.sorted())
    }
    strings(sources.unloadedRoads.sorted())
    let unavailable = sources.unavailable.sorted { $0.position < $1.position }
    count(unavailable.count)
    for table in unavailable { enumCase(table, of: CacheSchema.tableNames) }
    count(sources.detachedReferences.count)
    for (reference, columns) in zip(sources.detachedReferences, detachedIndexes) {
      origin(reference.origin, columns: columns)
      string(reference.column)
      enumCase(reference.table, of: CacheSchema.tableNames)
      string(reference.kind)
      string(reference.id)
    }
  }

  private mutating func origin(_ origin: SourceMap.RowOrigin, columns: Int) {
    string(origin.file)
    int(origin.line)
    int(origin.rowColumn)
    count(columns)
    count(origin.fieldLines.count)
    for line in origin.fieldLines { u32(UInt32(bitPattern: line)) }
    count(origin.fieldColumns.count)
    for column in origin.fieldColumns { u32(UInt32(bitPattern: column)) }
  }

  /// A row: its kind (`Row.kind`, which `checkRow` and `row()` read back), then its fields.
  private mutating func row(_ row: SourceMap.Row) {
    u8(UInt8(row.kind))
    switch row {
    case .manifest(let key): string(key)
    case .place(let id): string(id.rawValue)
    case .cluster(let id): string(id.rawValue)
    case .junction(let id): string(id.rawValue)
    case .roadLink(let id): string(id.rawValue)
    case .stop(let id): string(id.rawValue)
    case .connector(let key):
      string(key.place.rawValue)
      string(key.stop.rawValue)
      enumCase(key.mode, of: CacheSchema.accessModes)
    case .stopTransfer(let key):
      string(key.fromStop.rawValue)
      string(key.toStop.rawValue)
      enumCase(key.mode, of: CacheSchema.accessModes)
    case .line(let id): string(id.rawValue)
    case .lineStop(let id, let position):
      string(id.rawValue)
      int(position)
    case .corridor(let id): string(id.rawValue)
    case .corridorMember(let id, let kind, let member):
      string(id.rawValue)
      enumCase(kind, of: CacheSchema.corridorMemberKinds)
      string(member)
    }
  }

  /// A total order of rows (kind, then their fields), for a deterministic file.
  private static func sortKey(_ row: SourceMap.Row) -> (Int, String, String, String, Int) {
    let fields: (String, String, String, Int)
    switch row {
    case .manifest(let key): fields = (key, "", "", 0)
    case .place(let id): fields = (id.rawValue, "", "", 0)
    case .cluster(let id): fields = (id.rawValue, "", "", 0)
    case .junction(let id): fields = (id.rawValue, "", "", 0)
    case .roadLink(let id): fields = (id.rawValue, "", "", 0)
    case .stop(let id): fields = (id.rawValue, "", "", 0)
    case .connector(let key):
      fields = (key.place.rawValue, key.stop.rawValue, key.mode.rawValue, 0)
    case .stopTransfer(let key):
      fields = (key.fromStop.rawValue, key.toStop.rawValue, key.mode.rawValue, 0)
    case .line(let id): fields = (id.rawValue, "", "", 0)
    case .lineStop(let id, let position): fields = (id.rawValue, "", "", position)
    case .corridor(let id): fields = (id.rawValue, "", "", 0)
    case .corridorMember(let id, let kind, let member):
      fields = (id.rawValue, kind.rawValue, member, 0)
    }
    return (row.kind, fields.0, fields.1, fields.2, fields.3)
  }
}

extension SourceMap.TableName {
  /// Position among all cases, the order the cache writes tables in.
  fileprivate var position: Int { CacheSchema.tableNames.firstIndex(of: self) ?? 0 }
}

extension CacheReader {
  /// The source map of `network`; the rows as read are checked here, and their keys made only
  /// when first asked for: from their bytes, kept, or from `network` for rows written by position.
  mutating func sourceMap(of network: Network) throws(NetworkCacheError) -> SourceMap {
    let columnMaps = try array(minimumSize: 4) { reader throws(NetworkCacheError) in
      let count = try reader.count(minimumSize: 12)
      var columns: [String: Int] = [:]
      columns.reserveCapacity(count)
      for _ in 0..<count { columns[try reader.string()] = try reader.int() }
      return columns
    }
    var sources = SourceMap()
    let blocks = try count(minimumSize: 16)
    for _ in 0..<blocks {
      let name = try string()
      let columns = Int(try u32())
      guard columns < columnMaps.count else { throw damaged("a column map out of range") }
      let (rows, lines, kinds, deferred) =
        switch try u8() {
        case 0: try keyedRows()
        case 1: try rowsByPosition(of: network)
        default: throw damaged("an unknown way of writing a block's rows")
        }
      var block = SourceMap.ReadBlock(
        file: name, columns: columnMaps[columns], lines: lines, kinds: kinds, rows: deferred)
      let exceptions = try count(minimumSize: 33)
      for _ in 0..<exceptions {
        let position = Int32(bitPattern: try u32())
        guard position >= 0 && Int(position) < rows else {
          throw damaged("a row position out of range")
        }
        block.exceptions[position] = try origin(columnMaps)
      }
      sources.appendBlock(block)
    }
    let edits = try count(minimumSize: 6)
    for _ in 0..<edits {
      let row = try row()
      switch try u8() {
      case 0: sources.record(row, nil)
      case 1: sources.record(row, try origin(columnMaps))
      default: throw damaged("an edited origin that is neither present nor absent")
      }
    }
    let unloadedTables = try self.count(minimumSize: 5)
    for _ in 0..<unloadedTables {
      let table = try enumCase(of: CacheSchema.tableNames)
      for id in try strings() { sources.markUnloaded(id, in: table) }
    }
    for road in try strings() { sources.markUnloadedRoad(road) }
    let unavailable = try self.count(minimumSize: 1)
    for _ in 0..<unavailable { sources.markUnavailable(try enumCase(of: CacheSchema.tableNames)) }
    let detached = try self.count(minimumSize: 45)
    for _ in 0..<detached {
      sources.recordDetached(
        SourceMap.DetachedReference(
          origin: try origin(columnMaps), column: try string(),
          table: try enumCase(of: CacheSchema.tableNames), kind: try string(), id: try string()))
    }
    return sources
  }

  /// A block's rows written by their keys: how many, their lines, the kinds among them, and
  /// their keys to decode (from their bytes, kept) when first asked for.
  private mutating func keyedRows() throws(NetworkCacheError) -> (
    rows: Int, lines: [Int32], kinds: UInt16, keys: SourceMap.DeferredRows
  ) {
    let rows = try count(minimumSize: 9)
    var lines: [Int32] = []
    lines.reserveCapacity(rows)
    var kinds: UInt16 = 0
    // Only the block's own bytes are kept for later.
    let rowBytes = try bytesRead { reader throws(NetworkCacheError) in
      for _ in 0..<rows {
        kinds |= 1 << (try reader.checkRow())
        lines.append(Int32(bitPattern: try reader.u32()))
      }
    }
    let strings = stringTable
    let deferred = SourceMap.DeferredRows(input: {
      rowBytes.withUnsafeBytes { buffer in
        // Checked above: every row reads back (a failure would only end the list early).
        var reader = CacheReader(buffer, offset: 0, strings: strings)
        var decoded: [SourceMap.Row] = []
        decoded.reserveCapacity(rows)
        for _ in 0..<rows {
          guard let row = try? reader.row(), (try? reader.u32()) != nil else { break }
          decoded.append(row)
        }
        return decoded
      }
    })
    return (rows, lines, kinds, deferred)
  }

  /// A block's rows written by their positions in `network`'s tables (`RowsByPosition`), as
  /// `keyedRows` gives them: each position is checked against its table here, and the keys made
  /// from the tables when first asked for.
  private mutating func rowsByPosition(of network: Network) throws(NetworkCacheError) -> (
    rows: Int, lines: [Int32], kinds: UInt16, keys: SourceMap.DeferredRows
  ) {
    let kind = Int(try u8())
    guard let width = RowsByPosition.width(ofKind: kind) else {
      throw damaged("an unknown kind of row written by position")
    }
    let rows = try count(minimumSize: 4 * (width + 1))
    let values = Array(try int32s(rows * width))
    guard let positions = RowsByPosition(kind: kind, values: values, in: network) else {
      throw damaged("a row position out of its table")
    }
    let lines = Array(try int32s(rows))
    let deferred = SourceMap.DeferredRows(input: { positions.rows(in: network) })
    return (rows, lines, 1 << kind, deferred)
  }

  private mutating func origin(_ columnMaps: [[String: Int]]) throws(NetworkCacheError)
    -> SourceMap.RowOrigin
  {
    var origin = SourceMap.RowOrigin(
      SourceLocation(file: try string(), line: try int(), column: try int()))
    let columns = Int(try u32())
    guard columns < columnMaps.count else { throw damaged("a column map out of range") }
    origin.columns = columnMaps[columns]
    origin.fieldLines = try array(minimumSize: 4) { reader throws(NetworkCacheError) in
      Int32(bitPattern: try reader.u32())
    }
    origin.fieldColumns = try array(minimumSize: 4) { reader throws(NetworkCacheError) in
      Int32(bitPattern: try reader.u32())
    }
    return origin
  }

  /// Checks the row `row()` would read and passes over it; returns its kind (`Row.kind`).
  private mutating func checkRow() throws(NetworkCacheError) -> Int {
    let kind = Int(try u8())
    switch kind {
    case 0, 1, 2, 3, 4, 5, 8, 10: try checkString()
    case 6, 7:
      try checkString()
      try checkString()
      _ = try enumCase(of: CacheSchema.accessModes)
    case 9:
      try checkString()
      _ = try int()
    case 11:
      try checkString()
      _ = try enumCase(of: CacheSchema.corridorMemberKinds)
      try checkString()
    default: throw damaged("an unknown kind of row")
    }
    return kind
  }

  /// A row as `CacheWriter.row(_:)` wrote it: its kind (`Row.kind`), then its fields.
  private mutating func row() throws(NetworkCacheError) -> SourceMap.Row {
    switch try u8() {
    case 0: return .manifest(key: try string())
    case 1: return .place(PlaceID(try string()))
    case 2: return .cluster(ClusterID(try string()))
    case 3: return .junction(JunctionID(try string()))
    case 4: return .roadLink(RoadLinkID(try string()))
    case 5: return .stop(StopID(try string()))
    case 6:
      return .connector(
        ConnectorKey(
          place: PlaceID(try string()), stop: StopID(try string()),
          mode: try enumCase(of: CacheSchema.accessModes)))
    case 7:
      return .stopTransfer(
        StopTransferKey(
          fromStop: StopID(try string()), toStop: StopID(try string()),
          mode: try enumCase(of: CacheSchema.accessModes)))
    case 8: return .line(LineID(try string()))
    case 9: return .lineStop(LineID(try string()), position: try int())
    case 10: return .corridor(CorridorID(try string()))
    case 11:
      return .corridorMember(
        CorridorID(try string()), try enumCase(of: CacheSchema.corridorMemberKinds),
        try string())
    default: throw damaged("an unknown kind of row")
    }
  }
}
