import Dispatch
import Foundation

extension TravelTimeEngine {
  /// The isochrone of each group of origins (each group a multi-source search, as
  /// `isochrone(origins:direction:)`), computed on `threadCount` threads (default: every core),
  /// one engine each; results in the order of `groups`, whatever the thread count.
  public func isochrones(
    of groups: [[Int]], direction: TravelDirection, threadCount: Int? = nil
  ) -> [Result<Isochrone, any Error>] {
    let slots = IsochroneSlots(count: groups.count)
    let threads = min(
      max(1, threadCount ?? ProcessInfo.processInfo.activeProcessorCount), max(1, groups.count))
    let compiled = self.compiled
    DispatchQueue.concurrentPerform(iterations: threads) { worker in
      var engine = TravelTimeEngine(compiled)
      for index in stride(from: worker, to: groups.count, by: threads) {
        slots.set(
          index, Result { try engine.isochrone(origins: groups[index], direction: direction) })
      }
    }
    return slots.values
  }
}

/// One result per group, each written by one worker, read after all finished.
private final class IsochroneSlots: @unchecked Sendable {
  private var storage: [Result<Isochrone, any Error>?]
  init(count: Int) { storage = Array(repeating: nil, count: count) }
  func set(_ index: Int, _ value: Result<Isochrone, any Error>) {
    storage.withUnsafeMutableBufferPointer { $0[index] = value }
  }
  var values: [Result<Isochrone, any Error>] { storage.map { $0! } }
}
