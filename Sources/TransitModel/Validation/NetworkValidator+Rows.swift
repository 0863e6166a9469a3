extension NetworkValidator {
  /// `name` and `version` are present and not empty.
  mutating func checkManifest() {
    guard !sources.isUnavailable(.manifest) else { return }
    let values = ["name": network.manifest.name, "version": network.manifest.version]
    for key in ["name", "version"] where values[key]?.isEmpty ?? true {
      if sources.origin(of: .manifest(key: key)) != nil {
        error(.manifest(key: key), "value", "manifest \(key) must not be empty")
      } else {
        diagnostics.append(
          InputDiagnostic(
            .error, SourceLocation(file: Schemas.manifest.file, line: 1, column: 1),
            "manifest has no '\(key)' row"))
      }
    }
  }

  /// A place's parent exists, is not the place itself and no chain of parents loops; its clusters
  /// exist, each listed once.
  mutating func checkPlaces() {
    // Rows are read field by field in place (see `checkText`).
    let places = network.places.rows
    for index in places.indices {
      let id = places[index].id
      if let parent = places[index].parent {
        if parent == id {
          error(.place(id), "parent", "place '\(id)' cannot be its own parent")
        } else {
          requireResolved(parent.rawValue, in: .places, kind: "place", .place(id), "parent")
        }
      }
      // A place of one cluster cannot list it twice: no set is filled for it.
      var listed: Set<ClusterID> = []
      for cluster in places[index].clusters {
        if !resolves(cluster.rawValue, in: .clusters) {
          error(.place(id), "clusters", "unknown cluster '\(cluster)' in clusters")
        } else if places[index].clusters.count > 1, !listed.insert(cluster).inserted {
          error(.place(id), "clusters", "cluster '\(cluster)' is listed twice")
        }
      }
    }
    checkParentCycles()
  }

  /// Reports each loop of parents once, at the parent cell of its first place by id.
  private mutating func checkParentCycles() {
    var state = [UInt8](repeating: 0, count: network.places.count)  // 0 new, 1 on path, 2 done
    for start in network.places.indices where state[start] == 0 {
      var path: [Int] = []
      var current: Int? = start
      while let index = current, state[index] == 0 {
        state[index] = 1
        path.append(index)
        let place = network.places[index]
        current = place.parent.flatMap { $0 == place.id ? nil : network.placeIndex(of: $0) }
      }
      if let index = current, state[index] == 1, let first = path.firstIndex(of: index) {
        let cycle = path[first...].map { network.places[$0].id }
        let chain = (cycle + [cycle[0]]).map(\.rawValue).joined(separator: " → ")
        error(
          .place(cycle.min()!), "parent", "places are their own ancestors through parent: \(chain)")
      }
      for index in path { state[index] = 2 }
    }
  }

  /// A junction's id is not a place's id: places and junctions are one namespace of road nodes, so
  /// a road link to that id could not tell which one it means. (Parsing refuses such a junction row,
  /// so this fires only for a junction added in memory.)
  mutating func checkJunctions() {
    for junction in network.junctions {
      let place = PlaceID(junction.id.rawValue)
      guard network.places.contains(key: place) else { continue }
      let firstAt = sources.location(of: .place(place), "id")
      error(
        .junction(junction.id), "id",
        "duplicate road node id '\(junction.id)'"
          + (firstAt.map { " (first defined at \($0))" } ?? ""))
    }
  }

  /// Both ends of a link are road nodes, and different.
  mutating func checkRoadLinks() {
    // Rows are read field by field in place (see `checkText`).
    let links = network.roadLinks.rows
    for index in links.indices {
      let ends = references.linkEnds[index]
      guard ends.from == nil || ends.to == nil || links[index].from == links[index].to else {
        continue
      }
      let link = links[index]
      let row = SourceMap.Row.roadLink(link.id)
      if ends.from == nil {
        requireResolved(link.from.rawValue, in: .roadNodes, kind: "road node", row, "from")
      }
      if ends.to == nil {
        requireResolved(link.to.rawValue, in: .roadNodes, kind: "road node", row, "to")
      }
      if link.from == link.to {
        error(row, "to", "road link '\(link.id)' starts and ends at '\(link.from)'")
      }
    }
  }

  /// A stop belongs to a place.
  mutating func checkStops() {
    let stops = network.stops.rows
    for index in stops.indices where references.stopPlaces[index] == nil {
      requireResolved(
        stops[index].place.rawValue, in: .places, kind: "place", .stop(stops[index].id), "place")
    }
  }

  /// A connector joins a place and a stop.
  mutating func checkConnectors() {
    let connectors = network.connectors.rows
    for index in connectors.indices
    where references.connectorPlaces[index] == nil || references.connectorStops[index] == nil {
      let connector = connectors[index]
      let row = SourceMap.Row.connector(connector.key)
      if references.connectorPlaces[index] == nil {
        requireResolved(connector.place.rawValue, in: .places, kind: "place", row, "place")
      }
      if references.connectorStops[index] == nil {
        requireResolved(connector.stop.rawValue, in: .stops, kind: "stop", row, "stop")
      }
    }
  }

  /// A stop transfer joins two different stops, and is not given twice (either way round).
  mutating func checkStopTransfers() {
    var seen: [String: StopTransferKey] = [:]
    for (index, transfer) in network.stopTransfers.rows.enumerated() {
      let row = SourceMap.Row.stopTransfer(transfer.key)
      let stops = references.transferStops[index]
      if stops.from == nil {
        requireResolved(transfer.fromStop.rawValue, in: .stops, kind: "stop", row, "from_stop")
      }
      if stops.to == nil {
        requireResolved(transfer.toStop.rawValue, in: .stops, kind: "stop", row, "to_stop")
      }
      if transfer.fromStop == transfer.toStop {
        error(
          row, "to_stop",
          "a stop transfer needs two different stops, got '\(transfer.fromStop)' twice")
      }
      let undirected = transfer.key.undirected
      if let first = seen[undirected] {
        let firstAt = sources.location(of: .stopTransfer(first), "from_stop")
        error(
          row, "from_stop",
          "duplicate stop transfer id '\(undirected)'"
            + (firstAt.map { " (first defined at \($0))" } ?? ""))
      } else {
        seen[undirected] = transfer.key
      }
    }
  }
}
