/// Which rows of one network are estimated, judged once per row: what a report of many trips asks
/// instead of reading each row's source again for every leg, and what the counts of estimated rows
/// in every report's provenance are made from (`rowCounts`).
public struct EstimatedRows: Sendable, Hashable {
  /// Per row of each table, by index, whether its source is estimated (`SourceQuality`).
  struct Flags: Sendable, Hashable {
    var clusters: [Bool] = []
    var connectors: [Bool] = []
    var corridors: [Bool] = []
    var junctions: [Bool] = []
    var lines: [Bool] = []
    /// Per line, per stop in the line's order.
    var lineStops: [[Bool]] = []
    /// A place's position (its `source`).
    var places: [Bool] = []
    /// A place's population (its `population_source`).
    var placePopulations: [Bool] = []
    var roadLinks: [Bool] = []
    var stopTransfers: [Bool] = []
    var stops: [Bool] = []
  }

  private let flags: Flags

  /// Judges every row of `network` (`SourceQuality`).
  public init(_ network: Network) {
    // Each source is read in place (a loop over the rows would copy each row, and retain each of
    // its texts).
    // One judge for every table: rows of different tables share sources too.
    var sourceJudge = SourceJudge()
    func judge<Row: SourcedRow>(_ rows: [Row]) -> [Bool] {
      rows.indices.map { sourceJudge.isEstimated(rows[$0].source) }
    }
    let places = network.places.rows
    let lines = network.lines.rows
    self.init(
      flags: Flags(
        clusters: judge(network.clusters.rows), connectors: judge(network.connectors.rows),
        corridors: judge(network.corridors.rows), junctions: judge(network.junctions.rows),
        lines: judge(lines), lineStops: lines.indices.map { judge(lines[$0].stops) },
        places: judge(places),
        placePopulations: places.indices.map {
          SourceQuality.isEstimated(places[$0].populationSource)
        },
        roadLinks: judge(network.roadLinks.rows), stopTransfers: judge(network.stopTransfers.rows),
        stops: judge(network.stops.rows)))
  }

  /// Rows judged elsewhere (the validator judges each source as it checks it).
  init(flags: Flags) {
    self.flags = flags
  }

  /// Per table, in file-name order, how many rows are estimated (`Network.estimatedRowCounts`).
  public var rowCounts: [EstimatedRowCount] {
    func count(_ table: String, _ flags: [Bool]) -> EstimatedRowCount {
      EstimatedRowCount(table: table, estimated: flags.count { $0 }, total: flags.count)
    }
    var lineStops = EstimatedRowCount(table: "line_stops", estimated: 0, total: 0)
    for stops in flags.lineStops {
      lineStops.estimated += stops.count { $0 }
      lineStops.total += stops.count
    }
    return [
      count("clusters", flags.clusters),
      count("connectors", flags.connectors),
      count("corridors", flags.corridors),
      count("junctions", flags.junctions),
      lineStops,
      count("lines", flags.lines),
      count("places", flags.places),
      count("places.population", flags.placePopulations),
      count("road_links", flags.roadLinks),
      count("stop_transfers", flags.stopTransfers),
      count("stops", flags.stops),
    ]
  }

  /// Whether the row is estimated; false for a row the network does not have.
  public func contains(_ row: FigureRow) -> Bool {
    func at(_ flags: [Bool], _ index: Int32) -> Bool {
      flags.indices.contains(Int(index)) && flags[Int(index)]
    }
    switch row {
    case .connector(let index): return at(flags.connectors, index)
    case .stopTransfer(let index): return at(flags.stopTransfers, index)
    case .line(let index): return at(flags.lines, index)
    case .lineStop(let line, let stop):
      return flags.lineStops.indices.contains(Int(line)) && at(flags.lineStops[Int(line)], stop)
    case .roadLink(let index): return at(flags.roadLinks, index)
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
