import Foundation
import TransitModel
import XCTest

/// The default network `Networks/changchun`, read from the checkout (found from this file's path) and
/// loaded once for all data tests.
enum DefaultNetwork {
  /// Absolute path of `Networks/changchun` in the checkout.
  static let folder: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }  // NetworkDataTests, Tests, repository root
    return url.appendingPathComponent("Networks/changchun").path
  }()

  /// The loaded network and its warnings, or the load error's text.
  static let loaded: Result<(network: ValidatedNetwork, warnings: [InputDiagnostic]), LoadFailure> =
    {
      do {
        let loaded = try NetworkLoader.load(try NetworkFiles.directory(folder))
        return .success((loaded.network, loaded.warnings))
      } catch let error as NetworkLoadError {
        return .failure(
          LoadFailure(text: error.diagnostics.map(\.description).joined(separator: "\n")))
      } catch {
        return .failure(LoadFailure(text: "\(error)"))
      }
    }()

  /// The network, or a test failure that shows every load diagnostic.
  static func network(file: StaticString = #filePath, line: UInt = #line) throws
    -> ValidatedNetwork
  {
    switch loaded {
    case .success(let value): return value.network
    case .failure(let failure):
      XCTFail("default network does not load:\n\(failure.text)", file: file, line: line)
      throw failure
    }
  }

  /// One table of the default network as header-keyed rows (for checks on the CSV text itself).
  static func table(_ name: String) throws -> CSVTable {
    let data = try Data(contentsOf: URL(fileURLWithPath: folder).appendingPathComponent(name))
    return try CSVTable(name: name, text: String(decoding: data, as: UTF8.self))
  }

  /// Every CSV table name in the folder, sorted.
  static func tableNames() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".csv") }
      .sorted()
  }
}

/// The load diagnostics, as an error.
struct LoadFailure: Error {
  var text: String
}

extension ValidatedNetwork {
  /// Index of a place that must exist (fails the test otherwise).
  func requirePlace(_ id: String, file: StaticString = #filePath, line: UInt = #line) throws -> Int
  {
    guard let index = placeIndex(of: PlaceID(id)) else {
      XCTFail("no place '\(id)' in the default network", file: file, line: line)
      throw LoadFailure(text: "no place \(id)")
    }
    return index
  }
}
