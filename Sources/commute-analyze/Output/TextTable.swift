/// A terminal table whose columns line up by display width (Chinese names count two columns per
/// character). Text from data is made safe for a terminal: control characters (escape sequences
/// included) are replaced by `?`.
struct TextTable: Sendable {
  enum Alignment: Sendable {
    case left
    case right
  }

  struct Column: Sendable {
    var title: String
    var alignment: Alignment
  }

  var columns: [Column]
  /// The cells of every row, row after row (`rowCount` rows of `columns.count` cells each; a short
  /// row is padded with empty cells, which render as a missing cell does).
  private var cells: [String] = []
  /// Display width of each cell of `cells`, measured once when its row is appended.
  private var cellWidths: [Int] = []
  /// Rows appended.
  private(set) var rowCount = 0

  init(columns: [Column]) { self.columns = columns }

  /// A table with the given titles; `rightAligned` lists the titles of numeric columns.
  init(titles: [String], rightAligned: Set<String> = []) {
    columns = titles.map {
      Column(title: $0, alignment: rightAligned.contains($0) ? .right : .left)
    }
  }

  /// Adds a row; cells beyond the columns are not shown.
  mutating func append(_ row: [String]) {
    for index in columns.indices {
      let cell = index < row.count ? Self.truncated(Self.terminalSafe(row[index])) : ""
      cells.append(cell)
      cellWidths.append(DisplayWidth.of(cell))
    }
    rowCount += 1
  }

  /// The table without its last `count` columns (their titles and cells), as if they had never
  /// been given.
  func droppingLastColumns(_ count: Int) -> TextTable {
    keepingColumns(Array(0..<max(0, columns.count - count)))
  }

  /// The table of only the columns at `kept` (in that order), as if only they had been given.
  func keepingColumns(_ kept: [Int]) -> TextTable {
    var table = TextTable(columns: kept.map { columns[$0] })
    table.cells.reserveCapacity(rowCount * kept.count)
    table.cellWidths.reserveCapacity(rowCount * kept.count)
    for row in 0..<rowCount {
      let first = row * columns.count
      for column in kept {
        table.cells.append(cells[first + column])
        table.cellWidths.append(cellWidths[first + column])
      }
    }
    table.rowCount = rowCount
    return table
  }

  /// The widest a cell is shown (display columns): a longer text from data (a 10 MB name) is cut
  /// with `…`, so no row pads every other to its width. CSV and JSON keep the whole text.
  static let maximumCellWidth = 80

  /// `text` cut to `maximumCellWidth` display columns with a trailing `…` when longer.
  static func truncated(_ text: String) -> String {
    // A text of at most half the width in UTF-8 bytes has at most that many scalars.
    guard text.utf8.count > maximumCellWidth / 2, text.unicodeScalars.count > maximumCellWidth / 2,
      DisplayWidth.of(text) > maximumCellWidth
    else { return text }
    var result = ""
    var width = 0
    for scalar in text.unicodeScalars {
      let next = DisplayWidth.width(of: scalar)
      if width + next > maximumCellWidth - 1 { break }
      result.unicodeScalars.append(scalar)
      width += next
    }
    return result + "…"
  }

  /// The table as text: header, a rule of `-`, the rows; columns two spaces apart, no trailing
  /// spaces.
  ///
  /// - Complexity: O(size of the text): the lines are laid out byte by byte into one buffer.
  func render() -> String {
    let header = columns.map(\.title)
    let headerWidths = header.map(DisplayWidth.of)
    var widths = headerWidths
    let columnCount = columns.count
    for (offset, width) in cellWidths.enumerated() {
      widths[offset % columnCount] = max(widths[offset % columnCount], width)
    }
    let lineWidth = widths.reduce(2 * max(0, columnCount - 1) + 1, +)
    var text: [UInt8] = []
    text.reserveCapacity(
      (rowCount + 2) * lineWidth + cells.reduce(0) { $0 + $1.utf8.count } + lineWidth)
    // Read once, not from each cell's column (a copy of the column retains its title).
    let rightAligned = columns.map { $0.alignment == .right }
    line(header, 0, headerWidths, 0, widths: widths, rightAligned: rightAligned, into: &text)
    let rule = widths.map { String(repeating: "-", count: $0) }
    line(rule, 0, widths, 0, widths: widths, rightAligned: rightAligned, into: &text)
    for row in 0..<rowCount {
      line(
        cells, row * columnCount, cellWidths, row * columnCount, widths: widths,
        rightAligned: rightAligned, into: &text)
    }
    return String(decoding: text, as: UTF8.self)
  }

  /// Appends one line to `text`: the `widths.count` cells from `cells[first...]` (of display widths
  /// `cellWidths[firstWidth...]`) padded to the column `widths` (on the left where `rightAligned`),
  /// two spaces apart, without trailing spaces, and a newline.
  private func line(
    _ cells: [String], _ first: Int, _ cellWidths: [Int], _ firstWidth: Int, widths: [Int],
    rightAligned: [Bool], into text: inout [UInt8]
  ) {
    let start = text.count
    for (index, width) in widths.enumerated() {
      if index > 0 { Self.appendSpaces(2, to: &text) }
      let cell = cells[first + index]
      let padding = max(0, width - cellWidths[firstWidth + index])
      if rightAligned[index] {
        Self.appendSpaces(padding, to: &text)
        Self.appendUTF8(of: cell, to: &text)
      } else {
        Self.appendUTF8(of: cell, to: &text)
        Self.appendSpaces(padding, to: &text)
      }
    }
    Self.dropTrailingSpaces(of: &text, lineStart: start)
    text.append(0x0A)
  }

  private static func appendSpaces(_ count: Int, to text: inout [UInt8]) {
    for _ in 0..<count { text.append(0x20) }
  }

  /// Appends the UTF-8 bytes of `cell` as one copy (appending its `utf8` view goes byte by byte).
  private static func appendUTF8(of cell: String, to text: inout [UInt8]) {
    let copied = cell.utf8.withContiguousStorageIfAvailable { text.append(contentsOf: $0) }
    if copied == nil { text.append(contentsOf: cell.utf8) }
  }

  /// Removes the spaces that end the line from `lineStart`: every last character that is a space.
  /// A space is a character of its own unless the scalar before it is a prepended mark (U+0600
  /// and the like, which joins the next scalar into its character): then it stays, as the last
  /// character is not a space.
  private static func dropTrailingSpaces(of text: inout [UInt8], lineStart: Int) {
    while text.count > lineStart, text[text.count - 1] == 0x20 {
      let space = text.count - 1
      if space > lineStart, text[space - 1] >= 0x80 {
        var scalarStart = space - 1
        while scalarStart > lineStart, text[scalarStart] & 0xC0 == 0x80 { scalarStart -= 1 }
        let pair = String(decoding: text[scalarStart...space], as: UTF8.self)
        if pair.count == 1 { return }
      }
      text.removeLast()
    }
  }

  /// `text` safe for a terminal cell (`TerminalText`).
  static func terminalSafe(_ text: String) -> String { TerminalText.safe(text) }
}
