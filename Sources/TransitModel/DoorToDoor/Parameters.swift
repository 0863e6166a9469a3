/// Every travel-time parameter, with its documented default. All are echoed in every report.
///
/// Defaults follow DESIGN.md "Travel-time semantics"; the class speeds, dwell and off-network figures
/// are this project's documented choices (Networks/README.md, "Parameters"). Set one per run by name
/// with `set(_:to:)`; names are kebab-case with a unit suffix (`transfer-penalty-min`), and the suffix
/// may be omitted (`transfer-penalty`).
public struct Parameters: Sendable, Equatable {
  /// Rail station boarding overhead (security, ticket gate), minutes. Default 10.
  public var railBoardingMinutes: Double = 10
  /// Rail station alighting overhead, minutes. Default 5.
  public var railAlightingMinutes: Double = 5
  /// Airport boarding overhead (check-in, security, gate), minutes. Default 60.
  public var airportBoardingMinutes: Double = 60
  /// Airport alighting overhead (deplaning, baggage), minutes. Default 20.
  public var airportAlightingMinutes: Double = 20
  /// Coach terminal boarding overhead, minutes. Default 10.
  public var coachBoardingMinutes: Double = 10
  /// Coach terminal alighting overhead, minutes. Default 5.
  public var coachAlightingMinutes: Double = 5
  /// Metro, light-rail and tram station boarding overhead (security check, walk to the platform),
  /// minutes. Default 3: an estimate (Networks/README.md, "Parameters").
  public var metroBoardingMinutes: Double = 3
  /// Metro, light-rail and tram station alighting overhead (platform to the street), minutes.
  /// Default 2: an estimate.
  public var metroAlightingMinutes: Double = 2
  /// Cap on every wait (half the headway), minutes. Default 30: travellers time their arrival for
  /// infrequent intercity trains.
  public var waitCapMinutes: Double = 30
  /// Added to every transfer (not to the first boarding), minutes. Default 5.
  public var transferPenaltyMinutes: Double = 5
  /// Service span used to turn departures per day into a headway, hours. Default 16 (06:00–22:00).
  public var serviceSpanHours: Double = 16
  /// Dwell at an intermediate stop when a line gives none, minutes. Default 2.
  public var dwellMinutes: Double = 2
  /// Multiplies every driving time (road links and the park-and-ride drive). Default 1.0.
  public var congestionFactor: Double = 1
  /// Parking allowance at the end of a car trip or at a park-and-ride stop, minutes. Default 5.
  public var parkingMinutes: Double = 5
  /// Speed on expressways when a link gives none, km/h. Default 100.
  public var expresswaySpeedKmh: Double = 100
  /// Speed on national roads (G…) when a link gives none, km/h. Default 65.
  public var nationalSpeedKmh: Double = 65
  /// Speed on provincial roads (S…) when a link gives none, km/h. Default 55.
  public var provincialSpeedKmh: Double = 55
  /// Speed on urban roads when a link gives none, km/h. Default 30.
  public var urbanSpeedKmh: Double = 30
  /// Isochrones: speed over the last stretch off the network (straight line), km/h. Default 15.
  public var offNetworkSpeedKmh: Double = 15
  /// Isochrones: the longest off-network stretch, km. Default 10.
  public var maxOffNetworkKm: Double = 10
  /// Isochrones: grid spacing, km. Default 1.
  public var gridKm: Double = 1

  public init() {}

  /// The documented defaults.
  public static let defaults = Parameters()

  /// Boarding overhead of a stop kind, minutes.
  public func boardingMinutes(_ kind: StopKind) -> Double {
    switch kind {
    case .rail: return railBoardingMinutes
    case .airport: return airportBoardingMinutes
    case .coach: return coachBoardingMinutes
    case .metro: return metroBoardingMinutes
    }
  }

  /// Alighting overhead of a stop kind, minutes.
  public func alightingMinutes(_ kind: StopKind) -> Double {
    switch kind {
    case .rail: return railAlightingMinutes
    case .airport: return airportAlightingMinutes
    case .coach: return coachAlightingMinutes
    case .metro: return metroAlightingMinutes
    }
  }

  /// Speed of a road class when a link gives none, km/h.
  public func speedKmh(_ roadClass: RoadClass) -> Double {
    switch roadClass {
    case .expressway: return expresswaySpeedKmh
    case .national: return nationalSpeedKmh
    case .provincial: return provincialSpeedKmh
    case .urban: return urbanSpeedKmh
    }
  }
}
