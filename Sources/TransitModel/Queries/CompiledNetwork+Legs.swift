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
            from: .place(connector.place), to: .stop(connector.stop)))
        breakdown.accessAndOverheadsSeconds += seconds
      case .boardingOverhead(let stop):
        legs.append(TripLeg(kind: .boardingOverhead, seconds: seconds, at: .stop(stops[stop].id)))
        breakdown.accessAndOverheadsSeconds += seconds
      case .alightingOverhead(let stop):
        legs.append(TripLeg(kind: .alightingOverhead, seconds: seconds, at: .stop(stops[stop].id)))
        breakdown.accessAndOverheadsSeconds += seconds
      case .wait(let pattern, let position):
        let stop = TripPoint.stop(stops[patterns[pattern].stops[position]].id)
        legs.append(
          TripLeg(
            kind: .wait, seconds: seconds, lineID: lineID(pattern), from: stop, to: stop))
        breakdown.waitSeconds += seconds
        boardings += 1
      case .ride(let pattern, let position):
        let from = TripPoint.stop(stops[patterns[pattern].stops[position]].id)
        let to = TripPoint.stop(stops[patterns[pattern].stops[position + 1]].id)
        if let last = legs.indices.last, legs[last].kind == .ride,
          legs[last].lineID == lineID(pattern), legs[last].to == from
        {
          legs[last].seconds += seconds
          legs[last].to = to
        } else {
          let mode = network.lines[patterns[pattern].line].lineClass.rawValue
          legs.append(
            TripLeg(
              kind: .ride, seconds: seconds, mode: mode, lineID: lineID(pattern), from: from,
              to: to))
        }
        breakdown.inVehicleSeconds += seconds
      case .dwell(let pattern, let position):
        // Always between two ride arcs of the same pattern: extends the open ride leg, in place
        // (a copy of the leg would copy its growing list of stops passed at every dwell).
        if let last = legs.indices.last, legs[last].kind == .ride {
          legs[last].seconds += seconds
          legs[last].dwellSeconds += seconds
          legs[last].stopsPassed.append(stops[patterns[pattern].stops[position]].id)
        }
        breakdown.inVehicleSeconds += seconds
        breakdown.dwellSeconds += seconds
      case .transferPenalty(let stop):
        legs.append(TripLeg(kind: .transfer, seconds: seconds, at: .stop(stops[stop].id)))
        breakdown.transferSeconds += seconds
      case .stopTransfer(let index, let from, let to):
        legs.append(
          TripLeg(
            kind: .transfer, seconds: seconds, mode: network.stopTransfers[index].mode.rawValue,
            from: .stop(stops[from].id), to: .stop(stops[to].id)))
        breakdown.transferSeconds += seconds
      case .egress(let index):
        let connector = network.connectors[index]
        legs.append(
          TripLeg(
            kind: .egress, seconds: seconds, mode: connector.mode.rawValue,
            from: .stop(connector.stop), to: .place(connector.place)))
        breakdown.egressSeconds += seconds
      case .drive(let index, let reversed):
        let ends = topology.linkEnds[index]
        let (from, to) = reversed ? (ends.to, ends.from) : (ends.from, ends.to)
        appendDrive(&legs, seconds: seconds, from: point(from), to: point(to))
        breakdown.driveSeconds += seconds
      case .parkAndRideDrive(let stop):
        appendDrive(
          &legs, seconds: seconds, from: .place(stops[stop].place), to: .stop(stops[stop].id))
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

  private func lineID(_ pattern: Int) -> LineID { network.lines[patterns[pattern].line].id }

  private func appendDrive(_ legs: inout [TripLeg], seconds: Int32, from: TripPoint, to: TripPoint)
  {
    // Extends the open drive leg in place (a copy would copy its growing list of nodes passed).
    if let last = legs.indices.last, legs[last].kind == .drive, legs[last].to == from {
      legs[last].seconds += seconds
      legs[last].roadNodesPassed.append(RoadNodeID(from.id))
      legs[last].to = to
    } else {
      legs.append(TripLeg(kind: .drive, seconds: seconds, mode: "car", from: from, to: to))
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
