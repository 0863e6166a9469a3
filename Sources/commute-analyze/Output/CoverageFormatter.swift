import TransitModel

/// Formats a `CoverageReport` as a terminal table, tall CSV or JSON.
struct CoverageFormatter {
  var report: CoverageReport
  /// The network the report was computed on, with its hash for the header.
  var loaded: LoadedNetwork

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
      .min { ($0.seconds ?? .max) < ($1.seconds ?? .max) }
  }
}
