import TransitModel

/// `build -o FILE`: loads and validates a network as every command does, then writes it as a
/// binary cache (`NetworkCache`) that `--cache FILE` loads without parsing or validating again.
enum BuildCommand: CLICommand {
  static let name = "build"
  static let abstract = "Write a binary cache of a network, which --cache FILE loads fast."
  static var discussion: String {
    """
    The network (--network DIR, else the embedded one) is loaded and validated as by any
    command: errors stop it (exit 2), warnings are counted on stderr and stored with it. The
    cache holds every table, the warnings, where each row came from, the network hash, each
    source file's name, size and fast checksum; with --graphs, also the graph of every profile
    compiled without its weights (a command on the cache weights it with its own parameters
    instead of compiling: about 12 % less CPU for coverage, for a file 4 times larger that takes
    more memory and longer to read; see Networks/README.md). It is written atomically to -o FILE
    (a failed run leaves FILE as it was). Every command that loads a network then takes --cache
    FILE:
    alone, the cache is trusted and its stored network hash is the provenance; with --network
    DIR beside it, it is used only if every table of DIR has the size and checksum it was built
    from, else refused (exit 2). A cache written by another version of the tool, truncated or
    damaged is refused too; see Networks/README.md, "Binary cache".
    """
  }
  static var examples: [String] {
    [
      "commute-analyze build -o changchun.cache",
      "commute-analyze build --network Networks/changchun -o changchun.cache",
      "commute-analyze coverage --cache changchun.cache",
      "commute-analyze matrix --network Networks/changchun --cache changchun.cache",
    ]
  }
  static var options: [OptionSpec] {
    [
      OptionSpec(
        name: "network", valueName: "dir", help: "Network folder of CSV tables to cache.",
        defaultValue: "the embedded Changchun network"),
      OptionSpec(
        name: "graphs",
        help:
          "Store every profile's compiled graph too (larger; commands then weight, not compile)."),
      // A cache holds a network as loaded: scenarios apply when it is used, not here.
      OptionSpec(name: "scenario", valueName: "file", help: "", hidden: true),
    ]
  }
  static var profileOption: ProfileOption { .none }
  static var usesParameters: Bool { false }

  static func run(_ invocation: Invocation) throws -> ExitStatus {
    if invocation.arguments.has("scenario") {
      throw invocation.usageError(
        "'--scenario' does not apply to build: a cache holds the network as loaded; give "
          + "--scenario to the command that uses the cache")
    }
    guard let output = invocation.arguments.value("output") else {
      throw invocation.usageError("give the cache file to write with -o FILE")
    }
    let (files, embedded) = try invocation.networkFiles()
    let loaded = try NetworkLoader.load(files)
    let hash = ContentHash.networkHash(files: files.files)
    let cache = NetworkCache(
      network: loaded.network, files: files, networkHash: hash, isEmbedded: embedded,
      toolVersion: ToolInfo.version)
    let bytes = cache.encoded(includingGraphs: invocation.arguments.has("graphs"))
    try invocation.emit(bytes)
    let network = loaded.network.network
    invocation.note(
      "\(output): \(network.places.count) places, \(network.stops.count) stops, "
        + "\(network.lines.count) lines, \(network.roadLinks.count) road links, "
        + "\(loaded.warnings.count) warning(s); \(bytes.count) bytes; sha256 \(hash)")
    try invocation.emitProvenance(
      ProvenanceJSON.make(
        network: LoadedNetwork(
          validated: loaded.network, hash: hash, isEmbedded: embedded,
          warnings: loaded.warnings),
        profiles: [], parameters: nil))
    return .success
  }
}
