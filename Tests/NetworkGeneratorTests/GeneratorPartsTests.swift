import XCTest

@testable import network_generator

/// The generator's parts: RFC 4180 cells, exact coordinate shifts, tiles inside WGS-84.
final class GeneratorPartsTests: XCTestCase {
  func test_quotedCells_surviveAReadAndAWrite() throws {
    let text = "\u{FEFF}id,note\r\na,\"x, \"\"y\"\"\nz\"\r\n\r\n b ,  plain  \n"
    let table = try CSVTable(bytes: Array(text.utf8), file: "t.csv")
    XCTAssertEqual(table.header, ["id", "note"])
    XCTAssertEqual(table.rows, [["a", "x, \"y\"\nz"], ["b", "plain"]])
    XCTAssertEqual(
      String(decoding: table.encoded(), as: UTF8.self), "id,note\na,\"x, \"\"y\"\"\nz\"\nb,plain\n")
    XCTAssertEqual(try CSVTable(bytes: table.encoded(), file: "t.csv").rows, table.rows)
  }

  func test_brokenCSV_isRefusedWithItsLine() {
    let cases = [
      ("id,a\nx,\"open\n", "t.csv:2: unterminated quoted cell"),
      ("id,a\nx,\"q\"tail\n", "t.csv:2: text after a closing quote"),
      ("id,a\nx,b\"c\n", "t.csv:2: a quote inside an unquoted cell"),
      ("id,a\nx\n", "t.csv:2: the row has 1 cells, the header 2"),
      ("", "t.csv:1: empty file"),
    ]
    for (text, message) in cases {
      XCTAssertThrowsError(try CSVTable(bytes: Array(text.utf8), file: "t.csv"), text) { error in
        XCTAssertEqual(error as? GeneratorError, .input(message))
      }
    }
  }

  func test_coordinates_shiftExactlyAndKeepAtLeastFourDecimals() throws {
    let latitude = try XCTUnwrap(CoordinateText("43.8868"))
    XCTAssertEqual(latitude.shifted(by: -8 * CoordinateText.nanodegreesPerDegree).text, "35.8868")
    XCTAssertEqual(try XCTUnwrap(CoordinateText("1.5")).shifted(by: -2_000_000_000).text, "-0.5000")
    XCTAssertEqual(try XCTUnwrap(CoordinateText("-12.123456789")).text, "-12.123456789")
    for bad in ["", "1e3", "nan", "1.", ".5", "1234", "1.1234567891", "+-1"] {
      XCTAssertNil(CoordinateText(bad), bad)
    }
  }

  /// The Changchun network's box (lat 38.914…46.1953, lon 116.4074…130.3659) at ×100 fits at full
  /// pitch; at ×10 000 every tile still lies inside WGS-84.
  func test_tiles_stayInsideWGS84() {
    let degree = CoordinateText.nanodegreesPerDegree
    let bounds = TileGrid.Bounds(
      minLatitude: 38_914_000_000, maxLatitude: 46_195_300_000, minLongitude: 116_407_400_000,
      maxLongitude: 130_365_900_000)
    let hundred = TileGrid(copies: 100, bounds: bounds)
    XCTAssertFalse(hundred.overlaps)
    XCTAssertEqual(hundred.columns, 10)
    XCTAssertEqual(hundred.neighbours.count, 180)
    XCTAssertEqual(hundred.offset(ofCopy: 0).latitude, 0)
    XCTAssertEqual(hundred.offset(ofCopy: 0).longitude, 0)
    for copies in [1, 2, 300, 10_000] {
      let grid = TileGrid(copies: copies, bounds: bounds)
      for copy in [0, copies - 1, copies - copies % grid.columns, grid.columns - 1]
      where copy >= 0 && copy < copies {
        let (latitude, longitude) = grid.offset(ofCopy: copy)
        XCTAssertTrue((-90 * degree...90 * degree).contains(bounds.minLatitude + latitude))
        XCTAssertTrue((-90 * degree...90 * degree).contains(bounds.maxLatitude + latitude))
        XCTAssertTrue((-180 * degree...180 * degree).contains(bounds.minLongitude + longitude))
        XCTAssertTrue((-180 * degree...180 * degree).contains(bounds.maxLongitude + longitude))
      }
    }
    XCTAssertTrue(TileGrid(copies: 10_000, bounds: bounds).overlaps)
  }
}
