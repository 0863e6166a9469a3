import TransitModel

/// `coverage`: the main job. Who is inside the commuting circle of the centre, by which mode, along
/// which corridor, and what share of the population?
enum CoverageCommand: CLICommand {
  static let name = "coverage"
  static let abstract = "Report which places are inside the commuting circle, and the gaps."
  static var discussion: String {
    let thin = NumberText.perDay(LineService.thinBelowDeparturesPerDay)
    return """
      With no options: the default network, the commute TO Changchun's core (changchun) within 60
      minutes, for car, rail, transit and any, over the planning scope. Per place: minutes by each
      profile, the fastest single mode, the 'any' time (which decides inside/outside), minutes over
      each threshold, corridors, clusters, population, and where the minutes of the deciding trip go
      (access and overheads, waits, in-vehicle, transfers, egress, drive, parking). Then the
      population share inside for the scope, each cluster and each corridor, and the gaps worst
      first (population x minutes over). Without 'any' in --profile, the fastest measured profile
      decides. Exit 0 whenever a report was produced: gaps are findings, not failures.

      --sensitivity runs the report again under each variation of an uncertain input alone, at
      both ends of its range, then with all of them at their low ends and at their high ends, and
      reports each share's range (and the variation giving its lowest and highest value) and the
      places whose inside/outside flips under a single variation. The documented set: congestion
      -10%..+10%, parking 0..10 min, every connector's minutes -20%..+20%, estimated run times
      -10%..+10%. --vary NAME=LOW..HIGH replaces it: NAME is a parameter (percentages of its value
      in this run, or values) or connector-min, stop-transfer-min, estimated-run-min (percentages
      of each row's minutes).

      Estimates: a row is estimated when its source says 'est.' or 'unverified'; the est. column
      is the share of the deciding trip's minutes taken from such rows. '!' marks a deciding trip
      that rides a thin service (fewer than \(thin) departures a day).

      Presets (explicit options override them):
        half-hour-road  长春至周边县（市）半小时覆盖: car from changchun to every county(-level
                        city) seat in the planning scope, against 30 minutes
                        (= --profile car --from changchun --within 30 --kind county-seat).
      """
  }
  static var examples: [String] {
    [
      "commute-analyze coverage",
      "commute-analyze coverage --within 30,60,90 --profile rail,any",
      "commute-analyze coverage --preset half-hour-road",
      "commute-analyze coverage --to changchun,jilin --scope cluster --format csv -o gaps.csv",
      "commute-analyze coverage --transfer-penalty-min 8 --format json",
      "commute-analyze coverage --sensitivity",
      "commute-analyze coverage --vary congestion-factor=-20%..+20% --vary parking-min=0..15",
    ]
  }
  static var options: [OptionSpec] {
    [
      CoverageOptions.to,
      OptionSpec(
        name: "from", valueName: "place,...",
        help: "Measure trips from the nearest of these places instead (outbound).",
        repeatable: true),
      CoverageOptions.within,
      CoverageOptions.scope,
      OptionSpec(
        name: "kind", valueName: "kind,...", help: "Only places of these kinds (repeatable).",
        allowedValues: PlaceKind.allCases.map(\.rawValue), defaultValue: "every kind",
        repeatable: true),
      OptionSpec(
        name: "preset", valueName: "preset", help: "A documented preset (see above).",
        allowedValues: CoveragePreset.allCases.map(\.rawValue)),
      OptionSpec(
        name: "sensitivity",
        help: "Also report how far each share moves, and which places flip, when the uncertain "
          + "inputs vary (see above)."),
      OptionSpec(
        name: "vary", valueName: "name=low..high",
        help: "A variation for --sensitivity (repeatable; replaces the documented set; implies "
          + "--sensitivity).", repeatable: true),
    ]
  }
  static var formats: [OutputFormat] { [.table, .csv, .json] }
  static var profileOption: ProfileOption { .several(default: ["car", "rail", "transit", "any"]) }

  static func run(_ invocation: Invocation) throws -> ExitStatus {
    let arguments = invocation.arguments
    let preset = try arguments.choice("preset", as: CoveragePreset.self)
    if arguments.has("to") && arguments.has("from") {
      throw invocation.usageError("options '--to' and '--from' exclude each other; give one")
    }
    let thresholds = try thresholds(arguments, preset: preset)
    var profiles = try invocation.profiles()
    if let preset, !arguments.has("profile") { profiles = preset.profiles }
    let scope = try arguments.choice("scope", as: CoverageScope.self) ?? .metro
    var kinds = try arguments.choices("kind", as: PlaceKind.self)
    if let preset, !arguments.has("kind") { kinds = preset.kinds }
    _ = try invocation.parameters()
    let variations = try arguments.variations()
    // A sensitivity run edits the network, and locates the problems of an edit in its files.
    let loaded = try invocation.loadNetwork(queriesOnly: variations == nil)
    let parameters = try invocation.parameters(over: loaded.parameters)
    let network = loaded.network

    var direction = TravelDirection.to
    var anchorNames = arguments.listValues("to")
    var anchorOption = "--to"
    if arguments.has("from") {
      direction = .from
      anchorNames = arguments.listValues("from")
      anchorOption = "--from"
    } else if anchorNames.isEmpty {
      direction = preset?.direction ?? .to
      anchorNames = preset?.anchors ?? ["changchun"]
    }
    var anchors: [Int] = []
    for name in anchorNames {
      if name.isEmpty { throw invocation.usageError("empty place name in '\(anchorOption)'") }
      anchors.append(try invocation.resolvePlace(name, in: network, for: "'\(anchorOption)'"))
    }
    let request = CoverageRequest(
      anchors: anchors, direction: direction, thresholdsMinutes: thresholds, profiles: profiles,
      scope: scope, kinds: kinds, parameters: parameters)
    var sensitivity: SensitivityReport?
    if let variations {
      sensitivity = try SensitivityAnalysis.run(
        request, on: loaded.validated, variations: variations)
    }
    let report = try sensitivity?.base ?? CoverageAnalysis.run(request, on: loaded.validated)
    let formatter = CoverageFormatter(report: report, loaded: loaded, sensitivity: sensitivity)
    // Built only for JSON or --provenance: the estimated-row counts in it read every row.
    var built: JSONValue?
    func provenance() -> JSONValue {
      if let built { return built }
      let made = ProvenanceJSON.adding(
        "coverage", formatter.requestJSON(),
        to: ProvenanceJSON.make(network: loaded, profiles: request.profiles, parameters: parameters)
      )
      built = made
      return made
    }
    switch invocation.format ?? .table {
    case .csv: try invocation.emit(formatter.csv())
    case .json: try invocation.emit(JSONWriter.document(formatter.json(provenance: provenance())))
    default:
      // The preset's title names its anchors: with other anchors it would say what was not done.
      let titled = arguments.has("to") || arguments.has("from") ? nil : preset
      try invocation.emit(formatter.table(preset: titled))
    }
    try invocation.emitProvenance(provenance())
    return .success
  }

  private static func thresholds(_ arguments: ParsedArguments, preset: CoveragePreset?) throws
    -> [Double]
  {
    let thresholds = try arguments.minutesList("within", bound: .aboveZero)
    if thresholds.isEmpty { return preset.map { [$0.thresholdMinutes] } ?? [60] }
    return thresholds
  }
}
