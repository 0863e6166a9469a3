import TransitModel

/// `validate [DIR]`: checks a network folder and reports every problem at once.
enum ValidateCommand: CLICommand {
  static let name = "validate"
  static let abstract = "Check a network folder and report every problem at once."
  static var discussion: String {
    """
    Diagnostics go to stderr as FILE:LINE:COLUMN: error|warning: MESSAGE, all of them, sorted.
    Exit 0 when there are no errors (warnings only), 2 when there is at least one error. A
    one-line summary of a valid network goes to stdout. With --scenario, the scenarios are
    applied in order to the network and checked (edits and the edited network, every problem at
    the scenario file's line and column); what each edit did goes to stdout, one line each, and
    warnings the scenarios add go to stderr.
    """
  }
  static var examples: [String] {
    [
      "commute-analyze validate",
      "commute-analyze validate Networks/changchun",
      "commute-analyze validate Networks/changchun 2> problems.txt",
      "commute-analyze validate --scenario Networks/changchun/scenarios/changchun-liaoyuan-railway.json",
    ]
  }
  static var arguments: [ArgumentSpec] {
    [
      ArgumentSpec(
        name: "dir", help: "Network folder (default: --network, else the embedded network).",
        optional: true)
    ]
  }
  static var profileOption: ProfileOption { .none }
  static var usesParameters: Bool { false }

  static func run(_ invocation: Invocation) throws -> ExitStatus {
    let folder = invocation.arguments.positionals.first
    if folder != nil, invocation.arguments.value("network") != nil {
      throw invocation.usageError(
        "give the network folder once: as <dir> or as '--network', not both")
    }
    // Loaded once: its diagnostics, and on success the network for the summary and scenarios.
    var validated: ValidatedNetwork?
    let diagnostics: [InputDiagnostic]
    let embedded: Bool
    // The network hash, computed only for a valid network (SHA-256 of every table).
    let networkHash: () -> String
    if let cache = invocation.arguments.value("cache") {
      // A cache holds a valid network and its warnings (with the folder, only if built from it).
      let cached = try invocation.readCache(cache, folder: folder)
      (validated, diagnostics, embedded) = (cached.validated, cached.warnings, cached.isEmbedded)
      networkHash = { cached.hash }
    } else {
      let files: NetworkFiles
      (files, embedded) = try invocation.networkFiles(folder: folder)
      // Hashed first, so the loader holds the only copy of the bytes and lets each table go once
      // it is read (a network with errors is hashed for nothing, a small price).
      let hash = ContentHash.networkHash(files: files.files)
      networkHash = { hash }
      do {
        let loaded = try NetworkLoader.load(consume files)
        ProcessLifetime.keep(loaded.network)
        validated = loaded.network
        diagnostics = loaded.warnings
      } catch {
        diagnostics = error.diagnostics
      }
    }
    for diagnostic in diagnostics { invocation.note(diagnostic.description) }
    let errors = diagnostics.filter { $0.severity == .error }.count
    let warnings = diagnostics.count - errors
    let label =
      folder ?? invocation.arguments.value("network") ?? invocation.arguments.value("cache")
      ?? "embedded network"
    invocation.note("\(label): \(errors) error(s), \(warnings) warning(s)")
    guard errors == 0, let validated else { return .badInput }
    let network = validated.network
    var summary =
      "\(TerminalText.safe(network.manifest.name)) \(TerminalText.safe(network.manifest.version)): "
    summary += "\(network.places.count) places, \(network.stops.count) stops, "
    summary += "\(network.lines.count) lines, \(network.roadLinks.count) road links, "
    summary += "\(network.corridors.count) corridors; "
    summary += embedded ? "embedded; " : ""
    let hash = networkHash()
    summary += "sha256 \(hash)\n"
    summary += EstimatedRowsOutput.text(validated) + "\n"
    let scenarios = try invocation.scenarioFiles()
    if !scenarios.scenarios.isEmpty || !scenarios.problems.isEmpty {
      let base = validated
      let edited: EditedNetwork
      do {
        edited = try Invocation.apply(scenarios, to: base, baseHash: hash)
      } catch let error as NetworkLoadError {
        for diagnostic in error.diagnostics { invocation.note(diagnostic.description) }
        let errors = error.errors.count
        invocation.note(
          "scenarios: \(errors) error(s), \(error.diagnostics.count - errors) warning(s)")
        return .badInput
      }
      let known = Set(base.warnings)
      let added = edited.network.warnings.filter { !known.contains($0) }
      for warning in added { invocation.note(warning.description) }
      for loaded in scenarios.scenarios {
        summary +=
          "scenario '\(TerminalText.safe(loaded.scenario.name))' "
          + "(\(TerminalText.safe(loaded.file)), sha256 \(loaded.sha256)):\n"
        for effect in edited.effects where effect.scenario == loaded.scenario.name {
          summary +=
            "  \(effect.number). \(effect.type.rawValue): \(TerminalText.safe(effect.summary))\n"
        }
      }
      summary += "scenarios: 0 error(s), \(added.count) new warning(s)\n"
    }
    try invocation.emit(summary)
    try invocation.emitProvenance(
      ProvenanceJSON.make(
        network: LoadedNetwork(
          validated: validated, hash: hash, isEmbedded: embedded, warnings: [],
          scenarios: scenarios.scenarios),
        profiles: [], parameters: nil))
    return .success
  }
}
