import TransitModel
import XCTest

/// Changchun Rail Transit (metro, light rail, tram 55) in the default network against the facts
/// sheet §8: in-vehicle minutes of table 8.3 (the compiler's [CGo-LT] offsets of last-train times,
/// ±1 min by the sheet's own account), headways of table 8.1, interchanges of §8.4 and the stations
/// of §8.2.
final class MetroFidelityTests: XCTestCase {
  /// The sheet's run times are last-train offsets, "±1 min" (§8.9 item 6).
  static let toleranceMinutes = 1.0

  static let line1 = ["changchun-metro-1"]
  static let line2 = ["changchun-metro-2"]
  static let line3 = ["changchun-metro-3"]
  static let line4 = ["changchun-metro-4"]
  static let line5 = ["changchun-metro-5"]
  static let line6 = ["changchun-metro-6"]
  static let line8 = ["changchun-metro-8"]

  /// Every row of table 8.3 with one line.
  static let table83: [SheetRailTime] = [
    .init(
      from: "mt-changchunzhan", to: "mt-renmin-guangchang", minutes: 5, lines: line1,
      citation: "§8.3 1号线 长春站 → 人民广场"),
    .init(
      from: "mt-changchunzhan", to: "mt-jiefang-dalu", minutes: 7, lines: line1,
      citation: "§8.3 1号线 长春站 → 解放大路"),
    .init(
      from: "mt-changchunzhan", to: "mt-weixing-guangchang", minutes: 19, lines: line1,
      citation: "§8.3 1号线 长春站 → 卫星广场"),
    .init(
      from: "mt-changchunzhan", to: "mt-huaqing-lu", minutes: 24, lines: line1,
      citation: "§8.3 1号线 长春站 → 华庆路"),
    .init(
      from: "mt-beihuanchenglu", to: "mt-changchunzhan", minutes: 8, lines: line1,
      citation: "§8.3 1号线 北环城路 → 长春站"),
    .init(
      from: "mt-beihuanchenglu", to: "mt-hongzuizi", minutes: 34, lines: line1,
      citation: "§8.3 1号线 北环城路 → 红嘴子"),
    .init(
      from: "mt-changchunxi-zhan", to: "mt-jiefang-dalu", minutes: 19, lines: line2,
      citation: "§8.3 2号线 长春西站 → 解放大路"),
    .init(
      from: "mt-changchunxi-zhan", to: "mt-wenhua-guangchang", minutes: 16, lines: line2,
      citation: "§8.3 2号线 长春西站 → 文化广场"),
    .init(
      from: "mt-changchunxi-zhan", to: "mt-wukaihe-dajie", minutes: 50, lines: line2,
      citation: "§8.3 2号线 长春西站 → 雾开河大街"),
    .init(
      from: "mt-qiche-gongyuan", to: "mt-changchunxi-zhan", minutes: 9, lines: line2,
      citation: "§8.3 2号线 汽车公园 → 长春西站"),
    .init(
      from: "mt-qiche-gongyuan", to: "mt-jiefang-dalu", minutes: 28, lines: line2,
      citation: "§8.3 2号线 汽车公园 → 解放大路"),
    .init(
      from: "mt-jiefang-dalu", to: "mt-dongfang-guangchang", minutes: 16, lines: line2,
      citation: "§8.3 2号线 解放大路 → 东方广场"),
    .init(
      from: "mt-jiefang-dalu", to: "mt-wukaihe-dajie", minutes: 31, lines: line2,
      citation: "§8.3 2号线 解放大路 → 雾开河大街"),
    .init(
      from: "mt-changchunzhan", to: "mt-jiefang-qiao", minutes: 10, lines: line3,
      citation: "§8.3 3号线 长春站 → 解放桥"),
    .init(
      from: "mt-changchunzhan", to: "mt-weixing-guangchang", minutes: 32, lines: line3,
      citation: "§8.3 3号线 长春站 → 卫星广场"),
    .init(
      from: "mt-changchunzhan", to: "mt-changying-shijicheng", minutes: 64, lines: line3,
      citation: "§8.3 3号线 长春站 → 长影世纪城"),
    .init(
      from: "mt-weixing-guangchang", to: "mt-jingyuetan-gongyuan", minutes: 23, lines: line3,
      citation: "§8.3 3号线 卫星广场 → 净月潭公园"),
    .init(
      from: "mt-weixing-guangchang", to: "mt-changying-shijicheng", minutes: 32, lines: line3,
      citation: "§8.3 3号线 卫星广场 → 长影世纪城"),
    .init(
      from: "mt-changchunzhan-bei", to: "mt-jilin-dalu", minutes: 12, lines: line4,
      citation: "§8.3 4号线 长春站北 → 吉林大路"),
    .init(
      from: "mt-changchunzhan-bei", to: "mt-fuzhi-dalu", minutes: 34, lines: line4,
      citation: "§8.3 4号线 长春站北 → 福祉大路"),
    .init(
      from: "mt-changchunzhan-bei", to: "mt-tianxin-lu", minutes: 42, lines: line4,
      citation: "§8.3 4号线 长春站北 → 天新路"),
    .init(
      from: "mt-changchunxi-zhan", to: "mt-guigu-guangchang", minutes: 14, lines: line6,
      citation: "§8.3 6号线 长春西站 → 硅谷广场"),
    .init(
      from: "mt-changchunxi-zhan", to: "mt-huaqing-lu", minutes: 26, lines: line6,
      citation: "§8.3 6号线 长春西站 → 华庆路"),
    .init(
      from: "mt-changchunxi-zhan", to: "mt-changying-shijicheng", minutes: 45, lines: line6,
      citation: "§8.3 6号线 长春西站 → 长影世纪城"),
    .init(
      from: "mt-beihuanchenglu", to: "mt-beihu-gongyuan", minutes: 12, lines: line8,
      citation: "§8.3 8号线 北环城路 → 北湖公园"),
    .init(
      from: "mt-beihuanchenglu", to: "mt-guangtong-lu", minutes: 26, lines: line8,
      citation: "§8.3 8号线 北环城路 → 广通路"),
    .init(
      from: "mt-dongdaqiao-5", to: "mt-renmin-guangchang", minutes: 5, lines: line5,
      citation: "§8.3 5号线 东大桥 → 人民广场"),
    .init(
      from: "mt-renmin-guangchang", to: "mt-guigu-guangchang", minutes: 21, lines: line5,
      citation: "§8.3 5号线 人民广场 → 硅谷广场"),
    .init(
      from: "mt-renmin-guangchang", to: "mt-zhuoyue-dajie", minutes: 33, lines: line5,
      citation: "§8.3 5号线 人民广场 → 卓越大街"),
  ]

  func test_runTimes_areWithinAMinuteOfTable83() throws {
    let network = try DefaultNetwork.network()
    let defaultDwell = Parameters.defaults.dwellMinutes
    for figure in Self.table83 {
      let lines = network.lines.filter { figure.lines.contains($0.id.rawValue) }
      XCTAssertEqual(lines.count, 1, figure.citation)
      guard let line = lines.first,
        let model = InVehicle.minutes(
          on: line, from: figure.from, to: figure.to, defaultDwell: defaultDwell)
      else {
        XCTFail("\(figure.citation): \(figure.lines) does not run \(figure.from) → \(figure.to)")
        continue
      }
      XCTAssertEqual(
        model, figure.minutes, accuracy: Self.toleranceMinutes,
        "\(figure.citation): sheet \(figure.minutes), network \(model)")
    }
  }

  /// Headways: table 8.1 where it gives one (off-peak, the all-day figure §8.9 item 5 suggests), the
  /// documented estimates elsewhere; every class `metro`, both directions.
  func test_headways_areTable81s_andEveryLineIsMetroClassBothWays() throws {
    let network = try DefaultNetwork.network()
    let expected: [String: Double] = [
      "changchun-metro-1": 6, "changchun-metro-2": 6, "changchun-metro-3": 6,  // §8.1 5 / 6
      "changchun-metro-4": 6,  // §8.1 5 peak; off-peak est. as 1–3
      "changchun-metro-5": 8,  // est. 6 / 8
      "changchun-metro-6": 6,  // est.; §8.9 item 5: 3-min average wait
      "changchun-metro-8": 10,  // §8.1 10 / 10
      "changchun-tram-55": 8,  // §8.1 4 / 8 (2014)
    ]
    let metroLines = network.lines.filter { $0.lineClass == .metro }
    XCTAssertEqual(Set(metroLines.map(\.id.rawValue)), Set(expected.keys))
    for line in metroLines {
      XCTAssertEqual(line.headwayMinutes, expected[line.id.rawValue], "\(line.id)")
      XCTAssertEqual(line.directions, .both, "\(line.id)")
      for stop in line.stops {
        let kind = network.stops[network.stopIndex(of: stop.stop)!].kind
        XCTAssertEqual(kind, .metro, "\(line.id) stops at \(stop.stop)")
      }
    }
  }

  /// §8.4: in-station interchanges are one stop served by both lines; 东大桥 (4/5) is two stops
  /// joined by a stop transfer; the railway stations reach their metro stations by stop transfers.
  func test_interchanges_areOneStop_andTheRailwayStationsReachTheMetro() throws {
    let network = try DefaultNetwork.network()
    let inStation: [String: Set<String>] = [
      "mt-beihuanchenglu": ["1", "8"], "mt-changchunzhan-bei": ["1", "4"],
      "mt-changchunzhan": ["1", "3"], "mt-renmin-guangchang": ["1", "5"],
      "mt-jiefang-dalu": ["1", "2"], "mt-weixing-guangchang": ["1", "3"],
      "mt-huaqing-lu": ["1", "6"], "mt-shuangfeng": ["2", "6"],
      "mt-changchunxi-zhan": ["2", "6"], "mt-jiefang-qiao": ["2", "3"],
      "mt-wenhua-guangchang": ["2", "5"], "mt-jilin-dalu": ["2", "4"],
      "mt-weimanhuanggong": ["3", "4"], "mt-diantai-jie": ["3", "5"],
      "mt-zhiye-jishu-daxue": ["3", "4"], "mt-changying-shijicheng": ["3", "6"],
      "mt-fuzhi-dalu": ["4", "6"], "mt-guigu-guangchang": ["5", "6"],
    ]
    for (stop, lines) in inStation.sorted(by: { $0.key < $1.key }) {
      let serving = Set(
        network.lines.filter { line in line.stops.contains { $0.stop.rawValue == stop } }
          .map { String($0.id.rawValue.split(separator: "-").last!) })
      XCTAssertEqual(serving, lines, stop)
    }
    let transfers = Set(
      network.stopTransfers.map { [$0.fromStop.rawValue, $0.toStop.rawValue].sorted() })
    for pair in [
      ["mt-dongdaqiao", "mt-dongdaqiao-5"], ["mt-changchunzhan", "st-changchun"],
      ["mt-changchunzhan-bei", "st-changchun"], ["mt-changchunxi-zhan", "st-changchun-west"],
      ["st-changchun-west", "tm-changchunxi-zhan"], ["mt-changchunxi-zhan", "tm-changchunxi-zhan"],
    ] {
      XCTAssertTrue(transfers.contains(pair), "no stop transfer \(pair)")
    }
  }

  /// Lines 7 and 9 are not open (§8.9 item 4): scenario material, not base data.
  func test_linesNotOpen_areNotInTheBaseNetwork() throws {
    let network = try DefaultNetwork.network()
    let ids = Set(network.lines.map(\.id.rawValue))
    XCTAssertFalse(ids.contains("changchun-metro-7"))
    XCTAssertFalse(ids.contains("changchun-metro-9"))
    XCTAssertNil(network.stopIndex(of: "mt-longjia-jichang-t3"))
  }
}
