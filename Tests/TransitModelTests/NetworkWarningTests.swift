import XCTest

@testable import TransitModel

/// Problems that load with a warning (the network is usable, the planner should look), each with its
/// message and file:line:column, on the clean fixture of `NetworkValidationTests`.
final class NetworkWarningTests: XCTestCase {
  func test_stopNoConnectorReaches_isAWarning() throws {
    var fixture = NetworkValidationTests.cleanFixture()
    fixture.stop("sx", place: "a")  // stops.csv:4
    fixture.add("line_stops.csv", "l1,3,sx,10,,test")
    let result = try NetworkLoader.load(fixture.files)
    XCTAssertEqual(
      result.warnings.map(\.description),
      [
        "stops.csv:4:1: warning: stop 'sx' is reached by no connector: nobody can board or leave it "
          + "(except by stop transfer)"
      ])
  }

  func test_placeUnreachableByAnyMode_isAWarning() throws {
    var fixture = NetworkValidationTests.cleanFixture()
    fixture.place("lonely")  // places.csv:4
    let result = try NetworkLoader.load(fixture.files)
    XCTAssertEqual(
      result.warnings.map(\.description),
      [
        "places.csv:4:1: warning: place 'lonely' is unreachable by any mode: no road link ends there "
          + "and no connector serves it"
      ])
  }

  func test_placeCutOffFromEveryOtherPlace_isAWarning() throws {
    var fixture = NetworkValidationTests.cleanFixture()
    fixture.place("island")  // places.csv:4
    fixture.junction("j9")
    fixture.road("r9", "island", "j9")
    let result = try NetworkLoader.load(fixture.files)
    XCTAssertEqual(
      result.warnings.map(\.description),
      [
        "places.csv:4:1: warning: place 'island' is cut off: no trip by any mode connects it with "
          + "another place (its roads and stops lead nowhere)"
      ])
  }

  func test_flightAtARailStation_isAWarning() throws {
    var fixture = NetworkValidationTests.cleanFixture()
    // lines.csv:3
    fixture.line("f1", lineClass: "air", headwayMinutes: 240, stops: [("sa", 0), ("sb", 50)])
    let result = try NetworkLoader.load(fixture.files)
    XCTAssertEqual(
      result.warnings.map(\.description),
      [
        "lines.csv:3:1: warning: line 'f1' (air) stops at 'sa', which is a rail stop: its boarding "
          + "and alighting overheads are the rail ones",
        "lines.csv:3:1: warning: line 'f1' (air) stops at 'sb', which is a rail stop: its boarding "
          + "and alighting overheads are the rail ones",
      ])
  }
}
