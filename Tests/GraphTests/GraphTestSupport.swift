import Graph
import XCTest

/// A small seeded RNG (SplitMix64), so every random case can be replayed from its seed.
struct SplitMix64: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// A random small digraph with the awkward features the engine must handle: zero weights,
/// parallel arcs, self-loops and (often) unreachable nodes.
struct RandomGraphCase {
  let nodeCount: Int
  let arcs: [Arc]

  init(seed: UInt64) {
    var rng = SplitMix64(seed: seed)
    nodeCount = Int.random(in: 1...12, using: &rng)
    let arcCount = Int.random(in: 0...(nodeCount * 3), using: &rng)
    let maxWeight = [0, 1, 3, 10, 1000][Int.random(in: 0..<5, using: &rng)]
    var arcs: [Arc] = []
    for _ in 0..<arcCount {
      let from = Int32.random(in: 0..<Int32(nodeCount), using: &rng)
      // Self-loops about one time in eight.
      let to =
        Int.random(in: 0..<8, using: &rng) == 0
        ? from : Int32.random(in: 0..<Int32(nodeCount), using: &rng)
      arcs.append(
        Arc(from: from, to: to, weight: Int32.random(in: 0...Int32(maxWeight), using: &rng)))
      // Parallel arcs about one time in six.
      if Int.random(in: 0..<6, using: &rng) == 0 {
        arcs.append(
          Arc(from: from, to: to, weight: Int32.random(in: 0...Int32(maxWeight), using: &rng)))
      }
    }
    self.arcs = arcs
  }
}

/// Independent reference: Bellman–Ford over the plain arc list, in Int64, with multiple
/// sources and an optional cutoff applied afterwards. Returns nil for unreachable nodes.
func bellmanFord(nodeCount: Int, arcs: [Arc], sources: [SearchSource], cutoff: Int64 = .max)
  -> [Int64?]
{
  var dist = [Int64?](repeating: nil, count: nodeCount)
  for s in sources {
    let d = Int64(s.initialSeconds)
    if let old = dist[Int(s.node)], old <= d { continue }
    dist[Int(s.node)] = d
  }
  var changed = true
  while changed {
    changed = false
    for arc in arcs {
      guard let du = dist[Int(arc.from)] else { continue }
      let candidate = du + Int64(arc.weight)
      if let dv = dist[Int(arc.to)], dv <= candidate { continue }
      dist[Int(arc.to)] = candidate
      changed = true
    }
  }
  return dist.map { d in d.flatMap { $0 <= cutoff ? $0 : nil } }
}

/// The engine's distances as optionals (nil = unreachable), for comparison with the reference.
func engineDistances(_ workspace: SearchWorkspace, nodeCount: Int) -> [Int64?] {
  (0..<nodeCount).map { v in
    let d = workspace.distance(to: Int32(v))
    return d == Distance.unreachable ? nil : Int64(d)
  }
}
