import Graph

/// The arcs of the expanded graph as the compiler adds them, before the graph is built: endpoints
/// and roles in added order. Kept only while building or comparing structures.
struct CompiledArcs {
  let layout: NodeLayout
  let patterns: [RidePattern]
  /// Tail in the high 32 bits, head in the low 32.
  var endpoints: [UInt64]
  var roles: ArcRoles
  /// The ends of each road link (car layer only).
  let linkEnds: [(from: RoadNode, to: RoadNode)]

  init(network: ValidatedNetwork, profile: Profile) {
    var compiler = NetworkCompiler(network: network, profile: profile)
    let patterns = compiler.patterns()
    let layout = NodeLayout(
      placeCount: network.network.places.count, junctionCount: network.network.junctions.count,
      stopCount: network.network.stops.count, patternLengths: patterns.map { $0.stops.count })
    compiler.build(layout: layout, patterns: patterns)
    self.layout = layout
    self.patterns = patterns
    self.endpoints = compiler.endpoints
    self.roles = compiler.roles
    self.linkEnds = compiler.linkEnds
  }

  /// The graph of these arcs weighed by `weights`, and for each of its arcs the index it was added
  /// at. The endpoint pairs are handed to the graph's build, which packs the arcs in their storage,
  /// so they are used up (empty after).
  mutating func buildGraph(weights: ArcWeights) -> (graph: CSRGraph, inputArc: [Int32]) {
    let pairs = endpoints
    endpoints = []
    return CSRGraph.build(nodeCount: layout.nodeCount, endpoints: pairs) {
      weights.seconds(roles[$0])
    }
  }
}

/// The structure of the expanded graph of one network for one profile, as built: node numbering,
/// ride patterns and what each arc of the graph means. Built once; the weights are derived from the
/// roles (`ArcWeights`), so a run with other parameters or figures re-weights the same structure.
/// Made by the compiler (`CompiledNetwork.init(compiling:profile:parameters:)`) or read back from
/// a cache, its parts checked against each other and the network by the reader.
struct GraphTopology: Sendable {
  let layout: NodeLayout
  let patterns: [RidePattern]
  /// The role of each arc of the built graph, by its arc index.
  let arcRoles: ArcRoles
  /// The ends of each road link (car layer only), so trip legs name them without a lookup by id.
  let linkEnds: [(from: RoadNode, to: RoadNode)]

  /// The weights of the arcs of the built graph, by arc index (`homeConnectors`: see
  /// `ArcWeights`).
  func weights(_ network: Network, _ parameters: Parameters, homeConnectors: [Int?]? = nil)
    -> [Int32]
  {
    let weights = ArcWeights(
      network: network, parameters: parameters, patterns: patterns,
      homeConnectors: homeConnectors)
    return arcRoles.map(weights.seconds)
  }

  /// Whether `arcs` build exactly `graph` (built with this topology): same nodes, and every arc
  /// with the same endpoints and meaning at the same index. The order the graph's build puts
  /// `arcs` in is computed again rather than kept from the build (at province size, 4 bytes on
  /// each of millions of arcs of every profile, for the rare run that edits a network).
  func hasSameStructure(as arcs: CompiledArcs, graph: CSRGraph) -> Bool {
    guard layout == arcs.layout, patterns == arcs.patterns, arcs.roles.count == arcRoles.count,
      arcs.endpoints.count == graph.arcCount
    else { return false }
    let order = CSRGraph.arcOrder(nodeCount: layout.nodeCount, endpoints: arcs.endpoints)
    for node in 0..<Int32(graph.nodeCount) {
      for arc in graph.arcRange(from: node) {
        let added = Int(order[arc])
        let ends =
          UInt64(UInt32(bitPattern: node)) << 32
          | UInt64(UInt32(bitPattern: graph.target(ofArc: arc)))
        guard arcs.endpoints[added] == ends, arcs.roles[added] == arcRoles[arc] else {
          return false
        }
      }
    }
    return true
  }
}
