import TransitModel

/// A network ready for a command: the validated model and its content hash.
struct LoadedNetwork: Sendable {
  /// The network as validated (what compiling needs).
  var validated: ValidatedNetwork
  /// SHA-256 of the `sha256sum`-style listing of the network's `*.csv` files.
  var hash: String
  /// Whether the network is the one compiled into the binary.
  var isEmbedded: Bool
  var warnings: [InputDiagnostic]
  /// The `--scenario` files applied, in order (empty: the network as loaded).
  var scenarios: [LoadedScenario] = []
  /// The default parameters with the scenarios' `set-parameter` edits; command-line parameters
  /// apply on top (`Invocation.parameters(over:)`).
  var parameters: Parameters = .defaults
  /// What each scenario edit did.
  var effects: [EditEffect] = []
  /// The network before the scenarios (nil when none was applied: `validated` is it).
  var unedited: ValidatedNetwork? = nil

  /// The validated model.
  var network: Network { validated.network }
}
