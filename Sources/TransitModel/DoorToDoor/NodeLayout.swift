/// Node numbering of the expanded graph, in a stable order (sorted ids).
///
/// Places first (origin, destination, road node per place), then junctions (road node, parked), then
/// stops (entry, departure side, arrival side, exit, parking), then ride patterns sorted by line id,
/// forward before reverse (on board arriving, on board departing per position).
struct NodeLayout: Sendable, Hashable {
  var placeCount: Int
  var junctionCount: Int
  var stopCount: Int
  /// First node of each pattern; pattern p has 2 × stops nodes.
  var patternBase: [Int32]
  var nodeCount: Int

  init(placeCount: Int, junctionCount: Int, stopCount: Int, patternLengths: [Int]) {
    self.placeCount = placeCount
    self.junctionCount = junctionCount
    self.stopCount = stopCount
    var next = 3 * placeCount + 2 * junctionCount + 5 * stopCount
    var bases: [Int32] = []
    for length in patternLengths {
      bases.append(Int32(next))
      next += 2 * length
    }
    patternBase = bases
    nodeCount = next
  }

  func origin(place: Int) -> Int32 { Int32(3 * place) }
  func destination(place: Int) -> Int32 { Int32(3 * place + 1) }
  /// Road node of a place (p < placeCount) or a junction (index placeCount + j).
  func road(place: Int) -> Int32 { Int32(3 * place + 2) }
  func road(junction: Int) -> Int32 { Int32(3 * placeCount + 2 * junction) }
  func parked(junction: Int) -> Int32 { Int32(3 * placeCount + 2 * junction + 1) }
  private func stopBase(_ stop: Int) -> Int { 3 * placeCount + 2 * junctionCount + 5 * stop }
  func entry(stop: Int) -> Int32 { Int32(stopBase(stop)) }
  func departure(stop: Int) -> Int32 { Int32(stopBase(stop) + 1) }
  func arrival(stop: Int) -> Int32 { Int32(stopBase(stop) + 2) }
  func exit(stop: Int) -> Int32 { Int32(stopBase(stop) + 3) }
  func parking(stop: Int) -> Int32 { Int32(stopBase(stop) + 4) }
  func onBoardArriving(pattern: Int, position: Int) -> Int32 {
    patternBase[pattern] + Int32(2 * position)
  }
  func onBoardDeparting(pattern: Int, position: Int) -> Int32 {
    patternBase[pattern] + Int32(2 * position + 1)
  }
}
