/// The columns one network table may have.
struct TableSchema: Sendable {
  /// File name in the network folder, e.g. `places.csv`.
  var file: String
  /// Columns whose header and value are required.
  var required: [String]
  /// Columns that may be absent from the header; an empty cell means the default.
  var optional: [String]

  var all: [String] { required + optional }
}
