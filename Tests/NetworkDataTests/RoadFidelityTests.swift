import TransitModel
import XCTest

/// The default network's roads against the facts sheet: route lengths within ±10 % (§4.1), door-to-door
/// car times within ±15 % (§4.2, through the model's travel-time engine with the default parameters).
final class RoadFidelityTests: XCTestCase {
  func test_routeLengths_areWithinTenPercentOfSection41() throws {
    let network = try DefaultNetwork.network()
    var lengthByPair: [String: Double] = [:]
    for link in network.roadLinks {
      for key in ["\(link.from)|\(link.to)", "\(link.to)|\(link.from)"] {
        lengthByPair[key] = min(lengthByPair[key] ?? .infinity, link.lengthKm)
      }
    }
    for route in SheetRoadFigures.routes {
      var total = 0.0
      for (a, b) in zip(route.nodes, route.nodes.dropFirst()) {
        guard let length = lengthByPair["\(a)|\(b)"] else {
          XCTFail("\(route.citation): no road link between \(a) and \(b)")
          continue
        }
        total += length
      }
      let deviation = (total - route.lengthKm) / route.lengthKm
      XCTAssertLessThanOrEqual(
        abs(deviation), 0.10,
        "\(route.citation): sheet \(route.lengthKm) km, network \(total) km (\(Int((deviation * 100).rounded())) %)"
      )
    }
  }

  func test_doorToDoorCarTimes_areWithinFifteenPercentOfSection42() throws {
    let network = try DefaultNetwork.network()
    var engine = TravelTimeEngine(network: network, profile: .car)
    var timesFrom: [String: [Int32?]] = [:]
    for drive in SheetRoadFigures.drives {
      let origin = try network.requirePlace(drive.from)
      let destination = try network.requirePlace(drive.to)
      if timesFrom[drive.from] == nil {
        timesFrom[drive.from] = engine.placeTimes([origin], direction: .from)
      }
      let seconds = try XCTUnwrap(
        timesFrom[drive.from]?[destination] ?? nil, "\(drive.citation): unreachable by car")
      let minutes = Double(seconds) / 60
      let deviation = (minutes - drive.minutes) / drive.minutes
      XCTAssertLessThanOrEqual(
        abs(deviation), 0.15,
        "\(drive.citation): sheet \(drive.minutes) min, network \(minutes) min (\(Int((deviation * 100).rounded())) %)"
      )
    }
  }

  /// Urban driving stays out of the expressway links: every link that touches a place centre and a
  /// junction is an `urban` link, and no expressway link ends at a place (except 营松高速 at the town of
  /// 松江河, which the road enters).
  func test_expresswaysRunThroughJunctions_andCentresReachThemByUrbanLinks() throws {
    let network = try DefaultNetwork.network()
    let placeIDs = Set(network.places.map(\.id.rawValue))
    for link in network.roadLinks where link.roadClass == .expressway {
      let endsAtPlace = placeIDs.contains(link.from.rawValue) || placeIDs.contains(link.to.rawValue)
      if endsAtPlace {
        XCTAssertEqual(link.road, "营松高速", "expressway link \(link.id) ends at a place centre")
      }
    }
    let expresswayNodes = Set(
      network.roadLinks.filter { $0.roadClass == .expressway }.flatMap { [$0.from, $0.to] })
    for link in network.roadLinks where link.roadClass == .urban {
      let touchesJunction =
        !placeIDs.contains(link.from.rawValue) || !placeIDs.contains(link.to.rawValue)
      if touchesJunction {
        XCTAssertTrue(
          expresswayNodes.contains(link.to) || expresswayNodes.contains(link.from),
          "urban link \(link.id) leads to a junction without expressway")
      }
    }
  }
}
