import Dispatch
import Foundation

extension TravelTimeEngine {
  /// The isochrone of each group of origins (each group a multi-source search, as
  /// `isochrone(origins:direction:)`), computed on `threadCount` threads (default: every core),
  /// one engine each; results in the order of `groups`, whatever the thread count.
  public func isochrones(
    of groups: [[Int]], direction: TravelDirection, threadCount: Int? = nil
  ) -> [Result<Isochrone, any Error>] {
    let slots = ParallelSlots<Result<Isochrone, any Error>>(count: groups.count)
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
