/// SHA-256 (FIPS 180-4), written here because the package has no dependencies.
///
/// Used for provenance: the network hash and scenario hashes in every report, so that a planner
/// can recompute them with `sha256sum`. Streaming: feed bytes with `update`, then `finalize`.
public struct SHA256: Sendable {
  private var state = State()
  /// The bytes of an unfinished block (fewer than 64).
  private var buffer: [UInt8] = []
  private var messageLengthBytes: UInt64 = 0

  /// The eight working words, held inline (no heap array per block).
  private struct State: Sendable {
    var h0: UInt32 = 0x6a09_e667
    var h1: UInt32 = 0xbb67_ae85
    var h2: UInt32 = 0x3c6e_f372
    var h3: UInt32 = 0xa54f_f53a
    var h4: UInt32 = 0x510e_527f
    var h5: UInt32 = 0x9b05_688c
    var h6: UInt32 = 0x1f83_d9ab
    var h7: UInt32 = 0x5be0_cd19

    var words: [UInt32] { [h0, h1, h2, h3, h4, h5, h6, h7] }
  }

  /// A fresh hash state.
  public init() { buffer.reserveCapacity(64) }

  /// The state after the first `byteCount` bytes of a message (a whole number of blocks) have
  /// been compressed into `words`, so that `update` and `finalize` go on with the rest. The lanes
  /// of `SHA256+Lanes.swift` hand a long message over this way once the other lanes have run dry:
  /// one lane alone is slower than the scalar code.
  init(words: [UInt32], byteCount: Int) {
    precondition(words.count == 8 && byteCount % 64 == 0)
    state = State(
      h0: words[0], h1: words[1], h2: words[2], h3: words[3], h4: words[4], h5: words[5],
      h6: words[6], h7: words[7])
    messageLengthBytes = UInt64(byteCount)
    buffer.reserveCapacity(64)
  }

  /// Appends `bytes` to the message. Contiguous bytes (an array, a file read whole) are hashed
  /// block by block in place; other sequences byte by byte through the block buffer.
  public mutating func update<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
    let done: Void? = bytes.withContiguousStorageIfAvailable {
      update(contiguous: UnsafeRawBufferPointer($0))
    }
    guard done == nil else { return }
    for byte in bytes {
      buffer.append(byte)
      messageLengthBytes &+= 1
      if buffer.count == 64 {
        buffer.withUnsafeBytes { compress($0.baseAddress!) }
        buffer.removeAll(keepingCapacity: true)
      }
    }
  }

  private mutating func update(contiguous bytes: UnsafeRawBufferPointer) {
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
    messageLengthBytes &+= UInt64(bytes.count)
    var offset = 0
    if !buffer.isEmpty {
      let take = min(64 - buffer.count, bytes.count)
      buffer.append(contentsOf: UnsafeRawBufferPointer(start: base, count: take))
      offset = take
      guard buffer.count == 64 else { return }
      buffer.withUnsafeBytes { compress($0.baseAddress!) }
      buffer.removeAll(keepingCapacity: true)
    }
    while bytes.count - offset >= 64 {
      compress(base + offset)
      offset += 64
    }
    buffer.append(
      contentsOf: UnsafeRawBufferPointer(start: base + offset, count: bytes.count - offset))
  }

  /// Pads the message and returns the 32-byte digest.
  public mutating func finalize() -> [UInt8] {
    let bitLength = messageLengthBytes &* 8
    var tail = buffer
    tail.append(0x80)
    while tail.count % 64 != 56 { tail.append(0) }
    for shift in stride(from: 56, through: 0, by: -8) {
      tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift)))
    }
    tail.withUnsafeBytes { raw in
      var start = 0
      while start < raw.count {
        compress(raw.baseAddress! + start)
        start += 64
      }
    }
    buffer.removeAll()
    var digest: [UInt8] = []
    digest.reserveCapacity(32)
    for word in state.words {
      for shift in stride(from: 24, through: 0, by: -8) {
        digest.append(UInt8(truncatingIfNeeded: word >> UInt32(shift)))
      }
    }
    return digest
  }

  /// The digest of `bytes` in one call.
  public static func digest<Bytes: Sequence>(_ bytes: Bytes) -> [UInt8]
  where Bytes.Element == UInt8 {
    var hash = SHA256()
    hash.update(bytes)
    return hash.finalize()
  }

  /// The digest of `bytes` as 64 lowercase hex digits, as `sha256sum` prints it.
  public static func hexDigest<Bytes: Sequence>(_ bytes: Bytes) -> String
  where Bytes.Element == UInt8 {
    hex(digest(bytes))
  }

  /// Lowercase hex of `bytes`.
  public static func hex(_ bytes: [UInt8]) -> String {
    let digits: [Character] = Array("0123456789abcdef")
    var text = ""
    text.reserveCapacity(bytes.count * 2)
    for byte in bytes {
      text.append(digits[Int(byte >> 4)])
      text.append(digits[Int(byte & 0x0f)])
    }
    return text
  }

  /// The round constants K (FIPS 180-4, 4.2.2), shared with the lanes in `SHA256+Lanes.swift`.
  static let roundConstants: [UInt32] = [
    0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4,
    0xab1c_5ed5, 0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe,
    0x9bdc_06a7, 0xc19b_f174, 0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f,
    0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da, 0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7,
    0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967, 0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc,
    0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85, 0xa2bf_e8a1, 0xa81a_664b,
    0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070, 0x19a4_c116,
    0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
    0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7,
    0xc671_78f2,
  ]

  private static func rotateRight(_ value: UInt32, _ count: UInt32) -> UInt32 {
    (value &>> count) | (value &<< (32 - count))
  }

  /// One round: `d` and `h` take their new values; the caller rotates the roles of the eight
  /// words from round to round instead of moving them (eight rounds bring them back).
  @inline(__always)
  private static func round(
    _ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32, _ e: UInt32, _ f: UInt32,
    _ g: UInt32, _ h: inout UInt32, _ kw: UInt32
  ) {
    let bigSigma1 = rotateRight(e, 6) ^ rotateRight(e, 11) ^ rotateRight(e, 25)
    let choose = g ^ (e & (f ^ g))  // (e & f) ^ (~e & g)
    let temp1 = h &+ bigSigma1 &+ choose &+ kw
    let bigSigma0 = rotateRight(a, 2) ^ rotateRight(a, 13) ^ rotateRight(a, 22)
    let majority = (a & b) | (c & (a | b))  // (a & b) ^ (a & c) ^ (b & c)
    d &+= temp1
    h = temp1 &+ bigSigma0 &+ majority
  }

  /// Processes one 64-byte block starting at `block`. The message schedule lives on the stack, so
  /// a block costs no allocation.
  private mutating func compress(_ block: UnsafeRawPointer) {
    withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
      for index in 0..<16 {
        w[index] = UInt32(
          bigEndian: block.loadUnaligned(fromByteOffset: index * 4, as: UInt32.self))
      }
      for index in 16..<64 {
        let w15 = w[index - 15]
        let w2 = w[index - 2]
        let sigma0 = Self.rotateRight(w15, 7) ^ Self.rotateRight(w15, 18) ^ (w15 >> 3)
        let sigma1 = Self.rotateRight(w2, 17) ^ Self.rotateRight(w2, 19) ^ (w2 >> 10)
        w[index] = w[index - 16] &+ sigma0 &+ w[index - 7] &+ sigma1
      }
      var a = state.h0
      var b = state.h1
      var c = state.h2
      var d = state.h3
      var e = state.h4
      var f = state.h5
      var g = state.h6
      var h = state.h7
      Self.roundConstants.withUnsafeBufferPointer { k in
        for index in stride(from: 0, to: 64, by: 8) {
          Self.round(a, b, c, &d, e, f, g, &h, k[index] &+ w[index])
          Self.round(h, a, b, &c, d, e, f, &g, k[index + 1] &+ w[index + 1])
          Self.round(g, h, a, &b, c, d, e, &f, k[index + 2] &+ w[index + 2])
          Self.round(f, g, h, &a, b, c, d, &e, k[index + 3] &+ w[index + 3])
          Self.round(e, f, g, &h, a, b, c, &d, k[index + 4] &+ w[index + 4])
          Self.round(d, e, f, &g, h, a, b, &c, k[index + 5] &+ w[index + 5])
          Self.round(c, d, e, &f, g, h, a, &b, k[index + 6] &+ w[index + 6])
          Self.round(b, c, d, &e, f, g, h, &a, k[index + 7] &+ w[index + 7])
        }
      }
      state.h0 &+= a
      state.h1 &+= b
      state.h2 &+= c
      state.h3 &+= d
      state.h4 &+= e
      state.h5 &+= f
      state.h6 &+= g
      state.h7 &+= h
    }
  }
}
