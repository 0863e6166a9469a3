import Graph
import XCTest

@testable import TransitModel

/// Place lookup, determinism of the compiled graph, egress points.
final class NetworkQueryTests: XCTestCase {
  private func network() throws -> ValidatedNetwork {
    var fixture = NetworkFixture()
    fixture.add(
      "places.csv", "changchun,长春,Changchun,city-core,43.8868,125.3245,4000000,,,yes,t,t")
    fixture.add("places.csv", "jilin,吉林,Jilin,city-core,43.8378,126.5496,1800000,,,yes,t,t")
    fixture.add("places.csv", "jiutai,九台,Jiutai,district,44.1519,125.8393,600000,,,yes,t,t")
    fixture.road("r1", "changchun", "jiutai", lengthKm: 50)
    fixture.road("r2", "jiutai", "jilin", lengthKm: 60)
    return try fixture.load()
  }

  func test_resolvePlace_byIDChineseOrEnglishName_caseInsensitive() throws {
    let network = try network()
    XCTAssertEqual(try network.resolvePlace("jilin").get(), network.placeIndex(of: "jilin"))
    XCTAssertEqual(try network.resolvePlace("吉林").get(), network.placeIndex(of: "jilin"))
    XCTAssertEqual(
      try network.resolvePlace("  CHANGCHUN ").get(), network.placeIndex(of: "changchun"))
    XCTAssertEqual(try network.resolvePlace("JiuTai").get(), network.placeIndex(of: "jiutai"))
  }

  func test_resolvePlace_suggestsTheClosest() throws {
    let network = try network()
    guard case .failure(let typo) = network.resolvePlace("changchum") else { return XCTFail() }
    XCTAssertEqual(typo.suggestions, ["changchun"])
    XCTAssertEqual(typo.description, "unknown place 'changchum'; did you mean: changchun?")
    guard case .failure(let part) = network.resolvePlace("长") else { return XCTFail() }
    XCTAssertEqual(part.suggestions, ["changchun"])
    guard case .failure(let nothing) = network.resolvePlace("harbin-east-station") else {
      return XCTFail()
    }
    XCTAssertEqual(nothing.suggestions, [])
  }

  func test_resolvePlace_shortNames() throws {
    var fixture = NetworkFixture()
    fixture.add(
      "places.csv", "changchun,长春（中心城区）,Changchun (core),city-core,43.8,125.3,1,,,yes,t,t")
    fixture.add(
      "places.csv", "changchun-new-area,长春新区,Changchun New Area,district,44,125.4,1,,,yes,t,t")
    fixture.add("places.csv", "dehui,德惠市,Dehui,county-seat,44.5,125.7,1,,,yes,t,t")
    fixture.add("places.csv", "jilin,吉林（中心城区）,Jilin City (core),city-core,43.8,126.5,1,,,yes,t,t")
    fixture.add("places.csv", "nongan,农安县,Nong'an County,county-seat,44.4,125.2,1,,,yes,t,t")
    let network = try fixture.load()
    for (query, id) in [
      ("长春", "changchun"), ("德惠", "dehui"), ("吉林", "jilin"), ("jilin city", "jilin"),
      ("Changchun", "changchun"), ("农安", "nongan"), ("nong'an", "nongan"),
      ("长春新区", "changchun-new-area"),
    ] {
      XCTAssertEqual(
        try network.resolvePlace(query).get(), network.placeIndex(of: PlaceID(id)), query)
    }
    XCTAssertEqual(Network.shortForms("长春（中心城区）"), ["长春"])
    XCTAssertEqual(Network.shortForms("Tiexi District (Siping)"), ["tiexi district", "tiexi"])
  }

  func test_resolvePlace_sharedName_isAmbiguous() throws {
    var fixture = NetworkFixture()
    fixture.add("places.csv", "chaoyang-cc,朝阳区,Chaoyang,district,43.8,125.3,700000,,,yes,t,t")
    fixture.add("places.csv", "chaoyang-ln,朝阳市,Chaoyang,external-city,41.6,120.4,2800000,,,no,t,t")
    let network = try fixture.load()
    guard case .failure(let failure) = network.resolvePlace("chaoyang") else { return XCTFail() }
    XCTAssertTrue(failure.isAmbiguous)
    XCTAssertEqual(failure.suggestions, ["chaoyang-cc", "chaoyang-ln"])
    XCTAssertEqual(
      failure.description, "place name 'chaoyang' is ambiguous: chaoyang-cc, chaoyang-ln; use an id"
    )
    XCTAssertEqual(try network.resolvePlace("朝阳市").get(), 1)
  }

  /// 贝塔 is the short name of both 贝塔市 and 贝塔县: ambiguous, never unknown and never either.
  func test_resolvePlace_shortNameOfSeveralPlaces_isAmbiguous() throws {
    var fixture = NetworkFixture()
    fixture.add("places.csv", "alpha,阿尔法,Alpha,town,43.8,125.3,1,,,yes,t,t")
    fixture.add("places.csv", "beta-city,贝塔市,Beta City,county-seat,44,125.4,1,,,yes,t,t")
    fixture.add("places.csv", "beta-county,贝塔县,Beta County,county-seat,44.1,125.5,1,,,yes,t,t")
    let network = try fixture.load()
    for query in ["贝塔", "beta", " BETA "] {
      guard case .failure(let failure) = network.resolvePlace(query) else {
        return XCTFail("\(query) resolved")
      }
      XCTAssertTrue(failure.isAmbiguous, query)
      XCTAssertEqual(failure.suggestions, ["beta-city", "beta-county"], query)
      XCTAssertEqual(
        failure.description,
        "place name '\(query)' is ambiguous: beta-city, beta-county; use an id")
    }
    for (query, id) in [
      ("贝塔市", "beta-city"), ("Beta County", "beta-county"), ("beta-city", "beta-city"),
      ("alpha", "alpha"), ("阿尔法", "alpha"),
    ] {
      XCTAssertEqual(
        try network.resolvePlace(query).get(), network.placeIndex(of: PlaceID(id)), query)
    }
  }

  /// The closer reading of a name wins: a name without its bracketed qualifier (长春 for
  /// 长春（中心城区）) before a name also without its administrative suffix (长春 for 长春市), and
  /// a whole name before either.
  func test_resolvePlace_nameWithoutQualifier_beatsNameWithoutSuffix() throws {
    var fixture = NetworkFixture()
    fixture.add(
      "places.csv", "changchun,长春（中心城区）,Changchun (core),city-core,43.8,125.3,1,,,yes,t,t")
    fixture.add("places.csv", "cc-city,长春市,Changchun City,external-city,44,125.4,1,,,yes,t,t")
    fixture.add("places.csv", "dehui,德惠市,Dehui,county-seat,44.5,125.7,1,,,yes,t,t")
    fixture.add("places.csv", "jilin,吉林（中心城区）,Jilin City (core),city-core,43.8,126.5,1,,,yes,t,t")
    let network = try fixture.load()
    for (query, id) in [
      ("长春", "changchun"), ("Changchun", "changchun"), ("长春市", "cc-city"),
      ("changchun city", "cc-city"), ("德惠", "dehui"), ("Jilin City", "jilin"), ("吉林", "jilin"),
      ("jilin", "jilin"),
    ] {
      XCTAssertEqual(
        try network.resolvePlace(query).get(), network.placeIndex(of: PlaceID(id)), query)
    }
  }

  func test_compiledGraph_doesNotDependOnRowOrder() throws {
    var fixture = CorruptedNetworkTests.richFixture()
    let first = try fixture.load()
    for file in fixture.tables.keys.sorted() where file != "line_stops.csv" {
      guard let rows = fixture.tables[file], rows.count > 2 else { continue }
      fixture.tables[file] = [rows[0]] + rows.dropFirst().reversed()
    }
    let second = try fixture.load()
    XCTAssertEqual(first, second)
    for profile in Profile.allCases {
      let a = CompiledNetwork(network: first, profile: profile, parameters: .defaults)
      let b = CompiledNetwork(network: second, profile: profile, parameters: .defaults)
      XCTAssertEqual(a.graph.arcCount, b.graph.arcCount)
      for arc in 0..<a.graph.arcCount {
        XCTAssertEqual(a.graph.source(ofArc: arc), b.graph.source(ofArc: arc))
        XCTAssertEqual(a.graph.target(ofArc: arc), b.graph.target(ofArc: arc))
        XCTAssertEqual(a.graph.weight(ofArc: arc), b.graph.weight(ofArc: arc))
      }
      XCTAssertEqual(
        TravelTimeEngine(a).matrix(threadCount: 1), TravelTimeEngine(b).matrix(threadCount: 2))
    }
  }

  func test_egressPoints_perProfile() throws {
    let network = try CorruptedNetworkTests.richFixture().load()
    let car = CompiledNetwork(network: network, profile: .car, parameters: .defaults)
    XCTAssertEqual(car.egressPoints.map(\.id), ["a", "b", "c", "j1"])
    let rail = CompiledNetwork(network: network, profile: .rail, parameters: .defaults)
    XCTAssertEqual(rail.egressPoints.map(\.id), ["a", "b", "c", "ap", "cp", "sa", "sb", "sc"])
    let any = CompiledNetwork(network: network, profile: .any, parameters: .defaults)
    XCTAssertEqual(any.egressPoints.count, 9)
    // The time at a place's egress point is the time to the place.
    var engine = TravelTimeEngine(any)
    let times = engine.placeTimes([0], direction: .from)
    var workspace = SearchWorkspace(nodeCount: any.graph.nodeCount)
    workspace.run(on: any.graph, from: [SearchSource(node: any.originNode(ofPlace: 0))])
    for (index, point) in any.egressPoints.prefix(3).enumerated() {
      XCTAssertEqual(workspace.distance(to: point.node), times[index])
    }
    // A stop exit counts the alighting overhead but not the egress: from a to the exit of sb,
    // access 6 + boarding 10 + wait 10 + ride 30 + alighting 5 = 61 (the place b itself is 61 + 4).
    let sb = try XCTUnwrap(any.egressPoints.first { $0.id == "sb" })
    XCTAssertEqual(workspace.distance(to: sb.node), (6 + 10 + 10 + 30 + 5) * 60)
  }

  func test_noAnchorsOrBadIndices_giveUnreachable_neverTrap() throws {
    let network = try CorruptedNetworkTests.richFixture().load()
    var engine = TravelTimeEngine(network: network, profile: .any)
    let count = network.places.count
    for direction in TravelDirection.allCases {
      XCTAssertEqual(
        engine.placeTimes([], direction: direction), Array(repeating: nil, count: count))
      XCTAssertEqual(
        engine.placeTimes([-1, count], direction: direction), Array(repeating: nil, count: count))
      XCTAssertTrue(engine.trips([], direction: direction).allSatisfy { $0 == nil })
    }
    XCTAssertNil(engine.trip(from: -1, to: 0))
    XCTAssertNil(engine.trip(from: 0, to: count))
    // Duplicated anchors count once.
    XCTAssertEqual(
      engine.placeTimes([1, 1], direction: .to), engine.placeTimes([1], direction: .to))
  }
}
