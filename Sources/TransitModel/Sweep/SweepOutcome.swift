/// What losing one element costs one profile's coverage: the listed places around the centre
/// (anchors left out, as in every share) whose time to the centre got worse.
public struct SweepOutcome: Sendable, Hashable {
  public var element: SweepElement
  public var profile: Profile
  /// Residents of places inside the threshold with the whole network and outside without the
  /// element (including places it cuts off).
  public var populationLeaving: Int
  /// How many such places.
  public var placesLeaving: Int
  /// Residents of places that could reach the centre and cannot any more.
  public var populationCutOff: Int
  /// How many such places.
  public var placesCutOff: Int
  /// Σ population × seconds added, over the places still reachable (population-weighted time).
  public var personSecondsAdded: Int64
  /// Places whose time got longer (cut-off places included).
  public var placesSlower: Int

  /// Population-weighted minutes added.
  public var personMinutesAdded: Double { Double(personSecondsAdded) / 60 }

  /// Worst first: more people leaving the circle, then more people cut off, then more
  /// person-minutes added; ties by kind and id, so the order is total.
  public static func ranked(_ outcomes: [SweepOutcome]) -> [SweepOutcome] {
    outcomes.sorted { a, b in
      if a.populationLeaving != b.populationLeaving {
        return a.populationLeaving > b.populationLeaving
      }
      if a.populationCutOff != b.populationCutOff { return a.populationCutOff > b.populationCutOff }
      if a.personSecondsAdded != b.personSecondsAdded {
        return a.personSecondsAdded > b.personSecondsAdded
      }
      if a.element.kind != b.element.kind { return a.element.kind > b.element.kind }
      return a.element.id < b.element.id
    }
  }

  /// The outcome from each listed place's seconds with and without the element (nil:
  /// unreachable): `listed` are the place indices summed, `population` by place index.
  static func measure(
    element: SweepElement, profile: Profile, listed: [Int], population: [Int],
    base: [Int32?], cut: [Int32?], thresholdMinutes: Double
  ) -> SweepOutcome {
    var outcome = SweepOutcome(
      element: element, profile: profile, populationLeaving: 0, placesLeaving: 0,
      populationCutOff: 0, placesCutOff: 0, personSecondsAdded: 0, placesSlower: 0)
    for place in listed {
      let before = base[place]
      let after = cut[place]
      let people = population[place]
      if CoverageGapRule.isWithin(seconds: before, thresholdMinutes: thresholdMinutes),
        !CoverageGapRule.isWithin(seconds: after, thresholdMinutes: thresholdMinutes)
      {
        outcome.populationLeaving += people
        outcome.placesLeaving += 1
      }
      guard let before else { continue }
      guard let after else {
        outcome.populationCutOff += people
        outcome.placesCutOff += 1
        outcome.placesSlower += 1
        continue
      }
      if after > before {
        outcome.placesSlower += 1
        outcome.personSecondsAdded += Int64(people) * Int64(after - before)
      }
    }
    return outcome
  }
}
