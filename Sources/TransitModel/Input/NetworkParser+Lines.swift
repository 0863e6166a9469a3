extension NetworkParser {
  mutating func parseLines() {
    guard let table = table(Schemas.lines) else {
      lineIDs.isAvailable = false
      sources.markUnavailable(.lines)
      return
    }
    lineIDs.acceptUnchecked(table.skippedIDs)
    acceptSkipped(table, as: [.lines])
    lineIDs.reserveCapacity(table.rows.count)
    lines.reserveCapacity(table.rows.count)
    for row in table.rows {
      let parsed = row.line(&diagnostics)
      guard let id = parsed.id, lineIDs.register(id, at: row.location("id"), &diagnostics) else {
        continue
      }
      guard let line = parsed.value else {
        sources.markUnloaded(id, in: .lines)
        continue
      }
      sources.recordKeyedLater(.line(line.id), read: row)
      lines.append(line)
    }
  }

  /// Attaches each stop row to its line, in file order; a row of an unknown line is reported here
  /// (it belongs to no line of the model). The stop list's rules are the validator's.
  mutating func parseLineStops() {
    defer { stopIDTexts = KnownCellTexts() }
    guard let table = table(Schemas.lineStops, known: stopIDTexts) else {
      sources.markUnavailable(.lineStops)
      return
    }
    var lineIndex: [String: Int] = [:]
    for (index, line) in lines.enumerated() { lineIndex[line.id.rawValue] = index }
    lineStopsRead.reserveCapacity(table.rows.count)
    // The rows of a line usually follow each other: its id is looked up once for them.
    var lastLine: (id: String, isKnown: Bool, index: Int?)?
    for row in table.rows {
      let (line, parsed) = row.lineStop(&diagnostics)
      guard let line else { continue }
      if lastLine?.id != line { lastLine = (line, lineIDs.contains(line), lineIndex[line]) }
      guard let found = lastLine, found.isKnown else {
        error(row.location("line"), "unknown line '\(line)' in line")
        continue
      }
      guard let stop = parsed else { continue }
      guard let index = found.index else {
        // The line's own row has an error: the stop is still checked.
        sources.recordDetached(
          .init(
            origin: row.origin, column: "stop", table: .stops, kind: "stop", id: stop.stop.rawValue)
        )
        continue
      }
      sources.recordKeyedLater(
        .lineStop(lines[index].id, position: lines[index].stops.count), read: row)
      lineStopsRead.append((Int32(index), Int32(lines[index].stops.count)))
      lines[index].stops.append(stop)
    }
  }

  mutating func parseCorridors() {
    guard let table = table(Schemas.corridors) else {
      corridorIDs.isAvailable = false
      sources.markUnavailable(.corridors)
      return
    }
    corridorIDs.acceptUnchecked(table.skippedIDs)
    acceptSkipped(table, as: [.corridors])
    corridorIDs.reserveCapacity(table.rows.count)
    corridors.reserveCapacity(table.rows.count)
    for row in table.rows {
      let id = row.id("id", &diagnostics)
      let nameZh = row.required("name_zh", &diagnostics)
      let nameEn = row.required("name_en", &diagnostics)
      let source = row.required("source", &diagnostics)
      guard let id, corridorIDs.register(id, at: row.location("id"), &diagnostics) else {
        continue
      }
      guard let nameZh, let nameEn, let source else {
        sources.markUnloaded(id, in: .corridors)
        continue
      }
      sources.recordKeyedLater(.corridor(CorridorID(id)), read: row)
      corridors.append(
        Corridor(id: CorridorID(id), nameZh: nameZh, nameEn: nameEn, source: source))
    }
  }

  /// Attaches each member row to its corridor; a row of an unknown corridor, or a member listed
  /// twice, is reported here. Whether the member exists is the validator's rule.
  mutating func parseCorridorMembers() {
    guard let table = table(Schemas.corridorMembers) else { return }
    var corridorIndex: [String: Int] = [:]
    for (index, corridor) in corridors.enumerated() { corridorIndex[corridor.id.rawValue] = index }
    var seen = IDRegistry(kind: "corridor member")
    seen.reserveCapacity(table.rows.count)
    // The members of a corridor usually follow each other: its id is looked up once for them.
    var lastCorridor: (id: String, isKnown: Bool, index: Int?)?
    for row in table.rows {
      let corridor = row.id("corridor", &diagnostics)
      let kind: CorridorMemberKind? = row.choice("kind", &diagnostics)
      let member = row.required("member", &diagnostics)
      _ = row.required("source", &diagnostics)
      guard let corridor, let kind, let member else { continue }
      if lastCorridor?.id != corridor {
        lastCorridor = (corridor, corridorIDs.contains(corridor), corridorIndex[corridor])
      }
      guard let found = lastCorridor, found.isKnown else {
        error(row.location("corridor"), "unknown corridor '\(corridor)' in corridor")
        continue
      }
      guard let index = found.index,
        seen.register(
          "\(corridor) \(kind.rawValue) \(member)", at: row.location("member"), &diagnostics)
      else { continue }
      sources.record(.corridorMember(corridors[index].id, kind, member), read: row)
      switch kind {
      case .place: corridors[index].placeIDs.append(PlaceID(member))
      case .line: corridors[index].lineIDs.append(LineID(member))
      case .link: corridors[index].linkIDs.append(RoadLinkID(member))
      case .road: corridors[index].roads.append(member)
      }
    }
    for index in corridors.indices {
      corridors[index].placeIDs.sort()
      corridors[index].lineIDs.sort()
      corridors[index].linkIDs.sort()
      corridors[index].roads.sort()
    }
  }
}
