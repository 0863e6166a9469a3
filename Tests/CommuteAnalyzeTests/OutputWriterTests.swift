import XCTest

@testable import commute_analyze

/// The table, CSV and JSON writers on their own.
final class OutputWriterTests: XCTestCase {
  func test_displayWidthOfASCII_isTheGraphemeWidth() {
    // The ASCII fast path against the grapheme walk, CR LF (one grapheme) and lone CRs included.
    var state: UInt64 = 12_345
    let alphabet = Array("ab 9-\r\n\t?".utf8)
    for _ in 0..<2_000 {
      var bytes: [UInt8] = []
      for _ in 0..<Int(state % 12) {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        bytes.append(alphabet[Int(state >> 33) % alphabet.count])
      }
      let text = String(decoding: bytes, as: UTF8.self)
      XCTAssertEqual(DisplayWidth.of(text), DisplayWidth.ofGraphemes(text), "\(bytes)")
    }
  }

  func test_displayWidth_countsWideAndFullwidthAsTwo() {
    XCTAssertEqual(DisplayWidth.of("Changchun"), 9)
    XCTAssertEqual(DisplayWidth.of("长春"), 4)
    XCTAssertEqual(DisplayWidth.of("长春西站 (Changchun West)"), 8 + 17)
    XCTAssertEqual(DisplayWidth.of("ＡＢ"), 4)  // Fullwidth Latin
    XCTAssertEqual(DisplayWidth.of("ｶﾅ"), 2)  // Halfwidth katakana: narrow
    XCTAssertEqual(DisplayWidth.of("e\u{301}"), 1)  // combining acute
    XCTAssertEqual(DisplayWidth.of("（市）"), 6)  // fullwidth parentheses
    XCTAssertEqual(DisplayWidth.of("한국"), 4)
    XCTAssertEqual(DisplayWidth.of("𠀀"), 2)  // CJK Extension B
    XCTAssertEqual(DisplayWidth.of(""), 0)
  }

  func test_table_linesUpChineseAndLatinNames() {
    var table = TextTable(titles: ["place", "name", "minutes"], rightAligned: ["minutes"])
    table.append(["changchun", "长春", "0.0"])
    table.append(["gongzhuling", "公主岭市", "45.5"])
    table.append(["x", "Xinglongshan 兴隆山", "123.4"])
    let lines = table.render().split(separator: "\n").map(String.init)
    XCTAssertEqual(lines.count, 5)
    // Every line is equally wide on screen, and each column starts at the same screen column.
    let widths = lines.map(DisplayWidth.of)
    XCTAssertEqual(Set(widths).count, 1, "\(widths)\n" + lines.joined(separator: "\n"))
    for line in lines.dropFirst(2) {
      let prefix = String(line.prefix { $0 != " " })
      let rest = line.dropFirst(prefix.count).drop { $0 == " " }
      XCTAssertEqual(DisplayWidth.of(String(line.dropLast(rest.count))), 13, line)
    }
  }

  func test_table_replacesControlCharacters() {
    var table = TextTable(titles: ["name"])
    table.append(["evil\u{1B}[31mred\u{7}"])
    XCTAssertFalse(table.render().contains("\u{1B}"))
    XCTAssertTrue(table.render().contains("evil?[31mred?"))
  }

  func test_csv_quotesPerRFC4180_andDefusesFormulas() {
    XCTAssertEqual(CSVWriter.encode(.text("plain")), "plain")
    XCTAssertEqual(CSVWriter.encode(.text("a,b")), "\"a,b\"")
    XCTAssertEqual(CSVWriter.encode(.text("say \"hi\"")), "\"say \"\"hi\"\"\"")
    XCTAssertEqual(CSVWriter.encode(.text("two\nlines")), "\"two\nlines\"")
    XCTAssertEqual(CSVWriter.encode(.text("=cmd|' /C calc'!A0")), "'=cmd|' /C calc'!A0")
    XCTAssertEqual(CSVWriter.encode(.text("+1")), "'+1")
    XCTAssertEqual(CSVWriter.encode(.text("-x")), "'-x")
    XCTAssertEqual(CSVWriter.encode(.text("@SUM(A1)")), "'@SUM(A1)")
    XCTAssertEqual(CSVWriter.encode(.text("\tx")), "'\tx")
    XCTAssertEqual(CSVWriter.encode(.text("\rx")), "\"'\rx\"")
    XCTAssertEqual(CSVWriter.encode(.text("=a,b")), "\"'=a,b\"")
    XCTAssertEqual(CSVWriter.encode(.plain("-12.5")), "-12.5")  // numbers are never altered
    XCTAssertEqual(CSVWriter.encode(.text("\"\u{301}")), "\"\"\"\u{301}\"")  // quote + combining
    var writer = CSVWriter(header: ["from_id", "to_id"])
    writer.appendRow([.text("a"), .text("b,c")])
    XCTAssertEqual(writer.output, "from_id,to_id\na,\"b,c\"\n")
  }

  func test_json_sortsKeys_escapesText_andWritesNonFiniteAsNull() {
    let value = JSONValue.object([
      "zeta": .number(.infinity), "alpha": .number(-.nan), "name": .string("<script>\"x\"\n&"),
      "b": .array([.integer(1), .number(2.5), .number(3), .bool(true), .null]),
      "empty": .object([:]), "长春": .string("长春"),
    ])
    let text = JSONWriter.document(value)
    XCTAssertEqual(
      text,
      """
      {
        "alpha": null,
        "b": [
          1,
          2.5,
          3,
          true,
          null
        ],
        "empty": {},
        "name": "\\u003cscript\\u003e\\"x\\"\\n\\u0026",
        "zeta": null,
        "长春": "长春"
      }

      """)
    let parsed = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
    XCTAssertEqual(parsed?["name"] as? String, "<script>\"x\"\n&")
  }

  func test_minutes_oneDecimalRoundedHalfUp() {
    XCTAssertEqual(MinutesText.text(seconds: 0), "0.0")
    XCTAssertEqual(MinutesText.text(seconds: 3630), "60.5")
    XCTAssertEqual(MinutesText.text(seconds: 3), "0.1")  // 0.05 min rounds up
    XCTAssertEqual(MinutesText.text(seconds: 2), "0.0")
    XCTAssertEqual(MinutesText.text(seconds: 36_000), "600.0")
    XCTAssertNil(MinutesText.text(seconds: nil))
    XCTAssertEqual(MinutesText.json(seconds: nil), .null)
    // The longest trip there is (2^31 - 2 s) has minutes: nothing is a sentinel any more.
    XCTAssertEqual(MinutesText.text(seconds: Int32.max - 1), "35791394.1")
  }

  func test_nameSuggestion_findsTypos() {
    XCTAssertEqual(
      NameSuggestion.closest(to: "covrage", among: ["coverage", "route", "matrix"], limit: 1),
      ["coverage"])
    XCTAssertEqual(NameSuggestion.closest(to: "zzzzzzzz", among: ["route"], limit: 1), [])
  }

  /// Quoting a cell of 200,000 quotes takes linear time (it took minutes: appending to a
  /// String.UnicodeScalarView copied it every time).
  func test_quotingAHugeCellOfQuotes_isLinear() {
    let cell = String(repeating: "\"", count: 200_000)
    let started = Date()
    let quoted = CSVWriter.quoted(cell)
    XCTAssertEqual(quoted.utf8.count, 400_002)
    XCTAssertLessThan(Date().timeIntervalSince(started), 2, "quoting must be linear")
  }
}
