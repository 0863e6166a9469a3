import Foundation
import XCTest

@testable import TransitModel

/// Loader gaps found by the hostile-input campaign: parent cycles, files that are not tables,
/// follow-on errors, UTF-16 tables.
final class LoaderHardeningTests: XCTestCase {
  private func messages(_ fixture: NetworkFixture) -> [String] {
    NetworkLoader.validate(fixture.files).filter { $0.severity == .error }.map(\.description)
  }

  func test_parentCycleOfTwoPlaces_isAnError() {
    var fixture = NetworkValidationTests.cleanFixture()
    fixture.add("places.csv", "x,甲,X,town,43.9,125.3,1,y,,yes,t,t")
    fixture.add("places.csv", "y,乙,Y,town,43.9,125.3,1,x,,yes,t,t")
    XCTAssertTrue(
      messages(fixture).contains { $0.contains("their own ancestors through parent: x → y → x") },
      messages(fixture).joined(separator: "\n"))
  }

  /// An unknown stop is reported once: not also as a line with too few stops.
  func test_unknownStop_isNotAlsoALineWithTooFewStops() {
    var fixture = NetworkValidationTests.cleanFixture()
    fixture.line("l2", headwayMinutes: 20, stops: [("sa", 0), ("nowhere", 30)])
    let errors = messages(fixture)
    XCTAssertTrue(errors.contains { $0.contains("unknown stop 'nowhere'") }, "\(errors)")
    XCTAssertFalse(errors.contains { $0.contains("'l2' has 1 stop(s)") }, "\(errors)")
  }

  /// A link rejected for a bad cell does not make its road "carried by no link" too.
  func test_rejectedLink_isNotAlsoARoadNoLinkCarries() {
    var fixture = NetworkFixture()
    fixture.place("a")
    fixture.place("b")
    fixture.add("road_links.csv", "r1,a,b,G9,expressway,-3,,,no,test")
    fixture.add("corridors.csv", "c1,走廊,Corridor,test")
    fixture.add("corridor_members.csv", "c1,road,G9,test")
    let errors = messages(fixture)
    XCTAssertTrue(errors.contains { $0.contains("length_km must be") }, "\(errors)")
    XCTAssertFalse(errors.contains { $0.contains("no road link has road 'G9'") }, "\(errors)")
  }

  func test_utf16Table_isReportedAsUTF16() {
    var files = NetworkValidationTests.cleanFixture().files
    let text = String(decoding: files.files["clusters.csv"] ?? [], as: UTF8.self)
    files.files["clusters.csv"] =
      [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let errors = NetworkLoader.validate(files).filter { $0.severity == .error }.map(\.description)
    XCTAssertEqual(
      errors,
      ["clusters.csv:1:1: error: the file is UTF-16, not UTF-8: save it as UTF-8 (CSV UTF-8)"])
  }

  /// A folder named like a table, a FIFO among the files, a scenario file: only the twelve tables
  /// are read, and a table that is a FIFO is reported without being opened (nothing blocks).
  func test_folderReadsOnlyTheTwelveTables_asRegularFiles() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "loader-hardening-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    for (name, bytes) in NetworkValidationTests.cleanFixture().files.files {
      try Data(bytes).write(to: folder.appendingPathComponent(name))
    }
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("old.csv"), withIntermediateDirectories: true)
    XCTAssertEqual(mkfifo(folder.appendingPathComponent("extra.csv").path, 0o600), 0)
    let files = try NetworkFiles.directory(folder.path)
    XCTAssertEqual(files.files.keys.sorted(), NetworkLoader.tableNames.sorted())
    try FileManager.default.removeItem(at: folder.appendingPathComponent("stops.csv"))
    XCTAssertEqual(mkfifo(folder.appendingPathComponent("stops.csv").path, 0o600), 0)
    XCTAssertThrowsError(try NetworkFiles.directory(folder.path)) { error in
      XCTAssertEqual(
        (error as? NetworkLoadError)?.diagnostics.map(\.description),
        ["stops.csv:1:1: error: not a regular file: a table must be a plain CSV file"])
    }
  }
}
