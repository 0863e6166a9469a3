import TransitModel

/// Writes one trip leg by leg as a terminal table or JSON.
struct TripFormatter {
  var network: Network
  var profile: Profile
  var names: NetworkNames

  init(network: Network, profile: Profile) {
    self.network = network
    self.profile = profile
    self.names = NetworkNames(network)
  }

  private func lineName(_ id: LineID?) -> String? {
    guard let id else { return nil }
    return network.lines[key: id]?.nameZh ?? id.rawValue
  }

  private func title(from: Int, to: Int) -> String {
    let origin = network.places[from]
    let destination = network.places[to]
    return "\(origin.nameZh) (\(origin.id)) → \(destination.nameZh) (\(destination.id)), "
      + "profile \(profile.rawValue)"
  }

  /// The trip as a table: one row per leg with minutes and the running total.
  func table(_ trip: Trip?, from: Int, to: Int) -> String {
    var text = TextTable.terminalSafe(title(from: from, to: to)) + "\n\n"
    guard let trip else { return text + "unreachable: no trip with this profile\n" }
    var table = TextTable(
      titles: ["#", "leg", "from", "to", "line / mode", "minutes", "elapsed"],
      rightAligned: ["#", "minutes", "elapsed"])
    var elapsed: Int32 = 0
    for (number, leg) in trip.legs.enumerated() {
      elapsed += leg.seconds
      let how = leg.kind == .ride || leg.kind == .wait ? lineName(leg.lineID) : leg.mode
      table.append([
        String(number + 1), leg.kind.rawValue, names.zh(leg.from), names.zh(leg.to),
        how ?? "", MinutesText.text(seconds: leg.seconds) ?? "",
        MinutesText.text(seconds: elapsed) ?? "",
      ])
    }
    text += table.render()
    text += "\ntotal \(MinutesText.text(seconds: trip.totalSeconds) ?? "") min"
    text += " = " + BreakdownText.summary(trip.breakdown) + "\n"
    return text
  }

  /// The trip as JSON: legs, total, breakdown, provenance.
  func json(_ trip: Trip?, from: Int, to: Int, provenance: JSONValue) -> JSONValue {
    var object: [String: JSONValue] = [
      "provenance": provenance,
      "profile": .string(profile.rawValue),
      "from": PlaceJSON.reference(network.places[from]),
      "to": PlaceJSON.reference(network.places[to]),
      "reachable": .bool(trip != nil),
    ]
    guard let trip else { return .object(object) }
    object["total_minutes"] = MinutesText.json(seconds: trip.totalSeconds)
    object["total_seconds"] = .integer(Int(trip.totalSeconds))
    object["breakdown"] = BreakdownText.json(trip.breakdown)
    object["legs"] = .array(
      trip.legs.map { leg in
        .object([
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
            (leg.stopsPassed.map(\.rawValue) + leg.roadNodesPassed.map(\.rawValue)).map {
              .string($0)
            }),
          "dwell_minutes": MinutesText.json(seconds: leg.dwellSeconds),
        ])
      })
    return .object(object)
  }
}
