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
    // Rows are read field by field in place (`rows[index].place`): `for row in rows` would copy
    // each whole row out, retaining and releasing every text it holds.
    var lastPlace: (id: PlaceID, index: Int?)?
    let connectors = network.connectors.rows
    var connectorPlaces: [Int?] = []
    connectorPlaces.reserveCapacity(connectors.count)
    for index in connectors.indices {
      let place = connectors[index].place
      if let last = lastPlace, last.id == place {
        connectorPlaces.append(last.index)
      } else {
        let found = network.placeIndex(of: place)
        lastPlace = (place, found)
        connectorPlaces.append(found)
      }
    }
    self.connectorPlaces = connectorPlaces
    connectorStops = connectors.indices.map { network.stopIndex(of: connectors[$0].stop) }
    let transfers = network.stopTransfers.rows
    transferStops = transfers.indices.map {
      (network.stopIndex(of: transfers[$0].fromStop), network.stopIndex(of: transfers[$0].toStop))
    }
    let links = network.roadLinks.rows
    linkEnds = links.indices.map {
      (network.roadNode(links[$0].from), network.roadNode(links[$0].to))
    }
    let lines = network.lines.rows
    lineStops = lines.indices.map { line in
      lines[line].stops.indices.map { network.stopIndex(of: lines[line].stops[$0].stop) }
    }
    let stops = network.stops.rows
    stopPlaces = stops.indices.map { network.placeIndex(of: stops[$0].place) }
  }
}
