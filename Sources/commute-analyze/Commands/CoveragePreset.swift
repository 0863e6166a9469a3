import TransitModel

/// Documented presets of `coverage`.
enum CoveragePreset: String, CaseIterable, Sendable {
  /// 长春至周边县（市）半小时覆盖: the plan's road target.
  case halfHourRoad = "half-hour-road"

  var profiles: [Profile] { [.car] }
  var thresholdMinutes: Double { 30 }
  var kinds: [PlaceKind] { [.countySeat] }
  var direction: TravelDirection { .from }
  var anchors: [String] { ["changchun"] }
  var title: String { "长春至周边县（市）半小时覆盖 (half-hour road coverage to county seats)" }
}
