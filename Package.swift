// swift-tools-version:6.0
// commute-analyze: door-to-door travel times, coverage gaps and scenarios for the
// Changchun metropolitan area. Toolchain only: no package dependencies.
import PackageDescription

let package = Package(
  name: "commute-analyze",
  platforms: [.macOS(.v13)],
  products: [
    .library(name: "Graph", targets: ["Graph"]),
    .library(name: "TransitModel", targets: ["TransitModel"]),
    .executable(name: "commute-analyze", targets: ["commute-analyze"]),
    .executable(name: "graph-bench", targets: ["graph-bench"]),
    .executable(name: "network-generator", targets: ["network-generator"]),
  ],
  targets: [
    // The shortest-path engine: no knowledge of transport.
    .target(name: "Graph"),
    // Places, stops, lines, profiles and the door-to-door semantics; builds graphs for Graph.
    .target(name: "TransitModel", dependencies: ["Graph"]),
    // The command-line tool: parsing, formatting, files.
    .executableTarget(name: "commute-analyze", dependencies: ["TransitModel"]),
    // Times the engine on ../shared/bench graphs; prints the peers' JSON lines.
    .executableTarget(name: "graph-bench", dependencies: ["Graph"]),
    // Writes a synthetic network N times the size of a given one, for scale tests; depends on no
    // other target (it reads and writes the CSV format on its own).
    .executableTarget(name: "network-generator"),
    .testTarget(name: "GraphTests", dependencies: ["Graph"], exclude: ["Fixtures"]),
    .testTarget(name: "TransitModelTests", dependencies: ["TransitModel"], exclude: ["Fixtures"]),
    .testTarget(name: "NetworkDataTests", dependencies: ["TransitModel"]),
    .testTarget(
      name: "CommuteAnalyzeTests", dependencies: ["commute-analyze", "TransitModel"],
      exclude: ["Golden", "Fixtures"]),
    .testTarget(
      name: "NetworkGeneratorTests", dependencies: ["network-generator", "TransitModel"]),
  ],
  swiftLanguageModes: [.v6]
)
