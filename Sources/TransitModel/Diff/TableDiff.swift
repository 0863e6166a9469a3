/// One cell of a row as the diff shows it: the CSV column and its canonical text (numbers in their
/// shortest form, yes/no, lists `;`-separated), so `1.50` and `1.5` are the same cell.
public struct DiffCell: Sendable, Hashable {
  /// The CSV column name (`minutes`, `name_zh`).
  public var column: String
  /// The canonical text of the value; empty when the cell is empty.
  public var text: String

  public init(_ column: String, _ text: String) {
    self.column = column
    self.text = text
  }
}

/// A row that is in only one of the two versions: its key and its non-empty cells.
public struct DiffRow: Sendable, Hashable {
  /// The row's key as text (`changchun`, `changchun → st-changchun by walk`).
  public var key: String
  /// The cells other than the key's, in the table's column order; empty cells left out.
  public var cells: [DiffCell]
  /// Whether the row's being there or not changes a door-to-door time or a coverage figure, so
  /// `--emit-scenario` writes an edit for it.
  public var isEmitted: Bool
}

/// One cell that differs between the two versions of a row.
public struct CellChange: Sendable, Hashable {
  /// The CSV column name.
  public var column: String
  /// The old text ("" when empty).
  public var old: String
  /// The new text ("" when empty).
  public var new: String
}

/// A row in both versions whose cells differ.
public struct RowChange: Sendable, Hashable {
  /// The row's key as text.
  public var key: String
  /// The cells that differ, in the table's column order.
  public var cells: [CellChange]
  /// Whether any changed cell changes a door-to-door time or a coverage figure (`--emit-scenario`
  /// writes an edit for it); false for names, sources, coordinates and the like.
  public var isEmitted: Bool
}

/// What differs in one table: rows added, removed and changed, each list sorted by key.
public struct TableDiff: Sendable, Hashable {
  /// The table's file name (`places.csv`).
  public var table: String
  /// Rows only in the new version.
  public var added: [DiffRow]
  /// Rows only in the old version.
  public var removed: [DiffRow]
  /// Rows in both whose cells differ.
  public var changed: [RowChange]

  /// Whether the two versions of the table hold the same rows.
  public var isEmpty: Bool { added.isEmpty && removed.isEmpty && changed.isEmpty }
}
