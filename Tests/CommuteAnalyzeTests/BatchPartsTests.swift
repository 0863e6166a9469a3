import XCTest

@testable import TransitModel
@testable import commute_analyze

/// The pieces of sharded runs: slices, part headers, the progress line.
final class BatchPartsTests: XCTestCase {
  func test_slices_coverEveryItemOnce_inOrder_sizesWithinOne() {
    for total in [0, 1, 5, 74, 1_000] {
      for count in [1, 2, 3, 7, 100] {
        let ranges = (0..<count).map { BatchSlice(index: $0, count: count)!.range(of: total) }
        XCTAssertEqual(ranges.flatMap { Array($0) }, Array(0..<total), "\(total) in \(count)")
        let sizes = ranges.map(\.count)
        XCTAssertLessThanOrEqual(sizes.max()! - sizes.min()!, 1)
      }
    }
    XCTAssertNil(BatchSlice(index: 3, count: 3))
    XCTAssertNil(BatchSlice(index: -1, count: 3))
    XCTAssertNil(BatchSlice(index: 0, count: 0))
  }

  func test_partHeader_roundTrips_runIDDependsOnEveryLine() {
    let header = PartHeader(
      slice: BatchSlice(index: 2, count: 5)!, run: PartHeader.runID(["matrix", "a"]),
      provenance: "{\"x\": 1}")
    let lines = header.text.split(separator: "\n").map(String.init)
    XCTAssertEqual(lines.count, 2)
    XCTAssertEqual(PartHeader.parse(first: lines[0], second: lines[1]), header)
    XCTAssertNotEqual(PartHeader.runID(["matrix", "a"]), PartHeader.runID(["matrix", "b"]))
    XCTAssertNotEqual(PartHeader.runID(["matrix", "a"]), PartHeader.runID(["matrixa"]))
    XCTAssertNil(PartHeader.parse(first: "from_id,to_id", second: lines[1]))
    XCTAssertNil(
      PartHeader.parse(first: "#commute-analyze part 5/5 run " + header.run, second: lines[1]))
  }

  func test_progressLine_showsCountRateAndTimeToGo() {
    let line = ProgressBar.line(done: 250, total: 1_000, unit: "origins", elapsedSeconds: 10)
    XCTAssertTrue(line.hasPrefix("[######..................] 250/1000 origins"), line)
    XCTAssertTrue(line.contains("25.0/s"), line)
    XCTAssertTrue(line.contains("ETA 30s"), line)
    XCTAssertEqual(ProgressBar.duration(3_725), "1h02m")
    XCTAssertEqual(ProgressBar.duration(155), "2m35s")
  }
}
