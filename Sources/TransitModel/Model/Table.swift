import Foundation

/// A row of a network table: identified by a key unique within its table.
public protocol TableRow: Sendable, Hashable {
  /// What identifies the row (its id, or for connectors and transfers the columns that must be
  /// unique together); rows are kept sorted by it, through its bytes (`KeyText`) when they are
  /// in its order.
  associatedtype Key: Sendable, Hashable, Comparable, KeyText
  /// The row's key.
  var key: Key { get }
  /// Whether this row's key sorts before the key of `other` (`key < other.key`). A row whose key
  /// is made of several fields compares them in place: making both keys copies their texts.
  func keyPrecedes(_ other: Self) -> Bool
}

extension TableRow {
  public func keyPrecedes(_ other: Self) -> Bool { key < other.key }
}

/// The rows of one network table, sorted by key, each key once, found by key through positions by
/// hash built once (`RowPositions`).
///
/// The invariants hold by construction: rows enter only through `init`, `insert` and `update`, which
/// keep the order and refuse a second row with the same key, so a lookup can never be silently wrong.
/// Read it as a collection (the index is the row's position, used by every query as its index).
///
/// - Complexity: lookup O(1); `insert` and `remove` O(*n*) (they shift later rows and their index),
///   which an edit of a network can afford; building from *n* rows O(*n* log *n*).
public struct Table<Row: TableRow>: Sendable, Hashable, RandomAccessCollection {
  /// Sorted by key.
  public private(set) var rows: [Row]
  /// Key → position, once a row has been inserted or removed; nil until then, when `lazyIndex`
  /// finds the rows' positions by key from the first lookup on (a table nobody looks up by key,
  /// such as the connectors of a network that is only validated, never hashes its keys). The
  /// copies of the table share that one: it never changes once built, since an update keeps the
  /// key and an insertion or removal first makes a map of the table's own.
  private var indexByKey: [Row.Key: Int]?
  private var lazyIndex: ComputedOnce<[Row], RowPositions>?

  /// The rows, sorted by key.
  /// - Throws: `DuplicateKeyError` naming the first key given twice (in key order).
  ///
  /// Each key is computed once, and rows already in key order (as most files are written) are
  /// kept as they are; otherwise positions are sorted by key and the rows moved into place along
  /// the cycles of that order, each once and without copying a row. A key given twice is next to
  /// itself once sorted, so the order is all the check needs: no key is hashed here.
  public init(_ rows: consuming [Row]) throws(DuplicateKeyError) {
    self = try Self.sorting(rows).table
  }

  /// The table of `rows` (`init(_:)`), and where each of them went: `positions[i]` is the position
  /// in the table of `rows[i]`; empty when the rows were in key order already (each one's position
  /// is its own). Rows given with the only reference to their array are moved, never copied (a
  /// row is a handful of texts: copying one retains each, and the array of copies would double
  /// the table for a while).
  static func sorting(_ rows: consuming [Row]) throws(DuplicateKeyError) -> (
    table: Table, positions: [Int32]
  ) {
    var rows = rows
    // Rows in key order already (a cache's, many files) are kept as they are, found in one pass
    // that stops at the first pair out of order.
    if rows.indices.dropFirst().allSatisfy({ rows[$0 - 1].keyPrecedes(rows[$0]) }) {
      return (Table(sortedRows: rows), [])
    }
    // Closures, not key paths: a key path in a lazy map is read through the runtime per row. Each
    // key is read from its row in place: a map of the rows would copy each whole row out first,
    // retaining and releasing every text it holds.
    let sorted =
      KeyTexts(rows.indices.lazy.map { rows[$0].key })?.sortedOrder() ?? Self.sortedOrder(rows)
    if let (duplicate, _) = sorted.firstEqual {
      throw DuplicateKeyError(key: "\(rows[duplicate].key)")
    }
    var positions = [Int32](repeating: 0, count: rows.count)
    for (position, input) in sorted.order.enumerated() { positions[input] = Int32(position) }
    var order = sorted.order
    rows.withUnsafeMutableBufferPointer { Self.permute($0, into: &order) }
    return (Table(sortedRows: rows), positions)
  }

  /// The positions of `rows` sorted by key, and the first two neighbours in that order with the
  /// same key. For keys that are not in the order of their bytes (`KeyText`): compared as keys.
  private static func sortedOrder(_ rows: [Row]) -> (order: [Int], firstEqual: (Int, Int)?) {
    let keys = rows.indices.map { rows[$0].key }
    // Positions sorted with the keys borrowed in place (no copy, and no retain of their texts,
    // per comparison). One comparison per step: the order of equal keys does not matter, since
    // a key given twice is refused, and the error names only the key.
    let order = keys.withUnsafeBufferPointer { key in
      key.indices.sorted { key[$0] < key[$1] }
    }
    let firstEqual = zip(order, order.dropFirst()).first { !(keys[$0] < keys[$1]) }
    return (order, firstEqual)
  }

  /// Moves each row of `rows` to its place, `order[k]` being the row that goes to position `k`:
  /// one cycle of the permutation at a time, the first row of a cycle held aside while the others
  /// move up behind it. Rows are moved as bytes, so no text is retained or released. `order` ends
  /// as the identity (each position marked done as it is filled).
  private static func permute(_ rows: UnsafeMutableBufferPointer<Row>, into order: inout [Int]) {
    guard let base = rows.baseAddress else { return }
    for start in order.indices where order[start] != start {
      let held = (base + start).move()
      var hole = start
      while order[hole] != start {
        let next = order[hole]
        (base + hole).moveInitialize(from: base + next, count: 1)
        order[hole] = hole
        hole = next
      }
      (base + hole).initialize(to: held)
      order[hole] = hole
    }
  }

  /// Rows in strict key order, keyed on the first lookup.
  private init(sortedRows rows: [Row]) {
    self.rows = rows
    self.indexByKey = nil
    self.lazyIndex = ComputedOnce(input: rows)
  }

  /// An empty table.
  public init() {
    self.rows = []
    self.indexByKey = [:]
  }

  /// The position of `key`, from the table's own map once it was changed, else from the one built
  /// on the first lookup.
  private func position(of key: Row.Key) -> Int? {
    if let indexByKey { return indexByKey[key] }
    // Keys are read from the rows in place (`sorting(_:)`).
    let positions = lazyIndex?.value { rows in
      let rows = rows ?? []
      return RowPositions(rows.indices.lazy.map { rows[$0].key })
    }
    return positions?.position(of: key) { rows[$0].key == key }
  }

  /// Makes a key → position map of the table's own before a row is inserted or removed (the
  /// positions by hash are shared by the copies of the table, and never change).
  private mutating func ownIndex() {
    guard indexByKey == nil else { return }
    var index = [Row.Key: Int](minimumCapacity: rows.count)
    for position in rows.indices { index[rows[position].key] = position }
    indexByKey = index
    lazyIndex = nil
  }

  public var startIndex: Int { 0 }
  public var endIndex: Int { rows.count }
  public subscript(position: Int) -> Row { rows[position] }

  /// Position of the row with this key.
  public func index(of key: Row.Key) -> Int? { position(of: key) }

  /// The row with this key.
  public subscript(key key: Row.Key) -> Row? { position(of: key).map { rows[$0] } }

  /// Whether a row has this key.
  public func contains(key: Row.Key) -> Bool { position(of: key) != nil }

  /// Adds `row` at its sorted place. Returns false (and changes nothing) when a row with its key
  /// exists.
  @discardableResult
  public mutating func insert(_ row: Row) -> Bool {
    ownIndex()
    guard indexByKey![row.key] == nil else { return false }
    var low = 0
    var high = rows.count
    while low < high {
      let mid = (low + high) / 2
      if rows[mid].key < row.key { low = mid + 1 } else { high = mid }
    }
    rows.insert(row, at: low)
    reindex(from: low)
    return true
  }

  /// Replaces the row with `row.key` by `row`. Returns false (and changes nothing) when there is none.
  @discardableResult
  public mutating func update(_ row: Row) -> Bool {
    guard let index = position(of: row.key) else { return false }
    rows[index] = row
    return true
  }

  /// Removes and returns the row with this key, or nil when there is none.
  @discardableResult
  public mutating func remove(key: Row.Key) -> Row? {
    ownIndex()
    guard let index = indexByKey![key] else { return nil }
    let row = rows.remove(at: index)
    indexByKey![key] = nil
    reindex(from: index)
    return row
  }

  private mutating func reindex(from start: Int) {
    for index in start..<rows.count { indexByKey![rows[index].key] = index }
  }

  public static func == (a: Table, b: Table) -> Bool { a.rows == b.rows }
  public func hash(into hasher: inout Hasher) { hasher.combine(rows) }
}

/// Two rows of one table have the same key.
public struct DuplicateKeyError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The key, as text.
  public var key: String
  public var description: String { "two rows have the key '\(key)'" }
}
