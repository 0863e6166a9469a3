import TransitModel

extension CoverageFormatter {
  /// The report for a terminal of 160 columns: the request, parameters, anchors, headlines and
  /// estimates; the places (minutes by profile, inside/over each threshold, the share of the
  /// deciding minutes from estimated rows, corridors and clusters by short label, with a legend);
  /// where the minutes of each place's deciding trip go; the population shares; the gaps worst
  /// first, each followed by where the minutes of its fastest rail or transit trip go.
  ///
  /// When the places table with its corridors and clusters would be wider than 160 columns (several
  /// thresholds), the corridors and clusters get a table of their own after it.
  func table(preset: CoveragePreset?) -> String {
    var text = Self.safeLines(headerLines(preset: preset)) + "\n"
    let withGroups = placesTable()
    var places = withGroups.render()
    let groupsApart = Self.width(of: places) > Self.terminalColumns
    // The groups are its last two columns; apart, they follow each place's id and name.
    if groupsApart { places = withGroups.droppingLastColumns(2).render() }
    text += places
    if groupsApart {
      let count = withGroups.columns.count
      text += "\nCorridors and clusters of each place\n"
      text += withGroups.keepingColumns([0, 1, count - 2, count - 1]).render()
    }
    let legend = corridorLabels.legend(title: "corridors") + clusterLabels.legend(title: "clusters")
    text += "\n" + Self.safeLines(legend + marksLegend())
    text += "\nWhere the minutes of the deciding trip (\(decidingLabel)) go\n"
    text += breakdownTable().render()
    text += "\nPopulation inside (anchors left out)\n"
    text += sharesTable().render()
    text += gapsText()
    if let sensitivity { text += sensitivityText(sensitivity) }
    return text
  }

  /// Column titles of a trip's breakdown, in `BreakdownText.parts` order.
  static let partTitles = [
    "access+oh", "wait", "in-vehicle", "transfer", "egress", "drive", "parking",
  ]

  /// Each line made terminal-safe and ended with a newline.
  static func safeLines(_ lines: [String]) -> String {
    lines.map { TextTable.terminalSafe($0) + "\n" }.joined()
  }

  /// The display width of the widest line of `text`.
  ///
  /// - Complexity: O(*n*), line by line over the UTF-8 bytes (a line feed is a character of its
  ///   own unless a CR precedes it, which table text never holds: then by characters).
  static func width(of text: String) -> Int {
    var text = text
    return text.withUTF8 { bytes in
      if bytes.contains(0x0D) {
        return String(decoding: bytes, as: UTF8.self).split(separator: "\n")
          .map { DisplayWidth.of(String($0)) }.max() ?? 0
      }
      var widest = 0
      var start = 0
      for end in 0...bytes.count where end == bytes.count || bytes[end] == 0x0A {
        if end > start {
          widest = max(
            widest, DisplayWidth.of(utf8: UnsafeBufferPointer(rebasing: bytes[start..<end])))
        }
        start = end + 1
      }
      return widest
    }
  }

  /// What the marks of the places table mean.
  private func marksLegend() -> [String] {
    var line =
      "est. = share of the deciding trip's minutes from estimated rows ('est.' or 'unverified' "
      + "in their source)"
    if report.places.contains(where: \.isAnchor) {
      line += "; anchor = a place trips go \(request.direction == .to ? "to" : "from"), left out "
      line += "of every share"
    }
    var lines = [line]
    if report.places.contains(where: { !$0.best.thinLines.isEmpty }) {
      lines.append(
        "! = the deciding trip rides a thin service (fewer than "
          + "\(NumberText.perDay(LineService.thinBelowDeparturesPerDay)) departures a day; its "
          + "wait, half the headway, hides how rarely it runs): see 'thin service' below")
    }
    return lines
  }

  /// The places table, the corridors and clusters of each place in its last two columns.
  private func placesTable() -> TextTable {
    let thresholdTitles = request.thresholdsMinutes.map { "≤\(Self.thresholdText($0))" }
    var titles = ["id", "名称", "population"] + request.profiles.map(\.rawValue)
    if let fastestSingleTitle { titles.append(fastestSingleTitle) }
    titles += thresholdTitles + ["est.", "corridors", "clusters"]
    var table = TextTable(
      titles: titles,
      rightAligned: Set(
        ["population", "est."] + request.profiles.map(\.rawValue) + thresholdTitles))
    let corridors = corridorLabels
    let clusters = clusterLabels
    // Each result is read in place (`placeRow`): `for place in report.places` copies each one.
    for position in report.places.indices {
      table.append(placeRow(report.places[position], corridors, clusters))
    }
    return table
  }

  /// Per place: the deciding trip's minutes and their parts, the share from estimated rows, and
  /// the thin services it rides (when any place's does).
  private func breakdownTable() -> TextTable {
    let thin = report.places.contains { !$0.best.thinLines.isEmpty }
    var titles = ["id", "名称", decidingLabel] + Self.partTitles + ["est."]
    if thin { titles.append("thin service") }
    var table = TextTable(
      titles: titles, rightAligned: Set([decidingLabel, "est."] + Self.partTitles))
    for position in report.places.indices {
      table.append(breakdownRow(report.places[position], thin: thin))
    }
    return table
  }

  /// The minutes of each part of `trip`, or empty cells without a trip.
  static func partCells(_ trip: TripSummary?) -> [String] {
    guard let breakdown = trip?.breakdown else { return partTitles.map { _ in "" } }
    return BreakdownText.parts(breakdown).map { MinutesText.text(seconds: $0.seconds) ?? "" }
  }

  /// The row of `place` in the places table.
  private func placeRow(
    _ place: CoveragePlaceResult, _ corridors: ShortLabels, _ clusters: ShortLabels
  ) -> [String] {
    var row = [
      place.place.id.rawValue, place.place.nameZh, NumberText.grouped(place.place.population),
    ]
    row += place.byProfile.map {
      Self.minutesCell($0, markThin: $0.profile == place.best.profile)
    }
    if fastestSingleTitle != nil { row.append(Self.fastestText(place.fastestSingleMode)) }
    row += request.thresholdsMinutes.map { Self.insideText(place, threshold: $0) }
    row.append(Self.estimatedText(place.best, anchor: place.isAnchor))
    row.append(corridors.cell(place.corridorIDs.map(\.rawValue)))
    row.append(clusters.cell(place.place.clusters.map(\.rawValue)))
    return row
  }

  /// The row of `place` in the table of where the deciding trip's minutes go.
  private func breakdownRow(_ place: CoveragePlaceResult, thin: Bool) -> [String] {
    var row =
      [
        place.place.id.rawValue, place.place.nameZh,
        MinutesText.text(seconds: place.best.seconds) ?? "n/a",
      ] + Self.partCells(place.best.summary)
    row.append(Self.estimatedText(place.best, anchor: place.isAnchor))
    if thin { row.append(thinText(place.best)) }
    return row
  }
}
