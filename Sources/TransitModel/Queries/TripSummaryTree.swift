import Graph

/// The summaries of the best trips to every node of one search's shortest-path tree, built in one
/// pass over the nodes in the order they were settled: a node's summary is its parent's plus the
/// contribution of the arc between them (`ArcContribution`), so a coverage report costs what the
/// search costs, not the sum of the trips' lengths (on a network of 74,000 places, trips across
/// hundreds of road links each).
///
/// A forward search (`.from`) appends each arc to the end of the trip; a reverse search (`.to`)
/// meets the arcs last to first, and puts each in front. The lines ridden are kept as shared
/// lists (each node one entry more than its parent at most), in travel order once read out.
struct TripSummaryTree {
  private var breakdowns: [TripBreakdown]
  private var boardings: [Int32]
  private var estimated: [Int32]
  /// Head of the node's list of ride legs' lines (index into `listLine`), -1 for none; the list
  /// runs from the growing end of the trip (the last leg for `.from`, the first for `.to`).
  private var listHead: [Int32]
  /// Line index of the ride leg open at the growing end, -1 when that end is not a ride.
  private var openLine: [Int32]
  private var listLine: [Int32] = []
  private var listNext: [Int32] = []
  private let direction: TravelDirection

  /// Builds the tree of the last search `workspace` ran on `compiled` in `direction` (with
  /// predecessors), judging estimated rows by `estimated`.
  init(
    _ compiled: CompiledNetwork, workspace: SearchWorkspace, direction: TravelDirection,
    estimated: EstimatedRows
  ) {
    let nodeCount = compiled.graph.nodeCount
    breakdowns = [TripBreakdown](repeating: TripBreakdown(), count: nodeCount)
    boardings = [Int32](repeating: 0, count: nodeCount)
    self.estimated = [Int32](repeating: 0, count: nodeCount)
    listHead = [Int32](repeating: -1, count: nodeCount)
    openLine = [Int32](repeating: -1, count: nodeCount)
    self.direction = direction
    let reverse = direction == .to ? compiled.reverse : nil
    let searched = reverse?.graph ?? compiled.graph
    workspace.withSettledNodes { settled in
      for node in settled {
        guard let arc = workspace.predecessorArc(of: node) else { continue }
        let parent = Int(searched.source(ofArc: Int(arc)))
        let original = reverse.map { Int($0.originalArc[Int(arc)]) } ?? Int(arc)
        add(compiled.contribution(ofArc: original), to: Int(node), after: parent, estimated)
      }
    }
  }

  private mutating func add(
    _ step: ArcContribution, to node: Int, after parent: Int, _ rows: EstimatedRows
  ) {
    var breakdown = breakdowns[parent]
    var count = Int(boardings[parent])
    breakdown.add(step, boardings: &count)
    breakdowns[node] = breakdown
    boardings[node] = Int32(count)
    var seconds = estimated[parent]
    if let figure = step.figure, rows.contains(figure.row) { seconds += figure.seconds }
    estimated[node] = seconds
    listHead[node] = listHead[parent]
    switch (step.part, step.rideLine) {
    case (.inVehicle, let line?):
      // A ride starts a ride leg unless the leg at the growing end is a ride of its line.
      if openLine[parent] != Int32(line) {
        listLine.append(Int32(line))
        listNext.append(listHead[parent])
        listHead[node] = Int32(listLine.count - 1)
      }
      openLine[node] = Int32(line)
    case (.dwell, let line?):
      openLine[node] = Int32(line)
    case (.none, _):
      openLine[node] = openLine[parent]
    default:
      openLine[node] = -1
    }
  }

  /// The summary of the trip to (`.from`) or from (`.to`) `node`, between `origin` and
  /// `destination`; `totalSeconds` is the search's distance.
  func summary(
    ofNode node: Int32, origin: Int, destination: Int, totalSeconds: Int32, network: Network
  ) -> TripSummary {
    let index = Int(node)
    var lines: [LineID] = []
    var entry = listHead[index]
    while entry >= 0 {
      lines.append(network.lines.rows[Int(listLine[Int(entry)])].id)
      entry = listNext[Int(entry)]
    }
    if direction == .from { lines.reverse() }
    var breakdown = breakdowns[index]
    breakdown.transfers = max(0, Int(boardings[index]) - 1)
    return TripSummary(
      origin: origin, destination: destination, totalSeconds: totalSeconds, breakdown: breakdown,
      estimatedSeconds: estimated[index], lineIDs: lines)
  }
}
