/// The typed change of one edit, from its cells and list members.
struct ChangeReader {
  let cells: NetworkRow
  let lists: [String: LocatedJSON]
  let type: ScenarioEditType

  func change(_ diagnostics: inout [InputDiagnostic]) -> ScenarioChange? {
    switch type {
    case .addLine: return addLine(&diagnostics)
    case .removeLine: return target("line", &diagnostics).map { .removeLine(LineID($0)) }
    case .modifyLine: return modifyLine(&diagnostics)
    case .addStop: return cells.stop(&diagnostics).value.map(ScenarioChange.addStop)
    case .removeStop: return target("stop", &diagnostics).map { .removeStop(StopID($0)) }
    case .addConnector: return cells.connector(&diagnostics).map(ScenarioChange.addConnector)
    case .modifyStop: return modifyStop(&diagnostics)
    case .removeConnector: return connectorKey(&diagnostics).map(ScenarioChange.removeConnector)
    case .modifyConnector:
      let key = connectorKey(&diagnostics)
      let minutes = cells.number("minutes", in: Limits.minutes, required: true, &diagnostics)
      guard let key, let minutes else { return nil }
      return .modifyConnector(key, minutes: minutes)
    case .addStopTransfer:
      return cells.stopTransfer(&diagnostics).map(ScenarioChange.addStopTransfer)
    case .removeStopTransfer:
      return transferKey(&diagnostics).map(ScenarioChange.removeStopTransfer)
    case .modifyStopTransfer:
      let key = transferKey(&diagnostics)
      let minutes = cells.number("minutes", in: Limits.minutes, required: true, &diagnostics)
      guard let key, let minutes else { return nil }
      return .modifyStopTransfer(key, minutes: minutes)
    case .addRoadLink: return cells.roadLink(&diagnostics).value.map(ScenarioChange.addRoadLink)
    case .modifyRoadLink: return modifyRoadLink(&diagnostics)
    case .closeRoadLink: return target("link", &diagnostics).map { .closeRoadLink(RoadLinkID($0)) }
    case .addJunction: return cells.junction(&diagnostics).value.map(ScenarioChange.addJunction)
    case .removeJunction:
      return target("junction", &diagnostics).map { .removeJunction(JunctionID($0)) }
    case .addPlace: return cells.place(&diagnostics).value.map(ScenarioChange.addPlace)
    case .modifyPlace: return modifyPlace(&diagnostics)
    case .removePlace: return target("place", &diagnostics).map { .removePlace(PlaceID($0)) }
    case .setParameter:
      let name = cells.required("name", &diagnostics)
      let value = cells.required("value", &diagnostics)
      guard let name, let value else { return nil }
      return .setParameter(name: name, value: value)
    }
  }

  private func target(_ column: StaticString, _ diagnostics: inout [InputDiagnostic]) -> String? {
    cells.id(column, &diagnostics)
  }

  /// The `place`, `stop` and `mode` members naming a connector.
  private func connectorKey(_ diagnostics: inout [InputDiagnostic]) -> ConnectorKey? {
    let place = cells.id("place", &diagnostics)
    let stop = cells.id("stop", &diagnostics)
    let mode: AccessMode? = cells.choice("mode", &diagnostics)
    guard let place, let stop, let mode else { return nil }
    return ConnectorKey(place: PlaceID(place), stop: StopID(stop), mode: mode)
  }

  /// The `from_stop`, `to_stop` and `mode` members naming a stop transfer (either way round).
  private func transferKey(_ diagnostics: inout [InputDiagnostic]) -> StopTransferKey? {
    let from = cells.id("from_stop", &diagnostics)
    let to = cells.id("to_stop", &diagnostics)
    let mode: AccessMode? = cells.choice("mode", &diagnostics)
    guard let from, let to, let mode else { return nil }
    return StopTransferKey(fromStop: StopID(from), toStop: StopID(to), mode: mode)
  }

  private func error(
    _ at: SourceLocation, _ message: String, _ diagnostics: inout [InputDiagnostic]
  ) {
    diagnostics.append(InputDiagnostic(.error, at, message))
  }

  /// The items of a list member, each an object read as cells.
  private func objects(_ name: String, _ diagnostics: inout [InputDiagnostic]) -> [NetworkRow]? {
    guard let list = lists[name] else { return nil }
    guard case .array(let items) = list.value else {
      error(list.location, "\(name) must be a list, found \(list.typeName)", &diagnostics)
      return nil
    }
    var rows: [NetworkRow] = []
    for item in items {
      guard case .object(let members) = item.value else {
        error(item.location, "each item of \(name) must be an object", &diagnostics)
        continue
      }
      var fields: [CSVField] = []
      var columns: [String: Int] = [:]
      for member in members {
        let text: String
        switch member.value.value {
        case .string(let string): text = string.trimmingSpaces()
        case .number(let number): text = number
        case .null: text = ""
        default:
          error(member.value.location, "\(member.key) must be a string or a number", &diagnostics)
          continue
        }
        columns[member.key] = fields.count
        fields.append(
          CSVField(
            text: text, line: member.value.location.line, column: member.value.location.column))
      }
      var row = NetworkRow(
        file: cells.file, line: item.location.line, fields: fields[...], columns: columns)
      row.rowColumn = item.location.column
      rows.append(row)
    }
    return rows
  }

  /// A list of ids (`remove_stops`), or of stop objects given as bare ids.
  private func ids(_ name: String, _ diagnostics: inout [InputDiagnostic]) -> [String]? {
    guard let list = lists[name] else { return nil }
    guard case .array(let items) = list.value else {
      error(list.location, "\(name) must be a list, found \(list.typeName)", &diagnostics)
      return nil
    }
    var result: [String] = []
    for item in items {
      guard case .string(let text) = item.value, NetworkRow.isValidID(text) else {
        error(item.location, "each item of \(name) must be an id", &diagnostics)
        continue
      }
      result.append(text)
    }
    return result
  }

  private func addLine(_ diagnostics: inout [InputDiagnostic]) -> ScenarioChange? {
    guard var line = cells.line(&diagnostics).value else { return nil }
    let speed = cells.number("speed_kmh", in: Limits.speedKmh, required: false, &diagnostics)
    let detour = cells.number(
      "detour_factor", in: Limits.DecimalRange(1...10), required: false, &diagnostics)
    var derived: DerivedRunTimes?
    if let speed {
      guard let detour else {
        error(
          cells.location("speed_kmh"),
          "run times derived from speed_kmh need detour_factor (track length ÷ straight line, ≥ 1)",
          &diagnostics)
        return nil
      }
      derived = DerivedRunTimes(speedKmh: speed, detourFactor: detour)
    } else if detour != nil {
      error(cells.location("detour_factor"), "detour_factor needs speed_kmh", &diagnostics)
    }
    guard let stops = stopList(source: line.source, runsDerived: derived != nil, &diagnostics)
    else { return nil }
    line.stops = stops
    return .addLine(line, derivedRuns: derived)
  }

  /// The `stops` member of `add-line` or `modify-line`: stop ids, or objects {stop, run_min,
  /// dwell_min}; every stop after the first needs a `run_min` unless `runsDerived`. Nil (reported)
  /// when the list is missing, malformed, or a run time is missing.
  private func stopList(
    source: String, runsDerived: Bool, _ diagnostics: inout [InputDiagnostic]
  ) -> [LineStop]? {
    guard let list = lists["stops"], case .array(let items) = list.value else {
      error(
        lists["stops"]?.location ?? cells.location(type == .addLine ? "id" : "line"),
        "\(type.rawValue) needs stops: a list of stop ids, or of objects {stop, run_min, dwell_min}",
        &diagnostics)
      return nil
    }
    var stops: [LineStop] = []
    for (offset, item) in items.enumerated() {
      switch item.value {
      case .string(let id) where NetworkRow.isValidID(id):
        stops.append(LineStop(seq: offset + 1, stop: StopID(id), runMinutes: nil, source: source))
      case .object:
        var one: [InputDiagnostic] = []
        let rows = ChangeReader(
          cells: cells,
          lists: ["stops": LocatedJSON(value: .array([item]), location: item.location)], type: type
        ).objects("stops", &one)
        diagnostics += one
        guard let row = rows?.first else { continue }
        let stop = row.id("stop", &diagnostics)
        let run = row.number("run_min", in: Limits.minutes, required: false, &diagnostics)
        let dwell = row.number("dwell_min", in: Limits.minutes, required: false, &diagnostics)
        guard let stop, row.text("run_min").isEmpty || run != nil,
          row.text("dwell_min").isEmpty || dwell != nil
        else { continue }
        stops.append(
          LineStop(
            seq: offset + 1, stop: StopID(stop), runMinutes: run, dwellMinutes: dwell,
            source: source))
      default:
        error(
          item.location, "each stop must be a stop id or an object {stop, run_min}", &diagnostics)
      }
    }
    if !runsDerived, let missing = stops.dropFirst().first(where: { $0.runMinutes == nil }) {
      error(
        list.location,
        "stop '\(missing.stop)' has no run_min: give run_min for every stop after the first"
          + (type == .addLine ? ", or speed_kmh and detour_factor to derive them" : ""),
        &diagnostics)
      return nil
    }
    return stops
  }

  private func modifyLine(_ diagnostics: inout [InputDiagnostic]) -> ScenarioChange? {
    guard let id = cells.id("line", &diagnostics) else { return nil }
    var modification = LineModification()
    if !cells.text("class").isEmpty {
      modification.lineClass = cells.choice("class", &diagnostics)
    }
    if !cells.text("directions").isEmpty {
      modification.directions = cells.choice("directions", &diagnostics)
    }
    if !cells.text("headway_min").isEmpty || !cells.text("departures_per_day").isEmpty {
      guard let frequency = cells.frequency(&diagnostics) else { return nil }
      modification.frequency = frequency
    }
    modification.dwellMinutes = cells.number(
      "dwell_min", in: Limits.minutes, required: false, &diagnostics)
    modification.clearDwell = cells.columns["dwell_min"] != nil && cells.text("dwell_min").isEmpty
    if lists["stops"] != nil {
      guard let stops = stopList(source: cells.text("source"), runsDerived: false, &diagnostics)
      else { return nil }
      modification.stops = stops
    }
    modification.runTimeFactor = cells.number(
      "run_time_factor", in: Limits.DecimalRange(0...10, lowerOpen: true), required: false,
      &diagnostics)
    if let list = lists["run_min"] {
      guard case .array(let items) = list.value else {
        error(list.location, "run_min must be a list of minutes, one per stop", &diagnostics)
        return nil
      }
      var runs: [Double?] = []
      for item in items {
        switch item.value {
        case .null: runs.append(nil)
        case .number(let text):
          guard let value = DecimalText.parse(text), Limits.minutes.contains(value) else {
            error(item.location, Limits.minutes.violation("run_min", got: text), &diagnostics)
            return nil
          }
          runs.append(value)
        default:
          error(item.location, "each run_min must be minutes or null", &diagnostics)
          return nil
        }
      }
      modification.runMinutes = runs
    }
    for row in objects("add_stops", &diagnostics) ?? [] {
      let stop = row.id("stop", &diagnostics)
      let after = row.id("after", &diagnostics)
      let run = row.number("run_min", in: Limits.minutes, required: true, &diagnostics)
      let next = row.number("next_run_min", in: Limits.minutes, required: false, &diagnostics)
      let dwell = row.number("dwell_min", in: Limits.minutes, required: false, &diagnostics)
      guard let stop, let after, let run else { continue }
      modification.addedStops.append(
        AddedLineStop(
          stop: StopID(stop), after: StopID(after), runMinutes: run, nextRunMinutes: next,
          dwellMinutes: dwell))
    }
    modification.removedStops = (ids("remove_stops", &diagnostics) ?? []).map { StopID($0) }
    return .modifyLine(LineID(id), modification)
  }

  private func modifyRoadLink(_ diagnostics: inout [InputDiagnostic]) -> ScenarioChange? {
    guard let id = cells.id("link", &diagnostics) else { return nil }
    var modification = RoadLinkModification()
    if !cells.text("class").isEmpty {
      modification.roadClass = cells.choice("class", &diagnostics)
    }
    modification.lengthKm = cells.number(
      "length_km", in: Limits.lengthKm, required: false, &diagnostics)
    modification.speedKmh = cells.number(
      "speed_kmh", in: Limits.speedKmh, required: false, &diagnostics)
    modification.minutes = cells.number(
      "minutes", in: Limits.minutes, required: false, &diagnostics)
    modification.clearSpeed = cells.columns["speed_kmh"] != nil && cells.text("speed_kmh").isEmpty
    modification.clearMinutes = cells.columns["minutes"] != nil && cells.text("minutes").isEmpty
    return .modifyRoadLink(RoadLinkID(id), modification)
  }

  private func modifyPlace(_ diagnostics: inout [InputDiagnostic]) -> ScenarioChange? {
    guard let id = cells.id("place", &diagnostics) else { return nil }
    var modification = PlaceModification()
    modification.population = cells.integer(
      "population", in: Limits.population, required: false, &diagnostics)
    if !cells.text("in_scope").isEmpty {
      modification.scope = cells.choice("in_scope", &diagnostics)
    }
    if cells.columns["parent"] != nil {
      if cells.text("parent").isEmpty {
        modification.clearParent = true
      } else {
        modification.parent = cells.id("parent", &diagnostics).map { PlaceID($0) }
      }
    }
    return .modifyPlace(PlaceID(id), modification)
  }

  private func modifyStop(_ diagnostics: inout [InputDiagnostic]) -> ScenarioChange? {
    guard let id = cells.id("stop", &diagnostics) else { return nil }
    var modification = StopModification()
    if !cells.text("kind").isEmpty {
      modification.kind = cells.choice("kind", &diagnostics)
    }
    if !cells.text("place").isEmpty {
      modification.place = cells.id("place", &diagnostics).map { PlaceID($0) }
    }
    if !cells.text("park_and_ride").isEmpty {
      modification.parkAndRide = cells.yesNo("park_and_ride", default: true, &diagnostics)
    }
    return .modifyStop(StopID(id), modification)
  }
}
