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
  public var estimatedRowCounts: [EstimatedRowCount] { EstimatedRows(self).rowCounts }
}
