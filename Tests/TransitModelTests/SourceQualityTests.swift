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

  @Test("Random sources are judged as a plain reference reads the rule")
  func againstReference() {
    // Pieces that make and break the two markers, in mixed case, next to letters and not.
    let pieces = [
      "est.", "EsT.", "est", "unverified", "UnVerified", "unverifie", "e", "u", "x", " ",
      ".", "长春", "(", "Best.",
    ]
    var state: UInt64 = 2_026
    for _ in 0..<5_000 {
      var source = ""
      for _ in 0..<Int(state % 6) {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        source += pieces[Int(state >> 33) % pieces.count]
      }
      #expect(SourceQuality.isEstimated(source) == Self.reference(source), "\(source)")
    }
  }

  /// The rule read plainly: lowercased ASCII, every position tried.
  static func reference(_ source: String) -> Bool {
    let text = Array(source.utf8).map { (65...90).contains($0) ? $0 | 0x20 : $0 }
    func occurs(_ word: String, atWordStart: Bool) -> Bool {
      let word = Array(word.utf8)
      guard text.count >= word.count else { return false }
      return (0...(text.count - word.count)).contains { start in
        Array(text[start..<start + word.count]) == word
          && (!atWordStart || start == 0 || !(97...122).contains(text[start - 1]))
      }
    }
    return occurs("unverified", atWordStart: false) || occurs("est.", atWordStart: true)
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
