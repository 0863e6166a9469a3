/// Writes a scenario file (JSON, the format `ScenarioReader` reads): each edit on one line, its
/// members in a fixed order (type, what it names, its figures, source, note), so a written
/// scenario reads well in a git diff and the same edits always give the same bytes.
///
/// Every change is written with the members `ScenarioReader` turns back into the same change:
/// numbers in their shortest form that reads back as the same value, yes/no columns as `true` /
/// `false`, a cleared override as `null`.
public enum ScenarioWriter {
  /// One edit to write: the change, its source (for an added row, the row's `source`) and an
  /// optional note.
  public struct Edit: Sendable {
    public var change: ScenarioChange
    public var source: String
    public var note: String?

    public init(_ change: ScenarioChange, source: String, note: String? = nil) {
      self.change = change
      self.source = source
      self.note = note
    }
  }

  /// The scenario file's text (UTF-8, ending with a newline).
  public static func text(
    name: String, description: String, baseNetworkSHA256: String? = nil, edits: [Edit]
  ) -> String {
    var text = "{\n  \"name\": \(quoted(name)),\n  \"description\": \(quoted(description)),\n"
    if let baseNetworkSHA256 {
      text += "  \"base_network_sha256\": \(quoted(baseNetworkSHA256)),\n"
    }
    if edits.isEmpty { return text + "  \"edits\": []\n}\n" }
    text += "  \"edits\": [\n"
    text += edits.map { "    " + render(.object(members($0))) }.joined(separator: ",\n")
    return text + "\n  ]\n}\n"
  }

  // MARK: - Members of each change

  private static func members(_ edit: Edit) -> [(String, Value)] {
    var members: [(String, Value)] = [("type", .string(edit.change.type.rawValue))]
    members += ScenarioWriter.members(of: edit.change)
    members.append(("source", .string(edit.source)))
    if let note = edit.note { members.append(("note", .string(note))) }
    return members
  }

  private static func members(of change: ScenarioChange) -> [(String, Value)] {
    switch change {
    case .addLine(let line, let derived):
      var members = lineMembers(line)
      if let derived {
        members += [
          ("speed_kmh", .number(derived.speedKmh)),
          ("detour_factor", .number(derived.detourFactor)),
        ]
      }
      return members + [("stops", stopList(line.stops))]
    case .removeLine(let id): return [("line", .string(id.rawValue))]
    case .modifyLine(let id, let modification): return modifyLine(id, modification)
    case .addStop(let stop):
      return [
        ("id", .string(stop.id.rawValue)), ("name_zh", .string(stop.nameZh)),
        ("name_en", .string(stop.nameEn)), ("kind", .string(stop.kind.rawValue)),
        ("place", .string(stop.place.rawValue)), ("lat", .number(stop.latitude)),
        ("lon", .number(stop.longitude)), ("park_and_ride", .bool(stop.parkAndRide)),
      ]
    case .removeStop(let id): return [("stop", .string(id.rawValue))]
    case .modifyStop(let id, let modification):
      var members: [(String, Value)] = [("stop", .string(id.rawValue))]
      if let kind = modification.kind { members.append(("kind", .string(kind.rawValue))) }
      if let place = modification.place { members.append(("place", .string(place.rawValue))) }
      if let parkAndRide = modification.parkAndRide {
        members.append(("park_and_ride", .bool(parkAndRide)))
      }
      return members
    case .addConnector(let connector):
      return connectorKey(connector.key) + [("minutes", .number(connector.minutes))]
    case .removeConnector(let key): return connectorKey(key)
    case .modifyConnector(let key, let minutes):
      return connectorKey(key) + [("minutes", .number(minutes))]
    case .addStopTransfer(let transfer):
      return transferKey(transfer.key) + [("minutes", .number(transfer.minutes))]
    case .removeStopTransfer(let key): return transferKey(key)
    case .modifyStopTransfer(let key, let minutes):
      return transferKey(key) + [("minutes", .number(minutes))]
    case .addRoadLink(let link): return roadLinkMembers(link)
    case .modifyRoadLink(let id, let modification):
      var members: [(String, Value)] = [("link", .string(id.rawValue))]
      if let roadClass = modification.roadClass {
        members.append(("class", .string(roadClass.rawValue)))
      }
      if let length = modification.lengthKm { members.append(("length_km", .number(length))) }
      if let speed = modification.speedKmh {
        members.append(("speed_kmh", .number(speed)))
      } else if modification.clearSpeed {
        members.append(("speed_kmh", .null))
      }
      if let minutes = modification.minutes {
        members.append(("minutes", .number(minutes)))
      } else if modification.clearMinutes {
        members.append(("minutes", .null))
      }
      return members
    case .closeRoadLink(let id): return [("link", .string(id.rawValue))]
    case .addJunction(let junction):
      return [
        ("id", .string(junction.id.rawValue)), ("name_zh", .string(junction.nameZh)),
        ("name_en", .string(junction.nameEn)), ("lat", .number(junction.latitude)),
        ("lon", .number(junction.longitude)),
      ]
    case .removeJunction(let id): return [("junction", .string(id.rawValue))]
    case .addPlace(let place): return placeMembers(place)
    case .modifyPlace(let id, let modification):
      var members: [(String, Value)] = [("place", .string(id.rawValue))]
      if let population = modification.population {
        members.append(("population", .integer(population)))
      }
      if let scope = modification.scope { members.append(("in_scope", .string(scope.rawValue))) }
      if let parent = modification.parent {
        members.append(("parent", .string(parent.rawValue)))
      } else if modification.clearParent {
        members.append(("parent", .null))
      }
      return members
    case .removePlace(let id): return [("place", .string(id.rawValue))]
    case .setParameter(let name, let value):
      return [("name", .string(name)), ("value", .string(value))]
    }
  }

  private static func lineMembers(_ line: Line) -> [(String, Value)] {
    var members: [(String, Value)] = [
      ("id", .string(line.id.rawValue)), ("name_zh", .string(line.nameZh)),
      ("name_en", .string(line.nameEn)), ("class", .string(line.lineClass.rawValue)),
      ("directions", .string(line.directions.rawValue)),
    ]
    members.append(frequency(line.frequency))
    if let dwell = line.dwellMinutes { members.append(("dwell_min", .number(dwell))) }
    return members
  }

  private static func modifyLine(_ id: LineID, _ modification: LineModification) -> [(
    String, Value
  )] {
    var members: [(String, Value)] = [("line", .string(id.rawValue))]
    if let lineClass = modification.lineClass {
      members.append(("class", .string(lineClass.rawValue)))
    }
    if let directions = modification.directions {
      members.append(("directions", .string(directions.rawValue)))
    }
    if let value = modification.frequency { members.append(frequency(value)) }
    if let dwell = modification.dwellMinutes {
      members.append(("dwell_min", .number(dwell)))
    } else if modification.clearDwell {
      members.append(("dwell_min", .null))
    }
    if let stops = modification.stops { members.append(("stops", stopList(stops))) }
    if let factor = modification.runTimeFactor {
      members.append(("run_time_factor", .number(factor)))
    }
    if let runs = modification.runMinutes {
      members.append(("run_min", .array(runs.map { $0.map(Value.number) ?? .null })))
    }
    if !modification.addedStops.isEmpty {
      members.append(
        (
          "add_stops",
          .array(
            modification.addedStops.map { added in
              var item: [(String, Value)] = [
                ("stop", .string(added.stop.rawValue)), ("after", .string(added.after.rawValue)),
                ("run_min", .number(added.runMinutes)),
              ]
              if let next = added.nextRunMinutes { item.append(("next_run_min", .number(next))) }
              if let dwell = added.dwellMinutes { item.append(("dwell_min", .number(dwell))) }
              return .object(item)
            })
        ))
    }
    if !modification.removedStops.isEmpty {
      members.append(
        ("remove_stops", .array(modification.removedStops.map { .string($0.rawValue) })))
    }
    return members
  }

  private static func frequency(_ frequency: ServiceFrequency) -> (String, Value) {
    switch frequency {
    case .headway(let minutes): return ("headway_min", .number(minutes))
    case .departuresPerDay(let count): return ("departures_per_day", .number(count))
    }
  }

  /// Stops as objects `{stop, run_min, dwell_min}`, members left out where the figure is absent.
  private static func stopList(_ stops: [LineStop]) -> Value {
    .array(
      stops.map { stop in
        var item: [(String, Value)] = [("stop", .string(stop.stop.rawValue))]
        if let run = stop.runMinutes { item.append(("run_min", .number(run))) }
        if let dwell = stop.dwellMinutes { item.append(("dwell_min", .number(dwell))) }
        return .object(item)
      })
  }

  private static func connectorKey(_ key: ConnectorKey) -> [(String, Value)] {
    [
      ("place", .string(key.place.rawValue)), ("stop", .string(key.stop.rawValue)),
      ("mode", .string(key.mode.rawValue)),
    ]
  }

  private static func transferKey(_ key: StopTransferKey) -> [(String, Value)] {
    [
      ("from_stop", .string(key.fromStop.rawValue)), ("to_stop", .string(key.toStop.rawValue)),
      ("mode", .string(key.mode.rawValue)),
    ]
  }

  private static func roadLinkMembers(_ link: RoadLink) -> [(String, Value)] {
    var members: [(String, Value)] = [
      ("id", .string(link.id.rawValue)), ("from", .string(link.from.rawValue)),
      ("to", .string(link.to.rawValue)), ("road", .string(link.road)),
      ("class", .string(link.roadClass.rawValue)), ("length_km", .number(link.lengthKm)),
    ]
    if let speed = link.speedKmh { members.append(("speed_kmh", .number(speed))) }
    if let minutes = link.minutes { members.append(("minutes", .number(minutes))) }
    members.append(("oneway", .bool(link.oneway)))
    return members
  }

  private static func placeMembers(_ place: Place) -> [(String, Value)] {
    var members: [(String, Value)] = [
      ("id", .string(place.id.rawValue)), ("name_zh", .string(place.nameZh)),
      ("name_en", .string(place.nameEn)), ("kind", .string(place.kind.rawValue)),
      ("lat", .number(place.latitude)), ("lon", .number(place.longitude)),
      ("population", .integer(place.population)), ("in_scope", .string(place.scope.rawValue)),
      ("population_source", .string(place.populationSource)),
    ]
    if let parent = place.parent { members.append(("parent", .string(parent.rawValue))) }
    if !place.clusters.isEmpty {
      members.append(("clusters", .string(place.clusters.map(\.rawValue).joined(separator: ";"))))
    }
    return members
  }

  // MARK: - JSON

  /// A JSON value with its object members in the order written.
  private indirect enum Value {
    case string(String)
    case number(Double)
    case integer(Int)
    case bool(Bool)
    case null
    case array([Value])
    case object([(String, Value)])
  }

  private static func render(_ value: Value) -> String {
    switch value {
    case .string(let text): return quoted(text)
    case .number(let number): return Parameters.format(number)
    case .integer(let number): return String(number)
    case .bool(let flag): return flag ? "true" : "false"
    case .null: return "null"
    case .array(let items): return "[" + items.map(render).joined(separator: ", ") + "]"
    case .object(let members):
      return "{" + members.map { "\(quoted($0.0)): \(render($0.1))" }.joined(separator: ", ")
        + "}"
    }
  }

  /// `text` as a JSON string (RFC 8259).
  static func quoted(_ text: String) -> String { JSONText.quoted(text) }
}
