extension SVGMapRenderer {
  /// What the scenarios added (magenta), changed (teal) and removed (dark, dashed), over the
  /// network and under the places.
  static func drawScenario(
    _ footprint: ScenarioFootprint, _ frame: SVGMapFrame, into document: inout SVGDocument
  ) {
    guard !footprint.isEmpty else { return }
    document.beginGroup([("id", "scenario")])
    for (polylines, stroke) in [
      (footprint.removed, SVGMapStyle.scenarioRemoved),
      (footprint.changed, SVGMapStyle.scenarioChanged),
      (footprint.added, SVGMapStyle.scenarioAdded),
    ] where !polylines.isEmpty {
      var data = ""
      for polyline in polylines {
        for (index, point) in polyline.enumerated() {
          let pixel = frame.pixel(latitude: point.latitude, longitude: point.longitude)
          data +=
            (index == 0 ? "M" : "L")
            + "\(SVGDocument.number(pixel.x)) \(SVGDocument.number(pixel.y))"
        }
      }
      document.element(
        "path", [("d", data)] + stroke.attributes)
    }
    for (points, colour) in [
      (footprint.stopsAdded, SVGMapStyle.scenarioAdded.colour),
      (footprint.stopsRemoved, SVGMapStyle.scenarioRemoved.colour),
    ] {
      for point in points {
        let pixel = frame.pixel(latitude: point.latitude, longitude: point.longitude)
        document.element(
          "rect",
          [
            ("x", SVGDocument.number(pixel.x - 4)), ("y", SVGDocument.number(pixel.y - 4)),
            ("width", "8"), ("height", "8"), ("fill", "#ffffff"), ("stroke", colour),
            ("stroke-width", "2"),
          ])
      }
    }
    document.endGroup()
  }

  /// The legend's scenario entries (only when a scenario changed something).
  static func drawScenarioLegend(
    _ footprint: ScenarioFootprint, names: [String], _ legend: inout SVGMapLegend,
    into document: inout SVGDocument
  ) {
    guard !footprint.isEmpty else { return }
    legend.heading("方案 Scenario", into: &document)
    for name in names { legend.note(name, into: &document) }
    legend.line(SVGMapStyle.scenarioAdded, label: "added", into: &document)
    legend.line(SVGMapStyle.scenarioChanged, label: "changed (figures or stops)", into: &document)
    legend.line(SVGMapStyle.scenarioRemoved, label: "removed", into: &document)
  }
}
