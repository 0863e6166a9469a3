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

  private static func labelRank(_ kind: PlaceKind) -> Int {
    switch kind {
    case .cityCore: return 0
    case .countySeat: return 1
    case .externalCity: return 2
    case .district: return 3
    case .satelliteCluster: return 4
    case .town: return 5
    }
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
    let largest = largestPopulation(content.network)
    let pixels = places.map { frame.pixel(latitude: $0.latitude, longitude: $0.longitude) }
    let radii = places.map { radius(population: $0.population, largest: largest) }
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

  private static func drawLabels(
    _ content: SVGMapContent, _ frame: SVGMapFrame, pixels: [(x: Double, y: Double)],
    radii: [Double], into document: inout SVGDocument
  ) {
    let places = content.network.places
    var placer = SVGLabelPlacer(
      minX: frame.left + 4, minY: frame.top + 4, maxX: frame.left + frame.width - 4,
      maxY: frame.top + frame.height - 4)
    let visible = places.indices.filter { frame.contains(pixels[$0]) }
    for index in visible {
      placer.reserve(x: pixels[index].x, y: pixels[index].y, radius: radii[index] + 3)
    }
    placer.reserve(northArrowBox(frame))
    placer.reserve(scaleBarBox(frame))
    let origins = Set(content.origins)
    let order = visible.sorted {
      let a = places[$0]
      let b = places[$1]
      let rankA = origins.contains($0) ? -1 : labelRank(a.kind)
      let rankB = origins.contains($1) ? -1 : labelRank(b.kind)
      return (rankA, -a.population, a.id) < (rankB, -b.population, b.id)
    }
    for index in order {
      let place = places[index]
      placer.place(
        place.nameZh, x: pixels[index].x, y: pixels[index].y, radius: radii[index] + 3,
        fontSize: origins.contains(index) ? 16 : fontSize(place.kind),
        force: origins.contains(index) || place.kind == .cityCore)
    }
    document.beginGroup([
      ("id", "labels"), ("font-family", SVGMapStyle.fontFamily), ("fill", "#1a1a1a"),
      ("stroke", "#ffffff"), ("stroke-width", "3"), ("paint-order", "stroke"),
      ("stroke-linejoin", "round"),
    ])
    for label in placer.placed {
      document.text(
        label.text, x: label.x, y: label.y,
        [("font-size", SVGDocument.number(label.fontSize)), ("text-anchor", label.anchor)])
    }
    document.endGroup()
  }
}
