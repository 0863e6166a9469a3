import XCTest

@testable import TransitModel

/// The validation judges each source as it checks it (`EstimatedRows`), and the counts every report
/// states are made from that judgement: both equal a plain count of the rows whose source
/// `SourceQuality` calls estimated, on the Changchun network (cited and estimated rows) and on
/// random networks whose sources are rewritten at random.
final class EstimatedRowsTests: XCTestCase {
  private static let sources = [
    "est. random", "§3.1 cited", "unverified timetable", "latest. figures", "EST. upper case",
    "cited; est.", "",
  ]

  func test_validationJudgement_equalsAPlainCountOfTheRows() throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../Networks/changchun").standardizedFileURL.path
    var networks = [try NetworkLoader.load(.directory(folder)).network.network]
    for seed in 0..<60 {
      var random = SplitMix64(seed: UInt64(seed) &+ 91_000)
      networks.append(Self.withRandomSources(try RandomNetwork.make(&random).network, &random))
    }
    var estimated = 0
    var cited = 0
    for network in networks {
      let validated = try network.validated()
      XCTAssertEqual(validated.estimatedRows, EstimatedRows(network))
      let counts = validated.estimatedRows.rowCounts
      XCTAssertEqual(counts, Self.plainCounts(network))
      XCTAssertEqual(network.estimatedRowCounts, counts)
      estimated += counts.reduce(0) { $0 + $1.estimated }
      cited += counts.reduce(0) { $0 + $1.total - $1.estimated }
    }
    XCTAssertGreaterThan(estimated, 100)
    XCTAssertGreaterThan(cited, 100)
  }

  /// Per table, rows whose source is estimated, counted row by row.
  private static func plainCounts(_ network: Network) -> [EstimatedRowCount] {
    func count(_ table: String, _ sources: [String]) -> EstimatedRowCount {
      EstimatedRowCount(
        table: table, estimated: sources.filter { SourceQuality(source: $0) == .estimated }.count,
        total: sources.count)
    }
    return [
      count("clusters", network.clusters.map(\.source)),
      count("connectors", network.connectors.map(\.source)),
      count("corridors", network.corridors.map(\.source)),
      count("junctions", network.junctions.map(\.source)),
      count("line_stops", network.lines.flatMap { $0.stops.map(\.source) }),
      count("lines", network.lines.map(\.source)),
      count("places", network.places.map(\.source)),
      count("places.population", network.places.map(\.populationSource)),
      count("road_links", network.roadLinks.map(\.source)),
      count("stop_transfers", network.stopTransfers.map(\.source)),
      count("stops", network.stops.map(\.source)),
    ]
  }

  /// `network` with every source replaced by one of `sources` (a required text stays non-empty).
  private static func withRandomSources(_ network: Network, _ random: inout SplitMix64) -> Network {
    var edited = network
    func pick(_ random: inout SplitMix64) -> String {
      let source = sources[Int(random.next() % UInt64(sources.count))]
      return source.isEmpty ? "cited" : source
    }
    for var place in network.places {
      place.source = pick(&random)
      place.populationSource = pick(&random)
      edited.places.update(place)
    }
    for var link in network.roadLinks {
      link.source = pick(&random)
      edited.roadLinks.update(link)
    }
    for var connector in network.connectors {
      connector.source = pick(&random)
      edited.connectors.update(connector)
    }
    for var line in network.lines {
      line.source = pick(&random)
      for index in line.stops.indices { line.stops[index].source = pick(&random) }
      edited.lines.update(line)
    }
    return edited
  }
}
