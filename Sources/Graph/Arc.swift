/// One directed arc for building a graph: from `from` to `to`, costing `weight` seconds.
///
/// Node ids are 0-based `Int32`; weights are non-negative `Int32` seconds. Parallel arcs,
/// zero weights and self-loops are all allowed.
public struct Arc: Sendable, Hashable {
  /// The tail node (0-based).
  public var from: Int32
  /// The head node (0-based).
  public var to: Int32
  /// The cost in seconds, `>= 0`.
  public var weight: Int32

  /// Creates an arc from `from` to `to` costing `weight` seconds.
  public init(from: Int32, to: Int32, weight: Int32) {
    self.from = from
    self.to = to
    self.weight = weight
  }
}

/// Distance values shared by every search.
///
/// Distances are `Int32` seconds. `Int32.max` (about 68 years) is reserved as the "not reached"
/// sentinel, so the largest distance a search reports is `Int32.max - 1`; a path that would cost
/// more than that is treated as unreachable (see `SearchWorkspace` for why sums cannot overflow).
public enum Distance {
  /// The distance reported for a node that was not reached (or lies beyond the cutoff).
  public static let unreachable: Int32 = Int32.max
}

/// One source of a search: a node and the distance it starts with.
///
/// The initial offset lets a search start from several places with different access times,
/// e.g. walking minutes to each of several stations.
public struct SearchSource: Sendable, Hashable {
  /// The source node (0-based).
  public var node: Int32
  /// The distance the search starts with at `node`, in seconds (`>= 0`).
  public var initialSeconds: Int32

  /// Creates a source at `node` starting at `initialSeconds` (default 0).
  public init(node: Int32, initialSeconds: Int32 = 0) {
    self.node = node
    self.initialSeconds = initialSeconds
  }
}
