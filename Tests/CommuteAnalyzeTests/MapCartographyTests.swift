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
