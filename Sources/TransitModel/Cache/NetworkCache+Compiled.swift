import Graph

/// The compiled structures of a network (`CompiledStructures`), after its source map: how many
/// profiles are stored (none without `build --graphs`, and then nothing more), the ends of every
/// road link and the home connector of every stop once, then per profile its ride patterns, graph,
/// arc roles and reverse graph. Indices are u32; a road node is a place index, or the place count +
/// a junction index.
///
///     profiles   u8 n; when n > 0:
///     link ends  u32 n (= road links), n × (from u32, to u32)
///     home       u32 n (= stops), n × u32 connector (`Network.homeConnectors`; FFFFFFFF: none)
///     then n × profile:
///       profile    u8      `CacheSchema.profiles`
///       patterns   u32 n, n × (line u32, reversed u8, stops: u32 n, n × u32 stop)
///       nodes      u32     the node count of the layout the patterns give
///       arcs       u32 m
///       graph      (nodes + 1) × u32 offsets, m × u32 heads
///       roles      m × (u8 `CacheSchema.ArcRoleKind`, then its indices as u32; `drive` adds
///                  u8 reversed)
///       reverse    (nodes + 1) × u32 offsets, m × u32 heads, m × u32 original arc
///
/// Reading checks every index against the network and the structure it belongs to (a pattern runs
/// over its line's stops; a position is on its pattern; heads are nodes; offsets never decrease),
/// so a structure read back never indexes out of range when it is weighted or searched.
extension CacheWriter {
  /// Appends to `bytes` the compiled structures of `network`: those it carries (read from a
  /// cache: written back as read), else with `includingGraphs` each profile compiled in turn, so
  /// that one profile's graph at a time is held, not four (else none: commands compile).
  static func appendCompiledStructures(
    of validated: ValidatedNetwork, includingGraphs: Bool, to bytes: inout [UInt8]
  ) {
    let stored = validated.compiledStructures
    let profiles = stored?.profiles ?? (includingGraphs ? CacheSchema.profiles : [])
    var head = CacheWriter()
    head.u8(UInt8(profiles.count))
    // The parts every profile shares, only for profiles that need them.
    if !profiles.isEmpty { head.sharedStructures(stored, of: validated.network) }
    bytes.append(contentsOf: head.body)
    for profile in profiles {
      var writer = CacheWriter()
      writer.compiledStructure(
        stored?[profile]
          ?? CompiledNetwork(compiling: validated, profile: profile, parameters: .defaults)
          .structure)
      bytes.append(contentsOf: writer.body)
    }
  }

  /// The road link ends and home connectors, for every profile.
  private mutating func sharedStructures(_ structures: CompiledStructures?, of network: Network) {
    // As read, when read from a cache: what was read writes back the same.
    let linkEnds =
      structures?.linkEnds
      ?? network.roadLinks.map { (from: network.roadNode($0.from), to: network.roadNode($0.to)) }
    let places = network.places.count
    func roadNode(_ node: RoadNode?) -> Int {
      switch node {
      case .place(let index)?: return index
      case .junction(let index)?: return places + index
      case nil: return places + network.junctions.count  // unreachable: the network is validated
      }
    }
    count(linkEnds.count)
    for ends in linkEnds {
      count(roadNode(ends.from))
      count(roadNode(ends.to))
    }
    let homeConnectors = structures?.homeConnectors ?? network.homeConnectors
    count(homeConnectors.count)
    for connector in homeConnectors { u32(connector.map { UInt32($0) } ?? .max) }
  }

  private mutating func compiledStructure(_ structure: CompiledStructure) {
    enumCase(structure.profile, of: CacheSchema.profiles)
    let topology = structure.topology
    count(topology.patterns.count)
    for pattern in topology.patterns {
      count(pattern.line)
      bool(pattern.reversed)
      count(pattern.stops.count)
      for stop in pattern.stops { count(stop) }
    }
    count(topology.layout.nodeCount)
    count(structure.graph.arcCount)
    graphStructure(structure.graph)
    for role in topology.arcRoles { arcRole(role) }
    let reverse = structure.reversal.value
    graphStructure(reverse.graph)
    int32s(reverse.originalArc)
  }

  private mutating func graphStructure(_ graph: CSRGraph) {
    int32s(graph.rowOffsets)
    int32s((0..<graph.arcCount).lazy.map { graph.target(ofArc: $0) })
  }

  private mutating func arcRole(_ role: ArcRole) {
    let parts = role.parts
    u8(parts.kind.rawValue)
    count(parts.first)
    if parts.kind == .drive {
      bool(parts.second != 0)
      return
    }
    if parts.kind.indexCount > 1 { count(parts.second) }
    if parts.kind.indexCount > 2 { count(parts.third) }
  }
}

/// The compiled structures as read from a cache: checked in place when the cache is read, kept
/// encoded (a copy of their bytes) and decoded when a profile is asked for. A command that uses
/// one profile, or none (`validate`), decodes no more; the checks still refuse a damaged cache
/// before anything is used.
struct EncodedStructures: Sendable {
  /// One profile's structure: what decoding its arrays needs.
  struct Entry: Sendable {
    let profile: Profile
    let patterns: [RidePattern]
    let layout: NodeLayout
    let arcCount: Int
    /// Where its graph's offsets start in the cache.
    let offset: Int
  }

  /// The cache's bytes from the compiled structures on, read into an array of their own
  /// (`CacheReader.restOfContent`): the entries' offsets are into them.
  let bytes: [UInt8]
  let entries: [Profile: Entry]
  let network: Network
  /// The ends of every road link, shared by the profiles with a car layer.
  let linkEnds: [(from: RoadNode, to: RoadNode)]
  /// `Network.homeConnectors`, for weighting without looking connectors up again.
  let homeConnectors: [Int?]

  /// The structure of `profile`, decoded; nil when none is stored (or, which reading rules out, it
  /// does not decode).
  func structure(_ profile: Profile) -> CompiledStructure? {
    guard let entry = entries[profile] else { return nil }
    return bytes.withUnsafeBytes { buffer in
      var reader = CacheReader(buffer, offset: entry.offset)
      return try? reader.structure(entry, network: network, linkEnds: linkEnds)
    }
  }
}

extension CacheReader {
  /// Reads and checks the compiled structures of `network`; their arrays stay encoded in `file`,
  /// the bytes this reader reads, from the structures on (`EncodedStructures`).
  mutating func compiledStructures(of network: Network, file: [UInt8]) throws(NetworkCacheError)
    -> CompiledStructures
  {
    let profiles = Int(try u8())
    guard profiles > 0 else { return CompiledStructures([]) }
    let linkCount = try count(minimumSize: 8)
    guard linkCount == network.roadLinks.count else {
      throw damaged("\(linkCount) road link ends for \(network.roadLinks.count) road links")
    }
    let places = network.places.count
    let roadNodes = places + network.junctions.count
    let ends = try int32s(2 * linkCount).map { Int(UInt32(bitPattern: $0)) }
    guard ends.allSatisfy({ $0 < roadNodes }) else { throw damaged("a road node out of range") }
    func roadNode(_ node: Int) -> RoadNode {
      node < places ? .place(node) : .junction(node - places)
    }
    let linkEnds = (0..<linkCount).map {
      (from: roadNode(ends[2 * $0]), to: roadNode(ends[2 * $0 + 1]))
    }
    let stopCount = try count(minimumSize: 4)
    guard stopCount == network.stops.count else {
      throw damaged("\(stopCount) home connectors for \(network.stops.count) stops")
    }
    let homeConnectors = try int32s(stopCount).map { value -> Int? in
      value == -1 ? nil : Int(UInt32(bitPattern: value))
    }
    guard homeConnectors.allSatisfy({ $0.map { $0 < network.connectors.count } ?? true }) else {
      throw damaged("a home connector out of range")
    }
    var entries: [Profile: EncodedStructures.Entry] = [:]
    for _ in 0..<profiles {
      let entry = try checkedStructure(of: network, linkEnds: linkEnds.count)
      guard entries[entry.profile] == nil else {
        throw damaged("the profile \(entry.profile) stored twice")
      }
      entries[entry.profile] = entry
    }
    return CompiledStructures(
      encoded: EncodedStructures(
        bytes: file, entries: entries, network: network, linkEnds: linkEnds,
        homeConnectors: homeConnectors))
  }

  /// Reads one profile's structure, checking every array in place without decoding it.
  private mutating func checkedStructure(of network: Network, linkEnds: Int)
    throws(NetworkCacheError) -> EncodedStructures.Entry
  {
    let profile = try enumCase(of: CacheSchema.profiles)
    let patterns = try ridePatterns(of: network)
    let nodes =
      3 * network.places.count + 2 * network.junctions.count + 5 * network.stops.count
      + patterns.reduce(0) { $0 + 2 * $1.stops.count }
    guard Int(try u32()) == nodes, nodes < Int(Int32.max) else {
      throw damaged("a compiled graph whose node count is not its layout's")
    }
    let layout = NodeLayout(
      placeCount: network.places.count, junctionCount: network.junctions.count,
      stopCount: network.stops.count, patternLengths: patterns.map { $0.stops.count })
    // Each arc takes at least 17 bytes: its head and reverse head, its role and original arc.
    let arcCount = try count(minimumSize: 17)
    let entry = EncodedStructures.Entry(
      profile: profile, patterns: patterns, layout: layout, arcCount: arcCount,
      offset: offset)
    try checkGraph(nodes: nodes, arcs: arcCount)
    let bounds = RoleBounds(
      network: network, patterns: patterns, linkEnds: profile.usesCar ? linkEnds : 0)
    for _ in 0..<arcCount { _ = try arcRole(bounds) }
    try checkGraph(nodes: nodes, arcs: arcCount)
    try checkArcIndices(arcCount)
    return entry
  }

  /// Decodes the structure `entry` describes (checked when the cache was read), from its graph's
  /// offsets on.
  fileprivate mutating func structure(
    _ entry: EncodedStructures.Entry, network: Network,
    linkEnds: [(from: RoadNode, to: RoadNode)]
  ) throws(NetworkCacheError) -> CompiledStructure {
    let nodes = entry.layout.nodeCount
    let arcCount = entry.arcCount
    let graph = try graphStructure(nodes: nodes, arcs: arcCount)
    let bounds = RoleBounds(
      network: network, patterns: entry.patterns,
      linkEnds: entry.profile.usesCar ? linkEnds.count : 0)
    var roles = ArcRoles()
    roles.reserveCapacity(arcCount)
    for _ in 0..<arcCount { roles.append(try arcRole(bounds)) }
    let reverse = try graphStructure(nodes: nodes, arcs: arcCount)
    let reverseOriginalArc = Array(try int32s(arcCount))
    return CompiledStructure(
      profile: entry.profile, graph: graph,
      reversal: LazyReverseGraph(ReverseGraph(graph: reverse, originalArc: reverseOriginalArc)),
      topology: GraphTopology(
        layout: entry.layout, patterns: entry.patterns, arcRoles: roles,
        linkEnds: entry.profile.usesCar ? linkEnds : []))
  }

  /// Ride patterns, each over its line's stops (as many, each a stop of the network).
  private mutating func ridePatterns(of network: Network) throws(NetworkCacheError)
    -> [RidePattern]
  {
    let count = try self.count(minimumSize: 9)
    var patterns: [RidePattern] = []
    patterns.reserveCapacity(count)
    for _ in 0..<count {
      let line = Int(try u32())
      let reversed = try bool()
      let stopCount = try self.count(minimumSize: 4)
      guard line < network.lines.count, stopCount == network.lines.rows[line].stops.count else {
        throw damaged("a ride pattern that is not over its line's stops")
      }
      let stops = try int32s(stopCount).map { Int(UInt32(bitPattern: $0)) }
      guard stops.allSatisfy({ $0 < network.stops.count }) else {
        throw damaged("a ride pattern stop out of range")
      }
      patterns.append(RidePattern(line: line, reversed: reversed, stops: stops))
    }
    return patterns
  }

  /// Checks a graph's offsets and heads in place (`CSRGraph.isStructure`).
  private mutating func checkGraph(nodes: Int, arcs: Int) throws(NetworkCacheError) {
    let offsets = try int32View(nodes + 1)
    let targets = try int32View(arcs)
    guard CSRGraph.isStructure(offsets: offsets, targets: targets) else {
      throw damaged("a compiled graph whose offsets or arc heads are out of order or range")
    }
  }

  private mutating func graphStructure(nodes: Int, arcs: Int) throws(NetworkCacheError)
    -> CSRGraph
  {
    let offsets = try int32s(nodes + 1)
    let targets = try int32s(arcs)
    guard let graph = CSRGraph(offsets: offsets, targets: targets) else {
      throw damaged("a compiled graph whose offsets or arc heads are out of order or range")
    }
    return graph
  }

  /// Checks `count` arc indices in place: each below `count`.
  private mutating func checkArcIndices(_ count: Int) throws(NetworkCacheError) {
    guard try int32View(count).allSatisfy({ $0 >= 0 && Int($0) < count }) else {
      throw damaged("an arc index out of range")
    }
  }

  /// What the indices of an arc role may be: one of each table, a position on its pattern.
  private struct RoleBounds {
    let places: Int
    let junctions: Int
    let stops: Int
    let connectors: Int
    let stopTransfers: Int
    let linkEnds: Int
    let patternLengths: [Int]

    init(network: Network, patterns: [RidePattern], linkEnds: Int) {
      places = network.places.count
      junctions = network.junctions.count
      stops = network.stops.count
      connectors = network.connectors.count
      stopTransfers = network.stopTransfers.count
      self.linkEnds = linkEnds
      patternLengths = patterns.map { $0.stops.count }
    }
  }

  private mutating func arcRole(_ bounds: RoleBounds) throws(NetworkCacheError) -> ArcRole {
    let tag = try u8()
    guard let kind = CacheSchema.ArcRoleKind(rawValue: tag) else {
      throw damaged("an unknown arc role \(tag)")
    }
    func index(below limit: Int) throws(NetworkCacheError) -> Int {
      let value = Int(try u32())
      guard value < limit else { throw damaged("an arc role index out of range") }
      return value
    }
    /// A pattern and a position on it (`stopsAfter`: positions that many from its last stop).
    func onPattern(stopsAfter: Int = 0) throws(NetworkCacheError) -> (Int, Int) {
      let pattern = try index(below: bounds.patternLengths.count)
      return (pattern, try index(below: bounds.patternLengths[pattern] - stopsAfter))
    }
    switch kind {
    case .stay: return .stay(place: try index(below: bounds.places))
    case .access: return .access(connector: try index(below: bounds.connectors))
    case .boardingOverhead: return .boardingOverhead(stop: try index(below: bounds.stops))
    case .wait:
      let (pattern, position) = try onPattern()
      return .wait(pattern: pattern, position: position)
    case .ride:
      let (pattern, position) = try onPattern(stopsAfter: 1)
      return .ride(pattern: pattern, position: position)
    case .dwell:
      let (pattern, position) = try onPattern()
      return .dwell(pattern: pattern, position: position)
    case .alight:
      let (pattern, position) = try onPattern()
      return .alight(pattern: pattern, position: position)
    case .transferPenalty: return .transferPenalty(stop: try index(below: bounds.stops))
    case .alightingOverhead: return .alightingOverhead(stop: try index(below: bounds.stops))
    case .stopTransfer:
      return .stopTransfer(
        transfer: try index(below: bounds.stopTransfers), from: try index(below: bounds.stops),
        to: try index(below: bounds.stops))
    case .egress: return .egress(connector: try index(below: bounds.connectors))
    case .startCar: return .startCar(place: try index(below: bounds.places))
    case .drive: return .drive(link: try index(below: bounds.linkEnds), reversed: try bool())
    case .parkAtPlace: return .parkAtPlace(place: try index(below: bounds.places))
    case .parkAtJunction: return .parkAtJunction(junction: try index(below: bounds.junctions))
    case .parkAndRideDrive: return .parkAndRideDrive(stop: try index(below: bounds.stops))
    case .parkAndRideParking: return .parkAndRideParking(stop: try index(below: bounds.stops))
    }
  }
}
