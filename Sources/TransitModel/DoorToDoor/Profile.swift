/// What a traveller may use.
public enum Profile: String, CaseIterable, Sendable, Hashable {
  /// Roads only: drive from the origin's road node, park at the destination.
  case car
  /// Every level of rail of the plan's 轨道上的都市圈 (high-speed, intercity, conventional,
  /// suburban, metro and light rail) with connectors of every mode.
  case rail
  /// Every scheduled service (rail of every level, coach, bus, air) with connectors of every mode.
  case transit
  /// Everything: a whole trip by car, or park and ride before the first boarding, then transit;
  /// never a car after alighting.
  case any

  /// Whether lines of this class may be ridden.
  public func allows(_ lineClass: LineClass) -> Bool {
    switch self {
    case .car: return false
    case .rail: return lineClass.isRail
    case .transit, .any: return true
    }
  }

  /// Whether the car layer (roads, parking, park and ride) is part of the graph.
  public var usesCar: Bool { self == .car || self == .any }

  /// Whether stops, connectors and lines are part of the graph.
  public var usesTransit: Bool { self != .car }
}
