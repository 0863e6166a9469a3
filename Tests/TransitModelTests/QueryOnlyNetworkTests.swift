import XCTest

@testable import TransitModel

/// A network kept only for queries lets go of its source map, and of nothing else: on the Changchun
/// network, the copy without the map equals the network, with its warnings and estimated rows,
/// and compiles to the same graphs, while the network it was made from still locates its rows.
final class QueryOnlyNetworkTests: XCTestCase {
  func test_withoutSourceMap_keepsEverythingButWhereRowsCameFrom() throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../Networks/changchun").standardizedFileURL.path
    let loaded = try NetworkLoader.load(.directory(folder)).network
    let queried = loaded.withoutSourceMap()
    XCTAssertEqual(queried, loaded)
    XCTAssertEqual(queried.warnings, loaded.warnings)
    XCTAssertEqual(queried.estimatedRows, loaded.estimatedRows)
    XCTAssertTrue(queried.sources.origins.isEmpty)
    XCTAssertFalse(loaded.sources.origins.isEmpty)
    let place = try XCTUnwrap(loaded.places.first)
    XCTAssertNotNil(loaded.sources.location(of: .place(place.id), "id"))
    XCTAssertNil(queried.sources.location(of: .place(place.id), "id"))
    for profile in Profile.allCases {
      let expected = CompiledNetwork(network: loaded, profile: profile, parameters: .defaults)
      let compiled = CompiledNetwork(network: queried, profile: profile, parameters: .defaults)
      XCTAssertEqual(compiled.graph.rowOffsets, expected.graph.rowOffsets, "\(profile)")
      XCTAssertEqual(
        (0..<compiled.graph.arcCount).map { compiled.graph.target(ofArc: $0) },
        (0..<expected.graph.arcCount).map { expected.graph.target(ofArc: $0) }, "\(profile)")
      XCTAssertEqual(compiled.graph.arcWeights, expected.graph.arcWeights, "\(profile)")
    }
  }
}
