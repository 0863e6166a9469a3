import TransitModel

/// Colours, widths and names of everything the map draws, in one place so the legend and the layers
/// agree.
enum SVGMapStyle {
  /// Font list with CJK fonts first, so Chinese labels render wherever one of them is installed.
  static let fontFamily =
    "'Noto Sans CJK SC', 'Source Han Sans SC', 'Noto Sans SC', 'WenQuanYi Micro Hei', "
    + "'Microsoft YaHei', 'PingFang SC', sans-serif"

  /// Fill of the band within `index` of `count` cutoffs (0 = the smallest, darkest).
  static func bandFill(index: Int, count: Int) -> String {
    let palette = ["#238b45", "#74c476", "#bae4b3", "#edf8e9", "#f7fcf5"]
    if count <= palette.count { return palette[min(index, palette.count - 1)] }
    return palette[min(palette.count - 1, index * palette.count / max(count, 1))]
  }

  struct Stroke {
    var colour: String
    var width: Double
    var dash: String?
  }

  /// What a scenario added: lines, links and stops.
  static let scenarioAdded = Stroke(colour: "#c2255c", width: 4.2, dash: nil)
  /// What a scenario changed (figures or stops): teal, unlike any line or road class.
  static let scenarioChanged = Stroke(colour: "#0c8599", width: 4.2, dash: nil)
  /// What a scenario removed (drawn where it was).
  static let scenarioRemoved = Stroke(colour: "#343a40", width: 2.6, dash: "8 5")

  /// Rail, metro, coach, bus and air lines by class.
  static func stroke(_ lineClass: LineClass) -> Stroke {
    switch lineClass {
    case .highSpeed: return Stroke(colour: "#d7191c", width: 3.2, dash: nil)
    case .intercity: return Stroke(colour: "#7b3294", width: 2.6, dash: nil)
    case .conventional: return Stroke(colour: "#252525", width: 2.0, dash: "7 3")
    case .suburban: return Stroke(colour: "#2c7bb6", width: 2.2, dash: nil)
    case .metro: return Stroke(colour: "#1a9641", width: 1.8, dash: nil)
    case .coach: return Stroke(colour: "#8c510a", width: 1.2, dash: "2 2")
    case .bus: return Stroke(colour: "#bf812d", width: 0.9, dash: "1 2")
    case .air: return Stroke(colour: "#4d4d4d", width: 0.9, dash: "6 4")
    }
  }

  /// Roads by class.
  static func stroke(_ roadClass: RoadClass) -> Stroke {
    switch roadClass {
    case .expressway: return Stroke(colour: "#f08c00", width: 2.4, dash: nil)
    case .national: return Stroke(colour: "#e0a84a", width: 1.6, dash: nil)
    case .provincial: return Stroke(colour: "#b89f74", width: 1.1, dash: nil)
    case .urban: return Stroke(colour: "#6e6e6e", width: 1.3, dash: nil)
    }
  }

  static func label(_ lineClass: LineClass) -> String {
    switch lineClass {
    case .highSpeed: return "高速铁路 high-speed rail"
    case .intercity: return "城际铁路 intercity rail"
    case .conventional: return "普速铁路 conventional rail"
    case .suburban: return "市域铁路 suburban rail"
    case .metro: return "城市轨道交通 metro, light rail"
    case .coach: return "客运班线 coach"
    case .bus: return "公交 bus"
    case .air: return "航线 flight"
    }
  }

  static func label(_ roadClass: RoadClass) -> String {
    switch roadClass {
    case .expressway: return "高速公路 expressway"
    case .national: return "国道 national road"
    case .provincial: return "省道 provincial road"
    case .urban: return "城市道路 urban road"
    }
  }

  static let gapColour = "#e31a1c"
  static let placeFill = "#ffffff"
  static let placeStroke = "#252525"
  static let water = "#f2f6f9"
  /// Radius of the most populous place's circle, in pixels; others scale by √population.
  static let largestPlaceRadius = 16.0
}

extension SVGMapStyle.Stroke {
  /// Presentation attributes for an SVG line or path.
  var attributes: [(String, String)] {
    var pairs = [
      ("stroke", colour), ("stroke-width", SVGDocument.number(width)), ("fill", "none"),
      ("stroke-linecap", "round"),
    ]
    if let dash { pairs.append(("stroke-dasharray", dash)) }
    return pairs
  }
}
