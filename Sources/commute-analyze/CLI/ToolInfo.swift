/// The tool's name and version, as `--version` prints them and provenance records them.
enum ToolInfo {
  static let name = "commute-analyze"
  /// Bumped with every release; echoed in every report's provenance.
  static let version = "0.1.0"
}
