/// The output formats across commands; each command lists the ones it supports.
enum OutputFormat: String, CaseIterable, Sendable {
  case table
  case csv
  case json
  case geojson
  case svg
  /// JUnit XML, for CI systems (`check`).
  case junit
}
