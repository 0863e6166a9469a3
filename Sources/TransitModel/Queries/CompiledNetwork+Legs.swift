import Graph

extension CompiledNetwork {
  /// Turns a path (arc indices of `graph`, in travel order) into legs: consecutive ride and dwell arcs
  /// of one pattern merge into one ride leg (dwell included and reported), consecutive drives into one
  /// drive leg; zero-second bookkeeping arcs (stay, getting into the car, getting off) vanish.
  func trip(origin: Int, destination: Int, arcs path: [Int]) -> Trip {
    var legs: [TripLeg] = []
    var breakdown = TripBreakdown()
    var boardings = 0
    var total: Int32 = 0
    let stops = network.stops
    let places = network.places
    for arc in path {
      let seconds = graph.weight(ofArc: arc)
      total += seconds
      switch arcRoles[arc] {
      case .stay, .startCar, .alight:
        continue
      case .access(let index):
        let connector = network.connectors[index]
        legs.append(
          TripLeg(
            kind: .access, seconds: seconds, mode: connector.mode.rawValue,
            from: .place(connector.place), to: .stop(connector.stop),
            figures: [LegFigure(row: .connector(Int32(index)), seconds: seconds)],
            distance: straightLine(place: connector.place, stop: connector.stop)))
        breakdown.accessAndOverheadsSeconds += seconds
      case .boardingOverhead(let stop):
        legs.append(TripLeg(kind: .boardingOverhead, seconds: seconds, at: .stop(stops[stop].id)))
        breakdown.accessAndOverheadsSeconds += seconds
      case .alightingOverhead(let stop):
        legs.append(TripLeg(kind: .alightingOverhead, seconds: seconds, at: .stop(stops[stop].id)))
        breakdown.accessAndOverheadsSeconds += seconds
      case .wait(let pattern, let position):
        let stop = TripPoint.stop(stops[patterns[pattern].stops[position]].id)
        let lineIndex = patterns[pattern].line
        let line = network.lines.rows[lineIndex]
        // A wait the cap shortened comes from the cap (a parameter), not the line's frequency.
        let capped = LineService(line, parameters: parameters).isWaitCapped
        legs.append(
          TripLeg(
            kind: .wait, seconds: seconds, lineID: line.id, from: stop, to: stop,
            figures: capped ? [] : [LegFigure(row: .line(Int32(lineIndex)), seconds: seconds)]))
        breakdown.waitSeconds += seconds
        boardings += 1
      case .ride(let pattern, let position):
        let ride = patterns[pattern]
        let from = TripPoint.stop(stops[ride.stops[position]].id)
        let to = TripPoint.stop(stops[ride.stops[position + 1]].id)
        let lineID = network.lines.rows[ride.line].id
        let figure = LegFigure(
          row: .lineStop(
            line: Int32(ride.line), stop: Int32(ride.runLineStopIndex(from: position))),
          seconds: seconds)
        let kilometres = straightLineKm(stop: ride.stops[position], ride.stops[position + 1])
        if let last = legs.indices.last, legs[last].kind == .ride,
          legs[last].lineID == lineID, legs[last].to == from
        {
          legs[last].seconds += seconds
          legs[last].to = to
          legs[last].figures.append(figure)
          legs[last].distance?.kilometres += kilometres
        } else {
          legs.append(
            TripLeg(
              kind: .ride, seconds: seconds, mode: network.lines.rows[ride.line].lineClass.rawValue,
              lineID: lineID, from: from, to: to, figures: [figure],
              distance: LegDistance(kilometres: kilometres, basis: .straightLine)))
        }
        breakdown.inVehicleSeconds += seconds
      case .dwell(let pattern, let position):
        // Always between two ride arcs of the same pattern: extends the open ride leg, in place
        // (a copy of the leg would copy its growing list of stops passed at every dwell).
        if let last = legs.indices.last, legs[last].kind == .ride {
          legs[last].seconds += seconds
          legs[last].dwellSeconds += seconds
          legs[last].stopsPassed.append(stops[patterns[pattern].stops[position]].id)
          if let row = dwellRow(pattern: patterns[pattern], position: position) {
            legs[last].figures.append(LegFigure(row: row, seconds: seconds))
          }
        }
        breakdown.inVehicleSeconds += seconds
        breakdown.dwellSeconds += seconds
      case .transferPenalty(let stop):
        legs.append(TripLeg(kind: .transfer, seconds: seconds, at: .stop(stops[stop].id)))
        breakdown.transferSeconds += seconds
      case .stopTransfer(let index, let from, let to):
        let transfer = network.stopTransfers[index]
        let ownSeconds = min(seconds, ArcWeights.seconds(transfer.minutes))
        legs.append(
          TripLeg(
            kind: .transfer, seconds: seconds, mode: transfer.mode.rawValue,
            from: .stop(stops[from].id), to: .stop(stops[to].id),
            figures: [LegFigure(row: .stopTransfer(Int32(index)), seconds: ownSeconds)],
            distance: LegDistance(
              kilometres: straightLineKm(stop: from, to), basis: .straightLine)))
        breakdown.transferSeconds += seconds
      case .egress(let index):
        let connector = network.connectors[index]
        legs.append(
          TripLeg(
            kind: .egress, seconds: seconds, mode: connector.mode.rawValue,
            from: .stop(connector.stop), to: .place(connector.place),
            figures: [LegFigure(row: .connector(Int32(index)), seconds: seconds)],
            distance: straightLine(place: connector.place, stop: connector.stop)))
        breakdown.egressSeconds += seconds
      case .drive(let index, let reversed):
        let ends = topology.linkEnds[index]
        let (from, to) = reversed ? (ends.to, ends.from) : (ends.from, ends.to)
        appendDrive(
          &legs, seconds: seconds, from: point(from), to: point(to),
          figure: LegFigure(row: .roadLink(Int32(index)), seconds: seconds),
          km: network.roadLinks.rows[index].lengthKm)
        breakdown.driveSeconds += seconds
      case .parkAndRideDrive(let stop):
        // Its own leg (not merged into the road drive before it): its minutes and kilometres come
        // from the stop's connector to its place, not from road links.
        let place = stops[stop].place
        let figures = network.homeConnector(ofStop: stop).map {
          [LegFigure(row: .connector(Int32($0)), seconds: seconds)]
        }
        legs.append(
          TripLeg(
            kind: .drive, seconds: seconds, mode: "car", from: .place(place),
            to: .stop(stops[stop].id), figures: figures ?? [],
            distance: straightLine(place: place, stop: stops[stop].id)))
        breakdown.driveSeconds += seconds
      case .parkAtPlace(let place):
        legs.append(
          TripLeg(kind: .parking, seconds: seconds, mode: "car", at: .place(places[place].id)))
        breakdown.parkingSeconds += seconds
      case .parkAtJunction(let junction):
        let id = network.junctions[junction].id
        legs.append(TripLeg(kind: .parking, seconds: seconds, mode: "car", at: .junction(id)))
        breakdown.parkingSeconds += seconds
      case .parkAndRideParking(let stop):
        legs.append(
          TripLeg(kind: .parking, seconds: seconds, mode: "car", at: .stop(stops[stop].id)))
        breakdown.parkingSeconds += seconds
      }
    }
    breakdown.transfers = max(0, boardings - 1)
    return Trip(
      origin: origin, destination: destination, legs: legs, totalSeconds: total,
      breakdown: breakdown)
  }

  private func point(_ roadNode: RoadNode) -> TripPoint {
    switch roadNode {
    case .place(let index): return .place(network.places[index].id)
    case .junction(let index): return .junction(network.junctions[index].id)
    }
  }

  /// The row a dwell at `position` of `pattern` comes from: the line stop's own dwell, else the
  /// line's; nil when the `dwell-min` parameter applies.
  private func dwellRow(pattern: RidePattern, position: Int) -> FigureRow? {
    let stop = pattern.lineStopIndex(at: position)
    if network.lines.rows[pattern.line].stops[stop].dwellMinutes != nil {
      return .lineStop(line: Int32(pattern.line), stop: Int32(stop))
    }
    return network.lines.rows[pattern.line].dwellMinutes != nil ? .line(Int32(pattern.line)) : nil
  }

  /// Great-circle kilometres between two stops (indices).
  private func straightLineKm(stop a: Int, _ b: Int) -> Double {
    let stops = network.stops.rows
    return GreatCircle.kilometres(
      fromLatitude: stops[a].latitude, longitude: stops[a].longitude,
      toLatitude: stops[b].latitude, longitude: stops[b].longitude)
  }

  /// Great-circle distance between a place and a stop (a connector's ends).
  private func straightLine(place: PlaceID, stop: StopID) -> LegDistance? {
    guard let from = network.places[key: place], let to = network.stops[key: stop] else {
      return nil
    }
    return LegDistance(
      kilometres: GreatCircle.kilometres(
        fromLatitude: from.latitude, longitude: from.longitude, toLatitude: to.latitude,
        longitude: to.longitude),
      basis: .straightLine)
  }

  private func appendDrive(
    _ legs: inout [TripLeg], seconds: Int32, from: TripPoint, to: TripPoint, figure: LegFigure,
    km: Double
  ) {
    // Extends the open road drive in place (a copy would copy its growing list of nodes passed).
    if let last = legs.indices.last, legs[last].kind == .drive, legs[last].to == from,
      legs[last].distance?.basis == .road
    {
      legs[last].seconds += seconds
      legs[last].roadNodesPassed.append(RoadNodeID(from.id))
      legs[last].to = to
      legs[last].figures.append(figure)
      legs[last].distance?.kilometres += km
    } else {
      legs.append(
        TripLeg(
          kind: .drive, seconds: seconds, mode: "car", from: from, to: to, figures: [figure],
          distance: LegDistance(kilometres: km, basis: .road)))
    }
  }
}

extension TripLeg {
  /// A leg that starts and ends at one place, stop or junction: an overhead, an in-station transfer
  /// penalty or parking.
  fileprivate init(kind: TripLegKind, seconds: Int32, mode: String? = nil, at point: TripPoint) {
    self.init(kind: kind, seconds: seconds, mode: mode, from: point, to: point)
  }
}
