import TransitModel
import XCTest

/// `SHA256.digests(of:)`, which hashes several messages at once in SIMD lanes, against the scalar
/// `SHA256` and the FIPS 180-4 examples; and the network listing built with it.
final class SHA256LanesTests: XCTestCase {
  /// Lengths around the block and padding boundaries: 55 is the longest message whose padding
  /// fits its last block, 56 the shortest that needs one more block.
  private static let edgeLengths = [0, 1, 55, 56, 63, 64, 65, 119, 120, 128]

  private func randomBytes(_ count: Int, _ random: inout SplitMix64) -> [UInt8] {
    (0..<count).map { _ in UInt8(truncatingIfNeeded: random.next()) }
  }

  /// A random set of messages: 0 to 12, each of an edge length, a random short length or (more
  /// rarely) several KB.
  private func randomMessages(_ random: inout SplitMix64) -> [[UInt8]] {
    (0..<random.int(0...12)).map { _ in
      let length: Int
      switch random.int(below: 10) {
      case 0..<6: length = Self.edgeLengths[random.int(below: Self.edgeLengths.count)]
      case 6..<9: length = random.int(0...300)
      default: length = random.int(2_000...9_000)
      }
      return randomBytes(length, &random)
    }
  }

  func test_digests_equalTheScalarDigests_onRandomMessageSets() {
    for seed in 0..<150 {
      var random = SplitMix64(seed: UInt64(seed) &+ 31_000)
      let messages = randomMessages(&random)
      let expected = messages.map { SHA256.digest($0) }
      XCTAssertEqual(
        SHA256.digests(of: messages), expected,
        "seed \(seed), lengths \(messages.map(\.count))")
    }
  }

  func test_knownAnswers_throughTheLanes() {
    // The FIPS 180-4 examples (and the empty message), each twice, in an order that puts
    // messages of different lengths side by side in the four lanes: twelve blocks in all.
    let vectors: [(String, String)] = [
      (
        "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqr"
          + "lmnopqrsmnopqrstnopqrstu",
        "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
      ),
      ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
      (
        "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
      ),
      ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    ]
    let cases = vectors + vectors.reversed()
    let digests = SHA256.digests(of: cases.map { Array($0.0.utf8) })
    XCTAssertEqual(digests.map { SHA256.hex($0) }, cases.map(\.1))
  }

  func test_lastBusyLane_finishesInTheScalarCodeOrInItsPaddedTail() {
    // One long message and short ones: the long one ends up alone in the lanes and is finished
    // by the scalar code. With 120 bytes and five empty messages, the 120-byte message is alone
    // in its second (padding) block and stays in the lanes to the end.
    var random = SplitMix64(seed: 4_242)
    let shapes = [
      [5_000, 3, 70, 0], [64 * 40, 64, 64, 64, 64, 64], [120, 0, 0, 0, 0, 0],
      [1_000, 1_000, 1_000, 1_000, 1_000], [56, 56, 56, 56, 56, 56, 56, 56],
    ]
    for lengths in shapes {
      let messages = lengths.map { randomBytes($0, &random) }
      XCTAssertEqual(
        SHA256.digests(of: messages), messages.map { SHA256.digest($0) }, "lengths \(lengths)")
    }
  }

  func test_listing_equalsTheListingOfTheScalarDigests() {
    for seed in 0..<20 {
      var random = SplitMix64(seed: UInt64(seed) &+ 32_000)
      var files: [String: [UInt8]] = [:]
      for (index, bytes) in randomMessages(&random).enumerated() {
        let name = random.chance(0.2) ? "notes\(index).txt" : "table\(index).csv"
        files[name] = bytes
      }
      let names = files.keys.filter { $0.hasSuffix(".csv") }.sorted {
        Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8))
      }
      let expected = names.map { SHA256.hexDigest(files[$0]!) + "  " + $0 + "\n" }.joined()
      XCTAssertEqual(ContentHash.listing(files: files), expected, "seed \(seed)")
      XCTAssertEqual(ContentHash.networkHash(files: files), SHA256.hexDigest(Array(expected.utf8)))
    }
  }
}
