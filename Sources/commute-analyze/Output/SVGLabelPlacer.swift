/// Places text labels next to points without overlaps: each label tries the right, left, top and
/// bottom of its point in turn and is skipped when all four collide with a label or a point already
/// placed. Callers offer labels in priority order (larger places first).
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

  /// Tries to place `text` beside a point of radius `radius`; returns whether it was placed.
  @discardableResult
  mutating func place(
    _ text: String, x: Double, y: Double, radius: Double, fontSize: Double,
    ignoring ownIndex: Int? = nil
  ) -> Bool {
    let width = Self.width(of: text, fontSize: fontSize)
    let gap = radius + 3
    let half = fontSize * 0.36
    // (anchor x, baseline y, anchor, box)
    let candidates: [(Double, Double, String, Box)] = [
      (
        x + gap, y + half, "start",
        Box(minX: x + gap, minY: y - fontSize / 2, maxX: x + gap + width, maxY: y + fontSize / 2)
      ),
      (
        x - gap, y + half, "end",
        Box(minX: x - gap - width, minY: y - fontSize / 2, maxX: x - gap, maxY: y + fontSize / 2)
      ),
      (
        x, y - gap - 2, "middle",
        Box(
          minX: x - width / 2, minY: y - gap - 2 - fontSize, maxX: x + width / 2, maxY: y - gap - 2
        )
      ),
      (
        x, y + gap + fontSize, "middle",
        Box(minX: x - width / 2, minY: y + gap, maxX: x + width / 2, maxY: y + gap + fontSize)
      ),
    ]
    for (anchorX, baseline, anchor, box) in candidates {
      guard box.minX >= bounds.minX, box.maxX <= bounds.maxX, box.minY >= bounds.minY,
        box.maxY <= bounds.maxY
      else { continue }
      var collides = false
      for (index, other) in taken.enumerated() where index != ownIndex && box.overlaps(other) {
        collides = true
        break
      }
      if collides { continue }
      taken.append(box)
      placed.append(
        Placed(text: text, x: anchorX, y: baseline, anchor: anchor, fontSize: fontSize))
      return true
    }
    return false
  }

  /// Index the next `reserve` call will take (to let a label ignore its own point).
  var nextIndex: Int { taken.count }
}
