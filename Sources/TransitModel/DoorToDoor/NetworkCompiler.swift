import Graph

/// Builds the structure of the expanded graph of a network for one profile: its nodes and arcs, and
/// what each arc means (`ArcRole`). No figure enters here: the seconds of every arc come from its
/// role, the network and the parameters (`ArcWeights`), so other parameters or an edit that only
/// changes times re-weight the same structure.
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
  /// The network's references as indices, resolved once for every profile.
  let references: ResolvedReferences
  /// Arc endpoints, in the order the arcs were added: tail in the high 32 bits, head in the low.
  private(set) var endpoints: [UInt64] = []
  /// What each arc means, in the same order.
  private(set) var roles = ArcRoles()
  /// The ends of each road link, resolved (empty when the profile has no car layer).
  private(set) var linkEnds: [(from: RoadNode, to: RoadNode)] = []

  /// Compiling needs a validated network: every id resolves, every line has two stops or more.
  init(network: ValidatedNetwork, profile: Profile) {
    self.network = network.network
    self.profile = profile
    self.references = network.references
  }

  /// The ride patterns of the lines this profile rides, sorted by line id, forward before reverse.
  func patterns() -> [RidePattern] {
    var result: [RidePattern] = []
    // Lines are read field by field in place: a copy of each would retain its texts and stops.
    let lines = network.lines.rows
    for lineIndex in lines.indices where profile.allows(lines[lineIndex].lineClass) {
      // A validated network: every stop resolves and every line has at least two.
      let stopIndices = references.lineStops[lineIndex]
      result.append(RidePattern(line: lineIndex, reversed: false, stops: stopIndices))
      if lines[lineIndex].directions == .both {
        result.append(RidePattern(line: lineIndex, reversed: true, stops: stopIndices.reversed()))
      }
    }
    return result
  }

  private mutating func add(_ from: Int32, _ to: Int32, _ role: ArcRole) {
    endpoints.append(UInt64(UInt32(bitPattern: from)) << 32 | UInt64(UInt32(bitPattern: to)))
    roles.append(role)
  }

  /// Adds every arc of the profile over `layout`.
  mutating func build(layout: NodeLayout, patterns: [RidePattern]) {
    let count = arcCount(patterns)
    endpoints.reserveCapacity(count)
    roles.reserveCapacity(count)
    defer { assert(endpoints.count == count, "arcCount(_:) and build(layout:patterns:) disagree") }
    for place in network.places.indices {
      add(layout.origin(place: place), layout.destination(place: place), .stay(place: place))
    }
    if profile.usesCar { buildCarLayer(layout) }
    if profile.usesTransit { buildTransitLayer(layout, patterns) }
  }

  /// As many arcs as `build` adds, so the arc arrays are allocated once and hold no spare room
  /// (a province-size graph has millions of arcs; an upper bound was a quarter too many).
  private func arcCount(_ patterns: [RidePattern]) -> Int {
    var count = network.places.count
    if profile.usesCar {
      let twoWayLinks = network.roadLinks.rows.lazy.filter { !$0.oneway }.count
      count += 2 * network.places.count + network.junctions.count
      count += network.roadLinks.count + twoWayLinks
      if profile == .any { count += 2 * parkAndRideStops().count }
    }
    if profile.usesTransit {
      count += 3 * network.stops.count + 2 * network.connectors.count
      count += 2 * network.stopTransfers.count
      // Along n stops: n - 1 waits, rides and alightings, and n - 2 dwells.
      for pattern in patterns { count += max(0, 4 * pattern.stops.count - 5) }
    }
    return count
  }

  /// The stops with park and ride: those marked so that a place reaches by a connector.
  private func parkAndRideStops() -> [Int] {
    network.stops.indices.filter {
      network.stops[$0].parkAndRide && references.homeConnectors[$0] != nil
    }
  }

  /// The graph node of a road node.
  private func node(_ roadNode: RoadNode, _ layout: NodeLayout) -> Int32 {
    switch roadNode {
    case .place(let place): return layout.road(place: place)
    case .junction(let junction): return layout.road(junction: junction)
    }
  }

  private mutating func buildCarLayer(_ layout: NodeLayout) {
    for place in network.places.indices {
      add(layout.origin(place: place), layout.road(place: place), .startCar(place: place))
      add(layout.road(place: place), layout.destination(place: place), .parkAtPlace(place: place))
    }
    for junction in network.junctions.indices {
      add(
        layout.road(junction: junction), layout.parked(junction: junction),
        .parkAtJunction(junction: junction))
    }
    linkEnds = references.linkEnds
    let links = network.roadLinks
    for index in links.indices {
      let from = node(linkEnds[index].from, layout)
      let to = node(linkEnds[index].to, layout)
      add(from, to, .drive(link: index, reversed: false))
      if !links[index].oneway { add(to, from, .drive(link: index, reversed: true)) }
    }
    if profile == .any { buildParkAndRide(layout) }
  }

  /// Park and ride: from the road node of the stop's place to the stop's parking (the drive takes
  /// the shortest connector between the two, `ArcWeights`), then parking into the stop's entry.
  private mutating func buildParkAndRide(_ layout: NodeLayout) {
    for stopIndex in parkAndRideStops() {
      let place = references.stopPlaces[stopIndex]
      add(
        layout.road(place: place), layout.parking(stop: stopIndex),
        .parkAndRideDrive(stop: stopIndex))
      add(
        layout.parking(stop: stopIndex), layout.entry(stop: stopIndex),
        .parkAndRideParking(stop: stopIndex))
    }
  }

  private mutating func buildTransitLayer(_ layout: NodeLayout, _ patterns: [RidePattern]) {
    for index in network.stops.indices {
      add(layout.entry(stop: index), layout.departure(stop: index), .boardingOverhead(stop: index))
      add(layout.arrival(stop: index), layout.exit(stop: index), .alightingOverhead(stop: index))
      add(layout.arrival(stop: index), layout.departure(stop: index), .transferPenalty(stop: index))
    }
    for index in network.connectors.indices {
      let place = references.connectorPlaces[index]
      let stop = references.connectorStops[index]
      add(layout.origin(place: place), layout.entry(stop: stop), .access(connector: index))
      add(layout.exit(stop: stop), layout.destination(place: place), .egress(connector: index))
    }
    for index in network.stopTransfers.indices {
      let (from, to) = references.transferStops[index]
      add(
        layout.exit(stop: from), layout.entry(stop: to),
        .stopTransfer(transfer: index, from: from, to: to))
      add(
        layout.exit(stop: to), layout.entry(stop: from),
        .stopTransfer(transfer: index, from: to, to: from))
    }
    for (p, pattern) in patterns.enumerated() {
      let last = pattern.stops.count - 1
      for (position, stop) in pattern.stops.enumerated() {
        let arriving = layout.onBoardArriving(pattern: p, position: position)
        let departing = layout.onBoardDeparting(pattern: p, position: position)
        if position < last {
          add(layout.departure(stop: stop), departing, .wait(pattern: p, position: position))
          let next = layout.onBoardArriving(pattern: p, position: position + 1)
          add(departing, next, .ride(pattern: p, position: position))
        }
        if position > 0 {
          add(arriving, layout.arrival(stop: stop), .alight(pattern: p, position: position))
          if position < last {
            add(arriving, departing, .dwell(pattern: p, position: position))
          }
        }
      }
    }
  }
}
