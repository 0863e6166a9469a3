import XCTest

@testable import TransitModel

/// Corridor membership (DESIGN.md, "Corridor"; Networks/README.md, `corridor_members.csv`).
final class CorridorMembershipTests: XCTestCase {
  private func twoTowns() -> NetworkFixture {
    var fixture = NetworkFixture()
    fixture.place("a")
    fixture.place("b")
    fixture.stop("ma", kind: "metro", place: "a")
    fixture.stop("mb", kind: "metro", place: "b")
    fixture.connector("a", "ma", minutes: 6)
    fixture.connector("b", "mb", minutes: 4)
    return fixture
  }

  /// A place is in a corridor only when the corridor lists it, never because a line of the
  /// corridor stops at one of its stations.
  func test_corridorMembers_areTheListedPlacesOnly() throws {
    var fixture = twoTowns()
    fixture.place("c")
    fixture.line("m1", lineClass: "metro", headwayMinutes: 6, stops: [("ma", 0), ("mb", 20)])
    fixture.add("corridors.csv", "axis,轴,Axis,test")
    fixture.add("corridor_members.csv", "axis,place,a,test")
    fixture.add("corridor_members.csv", "axis,line,m1,test")
    let network = try fixture.load().network
    let membership = CoverageAnalysis.corridorMembership(network)
    let byID = Dictionary(
      uniqueKeysWithValues: network.places.enumerated().map { ($1.id.rawValue, membership[$0]) })
    XCTAssertEqual(byID["a"], ["axis"])
    XCTAssertEqual(byID["b"], [], "b is served by the corridor's line m1 but not listed")
    XCTAssertEqual(byID["c"], [])
  }
}
