import Foundation
import XCTest

@testable import TransitModel

/// `RowsByPosition`: a source map block of rows the network's tables hold is written as their
/// positions and reads back as the same rows; a block the tables do not hold keeps its keys; a
/// position outside its table is refused when the cache is read, before anything uses it.
final class RowsByPositionTests: XCTestCase {
  private static let changchun = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../Networks/changchun").standardizedFileURL.path

  private func defaultNetwork() throws -> ValidatedNetwork {
    try NetworkLoader.load(NetworkFiles.directory(Self.changchun)).network
  }

  func test_everyTableBlock_isWrittenByPosition_andReadsBackTheSameRows() throws {
    let loaded = try defaultNetwork()
    var byPosition: Set<Int> = []
    for block in loaded.sources.blocks {
      let rows = block.rows
      guard let positions = RowsByPosition(rows, in: loaded.network) else {
        // Only the manifest and the corridor members are not rows of a table.
        XCTAssertTrue(
          ["manifest.csv", "corridor_members.csv"].contains(block.file), "\(block.file)")
        continue
      }
      byPosition.insert(positions.kind)
      let read = RowsByPosition(kind: positions.kind, values: positions.values, in: loaded.network)
      XCTAssertEqual(read?.rows(in: loaded.network), rows, block.file)
    }
    // Places, clusters, junctions, road links, stops, connectors, transfers, lines, line stops,
    // corridors.
    XCTAssertEqual(byPosition, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
  }

  func test_rowsTheTablesDoNotHold_keepTheirKeys() throws {
    let network = try defaultNetwork().network
    let place = network.places[0].id
    XCTAssertNil(RowsByPosition([.place(PlaceID("nowhere"))], in: network))
    XCTAssertNil(RowsByPosition([.place(place), .stop(network.stops[0].id)], in: network))
    XCTAssertNil(RowsByPosition([.manifest(key: "name")], in: network))
    XCTAssertNil(RowsByPosition([], in: network))
    let line = network.lines[0]
    XCTAssertNil(RowsByPosition([.lineStop(line.id, position: line.stops.count)], in: network))
    XCTAssertNotNil(
      RowsByPosition([.lineStop(line.id, position: line.stops.count - 1)], in: network))
  }

  func test_positionsOutsideTheirTable_areRefused() throws {
    let network = try defaultNetwork().network
    let places = Int32(network.places.count)
    XCTAssertNotNil(RowsByPosition(kind: 1, values: [0, places - 1], in: network))
    XCTAssertNil(RowsByPosition(kind: 1, values: [places], in: network))
    XCTAssertNil(RowsByPosition(kind: 1, values: [-1], in: network))
    XCTAssertNil(RowsByPosition(kind: 6, values: [Int32(network.connectors.count)], in: network))
    let stops = Int32(network.lines[0].stops.count)
    XCTAssertNotNil(RowsByPosition(kind: 9, values: [0, stops - 1], in: network))
    XCTAssertNil(RowsByPosition(kind: 9, values: [0, stops], in: network))
    XCTAssertNil(RowsByPosition(kind: 9, values: [Int32(network.lines.count), 0], in: network))
    XCTAssertNil(RowsByPosition(kind: 9, values: [0], in: network))
    for kind in [0, 11, 12, 255] {
      XCTAssertNil(RowsByPosition(kind: kind, values: [0], in: network), "kind \(kind)")
    }
  }

  /// The bytes of a source map of one block of places at `positions`, and nothing else.
  private func sourceMapBytes(places positions: [Int32]) -> [UInt8] {
    var writer = CacheWriter()
    writer.count(1)  // column maps: one, empty
    writer.count(0)
    writer.count(1)  // blocks
    writer.string("places.csv")
    writer.count(0)
    writer.u8(1)  // by position
    writer.u8(1)  // places
    writer.count(positions.count)
    writer.int32s(positions)
    writer.int32s(positions.indices.map { Int32($0 + 2) })
    writer.count(0)  // exceptions
    writer.count(0)  // edits
    writer.count(0)  // unloaded tables
    writer.count(0)  // unloaded roads
    writer.count(0)  // unavailable tables
    writer.count(0)  // detached references
    var bytes: [UInt8] = []
    writer.appendBytes(to: &bytes)
    return bytes
  }

  private func readSourceMap(_ bytes: [UInt8], _ network: Network) -> Result<
    SourceMap, NetworkCacheError
  > {
    bytes.withUnsafeBytes { buffer in
      Result { () throws(NetworkCacheError) in
        var reader = CacheReader(buffer)
        try reader.readStrings()
        return try reader.sourceMap(of: network)
      }
    }
  }

  func test_aCacheReader_checksEveryPosition_andKeysTheRowsFromTheTables() throws {
    let network = try defaultNetwork().network
    let last = Int32(network.places.count - 1)
    let read = try readSourceMap(sourceMapBytes(places: [last, 0]), network).get()
    XCTAssertEqual(
      read.blocks.map(\.rows),
      [[.place(network.places[Int(last)].id), .place(network.places[0].id)]])
    XCTAssertEqual(read.blocks.map(\.lines), [[2, 3]])
    switch readSourceMap(sourceMapBytes(places: [0, last + 1]), network) {
    case .success: XCTFail("a position past the places was read")
    case .failure(let error):
      guard case .damaged(let message) = error else { return XCTFail("\(error)") }
      XCTAssertTrue(message.hasPrefix("a row position out of its table"), message)
    }
  }
}
