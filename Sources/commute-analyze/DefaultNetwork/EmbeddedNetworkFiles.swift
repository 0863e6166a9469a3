// Generated from Networks/changchun/*.csv by EmbeddedNetworkTests; do not edit.
// Regenerate with: UPDATE_EMBEDDED=1 swift test --filter EmbeddedNetworkTests

/// The default network's files as base64, sorted by file name.
enum EmbeddedNetworkFiles {
  static let base64: [(name: String, data: String)] = []
}
