import XCTest

@testable import TransitModel

/// The id rule (lowercase ASCII letters, digits and `-`), checked byte by byte, against the rule
/// read scalar by scalar on random text, short and long.
final class RowIDTests: XCTestCase {
  func test_wellFormedIDs_matchTheScalarRule() {
    let pieces = [
      "a", "z", "0", "9", "-", "A", "_", " ", "é", "长", "ａ", "\u{0}", "`", "{", "/", ":",
      ",", ".", "@", "\u{7F}", "~",
    ]
    var state: UInt64 = 17
    for round in 0..<20_000 {
      var text = ""
      // Short texts, and long ones (up to 24 pieces).
      for _ in 0..<Int(state % (round % 2 == 0 ? 5 : 25)) {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        text += pieces[Int(state >> 33) % pieces.count]
      }
      let reference =
        !text.isEmpty
        && text.unicodeScalars.allSatisfy {
          ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
        }
      XCTAssertEqual(PlaceID.isWellFormed(text), reference, "\(text.debugDescription)")
    }
  }

  /// A connector key orders as the tuple (place, stop, mode) of its texts.
  func test_connectorKeyOrder_isTheTupleOrder() {
    let ids = ["a", "a-1", "b", "é", "e\u{301}", "长"]
    let modes = AccessMode.allCases
    var keys: [ConnectorKey] = []
    for place in ids {
      for stop in ids {
        for mode in modes {
          keys.append(ConnectorKey(place: PlaceID(place), stop: StopID(stop), mode: mode))
        }
      }
    }
    for a in keys {
      for b in keys {
        let expected =
          (a.place.rawValue, a.stop.rawValue, a.mode.rawValue)
          < (b.place.rawValue, b.stop.rawValue, b.mode.rawValue)
        XCTAssertEqual(a < b, expected, "\(a) \(b)")
      }
    }
  }
}
