/// The population share inside a threshold for one group of places and one profile; the anchors
/// are left out of it (`CoverageAnchors`).
public struct CoverageShare: Sendable, Hashable {
  /// What the group is.
  public enum Group: String, Sendable, Hashable, CaseIterable {
    /// Every listed place (the scope of the request).
    case scope
    /// The listed places of one cluster.
    case cluster
    /// The listed places of one corridor.
    case corridor
  }

  /// Whether the share is of the scope, a cluster or a corridor.
  public var group: Group
  /// The scope's name (`metro`, `cluster`, `all`), or the cluster or corridor id.
  public var groupID: String
  /// The cluster's or corridor's Chinese name (empty for the scope).
  public var nameZh: String
  /// The cluster's or corridor's English name (empty for the scope).
  public var nameEn: String
  /// The profile whose times are counted.
  public var profile: Profile
  /// Inside means a reachable time of at most this many minutes (compared in whole seconds).
  public var thresholdMinutes: Double
  /// Residents of the group's listed places that are inside, anchors left out.
  public var populationInside: Int
  /// Residents of the group's listed places, anchors left out (`CoverageAnchors`).
  public var populationTotal: Int
  /// Listed places of the group that are inside, anchors left out.
  public var placesInside: Int
  /// Listed places of the group, anchors left out.
  public var placesTotal: Int
  /// Listed places of the group left out because they are anchors.
  public var anchorsLeftOut: Int

  /// `populationInside / populationTotal`; NaN when the group has no population left.
  public var share: Double {
    populationTotal > 0 ? Double(populationInside) / Double(populationTotal) : .nan
  }
}
