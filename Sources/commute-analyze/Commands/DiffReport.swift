import TransitModel

/// Everything `diff` reports.
struct DiffReport {
  var old: NetworkVersion
  var new: NetworkVersion
  /// NEW as loaded, with the `--scenario` files applied.
  var newLoaded: LoadedNetwork
  var oldParameters: Parameters
  var newParameters: Parameters
  var diff: NetworkDiff
  var impact: NetworkImpact
  /// `--fail-if-worse`, when given.
  var failIfWorseMinutes: Double?
}
