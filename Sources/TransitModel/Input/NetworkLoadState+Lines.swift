extension NetworkLoadState {
  mutating func loadLines() {
    guard let table = table(Schemas.lines) else {
      lineIDs.isAvailable = false
      return
    }
    lineIDs.acceptUnchecked(table.skippedIDs)
    for row in table.rows {
      let id = row.id("id", &diagnostics)
      let nameZh = row.required("name_zh", &diagnostics)
      let nameEn = row.required("name_en", &diagnostics)
      let lineClass: LineClass? = row.choice("class", &diagnostics)
      let directions: LineDirections? = row.choice("directions", default: .both, &diagnostics)
      let headway = row.number(
        "headway_min", in: Limits.minutes, lowerOpen: true, required: false, &diagnostics)
      let departures = row.number(
        "departures_per_day", in: Limits.departuresPerDay, lowerOpen: true, required: false,
        &diagnostics)
      let dwell = row.number("dwell_min", in: Limits.minutes, required: false, &diagnostics)
      let source = row.required("source", &diagnostics)
      let headwayGiven = !row.text("headway_min").isEmpty
      let departuresGiven = !row.text("departures_per_day").isEmpty
      var frequencyOK = true
      if headwayGiven && departuresGiven {
        error(
          row.location("departures_per_day"), "give headway_min or departures_per_day, not both")
        frequencyOK = false
      } else if !headwayGiven && !departuresGiven {
        error(
          row.location("headway_min"),
          "a line needs headway_min (minutes between departures) or departures_per_day")
        frequencyOK = false
      } else if (headwayGiven && headway == nil) || (departuresGiven && departures == nil) {
        frequencyOK = false
      }
      if !row.text("dwell_min").isEmpty && dwell == nil { frequencyOK = false }
      guard let id, lineIDs.register(id, at: row.location("id"), &diagnostics) else { continue }
      lineLocations[id] = row.location("id")
      guard frequencyOK, let nameZh, let nameEn, let lineClass, let directions, let source else {
        continue
      }
      lines.append(
        Line(
          id: id, nameZh: nameZh, nameEn: nameEn, lineClass: lineClass, directions: directions,
          headwayMinutes: headway, departuresPerDay: departures, dwellMinutes: dwell, source: source
        ))
    }
  }

  mutating func loadLineStops() {
    guard let table = table(Schemas.lineStops) else { return }
    for row in table.rows {
      let line = row.id("line", &diagnostics)
      let seq = row.integer("seq", in: Limits.seq, required: true, &diagnostics)
      let stop = row.id("stop", &diagnostics)
      let run = row.number("run_min", in: Limits.minutes, required: false, &diagnostics)
      let dwell = row.number("dwell_min", in: Limits.minutes, required: false, &diagnostics)
      let source = row.required("source", &diagnostics)
      var known = true
      if let line, !requireKnown(line, in: lineIDs, row: row, column: "line") { known = false }
      if let stop, !requireKnown(stop, in: stopIDs, row: row, column: "stop") { known = false }
      if !row.text("run_min").isEmpty && run == nil { known = false }
      if !row.text("dwell_min").isEmpty && dwell == nil { known = false }
      guard known, let line, let seq, let stop, let source else { continue }
      let entry = LineStop(stop: stop, runMinutes: run, dwellMinutes: dwell, source: source)
      lineStopRows[line, default: []].append(
        (seq, entry, row.location("seq"), row.location("run_min")))
    }
    assembleLines()
  }

  /// Attaches the stops to their lines: seq strictly increasing in file order, run_min on every stop but
  /// the first, no stop twice in a row, at least two stops.
  private mutating func assembleLines() {
    for index in lines.indices {
      let id = lines[index].id
      let rows = lineStopRows[id] ?? []
      var stopsOfLine: [LineStop] = []
      for (position, row) in rows.enumerated() {
        if position > 0 {
          let previous = rows[position - 1]
          if row.seq <= previous.seq {
            error(
              row.seqAt,
              "seq must increase along line '\(id)': \(row.seq) follows \(previous.seq) (\(previous.seqAt))"
            )
          }
          if row.stop.stop == previous.stop.stop {
            error(row.seqAt, "line '\(id)' stops at '\(row.stop.stop)' twice in a row")
          }
          if row.stop.runMinutes == nil {
            error(row.runAt, "run_min is required on every stop of line '\(id)' after the first")
          }
        } else if let run = row.stop.runMinutes, run != 0 {
          error(
            row.runAt, "run_min must be empty (or 0) on the first stop of line '\(id)', got \(run)")
        }
        var stop = row.stop
        if position == 0 { stop.runMinutes = nil }
        stopsOfLine.append(stop)
      }
      if stopsOfLine.count < 2, let location = lineLocations[id] {
        error(
          location,
          "line '\(id)' has \(stopsOfLine.count) stop(s) in line_stops.csv; a line needs at least two"
        )
      }
      lines[index].stops = stopsOfLine
    }
  }

  mutating func loadCorridors() {
    guard let table = table(Schemas.corridors) else {
      corridorIDs.isAvailable = false
      return
    }
    corridorIDs.acceptUnchecked(table.skippedIDs)
    for row in table.rows {
      let id = row.id("id", &diagnostics)
      let nameZh = row.required("name_zh", &diagnostics)
      let nameEn = row.required("name_en", &diagnostics)
      let source = row.required("source", &diagnostics)
      guard let id, corridorIDs.register(id, at: row.location("id"), &diagnostics),
        let nameZh, let nameEn, let source
      else { continue }
      corridors.append(Corridor(id: id, nameZh: nameZh, nameEn: nameEn, source: source))
    }
  }

  mutating func loadCorridorMembers() {
    guard let table = table(Schemas.corridorMembers) else { return }
    enum MemberKind: String, CaseIterable { case place, line, link, road }
    var seen = IDRegistry(kind: "corridor member")
    for row in table.rows {
      let corridor = row.id("corridor", &diagnostics)
      let kind: MemberKind? = row.choice("kind", &diagnostics)
      let member = row.required("member", &diagnostics)
      _ = row.required("source", &diagnostics)
      guard let corridor, let kind, let member else { continue }
      guard requireKnown(corridor, in: corridorIDs, row: row, column: "corridor"),
        let index = corridors.firstIndex(where: { $0.id == corridor })
      else { continue }
      guard
        seen.register(
          "\(corridor) \(kind.rawValue) \(member)", at: row.location("member"), &diagnostics)
      else { continue }
      switch kind {
      case .place:
        if requireKnown(member, in: placeIDs, row: row, column: "member") {
          corridors[index].placeIDs.append(member)
        }
      case .line:
        if requireKnown(member, in: lineIDs, row: row, column: "member") {
          corridors[index].lineIDs.append(member)
        }
      case .link:
        if requireKnown(member, in: linkIDs, row: row, column: "member") {
          corridors[index].linkIDs.append(member)
        }
      case .road:
        let links = roadLinks.filter { $0.road == member }.map(\.id)
        if links.isEmpty && linkIDs.isAvailable {
          error(row.location("member"), "no road link has road '\(member)'")
        }
        corridors[index].linkIDs += links
      }
    }
    for index in corridors.indices {
      corridors[index].placeIDs = Array(Set(corridors[index].placeIDs)).sorted()
      corridors[index].lineIDs = Array(Set(corridors[index].lineIDs)).sorted()
      corridors[index].linkIDs = Array(Set(corridors[index].linkIDs)).sorted()
    }
  }
}
