import TransitModel

/// `isochrone`: the areas reachable within each cutoff from one or several places, as GeoJSON
/// polygons (or the grid as CSV).
enum IsochroneCommand: CLICommand {
  static let name = "isochrone"
  static let abstract = "Write the areas reachable within each cutoff as GeoJSON polygons."
  static var discussion: String {
    """
    The time at a point is the minimum, over every place and stop where one can get off (for car
    and any also road junctions and points along the road links, after parking: bands follow the
    roads; rail is left only at stops), of the door-to-door time to stand there plus the
    straight-line distance at the off-network speed (--off-network-speed-kmh, default 15), up to
    the maximum off-network distance (--max-off-network-km, default 10). It is sampled on a grid
    (--grid-km, default 1) in an azimuthal equidistant projection centred on the planning scope,
    and contoured with marching squares. Each band is everything within T minutes: bands nest,
    holes are kept, outer rings are counter-clockwise and holes clockwise (RFC 7946), coordinates
    [lon, lat] with 6 decimals. Several --from places give bands per origin; with --union, the area
    within T of any of them. --direction to gives the area from which the origins are reached
    within T. If no grid node is within a cutoff, the band is a 100 m polygon around each origin
    with "placeholder": true. CSV lists every reached grid node (origin, longitude, latitude,
    minutes).
    """
  }
  static var examples: [String] {
    [
      "commute-analyze isochrone --within 30,60,90,120 --format geojson -o changchun.geojson",
      "commute-analyze isochrone --from jilin,siping --within 60 --union --profile rail",
      "commute-analyze isochrone --within 45 --grid-km 0.5 --off-network-speed-kmh 5 --format csv",
    ]
  }
  static var options: [OptionSpec] {
    [
      OptionSpec(
        name: "from", valueName: "place,...",
        help: "Origin places (id, Chinese or English name; repeatable or comma-separated).",
        defaultValue: "changchun", repeatable: true),
      OptionSpec(
        name: "within", valueName: "minutes,...",
        help: "Cutoffs in minutes (repeatable or comma-separated; no upper limit).",
        defaultValue: IsochroneSetup.defaultCutoffs, repeatable: true),
      OptionSpec(
        name: "union", help: "One set of bands for all origins: within T of any of them."),
      OptionSpec(
        name: "direction", valueName: "direction",
        help: "from: reachable from the origins; to: the origins are reachable from there.",
        allowedValues: ["from", "to"], defaultValue: "from"),
      OptionSpec(
        name: "threads", valueName: "n",
        help: "Worker threads for origins taken one by one (the output is the same for any count).",
        defaultValue: "every core"),
    ] + ShardOptions.specs
  }
  static var formats: [OutputFormat] { [.geojson, .csv] }
  static var profileOption: ProfileOption { .single(default: "any") }

  static func run(_ invocation: Invocation) throws -> ExitStatus {
    let setup = try IsochroneSetup(invocation)
    let union = invocation.arguments.flag("union")
    let threads = try invocation.arguments.wholeNumber("threads", in: 1...1024)
    let slice = try ShardOptions.csvSlice(
      invocation, extraRule: union ? "parts split origins taken one by one, not --union" : nil)
    let engine = TravelTimeEngine(
      network: setup.loaded.validated, profile: setup.profile, parameters: setup.parameters)
    let allGroups = union ? [setup.origins] : setup.origins.map { [$0] }
    let groups = Array(allGroups[(slice ?? .whole).range(of: allGroups.count)])
    let isochrones: [(origins: [Int], isochrone: Isochrone)] = Array(
      zip(groups, try setup.isochrones(engine, groups: groups, threads: threads)))
    let projection = Isochrone.projection(for: setup.network)
    let provenance = setup.provenance(command: name, union: union, projection: projection)
    switch invocation.format ?? .geojson {
    case .csv:
      let part = slice.map {
        PartHeader(slice: $0, command: name, provenance: provenance, defining: setup.originIDs)
      }
      try invocation.emit((part?.text ?? "") + gridCSV(isochrones, setup: setup))
    default:
      let features = isochrones.flatMap { setup.features($0.isochrone, origins: $0.origins) }
      try invocation.emit(GeoJSONIsochroneWriter.document(features, provenance: provenance))
    }
    try invocation.emitProvenance(provenance)
    return .success
  }

  /// Tall CSV of every reached grid node: origin, profile, direction, longitude, latitude, minutes.
  static func gridCSV(
    _ isochrones: [(origins: [Int], isochrone: Isochrone)], setup: IsochroneSetup
  ) -> String {
    var csv = CSVWriter(header: [
      "origin", "profile", "direction", "longitude", "latitude", "minutes",
    ])
    for (origins, isochrone) in isochrones {
      let origin = origins.map { setup.network.places[$0].id.rawValue }.joined(separator: "+")
      let surface = isochrone.surface
      for row in 0..<surface.rows {
        for column in 0..<surface.columns {
          let minutes = surface.minutes(column: column, row: row)
          guard minutes.isFinite else { continue }
          let node = isochrone.projection.unproject(surface.point(column: column, row: row))
          let position = GeoPosition(latitude: node.latitude, longitude: node.longitude)
          csv.appendRow([
            .text(origin), .plain(setup.profile.rawValue), .plain(setup.direction.rawValue),
            .plain(GeoJSONIsochroneWriter.degrees(position.longitudeMicrodegrees)),
            .plain(GeoJSONIsochroneWriter.degrees(position.latitudeMicrodegrees)),
            .plain(FixedDecimal.text(minutes, decimals: 2)),
          ])
        }
      }
    }
    return csv.output
  }

}
