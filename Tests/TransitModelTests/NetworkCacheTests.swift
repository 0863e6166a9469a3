import Foundation
import XCTest

@testable import TransitModel

/// `NetworkCache`: a cached load is indistinguishable from a CSV load, and a cache that is not
/// what it says it is (foreign, another version, truncated, damaged, built from other files) is
/// refused with a `NetworkCacheError`, never trusted and never a trap.
final class NetworkCacheTests: XCTestCase {
  private static let threeTowns = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/three-towns").path
  private static let changchun = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../Networks/changchun").standardizedFileURL.path

  private func cache(_ files: NetworkFiles, embedded: Bool = false) throws -> NetworkCache {
    NetworkCache(
      network: try NetworkLoader.load(files).network, files: files,
      networkHash: ContentHash.networkHash(files: files.files), isEmbedded: embedded,
      toolVersion: "9.9.9")
  }

  private func roundTrip(_ cache: NetworkCache) throws -> NetworkCache {
    try NetworkCache(decoding: cache.encoded(), toolVersion: "9.9.9")
  }

  /// Every origin of `b` is the one of `a` (file, line, row column, each cell's location), and the
  /// bookkeeping of unloaded rows and unavailable tables is the same.
  private func assertSameSources(
    _ a: SourceMap, _ b: SourceMap, file: StaticString = #filePath, line: UInt = #line
  ) {
    let (aOrigins, bOrigins) = (a.origins, b.origins)
    XCTAssertEqual(Set(aOrigins.keys), Set(bOrigins.keys), file: file, line: line)
    for (row, origin) in aOrigins {
      guard let other = bOrigins[row] else { continue }
      XCTAssertEqual(origin.file, other.file, file: file, line: line)
      XCTAssertEqual(origin.line, other.line, file: file, line: line)
      XCTAssertEqual(origin.rowColumn, other.rowColumn, file: file, line: line)
      XCTAssertEqual(origin.columns, other.columns, file: file, line: line)
      XCTAssertEqual(origin.fieldLines, other.fieldLines, file: file, line: line)
      XCTAssertEqual(origin.fieldColumns, other.fieldColumns, file: file, line: line)
    }
    XCTAssertEqual(a.unloaded, b.unloaded, file: file, line: line)
    XCTAssertEqual(a.unloadedRoads, b.unloadedRoads, file: file, line: line)
    XCTAssertEqual(a.unavailable, b.unavailable, file: file, line: line)
    XCTAssertEqual(
      a.detachedReferences.map {
        "\($0.origin.location($0.column)) \($0.table) \($0.kind) \($0.id)"
      },
      b.detachedReferences.map {
        "\($0.origin.location($0.column)) \($0.table) \($0.kind) \($0.id)"
      },
      file: file, line: line)
  }

  private func assertRoundTrips(
    _ original: NetworkCache, file: StaticString = #filePath, line: UInt = #line
  ) throws {
    let bytes = original.encoded()
    let decoded = try NetworkCache(decoding: bytes, toolVersion: "9.9.9")
    XCTAssertEqual(decoded.network, original.network, file: file, line: line)
    XCTAssertEqual(decoded.network.warnings, original.network.warnings, file: file, line: line)
    XCTAssertEqual(decoded.networkHash, original.networkHash, file: file, line: line)
    XCTAssertEqual(decoded.isEmbedded, original.isEmbedded, file: file, line: line)
    XCTAssertEqual(decoded.sourceFiles, original.sourceFiles, file: file, line: line)
    assertSameSources(original.network.sources, decoded.network.sources, file: file, line: line)
    // The rows judged estimated as their sources were read are the rows a judgement of the
    // network read gives, and the original's.
    XCTAssertEqual(
      decoded.network.estimatedRows, EstimatedRows(decoded.network.network), file: file,
      line: line)
    XCTAssertEqual(
      decoded.network.estimatedRows, original.network.estimatedRows, file: file, line: line)
    // Deterministic: the same network writes the same bytes, also once read back.
    XCTAssertEqual(decoded.encoded(), bytes, file: file, line: line)
  }

  func test_threeTowns_roundTrips() throws {
    let files = try NetworkFiles.directory(Self.threeTowns)
    let original = try cache(files)
    try assertRoundTrips(original)
    XCTAssertEqual(original.sourceFiles.map(\.name), NetworkLoader.tableNames.sorted())
  }

  /// A quoted cell over two lines: the source map keeps the line each later cell starts on, and an
  /// edited row is reported there from the cache as from CSV.
  func test_cellsOverSeveralLines_keepTheirLines() throws {
    var files = try NetworkFiles.directory(Self.threeTowns)
    let places = String(decoding: files.files["places.csv"] ?? [], as: UTF8.self)
    files.files["places.csv"] = Array(
      places.replacingOccurrences(of: "\"test, made up\"", with: "\"test,\nmade up\"").utf8)
    let original = try cache(files)
    XCTAssertTrue(original.network.sources.origins.values.contains { !$0.fieldLines.isEmpty })
    try assertRoundTrips(original)
    func broken(_ validated: ValidatedNetwork) -> [InputDiagnostic] {
      var network = validated.network
      var place = network.places[0]
      place.populationSource = ""
      network.places.update(place)
      return network.validate(sources: validated.sources)
    }
    let expected = broken(original.network)
    XCTAssertEqual(
      expected.first?.location, SourceLocation(file: "places.csv", line: 3, column: 12))
    XCTAssertEqual(broken(try roundTrip(original).network), expected)
  }

  func test_defaultNetwork_roundTrips_andEditsReportAtTheSameCells() throws {
    let files = try NetworkFiles.directory(Self.changchun)
    let original = try cache(files, embedded: true)
    XCTAssertFalse(original.network.warnings.isEmpty, "a network with warnings tests more")
    try assertRoundTrips(original)
    let decoded = try roundTrip(original)
    // An edit that breaks rules on both: its problems are located through each source map.
    func broken(_ validated: ValidatedNetwork) -> [InputDiagnostic] {
      var network = validated.network
      let stop = network.lines[0].stops[1].stop
      network.stops.remove(key: stop)
      var place = network.places[3]
      place.population = -5
      network.places.update(place)
      return network.validate(sources: validated.sources)
    }
    let expected = broken(original.network)
    XCTAssertTrue(expected.contains { $0.severity == .error && $0.location.line > 0 })
    XCTAssertEqual(broken(decoded.network), expected)
  }

  func test_randomAndEditedNetworks_roundTrip() throws {
    var random = SplitMix64(seed: 1_515)
    for _ in 0..<40 {
      let network = try RandomNetwork.make(&random)
      let original = NetworkCache(
        network: network, files: NetworkFiles(files: ["places.csv": [1, 2, 3]]),
        networkHash: "h", isEmbedded: false, toolVersion: "9.9.9")
      try assertRoundTrips(original)
      let edited = RandomNetworkEdits.apply(3, to: network.network, &random)
      if let valid = try? edited.validated(sources: network.sources) {
        var copy = original
        copy.network = valid
        try assertRoundTrips(copy)
      }
    }
  }

  func test_fastChecksum_seesEveryChangedByteAndLength() {
    var random = SplitMix64(seed: 77)
    for length in [0, 1, 7, 8, 9, 31, 32, 33, 100] {
      let bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: random.next()) }
      let sum = FastChecksum.checksum(bytes)
      XCTAssertNotEqual(FastChecksum.checksum(bytes + [0]), sum)
      for index in bytes.indices {
        var changed = bytes
        changed[index] ^= UInt8(1 << random.int(below: 8))
        XCTAssertNotEqual(FastChecksum.checksum(changed), sum, "length \(length), byte \(index)")
      }
    }
    // Words dealt to different lanes are not interchangeable.
    let a = (0..<64).map { UInt8($0) }
    var b = a
    b.swapAt(0, 8)
    XCTAssertNotEqual(FastChecksum.checksum(a), FastChecksum.checksum(b))
  }

  // MARK: - Refusals

  private func refusal(_ bytes: [UInt8], toolVersion: String = "9.9.9") -> NetworkCacheError? {
    do {
      _ = try NetworkCache(decoding: bytes, toolVersion: toolVersion)
      return nil
    } catch {
      return error
    }
  }

  func test_foreignFiles_areRefused() throws {
    let csv = try NetworkFiles.directory(Self.threeTowns).files["places.csv"] ?? []
    for bytes in [[], [0x89], csv, Array("\u{89}CAN".utf8), [UInt8](repeating: 0, count: 100)] {
      guard case .foreign(let message)? = refusal(bytes) else {
        return XCTFail("not refused as foreign: \(bytes.prefix(8))")
      }
      XCTAssertTrue(message.contains("not a network cache"))
    }
  }

  func test_otherVersions_areRefused() throws {
    let bytes = try cache(NetworkFiles.directory(Self.threeTowns)).encoded()
    let format = NetworkCache.formatVersion
    var newer = bytes
    newer[8] = UInt8(format + 1)
    guard case .otherVersion(let message)? = refusal(newer) else { return XCTFail() }
    XCTAssertTrue(
      message.contains("format \(format + 1), newer than the format \(format)"), message)
    var older = bytes
    older[8] = UInt8(format - 1)
    guard case .otherVersion(let old)? = refusal(older) else { return XCTFail() }
    XCTAssertTrue(old.contains("format \(format - 1), older than the format \(format)"), old)
    guard case .otherVersion(let tool)? = refusal(bytes, toolVersion: "1.0.0") else {
      return XCTFail()
    }
    XCTAssertTrue(tool.contains("version 9.9.9 of the tool, this is 1.0.0"), tool)
  }

  func test_truncatedOrFlippedBytes_areRefused_atEveryPosition() throws {
    let bytes = try cache(NetworkFiles.directory(Self.threeTowns)).encoded()
    var random = SplitMix64(seed: 404)
    for length in 0..<bytes.count where length % 7 == 0 || length > bytes.count - 16 {
      XCTAssertNotNil(refusal(Array(bytes[0..<length])), "truncated to \(length)")
    }
    XCTAssertNotNil(refusal(bytes + [0]))
    for index in bytes.indices {
      var flipped = bytes
      flipped[index] ^= UInt8(1 << random.int(below: 8))
      XCTAssertNotNil(refusal(flipped), "byte \(index) flipped")
    }
  }

  /// Damage that also fixes up the length and checksum (as a forger would) passes the checksum:
  /// reading the body must still never trap, whatever it finds.
  func test_damagedBodyWithValidChecksum_neverTraps() throws {
    let bytes = try cache(NetworkFiles.directory(Self.threeTowns)).encoded()
    var random = SplitMix64(seed: 505)
    var refused = 0
    for round in 0..<3_000 {
      var damaged = Array(bytes.dropLast(8))
      switch round % 3 {
      case 0:
        let index = 20 + random.int(below: damaged.count - 20)
        damaged[index] = UInt8(truncatingIfNeeded: random.next())
      case 1:
        let index = 20 + random.int(below: damaged.count - 20)
        damaged[index] = [0, 1, 0xFF, 0x7F, 0x80][random.int(below: 5)]
      default:
        damaged.removeLast(random.int(1...min(64, damaged.count - 21)))
      }
      let length = UInt64(damaged.count + 8).littleEndian
      withUnsafeBytes(of: length) { damaged.replaceSubrange(12..<20, with: $0) }
      withUnsafeBytes(of: FastChecksum.checksum(damaged).littleEndian) {
        damaged.append(contentsOf: $0)
      }
      if refusal(damaged) != nil { refused += 1 }
    }
    XCTAssertGreaterThan(refused, 1_000)
  }

  // MARK: - Sources

  func test_checkSources_namesEveryFileThatDiffers() throws {
    var files = try NetworkFiles.directory(Self.threeTowns)
    let built = try cache(files)
    XCTAssertNoThrow(try built.checkSources(files))
    files.files["stops.csv"]?[40] ^= 0x20
    files.files["lines.csv"]?.append(0x0A)
    files.files["manifest.csv"] = nil
    XCTAssertThrowsError(try built.checkSources(files)) { error in
      guard case .sourcesChanged(let problems) = error as? NetworkCacheError else {
        return XCTFail("\(error)")
      }
      XCTAssertEqual(
        problems,
        [
          "lines.csv has \(files.files["lines.csv"]?.count ?? 0) bytes, the cache was built from "
            + "\((files.files["lines.csv"]?.count ?? 0) - 1)",
          "manifest.csv is missing from the folder",
          "stops.csv differs from the file the cache was built from",
        ])
    }
  }
}
