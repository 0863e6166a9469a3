/// One run of a sensitivity analysis: one variation at one end of its range.
public struct SensitivityCase: Sendable {
  /// Index into `SensitivityReport.variations`.
  public var variation: Int
  /// Which end of its range.
  public var end: SensitivityVariation.End
  /// The report under it, without its trips: times, shares and gaps only.
  public var report: CoverageReport
}

/// A coverage report and how far it moves when its uncertain inputs vary (`SensitivityAnalysis`).
public struct SensitivityReport: Sendable {
  /// The variations, in the order given.
  public var variations: [SensitivityVariation]
  /// The report as requested.
  public var base: CoverageReport
  /// Each variation alone, low end then high end, in variation order.
  public var cases: [SensitivityCase]
  /// Every variation at its low end at once (without its trips).
  public var allLow: CoverageReport
  /// Every variation at its high end at once (without its trips).
  public var allHigh: CoverageReport

  /// Per share of the base report (same order): its range over the single variations and its
  /// value with all variations together.
  public var shareRanges: [ShareRange] {
    base.shares.indices.map { index in
      let base = base.shares[index]
      var range = ShareRange(
        base: base, lowest: base, highest: base, allLow: allLow.shares[index],
        allHigh: allHigh.shares[index])
      for (caseIndex, run) in cases.enumerated() {
        let share = run.report.shares[index]
        if share.populationInside < range.lowest.populationInside {
          range.lowest = share
          range.lowestUnder = caseIndex
        }
        if share.populationInside > range.highest.populationInside {
          range.highest = share
          range.highestUnder = caseIndex
        }
      }
      return range
    }
  }

  /// Listed places other than the anchors whose inside/outside at a threshold differs under at
  /// least one single variation from the base; in place order, then threshold order, each with
  /// every case that flips it. By the deciding time (`profile` nil), or by one measured profile's.
  public func flips(profile: Profile? = nil) -> [PlaceFlip] {
    func result(_ place: CoveragePlaceResult) -> CoverageProfileResult? {
      profile.map { place.result(for: $0) } ?? place.best
    }
    var flips: [PlaceFlip] = []
    for (offset, place) in base.places.enumerated() where !place.isAnchor {
      guard let baseResult = result(place) else { continue }
      for threshold in base.request.thresholdsMinutes {
        let inside = baseResult.isInside(thresholdMinutes: threshold)
        var flip = PlaceFlip(
          placeIndex: place.placeIndex, thresholdMinutes: threshold, insideAtBase: inside,
          baseSeconds: baseResult.seconds)
        for (caseIndex, run) in cases.enumerated() {
          guard let varied = result(run.report.places[offset]) else { continue }
          if varied.isInside(thresholdMinutes: threshold) != inside {
            flip.under.append(PlaceFlip.Under(case: caseIndex, seconds: varied.seconds))
          }
        }
        if !flip.under.isEmpty { flips.append(flip) }
      }
    }
    return flips
  }
}

/// How far one share moves (`SensitivityReport.shareRanges`).
public struct ShareRange: Sendable, Hashable {
  /// The share as requested.
  public var base: CoverageShare
  /// The lowest over the base and every single variation.
  public var lowest: CoverageShare
  /// The case giving `lowest` (the first, when several do); nil when none is below the base.
  public var lowestUnder: Int?
  /// The highest over the base and every single variation.
  public var highest: CoverageShare
  /// The case giving `highest`; nil when none is above the base.
  public var highestUnder: Int?
  /// Every variation at its low end.
  public var allLow: CoverageShare
  /// Every variation at its high end.
  public var allHigh: CoverageShare
}

/// A place that is inside a threshold in the base report and outside under some single
/// variation, or the other way round.
public struct PlaceFlip: Sendable, Hashable {
  /// A case that flips the place, and the deciding time under it.
  public struct Under: Sendable, Hashable {
    /// Index into `SensitivityReport.cases`.
    public var `case`: Int
    /// The deciding seconds under that case; nil when unreachable.
    public var seconds: Int32?
  }

  /// Index into the network's places.
  public var placeIndex: Int
  /// The threshold it flips at.
  public var thresholdMinutes: Double
  /// Whether it is inside in the base report.
  public var insideAtBase: Bool
  /// The base deciding seconds; nil when unreachable.
  public var baseSeconds: Int32?
  /// Every case that flips it, in case order.
  public var under: [Under] = []
}
