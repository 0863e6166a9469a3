/// Writes the legend column entry by entry, top to bottom: headings, swatches, line samples, circles
/// and notes, each with its label.
struct SVGMapLegend {
  let x: Double
  private(set) var y: Double

  init(x: Double, y: Double) {
    self.x = x
    self.y = y
  }

  private var textStyle: [(String, String)] {
    [("font-family", SVGMapStyle.fontFamily), ("font-size", "12"), ("fill", "#1a1a1a")]
  }

  mutating func heading(_ text: String, into document: inout SVGDocument) {
    y += 14
    document.text(
      text, x: x, y: y,
      [
        ("font-family", SVGMapStyle.fontFamily), ("font-size", "13.5"), ("font-weight", "bold"),
        ("fill", "#1a1a1a"),
      ])
    y += 8
  }

  mutating func note(_ text: String, into document: inout SVGDocument) {
    y += 13
    document.text(
      text, x: x + 4, y: y,
      [("font-family", SVGMapStyle.fontFamily), ("font-size", "10.5"), ("fill", "#525252")])
    y += 2
  }

  mutating func swatch(fill: String, label: String, into document: inout SVGDocument) {
    y += 6
    let n = SVGDocument.number
    document.element(
      "rect",
      [
        ("x", n(x)), ("y", n(y)), ("width", "30"), ("height", "14"), ("fill", fill),
        ("stroke", "#41ab5d"), ("stroke-width", "0.6"),
      ])
    document.text(label, x: x + 40, y: y + 11.5, textStyle)
    y += 14
  }

  mutating func line(_ stroke: SVGMapStyle.Stroke, label: String, into document: inout SVGDocument)
  {
    y += 6
    let n = SVGDocument.number
    document.element(
      "line",
      [("x1", n(x)), ("y1", n(y + 7)), ("x2", n(x + 30)), ("y2", n(y + 7))] + stroke.attributes)
    document.text(label, x: x + 40, y: y + 11.5, textStyle)
    y += 14
  }

  mutating func circle(
    radius: Double, fill: String, stroke: String, label: String, into document: inout SVGDocument
  ) {
    let size = max(14, radius * 2)
    y += 6
    let n = SVGDocument.number
    document.element(
      "circle",
      [
        ("cx", n(x + 15)), ("cy", n(y + size / 2)), ("r", n(radius)), ("fill", fill),
        ("stroke", stroke), ("stroke-width", stroke == SVGMapStyle.gapColour ? "2.4" : "1"),
      ])
    document.text(label, x: x + 40, y: y + size / 2 + 4.5, textStyle)
    y += size
  }

  /// A small symbol (SVG path data drawn around the origin) with its label.
  mutating func symbol(
    _ pathData: (Double, Double) -> String, fill: String, label: String,
    into document: inout SVGDocument
  ) {
    y += 6
    document.element(
      "path",
      [
        ("d", pathData(x + 15, y + 7)), ("fill", fill), ("stroke", "#252525"),
        ("stroke-width", "1"),
      ]
    )
    document.text(label, x: x + 40, y: y + 11.5, textStyle)
    y += 14
  }

  /// Round populations to show as example circles: the largest place's order of magnitude and two
  /// smaller steps (e.g. 3,000,000 → 1,000,000, 300,000, 100,000 … as present).
  static func examplePopulations(largest: Int) -> [Int] {
    guard largest > 0 else { return [] }
    var top = 1
    while top * 10 <= largest { top *= 10 }
    let candidates = [top * 5, top * 2, top, top / 10 * 3, top / 10]
    return candidates.filter { $0 > 0 && $0 <= largest }.prefix(3).map { $0 }
  }

  /// Population in 万 (10,000) as Chinese planners write it, with the plain number.
  static func populationText(_ population: Int) -> String {
    let wan = population / 10_000
    var digits = String(population)
    var grouped = ""
    while digits.count > 3 {
      grouped = "," + digits.suffix(3) + grouped
      digits.removeLast(3)
    }
    return "\(wan)万 (\(digits + grouped))"
  }
}
