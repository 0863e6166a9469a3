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

  func test_crlfBOMBlankLinesAndSpaces() {
    let (records, diagnostics) = read("\u{FEFF}id,name\r\n\r\n  a , 长春 \r\nb,\"\"\r\n")
    XCTAssertEqual(diagnostics, [])
    XCTAssertEqual(
      records.map { $0.fields.map(\.text) }, [["id", "name"], ["a", "长春"], ["b", ""]])
    XCTAssertEqual(records.map(\.line), [1, 3, 4])
    XCTAssertEqual(records[1].fields.map(\.column), [1, 2])
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
}
