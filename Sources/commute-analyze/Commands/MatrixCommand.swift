import TransitModel

/// `matrix`: door-to-door minutes between places: all × all, or `--from` some to `--to` some.
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

    --from and --to take a subset of places (a list, or @FILE of ids one a line), in the order
    given. CSV rows come origin by origin, in that order, written as they are computed: memory
    stays bounded by the thread count whatever the number of origins; a progress bar shows on
    stderr when it is a terminal. Table and JSON hold the whole matrix: at most
    \(maximumPairs) pairs.

    --shard K/N computes the K-th of N slices of the origins (CSV only) and writes a part that
    'merge' joins with the others into exactly the bytes of the single run.
    """
  }
  static var examples: [String] {
    [
      "commute-analyze matrix --profile rail --format csv > rail.csv",
      "commute-analyze matrix --format csv -o any.csv --provenance any.provenance.json",
      "commute-analyze matrix --profile car --format json",
      "commute-analyze matrix --from changchun,jilin --to siping,liaoyuan --format csv",
      "commute-analyze matrix --format csv --shard 0/2 -o part-0.csv",
      "commute-analyze matrix --format csv --shard 1/2 -o part-1.csv",
    ]
  }
  static var options: [OptionSpec] {
    [
      PlaceSelection.option("from", "origins"),
      PlaceSelection.option("to", "destinations"),
      OptionSpec(
        name: "threads", valueName: "n",
        help: "Worker threads for the searches (the output is the same for any count).",
        defaultValue: "every core"),
    ] + ShardOptions.specs
  }
  static var formats: [OutputFormat] { [.table, .csv, .json] }
  static var profileOption: ProfileOption { .single(default: "any") }

  static func run(_ invocation: Invocation) throws -> ExitStatus {
    let profile = try invocation.profile()
    _ = try invocation.parameters()
    let threads = try invocation.arguments.wholeNumber("threads", in: 1...1024)
    let slice = try ShardOptions.csvSlice(invocation)
    let format = invocation.format ?? .table
    let loaded = try invocation.loadNetwork(queriesOnly: true)
    let parameters = try invocation.parameters(over: loaded.parameters)
    let network = loaded.network
    let (origins, destinations) = try PlaceSelection.originsAndDestinations(
      of: invocation, in: network)
    let engine = TravelTimeEngine(
      network: loaded.validated, profile: profile, parameters: parameters)
    let provenance = ProvenanceJSON.make(
      network: loaded, profiles: [profile], parameters: parameters)
    if format == .csv {
      let rows = MatrixCSV(network: network, profile: profile)
      let part = slice.map {
        PartHeader(
          slice: $0, command: name, provenance: provenance,
          defining: [origins, destinations].map { list in
            list.map { network.places[$0].id.rawValue }.joined(separator: ",")
          })
      }
      let mine = Array(origins[(slice ?? .whole).range(of: origins.count)])
      try stream(
        rows, engine: engine, from: mine, to: destinations, part: part, threads: threads,
        invocation)
      try invocation.emitProvenance(provenance)
      return .success
    }
    guard origins.count * destinations.count <= maximumPairs else {
      throw CLIError.badInput(
        "matrix --format \(format.rawValue) holds every pair in memory: at most \(maximumPairs) "
          + "pairs, asked for \(origins.count) × \(destinations.count); use --format csv, which "
          + "streams, or fewer places with --from/--to")
    }
    var seconds = [Int32](repeating: 0, count: origins.count * destinations.count)
    engine.forEachRow(from: origins, to: destinations, threadCount: threads) { k, row in
      for (j, value) in row.enumerated() { seconds[k * destinations.count + j] = value }
    }
    func time(_ k: Int, _ j: Int) -> Int32? {
      let value = seconds[k * destinations.count + j]
      return value == TravelTimeEngine.unreachableSeconds ? nil : value
    }
    let places = network.places
    if format == .json {
      let rows: [JSONValue] = origins.indices.map { k in
        .array(destinations.indices.map { MinutesText.json(seconds: time(k, $0)) })
      }
      let all = origins == Array(places.indices) && destinations == origins
      var document: [String: JSONValue] = [
        "provenance": provenance,
        "profile": .string(profile.rawValue),
        "minutes": .array(rows),
      ]
      if all {
        document["places"] = .array(places.map(PlaceJSON.reference))
        document["layout"] = .string(
          "minutes[from][to], places in the order of 'places'; null = unreachable")
      } else {
        document["from"] = .array(origins.map { PlaceJSON.reference(places[$0]) })
        document["to"] = .array(destinations.map { PlaceJSON.reference(places[$0]) })
        document["layout"] = .string(
          "minutes[from][to], in the order of 'from' and 'to'; null = unreachable")
      }
      try invocation.emit(JSONWriter.document(.object(document)))
    } else {
      let ids = destinations.map { places[$0].id.rawValue }
      var table = TextTable(titles: ["from \\ to"] + ids, rightAligned: Set(ids))
      for (k, origin) in origins.enumerated() {
        table.append(
          [places[origin].id.rawValue]
            + destinations.indices.map { MinutesText.text(seconds: time(k, $0)) ?? "-" })
      }
      let title =
        "Door-to-door minutes from (rows) to (columns), profile \(profile.rawValue); "
        + "\(NumberText.parameters(parameters)); network \(network.manifest.name) "
        + "\(network.manifest.version), sha256 \(loaded.hash.prefix(16))…"
      try invocation.emit(TextTable.terminalSafe(title) + "\n\n" + table.render())
    }
    try invocation.emitProvenance(provenance)
    return .success
  }

  /// Streams the CSV rows of `origins` × `destinations` to `-o` or stdout as the rows come.
  private static func stream(
    _ rows: MatrixCSV, engine: TravelTimeEngine, from origins: [Int], to destinations: [Int],
    part: PartHeader?, threads: Int?, _ invocation: Invocation
  ) throws {
    let output = try StreamedOutput(path: invocation.arguments.value("output"))
    let progress = ProgressBar(total: origins.count, unit: "origins")
    do {
      if let part { try output.write(part.text) }
      try output.write(MatrixCSV.header)
      try engine.forEachRow(from: origins, to: destinations, threadCount: threads) {
        k, row throws(CLIError) in
        try output.append { bytes in
          rows.appendRows(from: origins[k], to: destinations, seconds: row, into: &bytes)
        }
        progress.update(k + 1)
      }
      progress.finish()
      try output.finish()
    } catch {
      progress.finish()
      output.discard()
      throw error
    }
  }

  /// The most pairs `--format table` and `json` take: they hold every pair's time and the
  /// whole output in memory (100 M pairs: 400 MB of times, several GB of text).
  static let maximumPairs = 100_000_000
}
