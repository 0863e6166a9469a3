import XCTest

@testable import TransitModel

/// Arc roles stored compactly read back as the roles stored, every case with indices up to the
/// largest a 32-bit index holds.
final class ArcRolesTests: XCTestCase {
  /// Reordering in place gives the roles a lookup through the order gives, for random
  /// permutations of every size up to 300 (fixed points, one cycle, many cycles) and the empty one.
  func test_reorder_givesTheRoleEachPositionNames() {
    var random = SplitMix64(seed: 11)
    for count in Array(0..<40) + [100, 299, 300] {
      let roles = (0..<count).map { ArcRole.stopTransfer(transfer: $0, from: $0 * 3, to: -$0) }
      var order = (0..<Int32(count)).map { $0 }
      if count > 1 {
        for position in stride(from: count - 1, to: 0, by: -1) {
          order.swapAt(position, Int(random.next() % UInt64(position + 1)))
        }
      }
      var reordered = ArcRoles(roles)
      reordered.reorder(by: order)
      XCTAssertEqual(Array(reordered), order.map { roles[Int($0)] }, "\(count) roles")
    }
  }

  func test_everyRole_readsBackAsStored() {
    var random = SplitMix64(seed: 5)
    func index() -> Int {
      random.next() % 4 == 0 ? Int(Int32.max) : Int(random.next() % 100_000)
    }
    var roles: [ArcRole] = []
    for _ in 0..<2_000 {
      let role: ArcRole
      switch ArcRole.Kind.allCases[Int(random.next() % UInt64(ArcRole.Kind.allCases.count))] {
      case .stay: role = .stay(place: index())
      case .access: role = .access(connector: index())
      case .boardingOverhead: role = .boardingOverhead(stop: index())
      case .wait: role = .wait(pattern: index(), position: index())
      case .ride: role = .ride(pattern: index(), position: index())
      case .dwell: role = .dwell(pattern: index(), position: index())
      case .alight: role = .alight(pattern: index(), position: index())
      case .transferPenalty: role = .transferPenalty(stop: index())
      case .alightingOverhead: role = .alightingOverhead(stop: index())
      case .stopTransfer: role = .stopTransfer(transfer: index(), from: index(), to: index())
      case .egress: role = .egress(connector: index())
      case .startCar: role = .startCar(place: index())
      case .drive: role = .drive(link: index(), reversed: random.next() % 2 == 0)
      case .parkAtPlace: role = .parkAtPlace(place: index())
      case .parkAtJunction: role = .parkAtJunction(junction: index())
      case .parkAndRideDrive: role = .parkAndRideDrive(stop: index())
      case .parkAndRideParking: role = .parkAndRideParking(stop: index())
      }
      roles.append(role)
    }
    let stored = ArcRoles(roles)
    XCTAssertEqual(Array(stored), roles)
    XCTAssertEqual(stored.count, roles.count)
    var appended = ArcRoles()
    for role in roles.reversed() { appended.append(role) }
    XCTAssertEqual(Array(appended), roles.reversed())
    XCTAssertNotEqual(appended, stored)
  }
}
