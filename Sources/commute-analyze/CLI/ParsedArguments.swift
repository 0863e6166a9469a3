/// The command line of one command after parsing: option values by long name, flags, positionals.
struct ParsedArguments: Sendable {
  /// The command's name (for messages that point at its `--help`).
  var commandName: String
  /// Values of options that take one, in the order given, by long name.
  var values: [String: [String]] = [:]
  /// Flags that were given, by long name.
  var flags: Set<String> = []
  /// Positional arguments in order.
  var positionals: [String] = []

  /// The value of a single-valued option, or `nil` when not given.
  func value(_ name: String) -> String? { values[name]?.last }

  /// Every value of a repeatable option, in order.
  func allValues(_ name: String) -> [String] { values[name] ?? [] }

  /// Every value of a repeatable option whose values may also be comma-separated lists
  /// (`--within 30,60 --within 90` gives `["30", "60", "90"]`).
  func listValues(_ name: String) -> [String] {
    allValues(name).flatMap { $0.split(separator: ",", omittingEmptySubsequences: false) }
      .map { String($0).trimmingSpaces() }
  }

  /// Whether a flag was given.
  func flag(_ name: String) -> Bool { flags.contains(name) }

  /// Whether an option was given at all.
  func has(_ name: String) -> Bool { values[name] != nil || flags.contains(name) }

  /// A usage error about `--name` that points at this command's help.
  func usageError(_ message: String) -> CLIError {
    .usage(message: message, command: commandName)
  }

  /// A value of an enum option, checked against its cases.
  func choice<Choice: RawRepresentable & CaseIterable>(_ name: String, as type: Choice.Type)
    throws -> Choice?
  where Choice.RawValue == String {
    guard let text = value(name) else { return nil }
    return try Self.parseChoice(text, option: name, as: type, command: commandName)
  }

  /// Every value (comma lists allowed) of a repeatable enum option, checked against its cases.
  func choices<Choice: RawRepresentable & CaseIterable>(_ name: String, as type: Choice.Type)
    throws -> [Choice]
  where Choice.RawValue == String {
    try listValues(name).map {
      try Self.parseChoice($0, option: name, as: type, command: commandName)
    }
  }

  static func parseChoice<Choice: RawRepresentable & CaseIterable>(
    _ text: String, option: String, as type: Choice.Type, command: String
  ) throws -> Choice where Choice.RawValue == String {
    if let choice = Choice(rawValue: text) { return choice }
    let allowed = Choice.allCases.map(\.rawValue).joined(separator: ", ")
    throw CLIError.usage(
      message: "invalid value '\(text)' for '--\(option)': allowed values are \(allowed)",
      command: command)
  }
}
