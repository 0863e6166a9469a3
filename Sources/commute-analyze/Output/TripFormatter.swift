import TransitModel

/// Writes one trip leg by leg as a terminal table or JSON: minutes, kilometres, how much rests on
/// estimated rows, and how often each line boarded runs (thin services marked).
struct TripFormatter {
  var network: Network
  var profile: Profile
  var parameters: Parameters
  var names: NetworkNames
  /// The network's rows judged estimated, as its validation judged them.
  var estimated: EstimatedRows

  init(network: ValidatedNetwork, profile: Profile, parameters: Parameters) {
    self.network = network.network
    self.profile = profile
    self.parameters = parameters
    self.names = NetworkNames(network.network)
    self.estimated = network.estimatedRows
  }

  func lineName(_ id: LineID?) -> String? {
    guard let id else { return nil }
    return network.lines[key: id]?.nameZh ?? id.rawValue
  }

  private func title(from: Int, to: Int) -> String {
    let origin = network.places[from]
    let destination = network.places[to]
    return "\(origin.nameZh) (\(origin.id)) → \(destination.nameZh) (\(destination.id)), "
      + "profile \(profile.rawValue); \(NumberText.parameters(parameters))"
  }

  /// The service of the line a wait leg boards, or nil for other legs.
  func service(_ leg: TripLeg) -> LineService? {
    guard leg.kind == .wait, let id = leg.lineID, let line = network.lines[key: id] else {
      return nil
    }
    return LineService(line, parameters: parameters)
  }

  /// `3/day, capped` for a wait (departures a day of its line; `capped` when the cap shortened
  /// half the headway), else nil.
  func waitNote(_ leg: TripLeg) -> String? {
    guard let service = service(leg) else { return nil }
    return "\(NumberText.perDay(service.departuresPerDay))/day"
      + (service.isWaitCapped ? ", capped" : "")
  }

  /// Seconds of a leg from estimated rows.
  func estimatedSeconds(_ leg: TripLeg) -> Int32 {
    leg.figures.filter { estimated.contains($0.row) }.reduce(0) { $0 + $1.seconds }
  }

  /// `52.3` along roads, `~12.0` in a straight line; empty for a leg that does not move.
  static func kilometresText(_ distance: LegDistance?) -> String {
    guard let distance else { return "" }
    let text = FixedDecimal.text(distance.kilometres, decimals: 1)
    return distance.basis == .road ? text : "~" + text
  }

  /// The trip as a table: one row per leg with kilometres, minutes, the running total, the share
  /// from estimated rows and notes (a wait's departures a day; `thin service`); then the total,
  /// where the minutes go, and what rests on estimates. An unreachable pair says why.
  func table(_ trip: Trip?, from: Int, to: Int) -> String {
    var text = TextTable.terminalSafe(title(from: from, to: to)) + "\n\n"
    guard let trip else {
      let reason = network.unreachableReason(from: from, to: to, profile: profile)
      return text + "unreachable: \(reasonText(reason))\n"
    }
    var table = TextTable(
      titles: [
        "#", "leg", "from", "to", "line / mode", "km", "minutes", "elapsed", "est.", "note",
      ],
      rightAligned: ["#", "km", "minutes", "elapsed", "est."])
    var elapsed: Int32 = 0
    for (number, leg) in trip.legs.enumerated() {
      elapsed += leg.seconds
      let how = leg.kind == .ride || leg.kind == .wait ? lineName(leg.lineID) : leg.mode
      var note = waitNote(leg) ?? ""
      if service(leg)?.isThin == true { note += "; thin service" }
      let estimated = estimatedSeconds(leg)
      table.append([
        String(number + 1), leg.kind.rawValue, names.zh(leg.from), names.zh(leg.to),
        how ?? "", Self.kilometresText(leg.distance),
        MinutesText.text(seconds: leg.seconds) ?? "", MinutesText.text(seconds: elapsed) ?? "",
        estimated > 0
          ? NumberText.wholePercent(Int64(estimated), of: Int64(leg.seconds)) ?? "" : "",
        note,
      ])
    }
    text += table.render()
    text += "\ntotal \(MinutesText.text(seconds: trip.totalSeconds) ?? "") min"
    text += " = " + summary(trip) + "\n"
    for line in estimatesLines(trip) { text += TextTable.terminalSafe(line) + "\n" }
    if trip.legs.contains(where: { $0.distance?.basis == .straightLine }) {
      text += "km: along the roads driven; ~ = straight lines between the points passed (the "
      text += "network has no track or street lengths)\n"
    }
    return text
  }

  /// Where the minutes go, each wait with its line's departures a day:
  /// `access+overheads 25.0 + wait 30.0 (3/day, capped) + in-vehicle 135.0 + egress 8.0`.
  func summary(_ trip: Trip) -> String {
    let notes = trip.legs.compactMap(waitNote)
    let parts = BreakdownText.parts(trip.breakdown).filter { $0.seconds > 0 }.map { part in
      var text =
        "\(BreakdownText.label(part.name)) \(MinutesText.text(seconds: part.seconds) ?? "")"
      if part.name == "wait" && !notes.isEmpty { text += " (\(notes.joined(separator: "; ")))" }
      return text
    }
    return parts.isEmpty ? "0.0" : parts.joined(separator: " + ")
  }

  /// `estimated: 33.0 of 198.0 min (17%) from rows …`, then the thin services ridden, if any.
  private func estimatesLines(_ trip: Trip) -> [String] {
    let estimated = trip.estimatedSeconds(self.estimated)
    var line =
      "estimated: \(MinutesText.text(seconds: estimated) ?? "0.0") of "
      + "\(MinutesText.text(seconds: trip.totalSeconds) ?? "0.0") min"
    if let percent = NumberText.wholePercent(Int64(estimated), of: Int64(trip.totalSeconds)) {
      line += " (\(percent))"
    }
    var lines = [line + " from rows whose source is 'est.' or 'unverified'"]
    let thin = trip.thinLines(in: network, parameters: parameters)
    if !thin.isEmpty {
      let names = thin.map { id -> String in
        let perDay = network.lines[key: id].map {
          NumberText.perDay(LineService($0, parameters: parameters).departuresPerDay)
        }
        return "\(lineName(id) ?? id.rawValue) (\(perDay ?? "?")/day)"
      }
      lines.append(
        "thin service (fewer than \(NumberText.perDay(LineService.thinBelowDeparturesPerDay)) "
          + "departures a day): \(names.joined(separator: ", ")); a wait of half the headway "
          + "hides how rarely it runs")
    }
    return lines
  }

  /// Why the trip is impossible, in words.
  func reasonText(_ reason: UnreachableReason) -> String {
    switch reason {
    case .noStopWithinReach(let id):
      let name = names.zh(.place(id))
      return profile.usesCar
        ? "\(name) (\(id)) has no road link and no connector to a stop"
        : "no station within reach of \(name) (\(id)): no connector to a stop served by a "
          + "\(profile.rawValue) line"
    case .noRoad(let id):
      return "\(names.zh(.place(id))) (\(id)) has no road link"
    case .notConnected:
      return "no \(profile.rawValue) trip joins the network reached from the origin to the one "
        + "reaching the destination"
    }
  }
}
