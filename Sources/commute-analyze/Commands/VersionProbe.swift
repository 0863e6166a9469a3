/// Temporary: keeps the registry non-empty until the model-backed commands land.
enum VersionProbe: CLICommand {
  static let name = "version"
  static let abstract = "Print the tool version."
  static var examples: [String] { ["commute-analyze version"] }
  static var profileOption: ProfileOption { .none }
  static var usesParameters: Bool { false }
  static func run(_ invocation: Invocation) throws -> ExitStatus {
    try invocation.emit("\(ToolInfo.name) \(ToolInfo.version)\n")
    return .success
  }
}
