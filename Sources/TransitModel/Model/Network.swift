/// A validated network: every table of a network folder, each sorted by id.
///
/// `places` is sorted by id and its index is the place index used by every query (`PlaceIndex`).
/// Build one with `NetworkLoader.load`, which validates everything first; a value built by hand should
/// satisfy the same rules (references resolve, lines have ≥ 2 stops, numbers finite and in range).
public struct Network: Sendable, Hashable {
  /// Name, version and description (`manifest.csv`).
  public var manifest: NetworkManifest
  /// Sorted by id; the array index is the place index.
  public var places: [Place]
  /// Sorted by id.
  public var clusters: [Cluster]
  /// Sorted by id.
  public var junctions: [Junction]
  /// Sorted by id.
  public var roadLinks: [RoadLink]
  /// Sorted by id; the array index is the stop index of the compiled graph.
  public var stops: [Stop]
  /// Sorted by (place, stop, mode).
  public var connectors: [Connector]
  /// Sorted by (from stop, to stop, mode).
  public var stopTransfers: [StopTransfer]
  /// Sorted by id.
  public var lines: [Line]
  /// Sorted by id.
  public var corridors: [Corridor]

  public init(
    manifest: NetworkManifest, places: [Place], clusters: [Cluster] = [],
    junctions: [Junction] = [], roadLinks: [RoadLink] = [], stops: [Stop] = [],
    connectors: [Connector] = [], stopTransfers: [StopTransfer] = [], lines: [Line] = [],
    corridors: [Corridor] = []
  ) {
    self.manifest = manifest
    self.places = places.sorted { $0.id < $1.id }
    self.clusters = clusters.sorted { $0.id < $1.id }
    self.junctions = junctions.sorted { $0.id < $1.id }
    self.roadLinks = roadLinks.sorted { $0.id < $1.id }
    self.stops = stops.sorted { $0.id < $1.id }
    self.connectors = connectors.sorted {
      ($0.place, $0.stop, $0.mode.rawValue) < ($1.place, $1.stop, $1.mode.rawValue)
    }
    self.stopTransfers = stopTransfers.sorted {
      ($0.fromStop, $0.toStop, $0.mode.rawValue) < ($1.fromStop, $1.toStop, $1.mode.rawValue)
    }
    self.lines = lines.sorted { $0.id < $1.id }
    self.corridors = corridors.sorted { $0.id < $1.id }
  }

  /// Index of the place with this id (binary search over the sorted places).
  public func placeIndex(of id: String) -> Int? {
    Self.index(of: id, in: places, id: \.id)
  }

  /// Index of the stop with this id.
  public func stopIndex(of id: String) -> Int? {
    Self.index(of: id, in: stops, id: \.id)
  }

  /// Index of the line with this id.
  public func lineIndex(of id: String) -> Int? {
    Self.index(of: id, in: lines, id: \.id)
  }

  /// Total population of all places (populations never overlap).
  public var totalPopulation: Int { places.reduce(0) { $0 + $1.population } }

  static func index<T>(of id: String, in items: [T], id key: KeyPath<T, String>) -> Int? {
    var low = 0
    var high = items.count
    while low < high {
      let mid = (low + high) / 2
      let value = items[mid][keyPath: key]
      if value == id { return mid }
      if value < id { low = mid + 1 } else { high = mid }
    }
    return nil
  }
}
