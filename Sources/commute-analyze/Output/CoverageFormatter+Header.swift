import TransitModel

extension CoverageFormatter {
  /// The widest a terminal table may be (README: the report fits a 160-column terminal).
  static let terminalColumns = 160

  /// What was measured, on which network and parameters, the anchors left out of the shares, one
  /// headline per threshold and how much of the network rests on estimates.
  func headerLines(preset: CoveragePreset?) -> [String] {
    var lines: [String] = []
    if let preset { lines.append(preset.title) }
    let towards = request.direction == .to ? "commute to" : "trips from"
    var line = "Coverage: \(towards) \(placeNames(request.anchors)) within "
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
    lines += Self.wrapped(NumberText.parametersLine(request.parameters))
    var anchorsLine =
      "Left out of every share (the anchors): \(placeNames(request.anchors)), "
      + "\(NumberText.grouped(report.anchorPopulation)) people"
    let anchorIDs = Set(request.anchors.map { network.places[$0].id })
    // Counted in place: a filtered array would copy each whole place result.
    let children = report.places.indices.count(where: { position in
      !report.places[position].isAnchor
        && report.places[position].place.parent.map(anchorIDs.contains) == true
    })
    if children > 0 {
      anchorsLine += "; the \(children) listed place(s) whose parent is an anchor count"
    }
    lines.append(anchorsLine)
    lines += headlines()
    lines += Self.wrapped(estimatesLine())
    return lines
  }

  /// `长春（中心城区） (changchun), 吉林（中心城区） (jilin)`.
  func placeNames(_ indices: [Int]) -> String {
    indices.map {
      "\(TextTable.truncated(network.places[$0].nameZh)) (\(TextTable.truncated(network.places[$0].id.rawValue)))"
    }
    .joined(separator: ", ")
  }

  /// One line per threshold: the scope's population share inside (anchors left out), by profile,
  /// and the gap count.
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
      return "Inside \(Self.thresholdText(threshold)) min (\(places) places, "
        + "\(NumberText.grouped(total)) people, anchors left out): "
        + parts.joined(separator: ", ") + "; \(gaps) gap(s)"
    }
  }

  /// How many rows of the tables that make travel times, and of the populations, are estimated.
  private func estimatesLine() -> String {
    let names = [
      ("road_links", "road links"), ("connectors", "connectors"),
      ("stop_transfers", "stop transfers"), ("lines", "lines"), ("line_stops", "line stops"),
      ("places.population", "populations"),
    ]
    let counts = loaded.validated.estimatedRows.rowCounts
    let parts = names.compactMap { table, label -> String? in
      guard let count = counts.first(where: { $0.table == table }), count.total > 0 else {
        return nil
      }
      return "\(label) \(NumberText.grouped(count.estimated))/\(NumberText.grouped(count.total))"
    }
    return "Estimated rows (source 'est.' or 'unverified'): " + parts.joined(separator: ", ")
  }

  /// `text` broken after a comma-and-space wherever it would pass `terminalColumns`, the
  /// continuation lines indented by two spaces.
  static func wrapped(_ text: String) -> [String] {
    var lines: [String] = []
    var current = ""
    for piece in text.components(separatedBy: ", ") {
      let candidate = current.isEmpty ? piece : current + ", " + piece
      if !current.isEmpty && DisplayWidth.of(candidate) > terminalColumns {
        lines.append(current + ",")
        current = "  " + piece
      } else {
        current = candidate
      }
    }
    lines.append(current)
    return lines
  }
}
