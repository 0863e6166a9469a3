/// Text for XML documents (the SVG map, JUnit reports).
enum XMLText {
  /// Text made safe for XML content and attribute values: `&`, `<`, `>`, `"`, `'` as entities,
  /// control characters other than tab and newline (not allowed in XML 1.0) dropped.
  static func escaped(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&apos;"
      default:
        if scalar.value < 0x20 && scalar != "\t" && scalar != "\n" { continue }
        if scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
