import Graph

/// Door-to-door queries on a compiled network. Holds a reusable search workspace: one engine per
/// thread.
public struct TravelTimeEngine {
  /// The network, profile and parameters every query of this engine uses.
  public let compiled: CompiledNetwork
  /// The search state, reused by every query of this engine.
  var workspace: SearchWorkspace

  public init(_ compiled: CompiledNetwork) {
    self.compiled = compiled
    self.workspace = SearchWorkspace(nodeCount: compiled.graph.nodeCount)
  }

  /// Compiles `network` for `profile` and `parameters`.
  public init(network: ValidatedNetwork, profile: Profile, parameters: Parameters = .defaults) {
    self.init(CompiledNetwork(network: network, profile: profile, parameters: parameters))
  }

  private var placeCount: Int { compiled.network.places.count }

  /// Seconds from the nearest of `anchors` to every place (direction `.from`), or from every place to
  /// the nearest of `anchors` (direction `.to`); nil where unreachable. An anchor's own time is 0.
  /// Invalid anchor indices are ignored.
  public mutating func placeTimes(_ anchors: [Int], direction: TravelDirection) -> [Int32?] {
    search(anchors, direction: direction, predecessors: false)
    return (0..<placeCount).map { workspace.reachedDistance(to: endNode(of: $0, direction)) }
  }

  /// The best trip from one place to another, leg by leg, or nil if unreachable.
  public mutating func trip(from origin: Int, to destination: Int) -> Trip? {
    guard (0..<placeCount).contains(origin), (0..<placeCount).contains(destination) else {
      return nil
    }
    let target = compiled.destinationNode(ofPlace: destination)
    workspace.run(
      on: compiled.graph, from: [SearchSource(node: compiled.originNode(ofPlace: origin))],
      targets: [target], recordPredecessors: true)
    return forwardTrip(origin: origin, destination: destination)
  }

  /// Best trips between every place and the nearest of `anchors` in one search: from the anchors
  /// (`.from`, a forward search) or to them (`.to`, a reverse search with predecessor arcs). Index =
  /// place index; nil where unreachable.
  public mutating func trips(_ anchors: [Int], direction: TravelDirection) -> [Trip?] {
    search(anchors, direction: direction, predecessors: true)
    let anchorNodes = validAnchors(anchors)
    return (0..<placeCount).map { place in
      switch direction {
      case .from:
        guard let origin = originAnchor(of: compiled.destinationNode(ofPlace: place), anchorNodes)
        else {
          return nil
        }
        return forwardTrip(origin: origin, destination: place)
      case .to:
        return reverseTrip(origin: place, anchorNodes)
      }
    }
  }

  /// `trips(_:direction:)` summed up (`TripSummary`): the same figures, from one pass over the
  /// search tree instead of a walk along every trip, and without the legs. Index = place index; nil
  /// where unreachable.
  public mutating func summaries(
    _ anchors: [Int], direction: TravelDirection, estimated: EstimatedRows
  ) -> [TripSummary?] {
    search(anchors, direction: direction, predecessors: true)
    let anchorPlaces = validAnchors(anchors)
    let tree = TripSummaryTree(
      compiled, workspace: workspace, direction: direction, estimated: estimated)
    return (0..<placeCount).map { place in
      let node = endNode(of: place, direction)
      guard let seconds = workspace.reachedDistance(to: node),
        let index = workspace.sourceIndex(of: node), anchorPlaces.indices.contains(Int(index))
      else { return nil }
      let anchor = anchorPlaces[Int(index)]
      let (origin, destination) = direction == .from ? (anchor, place) : (place, anchor)
      return tree.summary(
        ofNode: node, origin: origin, destination: destination, totalSeconds: seconds,
        network: compiled.network)
    }
  }

  /// All places × all places, door-to-door seconds. Rows are searched in parallel by the Graph batch
  /// runner and land in place order, so the result does not depend on the thread count.
  public func matrix(threadCount: Int? = nil) -> TravelTimeMatrix {
    let count = placeCount
    let origins = (0..<count).map { compiled.originNode(ofPlace: $0) }
    let targets = (0..<count).map { compiled.destinationNode(ofPlace: $0) }
    let runner = BatchRunner(graph: compiled.graph, threadCount: threadCount)
    return TravelTimeMatrix(
      count: count, seconds: runner.distanceMatrix(from: origins, to: targets).seconds)
  }

  // MARK: - Searches and paths

  private func validAnchors(_ anchors: [Int]) -> [Int] {
    Array(Set(anchors.filter { (0..<placeCount).contains($0) })).sorted()
  }

  private func endNode(of place: Int, _ direction: TravelDirection) -> Int32 {
    direction == .from
      ? compiled.destinationNode(ofPlace: place) : compiled.originNode(ofPlace: place)
  }

  private mutating func search(_ anchors: [Int], direction: TravelDirection, predecessors: Bool) {
    let start = compiled.searchStart(at: validAnchors(anchors), direction: direction)
    workspace.run(on: start.graph, from: start.sources, recordPredecessors: predecessors)
  }

  /// The anchor place whose origin node the path to `node` starts from.
  private func originAnchor(of node: Int32, _ anchors: [Int]) -> Int? {
    guard workspace.reachedDistance(to: node) != nil,
      let index = workspace.sourceIndex(of: node), anchors.indices.contains(Int(index))
    else { return nil }
    return anchors[Int(index)]
  }

  /// The trip along the path the last forward search found to the destination.
  private func forwardTrip(origin: Int, destination: Int) -> Trip? {
    let node = compiled.destinationNode(ofPlace: destination)
    guard let arcs = workspace.pathArcs(to: node, in: compiled.graph) else { return nil }
    return compiled.trip(origin: origin, destination: destination, arcs: arcs.map { Int($0) })
  }

  /// The trip from the place to its anchor along the path the last reverse search found to the
  /// place's origin: that path runs anchor → origin in the reverse graph, so its arcs, flipped back
  /// and read last to first, are the trip in travel order.
  private func reverseTrip(origin: Int, _ anchors: [Int]) -> Trip? {
    let node = compiled.originNode(ofPlace: origin)
    let reverse = compiled.reverse
    guard let reverseArcs = workspace.pathArcs(to: node, in: reverse.graph),
      let index = workspace.sourceIndex(of: node), anchors.indices.contains(Int(index))
    else { return nil }
    let arcs = reverseArcs.reversed().map { Int(reverse.originalArc[Int($0)]) }
    return compiled.trip(origin: origin, destination: anchors[Int(index)], arcs: arcs)
  }
}
