/// Which places a coverage report lists and sums.
public enum CoverageScope: String, CaseIterable, Sendable, Hashable {
  /// The plan's planning scope: places whose `in_scope` is `yes` or `partial` (a partial place
  /// counts with its whole population).
  case metro
  /// Places that belong to at least one cluster (长吉, 长平, 长辽).
  case cluster
  /// Every place of the network.
  case all

  /// Whether `place` is listed and summed under this scope.
  public func includes(_ place: Place) -> Bool {
    switch self {
    case .metro: return place.scope != .no
    case .cluster: return !place.clusters.isEmpty
    case .all: return true
    }
  }

  /// Whether `place` is listed and summed under this scope when only `kinds` are listed (every
  /// kind when empty).
  public func lists(_ place: Place, kinds: [PlaceKind]) -> Bool {
    includes(place) && (kinds.isEmpty || kinds.contains(place.kind))
  }
}
