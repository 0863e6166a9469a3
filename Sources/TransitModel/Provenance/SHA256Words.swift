/// A word the SHA-256 compression works on: one 32-bit word (`UInt32`, the scalar hash), or the
/// same word of several messages side by side (`SHA256.LaneWords`, the lanes of
/// `SHA256+Lanes.swift`), so that one compression serves both.
protocol SHA256Word: Sendable {
  /// The word holding `value` (in every lane).
  init(broadcast value: UInt32)
  static func &+ (a: Self, b: Self) -> Self
  static func ^ (a: Self, b: Self) -> Self
  static func & (a: Self, b: Self) -> Self
  static func | (a: Self, b: Self) -> Self
  /// Rotated right by `count` bits (0 < `count` < 32).
  func rotatedRight(_ count: UInt32) -> Self
  /// Shifted right by `count` bits (0 < `count` < 32).
  func shiftedRight(_ count: UInt32) -> Self
}

extension UInt32: SHA256Word {
  init(broadcast value: UInt32) { self = value }

  @inline(__always)
  func rotatedRight(_ count: UInt32) -> UInt32 { (self &>> count) | (self &<< (32 - count)) }

  @inline(__always)
  func shiftedRight(_ count: UInt32) -> UInt32 { self &>> count }
}

extension SIMD4: SHA256Word where Scalar == UInt32 {
  init(broadcast value: UInt32) { self.init(repeating: value) }

  /// The left shift is a multiplication by a power of two on purpose. The standard library
  /// implements `&<<` and `&>>` on SIMD vectors lane by lane; written that way, the optimizer
  /// recognizes four scalar rotates and computes them one lane at a time (not faster than the
  /// scalar SHA-256). `&*` is a vector operation in the standard library, the optimizer turns a
  /// multiplication by a power of two into a vector shift, and the whole round stays in vector
  /// registers.
  @inline(__always)
  func rotatedRight(_ count: UInt32) -> SIMD4<UInt32> {
    (self &>> count) | (self &* SIMD4(repeating: 1 &<< (32 - count)))
  }

  @inline(__always)
  func shiftedRight(_ count: UInt32) -> SIMD4<UInt32> { self &>> count }
}

/// The eight working words of SHA-256 (FIPS 180-4), held inline (no heap array per block), and
/// the compression of one block into them.
struct SHA256Words<Word: SHA256Word>: Sendable {
  var h0 = Word(broadcast: 0x6a09_e667)
  var h1 = Word(broadcast: 0xbb67_ae85)
  var h2 = Word(broadcast: 0x3c6e_f372)
  var h3 = Word(broadcast: 0xa54f_f53a)
  var h4 = Word(broadcast: 0x510e_527f)
  var h5 = Word(broadcast: 0x9b05_688c)
  var h6 = Word(broadcast: 0x1f83_d9ab)
  var h7 = Word(broadcast: 0x5be0_cd19)

  /// Compresses one block: `w` holds its sixteen words (big-endian words read as numbers) and
  /// has room for the 64 words of the message schedule, which it takes.
  @inline(__always)
  mutating func compress(schedule w: UnsafeMutableBufferPointer<Word>) {
    // The two latest words stay in registers: read back from memory, each word would wait for
    // the store of the word before the last one.
    var w1 = w[15]
    var w2 = w[14]
    for index in 16..<64 {
      let w15 = w[index - 15]
      let sigma0 = w15.rotatedRight(7) ^ w15.rotatedRight(18) ^ w15.shiftedRight(3)
      let sigma1 = w2.rotatedRight(17) ^ w2.rotatedRight(19) ^ w2.shiftedRight(10)
      let word = w[index - 16] &+ sigma0 &+ w[index - 7] &+ sigma1
      w[index] = word
      w2 = w1
      w1 = word
    }
    var a = h0
    var b = h1
    var c = h2
    var d = h3
    var e = h4
    var f = h5
    var g = h6
    var h = h7
    SHA256.roundConstants.withUnsafeBufferPointer { k in
      for index in stride(from: 0, to: 64, by: 8) {
        Self.round(a, b, c, &d, e, f, g, &h, Word(broadcast: k[index]) &+ w[index])
        Self.round(h, a, b, &c, d, e, f, &g, Word(broadcast: k[index + 1]) &+ w[index + 1])
        Self.round(g, h, a, &b, c, d, e, &f, Word(broadcast: k[index + 2]) &+ w[index + 2])
        Self.round(f, g, h, &a, b, c, d, &e, Word(broadcast: k[index + 3]) &+ w[index + 3])
        Self.round(e, f, g, &h, a, b, c, &d, Word(broadcast: k[index + 4]) &+ w[index + 4])
        Self.round(d, e, f, &g, h, a, b, &c, Word(broadcast: k[index + 5]) &+ w[index + 5])
        Self.round(c, d, e, &f, g, h, a, &b, Word(broadcast: k[index + 6]) &+ w[index + 6])
        Self.round(b, c, d, &e, f, g, h, &a, Word(broadcast: k[index + 7]) &+ w[index + 7])
      }
    }
    h0 = h0 &+ a
    h1 = h1 &+ b
    h2 = h2 &+ c
    h3 = h3 &+ d
    h4 = h4 &+ e
    h5 = h5 &+ f
    h6 = h6 &+ g
    h7 = h7 &+ h
  }

  /// One round: `d` and `h` take their new values; the caller rotates the roles of the eight
  /// words from round to round instead of moving them (eight rounds bring them back).
  @inline(__always)
  private static func round(
    _ a: Word, _ b: Word, _ c: Word, _ d: inout Word, _ e: Word, _ f: Word, _ g: Word,
    _ h: inout Word, _ kw: Word
  ) {
    let bigSigma1 = e.rotatedRight(6) ^ e.rotatedRight(11) ^ e.rotatedRight(25)
    let choose = g ^ (e & (f ^ g))  // (e & f) ^ (~e & g)
    let temp1 = h &+ bigSigma1 &+ choose &+ kw
    let bigSigma0 = a.rotatedRight(2) ^ a.rotatedRight(13) ^ a.rotatedRight(22)
    let majority = (a & b) | (c & (a | b))  // (a & b) ^ (a & c) ^ (b & c)
    d = d &+ temp1
    h = temp1 &+ bigSigma0 &+ majority
  }
}

extension SHA256Words where Word == UInt32 {
  /// The eight words, in order.
  var words: [UInt32] { [h0, h1, h2, h3, h4, h5, h6, h7] }
}
