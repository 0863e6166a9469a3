import Foundation
import XCTest

/// `isochrone` end to end: the built binary on a fixture network, its GeoJSON checked for validity
/// (closure, ≥ 4 positions, RFC 7946 orientation), nesting, agreement with the grid it was contoured
/// from, escaping, determinism and usage errors.
final class IsochroneCommandTests: XCTestCase {
  private typealias Position = (longitude: Double, latitude: Double)
  private typealias Ring = [Position]
  private typealias Polygon = [Ring]

  private static let network = Result { try IsochroneFixtureNetwork.folder().path }

  private func run(_ arguments: [String]) throws -> ToolRun {
    try ToolRunner.run(arguments + ["--network", try Self.network.get()])
  }

  private func json(_ run: ToolRun) throws -> [String: Any] {
    let object = try JSONSerialization.jsonObject(with: Data(run.stdoutBytes))
    return try XCTUnwrap(object as? [String: Any], run.stderr)
  }

  private func polygons(_ feature: [String: Any]) throws -> [Polygon] {
    let geometry = try XCTUnwrap(feature["geometry"] as? [String: Any], "null geometry")
    let type = try XCTUnwrap(geometry["type"] as? String)
    let coordinates = try XCTUnwrap(geometry["coordinates"] as? [Any])
    func ring(_ value: Any) throws -> Ring {
      try XCTUnwrap(value as? [[Double]]).map { position in
        XCTAssertEqual(position.count, 2)
        return (position[0], position[1])
      }
    }
    func polygon(_ value: Any) throws -> Polygon { try XCTUnwrap(value as? [Any]).map(ring) }
    switch type {
    case "Polygon": return [try polygon(coordinates)]
    case "MultiPolygon": return try coordinates.map(polygon)
    default:
      XCTFail("unexpected geometry type \(type)")
      return []
    }
  }

  private func signedArea(_ ring: Ring) -> Double {
    var twice = 0.0
    for index in 0..<(ring.count - 1) {
      twice +=
        ring[index].longitude * ring[index + 1].latitude
        - ring[index + 1].longitude * ring[index].latitude
    }
    return twice / 2
  }

  private func ringContains(_ ring: Ring, _ point: Position) -> Bool {
    var inside = false
    var j = ring.count - 1
    for i in 0..<ring.count {
      let a = ring[i]
      let b = ring[j]
      if (a.latitude > point.latitude) != (b.latitude > point.latitude),
        point.longitude < (b.longitude - a.longitude) * (point.latitude - a.latitude)
          / (b.latitude - a.latitude) + a.longitude
      {
        inside.toggle()
      }
      j = i
    }
    return inside
  }

  private func contains(_ polygons: [Polygon], _ point: Position) -> Bool {
    polygons.contains { polygon in
      ringContains(polygon[0], point) && !polygon.dropFirst().contains { ringContains($0, point) }
    }
  }

  func test_defaultBands_areValidNestedPolygonsWithProvenance() throws {
    let result = try run(["isochrone", "--within", "30,60,90,120", "--format", "geojson"])
    XCTAssertEqual(result.status, 0, result.stderr)
    let document = try json(result)
    XCTAssertEqual(document["type"] as? String, "FeatureCollection")
    let provenance = try XCTUnwrap(document["provenance"] as? [String: Any])
    let parameters = try XCTUnwrap(provenance["parameters"] as? [String: Any])
    XCTAssertEqual(parameters["grid-km"] as? Double, 1)
    XCTAssertEqual(parameters["off-network-speed-kmh"] as? Double, 15)
    XCTAssertEqual(parameters["max-off-network-km"] as? Double, 10)
    XCTAssertEqual(provenance["profiles"] as? [String], ["any"])
    let network = try XCTUnwrap(provenance["network"] as? [String: Any])
    XCTAssertEqual((network["sha256"] as? String)?.count, 64)
    let isochrone = try XCTUnwrap(provenance["isochrone"] as? [String: Any])
    XCTAssertEqual(isochrone["cutoffs_min"] as? [Double], [30, 60, 90, 120])
    XCTAssertEqual(isochrone["origins"] as? [String], ["changchun"])
    XCTAssertEqual(isochrone["grid_km"] as? Double, 1)
    XCTAssertTrue((isochrone["projection"] as? String)?.contains("azimuthal equidistant") == true)
    let features = try XCTUnwrap(document["features"] as? [[String: Any]])
    XCTAssertEqual(features.count, 4)
    var bands: [[Polygon]] = []
    for (feature, minutes) in zip(features, [30.0, 60, 90, 120]) {
      let properties = try XCTUnwrap(feature["properties"] as? [String: Any])
      XCTAssertEqual(properties["origin"] as? String, "changchun")
      XCTAssertEqual(properties["minutes"] as? Double, minutes)
      XCTAssertEqual(properties["profile"] as? String, "any")
      XCTAssertEqual(properties["placeholder"] as? Bool, false)
      let polygons = try polygons(feature)
      XCTAssertFalse(polygons.isEmpty)
      for polygon in polygons {
        for (index, ring) in polygon.enumerated() {
          XCTAssertGreaterThanOrEqual(ring.count, 4)
          XCTAssertEqual(ring.first?.longitude, ring.last?.longitude)
          XCTAssertEqual(ring.first?.latitude, ring.last?.latitude)
          XCTAssertEqual(signedArea(ring) > 0, index == 0, "outer CCW, holes CW")
        }
      }
      bands.append(polygons)
    }
    // Nesting: points sampled on a fine lattice over each band's extent that are inside it are
    // inside the next larger band too. (Vertices are not used: where a band ends at unreached
    // ground, consecutive bands share that stretch of boundary.)
    for k in 1..<bands.count {
      let positions = bands[k - 1].flatMap { $0[0] }
      let west = try XCTUnwrap(positions.map(\.longitude).min())
      let east = try XCTUnwrap(positions.map(\.longitude).max())
      let south = try XCTUnwrap(positions.map(\.latitude).min())
      let north = try XCTUnwrap(positions.map(\.latitude).max())
      for i in 0...70 {
        for j in 0...70 {
          let point = (
            west + (east - west) * (Double(i) + 0.37) / 71,
            south + (north - south) * (Double(j) + 0.61) / 71
          )
          if contains(bands[k - 1], point) {
            XCTAssertTrue(contains(bands[k], point), "band \(k - 1) leaves band \(k) at \(point)")
          }
        }
      }
    }
    for band in bands { XCTAssertTrue(contains(band, (125.3245, 43.8868))) }
  }

  func test_defaultNetwork_isochrone_isValidGeoJSON() throws {
    // The embedded Changchun network, no --network: the command as a planner types it.
    let result = try ToolRunner.run([
      "isochrone", "--within", "30,60,90,120", "--format", "geojson",
    ])
    XCTAssertEqual(result.status, 0, result.stderr)
    let features = try XCTUnwrap(try json(result)["features"] as? [[String: Any]])
    XCTAssertEqual(features.count, 4)
    for feature in features {
      let properties = try XCTUnwrap(feature["properties"] as? [String: Any])
      XCTAssertEqual(properties["origin"] as? String, "changchun")
      XCTAssertEqual(properties["profile"] as? String, "any")
      XCTAssertEqual(properties["placeholder"] as? Bool, false)
      for polygon in try polygons(feature) {
        for (index, ring) in polygon.enumerated() {
          XCTAssertGreaterThanOrEqual(ring.count, 4)
          XCTAssertEqual(ring.first?.longitude, ring.last?.longitude)
          XCTAssertEqual(ring.first?.latitude, ring.last?.latitude)
          XCTAssertEqual(signedArea(ring) > 0, index == 0, "outer CCW, holes CW")
        }
      }
    }
  }

  func test_bands_agreeWithTheGridNodesTheyWereContouredFrom() throws {
    // The CSV lists every reached grid node; a node is inside the T band exactly when its minutes
    // are ≤ T (contours stay 1 % of a cell away from nodes, so no node is on a boundary).
    let grid = try run(["isochrone", "--within", "45,100", "--format", "csv"])
    XCTAssertEqual(grid.status, 0, grid.stderr)
    let rows = grid.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",") }
    XCTAssertGreaterThan(rows.count, 500)
    let bands = try json(run(["isochrone", "--within", "45,100"]))
    let features = try XCTUnwrap(bands["features"] as? [[String: Any]])
    let polygons45 = try polygons(features[0])
    let polygons100 = try polygons(features[1])
    for row in rows {
      let point = (try XCTUnwrap(Double(row[3])), try XCTUnwrap(Double(row[4])))
      let minutes = try XCTUnwrap(Double(row[5]))
      // Minutes are written with 2 decimals: skip nodes within rounding of a cutoff.
      if abs(minutes - 45) > 0.01 {
        XCTAssertEqual(contains(polygons45, point), minutes < 45, "\(row)")
      }
      if abs(minutes - 100) > 0.01 {
        XCTAssertEqual(contains(polygons100, point), minutes < 100, "\(row)")
      }
    }
  }

  func test_severalOrigins_givePerOriginBands_orOneUnionBand() throws {
    let separate = try json(run(["isochrone", "--from", "changchun,jilin", "--within", "60"]))
    let perOrigin = try XCTUnwrap(separate["features"] as? [[String: Any]])
    XCTAssertEqual(
      perOrigin.compactMap { ($0["properties"] as? [String: Any])?["origin"] as? String },
      ["changchun", "jilin"])
    let union = try json(
      run(["isochrone", "--from", "changchun", "--from", "吉林", "--within", "60", "--union"]))
    let unionFeatures = try XCTUnwrap(union["features"] as? [[String: Any]])
    XCTAssertEqual(unionFeatures.count, 1)
    let properties = try XCTUnwrap(unionFeatures[0]["properties"] as? [String: Any])
    XCTAssertEqual(properties["origins"] as? [String], ["changchun", "jilin"])
    let unionPolygons = try polygons(unionFeatures[0])
    // The union contains both origins, and every point of each origin's own band (sampled on a
    // lattice over the band's extent): within T of one origin is within T of the nearest.
    XCTAssertTrue(contains(unionPolygons, (125.3245, 43.8868)))
    XCTAssertTrue(contains(unionPolygons, (126.5496, 43.8378)))
    for feature in perOrigin {
      let single = try polygons(feature)
      let positions = single.flatMap { $0[0] }
      let west = try XCTUnwrap(positions.map(\.longitude).min())
      let east = try XCTUnwrap(positions.map(\.longitude).max())
      let south = try XCTUnwrap(positions.map(\.latitude).min())
      let north = try XCTUnwrap(positions.map(\.latitude).max())
      for i in 0..<50 {
        for j in 0..<50 {
          let point = (
            west + (east - west) * (Double(i) + 0.43) / 50,
            south + (north - south) * (Double(j) + 0.57) / 50
          )
          if contains(single, point) {
            XCTAssertTrue(contains(unionPolygons, point), "union misses \(point)")
          }
        }
      }
    }
  }

  func test_hostileOriginName_isEscapedJSON_andCutoffsHaveNoCap() throws {
    let result = try run(["isochrone", "--from", "xscript", "--within", "0,100000"])
    XCTAssertEqual(result.status, 0, result.stderr)
    XCTAssertFalse(result.stdout.contains("<script>"))
    let features = try XCTUnwrap(try json(result)["features"] as? [[String: Any]])
    XCTAssertEqual(features.count, 2)
    let first = try XCTUnwrap(features[0]["properties"] as? [String: Any])
    XCTAssertEqual(first["origin_name"] as? String, "<script>alert(1)</script>")
    // Nothing is within 0 minutes on the grid: a small polygon around the origin, never null.
    XCTAssertEqual(first["placeholder"] as? Bool, true)
    XCTAssertEqual(try polygons(features[0]).count, 1)
    XCTAssertEqual((features[1]["properties"] as? [String: Any])?["placeholder"] as? Bool, false)
  }

  func test_sameCommand_givesTheSameBytes() throws {
    let arguments = ["isochrone", "--from", "changchun,siping", "--within", "20,75"]
    let first = try run(arguments)
    let second = try run(arguments)
    XCTAssertEqual(first.status, 0, first.stderr)
    XCTAssertEqual(first.stdoutBytes, second.stdoutBytes)
  }

  func test_badOptions_exit2_andNameTheOption() throws {
    let cases: [([String], String)] = [
      (["isochrone", "--within", "abc"], "'--within'"),
      (["isochrone", "--within", "-5"], "'--within'"),
      (["isochrone", "--within", "nan"], "'--within'"),
      (["isochrone", "--from", "atlantis"], "'--from'"),
      (["isochrone", "--direction", "sideways"], "'--direction'"),
      (["isochrone", "--param", "grid-km=0"], "grid"),
      (["isochrone", "--grid-km", "0.001"], "'--grid-km'"),
      (["isochrone", "--max-off-network-km", "0"], "'--max-off-network-km'"),
    ]
    for (arguments, mention) in cases {
      let result = try run(arguments)
      XCTAssertEqual(result.status, 2, "\(arguments)")
      XCTAssertEqual(result.stdout, "", "\(arguments)")
      XCTAssertTrue(result.stderr.contains(mention), "\(arguments): \(result.stderr)")
    }
  }
}
