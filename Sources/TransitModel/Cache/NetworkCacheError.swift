/// Why a network cache was refused: never trusted when it is not what it says it is.
public enum NetworkCacheError: Error, Sendable, Hashable, CustomStringConvertible {
  /// Not a network cache at all (another kind of file).
  case foreign(String)
  /// A cache of another format version, model schema or tool version: it must be rebuilt.
  case otherVersion(String)
  /// Truncated, extended or with bytes changed: its checksum or structure does not hold.
  case damaged(String)
  /// The file could not be opened or read to its end.
  case unreadable(String)
  /// The network folder given beside the cache is not the one the cache was built from: one
  /// problem per file that differs.
  case sourcesChanged([String])

  public var description: String {
    switch self {
    case .foreign(let message), .otherVersion(let message): return message
    case .damaged(let message): return "damaged cache: \(message)"
    case .unreadable(let message): return "cannot read it: \(message)"
    case .sourcesChanged(let problems):
      return "built from other files than the network folder's: "
        + problems.joined(separator: "; ")
    }
  }
}
