import Foundation
import XCTest

@testable import TransitModel

/// Compiling reads the network's references resolved once (`ResolvedReferences`, shared by every
/// profile); the graph must be the one that looking every id up row by row gives. Each arc is
/// checked against what its role names, resolved here by id, on random networks and the default
/// network, with counters that fail if the networks stop exercising a kind of reference.
final class CompiledArcsReferenceTests: XCTestCase {
  private func networks() throws -> [ValidatedNetwork] {
    var networks: [ValidatedNetwork] = []
    for seed in 0..<200 {
      var random = SplitMix64(seed: UInt64(seed) &+ 47_000)
      networks.append(try RandomNetwork.make(&random))
    }
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../Networks/changchun").standardizedFileURL.path
    networks.append(try NetworkLoader.load(.directory(folder)).network)
    return networks
  }

  func test_resolvedReferences_equalLookingUpEachIdByItself() throws {
    var junctionEnds = 0
    for validated in try networks() {
      let network = validated.network
      let references = validated.references
      XCTAssertEqual(
        references.connectorPlaces, network.connectors.map { network.placeIndex(of: $0.place)! })
      XCTAssertEqual(
        references.connectorStops, network.connectors.map { network.stopIndex(of: $0.stop)! })
      XCTAssertEqual(
        references.transferStops.map { [$0.from, $0.to] },
        network.stopTransfers.map {
          [network.stopIndex(of: $0.fromStop)!, network.stopIndex(of: $0.toStop)!]
        })
      XCTAssertEqual(
        references.linkEnds.map { [$0.from, $0.to] },
        network.roadLinks.map { [network.roadNode($0.from)!, network.roadNode($0.to)!] })
      XCTAssertEqual(
        references.lineStops,
        network.lines.map { $0.stops.map { network.stopIndex(of: $0.stop)! } })
      XCTAssertEqual(references.stopPlaces, network.stops.map { network.placeIndex(of: $0.place)! })
      XCTAssertEqual(
        references.homeConnectors, network.stops.indices.map { network.homeConnector(ofStop: $0) })
      junctionEnds +=
        references.linkEnds.filter {
          if case .junction = $0.from { return true }
          if case .junction = $0.to { return true }
          return false
        }.count
    }
    XCTAssertGreaterThan(junctionEnds, 50, "road links ending at junctions")
  }

  func test_everyArc_joinsTheNodesItsRoleNames_lookedUpById() throws {
    var checked: [String: Int] = [:]
    for validated in try networks() {
      let network = validated.network
      for profile in Profile.allCases {
        let arcs = CompiledArcs(network: validated, profile: profile)
        XCTAssertEqual(arcs.endpoints.count, arcs.roles.count)
        for (ends, role) in zip(arcs.endpoints, arcs.roles) {
          let expected = Self.expectedEnds(role, network, arcs.layout, arcs.patterns)
          XCTAssertEqual(
            [Int32(truncatingIfNeeded: ends >> 32), Int32(truncatingIfNeeded: ends)], expected,
            "\(profile) \(role)")
          checked["\(role)".prefix { $0 != "(" }.description, default: 0] += 1
        }
        XCTAssertEqual(
          arcs.patterns.map(\.stops),
          arcs.patterns.map { pattern in
            let stops = network.lines[pattern.line].stops.map { network.stopIndex(of: $0.stop)! }
            return pattern.reversed ? stops.reversed() : stops
          })
      }
    }
    // Every kind of arc that reads a reference must have been built, or the test proves nothing.
    for kind in [
      "access", "egress", "stopTransfer", "drive", "parkAndRideDrive", "parkAndRideParking", "ride",
    ] {
      XCTAssertGreaterThan(checked[kind, default: 0], 50, kind)
    }
  }

  /// The tail and head of an arc of `role`, every id resolved by a lookup of its own.
  private static func expectedEnds(
    _ role: ArcRole, _ network: Network, _ layout: NodeLayout, _ patterns: [RidePattern]
  ) -> [Int32] {
    func road(_ id: RoadNodeID) -> Int32 {
      switch network.roadNode(id)! {
      case .place(let place): return layout.road(place: place)
      case .junction(let junction): return layout.road(junction: junction)
      }
    }
    switch role {
    case .stay(let place):
      return [layout.origin(place: place), layout.destination(place: place)]
    case .access(let index):
      let connector = network.connectors[index]
      return [
        layout.origin(place: network.placeIndex(of: connector.place)!),
        layout.entry(stop: network.stopIndex(of: connector.stop)!),
      ]
    case .egress(let index):
      let connector = network.connectors[index]
      return [
        layout.exit(stop: network.stopIndex(of: connector.stop)!),
        layout.destination(place: network.placeIndex(of: connector.place)!),
      ]
    case .stopTransfer(let index, let from, let to):
      let transfer = network.stopTransfers[index]
      let ends = [transfer.fromStop, transfer.toStop].map { network.stopIndex(of: $0)! }
      XCTAssertTrue([from, to] == ends || [to, from] == ends, "transfer \(index)")
      return [layout.exit(stop: from), layout.entry(stop: to)]
    case .drive(let index, let reversed):
      let link = network.roadLinks[index]
      let ends = [road(link.from), road(link.to)]
      return reversed ? ends.reversed() : ends
    case .parkAndRideDrive(let stop):
      let place = network.placeIndex(of: network.stops[stop].place)!
      XCTAssertNotNil(network.homeConnector(ofStop: stop))
      return [layout.road(place: place), layout.parking(stop: stop)]
    case .parkAndRideParking(let stop):
      return [layout.parking(stop: stop), layout.entry(stop: stop)]
    case .startCar(let place):
      return [layout.origin(place: place), layout.road(place: place)]
    case .parkAtPlace(let place):
      return [layout.road(place: place), layout.destination(place: place)]
    case .parkAtJunction(let junction):
      return [layout.road(junction: junction), layout.parked(junction: junction)]
    case .boardingOverhead(let stop):
      return [layout.entry(stop: stop), layout.departure(stop: stop)]
    case .alightingOverhead(let stop):
      return [layout.arrival(stop: stop), layout.exit(stop: stop)]
    case .transferPenalty(let stop):
      return [layout.arrival(stop: stop), layout.departure(stop: stop)]
    case .wait(let p, let position):
      return [
        layout.departure(stop: patterns[p].stops[position]),
        layout.onBoardDeparting(pattern: p, position: position),
      ]
    case .ride(let p, let position):
      return [
        layout.onBoardDeparting(pattern: p, position: position),
        layout.onBoardArriving(pattern: p, position: position + 1),
      ]
    case .dwell(let p, let position):
      return [
        layout.onBoardArriving(pattern: p, position: position),
        layout.onBoardDeparting(pattern: p, position: position),
      ]
    case .alight(let p, let position):
      return [
        layout.onBoardArriving(pattern: p, position: position),
        layout.arrival(stop: patterns[p].stops[position]),
      ]
    }
  }
}
