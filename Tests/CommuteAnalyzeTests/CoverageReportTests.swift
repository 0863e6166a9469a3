import XCTest

@testable import TransitModel

/// `CoverageAnalysis.assemble` on random places and trips, against a brute-force recount.
final class CoverageReportTests: XCTestCase {
  private func trip(_ seconds: Int32, place: Int) -> Trip {
    var breakdown = TripBreakdown()
    breakdown.driveSeconds = seconds
    return Trip(
      origin: place, destination: 0,
      legs: [TripLeg(kind: .drive, seconds: seconds, from: .place("a"), to: .place("b"))],
      totalSeconds: seconds, breakdown: breakdown)
  }

  func test_randomReports_matchABruteForceRecount() throws {
    let kinds = PlaceKind.allCases
    let scopes = ScopeMembership.allCases
    for seed in 0..<300 {
      var random = SplitMix64(state: UInt64(seed) &+ 11)
      let count = 1 + random.below(12)
      var places: [Place] = []
      for index in 0..<count {
        let clusters = ["ca", "cb"].filter { _ in random.below(2) == 0 }
        places.append(
          Place(
            id: PlaceID(String(format: "p%02d", index)), nameZh: "地\(index)", nameEn: "P\(index)",
            kind: kinds[random.below(kinds.count)], latitude: 44, longitude: 125,
            population: random.below(4) == 0 ? 0 : random.below(100_000),
            clusters: clusters.map { ClusterID($0) }, scope: scopes[random.below(scopes.count)]))
      }
      let corridor = Corridor(
        id: "c1", nameZh: "廊", nameEn: "C",
        placeIDs: places.map(\.id).filter { _ in random.below(2) == 0 })
      let network = try Network(
        manifest: NetworkManifest(name: "r", version: "1"), places: places,
        clusters: [
          Cluster(id: "ca", nameZh: "甲", nameEn: "A"), Cluster(id: "cb", nameZh: "乙", nameEn: "B"),
        ],
        corridors: [corridor])
      let profiles = Profile.allCases.filter { _ in random.below(3) != 0 }
      guard !profiles.isEmpty else { continue }
      let thresholds = [30.0, 60.0, 45.5].filter { _ in random.below(2) == 0 }
      guard !thresholds.isEmpty else { continue }
      // Times in multiples of 30 s around the thresholds, so equality at a threshold happens.
      let trips: [[Trip?]] = profiles.map { _ in
        (0..<count).map { index in
          random.below(6) == 0 ? nil : trip(Int32(random.below(300) * 30), place: index)
        }
      }
      let scope = CoverageScope.allCases[random.below(3)]
      let request = CoverageRequest(
        anchors: [0], thresholdsMinutes: thresholds, profiles: profiles, scope: scope)
      let report = CoverageAnalysis.assemble(request, network: network, tripsByProfile: trips)

      // Listed places: the scope's, in id order.
      let listed = (0..<count).filter { index in
        switch scope {
        case .metro: return places[index].scope != .no
        case .cluster: return !places[index].clusters.isEmpty
        case .all: return true
        }
      }
      XCTAssertEqual(report.places.map(\.placeIndex), listed, "seed \(seed)")
      for index in 0..<count {
        XCTAssertEqual(report.place(index: index)?.placeIndex, listed.contains(index) ? index : nil)
      }
      func seconds(_ profileOffset: Int, _ index: Int) -> Int? {
        trips[profileOffset][index].map { Int($0.totalSeconds) }
      }
      func deciding(_ index: Int) -> Int? {
        if let any = profiles.firstIndex(of: .any) { return seconds(any, index) }
        return profiles.indices.compactMap { seconds($0, index) }.min()
      }
      // Shares: brute-force sums per group, threshold and profile; the anchor (place 0) is left
      // out of every share.
      for share in report.shares {
        let members = listed.filter { index in
          guard index != 0 else { return false }
          switch share.group {
          case .scope: return true
          case .cluster: return places[index].clusters.contains(ClusterID(share.groupID))
          case .corridor: return corridor.placeIDs.contains(places[index].id)
          }
        }
        let offset = profiles.firstIndex(of: share.profile) ?? -1
        let inside = members.filter { index in
          guard let time = seconds(offset, index) else { return false }
          return Double(time) <= share.thresholdMinutes * 60
        }
        XCTAssertEqual(share.populationTotal, members.reduce(0) { $0 + places[$1].population })
        XCTAssertEqual(share.populationInside, inside.reduce(0) { $0 + places[$1].population })
        XCTAssertEqual(share.placesInside, inside.count, "seed \(seed)")
        XCTAssertEqual(share.placesTotal, members.count, "seed \(seed)")
      }
      XCTAssertEqual(report.anchorPopulation, places[0].population)
      XCTAssertEqual(report.shares.count, (1 + 2 + 1) * thresholds.count * profiles.count)
      // Gaps: every listed place but the anchor outside by the deciding time, worst first (the
      // anchor is never a gap of its own circle; in a real run its time is 0).
      for threshold in Array(Set(thresholds)).sorted() {
        let gaps = report.gaps.filter { $0.thresholdMinutes == threshold }
        let outside = listed.filter { index in
          guard index != 0 else { return false }
          guard let time = deciding(index) else { return true }
          return Double(time) > threshold * 60
        }
        XCTAssertEqual(Set(gaps.map(\.placeIndex)), Set(outside), "seed \(seed)")
        for (a, b) in zip(gaps, gaps.dropFirst()) {
          let aKey = (a.minutesOver == nil ? 1 : 0, a.minutesOver == nil ? 0 : a.personMinutesOver)
          let bKey = (b.minutesOver == nil ? 1 : 0, b.minutesOver == nil ? 0 : b.personMinutesOver)
          XCTAssertTrue(aKey.0 > bKey.0 || (aKey.0 == bKey.0 && aKey.1 >= bKey.1), "seed \(seed)")
        }
        for gap in gaps {
          if let time = deciding(gap.placeIndex) {
            XCTAssertEqual(gap.minutesOver, (Double(time) - threshold * 60) / 60)
          } else {
            XCTAssertNil(gap.minutesOver)
          }
        }
      }
      // Fastest single mode: the minimum over car, rail and transit.
      for place in report.places {
        let singles = profiles.indices.filter { profiles[$0] != .any }
          .compactMap { seconds($0, place.placeIndex) }
        XCTAssertEqual(place.fastestSingleMode.flatMap { $0.seconds.map(Int.init) }, singles.min())
      }
    }
  }

  func test_thresholdIsInclusive_andUnreachableIsAlwaysOutside() throws {
    let places = [
      Place(
        id: "a", nameZh: "甲", nameEn: "A", kind: .cityCore, latitude: 44, longitude: 125,
        population: 10),
      Place(
        id: "b", nameZh: "乙", nameEn: "B", kind: .town, latitude: 44, longitude: 125, population: 5),
      Place(
        id: "c", nameZh: "丙", nameEn: "C", kind: .town, latitude: 44, longitude: 125, population: 7),
    ]
    let network = try Network(manifest: NetworkManifest(name: "t", version: "1"), places: places)
    let request = CoverageRequest(anchors: [0], thresholdsMinutes: [60], profiles: [.car])
    // b takes exactly 3600 s (inside), c is unreachable.
    let report = CoverageAnalysis.assemble(
      request, network: network, tripsByProfile: [[trip(0, place: 0), trip(3600, place: 1), nil]])
    XCTAssertEqual(report.places.map { $0.isInside(thresholdMinutes: 60) }, [true, true, false])
    XCTAssertEqual(report.gaps.map(\.placeIndex), [2])
    // The anchor a (10 people) is left out: b 5 inside of b 5 + c 7.
    XCTAssertEqual(report.shares[0].populationInside, 5)
    XCTAssertEqual(report.shares[0].populationTotal, 12)
    XCTAssertEqual(report.anchorPopulation, 10)
  }
}
