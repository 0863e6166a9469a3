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
  private(set) var rows: [[String]] = []
  /// Display width of each cell of `rows`, measured once when the row is appended.
  private var cellWidths: [[Int]] = []

  init(columns: [Column]) { self.columns = columns }

  /// A table with the given titles; `rightAligned` lists the titles of numeric columns.
  init(titles: [String], rightAligned: Set<String> = []) {
    columns = titles.map {
      Column(title: $0, alignment: rightAligned.contains($0) ? .right : .left)
    }
  }

  mutating func append(_ row: [String]) {
    let cells = row.map { Self.truncated(Self.terminalSafe($0)) }
    rows.append(cells)
    cellWidths.append(cells.map(DisplayWidth.of))
  }

  /// The widest a cell is shown (display columns): a longer text from data (a 10 MB name) is cut
  /// with `…`, so no row pads every other to its width. CSV and JSON keep the whole text.
  static let maximumCellWidth = 80

  /// `text` cut to `maximumCellWidth` display columns with a trailing `…` when longer.
  static func truncated(_ text: String) -> String {
    guard text.unicodeScalars.count > maximumCellWidth / 2, DisplayWidth.of(text) > maximumCellWidth
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
  func render() -> String {
    let header = columns.map(\.title)
    let headerWidths = header.map(DisplayWidth.of)
    var widths = headerWidths
    for row in cellWidths {
      for (index, width) in row.enumerated() where index < widths.count {
        widths[index] = max(widths[index], width)
      }
    }
    var text = line(header, headerWidths, widths: widths)
    text += line(widths.map { String(repeating: "-", count: $0) }, widths, widths: widths)
    for (row, rowWidths) in zip(rows, cellWidths) { text += line(row, rowWidths, widths: widths) }
    return text
  }

  /// One line: `cells` (of display widths `cellWidths`) padded to the column `widths`.
  private func line(_ cells: [String], _ cellWidths: [Int], widths: [Int]) -> String {
    var parts: [String] = []
    for (index, width) in widths.enumerated() {
      let cell = index < cells.count ? cells[index] : ""
      let cellWidth = index < cellWidths.count ? cellWidths[index] : 0
      let padding = String(repeating: " ", count: max(0, width - cellWidth))
      parts.append(columns[index].alignment == .right ? padding + cell : cell + padding)
    }
    var joined = parts.joined(separator: "  ")
    while joined.last == " " { joined.removeLast() }
    return joined + "\n"
  }

  /// `text` safe for a terminal cell (`TerminalText`).
  static func terminalSafe(_ text: String) -> String { TerminalText.safe(text) }
}
