import TransitModel

/// What `isochrone` and `map` share: the network (from `--network` or the embedded default), its
/// hash, the parameters, the profile, the origins (`--from`) and the cutoffs (`--within`), read and
/// checked once, with every problem a usage error naming its option.
struct IsochroneSetup {
  var loaded: LoadedNetwork
  var parameters: Parameters
  var profile: Profile
  var direction: TravelDirection
  /// Place indices, in the order given (duplicates removed).
  var origins: [Int]
  /// Minutes, ascending, without duplicates.
  var cutoffs: [Double]
  /// The running command, for usage errors found after parsing.
  var commandName: String
  /// Whether the command line set the grid size (`--grid-km` or `--param grid-km=…`).
  var invocationGaveGrid: Bool

  /// `--within` when not given, in minutes.
  static let defaultCutoffMinutes: [Double] = [30, 60, 90, 120]
  /// The default cutoffs as the help shows them (`30,60,90,120`).
  static var defaultCutoffs: String {
    defaultCutoffMinutes.map { String(Int($0)) }.joined(separator: ",")
  }

  var network: Network { loaded.network }
  var networkHash: String { loaded.hash }

  init(_ invocation: Invocation) throws {
    let arguments = invocation.arguments
    commandName = arguments.commandName
    invocationGaveGrid =
      arguments.value("grid-km") != nil || arguments.value("grid") != nil
      || arguments.allValues("param").contains { $0.hasPrefix("grid") }
    loaded = try invocation.loadNetwork(queriesOnly: true)
    parameters = try invocation.parameters(over: loaded.parameters)
    profile = try invocation.profile()
    direction = try arguments.choice("direction", as: TravelDirection.self) ?? .from
    origins = []
    let names = arguments.listValues("from")
    for name in names.isEmpty ? ["changchun"] : names {
      let index = try invocation.resolvePlace(name, in: loaded.network, for: "'--from'")
      if !origins.contains(index) { origins.append(index) }
    }
    cutoffs = try Self.cutoffs(arguments)
  }

  /// `--within` (minutes ≥ 0, no upper limit), or the default cutoffs; ascending, each once.
  private static func cutoffs(_ arguments: ParsedArguments) throws -> [Double] {
    var given = try arguments.minutesList("within", bound: .zeroOrMore)
    if given.isEmpty { given = defaultCutoffMinutes }
    var minutes: [Double] = []
    for value in given where !minutes.contains(value) { minutes.append(value) }
    guard minutes.count <= maximumCutoffs else {
      throw arguments.usageError(
        "'--within' has \(minutes.count) cutoffs; at most \(maximumCutoffs) (each is a contour of "
          + "the whole grid: thousands take minutes and gigabytes)")
    }
    return minutes.sorted()
  }

  /// The most `--within` cutoffs one isochrone or map takes (README).
  static let maximumCutoffs = 50

  var originIDs: [String] { origins.map { network.places[$0].id.rawValue } }

  /// The isochrone of `origins` (a multi-source search: within T of the nearest of them).
  func isochrone(_ engine: inout TravelTimeEngine, origins: [Int]) throws -> Isochrone {
    do {
      return try engine.isochrone(origins: origins, direction: direction)
    } catch {
      throw explained(error)
    }
  }

  /// The isochrones of `groups` of origins, on `threads` threads, in order; the first failure in
  /// that order is thrown, explained.
  func isochrones(_ engine: TravelTimeEngine, groups: [[Int]], threads: Int?) throws
    -> [Isochrone]
  {
    try engine.isochrones(of: groups, direction: direction, threadCount: threads).map {
      result in
      do {
        return try result.get()
      } catch {
        throw explained(error)
      }
    }
  }

  /// An isochrone failure as the command line reports it.
  private func explained(_ error: any Error) -> any Error {
    guard let error = error as? IsochroneError else { return error }
    switch error {
    case .invalidParameter(let name, let value):
      return CLIError.usage(
        message: "invalid value '\(value)' for '--\(name)': expected a finite number > 0",
        command: commandName)
    case .gridTooLarge:
      // Blame --grid-km only when it was given; otherwise say what made the area large.
      if invocationGaveGrid {
        return CLIError.usage(
          message: "invalid value for '--grid-km': \(error)", command: commandName)
      }
      return CLIError.badInput("\(error)")
    }
  }

  /// The bands of `origins` at every cutoff, as features.
  func features(
    _ isochrone: Isochrone, origins: [Int]
  ) -> [IsochroneFeature] {
    let places = network.places
    let centres = origins.map { (latitude: places[$0].latitude, longitude: places[$0].longitude) }
    return cutoffs.map { minutes in
      IsochroneFeature(
        band: isochrone.band(within: minutes, origins: centres),
        originIDs: origins.map { places[$0].id.rawValue },
        originNamesZh: origins.map { places[$0].nameZh },
        profile: profile.rawValue, direction: direction.rawValue)
    }
  }

  /// The provenance object of an isochrone or map output: the shared provenance (tool, network,
  /// profile, every parameter — the grid and off-network figures among them) plus an `isochrone`
  /// member with the command, origins, cutoffs, direction, union and the projection.
  func provenance(command: String, union: Bool, projection: AzimuthalEquidistantProjection)
    -> JSONValue
  {
    var provenance = ProvenanceJSON.make(
      network: loaded, profiles: [profile], parameters: parameters)
    if case .object(var members) = provenance {
      members["isochrone"] = .object([
        "command": .string(command),
        "origins": .array(originIDs.map(JSONValue.string)),
        "cutoffs_min": .array(cutoffs.map(JSONValue.finite)),
        "direction": .string(direction.rawValue),
        "union": .bool(union),
        "grid_km": .finite(parameters.gridKm),
        "off_network_speed_kmh": .finite(parameters.offNetworkSpeedKmh),
        "max_off_network_km": .finite(parameters.maxOffNetworkKm),
        "projection": .string(Self.projectionText(projection)),
      ])
      provenance = .object(members)
    }
    return provenance
  }

  /// The projection as a sentence, for provenance and the map's small print.
  static func projectionText(_ projection: AzimuthalEquidistantProjection) -> String {
    "azimuthal equidistant (sphere R = 6371.0088 km) centred at "
      + "\(FixedDecimal.text(projection.centreLatitude, decimals: 4))° N, "
      + "\(FixedDecimal.text(projection.centreLongitude, decimals: 4))° E"
  }
}
