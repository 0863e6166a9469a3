/// What one leg of a trip is.
public enum TripLegKind: String, Sendable, CaseIterable, Hashable {
  /// Place → stop by a connector (walk, metro, bus, taxi).
  case access
  /// Security, ticket gate, check-in on entering a stop.
  case boardingOverhead = "boarding-overhead"
  /// Half the headway (capped) before boarding a line, at the first boarding or a transfer.
  case wait
  /// On board one line between boarding and alighting, dwell at through stops included.
  case ride
  /// The transfer penalty, plus the minutes between two stops for a stop transfer.
  case transfer
  /// Leaving a stop.
  case alightingOverhead = "alighting-overhead"
  /// Stop → place by a connector.
  case egress
  /// Driving (road links; for park and ride also the urban drive to the station).
  case drive
  /// Parking allowance at the destination or the park-and-ride stop.
  case parking
}

/// One leg of a trip.
public struct TripLeg: Sendable, Hashable {
  /// Access, overhead, wait, ride, transfer, egress, drive or parking.
  public var kind: TripLegKind
  /// Seconds of this leg (for a ride: in-vehicle including dwell).
  public var seconds: Int32
  /// Connector or transfer mode (`walk`, `metro`, `bus`, `taxi`), line class for a ride, `car` for
  /// driving and parking; nil for overheads, waits and in-station transfers.
  public var mode: String?
  /// The line of a ride or of the wait before it.
  public var lineID: LineID?
  /// Where the leg starts (the CLI shows its name).
  public var from: TripPoint
  /// Where the leg ends.
  public var to: TripPoint
  /// On a ride, the stops passed through, in order (empty on other legs).
  public var stopsPassed: [StopID]
  /// On a drive, the road nodes (places and junctions, one namespace) passed, in order.
  public var roadNodesPassed: [RoadNodeID]
  /// For a ride: the dwell seconds at through stops, included in `seconds`.
  public var dwellSeconds: Int32
  /// The rows whose figures give this leg's seconds, in travel order, with the seconds each gave;
  /// the rest of `seconds` comes from the parameters alone (`LegFigure`).
  public var figures: [LegFigure]
  /// How far the leg goes; nil for a leg that stays at one point (an overhead, a wait, parking, a
  /// transfer inside one stop).
  public var distance: LegDistance?

  public init(
    kind: TripLegKind, seconds: Int32, mode: String? = nil, lineID: LineID? = nil,
    from: TripPoint, to: TripPoint, stopsPassed: [StopID] = [],
    roadNodesPassed: [RoadNodeID] = [], dwellSeconds: Int32 = 0, figures: [LegFigure] = [],
    distance: LegDistance? = nil
  ) {
    self.kind = kind
    self.seconds = seconds
    self.mode = mode
    self.lineID = lineID
    self.from = from
    self.to = to
    self.stopsPassed = stopsPassed
    self.roadNodesPassed = roadNodesPassed
    self.dwellSeconds = dwellSeconds
    self.figures = figures
    self.distance = distance
  }
}
