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
///
/// A province-size graph has millions of nodes, so a node's figures take 44 bytes: its eight
/// parts' seconds (`PartSeconds`), boardings, estimated seconds and the head of its list of lines.
struct TripSummaryTree {
  private var parts: [PartSeconds]
  private var boardings: [Int32]
  private var estimated: [Int32]
  /// Head of the node's list of ride legs' lines (index into `listLine`), -1 for none; the list
  /// runs from the growing end of the trip (the last leg for `.from`, the first for `.to`).
  /// A ride leg is open at the growing end (its line is the head's) when `isOpen` is set.
  private var listHead: [ListHead]
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
    parts = [PartSeconds](repeating: PartSeconds(), count: nodeCount)
    boardings = [Int32](repeating: 0, count: nodeCount)
    self.estimated = [Int32](repeating: 0, count: nodeCount)
    listHead = [ListHead](repeating: ListHead(), count: nodeCount)
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
    var breakdown = TripBreakdown(parts[parent])
    var count = Int(boardings[parent])
    breakdown.add(step, boardings: &count)
    parts[node] = PartSeconds(breakdown)
    boardings[node] = Int32(count)
    var seconds = estimated[parent]
    if let figure = step.figure, rows.contains(figure.row) { seconds += figure.seconds }
    estimated[node] = seconds
    let parentHead = listHead[parent]
    var head = parentHead
    switch (step.part, step.rideLine) {
    case (.inVehicle, let line?):
      // A ride starts a ride leg unless the leg at the growing end is a ride of its line.
      if openLine(parentHead) != Int32(line) {
        listLine.append(Int32(line))
        listNext.append(parentHead.entry)
        head.entry = Int32(listLine.count - 1)
      }
      head.isOpen = true
    case (.dwell, let line?):
      // A dwell continues the ride leg of its line, the one at the growing end.
      head.isOpen = openLine(parentHead) == Int32(line)
    case (.none, _):
      break
    default:
      head.isOpen = false
    }
    listHead[node] = head
  }

  /// Line index of the ride leg open at the growing end under `head`, -1 when that end is not a
  /// ride.
  private func openLine(_ head: ListHead) -> Int32 {
    head.isOpen && head.entry >= 0 ? listLine[Int(head.entry)] : -1
  }

  /// The summary of the trip to (`.from`) or from (`.to`) `node`, between `origin` and
  /// `destination`; `totalSeconds` is the search's distance.
  func summary(
    ofNode node: Int32, origin: Int, destination: Int, totalSeconds: Int32, network: Network
  ) -> TripSummary {
    let index = Int(node)
    var lines: [LineID] = []
    var entry = listHead[index].entry
    while entry >= 0 {
      lines.append(network.lines.rows[Int(listLine[Int(entry)])].id)
      entry = listNext[Int(entry)]
    }
    if direction == .from { lines.reverse() }
    var breakdown = TripBreakdown(parts[index])
    breakdown.transfers = max(0, Int(boardings[index]) - 1)
    return TripSummary(
      origin: origin, destination: destination, totalSeconds: totalSeconds, breakdown: breakdown,
      estimatedSeconds: estimated[index], lineIDs: lines)
  }
}

extension TripSummaryTree {
  /// The seconds of a breakdown's eight parts, in 32 bytes (a `TripBreakdown` takes 40, with its
  /// transfers, which the tree counts as boardings).
  fileprivate typealias PartSeconds = SIMD8<Int32>

  /// The head of a node's list of lines and whether its ride leg is open, in 32 bits: the entry
  /// shifted left by one, the lowest bit set when open.
  fileprivate struct ListHead {
    private var bits: Int32 = -2

    /// Index into `listLine`, -1 for none.
    var entry: Int32 {
      get { bits >> 1 }
      set { bits = newValue << 1 | (bits & 1) }
    }

    var isOpen: Bool {
      get { bits & 1 == 1 }
      set { bits = bits & ~1 | (newValue ? 1 : 0) }
    }
  }
}

extension SIMD8<Int32> {
  /// `breakdown`'s parts, in the order `TripBreakdown` lists them.
  fileprivate init(_ breakdown: TripBreakdown) {
    self.init(
      breakdown.accessAndOverheadsSeconds, breakdown.waitSeconds, breakdown.inVehicleSeconds,
      breakdown.dwellSeconds, breakdown.transferSeconds, breakdown.egressSeconds,
      breakdown.driveSeconds, breakdown.parkingSeconds)
  }
}

extension TripBreakdown {
  /// The breakdown of `parts` (`SIMD8<Int32>.init(_:)`), with no transfers.
  fileprivate init(_ parts: SIMD8<Int32>) {
    self.init()
    accessAndOverheadsSeconds = parts[0]
    waitSeconds = parts[1]
    inVehicleSeconds = parts[2]
    dwellSeconds = parts[3]
    transferSeconds = parts[4]
    egressSeconds = parts[5]
    driveSeconds = parts[6]
    parkingSeconds = parts[7]
  }
}
