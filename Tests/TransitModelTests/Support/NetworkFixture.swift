import TransitModel

/// A network written as CSV text, table by table, for tests. Starts with every table's header and a
/// manifest; helpers append rows with defaults for the columns a test does not care about.
struct NetworkFixture {
  static let headers: [String: String] = [
    "manifest.csv": "key,value,source",
    "clusters.csv": "id,name_zh,name_en,source",
    "places.csv":
      "id,name_zh,name_en,kind,lat,lon,population,parent,clusters,in_scope,source,population_source",
    "junctions.csv": "id,name_zh,name_en,lat,lon,source",
    "road_links.csv": "id,from,to,road,class,length_km,speed_kmh,minutes,oneway,source",
    "stops.csv": "id,name_zh,name_en,kind,place,lat,lon,park_and_ride,source",
    "connectors.csv": "place,stop,mode,minutes,source",
    "stop_transfers.csv": "from_stop,to_stop,mode,minutes,source",
    "lines.csv":
      "id,name_zh,name_en,class,directions,headway_min,departures_per_day,dwell_min,source",
    "line_stops.csv": "line,seq,stop,run_min,dwell_min,source",
    "corridors.csv": "id,name_zh,name_en,source",
    "corridor_members.csv": "corridor,kind,member,source",
  ]

  /// File name → lines (the header first).
  var tables: [String: [String]]

  init() {
    tables = Self.headers.mapValues { [$0] }
    tables["manifest.csv"]? += ["name,fixture,test", "version,1,test"]
  }

  mutating func add(_ file: String, _ row: String) {
    tables[file, default: []].append(row)
  }

  /// A town at (lat, lon) with `population` residents, in scope.
  mutating func place(_ id: String, lat: Double = 43.9, lon: Double = 125.3, population: Int = 1000)
  {
    add("places.csv", "\(id),名\(id),Name \(id),town,\(lat),\(lon),\(population),,,yes,test,test")
  }

  mutating func junction(_ id: String) {
    add("junctions.csv", "\(id),\(id)枢纽,Junction \(id),43.9,125.3,test")
  }

  /// A road link; `minutes` overrides length ÷ speed.
  mutating func road(
    _ id: String, _ from: String, _ to: String, roadClass: String = "expressway",
    lengthKm: Double = 10, speedKmh: Double? = nil, minutes: Double? = nil, oneway: Bool = false
  ) {
    let speed = speedKmh.map { "\($0)" } ?? ""
    let explicit = minutes.map { "\($0)" } ?? ""
    add(
      "road_links.csv",
      "\(id),\(from),\(to),G1,\(roadClass),\(lengthKm),\(speed),\(explicit),\(oneway ? "yes" : "no"),test"
    )
  }

  mutating func stop(_ id: String, kind: String = "rail", place: String, parkAndRide: Bool = true) {
    add(
      "stops.csv",
      "\(id),\(id)站,Station \(id),\(kind),\(place),43.9,125.3,\(parkAndRide ? "yes" : "no"),test")
  }

  mutating func connector(_ place: String, _ stop: String, minutes: Double, mode: String = "walk") {
    add("connectors.csv", "\(place),\(stop),\(mode),\(minutes),test")
  }

  mutating func stopTransfer(_ from: String, _ to: String, minutes: Double, mode: String = "metro")
  {
    add("stop_transfers.csv", "\(from),\(to),\(mode),\(minutes),test")
  }

  /// A line through `stops` (stop id, run minutes from the previous stop; ignored on the first).
  mutating func line(
    _ id: String, lineClass: String = "high-speed", directions: String = "forward",
    headwayMinutes: Double? = nil, departuresPerDay: Double? = nil, dwellMinutes: Double? = nil,
    stops: [(String, Double)]
  ) {
    let headway = headwayMinutes.map { "\($0)" } ?? ""
    let departures = departuresPerDay.map { "\($0)" } ?? ""
    let dwell = dwellMinutes.map { "\($0)" } ?? ""
    add(
      "lines.csv",
      "\(id),\(id)线,Line \(id),\(lineClass),\(directions),\(headway),\(departures),\(dwell),test")
    for (index, entry) in stops.enumerated() {
      let run = index == 0 ? "" : "\(entry.1)"
      add("line_stops.csv", "\(id),\(index + 1),\(entry.0),\(run),,test")
    }
  }

  /// The files as bytes.
  var files: NetworkFiles {
    NetworkFiles(files: tables.mapValues { Array(($0.joined(separator: "\n") + "\n").utf8) })
  }

  /// Loads the fixture; test failures show every diagnostic.
  func load() throws -> ValidatedNetwork {
    try NetworkLoader.load(files).network
  }
}
