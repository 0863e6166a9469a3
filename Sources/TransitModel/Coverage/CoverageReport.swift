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

/// A listed place outside a threshold by the deciding time.
public struct CoverageGap: Sendable, Hashable {
  public var placeIndex: Int
  public var thresholdMinutes: Double
  /// The deciding time's minutes beyond the threshold; nil when the place is unreachable.
  public var minutesOver: Double?
  public var population: Int

  /// Population × minutes over: the ranking key (worst first). Infinite when unreachable.
  public var personMinutesOver: Double {
    guard let minutesOver else { return .infinity }
    return Double(population) * minutesOver
  }
}

/// A coverage-gap report as values: per place, the summary shares, and the gaps worst first.
/// The CLI formats it; nothing here prints.
public struct CoverageReport: Sendable {
  public var request: CoverageRequest
  /// Listed places in place-index (id) order.
  public var places: [CoveragePlaceResult]
  /// The scope's shares, then each cluster's (by id), then each corridor's (by id); within a
  /// group by threshold, then profile.
  public var shares: [CoverageShare]
  /// Places outside each threshold, thresholds ascending; within one, worst first: unreachable
  /// first, then by population × minutes over, then population, then id.
  public var gaps: [CoverageGap]

  /// The listed place with this network index (binary search: `places` is in index order).
  public func place(index: Int) -> CoveragePlaceResult? {
    var low = 0
    var high = places.count
    while low < high {
      let middle = (low + high) / 2
      if places[middle].placeIndex < index { low = middle + 1 } else { high = middle }
    }
    return low < places.count && places[low].placeIndex == index ? places[low] : nil
  }
}
