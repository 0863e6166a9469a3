/// How a command takes `--profile`.
enum ProfileOption: Sendable {
  /// The command has no profile.
  case none
  /// One profile; the default is given.
  case single(default: String)
  /// One or several (repeatable, comma lists); the default is the list given.
  case several(default: [String])
}
