/// The data diff as a scenario: the edits that turn the old version into the new one as far as
/// door-to-door times and coverage go (`diff --emit-scenario`).
///
/// Applied to the old version (`ScenarioEditor`), the edits give the new version's rows in every
/// column that moves a time or a coverage figure (`DiffableRow.emittedColumns`), hence the same
/// times exactly. What moves neither (names, sources, coordinates, clusters, corridors, the
/// manifest) is not written: the diff lists it, flagged `isEmitted == false`.
extension NetworkDiff {
  /// The edits, in an order where each fits the network as edited so far: rows are added first
  /// (junctions, places, stops), then changed (places, stops, road links, connectors, stop
  /// transfers, lines), and removed last in the order their dependants allow (stops after the
  /// lines that called at them, places after their stops and road links, junctions after their
  /// road links).
  /// - Parameter removalSource: The `source` of an edit that removes a row (an added or changed
  ///   row's edit carries the new row's own `source`).
  public func scenarioEdits(removalSource: String) -> [ScenarioWriter.Edit] {
    var edits: [ScenarioWriter.Edit] = []
    func emit(_ change: ScenarioChange, _ source: String) {
      edits.append(ScenarioWriter.Edit(change, source: source))
    }
    let junctions = match(\.junctions)
    let places = match(\.places)
    let stops = match(\.stops)
    for junction in junctions.added { emit(.addJunction(junction), junction.source) }
    for place in places.added { emit(.addPlace(place), place.source) }
    for stop in stops.added { emit(.addStop(stop), stop.source) }
    for (before, after) in places.changed {
      if let change = Self.placeModification(before, after) { emit(change, after.source) }
    }
    for (before, after) in stops.changed {
      if let change = Self.stopModification(before, after) { emit(change, after.source) }
    }
    roadLinkEdits(removalSource, emit)
    connectorEdits(removalSource, emit)
    transferEdits(removalSource, emit)
    lineEdits(removalSource, emit)
    for stop in stops.removed { emit(.removeStop(stop.id), removalSource) }
    for place in places.removed { emit(.removePlace(place.id), removalSource) }
    for junction in junctions.removed { emit(.removeJunction(junction.id), removalSource) }
    return edits
  }

  private func match<Row: DiffableRow & TableRow>(_ table: KeyPath<Network, Table<Row>>)
    -> RowMatch<Row>
  {
    RowMatch(
      old: old[keyPath: table].rows, new: new[keyPath: table].rows, key: \.key, cells: \.diffCells)
  }

  private static func placeModification(_ before: Place, _ after: Place) -> ScenarioChange? {
    var modification = PlaceModification()
    if after.population != before.population { modification.population = after.population }
    if after.scope != before.scope { modification.scope = after.scope }
    if after.parent != before.parent {
      modification.parent = after.parent
      modification.clearParent = after.parent == nil
    }
    guard modification != PlaceModification() else { return nil }
    return .modifyPlace(after.id, modification)
  }

  private static func stopModification(_ before: Stop, _ after: Stop) -> ScenarioChange? {
    var modification = StopModification()
    if after.kind != before.kind { modification.kind = after.kind }
    if after.place != before.place { modification.place = after.place }
    if after.parkAndRide != before.parkAndRide { modification.parkAndRide = after.parkAndRide }
    guard modification != StopModification() else { return nil }
    return .modifyStop(after.id, modification)
  }

  /// Links whose ends or direction changed are closed and added again (`modify-road-link` changes
  /// figures only); the others are modified.
  private func roadLinkEdits(
    _ removalSource: String, _ emit: (ScenarioChange, String) -> Void
  ) {
    let links = match(\.roadLinks)
    let rebuilt = links.changed.filter {
      $0.old.from != $0.new.from || $0.old.to != $0.new.to || $0.old.oneway != $0.new.oneway
    }
    let rebuiltIDs = Set(rebuilt.map(\.new.id))
    for link in links.removed + rebuilt.map(\.old) {
      emit(.closeRoadLink(link.id), removalSource)
    }
    for link in (links.added + rebuilt.map(\.new)).sorted(by: { $0.id < $1.id }) {
      emit(.addRoadLink(link), link.source)
    }
    for (before, after) in links.changed where !rebuiltIDs.contains(after.id) {
      var modification = RoadLinkModification()
      if after.roadClass != before.roadClass { modification.roadClass = after.roadClass }
      if after.lengthKm != before.lengthKm { modification.lengthKm = after.lengthKm }
      if after.speedKmh != before.speedKmh {
        modification.speedKmh = after.speedKmh
        modification.clearSpeed = after.speedKmh == nil
      }
      if after.minutes != before.minutes {
        modification.minutes = after.minutes
        modification.clearMinutes = after.minutes == nil
      }
      if modification != RoadLinkModification() {
        emit(.modifyRoadLink(after.id, modification), after.source)
      }
    }
  }

  /// Connectors of a removed place or stop go with it (`remove-place`, `remove-stop`).
  private func connectorEdits(_ removalSource: String, _ emit: (ScenarioChange, String) -> Void) {
    let connectors = match(\.connectors)
    for connector in connectors.removed
    where new.places.contains(key: connector.place) && new.stops.contains(key: connector.stop) {
      emit(.removeConnector(connector.key), removalSource)
    }
    for (before, after) in connectors.changed where after.minutes != before.minutes {
      emit(.modifyConnector(after.key, minutes: after.minutes), after.source)
    }
    for connector in connectors.added { emit(.addConnector(connector), connector.source) }
  }

  /// Stop transfers are matched whichever way round they are written; those of a removed stop go
  /// with it (`remove-stop`).
  private func transferEdits(_ removalSource: String, _ emit: (ScenarioChange, String) -> Void) {
    let transfers = RowMatch(
      old: old.stopTransfers.rows, new: new.stopTransfers.rows, key: \.key.undirected,
      cells: \.diffCells)
    for transfer in transfers.removed
    where new.stops.contains(key: transfer.fromStop) && new.stops.contains(key: transfer.toStop) {
      emit(.removeStopTransfer(transfer.key), removalSource)
    }
    for (before, after) in transfers.changed where after.minutes != before.minutes {
      emit(.modifyStopTransfer(after.key, minutes: after.minutes), after.source)
    }
    for transfer in transfers.added { emit(.addStopTransfer(transfer), transfer.source) }
  }

  /// Lines removed, changed (their own figures, and the whole stop list when a stop, run or dwell
  /// differs), added.
  private func lineEdits(_ removalSource: String, _ emit: (ScenarioChange, String) -> Void) {
    // A line is changed when its own cells or any of its stops' differ.
    let lines = RowMatch(
      old: old.lines.rows, new: new.lines.rows, key: \.id,
      cells: { line in
        line.diffCells
          + line.stops.flatMap {
            [DiffCell("stop", $0.stop.rawValue)]
              + LineStopRow(line: line.id, position: 0, stop: $0).diffCells
          }
      })
    for line in lines.removed { emit(.removeLine(line.id), removalSource) }
    for (before, after) in lines.changed {
      var modification = LineModification()
      if after.lineClass != before.lineClass { modification.lineClass = after.lineClass }
      if after.directions != before.directions { modification.directions = after.directions }
      if after.frequency != before.frequency { modification.frequency = after.frequency }
      if after.dwellMinutes != before.dwellMinutes {
        modification.dwellMinutes = after.dwellMinutes
        modification.clearDwell = after.dwellMinutes == nil
      }
      func figures(_ line: Line) -> [LineStopFigures] { line.stops.map(LineStopFigures.init) }
      if figures(after) != figures(before) { modification.stops = after.stops }
      if modification != LineModification() {
        emit(.modifyLine(after.id, modification), after.source)
      }
    }
    for line in lines.added { emit(.addLine(line, derivedRuns: nil), line.source) }
  }
}

/// What of a line stop moves a time: the stop, its run and its dwell (not `seq`, not `source`).
private struct LineStopFigures: Equatable {
  var stop: StopID
  var runMinutes: Double?
  var dwellMinutes: Double?

  init(_ stop: LineStop) {
    self.stop = stop.stop
    self.runMinutes = stop.runMinutes
    self.dwellMinutes = stop.dwellMinutes
  }
}

extension Parameters {
  /// `set-parameter` edits that turn these parameters into `new`: one per parameter whose value
  /// differs, in the order parameters are echoed.
  public func scenarioEdits(to new: Parameters, source: String) -> [ScenarioWriter.Edit] {
    zip(echoed, new.echoed).compactMap { before, after in
      before.value == after.value
        ? nil
        : ScenarioWriter.Edit(.setParameter(name: after.name, value: after.value), source: source)
    }
  }
}
