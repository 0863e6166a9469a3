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
    Parameters.names.compactMap { name in
      guard let alias = Parameters.shortName(of: name), alias != name,
        Parameters.canonicalName(alias) == name
      else { return nil }
      return OptionSpec(name: alias, valueName: "value", help: "", hidden: true)
    }
  }

  private static let knownHelp: [String: String] = [
    "rail-boarding-min": "Rail station boarding overhead (security, ticket gate), minutes.",
    "rail-alighting-min": "Rail station alighting overhead, minutes.",
    "airport-boarding-min": "Airport boarding overhead (check-in, security, gate), minutes.",
    "airport-alighting-min": "Airport alighting overhead (deplaning, baggage), minutes.",
    "coach-boarding-min": "Coach terminal boarding overhead, minutes.",
    "coach-alighting-min": "Coach terminal alighting overhead, minutes.",
    "metro-boarding-min": "Metro, light-rail and tram station boarding overhead (security, "
      + "to the platform), minutes.",
    "metro-alighting-min": "Metro, light-rail and tram station alighting overhead, minutes.",
    "wait-cap-min": "Cap on every wait (half the headway), minutes (alias --wait-cap).",
    "transfer-penalty-min": "Added to every transfer, minutes (alias --transfer-penalty).",
    "service-span-h": "Service span that turns departures per day into a headway, hours.",
    "dwell-min": "Dwell at intermediate stops when a line gives none, minutes.",
    "congestion-factor": "Multiplies every driving time (alias --congestion).",
    "parking-min": "Parking allowance at the destination or park-and-ride stop, minutes "
      + "(alias --parking).",
    "expressway-speed-kmh": "Expressway speed when a link gives none, km/h.",
    "national-speed-kmh": "National road speed when a link gives none, km/h.",
    "provincial-speed-kmh": "Provincial road speed when a link gives none, km/h.",
    "urban-speed-kmh": "Urban road speed when a link gives none, km/h.",
    "off-network-speed-kmh": "Isochrones: speed off the network (straight line), km/h.",
    "max-off-network-km": "Isochrones: longest stretch off the network, km.",
    "grid-km": "Isochrones: grid spacing, km.",
  ]

  /// The help line of a parameter option; every parameter has one written above (a test checks
  /// each option says what it sets), the bare name is only a fallback for a new parameter.
  private static func parameterHelp(_ name: String) -> String {
    knownHelp[name] ?? name
  }
}
