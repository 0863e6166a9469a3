/// A number written with a fixed count of decimals, rounded half away from zero, without locale
/// (`12.5` with 2 decimals → `"12.50"`; `-0.04` with 1 → `"0.0"`, no negative zero).
///
/// One formatter for the CSV minutes, the SVG coordinates and the map's cutoffs, so that none of
/// them converts a huge but finite value (a cutoff of 1e300 minutes, a time off the network at a
/// speed of 1e-300 km/h) to an integer that cannot hold it: beyond 15 significant digits the
/// value is written as Swift's shortest round-trip description (`1e+300`).
enum FixedDecimal {
  static func text(_ value: Double, decimals: Int) -> String {
    var scale: Int64 = 1
    for _ in 0..<decimals { scale *= 10 }
    let scaled = (value * Double(scale)).rounded()
    guard scaled.isFinite, scaled.magnitude < 1e15 else { return "\(value)" }
    let units = Int64(scaled)
    let sign = units < 0 ? "-" : ""
    let magnitude = units.magnitude
    guard decimals > 0 else { return sign + String(magnitude) }
    let fraction = String(magnitude % UInt64(scale))
    return sign + String(magnitude / UInt64(scale)) + "."
      + String(repeating: "0", count: decimals - fraction.count) + fraction
  }
}
