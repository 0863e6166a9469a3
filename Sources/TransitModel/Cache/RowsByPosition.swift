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
  let kind: Int
  /// Per row, its table position; for line stops, the line's position then the stop's.
  let values: [Int32]

  /// The kind of row a line stop is: two values a row.
  private static let lineStopKind = 9

  /// How many values each row of `kind` takes; nil for a kind not written by position.
  static func width(ofKind kind: Int) -> Int? {
    switch kind {
    case 1, 2, 3, 4, 5, 6, 7, 8, 10: return 1
    case lineStopKind: return 2
    default: return nil
    }
  }

  /// The positions of `rows` in `network`, or nil when they are not all of one kind written by
  /// position and found in its tables.
  init?(_ rows: [SourceMap.Row], in network: Network) {
    guard let kind = rows.first?.kind, let width = Self.width(ofKind: kind) else { return nil }
    var values: [Int32] = []
    values.reserveCapacity(rows.count * width)
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
    self.kind = kind
    self.values = values
  }

  /// Rows of `kind` at `values` (as read from a cache), checked against `network`: nil when a
  /// position is outside its table (or a line stop outside its line).
  init?(kind: Int, values: [Int32], in network: Network) {
    guard let width = Self.width(ofKind: kind), values.count % width == 0 else { return nil }
    if kind == Self.lineStopKind {
      for row in stride(from: 0, to: values.count, by: 2) {
        let line = Int(values[row])
        guard line >= 0, line < network.lines.count else { return nil }
        let stop = Int(values[row + 1])
        guard stop >= 0, stop < network.lines[line].stops.count else { return nil }
      }
    } else {
      let count = Self.count(ofKind: kind, in: network)
      guard values.allSatisfy({ $0 >= 0 && Int($0) < count }) else { return nil }
    }
    self.kind = kind
    self.values = values
  }

  /// The rows, keyed from `network`'s tables (those they were checked against).
  func rows(in network: Network) -> [SourceMap.Row] {
    if kind == Self.lineStopKind {
      return stride(from: 0, to: values.count, by: 2).map {
        .lineStop(network.lines[Int(values[$0])].id, position: Int(values[$0 + 1]))
      }
    }
    return values.map { Self.row(ofKind: kind, at: Int($0), in: network) }
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

  /// The rows of the table of `kind` (one value a row).
  private static func count(ofKind kind: Int, in network: Network) -> Int {
    switch kind {
    case 1: return network.places.count
    case 2: return network.clusters.count
    case 3: return network.junctions.count
    case 4: return network.roadLinks.count
    case 5: return network.stops.count
    case 6: return network.connectors.count
    case 7: return network.stopTransfers.count
    case 8: return network.lines.count
    case 10: return network.corridors.count
    default: return 0
    }
  }

  /// The row of `kind` (one value a row) at `position` of its table.
  private static func row(ofKind kind: Int, at position: Int, in network: Network)
    -> SourceMap.Row
  {
    switch kind {
    case 1: return .place(network.places[position].id)
    case 2: return .cluster(network.clusters[position].id)
    case 3: return .junction(network.junctions[position].id)
    case 4: return .roadLink(network.roadLinks[position].id)
    case 5: return .stop(network.stops[position].id)
    case 6: return .connector(network.connectors[position].key)
    case 7: return .stopTransfer(network.stopTransfers[position].key)
    case 8: return .line(network.lines[position].id)
    default: return .corridor(network.corridors[position].id)
    }
  }
}
