import Foundation
import XCTest

@testable import TransitModel

/// `CacheInput`: a cache read through a window of any size, moved on as it is read, gives what
/// reading the whole file at once gives — the same network, source map and graphs, and for damaged
/// bytes the same refusal at the same byte — and the checksum of content given in pieces is the
/// checksum of the whole.
final class CacheInputTests: XCTestCase {
  private static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures")
  private static let changchun = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../Networks/changchun").standardizedFileURL.path

  /// Window sizes: the smallest a window has, odd ones that cut every field somewhere, and one
  /// that holds the whole file.
  private static let windows = [64, 65, 97, 250, 4_096, Int.max / 2]

  private func cacheBytes(_ folder: String) throws -> [UInt8] {
    let files = try NetworkFiles.directory(folder)
    return NetworkCache(
      network: try NetworkLoader.load(files).network, files: files,
      networkHash: ContentHash.networkHash(files: files.files), isEmbedded: false,
      toolVersion: "9.9.9"
    ).encoded()
  }

  private func read(_ bytes: [UInt8], window: Int) -> Result<NetworkCache, NetworkCacheError> {
    Result { () throws(NetworkCacheError) in
      try NetworkCache(
        CacheInput(bytes, chunkSize: min(window, max(bytes.count, 64))), toolVersion: "9.9.9")
    }
  }

  func test_windowsOfAnySize_readWhatTheWholeFileGives() throws {
    for folder in [Self.fixtures.appendingPathComponent("three-towns").path, Self.changchun] {
      let bytes = try cacheBytes(folder)
      let whole = try read(bytes, window: .max).get()
      for window in Self.windows {
        let cache = try read(bytes, window: window).get()
        XCTAssertEqual(cache.network, whole.network, "window \(window)")
        XCTAssertEqual(cache.network.warnings, whole.network.warnings, "window \(window)")
        // Written back, it is the same file: tables, source map (its blocks' rows read across
        // windows) and compiled graphs (read into bytes of their own).
        XCTAssertEqual(cache.encoded(), bytes, "window \(window)")
        XCTAssertEqual(cache.network.sources.origins.count, whole.network.sources.origins.count)
      }
    }
  }

  /// Damage that keeps the length and checksum right reaches the body: whatever the window, the
  /// refusal is the same, down to the byte it names.
  func test_damagedBodies_areRefusedAlike_whateverTheWindow() throws {
    let bytes = try cacheBytes(Self.fixtures.appendingPathComponent("three-towns").path)
    var random = SplitMix64(seed: 606)
    var refused = 0
    for round in 0..<400 {
      var damaged = Array(bytes.dropLast(8))
      let index = 20 + random.int(below: damaged.count - 20)
      if round % 2 == 0 {
        damaged[index] = UInt8(truncatingIfNeeded: random.next())
      } else {
        damaged.removeLast(random.int(1...min(64, damaged.count - 21)))
      }
      let length = UInt64(damaged.count + 8).littleEndian
      withUnsafeBytes(of: length) { damaged.replaceSubrange(12..<20, with: $0) }
      withUnsafeBytes(of: FastChecksum.checksum(damaged).littleEndian) {
        damaged.append(contentsOf: $0)
      }
      let whole = read(damaged, window: .max)
      if case .failure = whole { refused += 1 }
      for window in Self.windows.dropLast() {
        switch (read(damaged, window: window), whole) {
        case (.failure(let error), .failure(let expected)):
          XCTAssertEqual(error, expected, "round \(round), window \(window)")
        case (.success(let cache), .success(let expected)):
          XCTAssertEqual(cache.encoded(), expected.encoded(), "round \(round), window \(window)")
        default:
          XCTFail("round \(round), window \(window): read whole \(whole), not in windows")
        }
      }
    }
    XCTAssertGreaterThan(refused, 100)
  }

  /// Truncated and changed files are refused for their checksum (or length) before anything
  /// the body says, whatever the window.
  func test_truncatedOrChangedFiles_areRefusedForTheirChecksumFirst() throws {
    let bytes = try cacheBytes(Self.fixtures.appendingPathComponent("three-towns").path)
    var changed = bytes
    changed[changed.count / 2] ^= 0x40
    var changedSchema = bytes
    changedSchema[20] ^= 1
    for window in Self.windows {
      for damaged in [changed, changedSchema] {
        guard case .failure(.damaged(let message)) = read(damaged, window: window) else {
          return XCTFail("window \(window): not refused as damaged")
        }
        XCTAssertEqual(message, "its checksum does not match its content")
      }
      guard case .failure(.damaged(let message)) = read(Array(bytes.dropLast(3)), window: window)
      else { return XCTFail("window \(window): a truncated file not refused") }
      XCTAssertTrue(message.contains("truncated or extended"), message)
    }
  }

  func test_checksumOfPieces_isTheChecksumOfTheWhole_howeverCut() {
    var random = SplitMix64(seed: 31)
    for length in [0, 1, 8, 31, 32, 33, 64, 95, 200, 1_000] {
      let bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: random.next()) }
      let whole = FastChecksum.checksum(bytes)
      for _ in 0..<20 {
        var accumulator = FastChecksum.Accumulator()
        var start = 0
        while start < length {
          let end = min(length, start + random.int(0...40))
          bytes.withUnsafeBytes {
            accumulator.add(UnsafeRawBufferPointer(rebasing: $0[start..<end]))
          }
          start = end
        }
        XCTAssertEqual(accumulator.checksum, whole, "length \(length)")
      }
    }
  }
}
