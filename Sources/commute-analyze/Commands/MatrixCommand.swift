import TransitModel

/// `matrix`: door-to-door minutes between all places × all places.
enum MatrixCommand: CLICommand {
  static let name = "matrix"
  static let abstract = "Compute door-to-door minutes between every pair of places."
  static var discussion: String {
    """
    --format csv writes pure CSV to stdout: header from_id,to_id,profile,minutes,from_name_zh,
    from_name_en,to_name_zh,to_name_en, then one row for every ordered pair of places (n² rows,
    a place to itself included), minutes with one decimal, empty when unreachable. The provenance
    (network hash, parameters, version) goes into JSON outputs and --provenance FILE, never into
    the CSV. --format table prints the matrix as a grid (rows: from, columns: to).
    """
  }
  static var examples: [String] {
    [
      "commute-analyze matrix --profile rail --format csv > rail.csv",
      "commute-analyze matrix --format csv -o any.csv --provenance any.provenance.json",
      "commute-analyze matrix --profile car --format json",
    ]
  }
  static var options: [OptionSpec] {
    [
      OptionSpec(
        name: "threads", valueName: "n",
        help: "Worker threads for the searches (the output is the same for any count).",
        defaultValue: "every core")
    ]
  }
  static var formats: [OutputFormat] { [.table, .csv, .json] }
  static var profileOption: ProfileOption { .single(default: "any") }

  static func run(_ invocation: Invocation) throws -> ExitStatus {
    let profile = try invocation.profile()
    _ = try invocation.parameters()
    let threads = try invocation.arguments.wholeNumber("threads", in: 1...1024)
    let loaded = try invocation.loadNetwork()
    let parameters = try invocation.parameters(over: loaded.parameters)
    let places = loaded.network.places
    guard places.count <= maximumPlaces else {
      throw CLIError.badInput(
        "matrix holds every pair of places in memory: at most \(maximumPlaces) places "
          + "(\(maximumPlaces * maximumPlaces) pairs); this network has \(places.count)")
    }
    let engine = TravelTimeEngine(
      network: loaded.validated, profile: profile, parameters: parameters)
    let seconds = engine.matrix(threadCount: threads)
    let count = places.count
    let provenance = ProvenanceJSON.make(
      network: loaded, profiles: [profile], parameters: parameters)
    switch invocation.format ?? .table {
    case .csv:
      var csv = CSVWriter(header: [
        "from_id", "to_id", "profile", "minutes", "from_name_zh", "from_name_en", "to_name_zh",
        "to_name_en",
      ])
      for from in 0..<count {
        for to in 0..<count {
          csv.appendRow([
            .text(places[from].id.rawValue), .text(places[to].id.rawValue),
            .plain(profile.rawValue),
            .plain(MinutesText.text(seconds: seconds[from, to]) ?? ""),
            .text(places[from].nameZh), .text(places[from].nameEn), .text(places[to].nameZh),
            .text(places[to].nameEn),
          ])
        }
      }
      try invocation.emit(csv.output)
    case .json:
      let rows: [JSONValue] = (0..<count).map { from in
        .array((0..<count).map { MinutesText.json(seconds: seconds[from, $0]) })
      }
      let document = JSONValue.object([
        "provenance": provenance,
        "profile": .string(profile.rawValue),
        "places": .array(places.map(PlaceJSON.reference)),
        "minutes": .array(rows),
        "layout": .string("minutes[from][to], places in the order of 'places'; null = unreachable"),
      ])
      try invocation.emit(JSONWriter.document(document))
    default:
      let ids = places.map(\.id.rawValue)
      var table = TextTable(titles: ["from \\ to"] + ids, rightAligned: Set(ids))
      for from in 0..<count {
        table.append(
          [ids[from]]
            + (0..<count).map { MinutesText.text(seconds: seconds[from, $0]) ?? "-" })
      }
      let title =
        "Door-to-door minutes from (rows) to (columns), profile \(profile.rawValue); "
        + "\(NumberText.parameters(parameters)); network \(loaded.network.manifest.name) "
        + "\(loaded.network.manifest.version), sha256 \(loaded.hash.prefix(16))…"
      try invocation.emit(TextTable.terminalSafe(title) + "\n\n" + table.render())
    }
    try invocation.emitProvenance(provenance)
    return .success
  }

  /// The most places `matrix` takes: it holds every pair's time and the whole output in memory
  /// (100 M pairs: 400 MB of times, several GB of CSV); a larger network would exhaust memory
  /// instead of failing cleanly. Streaming the rows is the batch issue's.
  static let maximumPlaces = 10_000
}
