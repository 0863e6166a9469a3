import XCTest

@testable import TransitModel

/// Names planners type that are not a place's own: a prefecture-level city's name (吉林市) reads as
/// its core, a station's name (长春西站) as the station's place (Networks/README.md, `places.csv`).
final class PlaceLookupReadingTests: XCTestCase {
  private func network() throws -> Network {
    func place(_ id: String, _ zh: String, _ en: String, _ kind: PlaceKind) -> Place {
      Place(
        id: PlaceID(id), nameZh: zh, nameEn: en, kind: kind, latitude: 43.9, longitude: 125.3,
        population: 1)
    }
    func stop(_ id: String, _ zh: String, _ en: String, _ place: String, _ kind: StopKind = .rail)
      -> Stop
    {
      Stop(
        id: StopID(id), nameZh: zh, nameEn: en, kind: kind, place: PlaceID(place), latitude: 43.9,
        longitude: 125.3)
    }
    return try Network(
      manifest: NetworkManifest(name: "names", version: "1"),
      places: [
        place("changchun", "长春（中心城区）", "Changchun (core)", .cityCore),
        place("jilin", "吉林（中心城区）", "Jilin City (core)", .cityCore),
        place("chuanying", "船营区", "Chuanying District", .district),
        place("dehui", "德惠市", "Dehui", .countySeat),
        place("nongan", "农安县", "Nong'an County", .countySeat),
        place("alpha", "阿尔法", "Alpha", .town),
        place("beta", "贝塔", "Beta", .town),
      ],
      stops: [
        stop("st-changchun-west", "长春西站", "Changchun West", "changchun"),
        stop("mt-changchunxi", "长春西站", "Changchunxi Zhan (metro)", "changchun", .metro),
        stop("st-jilin", "吉林站", "Jilin", "jilin"),
        stop("st-twin-a", "双子站", "Twin", "alpha"),
        stop("st-twin-b", "双子站", "Twin", "beta"),
      ])
  }

  private func lookup(_ query: String) throws -> (id: String, reading: PlaceLookup.Reading) {
    let network = try network()
    let found = try network.lookUpPlace(query).get()
    return (network.places[found.index].id.rawValue, found.reading)
  }

  func test_prefectureCityName_readsAsItsCore() throws {
    for query in ["吉林市", "Jilin City"] {
      XCTAssertEqual(try lookup(query).id, "jilin", query)
    }
    XCTAssertEqual(try lookup("吉林市").reading, .cityCore)
    // "Jilin City" is the core's own short English name: a plain place reading.
    XCTAssertEqual(try lookup("Jilin City").reading, .place)
    XCTAssertEqual(try lookup("长春市").id, "changchun")
    XCTAssertEqual(try lookup("Changchun City").id, "changchun")
    XCTAssertEqual(try lookup("Changchun City").reading, .cityCore)
    // A county-level city's own name is still the place itself.
    XCTAssertEqual(try lookup("德惠市").id, "dehui")
    XCTAssertEqual(try lookup("德惠市").reading, .place)
  }

  func test_onlyCityCores_takeThePrefectureReading() throws {
    // 农安市 is no name of 农安县: the query without 市 names a county seat, not a city core.
    guard case .failure(let failure) = try network().lookUpPlace("农安市") else {
      return XCTFail("农安市 resolved")
    }
    XCTAssertFalse(failure.isAmbiguous)
    XCTAssertEqual(failure.suggestions.first, "nongan")
  }

  func test_stationName_readsAsTheStationsPlace() throws {
    // Two stops named 长春西站 (railway and metro) of one place: not ambiguous; the railway station
    // is named.
    XCTAssertEqual(try lookup("长春西站").id, "changchun")
    XCTAssertEqual(try lookup("长春西站").reading, .stop("st-changchun-west"))
    XCTAssertEqual(try lookup("st-changchun-west").reading, .stop("st-changchun-west"))
    XCTAssertEqual(try lookup("Changchun West").id, "changchun")
    XCTAssertEqual(try lookup("吉林站").id, "jilin")
    // A place's own name wins over a stop's: "Jilin" is not read as the stop 吉林站 (Jilin).
    XCTAssertEqual(try lookup("Jilin").reading, .place)
  }

  func test_stationNameOfStopsOfSeveralPlaces_isAmbiguous() throws {
    guard case .failure(let failure) = try network().lookUpPlace("双子站") else {
      return XCTFail("双子站 resolved")
    }
    XCTAssertTrue(failure.isAmbiguous)
    XCTAssertEqual(failure.suggestions, ["alpha", "beta"])
  }
}
