/// One door-to-door time between two places that differs between two versions of a network.
public struct TimeChange: Sendable, Hashable {
  /// What the traveller may use.
  public var profile: Profile
  /// The origin (in both versions).
  public var from: PlaceID
  /// The destination (in both versions).
  public var to: PlaceID
  /// Seconds in the old version; nil when unreachable.
  public var secondsBefore: Int32?
  /// Seconds in the new version; nil when unreachable.
  public var secondsAfter: Int32?
  /// Whether the origin or the destination lies in the measured scope, in either version (only
  /// these count for `--fail-if-worse`).
  public var touchesScope: Bool

  public init(
    profile: Profile, from: PlaceID, to: PlaceID, secondsBefore: Int32?, secondsAfter: Int32?,
    touchesScope: Bool
  ) {
    self.profile = profile
    self.from = from
    self.to = to
    self.secondsBefore = secondsBefore
    self.secondsAfter = secondsAfter
    self.touchesScope = touchesScope
  }

  /// New minus old seconds (positive: slower); nil when the pair is unreachable in one version.
  public var deltaSeconds: Int64? {
    guard let before = secondsBefore, let after = secondsAfter else { return nil }
    return Int64(after) - Int64(before)
  }

  /// Whether the trip is slower, or no longer possible.
  public var isWorse: Bool {
    if let delta = deltaSeconds { return delta > 0 }
    return secondsBefore != nil && secondsAfter == nil
  }

  /// Whether the trip became more than `minutes` slower, or impossible (which counts whatever
  /// `minutes` is). Compared in whole seconds (`CoveragePlaceResult.seconds(ofMinutes:)`).
  public func isWorse(byMoreThan minutes: Double) -> Bool {
    if let delta = deltaSeconds { return delta > CoveragePlaceResult.seconds(ofMinutes: minutes) }
    return secondsBefore != nil && secondsAfter == nil
  }

  /// The order of a list of changes: largest first. A trip that became impossible or possible
  /// ranks above any change of minutes (impossible first); then by the size of the change, slower
  /// before faster at equal size; then by origin and destination id.
  public static func largestFirst(_ a: TimeChange, _ b: TimeChange) -> Bool {
    func rank(_ change: TimeChange) -> (Int, Int64, Int) {
      guard let delta = change.deltaSeconds else {
        return (change.secondsAfter == nil ? 0 : 1, 0, 0)
      }
      return (2, -abs(delta), delta > 0 ? 0 : 1)
    }
    let (x, y) = (rank(a), rank(b))
    if x != y { return x < y }
    return (a.from, a.to) < (b.from, b.to)
  }
}
