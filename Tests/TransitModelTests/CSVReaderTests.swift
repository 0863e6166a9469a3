import XCTest

@testable import TransitModel

final class CSVReaderTests: XCTestCase {
  private func read(_ text: String) -> ([CSVRecord], [InputDiagnostic]) {
    var diagnostics: [InputDiagnostic] = []
    let records = CSVReader.records(Array(text.utf8), file: "t.csv", diagnostics: &diagnostics)
    return (records, diagnostics)
  }

  func test_quotedCommasQuotesAndNewlines_keepLineNumbers() {
    let (records, diagnostics) = read(
      "a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\nlast,row\n")
    XCTAssertEqual(diagnostics, [])
    XCTAssertEqual(
      records.map { $0.fields.map(\.text) },
      [["a", "b"], ["x, y", "say \"hi\""], ["two\nlines", "z"], ["last", "row"]])
    XCTAssertEqual(records.map(\.line), [1, 2, 3, 5])
    XCTAssertEqual(records[2].fields.map(\.line), [3, 4])
  }

  func test_cellBytes_areKeptExactlyWhenValidUTF8_andRefusedOtherwise() {
    // Random cells of ASCII, multi-byte characters and stray bytes, checked against the standard
    // library's validating decoder.
    let pieces: [[UInt8]] = [
      Array("a".utf8), Array("长".utf8), Array("é".utf8), Array("😀".utf8), [0xE9], [0xC3], [0xFF],
      [0xE9, 0x95], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF],
    ]
    var state: UInt64 = 99
    for _ in 0..<3_000 {
      var cell: [UInt8] = []
      for _ in 0..<(1 + Int(state % 5)) {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        cell += pieces[Int(state >> 33) % pieces.count]
      }
      var diagnostics: [InputDiagnostic] = []
      let records = CSVReader.records(
        Array("h\n".utf8) + cell + [0x0A], file: "t.csv", diagnostics: &diagnostics)
      let expected = String(validating: cell, as: UTF8.self)
      XCTAssertEqual(records.count, 2)
      XCTAssertEqual(records.last?.isBroken, expected == nil, "\(cell)")
      XCTAssertEqual(records.last?.fields.first?.text, expected ?? "", "\(cell)")
    }
  }

  func test_crlfBOMBlankLinesAndSpaces() {
    let (records, diagnostics) = read("\u{FEFF}id,name\r\n\r\n  a , 长春 \r\nb,\"\"\r\n")
    XCTAssertEqual(diagnostics, [])
    XCTAssertEqual(
      records.map { $0.fields.map(\.text) }, [["id", "name"], ["a", "长春"], ["b", ""]])
    XCTAssertEqual(records.map(\.line), [1, 3, 4])
    XCTAssertEqual(records[1].fields.map(\.column), [1, 2])
  }

  /// A file longer than the sample the arrays are sized from (short rows first, then longer
  /// ones, a quoted cell across lines, blank lines and a row of the wrong length) reads every
  /// record, cell, line and column as a short file does.
  func test_longFile_readsEveryRecordAsAShortFileDoes() {
    var text = "id,name,note\n"
    var expected: [[String]] = [["id", "name", "note"]]
    var lines = [1]
    var line = 2
    for row in 0..<(CSVReader.sampleRecords * 3) {
      let long = row > CSVReader.sampleRecords
      let note = long ? String(repeating: "x", count: row % 97) : ""
      if row % 500 == 7 {
        text += "r\(row),\"two\nlines\",\(note)\n\n"
        expected.append(["r\(row)", "two\nlines", note])
        lines.append(line)
        line += 3
      } else {
        text += "r\(row),n\(row),\(note)\n"
        expected.append(["r\(row)", "n\(row)", note])
        lines.append(line)
        line += 1
      }
    }
    text += "short,row\n"
    expected.append(["short", "row"])
    lines.append(line)
    let (records, diagnostics) = read(text)
    XCTAssertEqual(diagnostics, [])
    XCTAssertEqual(records.map { $0.fields.map(\.text) }, expected)
    XCTAssertEqual(records.map(\.line), lines)
    XCTAssertEqual(records.last?.fields.map(\.column), [1, 2])
  }

  func test_noFinalNewline_andLoneCR() {
    let (records, _) = read("a,b\rc,d")
    XCTAssertEqual(records.map { $0.fields.map(\.text) }, [["a", "b"], ["c", "d"]])
    XCTAssertEqual(records.map(\.line), [1, 2])
  }

  func test_quoteInsideUnquotedCell_isReported() {
    let (_, diagnostics) = read("a,b\nx,y\"z\n")
    XCTAssertEqual(diagnostics.map(\.location.description), ["t.csv:2:2"])
  }

  func test_invalidUTF8_marksTheRecordBroken() {
    var diagnostics: [InputDiagnostic] = []
    let bytes: [UInt8] = Array("a,b\n".utf8) + [0x61, 0x2C, 0xC3, 0x28, 0x0A] + Array("c,d\n".utf8)
    let records = CSVReader.records(bytes, file: "t.csv", diagnostics: &diagnostics)
    XCTAssertEqual(records.map { $0.fields.map(\.text) }, [["a", "b"], ["a", ""], ["c", "d"]])
    XCTAssertEqual(records.map(\.isBroken), [false, true, false])
    XCTAssertEqual(diagnostics.map(\.location.description), ["t.csv:2:2"])
  }

  func test_decimalText_isStrict() {
    for good in ["0", "12", "-3.5", "+4", ".5", "5.", "1e3", "2.5E-2"] {
      XCTAssertNotNil(DecimalText.parse(good), good)
    }
    for bad in ["", "nan", "inf", "-inf", "0x10", "1e", "e5", "1,5", "1.2.3", "--1", " "] {
      XCTAssertNil(DecimalText.parse(bad), bad)
    }
    XCTAssertEqual(DecimalText.parse("1e999"), .infinity)
  }

  /// The number grammar, checked on random texts against a regular expression of it.
  func test_decimalText_acceptsExactlyTheGrammar_onRandomTexts() throws {
    let grammar = try Regex(#"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?"#)
    let alphabet: [String] = ["0", "7", "9", "+", "-", ".", "e", "E", "x", " ", "١", "é", "∞"]
    var random = SplitMix64(seed: 15)
    var accepted = 0
    for _ in 0..<30_000 {
      let length = Int(random.next() % 7)
      let text = (0..<length).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }
        .joined()
      let expected = (try? grammar.wholeMatch(in: text)) != nil
      XCTAssertEqual(DecimalText.isDecimal(text), expected, text)
      if expected { accepted += 1 }
    }
    XCTAssertGreaterThan(accepted, 1_000)  // the cases reach the accepting paths too
  }

  /// Every number is the double the library's conversion gives, bit for bit: short ones computed
  /// directly (digits times or divided by a power of ten), the rest converted by the library.
  func test_decimalText_valueIsTheLibrarys_onRandomNumbers() {
    var random = SplitMix64(seed: 77)
    func digits(_ count: Int) -> String {
      String((0..<count).map { _ in Character(String(random.next() % 10)) })
    }
    var texts = [
      "0.1", "2.675", "-0", "+0.0", "1e22", "1e23", "9007199254740993", "999999999999999",
      "9999999999999999", "0.000000000000000000001", "123456789012345e-22", "5e-324", "1e308",
      "17976931348623157e292", "4.35", "0.3", "1e-22", "1e-23", "00000000000000000000012.5",
      "12.50000000000000000000", "1e0009", "1e00009",
    ]
    for _ in 0..<40_000 {
      let sign = ["", "-", "+"][Int(random.next() % 3)]
      let whole = digits(Int(random.next() % 12))
      let fraction = digits(Int(random.next() % 12))
      var text = sign + whole + (random.next() % 4 == 0 && !whole.isEmpty ? "" : "." + fraction)
      if random.next() % 3 == 0 {
        let exponent = Int(random.next() % 60) - 30
        text += (random.next() % 2 == 0 ? "e" : "E") + String(exponent)
      }
      texts.append(text)
    }
    var computed = 0
    for text in texts {
      let expected = DecimalText.isDecimal(text) ? Double(text) : nil
      XCTAssertEqual(DecimalText.parse(text)?.bitPattern, expected?.bitPattern, text)
      if expected != nil { computed += 1 }
    }
    XCTAssertGreaterThan(computed, 30_000)
  }

  /// A cell is decoded when it is valid UTF-8 and refused otherwise, as the plain rule says:
  /// decoding with replacement characters gives back the same bytes exactly when they are valid.
  func test_cellDecoding_refusesExactlyInvalidUTF8_onRandomBytes() {
    var generator = SystemRandomNumberGenerator()
    // Bytes that make up UTF-8 sequences, broken ones and overlong or surrogate ones.
    let alphabet: [UInt8] = [
      0x41, 0x7A, 0x20, 0x80, 0xBF, 0xC0, 0xC2, 0xDF, 0xE0, 0xE4, 0xED, 0xEF, 0xF0, 0xF4, 0xF5,
      0xFF,
      0xA0, 0x9F, 0x8F, 0x90,
    ]
    for _ in 0..<20_000 {
      let bytes = (0..<Int.random(in: 0...7, using: &generator)).map { _ in
        alphabet.randomElement(using: &generator)!
      }
      let decoded = String(decoding: bytes, as: UTF8.self)
      let valid = Array(decoded.utf8) == bytes
      let cell = CSVReader.decodeUTF8(bytes[...])
      XCTAssertEqual(cell, valid ? decoded : nil, "\(bytes)")
    }
  }
}
