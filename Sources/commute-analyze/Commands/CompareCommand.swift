import Foundation
import TransitModel

/// `compare A.json B.json …`: each proposal alone against the same base, ranked.
enum CompareCommand: CLICommand {
  static let name = "compare"
  static let abstract = "Rank proposed scenarios side by side against the base network."
  static var discussion: String {
    """
    Each scenario (a file, or every *.json of a folder) is applied alone to the base network (the
    network with any --scenario files applied: they sit under all) and measured like coverage:
    trips between the places of --scope and the nearest --to place (default changchun) by each
    --profile (default rail, transit, any), against each --within threshold (default 60). For each
    scenario: places joining and leaving the circle, people joining, person-minutes saved (Σ
    residents × minutes saved over the places reachable before and after), places newly
    reachable, and the places that gain most with their minutes before and after. Scenarios are
    ranked by --rank-by (default people-joining: people joining minus people leaving) under any
    (else the last profile measured) at the first threshold; ties go to more person-minutes saved,
    then the name. Tall CSV: one row per scenario, place, profile and threshold.
    """
  }
  static var examples: [String] {
    [
      "commute-analyze compare Networks/changchun/scenarios",
      "commute-analyze compare Networks/changchun/scenarios/*.json --rank-by person-minutes-saved",
      "commute-analyze compare Networks/changchun/scenarios --format csv -o compare.csv",
    ]
  }
  static var arguments: [ArgumentSpec] {
    [
      ArgumentSpec(
        name: "scenario", help: "Scenario files to compare, or folders of *.json files.",
        variadic: true)
    ]
  }
  static var options: [OptionSpec] {
    [
      CoverageOptions.to,
      CoverageOptions.within,
      CoverageOptions.scope,
      OptionSpec(
        name: "rank-by", valueName: "metric", help: "What the ranking sorts by.",
        allowedValues: ComparisonMetric.allCases.map(\.rawValue), defaultValue: "people-joining"),
    ]
  }
  static var formats: [OutputFormat] { [.table, .csv, .json] }
  static var profileOption: ProfileOption { .several(default: ["rail", "transit", "any"]) }

  static func run(_ invocation: Invocation) throws -> ExitStatus {
    let arguments = invocation.arguments
    let thresholds = try arguments.minutesList("within", bound: .aboveZero)
    let profiles = try invocation.profiles()
    let scope = try arguments.choice("scope", as: CoverageScope.self) ?? .metro
    let rankBy = try arguments.choice("rank-by", as: ComparisonMetric.self) ?? .peopleJoining
    _ = try invocation.parameters()
    let paths = try scenarioPaths(arguments.positionals)
    let loaded = try invocation.loadNetwork()
    let parameters = try invocation.parameters(over: loaded.parameters)
    var anchors: [PlaceID] = []
    for name in arguments.listValues("to").isEmpty ? ["changchun"] : arguments.listValues("to") {
      let index = try invocation.resolvePlace(name, in: loaded.network, for: "'--to'")
      anchors.append(loaded.network.places[index].id)
    }
    let request = ComparisonRequest(
      anchors: anchors, thresholdsMinutes: thresholds.isEmpty ? [60] : thresholds,
      profiles: profiles, scope: scope, rankBy: rankBy)
    let comparison = ScenarioComparison(
      base: loaded.validated, parameters: parameters, request: request)
    // Every scenario is read and applied before anything is reported: all problems at once.
    var compared: [(loaded: LoadedScenario, edited: EditedNetwork)] = []
    var problems: [InputDiagnostic] = []
    for path in paths {
      let files = try Invocation.readScenarios([path])
      do {
        var editor = ScenarioEditor(base: loaded.validated, parameters: loaded.parameters)
        for scenario in files.scenarios {
          editor.apply(scenario.scenario, baseNetworkHash: loaded.hash)
        }
        let edited = try editor.finish()
        problems += files.problems
        if let scenario = files.scenarios.first, files.problems.isEmpty {
          compared.append((scenario, edited))
        }
      } catch {
        problems += files.problems + error.errors
      }
    }
    if !problems.isEmpty { throw NetworkLoadError(diagnostics: problems) }
    var outcomes: [ScenarioOutcome] = []
    var scenarios: [LoadedScenario] = []
    for (scenario, edited) in compared {
      let scenarioParameters = try invocation.parameters(over: edited.parameters)
      outcomes.append(
        comparison.outcome(
          name: scenario.scenario.name, file: scenario.file, network: edited.network,
          parameters: scenarioParameters))
      scenarios.append(scenario)
    }
    let formatter = ComparisonFormatter(
      comparison: comparison, ranked: comparison.ranked(outcomes), scenarios: scenarios,
      loaded: loaded, parameters: parameters)
    let provenance = ProvenanceJSON.adding(
      "compare", formatter.requestJSON(),
      to: ProvenanceJSON.make(network: loaded, profiles: request.profiles, parameters: parameters))
    switch invocation.format ?? .table {
    case .csv: try invocation.emit(formatter.csv())
    case .json: try invocation.emit(JSONWriter.document(formatter.json(provenance: provenance)))
    default: try invocation.emit(formatter.table())
    }
    try invocation.emitProvenance(provenance)
    return .success
  }

  /// The scenario files named: files as given, folders as their `*.json` files sorted by name.
  private static func scenarioPaths(_ arguments: [String]) throws -> [String] {
    var paths: [String] = []
    for argument in arguments {
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: argument, isDirectory: &isFolder) else {
        throw CLIError.badInput("scenario file or folder '\(argument)' not found")
      }
      if isFolder.boolValue {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: argument)) ?? []
        let folder = argument.hasSuffix("/") ? argument : argument + "/"
        paths += names.filter { $0.hasSuffix(".json") }.sorted().map { folder + $0 }
      } else {
        paths.append(argument)
      }
    }
    return paths
  }
}
