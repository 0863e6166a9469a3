import Foundation

/// Paths inside the checkout, found from this file's location (no resources, no bundles).
enum RepositoryPaths {
  /// The repository root.
  static let root: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  static let defaultNetwork = root.appendingPathComponent("Networks/changchun")
  static let embeddedSource = root.appendingPathComponent(
    "Sources/commute-analyze/DefaultNetwork/EmbeddedNetworkFiles.swift")
  static let testsFolder = root.appendingPathComponent("Tests/CommuteAnalyzeTests")
  static let golden = testsFolder.appendingPathComponent("Golden")
  static let fixtures = testsFolder.appendingPathComponent("Fixtures")
  /// The model tests' three-town network (a train, a coach, roads through a junction).
  static let threeTowns = root.appendingPathComponent(
    "Tests/TransitModelTests/Fixtures/three-towns")

  /// `*.csv` files directly in `folder`, sorted by name (byte order), with their bytes.
  static func csvFiles(in folder: URL) throws -> [(name: String, bytes: [UInt8])] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return try names.filter { $0.hasSuffix(".csv") }
      .sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
      .map { name in
        (name, [UInt8](try Data(contentsOf: folder.appendingPathComponent(name))))
      }
  }
}
