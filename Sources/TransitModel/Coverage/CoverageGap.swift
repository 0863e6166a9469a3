/// A listed place outside a threshold by the deciding time.
public struct CoverageGap: Sendable, Hashable {
  /// Index into the network's places.
  public var placeIndex: Int
  /// The threshold this place is outside of.
  public var thresholdMinutes: Double
  /// The deciding time's minutes beyond the threshold; nil when the place is unreachable.
  public var minutesOver: Double?
  /// The place's residents (populations never overlap, so gaps sum).
  public var population: Int

  /// Population × minutes over: the ranking key (worst first). Infinite when unreachable.
  public var personMinutesOver: Double {
    guard let minutesOver else { return .infinity }
    return Double(population) * minutesOver
  }
}
