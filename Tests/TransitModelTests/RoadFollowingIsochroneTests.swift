import XCTest

@testable import TransitModel

/// Car and `any` isochrones follow the roads: a point along a link is timed by `RoadLinkReach`,
/// checked by hand, against an independent oracle (the same link cut in two at a junction, timed by
/// the ordinary search), and through the bands built from it (they nest and hold every point the
/// network reaches well within the cutoff).
final class RoadFollowingIsochroneTests: XCTestCase {
  /// a at (43.9, 125.3), b 0.45° east; an expressway of 50 km (30 min at 100 km/h) between them.
  private func roadPair(oneway: Bool) throws -> ValidatedNetwork {
    var fixture = NetworkFixture()
    fixture.place("a", lat: 43.9, lon: 125.3)
    fixture.place("b", lat: 43.9, lon: 125.75)
    fixture.road("ab", "a", "b", roadClass: "expressway", lengthKm: 50, oneway: oneway)
    return try fixture.load()
  }

  func test_midpointOfATwoWayLink_isHalfTheDrivePlusParking() throws {
    // From a: 15 min to the middle + 5 parking = 20. A quarter of the way from b: b is reached at
    // 30, but a is nearer: 7.5 + 5 = 12.5 at fraction 0.25. Toward a: 15 + 5 parking at a = 20.
    let network = try roadPair(oneway: false)
    var engine = TravelTimeEngine(network: network, profile: .car)
    let a = try XCTUnwrap(network.network.placeIndex(of: "a"))
    let from = try XCTUnwrap(engine.roadLinkReaches(origins: [a], direction: .from).first)
    XCTAssertEqual(from.minutes(atFraction: 0.5), 20, accuracy: 1e-9)
    XCTAssertEqual(from.minutes(atFraction: 0.25), 12.5, accuracy: 1e-9)
    let to = try XCTUnwrap(engine.roadLinkReaches(origins: [a], direction: .to).first)
    XCTAssertEqual(to.minutes(atFraction: 0.5), 20, accuracy: 1e-9)
  }

  func test_oneWayLink_isEnteredOnlyAtItsFromEnd() throws {
    // a → b only. From b: a is never reached by car, so no point of the link is. Toward b: the
    // middle drives on to b (15 min) and parks there (5).
    let network = try roadPair(oneway: true)
    var engine = TravelTimeEngine(network: network, profile: .car)
    let b = try XCTUnwrap(network.network.placeIndex(of: "b"))
    let from = try XCTUnwrap(engine.roadLinkReaches(origins: [b], direction: .from).first)
    XCTAssertFalse(from.isReached)
    let to = try XCTUnwrap(engine.roadLinkReaches(origins: [b], direction: .to).first)
    XCTAssertEqual(to.minutes(atFraction: 0.5), 20, accuracy: 1e-9)
  }

  func test_railProfile_hasNoRoadLinkPoints() throws {
    let network = try roadPair(oneway: false)
    var engine = TravelTimeEngine(network: network, profile: .rail)
    XCTAssertTrue(engine.roadLinkReaches(origins: [0], direction: .from).isEmpty)
  }

  func test_pointsAlongTheLink_bridgeTheGapBetweenItsEnds() throws {
    // The 36 km between a and b are farther than twice the 10 km off-network reach: only points
    // along the road join the two ends into one 40-minute band.
    let network = try roadPair(oneway: false)
    var engine = TravelTimeEngine(network: network, profile: .car)
    let isochrone = try engine.isochrone(origins: [0], direction: .from)
    let band = isochrone.band(within: 40, origins: [(43.9, 125.3)])
    XCTAssertEqual(band.polygons.count, 1)
  }

  /// `network` with the road link `index` cut at `fraction` by a new junction `zz-cut`: two links
  /// with the same class, speed and one-way rule, sharing the length (or the explicit minutes).
  private func cut(_ network: Network, link index: Int, at fraction: Double) throws
    -> ValidatedNetwork
  {
    var result = network
    let link = network.roadLinks[index]
    _ = result.junctions.insert(
      Junction(
        id: JunctionID("zz-cut"), nameZh: "切", nameEn: "cut", latitude: 43, longitude: 125,
        source: "est. test"))
    _ = result.roadLinks.remove(key: link.id)
    var first = link
    first.id = RoadLinkID("zz-cut-first")
    first.to = RoadNodeID("zz-cut")
    first.lengthKm = link.lengthKm * fraction
    first.minutes = link.minutes.map { $0 * fraction }
    var second = link
    second.id = RoadLinkID("zz-cut-second")
    second.from = RoadNodeID("zz-cut")
    second.lengthKm = link.lengthKm * (1 - fraction)
    second.minutes = link.minutes.map { $0 * (1 - fraction) }
    _ = result.roadLinks.insert(first)
    _ = result.roadLinks.insert(second)
    return try result.validated()
  }

  func test_randomLinks_agreeWithTheLinkCutAtAJunction() throws {
    var random = SplitMix64(seed: 1414)
    var compared = 0
    var reachedOneway = 0
    var reachedFromTheToEnd = 0
    for index in 0..<400 {
      let network = try RandomNetwork.make(&random)
      let parameters = RandomNetwork.parameters(&random)
      guard !network.network.roadLinks.isEmpty else { continue }
      let profile: Profile = random.chance(0.5) ? .car : .any
      let direction: TravelDirection = random.chance(0.5) ? .from : .to
      let origin = random.int(below: network.network.places.count)
      let link = random.int(below: network.network.roadLinks.count)
      let fraction = Double(random.int(1...9)) / 10
      var engine = TravelTimeEngine(network: network, profile: profile, parameters: parameters)
      let reach = engine.roadLinkReaches(origins: [origin], direction: direction)[link]
      let expected = reach.minutes(atFraction: fraction)

      let cutNetwork = try cut(network.network, link: link, at: fraction)
      var cutEngine = TravelTimeEngine(
        network: cutNetwork, profile: profile, parameters: parameters)
      let points =
        direction == .from ? cutEngine.compiled.egressPoints : cutEngine.compiled.accessPoints
      let at = try XCTUnwrap(points.firstIndex { $0.id == "zz-cut" })
      let cutOrigin = try XCTUnwrap(
        cutNetwork.network.placeIndex(of: network.network.places[origin].id))
      let actual = cutEngine.isochroneSeeds(origins: [cutOrigin], direction: direction)[at]
        .minutes
      let context = "case \(index): \(profile) \(direction), link \(link) at \(fraction)"
      XCTAssertEqual(expected.isFinite, actual.isFinite, context)
      guard expected.isFinite, actual.isFinite else { continue }
      // Each piece of the cut link, and the ends' own times, are rounded to whole seconds.
      XCTAssertEqual(expected, actual, accuracy: 2.01 / 60, context)
      compared += 1
      if network.network.roadLinks[link].oneway { reachedOneway += 1 }
      // The far end (entered against the direction of a trip from `from`) decided the time.
      var nearEndOnly = reach
      if direction == .from { nearEndOnly.toSeconds = nil } else { nearEndOnly.fromSeconds = nil }
      if nearEndOnly.minutes(atFraction: fraction) > expected { reachedFromTheToEnd += 1 }
    }
    // The random cases must keep exercising one-way links and points reached from the far end.
    XCTAssertGreaterThan(compared, 100)
    XCTAssertGreaterThan(reachedOneway, 15)
    XCTAssertGreaterThan(reachedFromTheToEnd, 15)
  }

  /// A random network with its places and junctions spread over about 45 × 30 km.
  private func spreadNetwork(_ random: inout SplitMix64) throws -> ValidatedNetwork {
    var network = try RandomNetwork.make(&random).network
    for place in Array(network.places) {
      var moved = place
      moved.latitude = 43.8 + random.uniform(0, 0.3)
      moved.longitude = 125.1 + random.uniform(0, 0.5)
      _ = network.places.update(moved)
    }
    for junction in Array(network.junctions) {
      var moved = junction
      moved.latitude = 43.8 + random.uniform(0, 0.3)
      moved.longitude = 125.1 + random.uniform(0, 0.5)
      _ = network.junctions.update(moved)
    }
    return try network.validated()
  }

  func test_roadFollowingBands_nestAndHoldEveryPointReachedWellWithinTheCutoff() throws {
    var random = SplitMix64(seed: 60)
    var checkedLinkPoints = 0
    for index in 0..<40 {
      let network = try spreadNetwork(&random)
      var parameters = RandomNetwork.parameters(&random)
      parameters.gridKm = random.uniform(0.8, 1.5)
      parameters.maxOffNetworkKm = random.uniform(3, 8)
      let profile: Profile = random.chance(0.5) ? .car : .any
      let direction: TravelDirection = random.chance(0.5) ? .from : .to
      var engine = TravelTimeEngine(network: network, profile: profile, parameters: parameters)
      let origin = random.int(below: network.network.places.count)
      let isochrone = try engine.isochrone(origins: [origin], direction: direction)
      let seeds = engine.isochroneSeeds(origins: [origin], direction: direction)
      let place = network.network.places[origin]
      let cutoffs = [15.0, 30, 45, 60]
      let bands = cutoffs.map {
        isochrone.band(within: $0, origins: [(place.latitude, place.longitude)])
      }
      // A point reached at t lies in a grid cell whose four corners are at most one cell diagonal
      // away, reached by t + diagonal ÷ off-network speed: a whole cell inside the band.
      let margin = 2.0.squareRoot() * parameters.gridKm / parameters.offNetworkSpeedKmh * 60
      let pointCount =
        (direction == .from ? engine.compiled.egressPoints : engine.compiled.accessPoints).count
      for (cutoff, band) in zip(cutoffs, bands) {
        for (seedIndex, seed) in seeds.enumerated() where seed.minutes <= cutoff - margin {
          XCTAssertTrue(
            BandContainment.contains(band, latitude: seed.latitude, longitude: seed.longitude),
            "case \(index): point \(seedIndex) at \(seed.minutes) min outside the \(cutoff) band")
          if seedIndex >= pointCount && seedIndex < seeds.count - 1 { checkedLinkPoints += 1 }
        }
      }
      // Nesting, probed on random points around the network.
      for _ in 0..<300 {
        let latitude = 43.75 + random.uniform(0, 0.4)
        let longitude = 125.0 + random.uniform(0, 0.7)
        let inside = bands.map {
          BandContainment.contains($0, latitude: latitude, longitude: longitude)
        }
        for step in 1..<inside.count where inside[step - 1] {
          XCTAssertTrue(inside[step], "case \(index): (\(latitude), \(longitude)) not nested")
        }
      }
    }
    XCTAssertGreaterThan(checkedLinkPoints, 500)
  }
}
