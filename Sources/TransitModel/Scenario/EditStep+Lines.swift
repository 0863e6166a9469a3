import Foundation

extension EditStep {
  /// `add-line`: a new line at existing stops (or stops added earlier in the scenario); run times
  /// as given, or derived from great-circle distance × detour ÷ speed for the stops without one.
  mutating func addLine(
    _ line: Line, derived: DerivedRunTimes?, _ network: inout Network, _ sources: inout SourceMap
  ) {
    guard !network.lines.contains(key: line.id) else {
      return error("id", "a line '\(line.id)' exists already\(at(.line(line.id), in: sources))")
    }
    var line = line
    var derivedText: [String] = []
    if let derived {
      for position in line.stops.indices.dropFirst() where line.stops[position].runMinutes == nil {
        guard let a = network.stops[key: line.stops[position - 1].stop],
          let b = network.stops[key: line.stops[position].stop]
        else {
          return error(
            "stops",
            "run times are derived from the stops' positions, but stop '\(line.stops[position].stop)' "
              + "or the one before it is not in the network (add it with add-stop first)")
        }
        let km = Self.greatCircleKm(a.latitude, a.longitude, b.latitude, b.longitude)
        let minutes = Self.oneDecimal(km * derived.detourFactor / derived.speedKmh * 60)
        line.stops[position].runMinutes = minutes
        derivedText.append(
          "\(a.id) → \(b.id) \(Parameters.format(Self.oneDecimal(km))) km × "
            + "\(Parameters.format(derived.detourFactor)) ÷ \(Parameters.format(derived.speedKmh)) "
            + "km/h = \(Parameters.format(minutes)) min")
      }
    }
    network.lines.insert(line)
    let items = edit.stopItemOrigins
    sources.record(.line(line.id), edit.cells.origin)
    for position in line.stops.indices {
      sources.record(
        .lineStop(line.id, position: position),
        position < items.count ? items[position] : edit.cells.origin)
    }
    let frequency: String
    switch line.frequency {
    case .headway(let minutes): frequency = "every \(Parameters.format(minutes)) min"
    case .departuresPerDay(let count): frequency = "\(Parameters.format(count))/day"
    }
    var text =
      "added line \(line.id) \(line.nameZh) (\(line.lineClass.rawValue), \(frequency), "
      + "\(line.directions == .both ? "both directions" : "forward only")): "
      + line.stops.map(\.stop.rawValue).joined(separator: " → ")
    let runs = line.stops.dropFirst().compactMap(\.runMinutes)
    text += "; in-vehicle \(Parameters.format(Self.oneDecimal(runs.reduce(0, +)))) min"
    if !derivedText.isEmpty {
      text += "; run times derived: " + derivedText.joined(separator: "; ")
    }
    summary = text
  }

  /// `modify-line`: frequency, dwell, run times, stops added after a stop of the line or taken out.
  mutating func modifyLine(
    _ id: LineID, _ modification: LineModification, _ network: inout Network,
    _ sources: inout SourceMap
  ) {
    guard var line = network.lines[key: id] else {
      return error("line", "no line '\(id)' in the network")
    }
    let before = line
    var changes: [String] = []
    if let lineClass = modification.lineClass, lineClass != line.lineClass {
      line.lineClass = lineClass
      changes.append("class \(before.lineClass.rawValue) → \(lineClass.rawValue)")
    }
    if let directions = modification.directions, directions != line.directions {
      line.directions = directions
      changes.append("directions \(before.directions.rawValue) → \(directions.rawValue)")
    }
    if let frequency = modification.frequency {
      line.frequency = frequency
      changes.append("frequency \(Self.describe(before.frequency)) → \(Self.describe(frequency))")
    }
    if let dwell = modification.dwellMinutes {
      line.dwellMinutes = dwell
      changes.append("dwell \(Parameters.format(dwell)) min")
    } else if modification.clearDwell, line.dwellMinutes != nil {
      line.dwellMinutes = nil
      changes.append("dwell from the dwell-min parameter")
    }
    if let stops = modification.stops {
      line.stops = stops
      let items = edit.stopItemOrigins
      for position in stops.indices {
        sources.record(
          .lineStop(id, position: position),
          position < items.count ? items[position] : edit.cells.origin)
      }
      changes.append("stops " + stops.map(\.stop.rawValue).joined(separator: " → "))
    }
    for added in modification.addedStops {
      guard let index = line.stops.firstIndex(where: { $0.stop == added.after }) else {
        return error("add_stops", "line '\(id)' does not stop at '\(added.after)'")
      }
      let position = index + 1
      let isLast = position == line.stops.count
      if !isLast {
        guard let next = added.nextRunMinutes else {
          return error(
            "add_stops",
            "stop '\(added.stop)' goes between '\(added.after)' and '\(line.stops[position].stop)': "
              + "give next_run_min, the minutes from it to '\(line.stops[position].stop)'")
        }
        line.stops[position].runMinutes = next
      }
      let seq = line.stops[index].seq
      line.stops.insert(
        LineStop(
          seq: seq, stop: added.stop, runMinutes: added.runMinutes,
          dwellMinutes: added.dwellMinutes, source: edit.source),
        at: position)
      // Keep `seq` strictly increasing: renumber from the inserted stop on.
      for later in position..<line.stops.count {
        line.stops[later].seq = line.stops[later - 1].seq + 1
      }
      sources.recordLineStopInserted(id, at: position, location: edit.location("add_stops"))
      changes.append("stop \(added.stop) added after \(added.after)")
    }
    for removed in modification.removedStops {
      guard let index = line.stops.firstIndex(where: { $0.stop == removed }) else {
        return error("remove_stops", "line '\(id)' does not stop at '\(removed)'")
      }
      if index + 1 < line.stops.count, index > 0 {
        // Through the removed stop: its run in and the run out become one run.
        line.stops[index + 1].runMinutes =
          (line.stops[index].runMinutes ?? 0) + (line.stops[index + 1].runMinutes ?? 0)
      } else if index == 0, line.stops.count > 1 {
        line.stops[1].runMinutes = nil
      }
      line.stops.remove(at: index)
      sources.recordLineStopRemoved(id, at: index)
      changes.append("stop \(removed) taken out")
    }
    if let factor = modification.runTimeFactor {
      for index in line.stops.indices {
        line.stops[index].runMinutes = line.stops[index].runMinutes.map { $0 * factor }
      }
      changes.append("run times × \(Parameters.format(factor))")
    }
    if let runs = modification.runMinutes {
      guard runs.count == line.stops.count else {
        return error(
          "run_min",
          "run_min has \(runs.count) entries, line '\(id)' has \(line.stops.count) stops (one each, "
            + "null for the first)")
      }
      for index in line.stops.indices { line.stops[index].runMinutes = runs[index] }
      changes.append("run times given")
    }
    guard line != before else { return error("line", "changes nothing in line '\(id)'") }
    network.lines.update(line)
    sources.record(.line(id), edit.cells.origin)
    let inVehicle = { (line: Line) in line.stops.dropFirst().compactMap(\.runMinutes).reduce(0, +) }
    summary =
      "changed line \(id) \(line.nameZh): " + changes.joined(separator: ", ")
      + "; in-vehicle end to end \(Parameters.format(Self.oneDecimal(inVehicle(before)))) → "
      + "\(Parameters.format(Self.oneDecimal(inVehicle(line)))) min"
  }

  static func describe(_ frequency: ServiceFrequency) -> String {
    switch frequency {
    case .headway(let minutes): return "every \(Parameters.format(minutes)) min"
    case .departuresPerDay(let count): return "\(Parameters.format(count))/day"
    }
  }

  static func oneDecimal(_ value: Double) -> Double { (value * 10).rounded() / 10 }

  /// Great-circle distance in km (haversine, the sphere of the map projection).
  static func greatCircleKm(_ lat1: Double, _ lon1: Double, _ lat2: Double, _ lon2: Double)
    -> Double
  {
    let radians = Double.pi / 180
    let dLat = (lat2 - lat1) * radians
    let dLon = (lon2 - lon1) * radians
    let a =
      sin(dLat / 2) * sin(dLat / 2) + cos(lat1 * radians) * cos(lat2 * radians) * sin(dLon / 2)
      * sin(dLon / 2)
    return 2 * AzimuthalEquidistantProjection.earthRadiusKm * asin(min(1, a.squareRoot()))
  }
}
