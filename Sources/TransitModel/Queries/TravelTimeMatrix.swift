import Graph

/// Door-to-door seconds between every pair of places, row-major (from, to); nil where no trip
/// exists. Stored flat, four bytes a pair.
public struct TravelTimeMatrix: Sendable, Equatable {
  /// Number of places (rows and columns).
  public let count: Int
  /// `count × count` seconds; `Distance.unreachable` where unreachable (never seen outside).
  private let storage: [Int32]

  init(count: Int, seconds: [Int32]) {
    precondition(seconds.count == count * count, "one time per pair")
    self.count = count
    self.storage = seconds
  }

  /// Seconds from place `from` to place `to`, or nil when unreachable.
  public subscript(from: Int, to: Int) -> Int32? {
    let seconds = storage[from * count + to]
    return seconds == Distance.unreachable ? nil : seconds
  }
}

extension SearchWorkspace {
  /// The distance the last search found to `node`, or nil when it was not reached.
  func reachedDistance(to node: Int32) -> Int32? {
    let seconds = distance(to: node)
    return seconds == Distance.unreachable ? nil : seconds
  }
}
