import TransitModel

/// The options `coverage` and `compare` share, spelled and explained once.
enum CoverageOptions {
  /// `--to`: the anchors.
  static let to = OptionSpec(
    name: "to", valueName: "place,...",
    help: "Measure the commute to the nearest of these places (repeatable).",
    defaultValue: "changchun", repeatable: true)
  /// `--within`: thresholds in minutes.
  static let within = OptionSpec(
    name: "within", valueName: "minutes,...",
    help: "Thresholds in minutes (repeatable or comma-separated).", defaultValue: "60",
    repeatable: true)
  /// `--scope`: which places are listed and summed.
  static let scope = OptionSpec(
    name: "scope", valueName: "scope",
    help: "Places listed and summed: planning scope (yes/partial), any cluster, or all.",
    allowedValues: CoverageScope.allCases.map(\.rawValue), defaultValue: "metro")
}
