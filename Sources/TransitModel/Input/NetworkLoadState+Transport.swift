extension NetworkLoadState {
  mutating func loadRoadLinks() {
    guard let table = table(Schemas.roadLinks) else {
      linkIDs.isAvailable = false
      return
    }
    linkIDs.acceptUnchecked(table.skippedIDs)
    for row in table.rows {
      let id = row.id("id", &diagnostics)
      let from = row.id("from", &diagnostics)
      let to = row.id("to", &diagnostics)
      let road = row.required("road", &diagnostics)
      let roadClass: RoadClass? = row.choice("class", &diagnostics)
      let lengthKm = row.number(
        "length_km", in: Limits.lengthKm, lowerOpen: true, required: true, &diagnostics)
      let speedKmh = row.number("speed_kmh", in: Limits.speedKmh, required: false, &diagnostics)
      let minutes = row.number("minutes", in: Limits.minutes, required: false, &diagnostics)
      let oneway = row.yesNo("oneway", default: false, &diagnostics)
      let source = row.required("source", &diagnostics)
      var endsKnown = true
      if let from, !requireKnown(from, in: roadNodeIDs, row: row, column: "from") {
        endsKnown = false
      }
      if let to, !requireKnown(to, in: roadNodeIDs, row: row, column: "to") { endsKnown = false }
      if let from, let to, from == to {
        error(row.location("to"), "road link '\(id ?? "")' starts and ends at '\(from)'")
        endsKnown = false
      }
      guard let id, linkIDs.register(id, at: row.location("id"), &diagnostics), endsKnown,
        let from, let to, let road, let roadClass, let lengthKm, let oneway, let source
      else { continue }
      if !row.text("speed_kmh").isEmpty && speedKmh == nil { continue }
      if !row.text("minutes").isEmpty && minutes == nil { continue }
      roadLinks.append(
        RoadLink(
          id: id, from: from, to: to, road: road, roadClass: roadClass, lengthKm: lengthKm,
          speedKmh: speedKmh, minutes: minutes, oneway: oneway, source: source))
    }
  }

  mutating func loadStops() {
    guard let table = table(Schemas.stops) else {
      stopIDs.isAvailable = false
      return
    }
    stopIDs.acceptUnchecked(table.skippedIDs)
    for row in table.rows {
      let id = row.id("id", &diagnostics)
      let nameZh = row.required("name_zh", &diagnostics)
      let nameEn = row.required("name_en", &diagnostics)
      let kind: StopKind? = row.choice("kind", &diagnostics)
      let place = row.id("place", &diagnostics)
      let position = coordinates(row, &diagnostics)
      let parkAndRide = row.yesNo("park_and_ride", default: true, &diagnostics)
      let source = row.required("source", &diagnostics)
      var placeKnown = true
      if let place { placeKnown = requireKnown(place, in: placeIDs, row: row, column: "place") }
      guard let id, stopIDs.register(id, at: row.location("id"), &diagnostics) else { continue }
      stopLocations[id] = row.location("id")
      guard placeKnown, let nameZh, let nameEn, let kind, let place, let position, let parkAndRide,
        let source
      else { continue }
      stops.append(
        Stop(
          id: id, nameZh: nameZh, nameEn: nameEn, kind: kind, place: place,
          latitude: position.latitude,
          longitude: position.longitude, parkAndRide: parkAndRide, source: source))
    }
  }

  mutating func loadConnectors() {
    guard let table = table(Schemas.connectors) else { return }
    var seen = IDRegistry(kind: "connector")
    for row in table.rows {
      let place = row.id("place", &diagnostics)
      let stop = row.id("stop", &diagnostics)
      let mode: AccessMode? = row.choice("mode", &diagnostics)
      let minutes = row.number("minutes", in: Limits.minutes, required: true, &diagnostics)
      let source = row.required("source", &diagnostics)
      var known = true
      if let place, !requireKnown(place, in: placeIDs, row: row, column: "place") { known = false }
      if let stop, !requireKnown(stop, in: stopIDs, row: row, column: "stop") { known = false }
      guard known, let place, let stop, let mode, let minutes, let source else { continue }
      let key = "\(place) → \(stop) by \(mode.rawValue)"
      guard seen.register(key, at: row.location("place"), &diagnostics) else { continue }
      connectors.append(
        Connector(place: place, stop: stop, mode: mode, minutes: minutes, source: source))
    }
  }

  mutating func loadStopTransfers() {
    guard let table = table(Schemas.stopTransfers) else { return }
    var seen = IDRegistry(kind: "stop transfer")
    for row in table.rows {
      let from = row.id("from_stop", &diagnostics)
      let to = row.id("to_stop", &diagnostics)
      let mode: AccessMode? = row.choice("mode", &diagnostics)
      let minutes = row.number("minutes", in: Limits.minutes, required: true, &diagnostics)
      let source = row.required("source", &diagnostics)
      var known = true
      if let from, !requireKnown(from, in: stopIDs, row: row, column: "from_stop") { known = false }
      if let to, !requireKnown(to, in: stopIDs, row: row, column: "to_stop") { known = false }
      if let from, let to, from == to {
        error(
          row.location("to_stop"), "a stop transfer needs two different stops, got '\(from)' twice")
        known = false
      }
      guard known, let from, let to, let mode, let minutes, let source else { continue }
      // Two-way: a→b and b→a by the same mode are the same transfer.
      let key = "\(min(from, to)) ↔ \(max(from, to)) by \(mode.rawValue)"
      guard seen.register(key, at: row.location("from_stop"), &diagnostics) else { continue }
      stopTransfers.append(
        StopTransfer(fromStop: from, toStop: to, mode: mode, minutes: minutes, source: source))
    }
  }
}
