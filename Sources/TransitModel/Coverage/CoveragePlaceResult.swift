/// One listed place of a coverage report.
public struct CoveragePlaceResult: Sendable, Hashable {
  /// Index into the network's places.
  public var placeIndex: Int
  /// The place itself (names, kind, population, clusters).
  public var place: Place
  /// One result per requested profile, in the request's profile order.
  public var byProfile: [CoverageProfileResult]
  /// The fastest of the single modes measured (car, rail, transit); nil when none is measured or
  /// none reaches. Ties go to the earlier profile (car, then rail, then transit).
  public var fastestSingleMode: CoverageProfileResult?
  /// The result that decides inside/outside: `any` when measured, else the fastest measured.
  public var best: CoverageProfileResult
  /// Corridors the place belongs to (listed in the corridor, or served by one of its lines).
  public var corridorIDs: [CorridorID]
  /// Whether the place is one of the anchors: never a gap, left out of every share.
  public var isAnchor: Bool

  /// Whether the deciding time is within `thresholdMinutes`.
  public func isInside(thresholdMinutes: Double) -> Bool {
    best.isInside(thresholdMinutes: thresholdMinutes)
  }

  /// Minutes of the deciding time beyond `thresholdMinutes` (0 when inside); nil when unreachable.
  public func minutesOver(thresholdMinutes: Double) -> Double? {
    best.secondsOver(thresholdMinutes: thresholdMinutes).map { Double($0) / 60 }
  }

  /// The result of one profile, if it was measured.
  public func result(for profile: Profile) -> CoverageProfileResult? {
    byProfile.first { $0.profile == profile }
  }

  /// A threshold in whole seconds (rounded), the unit every time is compared in.
  ///
  /// Every travel time fits in `Int32` seconds, so a larger threshold means "every reachable
  /// place": it is clamped there, which keeps thresholds such as `1e300` from trapping.
  public static func seconds(ofMinutes minutes: Double) -> Int64 {
    let largest = Double(Int32.max)
    let seconds = (minutes * 60).rounded()
    guard !seconds.isNaN else { return 0 }
    return Int64(Swift.max(-largest, Swift.min(largest, seconds)))
  }
}
