/// A point where a traveller can stand, reached after `minutes`: the surface spreads from it off the
/// network at a fixed speed (see `TravelTimeSurface`).
public struct SurfaceSeed: Sendable, Hashable {
  /// Where the traveller stands, in the surface's plane.
  public var point: PlanarPoint
  /// Time to be standing there, in minutes (finite, ≥ 0).
  public var minutes: Double

  public init(point: PlanarPoint, minutes: Double) {
    self.point = point
    self.minutes = minutes
  }
}

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

/// Why a surface or an isochrone could not be built; the CLI turns these into usage errors.
public enum IsochroneError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A parameter (named as in `Parameters`: `grid-km`, `off-network-speed-kmh`,
  /// `max-off-network-km`) is not a finite positive number.
  case invalidParameter(name: String, value: Double)
  /// The grid would hold more nodes than `limit` (a finer grid than the area allows).
  case gridTooLarge(nodes: Int, limit: Int)

  public var description: String {
    switch self {
    case .invalidParameter(let name, let value):
      return "\(name) must be a finite number > 0, got \(value)"
    case .gridTooLarge(let nodes, let limit):
      return
        "the isochrone grid would have \(nodes) nodes (limit \(limit)); use a larger grid-km"
    }
  }
}
