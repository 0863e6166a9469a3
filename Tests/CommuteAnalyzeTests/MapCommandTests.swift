import Foundation
import TransitModel
import XCTest

@testable import commute_analyze

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// `map` end to end on the fixture network, and the SVG writer's escaping and number format.
final class MapCommandTests: XCTestCase {
  private static let network = Result { try IsochroneFixtureNetwork.folder().path }

  private func run(_ arguments: [String]) throws -> ToolRun {
    try ToolRunner.run(arguments + ["--network", try Self.network.get()])
  }

  /// Collects element names, attributes and the text of each element (its character chunks
  /// joined) while parsing; fails on malformed XML.
  private final class Collector: NSObject, XMLParserDelegate {
    var elements: [String: Int] = [:]
    var texts: [String] = []
    var attributes: [[String: String]] = []
    private var current = ""
    func parser(
      _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
      qualifiedName: String?, attributes: [String: String] = [:]
    ) {
      elements[elementName, default: 0] += 1
      self.attributes.append(attributes)
      current = ""
    }
    func parser(
      _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
      qualifiedName: String?
    ) {
      if !current.isEmpty { texts.append(current) }
      current = ""
    }
    func parser(_ parser: XMLParser, foundCharacters string: String) { current += string }
  }

  private func parse(_ bytes: [UInt8]) throws -> Collector {
    let parser = XMLParser(data: Data(bytes))
    let collector = Collector()
    parser.delegate = collector
    XCTAssertTrue(
      parser.parse(), "SVG is not well-formed XML: \(String(describing: parser.parserError))")
    return collector
  }

  func test_map_isWellFormedSVG_withLegendScaleBarNorthArrowAndProvenance() throws {
    let folder = try scratchFolder()
    let path = folder.appendingPathComponent("map.svg").path
    let result = try run(["map", "-o", path])
    XCTAssertEqual(result.status, 0, result.stderr)
    XCTAssertEqual(result.stdout, "")
    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    let svg = try parse(bytes)
    XCTAssertEqual(svg.elements["svg"], 1)
    let text = svg.texts.joined(separator: "\n")
    for expected in [
      "≤ 30 min", "≤ 60 min", "≤ 90 min", "≤ 120 min", "高速铁路 high-speed rail",
      "城际铁路 intercity rail", "普速铁路 conventional rail", "航线 flight", "高速公路 expressway",
      "国道 national road", "省道 provincial road", "城市道路 urban road", " km", "N 北",
      "azimuthal equidistant", "长春", "吉林",
    ] {
      XCTAssertTrue(text.contains(expected), "map lacks '\(expected)'")
    }
    // Liaoyuan is 120 km of national road away (≈ 111 + 5 min by car, no rail): a red gap ring.
    let gapRings = svg.attributes.filter { $0["stroke"] == SVGMapStyle.gapColour && $0["r"] != nil }
    XCTAssertGreaterThanOrEqual(gapRings.count, 2)  // at least one gap plus the legend sample
  }

  /// The map rings exactly the places `coverage` lists as gaps (one rule, `CoverageGapRule`):
  /// the same count for the commute to the same origin by the same profile.
  func test_mapGaps_areCoverageGaps() throws {
    for minutes in ["45", "60", "90", "59.995"] {
      let map = try run(["map", "--gap-minutes", minutes, "--within", "60"])
      XCTAssertEqual(map.status, 0, map.stderr)
      let coverage = try run([
        "coverage", "--within", minutes, "--profile", "any", "--format", "json",
      ])
      XCTAssertEqual(coverage.status, 0, coverage.stderr)
      let summary = try Fixture.parseJSON(coverage.stdout)["summary"] as? [String: Any]
      let gaps = try XCTUnwrap(summary?["gaps"] as? [Any], minutes)
      XCTAssertFalse(gaps.isEmpty, minutes)
      XCTAssertTrue(
        map.stdout.contains("; \(gaps.count) places in the planning scope are more than"),
        "\(minutes): coverage lists \(gaps.count) gaps")
    }
  }

  func test_defaultNetworkMap_isWellFormedSVG() throws {
    let result = try ToolRunner.run(["map"])
    XCTAssertEqual(result.status, 0, result.stderr)
    let svg = try parse(result.stdoutBytes)
    XCTAssertEqual(svg.elements["svg"], 1)
    XCTAssertTrue(svg.texts.contains { $0.contains("长春") })
  }

  func test_hostilePlaceName_isEscaped_andTheMapIsDeterministic() throws {
    let first = try run(["map", "--from", "xscript", "--within", "30,60"])
    let second = try run(["map", "--from", "xscript", "--within", "30,60"])
    XCTAssertEqual(first.status, 0, first.stderr)
    XCTAssertEqual(first.stdoutBytes, second.stdoutBytes)
    XCTAssertFalse(first.stdout.contains("<script"))
    XCTAssertTrue(first.stdout.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    let svg = try parse(first.stdoutBytes)
    XCTAssertNil(svg.elements["script"])
    XCTAssertTrue(svg.texts.contains { $0.contains("<script>alert(1)</script>") })
  }

  func test_goldenOutputs_onTheCoverageFixtureNetwork() throws {
    // Reviewed byte for byte: regenerate with UPDATE_GOLDEN=1 and read the diff.
    let network = Fixture.network.path
    let bands = try ToolRunner.run(["isochrone", "--network", network, "--within", "30,60"])
    XCTAssertEqual(bands.status, 0, bands.stderr)
    try Fixture.assertGolden(bands.stdout, "isochrone-30-60.geojson")
    let map = try ToolRunner.run(["map", "--network", network])
    XCTAssertEqual(map.status, 0, map.stderr)
    _ = try parse(map.stdoutBytes)
    try Fixture.assertGolden(map.stdout, "map.svg")
  }

  func test_svgEscaping_coversMarkupQuotesAndControlCharacters() {
    XCTAssertEqual(
      XMLText.escaped("<a href=\"x\">'&'</a>"),
      "&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;")
    XCTAssertEqual(XMLText.escaped("a\u{0}b\u{1B}c\td"), "abc\td")
    XCTAssertEqual(XMLText.escaped("长春 Changchun"), "长春 Changchun")
  }

  func test_numbers_haveOneDecimal_withoutLocale() {
    XCTAssertEqual(SVGDocument.number(12.345), "12.3")
    XCTAssertEqual(SVGDocument.number(-0.04), "0.0")
    XCTAssertEqual(SVGDocument.number(-3.25), "-3.3")
    XCTAssertEqual(SVGDocument.number(1500), "1500.0")
    XCTAssertEqual(GeoJSONIsochroneWriter.degrees(125_300_000), "125.300000")
    XCTAssertEqual(GeoJSONIsochroneWriter.degrees(-1), "-0.000001")
    XCTAssertEqual(GeoJSONIsochroneWriter.degrees(43_000_123), "43.000123")
  }

  func test_scaleBar_isARoundLengthAboutAFifthOfTheMap() {
    // 1080 px wide at 2 px/km: a fifth is 108 km, so the bar is 100 km (1, 2, 5 × 10ⁿ).
    let frame = SVGMapFrame(
      projection: AzimuthalEquidistantProjection(centreLatitude: 44, centreLongitude: 125),
      extent: [PlanarPoint(xKm: -250, yKm: -100), PlanarPoint(xKm: 250, yKm: 100)], left: 0,
      top: 0, width: 1080, height: 900, marginFraction: 0.04)
    XCTAssertEqual(frame.pixelsPerKm, 1080 / (500 * 1.08), accuracy: 1e-9)
    XCTAssertEqual(frame.scaleBarKm, 100)
  }

  func test_labels_neverOverlap() {
    var placer = SVGLabelPlacer(minX: 0, minY: 0, maxX: 400, maxY: 400)
    for index in 0..<200 {
      let x = Double((index * 37) % 380) + 10
      let y = Double((index * 91) % 380) + 10
      placer.place("地点\(index)", x: x, y: y, radius: 4, fontSize: 12)
    }
    let boxes = placer.placed.map(SVGLabelPlacer.box(of:)).map {
      SVGLabelPlacer.Box(
        minX: $0.minX + 0.01, minY: $0.minY + 0.01, maxX: $0.maxX - 0.01, maxY: $0.maxY - 0.01)
    }
    XCTAssertGreaterThan(boxes.count, 10)
    for i in boxes.indices {
      for j in boxes.indices where j > i {
        XCTAssertFalse(boxes[i].overlaps(boxes[j]), "labels \(i) and \(j) overlap")
      }
    }
  }
}
