extension NetworkValidator {
  /// Every id is well formed (lowercase ASCII letters, digits and `-`) and every required text cell
  /// (names, road, source) is not empty: the rules parsing checks on each cell, checked again on
  /// the model so that a row an edit made or changed meets them too. A loaded network never fails
  /// these; messages are the parser's, at the column the source map gives.
  mutating func checkText() {
    for place in network.places {
      let row = SourceMap.Row.place(place.id)
      checkID(place.id.rawValue, row, "id")
      if let parent = place.parent { checkID(parent.rawValue, row, "parent") }
      for cluster in place.clusters { checkID(cluster.rawValue, row, "clusters") }
      checkRequired(row, "name_zh", place.nameZh)
      checkRequired(row, "name_en", place.nameEn)
      checkRequired(row, "source", place.source)
      checkRequired(row, "population_source", place.populationSource)
    }
    for cluster in network.clusters {
      let row = SourceMap.Row.cluster(cluster.id)
      checkID(cluster.id.rawValue, row, "id")
      checkRequired(row, "name_zh", cluster.nameZh)
      checkRequired(row, "name_en", cluster.nameEn)
      checkRequired(row, "source", cluster.source)
    }
    for junction in network.junctions {
      let row = SourceMap.Row.junction(junction.id)
      checkID(junction.id.rawValue, row, "id")
      checkRequired(row, "name_zh", junction.nameZh)
      checkRequired(row, "name_en", junction.nameEn)
      checkRequired(row, "source", junction.source)
    }
    for link in network.roadLinks {
      let row = SourceMap.Row.roadLink(link.id)
      checkID(link.id.rawValue, row, "id")
      checkID(link.from.rawValue, row, "from")
      checkID(link.to.rawValue, row, "to")
      checkRequired(row, "road", link.road)
      checkRequired(row, "source", link.source)
    }
    for stop in network.stops {
      let row = SourceMap.Row.stop(stop.id)
      checkID(stop.id.rawValue, row, "id")
      checkID(stop.place.rawValue, row, "place")
      checkRequired(row, "name_zh", stop.nameZh)
      checkRequired(row, "name_en", stop.nameEn)
      checkRequired(row, "source", stop.source)
    }
    for connector in network.connectors {
      let row = SourceMap.Row.connector(connector.key)
      checkID(connector.place.rawValue, row, "place")
      checkID(connector.stop.rawValue, row, "stop")
      checkRequired(row, "source", connector.source)
    }
    for transfer in network.stopTransfers {
      let row = SourceMap.Row.stopTransfer(transfer.key)
      checkID(transfer.fromStop.rawValue, row, "from_stop")
      checkID(transfer.toStop.rawValue, row, "to_stop")
      checkRequired(row, "source", transfer.source)
    }
    for line in network.lines {
      let row = SourceMap.Row.line(line.id)
      checkID(line.id.rawValue, row, "id")
      checkRequired(row, "name_zh", line.nameZh)
      checkRequired(row, "name_en", line.nameEn)
      checkRequired(row, "source", line.source)
      for (position, stop) in line.stops.enumerated() {
        let stopRow = SourceMap.Row.lineStop(line.id, position: position)
        checkID(stop.stop.rawValue, stopRow, "stop")
        checkRequired(stopRow, "source", stop.source)
      }
    }
    for corridor in network.corridors {
      let row = SourceMap.Row.corridor(corridor.id)
      checkID(corridor.id.rawValue, row, "id")
      checkRequired(row, "name_zh", corridor.nameZh)
      checkRequired(row, "name_en", corridor.nameEn)
      checkRequired(row, "source", corridor.source)
    }
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
