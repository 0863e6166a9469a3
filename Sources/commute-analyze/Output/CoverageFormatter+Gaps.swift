import TransitModel

extension CoverageFormatter {
  /// The population share inside per group, threshold and profile, anchors left out; `n/a` for a
  /// group with no population left. Groups without a listed place are not shown.
  func sharesTable() -> TextTable {
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
        guard let first = row.first, first.placesTotal + first.anchorsLeftOut > 0 else { continue }
        table.append(
          [
            first.group.rawValue, first.groupID, first.nameZh, String(first.placesTotal),
            NumberText.grouped(first.populationTotal), Self.thresholdText(threshold),
          ] + row.map { Self.percent($0.populationInside, of: $0.populationTotal) })
      }
    }
    return table
  }

  /// Per threshold: the gaps worst first, then where the minutes of each gap's fastest rail or
  /// transit trip go (a slow line, or a slow way to the station, even where the car decides).
  func gapsText() -> String {
    var text = ""
    let corridors = corridorLabels
    for threshold in request.thresholdsMinutes {
      // Gaps and places by position: each result is read in place, never copied.
      let gaps = report.gaps.indices.compactMap { gap -> (gap: Int, place: Int)? in
        guard report.gaps[gap].thresholdMinutes == threshold else { return nil }
        return report.position(ofPlace: report.gaps[gap].placeIndex).map { (gap, $0) }
      }
      text += "\nGaps at \(Self.thresholdText(threshold)) min by \(decidingLabel), worst first "
      text += "(population x minutes over): \(gaps.count)\n"
      if gaps.isEmpty { continue }
      var titles = ["#", "id", "名称", "population", decidingLabel, "over", "person-min", "est."]
      if let fastestSingleTitle { titles.append(fastestSingleTitle) }
      titles += ["largest part", "corridors"]
      var table = TextTable(
        titles: titles,
        rightAligned: ["#", "population", decidingLabel, "over", "person-min", "est."])
      var scheduled = TextTable(
        titles: ["#", "id", "scheduled"] + Self.partTitles,
        rightAligned: Set(["#"] + Self.partTitles))
      var anyScheduled = false
      for (rank, found) in gaps.enumerated() {
        table.append(
          gapRow(rank: rank, report.gaps[found.gap], report.places[found.place], corridors))
        let fastest = Self.fastestScheduled(report.places[found.place])
        anyScheduled = anyScheduled || fastest != nil
        scheduled.append(
          [
            String(rank + 1), report.places[found.place].place.id.rawValue,
            Self.fastestText(fastest),
          ]
            + Self.partCells(fastest?.summary))
      }
      text += table.render()
      // Without a rail or transit result (a car-only report) the second table would be all '-'.
      if anyScheduled {
        text += "\nFastest rail or transit trip of each gap, where its minutes go\n"
        text += scheduled.render()
      }
    }
    return text
  }

  /// The row of the gap ranked `rank` (from 0), at `place`.
  private func gapRow(
    rank: Int, _ gap: CoverageGap, _ place: CoveragePlaceResult, _ corridors: ShortLabels
  ) -> [String] {
    let personMinutes =
      gap.minutesOver.map { NumberText.grouped(Int((Double(gap.population) * $0).rounded())) }
      ?? "n/a"
    var row = [
      String(rank + 1), place.place.id.rawValue, place.place.nameZh,
      NumberText.grouped(gap.population), Self.minutesCell(place.best, markThin: true),
      gap.minutesOver.map { "+" + Self.minutesText($0) } ?? "n/a", personMinutes,
      Self.estimatedText(place.best),
    ]
    if fastestSingleTitle != nil { row.append(Self.fastestText(place.fastestSingleMode)) }
    row += [
      place.best.summary.flatMap { BreakdownText.largestPart($0.breakdown) }
        .map(BreakdownText.label) ?? "-",
      corridors.cell(place.corridorIDs.map(\.rawValue)),
    ]
    return row
  }
}
