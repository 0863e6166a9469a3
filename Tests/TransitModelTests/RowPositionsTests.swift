import XCTest

@testable import TransitModel

/// The positions of keys by hash find every key at its position and no absent key, checked
/// against a linear search, with hashes that collide (few distinct values: every lookup probes
/// past other keys with the same 32 high bits) and with the standard hash.
final class RowPositionsTests: XCTestCase {
  /// A key whose hash takes only `buckets` values.
  private struct Colliding: Hashable {
    var value: Int
    var buckets: Int
    static func == (a: Colliding, b: Colliding) -> Bool { a.value == b.value }
    func hash(into hasher: inout Hasher) { hasher.combine(value % buckets) }
  }

  func test_everyKey_isFoundAtItsPosition_andNoAbsentKey() {
    var random = SplitMix64(seed: 21)
    for count in [0, 1, 2, 7, 8, 9, 100, 1_000] {
      for buckets in [1, 3, 1_000_000] {
        var values = Set<Int>()
        while values.count < count { values.insert(Int(random.next() % 5_000)) }
        let keys = values.shuffled(using: &random).map { Colliding(value: $0, buckets: buckets) }
        let positions = RowPositions(keys)
        for probe in 0..<5_000 {
          let key = Colliding(value: probe, buckets: buckets)
          XCTAssertEqual(
            positions.position(of: key) { keys[$0] == key }, keys.firstIndex(of: key),
            "\(count) keys, \(buckets) hash values, key \(probe)")
        }
      }
    }
  }
}
