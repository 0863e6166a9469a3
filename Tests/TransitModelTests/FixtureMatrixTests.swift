import Foundation
import Graph
import XCTest

@testable import TransitModel

/// The `Fixtures/three-towns` network read from disk (CRLF, quoted cells with commas and quotes),
/// and its matrices per profile as tables of minutes ("-" = unreachable).
///
///     alpha —walk 5— [st-alpha] ==hsr, 40 min, every 30== [st-beta] —metro 10— beta
///     beta  ——————————————— [st-beta] ==coach, 60 min, 8 a day== [st-gamma] —walk 2— gamma
///     roads: alpha —G1 expressway 100 km— j1 —G102 national 32.5 km— beta —S201 provincial 55 km— gamma
final class FixtureMatrixTests: XCTestCase {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/three-towns").path

  private func matrixMinutes(_ profile: Profile) throws -> [[String]] {
    let network = try NetworkLoader.load(NetworkFiles.directory(Self.folder)).network
    let engine = TravelTimeEngine(network: network, profile: profile)
    let count = network.places.count
    let seconds = engine.matrix()
    return (0..<count).map { row in
      (0..<count).map { column in
        guard let value = seconds[row, column] else { return "-" }
        return Parameters.format(Double(value) / 60)
      }
    }
  }

  func test_loadsFromDisk_withQuotedCellsAndCRLF() throws {
    let (network, warnings) = try NetworkLoader.load(NetworkFiles.directory(Self.folder))
    XCTAssertEqual(warnings, [])
    XCTAssertEqual(
      network.manifest.description, "Three towns, one junction: a train, a coach and roads")
    XCTAssertEqual(network.places.map(\.nameZh), ["阿尔法", "贝塔", "伽马"])
    XCTAssertEqual(network.places[2].populationSource, "est. \"small town\"")
    XCTAssertEqual(network.places.map(\.scope), [.yes, .partial, .no])
    XCTAssertEqual(network.corridors[0].links(in: network.network), ["r1", "r2"])
    XCTAssertEqual(network.corridors[0].lineIDs, ["hsr"])
  }

  func test_missingFolder_isADiagnostic() {
    XCTAssertThrowsError(try NetworkFiles.directory(Self.folder + "-missing")) { error in
      let diagnostics = (error as? NetworkLoadError)?.diagnostics.map(\.description) ?? []
      XCTAssertEqual(
        diagnostics, ["\(Self.folder)-missing:1:1: error: network folder not found or not readable"]
      )
    }
  }

  func test_transitMatrix() throws {
    // alpha → beta: walk 5 + boarding 10 + wait 15 + ride 40 + alighting 5 + metro 10 = 85 (and back).
    // beta → gamma: metro 10 + boarding 10 (rail station) + wait min(16 h / 8 / 2, 30) = 30 + 60
    //   + coach alighting 5 + walk 2 = 117; gamma → beta: 2 + coach boarding 10 + 30 + 60 + 5 + 10 = 117.
    // alpha → gamma: 5 + 10 + 15 + 40 + (penalty 5 + wait 30) + 60 + 5 + 2 = 172 (and back: 2 + 10
    //   + 30 + 60 + (5 + 15) + 40 + 5 + 5 = 172).
    XCTAssertEqual(
      try matrixMinutes(.transit),
      [
        ["0", "85", "172"],
        ["85", "0", "117"],
        ["172", "117", "0"],
      ])
  }

  func test_railMatrix_hasNoCoach() throws {
    XCTAssertEqual(
      try matrixMinutes(.rail),
      [
        ["0", "85", "-"],
        ["85", "0", "-"],
        ["-", "-", "0"],
      ])
  }

  func test_carMatrix() throws {
    // 100 km ÷ 100 = 60; 32.5 km ÷ 65 = 30; 55 km ÷ 55 = 60; parking 5.
    // alpha → beta 60 + 30 + 5 = 95; beta → gamma 60 + 5 = 65; alpha → gamma 150 + 5 = 155.
    XCTAssertEqual(
      try matrixMinutes(.car),
      [
        ["0", "95", "155"],
        ["95", "0", "65"],
        ["155", "65", "0"],
      ])
  }

  func test_anyMatrix_isTheBestOfCarTransitAndParkAndRide() throws {
    // alpha → beta by P&R = drive 5 + parking 5 + 10 + 15 + 40 + 5 + 10 = 90 > 85 by train;
    // alpha → gamma by car 155 < 172 by train and < 177 by P&R at st-alpha.
    // gamma → alpha: park and ride wins: drive to beta 60 + drive to st-beta 10 + parking 5
    //   + boarding 10 + wait 15 + ride 40 + alighting 5 + walk 5 = 150 < 155 by car, 172 by transit.
    //   (st-gamma forbids park and ride.)
    XCTAssertEqual(
      try matrixMinutes(.any),
      [
        ["0", "85", "155"],
        ["85", "0", "65"],
        ["150", "65", "0"],
      ])
    let network = try NetworkLoader.load(NetworkFiles.directory(Self.folder)).network
    var engine = TravelTimeEngine(network: network, profile: .any)
    let trip = try XCTUnwrap(engine.trip(from: 2, to: 0))
    // The road drive to beta, then the urban drive to st-beta as its own leg: its minutes and
    // kilometres come from the connector, not from road links.
    XCTAssertEqual(
      trip.legs.map(\.kind),
      [.drive, .drive, .parking, .boardingOverhead, .wait, .ride, .alightingOverhead, .egress])
    XCTAssertEqual(trip.legs[0].to, .place("beta"))
    XCTAssertEqual(trip.legs[0].seconds, 60 * 60)
    XCTAssertEqual(trip.legs[0].distance?.basis, .road)
    XCTAssertEqual(trip.legs[1].seconds, 10 * 60)
    XCTAssertEqual(trip.legs[1].distance?.basis, .straightLine)
  }
}
