/// Rows of one table in two versions, matched by key: added, removed, and the pairs whose cells
/// differ. A pair whose cells are equal is no change, whatever the files' column order, quoting or
/// row order (the cells are the model's values written canonically).
struct RowMatch<Row> {
  /// Rows only in the new version, by key.
  var added: [Row] = []
  /// Rows only in the old version, by key.
  var removed: [Row] = []
  /// Pairs of rows with one key whose cells differ, by key.
  var changed: [(old: Row, new: Row)] = []

  /// Matches `old` and `new` rows by `key`; `cells` decides whether a matched pair differs.
  ///
  /// Precondition: each key is unique within `old` and within `new` (a `Table` guarantees it).
  /// - Complexity: O(*n* log *n*) for *n* rows in all.
  init<Key: Hashable & Comparable>(
    old: [Row], new: [Row], key: (Row) -> Key, cells: (Row) -> [DiffCell]
  ) {
    var oldByKey: [Key: Row] = [:]
    for row in old { oldByKey[key(row)] = row }
    var newKeys: Set<Key> = []
    for row in new.sorted(by: { key($0) < key($1) }) {
      let rowKey = key(row)
      newKeys.insert(rowKey)
      if let before = oldByKey[rowKey] {
        if cells(before) != cells(row) { changed.append((before, row)) }
      } else {
        added.append(row)
      }
    }
    removed = old.filter { !newKeys.contains(key($0)) }.sorted { key($0) < key($1) }
  }

  /// Whether nothing differs.
  var isEmpty: Bool { added.isEmpty && removed.isEmpty && changed.isEmpty }

  /// The changed cells of a pair, in column order (both rows have the same columns).
  static func changes(_ old: [DiffCell], _ new: [DiffCell]) -> [CellChange] {
    zip(old, new).compactMap { before, after in
      before.text == after.text
        ? nil : CellChange(column: before.column, old: before.text, new: after.text)
    }
  }
}
