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
    for place in network.places {
      let row = SourceMap.Row.place(place.id)
      checkPosition(row, latitude: place.latitude, longitude: place.longitude)
      check(place.population, in: Limits.population, row, "population")
    }
    for junction in network.junctions {
      checkPosition(
        .junction(junction.id), latitude: junction.latitude, longitude: junction.longitude)
    }
    for link in network.roadLinks {
      let row = SourceMap.Row.roadLink(link.id)
      check(link.lengthKm, in: Limits.lengthKm, row, "length_km")
      check(link.speedKmh, in: Limits.speedKmh, row, "speed_kmh")
      check(link.minutes, in: Limits.minutes, row, "minutes")
    }
    for stop in network.stops {
      checkPosition(.stop(stop.id), latitude: stop.latitude, longitude: stop.longitude)
    }
    for connector in network.connectors {
      check(connector.minutes, in: Limits.minutes, .connector(connector.key), "minutes")
    }
    for transfer in network.stopTransfers {
      check(transfer.minutes, in: Limits.minutes, .stopTransfer(transfer.key), "minutes")
    }
    for line in network.lines {
      checkFigures(of: line)
    }
  }

  private mutating func checkFigures(of line: Line) {
    let row = SourceMap.Row.line(line.id)
    switch line.frequency {
    case .headway(let minutes):
      check(minutes, in: Limits.headwayMinutes, row, "headway_min")
    case .departuresPerDay(let count):
      check(count, in: Limits.departuresPerDay, row, "departures_per_day")
    }
    check(line.dwellMinutes, in: Limits.minutes, row, "dwell_min")
    for (position, stop) in line.stops.enumerated() {
      let stopRow = SourceMap.Row.lineStop(line.id, position: position)
      check(stop.seq, in: Limits.seq, stopRow, "seq")
      check(stop.runMinutes, in: Limits.minutes, stopRow, "run_min")
      check(stop.dwellMinutes, in: Limits.minutes, stopRow, "dwell_min")
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
