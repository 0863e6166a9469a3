import Foundation
import TransitModel

extension Invocation {
  /// The raw files of `--network DIR`, or of the embedded default network.
  func networkFiles(folder: String? = nil) throws -> (files: NetworkFiles, embedded: Bool) {
    if let path = folder ?? arguments.value("network") {
      return (try NetworkFiles.directory(path), false)
    }
    guard let files = try EmbeddedNetwork.files() else {
      throw CLIError.badInput(
        "this build embeds no default network (\(EmbeddedNetwork.sourceFolder) was empty when "
          + "it was built); give one with --network DIR")
    }
    return (NetworkFiles(files: files), true)
  }

  /// Loads and validates the network: every error at once (`file:line:column: error: ...`, exit
  /// 2). Warnings do not stop the command: one line on stderr counts them (`validate` lists them).
  /// With `--cache FILE`, the network is the cache's (`readCache`). A command that only queries
  /// the network (`queriesOnly`: it neither edits it nor writes it to a cache) lets go of the map
  /// of where its rows came from once it is loaded, when no scenario is applied: at province size
  /// that lowers its peak memory by tens of megabytes.
  func loadNetwork(folder: String? = nil, queriesOnly: Bool = false) throws -> LoadedNetwork {
    if let path = arguments.value("cache") {
      let cached = try readCache(path, folder: folder)
      noteWarnings(cached.warnings, validateArguments: " --cache \(path)")
      return try applyScenarios(scenarioFiles(), to: cached)
    }
    let (files, embedded) = try networkFiles(folder: folder)
    let scenarios = try scenarioFiles()
    // Hashed first, so the loader holds the only copy of the bytes and lets each table go once
    // it is read.
    let hash = ContentHash.networkHash(files: files.files)
    var (network, warnings) = try NetworkLoader.load(consume files)
    if queriesOnly && scenarios.scenarios.isEmpty && scenarios.problems.isEmpty {
      network = network.withoutSourceMap()
    }
    ProcessLifetime.keep(network)
    let folderText = (folder ?? arguments.value("network")).map { " \($0)" } ?? ""
    noteWarnings(warnings, validateArguments: folderText)
    return try applyScenarios(
      scenarios,
      to: LoadedNetwork(validated: network, hash: hash, isEmbedded: embedded, warnings: warnings))
  }

  /// One line on stderr counting the network's warnings, if any.
  private func noteWarnings(_ warnings: [InputDiagnostic], validateArguments: String) {
    guard !warnings.isEmpty else { return }
    note(
      "note: the network has \(warnings.count) warning(s); "
        + "'\(ToolInfo.name) validate\(validateArguments)' lists them")
  }

  /// `base` with the `--scenario` files applied in order (`base` itself when there are none).
  func applyScenarios(_ scenarios: ScenarioFiles, to base: LoadedNetwork) throws
    -> LoadedNetwork
  {
    guard !scenarios.scenarios.isEmpty || !scenarios.problems.isEmpty else { return base }
    let edited = try Self.apply(scenarios, to: base.validated, baseHash: base.hash)
    var loaded = base
    loaded.validated = edited.network
    loaded.warnings = edited.network.warnings
    loaded.scenarios = scenarios.scenarios
    loaded.parameters = edited.parameters
    loaded.effects = edited.effects
    loaded.unedited = base.validated
    return loaded
  }

  /// Resolves a place given on the command line (id, Chinese or English name, or a short name:
  /// `Network.resolvePlace`). An unknown name is bad input (exit 2) with the closest places; a name
  /// of several places is bad input too, listing them, each with its names.
  func resolvePlace(_ query: String, in network: Network, for what: String) throws -> Int {
    switch network.lookUpPlace(query) {
    case .success(let lookup):
      if let reading = Self.readingNote(query, lookup, in: network) { note(reading) }
      return lookup.index
    case .failure(let failure):
      let names = failure.suggestions.map { id -> String in
        guard let index = network.placeIndex(of: PlaceID(id)) else { return id }
        let place = network.places[index]
        return "\(id) (\(place.nameZh), \(place.nameEn))"
      }
      if failure.isAmbiguous {
        throw CLIError.badInput(
          "place name '\(query)' for \(what) is ambiguous: \(names.joined(separator: ", ")); "
            + "use an id")
      }
      var message = "unknown place '\(query)' for \(what)"
      if names.isEmpty {
        message += "; see the places with '\(ToolInfo.name) matrix --format csv'"
      } else {
        message += "; did you mean: \(names.joined(separator: ", "))?"
      }
      throw CLIError.badInput(message)
    }
  }

  /// The stderr note for a name read as a city's core or as a stop's place; nil for a place's own
  /// id or name.
  static func readingNote(_ query: String, _ lookup: PlaceLookup, in network: Network) -> String? {
    let place = network.places[lookup.index]
    let named = "\(place.nameZh) (\(place.id))"
    switch lookup.reading {
    case .place:
      return nil
    case .cityCore:
      return
        "note: '\(query)' is a prefecture-level city; read as its core \(named). Its districts "
        + "and counties are places of their own"
    case .stop(let stop):
      return "note: '\(query)' is the stop \(stop) of \(named); the trip starts or ends at the "
        + "place, by its connectors to the stop or any other"
    }
  }
}
