extension NetworkParser {
  mutating func parseRoadLinks() {
    guard let table = table(Schemas.roadLinks) else {
      sources.markUnavailable(.roadLinks)
      return
    }
    acceptSkipped(table, as: [.roadLinks])
    var linkIDs = IDRegistry(kind: "road link")
    linkIDs.reserveCapacity(table.rows.count)
    roadLinks.reserveCapacity(table.rows.count)
    for row in table.rows {
      let parsed = row.roadLink(&diagnostics)
      if parsed.value == nil { sources.markUnloadedRoad(row.text("road")) }
      guard let id = parsed.id, linkIDs.register(id, at: row.location("id"), &diagnostics) else {
        continue
      }
      guard let link = parsed.value else {
        sources.markUnloaded(id, in: .roadLinks)
        continue
      }
      sources.recordKeyedLater(.roadLink(link.id), read: row)
      roadLinks.append(link)
    }
  }

  mutating func parseStops() {
    guard let table = table(Schemas.stops) else {
      sources.markUnavailable(.stops)
      return
    }
    acceptSkipped(table, as: [.stops])
    var stopIDs = IDRegistry(kind: "stop")
    stopIDs.reserveCapacity(table.rows.count)
    stops.reserveCapacity(table.rows.count)
    for row in table.rows {
      let parsed = row.stop(&diagnostics)
      guard let id = parsed.id, stopIDs.register(id, at: row.location("id"), &diagnostics) else {
        continue
      }
      guard let stop = parsed.value else {
        sources.markUnloaded(id, in: .stops)
        continue
      }
      sources.recordKeyedLater(.stop(stop.id), read: row)
      stops.append(stop)
    }
    stopIDTexts = KnownCellTexts(
      columns: ["stop", "from_stop", "to_stop"], texts: stops.lazy.map { $0.id.rawValue })
  }

  mutating func parseConnectors() {
    guard let table = table(Schemas.connectors, known: stopIDTexts) else { return }
    var seen = KeyRegistry<ConnectorKey>(kind: "connector")
    seen.reserveCapacity(table.rows.count)
    connectors.reserveCapacity(table.rows.count)
    for row in table.rows {
      guard let connector = row.connector(&diagnostics),
        seen.register(connector.key, at: row.location("place"), &diagnostics)
      else { continue }
      sources.recordKeyedLater(.connector(connector.key), read: row)
      connectors.append(connector)
    }
  }

  mutating func parseStopTransfers() {
    guard let table = table(Schemas.stopTransfers, known: stopIDTexts) else { return }
    var seen = IDRegistry(kind: "stop transfer")
    seen.reserveCapacity(table.rows.count)
    stopTransfers.reserveCapacity(table.rows.count)
    for row in table.rows {
      // Two-way: a→b and b→a by the same mode are the same transfer.
      guard let transfer = row.stopTransfer(&diagnostics),
        seen.register(transfer.key.undirected, at: row.location("from_stop"), &diagnostics)
      else { continue }
      sources.recordKeyedLater(.stopTransfer(transfer.key), read: row)
      stopTransfers.append(transfer)
    }
  }
}
