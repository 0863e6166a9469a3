/// A line run in one direction: the stops in riding order. Its times (run, dwell, wait) come from
/// the line and the parameters (`ArcWeights`).
struct RidePattern: Sendable, Hashable {
  /// Index into `Network.lines`.
  var line: Int
  /// True for the reverse run of a `both` line.
  var reversed: Bool
  /// Stop indices (into `Network.stops`) in riding order.
  var stops: [Int]

  /// Index into the line's stop list (forward order) of the stop at `position` of this run.
  func lineStopIndex(at position: Int) -> Int {
    reversed ? stops.count - 1 - position : position
  }

  /// Index into the line's stop list of the line stop whose `run_min` is the segment from
  /// `position` to `position + 1` of this run. Forward: the run into position + 1. Reverse: the
  /// segment k → k+1 of the reverse is the forward segment (n-2-k) → (n-1-k), whose run is on the
  /// forward stop n-1-k, the stop at `position`.
  func runLineStopIndex(from position: Int) -> Int {
    reversed ? lineStopIndex(at: position) : position + 1
  }
}
