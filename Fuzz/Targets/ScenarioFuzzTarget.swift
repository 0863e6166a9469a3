import Foundation
import TransitModel

/// The default network, loaded once, and its hash (a scenario may name it).
private let base = FuzzFixtures.load(FuzzFixtures.changchunFiles, "Networks/changchun")
private let baseHash = ContentHash.networkHash(files: FuzzFixtures.changchunFiles.files)

/// libFuzzer entry: a scenario file (`JSONReader.read`, `ScenarioReader.read`) applied to the
/// default network (`ScenarioEditor.apply`).
///
/// Checks, besides "no trap": a file that is not read has an error; every diagnostic is located
/// in the scenario or in one of the network's tables at a line it has; an edited network that
/// is accepted can be compiled and searched for every profile with the edited parameters.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzScenario(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  var files = FuzzFixtures.changchunFiles.files
  files["fuzz.json"] = bytes
  if case .failure(let problem) = JSONReader.read(bytes, file: "fuzz.json") {
    FuzzFixtures.requireLocated([problem], in: files, "JSONReader")
  }
  let read = ScenarioReader.read(bytes, file: "fuzz.json")
  FuzzFixtures.requireLocated(read.diagnostics, in: files, "ScenarioReader")
  guard let scenario = read.scenario else {
    guard read.diagnostics.contains(where: { $0.severity == .error }) else {
      fatalError("ScenarioReader returned no scenario and no error")
    }
    return 0
  }
  do {
    let edited = try ScenarioEditor.apply(
      [scenario], to: base, parameters: .defaults, baseNetworkHash: baseHash)
    FuzzFixtures.requireLocated(edited.network.warnings, in: files, "apply (accepted)")
    FuzzFixtures.search(edited.network, parameters: edited.parameters)
  } catch {
    guard error.diagnostics.contains(where: { $0.severity == .error }) else {
      fatalError("apply refused the scenario without an error: \(error.diagnostics)")
    }
    FuzzFixtures.requireLocated(error.diagnostics, in: files, "apply (refused)")
  }
  return 0
}
