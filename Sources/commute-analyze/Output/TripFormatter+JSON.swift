import TransitModel

extension TripFormatter {
  /// The trip as JSON: legs (with kilometres, estimated minutes and, for waits, their line's
  /// departures a day), total, breakdown, estimates, provenance; an unreachable pair with its
  /// reason.
  func json(_ trip: Trip?, from: Int, to: Int, provenance: JSONValue) -> JSONValue {
    var object: [String: JSONValue] = [
      "provenance": provenance,
      "profile": .string(profile.rawValue),
      "from": PlaceJSON.reference(network.places[from]),
      "to": PlaceJSON.reference(network.places[to]),
      "reachable": .bool(trip != nil),
    ]
    guard let trip else {
      object["unreachable_reason"] = .string(
        reasonText(network.unreachableReason(from: from, to: to, profile: profile)))
      return .object(object)
    }
    object["total_minutes"] = MinutesText.json(seconds: trip.totalSeconds)
    object["total_seconds"] = .integer(Int(trip.totalSeconds))
    object["breakdown"] = BreakdownText.json(trip.breakdown)
    let estimated = trip.estimatedSeconds(self.estimated)
    object["estimated_minutes"] = MinutesText.json(seconds: estimated)
    object["thin_lines"] = .array(
      trip.thinLines(in: network, parameters: parameters).map { .string($0.rawValue) })
    object["legs"] = .array(trip.legs.map(legJSON))
    return .object(object)
  }

  private func legJSON(_ leg: TripLeg) -> JSONValue {
    var object: [String: JSONValue] = [
      "kind": .string(leg.kind.rawValue),
      "minutes": MinutesText.json(seconds: leg.seconds),
      "seconds": .integer(Int(leg.seconds)),
      "mode": .optional(leg.mode),
      "line_id": .optional(leg.lineID?.rawValue),
      "line_name_zh": .optional(leg.lineID == nil ? nil : lineName(leg.lineID)),
      "from_id": .string(leg.from.id),
      "from_name_zh": .string(names.zh(leg.from)),
      "from_name_en": .string(names.en(leg.from)),
      "to_id": .string(leg.to.id),
      "to_name_zh": .string(names.zh(leg.to)),
      "to_name_en": .string(names.en(leg.to)),
      "via": .array(
        leg.stopsPassed.map { pointJSON(.stop($0)) } + leg.roadNodesPassed.map(roadNodeJSON)),
      "dwell_minutes": MinutesText.json(seconds: leg.dwellSeconds),
      "km": leg.distance.map { .finite(($0.kilometres * 10).rounded() / 10) } ?? .null,
      "km_basis": .optional(leg.distance?.basis.rawValue),
      "estimated_minutes": MinutesText.json(seconds: estimatedSeconds(leg)),
    ]
    if let service = service(leg) {
      object["departures_per_day"] = .finite(service.departuresPerDay)
      object["wait_capped"] = .bool(service.isWaitCapped)
      object["thin_service"] = .bool(service.isThin)
    }
    return .object(object)
  }

  /// `{"id", "name_zh", "name_en"}` of a stop, place or junction passed.
  private func pointJSON(_ point: TripPoint) -> JSONValue {
    .object([
      "id": .string(point.id), "name_zh": .string(names.zh(point)),
      "name_en": .string(names.en(point)),
    ])
  }

  /// A road node passed, named as the place or junction it is.
  private func roadNodeJSON(_ id: RoadNodeID) -> JSONValue {
    network.places.contains(key: PlaceID(id.rawValue))
      ? pointJSON(.place(PlaceID(id.rawValue))) : pointJSON(.junction(JunctionID(id.rawValue)))
  }
}
