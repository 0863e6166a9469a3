/// One profile's best trip between a place and the nearest anchor.
public struct CoverageProfileResult: Sendable, Hashable {
  /// What the traveller may use for this result.
  public var profile: Profile
  /// Door-to-door seconds; nil when unreachable.
  public var seconds: Int32?
  /// The best trip summed up (its `breakdown` says where the minutes go, `lineIDs` what it
  /// rides); nil when unreachable.
  public var summary: TripSummary?
  /// Seconds of the trip that come from rows whose source is estimated (`Trip.estimatedSeconds`);
  /// nil when unreachable.
  public var estimatedSeconds: Int32?
  /// Thin services the trip rides (`LineService.isThin`), in riding order.
  public var thinLines: [LineID]

  /// A result; `seconds` is nil when `summary` is nil (as `CoverageAnalysis` builds them).
  public init(
    profile: Profile, seconds: Int32?, summary: TripSummary?, estimatedSeconds: Int32? = nil,
    thinLines: [LineID] = []
  ) {
    self.profile = profile
    self.seconds = seconds
    self.summary = summary
    self.estimatedSeconds = estimatedSeconds
    self.thinLines = thinLines
  }

  /// The fraction of the trip's seconds that come from estimated rows (0…1); nil when unreachable
  /// or not known, 0 for a trip of 0 seconds.
  public var estimatedShare: Double? {
    guard let seconds, let estimatedSeconds else { return nil }
    return seconds > 0 ? Double(estimatedSeconds) / Double(seconds) : 0
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
