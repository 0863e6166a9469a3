/// The population share inside a threshold for one group of places and one profile.
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

  public var group: Group
  /// The scope's name (`metro`, `cluster`, `all`), or the cluster or corridor id.
  public var groupID: String
  public var nameZh: String
  public var nameEn: String
  public var profile: Profile
  public var thresholdMinutes: Double
  public var populationInside: Int
  public var populationTotal: Int
  public var placesInside: Int
  public var placesTotal: Int

  /// `populationInside / populationTotal`; NaN when the group has no population.
  public var share: Double {
    populationTotal > 0 ? Double(populationInside) / Double(populationTotal) : .nan
  }
}
