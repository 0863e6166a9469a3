/// Where the seconds of a trip go; the parts add up to the total.
public struct TripBreakdown: Sendable, Hashable {
  /// Access connectors plus every boarding and alighting overhead.
  public var accessAndOverheadsSeconds: Int32 = 0
  /// Every wait (first boarding and transfers).
  public var waitSeconds: Int32 = 0
  /// On board, dwell included.
  public var inVehicleSeconds: Int32 = 0
  /// Of `inVehicleSeconds`, the dwell at through stops.
  public var dwellSeconds: Int32 = 0
  /// Transfer penalties plus stop-transfer minutes.
  public var transferSeconds: Int32 = 0
  /// Egress connectors.
  public var egressSeconds: Int32 = 0
  /// Driving (road links and the park-and-ride drive).
  public var driveSeconds: Int32 = 0
  /// Parking allowances.
  public var parkingSeconds: Int32 = 0
  /// Number of boardings after the first.
  public var transfers: Int = 0

  public init() {}

  /// Sum of the parts (equals the trip's total).
  public var totalSeconds: Int32 {
    accessAndOverheadsSeconds + waitSeconds + inVehicleSeconds + transferSeconds + egressSeconds
      + driveSeconds + parkingSeconds
  }
}
