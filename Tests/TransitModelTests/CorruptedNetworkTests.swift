import Foundation
import XCTest

@testable import TransitModel

/// Deliberately corrupted copies of networks (seeded): every one either loads or yields diagnostics,
/// never traps, and whatever loads can be compiled and queried for every profile.
final class CorruptedNetworkTests: XCTestCase {
  /// A richer fixture than the validation one: junction, air, coach, stop transfer, dwell, corridor.
  static func richFixture() -> NetworkFixture {
    var fixture = NetworkValidationTests.cleanFixture()
    fixture.place("c")
    fixture.junction("j1")
    fixture.road("r2", "b", "j1", roadClass: "national", lengthKm: 30)
    fixture.road("r3", "j1", "c", roadClass: "urban", lengthKm: 8, speedKmh: 25, oneway: true)
    fixture.stop("sc", kind: "coach", place: "c")
    fixture.stop("ap", kind: "airport", place: "a")
    fixture.stop("cp", kind: "airport", place: "c", parkAndRide: false)
    fixture.connector("c", "sc", minutes: 3, mode: "bus")
    fixture.connector("a", "ap", minutes: 35.5, mode: "taxi")
    fixture.connector("c", "cp", minutes: 20, mode: "metro")
    fixture.stopTransfer("sb", "sa", minutes: 12)
    fixture.line(
      "coach1", lineClass: "coach", directions: "both", departuresPerDay: 12, dwellMinutes: 1,
      stops: [("sb", 0), ("sc", 45), ("sa", 20)])
    fixture.line("f1", lineClass: "air", departuresPerDay: 2, stops: [("ap", 0), ("cp", 75)])
    return fixture
  }

  static let strangeCells = [
    "nan", "NaN", "inf", "-inf", "1e999", "-1e999", "-1", "-0", "0", "", "99999999999999999999",
    "1e-999", "abc", "\"", "长春", "0x10", "1,5", " ", "yes", "no", "both", "a", "sa", "l1", "\u{0}",
  ]

  /// Applies one random corruption to `files`.
  static func corrupt(_ files: inout [String: [UInt8]], _ random: inout SplitMix64) {
    let names = files.keys.sorted()
    guard !names.isEmpty else { return }
    let name = names[random.int(0...(names.count - 1))]
    var bytes = files[name] ?? []
    var lines = String(decoding: bytes, as: UTF8.self).components(separatedBy: "\n")
    func pick(_ count: Int) -> Int { count > 0 ? random.int(0...(count - 1)) : 0 }
    switch random.int(0...13) {
    case 0:  // truncate
      bytes = Array(bytes.prefix(pick(bytes.count + 1)))
    case 1:  // flip bytes
      for _ in 0..<random.int(1...4) where !bytes.isEmpty {
        bytes[pick(bytes.count)] = UInt8(truncatingIfNeeded: random.next())
      }
    case 2:  // delete a row
      if !lines.isEmpty { lines.remove(at: pick(lines.count)) }
      bytes = Array(lines.joined(separator: "\n").utf8)
    case 3:  // delete a column everywhere
      let column = random.int(0...6)
      lines = lines.map { line in
        var cells = line.components(separatedBy: ",")
        if column < cells.count { cells.remove(at: column) }
        return cells.joined(separator: ",")
      }
      bytes = Array(lines.joined(separator: "\n").utf8)
    case 4, 5, 6:  // a strange value in one cell
      let row = pick(lines.count)
      var cells = lines.isEmpty ? [] : lines[row].components(separatedBy: ",")
      if !cells.isEmpty {
        cells[pick(cells.count)] = strangeCells[pick(strangeCells.count)]
        lines[row] = cells.joined(separator: ",")
      }
      bytes = Array(lines.joined(separator: "\n").utf8)
    case 7:  // duplicate a row
      if !lines.isEmpty { lines.insert(lines[pick(lines.count)], at: pick(lines.count + 1)) }
      bytes = Array(lines.joined(separator: "\n").utf8)
    case 8:  // invalid UTF-8
      let junk: [[UInt8]] = [
        [0xFF], [0xC3, 0x28], [0xE5, 0x90], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80],
      ]
      bytes.insert(contentsOf: junk[pick(junk.count)], at: pick(bytes.count + 1))
    case 9:  // swap two columns everywhere (or only in the header)
      let a = random.int(0...5)
      let b = random.int(0...5)
      let headerOnly = random.chance(0.5)
      lines = lines.enumerated().map { index, line in
        var cells = line.components(separatedBy: ",")
        if a < cells.count && b < cells.count && (!headerOnly || index == 0) { cells.swapAt(a, b) }
        return cells.joined(separator: ",")
      }
      bytes = Array(lines.joined(separator: "\n").utf8)
    case 10:  // remove or empty the file
      if random.chance(0.5) {
        files[name] = nil
        return
      }
      bytes = []
    case 11:  // CRLF and a BOM
      bytes = [0xEF, 0xBB, 0xBF] + Array(lines.joined(separator: "\r\n").utf8)
    case 12:  // a stray quote or separator
      let stray: [UInt8] = [0x22, 0x2C, 0x0A, 0x0D, 0x3B]
      bytes.insert(stray[pick(stray.count)], at: pick(bytes.count + 1))
    default:  // swap two rows
      if lines.count >= 2 { lines.swapAt(pick(lines.count), pick(lines.count)) }
      bytes = Array(lines.joined(separator: "\n").utf8)
    }
    files[name] = bytes
  }

  /// Loads `files`; if that succeeds, compiles and queries every profile.
  static func exercise(_ files: NetworkFiles) -> (loaded: Bool, diagnostics: Int) {
    do {
      let (network, warnings) = try NetworkLoader.load(files)
      for profile in Profile.allCases {
        var engine = TravelTimeEngine(network: network, profile: profile)
        let count = network.places.count
        // The full matrix only on small networks: the point is that nothing traps, quickly.
        if count <= 12 { _ = engine.matrix() }
        if count > 0 {
          _ = engine.placeTimes([0], direction: .to)
          _ = engine.trips([0], direction: .from)
          _ = engine.trip(from: count - 1, to: 0)
        }
      }
      return (true, warnings.count)
    } catch let error as NetworkLoadError {
      return (false, error.diagnostics.count)
    } catch {
      return (false, 0)
    }
  }

  private func run(base: NetworkFiles, variants: Int, seed: UInt64) -> (loaded: Int, rejected: Int)
  {
    var loaded = 0
    var rejected = 0
    for variant in 0..<variants {
      var random = SplitMix64(seed: seed &+ UInt64(variant))
      var files = base.files
      for _ in 0..<random.int(1...3) { Self.corrupt(&files, &random) }
      let result = Self.exercise(NetworkFiles(files: files))
      if result.loaded {
        loaded += 1
      } else {
        XCTAssertGreaterThan(
          result.diagnostics, 0, "variant \(variant): rejected without a diagnostic")
        rejected += 1
      }
    }
    return (loaded, rejected)
  }

  func test_richFixture_loadsClean() throws {
    let result = try NetworkLoader.load(Self.richFixture().files)
    XCTAssertEqual(result.warnings, [])
  }

  func test_corruptedCopiesOfTheFixture_loadOrReport_neverTrap() {
    let start = Date()
    let result = run(base: Self.richFixture().files, variants: 400, seed: 4_000)
    // Most corruptions must be caught; some (a swapped row, a CRLF file) are harmless.
    XCTAssertGreaterThan(result.rejected, 200)
    XCTAssertGreaterThan(result.loaded, 10)
    XCTAssertLessThan(Date().timeIntervalSince(start), 30)
  }

  func test_corruptedCopiesOfTheDefaultNetwork_loadOrReport_neverTrap() throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../Networks/changchun").standardizedFileURL.path
    let files = try? NetworkFiles.directory(folder)
    guard let files, files.files["places.csv"] != nil else {
      throw XCTSkip("Networks/changchun is not on this branch yet")
    }
    // Fewer variants than the fixture's: each load of the full network costs tens of milliseconds in
    // a debug build.
    let result = run(base: files, variants: 60, seed: 9_000)
    XCTAssertGreaterThan(result.rejected, 20)
  }
}
