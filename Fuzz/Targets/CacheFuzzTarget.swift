import Foundation

@testable import TransitModel

/// libFuzzer entry: `NetworkCache(decoding:)` on damaged copies of the coverage fixture's cache.
///
/// The input is read as edits of that cache (each 3 bytes: a 16-bit position in the cache's body,
/// little-endian, modulo its length, and the byte written there; a last single byte cuts that many
/// bytes off the end), then the length and checksum are fixed up, as a forger would, so the
/// reader's structure checks are what is exercised, not only the checksum. The raw input is also
/// read as a cache on its own. Checks, besides "no trap, no sanitizer report": the raw input is
/// refused unless it is a well-formed cache; a damaged copy is refused or reads as a cache that
/// writes and reads back to the same network, hash, source files and compiled structures (the
/// same bytes), and whose stored structure of every profile weights and searches without a trap.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNetworkCache(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let input = Array(UnsafeBufferPointer(start: data, count: size))
  _ = try? NetworkCache(decoding: input, toolVersion: CacheFuzz.toolVersion)
  var bytes = Array(CacheFuzz.valid.dropLast(8))
  let header = 20
  let body = bytes.count - header
  var index = 0
  while index + 3 <= input.count {
    let position = (Int(input[index]) | Int(input[index + 1]) << 8) % body
    bytes[header + position] = input[index + 2]
    index += 3
  }
  if index < input.count { bytes.removeLast(min(Int(input[index]), body)) }
  withUnsafeBytes(of: UInt64(bytes.count + 8).littleEndian) {
    bytes.replaceSubrange(12..<20, with: $0)
  }
  withUnsafeBytes(of: FastChecksum.checksum(bytes).littleEndian) { bytes.append(contentsOf: $0) }
  guard let cache = try? NetworkCache(decoding: bytes, toolVersion: CacheFuzz.toolVersion) else {
    return 0
  }
  do {
    let written = cache.encoded()
    let again = try NetworkCache(decoding: written, toolVersion: CacheFuzz.toolVersion)
    guard again.network == cache.network, again.networkHash == cache.networkHash,
      again.sourceFiles == cache.sourceFiles, again.isEmbedded == cache.isEmbedded,
      again.encoded() == written
    else {
      fatalError("NetworkCache: a cache read back differs from the one written")
    }
  } catch {
    fatalError("NetworkCache: a cache it read and wrote again is refused: \(error)")
  }
  // What was read is trusted as written: weighting it and searching it must not trap.
  let network = cache.network
  let places = network.places.count
  for profile in Profile.allCases where places > 0 {
    var engine = TravelTimeEngine(network: network, profile: profile)
    _ = engine.trip(from: 0, to: places - 1)
    _ = engine.trips([places - 1], direction: .to)
  }
  return 0
}

/// The cache every input damages: the CLI tests' coverage fixture, loaded once.
enum CacheFuzz {
  static let toolVersion = "fuzz"
  static let valid: [UInt8] = {
    let files = FuzzFixtures.coverageFixtureFiles
    return NetworkCache(
      network: FuzzFixtures.load(files, "the coverage fixture"), files: files,
      networkHash: ContentHash.networkHash(files: files.files), isEmbedded: false,
      toolVersion: toolVersion
    ).encoded()
  }()
}
