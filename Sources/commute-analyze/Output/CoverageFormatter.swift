import TransitModel

/// Formats a `CoverageReport` as a terminal table, tall CSV or JSON.
struct CoverageFormatter {
  var report: CoverageReport
  /// The network the report was computed on, with its hash for the header.
  var loaded: LoadedNetwork
  /// The report under the variations of `--sensitivity`, when asked for.
  var sensitivity: SensitivityReport? = nil
  /// Short labels of the network's corridors and clusters, for table cells (`ShortLabels`): made
  /// once, as every table and legend of the report uses them.
  let corridorLabels: ShortLabels
  let clusterLabels: ShortLabels

  init(report: CoverageReport, loaded: LoadedNetwork, sensitivity: SensitivityReport? = nil) {
    self.report = report
    self.loaded = loaded
    self.sensitivity = sensitivity
    let network = loaded.network
    corridorLabels = ShortLabels(network.corridors.map { ($0.id.rawValue, $0.nameZh) })
    clusterLabels = ShortLabels(network.clusters.map { ($0.id.rawValue, $0.nameZh) })
  }

  var network: Network { loaded.network }
  var request: CoverageRequest { report.request }

  /// `any`; the one profile measured; or "fastest" when the fastest measured profile decides.
  var decidingLabel: String {
    if request.decidesByAny { return "any" }
    if request.profiles.count == 1, let only = request.profiles.first { return only.rawValue }
    return "fastest"
  }

  var anchorIDs: [String] { request.anchors.map { network.places[$0].id.rawValue } }

  static func thresholdText(_ minutes: Double) -> String { JSONWriter.format(minutes) }

  /// `62.1%` with one decimal, from integers (no locale); `n/a` for a group with no population
  /// (left).
  static func percent(_ inside: Int, of total: Int) -> String {
    guard total > 0 else { return "n/a" }
    let tenths = (inside * 1000 + total / 2) / total
    return "\(tenths / 10).\(tenths % 10)%"
  }

  /// `anchor` (left out of every share), `yes`, or `+12.5` minutes over, or `n/a` when
  /// unreachable.
  static func insideText(_ place: CoveragePlaceResult, threshold: Double) -> String {
    if place.isAnchor { return "anchor" }
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

  /// The single modes measured (car, rail, transit), in profile order.
  var singleProfiles: [Profile] { request.profiles.filter { $0 != .any } }

  /// Title of the fastest-single-mode column, naming the modes compared when not all three are
  /// measured (`fastest of rail/transit`: without car, `any` may well be faster); nil when fewer
  /// than two are measured, as the column would repeat that mode's own.
  var fastestSingleTitle: String? {
    let singles = singleProfiles
    guard singles.count >= 2 else { return nil }
    if singles.count == 3 { return "fastest single" }
    return "fastest of " + singles.map(\.rawValue).joined(separator: "/")
  }

  /// `93%`: the share of a result's minutes that come from estimated rows; `-` for an anchor or
  /// an unreachable place.
  static func estimatedText(_ result: CoverageProfileResult, anchor: Bool = false) -> String {
    guard !anchor, let seconds = result.seconds, let estimated = result.estimatedSeconds else {
      return "-"
    }
    return NumberText.wholePercent(Int64(estimated), of: Int64(seconds)) ?? "0%"
  }

  /// Minutes of a result, with `!` when its trip rides a thin service; `n/a` when unreachable.
  static func minutesCell(_ result: CoverageProfileResult, markThin: Bool) -> String {
    guard let text = MinutesText.text(seconds: result.seconds) else { return "n/a" }
    return markThin && !result.thinLines.isEmpty ? text + "!" : text
  }

  /// `cc-meihekou-through 3/day` for each thin line a result rides.
  func thinText(_ result: CoverageProfileResult) -> String {
    result.thinLines.map { id in
      guard let line = network.lines[key: id] else { return id.rawValue }
      let perDay = LineService(line, parameters: request.parameters).departuresPerDay
      return "\(id) \(NumberText.perDay(perDay))/day"
    }.joined(separator: ", ")
  }

  /// The fastest measured rail or transit trip: it shows whether a gap is a slow line or a slow
  /// way to the station even where the car decides. Nil when neither is measured or reaches.
  static func fastestScheduled(_ place: CoveragePlaceResult) -> CoverageProfileResult? {
    place.byProfile.filter { ($0.profile == .rail || $0.profile == .transit) && $0.isReachable }
      .min { ($0.seconds ?? .max) < ($1.seconds ?? .max) }
  }
}
