/// What a running command gets: its parsed arguments, the chosen format, and where output goes.
struct Invocation: Sendable {
  /// The command line as parsed against the command's options.
  var arguments: ParsedArguments
  /// The `--format` value (the command's default when not given); `nil` for commands without one.
  var format: OutputFormat?
  /// How the command takes `--profile`, and its default profiles.
  var profileOption: ProfileOption

  /// Writes the command's data: to `-o FILE` atomically, else to stdout.
  func emit(_ text: String) throws {
    try emit(Array(text.utf8))
  }

  /// Writes the command's data bytes: to `-o FILE` atomically, else to stdout.
  func emit(_ bytes: [UInt8]) throws {
    if let path = arguments.value("output") {
      try OutputFile.writeAtomically(bytes, to: path)
    } else {
      StandardStreams.writeOut(bytes)
    }
  }

  /// Writes the provenance object to `--provenance FILE` when that option was given.
  func emitProvenance(_ provenance: JSONValue) throws {
    guard let path = arguments.value("provenance") else { return }
    try OutputFile.writeAtomically(Array(JSONWriter.document(provenance).utf8), to: path)
  }

  /// A diagnostic or progress line on stderr (never on stdout).
  func note(_ text: String) {
    StandardStreams.writeError(text.hasSuffix("\n") ? text : text + "\n")
  }

  /// A usage error about this command's command line.
  func usageError(_ message: String) -> CLIError { arguments.usageError(message) }
}
