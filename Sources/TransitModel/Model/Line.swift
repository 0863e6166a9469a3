/// Service class of a line. Rail classes serve profile `rail`; every class serves `transit` and `any`.
public enum LineClass: String, Sendable, CaseIterable, Hashable {
  case highSpeed = "high-speed"
  case intercity
  case conventional
  case suburban
  case air
  /// Intercity and county coaches, 城际公交 included.
  case coach
  /// Metro, light rail and tram: 城市轨道交通, the fourth level of the plan's 轨道上的都市圈.
  case metro
  /// Scheduled buses run as lines (a county or town bus between places); a bus used only to
  /// reach a stop is a connector of mode `bus` instead.
  case bus

  /// Every level of rail the plan's 轨道上的都市圈 names: 干线铁路 and 城际铁路 (high-speed,
  /// intercity, conventional), 市域(郊)铁路 (suburban) and 城市轨道交通 (metro, light rail, tram).
  public var isRail: Bool {
    switch self {
    case .highSpeed, .intercity, .conventional, .suburban, .metro: return true
    case .air, .coach, .bus: return false
    }
  }
}

/// Which directions a line's stop list is run in.
public enum LineDirections: String, Sendable, CaseIterable, Hashable {
  /// The stop list as given, and reversed with the same run times.
  case both
  /// Only the stop list as given.
  case forward
}

/// One stop of a line, in order.
public struct LineStop: Sendable, Hashable {
  /// The planner's order number (`seq`): strictly increasing along the line.
  public var seq: Int
  /// Stop id.
  public var stop: StopID
  /// In-vehicle minutes from the previous stop; nil on the first stop.
  public var runMinutes: Double?
  /// Minutes stopped here when passing through; nil = the line's dwell.
  public var dwellMinutes: Double?
  /// Where the figures of this row come from: a facts-sheet citation, `est. …` with how it was
  /// estimated, or `unverified: …` (Networks/README.md).
  public var source: String

  public init(
    seq: Int, stop: StopID, runMinutes: Double?, dwellMinutes: Double? = nil, source: String = ""
  ) {
    self.seq = seq
    self.stop = stop
    self.runMinutes = runMinutes
    self.dwellMinutes = dwellMinutes
    self.source = source
  }
}

/// A service pattern: ordered stops, run times, dwell, headway or departures per day, class.
public struct Line: TableRow {
  /// Unique id (lowercase ASCII letters, digits, `-`), used in files, commands and reports.
  public var id: LineID
  /// Chinese name, as planners write it.
  public var nameZh: String
  /// English name.
  public var nameEn: String
  /// Service class: which profiles may ride the line.
  public var lineClass: LineClass
  /// Whether the stop list is also run in reverse.
  public var directions: LineDirections
  /// How often it runs: a headway, or departures per day over the service span (exactly one).
  public var frequency: ServiceFrequency
  /// Dwell at each intermediate stop, minutes; nil = the `dwell-min` parameter.
  public var dwellMinutes: Double?
  /// At least two, in running order (forward direction).
  public var stops: [LineStop]
  /// Where the figures of this row come from: a facts-sheet citation, `est. …` with how it was
  /// estimated, or `unverified: …` (Networks/README.md).
  public var source: String

  public init(
    id: LineID, nameZh: String, nameEn: String, lineClass: LineClass,
    directions: LineDirections = .both, frequency: ServiceFrequency,
    dwellMinutes: Double? = nil, stops: [LineStop] = [],
    source: String = ""
  ) {
    self.id = id
    self.nameZh = nameZh
    self.nameEn = nameEn
    self.lineClass = lineClass
    self.directions = directions
    self.frequency = frequency
    self.dwellMinutes = dwellMinutes
    self.stops = stops
    self.source = source
  }

  public var key: LineID { id }

  /// Minutes between departures, when the line gives a headway.
  public var headwayMinutes: Double? {
    if case .headway(let minutes) = frequency { return minutes }
    return nil
  }

  /// Departures per day per direction, when the line gives them.
  public var departuresPerDay: Double? {
    if case .departuresPerDay(let count) = frequency { return count }
    return nil
  }
}

/// How often a line runs: `headway_min` or `departures_per_day`, exactly one (a line with neither
/// cannot be expressed, so no fallback can hide a missing figure).
public enum ServiceFrequency: Sendable, Hashable {
  /// Minutes between departures (> 0).
  case headway(minutes: Double)
  /// Departures per day per direction (> 0), spread over the service span.
  case departuresPerDay(Double)

  /// Minutes between departures: the headway, or the service span ÷ departures per day.
  public func headwayMinutes(serviceSpanHours: Double) -> Double {
    switch self {
    case .headway(let minutes): return minutes
    case .departuresPerDay(let count): return serviceSpanHours * 60 / count
    }
  }
}
