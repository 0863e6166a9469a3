import TransitModel

extension DiffFormatter {
  /// The terminal report: the two versions, the data part, the changed times (at most `limit` per
  /// profile; 0: all), the coverage shares of the scope and those of groups that changed.
  func table(limit: Int) -> String {
    var text = "Diff of two network versions\n"
    text += "  old: \(describe(report.old, diff.old))\n"
    text += "  new: \(describe(report.new, diff.new))"
    if !report.newLoaded.scenarios.isEmpty {
      text += " with "
      text += report.newLoaded.scenarios.map { "'\($0.scenario.name)'" }.joined(separator: ", ")
    }
    text += "\n" + TextTable.terminalSafe(NumberText.parametersLine(report.newParameters))
    if report.oldParameters != report.newParameters {
      text += " (old: \(NumberText.parameterValues(report.oldParameters)))"
    }
    text += "\n\n" + dataTable() + "\n" + timesTable(limit: limit) + "\n" + sharesTable()
    if let minutes = report.failIfWorseMinutes {
      let worse = impact.worsened(byMoreThan: minutes)
      text += "\n--fail-if-worse \(Self.threshold(minutes)) min: "
      text +=
        worse.isEmpty
        ? "no time between places of scope \(impact.request.scope.rawValue) got worse by more\n"
        : "\(worse.count) time(s) between places of scope \(impact.request.scope.rawValue) "
          + "got worse by more (exit 1)\n"
    }
    return text
  }

  private func describe(_ version: NetworkVersion, _ network: Network) -> String {
    "\(version.label) — \(network.manifest.name) \(network.manifest.version) (sha256 "
      + "\(version.hash.prefix(16))…)"
  }

  // MARK: - Data

  private func dataTable() -> String {
    let counts = dataCounts
    guard counts.added + counts.removed + counts.changed > 0 else {
      return "Data: no difference\n"
    }
    let tables = diff.tables.filter { !$0.isEmpty }
    var text =
      "Data: \(tables.count) table(s) differ — \(counts.added) row(s) added, "
      + "\(counts.removed) removed, \(counts.changed) changed"
    if counts.listedOnly > 0 { text += "; \(counts.listedOnly) move no time" }
    text += "\n"
    for table in tables {
      var parts: [String] = []
      if !table.added.isEmpty { parts.append("\(table.added.count) added") }
      if !table.removed.isEmpty { parts.append("\(table.removed.count) removed") }
      if !table.changed.isEmpty { parts.append("\(table.changed.count) changed") }
      text += "\(table.table): \(parts.joined(separator: ", "))\n"
      for row in table.added { text += line("+", row.key, cells(row), row.isEmitted) }
      for row in table.removed { text += line("-", row.key, cells(row), row.isEmitted) }
      for row in table.changed {
        let cells = row.cells.map { "\($0.column) \(quoted($0.old)) → \(quoted($0.new))" }
        text += line("~", row.key, cells.joined(separator: "; "), row.isEmitted)
      }
    }
    return text
  }

  /// An added or removed row's cells, without its sources (CSV and JSON have them).
  private func cells(_ row: DiffRow) -> String {
    row.cells.filter { !$0.column.hasSuffix("source") }
      .map { "\($0.column)=\($0.text)" }.joined(separator: ", ")
  }

  private func quoted(_ text: String) -> String { text.isEmpty ? "(empty)" : text }

  private func line(_ marker: String, _ key: String, _ cells: String, _ emitted: Bool) -> String {
    var text = "  \(marker) \(key)"
    if !cells.isEmpty { text += "  \(cells)" }
    if !emitted { text += "  · moves no time" }
    return TextTable.terminalSafe(text) + "\n"
  }

  // MARK: - Times

  private func timesTable(limit: Int) -> String {
    let pairs = impact.comparedPairs
    var text = "Door-to-door times that changed (\(pairs) ordered pairs of places in both versions"
    text += " per profile"
    let only = impact.placesOnlyInOld.count + impact.placesOnlyInNew.count
    if only > 0 {
      text += "; not compared: places only in old "
      text += list(impact.placesOnlyInOld) + ", only in new " + list(impact.placesOnlyInNew)
    }
    text += ")\n"
    for profile in impact.request.profiles {
      let changes = impact.changes(of: profile)
      guard !changes.isEmpty else {
        text += "\(profile.rawValue): no time changed\n"
        continue
      }
      let slower = changes.filter(\.isWorse).count
      text +=
        "\(profile.rawValue): \(changes.count) changed, \(slower) slower or unreachable, "
        + "\(changes.count - slower) faster or newly reachable; largest first\n"
      var table = TextTable(
        titles: ["from", "to", "before", "after", "change", "in scope"],
        rightAligned: ["before", "after", "change"])
      let shown = limit == 0 ? changes[...] : changes.prefix(limit)
      for change in shown {
        table.append([
          "\(name(change.from)) \(change.from)", "\(name(change.to)) \(change.to)",
          MinutesText.text(seconds: change.secondsBefore) ?? "-",
          MinutesText.text(seconds: change.secondsAfter) ?? "-", Self.change(change),
          change.touchesScope ? "yes" : "no",
        ])
      }
      text += table.render().split(separator: "\n").map { "  " + $0 }.joined(separator: "\n")
      text += "\n"
      if shown.count < changes.count {
        text +=
          "  … \(changes.count - shown.count) more (--limit 0 lists all; CSV and JSON always do)\n"
      }
    }
    return text
  }

  private func list(_ ids: [PlaceID]) -> String {
    ids.isEmpty ? "none" : ids.map(\.rawValue).joined(separator: " ")
  }

  // MARK: - Shares

  private func sharesTable() -> String {
    let request = impact.request
    let anchors = request.anchors.map(\.rawValue).joined(separator: ", ")
    var text =
      "Coverage: population share of scope \(request.scope.rawValue) within reach of "
      + "\(anchors), commute to (before → after)\n"
    var table = TextTable(
      titles: ["group", "profile", "within", "before", "after", "people", "places"],
      rightAligned: ["within", "before", "after", "people", "places"])
    var unchanged = 0
    for share in impact.shares {
      guard share.group == .scope || share.isChanged else {
        unchanged += 1
        continue
      }
      let group =
        share.group == .scope
        ? "scope \(share.groupID)" : "\(share.group.rawValue) \(share.groupID) \(share.nameZh)"
      table.append([
        group, share.profile.rawValue, Self.threshold(share.thresholdMinutes),
        percent(share.before), percent(share.after),
        signed((share.after?.populationInside ?? 0) - (share.before?.populationInside ?? 0)),
        signed((share.after?.placesInside ?? 0) - (share.before?.placesInside ?? 0)),
      ])
    }
    text += table.render()
    if unchanged > 0 {
      text += "(\(unchanged) cluster and corridor share(s) unchanged; CSV and JSON list all)\n"
    }
    return text
  }

  private func percent(_ share: CoverageShare?) -> String {
    guard let share else { return "-" }
    return CoverageFormatter.percent(share.populationInside, of: share.populationTotal)
  }

  private func signed(_ value: Int) -> String {
    value > 0 ? "+" + NumberText.grouped(value) : NumberText.grouped(value)
  }
}
