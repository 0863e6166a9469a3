/// Several SHA-256 messages hashed at once, one message per SIMD lane ("multi-buffer" SHA-256).
///
/// The network hash needs one digest per table, and the tables are independent messages, so the
/// same round can run on four of them in the four lanes of a `SIMD4<UInt32>`. Only the standard
/// library's SIMD types are used, so the code builds for baseline x86-64 (SSE2) and for arm64
/// without flags. Eight lanes (`SIMD8`) measured slower on x86-64: no faster with eight messages
/// of equal length (the working words no longer fit in the sixteen SSE2 registers), and much
/// slower on a network's tables, the longest of which keeps one lane busy long after the others.
extension SHA256 {
  /// The vector of one word from each lane.
  typealias LaneWords = SIMD4<UInt32>

  /// How many messages are hashed together.
  static let laneCount = LaneWords.scalarCount

  /// The digests of `messages`, in their order; each equals `SHA256.digest` of that message.
  ///
  /// The longest messages take the lanes first, and a lane whose message ends takes the longest
  /// one left, so the lanes finish close together. A lane with nothing left to hash is fed a block
  /// of zeros whose result is discarded; once a single lane is left busy, its message is finished
  /// by the scalar code, which is faster for one message. One message, or only a few blocks in
  /// all, is hashed by the scalar code alone.
  public static func digests(of messages: [[UInt8]]) -> [[UInt8]] {
    let totalBlocks = messages.reduce(0) { $0 + paddedBlockCount($1.count) }
    guard messages.count > 1, totalBlocks >= 2 * laneCount else {
      return messages.map { digest($0) }
    }
    return withBaseAddresses(of: messages) { bases in
      var lanes = LaneScheduler(messages: messages, bases: bases)
      return lanes.run()
    }
  }

  /// The number of 64-byte blocks of a message of `length` bytes once padded: the bytes, the
  /// `0x80` marker and the 8-byte bit length, rounded up to whole blocks.
  static func paddedBlockCount(_ length: Int) -> Int {
    (length + 9 + 63) / 64
  }

  /// Calls `body` with the base address of every message (nil for an empty one), valid during
  /// the call: each array's storage is pinned by a nested `withUnsafeBytes`.
  private static func withBaseAddresses<Result>(
    of messages: [[UInt8]], _ body: ([UnsafeRawPointer?]) -> Result
  ) -> Result {
    var bases: [UnsafeRawPointer?] = []
    bases.reserveCapacity(messages.count)
    return pin(messages, from: 0, &bases, body)
  }

  /// Pins `messages[index...]` one inside the other, then calls `body` with all the addresses.
  private static func pin<Result>(
    _ messages: [[UInt8]], from index: Int, _ bases: inout [UnsafeRawPointer?],
    _ body: ([UnsafeRawPointer?]) -> Result
  ) -> Result {
    guard index < messages.count else { return body(bases) }
    return messages[index].withUnsafeBytes { raw in
      bases.append(raw.baseAddress)
      return pin(messages, from: index + 1, &bases, body)
    }
  }
}

/// The eight working words of every lane.
private typealias LaneState = SHA256Words<SHA256.LaneWords>

extension SHA256Words where Word == SHA256.LaneWords {
  /// Sets the words of `lane` back to the initial hash value, for its next message.
  mutating func reset(lane: Int) {
    let initial = LaneState()
    h0[lane] = initial.h0[lane]
    h1[lane] = initial.h1[lane]
    h2[lane] = initial.h2[lane]
    h3[lane] = initial.h3[lane]
    h4[lane] = initial.h4[lane]
    h5[lane] = initial.h5[lane]
    h6[lane] = initial.h6[lane]
    h7[lane] = initial.h7[lane]
  }

  /// The eight words of `lane`.
  func words(lane: Int) -> [UInt32] {
    [h0[lane], h1[lane], h2[lane], h3[lane], h4[lane], h5[lane], h6[lane], h7[lane]]
  }

  /// The 32-byte digest held by `lane` (as the scalar `finalize` writes it).
  func digest(lane: Int) -> [UInt8] {
    SHA256.digest(ofWords: words(lane: lane))
  }
}

/// Which message a lane is hashing and which of its blocks comes next.
private struct LaneCursor {
  /// The index of the message in the lane, or nil when the lane is idle.
  var message: Int?
  var base: UnsafeRawPointer?
  /// Blocks read in place from the message; the rest are in the lane's tail buffer.
  var fullBlocks = 0
  /// Blocks of the whole message, its padded tail included.
  var totalBlocks = 0
  var nextBlock = 0
}

/// Hands the messages to the lanes, longest first, and runs the lanes block by block.
private struct LaneScheduler {
  let messages: [[UInt8]]
  let bases: [UnsafeRawPointer?]
  /// The messages not yet in a lane, longest last (taken from the end).
  var pending: [Int]
  var cursors = [LaneCursor](repeating: LaneCursor(), count: SHA256.laneCount)
  var state = LaneState()
  var digests: [[UInt8]]

  /// Room per lane for the padded tail of its message: at most two blocks.
  static let tailBytes = 128

  init(messages: [[UInt8]], bases: [UnsafeRawPointer?]) {
    self.messages = messages
    self.bases = bases
    // Longest last; equal lengths in the order of the messages.
    pending = messages.indices.sorted {
      (messages[$0].count, $1) < (messages[$1].count, $0)
    }
    digests = [[UInt8]](repeating: [], count: messages.count)
  }

  /// Hashes every message and returns the digests in the messages' order.
  mutating func run() -> [[UInt8]] {
    let lanes = SHA256.laneCount
    let tailBytes = Self.tailBytes
    // The lanes' tail buffers, then one block of zeros for idle lanes.
    withUnsafeTemporaryAllocation(byteCount: lanes * tailBytes + 64, alignment: 16) { scratch in
      scratch.initializeMemory(as: UInt8.self, repeating: 0)
      let tails = scratch.baseAddress!
      let idleBlock = UnsafeRawPointer(tails + lanes * tailBytes)
      withUnsafeTemporaryAllocation(of: SHA256.LaneWords.self, capacity: 64) { schedule in
        withUnsafeTemporaryAllocation(of: UnsafeRawPointer.self, capacity: lanes) { blocks in
          for lane in 0..<lanes { assignNext(lane: lane, tail: tails + lane * tailBytes) }
          while finishAloneIfLast() {
            for lane in 0..<lanes {
              let cursor = cursors[lane]
              if cursor.message == nil {
                blocks[lane] = idleBlock
              } else if cursor.nextBlock < cursor.fullBlocks {
                blocks[lane] = cursor.base! + cursor.nextBlock * 64
              } else {
                let tailBlock = cursor.nextBlock - cursor.fullBlocks
                blocks[lane] = UnsafeRawPointer(tails + lane * tailBytes + tailBlock * 64)
              }
            }
            SHA256.compressLanes(&state, blocks: UnsafePointer(blocks.baseAddress!), schedule)
            for lane in 0..<lanes {
              guard let message = cursors[lane].message else { continue }
              cursors[lane].nextBlock += 1
              if cursors[lane].nextBlock == cursors[lane].totalBlocks {
                digests[message] = state.digest(lane: lane)
                state.reset(lane: lane)
                assignNext(lane: lane, tail: tails + lane * tailBytes)
              }
            }
          }
        }
      }
    }
    return digests
  }

  /// Whether the lanes have work left. When nothing is pending and a single lane is busy, its
  /// message is finished by the scalar code (if the lane has not yet started on the padded tail)
  /// and the lanes are done.
  private mutating func finishAloneIfLast() -> Bool {
    var busyCount = 0
    var lastBusy = 0
    for lane in cursors.indices where cursors[lane].message != nil {
      busyCount += 1
      lastBusy = lane
    }
    guard pending.isEmpty, busyCount == 1 else { return busyCount > 0 }
    let lane = lastBusy
    let cursor = cursors[lane]
    guard let message = cursor.message, cursor.nextBlock <= cursor.fullBlocks else { return true }
    let done = cursor.nextBlock * 64
    var scalar = SHA256(words: state.words(lane: lane), byteCount: done)
    scalar.update(messages[message][done...])
    digests[message] = scalar.finalize()
    cursors[lane] = LaneCursor()
    return false
  }

  /// Gives `lane` the longest message left, writing its padded tail (the bytes after its last
  /// whole block, the `0x80` marker, zeros and the bit length) into `tail`; or idles the lane.
  private mutating func assignNext(lane: Int, tail: UnsafeMutableRawPointer) {
    guard let message = pending.popLast() else {
      cursors[lane] = LaneCursor()
      return
    }
    let count = messages[message].count
    let fullBlocks = count / 64
    let totalBlocks = SHA256.paddedBlockCount(count)
    let rest = count - fullBlocks * 64
    let tailLength = (totalBlocks - fullBlocks) * 64
    tail.initializeMemory(as: UInt8.self, repeating: 0, count: tailLength)
    if rest > 0 {
      tail.copyMemory(from: bases[message]! + fullBlocks * 64, byteCount: rest)
    }
    tail.storeBytes(of: 0x80, toByteOffset: rest, as: UInt8.self)
    tail.storeBytes(
      of: (UInt64(count) &* 8).bigEndian, toByteOffset: tailLength - 8, as: UInt64.self)
    cursors[lane] = LaneCursor(
      message: message, base: bases[message], fullBlocks: fullBlocks, totalBlocks: totalBlocks,
      nextBlock: 0)
  }
}

extension SHA256 {
  /// Processes one 64-byte block in each lane: `blocks[lane]` points at the block of that lane.
  /// `w` is room for the 64 words of the message schedule.
  fileprivate static func compressLanes(
    _ state: inout LaneState, blocks: UnsafePointer<UnsafeRawPointer>,
    _ w: UnsafeMutableBufferPointer<LaneWords>
  ) {
    for index in 0..<16 {
      var words = LaneWords()
      for lane in 0..<laneCount {
        words[lane] = UInt32(
          bigEndian: blocks[lane].loadUnaligned(fromByteOffset: index * 4, as: UInt32.self))
      }
      w[index] = words
    }
    state.compress(schedule: w)
  }
}
