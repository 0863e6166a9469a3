import Graph

/// The seconds of each arc of the expanded graph, from what the arc means (`ArcRole`), the network's
/// figures and the parameters: the one place where minutes become arc weights.
struct ArcWeights {
  let network: Network
  let parameters: Parameters
  let patterns: [RidePattern]
  /// Per line: the wait at any boarding (half the headway, capped).
  private let waitSeconds: [Int32]
  /// Per stop: the shortest connector minutes between the stop and its own place, if any.
  private let homeConnectorMinutes: [Double?]

  /// `homeConnectors`: `network.homeConnectors` when known already (stored with a cached
  /// network), else found here.
  init(
    network: Network, parameters: Parameters, patterns: [RidePattern],
    homeConnectors: [Int?]? = nil
  ) {
    self.init(
      network: network, parameters: parameters, patterns: patterns,
      resolvedHomeConnectors: homeConnectors ?? network.homeConnectors)
  }

  /// The weights of a validated network's arcs, with its home connectors as resolved once for
  /// every profile (`ValidatedNetwork.references`).
  init(network: ValidatedNetwork, parameters: Parameters, patterns: [RidePattern]) {
    self.init(
      network: network.network, parameters: parameters, patterns: patterns,
      resolvedHomeConnectors: network.references.homeConnectors)
  }

  /// `resolvedHomeConnectors`: `Network.homeConnectors` of `network`.
  private init(
    network: Network, parameters: Parameters, patterns: [RidePattern],
    resolvedHomeConnectors homeConnectors: [Int?]
  ) {
    self.network = network
    self.parameters = parameters
    self.patterns = patterns
    self.waitSeconds = network.lines.map { line in
      Self.seconds(LineService(line, parameters: parameters).waitMinutes)
    }
    self.homeConnectorMinutes = homeConnectors.map { connector in
      connector.map { network.connectors[$0].minutes }
    }
  }

  /// Minutes to whole seconds, rounded half away from zero as documented, on the decimal value the
  /// figures stand for. Binary floating point cannot hold most decimals: 22.7 km ÷ 80 km/h is
  /// 1,021.5 s, computed as 1,021.4999…; a value within `tieTolerance` of a half is that half.
  /// Figures with a few decimals never fall that close to a half otherwise. Inputs are validated
  /// (finite, bounded).
  static func seconds(_ minutes: Double) -> Int32 {
    let raw = minutes * 60
    guard raw.isFinite else { return Distance.unreachable - 1 }
    let whole = raw.rounded(.down)
    let value = abs(raw - whole - 0.5) < tieTolerance ? whole + 1 : raw.rounded()
    return Int32(exactly: min(max(value, 0), 1_000_000_000)) ?? 0
  }

  /// How close (seconds) to a half a computed value is taken as the half: far above the error of
  /// a few products and quotients of doubles at these magnitudes (≤ 2·10⁻⁹ s), far below the
  /// distance from a half of any other quotient of figures with a few decimals.
  static let tieTolerance = 1e-6

  /// Driving minutes of a link before congestion: explicit, or length ÷ (link or class speed).
  func drivingMinutes(_ link: RoadLink) -> Double {
    if let minutes = link.minutes { return minutes }
    let speed = link.speedKmh ?? parameters.speedKmh(link.roadClass)
    return link.lengthKm / speed * 60
  }

  /// Seconds of one arc.
  func seconds(_ role: ArcRole) -> Int32 {
    switch role {
    case .stay, .startCar, .alight:
      return 0
    case .access(let connector), .egress(let connector):
      return Self.seconds(network.connectors[connector].minutes)
    case .boardingOverhead(let stop):
      return Self.seconds(parameters.boardingMinutes(network.stops[stop].kind))
    case .alightingOverhead(let stop):
      return Self.seconds(parameters.alightingMinutes(network.stops[stop].kind))
    case .transferPenalty:
      return Self.seconds(parameters.transferPenaltyMinutes)
    case .stopTransfer(let transfer, _, _):
      return Self.seconds(
        network.stopTransfers[transfer].minutes + parameters.transferPenaltyMinutes)
    case .wait(let pattern, _):
      return waitSeconds[patterns[pattern].line]
    case .ride(let p, let position):
      let pattern = patterns[p]
      let stop = network.lines[pattern.line].stops[pattern.runLineStopIndex(from: position)]
      return Self.seconds(stop.runMinutes ?? 0)
    case .dwell(let p, let position):
      let pattern = patterns[p]
      let line = network.lines[pattern.line]
      let stop = line.stops[pattern.lineStopIndex(at: position)]
      return Self.seconds(stop.dwellMinutes ?? line.dwellMinutes ?? parameters.dwellMinutes)
    case .drive(let link, _):
      return Self.seconds(drivingMinutes(network.roadLinks[link]) * parameters.congestionFactor)
    case .parkAtPlace, .parkAtJunction, .parkAndRideParking:
      return Self.seconds(parameters.parkingMinutes)
    case .parkAndRideDrive(let stop):
      return Self.seconds((homeConnectorMinutes[stop] ?? 0) * parameters.congestionFactor)
    }
  }
}
