import Foundation

/// Reads a scenario file (JSON) into a `Scenario`, reporting every problem of its form at once,
/// located `file:line:column`. Whether the edits fit the network is `ScenarioEditor`'s question.
///
/// The members of an edit are its table's CSV column names, read by the same typed readers as CSV
/// cells (`NetworkRow`), so a figure out of range gets the same message in both.
public enum ScenarioReader {
  /// The members an edit of each type may have, besides `type`, `source` and `note`.
  static let members: [ScenarioEditType: [String]] = [
    .addLine: Schemas.lines.all.filter { $0 != "source" } + [
      "stops", "speed_kmh", "detour_factor",
    ],
    .removeLine: ["line"],
    .modifyLine: [
      "line", "class", "directions", "headway_min", "departures_per_day", "dwell_min", "stops",
      "run_time_factor", "run_min", "add_stops", "remove_stops",
    ],
    .addStop: Schemas.stops.all.filter { $0 != "source" },
    .removeStop: ["stop"],
    .modifyStop: ["stop", "kind", "place", "park_and_ride"],
    .addConnector: Schemas.connectors.all.filter { $0 != "source" },
    .removeConnector: ["place", "stop", "mode"],
    .modifyConnector: ["place", "stop", "mode", "minutes"],
    .addStopTransfer: Schemas.stopTransfers.all.filter { $0 != "source" },
    .removeStopTransfer: ["from_stop", "to_stop", "mode"],
    .modifyStopTransfer: ["from_stop", "to_stop", "mode", "minutes"],
    .addRoadLink: Schemas.roadLinks.all.filter { $0 != "source" },
    .modifyRoadLink: ["link", "class", "length_km", "speed_kmh", "minutes"],
    .closeRoadLink: ["link"],
    .addJunction: Schemas.junctions.all.filter { $0 != "source" },
    .removeJunction: ["junction"],
    .addPlace: Schemas.places.all.filter { $0 != "source" },
    .modifyPlace: ["place", "population", "in_scope", "parent"],
    .removePlace: ["place"],
    .setParameter: ["name", "value"],
  ]

  /// The scenario in `bytes` (file `file`) with the edits that are well formed, and every problem
  /// of form found; nil when the file is not a JSON scenario at all. The edits that are well formed
  /// can still be resolved against a network, so that every problem is reported at once.
  public static func read(_ bytes: [UInt8], file: String) -> (
    scenario: Scenario?, diagnostics: [InputDiagnostic]
  ) {
    switch JSONReader.read(bytes, file: file) {
    case .success(let document):
      var diagnostics: [InputDiagnostic] = []
      let scenario = read(document, file: file, &diagnostics)
      return (scenario, diagnostics)
    case .failure(let diagnostic):
      return (nil, [diagnostic])
    }
  }

  private static func read(
    _ document: LocatedJSON, file: String, _ diagnostics: inout [InputDiagnostic]
  ) -> Scenario? {
    guard case .object(let members) = document.value else {
      diagnostics.append(
        InputDiagnostic(
          .error, document.location,
          "a scenario is a JSON object with name, description and edits, found \(document.typeName)"
        ))
      return nil
    }
    let known = ["name", "description", "base_network_sha256", "edits"]
    for member in members where !known.contains(member.key) {
      diagnostics.append(
        InputDiagnostic(
          .error, member.value.location,
          "unknown member '\(member.key)'; a scenario has \(known.joined(separator: ", "))"))
    }
    let name = text(document["name"], "name", at: document.location, required: true, &diagnostics)
    let description =
      text(
        document["description"], "description", at: document.location, required: false,
        &diagnostics) ?? ""
    let hash = text(
      document["base_network_sha256"], "base_network_sha256", at: document.location,
      required: false, &diagnostics)
    if let hash, hash.count != 64 || !hash.allSatisfy(\.isHexDigit) {
      diagnostics.append(
        InputDiagnostic(
          .error, document["base_network_sha256"]!.location,
          "base_network_sha256 must be 64 hexadecimal digits, got '\(hash)'"))
    }
    var edits: [ScenarioEdit] = []
    if let list = document["edits"] {
      if case .array(let items) = list.value {
        for (offset, item) in items.enumerated() {
          if let edit = ScenarioEditReader.read(item, number: offset + 1, file: file, &diagnostics)
          {
            edits.append(edit)
          }
        }
      } else {
        diagnostics.append(
          InputDiagnostic(.error, list.location, "edits must be an array, found \(list.typeName)"))
      }
    } else {
      diagnostics.append(
        InputDiagnostic(.error, document.location, "a scenario needs 'edits' (a list of edits)"))
    }
    var scenario = Scenario(
      name: name ?? "", description: description,
      baseNetworkSHA256: hash?.lowercased(), edits: edits, file: file)
    scenario.baseHashLocation = document["base_network_sha256"]?.location
    return scenario
  }

  /// A string member; nil (reported when `required` or of another type) otherwise.
  static func text(
    _ value: LocatedJSON?, _ name: String, at location: SourceLocation, required: Bool,
    _ diagnostics: inout [InputDiagnostic]
  ) -> String? {
    guard let value else {
      if required { diagnostics.append(InputDiagnostic(.error, location, "\(name) is required")) }
      return nil
    }
    guard case .string(let text) = value.value else {
      diagnostics.append(
        InputDiagnostic(.error, value.location, "\(name) must be a string, found \(value.typeName)")
      )
      return nil
    }
    if required && text.trimmingSpaces().isEmpty {
      diagnostics.append(InputDiagnostic(.error, value.location, "\(name) must not be empty"))
      return nil
    }
    return text
  }
}
