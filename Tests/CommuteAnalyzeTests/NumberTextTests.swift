import XCTest

@testable import commute_analyze

/// Grouped thousands, as the terminal tables write populations and person-minutes.
final class NumberTextTests: XCTestCase {
  /// The rule by characters: the decimal digits, a comma before each group of three from the end.
  private func reference(_ value: Int) -> String {
    let digits = String(value.magnitude)
    var text = ""
    for (offset, digit) in digits.enumerated() {
      if offset > 0 && (digits.count - offset) % 3 == 0 { text.append(",") }
      text.append(digit)
    }
    return value < 0 ? "-" + text : text
  }

  func test_grouped_putsACommaBeforeEachGroupOfThree() {
    XCTAssertEqual(NumberText.grouped(12_546_436), "12,546,436")
    XCTAssertEqual(NumberText.grouped(-1_000), "-1,000")
    XCTAssertEqual(NumberText.grouped(999), "999")
    XCTAssertEqual(NumberText.grouped(0), "0")
    var values = [Int.min, Int.max, Int.min + 1, -1, 1, 100_000, -100_000, 1_000_000]
    var state: UInt64 = 0x5EED
    for _ in 0..<2_000 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      values.append(Int(truncatingIfNeeded: state) >> Int(state % 60))
    }
    for value in values { XCTAssertEqual(NumberText.grouped(value), reference(value), "\(value)") }
  }
}
