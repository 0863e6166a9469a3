import TransitModel

/// Stations, airports, line names and road numbers: drawn on the map and named through the same
/// label placer as the places, after them, so they never cover a place's label or each other.
extension SVGMapRenderer {
  /// The major stops: every airport, and every rail station a high-speed or intercity line serves.
  static func majorStops(_ network: Network) -> [Int] {
    var served: Set<StopID> = []
    for line in network.lines where line.lineClass == .highSpeed || line.lineClass == .intercity {
      for stop in line.stops { served.insert(stop.stop) }
    }
    return network.stops.indices.filter {
      let stop = network.stops[$0]
      return stop.kind == .airport || (stop.kind == .rail && served.contains(stop.id))
    }
  }

  /// Markers of the major stops: a small white square for a station, a dark diamond for an airport.
  static func drawStopMarkers(
    _ content: SVGMapContent, _ frame: SVGMapFrame, into document: inout SVGDocument
  ) {
    document.beginGroup([("id", "stations"), ("stroke", "#252525"), ("stroke-width", "1")])
    for index in majorStops(content.network) {
      let stop = content.network.stops[index]
      let (x, y) = frame.pixel(latitude: stop.latitude, longitude: stop.longitude)
      guard frame.contains((x, y)) else { continue }
      let airport = stop.kind == .airport
      document.element(
        "path",
        [
          ("d", airport ? airportMarker(x, y) : stationMarker(x, y)),
          ("fill", airport ? airportFill : "#ffffff"),
        ])
    }
    document.endGroup()
  }

  static let airportFill = "#343a40"

  /// A diamond 11 pixels across centred on (`x`, `y`).
  static func airportMarker(_ x: Double, _ y: Double) -> String {
    let n = SVGDocument.number
    return
      "M\(n(x)) \(n(y - 5.5))L\(n(x + 5.5)) \(n(y))L\(n(x)) \(n(y + 5.5))L\(n(x - 5.5)) \(n(y))Z"
  }

  /// A square 6 pixels wide centred on (`x`, `y`).
  static func stationMarker(_ x: Double, _ y: Double) -> String {
    let n = SVGDocument.number
    return
      "M\(n(x - 3)) \(n(y - 3))L\(n(x + 3)) \(n(y - 3))L\(n(x + 3)) \(n(y + 3))L\(n(x - 3)) \(n(y + 3))Z"
  }

  /// Names the major stops beside their markers (airports first), where room is left.
  static func placeStopLabels(
    _ content: SVGMapContent, _ frame: SVGMapFrame, _ placer: inout SVGLabelPlacer
  ) {
    let network = content.network
    let stops = majorStops(network).sorted {
      let a = network.stops[$0]
      let b = network.stops[$1]
      return (a.kind == .airport ? 0 : 1, a.id) < (b.kind == .airport ? 0 : 1, b.id)
    }
    for index in stops {
      let stop = network.stops[index]
      let (x, y) = frame.pixel(latitude: stop.latitude, longitude: stop.longitude)
      guard frame.contains((x, y)) else { continue }
      placer.place(stop.nameZh, x: x, y: y, radius: 4, fontSize: 9.5, kind: .stop)
    }
  }

  /// The name a line is known by on a map: its Chinese name up to the first space or bracket
  /// (`京哈高铁 直达 长春西–哈尔滨西` → `京哈高铁`).
  static func shortLineName(_ nameZh: String) -> String {
    String(nameZh.prefix { $0 != " " && $0 != "（" && $0 != "(" })
  }

  /// Candidate spots along a segment: its middle, then farther toward either end.
  private static let spotsAlong = [0.5, 0.38, 0.62, 0.26, 0.74]

  /// Names each rail line (its short name, once) on the longest of its drawn segments in the map
  /// area that has room, in the colour of its class: high-speed first, then intercity, suburban and
  /// conventional, each by name.
  static func placeLineNames(
    _ content: SVGMapContent, _ frame: SVGMapFrame, _ placer: inout SVGLabelPlacer
  ) {
    let network = content.network
    let stopPixels = stopPixels(network, frame)
    let drawn = SVGRailSegments(network: network, projection: content.projection).segments
    for lineClass in [LineClass.highSpeed, .intercity, .suburban, .conventional] {
      let drawnPairs = Set(drawn[lineClass] ?? [])
      var segmentsByName: [String: Set<[String]>] = [:]
      for line in network.lines where line.lineClass == lineClass {
        for index in line.stops.indices.dropFirst() {
          let pair = [line.stops[index - 1].stop.rawValue, line.stops[index].stop.rawValue].sorted()
          if drawnPairs.contains(pair) {
            segmentsByName[shortLineName(line.nameZh), default: []].insert(pair)
          }
        }
      }
      let colour = SVGMapStyle.stroke(lineClass).colour
      for name in segmentsByName.keys.sorted() where !name.isEmpty {
        let segments = segmentsByName[name, default: []].compactMap {
          pair -> (a: (x: Double, y: Double), b: (x: Double, y: Double))? in
          guard let a = stopPixels[pair[0]], let b = stopPixels[pair[1]] else { return nil }
          return (a, b)
        }
        placeAlong(
          segments, name, frame, &placer, fontSize: 10, kind: .line(colour: colour), padding: 0)
      }
    }
  }

  /// Numbers each expressway and national road (its `road` name, once) on the longest of its
  /// links in the map area that has room, as a shield of its class colour.
  static func placeRoadNumbers(
    _ content: SVGMapContent, _ frame: SVGMapFrame, _ placer: inout SVGLabelPlacer
  ) {
    let network = content.network
    let pixels = roadNodePixels(network, frame)
    for roadClass in [RoadClass.expressway, .national] {
      var linksByRoad: [String: [(a: (x: Double, y: Double), b: (x: Double, y: Double))]] = [:]
      for link in network.roadLinks where link.roadClass == roadClass {
        let road = link.road
        guard !road.isEmpty, road != "urban", !road.contains(" "), !road.contains("(") else {
          continue
        }
        if let a = pixels[link.from.rawValue], let b = pixels[link.to.rawValue] {
          linksByRoad[road, default: []].append((a, b))
        }
      }
      let colour = roadClass == .expressway ? "#2b8a3e" : "#c92a2a"
      for road in linksByRoad.keys.sorted() {
        placeAlong(
          linksByRoad[road, default: []], road, frame, &placer, fontSize: 9,
          kind: .road(colour: colour), padding: 2)
      }
    }
  }

  /// Places `text` at the first free spot along the longest of `segments` inside the map area.
  private static func placeAlong(
    _ segments: [(a: (x: Double, y: Double), b: (x: Double, y: Double))], _ text: String,
    _ frame: SVGMapFrame, _ placer: inout SVGLabelPlacer, fontSize: Double,
    kind: SVGLabelPlacer.Kind, padding: Double
  ) {
    let width = SVGLabelPlacer.width(of: text, fontSize: fontSize)
    let inside = segments.filter { frame.contains($0.a) && frame.contains($0.b) }
    let longest = inside.sorted {
      let la = (($0.b.x - $0.a.x) * ($0.b.x - $0.a.x) + ($0.b.y - $0.a.y) * ($0.b.y - $0.a.y))
      let lb = (($1.b.x - $1.a.x) * ($1.b.x - $1.a.x) + ($1.b.y - $1.a.y) * ($1.b.y - $1.a.y))
      return la != lb ? la > lb : ($0.a.x, $0.a.y) < ($1.a.x, $1.a.y)
    }
    for segment in longest {
      let dx = segment.b.x - segment.a.x
      let dy = segment.b.y - segment.a.y
      guard (dx * dx + dy * dy).squareRoot() > width + 24 else { continue }
      for fraction in spotsAlong {
        let x = segment.a.x + dx * fraction
        let y = segment.a.y + dy * fraction
        if placer.place(
          text, centredAt: x, baseline: y + 0.35 * fontSize, fontSize: fontSize, kind: kind,
          padding: padding)
        {
          return
        }
      }
    }
  }
}
