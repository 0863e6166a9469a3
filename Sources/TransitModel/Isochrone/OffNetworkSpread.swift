/// How travel continues off the network, from the seeds to any point of the plane.
public struct OffNetworkSpread: Sendable, Hashable {
  /// Straight-line speed off the network, in km/h (> 0).
  public var speedKmh: Double
  /// Farthest straight-line distance travelled off the network, in km (> 0).
  public var maxDistanceKm: Double

  public init(speedKmh: Double, maxDistanceKm: Double) {
    self.speedKmh = speedKmh
    self.maxDistanceKm = maxDistanceKm
  }

  /// Minutes to cover `distanceKm` off the network, or nil beyond `maxDistanceKm`.
  @inlinable
  public func minutes(forDistanceKm distanceKm: Double) -> Double? {
    distanceKm <= maxDistanceKm ? distanceKm / speedKmh * 60 : nil
  }
}
