import XCTest

@testable import TransitModel

/// A network edited in memory, as a scenario file's edits would edit it, and checked by the same
/// validator that checks a loaded network: each problem is reported at the edit that made the row,
/// or at the CSV row that an edit left untouched but broke.
final class NetworkEditTests: XCTestCase {
  /// Three towns in a row, a road between each pair of neighbours, a station in each town and a
  /// train from `sa` to `sb`. Station `sc` is served by no line (a warning), so removing it breaks
  /// only its connector.
  private static func base() -> NetworkFixture {
    var fixture = NetworkFixture()
    fixture.place("a")  // places.csv:2
    fixture.place("b")  // places.csv:3
    fixture.place("c")  // places.csv:4
    fixture.road("r1", "a", "b")  // road_links.csv:2
    fixture.road("r2", "b", "c")  // road_links.csv:3
    fixture.stop("sa", place: "a")  // stops.csv:2
    fixture.stop("sb", place: "b")  // stops.csv:3
    fixture.stop("sc", place: "c")  // stops.csv:4
    fixture.connector("a", "sa", minutes: 5)  // connectors.csv:2
    fixture.connector("b", "sb", minutes: 5)  // connectors.csv:3
    fixture.connector("c", "sc", minutes: 5)  // connectors.csv:4
    fixture.line("l1", headwayMinutes: 20, stops: [("sa", 0), ("sb", 30)])  // line_stops.csv:2-3
    return fixture
  }

  private let addLine = SourceLocation(file: "edit.json", line: 7, column: 5)
  private let setPopulation = SourceLocation(file: "edit.json", line: 12, column: 5)
  private let addLink = SourceLocation(file: "edit.json", line: 15, column: 5)

  func test_base_loadsWithOnlyTheUnservedStationWarning() throws {
    XCTAssertEqual(
      try Self.base().load().warnings.map(\.description),
      ["stops.csv:4:1: warning: stop 'sc' is served by no line"])
  }

  func test_editedNetwork_isReportedAtTheEdits_andAtTheRowsTheyBroke() throws {
    let loaded = try Self.base().load()
    var network = loaded.network
    var sources = loaded.sources

    // add-line: an unknown stop, and `sb` twice in a row.
    let line = Line(
      id: "x1", nameZh: "新线", nameEn: "New line", lineClass: .highSpeed,
      frequency: .headway(minutes: 15),
      stops: [
        LineStop(seq: 1, stop: "sa", runMinutes: nil, source: "est. test"),
        LineStop(seq: 2, stop: "nowhere", runMinutes: 10, source: "est. test"),
        LineStop(seq: 3, stop: "sb", runMinutes: 10, source: "est. test"),
        LineStop(seq: 4, stop: "sb", runMinutes: 5, source: "est. test"),
      ], source: "est. test")
    XCTAssertTrue(network.lines.insert(line))
    sources.record(.line(line.id), at: addLine)
    for position in line.stops.indices {
      sources.record(.lineStop(line.id, position: position), at: addLine)
    }
    // remove-stop: `sc`, which the connector on connectors.csv:4 still uses.
    XCTAssertNotNil(network.stops.remove(key: "sc"))
    // set-population: a figure out of its range.
    var place = try XCTUnwrap(network.places[key: "a"])
    place.population = -5
    XCTAssertTrue(network.places.update(place))
    sources.record(.place(place.id), at: setPopulation)
    // add-link: from a town to itself.
    let link = RoadLink(
      id: "r9", from: "b", to: "b", road: "G1", roadClass: .expressway, lengthKm: 3,
      source: "est. test")
    XCTAssertTrue(network.roadLinks.insert(link))
    sources.record(.roadLink(link.id), at: addLink)

    let expected = [
      "connectors.csv:4:2: error: unknown stop 'sc' in stop",
      "edit.json:7:5: error: line 'x1' stops at 'sb' twice in a row",
      "edit.json:7:5: error: unknown stop 'nowhere' in stop",
      "edit.json:12:5: error: population must be a whole number ≥ 0 and ≤ 2000000000, got -5",
      "edit.json:15:5: error: road link 'r9' starts and ends at 'b'",
    ]
    XCTAssertEqual(network.validate(sources: sources).map(\.description), expected)
    XCTAssertThrowsError(try network.validated(sources: sources)) { error in
      XCTAssertEqual((error as? NetworkLoadError)?.diagnostics.map(\.description), expected)
    }
    // The edits went to a copy: the loaded network is as it was.
    XCTAssertEqual(loaded.network, try Self.base().load().network)
    XCTAssertEqual(loaded.stops.map(\.id), ["sa", "sb", "sc"])
  }

  /// A row an edit made without recording where it came from is reported at line 0 of its table.
  func test_editedRowWithoutOrigin_isReportedAtLineZeroOfItsTable() throws {
    let loaded = try Self.base().load()
    var network = loaded.network
    network.roadLinks.insert(
      RoadLink(
        id: "r9", from: "b", to: "b", road: "G1", roadClass: .expressway, lengthKm: 3,
        source: "est. test"))
    XCTAssertEqual(
      network.validate(sources: loaded.sources).map(\.description),
      [
        "road_links.csv:0:0: error: road link 'r9' starts and ends at 'b'",
        "stops.csv:4:1: warning: stop 'sc' is served by no line",
      ])
  }

  /// Places and junctions are one namespace of road nodes: a junction an edit adds with a place's
  /// id is refused like the same row in junctions.csv, since a road link to that id could not tell
  /// which one it means.
  func test_junctionAddedWithAPlaceID_isADuplicateRoadNode() throws {
    let loaded = try Self.base().load()
    var network = loaded.network
    var sources = loaded.sources
    let junction = Junction(
      id: "b", nameZh: "乙枢纽", nameEn: "Junction b", latitude: 43.9, longitude: 125.3,
      source: "est. test")
    XCTAssertTrue(network.junctions.insert(junction))
    sources.record(.junction(junction.id), at: addLink)
    XCTAssertEqual(
      network.validate(sources: sources).map(\.description),
      [
        "edit.json:15:5: error: duplicate road node id 'b' (first defined at places.csv:3:1)",
        "stops.csv:4:1: warning: stop 'sc' is served by no line",
      ])
    var fixture = Self.base()
    fixture.junction("b")
    XCTAssertEqual(
      NetworkLoader.validate(fixture.files).first?.description,
      "junctions.csv:2:1: error: duplicate road node id 'b' (first defined at places.csv:3:1)")
  }

  /// The edits add a town, its road, station and connector and a line to it; the rows land before
  /// and between the loaded ones. Validated and compiled, the edited network is the one the same
  /// rows written as CSV load to, with the same matrix under every profile.
  func test_editedValidNetwork_compilesToTheMatrixOfTheEquivalentCSV() throws {
    var base = NetworkFixture()
    base.place("a")
    base.place("c")
    base.road("r1", "a", "c", lengthKm: 80)
    base.stop("sa", place: "a")
    base.stop("sc", place: "c")
    base.connector("a", "sa", minutes: 5)
    base.connector("c", "sc", minutes: 5)
    base.line("l1", headwayMinutes: 20, stops: [("sa", 0), ("sc", 30)])
    var equivalent = base
    equivalent.place("b")
    equivalent.road("r0", "b", "c", lengthKm: 25)
    equivalent.stop("sb", place: "b")
    equivalent.connector("b", "sb", minutes: 7)
    equivalent.line("l0", departuresPerDay: 8, stops: [("sa", 0), ("sb", 12)])

    let loaded = try base.load()
    var network = loaded.network
    var sources = loaded.sources
    let edit = SourceLocation(file: "edit.json", line: 3, column: 5)
    XCTAssertTrue(
      network.places.insert(
        Place(
          id: "b", nameZh: "名b", nameEn: "Name b", kind: .town, latitude: 43.9, longitude: 125.3,
          population: 1000, source: "test", populationSource: "test")))
    XCTAssertTrue(
      network.roadLinks.insert(
        RoadLink(
          id: "r0", from: "b", to: "c", road: "G1", roadClass: .expressway, lengthKm: 25,
          source: "test")))
    XCTAssertTrue(
      network.stops.insert(
        Stop(
          id: "sb", nameZh: "sb站", nameEn: "Station sb", kind: .rail, place: "b", latitude: 43.9,
          longitude: 125.3, source: "test")))
    XCTAssertTrue(
      network.connectors.insert(
        Connector(place: "b", stop: "sb", mode: .walk, minutes: 7, source: "test")))
    let line = Line(
      id: "l0", nameZh: "l0线", nameEn: "Line l0", lineClass: .highSpeed, directions: .forward,
      frequency: .departuresPerDay(8),
      stops: [
        LineStop(seq: 1, stop: "sa", runMinutes: nil, source: "test"),
        LineStop(seq: 2, stop: "sb", runMinutes: 12, source: "test"),
      ],
      source: "test")
    XCTAssertTrue(network.lines.insert(line))
    sources.record(.place("b"), at: edit)
    sources.record(.line(line.id), at: edit)

    XCTAssertEqual(network.places.map(\.id), ["a", "b", "c"])
    XCTAssertEqual(network.placeIndex(of: "c"), 2)
    XCTAssertEqual(network.lines.map(\.id), ["l0", "l1"])
    let edited = try network.validated(sources: sources)
    let expected = try equivalent.load()
    XCTAssertEqual(edited.network, expected.network)
    XCTAssertEqual(edited.warnings, [])
    for profile in Profile.allCases {
      let editedMatrix = TravelTimeEngine(network: edited, profile: profile).matrix()
      let expectedMatrix = TravelTimeEngine(network: expected, profile: profile).matrix()
      XCTAssertEqual(editedMatrix, expectedMatrix, "\(profile)")
    }
    // a → b by the new line: walk 5 + boarding 10 + wait min(16 h / 8 / 2, 30) = 30 + ride 12
    // + alighting 5 + walk 7 = 69 minutes.
    var rail = TravelTimeEngine(network: edited, profile: .rail)
    XCTAssertEqual(rail.trip(from: 0, to: 1)?.totalSeconds, 69 * 60)
    XCTAssertEqual(rail.trip(from: 0, to: 1)?.lineIDs, ["l0"])
  }

  /// Stops inserted into and removed from an existing line move the origins of the stops after
  /// them, so each is still reported at its own row: the inserted one at the edit, the CSV ones at
  /// their lines of line_stops.csv.
  func test_stopsInsertedAndRemoved_keepTheLaterStopsAtTheirOwnRows() throws {
    let loaded = try Self.base().load()
    var network = loaded.network
    var sources = loaded.sources
    let insert = SourceLocation(file: "edit.json", line: 21, column: 7)
    var line = try XCTUnwrap(network.lines[key: "l1"])
    // modify-line: a first stop that does not exist, then the CSV's sa (seq 1) and sb (seq 2).
    line.stops.insert(
      LineStop(seq: 0, stop: "nowhere", runMinutes: nil, source: "est. test"), at: 0)
    sources.recordLineStopInserted("l1", at: 0, location: insert)
    network.lines.update(line)
    XCTAssertEqual(
      network.validate(sources: sources).filter { $0.severity == .error }.map(\.description),
      ["edit.json:21:7: error: unknown stop 'nowhere' in stop"])
    // Removing the inserted stop again restores the base's origins exactly.
    line.stops.remove(at: 0)
    sources.recordLineStopRemoved("l1", at: 0)
    network.lines.update(line)
    XCTAssertEqual(network.validate(sources: sources), loaded.warnings)
    // Removing sa leaves sb alone on the line: reported at the line, and sb's run at its own row.
    line.stops.remove(at: 0)
    sources.recordLineStopRemoved("l1", at: 0)
    network.lines.update(line)
    XCTAssertEqual(
      network.validate(sources: sources).filter { $0.severity == .error }.map(\.description),
      [
        "line_stops.csv:3:4: error: run_min must be empty (or 0) on the first stop of line 'l1', "
          + "got 30.0",
        "lines.csv:2:1: error: line 'l1' has 1 stop(s) in line_stops.csv; a line needs at least two",
      ])
  }

  /// Every row an edit makes carries its source, as every CSV row does; ids keep their form.
  func test_editedRowWithoutSourceOrWithAMalformedID_isRefusedAtTheEdit() throws {
    let loaded = try Self.base().load()
    var network = loaded.network
    var sources = loaded.sources
    let at = SourceLocation(file: "edit.json", line: 30, column: 3)
    network.roadLinks.insert(
      RoadLink(id: "r9", from: "a", to: "Bad C", road: "G1", roadClass: .expressway, lengthKm: 3))
    sources.record(.roadLink("r9"), at: at)
    XCTAssertEqual(
      network.validate(sources: sources).filter { $0.severity == .error }.map(\.description),
      [
        "edit.json:30:3: error: source is required",
        "edit.json:30:3: error: to must be lowercase ASCII letters, digits and '-', got 'Bad C'",
        "edit.json:30:3: error: unknown road node 'Bad C' in to",
      ])
  }
}
