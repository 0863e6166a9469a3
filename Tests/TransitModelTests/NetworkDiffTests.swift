import Foundation
import XCTest

@testable import TransitModel

/// The data part of `diff` on the three-towns fixture: what is no change (column order, quoting,
/// row order, line ends, `43.90` for `43.9`, a renumbered `seq`, a transfer written the other way
/// round), and what is, row by row and cell by cell, with the flag saying whether a scenario
/// reproduces it.
final class NetworkDiffTests: XCTestCase {
  /// The fixture's files as text, by name.
  private func fixture() throws -> [String: String] {
    let files = try NetworkFiles.directory(FixtureMatrixTests.folder).files
    return files.mapValues { String(decoding: $0, as: UTF8.self) }
  }

  private func network(_ files: [String: String]) throws -> Network {
    try NetworkLoader.load(NetworkFiles(files: files.mapValues { Array($0.utf8) })).network.network
  }

  private func replacing(
    _ files: [String: String], _ file: String, _ old: String, _ new: String,
    line: UInt = #line
  ) -> [String: String] {
    var files = files
    XCTAssertTrue(files[file]!.contains(old), "\(file) has no '\(old)'", line: line)
    files[file] = files[file]!.replacingOccurrences(of: old, with: new)
    return files
  }

  func test_columnOrderQuotingRowOrderAndRenumberedSeq_areNoChange() throws {
    var old = try fixture()
    old["stop_transfers.csv"] =
      "from_stop,to_stop,mode,minutes,source\nst-alpha,st-beta,taxi,30,t\n"
    var new = old
    new["places.csv"] = #"""
      population_source,source,in_scope,clusters,parent,population,lon,lat,kind,name_en,name_zh,id
      "est. ""small town""","test, made up",no,,,50000,126.90,44.6,town,Gamma,伽马,gamma
      est. round figure,"test, made up",yes,,,1000000,125.3,43.90,city-core,"Alpha","阿尔法",alpha
      "est. round figure","test, made up",partial,,,300000,126.2,44.2,county-seat,Beta,贝塔,"beta"

      """#
    new = replacing(new, "line_stops.csv", "hsr,10,st-alpha", "hsr,1,st-alpha")
    new = replacing(new, "line_stops.csv", "hsr,20,st-beta,40,", "hsr,2,st-beta,40.0,")
    new["stop_transfers.csv"] =
      "source,minutes,mode,to_stop,from_stop\nt,30,taxi,st-alpha,st-beta\n"
    let diff = NetworkDiff(old: try network(old), new: try network(new))
    XCTAssertTrue(diff.isEmpty, "\(diff.tables.filter { !$0.isEmpty })")
    XCTAssertEqual(diff.tables.count, 12)
  }

  func test_changes_areListedByTableKeyAndCell_withWhetherAScenarioReproducesThem() throws {
    let old = try fixture()
    var new = replacing(
      old, "road_links.csv", "r3,beta,gamma,S201,provincial,55,",
      "r3,beta,gamma,S201,provincial,60,")
    new = replacing(new, "places.csv", "Beta,county-seat", "Beta City,county-seat")
    new = replacing(
      new, "connectors.csv", "gamma,st-gamma,walk,2,test",
      "gamma,st-gamma,walk,2,test\r\ngamma,st-beta,taxi,30,est. taxi")
    new = replacing(new, "lines.csv", "both,30,,,test", "both,20,,,test")
    new = replacing(new, "corridor_members.csv", "axis,road,G1,test\n", "")
    new = replacing(new, "manifest.csv", "version,1,", "version,2,")
    let diff = NetworkDiff(old: try network(old), new: try network(new))

    XCTAssertEqual(
      diff.table("road_links.csv")?.changed,
      [
        RowChange(
          key: "r3", cells: [CellChange(column: "length_km", old: "55", new: "60")], isEmitted: true
        )
      ])
    XCTAssertEqual(
      diff.table("places.csv")?.changed,
      [
        RowChange(
          key: "beta", cells: [CellChange(column: "name_en", old: "Beta", new: "Beta City")],
          isEmitted: false)
      ])
    XCTAssertEqual(
      diff.table("connectors.csv")?.added,
      [
        DiffRow(
          key: "gamma → st-beta by taxi",
          cells: [DiffCell("minutes", "30"), DiffCell("source", "est. taxi")], isEmitted: true)
      ])
    XCTAssertEqual(
      diff.table("lines.csv")?.changed,
      [
        RowChange(
          key: "hsr", cells: [CellChange(column: "headway_min", old: "30", new: "20")],
          isEmitted: true)
      ])
    XCTAssertEqual(
      diff.table("corridor_members.csv")?.removed,
      [DiffRow(key: "axis road G1", cells: [], isEmitted: false)])
    XCTAssertEqual(
      diff.table("manifest.csv")?.changed,
      [
        RowChange(
          key: "version", cells: [CellChange(column: "value", old: "1", new: "2")], isEmitted: false
        )
      ])
    let changedTables = diff.tables.filter { !$0.isEmpty }.map(\.table)
    XCTAssertEqual(
      changedTables,
      [
        "manifest.csv", "places.csv", "road_links.csv", "connectors.csv", "lines.csv",
        "corridor_members.csv",
      ])
  }

  /// A stop inserted in the middle of a line is one added row; the stop after it keeps its match
  /// (its run time changed), though its position and `seq` moved.
  func test_lineStops_areMatchedInRunningOrder() throws {
    let old = try fixture()
    let new = replacing(
      old, "line_stops.csv", "hsr,20,st-beta,40,,test",
      "hsr,15,st-gamma,20,,est. new stop\r\nhsr,20,st-beta,25,,test")
    let diff = NetworkDiff(old: try network(old), new: try network(new))
    let stops = try XCTUnwrap(diff.table("line_stops.csv"))
    XCTAssertEqual(
      stops.added,
      [
        DiffRow(
          key: "hsr #2 st-gamma",
          cells: [DiffCell("source", "est. new stop"), DiffCell("run_min", "20")], isEmitted: true)
      ])
    XCTAssertEqual(stops.removed, [])
    XCTAssertEqual(
      stops.changed,
      [
        RowChange(
          key: "hsr #3 st-beta", cells: [CellChange(column: "run_min", old: "40", new: "25")],
          isEmitted: true)
      ])
  }

  func test_alignment_keepsTheLongestCommonRun_andRepeatedStops() {
    func stops(_ ids: [String]) -> [LineStop] {
      ids.map { LineStop(seq: 0, stop: StopID($0), runMinutes: nil) }
    }
    let pairs = LineStopAlignment.align(
      stops(["a", "b", "c", "b", "d"]), stops(["a", "c", "b", "e", "d"]))
    XCTAssertEqual(
      pairs.map { "\($0.old.map(String.init) ?? "-")\($0.new.map(String.init) ?? "-")" },
      ["00", "1-", "21", "32", "-3", "44"])
  }
}
