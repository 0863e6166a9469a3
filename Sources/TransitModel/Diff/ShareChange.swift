/// One coverage share (of the scope, a cluster or a corridor; one profile and threshold) in two
/// versions of a network.
public struct ShareChange: Sendable, Hashable {
  /// Whether the share is of the scope, a cluster or a corridor.
  public var group: CoverageShare.Group
  /// The scope's name, or the cluster or corridor id.
  public var groupID: String
  /// The cluster's or corridor's Chinese name (the new version's when it has the group).
  public var nameZh: String
  /// The profile whose times are counted.
  public var profile: Profile
  /// The threshold, minutes.
  public var thresholdMinutes: Double
  /// The share in the old version; nil when the group is only in the new one.
  public var before: CoverageShare?
  /// The share in the new version; nil when the group is only in the old one.
  public var after: CoverageShare?

  init(before: CoverageShare?, after: CoverageShare) {
    self.init(identity: after, before: before, after: after)
  }

  init(before: CoverageShare, after: CoverageShare?) {
    self.init(identity: before, before: before, after: after)
  }

  private init(identity: CoverageShare, before: CoverageShare?, after: CoverageShare?) {
    group = identity.group
    groupID = identity.groupID
    nameZh = identity.nameZh
    profile = identity.profile
    thresholdMinutes = identity.thresholdMinutes
    self.before = before
    self.after = after
  }

  /// Whether the residents or places inside, or the totals, differ (or the group is only in one
  /// version).
  public var isChanged: Bool {
    guard let before, let after else { return true }
    return before.populationInside != after.populationInside
      || before.populationTotal != after.populationTotal
      || before.placesInside != after.placesInside || before.placesTotal != after.placesTotal
  }

  /// The shares of two coverage reports of one request matched by group, profile and threshold:
  /// in the new report's order, then the groups only in the old one (in its order).
  public static func pairs(before: [CoverageShare], after: [CoverageShare]) -> [ShareChange] {
    struct Key: Hashable {
      var group: CoverageShare.Group
      var id: String
      var profile: Profile
      var threshold: Double
    }
    func key(_ share: CoverageShare) -> Key {
      Key(
        group: share.group, id: share.groupID, profile: share.profile,
        threshold: share.thresholdMinutes)
    }
    var old: [Key: CoverageShare] = [:]
    for share in before { old[key(share)] = share }
    var result = after.map { ShareChange(before: old.removeValue(forKey: key($0)), after: $0) }
    result += before.filter { old[key($0)] != nil }.map { ShareChange(before: $0, after: nil) }
    return result
  }
}
