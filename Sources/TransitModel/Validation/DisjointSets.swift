/// Union–find with path halving, for connectivity checks.
struct DisjointSets {
  private var parent: [Int]

  init(count: Int) {
    parent = Array(0..<count)
  }

  mutating func find(_ node: Int) -> Int {
    var current = node
    while parent[current] != current {
      parent[current] = parent[parent[current]]
      current = parent[current]
    }
    return current
  }

  mutating func union(_ a: Int, _ b: Int) {
    let rootA = find(a)
    let rootB = find(b)
    if rootA != rootB { parent[max(rootA, rootB)] = min(rootA, rootB) }
  }
}
