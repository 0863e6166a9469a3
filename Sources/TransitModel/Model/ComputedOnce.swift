import Foundation

/// A value computed at most once, when first asked for, from an input that is let go once the
/// value is computed (or given from the start, with no input).
///
/// What a network or table computes lazily and shares between its copies (its resolved
/// references, its estimated rows, a table's positions by key, a cache block's row keys, a
/// compiled network's reverse graph) is held here. The
/// value never goes stale: each box belongs to one value that never changes. The lock makes the
/// first computation safe when several threads ask at once (profiles compile in parallel), hence
/// the one `@unchecked Sendable`: the state is read and written under `lock`.
final class ComputedOnce<Input: Sendable, Value: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private var input: Input?
  private var stored: Value?

  /// A value to compute from `input` (nil: from nothing) when first asked for.
  init(input: Input?) {
    self.input = input
  }

  /// `value` already computed (nil: computed when first asked for, with no input).
  init(value: Value?) {
    self.stored = value
  }

  /// The value if computed already, else nil (nothing is computed).
  var computed: Value? {
    lock.lock()
    defer { lock.unlock() }
    return stored
  }

  /// The stored value, or the value `make` computes from the input (which is then let go), stored
  /// for every later call.
  func value(_ make: (Input?) -> Value) -> Value {
    lock.lock()
    defer { lock.unlock() }
    if let stored { return stored }
    let made = make(input)
    stored = made
    input = nil
    return made
  }
}
