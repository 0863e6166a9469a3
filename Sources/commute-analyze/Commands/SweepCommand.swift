import Foundation
import TransitModel

/// `sweep`: N-1 failure sweep — each road link or rail segment taken out in turn, coverage
/// measured again, elements ranked by what their loss costs.
enum SweepCommand: CLICommand {
  static let name = "sweep"
  static let abstract = "Take out each road link or rail segment in turn and rank what it costs."
  static var discussion: String {
    """
    For each element alone: a road link (one row of road_links.csv, both directions) or a rail
    segment (the track between two adjacent stations, id FROM~TO by stop ids: every line hop
    between them, both directions, and every skip-stop hop passing over them is cut; each line
    still runs on the rest of its stops), the commute to the anchors is measured again, per
    profile. The cost is the population that leaves the circle (inside --within minutes before,
    outside or cut off after), the population cut off, and the population-weighted minutes added
    over the places still reachable. The anchors' own residents are left out, as in every share.

    Default: every road link and rail segment, the four profiles, 60 minutes to changchun.
    --corridor takes a corridor's links and the segments of its rail lines; --elements a list
    (link ids and FROM~TO segment ids, or @FILE one a line); --sample N takes N elements evenly
    spread over the list, for a timed look at a large network (the rate goes to stderr).

    The table ranks the elements per profile, worst first (--limit rows). CSV and JSON list one
    row per element and profile in element order (road links in file order, then segments by
    id), so that --shard K/N parts merge into exactly the single run's bytes; sort them by
    population_leaving, population_cut_off, person_minutes_added for the ranking.
    """
  }
  static var examples: [String] {
    [
      "commute-analyze sweep",
      "commute-analyze sweep --profile rail --corridor hunwu-corridor",
      "commute-analyze sweep --format csv -o sweep.csv",
      "commute-analyze sweep --format csv --shard 1/4 -o sweep-1.csv",
    ]
  }
  static var options: [OptionSpec] {
    [
      CoverageOptions.to,
      OptionSpec(
        name: "within", valueName: "minutes", help: "The threshold in minutes.",
        defaultValue: "60"),
      CoverageOptions.scope,
      OptionSpec(
        name: "corridor", valueName: "id",
        help: "Only the corridor's road links and the rail segments of its lines."),
      OptionSpec(
        name: "elements", valueName: "id,...|@file",
        help: "Only these road links and FROM~TO rail segments (repeatable).", repeatable: true),
      OptionSpec(
        name: "sample", valueName: "n", help: "Only n elements, evenly spread over the list."),
      OptionSpec(
        name: "limit", valueName: "n", help: "Rows per profile in the table.", defaultValue: "10"),
      OptionSpec(
        name: "threads", valueName: "n",
        help: "Worker threads (the output is the same for any count).", defaultValue: "every core"),
    ] + ShardOptions.specs
  }
  static var formats: [OutputFormat] { [.table, .csv, .json] }
  static var profileOption: ProfileOption { .several(default: ["car", "rail", "transit", "any"]) }

  static func run(_ invocation: Invocation) throws -> ExitStatus {
    let arguments = invocation.arguments
    let thresholds = try arguments.minutesList("within", bound: .aboveZero)
    guard thresholds.count <= 1 else {
      throw invocation.usageError("sweep measures one threshold: give one '--within' value")
    }
    let profiles = try invocation.profiles()
    let scope = try arguments.choice("scope", as: CoverageScope.self) ?? .metro
    let sample = try arguments.wholeNumber("sample", in: 1...Int(Int32.max))
    let limit = try arguments.wholeNumber("limit", in: 0...Int(Int32.max)) ?? 10
    let threads = try arguments.wholeNumber("threads", in: 1...1024)
    let slice = try ShardOptions.csvSlice(invocation)
    let format = invocation.format ?? .table
    if arguments.has("corridor") && arguments.has("elements") {
      throw invocation.usageError("options '--corridor' and '--elements' exclude each other")
    }
    _ = try invocation.parameters()
    let loaded = try invocation.loadNetwork(queriesOnly: true)
    let parameters = try invocation.parameters(over: loaded.parameters)
    let network = loaded.network
    var anchors: [Int] = []
    for name in arguments.listValues("to").nilIfEmpty ?? ["changchun"] {
      if name.isEmpty { throw invocation.usageError("empty place name in '--to'") }
      anchors.append(try invocation.resolvePlace(name, in: network, for: "'--to'"))
    }
    let track = RailTrack(network: network)
    var elements = try SweepElements.chosen(invocation, network: network, track: track)
    if let sample, sample < elements.count {
      let all = elements
      elements = (0..<sample).map { all[$0 * all.count / sample] }
    }
    let coverage = CoverageRequest(
      anchors: anchors, direction: .to, thresholdsMinutes: thresholds.isEmpty ? [60] : thresholds,
      profiles: profiles, scope: scope, parameters: parameters)
    let mine = Array(elements[(slice ?? .whole).range(of: elements.count)])
    let started = DispatchTime.now().uptimeNanoseconds
    let outcomes = try FailureSweep.run(
      SweepRequest(coverage: coverage, elements: mine), on: loaded.validated, track: track,
      threadCount: threads)
    if sample != nil {
      let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
      invocation.note(
        "swept \(mine.count) elements × \(coverage.profiles.count) profiles in "
          + String(format: "%.2f s: %.1f elements/s", seconds, Double(mine.count) / seconds))
    }
    let formatter = SweepFormatter(
      loaded: loaded, request: SweepRequest(coverage: coverage, elements: elements),
      track: track)
    let provenance = ProvenanceJSON.adding(
      "sweep", formatter.requestJSON(),
      to: ProvenanceJSON.make(network: loaded, profiles: coverage.profiles, parameters: parameters))
    switch format {
    case .csv:
      let part = slice.map {
        PartHeader(
          slice: $0, command: name, provenance: provenance,
          defining: elements.map { $0.kind + " " + $0.id })
      }
      try invocation.emit((part?.text ?? "") + formatter.csv(outcomes))
    case .json:
      try invocation.emit(
        JSONWriter.document(formatter.json(outcomes, provenance: provenance, limit: limit)))
    default:
      try invocation.emit(formatter.table(outcomes, limit: limit))
    }
    try invocation.emitProvenance(provenance)
    return .success
  }
}

/// Which elements `sweep` takes out: every one, a corridor's, or a list.
enum SweepElements {
  static func chosen(_ invocation: Invocation, network: Network, track: RailTrack) throws
    -> [SweepElement]
  {
    let arguments = invocation.arguments
    if let id = arguments.value("corridor") {
      guard let corridor = network.corridors[key: CorridorID(id)] else {
        let known = network.corridors.map(\.id.rawValue).joined(separator: ", ")
        throw CLIError.badInput("unknown corridor '\(id)' for '--corridor'; corridors: \(known)")
      }
      return SweepRequest.elements(of: corridor, in: network, track: track)
    }
    let values = arguments.allValues("elements")
    guard !values.isEmpty else { return SweepRequest.allElements(of: network, track: track) }
    var elements: [SweepElement] = []
    var problems: [String] = []
    func add(_ id: String, at location: String) {
      if network.roadLinks.contains(key: RoadLinkID(id)) {
        elements.append(.roadLink(RoadLinkID(id)))
      } else if let segment = track.segment(id: id) {
        elements.append(.railSegment(segment))
      } else {
        problems.append(
          "\(location)unknown element '\(id)' for '--elements': neither a road link id nor a "
            + "rail segment FROM~TO of adjacent stations")
      }
    }
    for value in values {
      if value.hasPrefix("@") {
        let path = String(value.dropFirst())
        guard let data = FileManager.default.contents(atPath: path) else {
          problems.append("cannot read '\(path)' given to '--elements'")
          continue
        }
        // By `isNewline`: a CRLF is one character of a Swift string, and one line end.
        let lines = String(decoding: data, as: UTF8.self).split(
          omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        for (offset, line) in lines.enumerated() {
          let leading = line.prefix { $0 == " " || $0 == "\t" }.count
          let id = String(line).trimmingSpaces()
          if id.isEmpty || id.hasPrefix("#") { continue }
          add(id, at: "\(path):\(offset + 1):\(leading + 1): ")
        }
      } else {
        for item in value.split(separator: ",") { add(String(item).trimmingSpaces(), at: "") }
      }
    }
    if !problems.isEmpty { throw CLIError.badInputs(problems) }
    if elements.isEmpty { throw CLIError.badInput("--elements names no element") }
    return elements
  }
}

extension Array {
  /// nil when empty.
  fileprivate var nilIfEmpty: Self? { isEmpty ? nil : self }
}
