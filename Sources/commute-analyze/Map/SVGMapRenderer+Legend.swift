import TransitModel

extension SVGMapRenderer {
  static func northArrowBox(_ frame: SVGMapFrame) -> SVGLabelPlacer.Box {
    let x = frame.left + frame.width - 44
    let y = frame.top + 14
    return SVGLabelPlacer.Box(minX: x - 18, minY: y, maxX: x + 18, maxY: y + 62)
  }

  static func scaleBarBox(_ frame: SVGMapFrame) -> SVGLabelPlacer.Box {
    let x = frame.left + 14
    let y = frame.top + frame.height - 58
    let length = frame.scaleBarKm * frame.pixelsPerKm
    return SVGLabelPlacer.Box(minX: x, minY: y, maxX: x + max(length, 180) + 40, maxY: y + 48)
  }

  /// An arrow pointing to grid north, which is true north at the projection centre.
  static func drawNorthArrow(_ frame: SVGMapFrame, into document: inout SVGDocument) {
    let box = northArrowBox(frame)
    let x = (box.minX + box.maxX) / 2
    let top = box.minY + 4
    let n = SVGDocument.number
    document.append(
      "<g id=\"north-arrow\"><path d=\"M\(n(x)) \(n(top))L\(n(x + 11)) \(n(top + 34))L\(n(x)) "
        + "\(n(top + 26))Z\" fill=\"#252525\"/><path d=\"M\(n(x)) \(n(top))L\(n(x - 11)) "
        + "\(n(top + 34))L\(n(x)) \(n(top + 26))Z\" fill=\"#ffffff\" stroke=\"#252525\" "
        + "stroke-width=\"1\"/></g>")
    document.text(
      "N 北", x: x, y: top + 52,
      [
        ("font-family", SVGMapStyle.fontFamily), ("font-size", "13"), ("font-weight", "bold"),
        ("text-anchor", "middle"),
      ])
  }

  /// A bar of a round number of kilometres in four alternating parts, measured with the
  /// projection's scale at its centre.
  static func drawScaleBar(_ frame: SVGMapFrame, into document: inout SVGDocument) {
    let box = scaleBarBox(frame)
    let km = frame.scaleBarKm
    let length = km * frame.pixelsPerKm
    let x = box.minX + 10
    let y = box.minY + 26
    let n = SVGDocument.number
    document.element(
      "rect",
      [
        ("x", n(box.minX)), ("y", n(box.minY)), ("width", n(box.maxX - box.minX)),
        ("height", n(box.maxY - box.minY)), ("fill", "#ffffff"), ("fill-opacity", "0.85"),
      ])
    for part in 0..<4 {
      document.element(
        "rect",
        [
          ("x", n(x + Double(part) * length / 4)), ("y", n(y)), ("width", n(length / 4)),
          ("height", "6"), ("fill", part % 2 == 0 ? "#252525" : "#ffffff"),
          ("stroke", "#252525"), ("stroke-width", "0.8"),
        ])
    }
    let style = [("font-family", SVGMapStyle.fontFamily), ("font-size", "11")]
    document.text("0", x: x, y: y - 4, style + [("text-anchor", "middle")])
    document.text(
      Self.shortNumber(km / 2), x: x + length / 2, y: y - 4, style + [("text-anchor", "middle")])
    document.text(
      Self.shortNumber(km) + " km", x: x + length, y: y - 4, style + [("text-anchor", "middle")])
    document.text(
      "比例尺 scale true at the projection centre", x: x, y: y + 18,
      [("font-family", SVGMapStyle.fontFamily), ("font-size", "9.5"), ("fill", "#525252")])
  }

  /// A figure of the map's text (kilometres, minutes, speeds) with at most one decimal and no
  /// useless `.0` (`50`, `2.5`).
  static func shortNumber(_ value: Double) -> String {
    let text = FixedDecimal.text(value, decimals: 1)
    return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
  }

  static func drawTitle(_ content: SVGMapContent, into document: inout SVGDocument) {
    document.text(
      content.title, x: mapLeft, y: 38,
      [
        ("font-family", SVGMapStyle.fontFamily), ("font-size", "24"), ("font-weight", "bold"),
        ("fill", "#1a1a1a"),
      ])
    document.text(
      content.subtitle, x: mapLeft, y: 66,
      [("font-family", SVGMapStyle.fontFamily), ("font-size", "13.5"), ("fill", "#404040")])
  }

  static func drawFootnotes(
    _ content: SVGMapContent, _ frame: SVGMapFrame, into document: inout SVGDocument
  ) {
    var y = frame.top + frame.height + 18
    for line in content.footnotes {
      document.text(
        line, x: mapLeft, y: y,
        [("font-family", SVGMapStyle.fontFamily), ("font-size", "10"), ("fill", "#525252")])
      y += 14
    }
  }

  static func drawLegend(
    _ content: SVGMapContent, _ frame: SVGMapFrame, into document: inout SVGDocument
  ) {
    var legend = SVGMapLegend(x: mapLeft + mapWidth + 24, y: mapTop + 10)
    let originNames = content.origins.compactMap {
      content.network.places.indices.contains($0) ? content.network.places[$0].nameZh : nil
    }.joined(separator: "、")
    legend.heading("等时圈 Isochrones", into: &document)
    legend.note("from \(originNames), profile \(content.profileName)", into: &document)
    for (index, band) in content.bands.enumerated() {
      legend.swatch(
        fill: SVGMapStyle.bandFill(index: index, count: content.bands.count),
        label: "≤ \(Self.shortNumber(band.minutes)) min"
          + (band.isPlaceholder ? " (nothing reached)" : ""), into: &document)
    }
    let lineClasses = Set(content.network.lines.map(\.lineClass))
    legend.heading("线路 Lines", into: &document)
    for lineClass in [
      LineClass.highSpeed, .intercity, .conventional, .suburban, .metro, .coach, .bus, .air,
    ]
    where lineClasses.contains(lineClass) {
      legend.line(
        SVGMapStyle.stroke(lineClass), label: SVGMapStyle.label(lineClass), into: &document)
    }
    if lineClasses.contains(.air) {
      let leaving = flightsLeavingTheMap(content, frame)
      legend.note("flights: dashed arcs, airport to airport", into: &document)
      if leaving > 0 {
        legend.note("(\(leaving) routes leaving the map not drawn)", into: &document)
      }
    }
    let stops = majorStops(content.network).map { content.network.stops[$0].kind }
    if stops.contains(.rail) {
      legend.symbol(
        stationMarker, fill: "#ffffff", label: "车站 station (high-speed, intercity)",
        into: &document)
    }
    if stops.contains(.airport) {
      legend.symbol(airportMarker, fill: airportFill, label: "机场 airport", into: &document)
    }
    let roadClasses = Set(content.network.roadLinks.map(\.roadClass))
    legend.heading("道路 Roads", into: &document)
    for roadClass in [RoadClass.expressway, .national, .provincial, .urban]
    where roadClasses.contains(roadClass) {
      legend.line(
        SVGMapStyle.stroke(roadClass), label: SVGMapStyle.label(roadClass), into: &document)
    }
    if roadClasses.contains(.expressway) || roadClasses.contains(.national) {
      legend.note("road numbers: green expressway, red national shields", into: &document)
    }
    let scoped = content.network.places.contains { $0.scope != .no }
    if scoped || !content.network.clusters.isEmpty {
      legend.heading("范围 Scope", into: &document)
      if scoped {
        legend.line(scopeOutline, label: "规划范围 planning scope", into: &document)
      }
      for (index, cluster) in content.network.clusters.enumerated() {
        legend.line(
          clusterOutline(index: index), label: "\(cluster.nameZh) \(cluster.nameEn)",
          into: &document)
      }
    }
    drawPlaceLegend(content, &legend, into: &document)
    if let scenario = content.scenario {
      drawScenarioLegend(scenario, names: content.scenarioNames, &legend, into: &document)
    }
  }

  private static func drawPlaceLegend(
    _ content: SVGMapContent, _ legend: inout SVGMapLegend, into document: inout SVGDocument
  ) {
    let largest = largestPopulation(content.network)
    legend.heading("地点 Places (area ∝ population)", into: &document)
    for population in SVGMapLegend.examplePopulations(largest: largest) {
      legend.circle(
        radius: radius(population: population, largest: largest), fill: SVGMapStyle.placeFill,
        stroke: SVGMapStyle.placeStroke, label: SVGMapLegend.populationText(population),
        into: &document)
    }
    legend.circle(
      radius: 6, fill: "#d9d9d9", stroke: SVGMapStyle.placeStroke,
      label: "规划范围外 outside the planning scope", into: &document)
    legend.circle(
      radius: 6, fill: "none", stroke: SVGMapStyle.gapColour,
      label: "缺口 gap: in scope, > \(shortNumber(content.gapThresholdMinutes)) min", into: &document)
    legend.note(
      "\(content.gapDirectionName) the origin by \(content.profileName)", into: &document)
    legend.circle(
      radius: 6, fill: SVGMapStyle.placeStroke, stroke: SVGMapStyle.placeStroke,
      label: "起点 origin", into: &document)
  }
}
