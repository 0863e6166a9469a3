import XCTest

@testable import TransitModel

/// A line stop of an unknown line, or a corridor member of an unknown corridor, is reported at its
/// row, every such row, whether rows of one line (or corridor) follow each other or are mixed
/// with others; the rows of known lines and corridors are kept, in file order.
final class UnknownParentRowTests: XCTestCase {
  func test_rowsOfUnknownLinesAndCorridors_areEachReported_andTheOthersKept() throws {
    var fixture = NetworkFixture()
    fixture.place("a")
    fixture.place("b")
    fixture.stop("sa", place: "a")
    fixture.stop("sb", place: "b")
    fixture.connector("a", "sa", minutes: 5)
    fixture.connector("b", "sb", minutes: 5)
    fixture.line("l1", headwayMinutes: 30, stops: [("sa", 0), ("sb", 20)])
    fixture.line("l2", headwayMinutes: 30, stops: [("sb", 0)])
    // Rows of line_stops.csv from line 6 on: unknown lines between and after known ones.
    for row in ["nope,1,sa,,,test", "nope,2,sb,5,,test", "l2,2,sa,7,,test", "gone,1,sa,,,test"] {
      fixture.add("line_stops.csv", row)
    }
    fixture.add("corridors.csv", "axis,轴,Axis,test")
    for row in [
      "axis,place,a,test", "lost,place,b,test", "lost,place,a,test", "axis,line,l1,test",
      "void,place,a,test", "axis,place,b,test",
    ] {
      fixture.add("corridor_members.csv", row)
    }
    let diagnostics = NetworkLoader.validate(fixture.files)
    let errors = diagnostics.filter { $0.severity == .error }.map {
      "\($0.location.file):\($0.location.line): \($0.message)"
    }
    XCTAssertEqual(
      errors,
      [
        "corridor_members.csv:3: unknown corridor 'lost' in corridor",
        "corridor_members.csv:4: unknown corridor 'lost' in corridor",
        "corridor_members.csv:6: unknown corridor 'void' in corridor",
        "line_stops.csv:5: unknown line 'nope' in line",
        "line_stops.csv:6: unknown line 'nope' in line",
        "line_stops.csv:8: unknown line 'gone' in line",
      ])
    // Without the unknown rows, the network loads with the known rows attached.
    fixture.tables["line_stops.csv"]?.removeAll { $0.hasPrefix("nope,") || $0.hasPrefix("gone,") }
    fixture.tables["corridor_members.csv"]?.removeAll {
      $0.hasPrefix("lost,") || $0.hasPrefix("void,")
    }
    let network = try fixture.load().network
    XCTAssertEqual(network.lines[key: "l2"]?.stops.map(\.stop.rawValue), ["sb", "sa"])
    let axis = try XCTUnwrap(network.corridors[key: "axis"])
    XCTAssertEqual(axis.placeIDs.map(\.rawValue), ["a", "b"])
    XCTAssertEqual(axis.lineIDs.map(\.rawValue), ["l1"])
  }
}
