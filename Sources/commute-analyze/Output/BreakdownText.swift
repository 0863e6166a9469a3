import TransitModel

/// Where the minutes of a trip go (`Trip.breakdown`), as text, CSV cells and JSON.
enum BreakdownText {
  /// The parts in report order with their column names.
  static func parts(_ breakdown: TripBreakdown) -> [(name: String, seconds: Int32)] {
    [
      ("access_overheads", breakdown.accessAndOverheadsSeconds),
      ("wait", breakdown.waitSeconds),
      ("in_vehicle", breakdown.inVehicleSeconds),
      ("transfer", breakdown.transferSeconds),
      ("egress", breakdown.egressSeconds),
      ("drive", breakdown.driveSeconds),
      ("parking", breakdown.parkingSeconds),
    ]
  }

  /// `access+overheads 25.0 + wait 7.5 + in-vehicle 30.0 + ...`, non-zero parts only.
  static func summary(_ breakdown: TripBreakdown) -> String {
    let text = parts(breakdown).filter { $0.seconds > 0 }.map {
      "\(label($0.name)) \(MinutesText.text(seconds: $0.seconds) ?? "")"
    }
    return text.isEmpty ? "0.0" : text.joined(separator: " + ")
  }

  /// How a table names a part (`in_vehicle` → `in-vehicle`).
  static func label(_ name: String) -> String {
    switch name {
    case "access_overheads": return "access+overheads"
    case "in_vehicle": return "in-vehicle"
    default: return name
    }
  }

  /// The part with the most minutes (the bottleneck), or nil for an empty trip.
  static func largestPart(_ breakdown: TripBreakdown) -> String? {
    let parts = parts(breakdown).filter { $0.seconds > 0 }
    return parts.max { $0.seconds < $1.seconds }?.name
  }

  /// `{"access_overheads_minutes": 25.0, ...}` plus the number of transfers.
  static func json(_ breakdown: TripBreakdown) -> JSONValue {
    var object: [String: JSONValue] = ["transfers": .integer(breakdown.transfers)]
    for part in parts(breakdown) {
      object[part.name + "_minutes"] = MinutesText.json(seconds: part.seconds)
    }
    object["dwell_minutes"] = MinutesText.json(seconds: breakdown.dwellSeconds)
    return .object(object)
  }
}
