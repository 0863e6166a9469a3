import TransitModel

/// Formats a `CoverageReport` as a terminal table, tall CSV or JSON.
struct CoverageFormatter {
  var report: CoverageReport
  var network: Network
  var loaded: LoadedNetwork

  var request: CoverageRequest { report.request }

  /// `any`; the one profile measured; or "fastest" when the fastest measured profile decides.
  var decidingLabel: String {
    if request.decidesByAny { return "any" }
    if request.profiles.count == 1, let only = request.profiles.first { return only.rawValue }
    return "fastest"
  }

  var anchorIDs: [String] { request.anchors.map { network.places[$0].id } }

  static func thresholdText(_ minutes: Double) -> String { JSONWriter.format(minutes) }

  /// `62.1%` with one decimal, from integers (no locale); `-` for an empty group.
  static func percent(_ inside: Int, of total: Int) -> String {
    guard total > 0 else { return "-" }
    let tenths = (inside * 1000 + total / 2) / total
    return "\(tenths / 10).\(tenths % 10)%"
  }

  /// `yes`, or `+12.5` minutes over, or `n/a` when unreachable.
  static func insideText(_ place: CoveragePlaceResult, threshold: Double) -> String {
    if place.isInside(thresholdMinutes: threshold) { return "yes" }
    guard let over = place.minutesOver(thresholdMinutes: threshold) else { return "n/a" }
    return "+" + minutesText(over)
  }

  /// Minutes (a Double from whole seconds) with one decimal, rounded half up.
  static func minutesText(_ minutes: Double) -> String {
    MinutesText.text(seconds: Int32(clamping: Int64((minutes * 60).rounded()))) ?? ""
  }

  /// `rail 48.0`, or `-`.
  static func fastestText(_ result: CoverageProfileResult?) -> String {
    guard let result, let minutes = MinutesText.text(seconds: result.seconds) else { return "-" }
    return "\(result.profile.rawValue) \(minutes)"
  }

  /// The fastest measured rail or transit trip: it shows whether a gap is a slow line or a slow
  /// way to the station even where the car decides. Nil when neither is measured or reaches.
  static func fastestScheduled(_ place: CoveragePlaceResult) -> CoverageProfileResult? {
    place.byProfile.filter { ($0.profile == .rail || $0.profile == .transit) && $0.isReachable }
      .min { $0.seconds < $1.seconds }
  }

  /// `rail 86.3 = access+overheads 28.0 + wait 8.3 + in-vehicle 40.0 + egress 10.0`, or `-`.
  static func scheduledTripText(_ place: CoveragePlaceResult) -> String {
    guard let result = fastestScheduled(place), let trip = result.trip,
      let minutes = MinutesText.text(seconds: result.seconds)
    else { return "-" }
    return "\(result.profile.rawValue) \(minutes) = " + BreakdownText.summary(trip.breakdown)
  }

  // MARK: - Table

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
    var text = lines.map(TextTable.terminalSafe).joined(separator: "\n") + "\n\n"
    text += placesTable().render()
    text += "\nPopulation inside\n"
    text += sharesTable().render()
    text += gapsText()
    return text
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
    var titles = ["id", "名称", "population"] + request.profiles.map(\.rawValue)
    titles.append("fastest single")
    let thresholdTitles = request.thresholdsMinutes.map { "≤\(Self.thresholdText($0))" }
    titles += thresholdTitles
    let partTitles = ["access+oh", "wait", "in-vehicle", "transfer", "egress", "drive", "parking"]
    titles += partTitles + ["corridors", "clusters"]
    var table = TextTable(
      titles: titles,
      rightAligned: Set(
        ["population"] + request.profiles.map(\.rawValue) + thresholdTitles + partTitles))
    for place in report.places {
      var row = [place.place.id, place.place.nameZh, String(place.place.population)]
      row += place.byProfile.map { MinutesText.text(seconds: $0.seconds) ?? "n/a" }
      row.append(
        request.profiles.contains { $0 != .any } ? Self.fastestText(place.fastestSingleMode) : "-")
      row += request.thresholdsMinutes.map { Self.insideText(place, threshold: $0) }
      if let breakdown = place.best.trip?.breakdown {
        row += BreakdownText.parts(breakdown).map { MinutesText.text(seconds: $0.seconds) ?? "" }
      } else {
        row += partTitles.map { _ in "" }
      }
      row.append(place.corridorIDs.joined(separator: ";"))
      row.append(place.place.clusters.joined(separator: ";"))
      table.append(row)
    }
    return table
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

  private func gapsText() -> String {
    var text = ""
    for threshold in request.thresholdsMinutes {
      let gaps = report.gaps.filter { $0.thresholdMinutes == threshold }
      text += "\nGaps at \(Self.thresholdText(threshold)) min by \(decidingLabel), worst first "
      text += "(population x minutes over): \(gaps.count)\n"
      if gaps.isEmpty { continue }
      var table = TextTable(
        titles: [
          "#", "id", "名称", "population", decidingLabel, "over", "person-min", "fastest single",
          "largest part", "scheduled trip (where its minutes go)", "corridors",
        ], rightAligned: ["#", "population", decidingLabel, "over", "person-min"])
      for (rank, gap) in gaps.enumerated() {
        guard let place = report.place(index: gap.placeIndex) else { continue }
        let personMinutes =
          gap.minutesOver.map { String(Int((Double(gap.population) * $0).rounded())) } ?? "n/a"
        table.append([
          String(rank + 1), place.place.id, place.place.nameZh, String(gap.population),
          MinutesText.text(seconds: place.best.seconds) ?? "n/a",
          gap.minutesOver.map { "+" + Self.minutesText($0) } ?? "n/a", personMinutes,
          Self.fastestText(place.fastestSingleMode),
          place.best.trip.flatMap { BreakdownText.largestPart($0.breakdown) }
            .map(BreakdownText.label) ?? "-",
          Self.scheduledTripText(place),
          place.corridorIDs.joined(separator: ";"),
        ])
      }
      text += table.render()
    }
    return text
  }
}
