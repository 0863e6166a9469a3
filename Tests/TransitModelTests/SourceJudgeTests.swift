import XCTest

@testable import TransitModel

/// Judging a network's sources with the memo of shared texts (by where they are stored) gives each
/// row the judgement of `SourceQuality.isEstimated` on its own text: shared texts in runs and
/// apart, equal texts not shared, short (inline) texts, texts that differ only after their first
/// bytes, and texts let go as soon as judged, whose storage the next one may take.
final class SourceJudgeTests: XCTestCase {
  func test_everySource_isJudgedAsOnItsOwn() {
    let texts = [
      "est. straight line × 1.08 (G1)", "§3.2 12306 timetable 2024, the fastest train",
      "est.", "OSM", "§3.2 12306 timetable 2024, the fastest train unverified",
      "a citation of some length, cit.", "a citation of some length, est.",
    ]
    var random = SplitMix64(seed: 3)
    var sources: [String] = []
    for _ in 0..<3_000 {
      let text = texts[Int(random.next() % UInt64(texts.count))]
      // Some sources share one storage with the one before (a run), others are fresh copies.
      if random.next() % 2 == 0, let previous = sources.last {
        sources.append(previous)
      } else {
        sources.append(String(decoding: Array(text.utf8), as: UTF8.self))
      }
    }
    var judge = SourceJudge()
    for (row, source) in sources.enumerated() {
      XCTAssertEqual(
        judge.isEstimated(source), SourceQuality.isEstimated(source), "row \(row): \(source)")
    }
  }

  func test_aTextLetGo_neverLendsItsJudgementToTheNextOneStoredThere() {
    // Of one length, so only the memo could tell them apart; each is dropped once judged, and the
    // allocator hands its storage to the next.
    let texts = ["est. a figure of some length", "cit. a figure of some length"]
    var judge = SourceJudge()
    var random = SplitMix64(seed: 7)
    for round in 0..<2_000 {
      let estimated = random.next() % 2 == 0
      let source = String(decoding: Array(texts[estimated ? 0 : 1].utf8), as: UTF8.self)
      XCTAssertEqual(judge.isEstimated(source), estimated, "round \(round)")
    }
  }
}
