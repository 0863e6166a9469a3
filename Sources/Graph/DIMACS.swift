import Foundation

/// Loaders for the 9th DIMACS Implementation Challenge shortest-path formats: graphs (`.gr`)
/// and node coordinates (`.co`).
///
/// Files are parsed from their bytes in chunks (never the whole text at once). A malformed file
/// throws `DIMACSError` naming each problem's line (and column where it has one): bad or
/// missing header, arc count mismatch, node id out of range, negative or overflowing weight,
/// non-numeric token, truncated line, missing file, a header declaring more nodes than the file
/// can hold (`.co`: one line each; `.gr`: see `DIMACSGraphParser.maximumNodeCount`). Nothing
/// traps on bad input, and a small file never makes the loader allocate a large graph.
public enum DIMACS {
  /// Node coordinates from a `.co` file, indexed by 0-based node id.
  public struct Coordinates: Sendable, Equatable {
    /// X coordinate of each node (file units, e.g. metres or microdegrees).
    public var x: [Int32]
    /// Y coordinate of each node.
    public var y: [Int32]
  }

  /// Loads a `.gr` graph file.
  /// - Throws: `DIMACSError` with every problem found (up to `DIMACSError.maximumDiagnostics`).
  ///
  /// A regular file is streamed in chunks; anything else (a pipe, `/dev/stdin`), whose size is
  /// not known beforehand, is read whole and parsed in memory.
  public static func loadGraph(path: String) throws(DIMACSError) -> CSRGraph {
    guard let size = regularFileSize(path) else {
      return try parseGraph(try DIMACSFileReader.readAll(path: path), fileName: path)
    }
    var parser = DIMACSGraphParser(file: path, fileBytes: size)
    _ = try DIMACSFileReader.read(path: path, into: &parser)
    return try finishGraph(&parser)
  }

  /// Parses `.gr` text held in memory; `fileName` is used in diagnostics.
  public static func parseGraph(_ bytes: [UInt8], fileName: String) throws(DIMACSError)
    -> CSRGraph
  {
    var parser = DIMACSGraphParser(file: fileName, fileBytes: bytes.count)
    DIMACSFileReader.read(bytes: bytes, into: &parser)
    return try finishGraph(&parser)
  }

  /// Loads a `.co` coordinate file.
  /// Like `loadGraph(path:)`, a file that is not a regular file is read whole.
  public static func loadCoordinates(path: String) throws(DIMACSError) -> Coordinates {
    guard let size = regularFileSize(path) else {
      return try parseCoordinates(try DIMACSFileReader.readAll(path: path), fileName: path)
    }
    var parser = DIMACSCoordinateParser(file: path, fileBytes: size)
    _ = try DIMACSFileReader.read(path: path, into: &parser)
    return try finishCoordinates(&parser)
  }

  /// Parses `.co` text held in memory; `fileName` is used in diagnostics.
  public static func parseCoordinates(_ bytes: [UInt8], fileName: String) throws(DIMACSError)
    -> Coordinates
  {
    var parser = DIMACSCoordinateParser(file: fileName, fileBytes: bytes.count)
    DIMACSFileReader.read(bytes: bytes, into: &parser)
    return try finishCoordinates(&parser)
  }

  /// The size of `path` when it is a regular file; nil for a pipe, a device or a path that
  /// cannot be examined (opening it then reports the problem).
  private static func regularFileSize(_ path: String) -> Int? {
    var info = stat()
    guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
    return Int(info.st_size)
  }

  private static func finishGraph(_ parser: inout DIMACSGraphParser) throws(DIMACSError)
    -> CSRGraph
  {
    parser.finish()
    guard parser.diagnostics.isEmpty else { throw DIMACSError(diagnostics: parser.diagnostics) }
    var from = parser.from
    var arcs = parser.arcs
    let degree = parser.degree
    parser.from = []
    parser.arcs = []
    parser.degree = []
    // Without problems, the arrays hold exactly the arcs (their size came from the header).
    if from.count > parser.arcCount {
      from.removeLast(from.count - parser.arcCount)
      arcs.removeLast(arcs.count - parser.arcCount)
    }
    return CSRGraph.build(
      nodeCount: parser.nodeCount, from: from, arcs: arcs, degree: degree,
      sorted: parser.sorted, wantsPermutation: false
    ).graph
  }

  private static func finishCoordinates(_ parser: inout DIMACSCoordinateParser)
    throws(DIMACSError) -> Coordinates
  {
    parser.finish()
    guard parser.diagnostics.isEmpty else { throw DIMACSError(diagnostics: parser.diagnostics) }
    return Coordinates(x: Array(parser.x), y: Array(parser.y))
  }
}
