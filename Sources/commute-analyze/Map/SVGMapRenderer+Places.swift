import TransitModel

extension SVGMapRenderer {
  /// The population circles are scaled to: the largest place in the planning scope (all places if
  /// none is in scope), so a far external city does not shrink every circle of the map.
  static func largestPopulation(_ network: Network) -> Int {
    let scope = network.places.filter { $0.scope != .no }
    return (scope.isEmpty ? Array(network.places) : scope).map(\.population).max() ?? 0
  }

  /// Circle radius of a place: area ∝ population, the most populous place at `largestPlaceRadius`.
  static func radius(population: Int, largest: Int) -> Double {
    guard largest > 0 else { return 3 }
    return max(
      2.5, SVGMapStyle.largestPlaceRadius * (Double(population) / Double(largest)).squareRoot())
  }

  /// Every place in the map area with at least this many residents is labelled (with a leader
  /// line when its label must stand away from it); smaller places are labelled where room is left.
  static let labelledPopulation = 300_000

  /// Whether a place's label must be shown: the origins, city cores and places of at least
  /// `labelledPopulation` residents.
  static func mustLabel(_ place: Place, isOrigin: Bool) -> Bool {
    isOrigin || place.kind == .cityCore || place.population >= labelledPopulation
  }

  /// The strokes labels avoid crossing where they can: rail lines and expressways, in pixels.
  static func labelStrokes(
    _ content: SVGMapContent, _ frame: SVGMapFrame
  ) -> [(a: (x: Double, y: Double), b: (x: Double, y: Double))] {
    let network = content.network
    let stopPixels = stopPixels(network, frame)
    let segments = SVGRailSegments(network: network, projection: content.projection).segments
    var strokes: [(a: (x: Double, y: Double), b: (x: Double, y: Double))] = []
    for lineClass in [LineClass.highSpeed, .intercity, .conventional, .suburban] {
      for pair in segments[lineClass] ?? [] {
        if let a = stopPixels[pair[0]], let b = stopPixels[pair[1]] { strokes.append((a, b)) }
      }
    }
    let roadPixels = roadNodePixels(network, frame)
    for link in network.roadLinks where link.roadClass == .expressway {
      if let a = roadPixels[link.from.rawValue], let b = roadPixels[link.to.rawValue] {
        strokes.append((a, b))
      }
    }
    return strokes
  }

  private static func fontSize(_ kind: PlaceKind) -> Double {
    switch kind {
    case .cityCore: return 15
    case .countySeat, .externalCity: return 12.5
    case .district, .satelliteCluster, .town: return 11
    }
  }

  static func drawPlaces(
    _ content: SVGMapContent, _ frame: SVGMapFrame, into document: inout SVGDocument
  ) {
    let places = content.network.places
    let (pixels, radii) = placeMarks(content, frame)
    // Larger circles first, so small places stay visible on top of them.
    let drawOrder = places.indices.filter { frame.contains(pixels[$0], slack: 20) }.sorted {
      (places[$0].population, places[$1].id) > (places[$1].population, places[$0].id)
    }
    let origins = Set(content.origins)
    document.beginGroup([("id", "places")])
    for index in drawOrder {
      let place = places[index]
      let (x, y) = pixels[index]
      document.element(
        "circle",
        [
          ("cx", SVGDocument.number(x)), ("cy", SVGDocument.number(y)),
          ("r", SVGDocument.number(radii[index])),
          ("fill", place.scope == .no ? "#d9d9d9" : SVGMapStyle.placeFill),
          ("fill-opacity", "0.9"), ("stroke", SVGMapStyle.placeStroke),
          ("stroke-width", origins.contains(index) ? "2.4" : "1"),
        ])
      if origins.contains(index) {
        document.element(
          "circle",
          [
            ("cx", SVGDocument.number(x)), ("cy", SVGDocument.number(y)), ("r", "3.5"),
            ("fill", SVGMapStyle.placeStroke),
          ])
      }
      if index < content.isGap.count, content.isGap[index] {
        document.element(
          "circle",
          [
            ("cx", SVGDocument.number(x)), ("cy", SVGDocument.number(y)),
            ("r", SVGDocument.number(radii[index] + 3.5)), ("fill", "none"),
            ("stroke", SVGMapStyle.gapColour), ("stroke-width", "2.4"),
          ])
      }
    }
    document.endGroup()
    drawLabels(content, frame, pixels: pixels, radii: radii, into: &document)
  }

  /// Page positions and circle radii of every place, by place index.
  static func placeMarks(_ content: SVGMapContent, _ frame: SVGMapFrame) -> (
    pixels: [(x: Double, y: Double)], radii: [Double]
  ) {
    let largest = largestPopulation(content.network)
    return (
      content.network.places.map { frame.pixel(latitude: $0.latitude, longitude: $0.longitude) },
      content.network.places.map { radius(population: $0.population, largest: largest) }
    )
  }

  /// The labels of the places in the map area: origins first, then by population, each beside its
  /// point where room is left; places `mustLabel` picks are moved out with a leader line if need be.
  static func labelLayout(
    _ content: SVGMapContent, _ frame: SVGMapFrame, pixels: [(x: Double, y: Double)],
    radii: [Double]
  ) -> [SVGLabelPlacer.Placed] {
    let places = content.network.places
    var placer = SVGLabelPlacer(
      minX: frame.left + 4, minY: frame.top + 4, maxX: frame.left + frame.width - 4,
      maxY: frame.top + frame.height - 4)
    let visible = places.indices.filter { frame.contains(pixels[$0]) }
    for index in visible {
      placer.reserve(x: pixels[index].x, y: pixels[index].y, radius: radii[index] + 3)
    }
    for index in majorStops(content.network) {
      let stop = content.network.stops[index]
      let (x, y) = frame.pixel(latitude: stop.latitude, longitude: stop.longitude)
      if frame.contains((x, y)) { placer.reserve(x: x, y: y, radius: 5) }
    }
    placer.reserve(northArrowBox(frame))
    placer.reserve(scaleBarBox(frame))
    for stroke in labelStrokes(content, frame) {
      placer.reserveStroke(from: stroke.a, to: stroke.b)
    }
    let origins = Set(content.origins)
    // Origins first, then the city cores (the names a reader looks for; their own residents are
    // few when districts hold the rest), then by population: a large place is never left out for a
    // small one.
    let order = visible.sorted {
      let a = places[$0]
      let b = places[$1]
      let rankA = origins.contains($0) ? 0 : a.kind == .cityCore ? 1 : 2
      let rankB = origins.contains($1) ? 0 : b.kind == .cityCore ? 1 : 2
      return (rankA, -a.population, a.id) < (rankB, -b.population, b.id)
    }
    for index in order {
      let place = places[index]
      let isOrigin = origins.contains(index)
      placer.place(
        place.nameZh, x: pixels[index].x, y: pixels[index].y, radius: radii[index] + 3,
        fontSize: isOrigin ? 16 : fontSize(place.kind),
        mustShow: mustLabel(place, isOrigin: isOrigin), force: isOrigin)
    }
    placeStopLabels(content, frame, &placer)
    placeLineNames(content, frame, &placer)
    placeRoadNumbers(content, frame, &placer)
    return placer.placed
  }

  private static func drawLabels(
    _ content: SVGMapContent, _ frame: SVGMapFrame, pixels: [(x: Double, y: Double)],
    radii: [Double], into document: inout SVGDocument
  ) {
    let placed = labelLayout(content, frame, pixels: pixels, radii: radii)
    var leaders = ""
    for label in placed {
      guard let leader = label.leader else { continue }
      leaders += "M\(SVGDocument.number(leader.x1)) \(SVGDocument.number(leader.y1))"
      leaders += "L\(SVGDocument.number(leader.x2)) \(SVGDocument.number(leader.y2))"
    }
    if !leaders.isEmpty {
      document.element(
        "path",
        [
          ("id", "label-leaders"), ("d", leaders), ("fill", "none"), ("stroke", "#525252"),
          ("stroke-width", "0.8"),
        ])
    }
    for label in placed {
      guard case .road(let colour) = label.kind else { continue }
      let box = SVGLabelPlacer.box(of: label)
      document.element(
        "rect",
        [
          ("x", SVGDocument.number(box.minX - 2)), ("y", SVGDocument.number(box.minY - 1.5)),
          ("width", SVGDocument.number(box.maxX - box.minX + 4)),
          ("height", SVGDocument.number(box.maxY - box.minY + 3)), ("rx", "2"),
          ("fill", colour), ("stroke", "#ffffff"), ("stroke-width", "1"),
        ])
    }
    document.beginGroup([
      ("id", "labels"), ("font-family", SVGMapStyle.fontFamily), ("fill", "#1a1a1a"),
      ("stroke", "#ffffff"), ("stroke-width", "3"), ("paint-order", "stroke"),
      ("stroke-linejoin", "round"),
    ])
    for label in placed {
      var attributes = [
        ("font-size", SVGDocument.number(label.fontSize)), ("text-anchor", label.anchor),
      ]
      switch label.kind {
      case .place: break
      case .stop: attributes += [("fill", "#495057"), ("font-style", "italic")]
      case .line(let colour): attributes += [("fill", colour), ("font-weight", "bold")]
      case .road: attributes += [("fill", "#ffffff"), ("stroke", "none"), ("font-weight", "bold")]
      }
      document.text(label.text, x: label.x, y: label.y, attributes)
    }
    document.endGroup()
  }
}
