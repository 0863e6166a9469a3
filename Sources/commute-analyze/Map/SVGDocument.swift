/// Builds an SVG document as text, deterministically: coordinates with one decimal (a tenth of a
/// pixel), every text and attribute value that may come from data XML-escaped, elements in the order
/// they were added (later ones are drawn on top).
struct SVGDocument {
  let width: Double
  let height: Double
  private(set) var body = ""

  init(width: Double, height: Double) {
    self.width = width
    self.height = height
  }

  /// The whole document, with an XML declaration, ending in a newline.
  var text: String {
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Self.number(width))\" "
      + "height=\"\(Self.number(height))\" viewBox=\"0 0 \(Self.number(width)) "
      + "\(Self.number(height))\">\n" + body + "</svg>\n"
  }

  /// Appends raw markup built by the other methods (never data text: use `text(_:...)`).
  mutating func append(_ markup: String) {
    body += markup
    if !markup.hasSuffix("\n") { body += "\n" }
  }

  /// An element with attributes (values escaped) and no content.
  mutating func element(_ name: String, _ attributes: [(String, String)]) {
    append("<\(name)\(Self.attributes(attributes))/>")
  }

  /// A `<text>` element; `content` is escaped.
  mutating func text(_ content: String, x: Double, y: Double, _ attributes: [(String, String)] = [])
  {
    let position = [("x", Self.number(x)), ("y", Self.number(y))]
    append("<text\(Self.attributes(position + attributes))>\(XMLText.escaped(content))</text>")
  }

  /// Opens a `<g>` group; close it with `endGroup()`.
  mutating func beginGroup(_ attributes: [(String, String)]) {
    append("<g\(Self.attributes(attributes))>")
  }

  mutating func endGroup() { append("</g>") }

  /// ` name="value"` for each pair, values escaped.
  static func attributes(_ pairs: [(String, String)]) -> String {
    pairs.map { " \($0.0)=\"\(XMLText.escaped($0.1))\"" }.joined()
  }

  /// A coordinate with one decimal, without locale (`-0.0` written `0.0`).
  static func number(_ value: Double) -> String {
    value.isFinite ? FixedDecimal.text(value, decimals: 1) : "0.0"
  }

  /// SVG path data of closed rings (`M … L … Z` each), for `fill-rule="evenodd"` polygons with holes.
  static func pathData(rings: [[(x: Double, y: Double)]]) -> String {
    var data = ""
    for ring in rings where ring.count >= 3 {
      for (index, point) in ring.enumerated() {
        data += (index == 0 ? "M" : "L") + number(point.x) + " " + number(point.y)
      }
      data += "Z"
    }
    return data
  }
}
