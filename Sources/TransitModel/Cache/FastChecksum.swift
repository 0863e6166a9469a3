/// A fast 64-bit checksum of bytes: what a network cache stores of each source file and of itself,
/// to notice a changed, damaged or truncated file at a small fraction of the cost of parsing (it is
/// not SHA-256, and guards against accidents, not against a forger).
///
/// The bytes are read as little-endian 64-bit words, dealt in turn to four lanes (so the four
/// multiplications overlap in the processor); the last partial word is padded with zero bytes.
/// Each lane starts from its own seed and absorbs a word by `x = (lane ^ word) &* M;
/// lane = x ^ (x >> 32)`, M = 0x9E3779B97F4A7C15 (odd, so the multiplication is a bijection, as is
/// the xor-shift). The result absorbs the byte count and then the four lanes the same way, and is
/// finished by a last multiply-xorshift.
///
/// Because every step is a bijection of the lane for a given word, two inputs of the same length
/// that differ within one 8-byte word always have different checksums; a different length is
/// absorbed too.
public enum FastChecksum {
  /// The odd multiplier (2⁶⁴ ÷ φ).
  static let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
  static let seeds: (UInt64, UInt64, UInt64, UInt64) = (
    0x243F_6A88_85A3_08D3, 0x1319_8A2E_0370_7344, 0xA409_3822_299F_31D0, 0x082E_FA98_EC4E_6C89
  )

  /// The checksum of `bytes`.
  public static func checksum(_ bytes: [UInt8]) -> UInt64 {
    bytes.withUnsafeBytes { checksum($0) }
  }

  /// The checksum of the bytes in `buffer`.
  public static func checksum(_ buffer: UnsafeRawBufferPointer) -> UInt64 {
    var accumulator = Accumulator()
    accumulator.add(buffer)
    return accumulator.checksum
  }

  /// A checksum of bytes given piece by piece (a file read a chunk at a time): the same value as
  /// `checksum` of all the pieces joined, however they are cut.
  public struct Accumulator: Sendable {
    private var lanes = FastChecksum.seeds
    private var count = 0
    /// The bytes after the last whole 32-byte block (fewer than 32).
    private var pending: [UInt8] = []

    public init() {}

    /// Adds the bytes of `buffer`, which follow those added before.
    public mutating func add(_ buffer: UnsafeRawBufferPointer) {
      count += buffer.count
      var rest = buffer[...]
      if !pending.isEmpty {
        let taken = min(32 - pending.count, rest.count)
        pending.append(contentsOf: rest.prefix(taken))
        rest = rest.dropFirst(taken)
        guard pending.count == 32 else { return }
        pending.withUnsafeBytes { absorbBlocks(of: $0) }
        pending.removeAll(keepingCapacity: true)
      }
      let blocks = UnsafeRawBufferPointer(rebasing: rest.prefix(rest.count / 32 * 32))
      absorbBlocks(of: blocks)
      pending.append(contentsOf: rest.dropFirst(blocks.count))
    }

    /// The checksum of every byte added so far.
    public var checksum: UInt64 {
      var (a, b, c, d) = lanes
      pending.withUnsafeBytes { tail in
        // The whole words after the last block go to the first lane, then the last partial word
        // padded with zero bytes.
        var offset = 0
        while offset + 8 <= tail.count {
          a = absorb(a, word(tail, offset))
          offset += 8
        }
        if offset < tail.count {
          var last: UInt64 = 0
          for index in offset..<tail.count {
            last |= UInt64(tail[index]) << (UInt64(index - offset) * 8)
          }
          a = absorb(a, last)
        }
      }
      var result = absorb(seeds.0, UInt64(count))
      result = absorb(absorb(absorb(absorb(result, a), b), c), d)
      return absorb(result, 0)
    }

    /// Deals the words of `buffer` (whole 32-byte blocks) to the four lanes in turn.
    private mutating func absorbBlocks(of buffer: UnsafeRawBufferPointer) {
      var (a, b, c, d) = lanes
      var offset = 0
      while offset + 32 <= buffer.count {
        a = absorb(a, word(buffer, offset))
        b = absorb(b, word(buffer, offset + 8))
        c = absorb(c, word(buffer, offset + 16))
        d = absorb(d, word(buffer, offset + 24))
        offset += 32
      }
      lanes = (a, b, c, d)
    }
  }

  @inline(__always)
  private static func word(_ buffer: UnsafeRawBufferPointer, _ offset: Int) -> UInt64 {
    UInt64(littleEndian: buffer.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
  }

  @inline(__always)
  private static func absorb(_ lane: UInt64, _ word: UInt64) -> UInt64 {
    let mixed = (lane ^ word) &* multiplier
    return mixed ^ (mixed >> 32)
  }
}
