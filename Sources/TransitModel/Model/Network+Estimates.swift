/// How many rows of one table are estimated (`SourceQuality`).
public struct EstimatedRowCount: Sendable, Hashable {
  /// The table, as its file is named without `.csv` (`road_links`); places count twice:
  /// `places` for their position and `places.population` for their population.
  public var table: String
  /// Rows whose source is estimated.
  public var estimated: Int
  /// Rows of the table.
  public var total: Int
}

extension Network {
  /// Per table, in file-name order, how many rows are estimated: what every report's provenance
  /// states, so that a reader sees how much of the network rests on estimates.
  public var estimatedRowCounts: [EstimatedRowCount] {
    func count<Row: SourcedRow>(_ table: String, _ rows: some Collection<Row>) -> EstimatedRowCount
    {
      EstimatedRowCount(
        table: table, estimated: rows.count(where: \.isEstimated), total: rows.count)
    }
    let lineStops = lines.flatMap(\.stops)
    return [
      count("clusters", clusters),
      count("connectors", connectors),
      count("corridors", corridors),
      count("junctions", junctions),
      count("line_stops", lineStops),
      count("lines", lines),
      count("places", places),
      EstimatedRowCount(
        table: "places.population", estimated: places.count(where: \.isPopulationEstimated),
        total: places.count),
      count("road_links", roadLinks),
      count("stop_transfers", stopTransfers),
      count("stops", stops),
    ]
  }
}
