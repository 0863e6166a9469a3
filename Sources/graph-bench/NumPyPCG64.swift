/// numpy's default bit generator (PCG64, XSL-RR output) seeded the way
/// `numpy.random.default_rng(seed)` seeds it (SeedSequence with a 4-word pool), plus the
/// bounded-integer draw of `Generator.integers` for ranges below 2^32 (Lemire's method on
/// buffered 32-bit halves). Only what the benchmark's OD table needs; checked against numpy.
struct NumPyPCG64 {
  /// 128-bit state and increment as (high, low) words.
  private var stateHigh: UInt64 = 0
  private var stateLow: UInt64 = 0
  private var incHigh: UInt64 = 0
  private var incLow: UInt64 = 0
  /// The unused upper half of the last 64-bit output, for 32-bit draws.
  private var spare: UInt32?

  private static let multiplierHigh: UInt64 = 2_549_297_995_355_413_924
  private static let multiplierLow: UInt64 = 4_865_540_595_714_422_341

  init(seed: UInt32) {
    let words = Self.seedSequenceState(entropy: seed, words: 8)
    func combine(_ k: Int) -> UInt64 { UInt64(words[2 * k]) | UInt64(words[2 * k + 1]) << 32 }
    let initStateHigh = combine(0)
    let initStateLow = combine(1)
    let initSeqHigh = combine(2)
    let initSeqLow = combine(3)
    // inc = initseq << 1 | 1; state = 0; step; state += initstate; step.
    incHigh = initSeqHigh << 1 | initSeqLow >> 63
    incLow = initSeqLow << 1 | 1
    step()
    let (low, carry) = stateLow.addingReportingOverflow(initStateLow)
    stateLow = low
    stateHigh = stateHigh &+ initStateHigh &+ (carry ? 1 : 0)
    step()
  }

  /// state = state * multiplier + inc (mod 2^128).
  private mutating func step() {
    let product = stateLow.multipliedFullWidth(by: Self.multiplierLow)
    var high = product.high &+ stateHigh &* Self.multiplierLow &+ stateLow &* Self.multiplierHigh
    let (low, carry) = product.low.addingReportingOverflow(incLow)
    high = high &+ incHigh &+ (carry ? 1 : 0)
    stateHigh = high
    stateLow = low
  }

  /// Next 64-bit output: step, then XSL-RR of the new state.
  mutating func next64() -> UInt64 {
    step()
    let rotation = stateHigh >> 58
    return (stateHigh ^ stateLow).rotatedRight(by: rotation)
  }

  /// Next 32-bit output: the low half of a 64-bit output, then its high half.
  mutating func next32() -> UInt32 {
    if let spare {
      self.spare = nil
      return spare
    }
    let value = next64()
    spare = UInt32(truncatingIfNeeded: value >> 32)
    return UInt32(truncatingIfNeeded: value)
  }

  /// A uniform integer in `0 ..< bound` as `Generator.integers(0, bound)` draws it.
  mutating func nextBounded(below bound: UInt32) -> UInt32 {
    let range = bound &- 1  // numpy's inclusive range
    if range == 0 { return 0 }
    if range == UInt32.max { return next32() }
    let exclusive = UInt64(bound)
    var m = UInt64(next32()) &* exclusive
    var leftover = UInt32(truncatingIfNeeded: m)
    if leftover < bound {
      let threshold = (UInt32.max &- range) % bound
      while leftover < threshold {
        m = UInt64(next32()) &* exclusive
        leftover = UInt32(truncatingIfNeeded: m)
      }
    }
    return UInt32(truncatingIfNeeded: m >> 32)
  }

  /// numpy's `SeedSequence(entropy).generate_state(words)` for a one-word entropy.
  static func seedSequenceState(entropy: UInt32, words: Int) -> [UInt32] {
    let initA: UInt32 = 0x43b0_d7e5
    let multA: UInt32 = 0x931e_8875
    let initB: UInt32 = 0x8b51_f9dd
    let multB: UInt32 = 0x58f3_8ded
    let mixMultL: UInt32 = 0xca01_f9dd
    let mixMultR: UInt32 = 0x4973_f715
    var hashConst = initA
    func hashmix(_ input: UInt32) -> UInt32 {
      var value = input ^ hashConst
      hashConst = hashConst &* multA
      value = value &* hashConst
      return value ^ (value >> 16)
    }
    func mix(_ x: UInt32, _ y: UInt32) -> UInt32 {
      let result = mixMultL &* x &- mixMultR &* y
      return result ^ (result >> 16)
    }
    var pool = [UInt32](repeating: 0, count: 4)
    for i in 0..<4 { pool[i] = hashmix(i == 0 ? entropy : 0) }
    for source in 0..<4 {
      for destination in 0..<4 where source != destination {
        pool[destination] = mix(pool[destination], hashmix(pool[source]))
      }
    }
    var hashB = initB
    var state: [UInt32] = []
    for k in 0..<words {
      var value = pool[k % 4] ^ hashB
      hashB = hashB &* multB
      value = value &* hashB
      state.append(value ^ (value >> 16))
    }
    return state
  }
}

extension UInt64 {
  fileprivate func rotatedRight(by count: UInt64) -> UInt64 {
    let c = count & 63
    return c == 0 ? self : (self >> c) | (self << (64 - c))
  }
}
