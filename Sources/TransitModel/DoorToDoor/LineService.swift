/// How often a line runs as the door-to-door rules read it: departures a day, the headway, and the
/// wait at every boarding (half the headway, capped by `wait-cap-min`).
///
/// A wait from a headway hides how thin a service is: a line with 3 departures a day and one with
/// 16 both wait the capped 30 minutes. `isThin` marks the first kind wherever it decides a result
/// (DESIGN.md "Honest figures"): fewer than `thinBelowDeparturesPerDay` departures a day per
/// direction.
public struct LineService: Sendable, Hashable {
  /// A line with fewer departures a day than this (per direction, over the service span) is a thin
  /// service: on average more than two hours between departures over 06:00–22:00.
  public static let thinBelowDeparturesPerDay: Double = 8

  /// Departures per day per direction: as given, or the service span ÷ the headway.
  public var departuresPerDay: Double
  /// Minutes between departures: as given, or the service span ÷ departures per day.
  public var headwayMinutes: Double
  /// The wait at a boarding: half the headway, at most `wait-cap-min`.
  public var waitMinutes: Double
  /// Whether the cap shortened the wait (half the headway is longer than `wait-cap-min`).
  public var isWaitCapped: Bool

  /// The service of `line` under `parameters` (the service span and the wait cap).
  public init(_ line: Line, parameters: Parameters) {
    let span = parameters.serviceSpanHours
    headwayMinutes = line.frequency.headwayMinutes(serviceSpanHours: span)
    switch line.frequency {
    case .departuresPerDay(let count): departuresPerDay = count
    case .headway(let minutes): departuresPerDay = span * 60 / minutes
    }
    waitMinutes = min(headwayMinutes / 2, parameters.waitCapMinutes)
    isWaitCapped = headwayMinutes / 2 > parameters.waitCapMinutes
  }

  /// Whether the line runs fewer than `thinBelowDeparturesPerDay` times a day per direction.
  public var isThin: Bool { departuresPerDay < Self.thinBelowDeparturesPerDay }
}
