/// The K-th of N deterministic slices of a batch (origins of a matrix, elements of a sweep), so
/// that shards run on separate machines and their parts, joined in order, are the single run.
///
/// Slices are contiguous and in order: slice K of `total` items is
/// `total·K/N ..< total·(K+1)/N`, so every item is in exactly one slice, slice sizes differ by at
/// most one, and concatenating the slices' outputs in K order gives the output of the whole batch.
public struct BatchSlice: Sendable, Hashable, CustomStringConvertible {
  /// K, counted from 0.
  public let index: Int
  /// N, at least 1.
  public let count: Int

  /// The slice `index` of `count`; nil unless `0 <= index < count`.
  public init?(index: Int, count: Int) {
    guard count >= 1, (0..<count).contains(index) else { return nil }
    self.index = index
    self.count = count
  }

  /// The whole batch as one slice.
  public static let whole = BatchSlice(index: 0, count: 1)!

  /// The positions of this slice among `total` items.
  public func range(of total: Int) -> Range<Int> {
    let total = max(0, total)
    return total * index / count..<total * (index + 1) / count
  }

  /// `K/N`, as `--shard` takes it.
  public var description: String { "\(index)/\(count)" }
}
