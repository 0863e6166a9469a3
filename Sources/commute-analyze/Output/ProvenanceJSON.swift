import TransitModel

/// The `provenance` object of every JSON output (and of `--provenance FILE`): what produced the
/// numbers, so a report can be reproduced. No timestamps, durations or thread counts.
enum ProvenanceJSON {
  static func make(
    network: LoadedNetwork, profiles: [Profile], parameters: Parameters?
  ) -> JSONValue {
    var object: [String: JSONValue] = [
      "tool": .string(ToolInfo.name),
      "tool_version": .string(ToolInfo.version),
      "network": .object([
        "sha256": .string(network.hash),
        "name": .string(network.network.manifest.name),
        "version": .string(network.network.manifest.version),
        "embedded": .bool(network.isEmbedded),
        "hash_method": .string("sha256 of the sorted 'sha256sum' listing of the twelve tables"),
      ]),
      "scenarios": .array(
        network.scenarios.map { loaded in
          .object([
            "name": .string(loaded.scenario.name),
            "file": .string(loaded.file),
            "sha256": .string(loaded.sha256),
            "edits": .integer(loaded.scenario.edits.count),
          ])
        }),
      "profiles": .array(profiles.map { .string($0.rawValue) }),
      "estimated_rows": EstimatedRowsOutput.json(network.validated),
    ]
    if let parameters {
      var echoed: [String: JSONValue] = [:]
      for (name, value) in parameters.echoed {
        echoed[name] = Double(value).map(JSONValue.finite) ?? .string(value)
      }
      object["parameters"] = .object(echoed)
    }
    return .object(object)
  }

  /// `provenance` with one more member (e.g. `coverage` holding the request), so a CSV user's
  /// `--provenance FILE` says what was asked as well as what it was computed from.
  static func adding(_ key: String, _ value: JSONValue, to provenance: JSONValue) -> JSONValue {
    guard case .object(var members) = provenance else { return provenance }
    members[key] = value
    return .object(members)
  }
}
