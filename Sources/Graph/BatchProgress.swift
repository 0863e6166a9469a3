import Foundation

/// Which rows of a batch are taken, finished and consumed; shared by the workers and the
/// consumer under one condition lock.
///
/// Rows are handed out in order; row `k` may start only when `k < consumed + slots`, so it
/// never overwrites a slot whose row the consumer has not seen yet.
final class BatchProgress: @unchecked Sendable {
  private let condition = NSCondition()
  private let rowCount: Int
  private let slots: Int
  private var nextToTake = 0
  private var consumed = 0
  private var done: [Bool]
  private var stopped = false

  init(rowCount: Int, slots: Int) {
    self.rowCount = rowCount
    self.slots = slots
    done = Array(repeating: false, count: slots)
  }

  /// The next row to compute, waiting for a free slot; nil when all rows are taken or the
  /// batch was stopped.
  func takeRow() -> Int? {
    condition.lock()
    defer { condition.unlock() }
    while true {
      if stopped || nextToTake >= rowCount { return nil }
      if nextToTake < consumed + slots {
        nextToTake += 1
        return nextToTake - 1
      }
      condition.wait()
    }
  }

  /// Row `k` is in its slot.
  func markDone(_ k: Int) {
    condition.lock()
    done[k % slots] = true
    condition.broadcast()
    condition.unlock()
  }

  /// Waits until row `k` is in its slot.
  func waitUntilDone(_ k: Int) {
    condition.lock()
    while !done[k % slots] { condition.wait() }
    condition.unlock()
  }

  /// The consumer is finished with row `k` (the next one in order): its slot is free.
  func markConsumed(_ k: Int) {
    condition.lock()
    done[k % slots] = false
    consumed = k + 1
    condition.broadcast()
    condition.unlock()
  }

  /// No more rows will be taken (the consumer failed).
  func stop() {
    condition.lock()
    stopped = true
    condition.broadcast()
    condition.unlock()
  }
}
