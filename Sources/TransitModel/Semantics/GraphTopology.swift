import Graph

/// The structure of the expanded graph of one network for one profile: node numbering, ride
/// patterns, every arc's endpoints and role. Built once; the weights are derived from the roles
/// (`ArcWeights`), so a run with other parameters or figures re-weights the same structure.
struct GraphTopology: Sendable {
  let layout: NodeLayout
  let patterns: [RidePattern]
  /// Arc endpoints in the order the compiler added them (tail high 32 bits, head low 32).
  let endpoints: [UInt64]
  /// Arc roles in the same order.
  let roles: [ArcRole]
  /// The role of each arc of the built graph, by its arc index.
  private(set) var arcRoles: [ArcRole] = []
  /// For each arc of the reverse graph, the arc of the graph it flips.
  private(set) var reverseOriginalArc: [Int32] = []

  init(network: ValidatedNetwork, profile: Profile) {
    var compiler = NetworkCompiler(network: network, profile: profile)
    let patterns = compiler.patterns()
    let layout = NodeLayout(
      placeCount: network.network.places.count, junctionCount: network.network.junctions.count,
      stopCount: network.network.stops.count, patternLengths: patterns.map(\.stops.count))
    compiler.build(layout: layout, patterns: patterns)
    self.layout = layout
    self.patterns = patterns
    self.endpoints = compiler.endpoints
    self.roles = compiler.roles
  }

  /// This topology with the order the graph builder chose (`inputArc`: graph arc → added arc).
  func ordered(inputArc: [Int32], reverseOriginalArc: [Int32]) -> GraphTopology {
    var result = self
    result.arcRoles = inputArc.map { roles[Int($0)] }
    result.reverseOriginalArc = reverseOriginalArc
    return result
  }

  /// The weights of the arcs in the order they were added.
  func inputWeights(_ network: Network, _ parameters: Parameters) -> [Int32] {
    let weights = ArcWeights(network: network, parameters: parameters, patterns: patterns)
    return roles.map(weights.seconds)
  }

  /// The weights of the arcs of the built graph, by arc index.
  func graphWeights(_ network: Network, _ parameters: Parameters) -> [Int32] {
    let weights = ArcWeights(network: network, parameters: parameters, patterns: patterns)
    return arcRoles.map(weights.seconds)
  }

  /// Same nodes, same arcs with the same meanings.
  func hasSameStructure(as other: GraphTopology) -> Bool {
    layout == other.layout && patterns == other.patterns && endpoints == other.endpoints
      && roles == other.roles
  }
}
