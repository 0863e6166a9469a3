extension Network {
  /// Whether the figure of `row` is estimated (`SourceQuality`); false for a row the network does
  /// not have.
  public func isEstimated(_ row: FigureRow) -> Bool {
    switch row {
    case .connector(let key): return connectors[key: key]?.isEstimated ?? false
    case .stopTransfer(let key): return stopTransfers[key: key]?.isEstimated ?? false
    case .line(let id): return lines[key: id]?.isEstimated ?? false
    case .lineStop(let id, let seq):
      return lines[key: id]?.stops.first { $0.seq == seq }?.isEstimated ?? false
    case .roadLink(let id): return roadLinks[key: id]?.isEstimated ?? false
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
  private let network: Network

  /// Judges every row of `network` (`SourceQuality`).
  public init(_ network: Network) {
    self.network = network
    connectors = network.connectors.map(\.isEstimated)
    stopTransfers = network.stopTransfers.map(\.isEstimated)
    lines = network.lines.map(\.isEstimated)
    lineStops = network.lines.map { $0.stops.map(\.isEstimated) }
    roadLinks = network.roadLinks.map(\.isEstimated)
  }

  /// Whether the row is estimated; false for a row the network does not have.
  public func contains(_ row: FigureRow) -> Bool {
    switch row {
    case .connector(let key):
      return network.connectors.index(of: key).map { connectors[$0] } ?? false
    case .stopTransfer(let key):
      return network.stopTransfers.index(of: key).map { stopTransfers[$0] } ?? false
    case .line(let id): return network.lines.index(of: id).map { lines[$0] } ?? false
    case .lineStop(let id, let seq):
      guard let line = network.lines.index(of: id),
        let stop = network.lines[line].stops.firstIndex(where: { $0.seq == seq })
      else { return false }
      return lineStops[line][stop]
    case .roadLink(let id): return network.roadLinks.index(of: id).map { roadLinks[$0] } ?? false
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
    var thin: [LineID] = []
    for id in lineIDs where !thin.contains(id) {
      guard let line = network.lines[key: id], LineService(line, parameters: parameters).isThin
      else { continue }
      thin.append(id)
    }
    return thin
  }
}
