import Foundation
import TransitModel
import XCTest

/// The default network as data: every row sourced, every id known, files in the house encoding, the
/// sheet's 74 places present, every place reachable.
final class NetworkIntegrityTests: XCTestCase {
  /// The place ids of the facts sheet's table 1.2, in its order.
  static let sheetPlaceIDs = [
    "changchun", "chaoyang-cc", "nanguan", "kuancheng", "erdao", "lvyuan", "shuangyang", "jiutai",
    "gongzhuling",
    "nongan", "dehui", "yushu", "changchun-new-area", "jingyue", "qikai", "konggang", "mishazi",
    "helong", "hexin",
    "daling", "fanjiatun", "luxiang", "quannong", "jilin", "chuanying", "changyi", "longtan",
    "fengman", "yongji",
    "panshi", "jiaohe", "huadian", "shulan", "siping", "tiexi-sp", "tiedong-sp", "lishu", "yitong",
    "shuangliao",
    "liaoyuan", "longshan-ly", "xian-ly", "dongliao", "dongfeng", "songyuan", "baicheng", "ulanhot",
    "yanji",
    "hunchun", "dunhua", "tumen", "antu", "changbaishan", "songjianghe", "tonghua", "baishan",
    "meihekou", "jian",
    "tongliao", "harbin", "shenyang", "dalian", "tieling", "kaiyuan", "beijing", "fuyu", "changtu",
    "fushun",
    "xifeng", "huaide", "kalun", "chaluhe", "yantongshan", "changling",
  ]

  /// Stops the network keeps although no line serves them (the loader warns about each).
  static let stopsWithoutService: Set<String> = [
    "st-changchun-north",  // §2.1: freight mainly, few or no passenger trains
    "st-baishanshi",  // §2.1: 鸭大线 branch, no time in the sheet
    "st-jian",  // §2.1: 梅集线 passenger service suspended 2020
    "ap-hrb", "ap-she",  // §5: no regular CGQ–HRB / CGQ–SHE flights
    "ap-jil",  // §2.2: mostly closed to scheduled flights since 2005
  ]

  func test_network_loadsWithoutErrors_andOnlyTheKnownWarnings() throws {
    switch DefaultNetwork.loaded {
    case .failure(let failure):
      XCTFail("default network does not load:\n\(failure.text)")
    case .success(let value):
      for warning in value.warnings {
        let known = Self.stopsWithoutService.contains {
          warning.message.contains("'\($0)' is served by no line")
        }
        XCTAssertTrue(known, "unexpected warning: \(warning)")
      }
      XCTAssertEqual(value.warnings.count, Self.stopsWithoutService.count)
    }
  }

  func test_everyPlaceOfTheSheet_isPresentWithItsID() throws {
    let network = try DefaultNetwork.network()
    XCTAssertEqual(Self.sheetPlaceIDs.count, 74)
    XCTAssertEqual(Set(network.places.map(\.id.rawValue)), Set(Self.sheetPlaceIDs))
    XCTAssertEqual(network.clusters.map(\.id.rawValue).sorted(), ["cc-jl", "cc-ly", "cc-sp"])
    XCTAssertEqual(
      network.corridors.map(\.id.rawValue).sorted(),
      ["cc-changbaishan", "cc-tonghua-baishan", "cc-tongliao", "hunwu-corridor", "jingha-axis"])
    for corridor in network.corridors {
      XCTAssertFalse(corridor.placeIDs.isEmpty, "\(corridor.id)")
      XCTAssertFalse(corridor.lineIDs.isEmpty, "\(corridor.id)")
      XCTAssertFalse(corridor.links(in: network.network).isEmpty, "\(corridor.id)")
    }
  }

  func test_everyRow_hasANonEmptySource() throws {
    for name in try DefaultNetwork.tableNames() {
      let table = try DefaultNetwork.table(name)
      XCTAssertNotNil(table.column("source"), "\(name) has no source column")
      for column in ["source", "population_source"] where table.column(column) != nil {
        for (offset, cell) in table.values(column).enumerated() {
          XCTAssertFalse(
            cell.trimmingCharacters(in: .whitespaces).isEmpty,
            "\(name):\(offset + 2): empty \(column)")
        }
      }
    }
  }

  /// Sheet figures marked (unverified) keep the marker: every unverified population says so.
  func test_unverifiedPopulations_keepTheirMarker() throws {
    let table = try DefaultNetwork.table("places.csv")
    let ids = table.values("id")
    let sources = table.values("population_source")
    for id in [
      "nanguan", "kuancheng", "erdao", "shuangyang", "dehui", "chuanying", "yongji", "longshan-ly",
      "harbin",
    ] {
      guard let row = ids.firstIndex(of: id) else {
        XCTFail("no place \(id)")
        continue
      }
      XCTAssertTrue(sources[row].hasPrefix("unverified:"), "\(id): \(sources[row])")
    }
  }

  /// The sheet's (unverified) airport coordinates (all but CGQ), flights (§5) and routes (G2501 length,
  /// G102/G202/G303 routes) keep the marker.
  func test_unverifiedStopsFlightsAndRoads_keepTheirMarker() throws {
    let stops = try DefaultNetwork.table("stops.csv")
    for (id, source) in zip(stops.values("id"), stops.values("source"))
    where id.hasPrefix("ap-") && id != "ap-cgq" {
      XCTAssertTrue(source.hasPrefix("unverified:"), "\(id): \(source)")
    }
    let lines = try DefaultNetwork.table("lines.csv")
    for (id, (lineClass, source)) in zip(
      lines.values("id"), zip(lines.values("class"), lines.values("source")))
    where lineClass == "air" {
      XCTAssertTrue(source.hasPrefix("unverified:"), "\(id): \(source)")
    }
    let links = try DefaultNetwork.table("road_links.csv")
    for (id, (road, source)) in zip(
      links.values("id"), zip(links.values("road"), links.values("source")))
    where ["G2501", "G102", "G202", "G303"].contains(road) {
      XCTAssertTrue(source.hasPrefix("unverified:"), "\(id): \(source)")
    }
  }

  /// Every id a table refers to exists, checked on the CSV text independently of the loader.
  func test_everyReferencedID_exists() throws {
    let places = Set(try DefaultNetwork.table("places.csv").values("id"))
    let junctions = Set(try DefaultNetwork.table("junctions.csv").values("id"))
    let stops = Set(try DefaultNetwork.table("stops.csv").values("id"))
    let lines = Set(try DefaultNetwork.table("lines.csv").values("id"))
    let clusters = Set(try DefaultNetwork.table("clusters.csv").values("id"))
    let links = try DefaultNetwork.table("road_links.csv")
    let roads = Set(links.values("road"))
    func check(_ table: String, _ column: String, in known: Set<String>, allowEmpty: Bool = false)
      throws
    {
      for (offset, cell) in try DefaultNetwork.table(table).values(column).enumerated() {
        let ids = column == "clusters" ? cell.split(separator: ";").map(String.init) : [cell]
        for id in ids where !(allowEmpty && id.isEmpty) {
          XCTAssertTrue(known.contains(id), "\(table):\(offset + 2): unknown \(column) '\(id)'")
        }
      }
    }
    try check("places.csv", "parent", in: places, allowEmpty: true)
    try check("places.csv", "clusters", in: clusters)
    try check("road_links.csv", "from", in: places.union(junctions))
    try check("road_links.csv", "to", in: places.union(junctions))
    try check("stops.csv", "place", in: places)
    try check("connectors.csv", "place", in: places)
    try check("connectors.csv", "stop", in: stops)
    try check("stop_transfers.csv", "from_stop", in: stops)
    try check("stop_transfers.csv", "to_stop", in: stops)
    try check("line_stops.csv", "line", in: lines)
    try check("line_stops.csv", "stop", in: stops)
    let members = try DefaultNetwork.table("corridor_members.csv")
    let linkIDs = Set(links.values("id"))
    for (kind, member) in zip(members.values("kind"), members.values("member")) {
      let known: Set<String> =
        switch kind {
        case "place": places
        case "line": lines
        case "link": linkIDs
        default: roads
        }
      XCTAssertTrue(known.contains(member), "corridor member \(kind) '\(member)' is unknown")
    }
    XCTAssertTrue(places.isDisjoint(with: junctions), "places and junctions share one namespace")
  }

  func test_files_areUTF8WithoutBOM_withLFLineEnds() throws {
    for name in try DefaultNetwork.tableNames() {
      let bytes = [UInt8](
        try Data(contentsOf: URL(fileURLWithPath: DefaultNetwork.folder + "/" + name)))
      XCTAssertFalse(bytes.starts(with: [0xEF, 0xBB, 0xBF]), "\(name) starts with a BOM")
      XCTAssertFalse(bytes.contains(0x0D), "\(name) has CR line ends")
      XCTAssertEqual(bytes.last, 0x0A, "\(name) does not end with a line end")
      XCTAssertNotNil(String(validating: bytes, as: UTF8.self), "\(name) is not UTF-8")
    }
  }

  func test_everyPlace_isReachableByCar_bothWays() throws {
    let network = try DefaultNetwork.network()
    var engine = TravelTimeEngine(network: network, profile: .car)
    let centre = try network.requirePlace("changchun")
    for direction in [TravelDirection.from, .to] {
      let times = engine.placeTimes([centre], direction: direction)
      for (index, seconds) in times.enumerated() {
        XCTAssertNotNil(seconds, "\(network.places[index].id) unreachable by car (\(direction))")
      }
    }
  }

  /// A place with a rail station that some rail line serves can be reached by rail from Changchun.
  func test_everyPlaceWithAServedStation_isReachableByRail() throws {
    let network = try DefaultNetwork.network()
    var engine = TravelTimeEngine(network: network, profile: .rail)
    let railServed = Set(network.lines.filter(\.lineClass.isRail).flatMap { $0.stops.map(\.stop) })
    let withStation = Set(
      network.stops.filter { $0.kind == .rail && railServed.contains($0.id) }.map(\.place))
    XCTAssertGreaterThan(withStation.count, 35)
    let times = engine.placeTimes([try network.requirePlace("changchun")], direction: .from)
    for id in withStation.sorted() {
      XCTAssertNotNil(
        times[try network.requirePlace(id.rawValue)], "\(id) has a station but no rail trip")
    }
  }
}
