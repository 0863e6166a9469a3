import XCTest

@testable import TransitModel

/// `Table` keeps its rows sorted by key, each key once, with the key → index map right, whatever
/// sequence of inserts, updates and removes an edit makes.
final class TableTests: XCTestCase {
  private static func place(_ id: String, population: Int = 1) -> Place {
    Place(
      id: PlaceID(id), nameZh: id, nameEn: id, kind: .town, latitude: 43.9, longitude: 125.3,
      population: population)
  }

  func test_insert_ofAnExistingKey_returnsFalse_andChangesNothing() throws {
    var places = try Table([Self.place("b"), Self.place("a"), Self.place("c")])
    let before = places
    XCTAssertFalse(places.insert(Self.place("b", population: 99)))
    XCTAssertEqual(places, before)
    XCTAssertEqual(places.map(\.id), ["a", "b", "c"])
    XCTAssertEqual(places[key: "b"]?.population, 1)
    XCTAssertEqual(places.index(of: "b"), 1)
  }

  func test_update_andRemove_ofAMissingKey_changeNothing() throws {
    var places = try Table([Self.place("a"), Self.place("c")])
    let before = places
    XCTAssertFalse(places.update(Self.place("b")))
    XCTAssertNil(places.remove(key: "b"))
    XCTAssertEqual(places, before)
    XCTAssertNil(places.index(of: "b"))
  }

  func test_init_withADuplicateKey_throwsNamingIt() {
    XCTAssertThrowsError(try Table([Self.place("a"), Self.place("b"), Self.place("a")])) {
      XCTAssertEqual(($0 as? DuplicateKeyError)?.key, "a")
    }
  }

  /// Random inserts, updates and removes over a small set of keys (so that inserts of existing
  /// keys and removes of missing ones happen), checked after every step against a sorted array of
  /// (id, population): the order of the rows, `index(of:)` and `[key:]` of every key, present or
  /// not, and what each call returned.
  func test_randomEdits_keepOrderAndIndex_likeASortedArray() throws {
    var refusedInserts = 0
    var middleInserts = 0
    var removes = 0
    var missedRemoves = 0
    var updates = 0
    for seed in 0..<300 {
      var random = SplitMix64(seed: UInt64(seed))
      let keys = (0..<random.int(1...24)).map { "p\($0)" }
      var oracle: [(id: String, population: Int)] = []
      var places = Table<Place>()
      for step in 0..<random.int(1...60) {
        let id = keys[random.int(below: keys.count)]
        let found = oracle.firstIndex { $0.id == id }
        let context = "seed \(seed), step \(step), key \(id)"
        switch random.int(below: 3) {
        case 0:
          let inserted = places.insert(Self.place(id, population: step))
          XCTAssertEqual(inserted, found == nil, context)
          if found == nil {
            let position = oracle.firstIndex { PlaceID($0.id) > PlaceID(id) } ?? oracle.count
            if position > 0 && position < oracle.count { middleInserts += 1 }
            oracle.insert((id, step), at: position)
          } else {
            refusedInserts += 1
          }
        case 1:
          let removed = places.remove(key: PlaceID(id))
          XCTAssertEqual(removed?.population, found.map { oracle[$0].population }, context)
          if let found {
            oracle.remove(at: found)
            removes += 1
          } else {
            missedRemoves += 1
          }
        default:
          let updated = places.update(Self.place(id, population: -step))
          XCTAssertEqual(updated, found != nil, context)
          if let found {
            oracle[found].population = -step
            updates += 1
          }
        }
        XCTAssertEqual(places.map(\.id.rawValue), oracle.map(\.id), context)
        XCTAssertEqual(places.map(\.population), oracle.map(\.population), context)
        for key in keys {
          let position = oracle.firstIndex { $0.id == key }
          XCTAssertEqual(places.index(of: PlaceID(key)), position, "\(context): index of \(key)")
          XCTAssertEqual(places[key: PlaceID(key)]?.id.rawValue, position.map { _ in key }, context)
          XCTAssertEqual(places.contains(key: PlaceID(key)), position != nil, context)
        }
      }
      XCTAssertEqual(try Table(Array(places)), places, "seed \(seed): rebuilt from its rows")
    }
    // The random edits must keep exercising every case, or the property says nothing.
    XCTAssertGreaterThan(refusedInserts, 100)
    XCTAssertGreaterThan(middleInserts, 100)
    XCTAssertGreaterThan(removes, 100)
    XCTAssertGreaterThan(missedRemoves, 100)
    XCTAssertGreaterThan(updates, 100)
  }

  /// On random keys, with ids that are prefixes of others and a few that are not well formed
  /// (accented, decomposed, CJK, empty), rows come out in the order of `<` and each key's index is
  /// its row's position.
  func test_init_sortsRowsByKey_onRandomKeys() throws {
    let pieces = ["a", "b", "z", "0", "9", "-", "ab", "a-"]
    let malformed = ["A", "é", "e\u{301}", "长", " ", ""]
    var random = SplitMix64(seed: 41)
    func id(malformedChance: UInt64) -> String {
      if malformedChance > 0, random.next() % malformedChance == 0 {
        return malformed[Int(random.next() % UInt64(malformed.count))]
      }
      return (0..<1 + Int(random.next() % 4)).map { _ in
        pieces[Int(random.next() % UInt64(pieces.count))]
      }.joined()
    }
    for round in 0..<300 {
      let malformedChance: UInt64 = round % 3 == 0 ? 20 : 0
      var places: [String: Place] = [:]
      var connectors: [ConnectorKey: Connector] = [:]
      for _ in 0..<Int(random.next() % 60) {
        let place = Self.place(id(malformedChance: malformedChance))
        places[place.id.rawValue] = place
        let key = ConnectorKey(
          place: PlaceID(id(malformedChance: malformedChance)),
          stop: StopID(id(malformedChance: malformedChance)),
          mode: AccessMode.allCases[Int(random.next() % 4)])
        connectors[key] = Connector(
          place: key.place, stop: key.stop, mode: key.mode, minutes: 5, source: "test")
      }
      let placeTable = try Table(Array(places.values))
      XCTAssertEqual(placeTable.map(\.id), places.values.map(\.id).sorted())
      let connectorTable = try Table(Array(connectors.values))
      XCTAssertEqual(connectorTable.map(\.key), connectors.keys.sorted())
      for (index, row) in connectorTable.enumerated() {
        XCTAssertEqual(connectorTable.index(of: row.key), index)
      }
    }
  }

  /// Rows are moved into key order whole: on random rows (payloads all different, some in key
  /// order already, many made of long shared-prefix texts), the table is the rows sorted by key,
  /// and `positions` says where each input row went (empty when the input was in order), also
  /// when the caller still holds the array it gave.
  func test_sorting_movesEachRowWhole_andSaysWhereItWent() throws {
    var random = SplitMix64(seed: 29)
    for round in 0..<300 {
      let ids = Set(
        (0..<random.int(0...80)).map { _ in "a-long-shared-prefix-\(random.int(below: 200))" })
      var rows = ids.enumerated().map { offset, id in
        Place(
          id: PlaceID(id), nameZh: "名 \(id) \(round)", nameEn: id.uppercased(), kind: .town,
          latitude: 43, longitude: 125, population: offset)
      }
      if round % 5 == 0 { rows.sort { $0.id < $1.id } }
      let expected = rows.sorted { $0.id < $1.id }
      let held = rows.map { $0 }  // the rows as given, in a buffer of their own
      let sorted: (table: Table<Place>, positions: [Int32])
      if round % 2 == 0 {
        sorted = try Table.sorting(rows)
        XCTAssertEqual(rows, held, "the caller's array is left as it was")
      } else {
        sorted = try Table.sorting(consume rows)  // moved in place
      }
      let (table, positions) = sorted
      XCTAssertEqual(table.rows, expected, "round \(round)")
      if held == expected {
        XCTAssertEqual(positions, [], "round \(round)")
      } else {
        XCTAssertEqual(positions.count, held.count)
        for (input, row) in held.enumerated() {
          XCTAssertEqual(table.rows[Int(positions[input])], row, "round \(round)")
        }
      }
    }
  }

  /// A table is keyed on its first lookup: on random rows, in key order or not, every lookup
  /// answers as a linear search of the sorted rows would, from several threads at once too; an
  /// edited copy leaves the original and its shared map as they were.
  func test_lookups_answerAsALinearSearch_fromSeveralThreads() throws {
    var random = SplitMix64(seed: 73)
    for round in 0..<200 {
      let ids = Set((0..<random.int(0...40)).map { _ in "p\(random.int(below: 60))" })
      var rows = ids.map { Self.place($0) }
      if round % 2 == 0 { rows.sort { $0.id < $1.id } }
      let table = try Table(rows)
      let sorted = rows.sorted { $0.id < $1.id }
      XCTAssertEqual(table.map(\.id), sorted.map(\.id))
      let probes = (0..<60).map { PlaceID("p\($0)") }
      let expected = probes.map { probe in sorted.firstIndex { $0.id == probe } }
      // The first lookups race to build the map.
      let answers = ThreadAnswers()
      DispatchQueue.concurrentPerform(iterations: 4) { _ in
        answers.add(probes.map { table.index(of: $0) })
      }
      XCTAssertEqual(answers.all, Array(repeating: expected, count: 4), "round \(round)")
      XCTAssertEqual(probes.map { table.contains(key: $0) }, expected.map { $0 != nil })
      XCTAssertEqual(probes.map { table[key: $0]?.id }, expected.map { $0.map { sorted[$0].id } })
      var edited = table
      var oracle = sorted
      for _ in 0..<10 {
        let id = PlaceID("p\(random.int(below: 60))")
        let found = oracle.firstIndex { $0.id == id }
        switch random.int(below: 3) {
        case 0:
          XCTAssertEqual(edited.insert(Self.place(id.rawValue)), found == nil)
          if found == nil {
            oracle.insert(
              Self.place(id.rawValue), at: oracle.firstIndex { $0.id > id } ?? oracle.count)
          }
        case 1:
          XCTAssertEqual(edited.remove(key: id)?.id, found.map { oracle.remove(at: $0).id })
        default:
          XCTAssertEqual(edited.update(Self.place(id.rawValue, population: 7)), found != nil)
          if let found { oracle[found].population = 7 }
        }
      }
      XCTAssertEqual(edited.rows, oracle)
      XCTAssertEqual(
        probes.map { edited.index(of: $0) },
        probes.map { probe in oracle.firstIndex { $0.id == probe } })
      XCTAssertEqual(table.map(\.id), sorted.map(\.id))
      XCTAssertEqual(probes.map { table.index(of: $0) }, expected)
    }
  }

  /// A key given twice is refused wherever the two rows are, and the error names the first such
  /// key in key order (checked against counting each key, on random rows).
  func test_init_refusesADuplicateKey_namingTheFirstInKeyOrder() {
    var random = SplitMix64(seed: 29)
    var refused = 0
    for round in 0..<300 {
      let ids = (0..<random.int(0...30)).map { _ in "p\(random.int(below: 40))" }
      let counts = Dictionary(ids.map { ($0, 1) }, uniquingKeysWith: +)
      let expected = counts.filter { $0.value > 1 }.keys.min { PlaceID($0) < PlaceID($1) }
      do {
        let table = try Table(ids.map { Self.place($0) })
        XCTAssertNil(expected, "round \(round)")
        XCTAssertEqual(table.count, ids.count)
      } catch {
        XCTAssertEqual(error.key, expected, "round \(round)")
        refused += 1
      }
    }
    XCTAssertGreaterThan(refused, 100)
    XCTAssertLessThan(refused, 290)
  }
}

/// What each thread of a concurrent test found, gathered under a lock.
private final class ThreadAnswers: @unchecked Sendable {
  private let lock = NSLock()
  private var found: [[Int?]] = []

  func add(_ answers: [Int?]) {
    lock.lock()
    defer { lock.unlock() }
    found.append(answers)
  }

  var all: [[Int?]] {
    lock.lock()
    defer { lock.unlock() }
    return found
  }
}
