import TransitModel

extension CoverageFormatter {
  /// The report as JSON: provenance, request, places (with every profile's minutes and
  /// breakdown), summary shares and gaps.
  func json(provenance: JSONValue) -> JSONValue {
    guard case .object(var members) = reportJSON(provenance: provenance) else { return .null }
    if let sensitivity { members["sensitivity"] = sensitivityJSON(sensitivity) }
    return .object(members)
  }

  private func reportJSON(provenance: JSONValue) -> JSONValue {
    .object([
      "provenance": provenance,
      "request": requestJSON(),
      "places": .array(report.places.map(placeJSON)),
      "summary": .object([
        "anchors": .object([
          "places": .array(anchorIDs.map(JSONValue.string)),
          "population": .integer(report.anchorPopulation),
          "rule": .string("left out of every share, numerator and denominator"),
        ]),
        "shares": .array(report.shares.map(shareJSON)),
        "gaps": .array(report.gaps.compactMap(gapJSON)),
      ]),
    ])
  }

  /// What was asked: anchors, direction, thresholds, profiles, scope, kinds, deciding profile.
  func requestJSON() -> JSONValue {
    .object([
      "anchors": .array(anchorIDs.map(JSONValue.string)),
      "direction": .string(request.direction.rawValue),
      "thresholds_minutes": .array(request.thresholdsMinutes.map(JSONValue.finite)),
      "profiles": .array(request.profiles.map { .string($0.rawValue) }),
      "scope": .string(request.scope.rawValue),
      "kinds": .array(request.kinds.map { .string($0.rawValue) }),
      "deciding_profile": .string(decidingLabel),
      "fastest_single_of": .array(
        (fastestSingleTitle == nil ? [] : singleProfiles).map { .string($0.rawValue) }),
      "thin_service_below_departures_per_day": .finite(LineService.thinBelowDeparturesPerDay),
    ])
  }

  private func resultJSON(_ result: CoverageProfileResult?) -> JSONValue {
    guard let result, result.isReachable else { return .null }
    return .object([
      "profile": .string(result.profile.rawValue),
      "minutes": MinutesText.json(seconds: result.seconds),
      "estimated_minutes": MinutesText.json(seconds: result.estimatedSeconds),
      "estimated_share": result.estimatedShare.map { .finite(($0 * 1000).rounded() / 1000) }
        ?? .null,
      "thin_lines": .array(result.thinLines.map { .string($0.rawValue) }),
    ])
  }

  private func placeJSON(_ place: CoveragePlaceResult) -> JSONValue {
    var minutes: [String: JSONValue] = [:]
    var breakdowns: [String: JSONValue] = [:]
    var lines: [String: JSONValue] = [:]
    for result in place.byProfile {
      let key = result.profile.rawValue
      minutes[key] = MinutesText.json(seconds: result.seconds)
      breakdowns[key] = result.summary.map { BreakdownText.json($0.breakdown) } ?? .null
      lines[key] = .array((result.summary?.lineIDs ?? []).map { .string($0.rawValue) })
    }
    let thresholds: [JSONValue] = request.thresholdsMinutes.map { threshold in
      .object([
        "threshold_minutes": .finite(threshold),
        "inside": .bool(place.isInside(thresholdMinutes: threshold)),
        "minutes_over": place.minutesOver(thresholdMinutes: threshold).map(Self.roundedMinutes)
          ?? .null,
      ])
    }
    return .object([
      "id": .string(place.place.id.rawValue),
      "anchor": .bool(place.isAnchor),
      "name_zh": .string(place.place.nameZh),
      "name_en": .string(place.place.nameEn),
      "kind": .string(place.place.kind.rawValue),
      "population": .integer(place.place.population),
      "in_scope": .string(place.place.scope.rawValue),
      "clusters": .array(place.place.clusters.map { .string($0.rawValue) }),
      "corridors": .array(place.corridorIDs.map { .string($0.rawValue) }),
      "minutes": .object(minutes),
      "fastest_single_mode": resultJSON(place.fastestSingleMode),
      "deciding": resultJSON(place.best),
      "thresholds": .array(thresholds),
      "breakdown": .object(breakdowns),
      "lines": .object(lines),
    ])
  }

  private func shareJSON(_ share: CoverageShare) -> JSONValue {
    .object([
      "group": .string(share.group.rawValue),
      "id": .string(share.groupID),
      "name_zh": .string(share.nameZh),
      "name_en": .string(share.nameEn),
      "profile": .string(share.profile.rawValue),
      "threshold_minutes": .finite(share.thresholdMinutes),
      "population_inside": .integer(share.populationInside),
      "population_total": .integer(share.populationTotal),
      "places_inside": .integer(share.placesInside),
      "places_total": .integer(share.placesTotal),
      "anchors_left_out": .integer(share.anchorsLeftOut),
      "share": share.share.isFinite ? .number((share.share * 10_000).rounded() / 10_000) : .null,
    ])
  }

  private func gapJSON(_ gap: CoverageGap) -> JSONValue? {
    guard let place = report.place(index: gap.placeIndex) else { return nil }
    return .object([
      "threshold_minutes": .finite(gap.thresholdMinutes),
      "place_id": .string(place.place.id.rawValue),
      "name_zh": .string(place.place.nameZh),
      "name_en": .string(place.place.nameEn),
      "population": .integer(gap.population),
      "minutes": MinutesText.json(seconds: place.best.seconds),
      "minutes_over": gap.minutesOver.map(Self.roundedMinutes) ?? .null,
      "person_minutes_over": gap.minutesOver.map {
        .finite((Double(gap.population) * $0).rounded())
      }
        ?? .null,
      "fastest_single_mode": resultJSON(place.fastestSingleMode),
      "fastest_scheduled": scheduledJSON(Self.fastestScheduled(place)),
      "largest_part": .optional(
        place.best.summary.flatMap { BreakdownText.largestPart($0.breakdown) }),
      "corridors": .array(place.corridorIDs.map { .string($0.rawValue) }),
    ])
  }

  /// The fastest rail or transit trip with its breakdown, or null.
  private func scheduledJSON(_ result: CoverageProfileResult?) -> JSONValue {
    guard let result, let summary = result.summary else { return .null }
    return .object([
      "profile": .string(result.profile.rawValue),
      "minutes": MinutesText.json(seconds: result.seconds),
      "breakdown": BreakdownText.json(summary.breakdown),
      "lines": .array(summary.lineIDs.map { .string($0.rawValue) }),
    ])
  }

  /// Minutes rounded to one decimal as a JSON number.
  static func roundedMinutes(_ minutes: Double) -> JSONValue {
    .finite((minutes * 10).rounded() / 10)
  }
}
