/// Rail figures of the facts sheet (`changchun-facts.md`) that the default network claims to reproduce:
/// fastest in-vehicle minutes between two stations (intermediate dwells included), each with its table
/// and row. "CC" = 长春站, "CCW" = 长春西站.
struct SheetRailTime {
  var from: String
  var to: String
  var minutes: Double
  /// Line ids that model the sheet's line; empty = any line (table 3.3: the fastest train).
  var lines: [String]
  var citation: String
  /// The sheet's trains per day of the pair, where the network claims to reproduce it on the fastest
  /// pattern (`departures_per_day`).
  var trainsPerDay: Double? = nil
}

enum SheetRailFigures {
  static let jinghaHSR = [
    "jingha-hsr-express-harbin", "jingha-hsr-express-shenyang", "jingha-hsr-express-dalian",
    "jingha-hsr-siping", "jingha-hsr-stopping", "jingha-hsr-all-stops",
    "jingha-hsr-beijing",
    "jingha-hsr-cc-express", "jingha-hsr-cc-siping",
  ]
  static let changhun = [
    "changji-ic", "changji-ic-all-stops", "changhun-ic", "changji-dunhua-ic", "jihun-hsr-all-stops",
    "changbaishan-hsr", "dunbai-hsr",
  ]
  static let shenbai = ["shenbai-hsr", "shenbai-hsr-all-stops"]
  static let changbaiwu = ["changbaiwu-baicheng", "changbaiwu-ulanhot"]
  static let jinghaConventional = [
    "jingha-conv-north", "jingha-conv-south", "jingha-conv-all-stops",
  ]

  /// Table 3.3, every row with a direct line (Tonghua and Baishan are chains via Shenyang North).
  static let headline: [SheetRailTime] = [
    // §3.3 row "Jilin 吉林": CC → 吉林 40 min, 长吉城际 [TT2020]
    .init(
      from: "st-changchun", to: "st-jilin", minutes: 40, lines: [], citation: "§3.3 Jilin",
      trainsPerDay: 58),
    // §3.3 row "Longjia airport 龙嘉": CC → 龙嘉 ≈15 (est.)
    .init(from: "st-changchun", to: "st-longjia", minutes: 15, lines: [], citation: "§3.3 Longjia"),
    // §3.3 row "Siping 四平": CCW → 四平东 26 (33 from CC) [TT2020]
    .init(
      from: "st-changchun-west", to: "st-siping-east", minutes: 26, lines: [],
      citation: "§3.3 Siping", trainsPerDay: 27),
    .init(
      from: "st-changchun", to: "st-siping-east", minutes: 33, lines: [],
      citation: "§3.3 Siping (from CC)", trainsPerDay: 13),
    // §3.3 row "Gongzhuling 公主岭": CCW → 公主岭南 ≈14 (est.)
    .init(
      from: "st-changchun-west", to: "st-gongzhuling-south", minutes: 14, lines: [],
      citation: "§3.3 Gongzhuling"),
    // §3.3 row "Dehui 德惠": CCW → 德惠西 ≈18 (est.)
    .init(
      from: "st-changchun-west", to: "st-dehui-west", minutes: 18, lines: [], citation: "§3.3 Dehui"
    ),
    // §3.3 row "Songyuan 松原": CC → 松原 ≈68 (est. from [TT2020] Baicheng time)
    .init(
      from: "st-changchun", to: "st-songyuan", minutes: 68, lines: [], citation: "§3.3 Songyuan"),
    // §3.3 row "Baicheng 白城": CC → 白城 153 [TT2020]
    .init(
      from: "st-changchun", to: "st-baicheng", minutes: 153, lines: [], citation: "§3.3 Baicheng",
      trainsPerDay: 9),
    // §3.3 row "Ulanhot 乌兰浩特": CC → 乌兰浩特 199 [TT2020]
    .init(
      from: "st-changchun", to: "st-ulanhot", minutes: 199, lines: [], citation: "§3.3 Ulanhot",
      trainsPerDay: 4),
    // §3.3 row "Harbin 哈尔滨": CCW → 哈尔滨西 54 [TT2020]
    .init(
      from: "st-changchun-west", to: "st-harbin-west", minutes: 54, lines: [],
      citation: "§3.3 Harbin", trainsPerDay: 31),
    // §3.3 row "Shenyang 沈阳": CCW → 沈阳北 64 [TT2020]
    .init(
      from: "st-changchun-west", to: "st-shenyang-north", minutes: 64, lines: [],
      citation: "§3.3 Shenyang", trainsPerDay: 32),
    // §3.3 row "Dalian 大连": CCW → 大连北 160 [TT2020]
    .init(
      from: "st-changchun-west", to: "st-dalian-north", minutes: 160, lines: [],
      citation: "§3.3 Dalian", trainsPerDay: 21),
    // §3.3 row "Beijing 北京": CCW → 北京朝阳 ≈240 (studyofnet.com "≈4 h")
    .init(
      from: "st-changchun-west", to: "st-beijing-chaoyang", minutes: 240, lines: [],
      citation: "§3.3 Beijing"),
    // §3.3 row "Yanji 延吉": CC → 延吉西 ≈140 (est.)
    .init(
      from: "st-changchun", to: "st-yanji-west", minutes: 140, lines: [], citation: "§3.3 Yanji"),
    // §3.3 row "Hunchun 珲春": CC → 珲春 174 [TT2020]
    .init(
      from: "st-changchun", to: "st-hunchun", minutes: 174, lines: [], citation: "§3.3 Hunchun",
      trainsPerDay: 9),
    // §3.3 row "Dunhua 敦化": CC → 敦化 97 [TT2020]
    .init(
      from: "st-changchun", to: "st-dunhua", minutes: 97, lines: [], citation: "§3.3 Dunhua",
      trainsPerDay: 23),
    // §3.3 row "Changbaishan 长白山": CC → 长白山 via 敦化 138 (新华社 2021-12-24, 2h18)
    .init(
      from: "st-changchun", to: "st-changbaishan", minutes: 138, lines: [],
      citation: "§3.3 Changbaishan"),
    // §3.3 row "Meihekou 梅河口": CC → 梅河口 208, K7571 [TT2020]
    .init(
      from: "st-changchun", to: "st-meihekou", minutes: 208, lines: [], citation: "§3.3 Meihekou",
      trainsPerDay: 3),
    // §3.3 row "Liaoyuan 辽源": CC → 辽源 ≈135 on K7571 (est.)
    .init(
      from: "st-changchun", to: "st-liaoyuan", minutes: 135, lines: [], citation: "§3.3 Liaoyuan"),
    // §3.3 row "Tongliao 通辽": CC → 通辽 265, K1384/K1242 [TT2020]
    .init(
      from: "st-changchun", to: "st-tongliao", minutes: 265, lines: [], citation: "§3.3 Tongliao",
      trainsPerDay: 3),
  ]

  /// Table 3.2, segment run times on the sheet's own lines.
  static let segments: [SheetRailTime] = [
    // §3.2 jingha-hsr rows [TT2020] unless marked (est.)
    .init(
      from: "st-changchun-west", to: "st-siping-east", minutes: 26, lines: jinghaHSR,
      citation: "§3.2 jingha-hsr 长春西→四平东"),
    .init(
      from: "st-changchun-west", to: "st-gongzhuling-south", minutes: 14, lines: jinghaHSR,
      citation: "§3.2 jingha-hsr 长春西→公主岭南 (est.)"),
    .init(
      from: "st-gongzhuling-south", to: "st-siping-east", minutes: 12, lines: jinghaHSR,
      citation: "§3.2 jingha-hsr 公主岭南→四平东 (est.)"),
    .init(
      from: "st-changchun", to: "st-siping-east", minutes: 33, lines: jinghaHSR,
      citation: "§3.2 jingha-hsr 长春→四平东"),
    .init(
      from: "st-siping-east", to: "st-shenyang-north", minutes: 44, lines: jinghaHSR,
      citation: "§3.2 jingha-hsr 四平东→沈阳北"),
    .init(
      from: "st-changchun-west", to: "st-shenyang-north", minutes: 64, lines: jinghaHSR,
      citation: "§3.2 jingha-hsr 长春西→沈阳北"),
    .init(
      from: "st-changchun", to: "st-shenyang-north", minutes: 69, lines: jinghaHSR,
      citation: "§3.2 jingha-hsr 长春→沈阳北"),
    .init(
      from: "st-changchun-west", to: "st-dehui-west", minutes: 18, lines: jinghaHSR,
      citation: "§3.2 jingha-hsr 长春西→德惠西 (est.)"),
    .init(
      from: "st-dehui-west", to: "st-harbin-west", minutes: 34, lines: jinghaHSR,
      citation: "§3.2 jingha-hsr 德惠西→哈尔滨西 (est.)"),
    .init(
      from: "st-changchun-west", to: "st-harbin-west", minutes: 54, lines: jinghaHSR,
      citation: "§3.2 jingha-hsr 长春西→哈尔滨西"),
    .init(
      from: "st-changchun", to: "st-harbin-west", minutes: 68, lines: jinghaHSR,
      citation: "§3.2 jingha-hsr 长春→哈尔滨西"),
    .init(
      from: "st-siping-east", to: "st-harbin-west", minutes: 85, lines: jinghaHSR,
      citation: "§3.2 jingha-hsr 四平东→哈尔滨西"),
    .init(
      from: "st-changchun-west", to: "st-dalian-north", minutes: 160, lines: jinghaHSR,
      citation: "§3.2 jingha-hsr 长春西→大连北"),
    .init(
      from: "st-shenyang-north", to: "st-beijing-chaoyang", minutes: 164, lines: jinghaHSR,
      citation: "§3.2 jingha-hsr 沈阳北→北京朝阳"),
    .init(
      from: "st-changchun-west", to: "st-beijing-chaoyang", minutes: 240, lines: jinghaHSR,
      citation: "§3.2 jingha-hsr 长春西→北京朝阳 (≈4 h)"),
    // §3.2 changji-ic and jihun-hsr rows
    .init(
      from: "st-changchun", to: "st-jilin", minutes: 40, lines: changhun,
      citation: "§3.2 changji-ic 长春→吉林"),
    .init(
      from: "st-changchun", to: "st-longjia", minutes: 15, lines: changhun,
      citation: "§3.2 changji-ic 长春→龙嘉 (est.)"),
    .init(
      from: "st-longjia", to: "st-jiutai-south", minutes: 7, lines: changhun,
      citation: "§3.2 changji-ic 龙嘉→九台南 (est.)"),
    .init(
      from: "st-jiutai-south", to: "st-jilin", minutes: 17, lines: changhun,
      citation: "§3.2 changji-ic 九台南→吉林 (est.)"),
    .init(
      from: "st-jilin", to: "st-dunhua", minutes: 54, lines: changhun,
      citation: "§3.2 jihun-hsr 吉林→敦化"),
    .init(
      from: "st-jilin", to: "st-jiaohe-west", minutes: 22, lines: changhun,
      citation: "§3.2 jihun-hsr 吉林→蛟河西 (est.)"),
    .init(
      from: "st-jiaohe-west", to: "st-dunhua", minutes: 30, lines: changhun,
      citation: "§3.2 jihun-hsr 蛟河西→敦化 (est.)"),
    .init(
      from: "st-dunhua", to: "st-yanji-west", minutes: 42, lines: changhun,
      citation: "§3.2 jihun-hsr 敦化→延吉西 (est.)"),
    .init(
      from: "st-yanji-west", to: "st-tumen-north", minutes: 13, lines: changhun,
      citation: "§3.2 jihun-hsr 延吉西→图们北 (est.)"),
    .init(
      from: "st-dunhua", to: "st-tumen-north", minutes: 57, lines: changhun,
      citation: "§3.2 jihun-hsr 敦化→图们北"),
    .init(
      from: "st-tumen-north", to: "st-hunchun", minutes: 23, lines: changhun,
      citation: "§3.2 jihun-hsr 图们北→珲春"),
    .init(
      from: "st-changchun", to: "st-dunhua", minutes: 97, lines: changhun,
      citation: "§3.2 jihun-hsr 长春→敦化"),
    .init(
      from: "st-changchun", to: "st-tumen-north", minutes: 161, lines: changhun,
      citation: "§3.2 jihun-hsr 长春→图们北"),
    .init(
      from: "st-changchun", to: "st-hunchun", minutes: 174, lines: changhun,
      citation: "§3.2 jihun-hsr 长春→珲春"),
    .init(
      from: "st-dunhua", to: "st-changbaishan", minutes: 40, lines: changhun,
      citation: "§3.2 dunbai-hsr 敦化→长白山 (est.)"),
    // §3.2 shenbai-hsr rows (中新网 2025-09-25)
    .init(
      from: "st-shenyang-north", to: "st-tonghua", minutes: 61, lines: shenbai,
      citation: "§3.2 shenbai-hsr 沈阳北→通化"),
    .init(
      from: "st-shenyang-north", to: "st-baishan-east", minutes: 83, lines: shenbai,
      citation: "§3.2 shenbai-hsr 沈阳北→白山东"),
    .init(
      from: "st-shenyang-north", to: "st-changbaishan-west", minutes: 99, lines: shenbai,
      citation: "§3.2 shenbai-hsr 沈阳北→长白山西"),
    .init(
      from: "st-shenyang-north", to: "st-changbaishan", minutes: 113, lines: shenbai,
      citation: "§3.2 shenbai-hsr 沈阳北→长白山"),
    .init(
      from: "st-tonghua", to: "st-baishan-east", minutes: 22, lines: shenbai,
      citation: "§3.2 shenbai-hsr 通化→白山东 (derived)"),
    .init(
      from: "st-baishan-east", to: "st-changbaishan", minutes: 30, lines: shenbai,
      citation: "§3.2 shenbai-hsr 白山东→长白山 (derived)"),
    // §3.2 changbaiwu rows; the reverse 白城→长春 161 is a flagged figure (one time both ways)
    .init(
      from: "st-changchun", to: "st-songyuan", minutes: 68, lines: changbaiwu,
      citation: "§3.2 changbaiwu 长春→松原 (est.)"),
    .init(
      from: "st-changchun", to: "st-baicheng", minutes: 153, lines: changbaiwu,
      citation: "§3.2 changbaiwu 长春→白城"),
    .init(
      from: "st-baicheng", to: "st-changchun", minutes: 161, lines: changbaiwu,
      citation: "§3.2 changbaiwu 白城→长春 161 (flagged)"),
    .init(
      from: "st-baicheng", to: "st-ulanhot", minutes: 41, lines: changbaiwu,
      citation: "§3.2 changbaiwu 白城→乌兰浩特"),
    .init(
      from: "st-changchun", to: "st-ulanhot", minutes: 199, lines: changbaiwu,
      citation: "§3.2 changbaiwu 长春→乌兰浩特"),
    // §3.2 conventional rows [TT2020] unless marked (est.)
    .init(
      from: "st-changchun", to: "st-siping", minutes: 57, lines: jinghaConventional,
      citation: "§3.2 conventional 京哈 长春→四平"),
    .init(
      from: "st-changchun", to: "st-harbin", minutes: 133, lines: jinghaConventional,
      citation: "§3.2 conventional 京哈 长春→哈尔滨"),
    .init(
      from: "st-changchun", to: "st-shenyang", minutes: 162, lines: jinghaConventional,
      citation: "§3.2 conventional 京哈 长春→沈阳"),
    .init(
      from: "st-changchun", to: "st-jilin", minutes: 101, lines: ["changtu-cc-jilin"],
      citation: "§3.2 changtu 长春→吉林"),
    .init(
      from: "st-jilin", to: "st-dunhua", minutes: 199, lines: ["changtu-jilin-tumen"],
      citation: "§3.2 changtu 吉林→敦化"),
    .init(
      from: "st-dunhua", to: "st-tumen-north", minutes: 177, lines: ["changtu-jilin-tumen"],
      citation: "§3.2 changtu 敦化→图们北"),
    .init(
      from: "st-siping", to: "st-meihekou", minutes: 160, lines: ["simei"],
      citation: "§3.2 simei 四平→梅河口"),
    .init(
      from: "st-siping", to: "st-liaoyuan", minutes: 85, lines: ["simei"],
      citation: "§3.2 simei 四平→辽源 (est.)"),
    .init(
      from: "st-liaoyuan", to: "st-meihekou", minutes: 70, lines: ["simei"],
      citation: "§3.2 simei 辽源→梅河口 (est.)"),
    .init(
      from: "st-changchun", to: "st-meihekou", minutes: 208, lines: ["cc-meihekou-through"],
      citation: "§3.2 (through) 长春→梅河口 K7571"),
    .init(
      from: "st-changchun", to: "st-liaoyuan", minutes: 135, lines: ["cc-meihekou-through"],
      citation: "§3.2 (through) 长春→辽源 (est.)"),
    .init(
      from: "st-jilin", to: "st-meihekou", minutes: 203, lines: ["shenji"],
      citation: "§3.2 shenji 吉林→梅河口"),
    .init(
      from: "st-shenyang", to: "st-meihekou", minutes: 211, lines: ["shenji-meihekou-shenyang"],
      citation: "§3.2 shenji 沈阳→梅河口"),
    .init(
      from: "st-siping", to: "st-shuangliao", minutes: 71, lines: ["pingqi"],
      citation: "§3.2 pingqi 四平→双辽"),
    .init(
      from: "st-shuangliao", to: "st-tongliao", minutes: 79, lines: ["dazheng"],
      citation: "§3.2 dazheng 双辽→通辽"),
    .init(
      from: "st-changchun", to: "st-tongliao", minutes: 265, lines: ["cc-tongliao-through"],
      citation: "§3.2 (through) 长春→通辽 K1384"),
    .init(
      from: "st-changchun", to: "st-shuangliao", minutes: 183, lines: ["cc-tongliao-through"],
      citation: "§3.2 (through) 长春→双辽"),
    .init(
      from: "st-meihekou", to: "st-tonghua", minutes: 100, lines: ["meiji"],
      citation: "§3.2 meiji 梅河口→通化 (est.)"),
  ]
}
