/// Road figures of the facts sheet that the default network claims to reproduce: route lengths (§4.1)
/// along chains of road nodes, and door-to-door car times (§4.2).
struct SheetRoute {
  /// Consecutive road nodes; each consecutive pair is one road link.
  var nodes: [String]
  var lengthKm: Double
  var citation: String
}

struct SheetDrive {
  var from: String
  var to: String
  var minutes: Double
  var citation: String
}

enum SheetRoadFigures {
  static let g1Jilin = [
    "j-wulipo", "j-siping", "j-gongzhuling", "j-cc-sw", "j-cc-se", "j-cc-ne", "j-cc-n", "j-dehui",
    "j-fuyu",
    "j-lalinhe",
  ]
  static let g1212Jilin = ["j-jilin-w", "j-yongji", "j-panshi", "j-wanlong", "j-caoshi"]

  /// §4.1 route lengths.
  static let routes: [SheetRoute] = [
    // §4.1 row g1: Jilin section 285.969 km (kfd.me), 五里坡 – 四平 – 公主岭 – 长春 (east side) – 德惠 – 扶余 – 拉林河
    .init(nodes: g1Jilin, lengthKm: 285.969, citation: "§4.1 g1 Jilin section"),
    // §4.1 row g1212: Jilin section 吉林–草市 258.655 km; whole 372 km (to Shenyang)
    .init(nodes: g1212Jilin, lengthKm: 258.655, citation: "§4.1 g1212 Jilin section"),
    .init(
      nodes: g1212Jilin + ["j-fushun", "j-shenyang"], lengthKm: 372, citation: "§4.1 g1212 whole"),
    // §4.1 row g2501: ring ≈110 km (unverified)
    .init(
      nodes: ["j-cc-sw", "j-cc-w", "j-cc-nw", "j-cc-n", "j-cc-ne", "j-cc-se", "j-cc-sw"],
      lengthKm: 110,
      citation: "§4.1 g2501 ring (unverified)"),
    // §4.1 row g9902: east half 204.4 km; 农安–九台 93.2 km; 双阳–伊通 31.6 km
    .init(
      nodes: ["j-huajia", "j-dehui", "j-jiutai", "j-chaluhe", "j-shuangyang", "j-yitong-n"],
      lengthKm: 204.4,
      citation: "§4.1 g9902 east half"),
    .init(
      nodes: ["j-huajia", "j-dehui", "j-jiutai"], lengthKm: 93.2, citation: "§4.1 g9902 农安–九台"),
    .init(nodes: ["j-shuangyang", "j-yitong-n"], lengthKm: 31.6, citation: "§4.1 g9902 双阳–伊通"),
    // §4.1 row g25: Changchun–Shuangliao 124.681 km (from the ring's West Railway Station interchange)
    .init(
      nodes: ["j-cc-w", "j-daling", "j-huaide", "j-dahu"], lengthKm: 124.681,
      citation: "§4.1 g25 长双段"),
    // §4.1 row g1112: 东丰–双辽 184.97; 通化–梅河口 97.829; 集安–通化 82.213; 梅河口–东丰 15.22 km
    .init(
      nodes: ["j-dongfeng", "j-liaoyuan", "j-dongliao", "j-siping", "j-xieli"], lengthKm: 184.97,
      citation: "§4.1 g1112 东丰–双辽"),
    .init(nodes: ["j-liming", "j-wanlong"], lengthKm: 97.829, citation: "§4.1 g1112 通化–梅河口"),
    .init(nodes: ["j-jian", "j-liming"], lengthKm: 82.213, citation: "§4.1 g1112 集安–通化"),
    .init(nodes: ["j-wanlong", "j-dongfeng"], lengthKm: 15.22, citation: "§4.1 g1112 梅河口–东丰"),
    // §4.1 row g11: Jilin section 420.528 km, 小沟岭 – 敦化 – 抚松 – 靖宇 – 白山 – 通化 – 新开岭
    .init(
      nodes: [
        "j-xiaogouling", "j-dunhua", "j-dapuchaihe", "j-fusong", "j-jingyu", "j-baishan",
        "j-liming", "j-xinkailing",
      ],
      lengthKm: 420.528, citation: "§4.1 g11 Jilin section"),
    // §4.1 row g12: ≈885 km whole (unverified), 珲春 … 长春 … 乌兰浩特
    .init(
      nodes: [
        "j-hunchun", "j-tumen", "j-yanji", "j-antu", "j-dunhua", "j-jiaohe", "j-jilin-e",
        "j-jilin-w", "j-chaluhe",
        "j-konggang", "j-cc-ne", "j-cc-n", "j-cc-nw", "j-huajia", "j-songyuan", "j-baicheng",
        "j-ulanhot",
      ], lengthKm: 885, citation: "§4.1 g12 whole (unverified)"),
    // §4.1 row s-changying-yingdong: ≈110 km Changchun–Liaoyuan (est.)
    .init(
      nodes: ["j-cc-se", "j-yitong-n", "j-yingchengzi", "j-liaoyuan"], lengthKm: 110,
      citation: "§4.1 长营 + 营东 (est.)"),
  ]

  /// §4.2 "typical drive min" (door to door, ≈15 min of urban driving included).
  static let drives: [SheetDrive] = {
    func rows(_ from: String, _ list: [(String, Double)]) -> [SheetDrive] {
      list.map {
        SheetDrive(from: from, to: $0.0, minutes: $0.1, citation: "§4.2 row \(from) – \($0.0)")
      }
    }
    return rows(
      "changchun",
      [
        ("jilin", 90), ("siping", 100), ("gongzhuling", 60), ("fanjiatun", 45), ("liaoyuan", 100),
        ("dehui", 75),
        ("yushu", 140), ("nongan", 60), ("jiutai", 55), ("shuangyang", 55), ("yitong", 60),
        ("songyuan", 125),
        ("baicheng", 225), ("harbin", 195), ("shenyang", 225), ("yanji", 295), ("meihekou", 130),
        ("tonghua", 215),
        ("tongliao", 205), ("shuangliao", 115), ("panshi", 115), ("yongji", 90), ("lishu", 95),
        ("dongfeng", 120),
        ("dongliao", 95), ("mishazi", 45), ("helong", 35), ("hexin", 30), ("daling", 40),
        ("luxiang", 40),
        ("quannong", 35), ("konggang", 40),
      ])
      + rows(
        "jilin",
        [
          ("yanji", 230), ("panshi", 105), ("jiaohe", 70), ("shulan", 75), ("huadian", 100),
          ("yongji", 30),
        ])
      + rows("siping", [("liaoyuan", 70), ("shuangliao", 75), ("lishu", 25), ("yitong", 75)])
      + rows("liaoyuan", [("meihekou", 65), ("dongfeng", 40), ("dongliao", 20)])
  }()
}
