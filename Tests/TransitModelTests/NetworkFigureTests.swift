import XCTest

@testable import TransitModel

/// The ranges of figures (`Limits`) checked on the model: a figure an edit sets out of range (or to
/// not a number) is reported like the same cell in a file, at its column.
final class NetworkFigureTests: XCTestCase {
  /// Every table with a figure: a place, a junction, a road link, a stop (with a connector and a
  /// stop transfer), a line with a headway and one with departures per day.
  private static func fixture() -> NetworkFixture {
    var fixture = NetworkFixture()
    fixture.place("a")  // places.csv:2
    fixture.place("b")  // places.csv:3
    fixture.junction("j")  // junctions.csv:2
    fixture.road("r1", "a", "j")  // road_links.csv:2
    fixture.road("r2", "j", "b")  // road_links.csv:3
    fixture.stop("sa", place: "a")  // stops.csv:2
    fixture.stop("sb", place: "b")  // stops.csv:3
    fixture.connector("a", "sa", minutes: 5)  // connectors.csv:2
    fixture.connector("b", "sb", minutes: 5)  // connectors.csv:3
    fixture.stopTransfer("sa", "sb", minutes: 30)  // stop_transfers.csv:2
    fixture.line("l1", headwayMinutes: 20, stops: [("sa", 0), ("sb", 30)])  // line_stops.csv:2-3
    fixture.line("l2", departuresPerDay: 8, stops: [("sb", 0), ("sa", 30)])  // line_stops.csv:4-5
    return fixture
  }

  private func update<Row>(
    _ table: inout Table<Row>, _ key: Row.Key, _ change: (inout Row) -> Void
  ) throws {
    var row = try XCTUnwrap(table[key: key])
    change(&row)
    XCTAssertTrue(table.update(row))
  }

  func test_figuresOutOfRange_areReportedAtTheirCells() throws {
    let loaded = try Self.fixture().load()
    XCTAssertEqual(loaded.warnings, [])
    var network = loaded.network
    try update(&network.places, "a") {
      $0.latitude = .nan
      $0.longitude = 181
      $0.population = -5
    }
    try update(&network.junctions, "j") { $0.latitude = -91 }
    try update(&network.roadLinks, "r1") {
      $0.lengthKm = 0
      $0.speedKmh = 0.5
      $0.minutes = .infinity
    }
    try update(&network.stops, "sa") { $0.longitude = -.infinity }
    try update(&network.connectors, ConnectorKey(place: "a", stop: "sa", mode: .walk)) {
      $0.minutes = -1
    }
    try update(&network.stopTransfers, StopTransferKey(fromStop: "sa", toStop: "sb", mode: .metro))
    { $0.minutes = 10_000.5 }
    try update(&network.lines, "l1") {
      $0.frequency = .headway(minutes: 0)
      $0.dwellMinutes = .nan
      $0.stops[0].seq = -1
      $0.stops[1].runMinutes = .nan
      $0.stops[1].dwellMinutes = -0.5
    }
    try update(&network.lines, "l2") { $0.frequency = .departuresPerDay(10_001) }

    let minutes = "a finite number ≥ 0 and ≤ 10000"
    XCTAssertEqual(
      network.validate(sources: loaded.sources).map(\.description),
      [
        "connectors.csv:2:4: error: minutes must be \(minutes), got -1",
        "junctions.csv:2:4: error: lat must be a finite number ≥ -90 and ≤ 90, got -91",
        "line_stops.csv:2:2: error: seq must be a whole number ≥ 0 and ≤ 1000000000, got -1",
        "line_stops.csv:3:4: error: run_min must be \(minutes), got nan",
        "line_stops.csv:3:5: error: dwell_min must be \(minutes), got -0.5",
        "lines.csv:2:6: error: headway_min must be a finite number > 0 and ≤ 10000, got 0",
        "lines.csv:2:8: error: dwell_min must be \(minutes), got nan",
        "lines.csv:3:7: error: departures_per_day must be a finite number > 0 and ≤ 10000, got 10001",
        "places.csv:2:5: error: lat must be a finite number ≥ -90 and ≤ 90, got nan",
        "places.csv:2:6: error: lon must be a finite number ≥ -180 and ≤ 180, got 181",
        "places.csv:2:7: error: population must be a whole number ≥ 0 and ≤ 2000000000, got -5",
        "road_links.csv:2:6: error: length_km must be a finite number > 0 and ≤ 5000, got 0",
        "road_links.csv:2:7: error: speed_kmh must be a finite number ≥ 1 and ≤ 1000, got 0.5",
        "road_links.csv:2:8: error: minutes must be \(minutes), got inf",
        "stop_transfers.csv:2:4: error: minutes must be \(minutes), got 10000.5",
        "stops.csv:2:7: error: lon must be a finite number ≥ -180 and ≤ 180, got -inf",
      ])
  }

  /// The model's message is the parser's for the same cell, with the figure unquoted.
  func test_modelMessage_isTheParsersMessage() throws {
    try assertSameMessage("places.csv", line: 2, column: 7, cell: "-5") {
      try self.update(&$0.places, "a") { $0.population = -5 }
    }
    try assertSameMessage("road_links.csv", line: 3, column: 6, cell: "nan") {
      try self.update(&$0.roadLinks, "r2") { $0.lengthKm = .nan }
    }
    try assertSameMessage("lines.csv", line: 3, column: 7, cell: "0") {
      try self.update(&$0.lines, "l2") { $0.frequency = .departuresPerDay(0) }
    }
    try assertSameMessage("stop_transfers.csv", line: 2, column: 4, cell: "10001") {
      let key = StopTransferKey(fromStop: "sa", toStop: "sb", mode: .metro)
      try self.update(&$0.stopTransfers, key) { $0.minutes = 10_001 }
    }
  }

  /// Writes `cell` into the fixture's file at `line`, `column`, and makes the same change with
  /// `edit` on the loaded model: both report one error, at that cell, with the same message.
  private func assertSameMessage(
    _ file: String, line: Int, column: Int, cell: String,
    edit: (inout Network) throws -> Void, sourceFile: StaticString = #filePath,
    sourceLine: UInt = #line
  ) throws {
    var fixture = Self.fixture()
    var cells = fixture.tables[file]![line - 1].split(
      separator: ",", omittingEmptySubsequences: false)
    cells[column - 1] = Substring(cell)
    fixture.tables[file]![line - 1] = cells.joined(separator: ",")
    let parsed = NetworkLoader.validate(fixture.files).map(\.description)

    let loaded = try Self.fixture().load()
    var network = loaded.network
    try edit(&network)
    let checked = network.validate(sources: loaded.sources).map(\.description)

    XCTAssertEqual(parsed.count, 1, "\(parsed)", file: sourceFile, line: sourceLine)
    XCTAssertEqual(
      parsed.first.map { $0.hasPrefix("\(file):\(line):\(column): error: ") }, true,
      "\(parsed)", file: sourceFile, line: sourceLine)
    XCTAssertEqual(
      checked, parsed.map { String($0.dropLast(cell.count + 2)) + cell }, file: sourceFile,
      line: sourceLine)
  }

  /// The bounds themselves are figures: read from a file or set by an edit, both accept them.
  func test_bounds_areAcceptedByTheParserAndTheModel() throws {
    var fixture = NetworkFixture()
    fixture.add("places.csv", "a,甲,A,town,90,180,2000000000,,,yes,test,test")
    fixture.add("places.csv", "b,乙,B,town,-90,-180,0,,,yes,test,test")
    fixture.road("r1", "a", "b", lengthKm: 5_000, speedKmh: 1_000, minutes: 10_000)
    fixture.road("r2", "b", "a", lengthKm: 0.001, speedKmh: 1, minutes: 0, oneway: true)
    fixture.stop("sa", place: "a")
    fixture.stop("sb", place: "b")
    fixture.connector("a", "sa", minutes: 0)
    fixture.connector("b", "sb", minutes: 10_000)
    fixture.line("l1", headwayMinutes: 10_000, dwellMinutes: 0, stops: [("sa", 0), ("sb", 0)])
    fixture.line("l2", departuresPerDay: 10_000, stops: [("sb", 0), ("sa", 10_000)])
    fixture.tables["line_stops.csv"]![1] = "l1,0,sa,,10000,test"
    fixture.tables["line_stops.csv"]![2] = "l1,1000000000,sb,0,,test"
    let loaded = try fixture.load()
    XCTAssertEqual(loaded.warnings, [])
    XCTAssertEqual(loaded.network.validate(sources: SourceMap()), [])
    XCTAssertEqual(loaded.places[0].population, 2_000_000_000)
    XCTAssertEqual(loaded.lines[0].stops.map(\.seq), [0, 1_000_000_000])
  }
}
