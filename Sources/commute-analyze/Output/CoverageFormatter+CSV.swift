import TransitModel

extension CoverageFormatter {
  /// The CSV header: tall, one row per place × profile × threshold.
  static let csvHeader = [
    "place_id", "profile", "threshold_min", "minutes", "inside", "minutes_over", "deciding",
    "name_zh", "name_en", "kind", "population", "in_scope", "clusters", "corridors", "direction",
    "anchors", "fastest_single_mode", "access_overheads_min", "wait_min", "in_vehicle_min",
    "transfer_min", "egress_min", "drive_min", "parking_min", "transfers", "lines", "lat", "lon",
    "anchor", "estimated_min", "estimated_share", "thin_lines",
  ]

  /// Tall CSV: one row per listed place × profile × threshold. `deciding` marks the profile that
  /// decides inside/outside (`any`, or the fastest when `any` is not measured); `inside` and
  /// `minutes_over` are this profile's own. Empty `minutes` when unreachable. Lists inside a cell
  /// are `;`-separated. `lat`/`lon` (WGS-84) let QGIS place the rows as points. `anchor` marks the
  /// places left out of every share; `estimated_min` and `estimated_share` (0–1, three decimals)
  /// say how much of this profile's trip comes from estimated rows; `thin_lines` lists the thin
  /// services it rides. Under `--sensitivity`, `minutes_lowest` and `minutes_highest` (this
  /// profile's minutes over the single variations) and `flipped_by` (the variations that flip
  /// this row's inside) follow.
  func csv() -> String {
    var csv = CSVWriter(
      header: Self.csvHeader
        + (sensitivity == nil ? [] : ["minutes_lowest", "minutes_highest", "flipped_by"]))
    let anchors = anchorIDs.joined(separator: ";")
    var flipsByProfile: [Profile: [PlaceFlip]] = [:]
    if let sensitivity {
      for profile in request.profiles {
        flipsByProfile[profile] = sensitivity.flips(profile: profile)
      }
    }
    for place in report.places {
      for result in place.byProfile {
        for threshold in request.thresholdsMinutes {
          let inside = result.isInside(thresholdMinutes: threshold)
          let over = result.secondsOver(thresholdMinutes: threshold).map {
            MinutesText.text(seconds: Int32(clamping: $0)) ?? ""
          }
          let parts = result.summary.map { BreakdownText.parts($0.breakdown) } ?? []
          var row: [CSVWriter.Cell] = [
            .text(place.place.id.rawValue), .plain(result.profile.rawValue),
            .plain(Self.thresholdText(threshold)),
            .plain(MinutesText.text(seconds: result.seconds) ?? ""),
            .plain(inside ? "true" : "false"), .plain(over ?? ""),
            .plain(result.profile == place.best.profile ? "true" : "false"),
            .text(place.place.nameZh), .text(place.place.nameEn), .plain(place.place.kind.rawValue),
            .plain(String(place.place.population)), .plain(place.place.scope.rawValue),
            .text(place.place.clusters.map(\.rawValue).joined(separator: ";")),
            .text(place.corridorIDs.map(\.rawValue).joined(separator: ";")),
            .plain(request.direction.rawValue),
            .text(anchors), .plain(place.fastestSingleMode?.profile.rawValue ?? ""),
          ]
          if parts.isEmpty {
            row += Array(repeating: CSVWriter.Cell.plain(""), count: 8)
          } else {
            row += parts.map { .plain(MinutesText.text(seconds: $0.seconds) ?? "") }
            row.append(.plain(String(result.summary?.breakdown.transfers ?? 0)))
          }
          row.append(.text(result.summary?.lineIDs.map(\.rawValue).joined(separator: ";") ?? ""))
          row.append(.plain(JSONWriter.format(place.place.latitude)))
          row.append(.plain(JSONWriter.format(place.place.longitude)))
          row.append(.plain(place.isAnchor ? "true" : "false"))
          row.append(.plain(MinutesText.text(seconds: result.estimatedSeconds) ?? ""))
          row.append(
            .plain(result.estimatedShare.map { FixedDecimal.text($0, decimals: 3) } ?? ""))
          row.append(.text(result.thinLines.map(\.rawValue).joined(separator: ";")))
          if let sensitivity {
            row += sensitivityCells(
              sensitivity, place: place, profile: result.profile, threshold: threshold,
              flips: flipsByProfile[result.profile] ?? [])
          }
          csv.appendRow(row)
        }
      }
    }
    return csv.output
  }
}
