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

extension Trip {
  /// Seconds of this trip that come from rows whose source is estimated: each leg's figures followed
  /// back to their rows (`TripLeg.figures`). Seconds from parameters alone are not estimated.
  public func estimatedSeconds(in network: Network) -> Int32 {
    var seconds: Int32 = 0
    for leg in legs {
      for figure in leg.figures where network.isEstimated(figure.row) {
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
