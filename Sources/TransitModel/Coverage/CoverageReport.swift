/// A coverage-gap report as values: per place, the summary shares, and the gaps worst first.
/// The CLI formats it; nothing here prints.
public struct CoverageReport: Sendable {
  /// What was measured (echoed by every output).
  public var request: CoverageRequest
  /// Listed places in place-index (id) order.
  public var places: [CoveragePlaceResult]
  /// The anchors' summed population, left out of every share and reported beside them
  /// (`CoverageAnchors`), whether or not the scope lists them.
  public var anchorPopulation: Int
  /// The scope's shares, then each cluster's (by id), then each corridor's (by id); within a
  /// group by threshold, then profile.
  public var shares: [CoverageShare]
  /// Places outside each threshold, thresholds ascending; within one, worst first: unreachable
  /// first, then by population × minutes over, then population, then id.
  public var gaps: [CoverageGap]

  /// The listed place with this network index (binary search: `places` is in index order).
  public func place(index: Int) -> CoveragePlaceResult? {
    position(ofPlace: index).map { places[$0] }
  }

  /// The position in `places` of the listed place with this network index, for a reader that
  /// reads its result in place (a place's result is a dozen texts and arrays: a copy retains each).
  public func position(ofPlace index: Int) -> Int? {
    var low = 0
    var high = places.count
    while low < high {
      let middle = (low + high) / 2
      if places[middle].placeIndex < index { low = middle + 1 } else { high = middle }
    }
    return low < places.count && places[low].placeIndex == index ? low : nil
  }
}
