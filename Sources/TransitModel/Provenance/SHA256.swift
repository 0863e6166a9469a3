/// SHA-256 (FIPS 180-4), written here because the package has no dependencies.
///
/// Used for provenance: the network hash and scenario hashes in every report, so that a planner
/// can recompute them with `sha256sum`. Streaming: feed bytes with `update`, then `finalize`.
public struct SHA256: Sendable {
  private var state = SHA256Words<UInt32>()
  /// The bytes of an unfinished block (fewer than 64).
  private var buffer: [UInt8] = []
  private var messageLengthBytes: UInt64 = 0

  /// A fresh hash state.
  public init() { buffer.reserveCapacity(64) }

  /// The state after the first `byteCount` bytes of a message (a whole number of blocks) have
  /// been compressed into `words`, so that `update` and `finalize` go on with the rest. The lanes
  /// of `SHA256+Lanes.swift` hand a long message over this way once the other lanes have run dry:
  /// one lane alone is slower than the scalar code.
  init(words: [UInt32], byteCount: Int) {
    precondition(words.count == 8 && byteCount % 64 == 0)
    state = SHA256Words(
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
    return Self.digest(ofWords: state.words)
  }

  /// The 32-byte digest of the eight final working words: each word big-endian, in order.
  static func digest(ofWords words: [UInt32]) -> [UInt8] {
    var digest: [UInt8] = []
    digest.reserveCapacity(32)
    for word in words {
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

  /// Processes one 64-byte block starting at `block`. The message schedule lives on the stack, so
  /// a block costs no allocation.
  private mutating func compress(_ block: UnsafeRawPointer) {
    withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
      for index in 0..<16 {
        w[index] = UInt32(
          bigEndian: block.loadUnaligned(fromByteOffset: index * 4, as: UInt32.self))
      }
      state.compress(schedule: w)
    }
  }
}
