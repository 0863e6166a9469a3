extension NetworkLoadState {
  mutating func loadManifest() {
    guard let table = table(Schemas.manifest) else { return }
    var seen = IDRegistry(kind: "manifest key")
    var values: [String: String] = [:]
    for row in table.rows {
      guard let key = row.required("key", &diagnostics) else { continue }
      guard ["name", "version", "description"].contains(key) else {
        error(
          row.location("key"), "unknown manifest key '\(key)'; expected name, version, description")
        continue
      }
      guard seen.register(key, at: row.location("key"), &diagnostics) else { continue }
      let value = row.text("value")
      if value.isEmpty && key != "description" {
        error(row.location("value"), "manifest \(key) must not be empty")
      }
      values[key] = value
    }
    let start = SourceLocation(file: Schemas.manifest.file, line: 1, column: 1)
    for key in ["name", "version"] where values[key] == nil {
      error(start, "manifest has no '\(key)' row")
    }
    manifest = NetworkManifest(
      name: values["name"] ?? "", version: values["version"] ?? "",
      description: values["description"] ?? "")
  }

  mutating func loadClusters() {
    guard let table = table(Schemas.clusters) else {
      clusterIDs.isAvailable = false
      return
    }
    clusterIDs.acceptUnchecked(table.skippedIDs)
    for row in table.rows {
      let id = row.id("id", &diagnostics)
      let nameZh = row.required("name_zh", &diagnostics)
      let nameEn = row.required("name_en", &diagnostics)
      let source = row.required("source", &diagnostics)
      guard let id, clusterIDs.register(id, at: row.location("id"), &diagnostics),
        let nameZh, let nameEn, let source
      else { continue }
      clusters.append(Cluster(id: id, nameZh: nameZh, nameEn: nameEn, source: source))
    }
  }

  /// The `lat` and `lon` cells, WGS-84 degrees in range; nil (reported) if either is bad.
  func coordinates(_ row: NetworkRow, _ diagnostics: inout [InputDiagnostic]) -> (
    latitude: Double, longitude: Double
  )? {
    let latitude = row.number("lat", in: -90...90, required: true, &diagnostics)
    let longitude = row.number("lon", in: -180...180, required: true, &diagnostics)
    guard let latitude, let longitude else { return nil }
    return (latitude, longitude)
  }

  mutating func loadPlaces() {
    guard let table = table(Schemas.places) else {
      placeIDs.isAvailable = false
      roadNodeIDs.isAvailable = false
      return
    }
    placeIDs.acceptUnchecked(table.skippedIDs)
    roadNodeIDs.acceptUnchecked(table.skippedIDs)
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
      var parent: String?
      if !parentText.isEmpty {
        if NetworkRow.isValidID(parentText) {
          parent = parentText
        } else {
          error(row.location("parent"), "parent must be a place id, got '\(parentText)'")
        }
      }
      var clusterList: [String] = []
      for cluster in row.idList("clusters", &diagnostics) {
        if !clusterIDs.contains(cluster) {
          error(row.location("clusters"), "unknown cluster '\(cluster)' in clusters")
        } else if clusterList.contains(cluster) {
          error(row.location("clusters"), "cluster '\(cluster)' is listed twice")
        } else {
          clusterList.append(cluster)
        }
      }
      guard let id else { continue }
      let registeredNode = roadNodeIDs.register(id, at: row.location("id"), &diagnostics)
      guard registeredNode, placeIDs.register(id, at: row.location("id"), &diagnostics) else {
        continue
      }
      placeLocations[id] = row.location("id")
      if let parent { pendingParents.append((parent, id, row.location("parent"))) }
      guard let nameZh, let nameEn, let kind, let position, let population, let scope, let source,
        let populationSource
      else { continue }
      places.append(
        Place(
          id: id, nameZh: nameZh, nameEn: nameEn, kind: kind, latitude: position.latitude,
          longitude: position.longitude, population: population, parent: parent,
          clusters: clusterList.sorted(), scope: scope, source: source,
          populationSource: populationSource))
    }
  }

  mutating func loadJunctions() {
    guard let table = table(Schemas.junctions) else {
      roadNodeIDs.isAvailable = false
      return
    }
    roadNodeIDs.acceptUnchecked(table.skippedIDs)
    for row in table.rows {
      let id = row.id("id", &diagnostics)
      let nameZh = row.required("name_zh", &diagnostics)
      let nameEn = row.required("name_en", &diagnostics)
      let position = coordinates(row, &diagnostics)
      let source = row.required("source", &diagnostics)
      guard let id, roadNodeIDs.register(id, at: row.location("id"), &diagnostics),
        let nameZh, let nameEn, let position, let source
      else { continue }
      junctions.append(
        Junction(
          id: id, nameZh: nameZh, nameEn: nameEn, latitude: position.latitude,
          longitude: position.longitude,
          source: source))
    }
  }
}
