import Dispatch
import XCTest

@testable import TransitModel

/// Results written by many workers at once all arrive, in index order (an Array written through
/// `withUnsafeMutableBufferPointer` from several threads lost some: the sweep crashed under load).
final class ParallelSlotsTests: XCTestCase {
  func test_everySlotWrittenByConcurrentWorkers_isKept() {
    for round in 0..<20 {
      let count = 20_000
      let slots = ParallelSlots<Int>(count: count)
      let workers = 8
      DispatchQueue.concurrentPerform(iterations: workers) { worker in
        for index in stride(from: worker, to: count, by: workers) { slots.set(index, index * 3) }
      }
      XCTAssertEqual(slots.values, (0..<count).map { $0 * 3 }, "round \(round)")
    }
  }
}
