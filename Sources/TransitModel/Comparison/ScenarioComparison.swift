/// Weighs proposals side by side (`compare`): each scenario alone against the same base, on what a
/// planner decides by — places and people joining the circle, person-minutes saved — and ranks
/// them. The base is compiled once per profile; a scenario that changes only figures re-weights
/// that compiled structure instead of compiling it again.
public struct ScenarioComparison: Sendable {
  /// The base network (with any scenarios common to all already applied).
  public let base: ValidatedNetwork
  /// The parameters of the base (scenarios' `set-parameter` of each compared scenario apply on
  /// top of these for that scenario).
  public let parameters: Parameters
  public let request: ComparisonRequest
  private let compiled: [Profile: CompiledNetwork]
  private let before: [Profile: [PlaceID: Int32?]]
  /// The listed places of the base, in place order.
  private let listed: [Place]

  public init(base: ValidatedNetwork, parameters: Parameters, request: ComparisonRequest) {
    self.base = base
    self.parameters = parameters
    self.request = request
    var compiled: [Profile: CompiledNetwork] = [:]
    var before: [Profile: [PlaceID: Int32?]] = [:]
    for profile in request.profiles {
      let network = CompiledNetwork(network: base, profile: profile, parameters: parameters)
      compiled[profile] = network
      before[profile] = Self.times(network, request)
    }
    self.compiled = compiled
    self.before = before
    self.listed = base.network.places.filter {
      request.scope.includes($0) && !request.anchors.contains($0.id)
    }
  }

  /// Seconds between each place and the nearest anchor, by id.
  private static func times(_ compiled: CompiledNetwork, _ request: ComparisonRequest)
    -> [PlaceID: Int32?]
  {
    let network = compiled.network
    let anchors = request.anchors.compactMap { network.placeIndex(of: $0) }
    var engine = TravelTimeEngine(compiled)
    let seconds = engine.placeTimes(anchors, direction: request.direction)
    var result: [PlaceID: Int32?] = [:]
    for (index, place) in network.places.enumerated() { result[place.id] = seconds[index] }
    return result
  }

  /// What `network` (the base with one scenario applied), with `parameters` (the scenario's and
  /// the command line's), changes.
  public func outcome(
    name: String, file: String, network: ValidatedNetwork, parameters: Parameters
  ) -> ScenarioOutcome {
    var changes: [Profile: [PlaceChange]] = [:]
    var outcomes: [ThresholdOutcome] = []
    var reweightedOnly = true
    for profile in request.profiles {
      let baseCompiled = compiled[profile]!
      let recompiled = baseCompiled.recompiledReportingReuse(for: network, parameters: parameters)
      if !recompiled.reweighted { reweightedOnly = false }
      let after = Self.times(recompiled.compiled, request)
      let list = listed.map { place in
        PlaceChange(
          place: place.id, population: place.population,
          secondsBefore: before[profile]?[place.id] ?? nil, secondsAfter: after[place.id] ?? nil)
      }
      changes[profile] = list
      for threshold in request.thresholdsMinutes {
        outcomes.append(Self.outcome(list, profile: profile, threshold: threshold))
      }
    }
    return ScenarioOutcome(
      name: name, file: file, changes: changes, outcomes: outcomes, reweightedOnly: reweightedOnly)
  }

  private static func outcome(_ list: [PlaceChange], profile: Profile, threshold: Double)
    -> ThresholdOutcome
  {
    var result = ThresholdOutcome(
      profile: profile, thresholdMinutes: threshold, placesJoining: [], placesLeaving: [],
      populationJoining: 0, populationLeaving: 0, personMinutesSaved: 0, placesNewlyReachable: [])
    for change in list {
      let insideBefore = CoverageGapRule.isWithin(
        seconds: change.secondsBefore, thresholdMinutes: threshold)
      let insideAfter = CoverageGapRule.isWithin(
        seconds: change.secondsAfter, thresholdMinutes: threshold)
      if !insideBefore && insideAfter {
        result.placesJoining.append(change.place)
        result.populationJoining += change.population
      } else if insideBefore && !insideAfter {
        result.placesLeaving.append(change.place)
        result.populationLeaving += change.population
      }
      if let saved = change.minutesSaved {
        result.personMinutesSaved += saved * Double(change.population)
      }
      if change.secondsBefore == nil && change.secondsAfter != nil {
        result.placesNewlyReachable.append(change.place)
      }
    }
    return result
  }

  /// `outcomes` ranked by the request's metric at its ranking key, best first; ties go to the
  /// larger person-minutes saved, then the name.
  public func ranked(_ outcomes: [ScenarioOutcome]) -> [ScenarioOutcome] {
    let key = request.rankingKey
    func value(_ outcome: ScenarioOutcome, _ metric: ComparisonMetric) -> Double {
      outcome.outcome(key.profile, key.thresholdMinutes)?.value(of: metric) ?? 0
    }
    return outcomes.sorted { a, b in
      let (x, y) = (value(a, request.rankBy), value(b, request.rankBy))
      if x != y { return x > y }
      let (p, q) = (value(a, .personMinutesSaved), value(b, .personMinutesSaved))
      if p != q { return p > q }
      return (a.name, a.file) < (b.name, b.file)
    }
  }
}
