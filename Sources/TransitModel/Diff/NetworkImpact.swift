/// What `diff` measures of two versions besides their data: every door-to-door time between two
/// places (of both versions) that changed, per profile, and the coverage shares before and after.
public struct ImpactRequest: Sendable, Equatable {
  /// Profiles measured, in `Profile.allCases` order.
  public var profiles: [Profile]
  /// The coverage anchors (the centre), by id: each must be a place of both versions.
  public var anchors: [PlaceID]
  /// `.to`: coverage of the commute toward the anchors (the default); `.from`: outbound.
  public var direction: TravelDirection
  /// Coverage thresholds in minutes, ascending.
  public var thresholdsMinutes: [Double]
  /// The places coverage lists and sums, and the places whose times `--fail-if-worse` guards (a
  /// pair counts when one of its places is in the scope in either version).
  public var scope: CoverageScope

  public init(
    profiles: [Profile] = Profile.allCases, anchors: [PlaceID], direction: TravelDirection = .to,
    thresholdsMinutes: [Double] = [60], scope: CoverageScope = .metro
  ) {
    self.profiles = Profile.allCases.filter { profiles.contains($0) }
    self.anchors = Array(Set(anchors)).sorted()
    self.direction = direction
    self.thresholdsMinutes = Array(Set(thresholdsMinutes)).sorted()
    self.scope = scope
  }
}

/// The travel-time impact of going from one version of a network to another.
public struct NetworkImpact: Sendable {
  /// What was measured.
  public let request: ImpactRequest
  /// Every time that differs, grouped by profile (request order), each group largest change first
  /// (`TimeChange.largestFirst`).
  public let timeChanges: [TimeChange]
  /// Ordered pairs of distinct places compared per profile (places in both versions).
  public let comparedPairs: Int
  /// Places only in the old version (their times are not compared), sorted.
  public let placesOnlyInOld: [PlaceID]
  /// Places only in the new version (their times are not compared), sorted.
  public let placesOnlyInNew: [PlaceID]
  /// Coverage shares of the scope, each cluster and each corridor, per threshold and profile,
  /// before and after (`ShareChange.pairs`).
  public let shares: [ShareChange]

  /// Measures `old` with `oldParameters` against `new` with `newParameters` (a scenario's
  /// `set-parameter` applies to its side only).
  /// - Parameter threadCount: Threads for the matrices (nil: all cores); results do not depend on it.
  /// - Throws: `CoverageRequestError` when an anchor is not a place of one version, or the request
  ///   measures no profile or no threshold.
  /// - Complexity: two all-pairs matrices per profile, O(*n*²) memory for *n* places.
  public static func measure(
    old: ValidatedNetwork, oldParameters: Parameters, new: ValidatedNetwork,
    newParameters: Parameters, request: ImpactRequest, threadCount: Int? = nil
  ) throws -> NetworkImpact {
    let oldShares = try coverage(old, oldParameters, request, version: "old")
    let newShares = try coverage(new, newParameters, request, version: "new")
    let oldIDs = Set(old.network.places.map(\.id))
    let newIDs = Set(new.network.places.map(\.id))
    let common = oldIDs.intersection(newIDs).sorted()
    let oldIndex = common.map { old.network.placeIndex(of: $0)! }
    let newIndex = common.map { new.network.placeIndex(of: $0)! }
    let inScope = common.map { id in
      [old.network.places[key: id], new.network.places[key: id]].contains {
        $0.map(request.scope.includes) ?? false
      }
    }
    var changes: [TimeChange] = []
    for profile in request.profiles {
      let before = TravelTimeEngine(network: old, profile: profile, parameters: oldParameters)
        .matrix(threadCount: threadCount)
      let after = TravelTimeEngine(network: new, profile: profile, parameters: newParameters)
        .matrix(threadCount: threadCount)
      var profileChanges: [TimeChange] = []
      for i in common.indices {
        for j in common.indices where i != j {
          let a = before[oldIndex[i], oldIndex[j]]
          let b = after[newIndex[i], newIndex[j]]
          if a != b {
            profileChanges.append(
              TimeChange(
                profile: profile, from: common[i], to: common[j], secondsBefore: a,
                secondsAfter: b, touchesScope: inScope[i] || inScope[j]))
          }
        }
      }
      changes += profileChanges.sorted(by: TimeChange.largestFirst)
    }
    return NetworkImpact(
      request: request, timeChanges: changes,
      comparedPairs: common.count * max(0, common.count - 1),
      placesOnlyInOld: oldIDs.subtracting(newIDs).sorted(),
      placesOnlyInNew: newIDs.subtracting(oldIDs).sorted(),
      shares: ShareChange.pairs(before: oldShares, after: newShares))
  }

  /// The changes of one profile, largest first.
  public func changes(of profile: Profile) -> [TimeChange] {
    timeChanges.filter { $0.profile == profile }
  }

  /// The times between two places, at least one in the scope, that became more than `minutes`
  /// slower or impossible, in any measured profile (what `--fail-if-worse` fails on), in
  /// `timeChanges` order.
  public func worsened(byMoreThan minutes: Double) -> [TimeChange] {
    timeChanges.filter { $0.touchesScope && $0.isWorse(byMoreThan: minutes) }
  }

  private static func coverage(
    _ network: ValidatedNetwork, _ parameters: Parameters, _ request: ImpactRequest,
    version: String
  ) throws -> [CoverageShare] {
    var anchors: [Int] = []
    for id in request.anchors {
      guard let index = network.network.placeIndex(of: id) else {
        throw CoverageRequestError(
          message: "anchor '\(id)' is not a place of the \(version) version")
      }
      anchors.append(index)
    }
    let coverage = CoverageRequest(
      anchors: anchors, direction: request.direction, thresholdsMinutes: request.thresholdsMinutes,
      profiles: request.profiles, scope: request.scope, parameters: parameters)
    return try CoverageAnalysis.run(coverage, on: network).shares
  }
}
