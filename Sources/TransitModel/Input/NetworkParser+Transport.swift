extension NetworkParser {
  mutating func parseRoadLinks() {
    guard let table = table(Schemas.roadLinks) else {
      sources.markUnavailable(.roadLinks)
      return
    }
    acceptSkipped(table, as: [.roadLinks])
    for row in table.rows {
      let id = row.id("id", &diagnostics)
      let from = row.id("from", &diagnostics)
      let to = row.id("to", &diagnostics)
      let road = row.required("road", &diagnostics)
      let roadClass: RoadClass? = row.choice("class", &diagnostics)
      let lengthKm = row.number("length_km", in: Limits.lengthKm, required: true, &diagnostics)
      let speedKmh = row.number("speed_kmh", in: Limits.speedKmh, required: false, &diagnostics)
      let minutes = row.number("minutes", in: Limits.minutes, required: false, &diagnostics)
      let oneway = row.yesNo("oneway", default: false, &diagnostics)
      let source = row.required("source", &diagnostics)
      guard let id, linkIDs.register(id, at: row.location("id"), &diagnostics) else { continue }
      guard let from, let to, let road, let roadClass, let lengthKm, let oneway, let source,
        row.text("speed_kmh").isEmpty || speedKmh != nil,
        row.text("minutes").isEmpty || minutes != nil
      else {
        sources.markUnloaded(id, in: .roadLinks)
        continue
      }
      sources.record(.roadLink(RoadLinkID(id)), row.origin)
      roadLinks.append(
        RoadLink(
          id: RoadLinkID(id), from: RoadNodeID(from), to: RoadNodeID(to), road: road,
          roadClass: roadClass, lengthKm: lengthKm, speedKmh: speedKmh, minutes: minutes,
          oneway: oneway, source: source))
    }
  }

  mutating func parseStops() {
    guard let table = table(Schemas.stops) else {
      sources.markUnavailable(.stops)
      return
    }
    acceptSkipped(table, as: [.stops])
    for row in table.rows {
      let id = row.id("id", &diagnostics)
      let nameZh = row.required("name_zh", &diagnostics)
      let nameEn = row.required("name_en", &diagnostics)
      let kind: StopKind? = row.choice("kind", &diagnostics)
      let place = row.id("place", &diagnostics)
      let position = coordinates(row, &diagnostics)
      let parkAndRide = row.yesNo("park_and_ride", default: true, &diagnostics)
      let source = row.required("source", &diagnostics)
      guard let id, stopIDs.register(id, at: row.location("id"), &diagnostics) else { continue }
      guard let nameZh, let nameEn, let kind, let place, let position, let parkAndRide,
        let source
      else {
        sources.markUnloaded(id, in: .stops)
        continue
      }
      sources.record(.stop(StopID(id)), row.origin)
      stops.append(
        Stop(
          id: StopID(id), nameZh: nameZh, nameEn: nameEn, kind: kind, place: PlaceID(place),
          latitude: position.latitude, longitude: position.longitude, parkAndRide: parkAndRide,
          source: source))
    }
  }

  mutating func parseConnectors() {
    guard let table = table(Schemas.connectors) else { return }
    var seen = IDRegistry(kind: "connector")
    for row in table.rows {
      let place = row.id("place", &diagnostics)
      let stop = row.id("stop", &diagnostics)
      let mode: AccessMode? = row.choice("mode", &diagnostics)
      let minutes = row.number("minutes", in: Limits.minutes, required: true, &diagnostics)
      let source = row.required("source", &diagnostics)
      guard let place, let stop, let mode, let minutes, let source else { continue }
      let connector = Connector(
        place: PlaceID(place), stop: StopID(stop), mode: mode, minutes: minutes, source: source)
      guard seen.register("\(connector.key)", at: row.location("place"), &diagnostics) else {
        continue
      }
      sources.record(.connector(connector.key), row.origin)
      connectors.append(connector)
    }
  }

  mutating func parseStopTransfers() {
    guard let table = table(Schemas.stopTransfers) else { return }
    var seen = IDRegistry(kind: "stop transfer")
    for row in table.rows {
      let from = row.id("from_stop", &diagnostics)
      let to = row.id("to_stop", &diagnostics)
      let mode: AccessMode? = row.choice("mode", &diagnostics)
      let minutes = row.number("minutes", in: Limits.minutes, required: true, &diagnostics)
      let source = row.required("source", &diagnostics)
      guard let from, let to, let mode, let minutes, let source else { continue }
      let transfer = StopTransfer(
        fromStop: StopID(from), toStop: StopID(to), mode: mode, minutes: minutes, source: source)
      // Two-way: a→b and b→a by the same mode are the same transfer.
      guard seen.register(transfer.key.undirected, at: row.location("from_stop"), &diagnostics)
      else { continue }
      sources.record(.stopTransfer(transfer.key), row.origin)
      stopTransfers.append(transfer)
    }
  }
}
