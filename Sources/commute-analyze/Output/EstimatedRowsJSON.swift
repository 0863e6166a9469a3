import TransitModel

/// Provenance's `estimated_rows`: per table, how many rows have an estimated source (`est.` or
/// `unverified`), so every JSON report says how much of its network rests on estimates.
enum EstimatedRowsJSON {
  /// `{"connectors": {"estimated": 147, "total": 147}, …}`.
  static func counts(_ network: Network) -> JSONValue {
    var object: [String: JSONValue] = [:]
    for count in network.estimatedRowCounts {
      object[count.table] = .object([
        "estimated": .integer(count.estimated), "total": .integer(count.total),
      ])
    }
    return .object(object)
  }
}
