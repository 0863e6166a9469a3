import Foundation

/// Applies scenarios to a base network: each edit is resolved against the network as edited so
/// far, and applied only when it fits; problems are collected (never only the first), each at the
/// scenario file's line and column with the edit's number. The base value is never changed.
public struct ScenarioEditor {
  /// The network as edited so far.
  public private(set) var network: Network
  /// Where each row came from: the CSV cell, or the scenario member that made it.
  public private(set) var sources: SourceMap
  /// The parameters as edited so far (`set-parameter`).
  public private(set) var parameters: Parameters
  /// What the applied edits did, in order.
  public private(set) var effects: [EditEffect] = []
  /// Problems found so far.
  public private(set) var diagnostics: [InputDiagnostic] = []

  /// An editor starting from `base` and `parameters`.
  public init(base: ValidatedNetwork, parameters: Parameters) {
    self.network = base.network
    self.sources = base.sources
    self.parameters = parameters
  }

  /// Applies every edit of `scenario` that fits; `baseNetworkHash` is the hash of the network the
  /// stack started from (a scenario's `base_network_sha256` must equal it when given).
  public mutating func apply(_ scenario: Scenario, baseNetworkHash: String) {
    if let expected = scenario.baseNetworkSHA256, expected != baseNetworkHash.lowercased() {
      diagnostics.append(
        InputDiagnostic(
          .error,
          scenario.baseHashLocation ?? SourceLocation(file: scenario.file, line: 1, column: 1),
          "scenario '\(scenario.name)' was written for network \(expected), but the network is "
            + "\(baseNetworkHash)"))
    }
    for edit in scenario.edits {
      var step = EditStep(edit: edit, scenario: scenario.name)
      step.run(on: &network, sources: &sources, parameters: &parameters)
      diagnostics += step.diagnostics
      if let summary = step.summary, step.diagnostics.isEmpty {
        effects.append(
          EditEffect(
            scenario: scenario.name, number: edit.number, type: edit.type, location: edit.location,
            summary: summary))
      }
    }
  }

  /// The edited network, checked by the validator a loaded network goes through.
  /// - Throws: `NetworkLoadError` with every problem of the edits and of the edited network.
  public func finish() throws(NetworkLoadError) -> EditedNetwork {
    let all = (diagnostics + network.validate(sources: sources)).sorted()
    let validated = try Network.accept(network, all, sources: sources)
    return EditedNetwork(network: validated, parameters: parameters, effects: effects)
  }

  /// Applies `scenarios` in order to `base`.
  public static func apply(
    _ scenarios: [Scenario], to base: ValidatedNetwork, parameters: Parameters,
    baseNetworkHash: String
  ) throws(NetworkLoadError) -> EditedNetwork {
    var editor = ScenarioEditor(base: base, parameters: parameters)
    for scenario in scenarios { editor.apply(scenario, baseNetworkHash: baseNetworkHash) }
    return try editor.finish()
  }
}
