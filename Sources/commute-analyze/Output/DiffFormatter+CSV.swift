import TransitModel

extension DiffFormatter {
  /// The CSV header: one tall table for the three parts (`part` is `data`, `time` or `share`); the
  /// columns a part does not use are empty.
  static let csvHeader = [
    "part", "table", "key", "change", "column", "profile", "threshold_min", "from_id", "to_id",
    "before", "after", "delta_min", "touches_scope", "emitted",
  ]

  /// Data rows (one per cell: every cell of an added or removed row, each changed cell), then
  /// every changed time (profile by profile, largest first), then every coverage share (people
  /// inside and share in %, before and after).
  func csv() -> String {
    var csv = CSVWriter(header: Self.csvHeader)
    func row(_ values: [String: CSVWriter.Cell]) {
      csv.appendRow(Self.csvHeader.map { values[$0] ?? .plain("") })
    }
    for table in diff.tables {
      for (change, rows) in [("added", table.added), ("removed", table.removed)] {
        for diffRow in rows {
          let cells = diffRow.cells.isEmpty ? [DiffCell("", "")] : diffRow.cells
          for cell in cells {
            row([
              "part": .plain("data"), "table": .plain(table.table), "key": .text(diffRow.key),
              "change": .plain(change), "column": .plain(cell.column),
              change == "added" ? "after" : "before": .text(cell.text),
              "emitted": .plain(diffRow.isEmitted ? "true" : "false"),
            ])
          }
        }
      }
      for change in table.changed {
        for cell in change.cells {
          row([
            "part": .plain("data"), "table": .plain(table.table), "key": .text(change.key),
            "change": .plain("changed"), "column": .plain(cell.column), "before": .text(cell.old),
            "after": .text(cell.new), "emitted": .plain(change.isEmitted ? "true" : "false"),
          ])
        }
      }
    }
    for change in impact.timeChanges {
      row([
        "part": .plain("time"), "change": .plain(Self.kind(change)),
        "profile": .plain(change.profile.rawValue), "from_id": .text(change.from.rawValue),
        "to_id": .text(change.to.rawValue),
        "before": .plain(MinutesText.text(seconds: change.secondsBefore) ?? ""),
        "after": .plain(MinutesText.text(seconds: change.secondsAfter) ?? ""),
        "delta_min": .plain(Self.deltaTenths(change).map { Self.minutesText(tenths: $0) } ?? ""),
        "touches_scope": .plain(change.touchesScope ? "true" : "false"),
      ])
    }
    for share in impact.shares {
      let common: [String: CSVWriter.Cell] = [
        "part": .plain("share"), "table": .plain(share.group.rawValue),
        "key": .text(share.groupID), "change": .plain(share.isChanged ? "changed" : ""),
        "profile": .plain(share.profile.rawValue),
        "threshold_min": .plain(Self.threshold(share.thresholdMinutes)),
      ]
      row(
        common.merging([
          "column": .plain("population_inside"),
          "before": .plain(share.before.map { String($0.populationInside) } ?? ""),
          "after": .plain(share.after.map { String($0.populationInside) } ?? ""),
        ]) { $1 })
      row(
        common.merging([
          "column": .plain("share_pct"), "before": .plain(Self.sharePercent(share.before)),
          "after": .plain(Self.sharePercent(share.after)),
        ]) { $1 })
    }
    return csv.output
  }

  /// The share in % with one decimal; empty for an empty group or a missing version.
  static func sharePercent(_ share: CoverageShare?) -> String {
    guard let share, share.populationTotal > 0 else { return "" }
    return FixedDecimal.text(
      Double(share.populationInside) * 100 / Double(share.populationTotal), decimals: 1)
  }
}
