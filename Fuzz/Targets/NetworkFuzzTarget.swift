import Foundation
import TransitModel

/// libFuzzer entry: `NetworkLoader.load` on the default network with one table replaced.
///
/// The first byte picks the table (`NetworkLoader.tableNames[byte % 12]`); the rest is that
/// table's bytes. Checks, besides "no trap": a load that fails has at least one error, and every
/// diagnostic is located in one of the twelve tables at a line it has; a load that succeeds can
/// be compiled and searched for every profile.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNetworkLoader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  guard size > 0 else { return 0 }
  let names = NetworkLoader.tableNames
  let table = names[Int(data[0]) % names.count]
  var files = FuzzFixtures.changchunFiles
  files.files[table] = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
  do {
    let loaded = try NetworkLoader.load(files)
    FuzzFixtures.requireLocated(loaded.warnings, in: files.files, "load (accepted)")
    FuzzFixtures.search(loaded.network)
  } catch {
    guard error.diagnostics.contains(where: { $0.severity == .error }) else {
      fatalError("load refused the network without an error: \(error.diagnostics)")
    }
    FuzzFixtures.requireLocated(error.diagnostics, in: files.files, "load (refused)")
  }
  return 0
}
