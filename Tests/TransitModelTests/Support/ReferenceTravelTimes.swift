import Foundation
import TransitModel

/// Door-to-door times computed straight from the rules of Networks/README.md, without the expanded
/// graph: car times by Floyd–Warshall over road nodes; transit by rounds of line rides (board at a
/// stop, ride any number of stops, get off), each round allowing one more transfer (in the same stop,
/// or by a stop transfer), repeated until nothing improves; park and ride only before the first ride.
/// Every minutes figure becomes whole seconds exactly as the rules say (once per figure).
struct ReferenceTravelTimes {
  let network: Network
  let profile: Profile
  let parameters: Parameters
  private let infinity = Int64.max / 4

  /// Whole seconds of a minutes figure, rounded half away from zero on the exact decimal value
  /// (Foundation's decimal arithmetic, not binary doubles: 22.7 km at 80 km/h is exactly 1,021.5 s,
  /// hence 1,022).
  private func seconds(_ minutes: Decimal) -> Int64 {
    var value = minutes * 60
    var rounded = Decimal()
    NSDecimalRound(&rounded, &value, 0, .plain)
    return Int64(truncating: rounded as NSDecimalNumber)
  }

  /// The decimal a figure was written as (its shortest representation).
  private func decimal(_ value: Double) -> Decimal { Decimal(string: "\(value)")! }

  private func boarding(_ stop: Stop) -> Int64 {
    switch stop.kind {
    case .rail: return seconds(decimal(parameters.railBoardingMinutes))
    case .airport: return seconds(decimal(parameters.airportBoardingMinutes))
    case .coach: return seconds(decimal(parameters.coachBoardingMinutes))
    case .metro: return seconds(decimal(parameters.metroBoardingMinutes))
    }
  }

  private func alighting(_ stop: Stop) -> Int64 {
    switch stop.kind {
    case .rail: return seconds(decimal(parameters.railAlightingMinutes))
    case .airport: return seconds(decimal(parameters.airportAlightingMinutes))
    case .coach: return seconds(decimal(parameters.coachAlightingMinutes))
    case .metro: return seconds(decimal(parameters.metroAlightingMinutes))
    }
  }

  /// Shortest driving seconds between road nodes (places then junctions, by id).
  private func carMatrix() -> (ids: [String], seconds: [[Int64]]) {
    let ids = network.places.map(\.id.rawValue) + network.junctions.map(\.id.rawValue)
    var d = Array(repeating: Array(repeating: infinity, count: ids.count), count: ids.count)
    for i in ids.indices { d[i][i] = 0 }
    for link in network.roadLinks {
      guard let a = ids.firstIndex(of: link.from.rawValue),
        let b = ids.firstIndex(of: link.to.rawValue)
      else {
        continue
      }
      let speed: Double
      switch link.roadClass {
      case .expressway: speed = link.speedKmh ?? parameters.expresswaySpeedKmh
      case .national: speed = link.speedKmh ?? parameters.nationalSpeedKmh
      case .provincial: speed = link.speedKmh ?? parameters.provincialSpeedKmh
      case .urban: speed = link.speedKmh ?? parameters.urbanSpeedKmh
      }
      let minutes = link.minutes.map(decimal) ?? (decimal(link.lengthKm) * 60 / decimal(speed))
      let time = seconds(minutes * decimal(parameters.congestionFactor))
      d[a][b] = min(d[a][b], time)
      if !link.oneway { d[b][a] = min(d[b][a], time) }
    }
    for k in ids.indices {
      for i in ids.indices where d[i][k] < infinity {
        for j in ids.indices where d[k][j] < infinity { d[i][j] = min(d[i][j], d[i][k] + d[k][j]) }
      }
    }
    return (ids, d)
  }

  /// One line run: stop indices, run seconds into each position, dwell seconds at each, wait.
  private struct Run {
    var stops: [Int]
    var runs: [Int64]
    var dwells: [Int64]
    var wait: Int64
  }

  private func runs() -> [Run] {
    var result: [Run] = []
    for line in network.lines where profile != .car {
      let isRail = [.highSpeed, .intercity, .conventional, .suburban, .metro].contains(
        line.lineClass)
      if profile == .rail && !isRail { continue }
      let stops = line.stops.compactMap { entry in network.stops.firstIndex { $0.id == entry.stop }
      }
      let headway: Decimal
      switch line.frequency {
      case .headway(let minutes): headway = decimal(minutes)
      case .departuresPerDay(let count):
        headway = decimal(parameters.serviceSpanHours) * 60 / decimal(count)
      }
      let wait = seconds(min(headway / 2, decimal(parameters.waitCapMinutes)))
      let runs = line.stops.map { seconds(decimal($0.runMinutes ?? 0)) }
      let dwells = line.stops.map {
        seconds(decimal($0.dwellMinutes ?? line.dwellMinutes ?? parameters.dwellMinutes))
      }
      result.append(Run(stops: stops, runs: runs, dwells: dwells, wait: wait))
      if line.directions == .both {
        // Reverse: the run into reverse position k is the forward run out of the mirrored stop.
        let reversedRuns = [0] + Array(runs.dropFirst().reversed())
        result.append(
          Run(stops: stops.reversed(), runs: reversedRuns, dwells: dwells.reversed(), wait: wait))
      }
    }
    return result
  }

  /// Seconds from `origin` to every place; nil where unreachable.
  func times(from origin: Int) -> [Int64?] {
    let car = profile == .car || profile == .any ? carMatrix() : nil
    let stops = network.stops
    let parking = seconds(decimal(parameters.parkingMinutes))
    var result = [Int64](repeating: infinity, count: network.places.count)
    result[origin] = 0
    if let car {
      for destination in network.places.indices where car.seconds[origin][destination] < infinity {
        result[destination] = min(result[destination], car.seconds[origin][destination] + parking)
      }
    }
    if profile != .car {
      let originID = network.places[origin].id
      // Standing at the departure side of each stop, before the first boarding.
      var ready = [Int64](repeating: infinity, count: stops.count)
      for connector in network.connectors where connector.place == originID {
        guard let s = stops.firstIndex(where: { $0.id == connector.stop }) else { continue }
        ready[s] = min(ready[s], seconds(decimal(connector.minutes)) + boarding(stops[s]))
      }
      if let car, profile == .any {
        for (s, stop) in stops.enumerated() where stop.parkAndRide {
          guard let place = car.ids.firstIndex(of: stop.place.rawValue),
            car.seconds[origin][place] < infinity
          else { continue }
          let drives = network.connectors.filter { $0.place == stop.place && $0.stop == stop.id }
            .map(\.minutes)
          guard let drive = drives.min() else { continue }
          let time =
            car.seconds[origin][place]
            + seconds(decimal(drive) * decimal(parameters.congestionFactor)) + parking
            + boarding(stop)
          ready[s] = min(ready[s], time)
        }
      }
      let bestOff = rides(from: ready)
      for connector in network.connectors {
        guard let s = stops.firstIndex(where: { $0.id == connector.stop }), bestOff[s] < infinity,
          let destination = network.places.firstIndex(where: { $0.id == connector.place })
        else { continue }
        result[destination] = min(
          result[destination],
          bestOff[s] + alighting(stops[s]) + seconds(decimal(connector.minutes)))
      }
    }
    return result.map { $0 < infinity ? $0 : nil }
  }

  /// Best time just off a vehicle at each stop, over any number of rides starting from `ready`.
  private func rides(from firstReady: [Int64]) -> [Int64] {
    let stops = network.stops
    let penalty = seconds(decimal(parameters.transferPenaltyMinutes))
    let runs = self.runs()
    var ready = firstReady
    var bestOff = [Int64](repeating: infinity, count: stops.count)
    var changed = true
    var rounds = 0
    while changed && rounds < 1_000 {
      changed = false
      rounds += 1
      var off = [Int64](repeating: infinity, count: stops.count)
      for run in runs {
        for i in 0..<(run.stops.count - 1) where ready[run.stops[i]] < infinity {
          var time = ready[run.stops[i]] + run.wait
          for j in (i + 1)..<run.stops.count {
            time += run.runs[j]
            off[run.stops[j]] = min(off[run.stops[j]], time)
            time += run.dwells[j]
          }
        }
      }
      for s in stops.indices where off[s] < bestOff[s] {
        bestOff[s] = off[s]
        changed = true
      }
      // The next ride: change line inside the stop, or walk to another stop of the city.
      var next = ready
      for s in stops.indices where bestOff[s] < infinity {
        next[s] = min(next[s], bestOff[s] + penalty)
      }
      for transfer in network.stopTransfers {
        guard let a = stops.firstIndex(where: { $0.id == transfer.fromStop }),
          let b = stops.firstIndex(where: { $0.id == transfer.toStop })
        else { continue }
        let cost = seconds(decimal(transfer.minutes) + decimal(parameters.transferPenaltyMinutes))
        if bestOff[a] < infinity {
          next[b] = min(next[b], bestOff[a] + alighting(stops[a]) + cost + boarding(stops[b]))
        }
        if bestOff[b] < infinity {
          next[a] = min(next[a], bestOff[b] + alighting(stops[b]) + cost + boarding(stops[a]))
        }
      }
      if next != ready { changed = true }
      ready = next
    }
    return bestOff
  }
}
