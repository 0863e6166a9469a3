import TransitModel

/// How many rows of each table have an estimated source (`est.` or `unverified`), as provenance
/// JSON and as the line `validate` prints: every report says how much of its network rests on
/// estimates.
enum EstimatedRowsOutput {
  /// `{"connectors": {"estimated": 147, "total": 147}, …}`.
  static func json(_ network: ValidatedNetwork) -> JSONValue {
    var object: [String: JSONValue] = [:]
    for count in network.estimatedRows.rowCounts {
      object[count.table] = .object([
        "estimated": .integer(count.estimated), "total": .integer(count.total),
      ])
    }
    return .object(object)
  }

  /// `estimated rows (source 'est.' or 'unverified'): clusters 0/3, connectors 147/147, …`.
  static func text(_ network: ValidatedNetwork) -> String {
    "estimated rows (source 'est.' or 'unverified'): "
      + network.estimatedRows.rowCounts.map {
        "\($0.table) \(NumberText.grouped($0.estimated))/\(NumberText.grouped($0.total))"
      }.joined(separator: ", ")
  }
}
