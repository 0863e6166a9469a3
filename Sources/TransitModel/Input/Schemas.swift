/// The tables of a network and their columns.
enum Schemas {
  static let manifest = TableSchema(
    file: "manifest.csv", required: ["key", "value"], optional: ["source"])
  static let clusters = TableSchema(
    file: "clusters.csv", required: ["id", "name_zh", "name_en", "source"], optional: [])
  static let places = TableSchema(
    file: "places.csv",
    required: [
      "id", "name_zh", "name_en", "kind", "lat", "lon", "population", "in_scope", "source",
      "population_source",
    ],
    optional: ["parent", "clusters"])
  static let junctions = TableSchema(
    file: "junctions.csv", required: ["id", "name_zh", "name_en", "lat", "lon", "source"],
    optional: [])
  static let roadLinks = TableSchema(
    file: "road_links.csv", required: ["id", "from", "to", "road", "class", "length_km", "source"],
    optional: ["speed_kmh", "minutes", "oneway"])
  static let stops = TableSchema(
    file: "stops.csv",
    required: ["id", "name_zh", "name_en", "kind", "place", "lat", "lon", "source"],
    optional: ["park_and_ride"])
  static let connectors = TableSchema(
    file: "connectors.csv", required: ["place", "stop", "mode", "minutes", "source"], optional: [])
  static let stopTransfers = TableSchema(
    file: "stop_transfers.csv", required: ["from_stop", "to_stop", "mode", "minutes", "source"],
    optional: [])
  static let lines = TableSchema(
    file: "lines.csv", required: ["id", "name_zh", "name_en", "class", "source"],
    optional: ["directions", "headway_min", "departures_per_day", "dwell_min"])
  static let lineStops = TableSchema(
    file: "line_stops.csv", required: ["line", "seq", "stop", "source"],
    optional: ["run_min", "dwell_min"])
  static let corridors = TableSchema(
    file: "corridors.csv", required: ["id", "name_zh", "name_en", "source"], optional: [])
  static let corridorMembers = TableSchema(
    file: "corridor_members.csv", required: ["corridor", "kind", "member", "source"], optional: [])

  static let all = [
    manifest, clusters, places, junctions, roadLinks, stops, connectors, stopTransfers, lines,
    lineStops, corridors, corridorMembers,
  ]
}
