import Dispatch
import Foundation
import Graph

/// N-1 failure sweeps: each element of the request taken out alone, coverage measured again.
///
/// Each profile is compiled once. Taking an element out makes its arcs unusable in a copy of the
/// weights of that one graph (a road link: both `drive` arcs; a rail segment: the `ride` arcs of
/// every hop `RailTrack` cuts with it, both directions), never recompiling the network: the same
/// structure, the same tie-breaking, one search from the anchors per element and profile.
/// Elements are spread over threads; the outcomes do not depend on the thread count.
public enum FailureSweep {
  /// Outcomes element by element (the request's order), each with one outcome per profile in
  /// the request's profile order.
  public static func run(
    _ request: SweepRequest, on validated: ValidatedNetwork, track: RailTrack? = nil,
    threadCount: Int? = nil
  ) throws -> [SweepOutcome] {
    let network = validated.network
    let coverage = request.coverage
    try coverage.validate(against: network)
    let track = track ?? RailTrack(network: network)
    let listed = network.places.indices.filter {
      coverage.lists(network.places[$0]) && !coverage.centre.contains($0)
    }
    let population = network.places.map(\.population)
    let threads = max(1, threadCount ?? ProcessInfo.processInfo.activeProcessorCount)
    var byProfile: [[SweepOutcome]] = []
    for profile in coverage.profiles {
      let compiled = CompiledNetwork(
        network: validated, profile: profile, parameters: coverage.parameters)
      let cuts = ElementArcs(compiled, direction: coverage.direction, track: track)
      let start = compiled.searchStart(at: coverage.anchors, direction: coverage.direction)
      let ends = network.places.indices.map { place in
        coverage.direction == .to
          ? compiled.originNode(ofPlace: place) : compiled.destinationNode(ofPlace: place)
      }
      let baseWeights = start.graph.arcWeights
      @Sendable func times(_ graph: CSRGraph, _ workspace: inout SearchWorkspace) -> [Int32?] {
        workspace.run(on: graph, from: start.sources)
        return ends.map { node in
          let seconds = workspace.distance(to: node)
          return seconds == Distance.unreachable ? nil : seconds
        }
      }
      var baseWorkspace = SearchWorkspace(nodeCount: start.graph.nodeCount)
      let base = times(start.graph, &baseWorkspace)
      let outcomes = ParallelSlots<SweepOutcome>(count: request.elements.count)
      let workers = min(threads, max(1, request.elements.count))
      DispatchQueue.concurrentPerform(iterations: workers) { worker in
        var workspace = SearchWorkspace(nodeCount: start.graph.nodeCount)
        var weights = baseWeights
        for index in stride(from: worker, to: request.elements.count, by: workers) {
          let element = request.elements[index]
          let arcs = cuts.arcs(of: element)
          for arc in arcs { weights[arc] = Distance.unreachable }
          let cut =
            arcs.isEmpty ? base : times(start.graph.reweighted(weights), &workspace)
          for arc in arcs { weights[arc] = baseWeights[arc] }
          outcomes.set(
            index,
            SweepOutcome.measure(
              element: element, profile: profile, listed: listed, population: population,
              base: base, cut: cut, thresholdMinutes: request.thresholdMinutes))
        }
      }
      byProfile.append(outcomes.values)
    }
    return request.elements.indices.flatMap { index in byProfile.map { $0[index] } }
  }
}

/// Which arcs of the searched graph (forward or reverse) carry each element.
private struct ElementArcs: Sendable {
  private var linkArcs: [RoadLinkID: [Int]] = [:]
  private var hopArcs: [RailTrack.Hop: [Int]] = [:]
  private let track: RailTrack

  init(_ compiled: CompiledNetwork, direction: TravelDirection, track: RailTrack) {
    self.track = track
    // Arc of `graph` → arc of the searched graph.
    var searched = Array(compiled.arcRoles.indices)
    if direction == .to {
      for (reverseArc, original) in compiled.reverse.originalArc.enumerated() {
        searched[Int(original)] = reverseArc
      }
    }
    let network = compiled.network
    for (arc, role) in compiled.arcRoles.enumerated() {
      switch role {
      case .drive(let link, _):
        linkArcs[network.roadLinks[link].id, default: []].append(searched[arc])
      case .ride(let p, let position):
        let pattern = compiled.patterns[p]
        // The hop of the line's stop list this ride runs over, whichever the direction.
        let index = pattern.reversed ? pattern.stops.count - 2 - position : position
        hopArcs[RailTrack.Hop(line: pattern.line, index: index), default: []].append(
          searched[arc])
      default:
        continue
      }
    }
  }

  func arcs(of element: SweepElement) -> [Int] {
    switch element {
    case .roadLink(let id): return linkArcs[id] ?? []
    case .railSegment(let segment):
      return track.hops(cutBy: segment).flatMap { hopArcs[$0] ?? [] }
    }
  }
}
