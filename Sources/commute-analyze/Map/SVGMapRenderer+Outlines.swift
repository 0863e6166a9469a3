import Foundation
import TransitModel

extension SVGMapRenderer {
  /// Outline of the planning scope: around every place in it (wholly or partly).
  static let scopeOutline = SVGMapStyle.Stroke(colour: "#212529", width: 2.0, dash: "14 4 3 4")
  /// How far outlines stand off their places, in pixels (scope, clusters).
  static let scopeOutlinePadding = 20.0
  static let clusterOutlinePadding = 12.0

  /// Outline of the cluster at `index` among the network's clusters (sorted by id).
  static func clusterOutline(index: Int) -> SVGMapStyle.Stroke {
    let colours = ["#1864ab", "#5f3dc4", "#a61e4d", "#364fc7", "#862e9c"]
    return SVGMapStyle.Stroke(colour: colours[index % colours.count], width: 2.2, dash: "1 4")
  }

  /// The planning scope and each cluster (长吉, 长平, 长辽) outlined: the convex hull of their places'
  /// points, each point widened to a 16-gon of the padding, so the line passes clear of the places.
  static func drawOutlines(
    _ content: SVGMapContent, _ frame: SVGMapFrame, into document: inout SVGDocument
  ) {
    let network = content.network
    let pixels = network.places.map { frame.pixel(latitude: $0.latitude, longitude: $0.longitude) }
    document.beginGroup([("id", "outlines")])
    let scope = network.places.indices.filter { network.places[$0].scope != .no }
    if let path = outlinePath(scope.map { pixels[$0] }, padding: scopeOutlinePadding) {
      document.element("path", [("id", "planning-scope"), ("d", path)] + scopeOutline.attributes)
    }
    for (index, cluster) in network.clusters.enumerated() {
      let members = network.places.indices.filter {
        network.places[$0].clusters.contains(cluster.id)
      }
      if let path = outlinePath(members.map { pixels[$0] }, padding: clusterOutlinePadding) {
        document.element(
          "path",
          [("id", "cluster-\(cluster.id.rawValue)"), ("d", path)]
            + clusterOutline(index: index).attributes)
      }
    }
    document.endGroup()
  }

  /// Closed path data of the padded convex hull of `points`, nil when there are none.
  static func outlinePath(_ points: [(x: Double, y: Double)], padding: Double) -> String? {
    var widened: [(x: Double, y: Double)] = []
    for point in points {
      for step in 0..<16 {
        let angle = Double(step) * .pi / 8
        widened.append((point.x + padding * cos(angle), point.y + padding * sin(angle)))
      }
    }
    let hull = convexHull(widened)
    guard let first = hull.first else { return nil }
    var data = "M\(SVGDocument.number(first.x)) \(SVGDocument.number(first.y))"
    for point in hull.dropFirst() {
      data += "L\(SVGDocument.number(point.x)) \(SVGDocument.number(point.y))"
    }
    return data + "Z"
  }

  /// Convex hull (Andrew's monotone chain), counter-clockwise with y up (clockwise as the page,
  /// y down, shows it), without collinear
  /// points.
  static func convexHull(_ points: [(x: Double, y: Double)]) -> [(x: Double, y: Double)] {
    let sorted = points.sorted { ($0.x, $0.y) < ($1.x, $1.y) }
    guard sorted.count > 2 else { return sorted }
    func cross(
      _ o: (x: Double, y: Double), _ a: (x: Double, y: Double), _ b: (x: Double, y: Double)
    ) -> Double {
      (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x)
    }
    var lower: [(x: Double, y: Double)] = []
    for point in sorted {
      while lower.count >= 2, cross(lower[lower.count - 2], lower[lower.count - 1], point) <= 0 {
        lower.removeLast()
      }
      lower.append(point)
    }
    var upper: [(x: Double, y: Double)] = []
    for point in sorted.reversed() {
      while upper.count >= 2, cross(upper[upper.count - 2], upper[upper.count - 1], point) <= 0 {
        upper.removeLast()
      }
      upper.append(point)
    }
    return Array(lower.dropLast() + upper.dropLast())
  }
}
