import TransitModel

/// `route FROM TO`: the legs of the best door-to-door trip.
enum RouteCommand: CLICommand {
  static let name = "route"
  static let abstract = "Show the legs of the best door-to-door trip between two places."
  static var discussion: String {
    """
    Legs: access, boarding overhead, wait, ride (with the line), transfer, alighting overhead,
    egress; drive and parking for car legs. Each with minutes, then the total and where the
    minutes go. Places are ids, Chinese or English names (case-insensitive), or short names
    without a bracketed qualifier or administrative suffix (长春, 德惠). A prefecture-level
    city's name (吉林市, 长春市) reads as its core; a station's name or id (长春西站,
    st-changchun-west) as the station's place: the trip starts or ends at the place's centre,
    reaching the station by the place's connectors (a note on stderr says how the name was
    read). An unreachable pair is reported as such (exit 0); an unknown place exits 2 with the
    closest names, and a name of several places (贝塔 for 贝塔市 and 贝塔县) exits 2 listing
    them.
    """
  }
  static var examples: [String] {
    [
      "commute-analyze route changchun jilin --profile rail",
      "commute-analyze route 公主岭市 长春",
      "commute-analyze route 长春西站 四平市 --profile rail",
      "commute-analyze route yanji changchun --format json -o trip.json",
    ]
  }
  static var arguments: [ArgumentSpec] {
    [
      ArgumentSpec(name: "from", help: "Where the trip starts: id, Chinese or English name."),
      ArgumentSpec(name: "to", help: "Where the trip ends."),
    ]
  }
  static var formats: [OutputFormat] { [.table, .json] }
  static var profileOption: ProfileOption { .single(default: "any") }

  static func run(_ invocation: Invocation) throws -> ExitStatus {
    let profile = try invocation.profile()
    _ = try invocation.parameters()
    let loaded = try invocation.loadNetwork(queriesOnly: true)
    let parameters = try invocation.parameters(over: loaded.parameters)
    let network = loaded.network
    let from = try invocation.resolvePlace(
      invocation.arguments.positionals[0], in: network, for: "<from>")
    let to = try invocation.resolvePlace(
      invocation.arguments.positionals[1], in: network, for: "<to>")
    var engine = TravelTimeEngine(
      network: loaded.validated, profile: profile, parameters: parameters)
    let trip = engine.trip(from: from, to: to)
    let provenance = ProvenanceJSON.adding(
      "route",
      .object([
        "from": .string(network.places[from].id.rawValue),
        "to": .string(network.places[to].id.rawValue),
      ]),
      to: ProvenanceJSON.make(network: loaded, profiles: [profile], parameters: parameters))
    let formatter = TripFormatter(
      network: loaded.validated, profile: profile, parameters: parameters)
    switch invocation.format ?? .table {
    case .json:
      try invocation.emit(
        JSONWriter.document(formatter.json(trip, from: from, to: to, provenance: provenance)))
    default:
      try invocation.emit(formatter.table(trip, from: from, to: to))
    }
    try invocation.emitProvenance(provenance)
    return .success
  }
}
