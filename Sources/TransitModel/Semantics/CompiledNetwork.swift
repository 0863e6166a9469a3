import Graph

/// A point where a traveller can stand on foot, and the graph node whose distance is the time to be
/// standing there (isochrones add the off-network walk from it).
public struct EgressPoint: Sendable, Hashable {
  /// Place, stop or junction id.
  public var id: String
  /// WGS-84 degrees.
  public var latitude: Double
  /// WGS-84 degrees.
  public var longitude: Double
  public var node: Int32
}

/// Network + profile + parameters compiled into the expanded graph: arrival and departure sides of
/// stops, boarding and alighting arcs, ride chains, waits, transfers, the car layer and park and ride.
/// See `NetworkCompiler` for how each rule is built in; Networks/README.md for the rules.
public struct CompiledNetwork: Sendable {
  public let network: Network
  public let profile: Profile
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

  public init(network: Network, profile: Profile, parameters: Parameters) {
    var compiler = NetworkCompiler(network: network, profile: profile, parameters: parameters)
    let patterns = compiler.patterns()
    let layout = NodeLayout(
      placeCount: network.places.count, junctionCount: network.junctions.count,
      stopCount: network.stops.count, patternLengths: patterns.map(\.stops.count))
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
    self.network = network
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
    var points: [EgressPoint] = []
    for (index, place) in network.places.enumerated() {
      points.append(
        EgressPoint(
          id: place.id, latitude: place.latitude, longitude: place.longitude,
          node: layout.destination(place: index)))
    }
    if profile.usesCar {
      for (index, junction) in network.junctions.enumerated() {
        points.append(
          EgressPoint(
            id: junction.id, latitude: junction.latitude, longitude: junction.longitude,
            node: layout.parked(junction: index)))
      }
    }
    if profile.usesTransit {
      for (index, stop) in network.stops.enumerated() {
        points.append(
          EgressPoint(
            id: stop.id, latitude: stop.latitude, longitude: stop.longitude,
            node: layout.exit(stop: index)))
      }
    }
    return points
  }

  /// Points where a traveller can start on foot, with the node to start a search from (for trips
  /// toward anchors, in the reverse graph): every place (origin side), every stop entry for transit
  /// profiles, every junction road node for car profiles.
  public var accessPoints: [EgressPoint] {
    var points: [EgressPoint] = []
    for (index, place) in network.places.enumerated() {
      points.append(
        EgressPoint(
          id: place.id, latitude: place.latitude, longitude: place.longitude,
          node: layout.origin(place: index)))
    }
    if profile.usesCar {
      for (index, junction) in network.junctions.enumerated() {
        points.append(
          EgressPoint(
            id: junction.id, latitude: junction.latitude, longitude: junction.longitude,
            node: layout.road(junction: index)))
      }
    }
    if profile.usesTransit {
      for (index, stop) in network.stops.enumerated() {
        points.append(
          EgressPoint(
            id: stop.id, latitude: stop.latitude, longitude: stop.longitude,
            node: layout.entry(stop: index)))
      }
    }
    return points
  }
}
