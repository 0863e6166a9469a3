/// Which way trips go relative to the anchors.
public enum TravelDirection: String, CaseIterable, Sendable, Hashable {
  /// From every place to the anchors (the morning commute toward the centre).
  case to
  /// From the anchors to every place.
  case from
}
