import TransitModel
import XCTest

/// SHA-256 against the FIPS 180-4 examples (and the empty message).
final class SHA256Tests: XCTestCase {
  func test_abc() {
    XCTAssertEqual(
      SHA256.hexDigest(Array("abc".utf8)),
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
  }

  func test_448BitMessage_spansTwoBlocks() {
    XCTAssertEqual(
      SHA256.hexDigest(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)),
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
  }

  func test_oneMillionA_fedInUnevenChunks() {
    var hash = SHA256()
    var remaining = 1_000_000
    var chunk = 1
    while remaining > 0 {
      let size = min(chunk, remaining)
      hash.update([UInt8](repeating: 0x61, count: size))
      remaining -= size
      chunk = chunk * 3 % 997 + 1
    }
    XCTAssertEqual(
      SHA256.hex(hash.finalize()),
      "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }

  func test_contiguousAndByteByByteChunksMixed_matchSha256sum() throws {
    // Arrays take the block-in-place path, lazy sequences the byte-by-byte one; both share the
    // buffer of an unfinished block.
    let bytes = [UInt8]((0..<5_000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 7) })
    var hash = SHA256()
    var start = 0
    var chunk = 1
    var asArray = true
    while start < bytes.count {
      let end = min(bytes.count, start + chunk)
      if asArray {
        hash.update(Array(bytes[start..<end]))
      } else {
        hash.update((start..<end).lazy.map { bytes[$0] })
      }
      asArray.toggle()
      start = end
      chunk = chunk * 5 % 211 + 1
    }
    XCTAssertEqual(SHA256.hex(hash.finalize()), try Sha256sum.digest(bytes))
  }

  func test_emptyMessage() {
    XCTAssertEqual(
      SHA256.hexDigest([UInt8]()),
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
  }

  func test_lengthsAroundThePaddingBoundary_matchSha256sum() throws {
    // 55, 56, 63, 64 and 65 bytes exercise one- and two-block padding; compared with sha256sum.
    for length in [55, 56, 63, 64, 65, 119, 120] {
      let bytes = [UInt8]((0..<length).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ 3) })
      XCTAssertEqual(SHA256.hexDigest(bytes), try Sha256sum.digest(bytes), "length \(length)")
    }
  }

  func test_networkHash_isTheHashOfTheSortedSha256sumListing() throws {
    // `cd NET && sha256sum *.csv | sha256sum`: lines "<hex>  <name>\n" sorted by name.
    let files: [String: [UInt8]] = [
      "places.csv": Array("id\na\n".utf8), "lines.csv": Array("id\n".utf8),
      "notes.txt": Array("ignored".utf8),
    ]
    let listing =
      SHA256.hexDigest(Array("id\n".utf8)) + "  lines.csv\n"
      + SHA256.hexDigest(Array("id\na\n".utf8)) + "  places.csv\n"
    XCTAssertEqual(ContentHash.listing(files: files), listing)
    XCTAssertEqual(ContentHash.networkHash(files: files), try Sha256sum.digest(Array(listing.utf8)))
  }
}

/// The system's `sha256sum`, as an independent reference.
enum Sha256sum {
  static func digest(_ bytes: [UInt8]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["sha256sum"]
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    try process.run()
    input.fileHandleForWriting.write(Data(bytes))
    try input.fileHandleForWriting.close()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(String(decoding: data, as: UTF8.self).prefix(64))
  }
}
