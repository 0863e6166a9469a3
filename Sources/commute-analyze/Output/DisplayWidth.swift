/// Terminal column width of text by the Unicode East Asian Width property: Wide (W) and
/// Fullwidth (F) characters take two columns, combining marks and zero-width characters none,
/// everything else one. A small table instead of `wcwidth`, which returns -1 under the C locale.
enum DisplayWidth {
  /// Columns `text` occupies in a terminal.
  static func of(_ text: String) -> Int {
    if let columns = text.utf8.withContiguousStorageIfAvailable(of(utf8:)) { return columns }
    return ofGraphemes(text)
  }

  /// Columns the UTF-8 text `bytes` occupies in a terminal: `of(_:)` without building a `String`
  /// when the text is of the kinds a table mostly holds.
  ///
  /// ASCII without a CR (the one ASCII pair that is a single grapheme, CR LF), the Latin ranges
  /// below U+0300 and the CJK ideographs, CJK punctuation (U+3000–U+3029) and fullwidth forms
  /// (U+FF01–U+FF60) are each a grapheme of their own, whatever is beside them (no combining mark,
  /// joiner, prepended mark or jamo among them): such text is one or two columns a scalar, measured
  /// without breaking it into graphemes. Any other text is measured grapheme by grapheme.
  static func of(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var columns = 0
    var index = 0
    let count = bytes.count
    while index < count {
      let lead = bytes[index]
      if lead < 0x80 {
        if lead == 0x0D { return ofGraphemes(String(decoding: bytes, as: UTF8.self)) }
        columns += 1
        index += 1
      } else if lead < 0xCC, lead >= 0xC2, index + 1 < count {
        // Two bytes below U+0300.
        columns += 1
        index += 2
      } else if lead >= 0xE0, lead < 0xF0, index + 2 < count {
        let value =
          UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6
          | UInt32(bytes[index + 2] & 0x3F)
        guard isSeparateWide(value) else {
          return ofGraphemes(String(decoding: bytes, as: UTF8.self))
        }
        columns += 2
        index += 3
      } else {
        return ofGraphemes(String(decoding: bytes, as: UTF8.self))
      }
    }
    return columns
  }

  /// Whether a code point is wide and always a grapheme of its own: CJK punctuation U+3000–U+3029,
  /// CJK ideographs (extension A and the unified block), fullwidth forms U+FF01–U+FF60.
  private static func isSeparateWide(_ value: UInt32) -> Bool {
    (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value)
      || (0x3000...0x3029).contains(value) || (0xFF01...0xFF60).contains(value)
  }

  /// `of(_:)` grapheme by grapheme, for any text.
  static func ofGraphemes(_ text: String) -> Int {
    var columns = 0
    for character in text {
      // A grapheme cluster is as wide as its first scalar (combining marks, variation
      // selectors and joiners that follow it take no column of their own).
      guard let scalar = character.unicodeScalars.first else { continue }
      columns += width(of: scalar)
    }
    return columns
  }

  /// Columns of one scalar: 0, 1 or 2.
  static func width(of scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value < 0x300 { return 1 }
    if isZeroWidth(value) { return 0 }
    return isWide(value) ? 2 : 1
  }

  private static func isZeroWidth(_ value: UInt32) -> Bool {
    (0x0300...0x036F).contains(value) || (0x200B...0x200F).contains(value)
      || (0xFE00...0xFE0F).contains(value) || value == 0x2060 || value == 0xFEFF
      || (0x20D0...0x20FF).contains(value)
  }

  /// Whether a code point is East Asian Wide or Fullwidth (EastAsianWidth.txt, Unicode 15:
  /// the blocks that matter for names and tables; emoji in the main pictograph blocks).
  static func isWide(_ value: UInt32) -> Bool {
    var low = 0
    var high = wideRanges.count - 1
    while low <= high {
      let middle = (low + high) / 2
      let range = wideRanges[middle]
      if value < range.lowerBound {
        high = middle - 1
      } else if value > range.upperBound {
        low = middle + 1
      } else {
        return true
      }
    }
    return false
  }

  /// Sorted, disjoint ranges of W and F code points.
  private static let wideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0,
    0x23F3...0x23F3, 0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F,
    0x2693...0x2693, 0x26A1...0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5,
    0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA, 0x26F2...0x26F3, 0x26F5...0x26F5,
    0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B, 0x2728...0x2728,
    0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
    0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55,
    0x2E80...0x2E99, 0x2E9B...0x2EF3, 0x2F00...0x2FD5, 0x2FF0...0x2FFF, 0x3000...0x303E,
    0x3041...0x3096, 0x3099...0x30FF, 0x3105...0x312F, 0x3131...0x318E, 0x3190...0x31E3,
    0x31EF...0x321E, 0x3220...0x3247, 0x3250...0x4DBF, 0x4E00...0xA48C, 0xA490...0xA4C6,
    0xA960...0xA97C, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE52,
    0xFE54...0xFE66, 0xFE68...0xFE6B, 0xFF01...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4,
    0x16FF0...0x16FF1, 0x17000...0x187F7, 0x18800...0x18CD5, 0x18D00...0x18D08,
    0x1AFF0...0x1AFF3, 0x1AFF5...0x1AFFB, 0x1AFFD...0x1AFFE,
    0x1B000...0x1B122, 0x1B150...0x1B152, 0x1B164...0x1B167, 0x1B170...0x1B2FB,
    0x1F004...0x1F004, 0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E, 0x1F191...0x1F19A,
    0x1F200...0x1F202, 0x1F210...0x1F23B, 0x1F240...0x1F248, 0x1F250...0x1F251,
    0x1F260...0x1F265, 0x1F300...0x1F320, 0x1F32D...0x1F335, 0x1F337...0x1F37C,
    0x1F37E...0x1F393, 0x1F3A0...0x1F3CA, 0x1F3CF...0x1F3D3, 0x1F3E0...0x1F3F0,
    0x1F3F4...0x1F3F4, 0x1F3F8...0x1F43E, 0x1F440...0x1F440, 0x1F442...0x1F4FC,
    0x1F4FF...0x1F53D, 0x1F54B...0x1F54E, 0x1F550...0x1F567, 0x1F57A...0x1F57A,
    0x1F595...0x1F596, 0x1F5A4...0x1F5A4, 0x1F5FB...0x1F64F, 0x1F680...0x1F6C5,
    0x1F6CC...0x1F6CC, 0x1F6D0...0x1F6D2, 0x1F6D5...0x1F6D7, 0x1F6DC...0x1F6DF,
    0x1F6EB...0x1F6EC, 0x1F6F4...0x1F6FC, 0x1F7E0...0x1F7EB, 0x1F7F0...0x1F7F0,
    0x1F90C...0x1F93A, 0x1F93C...0x1F945, 0x1F947...0x1F9FF, 0x1FA70...0x1FA7C,
    0x1FA80...0x1FA88, 0x1FA90...0x1FABD, 0x1FABF...0x1FAC5, 0x1FACE...0x1FADB,
    0x1FAE0...0x1FAE8, 0x1FAF0...0x1FAF8, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
  ]
}
