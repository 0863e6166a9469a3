import Foundation
import TransitModel

/// `check FILE`: expectations a planner keeps in git, checked on the network; exit 1 on a failure.
enum CheckCommand: CLICommand {
  static let name = "check"
  static let abstract = "Check stated expectations on the network; exit 1 when one fails."
  static var discussion: String {
    """
    FILE holds one expectation per line (# starts a comment), for example:
      changchun -> jilin by rail <= 100 min
      share of metro within 60 min of changchun by any >= 40 %
      gongzhuling inside 60 min of changchun by car
      gaps within 60 min of changchun by any <= 20
      target: share of cluster cc-jl within 60 min of changchun by rail >= 50 %
    The syntax is in Networks/README.md ("Expectations"). Each line is reported with what was
    measured and pass, FAIL, or, for a target: line, its distance to go (targets never fail).
    Exit 0 when every expectation holds, 1 when one fails, 2 for bad input (every problem at
    once, FILE:LINE:COLUMN). Under --scenario, 'no time worse than base …' and '… joins …' compare
    with the network without the scenarios.
    """
  }
  static var examples: [String] {
    [
      "commute-analyze check Networks/changchun/expectations",
      "commute-analyze check Networks/changchun/expectations --format junit -o check.xml",
      "commute-analyze check Networks/changchun/expectations --scenario Networks/changchun/scenarios/changchun-liaoyuan-railway.json",
    ]
  }
  static var arguments: [ArgumentSpec] {
    [ArgumentSpec(name: "file", help: "The expectations file.")]
  }
  static var formats: [OutputFormat] { [.table, .json, .junit] }
  static var profileOption: ProfileOption { .none }

  static func run(_ invocation: Invocation) throws -> ExitStatus {
    let path = invocation.arguments.positionals[0]
    guard let data = FileManager.default.contents(atPath: path),
      let text = String(data: data, encoding: .utf8)
    else {
      throw CLIError.badInput("cannot read the expectations file '\(path)' (UTF-8 text expected)")
    }
    _ = try invocation.parameters()
    let loaded = try invocation.loadNetwork()
    let parameters = try invocation.parameters(over: loaded.parameters)
    let base = loaded.unedited ?? loaded.validated
    let expectations = try ExpectationParser(network: loaded.network, file: path).parse(text)
    var check = ExpectationCheck(network: loaded.validated, base: base, parameters: parameters)
    let results = try check.run(expectations)
    let formatter = CheckFormatter(
      results: results, file: path, loaded: loaded, parameters: parameters)
    let provenance = ProvenanceJSON.make(
      network: loaded, profiles: Profile.allCases, parameters: parameters)
    switch invocation.format ?? .table {
    case .json: try invocation.emit(JSONWriter.document(formatter.json(provenance: provenance)))
    case .junit: try invocation.emit(formatter.junit())
    default: try invocation.emit(formatter.table())
    }
    try invocation.emitProvenance(provenance)
    return results.contains(where: \.fails) ? .checkFailed : .success
  }
}
