import TransitModel

/// A network ready for a command: the validated model, its raw files and its content hash.
struct LoadedNetwork: Sendable {
  /// The network as validated (what compiling needs).
  var validated: ValidatedNetwork
  var files: NetworkFiles
  /// SHA-256 of the `sha256sum`-style listing of the network's `*.csv` files.
  var hash: String
  /// Whether the network is the one compiled into the binary.
  var isEmbedded: Bool
  var warnings: [InputDiagnostic]

  /// The validated model.
  var network: Network { validated.network }
}
