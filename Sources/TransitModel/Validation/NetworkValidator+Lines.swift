extension NetworkValidator {
  /// Along each line (over its stops that exist): `seq` strictly increases, no stop twice in a row,
  /// a run time on every stop but the first and none (or 0) on the first, at least two stops; a
  /// flight stops only at airports and no other line at one, a metro line only at metro stations
  /// and no other line at one (warnings: the stop's kind sets the overheads).
  mutating func checkLines() {
    // The kind of each usable stop, by stop index (nil: its place does not resolve).
    let kinds = network.stops.indices.map {
      isUsable(stopAt: $0) ? network.stops.rows[$0].kind : nil
    }
    func kind(_ stop: StopID) -> StopKind? { network.stops.index(of: stop).flatMap { kinds[$0] } }
    func isMismatched(_ lineClass: LineClass, _ kind: StopKind) -> Bool {
      (lineClass == .air) != (kind == .airport) || (lineClass == .metro) != (kind == .metro)
    }
    // A line is copied once (its texts and stop list retained once); its stops are read in place
    // and kept by position: a copy of each would retain and release its texts.
    let lines = network.lines.rows
    for lineIndex in lines.indices {
      let line = lines[lineIndex]
      let stopIndices = references.lineStops[lineIndex]
      // The positions of the stops that exist; the others are reported.
      var kept: [Int] = []
      kept.reserveCapacity(line.stops.count)
      for position in line.stops.indices {
        if stopIndices[position] != nil
          || resolves(line.stops[position].stop.rawValue, in: .stops)
        {
          kept.append(position)
        } else {
          error(
            .lineStop(line.id, position: position), "stop",
            "unknown stop '\(line.stops[position].stop)' in stop")
        }
      }
      checkSequence(of: line, kept)
      // Without a readable line_stops.csv every line would be reported: its error is enough; a
      // line short of stops only because some are unknown has those reported instead.
      if kept.count < 2 && line.stops.count < 2 && !sources.isUnavailable(.lineStops) {
        error(
          .line(line.id), "id",
          "line '\(line.id)' has \(kept.count) stop(s) in line_stops.csv; a line needs at least two"
        )
      }
      // Most lines stop only where their class belongs: the sorted distinct stops are gathered
      // only for a line that does not.
      guard
        kept.contains(where: {
          stopIndices[$0].flatMap { kinds[$0] }.map { isMismatched(line.lineClass, $0) } ?? false
        })
      else { continue }
      for stop in Set(kept.map { line.stops[$0].stop }).sorted() {
        guard let kind = kind(stop) else { continue }
        if isMismatched(line.lineClass, kind) {
          warning(
            .line(line.id), "id",
            "line '\(line.id)' (\(line.lineClass.rawValue)) stops at '\(stop)', which is a "
              + "\(kind.rawValue) stop: its boarding and alighting overheads are the \(kind.rawValue) ones"
          )
        }
      }
    }
  }

  /// The rules along the stops of `line` at the positions `kept` (those that exist).
  private mutating func checkSequence(of line: Line, _ kept: [Int]) {
    let stops = line.stops
    func row(_ position: Int) -> SourceMap.Row { .lineStop(line.id, position: position) }
    for (index, position) in kept.enumerated() {
      if index > 0 {
        let previous = kept[index - 1]
        if stops[position].seq <= stops[previous].seq {
          let previousAt = sources.location(of: row(previous), "seq").map { " (\($0))" } ?? ""
          error(
            row(position), "seq",
            "seq must increase along line '\(line.id)': \(stops[position].seq) follows \(stops[previous].seq)\(previousAt)"
          )
        }
        if stops[position].stop == stops[previous].stop {
          error(
            row(position), "seq",
            "line '\(line.id)' stops at '\(stops[position].stop)' twice in a row")
        }
        if stops[position].runMinutes == nil {
          error(
            row(position), "run_min",
            "run_min is required on every stop of line '\(line.id)' after the first")
        }
      } else if let run = stops[position].runMinutes, run != 0 {
        error(
          row(position), "run_min",
          "run_min must be empty (or 0) on the first stop of line '\(line.id)', got \(run)")
      }
    }
  }

  /// Every member of a corridor exists; a road listed by name is carried by some link.
  mutating func checkCorridors() {
    // Every link row counts, even one reported for a bad cell or reference: its road is not
    // reported again as carried by no link.
    let carriedRoads = Set(network.roadLinks.map(\.road)).union(sources.unloadedRoads)
    for corridor in network.corridors {
      for place in corridor.placeIDs {
        requireResolved(
          place.rawValue, in: .places, kind: "place",
          .corridorMember(corridor.id, .place, place.rawValue), "member")
      }
      for line in corridor.lineIDs {
        requireResolved(
          line.rawValue, in: .lines, kind: "line",
          .corridorMember(corridor.id, .line, line.rawValue), "member")
      }
      for link in corridor.linkIDs {
        requireResolved(
          link.rawValue, in: .roadLinks, kind: "road link",
          .corridorMember(corridor.id, .link, link.rawValue), "member")
      }
      for road in corridor.roads
      where !carriedRoads.contains(road) && !sources.isUnavailable(.roadLinks) {
        error(
          .corridorMember(corridor.id, .road, road), "member", "no road link has road '\(road)'")
      }
    }
  }
}
