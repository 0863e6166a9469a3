import Testing

@testable import TransitModel

/// The anchor rule (DESIGN.md "Honest figures"): shares count the places around the centre, never
/// the anchors' own residents; the anchors' population is reported beside.
@Suite("Coverage anchors")
struct CoverageAnchorsTests {
  /// Two anchors (a core of 1,000 people and a core of 0, whose people live in its district), a
  /// district of the first anchor 50 km out, a district of the second, and a town; a corridor of the
  /// two anchors only, a cluster of the first anchor, its district and the town.
  private static func network() throws -> Network {
    func place(_ id: PlaceID, _ population: Int, parent: PlaceID? = nil, clusters: [ClusterID] = [])
      -> Place
    {
      Place(
        id: id, nameZh: "地\(id)", nameEn: "\(id)", kind: .district, latitude: 44, longitude: 125,
        population: population, parent: parent, clusters: clusters)
    }
    return try Network(
      manifest: NetworkManifest(name: "anchors", version: "1"),
      places: [
        place("core-a", 1000, clusters: ["ring"]),
        place("core-b", 0),
        place("district-a", 200, parent: "core-a", clusters: ["ring"]),
        place("district-b", 300, parent: "core-b"),
        place("town", 100, clusters: ["ring"]),
      ],
      clusters: [Cluster(id: "ring", nameZh: "环", nameEn: "Ring")],
      corridors: [
        Corridor(id: "cores", nameZh: "核", nameEn: "Cores", placeIDs: ["core-a", "core-b"])
      ]
    )
  }

  /// A drive of `minutes` from the place at `index`.
  private static func trip(_ minutes: Int32, from index: Int) -> Trip {
    var breakdown = TripBreakdown()
    breakdown.driveSeconds = minutes * 60
    return Trip(
      origin: index, destination: 0,
      legs: [TripLeg(kind: .drive, seconds: minutes * 60, from: .place("x"), to: .place("y"))],
      totalSeconds: minutes * 60, breakdown: breakdown)
  }

  /// core-a and core-b are anchors at 0 minutes; district-a 30 min, district-b 90, town 45.
  private static func report() throws -> (CoverageReport, Network) {
    let network = try network()
    let index = { (id: PlaceID) in network.placeIndex(of: id)! }
    let minutes: [PlaceID: Int32] = [
      "core-a": 0, "core-b": 0, "district-a": 30, "district-b": 90, "town": 45,
    ]
    let trips: [Trip?] = network.places.indices.map { place in
      trip(minutes[network.places[place].id]!, from: place)
    }
    let request = CoverageRequest(
      anchors: [index("core-b"), index("core-a")], profiles: [.car], scope: .all)
    return (CoverageAnalysis.assemble(request, network: network, tripsByProfile: [trips]), network)
  }

  @Test("Every anchor is left out of the scope's share, numerator and denominator")
  func scopeShare() throws {
    let (report, _) = try Self.report()
    let scope = try #require(report.shares.first { $0.group == .scope })
    // district-a 200 and town 100 are inside 60 minutes, district-b 300 is not; the anchors'
    // 1,000 people count in neither.
    #expect(scope.populationInside == 300)
    #expect(scope.populationTotal == 600)
    #expect(scope.placesInside == 2)
    #expect(scope.placesTotal == 3)
    #expect(report.anchorPopulation == 1000)
  }

  @Test("A district whose parent is an anchor is not an anchor")
  func childOfAnAnchorCounts() throws {
    let (report, network) = try Self.report()
    let district = try #require(report.places.first { $0.place.id == "district-a" })
    #expect(!district.isAnchor)
    let cluster = try #require(report.shares.first { $0.group == .cluster })
    // The cluster holds core-a (left out), district-a (inside) and town (inside).
    #expect(cluster.populationInside == 300)
    #expect(cluster.populationTotal == 300)
    #expect(report.places.filter(\.isAnchor).map(\.place.id) == ["core-a", "core-b"])
    #expect(network.places.count == 5)
  }

  @Test("A group of anchors only has no population left, hence no share")
  func anchorsOnlyGroup() throws {
    let (report, _) = try Self.report()
    let corridor = try #require(report.shares.first { $0.group == .corridor })
    #expect(corridor.populationTotal == 0)
    #expect(corridor.placesTotal == 0)
    #expect(corridor.share.isNaN)
  }

  @Test("An anchor is never a gap, whatever its time")
  func anchorsAreNoGaps() throws {
    let (report, network) = try Self.report()
    let gapIDs = report.gaps.map { network.places[$0.placeIndex].id }
    #expect(gapIDs == ["district-b"])
    let rule = CoverageGapRule(report.request, thresholdMinutes: 60)
    let coreA = network.placeIndex(of: "core-a")!
    #expect(!rule.isGap(network.places[coreA], placeIndex: coreA, seconds: nil))
  }

  @Test("The anchors' population counts each anchor once, and only anchors")
  func anchorPopulation() throws {
    let network = try Self.network()
    #expect(CoverageAnchors([0, 0, 1]).population(in: network) == 1000)
    #expect(CoverageAnchors([1]).population(in: network) == 0)
    #expect(CoverageAnchors([2, 99]).population(in: network) == 200)
  }
}
