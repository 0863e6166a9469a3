/// The help screens, in ArgumentParser's layout (OVERVIEW, USAGE, ARGUMENTS, OPTIONS, EXAMPLES).
enum HelpText {
  /// The root help: the command list.
  static func root() -> String {
    var text = "OVERVIEW: Door-to-door travel times, coverage gaps and isochrones for the\n"
    text += "Changchun metropolitan area (1-hour commuting circle).\n\n"
    text += "USAGE: \(ToolInfo.name) <command> [options]\n\n"
    text += "COMMANDS:\n"
    let width = (CommandRegistry.all.map(\.name.count).max() ?? 0) + 4
    for command in CommandRegistry.all {
      text += "  " + pad(command.name, to: width) + command.abstract + "\n"
    }
    text += "\nOPTIONS:\n"
    text += "  " + pad("--version", to: 24) + "Show the version.\n"
    text += "  " + pad("-h, --help", to: 24) + "Show help information.\n\n"
    text += "  See '\(ToolInfo.name) <command> --help' for a command's options and examples.\n"
    text += "  Exit codes: 0 ok, 1 a check failed, 2 bad input or usage.\n"
    return text
  }

  /// One command's help.
  static func command(_ command: CommandDescriptor, specs: [OptionSpec]) -> String {
    var text = "OVERVIEW: \(command.abstract)\n"
    if !command.discussion.isEmpty { text += "\n" + command.discussion + "\n" }
    var usage = "USAGE: \(ToolInfo.name) \(command.name)"
    for argument in command.arguments {
      let dots = argument.variadic ? "..." : ""
      usage += argument.optional ? " [<\(argument.name)>\(dots)]" : " <\(argument.name)>\(dots)"
    }
    text += "\n" + usage + " [options]\n"
    if !command.arguments.isEmpty {
      text += "\nARGUMENTS:\n"
      for argument in command.arguments {
        text += entry("<\(argument.name)>", argument.help)
      }
    }
    text += "\nOPTIONS:\n"
    for spec in specs where !spec.hidden {
      var help = spec.help
      if let allowed = spec.allowedValues {
        help += " (values: \(allowed.joined(separator: ", "))"
        help += spec.defaultValue.map { "; default: \($0))" } ?? ")"
      } else if let defaultValue = spec.defaultValue {
        help += " (default: \(defaultValue))"
      }
      text += entry(spec.synopsis, help)
    }
    text += entry("--version", "Show the version.")
    text += entry("-h, --help", "Show help information.")
    if !command.examples.isEmpty {
      text += "\nEXAMPLES:\n"
      for example in command.examples { text += "  \(example)\n" }
    }
    return text
  }

  private static func entry(_ synopsis: String, _ help: String) -> String {
    let column = 32
    if synopsis.count + 4 > column {
      return "  \(synopsis)\n" + String(repeating: " ", count: column) + help + "\n"
    }
    return "  " + pad(synopsis, to: column - 2) + help + "\n"
  }

  private static func pad(_ text: String, to width: Int) -> String {
    text + String(repeating: " ", count: max(1, width - text.count))
  }
}
