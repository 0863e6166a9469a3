import Testing
import TransitModel

/// `--sensitivity` in the model: each variation alone and all together, re-weighting one compiled
/// structure; ranges and flipping places.
@Suite("Sensitivity analysis")
struct SensitivityAnalysisTests {
  /// cc (the anchor, 1,000 people); a (100) by car: road 52 min + parking 5 = 57.0, inside 60;
  /// b (200) by rail: connector 10 + boarding 10 + wait 10 + run 20 (estimated) + alighting 5 +
  /// connector 10 = 65.0, outside. `connectorFactor` scales both connectors in the CSV.
  private static func network(connectorFactor: Double = 1) throws -> ValidatedNetwork {
    var fixture = NetworkFixture()
    fixture.place("cc", population: 1000)
    fixture.place("a", population: 100)
    fixture.place("b", population: 200)
    fixture.road("r1", "a", "cc", minutes: 52)
    fixture.stop("sb", place: "b")
    fixture.stop("scc", place: "cc")
    fixture.add("connectors.csv", "b,sb,walk,\(10 * connectorFactor),est. 800 m")
    fixture.add("connectors.csv", "cc,scc,walk,\(10 * connectorFactor),est. 800 m")
    fixture.add("lines.csv", "l1,甲线,Line 1,intercity,both,20,,,§3 timetable")
    fixture.add("line_stops.csv", "l1,1,sb,,,§3 timetable")
    fixture.add("line_stops.csv", "l1,2,scc,20,,est. 30 km at 90 km/h")
    return try fixture.load()
  }

  private static func request(_ network: ValidatedNetwork, parameters: Parameters = .defaults)
    -> CoverageRequest
  {
    CoverageRequest(
      anchors: [network.network.placeIndex(of: "cc")!], profiles: [.car, .rail, .any],
      scope: .all, parameters: parameters)
  }

  /// Deciding seconds by place id.
  private static func times(_ report: CoverageReport) -> [String: Int32?] {
    Dictionary(uniqueKeysWithValues: report.places.map { ($0.place.id.rawValue, $0.best.seconds) })
  }

  @Test("Each case equals a run compiled from scratch with the varied parameter or figures")
  func casesMatchFreshRuns() throws {
    let network = try Self.network()
    let sensitivity = try SensitivityAnalysis.run(Self.request(network), on: network)
    #expect(sensitivity.cases.count == 8)
    for run in sensitivity.cases {
      let variation = sensitivity.variations[run.variation]
      let parameters = try variation.applied(to: .defaults, at: run.end)
      let edited = try variation.applied(to: network.network, at: run.end).validated()
      let fresh = try CoverageAnalysis.run(
        Self.request(edited, parameters: parameters), on: edited)
      #expect(Self.times(run.report) == Self.times(fresh), "\(variation.input.name) \(run.end)")
    }
  }

  @Test("Connector minutes edited in memory give the times of the same edit written in the CSV")
  func dataEditMatchesParsing() throws {
    let network = try Self.network()
    let variation = SensitivityVariation(.connectorMinutes, .factor(low: 0.8, high: 1.2))
    let sensitivity = try SensitivityAnalysis.run(
      Self.request(network), on: network, variations: [variation])
    let parsed = try Self.network(connectorFactor: 1.2)
    let fresh = try CoverageAnalysis.run(Self.request(parsed), on: parsed)
    #expect(Self.times(sensitivity.cases[1].report) == Self.times(fresh))
    // b by rail: connectors 12 + 12 instead of 10 + 10.
    #expect(Self.times(fresh)["b"] == (65 + 4) * 60)
  }

  @Test("A place on the edge flips, with every variation that flips it")
  func flips() throws {
    let network = try Self.network()
    let sensitivity = try SensitivityAnalysis.run(Self.request(network), on: network)
    let flips = sensitivity.flips()
    // a: 57.0 inside; congestion 1.1 gives 52 × 1.1 + 5 = 62.2 and parking 10 gives 62.0.
    // b: 65.0 outside; no single variation brings it to 60 (connectors 16: 61.0; runs 18: 63.0).
    #expect(flips.count == 1)
    let flip = try #require(flips.first)
    #expect(network.network.places[flip.placeIndex].id == "a")
    #expect(flip.insideAtBase)
    let under = flip.under.map { run -> String in
      let variation = sensitivity.variations[sensitivity.cases[run.case].variation]
      return "\(variation.input.name) \(sensitivity.cases[run.case].end)"
    }
    #expect(under == ["congestion-factor high", "parking-min high"])
    #expect(flip.under.map(\.seconds) == [Int32(62.2 * 60), 62 * 60])
  }

  @Test("A share's range spans the single variations; all together goes further")
  func shareRanges() throws {
    let network = try Self.network()
    let sensitivity = try SensitivityAnalysis.run(Self.request(network), on: network)
    let any = try #require(
      sensitivity.shareRanges.first { $0.base.group == .scope && $0.base.profile == .any })
    #expect(any.base.populationInside == 100)
    #expect(any.base.populationTotal == 300)
    #expect(any.lowest.populationInside == 0)
    #expect(
      sensitivity.variations[sensitivity.cases[any.lowestUnder!].variation].input.name
        == "congestion-factor")
    #expect(any.highest.populationInside == 100)
    #expect(any.highestUnder == nil)
    // All low: a 46.8 + 0 parking; b 8 + 10 + 10 + 18 + 5 + 8 = 59.0: both inside.
    #expect(any.allLow.populationInside == 300)
    #expect(any.allHigh.populationInside == 0)
  }

  @Test("A data input varied by values, not factors, is refused")
  func dataNeedsFactors() throws {
    let network = try Self.network()
    #expect(throws: CoverageRequestError.self) {
      try SensitivityAnalysis.run(
        Self.request(network), on: network,
        variations: [SensitivityVariation(.connectorMinutes, .value(low: 5, high: 10))])
    }
  }

  @Test("Inputs are named like parameters, or as the data they edit")
  func names() {
    #expect(SensitivityInput(name: "congestion") == .parameter("congestion-factor"))
    #expect(SensitivityInput(name: "connector-min") == .connectorMinutes)
    #expect(SensitivityInput(name: "estimated-run-min")?.name == "estimated-run-min")
    #expect(SensitivityInput(name: "no-such-input") == nil)
  }
}
