extension NetworkParser {
  mutating func parseManifest() {
    guard let table = table(Schemas.manifest) else {
      sources.markUnavailable(.manifest)
      return
    }
    var seen = IDRegistry(kind: "manifest key")
    var values: [String: String] = [:]
    for row in table.rows {
      guard let key = row.required("key", &diagnostics) else { continue }
      guard NetworkManifest.keys.contains(key) else {
        error(
          row.location("key"), "unknown manifest key '\(key)'; expected name, version, description")
        continue
      }
      guard seen.register(key, at: row.location("key"), &diagnostics) else { continue }
      values[key] = row.text("value")
      sources.record(.manifest(key: key), read: row)
    }
    manifest = NetworkManifest(
      name: values["name"] ?? "", version: values["version"] ?? "",
      description: values["description"] ?? "")
  }

  mutating func parseClusters() {
    guard let table = table(Schemas.clusters) else {
      sources.markUnavailable(.clusters)
      return
    }
    var clusterIDs = IDRegistry(kind: "cluster")
    acceptSkipped(table, as: [.clusters])
    clusterIDs.reserveCapacity(table.rows.count)
    clusters.reserveCapacity(table.rows.count)
    for row in table.rows {
      let parsed = row.cluster(&diagnostics)
      guard let id = parsed.id, clusterIDs.register(id, at: row.location("id"), &diagnostics)
      else { continue }
      guard let cluster = parsed.value else {
        sources.markUnloaded(id, in: .clusters)
        continue
      }
      sources.recordKeyedLater(.cluster(cluster.id), read: row)
      clusters.append(cluster)
    }
  }

  mutating func parsePlaces() {
    guard let table = table(Schemas.places) else {
      sources.markUnavailable(.places)
      sources.markUnavailable(.roadNodes)
      return
    }
    acceptSkipped(table, as: [.places, .roadNodes])
    roadNodeIDs.reserveCapacity(table.rows.count)
    places.reserveCapacity(table.rows.count)
    for row in table.rows {
      let parsed = row.place(&diagnostics)
      guard let id = parsed.id else { continue }
      guard roadNodeIDs.register(id, at: row.location("id"), &diagnostics) else { continue }
      guard let place = parsed.value else {
        sources.markUnloaded(id, in: .places)
        sources.markUnloaded(id, in: .roadNodes)
        continue
      }
      sources.recordKeyedLater(.place(place.id), read: row)
      places.append(place)
    }
  }

  mutating func parseJunctions() {
    // No later table looks a road node's id up: the links' ends are the validator's.
    defer { roadNodeIDs = IDRegistry(kind: "road node") }
    guard let table = table(Schemas.junctions) else {
      sources.markUnavailable(.roadNodes)
      return
    }
    acceptSkipped(table, as: [.roadNodes])
    roadNodeIDs.reserveCapacity(table.rows.count)
    junctions.reserveCapacity(table.rows.count)
    for row in table.rows {
      let parsed = row.junction(&diagnostics)
      guard let id = parsed.id, roadNodeIDs.register(id, at: row.location("id"), &diagnostics)
      else { continue }
      guard let junction = parsed.value else {
        sources.markUnloaded(id, in: .roadNodes)
        continue
      }
      sources.recordKeyedLater(.junction(junction.id), read: row)
      junctions.append(junction)
    }
  }
}
