import XCTest

@testable import TransitModel

/// A key's bytes (`KeyText`) are in the key's order whenever they say so: on random keys of every
/// key type, with parts that are prefixes of others, empty, long (past the sixteen bytes sorted as
/// words) or not plain ASCII.
final class KeyTextTests: XCTestCase {
  private static let pieces = ["a", "b", "z", "0", "9", "-", "ab", "a-", "", "~", "\u{1}"]
  private static let outside = ["é", "e\u{301}", "长", "\u{0}", "A\u{0}"]

  private func text(_ key: some KeyText) -> [UInt8]? {
    var bytes: [UInt8] = []
    return key.appendKeyText(to: &bytes) ? bytes : nil
  }

  private func checkOrder<Key: KeyText & Comparable>(
    _ keys: [Key], file: StaticString = #filePath, line: UInt = #line
  ) -> Int {
    var compared = 0
    for a in keys {
      for b in keys {
        guard let textA = text(a), let textB = text(b) else { continue }
        compared += 1
        XCTAssertEqual(
          textA.lexicographicallyPrecedes(textB), a < b, "\(a) against \(b)", file: file,
          line: line)
        XCTAssertEqual(textA == textB, a == b, "\(a) against \(b)", file: file, line: line)
      }
    }
    return compared
  }

  func test_keyBytes_sortAsTheKeys_orSayTheyDoNot() {
    var random = SplitMix64(seed: 53)
    func id() -> String {
      if random.next() % 15 == 0 {
        return Self.outside[Int(random.next() % UInt64(Self.outside.count))]
      }
      return (0..<Int(random.next() % 12)).map { _ in
        Self.pieces[Int(random.next() % UInt64(Self.pieces.count))]
      }.joined()
    }
    var compared = 0
    var refused = 0
    for _ in 0..<40 {
      let ids = (0..<30).map { _ in PlaceID(id()) }
      compared += checkOrder(ids)
      refused += ids.filter { text($0) == nil }.count
      let connectors = (0..<30).map { _ in
        ConnectorKey(
          place: PlaceID(id()), stop: StopID(id()),
          mode: AccessMode.allCases[Int(random.next() % 4)])
      }
      compared += checkOrder(connectors)
      let transfers = (0..<30).map { _ in
        StopTransferKey(
          fromStop: StopID(id()), toStop: StopID(id()),
          mode: AccessMode.allCases[Int(random.next() % 4)])
      }
      compared += checkOrder(transfers)
    }
    XCTAssertGreaterThan(compared, 50_000)
    XCTAssertGreaterThan(refused, 20)
    for text in Self.outside { XCTAssertNil(self.text(PlaceID(text)), text.debugDescription) }
  }

  /// A connector's and a transfer's key, and a row's `keyPrecedes`, order as the tuple of their
  /// fields' texts does, for any texts (not plain ASCII too) and the same text in both.
  func test_compositeKeys_orderAsTheTupleOfTheirFields() {
    var random = SplitMix64(seed: 59)
    let texts = ["a", "ab", "b", "é", "e\u{301}", "长", ""]
    func text() -> String { texts[Int(random.next() % UInt64(texts.count))] }
    func mode() -> AccessMode { AccessMode.allCases[Int(random.next() % 4)] }
    let connectors = (0..<60).map { _ in
      Connector(place: PlaceID(text()), stop: StopID(text()), mode: mode(), minutes: 1)
    }
    let transfers = (0..<60).map { _ in
      StopTransfer(fromStop: StopID(text()), toStop: StopID(text()), mode: mode(), minutes: 1)
    }
    checkTupleOrder(connectors) { ($0.place.rawValue, $0.stop.rawValue, $0.mode.rawValue) }
    checkTupleOrder(transfers) { ($0.fromStop.rawValue, $0.toStop.rawValue, $0.mode.rawValue) }
  }

  /// Each pair of `rows` is in order by key and by `keyPrecedes` as the tuple of `fields` is.
  private func checkTupleOrder<Row: TableRow>(
    _ rows: [Row], fields: (Row) -> (String, String, String), line: UInt = #line
  ) {
    for a in rows {
      for b in rows {
        let expected = fields(a) < fields(b)
        XCTAssertEqual(a.key < b.key, expected, "\(a.key) against \(b.key)", line: line)
        XCTAssertEqual(a.keyPrecedes(b), expected, "\(a.key) against \(b.key)", line: line)
      }
    }
  }

  /// Tables sorted through the key bytes and through the keys (some key not plain ASCII) agree
  /// with a plain sort, duplicates included, for keys sharing long prefixes.
  func test_tables_sortedThroughKeyBytes_matchAPlainSort() throws {
    var random = SplitMix64(seed: 59)
    for round in 0..<200 {
      var ids = (0..<random.int(0...50)).map { _ in
        "shared-prefix-of-sixteen-\(random.int(below: 40))-\(random.int(below: 3))"
      }
      if round % 4 == 0 { ids.append("长") }
      let rows = ids.map {
        Place(
          id: PlaceID($0), nameZh: $0, nameEn: $0, kind: .town, latitude: 1, longitude: 1,
          population: 1)
      }
      let unique = Set(ids)
      if unique.count < ids.count {
        let firstDuplicate = ids.sorted().adjacentPairs().first { $0 == $1 }!.0
        XCTAssertThrowsError(try Table(rows), "round \(round)") {
          XCTAssertEqual(($0 as? DuplicateKeyError)?.key, firstDuplicate, "round \(round)")
        }
      } else {
        XCTAssertEqual(try Table(rows).map(\.id.rawValue), ids.sorted(), "round \(round)")
      }
    }
  }
}

extension Array {
  fileprivate func adjacentPairs() -> [(Element, Element)] {
    [(Element, Element)](zip(self, dropFirst()))
  }
}
