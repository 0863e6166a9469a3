/// The entry point's logic: picks the command, parses, runs, and maps every outcome to its text
/// and exit code through `ErrorReport`.
enum CommandLineTool {
  static func run(arguments: [String]) -> ExitStatus {
    do {
      return try dispatch(arguments)
    } catch {
      let report = ErrorReport(error)
      if report.toStandardOutput {
        StandardStreams.writeOut(report.text)
      } else {
        StandardStreams.writeError(report.text)
      }
      return report.status
    }
  }

  private static func dispatch(_ arguments: [String]) throws -> ExitStatus {
    guard let first = arguments.first else {
      // No command: help on stderr (stdout carries data only) and the usage exit code.
      StandardStreams.writeError(HelpText.root())
      return .badInput
    }
    if first == "-h" || first == "--help" || first == "help" {
      if first == "help", arguments.count > 1,
        let command = CommandRegistry.command(named: arguments[1])
      {
        throw CLIError.helpRequested(
          HelpText.command(command, specs: CommonOptions.specs(for: command)))
      }
      throw CLIError.helpRequested(HelpText.root())
    }
    if first == "--version" { throw CLIError.versionRequested }
    guard let command = CommandRegistry.command(named: first) else {
      var message =
        first.hasPrefix("-")
        ? "unknown option '\(first)'; a command comes first" : "unknown command '\(first)'"
      let names = CommandRegistry.all.map(\.name)
      if let best = NameSuggestion.closest(to: first, among: names, limit: 1).first {
        message += "; did you mean '\(best)'?"
      } else {
        message += "; commands are \(names.joined(separator: ", "))"
      }
      throw CLIError.usage(message: message, command: nil)
    }
    let parsed = try CommandLineParser(command: command).parse(Array(arguments.dropFirst()))
    var format: OutputFormat?
    if let defaultFormat = command.formats.first {
      format = try parsed.choice("format", as: OutputFormat.self) ?? defaultFormat
    }
    try OutputTargets.check(parsed)
    let invocation = Invocation(
      arguments: parsed, format: format, profileOption: command.profileOption)
    let status = try command.run(invocation)
    // A run that failed on bad input leaves every output as it was; a failed check still reports.
    if status != .badInput { try invocation.outputs.commit() }
    return status
  }
}
