import Foundation
import XCTest

/// Place names on the command line go through the model's one lookup (`Network.resolvePlace`): a
/// short name of several places is reported as ambiguous (exit 2, the places with their names),
/// never as unknown.
final class PlaceLookupCLITests: XCTestCase {
  /// The isochrone fixture with Changchun, Jilin and Dehui named as in the default network, and
  /// 贝塔市 and 贝塔县 (short name 贝塔 for both) beside a town `alpha`.
  private static let network = Result {
    var tables = IsochroneFixtureNetwork.files
    var places = tables["places.csv"] ?? ""
    for (old, new) in [
      ("changchun,长春,Changchun,", "changchun,长春（中心城区）,Changchun (core),"),
      ("jilin,吉林,Jilin,", "jilin,吉林（中心城区）,Jilin City (core),"),
      ("dehui,德惠,Dehui,", "dehui,德惠市,Dehui,"),
    ] {
      places = places.replacingOccurrences(of: old, with: new)
    }
    places += """

      beta-city,贝塔市,Beta City,county-seat,44.3,125.5,100000,,,yes,test,test
      beta-county,贝塔县,Beta County,county-seat,44.4,125.6,90000,,,yes,test,test
      alpha,阿尔法,Alpha,town,44.0,125.5,10000,,,yes,test,test
      """
    tables["places.csv"] = places
    tables["road_links.csv", default: ""] += """

      r20,changchun,beta-city,S1,provincial,40,,,no,test
      r21,changchun,beta-county,S1,provincial,50,,,no,test
      r22,changchun,alpha,S1,provincial,30,,,no,test
      """
    return try IsochroneFixtureNetwork.folder(tables).path
  }

  private func route(_ from: String, _ to: String) throws -> ToolRun {
    try ToolRunner.run(["route", from, to, "--network", try Self.network.get(), "--format", "json"])
  }

  func test_route_shortNameOfSeveralPlaces_isAmbiguous_exit2_listingThem() throws {
    let run = try route("贝塔", "alpha")
    XCTAssertEqual(run.status, 2, run.stderr)
    XCTAssertFalse(run.signaled)
    XCTAssertEqual(run.stdout, "")
    XCTAssertEqual(
      run.stderr,
      "error: place name '贝塔' for <from> is ambiguous: beta-city (贝塔市, Beta City), "
        + "beta-county (贝塔县, Beta County); use an id\n")
    let english = try route("alpha", "beta")
    XCTAssertEqual(english.status, 2, english.stderr)
    XCTAssertTrue(
      english.stderr.hasPrefix("error: place name 'beta' for <to> is ambiguous: beta-city"),
      english.stderr)
  }

  func test_ambiguousName_isReportedBy_coverage_isochrone_andMap() throws {
    let network = try Self.network.get()
    for arguments in [
      ["coverage", "--to", "贝塔"], ["isochrone", "--from", "贝塔"], ["map", "--from", "贝塔"],
    ] {
      let run = try ToolRunner.run(arguments + ["--network", network])
      XCTAssertEqual(run.status, 2, "\(arguments): \(run.stderr)")
      XCTAssertEqual(run.stdout, "", "\(arguments)")
      XCTAssertTrue(
        run.stderr.contains(
          "error: place name '贝塔' for '\(arguments[1])' is ambiguous: beta-city (贝塔市, Beta "
            + "City), beta-county (贝塔县, Beta County); use an id\n"), run.stderr)
    }
  }

  /// Names that work today keep working: whole names, ids, a name without its qualifier or its
  /// administrative suffix.
  func test_route_resolvesIdsNamesAndShortNames() throws {
    for (query, id) in [
      ("贝塔市", "beta-city"), ("Beta County", "beta-county"), ("beta-city", "beta-city"),
      ("德惠", "dehui"), ("德惠市", "dehui"), ("长春", "changchun"), ("Changchun (core)", "changchun"),
      ("Jilin City", "jilin"), ("吉林", "jilin"), ("JILIN CITY", "jilin"),
    ] {
      let run = try route(query, "alpha")
      XCTAssertEqual(run.status, 0, "\(query): \(run.stderr)")
      let from = try Fixture.parseJSON(run.stdout)["from"] as? [String: Any]
      XCTAssertEqual(from?["id"] as? String, id, query)
    }
  }

  /// On the embedded default network: 德惠, 长春 and Jilin City name one place each.
  func test_defaultNetwork_shortNamesStillResolve() throws {
    for (query, id) in [("德惠", "dehui"), ("长春", "changchun"), ("Jilin City", "jilin")] {
      let run = try ToolRunner.run(["route", query, "changchun", "--format", "json"])
      XCTAssertEqual(run.status, 0, "\(query): \(run.stderr)")
      let from = try Fixture.parseJSON(run.stdout)["from"] as? [String: Any]
      XCTAssertEqual(from?["id"] as? String, id, query)
    }
  }

  /// On the embedded default network: a prefecture-level city's name (吉林市, 长春市) reads as its
  /// core and a station's name (长春西站, 长春站) as the station's place, each with a note on stderr.
  func test_defaultNetwork_prefectureAndStationNames_resolveWithANote() throws {
    let run = try ToolRunner.run(["route", "吉林市", "长春西站", "--profile", "rail", "--format", "json"])
    XCTAssertEqual(run.status, 0, run.stderr)
    let json = try Fixture.parseJSON(run.stdout)
    XCTAssertEqual((json["from"] as? [String: Any])?["id"] as? String, "jilin")
    XCTAssertEqual((json["to"] as? [String: Any])?["id"] as? String, "changchun")
    XCTAssertTrue(
      run.stderr.contains(
        "note: '吉林市' is a prefecture-level city; read as its core 吉林（中心城区） (jilin)"),
      run.stderr)
    XCTAssertTrue(
      run.stderr.contains(
        "note: '长春西站' is the stop st-changchun-west of 长春（中心城区） (changchun); the trip starts "
          + "or ends at the place"),
      run.stderr)
    for (query, id) in [
      ("长春市", "changchun"), ("四平市", "siping"), ("辽源市", "liaoyuan"), ("长春站", "changchun"),
    ] {
      let other = try ToolRunner.run(["route", query, "jilin", "--format", "json"])
      XCTAssertEqual(other.status, 0, "\(query): \(other.stderr)")
      let from = try Fixture.parseJSON(other.stdout)["from"] as? [String: Any]
      XCTAssertEqual(from?["id"] as? String, id, query)
      XCTAssertTrue(other.stderr.contains("note: '\(query)'"), other.stderr)
    }
  }
}
