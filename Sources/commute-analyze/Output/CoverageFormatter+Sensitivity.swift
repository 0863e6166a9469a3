import TransitModel

extension CoverageFormatter {
  /// The sensitivity section of the table: the variations, each share's range, the places that
  /// flip.
  func sensitivityText(_ sensitivity: SensitivityReport) -> String {
    var text = "\nSensitivity: the report again under each variation alone, then all together "
    text += "(all low: every input at the low end of its range; all high: at the high end)\n"
    var variations = TextTable(titles: ["variation", "low", "high", "what varies"])
    for variation in sensitivity.variations {
      variations.append([
        variation.input.name, SensitivityText.amount(variation, .low),
        SensitivityText.amount(variation, .high),
        SensitivityText.what(variation, network: network, parameters: request.parameters),
      ])
    }
    text += variations.render()
    let flips = sensitivity.flips()
    let ranges = sensitivity.shareRanges
    text += "\n" + Self.safeLines(headlines(ranges, flips: flips))
    let moving = ranges.filter { range in
      range.base.placesTotal + range.base.anchorsLeftOut > 0
        && [range.lowest, range.highest, range.allLow, range.allHigh].contains {
          $0.populationInside != range.base.populationInside
        }
    }
    text += "\nShares that move (anchors left out): range over the single variations, and all "
    text += "together; \(ranges.count - moving.count) other share(s) do not move\n"
    if !moving.isEmpty { text += rangesTable(sensitivity, moving).render() }
    text += "\nPlaces that flip inside/outside under a single variation (by \(decidingLabel)): "
    text += "\(Set(flips.map(\.placeIndex)).count)\n"
    if !flips.isEmpty { text += flipsTable(sensitivity, flips).render() }
    return text
  }

  /// Per threshold: the scope's share by the deciding `any` (or each profile without it), with its
  /// range and all-together values, and how many places flip.
  private func headlines(_ ranges: [ShareRange], flips: [PlaceFlip]) -> [String] {
    request.thresholdsMinutes.map { threshold in
      let scope = ranges.filter {
        $0.base.group == .scope && $0.base.thresholdMinutes == threshold
          && (!request.decidesByAny || $0.base.profile == .any)
      }
      let parts = scope.map { range in
        let percent = { (share: CoverageShare) in
          Self.percent(share.populationInside, of: share.populationTotal)
        }
        return "\(range.base.profile.rawValue) \(percent(range.base)) (\(percent(range.lowest))–"
          + "\(percent(range.highest)) alone, \(percent(range.allLow)) all low, "
          + "\(percent(range.allHigh)) all high)"
      }
      let flipping = Set(flips.filter { $0.thresholdMinutes == threshold }.map(\.placeIndex))
      return "Inside \(Self.thresholdText(threshold)) min, anchors left out: "
        + parts.joined(separator: ", ") + "; \(flipping.count) place(s) flip"
    }
  }

  private func rangesTable(_ sensitivity: SensitivityReport, _ ranges: [ShareRange]) -> TextTable {
    let titles = [
      "group", "id", "within", "profile", "base", "range", "lowest under", "highest under",
      "all low", "all high",
    ]
    var table = TextTable(
      titles: titles, rightAligned: ["within", "base", "range", "all low", "all high"])
    for range in ranges {
      let percent = { (share: CoverageShare) in
        Self.percent(share.populationInside, of: share.populationTotal)
      }
      table.append([
        range.base.group.rawValue, range.base.groupID,
        Self.thresholdText(range.base.thresholdMinutes), range.base.profile.rawValue,
        percent(range.base), "\(percent(range.lowest))–\(percent(range.highest))",
        range.lowestUnder.map { SensitivityText.label(sensitivity, case: $0) } ?? "-",
        range.highestUnder.map { SensitivityText.label(sensitivity, case: $0) } ?? "-",
        percent(range.allLow), percent(range.allHigh),
      ])
    }
    return table
  }

  /// One row per place, threshold and variation that flips it.
  private func flipsTable(_ sensitivity: SensitivityReport, _ flips: [PlaceFlip]) -> TextTable {
    var table = TextTable(
      titles: ["id", "名称", "population", "within", "base", "under", "minutes", "then"],
      rightAligned: ["population", "within", "base", "minutes"])
    for flip in flips {
      let place = network.places[flip.placeIndex]
      for under in flip.under {
        table.append([
          place.id.rawValue, place.nameZh, NumberText.grouped(place.population),
          Self.thresholdText(flip.thresholdMinutes),
          (MinutesText.text(seconds: flip.baseSeconds) ?? "n/a")
            + (flip.insideAtBase ? " in" : " out"),
          SensitivityText.label(sensitivity, case: under.case),
          MinutesText.text(seconds: under.seconds) ?? "n/a", flip.insideAtBase ? "out" : "in",
        ])
      }
    }
    return table
  }

  /// The `sensitivity` member of the JSON report.
  func sensitivityJSON(_ sensitivity: SensitivityReport) -> JSONValue {
    let variations: [JSONValue] = sensitivity.variations.map { variation in
      var isFactor = false
      if case .factor = variation.range { isFactor = true }
      return .object([
        "input": .string(variation.input.name),
        "kind": .string(variation.input.isData ? "data" : "parameter"),
        "range": .string(isFactor ? "factor" : "value"),
        "low": .finite(variation.amount(at: .low)),
        "high": .finite(variation.amount(at: .high)),
        "rows": .integer(variation.rowCount(in: network)),
      ])
    }
    let label = { (index: Int?) in
      index.map { JSONValue.string(SensitivityText.label(sensitivity, case: $0)) } ?? .null
    }
    let shares: [JSONValue] = sensitivity.shareRanges.map { range in
      .object([
        "group": .string(range.base.group.rawValue),
        "id": .string(range.base.groupID),
        "profile": .string(range.base.profile.rawValue),
        "threshold_minutes": .finite(range.base.thresholdMinutes),
        "base": Self.shareJSON(range.base), "lowest": Self.shareJSON(range.lowest),
        "lowest_under": label(range.lowestUnder), "highest": Self.shareJSON(range.highest),
        "highest_under": label(range.highestUnder), "all_low": Self.shareJSON(range.allLow),
        "all_high": Self.shareJSON(range.allHigh),
      ])
    }
    let flips: [JSONValue] = sensitivity.flips().map { flip in
      .object([
        "place_id": .string(network.places[flip.placeIndex].id.rawValue),
        "threshold_minutes": .finite(flip.thresholdMinutes),
        "inside_at_base": .bool(flip.insideAtBase),
        "base_minutes": MinutesText.json(seconds: flip.baseSeconds),
        "under": .array(
          flip.under.map { under in
            .object([
              "variation": label(under.case), "minutes": MinutesText.json(seconds: under.seconds),
              "inside": .bool(!flip.insideAtBase),
            ])
          }),
      ])
    }
    return .object([
      "variations": .array(variations),
      "cases": .array(
        sensitivity.cases.indices.map { label($0) } + [.string("all low"), .string("all high")]),
      "shares": .array(shares),
      "flips": .array(flips),
    ])
  }

  /// A share as a fraction with four decimals, or null for a group with no population left.
  private static func shareJSON(_ share: CoverageShare) -> JSONValue {
    share.share.isFinite ? .number((share.share * 10_000).rounded() / 10_000) : .null
  }

  /// CSV cells of one place × profile × threshold row under `--sensitivity`: this profile's
  /// lowest and highest minutes over the single variations, and the variations that flip its
  /// inside/outside at the threshold.
  func sensitivityCells(
    _ sensitivity: SensitivityReport, place: CoveragePlaceResult, profile: Profile,
    threshold: Double, flips: [PlaceFlip]
  ) -> [CSVWriter.Cell] {
    guard
      let offset = sensitivity.base.places.firstIndex(where: { $0.placeIndex == place.placeIndex })
    else { return [.plain(""), .plain(""), .plain("")] }
    let seconds = sensitivity.cases.compactMap {
      $0.report.places[offset].result(for: profile)?.seconds
    }
    let flippedBy =
      flips.first {
        $0.placeIndex == place.placeIndex && $0.thresholdMinutes == threshold
      }?.under.map { SensitivityText.label(sensitivity, case: $0.case) } ?? []
    return [
      .plain(MinutesText.text(seconds: seconds.min()) ?? ""),
      .plain(MinutesText.text(seconds: seconds.max()) ?? ""),
      .text(flippedBy.joined(separator: ";")),
    ]
  }
}
