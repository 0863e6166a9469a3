/// The rows of a source map block written as their positions in the network's tables instead of
/// their keys: a place row as the place's index, a line stop as its line's index and its position
/// on the line.
///
/// A block read from files names rows the network holds (every row of a network that loaded is in
/// its tables), so a cache can store four bytes a row where a key took a string reference or
/// three, and check them on reading by comparing each with its table's size instead of decoding
/// every key (at province size, over a million rows). The keys are made from the network's rows
/// when the block is first looked up. A block with a row the tables do not hold (the manifest, a
/// corridor member, a row an edit removed) keeps its keys.
struct RowsByPosition: Sendable {
  /// The kind of every row (`SourceMap.Row.kind`).
  var kind: Int { table.rawValue }
  /// Per row, its table position; for line stops, the line's position then the stop's.
  let values: [Int32]
  private let table: Table

  /// The kinds of row written by position, numbered as `SourceMap.Row.kind` numbers them.
  private enum Table: Int {
    case places = 1
    case clusters, junctions, roadLinks, stops, connectors, stopTransfers, lines
    case lineStops, corridors

    /// How many values each row takes.
    var width: Int { self == .lineStops ? 2 : 1 }

    /// The rows of this table in `network` (for line stops, of the lines).
    func count(in network: Network) -> Int {
      switch self {
      case .places: network.places.count
      case .clusters: network.clusters.count
      case .junctions: network.junctions.count
      case .roadLinks: network.roadLinks.count
      case .stops: network.stops.count
      case .connectors: network.connectors.count
      case .stopTransfers: network.stopTransfers.count
      case .lines, .lineStops: network.lines.count
      case .corridors: network.corridors.count
      }
    }

    /// The row at `values[first...]` (checked against `network`).
    func row(_ values: [Int32], _ first: Int, in network: Network) -> SourceMap.Row {
      let position = Int(values[first])
      switch self {
      case .places: return .place(network.places[position].id)
      case .clusters: return .cluster(network.clusters[position].id)
      case .junctions: return .junction(network.junctions[position].id)
      case .roadLinks: return .roadLink(network.roadLinks[position].id)
      case .stops: return .stop(network.stops[position].id)
      case .connectors: return .connector(network.connectors[position].key)
      case .stopTransfers: return .stopTransfer(network.stopTransfers[position].key)
      case .lines: return .line(network.lines[position].id)
      case .lineStops:
        return .lineStop(network.lines[position].id, position: Int(values[first + 1]))
      case .corridors: return .corridor(network.corridors[position].id)
      }
    }
  }

  /// How many values each row of `kind` takes; nil for a kind not written by position.
  static func width(ofKind kind: Int) -> Int? { Table(rawValue: kind)?.width }

  /// The positions of `rows` in `network`, or nil when they are not all of one kind written by
  /// position and found in its tables.
  init?(_ rows: [SourceMap.Row], in network: Network) {
    guard let kind = rows.first?.kind, let table = Table(rawValue: kind) else { return nil }
    var values: [Int32] = []
    values.reserveCapacity(rows.count * table.width)
    for row in rows {
      guard row.kind == kind, let positions = Self.positions(of: row, in: network) else {
        return nil
      }
      guard let first = Int32(exactly: positions.first) else { return nil }
      values.append(first)
      if let second = positions.second {
        guard let second = Int32(exactly: second) else { return nil }
        values.append(second)
      }
    }
    self.table = table
    self.values = values
  }

  /// Rows of `kind` at `values` (as read from a cache), checked against `network`: nil when a
  /// position is outside its table (or a line stop outside its line).
  init?(kind: Int, values: [Int32], in network: Network) {
    guard let table = Table(rawValue: kind), values.count % table.width == 0 else { return nil }
    let count = table.count(in: network)
    if table == .lineStops {
      for first in stride(from: 0, to: values.count, by: 2) {
        let line = Int(values[first])
        guard line >= 0, line < count else { return nil }
        let stop = Int(values[first + 1])
        guard stop >= 0, stop < network.lines[line].stops.count else { return nil }
      }
    } else {
      guard values.allSatisfy({ $0 >= 0 && Int($0) < count }) else { return nil }
    }
    self.table = table
    self.values = values
  }

  /// The rows, keyed from `network`'s tables (those they were checked against).
  func rows(in network: Network) -> [SourceMap.Row] {
    stride(from: 0, to: values.count, by: table.width).map { table.row(values, $0, in: network) }
  }

  /// The table positions `row` names in `network`, nil when a table does not hold it.
  private static func positions(of row: SourceMap.Row, in network: Network) -> (
    first: Int, second: Int?
  )? {
    switch row {
    case .place(let id): return network.places.index(of: id).map { ($0, nil) }
    case .cluster(let id): return network.clusters.index(of: id).map { ($0, nil) }
    case .junction(let id): return network.junctions.index(of: id).map { ($0, nil) }
    case .roadLink(let id): return network.roadLinks.index(of: id).map { ($0, nil) }
    case .stop(let id): return network.stops.index(of: id).map { ($0, nil) }
    case .connector(let key): return network.connectors.index(of: key).map { ($0, nil) }
    case .stopTransfer(let key): return network.stopTransfers.index(of: key).map { ($0, nil) }
    case .line(let id): return network.lines.index(of: id).map { ($0, nil) }
    case .corridor(let id): return network.corridors.index(of: id).map { ($0, nil) }
    case .lineStop(let id, let position):
      guard let line = network.lines.index(of: id), position >= 0,
        position < network.lines[line].stops.count
      else { return nil }
      return (line, position)
    case .manifest, .corridorMember: return nil
    }
  }
}
