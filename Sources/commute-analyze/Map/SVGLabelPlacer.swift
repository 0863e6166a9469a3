/// Places text labels next to points without overlaps: each label tries the right, left, top and
/// bottom of its point, then its four diagonals, in turn, and is skipped when all eight positions
/// collide with a label or a point already placed (or leave the bounds). Callers offer labels in
/// priority order (larger places first).
struct SVGLabelPlacer {
  struct Box {
    var minX: Double
    var minY: Double
    var maxX: Double
    var maxY: Double

    func overlaps(_ other: Box) -> Bool {
      minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
    }
  }

  /// A label that found a place: text anchored at (`x`, `y`) with `anchor` (`start`, `end`,
  /// `middle`), baseline at `y`.
  struct Placed {
    var text: String
    var x: Double
    var y: Double
    var anchor: String
    var fontSize: Double
  }

  private var taken: [Box] = []
  private let bounds: Box
  private(set) var placed: [Placed] = []

  init(minX: Double, minY: Double, maxX: Double, maxY: Double) {
    bounds = Box(minX: minX, minY: minY, maxX: maxX, maxY: maxY)
  }

  /// Marks a point's circle (centre and radius) as occupied, so that no label covers it.
  mutating func reserve(x: Double, y: Double, radius: Double) {
    taken.append(Box(minX: x - radius, minY: y - radius, maxX: x + radius, maxY: y + radius))
  }

  /// Marks a rectangle (legend, scale bar) as occupied.
  mutating func reserve(_ box: Box) { taken.append(box) }

  /// Estimated width of `text` in pixels: wide (CJK) characters one em, others 0.56 em.
  static func width(of text: String, fontSize: Double) -> Double {
    text.unicodeScalars.reduce(0) { sum, scalar in
      sum + (scalar.value >= 0x1100 ? 1.0 : 0.56) * fontSize
    }
  }

  /// Tries to place `text` beside a point of radius `radius`; returns whether it was placed. With
  /// `force` (the origins' labels), a label that fits nowhere goes to the right of its point anyway.
  @discardableResult
  mutating func place(
    _ text: String, x: Double, y: Double, radius: Double, fontSize: Double, force: Bool = false
  ) -> Bool {
    let gap = radius + 3
    let far = gap + fontSize * 0.7
    // Right, left, above, below, then the four diagonals a little farther out:
    // (anchor x, baseline, text-anchor).
    let candidates: [(Double, Double, String)] = [
      (x + gap, y + 0.38 * fontSize, "start"),
      (x - gap, y + 0.38 * fontSize, "end"),
      (x, y - gap - Self.descent * fontSize, "middle"),
      (x, y + gap + Self.ascent * fontSize, "middle"),
      (x + gap, y - far + 0.38 * fontSize, "start"),
      (x + gap, y + far + 0.38 * fontSize, "start"),
      (x - gap, y - far + 0.38 * fontSize, "end"),
      (x - gap, y + far + 0.38 * fontSize, "end"),
    ]
    for (anchorX, baseline, anchor) in candidates {
      let label = Placed(text: text, x: anchorX, y: baseline, anchor: anchor, fontSize: fontSize)
      let box = Self.box(of: label)
      guard box.minX >= bounds.minX, box.maxX <= bounds.maxX, box.minY >= bounds.minY,
        box.maxY <= bounds.maxY
      else { continue }
      var collides = false
      for other in taken where box.overlaps(other) {
        collides = true
        break
      }
      if collides { continue }
      taken.append(box)
      placed.append(label)
      return true
    }
    if force, let (anchorX, baseline, anchor) = candidates.first {
      let label = Placed(text: text, x: anchorX, y: baseline, anchor: anchor, fontSize: fontSize)
      taken.append(Self.box(of: label))
      placed.append(label)
      return true
    }
    return false
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
