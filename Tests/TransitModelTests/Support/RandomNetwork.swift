import TransitModel

/// Small random networks for property tests: places, junctions, roads, stops of every kind,
/// connectors, stop transfers and lines of every class, with fractional minutes (multiples of 0.5).
enum RandomNetwork {
  static func make(_ random: inout SplitMix64) throws -> ValidatedNetwork {
    let placeIDs = (0..<random.int(2...6)).map { "p\($0)" }
    let junctionIDs = (0..<random.int(0...3)).map { "j\($0)" }
    let stopIDs = (0..<random.int(0...7)).map { "s\($0)" }
    func minutes(_ range: ClosedRange<Int>) -> Double {
      Double(random.int((range.lowerBound * 2)...(range.upperBound * 2))) / 2
    }
    let places = placeIDs.map {
      Place(
        id: PlaceID($0), nameZh: $0, nameEn: $0, kind: .town, latitude: 43, longitude: 125,
        population: 100, source: "est. random", populationSource: "est. random")
    }
    let junctions = junctionIDs.map {
      Junction(
        id: JunctionID($0), nameZh: $0, nameEn: $0, latitude: 43, longitude: 125,
        source: "est. random")
    }
    let roadNodes = placeIDs + junctionIDs
    var links: [RoadLink] = []
    for index in 0..<random.int(0...9) {
      let from = roadNodes[random.int(0...(roadNodes.count - 1))]
      let to = roadNodes[random.int(0...(roadNodes.count - 1))]
      if from == to { continue }
      let roadClass = RoadClass.allCases[random.int(0...3)]
      links.append(
        RoadLink(
          id: RoadLinkID("r\(index)"), from: RoadNodeID(from), to: RoadNodeID(to), road: "G1",
          roadClass: roadClass,
          lengthKm: Double(random.int(1...80)),
          speedKmh: random.chance(0.3) ? Double(random.int(20...120)) : nil,
          minutes: random.chance(0.3) ? minutes(1...60) : nil, oneway: random.chance(0.3),
          source: "est. random"))
    }
    let stops = stopIDs.map {
      Stop(
        id: StopID($0), nameZh: $0, nameEn: $0,
        kind: StopKind.allCases[random.int(0...(StopKind.allCases.count - 1))],
        place: PlaceID(placeIDs[random.int(0...(placeIDs.count - 1))]), latitude: 43,
        longitude: 125,
        parkAndRide: random.chance(0.7), source: "est. random")
    }
    var connectors: [Connector] = []
    var transfers: [StopTransfer] = []
    var lines: [Line] = []
    if !stopIDs.isEmpty {
      for _ in 0..<random.int(0...(2 * stopIDs.count)) {
        connectors.append(
          Connector(
            place: PlaceID(placeIDs[random.int(0...(placeIDs.count - 1))]),
            stop: StopID(stopIDs[random.int(0...(stopIDs.count - 1))]),
            mode: AccessMode.allCases[random.int(0...3)], minutes: minutes(0...30),
            source: "est. random"))
      }
      for _ in 0..<random.int(0...3) {
        let a = stopIDs[random.int(0...(stopIDs.count - 1))]
        let b = stopIDs[random.int(0...(stopIDs.count - 1))]
        if a != b {
          transfers.append(
            StopTransfer(
              fromStop: StopID(a), toStop: StopID(b), mode: .metro, minutes: minutes(0...25),
              source: "est. random"))
        }
      }
    }
    if stopIDs.count >= 2 {
      for index in 0..<random.int(0...5) {
        var lineStops: [LineStop] = []
        for position in 0..<random.int(2...5) {
          var stop = stopIDs[random.int(0...(stopIDs.count - 1))]
          if let last = lineStops.last?.stop.rawValue, last == stop {
            stop = stopIDs.first { $0 != last } ?? stop
          }
          lineStops.append(
            LineStop(
              seq: position + 1, stop: StopID(stop),
              runMinutes: position == 0 ? nil : minutes(1...60),
              dwellMinutes: random.chance(0.2) ? minutes(0...4) : nil, source: "est. random"))
        }
        let byDepartures = random.chance(0.4)
        lines.append(
          Line(
            id: LineID("l\(index)"), nameZh: "l", nameEn: "l",
            lineClass: LineClass.allCases[random.int(0...(LineClass.allCases.count - 1))],
            directions: random.chance(0.5) ? .both : .forward,
            frequency: byDepartures
              ? .departuresPerDay(Double(random.int(1...60))) : .headway(minutes: minutes(2...150)),
            dwellMinutes: random.chance(0.5) ? minutes(0...3) : nil, stops: lineStops,
            source: "est. random"))
      }
    }
    // One connector per (place, stop, mode) and one transfer per pair and mode, as files allow.
    var connectorKeys: Set<ConnectorKey> = []
    connectors = connectors.filter { connectorKeys.insert($0.key).inserted }
    var transferKeys: Set<String> = []
    transfers = transfers.filter { transferKeys.insert($0.key.undirected).inserted }
    return try Network(
      manifest: NetworkManifest(name: "random", version: "1"), places: places, junctions: junctions,
      roadLinks: links, stops: stops, connectors: connectors, stopTransfers: transfers, lines: lines
    ).validated()
  }

  /// Parameters near the defaults, varied per seed.
  static func parameters(_ random: inout SplitMix64) -> Parameters {
    var parameters = Parameters.defaults
    if random.chance(0.5) {
      parameters.congestionFactor = [0.8, 1.25, 1.5][random.int(0...2)]
      parameters.transferPenaltyMinutes = Double(random.int(0...12))
      parameters.waitCapMinutes = Double(random.int(5...60))
      parameters.parkingMinutes = Double(random.int(0...10))
      parameters.dwellMinutes = Double(random.int(0...4)) / 2
      parameters.serviceSpanHours = Double(random.int(10...20))
    }
    return parameters
  }
}
