import XCTest

@testable import TransitModel

/// One test per class of input problem: each checks the message and its file:line:column.
/// Column = CSV field number. places.csv columns: id 1, name_zh 2, name_en 3, kind 4, lat 5, lon 6,
/// population 7, parent 8, clusters 9, in_scope 10, source 11, population_source 12.
final class NetworkValidationTests: XCTestCase {
  /// A clean network using every table: two towns, a road, two stations, a line, a corridor.
  static func cleanFixture() -> NetworkFixture {
    var fixture = NetworkFixture()
    fixture.add("clusters.csv", "cc-jl,长吉,Changchun-Jilin,test")
    fixture.place("a")  // places.csv:2
    fixture.place("b")  // places.csv:3
    fixture.road("r1", "a", "b", lengthKm: 50)  // road_links.csv:2
    fixture.stop("sa", place: "a")  // stops.csv:2
    fixture.stop("sb", place: "b")  // stops.csv:3
    fixture.connector("a", "sa", minutes: 6)  // connectors.csv:2
    fixture.connector("b", "sb", minutes: 4)  // connectors.csv:3
    fixture.line("l1", headwayMinutes: 20, stops: [("sa", 0), ("sb", 30)])  // line_stops.csv:2-3
    fixture.add("corridors.csv", "axis,轴,Axis,test")
    fixture.add("corridor_members.csv", "axis,place,a,test")
    fixture.add("corridor_members.csv", "axis,road,G1,test")
    return fixture
  }

  private func diagnostics(_ fixture: NetworkFixture) -> [String] {
    NetworkLoader.validate(fixture.files).map(\.description)
  }

  private func replacing(_ file: String, line: Int, with text: String) -> [String] {
    var fixture = Self.cleanFixture()
    fixture.tables[file]?[line - 1] = text
    return diagnostics(fixture)
  }

  private func assertReports(
    _ found: [String], _ expected: String, file: StaticString = #filePath, line: UInt = #line
  ) {
    XCTAssertTrue(
      found.contains(expected), "expected \(expected)\nfound:\n\(found.joined(separator: "\n"))",
      file: file, line: line)
  }

  func test_cleanFixture_loadsWithoutDiagnostics() throws {
    XCTAssertEqual(diagnostics(Self.cleanFixture()), [])
    let network = try Self.cleanFixture().load()
    XCTAssertEqual(network.places.map(\.id), ["a", "b"])
    XCTAssertEqual(network.lines.first?.stops.map(\.stop), ["sa", "sb"])
    XCTAssertEqual(network.corridors.first?.links(in: network.network), ["r1"])
    XCTAssertEqual(network.places.first?.nameZh, "名a")
  }

  func test_missingFile() {
    var fixture = Self.cleanFixture()
    fixture.tables["stops.csv"] = nil
    let found = diagnostics(fixture)
    XCTAssertTrue(
      found.contains { $0.hasPrefix("stops.csv:1:1: error: file is missing") }, "\(found)")
  }

  func test_emptyFile() {
    var fixture = Self.cleanFixture()
    fixture.tables["junctions.csv"] = []
    XCTAssertTrue(
      diagnostics(fixture).contains { $0.hasPrefix("junctions.csv:1:1: error: file is empty") })
  }

  func test_unknownHeaderColumn() {
    let found = replacing("connectors.csv", line: 1, with: "place,stop,mode,minuts,source")
    XCTAssertTrue(
      found.contains { $0.hasPrefix("connectors.csv:1:4: error: unknown column 'minuts'") },
      "\(found)")
    assertReports(found, "connectors.csv:1:6: error: missing required column 'minutes'")
  }

  func test_duplicateHeaderColumn() {
    let found = replacing("clusters.csv", line: 1, with: "id,name_zh,name_en,source,id")
    assertReports(found, "clusters.csv:1:5: error: column 'id' appears twice")
  }

  func test_invalidUTF8_reportsTheLine() {
    var fixture = Self.cleanFixture()
    var bytes = Array(fixture.tables["places.csv"]!.joined(separator: "\n").utf8)
    // Corrupt the first byte of "名" on line 3 (row b), in column 2.
    let lineStarts = bytes.indices.filter { $0 == 0 || bytes[$0 - 1] == 10 }
    bytes[lineStarts[2] + 2] = 0xFF
    fixture.tables["places.csv"] = nil
    var files = fixture.files
    files.files["places.csv"] = bytes
    let found = NetworkLoader.validate(files).map(\.description)
    XCTAssertTrue(
      found.contains { $0.hasPrefix("places.csv:3:2: error: invalid UTF-8") }, "\(found)")
  }

  func test_wrongColumnCount() {
    let found = replacing("connectors.csv", line: 3, with: "b,sb,walk,4")
    assertReports(
      found, "connectors.csv:3:5: error: row has 4 cells, the header has 5; the row is skipped")
  }

  func test_duplicateID() {
    var fixture = Self.cleanFixture()
    fixture.place("a")  // places.csv:4
    assertReports(
      diagnostics(fixture),
      "places.csv:4:1: error: duplicate road node id 'a' (first defined at places.csv:2:1)")
  }

  /// Every later row with the id is reported against the first definition, not the one before.
  func test_duplicateID_givenThreeTimes_citesTheFirstDefinitionTwice() {
    var fixture = Self.cleanFixture()
    fixture.place("a")  // places.csv:4
    fixture.place("a")  // places.csv:5
    let found = diagnostics(fixture)
    assertReports(
      found, "places.csv:4:1: error: duplicate road node id 'a' (first defined at places.csv:2:1)")
    assertReports(
      found, "places.csv:5:1: error: duplicate road node id 'a' (first defined at places.csv:2:1)")
  }

  func test_junctionIDCollidesWithPlace() {
    var fixture = Self.cleanFixture()
    fixture.junction("b")
    assertReports(
      diagnostics(fixture),
      "junctions.csv:2:1: error: duplicate road node id 'b' (first defined at places.csv:3:1)")
  }

  func test_unknownID_citesTheReferringRow() {
    let found = replacing("line_stops.csv", line: 3, with: "l1,2,jilin-west,30,,test")
    assertReports(found, "line_stops.csv:3:3: error: unknown stop 'jilin-west' in stop")
    let road = replacing("road_links.csv", line: 2, with: "r1,a,nowhere,G1,expressway,50,,,no,test")
    assertReports(road, "road_links.csv:2:3: error: unknown road node 'nowhere' in to")
  }

  func test_nan() {
    let found = replacing("places.csv", line: 2, with: "a,名a,Name a,town,43.9,125.3,nan,,,yes,t,t")
    assertReports(
      found,
      "places.csv:2:7: error: population must be a whole number ≥ 0 and ≤ 2000000000, got 'nan'")
    let minutes = replacing("connectors.csv", line: 2, with: "a,sa,walk,nan,test")
    assertReports(
      minutes,
      "connectors.csv:2:4: error: minutes must be a finite number ≥ 0 and ≤ 10000, got 'nan'")
  }

  func test_inf() {
    let found = replacing("line_stops.csv", line: 3, with: "l1,2,sb,inf,,test")
    assertReports(
      found, "line_stops.csv:3:4: error: run_min must be a finite number ≥ 0 and ≤ 10000, got 'inf'"
    )
  }

  func test_overflowingExponent() {
    let found = replacing("road_links.csv", line: 2, with: "r1,a,b,G1,expressway,1e999,,,no,test")
    assertReports(
      found,
      "road_links.csv:2:6: error: length_km must be a finite number > 0 and ≤ 5000, got '1e999'")
  }

  func test_negativeNumber() {
    let found = replacing("connectors.csv", line: 3, with: "b,sb,walk,-1,test")
    assertReports(
      found, "connectors.csv:3:4: error: minutes must be a finite number ≥ 0 and ≤ 10000, got '-1'")
  }

  func test_hugeAndZeroNumbers() {
    let huge = replacing("lines.csv", line: 2, with: "l1,线,Line,high-speed,forward,99999999,,,test")
    assertReports(
      huge,
      "lines.csv:2:6: error: headway_min must be a finite number > 0 and ≤ 10000, got '99999999'")
    let zero = replacing("lines.csv", line: 2, with: "l1,线,Line,high-speed,forward,0,,,test")
    assertReports(
      zero, "lines.csv:2:6: error: headway_min must be a finite number > 0 and ≤ 10000, got '0'")
  }

  func test_hexadecimalIsNotANumber() {
    let found = replacing("road_links.csv", line: 2, with: "r1,a,b,G1,expressway,0x10,,,no,test")
    assertReports(
      found,
      "road_links.csv:2:6: error: length_km must be a finite number > 0 and ≤ 5000, got '0x10'")
  }

  func test_coordinatesOutsideWGS84() {
    let lat = replacing("places.csv", line: 3, with: "b,名b,Name b,town,95,125.3,1000,,,yes,t,t")
    assertReports(
      lat, "places.csv:3:5: error: lat must be a finite number ≥ -90 and ≤ 90, got '95'")
    let lon = replacing("stops.csv", line: 2, with: "sa,站,Station,rail,a,43.9,181,yes,test")
    assertReports(
      lon, "stops.csv:2:7: error: lon must be a finite number ≥ -180 and ≤ 180, got '181'")
  }

  func test_lineWithFewerThanTwoStops() {
    var fixture = Self.cleanFixture()
    fixture.tables["line_stops.csv"]?.removeLast()
    assertReports(
      diagnostics(fixture),
      "lines.csv:2:1: error: line 'l1' has 1 stop(s) in line_stops.csv; a line needs at least two")
  }

  func test_seqNotIncreasing() {
    var fixture = Self.cleanFixture()
    fixture.add("line_stops.csv", "l1,2,sa,10,,test")  // line_stops.csv:4
    let found = diagnostics(fixture)
    assertReports(
      found,
      "line_stops.csv:4:2: error: seq must increase along line 'l1': 2 follows 2 (line_stops.csv:3:2)"
    )
  }

  func test_runMinutesMissingAfterTheFirstStop() {
    let found = replacing("line_stops.csv", line: 3, with: "l1,2,sb,,,test")
    assertReports(
      found,
      "line_stops.csv:3:4: error: run_min is required on every stop of line 'l1' after the first")
  }

  func test_headwayAndDepartures_exactlyOne() {
    let both = replacing("lines.csv", line: 2, with: "l1,线,Line,high-speed,forward,20,30,,test")
    assertReports(both, "lines.csv:2:7: error: give headway_min or departures_per_day, not both")
    let neither = replacing("lines.csv", line: 2, with: "l1,线,Line,high-speed,forward,,,,test")
    assertReports(
      neither,
      "lines.csv:2:6: error: a line needs headway_min (minutes between departures) or departures_per_day"
    )
  }

  func test_badEnumerationValue() {
    let found = replacing(
      "places.csv", line: 2, with: "a,名a,Name a,village,43.9,125.3,1000,,,yes,t,t")
    assertReports(
      found,
      "places.csv:2:4: error: kind must be one of city-core, district, county-seat, town, "
        + "satellite-cluster, external-city, got 'village'")
  }

  func test_badIDFormat() {
    let found = replacing("clusters.csv", line: 2, with: "CC JL,长吉,Changchun-Jilin,test")
    assertReports(
      found,
      "clusters.csv:2:1: error: id must be lowercase ASCII letters, digits and '-', got 'CC JL'")
  }

  func test_requiredCellEmpty() {
    let found = replacing("stops.csv", line: 3, with: "sb,站,Station,rail,b,43.9,125.3,yes,")
    assertReports(found, "stops.csv:3:9: error: source is required")
  }

  func test_badYesNo() {
    let found = replacing("road_links.csv", line: 2, with: "r1,a,b,G1,expressway,50,,,maybe,test")
    assertReports(found, "road_links.csv:2:9: error: oneway must be yes or no, got 'maybe'")
  }

  func test_unterminatedQuote() {
    var fixture = Self.cleanFixture()
    fixture.add("corridors.csv", "ring,\"环,Ring,test")  // corridors.csv:3
    assertReports(
      diagnostics(fixture),
      "corridors.csv:3:2: error: quoted cell is not closed before the end of the file")
  }

  func test_textAfterClosingQuote() {
    let found = replacing("clusters.csv", line: 2, with: "cc-jl,\"长吉\"x,Changchun-Jilin,test")
    assertReports(found, "clusters.csv:2:2: error: text after the closing quote of a quoted cell")
  }

  func test_manifestWithoutName() {
    var fixture = Self.cleanFixture()
    fixture.tables["manifest.csv"] = ["key,value,source", "version,1,test", "colour,red,test"]
    let found = diagnostics(fixture)
    assertReports(found, "manifest.csv:1:1: error: manifest has no 'name' row")
    assertReports(
      found,
      "manifest.csv:3:1: error: unknown manifest key 'colour'; expected name, version, description")
  }

  func test_roadLinkToItself_andStopTransferToItself() {
    let road = replacing("road_links.csv", line: 2, with: "r1,a,a,G1,expressway,50,,,no,test")
    assertReports(road, "road_links.csv:2:3: error: road link 'r1' starts and ends at 'a'")
    var fixture = Self.cleanFixture()
    fixture.stopTransfer("sa", "sa", minutes: 5)
    assertReports(
      diagnostics(fixture),
      "stop_transfers.csv:2:2: error: a stop transfer needs two different stops, got 'sa' twice")
  }

  func test_unknownClusterParentAndCorridorRoad() {
    let cluster = replacing(
      "places.csv", line: 2, with: "a,名a,Name a,town,43.9,125.3,1000,zz,cc-jl;cc-xx,yes,t,t")
    assertReports(cluster, "places.csv:2:9: error: unknown cluster 'cc-xx' in clusters")
    assertReports(cluster, "places.csv:2:8: error: unknown place 'zz' in parent")
    var fixture = Self.cleanFixture()
    fixture.add("corridor_members.csv", "axis,road,G99,test")
    assertReports(
      diagnostics(fixture), "corridor_members.csv:4:3: error: no road link has road 'G99'")
  }

  func test_duplicateConnector() {
    var fixture = Self.cleanFixture()
    fixture.connector("a", "sa", minutes: 7)
    assertReports(
      diagnostics(fixture),
      "connectors.csv:4:1: error: duplicate connector id 'a → sa by walk' (first defined at connectors.csv:2:1)"
    )
  }

  func test_brokenHeader_doesNotFloodOtherTablesWithUnknownIDs() {
    let found = replacing(
      "places.csv", line: 1,
      with:
        "id,name_zh,name_en,kind,lat,lng,population,parent,clusters,in_scope,source,population_source"
    )
    XCTAssertEqual(
      found,
      [
        "places.csv:1:6: error: unknown column 'lng'; expected: id, name_zh, name_en, kind, lat, lon, "
          + "population, in_scope, source, population_source, parent, clusters",
        "places.csv:1:13: error: missing required column 'lon'",
      ])
  }

  /// A table is read a row at a time, but one whose header is unusable is still read to its end:
  /// the problems of its cells are reported with the header's, all at once.
  func test_brokenHeader_stillReportsTheCellsBelowIt() {
    var fixture = Self.cleanFixture()
    fixture.tables["clusters.csv"]?[0] = "id,name_zh,name_en,source,id"
    fixture.tables["clusters.csv"]?.append("c9,\"unclosed,Name,src")
    let found = diagnostics(fixture)
    assertReports(found, "clusters.csv:1:5: error: column 'id' appears twice")
    XCTAssertTrue(
      found.contains {
        $0.hasPrefix("clusters.csv:")
          && $0.contains("quoted cell is not closed before the end of the file")
      }, "\(found)")
  }

  func test_skippedRow_doesNotCascadeIntoUnknownIDs() {
    // places.csv:3 (b) has a cell too few: only that row is reported, not the stop and connector
    // that refer to b.
    let found = replacing("places.csv", line: 3, with: "b,名b,Name b,town,43.9,125.3,1000,,,yes,t")
    XCTAssertEqual(
      found, ["places.csv:3:12: error: row has 11 cells, the header has 12; the row is skipped"])
  }

  func test_everyProblemIsReportedAtOnce_sorted() {
    var fixture = Self.cleanFixture()
    fixture.tables["places.csv"]?[1] = "a,名a,Name a,town,nan,125.3,-5,,,yes,t,t"
    fixture.tables["connectors.csv"]?[2] = "b,sb,walk,inf,test"
    fixture.tables["lines.csv"]?[1] = "l1,线,Line,maglev,forward,20,,,test"
    let found = NetworkLoader.validate(fixture.files)
    let errors = found.filter { $0.severity == .error }.map(\.location.description)
    XCTAssertEqual(
      errors, ["connectors.csv:3:4", "lines.csv:2:4", "places.csv:2:5", "places.csv:2:7"])
    XCTAssertThrowsError(try NetworkLoader.load(fixture.files)) { error in
      XCTAssertEqual((error as? NetworkLoadError)?.errors.count, 4)
    }
  }
}
