import Foundation

/// The references between the tables of a validated network (a connector's place and stop, a
/// transfer's stops, a road link's ends, a line's stops), resolved to row indices once.
///
/// Compiling a profile reads every one of them; resolved here, a run over four profiles looks each
/// id up once instead of once per profile (at province size, hundreds of thousands of keyed lookups
/// per profile). A validated network resolves every reference, so every entry is an index.
struct ResolvedReferences: Sendable {
  /// Per connector (by index): the index of its place.
  let connectorPlaces: [Int]
  /// Per connector (by index): the index of its stop.
  let connectorStops: [Int]
  /// Per stop transfer (by index): the indices of its from and to stops.
  let transferStops: [(from: Int, to: Int)]
  /// Per road link (by index): its ends, resolved.
  let linkEnds: [(from: RoadNode, to: RoadNode)]
  /// Per line (by index): the indices of its stops, in the line's (forward) order.
  let lineStops: [[Int]]
  /// Per stop (by index): the index of its place.
  let stopPlaces: [Int]
  /// Per stop (by index): `Network.homeConnectors`.
  let homeConnectors: [Int?]

  /// Resolves every reference of `network`, which a validation passed (an unresolved id traps).
  ///
  /// - Complexity: O(rows): one keyed lookup per reference; consecutive rows naming the same id
  ///   (connectors are sorted by place) share one lookup, and the home connectors are found with
  ///   the connectors' stops as resolved here.
  init(_ network: Network) {
    var lastPlace: (id: PlaceID, index: Int)?
    var connectorPlaces: [Int] = []
    var connectorStops: [Int] = []
    connectorPlaces.reserveCapacity(network.connectors.count)
    connectorStops.reserveCapacity(network.connectors.count)
    for connector in network.connectors {
      if let last = lastPlace, last.id == connector.place {
        connectorPlaces.append(last.index)
      } else {
        let index = network.placeIndex(of: connector.place)!
        lastPlace = (connector.place, index)
        connectorPlaces.append(index)
      }
      connectorStops.append(network.stopIndex(of: connector.stop)!)
    }
    self.connectorPlaces = connectorPlaces
    self.connectorStops = connectorStops
    transferStops = network.stopTransfers.map { transfer in
      (network.stopIndex(of: transfer.fromStop)!, network.stopIndex(of: transfer.toStop)!)
    }
    linkEnds = network.roadLinks.map { link in
      (network.roadNode(link.from)!, network.roadNode(link.to)!)
    }
    lineStops = network.lines.map { line in line.stops.map { network.stopIndex(of: $0.stop)! } }
    stopPlaces = network.stops.map { network.placeIndex(of: $0.place)! }
    homeConnectors = network.homeConnectors(stopOfConnector: { connectorStops[$0] })
  }
}

extension ValidatedNetwork {
  /// The network's references resolved to indices (`ResolvedReferences`), computed on first use
  /// and shared by every copy of this value and every profile compiled from it.
  var references: ResolvedReferences {
    resolvedReferences.value { ResolvedReferences(network) }
  }
}

/// Holds a validated network's `ResolvedReferences` once computed. The network it belongs to never
/// changes (`ValidatedNetwork.network` is a constant), so the value never goes stale; the lock
/// makes the first computation safe when profiles compile on several threads at once, hence the
/// one `@unchecked Sendable`: the only state is `stored`, read and written under `lock`.
final class ResolvedReferencesCache: @unchecked Sendable {
  private let lock = NSLock()
  private var stored: ResolvedReferences?

  /// The stored value, or the value `make` computes, stored for every later call.
  func value(_ make: () -> ResolvedReferences) -> ResolvedReferences {
    lock.lock()
    defer { lock.unlock() }
    if let stored { return stored }
    let made = make()
    stored = made
    return made
  }
}
