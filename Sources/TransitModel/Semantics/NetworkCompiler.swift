import Graph

/// Builds the expanded graph of a network for one profile: the arcs with their roles.
///
/// The semantics hold by construction:
/// - a place has an origin node (only leaves) and a destination node (only entered), so no trip passes
///   through a place as a trip end; its road node lets cars drive through towns;
/// - stops have entry, departure side, arrival side and exit: entry → departure pays the boarding
///   overhead, arrival → exit the alighting overhead, arrival → departure (staying inside, changing
///   line) the transfer penalty; the first boarding comes through the entry and pays no penalty;
/// - every boarding (first or transfer) is departure → on board at a cost of the line's wait;
/// - dwell is paid on board only when staying through an intermediate stop;
/// - the car layer is entered only from an origin; the only arcs from cars into transit are park and
///   ride (before the first boarding), and nothing leads from transit back to a car.
struct NetworkCompiler {
  let network: Network
  let profile: Profile
  let parameters: Parameters
  var arcs: [Arc] = []
  var roles: [ArcRole] = []

  /// Compiling needs a validated network: every id resolves, every line has two stops or more.
  init(network: ValidatedNetwork, profile: Profile, parameters: Parameters) {
    self.network = network.network
    self.profile = profile
    self.parameters = parameters
  }

  /// Minutes to whole seconds, rounded half away from zero. Inputs are validated (finite, bounded).
  static func seconds(_ minutes: Double) -> Int32 {
    let value = (minutes * 60).rounded()
    guard value.isFinite else { return Distance.unreachable - 1 }
    return Int32(exactly: min(max(value, 0), 1_000_000_000)) ?? 0
  }

  /// The ride patterns of the lines this profile rides, sorted by line id, forward before reverse.
  func patterns() -> [RidePattern] {
    var result: [RidePattern] = []
    for (lineIndex, line) in network.lines.enumerated() where profile.allows(line.lineClass) {
      // A validated network: every stop resolves and every line has at least two.
      let stopIndices = line.stops.map { network.stopIndex(of: $0.stop)! }
      let headway = line.frequency.headwayMinutes(serviceSpanHours: parameters.serviceSpanHours)
      let wait = Self.seconds(min(headway / 2, parameters.waitCapMinutes))
      let runs = line.stops.map { Self.seconds($0.runMinutes ?? 0) }
      let dwells = line.stops.map {
        Self.seconds($0.dwellMinutes ?? line.dwellMinutes ?? parameters.dwellMinutes)
      }
      result.append(
        RidePattern(
          line: lineIndex, reversed: false, stops: stopIndices, runSeconds: runs,
          dwellSeconds: dwells, waitSeconds: wait))
      if line.directions == .both {
        // Reverse run: the segment k → k+1 of the reverse is the forward segment (n-2-k) → (n-1-k).
        let reversedRuns = [Int32(0)] + Array(runs.dropFirst().reversed())
        result.append(
          RidePattern(
            line: lineIndex, reversed: true, stops: stopIndices.reversed(),
            runSeconds: reversedRuns, dwellSeconds: dwells.reversed(), waitSeconds: wait))
      }
    }
    return result
  }

  private mutating func add(_ from: Int32, _ to: Int32, _ weight: Int32, _ role: ArcRole) {
    arcs.append(Arc(from: from, to: to, weight: weight))
    roles.append(role)
  }

  /// Builds every arc for the profile over `layout`.
  mutating func build(layout: NodeLayout, patterns: [RidePattern]) {
    for place in network.places.indices {
      add(layout.origin(place: place), layout.destination(place: place), 0, .stay(place: place))
    }
    if profile.usesCar { buildCarLayer(layout) }
    if profile.usesTransit { buildTransitLayer(layout, patterns) }
  }

  /// The road node of a place or junction id (a validated network resolves every one).
  private func roadNode(_ id: RoadNodeID, _ layout: NodeLayout) -> Int32 {
    switch network.roadNode(id)! {
    case .place(let place): return layout.road(place: place)
    case .junction(let junction): return layout.road(junction: junction)
    }
  }

  /// Driving minutes of a link before congestion: explicit, or length ÷ (link or class speed).
  func drivingMinutes(_ link: RoadLink) -> Double {
    if let minutes = link.minutes { return minutes }
    let speed = link.speedKmh ?? parameters.speedKmh(link.roadClass)
    return link.lengthKm / speed * 60
  }

  private mutating func buildCarLayer(_ layout: NodeLayout) {
    let parking = Self.seconds(parameters.parkingMinutes)
    for place in network.places.indices {
      add(layout.origin(place: place), layout.road(place: place), 0, .startCar(place: place))
      add(
        layout.road(place: place), layout.destination(place: place), parking,
        .parkAtPlace(place: place))
    }
    for junction in network.junctions.indices {
      add(
        layout.road(junction: junction), layout.parked(junction: junction), parking,
        .parkAtJunction(junction: junction))
    }
    for (index, link) in network.roadLinks.enumerated() {
      let from = roadNode(link.from, layout)
      let to = roadNode(link.to, layout)
      let weight = Self.seconds(drivingMinutes(link) * parameters.congestionFactor)
      add(from, to, weight, .drive(link: index, reversed: false))
      if !link.oneway { add(to, from, weight, .drive(link: index, reversed: true)) }
    }
    if profile == .any { buildParkAndRide(layout, parking: parking) }
  }

  /// Park and ride: from the road node of the stop's place, the drive to the station takes the
  /// shortest connector minutes between that place and the stop (× congestion), then parking.
  private mutating func buildParkAndRide(_ layout: NodeLayout, parking: Int32) {
    let driveMinutes = homeConnectorMinutes()
    for (stopIndex, stop) in network.stops.enumerated() where stop.parkAndRide {
      guard let minutes = driveMinutes[stopIndex] else { continue }
      let place = network.placeIndex(of: stop.place)!
      add(
        layout.road(place: place), layout.parking(stop: stopIndex),
        Self.seconds(minutes * parameters.congestionFactor), .parkAndRideDrive(stop: stopIndex))
      add(
        layout.parking(stop: stopIndex), layout.entry(stop: stopIndex), parking,
        .parkAndRideParking(stop: stopIndex))
    }
  }

  /// For each stop, the shortest connector minutes between it and its own place (nil if none), in
  /// one pass over the connectors.
  private func homeConnectorMinutes() -> [Double?] {
    var minutes = [Double?](repeating: nil, count: network.stops.count)
    for connector in network.connectors {
      let stop = network.stopIndex(of: connector.stop)!
      guard network.stops[stop].place == connector.place else { continue }
      minutes[stop] = min(minutes[stop] ?? connector.minutes, connector.minutes)
    }
    return minutes
  }

  private mutating func buildTransitLayer(_ layout: NodeLayout, _ patterns: [RidePattern]) {
    let penalty = Self.seconds(parameters.transferPenaltyMinutes)
    for (index, stop) in network.stops.enumerated() {
      add(
        layout.entry(stop: index), layout.departure(stop: index),
        Self.seconds(parameters.boardingMinutes(stop.kind)), .boardingOverhead(stop: index))
      add(
        layout.arrival(stop: index), layout.exit(stop: index),
        Self.seconds(parameters.alightingMinutes(stop.kind)), .alightingOverhead(stop: index))
      add(
        layout.arrival(stop: index), layout.departure(stop: index), penalty,
        .transferPenalty(stop: index))
    }
    for (index, connector) in network.connectors.enumerated() {
      let place = network.placeIndex(of: connector.place)!
      let stop = network.stopIndex(of: connector.stop)!
      let weight = Self.seconds(connector.minutes)
      add(layout.origin(place: place), layout.entry(stop: stop), weight, .access(connector: index))
      add(
        layout.exit(stop: stop), layout.destination(place: place), weight, .egress(connector: index)
      )
    }
    for (index, transfer) in network.stopTransfers.enumerated() {
      let from = network.stopIndex(of: transfer.fromStop)!
      let to = network.stopIndex(of: transfer.toStop)!
      let weight = Self.seconds(transfer.minutes + parameters.transferPenaltyMinutes)
      add(
        layout.exit(stop: from), layout.entry(stop: to), weight,
        .stopTransfer(transfer: index, from: from, to: to))
      add(
        layout.exit(stop: to), layout.entry(stop: from), weight,
        .stopTransfer(transfer: index, from: to, to: from))
    }
    for (p, pattern) in patterns.enumerated() {
      let last = pattern.stops.count - 1
      for (position, stop) in pattern.stops.enumerated() {
        let arriving = layout.onBoardArriving(pattern: p, position: position)
        let departing = layout.onBoardDeparting(pattern: p, position: position)
        if position < last {
          add(
            layout.departure(stop: stop), departing, pattern.waitSeconds,
            .wait(pattern: p, position: position))
          let next = layout.onBoardArriving(pattern: p, position: position + 1)
          add(
            departing, next, pattern.runSeconds[position + 1], .ride(pattern: p, position: position)
          )
        }
        if position > 0 {
          add(arriving, layout.arrival(stop: stop), 0, .alight(pattern: p, position: position))
          if position < last {
            add(
              arriving, departing, pattern.dwellSeconds[position],
              .dwell(pattern: p, position: position))
          }
        }
      }
    }
  }
}
