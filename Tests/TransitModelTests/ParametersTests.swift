import Foundation
import XCTest

@testable import TransitModel

final class ParametersTests: XCTestCase {
  func test_defaults_areTheDocumentedOnes_echoedInAStableOrder() {
    let echoed = Parameters.defaults.echoed.map { "\($0.name)=\($0.value)" }
    XCTAssertEqual(
      echoed,
      [
        "rail-boarding-min=10", "rail-alighting-min=5", "airport-boarding-min=60",
        "airport-alighting-min=20", "coach-boarding-min=10", "coach-alighting-min=5",
        "metro-boarding-min=3", "metro-alighting-min=2", "wait-cap-min=30",
        "transfer-penalty-min=5", "service-span-h=16", "dwell-min=2",
        "congestion-factor=1", "parking-min=5", "expressway-speed-kmh=100", "national-speed-kmh=65",
        "provincial-speed-kmh=55", "urban-speed-kmh=30", "off-network-speed-kmh=15",
        "max-off-network-km=10", "grid-km=1",
      ])
  }

  func test_everyNameCanBeSet_andIsEchoed() throws {
    for (index, name) in Parameters.names.enumerated() {
      var parameters = Parameters.defaults
      let value = 0.5 + Double(index) / 4
      try parameters.set(name, to: "\(value)")
      XCTAssertEqual(parameters.value(named: name), value, name)
      XCTAssertEqual(parameters.echoed.first { $0.name == name }?.value, Parameters.format(value))
      XCTAssertNotEqual(parameters, Parameters.defaults, name)
    }
  }

  /// Each name sets the property it names and no other (a table written apart from the library's).
  func test_eachName_setsItsOwnProperty() throws {
    let properties: [(String, KeyPath<Parameters, Double>)] = [
      ("rail-boarding-min", \.railBoardingMinutes), ("rail-alighting-min", \.railAlightingMinutes),
      ("airport-boarding-min", \.airportBoardingMinutes),
      ("airport-alighting-min", \.airportAlightingMinutes),
      ("coach-boarding-min", \.coachBoardingMinutes),
      ("coach-alighting-min", \.coachAlightingMinutes),
      ("metro-boarding-min", \.metroBoardingMinutes),
      ("metro-alighting-min", \.metroAlightingMinutes), ("wait-cap-min", \.waitCapMinutes),
      ("transfer-penalty-min", \.transferPenaltyMinutes), ("service-span-h", \.serviceSpanHours),
      ("dwell-min", \.dwellMinutes), ("congestion-factor", \.congestionFactor),
      ("parking-min", \.parkingMinutes), ("expressway-speed-kmh", \.expresswaySpeedKmh),
      ("national-speed-kmh", \.nationalSpeedKmh), ("provincial-speed-kmh", \.provincialSpeedKmh),
      ("urban-speed-kmh", \.urbanSpeedKmh), ("off-network-speed-kmh", \.offNetworkSpeedKmh),
      ("max-off-network-km", \.maxOffNetworkKm), ("grid-km", \.gridKm),
    ]
    XCTAssertEqual(properties.map(\.0), Parameters.names)
    for (name, _) in properties {
      var parameters = Parameters.defaults
      // 7.25 is inside every range and equals no default.
      try parameters.set(name, to: "7.25")
      for (other, otherProperty) in properties {
        let expected = other == name ? 7.25 : Parameters.defaults[keyPath: otherProperty]
        XCTAssertEqual(parameters[keyPath: otherProperty], expected, "set \(name), read \(other)")
      }
    }
  }

  func test_unitSuffixMayBeOmitted() throws {
    var parameters = Parameters.defaults
    try parameters.set("transfer-penalty", to: "8")
    try parameters.set("wait-cap", to: "45")
    try parameters.set("service-span", to: "12")
    try parameters.set("congestion", to: "1.25")
    try parameters.set("urban-speed", to: "25")
    XCTAssertEqual(parameters.transferPenaltyMinutes, 8)
    XCTAssertEqual(parameters.waitCapMinutes, 45)
    XCTAssertEqual(parameters.serviceSpanHours, 12)
    XCTAssertEqual(parameters.congestionFactor, 1.25)
    XCTAssertEqual(parameters.urbanSpeedKmh, 25)
    XCTAssertEqual(parameters.echoed.first { $0.name == "congestion-factor" }?.value, "1.25")
  }

  func test_unknownName_listsTheNames() {
    var parameters = Parameters.defaults
    XCTAssertThrowsError(try parameters.set("transfer-penalti", to: "5")) { error in
      let text = "\(error)"
      XCTAssertTrue(
        text.hasPrefix("parameter 'transfer-penalti': unknown parameter; known: rail-boarding-min"))
      XCTAssertTrue(text.contains("grid-km"))
    }
  }

  func test_badValues_areRefused() {
    var parameters = Parameters.defaults
    for (name, value) in [
      ("wait-cap", "nan"), ("wait-cap", "inf"), ("wait-cap", "1e999"), ("wait-cap", "-1"),
      ("service-span-h", "0"), ("service-span-h", "25"), ("congestion-factor", "0"),
      ("urban-speed-kmh", "0.5"), ("grid-km", "0"), ("parking", "five"), ("parking", "0x5"),
      ("parking", ""),
    ] {
      XCTAssertThrowsError(try parameters.set(name, to: value), "\(name)=\(value)")
    }
    XCTAssertEqual(parameters, Parameters.defaults)
    XCTAssertThrowsError(try parameters.set("service-span-h", to: "30")) { error in
      XCTAssertEqual("\(error)", "parameter 'service-span-h': must be > 0 and ≤ 24, got '30'")
    }
  }

  /// Networks/README.md documents every parameter with its default; the table must match the code.
  func test_readmeParameterTable_matchesTheDefaults() throws {
    let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../Networks/README.md")
    let text = try String(contentsOf: readme, encoding: .utf8)
    var documented: [String: Double] = [:]
    for line in text.split(separator: "\n") where line.hasPrefix("| `") {
      let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
      guard cells.count >= 3, let name = cells.first?.trimmingCharacters(in: ["`"]),
        Parameters.canonicalName(name) == name
      else { continue }
      documented[name] = Double(cells[2])
    }
    XCTAssertEqual(documented.keys.sorted(), Parameters.names.sorted())
    for name in Parameters.names {
      XCTAssertEqual(documented[name], Parameters.defaults.value(named: name), name)
    }
  }
}
