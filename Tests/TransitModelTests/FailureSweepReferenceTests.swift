import XCTest

@testable import TransitModel

/// The N-1 sweep cuts arcs in a copy of one compiled graph's weights; the reference edits the
/// model instead (the road link's row removed; each line over a cut segment split into the runs
/// of stops left), validates and compiles the edited network anew and runs the coverage report,
/// and the costs are summed from the two reports. Both must agree on every element and profile.
final class FailureSweepReferenceTests: XCTestCase {
  /// The network without `element`, edited row by row.
  static func without(_ element: SweepElement, _ network: Network, track: RailTrack) throws
    -> ValidatedNetwork
  {
    var edited = network
    switch element {
    case .roadLink(let id):
      XCTAssertNotNil(edited.roadLinks.remove(key: id))
      let roads = Set(edited.roadLinks.map(\.road))
      for var corridor in edited.corridors {
        corridor.linkIDs.removeAll { $0 == id }
        corridor.roads.removeAll { !roads.contains($0) }
        _ = edited.corridors.update(corridor)
      }
    case .railSegment(let segment):
      let hops = track.hops(cutBy: segment)
      XCTAssertFalse(hops.isEmpty)
      for lineIndex in Set(hops.map(\.line)) {
        let line = network.lines[lineIndex]
        let cut = Set(hops.filter { $0.line == lineIndex }.map(\.index))
        var runs: [[LineStop]] = [[]]
        for (index, stop) in line.stops.enumerated() {
          var stop = stop
          if runs[runs.count - 1].isEmpty { stop.runMinutes = nil }
          runs[runs.count - 1].append(stop)
          if cut.contains(index) { runs.append([]) }
        }
        XCTAssertNotNil(edited.lines.remove(key: line.id))
        var pieces: [LineID] = []
        for (number, stops) in runs.enumerated() where stops.count >= 2 {
          var piece = line
          piece.id = LineID(line.id.rawValue + "-piece-\(number)")
          piece.stops = stops
          XCTAssertTrue(edited.lines.insert(piece))
          pieces.append(piece.id)
        }
        for var corridor in edited.corridors where corridor.lineIDs.contains(line.id) {
          corridor.lineIDs.removeAll { $0 == line.id }
          corridor.lineIDs += pieces
          _ = edited.corridors.update(corridor)
        }
      }
    }
    return try edited.validated()
  }

  /// The outcomes of each element from two coverage reports (with and without it).
  static func reference(
    _ elements: [SweepElement], _ request: CoverageRequest, on validated: ValidatedNetwork,
    track: RailTrack
  ) throws -> [SweepOutcome] {
    let threshold = request.thresholdsMinutes[0]
    let base = try CoverageAnalysis.run(request, on: validated)
    var outcomes: [SweepOutcome] = []
    for element in elements {
      let cut = try CoverageAnalysis.run(
        request, on: without(element, validated.network, track: track))
      for profile in request.profiles {
        var outcome = SweepOutcome(
          element: element, profile: profile, populationLeaving: 0, placesLeaving: 0,
          populationCutOff: 0, placesCutOff: 0, personSecondsAdded: 0, placesSlower: 0)
        for before in base.places where !before.isAnchor {
          let after = cut.places.first { $0.place.id == before.place.id }!
          let b = before.result(for: profile)!
          let a = after.result(for: profile)!
          let people = before.place.population
          if b.isInside(thresholdMinutes: threshold) && !a.isInside(thresholdMinutes: threshold) {
            outcome.populationLeaving += people
            outcome.placesLeaving += 1
          }
          switch (b.seconds, a.seconds) {
          case (.some, nil):
            outcome.populationCutOff += people
            outcome.placesCutOff += 1
            outcome.placesSlower += 1
          case (.some(let s0), .some(let s1)) where s1 > s0:
            outcome.placesSlower += 1
            outcome.personSecondsAdded += Int64(people) * Int64(s1 - s0)
          default:
            break
          }
        }
        outcomes.append(outcome)
      }
    }
    return outcomes
  }

  func test_sweepOnRandomNetworks_matchesEditingTheModelAndRecomputingCoverage() throws {
    var compared = 0
    var costly = 0
    var segments = 0
    for seed in 0..<120 {
      var random = SplitMix64(seed: UInt64(seed) &+ 16_000)
      let network = try RandomNetwork.make(&random)
      let parameters = RandomNetwork.parameters(&random)
      let track = RailTrack(network: network.network)
      let elements = SweepRequest.allElements(of: network.network, track: track)
      let request = CoverageRequest(
        anchors: [0], thresholdsMinutes: [Double(random.int(20...180))], scope: .all,
        parameters: parameters)
      let swept = try FailureSweep.run(
        SweepRequest(coverage: request, elements: elements), on: network, track: track,
        threadCount: 1 + seed % 3)
      let expected = try Self.reference(elements, request, on: network, track: track)
      XCTAssertEqual(swept, expected, "seed \(seed)")
      compared += swept.count
      costly += swept.filter { $0.placesSlower > 0 }.count
      segments += elements.filter { $0.kind == "rail-segment" }.count
    }
    // The random networks must exercise both kinds and costly losses, or this proves nothing.
    XCTAssertGreaterThan(compared, 1_000)
    XCTAssertGreaterThan(costly, 100)
    XCTAssertGreaterThan(segments, 100)
  }

  func test_sweepOnTheDefaultNetwork_matchesEditingTheModel() throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../Networks/changchun").standardizedFileURL.path
    let network = try NetworkLoader.load(NetworkFiles.directory(folder)).network
    let track = RailTrack(network: network.network)
    let all = SweepRequest.allElements(of: network.network, track: track)
    let request = CoverageRequest(anchors: [network.network.placeIndex(of: "changchun")!])
    let swept = try FailureSweep.run(
      SweepRequest(coverage: request, elements: all), on: network, track: track)
    // Every costly element, and every tenth of the others: each reference run recompiles.
    let costly = Set(swept.filter { $0.placesSlower > 0 }.map(\.element))
    let checked = all.enumerated().filter { costly.contains($0.element) || $0.offset % 10 == 0 }
      .map(\.element)
    XCTAssertGreaterThan(costly.count, 40)
    let expected = try Self.reference(checked, request, on: network, track: track)
    let sweptChecked = swept.filter { outcome in checked.contains(outcome.element) }
    XCTAssertEqual(sweptChecked.count, expected.count)
    for (got, want) in zip(sweptChecked, expected) {
      XCTAssertEqual(got, want, "\(got.element.id) \(got.profile)")
    }
  }
}
