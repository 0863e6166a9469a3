/// Computes coverage reports: the main job ("who is inside the 1-hour circle of Changchun, by which
/// mode, along which corridor, and what share of the population?").
public enum CoverageAnalysis {
  /// Runs one search per profile (trips between every place and the nearest anchor, summed up) and
  /// builds the report.
  public static func run(_ request: CoverageRequest, on validated: ValidatedNetwork) throws
    -> CoverageReport
  {
    let network = validated.network
    try request.validate(against: network)
    let estimated = validated.estimatedRows
    var summaries: [[TripSummary?]] = []
    for profile in request.profiles {
      var engine = TravelTimeEngine(
        network: validated, profile: profile, parameters: request.parameters)
      summaries.append(
        engine.summaries(request.anchors, direction: request.direction, estimated: estimated))
    }
    return assemble(request, network: network, summariesByProfile: summaries)
  }

  /// Builds the report from each profile's trip summaries (index = place index), in the request's
  /// profile order. Separate from `run` so the report logic can be checked on hand-made trips.
  ///
  /// Precondition: the request measures at least one profile (`validate` checks it for `run`).
  public static func assemble(
    _ request: CoverageRequest, network: Network, summariesByProfile: [[TripSummary?]]
  ) -> CoverageReport {
    precondition(!request.profiles.isEmpty, "a coverage request measures at least one profile")
    let corridorsByPlace = corridorMembership(network)
    var places: [CoveragePlaceResult] = []
    for (index, place) in network.places.enumerated() where request.lists(place) {
      let results = request.profiles.enumerated().map {
        offset, profile -> CoverageProfileResult in
        let summary: TripSummary? =
          summariesByProfile.indices.contains(offset)
          ? (summariesByProfile[offset][safe: index] ?? nil) : nil
        return CoverageProfileResult(
          profile: profile, seconds: summary.map { $0.totalSeconds }, summary: summary,
          estimatedSeconds: summary?.estimatedSeconds,
          thinLines: summary?.thinLines(in: network, parameters: request.parameters) ?? [])
      }
      // The fastest reachable result, and the fastest of a single mode (not `any`): the first of
      // equally fast ones. Found by position, so only the results kept are copied.
      var fastestSingle: Int?
      var fastest: Int?
      for position in results.indices where results[position].isReachable {
        let seconds = results[position].seconds ?? .max
        if fastest.map({ seconds < (results[$0].seconds ?? .max) }) ?? true { fastest = position }
        if results[position].profile != .any,
          fastestSingle.map({ seconds < (results[$0].seconds ?? .max) }) ?? true
        {
          fastestSingle = position
        }
      }
      let best = results.firstIndex { $0.profile == .any } ?? fastest ?? 0
      places.append(
        CoveragePlaceResult(
          placeIndex: index, place: place, byProfile: results,
          fastestSingleMode: fastestSingle.map { results[$0] }, best: results[best],
          corridorIDs: corridorsByPlace[index], isAnchor: request.centre.contains(index)))
    }
    let shares = summarize(request, network: network, places: places)
    return CoverageReport(
      request: request, places: places, anchorPopulation: request.centre.population(in: network),
      shares: shares, gaps: gaps(request, places: places))
  }

  /// `assemble` on trips leg by leg, each summed up first (`TripSummary`): for a report of hand-made
  /// trips.
  public static func assemble(
    _ request: CoverageRequest, network: Network, tripsByProfile: [[Trip?]]
  ) -> CoverageReport {
    let estimated = EstimatedRows(network)
    let summaries = tripsByProfile.map { trips in
      trips.map { trip in trip.map { TripSummary($0, estimated: estimated) } }
    }
    return assemble(request, network: network, summariesByProfile: summaries)
  }

  /// Corridor ids per place index: a place belongs to a corridor only when the corridor lists it
  /// (`corridor_members.csv`, kind `place`). A listed line, link or road belongs to the corridor,
  /// never the places it stops at or passes (DESIGN.md, "Corridor"): with metro and coach lines
  /// in a corridor, that rule would put every district in every corridor.
  static func corridorMembership(_ network: Network) -> [[CorridorID]] {
    var byPlace = [Set<CorridorID>](repeating: [], count: network.places.count)
    for corridor in network.corridors {
      for id in corridor.placeIDs {
        if let index = network.placeIndex(of: id) { byPlace[index].insert(corridor.id) }
      }
    }
    return byPlace.map { $0.sorted() }
  }

  /// Shares for the scope, each cluster and each corridor, per threshold and profile.
  static func summarize(
    _ request: CoverageRequest, network: Network, places: [CoveragePlaceResult]
  ) -> [CoverageShare] {
    // Members of every cluster and corridor gathered in one pass over the places (in place order),
    // not one pass per group: a province has thousands of groups. Members are positions in
    // `places`, whose figures are read once into arrays (not each place result copied into every
    // group it belongs to).
    var clusterMembers = [[Int]](repeating: [], count: network.clusters.count)
    var corridorMembers = [[Int]](repeating: [], count: network.corridors.count)
    for position in places.indices {
      for id in Set(places[position].place.clusters) {
        if let index = network.clusters.index(of: id) { clusterMembers[index].append(position) }
      }
      for id in Set(places[position].corridorIDs) {
        if let index = network.corridors.index(of: id) { corridorMembers[index].append(position) }
      }
    }
    let placeIndices = places.indices.map { places[$0].placeIndex }
    let populations = places.indices.map { places[$0].place.population }
    // Per threshold, per profile: whether each place is inside, its result read in place
    // (`result(for:)` would copy the whole result of every place for every threshold and profile).
    let inside = request.thresholdsMinutes.map { threshold in
      request.profiles.map { profile in
        places.indices.map { position in
          let results = places[position].byProfile
          return results.firstIndex { $0.profile == profile }.map {
            results[$0].isInside(thresholdMinutes: threshold)
          } ?? false
        }
      }
    }
    var groups: [(CoverageShare.Group, String, String, String, [Int])] = [
      (.scope, request.scope.rawValue, "", "", Array(places.indices))
    ]
    for (cluster, members) in zip(network.clusters, clusterMembers) {
      groups.append((.cluster, cluster.id.rawValue, cluster.nameZh, cluster.nameEn, members))
    }
    for (corridor, members) in zip(network.corridors, corridorMembers) {
      groups.append((.corridor, corridor.id.rawValue, corridor.nameZh, corridor.nameEn, members))
    }
    var shares: [CoverageShare] = []
    for (group, id, nameZh, nameEn, members) in groups {
      for (thresholdIndex, threshold) in request.thresholdsMinutes.enumerated() {
        for (profileIndex, profile) in request.profiles.enumerated() {
          // The anchors are left out of every share (CoverageAnchors).
          let isInside = inside[thresholdIndex][profileIndex]
          let tally = request.centre.tally(
            members, placeIndex: { placeIndices[$0] }, population: { populations[$0] },
            isInside: { isInside[$0] })
          shares.append(
            CoverageShare(
              group: group, groupID: id, nameZh: nameZh, nameEn: nameEn, profile: profile,
              thresholdMinutes: threshold, populationInside: tally.populationInside,
              populationTotal: tally.populationTotal, placesInside: tally.placesInside,
              placesTotal: tally.placesTotal, anchorsLeftOut: tally.anchorsLeftOut))
        }
      }
    }
    return shares
  }

  /// Listed places that are gaps (`CoverageGapRule`) at each threshold by the deciding time,
  /// worst first.
  static func gaps(_ request: CoverageRequest, places: [CoveragePlaceResult]) -> [CoverageGap] {
    var gaps: [CoverageGap] = []
    for threshold in request.thresholdsMinutes {
      let rule = CoverageGapRule(request, thresholdMinutes: threshold)
      var outside: [(gap: CoverageGap, id: PlaceID)] = []
      for place in places
      where rule.isGap(place.place, placeIndex: place.placeIndex, seconds: place.best.seconds) {
        let gap = CoverageGap(
          placeIndex: place.placeIndex, thresholdMinutes: threshold,
          minutesOver: place.minutesOver(thresholdMinutes: threshold),
          population: place.place.population)
        outside.append((gap, place.place.id))
      }
      outside.sort { a, b in
        let aUnreachable = a.gap.minutesOver == nil
        let bUnreachable = b.gap.minutesOver == nil
        if aUnreachable != bUnreachable { return aUnreachable }
        if !aUnreachable, a.gap.personMinutesOver != b.gap.personMinutesOver {
          return a.gap.personMinutesOver > b.gap.personMinutesOver
        }
        if a.gap.population != b.gap.population { return a.gap.population > b.gap.population }
        return a.id < b.id
      }
      gaps.append(contentsOf: outside.map(\.gap))
    }
    return gaps
  }
}

extension Array {
  /// The element at `index`, or nil when out of range.
  fileprivate subscript(safe index: Int) -> Element? {
    indices.contains(index) ? self[index] : nil
  }
}
