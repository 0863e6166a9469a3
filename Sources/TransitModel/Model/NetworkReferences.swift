/// Every reference between the tables of a network (a connector's place and stop, a transfer's
/// stops, a road link's ends, a line's stops, a stop's place) looked up once: the row index it
/// names, or nil when the id names no row of its table (an error, or a row not loaded).
///
/// The validator checks the references with it, and a network that passes hands it on, so that
/// compiling (`ResolvedReferences`) does not look the ids up again.
struct NetworkReferences: Sendable {
  /// Per connector (by index): the index of its place.
  let connectorPlaces: [Int?]
  /// Per connector (by index): the index of its stop.
  let connectorStops: [Int?]
  /// Per stop transfer (by index): the indices of its from and to stops.
  let transferStops: [(from: Int?, to: Int?)]
  /// Per road link (by index): its ends.
  let linkEnds: [(from: RoadNode?, to: RoadNode?)]
  /// Per line (by index): the indices of its stops, in the line's order.
  let lineStops: [[Int?]]
  /// Per stop (by index): the index of its place.
  let stopPlaces: [Int?]

  /// Looks every reference of `network` up.
  ///
  /// - Complexity: O(rows): one keyed lookup per reference; consecutive connectors naming the
  ///   same place (they are sorted by place) share one lookup.
  init(_ network: Network) {
    var lastPlace: (id: PlaceID, index: Int?)?
    var connectorPlaces: [Int?] = []
    var connectorStops: [Int?] = []
    connectorPlaces.reserveCapacity(network.connectors.count)
    connectorStops.reserveCapacity(network.connectors.count)
    for connector in network.connectors.rows {
      if let last = lastPlace, last.id == connector.place {
        connectorPlaces.append(last.index)
      } else {
        let index = network.placeIndex(of: connector.place)
        lastPlace = (connector.place, index)
        connectorPlaces.append(index)
      }
      connectorStops.append(network.stopIndex(of: connector.stop))
    }
    self.connectorPlaces = connectorPlaces
    self.connectorStops = connectorStops
    transferStops = network.stopTransfers.rows.map { transfer in
      (network.stopIndex(of: transfer.fromStop), network.stopIndex(of: transfer.toStop))
    }
    linkEnds = network.roadLinks.rows.map { link in
      (network.roadNode(link.from), network.roadNode(link.to))
    }
    lineStops = network.lines.rows.map { line in line.stops.map { network.stopIndex(of: $0.stop) } }
    stopPlaces = network.stops.rows.map { network.placeIndex(of: $0.place) }
  }
}
