import TransitModel
import XCTest

@testable import commute_analyze

/// The map's labels on the default network: none overlaps another, and every place of at least
/// `SVGMapRenderer.labelledPopulation` residents in the map area is labelled.
final class MapLabelTests: XCTestCase {
  private func defaultContent() throws -> SVGMapContent {
    let files = try XCTUnwrap(try EmbeddedNetwork.files())
    let network = try NetworkLoader.load(NetworkFiles(files: files)).network.network
    let changchun = try XCTUnwrap(network.placeIndex(of: PlaceID("changchun")))
    return SVGMapContent(
      network: network, projection: Isochrone.projection(for: network), bands: [],
      origins: [changchun], isGap: [], gapThresholdMinutes: 60, profileName: "any",
      gapDirectionName: "to", title: "", subtitle: "", footnotes: [])
  }

  func test_defaultNetwork_labelsNeverOverlap_andEveryLargePlaceIsLabelled() throws {
    let content = try defaultContent()
    let frame = SVGMapRenderer.frame(content)
    let (pixels, radii) = SVGMapRenderer.placeMarks(content, frame)
    let placed = SVGMapRenderer.labelLayout(content, frame, pixels: pixels, radii: radii)
    let boxes = placed.map(SVGLabelPlacer.box(of:))
    for i in boxes.indices {
      for j in boxes.indices where j > i {
        XCTAssertFalse(
          boxes[i].overlaps(boxes[j]), "'\(placed[i].text)' overlaps '\(placed[j].text)'")
      }
    }
    let labelled = Set(placed.map(\.text))
    var large = 0
    for (index, place) in content.network.places.enumerated()
    where frame.contains(pixels[index])
      && place.population >= SVGMapRenderer.labelledPopulation
    {
      large += 1
      XCTAssertTrue(
        labelled.contains(place.nameZh), "\(place.id) (\(place.population)) has no label")
    }
    // The test means something only while the map shows many large places.
    XCTAssertGreaterThan(large, 15)
    XCTAssertTrue(labelled.contains("宽城区"))
  }

  func test_labelPlacer_movesAMustShowLabelOutWithALeader_andSkipsAnOptionalOne() {
    // A point boxed in on its eight near positions by reserved squares.
    var placer = SVGLabelPlacer(minX: 0, minY: 0, maxX: 400, maxY: 400)
    for (dx, dy) in [(1, 0), (-1, 0), (0, 1), (0, -1), (1, 1), (1, -1), (-1, 1), (-1, -1)] {
      placer.reserve(
        SVGLabelPlacer.Box(
          minX: 200 + Double(dx) * 20 - 14, minY: 200 + Double(dy) * 20 - 14,
          maxX: 200 + Double(dx) * 20 + 14, maxY: 200 + Double(dy) * 20 + 14))
    }
    XCTAssertFalse(placer.place("小", x: 200, y: 200, radius: 4, fontSize: 11))
    XCTAssertTrue(placer.place("大", x: 200, y: 200, radius: 4, fontSize: 11, mustShow: true))
    XCTAssertNotNil(placer.placed.last?.leader)
  }

  func test_labelPlacer_prefersAPositionClearOfStrokes() {
    // A vertical rail line just right of the point: the label goes to the left.
    var placer = SVGLabelPlacer(minX: 0, minY: 0, maxX: 400, maxY: 400)
    placer.reserveStroke(from: (215, 0), to: (215, 400))
    XCTAssertTrue(placer.place("吉林", x: 200, y: 200, radius: 5, fontSize: 12))
    XCTAssertEqual(placer.placed.last?.anchor, "end")
  }
}

/// One stroke per physical corridor on the default network's map.
final class MapCorridorStrokeTests: XCTestCase {
  func test_jinghaFromChangchunStation_isDrawnAsTheCorridorThroughChangchunWest() throws {
    let files = try XCTUnwrap(try EmbeddedNetwork.files())
    let network = try NetworkLoader.load(NetworkFiles(files: files)).network.network
    let segments =
      SVGRailSegments(
        network: network, projection: Isochrone.projection(for: network)
      ).segments[.highSpeed] ?? []
    // 长春站 → 四平东 (jingha-hsr-cc-siping) runs on the track 长春西 → 公主岭南 → 四平东 draws.
    XCTAssertFalse(segments.contains(["st-changchun", "st-siping-east"]))
    XCTAssertTrue(segments.contains(["st-changchun-west", "st-gongzhuling-south"]))
    XCTAssertTrue(segments.contains(["st-gongzhuling-south", "st-siping-east"]))
  }
}

/// Stations, airports, line names, road numbers and outlines on the default network's map.
final class MapAnnotationTests: XCTestCase {
  private func defaultNetwork() throws -> Network {
    let files = try XCTUnwrap(try EmbeddedNetwork.files())
    return try NetworkLoader.load(NetworkFiles(files: files)).network.network
  }

  func test_defaultMap_namesLinesRoadsAndTheAirport() throws {
    let network = try defaultNetwork()
    let changchun = try XCTUnwrap(network.placeIndex(of: PlaceID("changchun")))
    let content = SVGMapContent(
      network: network, projection: Isochrone.projection(for: network), bands: [],
      origins: [changchun], isGap: [], gapThresholdMinutes: 60, profileName: "any",
      gapDirectionName: "to", title: "", subtitle: "", footnotes: [])
    let frame = SVGMapRenderer.frame(content)
    let (pixels, radii) = SVGMapRenderer.placeMarks(content, frame)
    let placed = SVGMapRenderer.labelLayout(content, frame, pixels: pixels, radii: radii)
    let lines = Set(placed.filter { if case .line = $0.kind { true } else { false } }.map(\.text))
    let roads = Set(placed.filter { if case .road = $0.kind { true } else { false } }.map(\.text))
    let stops = Set(placed.filter { $0.kind == .stop }.map(\.text))
    XCTAssertTrue(lines.contains("京哈高铁"), "\(lines.sorted())")
    XCTAssertTrue(roads.isSuperset(of: ["G1", "G12", "G102"]), "\(roads.sorted())")
    XCTAssertTrue(stops.contains("长春龙嘉国际机场"), "\(stops.sorted())")
    // Each line and road is named once.
    XCTAssertEqual(
      placed.filter { if case .road = $0.kind { true } else { false } }.count, roads.count)
  }

  func test_shortLineName_isTheNameUpToTheFirstSpaceOrBracket() {
    XCTAssertEqual(SVGMapRenderer.shortLineName("京哈高铁 直达 长春西–哈尔滨西"), "京哈高铁")
    XCTAssertEqual(SVGMapRenderer.shortLineName("长珲城际（长春–吉林）"), "长珲城际")
    XCTAssertEqual(SVGMapRenderer.shortLineName("四梅线"), "四梅线")
  }

  func test_convexHull_holdsEveryPoint_onRandomPoints() {
    var state: UInt64 = 14
    func next() -> Double {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Double(state >> 11) / Double(1 << 53) * 100
    }
    for _ in 0..<200 {
      let points = (0..<Int(next() / 5 + 3)).map { _ in (x: next(), y: next()) }
      let hull = SVGMapRenderer.convexHull(points)
      XCTAssertGreaterThanOrEqual(hull.count, 3)
      for index in hull.indices {
        let a = hull[index]
        let b = hull[(index + 1) % hull.count]
        for p in points {
          // Every point on the inner side of (or on) every edge: counter-clockwise, cross ≥ 0.
          let cross = (b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x)
          XCTAssertGreaterThanOrEqual(cross, -1e-9)
        }
      }
    }
  }
}
