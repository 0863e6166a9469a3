/// A proposal as a file: a named list of typed edits to a base network (DESIGN.md, "Scenarios").
///
/// Every edit is resolved and checked against the network as edited so far, and the edited network
/// passes the same validator as a loaded one, before anything is used; the base is never changed.
/// Problems are reported at the scenario file's line and column, every one at once.
public struct Scenario: Sendable {
  /// Short name, shown in reports and provenance.
  public var name: String
  /// What the proposal is, in a sentence or two.
  public var description: String
  /// When given, the SHA-256 of the network the scenario was written for (exit 2 when it differs).
  public var baseNetworkSHA256: String?
  /// The edits, in the order they apply.
  public var edits: [ScenarioEdit]
  /// The file the scenario was read from, as named on the command line.
  public var file: String
  /// Where `base_network_sha256` is written, for its message.
  var baseHashLocation: SourceLocation?

  public init(
    name: String, description: String = "", baseNetworkSHA256: String? = nil,
    edits: [ScenarioEdit], file: String
  ) {
    self.name = name
    self.description = description
    self.baseNetworkSHA256 = baseNetworkSHA256
    self.edits = edits
    self.file = file
  }
}

/// One edit of a scenario: what it changes, its source and where it is written.
public struct ScenarioEdit: Sendable {
  /// 1-based position in the scenario (messages say "edit 3 (add-line)").
  public var number: Int
  /// What the edit does.
  public var change: ScenarioChange
  /// A citation or `est. …`, like every data row (for an added row, the row's own `source`).
  public var source: String
  /// Free text for the reader.
  public var note: String?
  /// Where the edit's object starts.
  public var location: SourceLocation
  /// The edit's members as cells, for locating a problem at a member.
  var cells: NetworkRow

  /// The edit's type as written (`add-line`).
  public var type: ScenarioEditType { change.type }

  /// Where each item of an `add-line`'s `stops` list is written.
  var stopItemOrigins: [SourceMap.RowOrigin] = []

  /// Where the member `name` is written (the edit's start when it is absent).
  func location(_ name: String) -> SourceLocation {
    cells.columns[name] != nil ? cells.location(named: name) : (listLocations[name] ?? location)
  }

  /// Where each list member (`stops`, `add_stops`) is written.
  var listLocations: [String: SourceLocation] = [:]
}

/// The edit types, by their kebab-case tag.
public enum ScenarioEditType: String, Sendable, CaseIterable, Hashable {
  case addLine = "add-line"
  case removeLine = "remove-line"
  case modifyLine = "modify-line"
  case addStop = "add-stop"
  case removeStop = "remove-stop"
  case modifyStop = "modify-stop"
  case addConnector = "add-connector"
  case removeConnector = "remove-connector"
  case modifyConnector = "modify-connector"
  case addStopTransfer = "add-stop-transfer"
  case removeStopTransfer = "remove-stop-transfer"
  case modifyStopTransfer = "modify-stop-transfer"
  case addRoadLink = "add-road-link"
  case modifyRoadLink = "modify-road-link"
  case closeRoadLink = "close-road-link"
  case addJunction = "add-junction"
  case removeJunction = "remove-junction"
  case addPlace = "add-place"
  case modifyPlace = "modify-place"
  case removePlace = "remove-place"
  case setParameter = "set-parameter"
}

/// What an edit changes, typed: new rows in their table's types, targets by typed id.
public enum ScenarioChange: Sendable {
  case addLine(Line, derivedRuns: DerivedRunTimes?)
  case removeLine(LineID)
  case modifyLine(LineID, LineModification)
  case addStop(Stop)
  case removeStop(StopID)
  case modifyStop(StopID, StopModification)
  case addConnector(Connector)
  case removeConnector(ConnectorKey)
  /// New minutes for the connector.
  case modifyConnector(ConnectorKey, minutes: Double)
  case addStopTransfer(StopTransfer)
  /// The transfer between the key's stops by its mode, written either way round.
  case removeStopTransfer(StopTransferKey)
  /// New minutes for the transfer between the key's stops by its mode, written either way round.
  case modifyStopTransfer(StopTransferKey, minutes: Double)
  case addRoadLink(RoadLink)
  case modifyRoadLink(RoadLinkID, RoadLinkModification)
  case closeRoadLink(RoadLinkID)
  case addJunction(Junction)
  case removeJunction(JunctionID)
  case addPlace(Place)
  case modifyPlace(PlaceID, PlaceModification)
  case removePlace(PlaceID)
  case setParameter(name: String, value: String)

  /// The tag of this change.
  public var type: ScenarioEditType {
    switch self {
    case .addLine: return .addLine
    case .removeLine: return .removeLine
    case .modifyLine: return .modifyLine
    case .addStop: return .addStop
    case .removeStop: return .removeStop
    case .modifyStop: return .modifyStop
    case .addConnector: return .addConnector
    case .removeConnector: return .removeConnector
    case .modifyConnector: return .modifyConnector
    case .addStopTransfer: return .addStopTransfer
    case .removeStopTransfer: return .removeStopTransfer
    case .modifyStopTransfer: return .modifyStopTransfer
    case .addRoadLink: return .addRoadLink
    case .modifyRoadLink: return .modifyRoadLink
    case .closeRoadLink: return .closeRoadLink
    case .addJunction: return .addJunction
    case .removeJunction: return .removeJunction
    case .addPlace: return .addPlace
    case .modifyPlace: return .modifyPlace
    case .removePlace: return .removePlace
    case .setParameter: return .setParameter
    }
  }
}

/// Run times of a new line derived from its stops' positions: great-circle distance × a stated
/// detour factor ÷ a speed.
public struct DerivedRunTimes: Sendable, Hashable {
  /// Average speed between stops, km/h.
  public var speedKmh: Double
  /// Track length ÷ straight-line distance (≥ 1).
  public var detourFactor: Double
}

/// What `modify-line` changes; nil members stay as they are.
public struct LineModification: Sendable, Hashable {
  /// A new service class.
  public var lineClass: LineClass?
  /// New directions run.
  public var directions: LineDirections?
  /// A new headway or departures per day.
  public var frequency: ServiceFrequency?
  /// A new dwell at intermediate stops, minutes.
  public var dwellMinutes: Double?
  /// `dwell_min: null`: the `dwell-min` parameter applies again.
  public var clearDwell = false
  /// A new stop list replacing the line's (applied before `addedStops` and `removedStops`).
  public var stops: [LineStop]?
  /// Every run time multiplied by this (e.g. 0.8 for a faster train).
  public var runTimeFactor: Double?
  /// Run minutes per stop of the (edited) stop list, first one empty; replaces every run time.
  public var runMinutes: [Double?]?
  /// Stops inserted after a stop of the line.
  public var addedStops: [AddedLineStop] = []
  /// Stops taken out of the line (their run times merge: run in + run out).
  public var removedStops: [StopID] = []
}

/// A stop inserted into an existing line by `modify-line`.
public struct AddedLineStop: Sendable, Hashable {
  /// The stop to call at.
  public var stop: StopID
  /// The stop of the line it follows.
  public var after: StopID
  /// Minutes from `after` to the new stop.
  public var runMinutes: Double
  /// Minutes from the new stop to the stop that followed `after` (none when it becomes the last).
  public var nextRunMinutes: Double?
  /// Dwell at the new stop, minutes (nil: the line's).
  public var dwellMinutes: Double?
}

/// What `modify-road-link` changes; nil members stay as they are, `clear…` removes an override.
public struct RoadLinkModification: Sendable, Hashable {
  public var roadClass: RoadClass?
  public var lengthKm: Double?
  public var speedKmh: Double?
  public var minutes: Double?
  /// `speed_kmh: null`: the class speed applies again.
  public var clearSpeed = false
  /// `minutes: null`: length ÷ speed applies again.
  public var clearMinutes = false
}

/// What `modify-place` changes; nil members stay as they are.
public struct PlaceModification: Sendable, Hashable {
  public var population: Int?
  public var scope: ScopeMembership?
  /// A new aggregate place this one was split from.
  public var parent: PlaceID?
  /// `parent: null`: the place has no parent any more.
  public var clearParent = false
}

/// What `modify-stop` changes; nil members stay as they are.
public struct StopModification: Sendable, Hashable {
  /// A new kind (boarding and alighting overheads).
  public var kind: StopKind?
  /// A new place the stop belongs to (where its park-and-ride drive starts).
  public var place: PlaceID?
  /// Whether a car may be parked here before the first boarding.
  public var parkAndRide: Bool?
}
