import TransitModel

/// Draws the network map with isochrone bands and gaps as an SVG a planner can put in a report.
///
/// Layout (pixels): a title band on top, the map area on the left, the legend on the right, small
/// print at the foot. Layers bottom to top: bands (largest first), roads by class, coach and rail
/// lines by class, flights as thin dashed arcs, places sized by population (circle area ∝
/// population), gap rings, labels placed without overlaps, frame, north arrow and scale bar.
enum SVGMapRenderer {
  static let pageWidth = 1500.0
  static let pageHeight = 1112.0
  static let mapLeft = 20.0
  static let mapTop = 84.0
  static let mapWidth = 1080.0
  static let mapHeight = 920.0

  static func render(_ content: SVGMapContent) -> String {
    let network = content.network
    let frame = frame(content)
    var document = SVGDocument(width: pageWidth, height: pageHeight)
    document.element(
      "rect",
      [
        ("x", "0"), ("y", "0"), ("width", SVGDocument.number(pageWidth)),
        ("height", SVGDocument.number(pageHeight)), ("fill", "#ffffff"),
      ])
    document.append(
      "<defs><clipPath id=\"map-area\"><rect x=\"\(SVGDocument.number(mapLeft))\" y=\""
        + "\(SVGDocument.number(mapTop))\" width=\"\(SVGDocument.number(mapWidth))\" height=\""
        + "\(SVGDocument.number(mapHeight))\"/></clipPath></defs>")
    document.beginGroup([("clip-path", "url(#map-area)"), ("font-family", SVGMapStyle.fontFamily)])
    document.element(
      "rect",
      [
        ("x", SVGDocument.number(mapLeft)), ("y", SVGDocument.number(mapTop)),
        ("width", SVGDocument.number(mapWidth)), ("height", SVGDocument.number(mapHeight)),
        ("fill", SVGMapStyle.water),
      ])
    drawBands(content, frame, into: &document)
    drawRoads(network, frame, into: &document)
    drawLines(content, frame, into: &document)
    drawOutlines(content, frame, into: &document)
    drawStopMarkers(content, frame, into: &document)
    if let scenario = content.scenario { drawScenario(scenario, frame, into: &document) }
    drawPlaces(content, frame, into: &document)
    document.endGroup()
    document.element(
      "rect",
      [
        ("x", SVGDocument.number(mapLeft)), ("y", SVGDocument.number(mapTop)),
        ("width", SVGDocument.number(mapWidth)), ("height", SVGDocument.number(mapHeight)),
        ("fill", "none"), ("stroke", "#636363"), ("stroke-width", "1"),
      ])
    drawNorthArrow(frame, into: &document)
    drawScaleBar(frame, into: &document)
    drawTitle(content, into: &document)
    drawLegend(content, frame, into: &document)
    drawFootnotes(content, frame, into: &document)
    return document.text
  }

  /// The map area fitted to the planning-scope places (all places if none is in scope).
  static func frame(_ content: SVGMapContent) -> SVGMapFrame {
    let network = content.network
    let scopePoints = network.places.filter { $0.scope != .no }.map {
      content.projection.project(latitude: $0.latitude, longitude: $0.longitude)
    }
    return SVGMapFrame(
      projection: content.projection,
      extent: scopePoints.isEmpty
        ? network.places.map {
          content.projection.project(latitude: $0.latitude, longitude: $0.longitude)
        } : scopePoints,
      left: mapLeft, top: mapTop, width: mapWidth, height: mapHeight)
  }

  private static func drawBands(
    _ content: SVGMapContent, _ frame: SVGMapFrame, into document: inout SVGDocument
  ) {
    let count = content.bands.count
    document.beginGroup([("id", "isochrone-bands")])
    for index in content.bands.indices.reversed() {
      let band = content.bands[index]
      var rings: [[(x: Double, y: Double)]] = []
      for polygon in band.polygons {
        for ring in [polygon.outer] + polygon.holes {
          rings.append(
            ring.positions.map { frame.pixel(latitude: $0.latitude, longitude: $0.longitude) })
        }
      }
      document.element(
        "path",
        [
          ("d", SVGDocument.pathData(rings: rings)), ("fill-rule", "evenodd"),
          ("fill", SVGMapStyle.bandFill(index: index, count: count)), ("fill-opacity", "0.85"),
          ("stroke", "#41ab5d"), ("stroke-width", "0.6"),
        ])
    }
    document.endGroup()
  }

  /// Page positions of every stop, by id.
  static func stopPixels(_ network: Network, _ frame: SVGMapFrame) -> [String: (
    x: Double, y: Double
  )] {
    var pixels: [String: (x: Double, y: Double)] = [:]
    for stop in network.stops {
      pixels[stop.id.rawValue] = frame.pixel(latitude: stop.latitude, longitude: stop.longitude)
    }
    return pixels
  }

  /// Page positions of every road node (places and junctions), by id.
  static func roadNodePixels(_ network: Network, _ frame: SVGMapFrame) -> [String: (
    x: Double, y: Double
  )] {
    var pixels: [String: (x: Double, y: Double)] = [:]
    for place in network.places {
      pixels[place.id.rawValue] = frame.pixel(latitude: place.latitude, longitude: place.longitude)
    }
    for junction in network.junctions {
      pixels[junction.id.rawValue] = frame.pixel(
        latitude: junction.latitude, longitude: junction.longitude)
    }
    return pixels
  }

  private static func drawRoads(
    _ network: Network, _ frame: SVGMapFrame, into document: inout SVGDocument
  ) {
    let pixels = roadNodePixels(network, frame)
    document.beginGroup([("id", "roads")])
    for roadClass in [RoadClass.urban, .provincial, .national, .expressway] {
      var data = ""
      for link in network.roadLinks where link.roadClass == roadClass {
        guard let a = pixels[link.from.rawValue], let b = pixels[link.to.rawValue] else { continue }
        data += "M\(SVGDocument.number(a.x)) \(SVGDocument.number(a.y))"
        data += "L\(SVGDocument.number(b.x)) \(SVGDocument.number(b.y))"
      }
      if data.isEmpty { continue }
      document.element("path", [("d", data)] + SVGMapStyle.stroke(roadClass).attributes)
    }
    document.endGroup()
  }

  private static func drawLines(
    _ content: SVGMapContent, _ frame: SVGMapFrame, into document: inout SVGDocument
  ) {
    let network = content.network
    let stopPixels = stopPixels(network, frame)
    let simplified = SVGRailSegments(network: network, projection: content.projection)
    document.beginGroup([("id", "lines")])
    for lineClass in [
      LineClass.bus, .coach, .metro, .conventional, .suburban, .intercity, .highSpeed, .air,
    ] {
      var data = ""
      for pair in simplified.segments[lineClass] ?? [] {
        guard let a = stopPixels[pair[0]], let b = stopPixels[pair[1]] else { continue }
        if lineClass == .air, !(frame.contains(a) && frame.contains(b)) { continue }
        data += "M\(SVGDocument.number(a.x)) \(SVGDocument.number(a.y))"
        if lineClass == .air {
          // A gentle arc: control point off the chord's middle by a fifth of its length.
          let mx = (a.x + b.x) / 2 - (b.y - a.y) / 5
          let my = (a.y + b.y) / 2 + (b.x - a.x) / 5
          data += "Q\(SVGDocument.number(mx)) \(SVGDocument.number(my)) "
        } else {
          data += "L"
        }
        data += "\(SVGDocument.number(b.x)) \(SVGDocument.number(b.y))"
      }
      if data.isEmpty { continue }
      document.element("path", [("d", data)] + SVGMapStyle.stroke(lineClass).attributes)
    }
    document.endGroup()
  }

  /// Flight segments with an airport outside the map area (not drawn; the legend says how many).
  static func flightsLeavingTheMap(_ content: SVGMapContent, _ frame: SVGMapFrame) -> Int {
    var stops: [String: Stop] = [:]
    for stop in content.network.stops { stops[stop.id.rawValue] = stop }
    let simplified = SVGRailSegments(network: content.network, projection: content.projection)
    return (simplified.segments[.air] ?? []).filter { pair in
      pair.contains { id in
        guard let stop = stops[id] else { return true }
        return !frame.contains(frame.pixel(latitude: stop.latitude, longitude: stop.longitude))
      }
    }.count
  }
}
