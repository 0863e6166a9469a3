import TransitModel
import XCTest

/// Populations never overlap: each city's places add up to its census total (§1.1), and aggregates hold
/// only the people not in their listed children.
final class PopulationTests: XCTestCase {
  /// Allowed difference between a city's places and its census total: 0.01 % (Siping's sourced figures
  /// are rounded to hundreds and add up to 43 residents more than the census total).
  static let censusTolerance = 0.0001

  /// §1.1 city totals (2020 census).
  static let census: [(city: String, residents: Int, citation: String)] = [
    ("changchun", 9_066_906, "§1.1 Changchun 长春市 9,066,906"),
    ("jilin", 3_623_713, "§1.1 Jilin 吉林市 3,623,713"),
    ("siping", 1_814_733, "§1.1 Siping 四平市 1,814,733"),
    ("liaoyuan", 996_903, "§1.1 Liaoyuan 辽源市 996,903"),
  ]

  /// Aggregates of §1.2 outside the four cities whose figure covers listed children: the aggregate and
  /// its children together hold exactly the sheet's figure.
  static let aggregates: [(place: String, residents: Int, citation: String)] = [
    (
      "tieling", 2_390_000,
      "§1.2 row tieling ≈2,390,000 (prefecture, unverified) incl. kaiyuan, changtu, xifeng"
    ),
    ("tonghua", 1_300_000, "§1.2 row tonghua ≈1,300,000 (unverified) incl. jian"),
    ("songyuan", 2_252_994, "§1.2 row songyuan 2,252,994 (prefecture) incl. fuyu, changling"),
    ("baishan", 951_866, "§1.2 row baishan 951,866 (prefecture) incl. songjianghe"),
  ]

  func test_eachCitysPlaces_addUpToItsCensusTotal() throws {
    let network = try DefaultNetwork.network()
    for city in Self.census {
      let members = Self.subtree(of: PlaceID(city.city), in: network)
      let sum = members.reduce(0) { $0 + $1.population }
      let difference = Double(sum - city.residents) / Double(city.residents)
      XCTAssertLessThanOrEqual(
        abs(difference), Self.censusTolerance,
        "\(city.citation): places sum to \(sum) (\(members.count) places)")
    }
  }

  func test_aggregatesWithListedChildren_holdOnlyTheRest() throws {
    let network = try DefaultNetwork.network()
    for aggregate in Self.aggregates {
      let sum = Self.subtree(of: PlaceID(aggregate.place), in: network).reduce(0) {
        $0 + $1.population
      }
      XCTAssertEqual(sum, aggregate.residents, aggregate.citation)
    }
  }

  /// A core whose sheet figure is the sum of its listed districts holds nobody itself (its people are in
  /// the districts); Changchun's core holds the census total minus every listed unit.
  func test_cityCores_holdOnlyTheResidentsNotInTheirListedUnits() throws {
    let network = try DefaultNetwork.network()
    for core in ["jilin", "siping", "liaoyuan"] {
      XCTAssertEqual(network.places[try network.requirePlace(core)].population, 0, core)
    }
    let changchun = network.places[try network.requirePlace("changchun")]
    let listed = Self.subtree(of: "changchun", in: network).filter { $0.id != "changchun" }
    // 9,066,906 − (614,000 + 700,000 + 650,000 + 520,000 + 714,919 + 330,000 + 613,836 + 862,300
    //   + 867,300 + 660,000 + 836,098) = 9,066,906 − 7,368,453 = 1,698,453
    XCTAssertEqual(listed.reduce(0) { $0 + $1.population }, 7_368_453)
    XCTAssertEqual(changchun.population, 1_698_453)
  }

  /// Every place without residents of its own says why, and every place says where its figure is from.
  func test_everyPopulation_hasASource_andZerosSayWhy() throws {
    let network = try DefaultNetwork.network()
    for place in network.places {
      XCTAssertFalse(place.populationSource.isEmpty, "\(place.id)")
      if place.population == 0 {
        XCTAssertTrue(
          place.populationSource.hasPrefix("est. 0"), "\(place.id): \(place.populationSource)")
      }
    }
  }

  /// The place and every place whose parent chain leads to it.
  static func subtree(of root: PlaceID, in network: ValidatedNetwork) -> [Place] {
    let parentOf = Dictionary(
      network.places.map { ($0.id, $0.parent) }, uniquingKeysWith: { first, _ in first })
    return network.places.filter { place in
      var current: PlaceID? = place.id
      var steps = 0
      while let id = current, steps <= network.places.count {
        if id == root { return true }
        current = parentOf[id] ?? nil
        steps += 1
      }
      return false
    }
  }
}
