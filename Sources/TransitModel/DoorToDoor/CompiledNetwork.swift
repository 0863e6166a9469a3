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
  let graph: CSRGraph
  /// Every arc flipped (for searches toward a destination), built when first needed.
  let reversal: LazyReverseGraph
  /// Nodes, arcs and what each arc means: everything but the weights.
  let topology: GraphTopology

  /// Every arc of `graph` flipped, and for each the arc of `graph` it flips (built on the first
  /// call: read it once, not per arc).
  var reverse: ReverseGraph { reversal.value }
  /// The role of each arc of `graph`, by arc index.
  var arcRoles: ArcRoles { topology.arcRoles }
  var layout: NodeLayout { topology.layout }
  var patterns: [RidePattern] { topology.patterns }

  /// Compiles a validated network (only `Network.validated` and `NetworkLoader.load` make one, so
  /// an unresolved id never reaches the travel-time rules). A network read from a cache carries the
  /// structure of each profile (`ValidatedNetwork.compiledStructures`): it is weighted with
  /// `parameters` instead, which gives the same graph without compiling.
  public init(network: ValidatedNetwork, profile: Profile, parameters: Parameters) {
    if let stored = network.compiledStructures?[profile] {
      self.init(
        network: network.network, structure: stored, parameters: parameters,
        homeConnectors: network.compiledStructures?.homeConnectors)
    } else {
      self.init(compiling: network, profile: profile, parameters: parameters)
    }
  }

  /// Compiles `network` for `profile`, whatever structures it carries.
  init(compiling network: ValidatedNetwork, profile: Profile, parameters: Parameters) {
    var arcs = CompiledArcs(network: network, profile: profile)
    let weights = ArcWeights(network: network, parameters: parameters, patterns: arcs.patterns)
    let built = arcs.buildGraph(weights: weights)
    // What is built is let go as soon as it is used, and the roles are put in the graph's order
    // part by part (a province-size network has millions of arcs).
    var arcRoles = arcs.roles
    arcs.roles = ArcRoles()
    arcRoles.reorder(by: built.inputArc)
    let (layout, patterns, linkEnds) = (arcs.layout, arcs.patterns, arcs.linkEnds)
    self.init(
      network: network.network, profile: profile, parameters: parameters, graph: built.graph,
      reversal: LazyReverseGraph(of: built.graph),
      topology: GraphTopology(
        layout: layout, patterns: patterns, arcRoles: arcRoles, linkEnds: linkEnds))
  }

  private init(
    network: Network, profile: Profile, parameters: Parameters, graph: CSRGraph,
    reversal: LazyReverseGraph, topology: GraphTopology
  ) {
    self.network = network
    self.profile = profile
    self.parameters = parameters
    self.graph = graph
    self.reversal = reversal
    self.topology = topology
  }

  /// The same network and profile with other parameters: new weights on the same graph structure,
  /// without building it again.
  public func reweighted(parameters: Parameters) -> CompiledNetwork {
    reweighted(network, parameters)
  }

  /// Whether `network` has exactly this compiled network's structure for the profile (same rows
  /// in the same places, only figures changed), so `recompiled(for:parameters:)` re-weights.
  public func hasSameStructure(as network: ValidatedNetwork) -> Bool {
    topology.hasSameStructure(as: CompiledArcs(network: network, profile: profile), graph: graph)
  }

  /// `network` compiled for this profile: when only figures differ from the compiled network (a
  /// headway, a speed, run times), the same structure is re-weighted; otherwise it is compiled anew.
  public func recompiled(for network: ValidatedNetwork, parameters: Parameters? = nil)
    -> CompiledNetwork
  {
    recompiledReportingReuse(for: network, parameters: parameters).compiled
  }

  /// `recompiled(for:parameters:)`, and whether the structure was re-weighted rather than compiled
  /// anew.
  public func recompiledReportingReuse(for network: ValidatedNetwork, parameters: Parameters? = nil)
    -> (compiled: CompiledNetwork, reweighted: Bool)
  {
    let parameters = parameters ?? self.parameters
    guard hasSameStructure(as: network) else {
      return (CompiledNetwork(network: network, profile: profile, parameters: parameters), false)
    }
    return (reweighted(network.network, parameters), true)
  }

  private func reweighted(_ network: Network, _ parameters: Parameters) -> CompiledNetwork {
    CompiledNetwork(network: network, structure: structure, parameters: parameters)
  }

  /// `structure`, compiled for `network` (or for one of the same structure), weighted with
  /// `parameters`; `homeConnectors`, when given, are `network`'s (see `ArcWeights`).
  init(
    network: Network, structure: CompiledStructure, parameters: Parameters,
    homeConnectors: [Int?]? = nil
  ) {
    let topology = structure.topology
    let weights = topology.weights(network, parameters, homeConnectors: homeConnectors)
    let graph = structure.graph.reweighted(weights)
    self.init(
      network: network, profile: structure.profile, parameters: parameters, graph: graph,
      reversal: structure.reversal.reweighted(weights, forward: graph), topology: topology)
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
