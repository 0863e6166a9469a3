import Foundation
import XCTest

/// `sweep` through the built binary: formats agree, choices of elements, bad input.
final class SweepCommandTests: XCTestCase {
  func test_defaultSweep_tableRanks_csvAndJSONListEveryElementAndProfile() throws {
    let table = try ToolRunner.run(["sweep", "--limit", "3"])
    XCTAssertEqual(table.status, 0, table.stderr)
    for profile in ["car", "rail", "transit", "any"] {
      XCTAssertTrue(table.stdout.contains("Profile \(profile):"), table.stdout)
    }
    let csv = try ToolRunner.run(["sweep", "--format", "csv"])
    XCTAssertEqual(csv.status, 0, csv.stderr)
    let rows = csv.stdout.split(separator: "\n").map {
      $0.split(separator: ",", omittingEmptySubsequences: false)
    }
    XCTAssertEqual(rows[0].count, 12)
    let kinds = Set(rows.dropFirst().map { String($0[0]) })
    XCTAssertEqual(kinds, ["road-link", "rail-segment"])
    XCTAssertEqual((rows.count - 1) % 4, 0)
    let json = try ToolRunner.run(["sweep", "--format", "json"])
    let document = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any]
    XCTAssertEqual((document["outcomes"] as! [Any]).count, rows.count - 1)
    // The table's first element of a profile is the ranking's first.
    let ranking = document["ranking"] as! [String: [String]]
    XCTAssertTrue(table.stdout.contains("1  " + ranking["any"]![0]), table.stdout)
  }

  func test_corridorAndElementList_takeTheirElements_unknownOnesReportedAtOnce() throws {
    let corridor = try ToolRunner.run([
      "sweep", "--corridor", "hunwu-corridor", "--profile", "rail", "--format", "csv",
    ])
    XCTAssertEqual(corridor.status, 0, corridor.stderr)
    XCTAssertTrue(corridor.stdout.contains("rail-segment,"), corridor.stdout)
    let folder = try ToolRunner.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("elements.txt")
    try Data("# links\nnot-a-link\r\n  st-a~st-b\n".utf8).write(to: file)
    let bad = try ToolRunner.run(["sweep", "--elements", "@" + file.path])
    XCTAssertEqual(bad.status, 2)
    XCTAssertTrue(bad.stderr.contains("elements.txt:2:1: unknown element 'not-a-link'"), bad.stderr)
    XCTAssertTrue(bad.stderr.contains("elements.txt:3:3: unknown element 'st-a~st-b'"), bad.stderr)
    let segment = corridor.stdout.split(separator: "\n")[1].split(separator: ",")[1]
    let one = try ToolRunner.run(["sweep", "--elements", String(segment), "--format", "csv"])
    XCTAssertEqual(one.status, 0, one.stderr)
    XCTAssertEqual(one.stdout.split(separator: "\n").count, 5)
    XCTAssertEqual(try ToolRunner.run(["sweep", "--corridor", "nowhere"]).status, 2)
    XCTAssertEqual(try ToolRunner.run(["sweep", "--within", "30,60"]).status, 2)
    let sample = try ToolRunner.run(["sweep", "--sample", "10", "--format", "csv"])
    XCTAssertEqual(sample.status, 0, sample.stderr)
    XCTAssertTrue(sample.stderr.contains("elements/s"), sample.stderr)
    XCTAssertEqual(sample.stdout.split(separator: "\n").count, 41)
  }
}
