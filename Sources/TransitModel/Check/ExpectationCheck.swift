import Foundation

/// Evaluates expectations on a network (and, for the relative ones, against the base network
/// without the scenarios), with the same rules as `coverage` and `route`: shares from
/// `CoverageAnalysis`, inside/outside from `CoverageGapRule`, times from `TravelTimeEngine`.
public struct ExpectationCheck {
  public let network: ValidatedNetwork
  /// The network without the scenarios (the same as `network` when none are applied).
  public let base: ValidatedNetwork
  public let parameters: Parameters
  private var engines: [Profile: TravelTimeEngine] = [:]

  public init(network: ValidatedNetwork, base: ValidatedNetwork, parameters: Parameters) {
    self.network = network
    self.base = base
    self.parameters = parameters
  }

  /// Every expectation's result, in order.
  public mutating func run(_ expectations: [Expectation]) throws -> [ExpectationResult] {
    try expectations.map { try evaluate($0) }
  }

  private mutating func engine(_ profile: Profile) -> TravelTimeEngine {
    if let engine = engines[profile] { return engine }
    let engine = TravelTimeEngine(network: network, profile: profile, parameters: parameters)
    engines[profile] = engine
    return engine
  }

  /// Seconds from every place of `target` to the nearest of `anchors` by `profile`.
  private func secondsToAnchors(
    _ anchors: [PlaceID], _ profile: Profile, in target: ValidatedNetwork
  ) -> [PlaceID: Int32?] {
    var engine = TravelTimeEngine(network: target, profile: profile, parameters: parameters)
    let indices = anchors.compactMap { target.placeIndex(of: $0) }
    let seconds = engine.placeTimes(indices, direction: .to)
    var result: [PlaceID: Int32?] = [:]
    for (index, place) in target.network.places.enumerated() { result[place.id] = seconds[index] }
    return result
  }

  private static func minutesText(_ seconds: Int32?) -> String {
    guard let seconds else { return "unreachable" }
    return Parameters.format((Double(seconds) / 6).rounded() / 10) + " min"
  }

  private static func decimal(_ value: Double) -> String {
    Parameters.format((value * 10).rounded() / 10)
  }

  private func outcome(_ holds: Bool, _ expectation: Expectation, toGo: @autoclosure () -> String)
    -> ExpectationResult.Outcome
  {
    if !expectation.isTarget { return holds ? .pass : .fail }
    return holds ? .targetMet : .targetToGo(toGo())
  }

  mutating func evaluate(_ expectation: Expectation) throws -> ExpectationResult {
    switch expectation.claim {
    case .travelTime(let from, let to, let profile, let comparison, let minutes, let tolerance):
      var engine = engine(profile)
      let seconds =
        engine.placeTimes([network.placeIndex(of: from)!], direction: .from)[
          network.placeIndex(of: to)!]
      let value = seconds.map { Double($0) / 60 } ?? .infinity
      let holds = comparison.holds(value, minutes, tolerance: tolerance)
      return ExpectationResult(
        expectation: expectation, measured: Self.minutesText(seconds),
        outcome: outcome(
          holds, expectation,
          toGo: value.isFinite ? "\(Self.decimal(abs(value - minutes))) min to go" : "unreachable"))
    case .share(let group, let threshold, let anchors, let profile, let comparison, let percent):
      let share = try self.share(group, threshold, anchors, profile)
      let value = share.map { $0 * 100 }
      let holds = value.map { comparison.holds($0, percent) } ?? false
      return ExpectationResult(
        expectation: expectation, measured: value.map { Self.decimal($0) + " %" } ?? "n/a",
        outcome: outcome(
          holds, expectation,
          toGo: value.map { "\(Self.decimal(abs($0 - percent))) points to go" } ?? "n/a"))
    case .membership(let place, let inside, let threshold, let anchors, let profile):
      let seconds = secondsToAnchors(anchors, profile, in: network)[place] ?? nil
      let within = CoverageGapRule.isWithin(seconds: seconds, thresholdMinutes: threshold)
      let value = seconds.map { Double($0) / 60 } ?? .infinity
      return ExpectationResult(
        expectation: expectation, measured: Self.minutesText(seconds),
        outcome: outcome(
          within == inside, expectation,
          toGo: value.isFinite
            ? "\(Self.decimal(abs(value - threshold))) min to go" : "unreachable"))
    case .gapCount(let threshold, let anchors, let profile, let comparison, let count):
      let report = try coverage(anchors, threshold, profile, scope: .metro)
      let gaps = report.gaps.filter { $0.thresholdMinutes == threshold }.count
      return ExpectationResult(
        expectation: expectation, measured: "\(gaps) gaps",
        outcome: outcome(
          comparison.holds(Double(gaps), Double(count)), expectation,
          toGo: "\(abs(gaps - count)) gaps to go"))
    case .noTimeWorseThanBase(let limit):
      let worst = worstLoss()
      let holds = worst.map { $0.minutes <= limit } ?? true
      let measured =
        worst.map {
          $0.minutes.isFinite
            ? "worst +\(Self.decimal($0.minutes)) min (\($0.what))"
            : "\($0.what) becomes unreachable"
        } ?? "no time worse"
      return ExpectationResult(
        expectation: expectation, measured: measured,
        outcome: outcome(holds, expectation, toGo: measured))
    case .joins(let place, let threshold, let anchors, let profile):
      let before = secondsToAnchors(anchors, profile, in: base)[place] ?? nil
      let after = secondsToAnchors(anchors, profile, in: network)[place] ?? nil
      let wasInside = CoverageGapRule.isWithin(seconds: before, thresholdMinutes: threshold)
      let isInside = CoverageGapRule.isWithin(seconds: after, thresholdMinutes: threshold)
      let value = after.map { Double($0) / 60 } ?? .infinity
      return ExpectationResult(
        expectation: expectation,
        measured: "\(Self.minutesText(before)) → \(Self.minutesText(after))",
        outcome: outcome(
          !wasInside && isInside, expectation,
          toGo: value.isFinite
            ? "\(Self.decimal(max(0, value - threshold))) min to go" : "unreachable"))
    }
  }

  private func coverage(
    _ anchors: [PlaceID], _ threshold: Double, _ profile: Profile, scope: CoverageScope
  ) throws -> CoverageReport {
    let request = CoverageRequest(
      anchors: anchors.compactMap { network.placeIndex(of: $0) }, thresholdsMinutes: [threshold],
      profiles: [profile], scope: scope, parameters: parameters)
    return try CoverageAnalysis.run(request, on: network)
  }

  /// The share (0…1) of the group, exactly as `coverage` reports it; nil when the group holds
  /// nobody.
  private func share(
    _ group: Expectation.Group, _ threshold: Double, _ anchors: [PlaceID], _ profile: Profile
  ) throws -> Double? {
    let scope: CoverageScope
    let pick: (CoverageShare) -> Bool
    switch group {
    case .scope(let chosen):
      scope = chosen
      pick = { $0.group == .scope }
    case .cluster(let id):
      scope = .metro
      pick = { $0.group == .cluster && $0.groupID == id.rawValue }
    case .corridor(let id):
      scope = .metro
      pick = { $0.group == .corridor && $0.groupID == id.rawValue }
    }
    let report = try coverage(anchors, threshold, profile, scope: scope)
    guard let share = report.shares.first(where: pick), share.populationTotal > 0 else {
      return nil
    }
    return Double(share.populationInside) / Double(share.populationTotal)
  }

  /// The largest loss of any door-to-door time between two places (at least one in the planning
  /// scope), any profile, against the base; nil when nothing is worse.
  private func worstLoss() -> (minutes: Double, what: String)? {
    var worst: (minutes: Double, what: String)?
    let places = base.network.places.filter { network.placeIndex(of: $0.id) != nil }
    for profile in Profile.allCases {
      let before = TravelTimeEngine(network: base, profile: profile, parameters: parameters)
        .matrix(threadCount: 1)
      let after = TravelTimeEngine(network: network, profile: profile, parameters: parameters)
        .matrix(threadCount: 1)
      for a in places {
        for b in places where a.id != b.id && (a.scope != .no || b.scope != .no) {
          let i = base.placeIndex(of: a.id)!
          let j = base.placeIndex(of: b.id)!
          let x = network.placeIndex(of: a.id)!
          let y = network.placeIndex(of: b.id)!
          guard let old = before[i, j] else { continue }
          let loss = after[x, y].map { Double(Int64($0) - Int64(old)) / 60 } ?? .infinity
          if loss > 0, loss > (worst?.minutes ?? 0) {
            worst = (loss, "\(a.id) → \(b.id) by \(profile.rawValue)")
          }
        }
      }
    }
    return worst
  }
}
