/// The errors a command throws; `ErrorReport` turns each into its text and exit code.
enum CLIError: Error, Sendable {
  /// A bad command line: the message names the option; the text points at the command's help.
  case usage(message: String, command: String?)
  /// Bad input that is not the command line (an unreadable file, an unknown place).
  case badInput(String)
  /// Several problems of bad input found together, each printed as its own `error:` line.
  case badInputs([String])
  /// A check ran and failed (exit 1), with its readable report.
  case checkFailed(String)
  /// `--help` was asked for: the help text goes to stdout, exit 0.
  case helpRequested(String)
  /// `--version` was asked for.
  case versionRequested
}
