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
      sources.record(.manifest(key: key), row.origin)
    }
    manifest = NetworkManifest(
      name: values["name"] ?? "", version: values["version"] ?? "",
      description: values["description"] ?? "")
  }

  mutating func parseClusters() {
    guard let table = table(Schemas.clusters) else {
      clusterIDs.isAvailable = false
      sources.markUnavailable(.clusters)
      return
    }
    acceptSkipped(table, as: [.clusters])
    for row in table.rows {
      let id = row.id("id", &diagnostics)
      let nameZh = row.required("name_zh", &diagnostics)
      let nameEn = row.required("name_en", &diagnostics)
      let source = row.required("source", &diagnostics)
      guard let id, clusterIDs.register(id, at: row.location("id"), &diagnostics) else { continue }
      guard let nameZh, let nameEn, let source else {
        sources.markUnloaded(id, in: .clusters)
        continue
      }
      sources.record(.cluster(ClusterID(id)), row.origin)
      clusters.append(Cluster(id: ClusterID(id), nameZh: nameZh, nameEn: nameEn, source: source))
    }
  }

  mutating func parsePlaces() {
    guard let table = table(Schemas.places) else {
      sources.markUnavailable(.places)
      sources.markUnavailable(.roadNodes)
      return
    }
    acceptSkipped(table, as: [.places, .roadNodes])
    for row in table.rows {
      let id = row.id("id", &diagnostics)
      let nameZh = row.required("name_zh", &diagnostics)
      let nameEn = row.required("name_en", &diagnostics)
      let kind: PlaceKind? = row.choice("kind", &diagnostics)
      let position = coordinates(row, &diagnostics)
      let population = row.integer(
        "population", in: Limits.population, required: true, &diagnostics)
      let scope: ScopeMembership? = row.choice("in_scope", &diagnostics)
      let source = row.required("source", &diagnostics)
      let populationSource = row.required("population_source", &diagnostics)
      let parentText = row.text("parent")
      var parent: PlaceID?
      if !parentText.isEmpty {
        if NetworkRow.isValidID(parentText) {
          parent = PlaceID(parentText)
        } else {
          error(row.location("parent"), "parent must be a place id, got '\(parentText)'")
        }
      }
      let clusterList = row.idList("clusters", &diagnostics).map { ClusterID($0) }
      guard let id else { continue }
      let registeredNode = roadNodeIDs.register(id, at: row.location("id"), &diagnostics)
      guard registeredNode, placeIDs.register(id, at: row.location("id"), &diagnostics) else {
        continue
      }
      guard let nameZh, let nameEn, let kind, let position, let population,
        let scope, let source, let populationSource
      else {
        sources.markUnloaded(id, in: .places)
        sources.markUnloaded(id, in: .roadNodes)
        continue
      }
      sources.record(.place(PlaceID(id)), row.origin)
      places.append(
        Place(
          id: PlaceID(id), nameZh: nameZh, nameEn: nameEn, kind: kind,
          latitude: position.latitude, longitude: position.longitude, population: population,
          parent: parent, clusters: clusterList.sorted(), scope: scope, source: source,
          populationSource: populationSource))
    }
  }

  mutating func parseJunctions() {
    guard let table = table(Schemas.junctions) else {
      sources.markUnavailable(.roadNodes)
      return
    }
    acceptSkipped(table, as: [.roadNodes])
    for row in table.rows {
      let id = row.id("id", &diagnostics)
      let nameZh = row.required("name_zh", &diagnostics)
      let nameEn = row.required("name_en", &diagnostics)
      let position = coordinates(row, &diagnostics)
      let source = row.required("source", &diagnostics)
      guard let id, roadNodeIDs.register(id, at: row.location("id"), &diagnostics) else { continue }
      guard let nameZh, let nameEn, let position, let source else {
        sources.markUnloaded(id, in: .roadNodes)
        continue
      }
      sources.record(.junction(JunctionID(id)), row.origin)
      junctions.append(
        Junction(
          id: JunctionID(id), nameZh: nameZh, nameEn: nameEn, latitude: position.latitude,
          longitude: position.longitude, source: source))
    }
  }
}
