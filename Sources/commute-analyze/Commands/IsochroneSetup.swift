import Graph
import TransitModel

/// What `isochrone` and `map` share: the network (from `--network` or the embedded default), its
/// hash, the parameters, the profile, the origins (`--from`) and the cutoffs (`--within`), read and
/// checked once, with every problem a usage error naming its option.
struct IsochroneSetup {
  var network: Network
  var networkHash: String
  var parameters: Parameters
  var profile: Profile
  var direction: TravelDirection
  /// Place indices, in the order given (duplicates removed).
  var origins: [Int]
  /// Minutes, ascending, without duplicates.
  var cutoffs: [Double]

  static let defaultCutoffs = "30,60,90,120"

  init(_ invocation: Invocation) throws {
    let arguments = invocation.arguments
    if arguments.has("scenario") {
      throw invocation.usageError("'--scenario' is not supported by \(arguments.commandName) yet")
    }
    let files: NetworkFiles
    do {
      if let folder = arguments.value("network") {
        files = try NetworkFiles.directory(folder)
      } else if let embedded = try EmbeddedNetwork.files() {
        files = NetworkFiles(files: embedded)
      } else {
        throw CLIError.badInput("this build embeds no default network; pass '--network DIR'")
      }
      let loaded = try NetworkLoader.load(files)
      for warning in loaded.warnings { invocation.note(warning.description) }
      network = loaded.network
    } catch let error as NetworkLoadError {
      throw CLIError.diagnostics(error.diagnostics.map(\.description))
    }
    networkHash = ContentHash.networkHash(files: files.files)
    parameters = try Self.parameters(invocation)
    profile = try arguments.choice("profile", as: Profile.self) ?? .any
    direction = try arguments.choice("direction", as: TravelDirection.self) ?? .from
    origins = []
    let names = arguments.listValues("from")
    for name in names.isEmpty ? ["changchun"] : names {
      switch network.resolvePlace(name) {
      case .success(let index):
        if !origins.contains(index) { origins.append(index) }
      case .failure(let failure):
        throw invocation.usageError("invalid value for '--from': \(failure)")
      }
    }
    cutoffs = try Self.cutoffs(invocation)
  }

  /// Defaults, then `--param name=value` and the named parameter options, in that order.
  private static func parameters(_ invocation: Invocation) throws -> Parameters {
    var parameters = Parameters.defaults
    do {
      for assignment in invocation.arguments.allValues("param") {
        guard let equals = assignment.firstIndex(of: "=") else {
          throw invocation.usageError(
            "invalid value '\(assignment)' for '--param': expected name=value")
        }
        try parameters.set(
          String(assignment[..<equals]), to: String(assignment[assignment.index(after: equals)...]))
      }
      for name in Parameters.names {
        if let value = invocation.arguments.value(name) { try parameters.set(name, to: value) }
      }
    } catch let error as ParameterError {
      throw invocation.usageError("invalid '--param': \(error)")
    }
    return parameters
  }

  private static func cutoffs(_ invocation: Invocation) throws -> [Double] {
    var texts = invocation.arguments.listValues("within")
    if texts.isEmpty {
      texts = defaultCutoffs.split(separator: ",").map(String.init)
    }
    var minutes: [Double] = []
    for text in texts {
      guard let value = Double(text), value.isFinite, value >= 0 else {
        throw invocation.usageError(
          "invalid value '\(text)' for '--within': expected minutes, a finite number ≥ 0")
      }
      if !minutes.contains(value) { minutes.append(value) }
    }
    return minutes.sorted()
  }

  var originIDs: [String] { origins.map { network.places[$0].id } }

  /// The isochrone of `origins` (a multi-source search: within T of the nearest of them).
  func isochrone(
    _ compiled: CompiledNetwork, origins: [Int], workspace: inout SearchWorkspace
  ) throws -> Isochrone {
    do {
      return try Isochrone(compiled, origins: origins, direction: direction, workspace: &workspace)
    } catch let error as IsochroneError {
      throw CLIError.badInput("cannot build the isochrone grid: \(error)")
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
        originIDs: origins.map { places[$0].id }, originNamesZh: origins.map { places[$0].nameZh },
        profile: profile.rawValue, direction: direction.rawValue)
    }
  }

  /// The provenance object of an isochrone or map output: tool, network, profile, every parameter
  /// (the grid and off-network figures among them), origins, cutoffs and the projection.
  func provenance(command: String, union: Bool, projection: AzimuthalEquidistantProjection)
    -> JSONValue
  {
    var echoed: [String: JSONValue] = [:]
    for (name, value) in parameters.echoed { echoed[name] = .string(value) }
    return .object([
      "command": .string(command),
      "network": .object([
        "hash": .string(networkHash), "name": .string(network.manifest.name),
        "version": .string(network.manifest.version),
      ]),
      "scenarios": .array([]),
      "profile": .string(profile.rawValue),
      "direction": .string(direction.rawValue),
      "parameters": .object(echoed),
      "origins": .array(originIDs.map(JSONValue.string)),
      "cutoffs_min": .array(cutoffs.map(JSONValue.finite)),
      "union": .bool(union),
      "projection": .string(Self.projectionText(projection)),
      "tool": .object([
        "name": .string(ToolInfo.name), "version": .string(ToolInfo.version),
      ]),
    ])
  }

  /// The projection as a sentence, for provenance and the map's small print.
  static func projectionText(_ projection: AzimuthalEquidistantProjection) -> String {
    "azimuthal equidistant (sphere R = 6371.0088 km) centred at "
      + "\(degrees(projection.centreLatitude))° N, \(degrees(projection.centreLongitude))° E"
  }

  /// Degrees with 4 decimals, without locale.
  static func degrees(_ value: Double) -> String {
    let position = GeoPosition(latitude: value, longitude: 0)
    let tenThousandths = (position.latitudeMicrodegrees + (value < 0 ? -50 : 50)) / 100
    let sign = tenThousandths < 0 ? "-" : ""
    let magnitude = tenThousandths.magnitude
    let fraction = String(magnitude % 10_000)
    return sign + String(magnitude / 10_000) + "."
      + String(repeating: "0", count: 4 - fraction.count) + fraction
  }
}
