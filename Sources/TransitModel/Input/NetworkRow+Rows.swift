/// A row of a network table read from its cells: the id when it is well formed (so duplicates can
/// be found and references to a row with a bad cell are not reported again), and the value when
/// every cell is good.
struct ParsedRow<Value> {
  var id: String?
  var value: Value?
}

/// Each table's row from its cells: the one place where cells become typed rows, used for CSV
/// files and for the rows a scenario's edits add (JSON members read as cells, same messages).
extension NetworkRow {
  /// The `lat` and `lon` cells, WGS-84 degrees in range; nil (reported) if either is bad.
  func coordinates(_ diagnostics: inout [InputDiagnostic]) -> (latitude: Double, longitude: Double)?
  {
    let latitude = number("lat", in: Limits.latitude, required: true, &diagnostics)
    let longitude = number("lon", in: Limits.longitude, required: true, &diagnostics)
    guard let latitude, let longitude else { return nil }
    return (latitude, longitude)
  }

  func cluster(_ diagnostics: inout [InputDiagnostic]) -> ParsedRow<Cluster> {
    let id = self.id("id", &diagnostics)
    let nameZh = required("name_zh", &diagnostics)
    let nameEn = required("name_en", &diagnostics)
    let source = required("source", &diagnostics)
    guard let id, let nameZh, let nameEn, let source else { return ParsedRow(id: id) }
    return ParsedRow(
      id: id, value: Cluster(id: ClusterID(id), nameZh: nameZh, nameEn: nameEn, source: source))
  }

  func place(_ diagnostics: inout [InputDiagnostic]) -> ParsedRow<Place> {
    let id = self.id("id", &diagnostics)
    let nameZh = required("name_zh", &diagnostics)
    let nameEn = required("name_en", &diagnostics)
    let kind: PlaceKind? = choice("kind", &diagnostics)
    let position = coordinates(&diagnostics)
    let population = integer("population", in: Limits.population, required: true, &diagnostics)
    let scope: ScopeMembership? = choice("in_scope", &diagnostics)
    let source = required("source", &diagnostics)
    let populationSource = required("population_source", &diagnostics)
    let parentText = text("parent")
    var parent: PlaceID?
    if !parentText.isEmpty {
      if Self.isValidID(parentText) {
        parent = PlaceID(parentText)
      } else {
        error("parent", "parent must be a place id, got '\(parentText)'", &diagnostics)
      }
    }
    let clusters = idList("clusters", &diagnostics).map { ClusterID($0) }
    guard let id, let nameZh, let nameEn, let kind, let position, let population, let scope,
      let source, let populationSource
    else { return ParsedRow(id: id) }
    return ParsedRow(
      id: id,
      value: Place(
        id: PlaceID(id), nameZh: nameZh, nameEn: nameEn, kind: kind, latitude: position.latitude,
        longitude: position.longitude, population: population, parent: parent,
        clusters: clusters.sorted(), scope: scope, source: source,
        populationSource: populationSource))
  }

  func junction(_ diagnostics: inout [InputDiagnostic]) -> ParsedRow<Junction> {
    let id = self.id("id", &diagnostics)
    let nameZh = required("name_zh", &diagnostics)
    let nameEn = required("name_en", &diagnostics)
    let position = coordinates(&diagnostics)
    let source = required("source", &diagnostics)
    guard let id, let nameZh, let nameEn, let position, let source else { return ParsedRow(id: id) }
    return ParsedRow(
      id: id,
      value: Junction(
        id: JunctionID(id), nameZh: nameZh, nameEn: nameEn, latitude: position.latitude,
        longitude: position.longitude, source: source))
  }

  func roadLink(_ diagnostics: inout [InputDiagnostic]) -> ParsedRow<RoadLink> {
    let id = self.id("id", &diagnostics)
    let from = self.id("from", &diagnostics)
    let to = self.id("to", &diagnostics)
    let road = required("road", &diagnostics)
    let roadClass: RoadClass? = choice("class", &diagnostics)
    let lengthKm = number("length_km", in: Limits.lengthKm, required: true, &diagnostics)
    let speedKmh = number("speed_kmh", in: Limits.speedKmh, required: false, &diagnostics)
    let minutes = number("minutes", in: Limits.minutes, required: false, &diagnostics)
    let oneway = yesNo("oneway", default: false, &diagnostics)
    let source = required("source", &diagnostics)
    guard let id, let from, let to, let road, let roadClass, let lengthKm, let oneway, let source,
      text("speed_kmh").isEmpty || speedKmh != nil, text("minutes").isEmpty || minutes != nil
    else { return ParsedRow(id: id) }
    return ParsedRow(
      id: id,
      value: RoadLink(
        id: RoadLinkID(id), from: RoadNodeID(from), to: RoadNodeID(to), road: road,
        roadClass: roadClass, lengthKm: lengthKm, speedKmh: speedKmh, minutes: minutes,
        oneway: oneway, source: source))
  }

  func stop(_ diagnostics: inout [InputDiagnostic]) -> ParsedRow<Stop> {
    let id = self.id("id", &diagnostics)
    let nameZh = required("name_zh", &diagnostics)
    let nameEn = required("name_en", &diagnostics)
    let kind: StopKind? = choice("kind", &diagnostics)
    let place = self.id("place", &diagnostics)
    let position = coordinates(&diagnostics)
    let parkAndRide = yesNo("park_and_ride", default: true, &diagnostics)
    let source = required("source", &diagnostics)
    guard let id, let nameZh, let nameEn, let kind, let place, let position, let parkAndRide,
      let source
    else { return ParsedRow(id: id) }
    return ParsedRow(
      id: id,
      value: Stop(
        id: StopID(id), nameZh: nameZh, nameEn: nameEn, kind: kind, place: PlaceID(place),
        latitude: position.latitude, longitude: position.longitude, parkAndRide: parkAndRide,
        source: source))
  }

  func connector(_ diagnostics: inout [InputDiagnostic]) -> Connector? {
    let place = id("place", &diagnostics)
    let stop = id("stop", &diagnostics)
    let mode: AccessMode? = choice("mode", &diagnostics)
    let minutes = number("minutes", in: Limits.minutes, required: true, &diagnostics)
    let source = required("source", &diagnostics)
    guard let place, let stop, let mode, let minutes, let source else { return nil }
    return Connector(
      place: PlaceID(place), stop: StopID(stop), mode: mode, minutes: minutes, source: source)
  }

  func stopTransfer(_ diagnostics: inout [InputDiagnostic]) -> StopTransfer? {
    let from = id("from_stop", &diagnostics)
    let to = id("to_stop", &diagnostics)
    let mode: AccessMode? = choice("mode", &diagnostics)
    let minutes = number("minutes", in: Limits.minutes, required: true, &diagnostics)
    let source = required("source", &diagnostics)
    guard let from, let to, let mode, let minutes, let source else { return nil }
    return StopTransfer(
      fromStop: StopID(from), toStop: StopID(to), mode: mode, minutes: minutes, source: source)
  }

  /// A line without its stops (`line_stops.csv`, or a scenario's `stops`).
  func line(_ diagnostics: inout [InputDiagnostic]) -> ParsedRow<Line> {
    let id = self.id("id", &diagnostics)
    let nameZh = required("name_zh", &diagnostics)
    let nameEn = required("name_en", &diagnostics)
    let lineClass: LineClass? = choice("class", &diagnostics)
    let directions: LineDirections? = choice("directions", default: .both, &diagnostics)
    let frequency = self.frequency(&diagnostics)
    let dwell = number("dwell_min", in: Limits.minutes, required: false, &diagnostics)
    let source = required("source", &diagnostics)
    guard let id, let frequency, text("dwell_min").isEmpty || dwell != nil, let nameZh, let nameEn,
      let lineClass, let directions, let source
    else { return ParsedRow(id: id) }
    return ParsedRow(
      id: id,
      value: Line(
        id: LineID(id), nameZh: nameZh, nameEn: nameEn, lineClass: lineClass,
        directions: directions, frequency: frequency, dwellMinutes: dwell, source: source))
  }

  /// `headway_min` or `departures_per_day`, exactly one, each > 0 and in range; nil (reported)
  /// otherwise.
  func frequency(_ diagnostics: inout [InputDiagnostic]) -> ServiceFrequency? {
    let headway = number("headway_min", in: Limits.headwayMinutes, required: false, &diagnostics)
    let departures = number(
      "departures_per_day", in: Limits.departuresPerDay, required: false, &diagnostics)
    let headwayGiven = !text("headway_min").isEmpty
    let departuresGiven = !text("departures_per_day").isEmpty
    if headwayGiven && departuresGiven {
      error(
        "departures_per_day", "give headway_min or departures_per_day, not both", &diagnostics)
      return nil
    }
    if !headwayGiven && !departuresGiven {
      error(
        "headway_min",
        "a line needs headway_min (minutes between departures) or departures_per_day",
        &diagnostics)
      return nil
    }
    if let headway { return .headway(minutes: headway) }
    if let departures { return .departuresPerDay(departures) }
    return nil
  }

  /// One stop of a line: the line's id (when well formed) and the stop (when every cell is good).
  func lineStop(_ diagnostics: inout [InputDiagnostic]) -> (line: String?, stop: LineStop?) {
    let line = id("line", &diagnostics)
    let seq = integer("seq", in: Limits.seq, required: true, &diagnostics)
    let stop = id("stop", &diagnostics)
    let run = number("run_min", in: Limits.minutes, required: false, &diagnostics)
    let dwell = number("dwell_min", in: Limits.minutes, required: false, &diagnostics)
    let source = required("source", &diagnostics)
    guard let seq, let stop, let source, text("run_min").isEmpty || run != nil,
      text("dwell_min").isEmpty || dwell != nil
    else { return (line, nil) }
    return (
      line,
      LineStop(seq: seq, stop: StopID(stop), runMinutes: run, dwellMinutes: dwell, source: source)
    )
  }
}
