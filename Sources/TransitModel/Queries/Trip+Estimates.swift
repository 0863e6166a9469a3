extension Network {
  /// Whether the figure of `row` is estimated (`SourceQuality`); false for a row the network does
  /// not have.
  public func isEstimated(_ row: FigureRow) -> Bool {
    func at<Row: SourcedRow>(_ rows: [Row], _ index: Int32) -> Bool {
      rows.indices.contains(Int(index)) && rows[Int(index)].isEstimated
    }
    switch row {
    case .connector(let index): return at(connectors.rows, index)
    case .stopTransfer(let index): return at(stopTransfers.rows, index)
    case .line(let index): return at(lines.rows, index)
    case .lineStop(let line, let stop):
      return lines.indices.contains(Int(line)) && at(lines[Int(line)].stops, stop)
    case .roadLink(let index): return at(roadLinks.rows, index)
    }
  }
}

/// Which rows of one network are estimated, judged once per row: what a report of many trips asks
/// instead of reading each row's source again for every leg.
public struct EstimatedRows: Sendable {
  private let connectors: [Bool]
  private let stopTransfers: [Bool]
  private let lines: [Bool]
  private let lineStops: [[Bool]]
  private let roadLinks: [Bool]

  /// Judges every row of `network` (`SourceQuality`).
  public init(_ network: Network) {
    connectors = network.connectors.map(\.isEstimated)
    stopTransfers = network.stopTransfers.map(\.isEstimated)
    lines = network.lines.map(\.isEstimated)
    lineStops = network.lines.map { $0.stops.map(\.isEstimated) }
    roadLinks = network.roadLinks.map(\.isEstimated)
  }

  /// Whether the row is estimated; false for a row the network does not have.
  public func contains(_ row: FigureRow) -> Bool {
    func at(_ flags: [Bool], _ index: Int32) -> Bool {
      flags.indices.contains(Int(index)) && flags[Int(index)]
    }
    switch row {
    case .connector(let index): return at(connectors, index)
    case .stopTransfer(let index): return at(stopTransfers, index)
    case .line(let index): return at(lines, index)
    case .lineStop(let line, let stop):
      return lineStops.indices.contains(Int(line)) && at(lineStops[Int(line)], stop)
    case .roadLink(let index): return at(roadLinks, index)
    }
  }
}

extension Trip {
  /// Seconds of this trip that come from rows whose source is estimated: each leg's figures followed
  /// back to their rows (`TripLeg.figures`). Seconds from parameters alone are not estimated.
  public func estimatedSeconds(in network: Network) -> Int32 {
    estimatedSeconds(EstimatedRows(network))
  }

  /// `estimatedSeconds(in:)` with the rows judged beforehand (for many trips of one network).
  public func estimatedSeconds(_ estimated: EstimatedRows) -> Int32 {
    var seconds: Int32 = 0
    for leg in legs {
      for figure in leg.figures where estimated.contains(figure.row) {
        seconds += figure.seconds
      }
    }
    return seconds
  }

  /// The lines ridden that are thin services under `parameters` (`LineService.isThin`), in riding
  /// order, each once.
  public func thinLines(in network: Network, parameters: Parameters) -> [LineID] {
    Self.thinLines(lineIDs, in: network, parameters: parameters)
  }

  /// Of `lineIDs`, the thin services under `parameters`, in order, each once.
  static func thinLines(_ lineIDs: [LineID], in network: Network, parameters: Parameters)
    -> [LineID]
  {
    var thin: [LineID] = []
    for id in lineIDs where !thin.contains(id) {
      guard let line = network.lines[key: id], LineService(line, parameters: parameters).isThin
      else { continue }
      thin.append(id)
    }
    return thin
  }
}
