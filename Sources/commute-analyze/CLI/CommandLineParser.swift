import TransitModel

/// Parses a command's arguments against its option specs, ArgumentParser style:
/// `--name value`, `--name=value`, `-o value`, flags, `--` ends options, positionals anywhere.
/// Every problem is a usage error naming the option.
struct CommandLineParser {
  var command: CommandDescriptor
  var specs: [OptionSpec]

  init(command: CommandDescriptor) {
    self.command = command
    self.specs = CommonOptions.specs(for: command)
  }

  func parse(_ arguments: [String]) throws -> ParsedArguments {
    var parsed = ParsedArguments(commandName: command.name)
    var index = 0
    var optionsEnded = false
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      if optionsEnded || !argument.hasPrefix("-") || argument == "-" {
        parsed.positionals.append(argument)
        continue
      }
      if argument == "--" {
        optionsEnded = true
        continue
      }
      if argument == "-h" || argument == "--help" {
        throw CLIError.helpRequested(HelpText.command(command, specs: specs))
      }
      if argument == "--version" { throw CLIError.versionRequested }
      let (spec, inlineValue) = try lookUp(argument)
      if spec.isFlag {
        if inlineValue != nil {
          throw parsed.usageError("option '--\(spec.name)' takes no value")
        }
        parsed.flags.insert(spec.name)
        continue
      }
      let value: String
      if let inlineValue {
        value = inlineValue
      } else if index < arguments.count {
        value = arguments[index]
        index += 1
      } else {
        throw parsed.usageError("option '--\(spec.name)' needs a value <\(spec.valueName ?? "")>")
      }
      if !spec.repeatable, parsed.values[spec.name] != nil {
        throw parsed.usageError("option '--\(spec.name)' given more than once")
      }
      if let allowed = spec.allowedValues {
        let items = spec.repeatable ? value.split(separator: ",").map(String.init) : [value]
        for item in items where !allowed.contains(item) {
          throw parsed.usageError(
            "invalid value '\(item)' for '--\(spec.name)': allowed values are "
              + allowed.joined(separator: ", "))
        }
      }
      parsed.values[spec.name, default: []].append(value)
    }
    try checkPositionals(parsed)
    try checkAliases(parsed)
    return parsed
  }

  /// A parameter given under its name and its short alias (`--transfer-penalty 6
  /// --transfer-penalty-min 8`) is one option given twice.
  private func checkAliases(_ parsed: ParsedArguments) throws {
    var spelled: [String: String] = [:]
    for name in parsed.values.keys.sorted() {
      guard let canonical = Parameters.canonicalName(name) else { continue }
      if let other = spelled[canonical], other != name {
        throw parsed.usageError(
          "options '--\(other)' and '--\(name)' are the same parameter: give it once")
      }
      spelled[canonical] = name
    }
  }

  private func lookUp(_ argument: String) throws -> (OptionSpec, String?) {
    var name: String
    var inlineValue: String?
    if argument.hasPrefix("--") {
      name = String(argument.dropFirst(2))
      if let equals = name.firstIndex(of: "=") {
        inlineValue = String(name[name.index(after: equals)...])
        name = String(name[..<equals])
      }
      if let spec = specs.first(where: { $0.name == name }) { return (spec, inlineValue) }
    } else {
      let body = argument.dropFirst()
      if let letter = body.first, let spec = specs.first(where: { $0.short == letter }) {
        let rest = body.dropFirst()
        if !rest.isEmpty { inlineValue = String(rest.hasPrefix("=") ? rest.dropFirst() : rest) }
        return (spec, inlineValue)
      }
      name = String(body)
    }
    var message = "unknown option '\(argument.split(separator: "=").first ?? "")'"
    message += " for '\(command.name)'"
    let candidates = specs.filter { !$0.hidden }.map(\.name)
    if let best = NameSuggestion.closest(to: name, among: candidates, limit: 1).first {
      message += "; did you mean '--\(best)'?"
    }
    throw CLIError.usage(message: message, command: command.name)
  }

  private func checkPositionals(_ parsed: ParsedArguments) throws {
    let required = command.arguments.filter { !$0.optional }
    if parsed.positionals.count < required.count {
      let missing = required[parsed.positionals.count...].map { "<\($0.name)>" }
      throw parsed.usageError("missing argument \(missing.joined(separator: " "))")
    }
    if parsed.positionals.count > command.arguments.count,
      command.arguments.last?.variadic != true
    {
      let extra = parsed.positionals[command.arguments.count]
      throw parsed.usageError("unexpected argument '\(extra)'")
    }
  }
}
