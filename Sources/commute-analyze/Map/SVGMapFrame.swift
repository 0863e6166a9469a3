import TransitModel

/// Where the map is drawn on the page: the network's azimuthal equidistant plane, scaled uniformly
/// so that the chosen extent fits the map area, north up (true at the projection centre).
struct SVGMapFrame {
  let projection: AzimuthalEquidistantProjection
  /// The map area on the page, in pixels.
  let left: Double
  let top: Double
  let width: Double
  let height: Double
  /// Pixels per kilometre of the plane (true at the projection centre; the scale bar uses it).
  let pixelsPerKm: Double
  /// Plane point shown at the centre of the map area.
  let centre: PlanarPoint

  /// Fits the plane points `extent` (with `marginFraction` around them) into the map area.
  init(
    projection: AzimuthalEquidistantProjection, extent: [PlanarPoint], left: Double, top: Double,
    width: Double, height: Double, marginFraction: Double = 0.08
  ) {
    self.projection = projection
    self.left = left
    self.top = top
    self.width = width
    self.height = height
    let xs = extent.map(\.xKm)
    let ys = extent.map(\.yKm)
    let minX = xs.min() ?? -50
    let maxX = xs.max() ?? 50
    let minY = ys.min() ?? -50
    let maxY = ys.max() ?? 50
    let spanX = max(maxX - minX, 20) * (1 + 2 * marginFraction)
    let spanY = max(maxY - minY, 20) * (1 + 2 * marginFraction)
    pixelsPerKm = min(width / spanX, height / spanY)
    centre = PlanarPoint(xKm: (minX + maxX) / 2, yKm: (minY + maxY) / 2)
  }

  /// Page position of a plane point.
  func pixel(_ point: PlanarPoint) -> (x: Double, y: Double) {
    (
      left + width / 2 + (point.xKm - centre.xKm) * pixelsPerKm,
      top + height / 2 - (point.yKm - centre.yKm) * pixelsPerKm
    )
  }

  /// Page position of WGS-84 degrees.
  func pixel(latitude: Double, longitude: Double) -> (x: Double, y: Double) {
    pixel(projection.project(latitude: latitude, longitude: longitude))
  }

  /// Whether a page position lies inside the map area (with `slack` pixels around it).
  func contains(_ position: (x: Double, y: Double), slack: Double = 0) -> Bool {
    position.x >= left - slack && position.x <= left + width + slack && position.y >= top - slack
      && position.y <= top + height + slack
  }

  /// A round scale-bar length (1, 2, 5 × 10ⁿ km) close to a fifth of the map width.
  var scaleBarKm: Double {
    let target = width / 5 / pixelsPerKm
    var best = 1.0
    var magnitude = 1.0
    while magnitude * 10 <= target { magnitude *= 10 }
    while magnitude > target, magnitude > 0.001 { magnitude /= 10 }
    for factor in [1.0, 2, 5, 10] where magnitude * factor <= target { best = magnitude * factor }
    return best
  }
}
