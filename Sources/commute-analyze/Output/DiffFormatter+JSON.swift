import TransitModel

extension DiffFormatter {
  /// The whole comparison: provenance, both versions, the data part (tables that differ), every
  /// changed time per profile, every coverage share, and the `--fail-if-worse` verdict.
  func json(provenance: JSONValue) -> JSONValue {
    var object: [String: JSONValue] = [
      "provenance": provenance,
      "old": versionJSON(report.old, diff.old),
      "new": versionJSON(report.new, diff.new),
      "data": dataJSON(),
      "times": timesJSON(),
      "shares": .array(impact.shares.map(shareJSON)),
    ]
    if let minutes = report.failIfWorseMinutes {
      let worse = impact.worsened(byMoreThan: minutes)
      object["fail_if_worse"] = .object([
        "minutes": .finite(minutes), "failed": .bool(!worse.isEmpty),
        "times": .array(worse.map(timeJSON)),
      ])
    } else {
      object["fail_if_worse"] = .null
    }
    return .object(object)
  }

  private func dataJSON() -> JSONValue {
    let counts = dataCounts
    return .object([
      "rows_added": .integer(counts.added), "rows_removed": .integer(counts.removed),
      "rows_changed": .integer(counts.changed), "rows_moving_no_time": .integer(counts.listedOnly),
      "tables": .array(
        diff.tables.filter { !$0.isEmpty }.map { table in
          .object([
            "table": .string(table.table),
            "added": .array(table.added.map(rowJSON)),
            "removed": .array(table.removed.map(rowJSON)),
            "changed": .array(
              table.changed.map { change in
                .object([
                  "key": .string(change.key), "emitted": .bool(change.isEmitted),
                  "cells": .array(
                    change.cells.map {
                      .object([
                        "column": .string($0.column), "old": .string($0.old),
                        "new": .string($0.new),
                      ])
                    }),
                ])
              }),
          ])
        }),
    ])
  }

  private func rowJSON(_ row: DiffRow) -> JSONValue {
    var cells: [String: JSONValue] = [:]
    for cell in row.cells { cells[cell.column] = .string(cell.text) }
    return .object([
      "key": .string(row.key), "emitted": .bool(row.isEmitted), "cells": .object(cells),
    ])
  }

  private func timesJSON() -> JSONValue {
    .object([
      "compared_pairs_per_profile": .integer(impact.comparedPairs),
      "places_only_in_old": .array(impact.placesOnlyInOld.map { .string($0.rawValue) }),
      "places_only_in_new": .array(impact.placesOnlyInNew.map { .string($0.rawValue) }),
      "profiles": .array(
        impact.request.profiles.map { profile in
          let changes = impact.changes(of: profile)
          return .object([
            "profile": .string(profile.rawValue), "changed": .integer(changes.count),
            "worse": .integer(changes.filter(\.isWorse).count),
            "times": .array(changes.map(timeJSON)),
          ])
        }),
    ])
  }

  private func timeJSON(_ change: TimeChange) -> JSONValue {
    .object([
      "profile": .string(change.profile.rawValue), "change": .string(Self.kind(change)),
      "from_id": .string(change.from.rawValue), "to_id": .string(change.to.rawValue),
      "from_name_zh": .string(name(change.from)), "to_name_zh": .string(name(change.to)),
      "before_minutes": MinutesText.json(seconds: change.secondsBefore),
      "after_minutes": MinutesText.json(seconds: change.secondsAfter),
      "delta_minutes": Self.deltaTenths(change).map { .number(Double($0) / 10) } ?? .null,
      "touches_scope": .bool(change.touchesScope),
    ])
  }

  private func shareJSON(_ share: ShareChange) -> JSONValue {
    func side(_ value: CoverageShare?) -> JSONValue {
      guard let value else { return .null }
      return .object([
        "population_inside": .integer(value.populationInside),
        "population_total": .integer(value.populationTotal),
        "places_inside": .integer(value.placesInside), "places_total": .integer(value.placesTotal),
        "share": .finite(value.share),
      ])
    }
    return .object([
      "group": .string(share.group.rawValue), "id": .string(share.groupID),
      "name_zh": .string(share.nameZh), "profile": .string(share.profile.rawValue),
      "threshold_minutes": .finite(share.thresholdMinutes), "changed": .bool(share.isChanged),
      "before": side(share.before), "after": side(share.after),
    ])
  }
}
