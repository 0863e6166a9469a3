extension NetworkValidator {
  /// Every figure lies in its range (`Limits`), the ranges parsing checks each cell against: a
  /// place's population, the coordinates of places, junctions and stops, a road link's length,
  /// speed and minutes, a connector's or stop transfer's minutes, a line's headway or departures
  /// and dwell, a line stop's `seq`, run and dwell. Not a number and infinity are out of every
  /// range.
  ///
  /// A loaded network never fails these (its cells were checked while parsing); an edited one can,
  /// and each figure is reported at its column of the row as the source map has it (for a row an
  /// edit made, the edit's own location).
  mutating func checkFigures() {
    // Rows are read field by field in place (see `checkText`).
    let places = network.places.rows
    for index in places.indices {
      let row = SourceMap.Row.place(places[index].id)
      checkPosition(row, latitude: places[index].latitude, longitude: places[index].longitude)
      check(places[index].population, in: Limits.population, row, "population")
    }
    let junctions = network.junctions.rows
    for index in junctions.indices {
      checkPosition(
        .junction(junctions[index].id), latitude: junctions[index].latitude,
        longitude: junctions[index].longitude)
    }
    let links = network.roadLinks.rows
    for index in links.indices {
      let row = SourceMap.Row.roadLink(links[index].id)
      check(links[index].lengthKm, in: Limits.lengthKm, row, "length_km")
      check(links[index].speedKmh, in: Limits.speedKmh, row, "speed_kmh")
      check(links[index].minutes, in: Limits.minutes, row, "minutes")
    }
    let stops = network.stops.rows
    for index in stops.indices {
      checkPosition(
        .stop(stops[index].id), latitude: stops[index].latitude,
        longitude: stops[index].longitude)
    }
    let connectors = network.connectors.rows
    for index in connectors.indices {
      check(
        connectors[index].minutes, in: Limits.minutes, .connector(connectors[index].key), "minutes")
    }
    let transfers = network.stopTransfers.rows
    for index in transfers.indices {
      check(
        transfers[index].minutes, in: Limits.minutes, .stopTransfer(transfers[index].key), "minutes"
      )
    }
    let lines = network.lines.rows
    for index in lines.indices {
      checkFigures(of: lines, at: index)
    }
  }

  private mutating func checkFigures(of lines: [Line], at index: Int) {
    let row = SourceMap.Row.line(lines[index].id)
    switch lines[index].frequency {
    case .headway(let minutes):
      check(minutes, in: Limits.headwayMinutes, row, "headway_min")
    case .departuresPerDay(let count):
      check(count, in: Limits.departuresPerDay, row, "departures_per_day")
    }
    check(lines[index].dwellMinutes, in: Limits.minutes, row, "dwell_min")
    let stops = lines[index].stops
    for position in stops.indices {
      let stopRow = SourceMap.Row.lineStop(lines[index].id, position: position)
      check(stops[position].seq, in: Limits.seq, stopRow, "seq")
      check(stops[position].runMinutes, in: Limits.minutes, stopRow, "run_min")
      check(stops[position].dwellMinutes, in: Limits.minutes, stopRow, "dwell_min")
    }
  }

  private mutating func checkPosition(_ row: SourceMap.Row, latitude: Double, longitude: Double) {
    check(latitude, in: Limits.latitude, row, "lat")
    check(longitude, in: Limits.longitude, row, "lon")
  }

  /// Reports `value` (when given) at `column` of `row` if it is outside `range`.
  private mutating func check(
    _ value: Double?, in range: Limits.DecimalRange, _ row: SourceMap.Row, _ column: String
  ) {
    guard let value, !range.contains(value) else { return }
    error(row, column, range.violation(column, got: Parameters.format(value)))
  }

  /// Reports `value` at `column` of `row` if it is outside `range`.
  private mutating func check(
    _ value: Int, in range: Limits.WholeRange, _ row: SourceMap.Row, _ column: String
  ) {
    guard !range.contains(value) else { return }
    error(row, column, range.violation(column, got: "\(value)"))
  }
}
