/// Text written for a human on a terminal (tables, summaries, diagnostics, suggestions, errors):
/// control characters — C0, DEL, C1 — and the bidirectional overrides and isolates (U+202A–U+202E,
/// U+2066–U+2069) are shown as `?`, so no text from data or arguments can move the cursor, clear
/// the screen, forge a line or reorder what a planner reads. CSV and JSON keep the data exact.
enum TerminalText {
  /// `text` made safe; with `keepingNewlines`, line feeds stay (text the tool laid out in lines).
  static func safe(_ text: String, keepingNewlines: Bool = false) -> String {
    // Most text has nothing to replace: printable ASCII, or no unsafe scalar at all.
    // Read in place (a cell of every table passes here): the byte view's iterator is slower.
    var bytes = text
    if bytes.withUTF8({ $0.allSatisfy { $0 >= 0x20 && $0 < 0x7F } }) { return text }
    if !text.unicodeScalars.contains(where: { isUnsafe($0) && !(keepingNewlines && $0 == "\n") }) {
      return text
    }
    var result = ""
    result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
    for scalar in text.unicodeScalars {
      if keepingNewlines && scalar == "\n" {
        result.unicodeScalars.append(scalar)
      } else if isUnsafe(scalar) {
        result.append("?")
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value)
      || (0x2066...0x2069).contains(value)
  }
}
