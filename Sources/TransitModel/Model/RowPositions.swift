/// Where each key of a table's rows is, in an open-addressing table of 8-byte slots: the row's
/// position and 32 bits of its key's hash, the key itself read from the rows when a lookup finds
/// those bits. A dictionary from key to position holds a copy of every key and keeps a quarter of
/// its buckets free, 64 to 128 bytes a row for a connector's three-part key; this holds 16 to 32,
/// which at province size is tens of megabytes (a network's tables have a million rows).
///
/// Built once from rows that never change key (`Table` builds it on the first lookup and drops it
/// when a row is inserted or removed).
struct RowPositions: Sendable {
  /// 0 for an empty slot, else the hash's high 32 bits, then the position + 1 in the low 32.
  private let slots: [UInt64]
  private let mask: Int

  /// The positions of `keys` (distinct), at most half of the slots filled so that a lookup of an
  /// absent key ends at an empty slot within a few.
  init<Key: Hashable>(_ keys: some Collection<Key>) {
    var capacity = 8
    while capacity < 2 * keys.count { capacity *= 2 }
    mask = capacity - 1
    var slots = [UInt64](repeating: 0, count: capacity)
    for (position, key) in keys.enumerated() {
      let hash = key.hashValue
      var slot = hash & mask
      while slots[slot] != 0 { slot = (slot + 1) & mask }
      slots[slot] = Self.tag(hash) | UInt64(position + 1)
    }
    self.slots = slots
  }

  /// The position of `key`, with `matches(position)` telling whether the row there has that key.
  func position<Key: Hashable>(of key: Key, where matches: (Int) -> Bool) -> Int? {
    let hash = key.hashValue
    let tag = Self.tag(hash)
    var slot = hash & mask
    while true {
      let entry = slots[slot]
      if entry == 0 { return nil }
      if entry & 0xFFFF_FFFF_0000_0000 == tag {
        let position = Int(entry & 0xFFFF_FFFF) - 1
        if matches(position) { return position }
      }
      slot = (slot + 1) & mask
    }
  }

  /// The high 32 bits of `hash`, in the high half of a slot.
  private static func tag(_ hash: Int) -> UInt64 {
    UInt64(UInt(bitPattern: hash)) & 0xFFFF_FFFF_0000_0000
  }
}
