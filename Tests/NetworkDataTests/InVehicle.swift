import TransitModel

/// In-vehicle minutes along one line: the runs between two of its stops plus the dwell at every stop
/// passed in between (line stop dwell, else the line's, else the parameter).
enum InVehicle {
  static func minutes(on line: Line, from: String, to: String, defaultDwell: Double) -> Double? {
    let stops = line.stops.map(\.stop.rawValue)
    var best: Double? = nil
    for i in stops.indices where stops[i] == from {
      for j in stops.indices where stops[j] == to && i != j {
        if j < i && line.directions == .forward { continue }
        let low = min(i, j)
        let high = max(i, j)
        var total = 0.0
        for k in (low + 1)...high { total += line.stops[k].runMinutes ?? 0 }
        for k in (low + 1)..<high {
          total += line.stops[k].dwellMinutes ?? line.dwellMinutes ?? defaultDwell
        }
        best = min(best ?? total, total)
      }
    }
    return best
  }
}
