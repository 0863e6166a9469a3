/// One listed place's times before and after a scenario, for one profile.
public struct PlaceChange: Sendable, Hashable {
  /// The place (of the base network).
  public var place: PlaceID
  /// Residents (base network).
  public var population: Int
  /// Door-to-door seconds before; nil when unreachable.
  public var secondsBefore: Int32?
  /// Door-to-door seconds after; nil when unreachable (or the scenario removed the place).
  public var secondsAfter: Int32?

  /// Minutes saved (negative: lost); nil unless reachable before and after.
  public var minutesSaved: Double? {
    guard let before = secondsBefore, let after = secondsAfter else { return nil }
    return Double(Int64(before) - Int64(after)) / 60
  }
}

/// What one scenario changes at one profile and threshold.
public struct ThresholdOutcome: Sendable, Hashable {
  public var profile: Profile
  public var thresholdMinutes: Double
  /// Listed places outside before and inside after, by id.
  public var placesJoining: [PlaceID]
  /// Listed places inside before and outside after.
  public var placesLeaving: [PlaceID]
  /// Residents of the places joining.
  public var populationJoining: Int
  /// Residents of the places leaving.
  public var populationLeaving: Int
  /// Σ residents × minutes saved over the listed places reachable before and after.
  public var personMinutesSaved: Double
  /// Listed places unreachable before and reachable after.
  public var placesNewlyReachable: [PlaceID]

  /// The value of `metric` (net of places or people leaving).
  public func value(of metric: ComparisonMetric) -> Double {
    switch metric {
    case .peopleJoining: return Double(populationJoining - populationLeaving)
    case .placesJoining: return Double(placesJoining.count - placesLeaving.count)
    case .personMinutesSaved: return personMinutesSaved
    }
  }
}

/// Everything `compare` reports for one scenario.
public struct ScenarioOutcome: Sendable {
  /// The scenario's name.
  public var name: String
  /// The file it was read from.
  public var file: String
  /// Per profile (request order): each listed place's times.
  public var changes: [Profile: [PlaceChange]]
  /// Per profile and threshold (profile-major, thresholds ascending).
  public var outcomes: [ThresholdOutcome]
  /// Whether the scenario only changed figures, so each profile's compiled graph was re-weighted
  /// rather than compiled anew.
  public var reweightedOnly: Bool

  /// The outcome at one profile and threshold.
  public func outcome(_ profile: Profile, _ thresholdMinutes: Double) -> ThresholdOutcome? {
    outcomes.first { $0.profile == profile && $0.thresholdMinutes == thresholdMinutes }
  }

  /// The listed places that gain most under `profile`, most minutes first (ties by id), with
  /// their times; at most `limit`.
  public func largestGains(_ profile: Profile, limit: Int = 5) -> [PlaceChange] {
    (changes[profile] ?? []).filter {
      ($0.minutesSaved ?? 0) > 0 || ($0.secondsBefore == nil && $0.secondsAfter != nil)
    }
    .sorted { a, b in
      let gainA = a.minutesSaved ?? .infinity
      let gainB = b.minutesSaved ?? .infinity
      if gainA != gainB { return gainA > gainB }
      return a.place < b.place
    }
    .prefix(limit).map { $0 }
  }
}
