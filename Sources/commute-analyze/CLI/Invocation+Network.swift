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
  func loadNetwork(folder: String? = nil) throws -> LoadedNetwork {
    let (files, embedded) = try networkFiles(folder: folder)
    let scenarios = try scenarioFiles()
    let loaded = try NetworkLoader.load(files)
    if !loaded.warnings.isEmpty {
      let folderText = (folder ?? arguments.value("network")).map { " \($0)" } ?? ""
      note(
        "note: the network has \(loaded.warnings.count) warning(s); "
          + "'\(ToolInfo.name) validate\(folderText)' lists them")
    }
    let hash = ContentHash.networkHash(files: files.files)
    guard !scenarios.scenarios.isEmpty || !scenarios.problems.isEmpty else {
      return LoadedNetwork(
        validated: loaded.network, files: files, hash: hash, isEmbedded: embedded,
        warnings: loaded.warnings)
    }
    let edited = try Self.apply(scenarios, to: loaded.network, baseHash: hash)
    return LoadedNetwork(
      validated: edited.network, files: files, hash: hash, isEmbedded: embedded,
      warnings: edited.network.warnings, scenarios: scenarios.scenarios,
      parameters: edited.parameters,
      effects: edited.effects)
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
