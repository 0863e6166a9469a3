/// When a point along one road link is reached by car: the rule that makes car and `any` isochrones
/// follow the roads as ribbons instead of discs around junctions.
///
/// A point at `fraction` of the way from the link's `from` end to its `to` end is reached, over the
/// ends it can be driven from, at the earlier of that end's time plus the share of the link's driving
/// time between the end and the point; parking is added as at a junction. Trips from the origins
/// (direction `.from`) enter a one-way link only at `from`; trips toward them (`.to`, times of a
/// search of the reverse graph, parking paid at the destination) leave a one-way link only at `to`.
public struct RoadLinkReach: Sendable, Hashable {
  /// Seconds of the search at the link's `from` road node, nil if unreached.
  public var fromSeconds: Int32?
  /// Seconds of the search at the link's `to` road node, nil if unreached.
  public var toSeconds: Int32?
  /// Driving seconds of the whole link, congestion included (the link's arc weight).
  public var driveSeconds: Int32
  /// Drivable `from` → `to` only.
  public var oneway: Bool
  /// Which way the trips go.
  public var direction: TravelDirection
  /// Parking seconds added to every point (trips from the origins only: toward them, parking is
  /// paid at the destination and already in the end times).
  public var parkingSeconds: Int32

  public init(
    fromSeconds: Int32?, toSeconds: Int32?, driveSeconds: Int32, oneway: Bool,
    direction: TravelDirection, parkingSeconds: Int32
  ) {
    self.fromSeconds = fromSeconds
    self.toSeconds = toSeconds
    self.driveSeconds = driveSeconds
    self.oneway = oneway
    self.direction = direction
    self.parkingSeconds = parkingSeconds
  }

  /// Minutes to be standing at `fraction` (0 at `from`, 1 at `to`) of the link, `.infinity` if
  /// neither usable end is reached.
  public func minutes(atFraction fraction: Double) -> Double {
    let drive = Double(driveSeconds)
    var best = Double.infinity
    if direction == .from || !oneway, let seconds = fromSeconds {
      best = min(best, Double(seconds) + fraction * drive)
    }
    if direction == .to || !oneway, let seconds = toSeconds {
      best = min(best, Double(seconds) + (1 - fraction) * drive)
    }
    guard best.isFinite else { return .infinity }
    let parking = direction == .from ? Double(parkingSeconds) : 0
    return (best + parking) / 60
  }

  /// Whether any point of the link is reached.
  public var isReached: Bool { minutes(atFraction: 0.5).isFinite }
}
