/// Places text labels next to points without overlaps. Each label tries, in turn: the right, left,
/// top and bottom of its point, then its four diagonals; for a label that must be shown, the same
/// eight directions farther out, joined to the point by a leader line. Positions that cross none of
/// the reserved strokes (rail lines, expressways) are tried before positions that cross one. A label
/// is skipped when every position collides with a label or a point already placed (or leaves the
/// bounds). Callers offer labels in priority order (larger places first), so a large place never
/// loses its place to a small one.
struct SVGLabelPlacer {
  struct Box {
    var minX: Double
    var minY: Double
    var maxX: Double
    var maxY: Double

    func overlaps(_ other: Box) -> Bool {
      minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
    }

    /// Whether the segment from `a` to `b` passes through the box (Liang–Barsky clipping).
    func isCrossed(from a: (x: Double, y: Double), to b: (x: Double, y: Double)) -> Bool {
      var low = 0.0
      var high = 1.0
      let dx = b.x - a.x
      let dy = b.y - a.y
      for (p, q) in [(-dx, a.x - minX), (dx, maxX - a.x), (-dy, a.y - minY), (dy, maxY - a.y)] {
        if p == 0 {
          if q < 0 { return false }
          continue
        }
        let t = q / p
        if p < 0 { low = max(low, t) } else { high = min(high, t) }
        if low > high { return false }
      }
      return true
    }
  }

  /// A label that found a place: text anchored at (`x`, `y`) with `anchor` (`start`, `end`,
  /// `middle`), baseline at `y`; `leader` joins the point to a label set away from it.
  struct Placed {
    var text: String
    var x: Double
    var y: Double
    var anchor: String
    var fontSize: Double
    var leader: (x1: Double, y1: Double, x2: Double, y2: Double)? = nil
    /// What the label names, which decides how it is drawn.
    var kind: Kind = .place
  }

  /// What a label names: a place, a station or airport, a line (in its class colour), a road (a
  /// shield of its class colour).
  enum Kind: Equatable {
    case place
    case stop
    case line(colour: String)
    case road(colour: String)
  }

  private var taken: [Box] = []
  private var strokes: [(a: (x: Double, y: Double), b: (x: Double, y: Double))] = []
  private let bounds: Box
  private(set) var placed: [Placed] = []

  /// How many steps of about one line height a must-show label may move away from its point.
  static let leaderSteps = 6

  init(minX: Double, minY: Double, maxX: Double, maxY: Double) {
    bounds = Box(minX: minX, minY: minY, maxX: maxX, maxY: maxY)
  }

  /// Marks a point's circle (centre and radius) as occupied, so that no label covers it.
  mutating func reserve(x: Double, y: Double, radius: Double) {
    taken.append(Box(minX: x - radius, minY: y - radius, maxX: x + radius, maxY: y + radius))
  }

  /// Marks a rectangle (legend, scale bar) as occupied.
  mutating func reserve(_ box: Box) { taken.append(box) }

  /// A drawn stroke (a rail line, an expressway) that labels avoid crossing where they can.
  mutating func reserveStroke(from a: (x: Double, y: Double), to b: (x: Double, y: Double)) {
    strokes.append((a, b))
  }

  /// Estimated width of `text` in pixels: wide (CJK) characters one em, others 0.56 em.
  static func width(of text: String, fontSize: Double) -> Double {
    text.unicodeScalars.reduce(0) { sum, scalar in
      sum + (scalar.value >= 0x1100 ? 1.0 : 0.56) * fontSize
    }
  }

  /// The eight positions around a point at `gap` pixels: (anchor x, baseline, text-anchor).
  private static func ring(
    x: Double, y: Double, gap: Double, fontSize: Double
  ) -> [(Double, Double, String)] {
    let far = gap + fontSize * 0.7
    let middle = 0.38 * fontSize
    return [
      (x + gap, y + middle, "start"),
      (x - gap, y + middle, "end"),
      (x, y - gap - Self.descent * fontSize, "middle"),
      (x, y + gap + Self.ascent * fontSize, "middle"),
      (x + gap, y - far + middle, "start"),
      (x + gap, y + far + middle, "start"),
      (x - gap, y - far + middle, "end"),
      (x - gap, y + far + middle, "end"),
    ]
  }

  /// Tries to place `text` beside a point of radius `radius`; returns whether it was placed. With
  /// `mustShow`, positions farther out with a leader line are tried too; with `force` (the
  /// origins), a label that fits nowhere goes to the right of its point anyway.
  @discardableResult
  mutating func place(
    _ text: String, x: Double, y: Double, radius: Double, fontSize: Double,
    mustShow: Bool = false, force: Bool = false, kind: Kind = .place
  ) -> Bool {
    let near = Self.ring(x: x, y: y, gap: radius + 3, fontSize: fontSize)
    var close: [(Double, Double, String)] = []
    var farther: [(Double, Double, String)] = []
    if mustShow || force {
      for step in 1...Self.leaderSteps {
        let ring = Self.ring(
          x: x, y: y, gap: radius + 3 + Double(step) * fontSize * 1.1, fontSize: fontSize)
        if step <= 2 { close += ring } else { farther += ring }
      }
    }
    // Beside the point clear of strokes, a little away clear of strokes, beside the point across
    // a stroke, then anywhere within reach.
    let passes = [(near, true), (close, true), (near, false), (close + farther, false)]
    for (candidates, avoidingStrokes) in passes {
      do {
        for (anchorX, baseline, anchor) in candidates {
          var label = Placed(
            text: text, x: anchorX, y: baseline, anchor: anchor, fontSize: fontSize, kind: kind)
          let box = Self.box(of: label)
          guard fits(box, avoidingStrokes: avoidingStrokes) else { continue }
          label.leader = Self.leader(x: x, y: y, radius: radius, to: box)
          taken.append(box)
          placed.append(label)
          return true
        }
      }
    }
    if force, let (anchorX, baseline, anchor) = near.first {
      let label = Placed(text: text, x: anchorX, y: baseline, anchor: anchor, fontSize: fontSize)
      taken.append(Self.box(of: label))
      placed.append(label)
      return true
    }
    return false
  }

  /// Places `text` centred on (`x`, `baseline`) if it collides with nothing placed or reserved
  /// (strokes allowed: line names and road numbers sit on their own strokes); returns whether it
  /// was placed. `padding` widens the box (a road shield around its number).
  @discardableResult
  mutating func place(
    _ text: String, centredAt x: Double, baseline: Double, fontSize: Double, kind: Kind,
    padding: Double = 0
  ) -> Bool {
    let label = Placed(
      text: text, x: x, y: baseline, anchor: "middle", fontSize: fontSize, kind: kind)
    var box = Self.box(of: label)
    box.minX -= padding
    box.maxX += padding
    box.minY -= padding
    box.maxY += padding
    guard fits(box, avoidingStrokes: false) else { return false }
    taken.append(box)
    placed.append(label)
    return true
  }

  private func fits(_ box: Box, avoidingStrokes: Bool) -> Bool {
    guard box.minX >= bounds.minX, box.maxX <= bounds.maxX, box.minY >= bounds.minY,
      box.maxY <= bounds.maxY
    else { return false }
    for other in taken where box.overlaps(other) { return false }
    if avoidingStrokes {
      for stroke in strokes where box.isCrossed(from: stroke.a, to: stroke.b) { return false }
    }
    return true
  }

  /// A line from the edge of the point's circle to the nearest point of the label's box, when the
  /// label stands clearly away from the point (more than 6 pixels beyond the circle).
  private static func leader(
    x: Double, y: Double, radius: Double, to box: Box
  ) -> (x1: Double, y1: Double, x2: Double, y2: Double)? {
    let nearestX = min(max(x, box.minX), box.maxX)
    let nearestY = min(max(y, box.minY), box.maxY)
    let dx = nearestX - x
    let dy = nearestY - y
    let distance = (dx * dx + dy * dy).squareRoot()
    guard distance > radius + 6 else { return nil }
    let edge = max(radius - 3, 0) / distance
    return (x + dx * edge, y + dy * edge, nearestX, nearestY)
  }

  /// Share of the font size above the baseline, and below it, that glyphs occupy.
  static let ascent = 0.88
  static let descent = 0.12

  /// The rectangle a placed label covers (estimated from its text, font size and anchor).
  static func box(of label: Placed) -> Box {
    let width = width(of: label.text, fontSize: label.fontSize)
    let minX: Double
    switch label.anchor {
    case "start": minX = label.x
    case "end": minX = label.x - width
    default: minX = label.x - width / 2
    }
    return Box(
      minX: minX, minY: label.y - ascent * label.fontSize, maxX: minX + width,
      maxY: label.y + descent * label.fontSize)
  }
}
