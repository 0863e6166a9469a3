/// Where a problem sits in a network file: file name, line and CSV column (field number), all 1-based.
///
/// The column is the field's position in its row (1 = first column), which is what a planner sees in a
/// spreadsheet; line is the physical line of the file where the field starts (quoted cells may span
/// lines). Sorting is by file, then line, then column.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The file name inside the network folder, e.g. `places.csv`.
  public var file: String
  /// 1-based physical line.
  public var line: Int
  /// 1-based CSV column (field number).
  public var column: Int

  public init(file: String, line: Int, column: Int) {
    self.file = file
    self.line = line
    self.column = column
  }

  /// `file:line:column`.
  public var description: String { "\(file):\(line):\(column)" }

  public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
    (a.file, a.line, a.column) < (b.file, b.line, b.column)
  }
}
