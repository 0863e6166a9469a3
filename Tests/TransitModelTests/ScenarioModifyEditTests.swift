import XCTest

@testable import TransitModel

/// The edit types a network diff needs to be written as a scenario: `modify-stop`,
/// `modify-connector`, `remove-stop-transfer`, `modify-stop-transfer`, `remove-junction`, and
/// `modify-line`'s `class`, `directions`, `stops` and `dwell_min: null`, `modify-place`'s `parent`.
final class ScenarioModifyEditTests: XCTestCase {
  /// Three towns, a junction between `b` and `c`, a station in each town, a transfer `sb`–`sc` and
  /// a train `sa` → `sb` with its own dwell.
  private func base() throws -> ValidatedNetwork {
    var fixture = NetworkFixture()
    fixture.place("a")
    fixture.place("b")
    fixture.place("c")
    fixture.junction("j")
    fixture.road("r1", "a", "b")
    fixture.road("r2", "b", "j")
    fixture.road("r3", "j", "c")
    fixture.stop("sa", place: "a")
    fixture.stop("sb", place: "b")
    fixture.stop("sc", place: "c")
    fixture.connector("a", "sa", minutes: 5)
    fixture.connector("b", "sb", minutes: 5)
    fixture.connector("c", "sc", minutes: 5)
    fixture.stopTransfer("sb", "sc", minutes: 12)
    fixture.line("l1", headwayMinutes: 20, stops: [("sa", 0), ("sb", 30)])
    var network = try fixture.load().network
    var line = try XCTUnwrap(network.lines[key: "l1"])
    line.dwellMinutes = 2
    network.lines.update(line)
    var place = try XCTUnwrap(network.places[key: "c"])
    place.parent = "b"
    network.places.update(place)
    return try network.validated()
  }

  private func apply(_ edits: [String]) throws -> Result<EditedNetwork, NetworkLoadError> {
    let text = "{\"name\": \"t\", \"edits\": [\n" + edits.joined(separator: ",\n") + "\n]}"
    let read = ScenarioReader.read(Array(text.utf8), file: "s.json")
    XCTAssertEqual(read.diagnostics, [])
    let scenario = try XCTUnwrap(read.scenario)
    return Result {
      try ScenarioEditor.apply(
        [scenario], to: try base(), parameters: .defaults, baseNetworkHash: "0")
    }.mapError { $0 as! NetworkLoadError }
  }

  func test_eachEdit_changesWhatItNames() throws {
    let edited = try apply([
      #"{"type": "modify-stop", "stop": "sb", "kind": "coach", "park_and_ride": false, "source": "t"}"#,
      #"{"type": "modify-connector", "place": "a", "stop": "sa", "mode": "walk", "minutes": 7.25, "source": "t"}"#,
      #"{"type": "modify-stop-transfer", "from_stop": "sc", "to_stop": "sb", "mode": "metro", "minutes": 9, "source": "t"}"#,
      #"{"type": "close-road-link", "link": "r3", "source": "t"}"#,
      #"{"type": "close-road-link", "link": "r2", "source": "t"}"#,
      #"{"type": "remove-junction", "junction": "j", "source": "t"}"#,
      #"{"type": "add-road-link", "id": "r4", "from": "b", "to": "c", "road": "G2", "class": "national", "length_km": 20, "source": "t"}"#,
      #"{"type": "modify-line", "line": "l1", "class": "intercity", "directions": "forward", "dwell_min": null, "stops": ["sa", {"stop": "sc", "run_min": 20, "dwell_min": 1}, {"stop": "sb", "run_min": 15}], "source": "t"}"#,
      #"{"type": "modify-place", "place": "c", "parent": null, "source": "t"}"#,
    ]).get()
    let network = edited.network.network
    XCTAssertEqual(network.stops[key: "sb"]?.kind, .coach)
    XCTAssertEqual(network.stops[key: "sb"]?.parkAndRide, false)
    XCTAssertEqual(network.connectors.first { $0.stop == "sa" }?.minutes, 7.25)
    XCTAssertEqual(network.stopTransfers.map(\.minutes), [9])
    XCTAssertEqual(network.junctions.count, 0)
    let line = try XCTUnwrap(network.lines[key: "l1"])
    XCTAssertEqual(line.lineClass, .intercity)
    XCTAssertEqual(line.directions, .forward)
    XCTAssertNil(line.dwellMinutes)
    XCTAssertEqual(line.stops.map(\.stop), ["sa", "sc", "sb"])
    XCTAssertEqual(line.stops.map(\.runMinutes), [nil, 20, 15])
    XCTAssertEqual(line.stops.map(\.dwellMinutes), [nil, 1, nil])
    XCTAssertNil(network.places[key: "c"]?.parent)
    XCTAssertEqual(
      edited.effects.map(\.summary).first,
      "changed stop sb sb站: kind rail → coach, park_and_ride yes → no")
  }

  func test_aTransferWrittenTheOtherWayRound_isRemoved() throws {
    let edited = try apply([
      #"{"type": "remove-stop-transfer", "from_stop": "sc", "to_stop": "sb", "mode": "metro", "source": "t"}"#
    ]).get()
    XCTAssertEqual(edited.network.network.stopTransfers.count, 0)
  }

  func test_editsThatDoNotFit_areEachReportedAtTheirLine() throws {
    let result = try apply([
      #"{"type": "modify-stop", "stop": "nowhere", "kind": "coach", "source": "t"}"#,
      #"{"type": "modify-stop", "stop": "sa", "kind": "rail", "source": "t"}"#,
      #"{"type": "modify-connector", "place": "a", "stop": "sb", "mode": "walk", "minutes": 3, "source": "t"}"#,
      #"{"type": "modify-connector", "place": "a", "stop": "sa", "mode": "walk", "minutes": 5, "source": "t"}"#,
      #"{"type": "remove-stop-transfer", "from_stop": "sa", "to_stop": "sb", "mode": "metro", "source": "t"}"#,
      #"{"type": "modify-stop-transfer", "from_stop": "sb", "to_stop": "sc", "mode": "walk", "minutes": 3, "source": "t"}"#,
      #"{"type": "remove-junction", "junction": "j", "source": "t"}"#,
      #"{"type": "modify-stop", "stop": "sc", "place": "elsewhere", "source": "t"}"#,
    ])
    guard case .failure(let error) = result else { return XCTFail("the edits were applied") }
    XCTAssertEqual(
      error.diagnostics.filter { $0.severity == .error }.map(\.description),
      [
        "s.json:2:33: error: edit 1 (modify-stop): no stop 'nowhere' in the network",
        "s.json:3:33: error: edit 2 (modify-stop): changes nothing in stop 'sa'",
        "s.json:4:39: error: edit 3 (modify-connector): no connector a → sb by walk in the network",
        "s.json:5:85: error: edit 4 (modify-connector): changes nothing: connector a → sa by walk is already 5 min",
        "s.json:6:47: error: edit 5 (remove-stop-transfer): no stop transfer sa ↔ sb by metro in the network",
        "s.json:7:47: error: edit 6 (modify-stop-transfer): no stop transfer sb ↔ sc by walk in the network",
        "s.json:8:41: error: edit 7 (remove-junction): still used by road link r2, r3: close them first (close-road-link)",
        "s.json:9:48: error: unknown place 'elsewhere' in place",
      ])
  }

  func test_modifyLineStops_needARunTimeForEveryStopAfterTheFirst() throws {
    let text = #"""
      {"name": "t", "edits": [
      {"type": "modify-line", "line": "l1", "stops": ["sa", "sb"], "source": "t"}
      ]}
      """#
    let read = ScenarioReader.read(Array(text.utf8), file: "s.json")
    XCTAssertEqual(
      read.diagnostics.map(\.description),
      [
        "s.json:2:48: error: edit 1 (modify-line): stop 'sb' has no run_min: give run_min for "
          + "every stop after the first"
      ])
  }
}
