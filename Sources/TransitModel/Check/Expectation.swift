/// One line of an expectations file (`check`): a statement about door-to-door times or coverage
/// that must hold, or, as a `target:`, a goal reported with its distance to go and never failing.
public struct Expectation: Sendable, Hashable {
  /// What is stated.
  public var claim: Claim
  /// A goal of the plan that need not hold yet: reported, never failing.
  public var isTarget: Bool
  /// The line as written (without the `target:` prefix), for the report.
  public var text: String
  /// Where the line is.
  public var location: SourceLocation

  /// `<=` or `>=`.
  public enum Comparison: String, Sendable, Hashable {
    case atMost = "<="
    case atLeast = ">="

    /// Whether `value` satisfies `value OP bound` with `tolerance` of slack.
    public func holds(_ value: Double, _ bound: Double, tolerance: Double = 0) -> Bool {
      switch self {
      case .atMost: return value <= bound + tolerance
      case .atLeast: return value >= bound - tolerance
      }
    }
  }

  /// The group a share is taken over.
  public enum Group: Sendable, Hashable {
    /// The places `coverage` lists with this scope (`metro`, `cluster`: any cluster, `all`).
    case scope(CoverageScope)
    /// The places of one cluster.
    case cluster(ClusterID)
    /// The places of one corridor.
    case corridor(CorridorID)
  }

  /// What an expectation states. Places are resolved to ids when the file is read.
  public enum Claim: Sendable, Hashable {
    /// `A -> B by PROFILE <= N min [tolerance T min]`: the door-to-door time of one trip.
    case travelTime(
      from: PlaceID, to: PlaceID, profile: Profile, comparison: Comparison, minutes: Double,
      toleranceMinutes: Double)
    /// `share of GROUP within T min of PLACES by PROFILE >= P %`: as `coverage` computes it.
    case share(
      group: Group, thresholdMinutes: Double, anchors: [PlaceID], profile: Profile,
      comparison: Comparison, percent: Double)
    /// `PLACE inside|outside T min of PLACES by PROFILE`.
    case membership(
      place: PlaceID, inside: Bool, thresholdMinutes: Double, anchors: [PlaceID], profile: Profile)
    /// `gaps within T min of PLACES by PROFILE <= N`: the gaps of the planning scope.
    case gapCount(
      thresholdMinutes: Double, anchors: [PlaceID], profile: Profile, comparison: Comparison,
      count: Int)
    /// `no time worse than base by more than N min`: under `--scenario`, every door-to-door time
    /// between two places (at least one in scope), every profile, against the network without
    /// the scenarios.
    case noTimeWorseThanBase(minutes: Double)
    /// `PLACE joins T min of PLACES by PROFILE`: outside the circle without the scenarios, inside
    /// with them.
    case joins(place: PlaceID, thresholdMinutes: Double, anchors: [PlaceID], profile: Profile)
  }
}
