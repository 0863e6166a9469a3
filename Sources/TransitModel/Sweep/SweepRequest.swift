/// What an N-1 failure sweep measures: for each element taken out alone, how coverage of the
/// anchors (one threshold, each profile) gets worse than with the whole network.
public struct SweepRequest: Sendable, Equatable {
  /// The coverage measured: anchors, direction, scope, kinds, profiles, parameters; exactly one
  /// threshold.
  public var coverage: CoverageRequest
  /// The elements taken out, one at a time, in the order their outcomes are listed.
  public var elements: [SweepElement]

  public init(coverage: CoverageRequest, elements: [SweepElement]) {
    self.coverage = coverage
    self.elements = elements
  }

  /// The threshold, minutes.
  public var thresholdMinutes: Double { coverage.thresholdsMinutes.first ?? 60 }

  /// Every road link (file order), then every rail segment (`RailTrack`, by stop ids).
  public static func allElements(of network: Network, track: RailTrack) -> [SweepElement] {
    network.roadLinks.map { .roadLink($0.id) } + track.segments.map { .railSegment($0) }
  }

  /// The elements of a corridor: its road links (listed, and those of its roads) and the rail
  /// segments its rail lines run over.
  public static func elements(
    of corridor: Corridor, in network: Network, track: RailTrack
  ) -> [SweepElement] {
    let lines = Set(corridor.lineIDs.compactMap { network.lineIndex(of: $0) })
    let segments = track.segments.filter { segment in
      track.hops(cutBy: segment).contains { lines.contains($0.line) }
    }
    return corridor.links(in: network).map { .roadLink($0) } + segments.map { .railSegment($0) }
  }
}
