import TransitModel

/// `map`: an SVG of the network by mode and class, isochrone bands from the origins, places sized by
/// population and the coverage gaps ringed in red, with legend, scale bar, north arrow and
/// provenance.
enum MapCommand: CLICommand {
  static let name = "map"
  static let abstract = "Draw the network, isochrone bands and coverage gaps as an SVG map."
  static var discussion: String {
    """
    The map is drawn in an azimuthal equidistant projection centred on the planning scope (stated in
    the small print; the scale bar is true at the centre). Rail lines are coloured by class, roads by
    class, coach lines dotted and flights as thin dashed arcs; major stations and airports are
    marked, lines named and expressways and national roads numbered; the planning scope and its
    clusters are outlined. Place circles have an area
    proportional to population; places outside the planning scope are grey. Bands are the isochrone
    of --from (default changchun) at each --within cutoff (default 30,60,90,120) by --profile
    (default any). A red ring marks a gap: a place in the planning scope from which the origins are
    not reached within --gap-minutes (default 60) by the same profile (the commute to the centre).
    Labels are placed without overlaps, city cores and then larger places first, clear of rail lines and expressways
    where they can be; every place of 300,000 residents or more is labelled (with a leader line
    when it must stand away from its point); smaller places are labelled where room is left.
    """
  }
  static var examples: [String] {
    [
      "commute-analyze map -o map.svg",
      "commute-analyze map --profile rail --within 60,120 -o rail-map.svg",
      "commute-analyze map --from jilin --gap-minutes 90 -o jilin.svg",
    ]
  }
  static var options: [OptionSpec] {
    [
      OptionSpec(
        name: "from", valueName: "place,...",
        help: "Origins of the bands and of the gap times (repeatable or comma-separated).",
        defaultValue: "changchun", repeatable: true),
      OptionSpec(
        name: "within", valueName: "minutes,...", help: "Band cutoffs in minutes.",
        defaultValue: IsochroneSetup.defaultCutoffs, repeatable: true),
      OptionSpec(
        name: "gap-minutes", valueName: "minutes",
        help: "A place in scope is a gap when it reaches the origins in more than this.",
        defaultValue: "60"),
    ]
  }
  static var formats: [OutputFormat] { [.svg] }
  static var profileOption: ProfileOption { .single(default: "any") }

  static func run(_ invocation: Invocation) throws -> ExitStatus {
    let setup = try IsochroneSetup(invocation)
    let gapMinutes = try invocation.arguments.minutes("gap-minutes", bound: .zeroOrMore) ?? 60
    var engine = TravelTimeEngine(
      network: setup.loaded.validated, profile: setup.profile, parameters: setup.parameters)
    let isochrone = try setup.isochrone(&engine, origins: setup.origins)
    let bands = setup.features(isochrone, origins: setup.origins).map(\.band)
    let secondsToOrigins = engine.placeTimes(setup.origins, direction: .to)
    // The places `coverage` would list as gaps of the planning scope around the origins.
    let isGap = CoverageGapRule(anchors: setup.origins, scope: .metro, thresholdMinutes: gapMinutes)
      .gaps(in: setup.network, seconds: secondsToOrigins)
    let projection = isochrone.projection
    var content = SVGMapContent(
      network: setup.network, projection: projection, bands: bands, origins: setup.origins,
      isGap: isGap, gapThresholdMinutes: gapMinutes, profileName: setup.profile.rawValue,
      gapDirectionName: "to", title: title(setup),
      subtitle: subtitle(setup, gapMinutes: gapMinutes, gapCount: isGap.filter { $0 }.count),
      footnotes: footnotes(setup, projection: projection))
    if !setup.loaded.scenarios.isEmpty {
      // What the scenarios changed, against the same network without them.
      let base = (setup.loaded.unedited ?? setup.loaded.validated).network
      content.scenario = ScenarioFootprint(base: base, edited: setup.network)
      content.scenarioNames = setup.loaded.scenarios.map(\.scenario.name)
    }
    try invocation.emit(SVGMapRenderer.render(content))
    try invocation.emitProvenance(
      setup.provenance(command: name, union: true, projection: projection))
    return .success
  }

  private static func originNames(_ setup: IsochroneSetup) -> String {
    setup.origins.map { setup.network.places[$0].nameZh }.joined(separator: "、")
  }

  private static func title(_ setup: IsochroneSetup) -> String {
    "\(originNames(setup)) 通勤等时圈与覆盖缺口"
  }

  private static func subtitle(_ setup: IsochroneSetup, gapMinutes: Double, gapCount: Int)
    -> String
  {
    let cutoffs = setup.cutoffs.map { SVGMapRenderer.shortNumber($0) }.joined(separator: "/")
    let directionText = setup.direction == .from ? "from" : "to"
    return "Isochrones \(directionText) \(originNames(setup)) at \(cutoffs) min by "
      + "\(setup.profile.rawValue); \(gapCount) places in the planning scope are more than "
      + "\(SVGMapRenderer.shortNumber(gapMinutes)) min from it (red rings)"
  }

  private static func footnotes(
    _ setup: IsochroneSetup, projection: AzimuthalEquidistantProjection
  ) -> [String] {
    let parameters = setup.parameters
    let p = { (value: Double) in SVGMapRenderer.shortNumber(value) }
    let network = setup.network.manifest
    return [
      "Network \(network.name) \(network.version), hash \(setup.networkHash.prefix(12)) · "
        + "profile \(setup.profile.rawValue) · \(ToolInfo.name) \(ToolInfo.version)",
      "Isochrones: grid \(p(parameters.gridKm)) km, off-network \(p(parameters.offNetworkSpeedKmh)) "
        + "km/h up to \(p(parameters.maxOffNetworkKm)) km, transfer penalty "
        + "\(p(parameters.transferPenaltyMinutes)) min, wait cap \(p(parameters.waitCapMinutes)) "
        + "min, parking \(p(parameters.parkingMinutes)) min, congestion ×"
        + "\(parameters.congestionFactor)",
      "Projection: \(IsochroneSetup.projectionText(projection)); straight lines between nodes, "
        + "not alignments",
    ] + dataFootnotes(setup.loaded.validated)
  }

  /// What the data is and how much of it is estimated: the manifest's description (its vintage)
  /// and the share of estimated rows, with the road links and populations named.
  static func dataFootnotes(_ network: ValidatedNetwork) -> [String] {
    let counts = network.estimatedRows.rowCounts
    let estimated = counts.reduce(0) { $0 + $1.estimated }
    let total = counts.reduce(0) { $0 + $1.total }
    func share(_ table: String) -> String {
      guard let count = counts.first(where: { $0.table == table }) else { return "" }
      return "\(count.estimated) of \(count.total)"
    }
    let percent =
      total > 0 ? SVGMapRenderer.shortNumber(Double(estimated) * 100 / Double(total)) : "0"
    var lines: [String] = []
    if !network.manifest.description.isEmpty {
      lines.append("Data: \(network.manifest.description)")
    }
    lines.append(
      "Estimates are used: \(estimated) of \(total) rows (\(percent) %) rest on estimates, among "
        + "them \(share("road_links")) road links and \(share("places.population")) place "
        + "populations; 'validate' and every report's provenance list them")
    return lines
  }
}
