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
      let step = contribution(ofArc: arc)
      let seconds = step.seconds
      total += seconds
      breakdown.add(step, boardings: &boardings)
      let figures = step.figure.map { [$0] } ?? []
      switch arcRoles[arc] {
      case .stay, .startCar, .alight:
        continue
      case .access(let index):
        let connector = network.connectors[index]
        legs.append(
          TripLeg(
            kind: .access, seconds: seconds, mode: connector.mode.rawValue,
            from: .place(connector.place), to: .stop(connector.stop), figures: figures,
            distance: straightLine(place: connector.place, stop: connector.stop)))
      case .boardingOverhead(let stop):
        legs.append(TripLeg(kind: .boardingOverhead, seconds: seconds, at: .stop(stops[stop].id)))
      case .alightingOverhead(let stop):
        legs.append(TripLeg(kind: .alightingOverhead, seconds: seconds, at: .stop(stops[stop].id)))
      case .wait(let pattern, let position):
        let stop = TripPoint.stop(stops[patterns[pattern].stops[position]].id)
        let line = network.lines.rows[patterns[pattern].line]
        legs.append(
          TripLeg(
            kind: .wait, seconds: seconds, lineID: line.id, from: stop, to: stop, figures: figures))
      case .ride(let pattern, let position):
        let ride = patterns[pattern]
        let from = TripPoint.stop(stops[ride.stops[position]].id)
        let to = TripPoint.stop(stops[ride.stops[position + 1]].id)
        let lineID = network.lines.rows[ride.line].id
        let kilometres = straightLineKm(stop: ride.stops[position], ride.stops[position + 1])
        if let last = legs.indices.last, legs[last].kind == .ride,
          legs[last].lineID == lineID, legs[last].to == from
        {
          legs[last].seconds += seconds
          legs[last].to = to
          legs[last].figures += figures
          legs[last].distance?.kilometres += kilometres
        } else {
          legs.append(
            TripLeg(
              kind: .ride, seconds: seconds, mode: network.lines.rows[ride.line].lineClass.rawValue,
              lineID: lineID, from: from, to: to, figures: figures,
              distance: LegDistance(kilometres: kilometres, basis: .straightLine)))
        }
      case .dwell(let pattern, let position):
        // Always between two ride arcs of the same pattern: extends the open ride leg, in place
        // (a copy of the leg would copy its growing list of stops passed at every dwell).
        if let last = legs.indices.last, legs[last].kind == .ride {
          legs[last].seconds += seconds
          legs[last].dwellSeconds += seconds
          legs[last].stopsPassed.append(stops[patterns[pattern].stops[position]].id)
          legs[last].figures += figures
        }
      case .transferPenalty(let stop):
        legs.append(TripLeg(kind: .transfer, seconds: seconds, at: .stop(stops[stop].id)))
      case .stopTransfer(let index, let from, let to):
        legs.append(
          TripLeg(
            kind: .transfer, seconds: seconds, mode: network.stopTransfers[index].mode.rawValue,
            from: .stop(stops[from].id), to: .stop(stops[to].id), figures: figures,
            distance: LegDistance(
              kilometres: straightLineKm(stop: from, to), basis: .straightLine)))
      case .egress(let index):
        let connector = network.connectors[index]
        legs.append(
          TripLeg(
            kind: .egress, seconds: seconds, mode: connector.mode.rawValue,
            from: .stop(connector.stop), to: .place(connector.place), figures: figures,
            distance: straightLine(place: connector.place, stop: connector.stop)))
      case .drive(let index, let reversed):
        let ends = topology.linkEnds[index]
        let (from, to) = reversed ? (ends.to, ends.from) : (ends.from, ends.to)
        appendDrive(
          &legs, seconds: seconds, from: point(from), to: point(to), figures: figures,
          km: network.roadLinks.rows[index].lengthKm)
      case .parkAndRideDrive(let stop):
        // Its own leg (not merged into the road drive before it): its minutes and kilometres come
        // from the stop's connector to its place, not from road links.
        let place = stops[stop].place
        legs.append(
          TripLeg(
            kind: .drive, seconds: seconds, mode: "car", from: .place(place),
            to: .stop(stops[stop].id), figures: figures,
            distance: straightLine(place: place, stop: stops[stop].id)))
      case .parkAtPlace(let place):
        legs.append(
          TripLeg(kind: .parking, seconds: seconds, mode: "car", at: .place(places[place].id)))
      case .parkAtJunction(let junction):
        let id = network.junctions[junction].id
        legs.append(TripLeg(kind: .parking, seconds: seconds, mode: "car", at: .junction(id)))
      case .parkAndRideParking(let stop):
        legs.append(
          TripLeg(kind: .parking, seconds: seconds, mode: "car", at: .stop(stops[stop].id)))
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
    _ legs: inout [TripLeg], seconds: Int32, from: TripPoint, to: TripPoint, figures: [LegFigure],
    km: Double
  ) {
    // Extends the open road drive in place (a copy would copy its growing list of nodes passed).
    if let last = legs.indices.last, legs[last].kind == .drive, legs[last].to == from,
      legs[last].distance?.basis == .road
    {
      legs[last].seconds += seconds
      legs[last].roadNodesPassed.append(RoadNodeID(from.id))
      legs[last].to = to
      legs[last].figures += figures
      legs[last].distance?.kilometres += km
    } else {
      legs.append(
        TripLeg(
          kind: .drive, seconds: seconds, mode: "car", from: from, to: to, figures: figures,
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
