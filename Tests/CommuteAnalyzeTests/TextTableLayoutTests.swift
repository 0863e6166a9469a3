import XCTest

@testable import commute_analyze

/// Terminal tables are laid out byte by byte; the text must be exactly what the rules say by
/// characters: every cell made safe and measured by graphemes, padded to its column, columns two
/// spaces apart, and every trailing space character dropped. Random cells mix ASCII, CJK, Latin,
/// control characters, combining marks, prepended marks (U+0600) and spaces at either end, the
/// cases where bytes and characters part.
final class TextTableLayoutTests: XCTestCase {
  private static let pieces: [String] = [
    "a", "Z", "9", " ", "  ", "-", "长", "春", "（", "）", "、", "·", "é", "\u{301}", "\u{600}",
    "\u{903}", "\r", "\n", "\r\n", "\u{1B}", "\u{85}", "\u{200D}", "👍", "🇨🇳", "가", "\u{1161}",
    "〰", "ｱ", "\u{FF9E}", "\u{202E}",
  ]

  private func randomText(_ random: inout SplitMix64, maxPieces: Int) -> String {
    (0..<random.int(0...maxPieces)).map { _ in
      Self.pieces[random.int(0...(Self.pieces.count - 1))]
    }.joined()
  }

  /// The layout as the rules state it, by characters.
  private func reference(_ titles: [String], _ right: Set<String>, _ rows: [[String]]) -> String {
    let cells = rows.map { row in
      row.map { TextTable.truncated(TerminalText.safe($0)) }
    }
    var widths = titles.map { DisplayWidth.ofGraphemes($0) }
    for row in cells {
      for (index, cell) in row.enumerated() where index < widths.count {
        widths[index] = max(widths[index], DisplayWidth.ofGraphemes(cell))
      }
    }
    func line(_ cells: [String]) -> String {
      var parts: [String] = []
      for (index, width) in widths.enumerated() {
        let cell = index < cells.count ? cells[index] : ""
        let padding = String(repeating: " ", count: max(0, width - DisplayWidth.ofGraphemes(cell)))
        parts.append(right.contains(titles[index]) ? padding + cell : cell + padding)
      }
      var joined = parts.joined(separator: "  ")
      while joined.last == " " { joined.removeLast() }
      return joined + "\n"
    }
    return line(titles) + line(widths.map { String(repeating: "-", count: $0) })
      + cells.map(line).joined()
  }

  func test_render_equalsTheLayoutByCharacters() {
    var prependedKept = 0
    for seed in 0..<400 {
      var random = SplitMix64(state: UInt64(seed) &+ 5_100)
      let titles = (0..<random.int(1...5)).map { "c\($0)" + (random.chance(0.3) ? "名" : "") }
      let right = Set(titles.filter { _ in random.chance(0.5) })
      let rows = (0..<random.int(0...6)).map { _ in
        (0..<random.int(0...(titles.count + 1))).map { _ in randomText(&random, maxPieces: 5) }
      }
      var table = TextTable(titles: titles, rightAligned: right)
      for row in rows { table.append(row) }
      let rendered = table.render()
      XCTAssertEqual(rendered, reference(titles, right, rows), "seed \(seed)")
      prependedKept +=
        rendered.split(separator: "\n").filter { $0.unicodeScalars.last == " " }.count
    }
    // Lines that end in a prepended mark and a space keep it: the case must occur.
    XCTAssertGreaterThan(prependedKept, 5)
  }

  /// A table without its last columns renders as the table given only the others, rows short or
  /// long included.
  func test_droppingLastColumns_equalsTheTableWithoutThem() {
    for seed in 0..<300 {
      var random = SplitMix64(state: UInt64(seed) &+ 7_300)
      let titles = (0..<random.int(1...6)).map { "c\($0)" + (random.chance(0.3) ? "名" : "") }
      let right = Set(titles.filter { _ in random.chance(0.5) })
      let rows = (0..<random.int(0...6)).map { _ in
        (0..<random.int(0...(titles.count + 1))).map { _ in randomText(&random, maxPieces: 5) }
      }
      let dropped = random.int(0...titles.count)
      var table = TextTable(titles: titles, rightAligned: right)
      for row in rows { table.append(row) }
      let kept = titles.count - dropped
      var expected = TextTable(titles: Array(titles.prefix(kept)), rightAligned: right)
      for row in rows { expected.append(Array(row.prefix(kept))) }
      XCTAssertEqual(
        table.droppingLastColumns(dropped).render(), expected.render(), "seed \(seed)")
    }
  }

  func test_displayWidth_equalsTheWidthByGraphemes() {
    var fast = 0
    for seed in 0..<3_000 {
      var random = SplitMix64(state: UInt64(seed) &+ 8_200)
      let text = randomText(&random, maxPieces: 8)
      XCTAssertEqual(
        DisplayWidth.of(text), DisplayWidth.ofGraphemes(text), "\(text.debugDescription)")
      if !text.unicodeScalars.allSatisfy(\.isASCII),
        text.unicodeScalars.allSatisfy({ $0.value < 0x300 || (0x4E00...0x9FFF).contains($0.value) })
      {
        fast += 1
      }
    }
    XCTAssertGreaterThan(fast, 20, "texts of Latin and CJK only (measured without graphemes)")
    let names = ["长春（中心城区）", "Jilin City (core)", "九台区·卡伦", "ｱｲ", "〰〰", "가\u{1161}"]
    for name in names {
      XCTAssertEqual(DisplayWidth.of(name), DisplayWidth.ofGraphemes(name), name)
    }
  }

  func test_terminalSafe_changesOnlyUnsafeScalars() {
    for seed in 0..<2_000 {
      var random = SplitMix64(state: UInt64(seed) &+ 9_300)
      let text = randomText(&random, maxPieces: 8)
      for keepingNewlines in [false, true] {
        let expected = String(
          String.UnicodeScalarView(
            text.unicodeScalars.map {
              (keepingNewlines && $0 == "\n") || !TerminalText.isUnsafe($0) ? $0 : "?"
            }))
        XCTAssertEqual(TerminalText.safe(text, keepingNewlines: keepingNewlines), expected)
      }
    }
  }

  func test_widthOfText_isTheWidestLine() {
    for seed in 0..<500 {
      var random = SplitMix64(state: UInt64(seed) &+ 6_400)
      let text = (0..<random.int(0...5)).map { _ in randomText(&random, maxPieces: 6) }
        .joined(separator: "\n")
      XCTAssertEqual(
        CoverageFormatter.width(of: text),
        text.split(separator: "\n").map { DisplayWidth.ofGraphemes(String($0)) }.max() ?? 0,
        text.debugDescription)
    }
  }
}
