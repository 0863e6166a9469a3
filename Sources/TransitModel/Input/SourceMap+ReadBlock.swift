import Foundation

extension SourceMap {
  /// The rows read from one file, in file order: per row its key and line, and a full origin only
  /// for the rare row whose cells do not all start on its first line (a quoted cell with a line
  /// break) or that is not a plain CSV row.
  struct ReadBlock: Sendable {
    /// The file name inside the network folder.
    var file: String
    /// Header name → 0-based field index, shared by every row of the file.
    var columns: [String: Int]
    /// The rows, in the order they were read (for a block read from a cache, decoded on first
    /// use; for most tables read from files, computed on first use from the table they went into).
    var rows: [Row] { deferred?.value { $0?() ?? [] } ?? readRows }
    /// The rows of a block read from files with their keys.
    private var readRows: [Row] = []
    /// The rows of a block read from a cache, or keyed after reading (`keyRows(_:)`), made when
    /// first asked for: a command that reports no problem and makes no edit never needs them.
    private var deferred: DeferredRows?
    /// 1-based line where each row starts.
    var lines: [Int32] = []
    /// The kinds of its rows (`Row.kind`), one bit each: a lookup passes over other blocks.
    private(set) var kinds: UInt16 = 0
    /// Full origins of the rows that need more than a line, by position in `rows`.
    var exceptions: [Int32: RowOrigin] = [:]

    init(file: String, columns: [String: Int]) {
      self.file = file
      self.columns = columns
    }

    /// A block of `lines.count` rows whose keys `rows` decodes when first asked for.
    init(file: String, columns: [String: Int], lines: [Int32], kinds: UInt16, rows: DeferredRows) {
      self.file = file
      self.columns = columns
      self.lines = lines
      self.kinds = kinds
      self.deferred = rows
    }

    /// Room for `count` rows, with their keys unless they are `keyedLater`.
    mutating func reserveCapacity(_ count: Int, keyedLater: Bool) {
      if !keyedLater { readRows.reserveCapacity(count) }
      lines.reserveCapacity(count)
    }

    /// Appends the row `row` read as `networkRow` (a row of this block's file); its key is kept
    /// unless `keyedLater`, when the block's keys are given once all its rows are read
    /// (`keyRows(_:)`).
    mutating func append(_ row: Row, _ networkRow: NetworkRow, keyedLater: Bool) {
      let position = Int32(lines.count)
      if !keyedLater { readRows.append(row) }
      kinds |= 1 << row.kind
      lines.append(Int32(truncatingIfNeeded: networkRow.line))
      if !isPlain(networkRow) { exceptions[position] = networkRow.origin }
    }

    /// Gives the keys of the rows appended `keyedLater`, in the order they were appended,
    /// computed when first asked for.
    mutating func keyRows(_ rows: DeferredRows) {
      deferred = rows
    }

    /// Whether `networkRow` is described by its line alone: a CSV row of this block's header whose
    /// every cell starts on its first line, at the column of its field number.
    private func isPlain(_ networkRow: NetworkRow) -> Bool {
      guard networkRow.rowColumn == 1, networkRow.line <= Int(Int32.max) else { return false }
      for (index, field) in networkRow.fields.enumerated()
      where field.line != networkRow.line || field.column != index + 1 {
        return false
      }
      return networkRow.columns.count == columns.count
    }

    /// The origin of the row at `position`.
    func origin(at position: Int) -> RowOrigin {
      if !exceptions.isEmpty, let origin = exceptions[Int32(position)] { return origin }
      return RowOrigin(file: file, line: Int(lines[position]), columns: columns)
    }
  }

  /// Where each read row is in the blocks, built per kind of row when a row of that kind is first
  /// looked up (a clean network looks up few rows, and only of a few kinds).
  final class ReadIndex: @unchecked Sendable {
    private let lock = NSLock()
    /// Per kind of row: row → block << 32 | position.
    private var byKind: [Int: [Row: Int]] = [:]

    /// Forgets every index (only by the map that alone holds this index).
    func reset() {
      if !byKind.isEmpty { byKind = [:] }
    }

    /// The block and position of `row` in `blocks`; the last one when it was read twice.
    func position(of row: Row, in blocks: [ReadBlock]) -> (block: Int, position: Int)? {
      let kind = row.kind
      lock.lock()
      defer { lock.unlock() }
      if byKind[kind] == nil {
        var positions: [Row: Int] = [:]
        // Room for every row of the blocks that hold some of this kind (a province-size table's
        // index would otherwise be rehashed a dozen times as it grows).
        positions.reserveCapacity(
          blocks.reduce(0) { $0 + ($1.kinds & (1 << kind) != 0 ? $1.lines.count : 0) })
        for (number, block) in blocks.enumerated() {
          guard block.kinds & (1 << kind) != 0 else { continue }
          let rows = block.rows
          for position in rows.indices where rows[position].kind == kind {
            positions[rows[position]] = number << 32 | position
          }
        }
        byKind[kind] = positions
      }
      guard let packed = byKind[kind]?[row] else { return nil }
      return (packed >> 32, packed & 0xFFFF_FFFF)
    }
  }
}

extension SourceMap {
  /// The keys of a block's rows, decoded by the closure once when first asked for (by any thread).
  typealias DeferredRows = ComputedOnce<@Sendable () -> [Row], [Row]>
}

extension SourceMap.Row {
  /// The kind of row (its table), as a small number.
  var kind: Int {
    switch self {
    case .manifest: 0
    case .place: 1
    case .cluster: 2
    case .junction: 3
    case .roadLink: 4
    case .stop: 5
    case .connector: 6
    case .stopTransfer: 7
    case .line: 8
    case .lineStop: 9
    case .corridor: 10
    case .corridorMember: 11
    }
  }
}
