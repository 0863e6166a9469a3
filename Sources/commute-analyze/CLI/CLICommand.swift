/// A subcommand of `commute-analyze`.
///
/// Adding a command is one new file in `Commands/` with a type conforming to this protocol, plus
/// one line in `CommandRegistry.all`. The parser, `--help`, the common options (`--network`,
/// `--scenario`, `--profile`, `--param` and the named parameters, `--format`, `-o`,
/// `--provenance`) and the error → exit-code mapping come for free.
protocol CLICommand {
  /// The kebab-case command name (`"coverage"`).
  static var name: String { get }
  /// One imperative sentence for the command list and the help's OVERVIEW.
  static var abstract: String { get }
  /// More help text after the overview (may be empty).
  static var discussion: String { get }
  /// Full example command lines for the help's EXAMPLES section.
  static var examples: [String] { get }
  /// Positional arguments.
  static var arguments: [ArgumentSpec] { get }
  /// The command's own options (the common ones are added by `CommonOptions`).
  static var options: [OptionSpec] { get }
  /// Output formats `--format` accepts; the first is the default. Empty: no `--format` option.
  static var formats: [OutputFormat] { get }
  /// How `--profile` behaves for this command.
  static var profileOption: ProfileOption { get }
  /// Whether the travel-time parameters (`--param` and the named ones) apply.
  static var usesParameters: Bool { get }
  /// Runs the command. Writes data through `invocation.emit`, diagnostics to stderr; throws
  /// `CLIError` (or a model error) for anything that is not a success.
  static func run(_ invocation: Invocation) throws -> ExitStatus
}

extension CLICommand {
  static var discussion: String { "" }
  static var arguments: [ArgumentSpec] { [] }
  static var options: [OptionSpec] { [] }
  static var formats: [OutputFormat] { [] }
  static var profileOption: ProfileOption { .single(default: "any") }
  static var usesParameters: Bool { true }
}
