/// What a running command gets: its parsed arguments, the chosen format, and where output goes.
struct Invocation: Sendable {
  /// The command line as parsed against the command's options.
  var arguments: ParsedArguments
  /// The `--format` value (the command's default when not given); `nil` for commands without one.
  var format: OutputFormat?
  /// How the command takes `--profile`, and its default profiles.
  var profileOption: ProfileOption
  /// Where `emit` and `emitProvenance` put their bytes until the command has succeeded.
  var outputs = StagedOutputs()

  /// Writes the command's data: to `-o FILE` atomically, else to stdout.
  func emit(_ text: String) throws {
    try emit(Array(text.utf8))
  }

  /// Stages the command's data bytes for `-o FILE`, else stdout; written when the command has
  /// succeeded (`StagedOutputs`).
  func emit(_ bytes: [UInt8]) throws {
    if let path = arguments.value("output") {
      outputs.stage(bytes, to: path, option: "-o")
    } else {
      outputs.stageStandardOutput(bytes)
    }
  }

  /// Stages the provenance object for `--provenance FILE` when that option was given.
  func emitProvenance(_ provenance: @autoclosure () -> JSONValue) throws {
    // Built only when asked for: the estimated-row counts in it read every row of the network.
    guard let path = arguments.value("provenance") else { return }
    outputs.stage(Array(JSONWriter.document(provenance()).utf8), to: path, option: "--provenance")
  }

  /// A diagnostic or progress line on stderr (never on stdout): one line, whatever the text holds
  /// (a line feed from data cannot forge a second line).
  func note(_ text: String) {
    let line = text.hasSuffix("\n") ? String(text.dropLast()) : text
    StandardStreams.writeError(TerminalText.safe(line) + "\n")
  }

  /// A usage error about this command's command line.
  func usageError(_ message: String) -> CLIError { arguments.usageError(message) }
}
