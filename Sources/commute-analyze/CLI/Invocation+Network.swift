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
    let loaded = try NetworkLoader.load(files)
    if !loaded.warnings.isEmpty {
      let folderText = (folder ?? arguments.value("network")).map { " \($0)" } ?? ""
      note(
        "note: the network has \(loaded.warnings.count) warning(s); "
          + "'\(ToolInfo.name) validate\(folderText)' lists them")
    }
    return LoadedNetwork(
      validated: loaded.network, files: files, hash: ContentHash.networkHash(files: files.files),
      isEmbedded: embedded, warnings: loaded.warnings)
  }

  /// Resolves a place given on the command line (id, Chinese or English name); an unknown name is
  /// bad input (exit 2) with the closest names.
  func resolvePlace(_ query: String, in network: Network, for what: String) throws -> Int {
    switch network.resolvePlace(query) {
    case .success(let index):
      return index
    case .failure(let failure):
      if let index = Self.placeByBaseName(query, in: network) { return index }
      var message = "unknown place '\(query)' for \(what)"
      if failure.suggestions.isEmpty {
        message += "; see the places with '\(ToolInfo.name) matrix --format csv'"
      } else {
        let names = failure.suggestions.map { id -> String in
          guard let index = network.placeIndex(of: PlaceID(id)) else { return id }
          let place = network.places[index]
          return "\(id) (\(place.nameZh), \(place.nameEn))"
        }
        message += "; did you mean: \(names.joined(separator: ", "))?"
      }
      throw CLIError.badInput(message)
    }
  }

  /// A place whose name without its parenthetical qualifier is `query` (`长春` for
  /// `长春（中心城区）`, `Jilin City` for `Jilin City (core)`), when exactly one place has it.
  static func placeByBaseName(_ query: String, in network: Network) -> Int? {
    let key = query.trimmingSpaces().lowercased()
    guard !key.isEmpty else { return nil }
    let matches = network.places.indices.filter { index in
      let place = network.places[index]
      return baseName(place.nameZh) == key || baseName(place.nameEn) == key
    }
    return matches.count == 1 ? matches[0] : nil
  }

  /// `name` lowercased without a trailing `（…）` or `(…)` qualifier.
  static func baseName(_ name: String) -> String {
    var text = name.trimmingSpaces()
    for (open, close) in [("（", "）"), ("(", ")")] where text.hasSuffix(close) {
      if let start = text.range(of: open, options: .backwards) {
        text = String(text[..<start.lowerBound]).trimmingSpaces()
      }
    }
    return text.lowercased()
  }
}
