/// A line run in one direction: the stops in riding order with run, dwell and wait in seconds.
struct RidePattern: Sendable, Hashable {
  /// Index into `Network.lines`.
  var line: Int
  /// True for the reverse run of a `both` line.
  var reversed: Bool
  /// Stop indices (into `Network.stops`) in riding order.
  var stops: [Int]
  /// `runSeconds[k]`: in-vehicle seconds from position k-1 to k (`runSeconds[0]` = 0).
  var runSeconds: [Int32]
  /// Dwell at each position, paid only when staying on board through it (first and last are unused).
  var dwellSeconds: [Int32]
  /// Half the headway, capped: the wait when boarding this pattern anywhere.
  var waitSeconds: Int32
}
