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
    // Each row's source is read in place (a loop over the rows would copy every row, and retain
    // each of its texts, once per row).
    func count<Row: SourcedRow>(_ table: String, _ rows: [Row]) -> EstimatedRowCount {
      EstimatedRowCount(
        table: table,
        estimated: rows.indices.count { SourceQuality.isEstimated(rows[$0].source) },
        total: rows.count)
    }
    func count<Row: SourcedRow & TableRow>(_ table: String, _ rows: Table<Row>) -> EstimatedRowCount
    {
      count(table, rows.rows)
    }
    // Line stops counted line by line, without gathering them into one array.
    var lineStops = EstimatedRowCount(table: "line_stops", estimated: 0, total: 0)
    for line in lines.rows {
      let counted = count("line_stops", line.stops)
      lineStops.estimated += counted.estimated
      lineStops.total += counted.total
    }
    return [
      count("clusters", clusters),
      count("connectors", connectors),
      count("corridors", corridors),
      count("junctions", junctions),
      lineStops,
      count("lines", lines),
      count("places", places),
      EstimatedRowCount(
        table: "places.population",
        estimated: places.indices.count {
          SourceQuality.isEstimated(places.rows[$0].populationSource)
        },
        total: places.count),
      count("road_links", roadLinks),
      count("stop_transfers", stopTransfers),
      count("stops", stops),
    ]
  }
}
