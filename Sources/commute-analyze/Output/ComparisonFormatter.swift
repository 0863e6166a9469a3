import TransitModel

/// Table, tall CSV and JSON of a scenario comparison.
struct ComparisonFormatter {
  let comparison: ScenarioComparison
  /// Best first.
  let ranked: [ScenarioOutcome]
  let scenarios: [LoadedScenario]
  let loaded: LoadedNetwork
  /// The parameters of the base run, named in the header when they differ from the defaults.
  var parameters: Parameters = .defaults

  private var request: ComparisonRequest { comparison.request }
  private var network: Network { loaded.network }

  private func name(_ id: PlaceID) -> String { network.places[key: id]?.nameZh ?? id.rawValue }

  private func minutes(_ seconds: Int32?) -> String { MinutesText.text(seconds: seconds) ?? "n/a" }

  private static func threshold(_ minutes: Double) -> String {
    FixedDecimal.text(minutes, decimals: minutes == minutes.rounded() ? 0 : 1)
  }

  private func sha(_ outcome: ScenarioOutcome) -> String {
    scenarios.first { $0.file == outcome.file }?.sha256 ?? ""
  }

  /// The ranking, then per scenario the places joining and the largest gains.
  func table() -> String {
    let key = request.rankingKey
    let keyText = "\(key.profile.rawValue) within \(Self.threshold(key.thresholdMinutes)) min"
    var text =
      "Compare: \(ranked.count) scenario(s), each alone against network "
      + "\(network.manifest.name) \(network.manifest.version) (sha256 \(loaded.hash.prefix(16))…)"
    if !loaded.scenarios.isEmpty {
      text += " with " + loaded.scenarios.map { "'\($0.scenario.name)'" }.joined(separator: ", ")
    }
    text += "\nTrips to \(request.anchors.map(\.rawValue).joined(separator: ", ")); places of "
    text += "scope \(request.scope.rawValue); ranked by \(request.rankBy.rawValue) (\(keyText)), "
    text += "ties by person-minutes saved, then name\n"
    text += TextTable.terminalSafe(NumberText.parametersLine(parameters)) + "\n\n"
    var table = TextTable(
      titles: ["#", "scenario", "joining", "people", "leaving", "person-min saved", "best gain"],
      rightAligned: ["#", "joining", "people", "leaving", "person-min saved"])
    for (rank, outcome) in ranked.enumerated() {
      let result = outcome.outcome(key.profile, key.thresholdMinutes)
      let best = outcome.largestGains(key.profile, limit: 1).first.map {
        "\(name($0.place)) \(minutes($0.secondsBefore)) → \(minutes($0.secondsAfter))"
      }
      table.append([
        String(rank + 1), outcome.name, String(result?.placesJoining.count ?? 0),
        NumberText.grouped(result?.populationJoining ?? 0),
        String(result?.placesLeaving.count ?? 0),
        NumberText.grouped(Int((result?.personMinutesSaved ?? 0).rounded())), best ?? "-",
      ])
    }
    text += table.render()
    for outcome in ranked {
      text += "\n\(outcome.name) (\(outcome.file))"
      text += outcome.reweightedOnly ? " — figures only: re-weighted\n" : "\n"
      for result in outcome.outcomes {
        let header =
          "  \(result.profile.rawValue) ≤ \(Self.threshold(result.thresholdMinutes)) min: "
        if result.placesJoining.isEmpty && result.placesLeaving.isEmpty {
          text += header + "no place joins or leaves"
        } else {
          let changes = outcome.changes[result.profile] ?? []
          func describe(_ ids: [PlaceID]) -> String {
            ids.map { id in
              let change = changes.first { $0.place == id }
              return
                "\(name(id)) \(minutes(change?.secondsBefore)) → \(minutes(change?.secondsAfter))"
            }.joined(separator: ", ")
          }
          text += header
          if !result.placesJoining.isEmpty {
            text +=
              "joining \(describe(result.placesJoining)) "
              + "(\(NumberText.grouped(result.populationJoining)) people)"
          }
          if !result.placesLeaving.isEmpty {
            text +=
              (result.placesJoining.isEmpty ? "" : "; ")
              + "leaving \(describe(result.placesLeaving))"
          }
        }
        text += "\n"
      }
      let gains = outcome.largestGains(key.profile)
      if !gains.isEmpty {
        text += "  largest gains (\(key.profile.rawValue)): "
        text += gains.map {
          "\(name($0.place)) \(minutes($0.secondsBefore)) → \(minutes($0.secondsAfter))"
        }.joined(separator: ", ")
        text += "\n"
      }
    }
    return text
  }

  /// One row per scenario, listed place, profile and threshold.
  func csv() -> String {
    var csv = CSVWriter(header: [
      "scenario", "place_id", "profile", "threshold_min", "before_min", "after_min", "delta_min",
      "inside_before", "inside_after", "change", "population", "name_zh", "name_en", "rank",
      "scenario_file",
    ])
    for (rank, outcome) in ranked.enumerated() {
      for profile in request.profiles {
        for change in outcome.changes[profile] ?? [] {
          for threshold in request.thresholdsMinutes {
            let before = CoverageGapRule.isWithin(
              seconds: change.secondsBefore, thresholdMinutes: threshold)
            let after = CoverageGapRule.isWithin(
              seconds: change.secondsAfter, thresholdMinutes: threshold)
            let delta = change.minutesSaved.map { FixedDecimal.text(-$0, decimals: 1) } ?? ""
            let place = network.places[key: change.place]
            csv.appendRow([
              .text(outcome.name), .text(change.place.rawValue), .plain(profile.rawValue),
              .plain(Self.threshold(threshold)),
              .plain(MinutesText.text(seconds: change.secondsBefore) ?? ""),
              .plain(MinutesText.text(seconds: change.secondsAfter) ?? ""), .plain(delta),
              .plain(before ? "true" : "false"), .plain(after ? "true" : "false"),
              .plain(before == after ? "" : (after ? "joins" : "leaves")),
              .plain(String(change.population)), .text(place?.nameZh ?? ""),
              .text(place?.nameEn ?? ""), .plain(String(rank + 1)), .text(outcome.file),
            ])
          }
        }
      }
    }
    return csv.output
  }

  /// What was asked, for provenance.
  func requestJSON() -> JSONValue {
    .object([
      "to": .array(request.anchors.map { .string($0.rawValue) }),
      "within_minutes": .array(request.thresholdsMinutes.map(JSONValue.finite)),
      "profiles": .array(request.profiles.map { .string($0.rawValue) }),
      "scope": .string(request.scope.rawValue),
      "rank_by": .string(request.rankBy.rawValue),
      "ranked_under": .object([
        "profile": .string(request.rankingKey.profile.rawValue),
        "threshold_minutes": .finite(request.rankingKey.thresholdMinutes),
      ]),
    ])
  }

  func json(provenance: JSONValue) -> JSONValue {
    .object([
      "provenance": provenance,
      "ranking": .array(
        ranked.enumerated().map { rank, outcome in
          .object([
            "rank": .integer(rank + 1),
            "scenario": .string(outcome.name),
            "file": .string(outcome.file),
            "sha256": .string(sha(outcome)),
            "reweighted_only": .bool(outcome.reweightedOnly),
            "outcomes": .array(outcome.outcomes.map { outcomeJSON($0, outcome) }),
          ])
        }),
    ])
  }

  private func outcomeJSON(_ result: ThresholdOutcome, _ outcome: ScenarioOutcome) -> JSONValue {
    let changes = outcome.changes[result.profile] ?? []
    func places(_ ids: [PlaceID]) -> JSONValue {
      .array(
        ids.map { id in
          let change = changes.first { $0.place == id }
          return .object([
            "place_id": .string(id.rawValue), "name_zh": .string(name(id)),
            "before_minutes": MinutesText.json(seconds: change?.secondsBefore),
            "after_minutes": MinutesText.json(seconds: change?.secondsAfter),
            "population": .integer(change?.population ?? 0),
          ])
        })
    }
    return .object([
      "profile": .string(result.profile.rawValue),
      "threshold_minutes": .finite(result.thresholdMinutes),
      "places_joining": places(result.placesJoining),
      "places_leaving": places(result.placesLeaving),
      "population_joining": .integer(result.populationJoining),
      "population_leaving": .integer(result.populationLeaving),
      "person_minutes_saved": .finite(result.personMinutesSaved.rounded()),
      "places_newly_reachable": .array(result.placesNewlyReachable.map { .string($0.rawValue) }),
      "largest_gains": places(outcome.largestGains(result.profile).map(\.place)),
    ])
  }
}
