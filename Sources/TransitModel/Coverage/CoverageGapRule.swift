/// What a coverage gap is: the one rule `coverage` counts and lists and `map` rings in red.
///
/// A place is a gap when the scope lists it (and its kind, when kinds are given), it is not one of
/// the anchors, and its time between it and the nearest anchor is not within the threshold: more
/// seconds than the threshold in whole seconds (`CoveragePlaceResult.seconds(ofMinutes:)`), or
/// unreachable. Unreachable is always a gap, however large the threshold.
public struct CoverageGapRule: Sendable, Hashable {
  /// Place indices of the anchors (the centre): never a gap.
  public var anchors: [Int]
  /// Which places can be gaps.
  public var scope: CoverageScope
  /// Only places of these kinds can be gaps; empty means every kind.
  public var kinds: [PlaceKind]
  /// A place is inside when its time is at most this many minutes.
  public var thresholdMinutes: Double

  /// A rule for places of `scope` (and `kinds`, every kind when empty) around `anchors`.
  public init(
    anchors: [Int], scope: CoverageScope = .metro, kinds: [PlaceKind] = [],
    thresholdMinutes: Double
  ) {
    self.anchors = anchors
    self.scope = scope
    self.kinds = kinds
    self.thresholdMinutes = thresholdMinutes
  }

  /// The rule of a coverage request at one of its thresholds.
  public init(_ request: CoverageRequest, thresholdMinutes: Double) {
    self.init(
      anchors: request.anchors, scope: request.scope, kinds: request.kinds,
      thresholdMinutes: thresholdMinutes)
  }

  /// Whether door-to-door `seconds` (nil when unreachable) are within
  /// `thresholdMinutes`: inclusive, compared in whole seconds
  /// (`CoveragePlaceResult.seconds(ofMinutes:)`); never when unreachable.
  public static func isWithin(seconds: Int32?, thresholdMinutes: Double) -> Bool {
    guard let seconds else { return false }
    return Int64(seconds) <= CoveragePlaceResult.seconds(ofMinutes: thresholdMinutes)
  }

  /// Whether the place at `placeIndex` is a gap when its time to (or from) the nearest anchor is
  /// `seconds` (nil when unreachable).
  public func isGap(_ place: Place, placeIndex: Int, seconds: Int32?) -> Bool {
    scope.lists(place, kinds: kinds) && !CoverageAnchors(anchors).contains(placeIndex)
      && !Self.isWithin(seconds: seconds, thresholdMinutes: thresholdMinutes)
  }

  /// One flag per place of `network` (index = place index), given each place's seconds to (or
  /// from) the nearest anchor (`TravelTimeEngine.placeTimes`).
  ///
  /// Precondition: `seconds` has one entry per place.
  public func gaps(in network: Network, seconds: [Int32?]) -> [Bool] {
    precondition(seconds.count == network.places.count, "one time per place")
    return network.places.indices.map { index in
      isGap(network.places[index], placeIndex: index, seconds: seconds[index])
    }
  }
}
