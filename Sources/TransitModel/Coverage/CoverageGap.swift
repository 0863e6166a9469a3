/// A listed place outside a threshold by the deciding time.
public struct CoverageGap: Sendable, Hashable {
  public var placeIndex: Int
  public var thresholdMinutes: Double
  /// The deciding time's minutes beyond the threshold; nil when the place is unreachable.
  public var minutesOver: Double?
  public var population: Int

  /// Population × minutes over: the ranking key (worst first). Infinite when unreachable.
  public var personMinutesOver: Double {
    guard let minutesOver else { return .infinity }
    return Double(population) * minutesOver
  }
}
