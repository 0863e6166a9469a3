import Foundation
import TransitModel

/// `diff OLD NEW`: two versions of a network (folders or git revisions) compared: the data row by
/// row and cell by cell, then every door-to-door time that changed and the coverage shares before
/// and after; `--fail-if-worse` turns it into a regression gate for CI.
enum DiffCommand: CLICommand {
  static let name = "diff"
  static let abstract =
    "Compare two versions of a network: the data, and the travel times that changed."
  static var discussion: String {
    """
    OLD and NEW are network folders or git revisions: an argument naming an existing folder is a
    folder, anything else a revision of the repository holding the working directory, whose
    --path folder is read with git (ls-tree, cat-file) without a checkout or any change to the
    work tree. --scenario files apply to NEW only, so 'diff DIR DIR --scenario s.json' shows what
    a scenario changes.

    Data: table by table, rows added (+), removed (-) and changed (~) by key, each changed cell
    old -> new. The comparison is of the loaded tables, so column order, quoting, row order and
    the way a number is written are no change. Keys: id; connectors (place, stop, mode); stop
    transfers (the two stops either way round, mode); corridor members (corridor, kind, member);
    manifest (key); line stops by each line's stop sequence (a renumbered seq is no change).
    Rows marked 'moves no time' (names, sources, coordinates, clusters, corridors, the manifest)
    are listed but not written by --emit-scenario.

    Impact: every door-to-door time between two places of both versions that changed, per
    profile (default all four), largest change first (a trip that became impossible or possible
    first); the table shows --limit rows per profile, CSV and JSON all of them. Then the coverage
    shares (as 'coverage' computes them) of the scope, each cluster and each corridor, before and
    after: the table shows the scope's and those that changed.

    Exit 0 when the comparison ran (differences are findings); 1 with --fail-if-worse when a time
    between two places, at least one of them in --scope (in either version), got worse by more
    than the given minutes in any measured profile, or became impossible; 2 for bad input.
    """
  }
  static var examples: [String] {
    [
      "commute-analyze diff HEAD~1 HEAD",
      "commute-analyze diff main HEAD --fail-if-worse 5",
      "commute-analyze diff HEAD Networks/changchun --format csv -o diff.csv",
      "commute-analyze diff Networks/changchun Networks/changchun --scenario "
        + "Networks/changchun/scenarios/changchun-liaoyuan-railway.json",
      "commute-analyze diff HEAD~1 HEAD --path Networks/changchun --emit-scenario last.json",
    ]
  }
  static var arguments: [ArgumentSpec] {
    [
      ArgumentSpec(name: "old", help: "The old version: a network folder or a git revision."),
      ArgumentSpec(name: "new", help: "The new version: a network folder or a git revision."),
    ]
  }
  static var options: [OptionSpec] {
    [
      OptionSpec(
        name: "path", valueName: "dir",
        help: "For a revision: the network folder inside the repository (relative to its root).",
        defaultValue: defaultPath),
      OptionSpec(
        name: "fail-if-worse", valueName: "minutes",
        help:
          "Exit 1 when a time between two places, one in --scope, gets worse by more than this (or impossible)."
      ),
      OptionSpec(
        name: "emit-scenario", valueName: "file",
        help: "Also write the data diff as a scenario that turns OLD into NEW (JSON)."),
      OptionSpec(
        name: "limit", valueName: "n",
        help: "Changed times listed per profile in the table; 0 lists all.", defaultValue: "20"),
      CoverageOptions.to, CoverageOptions.within, scope,
      OptionSpec(
        name: "scenario", valueName: "file",
        help: "Scenario file applied to NEW only (repeatable, stacking).", repeatable: true),
      // OLD and NEW name the networks; `--network` is refused with a message, not listed.
      OptionSpec(name: "network", valueName: "dir", help: "", hidden: true),
    ]
  }
  static var formats: [OutputFormat] { [.table, .csv, .json] }
  static var profileOption: ProfileOption {
    .several(default: Profile.allCases.map(\.rawValue))
  }

  /// `--scope` as `coverage` spells it; here it also says whose times `--fail-if-worse` guards.
  private static var scope: OptionSpec {
    var scope = CoverageOptions.scope
    scope.help += " Also the places --fail-if-worse guards."
    return scope
  }

  /// The network folder a revision is read from when `--path` is not given.
  static let defaultPath = "Networks/changchun"

  static func run(_ invocation: Invocation) throws -> ExitStatus {
    let arguments = invocation.arguments
    guard arguments.positionals.count == 2 else {
      throw invocation.usageError("diff takes two versions, OLD and NEW (folders or git revisions)")
    }
    if arguments.has("network") {
      throw invocation.usageError(
        "'--network' does not apply to diff: give the two versions as OLD and NEW")
    }
    let profiles = try invocation.profiles()
    let thresholds = try arguments.minutesList("within", bound: .aboveZero)
    let scope = try arguments.choice("scope", as: CoverageScope.self) ?? .metro
    let failIfWorse = try arguments.minutes("fail-if-worse", bound: .zeroOrMore)
    let limit = try arguments.wholeNumber("limit", in: 0...Int(Int32.max)) ?? 20
    _ = try invocation.parameters()
    let path = arguments.value("path") ?? defaultPath

    let old = try NetworkVersion.resolve(arguments.positionals[0], folder: path)
    let new = try NetworkVersion.resolve(arguments.positionals[1], folder: path)
    let oldLoaded = try old.load()
    let oldNetwork = oldLoaded.network
    let newLoaded = try loadNew(new, invocation)
    for (version, warnings) in [(old, oldLoaded.warnings), (new, newLoaded.warnings)]
    where !warnings.isEmpty {
      invocation.note(
        "note: \(version.label) has \(warnings.count) warning(s) ('\(ToolInfo.name) validate DIR' "
          + "lists a folder's)")
    }
    let oldParameters = try invocation.parameters(over: .defaults)
    let newParameters = try invocation.parameters(over: newLoaded.parameters)

    var anchors: [PlaceID] = []
    let names = arguments.listValues("to")
    for name in names.isEmpty ? ["changchun"] : names {
      let index = try invocation.resolvePlace(name, in: newLoaded.network, for: "'--to'")
      anchors.append(newLoaded.network.places[index].id)
    }
    let request = ImpactRequest(
      profiles: profiles, anchors: anchors,
      thresholdsMinutes: thresholds.isEmpty ? [60] : thresholds,
      scope: scope)
    let diff = NetworkDiff(old: oldNetwork.network, new: newLoaded.network)
    let impact: NetworkImpact
    do {
      impact = try NetworkImpact.measure(
        old: oldNetwork, oldParameters: oldParameters, new: newLoaded.validated,
        newParameters: newParameters, request: request)
    } catch let error as CoverageRequestError {
      throw CLIError.badInput("\(error.message) (\(old.label)); give --to a place of both versions")
    }
    let report = DiffReport(
      old: old, new: new, newLoaded: newLoaded, oldParameters: oldParameters,
      newParameters: newParameters, diff: diff, impact: impact, failIfWorseMinutes: failIfWorse)
    let formatter = DiffFormatter(report: report)
    let provenance = ProvenanceJSON.adding(
      "diff", formatter.requestJSON(),
      to: ProvenanceJSON.make(network: newLoaded, profiles: profiles, parameters: newParameters))
    switch invocation.format ?? .table {
    case .csv: try invocation.emit(formatter.csv())
    case .json: try invocation.emit(JSONWriter.document(formatter.json(provenance: provenance)))
    default: try invocation.emit(formatter.table(limit: limit))
    }
    try invocation.emitProvenance(provenance)
    if let file = arguments.value("emit-scenario") {
      try emitScenario(report, to: file, invocation)
    }
    guard let minutes = failIfWorse else { return .success }
    let worse = impact.worsened(byMoreThan: minutes)
    if worse.isEmpty { return .success }
    for line in formatter.failureNote(worse, minutes: minutes).split(separator: "\n") {
      invocation.note(String(line))
    }
    return .checkFailed
  }

  /// NEW with the `--scenario` files applied (their problems at the scenario files' lines).
  private static func loadNew(_ version: NetworkVersion, _ invocation: Invocation) throws
    -> LoadedNetwork
  {
    let loaded = try version.load()
    return try invocation.applyScenarios(
      invocation.scenarioFiles(),
      to: LoadedNetwork(
        validated: loaded.network, hash: version.hash, isEmbedded: false,
        warnings: loaded.warnings))
  }

  /// Writes the scenario that turns OLD into NEW and says on stderr what it left out.
  private static func emitScenario(_ report: DiffReport, to file: String, _ invocation: Invocation)
    throws
  {
    let removal = "not in \(report.new.label)"
    let edits =
      report.oldParameters.scenarioEdits(
        to: report.newParameters, source: "set by the scenarios of \(report.new.label)")
      + report.diff.scenarioEdits(removalSource: removal)
    let text = ScenarioWriter.text(
      name: "diff \(report.old.label) → \(report.new.label)",
      description:
        "Turns \(report.old.label) into \(report.new.label) as far as door-to-door times and "
        + "coverage go (commute-analyze diff --emit-scenario)",
      baseNetworkSHA256: report.old.hash, edits: edits)
    invocation.outputs.stage(Array(text.utf8), to: file, option: "--emit-scenario")
    let listed = report.diff.tables.reduce(0) { count, table in
      count + table.added.filter { !$0.isEmitted }.count
        + table.removed.filter { !$0.isEmitted }.count
        + table.changed.filter { !$0.isEmitted }.count
    }
    var note = "wrote \(edits.count) edit(s) to \(file)"
    if listed > 0 { note += "; \(listed) row change(s) move no time and are listed only" }
    invocation.note(note)
  }
}
