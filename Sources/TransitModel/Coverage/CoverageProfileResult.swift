import Graph

/// One profile's best trip between a place and the nearest anchor.
public struct CoverageProfileResult: Sendable, Hashable {
  public var profile: Profile
  /// Door-to-door seconds; `Distance.unreachable` when unreachable.
  public var seconds: Int32
  /// The best trip leg by leg (its `breakdown` says where the minutes go); nil when unreachable.
  public var trip: Trip?

  public init(profile: Profile, seconds: Int32, trip: Trip?) {
    self.profile = profile
    self.seconds = seconds
    self.trip = trip
  }

  public var isReachable: Bool { seconds != Distance.unreachable }
}
