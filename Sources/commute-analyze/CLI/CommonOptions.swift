import TransitModel

/// The options every command shares, added to each command's own by the parser and `--help`.
enum CommonOptions {
  static var profileValues: [String] { Profile.allCases.map(\.rawValue) }

  /// What each profile rides (Networks/README.md, "Profiles"), in every command's help.
  static let profileMeanings =
    "car: roads; rail: every level of rail, metro and light rail included; transit: every "
    + "scheduled service (rail, coach, bus, air); any: everything, park and ride included."

  /// The command's own options followed by the common ones that apply to it. A command that
  /// declares `network` or `scenario` itself (to say what it means for that command) replaces the
  /// common one.
  static func specs(for command: CommandDescriptor) -> [OptionSpec] {
    var specs = command.options
    let own = Set(specs.map(\.name))
    if !own.contains("network") {
      specs.append(
        OptionSpec(
          name: "network", valueName: "dir",
          help: "Network folder of CSV tables.", defaultValue: "the embedded Changchun network"))
      specs.append(
        OptionSpec(
          name: "cache", valueName: "file",
          help:
            "Load the network from a cache written by 'build' (with --network: only if built "
            + "from that folder's files)."))
    }
    if !own.contains("scenario") {
      specs.append(
        OptionSpec(
          name: "scenario", valueName: "file",
          help: "Scenario file of proposed edits (repeatable: the files stack in order).",
          repeatable: true))
    }
    switch command.profileOption {
    case .none:
      break
    case .single(let defaultProfile):
      specs.append(
        OptionSpec(
          name: "profile", valueName: "profile",
          help: "What the traveller may use. \(profileMeanings)",
          allowedValues: profileValues, defaultValue: defaultProfile))
    case .several(let defaults):
      specs.append(
        OptionSpec(
          name: "profile", valueName: "profile,...",
          help: "Profiles to report (repeatable or comma-separated). \(profileMeanings)",
          allowedValues: profileValues, defaultValue: defaults.joined(separator: ","),
          repeatable: true))
    }
    if command.usesParameters {
      specs.append(
        OptionSpec(
          name: "param", valueName: "name=value",
          help: "Set a travel-time parameter by name (repeatable); see the named options below.",
          repeatable: true))
      specs.append(contentsOf: parameterSpecs())
      specs.append(contentsOf: parameterAliasSpecs())
    }
    if let first = command.formats.first {
      specs.append(
        OptionSpec(
          name: "format", valueName: "format", help: "Output format.",
          allowedValues: command.formats.map(\.rawValue), defaultValue: first.rawValue))
    }
    specs.append(
      OptionSpec(
        name: "output", short: "o", valueName: "file",
        help: "Write the output to FILE (atomically: a temporary file beside it, then rename)."))
    specs.append(
      OptionSpec(
        name: "provenance", valueName: "file",
        help: "Also write the provenance JSON (network hash, parameters, version) to FILE."))
    return specs
  }
}
