import TransitModel

/// Everything the map shows, computed beforehand by the `map` command: the renderer only draws.
struct SVGMapContent {
  var network: Network
  var projection: AzimuthalEquidistantProjection
  /// Isochrone bands from the origins, ascending by minutes (they nest).
  var bands: [IsochroneBand]
  /// Place indices of the isochrone origins.
  var origins: [Int]
  /// For each place index, whether it is a gap: in the planning scope and not within
  /// `gapThresholdMinutes` of the origins.
  var isGap: [Bool]
  var gapThresholdMinutes: Double
  /// The profile of the bands and gaps (`any`).
  var profileName: String
  /// The direction of the gap times, as text for the legend (`to`).
  var gapDirectionName: String
  var title: String
  var subtitle: String
  /// Small print at the foot: provenance and parameters, one line each.
  var footnotes: [String]
  /// What `--scenario` changed, drawn in colours of its own (empty without scenarios).
  var scenario: ScenarioFootprint? = nil
  /// The scenarios' names, for the legend.
  var scenarioNames: [String] = []
}
