/// One result slot per index, written by parallel workers (each index by exactly one worker) and
/// read once all have finished: what a batch on all cores collects its results in, in index order
/// whatever the thread count.
///
/// The slots are one fixed allocation written through a pointer. (An `Array` property would not
/// do: its `withUnsafeMutableBufferPointer` moves the array out while the closure runs, so two
/// workers writing at once lose writes or see it empty.)
final class ParallelSlots<Value>: @unchecked Sendable {
  private let storage: UnsafeMutableBufferPointer<Value?>

  /// `count` empty slots.
  init(count: Int) {
    storage = .allocate(capacity: count)
    storage.initialize(repeating: nil)
  }

  deinit {
    _ = storage.deinitialize()
    storage.deallocate()
  }

  /// Fills slot `index`; each index is written by one worker only.
  func set(_ index: Int, _ value: Value) {
    storage[index] = value
  }

  /// Every slot's value, in index order. Precondition: every slot was filled.
  var values: [Value] { storage.map { $0! } }
}
