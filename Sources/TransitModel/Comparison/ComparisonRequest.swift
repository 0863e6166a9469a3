/// What `compare` measures: trips between the listed places and the nearest anchor, per profile
/// and threshold, before and after each scenario, and how to rank the scenarios.
public struct ComparisonRequest: Sendable, Equatable {
  /// The anchors (the centre), by id: a scenario cannot move them.
  public var anchors: [PlaceID]
  /// `.to`: the commute toward the anchors (the default); `.from`: outbound.
  public var direction: TravelDirection
  /// Thresholds in minutes, ascending.
  public var thresholdsMinutes: [Double]
  /// Profiles measured, in `Profile.allCases` order.
  public var profiles: [Profile]
  /// Which places are listed and summed (the base network's membership decides).
  public var scope: CoverageScope
  /// What the ranking sorts by.
  public var rankBy: ComparisonMetric

  public init(
    anchors: [PlaceID], direction: TravelDirection = .to, thresholdsMinutes: [Double] = [60],
    profiles: [Profile] = [.rail, .transit, .any], scope: CoverageScope = .metro,
    rankBy: ComparisonMetric = .peopleJoining
  ) {
    self.anchors = Array(Set(anchors)).sorted()
    self.direction = direction
    self.thresholdsMinutes = Array(Set(thresholdsMinutes)).sorted()
    self.profiles = Profile.allCases.filter { profiles.contains($0) }
    self.scope = scope
    self.rankBy = rankBy
  }

  /// The profile and threshold the ranking reads: `any` when measured (else the last measured
  /// profile, the most permissive), at the first threshold.
  public var rankingKey: (profile: Profile, thresholdMinutes: Double) {
    (profiles.contains(.any) ? .any : profiles.last ?? .any, thresholdsMinutes.first ?? 60)
  }
}

/// What scenarios are ranked by; ties go to the larger person-minutes saved, then the name.
public enum ComparisonMetric: String, Sendable, CaseIterable, Hashable {
  /// Residents of places that join the circle (minus those of places that leave it).
  case peopleJoining = "people-joining"
  /// Places that join the circle (minus those that leave it).
  case placesJoining = "places-joining"
  /// Σ residents × minutes saved over the listed places reachable before and after.
  case personMinutesSaved = "person-minutes-saved"
}
