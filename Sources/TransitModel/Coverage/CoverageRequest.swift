/// What a coverage report measures: trips between every listed place and the nearest anchor,
/// against one or several thresholds, for one or several profiles.
public struct CoverageRequest: Sendable, Equatable {
  /// Place indices of the anchors (the centre); trips go to (or from) the nearest of them.
  public var anchors: [Int]
  /// `.to`: the commute toward the anchors (the default, the morning trip); `.from`: outbound.
  public var direction: TravelDirection
  /// Thresholds in minutes, ascending (e.g. `[60]` or `[30, 60, 90]`).
  public var thresholdsMinutes: [Double]
  /// Profiles to measure, in `Profile.allCases` order.
  public var profiles: [Profile]
  /// Which places are listed and summed.
  public var scope: CoverageScope
  /// Only places of these kinds are listed and summed; empty means every kind.
  public var kinds: [PlaceKind]
  /// Travel-time parameters, echoed in the report.
  public var parameters: Parameters

  /// A request; thresholds are sorted and de-duplicated, profiles put in canonical order.
  public init(
    anchors: [Int], direction: TravelDirection = .to, thresholdsMinutes: [Double] = [60],
    profiles: [Profile] = Profile.allCases, scope: CoverageScope = .metro,
    kinds: [PlaceKind] = [], parameters: Parameters = .defaults
  ) {
    self.anchors = Array(Set(anchors)).sorted()
    self.direction = direction
    self.thresholdsMinutes = Array(Set(thresholdsMinutes)).sorted()
    self.profiles = Profile.allCases.filter { profiles.contains($0) }
    self.scope = scope
    self.kinds = PlaceKind.allCases.filter { kinds.contains($0) }
    self.parameters = parameters
  }

  /// The anchors as the rule every share and gap follows (`CoverageAnchors`).
  public var centre: CoverageAnchors { CoverageAnchors(anchors) }

  /// The profile whose time decides inside/outside: `any` when measured, else the fastest of the
  /// measured profiles place by place.
  public var decidesByAny: Bool { profiles.contains(.any) }

  /// Whether `place` is listed and summed.
  public func lists(_ place: Place) -> Bool {
    scope.lists(place, kinds: kinds)
  }
}

extension CoverageRequest {
  /// Checks the request against `network`: anchors exist, thresholds are finite and > 0, at least
  /// one profile.
  public func validate(against network: Network) throws {
    if anchors.isEmpty { throw CoverageRequestError(message: "no anchor place given") }
    if let bad = anchors.first(where: { !network.places.indices.contains($0) }) {
      throw CoverageRequestError(message: "anchor index \(bad) is not a place of the network")
    }
    if thresholdsMinutes.isEmpty { throw CoverageRequestError(message: "no threshold given") }
    if let bad = thresholdsMinutes.first(where: { !$0.isFinite || $0 <= 0 }) {
      throw CoverageRequestError(message: "threshold must be a finite number > 0, got \(bad)")
    }
    if profiles.isEmpty { throw CoverageRequestError(message: "no profile given") }
  }
}
