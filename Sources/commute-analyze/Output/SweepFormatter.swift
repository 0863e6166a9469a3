import TransitModel

/// `sweep` outputs: the ranked table, and CSV / JSON with one row per element and profile in
/// element order.
struct SweepFormatter {
  let loaded: LoadedNetwork
  let request: SweepRequest
  let track: RailTrack

  private var network: Network { loaded.network }

  /// The road of a link with its ends, or the rail lines over a segment.
  func what(_ element: SweepElement) -> (from: String, to: String, over: String) {
    switch element {
    case .roadLink(let id):
      guard let link = network.roadLinks[key: id] else { return ("", "", "") }
      return (link.from.rawValue, link.to.rawValue, link.road)
    case .railSegment(let segment):
      let lines = Set(track.hops(cutBy: segment).map { network.lines[$0.line].id.rawValue })
      return (
        segment.first.rawValue, segment.second.rawValue, lines.sorted().joined(separator: " ")
      )
    }
  }

  /// What was asked, for the provenance.
  func requestJSON() -> JSONValue {
    let coverage = request.coverage
    return .object([
      "anchors": .array(coverage.anchors.map { .string(network.places[$0].id.rawValue) }),
      "direction": .string("to"),
      "threshold_minutes": .finite(request.thresholdMinutes),
      "scope": .string(coverage.scope.rawValue),
      "elements": .integer(request.elements.count),
    ])
  }

  static let csvHeader = [
    "element_kind", "element_id", "from", "to", "over", "profile", "population_leaving",
    "places_leaving", "population_cut_off", "places_cut_off", "person_minutes_added",
    "places_slower",
  ]

  func csv(_ outcomes: [SweepOutcome]) -> String {
    var csv = CSVWriter(header: Self.csvHeader)
    for outcome in outcomes {
      let described = what(outcome.element)
      csv.appendRow([
        .plain(outcome.element.kind), .text(outcome.element.id), .text(described.from),
        .text(described.to), .text(described.over), .plain(outcome.profile.rawValue),
        .plain("\(outcome.populationLeaving)"), .plain("\(outcome.placesLeaving)"),
        .plain("\(outcome.populationCutOff)"), .plain("\(outcome.placesCutOff)"),
        .plain(Self.personMinutes(outcome)), .plain("\(outcome.placesSlower)"),
      ])
    }
    return csv.output
  }

  /// Person-minutes with one decimal, rounded half up from person-seconds (CSV; the table shows
  /// whole person-minutes, digits grouped, as the gaps table of `coverage` does).
  static func personMinutes(_ outcome: SweepOutcome) -> String {
    let tenths = (outcome.personSecondsAdded * 10 + 30) / 60
    return "\(tenths / 10).\(tenths % 10)"
  }

  func json(_ outcomes: [SweepOutcome], provenance: JSONValue, limit: Int) -> JSONValue {
    let rows: [JSONValue] = outcomes.map { outcome in
      let described = what(outcome.element)
      return .object([
        "kind": .string(outcome.element.kind), "id": .string(outcome.element.id),
        "from": .string(described.from), "to": .string(described.to),
        "over": .string(described.over), "profile": .string(outcome.profile.rawValue),
        "population_leaving": .integer(outcome.populationLeaving),
        "places_leaving": .integer(outcome.placesLeaving),
        "population_cut_off": .integer(outcome.populationCutOff),
        "places_cut_off": .integer(outcome.placesCutOff),
        "person_minutes_added": .finite(Double(outcome.personSecondsAdded) / 60),
        "places_slower": .integer(outcome.placesSlower),
      ])
    }
    var ranking: [String: JSONValue] = [:]
    for profile in request.coverage.profiles {
      let ranked = SweepOutcome.ranked(outcomes.filter { $0.profile == profile }).prefix(limit)
      ranking[profile.rawValue] = .array(ranked.map { .string($0.element.id) })
    }
    return .object([
      "provenance": provenance,
      "outcomes": .array(rows),
      "ranking": .object(ranking),
    ])
  }

  func table(_ outcomes: [SweepOutcome], limit: Int) -> String {
    let coverage = request.coverage
    let anchors = coverage.anchors.map { network.places[$0].id.rawValue }.joined(separator: ", ")
    var text =
      TextTable.terminalSafe(
        "N-1 sweep: \(request.elements.count) elements taken out one at a time; commute to "
          + "\(anchors) within \(CoverageFormatter.thresholdText(request.thresholdMinutes)) min, scope "
          + "\(coverage.scope.rawValue); \(NumberText.parameters(coverage.parameters)); network "
          + "\(network.manifest.name) \(network.manifest.version), sha256 \(loaded.hash.prefix(16))…"
      )
      + "\n"
    for profile in coverage.profiles {
      let ranked = SweepOutcome.ranked(outcomes.filter { $0.profile == profile })
      let hurting = ranked.filter { $0.placesSlower > 0 }
      text +=
        "\nProfile \(profile.rawValue): \(hurting.count) of \(ranked.count) elements make a "
        + "trip longer; worst first\n"
      var table = TextTable(
        titles: [
          "#", "element", "from", "to", "over", "people leaving", "cut off",
          "person-min added",
        ],
        rightAligned: ["#", "people leaving", "cut off", "person-min added"])
      for (rank, outcome) in hurting.prefix(limit).enumerated() {
        let described = what(outcome.element)
        table.append([
          "\(rank + 1)", outcome.element.id, described.from, described.to, described.over,
          NumberText.grouped(outcome.populationLeaving),
          NumberText.grouped(outcome.populationCutOff),
          NumberText.grouped(Int((outcome.personSecondsAdded + 30) / 60)),
        ])
      }
      text += hurting.isEmpty ? "  (no element makes any trip longer)\n" : table.render()
    }
    return text
  }
}
