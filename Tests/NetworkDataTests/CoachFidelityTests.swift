import Foundation
import TransitModel
import XCTest

/// Intercity and county coaches (客运班线, 城际公交) of the default network against the facts sheet
/// §8.6: end-to-end scheduled minutes and frequency of every row, each from the Changchun
/// expressway coach terminal at 卫星广场 (the only Changchun terminal §8.6 places).
final class CoachFidelityTests: XCTestCase {
  struct Figure {
    var destination: String
    var minutes: Double
    /// Minutes between departures, or departures per day (one of the two).
    var headway: Double? = nil
    var perDay: Double? = nil
    var citation: String
  }

  /// §8.6, one row per destination: sourced (吉林; 辽源 weakly) or the sheet's estimate, and the value
  /// taken inside an estimated range (the middle, or the round number nearest to it).
  static let table86: [Figure] = [
    .init(destination: "jilin", minutes: 100, headway: 20, citation: "§8.6 吉林: 100, every 20 min"),
    .init(
      destination: "liaoyuan", minutes: 120, headway: 20,
      citation: "§8.6 辽源: ≈120, every 20 min (weak)"),
    .init(destination: "siping", minutes: 115, headway: 60, citation: "§8.6 四平: est. 115, 60"),
    .init(
      destination: "shuangyang", minutes: 65, headway: 25, citation: "§8.6 双阳: est. 65, 20–30"),
    .init(destination: "jiutai", minutes: 65, headway: 25, citation: "§8.6 九台: est. 65, 20–30"),
    .init(destination: "nongan", minutes: 70, headway: 25, citation: "§8.6 农安: est. 70, 20–30"),
    .init(
      destination: "gongzhuling", minutes: 70, headway: 25, citation: "§8.6 公主岭: est. 70, 20–30"),
    .init(destination: "yushu", minutes: 160, headway: 45, citation: "§8.6 榆树: est. 160, 30–60"),
    .init(destination: "dehui", minutes: 85, headway: 30, citation: "§8.6 德惠: est. 85, 30"),
    .init(destination: "yitong", minutes: 70, headway: 45, citation: "§8.6 伊通: est. 70, 30–60"),
    .init(destination: "panshi", minutes: 130, perDay: 8, citation: "§8.6 磐石: est. 130, 6–10/day"),
    .init(destination: "yongji", minutes: 105, perDay: 8, citation: "§8.6 永吉: est. 105, 6–10/day"),
    .init(
      destination: "dongfeng", minutes: 140, perDay: 8, citation: "§8.6 东丰: est. 140, 6–10/day"),
    .init(
      destination: "dongliao", minutes: 110, perDay: 8, citation: "§8.6 东辽: est. 110, 6–10/day"),
    .init(destination: "lishu", minutes: 110, perDay: 6, citation: "§8.6 梨树: est. 110, 4–8/day"),
    .init(
      destination: "shuangliao", minutes: 130, perDay: 6, citation: "§8.6 双辽: est. 130, 4–8/day"),
    .init(destination: "songyuan", minutes: 145, headway: 60, citation: "§8.6 松原: est. 145, 60"),
    .init(destination: "shulan", minutes: 145, perDay: 6, citation: "§8.6 舒兰: est. 145, 4–8/day"),
    .init(destination: "huadian", minutes: 160, perDay: 6, citation: "§8.6 桦甸: est. 160, 4–8/day"),
  ]

  static let terminal = "co-changchun-gaosu"

  func test_everyCoachOfTable86_runsItsMinutesAndFrequency() throws {
    let network = try DefaultNetwork.network()
    let defaultDwell = Parameters.defaults.dwellMinutes
    for figure in Self.table86 {
      guard let index = network.lineIndex(of: LineID("coach-cc-\(figure.destination)")) else {
        XCTFail("\(figure.citation): no line coach-cc-\(figure.destination)")
        continue
      }
      let line = network.lines[index]
      XCTAssertEqual(line.lineClass, .coach, figure.citation)
      XCTAssertEqual(line.directions, .both, figure.citation)
      XCTAssertEqual(line.stops.first?.stop.rawValue, Self.terminal, figure.citation)
      let end = try XCTUnwrap(line.stops.last).stop
      XCTAssertEqual(
        network.stops[try XCTUnwrap(network.stopIndex(of: end))].place.rawValue,
        figure.destination, figure.citation)
      let minutes = InVehicle.minutes(
        on: line, from: Self.terminal, to: end.rawValue, defaultDwell: defaultDwell)
      XCTAssertEqual(try XCTUnwrap(minutes), figure.minutes, accuracy: 0.05, figure.citation)
      XCTAssertEqual(line.headwayMinutes, figure.headway, figure.citation)
      XCTAssertEqual(line.departuresPerDay, figure.perDay, figure.citation)
      for stop in line.stops {
        XCTAssertEqual(
          network.stops[try XCTUnwrap(network.stopIndex(of: stop.stop))].kind, .coach,
          "\(line.id) at \(stop.stop)")
      }
    }
    let coaches = network.lines.filter { $0.lineClass == .coach }.map(\.id.rawValue)
    XCTAssertEqual(
      Set(coaches), Set(Self.table86.map { "coach-cc-\($0.destination)" }),
      "a coach line without its row in table86")
  }

  /// A bus connector is local access: at most about 20 km (Networks/README.md, connectors.csv).
  func test_busConnectors_areLocal() throws {
    let network = try DefaultNetwork.network()
    for connector in network.connectors where connector.mode == .bus {
      let place = network.places[try XCTUnwrap(network.placeIndex(of: connector.place))]
      let stop = network.stops[try XCTUnwrap(network.stopIndex(of: connector.stop))]
      let km = Self.kilometres(place.latitude, place.longitude, stop.latitude, stop.longitude)
      XCTAssertLessThanOrEqual(km, 20, "\(connector.key): \(km) km")
    }
  }

  /// Great-circle kilometres (mean Earth radius 6371.0088 km).
  static func kilometres(_ lat1: Double, _ lon1: Double, _ lat2: Double, _ lon2: Double) -> Double {
    let rad = Double.pi / 180
    let dLat = (lat2 - lat1) * rad
    let dLon = (lon2 - lon1) * rad
    let h =
      pow(sin(dLat / 2), 2) + cos(lat1 * rad) * cos(lat2 * rad) * pow(sin(dLon / 2), 2)
    return 2 * 6371.0088 * asin(min(1, h.squareRoot()))
  }
}
