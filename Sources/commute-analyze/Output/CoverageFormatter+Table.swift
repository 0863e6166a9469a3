import TransitModel

extension CoverageFormatter {
  /// The report for a terminal of about 160 columns: the request and headlines; the places
  /// (minutes by profile, inside/over each threshold, corridors and clusters by short label, with a
  /// legend); where the minutes of each place's deciding trip go; the population shares; the gaps
  /// worst first, each followed by where the minutes of its fastest rail or transit trip go.
  func table(preset: CoveragePreset?) -> String {
    var lines: [String] = []
    if let preset { lines.append(preset.title) }
    let towards = request.direction == .to ? "commute to" : "trips from"
    let anchors = request.anchors.map { "\(network.places[$0].nameZh) (\(network.places[$0].id))" }
    var line = "Coverage: \(towards) \(anchors.joined(separator: ", ")) within "
    line += request.thresholdsMinutes.map(Self.thresholdText).joined(separator: ", ") + " min; "
    line += "profiles \(request.profiles.map(\.rawValue).joined(separator: ", ")); "
    line += "decided by \(decidingLabel); scope \(request.scope.rawValue)"
    if !request.kinds.isEmpty {
      line += "; kinds \(request.kinds.map(\.rawValue).joined(separator: ", "))"
    }
    lines.append(line)
    lines.append(
      "Network \(network.manifest.name) \(network.manifest.version), "
        + "sha256 \(loaded.hash.prefix(16))…; minutes door to door")
    lines += headlines()
    var text = Self.safeLines(lines) + "\n"
    text += placesTable().render()
    let legend = corridorLabels.legend(title: "corridors") + clusterLabels.legend(title: "clusters")
    if !legend.isEmpty { text += "\n" + Self.safeLines(legend) }
    text += "\nWhere the minutes of the deciding trip (\(decidingLabel)) go\n"
    text += breakdownTable().render()
    text += "\nPopulation inside\n"
    text += sharesTable().render()
    text += gapsText()
    return text
  }

  /// Short labels of the network's corridors, for table cells (`ShortLabels`).
  var corridorLabels: ShortLabels {
    ShortLabels(network.corridors.map { ($0.id.rawValue, $0.nameZh) })
  }

  /// Short labels of the network's clusters, for table cells (`ShortLabels`).
  var clusterLabels: ShortLabels {
    ShortLabels(network.clusters.map { ($0.id.rawValue, $0.nameZh) })
  }

  /// Column titles of a trip's breakdown, in `BreakdownText.parts` order.
  private static let partTitles = [
    "access+oh", "wait", "in-vehicle", "transfer", "egress", "drive", "parking",
  ]

  /// Each line made terminal-safe and ended with a newline.
  private static func safeLines(_ lines: [String]) -> String {
    lines.map { TextTable.terminalSafe($0) + "\n" }.joined()
  }

  /// One line per threshold: the scope's population share inside, by profile, and the gap count.
  private func headlines() -> [String] {
    let scopeShares = report.shares.filter { $0.group == .scope }
    return request.thresholdsMinutes.map { threshold in
      let shares = scopeShares.filter { $0.thresholdMinutes == threshold }
      let total = shares.first?.populationTotal ?? 0
      let places = shares.first?.placesTotal ?? 0
      let parts = shares.map {
        "\($0.profile.rawValue) \(Self.percent($0.populationInside, of: total))"
      }
      let gaps = report.gaps.filter { $0.thresholdMinutes == threshold }.count
      return "Inside \(Self.thresholdText(threshold)) min (\(places) places, \(total) people): "
        + parts.joined(separator: ", ") + "; \(gaps) gap(s)"
    }
  }

  private func placesTable() -> TextTable {
    let thresholdTitles = request.thresholdsMinutes.map { "≤\(Self.thresholdText($0))" }
    let titles =
      ["id", "名称", "population"] + request.profiles.map(\.rawValue) + ["fastest single"]
      + thresholdTitles + ["corridors", "clusters"]
    var table = TextTable(
      titles: titles,
      rightAligned: Set(["population"] + request.profiles.map(\.rawValue) + thresholdTitles))
    let corridors = corridorLabels
    let clusters = clusterLabels
    for place in report.places {
      var row = [place.place.id.rawValue, place.place.nameZh, String(place.place.population)]
      row += place.byProfile.map { MinutesText.text(seconds: $0.seconds) ?? "n/a" }
      row.append(
        request.profiles.contains { $0 != .any } ? Self.fastestText(place.fastestSingleMode) : "-")
      row += request.thresholdsMinutes.map { Self.insideText(place, threshold: $0) }
      row.append(corridors.cell(place.corridorIDs.map(\.rawValue)))
      row.append(clusters.cell(place.place.clusters.map(\.rawValue)))
      table.append(row)
    }
    return table
  }

  /// Per place: the deciding trip's minutes and their parts.
  private func breakdownTable() -> TextTable {
    var table = TextTable(
      titles: ["id", "名称", decidingLabel] + Self.partTitles,
      rightAligned: Set([decidingLabel] + Self.partTitles))
    for place in report.places {
      table.append(
        [
          place.place.id.rawValue, place.place.nameZh,
          MinutesText.text(seconds: place.best.seconds) ?? "n/a",
        ]
          + Self.partCells(place.best.trip))
    }
    return table
  }

  /// The minutes of each part of `trip`, or empty cells without a trip.
  private static func partCells(_ trip: Trip?) -> [String] {
    guard let breakdown = trip?.breakdown else { return partTitles.map { _ in "" } }
    return BreakdownText.parts(breakdown).map { MinutesText.text(seconds: $0.seconds) ?? "" }
  }

  private func sharesTable() -> TextTable {
    var titles = ["group", "id", "名称", "places", "population", "within"]
    titles += request.profiles.map(\.rawValue)
    var table = TextTable(
      titles: titles,
      rightAligned: Set(["places", "population", "within"] + request.profiles.map(\.rawValue)))
    var index = 0
    let perGroup = request.thresholdsMinutes.count * request.profiles.count
    while index + perGroup <= report.shares.count {
      let group = Array(report.shares[index..<index + perGroup])
      index += perGroup
      for (offset, threshold) in request.thresholdsMinutes.enumerated() {
        let row = group[(offset * request.profiles.count)..<((offset + 1) * request.profiles.count)]
        guard let first = row.first, first.placesTotal > 0 else { continue }
        table.append(
          [
            first.group.rawValue, first.groupID, first.nameZh, String(first.placesTotal),
            String(first.populationTotal), Self.thresholdText(threshold),
          ] + row.map { Self.percent($0.populationInside, of: $0.populationTotal) })
      }
    }
    return table
  }

  /// Per threshold: the gaps worst first, then where the minutes of each gap's fastest rail or
  /// transit trip go (a slow line, or a slow way to the station, even where the car decides).
  private func gapsText() -> String {
    var text = ""
    let corridors = corridorLabels
    for threshold in request.thresholdsMinutes {
      let gaps = report.gaps.compactMap { gap in
        gap.thresholdMinutes == threshold
          ? report.place(index: gap.placeIndex).map { (gap, $0) } : nil
      }
      text += "\nGaps at \(Self.thresholdText(threshold)) min by \(decidingLabel), worst first "
      text += "(population x minutes over): \(gaps.count)\n"
      if gaps.isEmpty { continue }
      var table = TextTable(
        titles: [
          "#", "id", "名称", "population", decidingLabel, "over", "person-min", "fastest single",
          "largest part", "corridors",
        ], rightAligned: ["#", "population", decidingLabel, "over", "person-min"])
      var scheduled = TextTable(
        titles: ["#", "id", "scheduled"] + Self.partTitles,
        rightAligned: Set(["#"] + Self.partTitles))
      for (rank, (gap, place)) in gaps.enumerated() {
        let personMinutes =
          gap.minutesOver.map { String(Int((Double(gap.population) * $0).rounded())) } ?? "n/a"
        table.append([
          String(rank + 1), place.place.id.rawValue, place.place.nameZh, String(gap.population),
          MinutesText.text(seconds: place.best.seconds) ?? "n/a",
          gap.minutesOver.map { "+" + Self.minutesText($0) } ?? "n/a", personMinutes,
          Self.fastestText(place.fastestSingleMode),
          place.best.trip.flatMap { BreakdownText.largestPart($0.breakdown) }
            .map(BreakdownText.label) ?? "-",
          corridors.cell(place.corridorIDs.map(\.rawValue)),
        ])
        let fastest = Self.fastestScheduled(place)
        scheduled.append(
          [String(rank + 1), place.place.id.rawValue, Self.fastestText(fastest)]
            + Self.partCells(fastest?.trip))
      }
      text += table.render()
      // Without a rail or transit result (a car-only report) the second table would be all '-'.
      if gaps.contains(where: { Self.fastestScheduled($0.1) != nil }) {
        text += "\nFastest rail or transit trip of each gap, where its minutes go\n"
        text += scheduled.render()
      }
    }
    return text
  }
}
