/// A row of the network whose figure gave some of a trip's seconds, typed by its table: what a
/// report follows back to say how much of a result rests on estimated rows.
///
/// Rows are named by their index in their table of the network the trip was computed on, as a
/// trip names its places (`Trip.origin`), in 32 bits like the graph's node indices: a trip of a
/// network with a million links carries no ids per link (a figure takes 16 bytes), and a report
/// looks rows up without hashing (`EstimatedRows`).
public enum FigureRow: Sendable, Hashable {
  /// A connector's minutes (access, egress, or the urban drive of park and ride); index into
  /// `Network.connectors`.
  case connector(Int32)
  /// A stop transfer's minutes (the transfer penalty on top is a parameter); index into
  /// `Network.stopTransfers`.
  case stopTransfer(Int32)
  /// A line's frequency (a wait the cap did not shorten) or its dwell; index into `Network.lines`.
  case line(Int32)
  /// A line stop's run time from the previous stop, or its own dwell: index into `Network.lines`,
  /// and into that line's `stops`.
  case lineStop(line: Int32, stop: Int32)
  /// A road link's driving minutes (the congestion factor on top is a parameter); index into
  /// `Network.roadLinks`.
  case roadLink(Int32)
}

/// Seconds of a leg that come from one row's figure. The rest of a leg's seconds come from the
/// parameters alone: overheads, the transfer penalty, parking, a wait shortened by the cap, the
/// default dwell.
public struct LegFigure: Sendable, Hashable {
  /// The row.
  public var row: FigureRow
  /// Seconds of the leg taken from it.
  public var seconds: Int32

  public init(row: FigureRow, seconds: Int32) {
    self.row = row
    self.seconds = seconds
  }
}

/// How far a leg goes, and on what the kilometres are measured.
public struct LegDistance: Sendable, Hashable {
  /// What the kilometres measure.
  public enum Basis: String, Sendable, Hashable, CaseIterable {
    /// Along the road links driven (their `length_km`).
    case road
    /// Straight lines (great circles) between the points passed: stops of a ride, a place and its
    /// stop; the network has no track or street lengths.
    case straightLine = "straight-line"
  }

  /// Kilometres.
  public var kilometres: Double
  /// Along roads, or straight lines.
  public var basis: Basis

  public init(kilometres: Double, basis: Basis) {
    self.kilometres = kilometres
    self.basis = basis
  }
}
