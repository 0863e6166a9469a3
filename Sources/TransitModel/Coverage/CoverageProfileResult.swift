/// One profile's best trip between a place and the nearest anchor.
public struct CoverageProfileResult: Sendable, Hashable {
  /// What the traveller may use for this result.
  public var profile: Profile
  /// Door-to-door seconds; nil when unreachable.
  public var seconds: Int32?
  /// The best trip leg by leg (its `breakdown` says where the minutes go); nil when unreachable.
  public var trip: Trip?

  /// A result; `seconds` is nil when `trip` is nil (as `CoverageAnalysis` builds them).
  public init(profile: Profile, seconds: Int32?, trip: Trip?) {
    self.profile = profile
    self.seconds = seconds
    self.trip = trip
  }

  /// Whether any trip reaches (or leaves) the anchors with this profile.
  public var isReachable: Bool { seconds != nil }

  /// Whether this time is within `thresholdMinutes`: inclusive, compared in whole seconds
  /// (`CoveragePlaceResult.seconds(ofMinutes:)`); never when unreachable
  /// (`CoverageGapRule.isWithin`).
  public func isInside(thresholdMinutes: Double) -> Bool {
    CoverageGapRule.isWithin(seconds: seconds, thresholdMinutes: thresholdMinutes)
  }

  /// Seconds beyond `thresholdMinutes` (0 when inside); nil when unreachable.
  public func secondsOver(thresholdMinutes: Double) -> Int64? {
    guard let seconds else { return nil }
    return max(0, Int64(seconds) - CoveragePlaceResult.seconds(ofMinutes: thresholdMinutes))
  }
}
