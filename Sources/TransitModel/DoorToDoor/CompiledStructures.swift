import Graph

/// What compiling a network for one profile yields before any figure: the graph and its reverse
/// (offsets and heads; their weights are not read) and what each arc means. `CompiledNetwork`
/// weights it for any parameters (`ArcWeights`) without compiling again.
struct CompiledStructure: Sendable {
  let profile: Profile
  /// The expanded graph; `CompiledNetwork` replaces its weights.
  let graph: CSRGraph
  /// Every arc of `graph` flipped, built when first needed.
  let reversal: LazyReverseGraph
  /// Nodes, ride patterns and arc roles.
  let topology: GraphTopology
}

/// The compiled structure of every profile of one network: what a network cache stores with the
/// network, so that a command on it weights the graphs instead of compiling them.
///
/// A `ValidatedNetwork` read from a cache carries them (`compiledStructures`), and
/// `CompiledNetwork(network:profile:parameters:)` uses them for that value only: an edited network
/// is a new value without them, so the structure of a base never stands for an edit. Read from a
/// cache, they stay encoded until a profile is asked for (`EncodedStructures`), and are decoded
/// for each `CompiledNetwork` (a small part of what compiling costs): a command pays for the
/// profiles it uses, and holds the decoded arrays only while it uses them.
struct CompiledStructures: Sendable {
  /// Structures compiled here (`build`), by profile.
  private var compiled: [Profile: CompiledStructure] = [:]
  /// Structures read from a cache.
  private var encoded: EncodedStructures?

  init(_ structures: [CompiledStructure]) {
    compiled = Dictionary(structures.map { ($0.profile, $0) }, uniquingKeysWith: { $1 })
  }

  init(encoded: EncodedStructures) {
    self.encoded = encoded
  }

  /// `network` compiled for each of `profiles` (weights from the default parameters, unused).
  init(compiling network: ValidatedNetwork, profiles: [Profile] = Profile.allCases) {
    self.init(
      profiles.map {
        CompiledNetwork(compiling: network, profile: $0, parameters: .defaults).structure
      })
  }

  /// The structure of `profile`, if stored; a profile missing here is compiled when asked for.
  subscript(profile: Profile) -> CompiledStructure? {
    compiled[profile] ?? encoded?.structure(profile)
  }

  /// `Network.homeConnectors` of the network they were compiled from, when stored with them.
  var homeConnectors: [Int?]? { encoded?.homeConnectors }

  /// The ends of every road link of that network, when stored with them.
  var linkEnds: [(from: RoadNode, to: RoadNode)]? { encoded?.linkEnds }

  /// The profiles stored.
  var profiles: [Profile] {
    Profile.allCases.filter { compiled[$0] != nil || encoded?.entries[$0] != nil }
  }
}

extension CompiledNetwork {
  /// The structure of this compiled network, without its weights' meaning.
  var structure: CompiledStructure {
    CompiledStructure(profile: profile, graph: graph, reversal: reversal, topology: topology)
  }
}
