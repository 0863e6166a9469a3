import XCTest

@testable import TransitModel

/// Scenario invariants on random networks and random edits (DESIGN.md, "Scenarios, checks and
/// diffs"): an empty scenario reproduces the base; an added line, stop, connector, stop transfer or
/// road link never makes a time worse; a removed or closed one never makes a time better; adding
/// then removing gives the base back. Edits are written as scenario JSON, so the reader is
/// exercised too.
final class ScenarioPropertyTests: XCTestCase {
  private func scenario(_ edits: [String]) throws -> Scenario {
    let text = "{\"name\": \"random\", \"edits\": [\(edits.joined(separator: ","))]}"
    let read = ScenarioReader.read(Array(text.utf8), file: "random.json")
    XCTAssertEqual(read.diagnostics, [], text)
    return try XCTUnwrap(read.scenario)
  }

  private func edited(_ base: ValidatedNetwork, _ edits: [String]) throws -> ValidatedNetwork {
    try ScenarioEditor.apply(
      [scenario(edits)], to: base, parameters: .defaults, baseNetworkHash: "0"
    ).network
  }

  /// Every profile's matrix, unreachable as nil.
  private func matrices(_ network: ValidatedNetwork) -> [[Int32?]] {
    Profile.allCases.map { profile in
      let matrix = TravelTimeEngine(network: network, profile: profile).matrix(threadCount: 1)
      let count = network.network.places.count
      return (0..<count).flatMap { from in (0..<count).map { to in matrix[from, to] } }
    }
  }

  /// `after` is nowhere slower than `before` (unreachable is slowest).
  private func isNoWorse(_ after: [[Int32?]], than before: [[Int32?]]) -> Bool {
    zip(after, before).allSatisfy { a, b in
      zip(a, b).allSatisfy { x, y in
        switch (x, y) {
        case (nil, nil), (.some, nil): return true
        case (nil, .some): return false
        case (.some(let x), .some(let y)): return x <= y
        }
      }
    }
  }

  private func pick<T>(_ items: [T], _ random: inout SplitMix64) -> T {
    items[random.int(below: items.count)]
  }

  /// One random edit that adds something, as JSON.
  private func additiveEdit(_ network: Network, _ random: inout SplitMix64, tag: Int) -> String? {
    let places = network.places.map(\.id.rawValue)
    let nodes = places + network.junctions.map(\.id.rawValue)
    let stops = network.stops.map(\.id.rawValue)
    let minutes = Double(random.int(1...120)) / 2
    switch random.int(0...4) {
    case 0:
      let from = pick(nodes, &random)
      let to = pick(nodes, &random)
      guard from != to else { return nil }
      return """
        {"type": "add-road-link", "id": "new-r\(tag)", "from": "\(from)", "to": "\(to)", "road": "G9",
         "class": "national", "length_km": 10, "minutes": \(minutes), "source": "est. test"}
        """
    case 1:
      guard !stops.isEmpty else { return nil }
      let place = pick(places, &random)
      let stop = pick(stops, &random)
      let mode = pick(AccessMode.allCases, &random).rawValue
      guard
        network.connectors[
          key: ConnectorKey(
            place: PlaceID(place), stop: StopID(stop), mode: AccessMode(rawValue: mode)!)] == nil
      else { return nil }
      return """
        {"type": "add-connector", "place": "\(place)", "stop": "\(stop)", "mode": "\(mode)",
         "minutes": \(minutes), "source": "est. test"}
        """
    case 2:
      guard stops.count >= 2 else { return nil }
      let a = pick(stops, &random)
      let b = pick(stops, &random)
      guard a != b else { return nil }
      let lineClass = pick(LineClass.allCases, &random).rawValue
      return """
        {"type": "add-line", "id": "new-l\(tag)", "name_zh": "新", "name_en": "New", "class": "\(lineClass)",
         "directions": "\(random.chance(0.5) ? "both" : "forward")", "headway_min": \(minutes + 1),
         "stops": ["\(a)", {"stop": "\(b)", "run_min": \(minutes)}], "source": "est. test"}
        """
    case 3:
      guard stops.count >= 2 else { return nil }
      let a = pick(stops, &random)
      let b = pick(stops, &random)
      guard a != b,
        !network.stopTransfers.contains(where: {
          $0.mode == .walk && Set([$0.fromStop.rawValue, $0.toStop.rawValue]) == Set([a, b])
        })
      else { return nil }
      return """
        {"type": "add-stop-transfer", "from_stop": "\(a)", "to_stop": "\(b)", "mode": "walk",
         "minutes": \(minutes), "source": "est. test"}
        """
    default:
      return """
        {"type": "add-stop", "id": "new-s\(tag)", "name_zh": "新站", "name_en": "New stop",
         "kind": "rail", "place": "\(pick(places, &random))", "lat": 43, "lon": 125, "source": "est. test"}
        """
    }
  }

  /// One random edit that removes something, as JSON.
  private func removingEdit(_ network: Network, _ random: inout SplitMix64) -> String? {
    switch random.int(0...2) {
    case 0:
      guard let link = network.roadLinks.randomElement(using: &random) else { return nil }
      return "{\"type\": \"close-road-link\", \"link\": \"\(link.id)\", \"source\": \"est. test\"}"
    case 1:
      guard let line = network.lines.randomElement(using: &random) else { return nil }
      return "{\"type\": \"remove-line\", \"line\": \"\(line.id)\", \"source\": \"est. test\"}"
    default:
      guard let connector = network.connectors.randomElement(using: &random) else { return nil }
      return """
        {"type": "remove-connector", "place": "\(connector.place)", "stop": "\(connector.stop)",
         "mode": "\(connector.mode.rawValue)", "source": "est. test"}
        """
    }
  }

  func test_emptyScenario_reproducesTheBase() throws {
    for seed in 0..<40 {
      var random = SplitMix64(seed: UInt64(seed) &+ 41_000)
      let base = try RandomNetwork.make(&random)
      let same = try edited(base, [])
      XCTAssertEqual(same.network, base.network, "seed \(seed)")
      XCTAssertEqual(matrices(same), matrices(base), "seed \(seed)")
    }
  }

  func test_addingNeverMakesATimeWorse_andRemovingItAgainGivesTheBaseBack() throws {
    var added = 0
    var faster = 0
    for seed in 0..<150 {
      var random = SplitMix64(seed: UInt64(seed) &+ 42_000)
      let base = try RandomNetwork.make(&random)
      guard let edit = additiveEdit(base.network, &random, tag: seed) else { continue }
      let after = try edited(base, [edit])
      let (before, now) = (matrices(base), matrices(after))
      XCTAssertTrue(isNoWorse(now, than: before), "seed \(seed): \(edit)")
      added += 1
      if now != before { faster += 1 }
      // Undo: remove what was added.
      var undo: String?
      if edit.contains("add-road-link") {
        undo = "{\"type\": \"close-road-link\", \"link\": \"new-r\(seed)\", \"source\": \"est.\"}"
      } else if edit.contains("add-line") {
        undo = "{\"type\": \"remove-line\", \"line\": \"new-l\(seed)\", \"source\": \"est.\"}"
      } else if edit.contains("add-stop\"") || edit.contains("\"add-stop\",") {
        undo = "{\"type\": \"remove-stop\", \"stop\": \"new-s\(seed)\", \"source\": \"est.\"}"
      }
      if let undo {
        let back = try edited(base, [edit, undo])
        XCTAssertEqual(back.network, base.network, "seed \(seed)")
        XCTAssertEqual(matrices(back), before, "seed \(seed)")
      }
    }
    XCTAssertGreaterThan(added, 100)
    XCTAssertGreaterThan(
      faster, 20, "added rows must shorten some trips, or the test proves nothing")
  }

  func test_removingNeverMakesATimeBetter() throws {
    var removed = 0
    var slower = 0
    for seed in 0..<150 {
      var random = SplitMix64(seed: UInt64(seed) &+ 43_000)
      let base = try RandomNetwork.make(&random)
      guard let edit = removingEdit(base.network, &random) else { continue }
      let after = try edited(base, [edit])
      let (before, now) = (matrices(base), matrices(after))
      XCTAssertTrue(isNoWorse(before, than: now), "seed \(seed): \(edit)")
      removed += 1
      if now != before { slower += 1 }
    }
    XCTAssertGreaterThan(removed, 100)
    XCTAssertGreaterThan(slower, 20, "removed rows must lengthen some trips")
  }
}
