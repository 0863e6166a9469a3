/// What one arc of the expanded graph adds to a trip's figures, whatever leg it ends up in: the one
/// rule by which a trip leg by leg (`CompiledNetwork.trip`) and a trip summary (`TripSummaryTree`)
/// count seconds by part, boardings, rides and the row each second comes from.
struct ArcContribution {
  /// Which part of `TripBreakdown` the arc's seconds go to.
  enum Part {
    /// Bookkeeping arcs of 0 s (stay, getting into the car, getting off): no leg, no part.
    case none
    case accessAndOverheads, wait, inVehicle, dwell, transfer, egress, drive, parking
  }

  var part: Part
  /// The arc's seconds.
  var seconds: Int32
  /// The row the seconds (or some of them) come from; nil when they come from parameters alone.
  var figure: LegFigure?
  /// For a ride or a dwell: the line's index (a ride starts a ride leg unless it continues one).
  var rideLine: Int?

  init(_ part: Part, _ seconds: Int32, figure: LegFigure? = nil, rideLine: Int? = nil) {
    self.part = part
    self.seconds = seconds
    self.figure = figure
    self.rideLine = rideLine
  }

  /// Whether the arc boards a line (a wait): boardings after the first are transfers.
  var boards: Bool { part == .wait }
}

extension TripBreakdown {
  /// Adds one arc's seconds to its part (a dwell counts in-vehicle too) and counts a boarding.
  mutating func add(_ step: ArcContribution, boardings: inout Int) {
    let seconds = step.seconds
    switch step.part {
    case .none: break
    case .accessAndOverheads: accessAndOverheadsSeconds += seconds
    case .wait:
      waitSeconds += seconds
      boardings += 1
    case .inVehicle: inVehicleSeconds += seconds
    case .dwell:
      inVehicleSeconds += seconds
      dwellSeconds += seconds
    case .transfer: transferSeconds += seconds
    case .egress: egressSeconds += seconds
    case .drive: driveSeconds += seconds
    case .parking: parkingSeconds += seconds
    }
  }
}

extension CompiledNetwork {
  /// The contribution of arc `arc` of `graph` (its seconds as weighted now).
  func contribution(ofArc arc: Int) -> ArcContribution {
    let seconds = graph.weight(ofArc: arc)
    func figure(_ row: FigureRow, _ figureSeconds: Int32? = nil) -> LegFigure {
      LegFigure(row: row, seconds: figureSeconds ?? seconds)
    }
    switch arcRoles[arc] {
    case .stay, .startCar, .alight:
      return ArcContribution(.none, seconds)
    case .access(let index):
      return ArcContribution(.accessAndOverheads, seconds, figure: figure(.connector(Int32(index))))
    case .boardingOverhead, .alightingOverhead:
      return ArcContribution(.accessAndOverheads, seconds)
    case .wait(let pattern, _):
      let lineIndex = patterns[pattern].line
      // A wait the cap shortened comes from the cap (a parameter), not the line's frequency.
      let capped = LineService(network.lines.rows[lineIndex], parameters: parameters).isWaitCapped
      return ArcContribution(
        .wait, seconds, figure: capped ? nil : figure(.line(Int32(lineIndex))))
    case .ride(let pattern, let position):
      let ride = patterns[pattern]
      let row = FigureRow.lineStop(
        line: Int32(ride.line), stop: Int32(ride.runLineStopIndex(from: position)))
      return ArcContribution(.inVehicle, seconds, figure: figure(row), rideLine: ride.line)
    case .dwell(let pattern, let position):
      let row = dwellRow(pattern: patterns[pattern], position: position)
      return ArcContribution(
        .dwell, seconds, figure: row.map { figure($0) }, rideLine: patterns[pattern].line)
    case .transferPenalty:
      return ArcContribution(.transfer, seconds)
    case .stopTransfer(let index, _, _):
      let own = min(seconds, ArcWeights.seconds(network.stopTransfers[index].minutes))
      return ArcContribution(.transfer, seconds, figure: figure(.stopTransfer(Int32(index)), own))
    case .egress(let index):
      return ArcContribution(.egress, seconds, figure: figure(.connector(Int32(index))))
    case .drive(let index, _):
      return ArcContribution(.drive, seconds, figure: figure(.roadLink(Int32(index))))
    case .parkAndRideDrive(let stop):
      let row = network.homeConnector(ofStop: stop).map { FigureRow.connector(Int32($0)) }
      return ArcContribution(.drive, seconds, figure: row.map { figure($0) })
    case .parkAtPlace, .parkAtJunction, .parkAndRideParking:
      return ArcContribution(.parking, seconds)
    }
  }

  /// The row a dwell at `position` of `pattern` comes from: the line stop's own dwell, else the
  /// line's; nil when the `dwell-min` parameter applies.
  func dwellRow(pattern: RidePattern, position: Int) -> FigureRow? {
    let stop = pattern.lineStopIndex(at: position)
    if network.lines.rows[pattern.line].stops[stop].dwellMinutes != nil {
      return .lineStop(line: Int32(pattern.line), stop: Int32(stop))
    }
    return network.lines.rows[pattern.line].dwellMinutes != nil ? .line(Int32(pattern.line)) : nil
  }
}
