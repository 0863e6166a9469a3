import TransitModel

/// What the `--scenario` files changed, as the map draws it: lines and road links added, changed
/// (figures or stops) and removed, and stops added and removed, each as a polyline or point in
/// WGS-84 degrees. Built from the model's diff of the network without and with the scenarios.
struct ScenarioFootprint: Sendable {
  typealias Polyline = [(latitude: Double, longitude: Double)]

  var added: [Polyline] = []
  var changed: [Polyline] = []
  var removed: [Polyline] = []
  var stopsAdded: [(latitude: Double, longitude: Double)] = []
  var stopsRemoved: [(latitude: Double, longitude: Double)] = []

  var isEmpty: Bool {
    added.isEmpty && changed.isEmpty && removed.isEmpty && stopsAdded.isEmpty
      && stopsRemoved.isEmpty
  }

  init(base: Network, edited: Network) {
    let diff = NetworkDiff(old: base, new: edited)
    func keys(_ table: String, _ part: (TableDiff) -> [String]) -> [String] {
      diff.table(table).map(part) ?? []
    }
    let lineStopLines = Set(
      (diff.table("line_stops.csv").map {
        $0.added.map(\.key) + $0.removed.map(\.key) + $0.changed.map(\.key)
      }
        ?? []).compactMap { $0.split(separator: " ").first.map(String.init) })
    let addedLines = Set(keys("lines.csv") { $0.added.map(\.key) })
    let removedLines = Set(keys("lines.csv") { $0.removed.map(\.key) })
    let changedLines = Set(keys("lines.csv") { $0.changed.map(\.key) }).union(lineStopLines)
      .subtracting(addedLines).subtracting(removedLines)
    for id in addedLines.sorted() { added += Self.line(LineID(id), in: edited) }
    for id in changedLines.sorted() { changed += Self.line(LineID(id), in: edited) }
    for id in removedLines.sorted() { removed += Self.line(LineID(id), in: base) }
    for id in keys("road_links.csv", { $0.added.map(\.key) }) {
      added += Self.link(RoadLinkID(id), in: edited)
    }
    for id in keys("road_links.csv", { $0.changed.map(\.key) }) {
      changed += Self.link(RoadLinkID(id), in: edited)
    }
    for id in keys("road_links.csv", { $0.removed.map(\.key) }) {
      removed += Self.link(RoadLinkID(id), in: base)
    }
    for id in keys("stops.csv", { $0.added.map(\.key) }) {
      if let stop = edited.stops[key: StopID(id)] {
        stopsAdded.append((stop.latitude, stop.longitude))
      }
    }
    for id in keys("stops.csv", { $0.removed.map(\.key) }) {
      if let stop = base.stops[key: StopID(id)] {
        stopsRemoved.append((stop.latitude, stop.longitude))
      }
    }
  }

  private static func line(_ id: LineID, in network: Network) -> [Polyline] {
    guard let line = network.lines[key: id] else { return [] }
    let points = line.stops.compactMap { network.stops[key: $0.stop] }.map {
      (latitude: $0.latitude, longitude: $0.longitude)
    }
    return points.count >= 2 ? [points] : []
  }

  private static func link(_ id: RoadLinkID, in network: Network) -> [Polyline] {
    guard let link = network.roadLinks[key: id] else { return [] }
    func position(_ node: RoadNodeID) -> (latitude: Double, longitude: Double)? {
      switch network.roadNode(node) {
      case .place(let index):
        return (network.places[index].latitude, network.places[index].longitude)
      case .junction(let index):
        return (network.junctions[index].latitude, network.junctions[index].longitude)
      case nil: return nil
      }
    }
    guard let from = position(link.from), let to = position(link.to) else { return [] }
    return [[from, to]]
  }
}
