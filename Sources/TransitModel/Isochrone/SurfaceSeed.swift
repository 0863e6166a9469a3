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
