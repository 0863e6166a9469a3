/// What a report keeps of a trip: its seconds by part, the lines it rides and how much of it rests
/// on estimated rows, without the legs. A coverage report of a province-size network holds one per
/// place and profile; the legs of each would cost memory in proportion to the trip's length
/// (`TravelTimeEngine.summaries` builds all of them in one pass over the search tree instead).
public struct TripSummary: Sendable, Hashable {
  /// Place index where the trip starts.
  public var origin: Int
  /// Place index where it ends.
  public var destination: Int
  /// Door-to-door seconds.
  public var totalSeconds: Int32
  /// The same seconds by part.
  public var breakdown: TripBreakdown
  /// Seconds that come from rows whose source is estimated (`Trip.estimatedSeconds`).
  public var estimatedSeconds: Int32
  /// The line of each ride leg, in riding order (`Trip.lineIDs`).
  public var lineIDs: [LineID]

  public init(
    origin: Int, destination: Int, totalSeconds: Int32, breakdown: TripBreakdown,
    estimatedSeconds: Int32, lineIDs: [LineID]
  ) {
    self.origin = origin
    self.destination = destination
    self.totalSeconds = totalSeconds
    self.breakdown = breakdown
    self.estimatedSeconds = estimatedSeconds
    self.lineIDs = lineIDs
  }

  /// The summary of `trip`, its estimated seconds judged by `estimated`.
  public init(_ trip: Trip, estimated: EstimatedRows) {
    self.init(
      origin: trip.origin, destination: trip.destination, totalSeconds: trip.totalSeconds,
      breakdown: trip.breakdown, estimatedSeconds: trip.estimatedSeconds(estimated),
      lineIDs: trip.lineIDs)
  }

  /// The lines ridden that are thin services under `parameters` (`LineService.isThin`), in riding
  /// order, each once (`Trip.thinLines`).
  public func thinLines(in network: Network, parameters: Parameters) -> [LineID] {
    Trip.thinLines(lineIDs, in: network, parameters: parameters)
  }
}
