import Graph

/// Network + profile + parameters compiled into the expanded graph: arrival and departure sides of
/// stops, boarding and alighting arcs, ride chains, waits, transfers, the car layer and park and ride.
/// See `NetworkCompiler` for how each rule is built in; Networks/README.md for the rules.
public struct CompiledNetwork: Sendable {
  /// The network as compiled; its array indices are the place and stop indices of every query.
  public let network: Network
  /// What the traveller may use: decides which layers and lines are in the graph.
  public let profile: Profile
  /// The figures baked into the arc weights.
  public let parameters: Parameters
  /// The expanded graph; arc weights in seconds.
  public let graph: CSRGraph
  /// Every arc flipped (for searches toward a destination).
  public let reverse: CSRGraph
  /// For each arc of `reverse`, the index of the arc of `graph` it flips.
  let reverseOriginalArc: [Int32]
  /// The role of each arc of `graph`, by arc index.
  let arcRoles: [ArcRole]
  let layout: NodeLayout
  let patterns: [RidePattern]

  /// Compiles a validated network (only `Network.validated` and `NetworkLoader.load` make one, so
  /// an unresolved id never reaches the travel-time rules).
  public init(network: ValidatedNetwork, profile: Profile, parameters: Parameters) {
    var compiler = NetworkCompiler(network: network, profile: profile, parameters: parameters)
    let patterns = compiler.patterns()
    let layout = NodeLayout(
      placeCount: network.network.places.count, junctionCount: network.network.junctions.count,
      stopCount: network.network.stops.count, patternLengths: patterns.map(\.stops.count))
    compiler.build(layout: layout, patterns: patterns)
    // CSRGraph orders arcs stably by (from, to, input order); ordering them the same way here makes
    // arc index i of the graph the i-th role.
    let order = compiler.arcs.indices.sorted {
      let a = compiler.arcs[$0]
      let b = compiler.arcs[$1]
      return (a.from, a.to, $0) < (b.from, b.to, $1)
    }
    let arcs = order.map { compiler.arcs[$0] }
    self.arcRoles = order.map { compiler.roles[$0] }
    self.graph = CSRGraph(nodeCount: layout.nodeCount, arcs: arcs)
    for (index, arc) in arcs.enumerated() {
      precondition(
        graph.target(ofArc: index) == arc.to && graph.weight(ofArc: index) == arc.weight,
        "CSRGraph arc order differs from (from, to, input order)")
    }
    let reversed = graph.reversed()
    self.reverse = reversed.graph
    self.reverseOriginalArc = reversed.originalArc
    self.network = network.network
    self.profile = profile
    self.parameters = parameters
    self.layout = layout
    self.patterns = patterns
  }

  /// Where trips from a place start.
  public func originNode(ofPlace place: Int) -> Int32 { layout.origin(place: place) }

  /// Where trips to a place end.
  public func destinationNode(ofPlace place: Int) -> Int32 { layout.destination(place: place) }

  /// Points where a traveller can be on foot after travelling: every place (destination side), every
  /// stop exit (after the alighting overhead) for transit profiles, every junction after parking for
  /// car profiles. Sorted: places, junctions, stops, each by id.
  public var egressPoints: [EgressPoint] {
    standingPoints(
      place: layout.destination(place:), junction: layout.parked(junction:),
      stop: layout.exit(stop:))
  }

  /// Points where a traveller can start on foot, with the node to start a search from (for trips
  /// toward anchors, in the reverse graph): every place (origin side), every stop entry for transit
  /// profiles, every junction road node for car profiles. Same order as `egressPoints`.
  public var accessPoints: [EgressPoint] {
    standingPoints(
      place: layout.origin(place:), junction: layout.road(junction:), stop: layout.entry(stop:))
  }

  /// Every place, then (car profiles) every junction, then (transit profiles) every stop, each
  /// paired with the node the given function picks for it.
  private func standingPoints(
    place placeNode: (Int) -> Int32, junction junctionNode: (Int) -> Int32,
    stop stopNode: (Int) -> Int32
  ) -> [EgressPoint] {
    var points = network.places.enumerated().map { index, place in
      EgressPoint(
        id: place.id.rawValue, latitude: place.latitude, longitude: place.longitude,
        node: placeNode(index))
    }
    if profile.usesCar {
      points += network.junctions.enumerated().map { index, junction in
        EgressPoint(
          id: junction.id.rawValue, latitude: junction.latitude, longitude: junction.longitude,
          node: junctionNode(index))
      }
    }
    if profile.usesTransit {
      points += network.stops.enumerated().map { index, stop in
        EgressPoint(
          id: stop.id.rawValue, latitude: stop.latitude, longitude: stop.longitude,
          node: stopNode(index))
      }
    }
    return points
  }
}
