extension NetworkValidator {
  /// Every id is well formed (lowercase ASCII letters, digits and `-`) and every required text cell
  /// (names, road, source) is not empty: the rules parsing checks on each cell, checked again on
  /// the model so that a row an edit made or changed meets them too. A loaded network never fails
  /// these; messages are the parser's, at the column the source map gives.
  ///
  /// Rows are read field by field in place (`places[index].nameZh`): `for place in places` would
  /// copy each whole row out, retaining and releasing every text it holds, which over a
  /// province-size network costs more than the checks.
  ///
  /// Each source is also judged estimated or cited here (`estimated`), while it is at hand: a
  /// second pass over a province-size network's sources, for the counts every report states,
  /// would read every one of them from memory again.
  mutating func checkText() {
    var estimated = EstimatedRows.Flags()
    defer { estimatedRows = EstimatedRows(flags: estimated) }
    // Consecutive rows mostly share their source's text (the CSV reader shares a repeated one):
    // each is judged once.
    var judge = SourceJudge()
    let places = network.places.rows
    for index in places.indices {
      let row = SourceMap.Row.place(places[index].id)
      checkID(places[index].id.rawValue, row, "id")
      if let parent = places[index].parent { checkID(parent.rawValue, row, "parent") }
      for cluster in places[index].clusters { checkID(cluster.rawValue, row, "clusters") }
      checkRequired(row, "name_zh", places[index].nameZh)
      checkRequired(row, "name_en", places[index].nameEn)
      checkSource(row, "source", places[index].source, into: &estimated.places, &judge)
      checkSource(
        row, "population_source", places[index].populationSource, into: &estimated.placePopulations,
        &judge)
    }
    let clusters = network.clusters.rows
    for index in clusters.indices {
      let row = SourceMap.Row.cluster(clusters[index].id)
      checkID(clusters[index].id.rawValue, row, "id")
      checkRequired(row, "name_zh", clusters[index].nameZh)
      checkRequired(row, "name_en", clusters[index].nameEn)
      checkSource(row, "source", clusters[index].source, into: &estimated.clusters, &judge)
    }
    let junctions = network.junctions.rows
    for index in junctions.indices {
      let row = SourceMap.Row.junction(junctions[index].id)
      checkID(junctions[index].id.rawValue, row, "id")
      checkRequired(row, "name_zh", junctions[index].nameZh)
      checkRequired(row, "name_en", junctions[index].nameEn)
      checkSource(row, "source", junctions[index].source, into: &estimated.junctions, &judge)
    }
    let links = network.roadLinks.rows
    for index in links.indices {
      let row = SourceMap.Row.roadLink(links[index].id)
      checkID(links[index].id.rawValue, row, "id")
      checkID(links[index].from.rawValue, row, "from")
      checkID(links[index].to.rawValue, row, "to")
      checkRequired(row, "road", links[index].road)
      checkSource(row, "source", links[index].source, into: &estimated.roadLinks, &judge)
    }
    let stops = network.stops.rows
    for index in stops.indices {
      let row = SourceMap.Row.stop(stops[index].id)
      checkID(stops[index].id.rawValue, row, "id")
      checkID(stops[index].place.rawValue, row, "place")
      checkRequired(row, "name_zh", stops[index].nameZh)
      checkRequired(row, "name_en", stops[index].nameEn)
      checkSource(row, "source", stops[index].source, into: &estimated.stops, &judge)
    }
    let connectors = network.connectors.rows
    for index in connectors.indices {
      let row = SourceMap.Row.connector(connectors[index].key)
      checkID(connectors[index].place.rawValue, row, "place")
      checkID(connectors[index].stop.rawValue, row, "stop")
      checkSource(row, "source", connectors[index].source, into: &estimated.connectors, &judge)
    }
    let transfers = network.stopTransfers.rows
    for index in transfers.indices {
      let row = SourceMap.Row.stopTransfer(transfers[index].key)
      checkID(transfers[index].fromStop.rawValue, row, "from_stop")
      checkID(transfers[index].toStop.rawValue, row, "to_stop")
      checkSource(row, "source", transfers[index].source, into: &estimated.stopTransfers, &judge)
    }
    let lines = network.lines.rows
    for index in lines.indices {
      let row = SourceMap.Row.line(lines[index].id)
      checkID(lines[index].id.rawValue, row, "id")
      checkRequired(row, "name_zh", lines[index].nameZh)
      checkRequired(row, "name_en", lines[index].nameEn)
      checkSource(row, "source", lines[index].source, into: &estimated.lines, &judge)
      let stops = lines[index].stops
      var stopsEstimated: [Bool] = []
      stopsEstimated.reserveCapacity(stops.count)
      for position in stops.indices {
        let stopRow = SourceMap.Row.lineStop(lines[index].id, position: position)
        checkID(stops[position].stop.rawValue, stopRow, "stop")
        checkSource(stopRow, "source", stops[position].source, into: &stopsEstimated, &judge)
      }
      estimated.lineStops.append(stopsEstimated)
    }
    let corridors = network.corridors.rows
    for index in corridors.indices {
      let row = SourceMap.Row.corridor(corridors[index].id)
      checkID(corridors[index].id.rawValue, row, "id")
      checkRequired(row, "name_zh", corridors[index].nameZh)
      checkRequired(row, "name_en", corridors[index].nameEn)
      checkSource(row, "source", corridors[index].source, into: &estimated.corridors, &judge)
    }
  }

  /// A required source cell (`checkRequired`), judged estimated or cited (`SourceQuality`) into
  /// `flags` as it is read.
  private mutating func checkSource(
    _ row: SourceMap.Row, _ column: String, _ source: String, into flags: inout [Bool],
    _ judge: inout SourceJudge
  ) {
    checkRequired(row, column, source)
    flags.append(judge.isEstimated(source))
  }

  private mutating func checkID(_ id: String, _ row: SourceMap.Row, _ column: String) {
    if !NetworkRow.isValidID(id) {
      error(row, column, NetworkRow.malformedIDMessage(column, id))
    }
  }

  private mutating func checkRequired(_ row: SourceMap.Row, _ column: String, _ text: String) {
    // Blank = only spaces and tabs (`trimmingSpaces`), checked without making a trimmed copy; a
    // name of at most `nameCharacters` bytes cannot have more characters.
    if text.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
      error(row, column, NetworkRow.requiredMessage(column))
    } else if text.utf8.count > Limits.nameCharacters, column.hasPrefix("name_"),
      text.count > Limits.nameCharacters
    {
      error(
        row, column,
        "\(column) is \(text.count) characters long; at most \(Limits.nameCharacters) (a name "
          + "is read on maps and in tables)")
    }
  }
}
