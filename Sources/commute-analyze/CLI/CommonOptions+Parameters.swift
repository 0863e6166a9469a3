import TransitModel

extension CommonOptions {
  /// A named option per travel-time parameter (`--transfer-penalty-min`), with its default; the
  /// same names work in `--param NAME=VALUE`. Hidden aliases without the unit suffix
  /// (`--transfer-penalty`, `--wait-cap`, `--parking`, `--congestion`) are accepted too.
  static func parameterSpecs() -> [OptionSpec] {
    let defaults = Dictionary(
      Parameters.defaults.echoed.map { ($0.name, $0.value) },
      uniquingKeysWith: { first, _ in first })
    return Parameters.names.map { name in
      OptionSpec(
        name: name, valueName: "value", help: parameterHelp(name), defaultValue: defaults[name])
    }
  }

  /// Hidden short aliases (`--transfer-penalty` for `--transfer-penalty-min`).
  static func parameterAliasSpecs() -> [OptionSpec] {
    var aliases: [OptionSpec] = []
    for name in Parameters.names {
      for suffix in ["-min", "-kmh", "-km", "-h", "-factor"] where name.hasSuffix(suffix) {
        let alias = String(name.dropLast(suffix.count))
        if Parameters.canonicalName(alias) == name {
          aliases.append(OptionSpec(name: alias, valueName: "value", help: "", hidden: true))
        }
      }
    }
    return aliases
  }

  private static func parameterHelp(_ name: String) -> String {
    switch name {
    case "wait-cap-min": return "Cap on every wait (half the headway), minutes."
    case "transfer-penalty-min": return "Added to every transfer, minutes."
    case "congestion-factor": return "Multiplies every driving time."
    case "parking-min": return "Parking allowance at the destination or park-and-ride, minutes."
    case "service-span-h": return "Service span for departures per day, hours."
    case "dwell-min": return "Dwell at intermediate stops when a line gives none, minutes."
    default:
      let units: [(suffix: String, unit: String)] = [
        ("-kmh", "km/h"), ("-km", "km"), ("-min", "minutes"), ("-h", "hours"),
      ]
      let unit = units.first { name.hasSuffix($0.suffix) }
      let words = String(name.dropLast(unit?.suffix.count ?? 0)).replacingAll("-", with: " ")
      let sentence = (words.first.map { String($0).uppercased() } ?? "") + words.dropFirst()
      return sentence + (unit.map { ", \($0.unit)." } ?? ".")
    }
  }
}
