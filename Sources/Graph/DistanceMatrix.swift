/// Distances from a list of origins to a list of targets, stored flat and row-major
/// (`seconds[origin * targetCount + target]`), with `Distance.unreachable` for pairs that are not
/// connected (or beyond the cutoff).
public struct DistanceMatrix: Sendable, Equatable {
  /// Number of rows (origins).
  public let originCount: Int
  /// Number of columns (targets).
  public let targetCount: Int
  /// Row-major distances in seconds; `originCount * targetCount` entries.
  public private(set) var seconds: [Int32]

  /// Creates a matrix filled with `Distance.unreachable`.
  public init(originCount: Int, targetCount: Int) {
    precondition(originCount >= 0 && targetCount >= 0, "negative matrix size")
    self.originCount = originCount
    self.targetCount = targetCount
    seconds = Array(repeating: Distance.unreachable, count: originCount * targetCount)
  }

  /// Distance from origin `origin` to target `target` (indices into the lists the matrix was
  /// computed for).
  public subscript(origin: Int, target: Int) -> Int32 {
    get { seconds[origin * targetCount + target] }
    set { seconds[origin * targetCount + target] = newValue }
  }

  /// One origin's row.
  public func row(_ origin: Int) -> ArraySlice<Int32> {
    seconds[origin * targetCount..<(origin + 1) * targetCount]
  }

  /// Copies `values` into row `origin`. - Precondition: `values.count == targetCount`.
  mutating func setRow(_ origin: Int, _ values: UnsafeBufferPointer<Int32>) {
    precondition(values.count == targetCount, "row length mismatch")
    let start = origin * targetCount
    seconds.withUnsafeMutableBufferPointer { all in
      for (k, value) in values.enumerated() { all[start + k] = value }
    }
  }
}
