import Foundation
import XCTest

@testable import TransitModel

/// Place names and queries that are valid text but extreme: very long, combining marks, bidi
/// controls. Lookups answer (or suggest) quickly and never trap.
final class HostilePlaceNameTests: XCTestCase {
  private func network(names: [String]) throws -> Network {
    let places = names.enumerated().map { index, name in
      Place(
        id: PlaceID("p\(index)"), nameZh: name, nameEn: name, kind: .town, latitude: 43.9,
        longitude: 125.3, population: 1)
    }
    return try Network(manifest: NetworkManifest(name: "names", version: "1"), places: places)
  }

  /// A 20 000-character query against places named with 2 000 characters used to cost a full
  /// Levenshtein table per name (40 million cells each, tens of seconds for `route` and `coverage`);
  /// names whose lengths differ by more than the typo limit are skipped, and very long names are
  /// matched only by substring.
  func test_veryLongUnknownQuery_failsQuickly() throws {
    let network = try network(names: [
      String(repeating: "长", count: 2_000), String(repeating: "x", count: 2_000), "Jilin",
    ])
    let started = Date()
    let result = network.resolvePlace(String(repeating: "y", count: 20_000))
    let seconds = Date().timeIntervalSince(started)
    guard case .failure(let failure) = result else { return XCTFail("resolved \(result)") }
    XCTAssertEqual(failure.suggestions, [])
    XCTAssertLessThan(seconds, 0.5, "lookup took \(seconds) s")
  }

  /// Two long names a few characters apart: the long query is not edit-distance matched (too long
  /// to be a typo), so the lookup stays fast; an exact long name still resolves.
  func test_veryLongNames_resolveExactly_andFailQuickly() throws {
    let long = String(repeating: "ab", count: 3_000)
    let network = try network(names: [long, long + "c", "Jilin"])
    XCTAssertEqual(try network.resolvePlace(long).get(), 0)
    let started = Date()
    let result = network.resolvePlace(String(repeating: "ba", count: 3_000))
    XCTAssertLessThan(Date().timeIntervalSince(started), 0.5)
    guard case .failure = result else { return XCTFail("resolved \(result)") }
  }

  /// Short typos still get suggestions (the limit applies only to long text).
  func test_shortTypo_stillSuggested() throws {
    let network = try network(names: ["Jilin", String(repeating: "长", count: 2_000)])
    guard case .failure(let failure) = network.resolvePlace("Jilim") else { return XCTFail() }
    XCTAssertEqual(failure.suggestions, ["p0"])
  }

  /// Combining marks, bidi overrides, zero-width joiners and emoji resolve as typed.
  func test_unusualScripts_resolveAsTyped() throws {
    let names = [
      "e" + String(repeating: "\u{301}", count: 500), "\u{202E}evil\u{202C}", "a\u{200B}b",
    ]
    let network = try network(names: names + ["👨‍👩‍👧‍👦"])
    for (index, name) in (names + ["👨‍👩‍👧‍👦"]).enumerated() {
      XCTAssertEqual(try network.resolvePlace(name).get(), index, name)
    }
  }
}
