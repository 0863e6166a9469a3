/// What a traveller may use.
public enum Profile: String, CaseIterable, Sendable, Hashable {
  /// Roads only: drive from the origin's road node, park at the destination.
  case car
  /// Rail classes (high-speed, intercity, conventional, suburban) with connectors of every mode.
  case rail
  /// Every scheduled service (rail, air, coach) with connectors of every mode.
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
