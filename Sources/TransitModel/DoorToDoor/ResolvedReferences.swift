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
  /// - Complexity: O(rows): one keyed lookup per reference (`NetworkReferences`), and the home
  ///   connectors found with the connectors' stops as resolved here.
  init(_ network: Network) {
    self.init(NetworkReferences(network), of: network)
  }

  /// The references `lookup` found in `network`, which a validation passed, so every one is a
  /// row (an unresolved id traps).
  init(_ lookup: NetworkReferences, of network: Network) {
    let connectorStops = lookup.connectorStops.map { $0! }
    self.connectorPlaces = lookup.connectorPlaces.map { $0! }
    self.connectorStops = connectorStops
    transferStops = lookup.transferStops.map { ($0.from!, $0.to!) }
    linkEnds = lookup.linkEnds.map { ($0.from!, $0.to!) }
    lineStops = lookup.lineStops.map { $0.map { $0! } }
    stopPlaces = lookup.stopPlaces.map { $0! }
    homeConnectors = network.homeConnectors(stopOfConnector: { connectorStops[$0] })
  }
}

extension ValidatedNetwork {
  /// The network's references resolved to indices (`ResolvedReferences`), computed on first use
  /// and shared by every copy of this value and every profile compiled from it.
  var references: ResolvedReferences {
    resolvedReferences.value { lookup in
      lookup.map { ResolvedReferences($0, of: network) } ?? ResolvedReferences(network)
    }
  }
}
