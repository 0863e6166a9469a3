/// Service class of a line. Rail classes serve profile `rail`; every class serves `transit` and `any`.
public enum LineClass: String, Sendable, CaseIterable, Hashable {
  case highSpeed = "high-speed"
  case intercity
  case conventional
  case suburban
  case air
  case coach

  /// High-speed, intercity, conventional and suburban.
  public var isRail: Bool {
    switch self {
    case .highSpeed, .intercity, .conventional, .suburban: return true
    case .air, .coach: return false
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
  /// Stop id.
  public var stop: String
  /// In-vehicle minutes from the previous stop; nil on the first stop.
  public var runMinutes: Double?
  /// Minutes stopped here when passing through; nil = the line's dwell.
  public var dwellMinutes: Double?
  /// Where the figures of this row come from: a facts-sheet citation, `est. …` with how it was
  /// estimated, or `unverified: …` (Networks/README.md).
  public var source: String

  public init(stop: String, runMinutes: Double?, dwellMinutes: Double? = nil, source: String = "") {
    self.stop = stop
    self.runMinutes = runMinutes
    self.dwellMinutes = dwellMinutes
    self.source = source
  }
}

/// A service pattern: ordered stops, run times, dwell, headway or departures per day, class.
public struct Line: Sendable, Hashable {
  /// Unique id (lowercase ASCII letters, digits, `-`), used in files, commands and reports.
  public var id: String
  /// Chinese name, as planners write it.
  public var nameZh: String
  /// English name.
  public var nameEn: String
  /// Service class: which profiles may ride the line.
  public var lineClass: LineClass
  /// Whether the stop list is also run in reverse.
  public var directions: LineDirections
  /// Minutes between departures, if given.
  public var headwayMinutes: Double?
  /// Departures per day per direction, if given (headway = service span ÷ departures).
  public var departuresPerDay: Double?
  /// Dwell at each intermediate stop, minutes; nil = the `dwell-min` parameter.
  public var dwellMinutes: Double?
  /// At least two, in running order (forward direction).
  public var stops: [LineStop]
  /// Where the figures of this row come from: a facts-sheet citation, `est. …` with how it was
  /// estimated, or `unverified: …` (Networks/README.md).
  public var source: String

  public init(
    id: String, nameZh: String, nameEn: String, lineClass: LineClass,
    directions: LineDirections = .both, headwayMinutes: Double? = nil,
    departuresPerDay: Double? = nil, dwellMinutes: Double? = nil, stops: [LineStop] = [],
    source: String = ""
  ) {
    self.id = id
    self.nameZh = nameZh
    self.nameEn = nameEn
    self.lineClass = lineClass
    self.directions = directions
    self.headwayMinutes = headwayMinutes
    self.departuresPerDay = departuresPerDay
    self.dwellMinutes = dwellMinutes
    self.stops = stops
    self.source = source
  }

  /// Headway in minutes: the given one, or the service span ÷ departures per day.
  public func effectiveHeadwayMinutes(serviceSpanHours: Double) -> Double {
    if let headwayMinutes { return headwayMinutes }
    if let departuresPerDay, departuresPerDay > 0 {
      return serviceSpanHours * 60 / departuresPerDay
    }
    return serviceSpanHours * 60
  }
}
