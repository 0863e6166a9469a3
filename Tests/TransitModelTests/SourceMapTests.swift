import XCTest

@testable import TransitModel

/// The source map keeps rows as read compactly and indexes them on lookup: each lookup must give
/// what a plain dictionary of every recorded origin (the map before it was compact) gives.
final class SourceMapTests: XCTestCase {
  private let columns = ["id": 0, "name": 1, "seq": 2]

  private func row(_ file: String, line: Int, fieldLines: [Int]? = nil) -> NetworkRow {
    let lines = fieldLines ?? [line, line, line]
    return NetworkRow(
      file: file, line: line,
      // Cells as the reader hands them out: a slice of a longer array.
      fields: ([CSVField(text: "", line: 1, column: 1)]
        + lines.enumerated().map { CSVField(text: "x", line: $1, column: $0 + 1) })[1...],
      columns: columns)
  }

  /// A plain dictionary with the old rules: the last record of a row wins, edits overwrite.
  private struct Reference {
    var origins: [SourceMap.Row: (file: String, line: Int, nameLine: Int)] = [:]
  }

  func test_lookups_matchAPlainDictionary_onRandomRecordsEditsAndCopies() {
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<200 {
      var map = SourceMap()
      var reference = Reference()
      var copies: [(SourceMap, Reference)] = []
      let files = ["places.csv", "stops.csv", "lines.csv"]
      for step in 0..<Int.random(in: 1...60, using: &generator) {
        let file = files[Int.random(in: 0..<files.count, using: &generator)]
        let id = "r\(Int.random(in: 0..<8, using: &generator))"
        let key: SourceMap.Row =
          file == "places.csv"
          ? .place(PlaceID(id)) : file == "stops.csv" ? .stop(StopID(id)) : .line(LineID(id))
        switch Int.random(in: 0..<10, using: &generator) {
        case 0..<6:
          let line = step + 2
          let broken = Int.random(in: 0..<5, using: &generator) == 0
          map.record(
            key, read: row(file, line: line, fieldLines: broken ? [line, line + 1, line + 1] : nil))
          reference.origins[key] = (file, line, broken ? line + 1 : line)
        case 6..<8:
          map.record(key, at: SourceLocation(file: "edit.json", line: step, column: 7))
          reference.origins[key] = ("edit.json", step, step)
        case 8:
          copies.append((map, reference))
        default:
          // A lookup now, so later records must not reuse a stale index.
          _ = map.origin(of: key)
        }
      }
      for (copy, expected) in copies + [(map, reference)] {
        for file in files {
          for number in 0..<8 {
            let id = "r\(number)"
            let key: SourceMap.Row =
              file == "places.csv"
              ? .place(PlaceID(id)) : file == "stops.csv" ? .stop(StopID(id)) : .line(LineID(id))
            let origin = copy.origin(of: key)
            XCTAssertEqual(origin?.file, expected.origins[key]?.file)
            XCTAssertEqual(origin?.line, expected.origins[key]?.line)
            XCTAssertEqual(copy.location(of: key, "name")?.line, expected.origins[key]?.nameLine)
          }
        }
        XCTAssertEqual(Set(copy.origins.keys), Set(expected.origins.keys))
      }
    }
  }

  func test_lineStopsMoveWithInsertionsAndRemovals() {
    var map = SourceMap()
    let line = LineID("l1")
    for position in 0..<3 {
      map.record(
        .lineStop(line, position: position), read: row("line_stops.csv", line: position + 2))
    }
    map.recordLineStopInserted(
      line, at: 1, location: SourceLocation(file: "s.json", line: 9, column: 3))
    XCTAssertEqual(
      (0..<5).map { map.origin(of: .lineStop(line, position: $0))?.line }, [2, 9, 3, 4, nil])
    map.recordLineStopRemoved(line, at: 0)
    XCTAssertEqual(
      (0..<5).map { map.origin(of: .lineStop(line, position: $0))?.line }, [9, 3, 4, nil, nil])
    XCTAssertEqual(map.origins.count, 3)
  }

  /// A network read from files keys its rows in the source map from the tables they went into:
  /// every row's origin is the line of the file its key is written on, whatever order the rows of
  /// each file are in (checked on the default network with each file as written and with its rows
  /// shuffled, against the keys read off each line with a plain split: the key columns come first
  /// and hold no commas).
  func test_readRows_haveTheLineTheirKeyIsWrittenOn_inAnyOrder() throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../Networks/changchun").standardizedFileURL.path
    let written = try NetworkFiles.directory(folder)
    var random = SplitMix64(seed: 17)
    for shuffled in [false, true] {
      var files = written
      var expected: [SourceMap.Row: Int] = [:]
      for (name, bytes) in written.files {
        var lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n").map(String.init)
        let header = lines.removeFirst()
        XCTAssertTrue(lines.allSatisfy { $0.filter { $0 == "\"" }.count % 2 == 0 }, name)
        if shuffled { lines.shuffle(using: &random) }
        files.files[name] = Array(([header] + lines).joined(separator: "\n").utf8 + [0x0A])
        var stopsOfLine: [String: Int] = [:]
        for (offset, text) in lines.enumerated() {
          let cell = text.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
          let row: SourceMap.Row?
          switch name {
          case "manifest.csv": row = .manifest(key: cell[0])
          case "places.csv": row = .place(PlaceID(cell[0]))
          case "clusters.csv": row = .cluster(ClusterID(cell[0]))
          case "junctions.csv": row = .junction(JunctionID(cell[0]))
          case "road_links.csv": row = .roadLink(RoadLinkID(cell[0]))
          case "stops.csv": row = .stop(StopID(cell[0]))
          case "lines.csv": row = .line(LineID(cell[0]))
          case "corridors.csv": row = .corridor(CorridorID(cell[0]))
          case "connectors.csv":
            row = .connector(
              ConnectorKey(
                place: PlaceID(cell[0]), stop: StopID(cell[1]), mode: AccessMode(rawValue: cell[2])!
              ))
          case "stop_transfers.csv":
            row = .stopTransfer(
              StopTransferKey(
                fromStop: StopID(cell[0]), toStop: StopID(cell[1]),
                mode: AccessMode(rawValue: cell[2])!))
          case "line_stops.csv":
            row = .lineStop(LineID(cell[0]), position: stopsOfLine[cell[0], default: 0])
            stopsOfLine[cell[0], default: 0] += 1
          case "corridor_members.csv":
            row = .corridorMember(
              CorridorID(cell[0]), CorridorMemberKind(rawValue: cell[1])!, cell[2])
          default: row = nil
          }
          if let row { expected[row] = offset + 2 }
        }
      }
      let sources = NetworkLoader.parse(files).sources
      XCTAssertGreaterThan(expected.count, 1_000)
      XCTAssertEqual(sources.origins.count, expected.count, "shuffled: \(shuffled)")
      for (row, line) in expected {
        XCTAssertEqual(sources.origin(of: row)?.line, line, "\(row), shuffled: \(shuffled)")
      }
    }
  }
}
