import Testing
import TransitModel

/// The one rule for "estimated": `est.` as a word or `unverified` anywhere, in any case.
@Suite("Source quality")
struct SourceQualityTests {
  @Test(
    "A source with 'est.' as a word or 'unverified' anywhere is estimated",
    arguments: [
      "est. straight line 98 km x 1.2", "Est. from the map", "12306 timetable (est.)",
      "§3.2 route via Siping link line unverified", "unverified: Baidu Baike", "UNVERIFIED",
      "facts §2; est.",
    ])
  func estimated(_ source: String) {
    #expect(SourceQuality(source: source) == .estimated)
  }

  @Test(
    "A citation is cited, also when a word merely ends in 'est.'",
    arguments: [
      "", "§3.2 12306 timetable 2024", "the latest.", "Changbai Forest.", "estimate", "verified",
    ])
  func cited(_ source: String) {
    #expect(SourceQuality(source: source) == .cited)
  }

  @Test("A place's position and population are judged by their own sources")
  func placeSources() {
    let place = Place(
      id: "p", nameZh: "甲", nameEn: "P", kind: .town, latitude: 44, longitude: 125,
      population: 10, source: "§1 atlas", populationSource: "est. share of the county")
    #expect(!place.isPositionEstimated)
    #expect(place.isPopulationEstimated)
  }
}
