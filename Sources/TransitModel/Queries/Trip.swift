/// A door-to-door trip, leg by leg.
public struct Trip: Sendable, Hashable {
  /// Place index where the trip starts.
  public var origin: Int
  /// Place index where it ends.
  public var destination: Int
  /// The legs in travel order; their seconds add up to `totalSeconds`.
  public var legs: [TripLeg]
  /// Door-to-door seconds (the search distance).
  public var totalSeconds: Int32
  /// The same seconds by component.
  public var breakdown: TripBreakdown

  /// Line ids ridden, in order.
  public var lineIDs: [LineID] { legs.filter { $0.kind == .ride }.compactMap(\.lineID) }

  /// Whether any leg drives.
  public var usesCar: Bool { legs.contains { $0.kind == .drive } }
}
