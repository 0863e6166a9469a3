/// The id of a row of one network table, typed by the table it names.
///
/// A place id and a stop id are different types (`PlaceID`, `StopID`), so a stop can never be looked
/// up, labelled or compared as a place. The text is the id as written in the files (lowercase ASCII
/// letters, digits and `-`); ids sort by that text, and interpolate as it (`"\(place.id)"`).
public struct RowID<Table>: Sendable, Hashable, Comparable, CustomStringConvertible,
  ExpressibleByStringLiteral
{
  /// The id as written in the files.
  public let rawValue: String

  public init(_ rawValue: String) {
    self.rawValue = rawValue
  }

  public init(stringLiteral value: String) {
    self.rawValue = value
  }

  public var description: String { rawValue }

  public static func < (a: RowID, b: RowID) -> Bool { a.rawValue < b.rawValue }

  /// Whether `text` has the form of an id: lowercase ASCII letters, digits and `-`, not empty.
  public static func isWellFormed(_ text: String) -> Bool {
    // Byte by byte: every byte of a non-ASCII scalar is 0x80 or above, so it fails as the scalar
    // would.
    var text = text
    return text.withUTF8 { bytes in
      !bytes.isEmpty
        && bytes.allSatisfy {
          (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D
        }
    }
  }
}

extension RowID: KeyText {
  public func appendKeyText(to text: inout [UInt8]) -> Bool { Self.append(rawValue, to: &text) }
}

/// Id of a place (`places.csv`).
public typealias PlaceID = RowID<Place>
/// Id of a junction (`junctions.csv`).
public typealias JunctionID = RowID<Junction>
/// Id of a road node: a place or a junction (the two tables share one namespace of road nodes).
public typealias RoadNodeID = RowID<RoadNode>
/// Id of a road link (`road_links.csv`).
public typealias RoadLinkID = RowID<RoadLink>
/// Id of a stop (`stops.csv`).
public typealias StopID = RowID<Stop>
/// Id of a line (`lines.csv`).
public typealias LineID = RowID<Line>
/// Id of a cluster (`clusters.csv`).
public typealias ClusterID = RowID<Cluster>
/// Id of a corridor (`corridors.csv`).
public typealias CorridorID = RowID<Corridor>

extension RowID where Table == RoadNode {
  /// The road node of a place (a place's centre is a road node).
  public init(_ place: PlaceID) { self.init(place.rawValue) }
  /// The road node of a junction.
  public init(_ junction: JunctionID) { self.init(junction.rawValue) }
}

/// A road node of a network, resolved: the place or junction of that index.
public enum RoadNode: Sendable, Hashable {
  /// Index into `Network.places`.
  case place(Int)
  /// Index into `Network.junctions`.
  case junction(Int)
}
