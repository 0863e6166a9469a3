/// A line run in one direction: the stops in riding order. Its times (run, dwell, wait) come from
/// the line and the parameters (`ArcWeights`).
struct RidePattern: Sendable, Hashable {
  /// Index into `Network.lines`.
  var line: Int
  /// True for the reverse run of a `both` line.
  var reversed: Bool
  /// Stop indices (into `Network.stops`) in riding order.
  var stops: [Int]
}
