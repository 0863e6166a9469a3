/// Why no trip joins two places with a profile: what `route` says instead of a bare "unreachable".
public enum UnreachableReason: Sendable, Hashable {
  /// The place has no connector to a stop that a line of the profile serves: no station within
  /// reach (for `any`: and no road link either).
  case noStopWithinReach(PlaceID)
  /// The place has no road link (car).
  case noRoad(PlaceID)
  /// Both places can reach the network, but no trip of the profile joins them (no line or road
  /// between the parts each one reaches).
  case notConnected
}

extension Network {
  /// Why no trip goes from the place at `origin` to the place at `destination` with `profile`:
  /// first an end with no way onto the network (the origin before the destination), else
  /// `notConnected`. Only meaningful when the engine found no trip.
  ///
  /// - Complexity: O(road links + connectors + line stops).
  public func unreachableReason(from origin: Int, to destination: Int, profile: Profile)
    -> UnreachableReason
  {
    let servedStops = Set(
      lines.filter { profile.allows($0.lineClass) }.flatMap { $0.stops.map(\.stop) })
    for index in [origin, destination] {
      let id = places[index].id
      let road = profile.usesCar && hasRoadLink(at: id)
      let stop =
        profile.usesTransit
        && connectors.contains { $0.place == id && servedStops.contains($0.stop) }
      if road || stop { continue }
      return profile == .car ? .noRoad(id) : .noStopWithinReach(id)
    }
    return .notConnected
  }

  /// Whether a road link starts or ends at the place.
  private func hasRoadLink(at place: PlaceID) -> Bool {
    let node = RoadNodeID(place)
    return roadLinks.contains { $0.from == node || $0.to == node }
  }
}
