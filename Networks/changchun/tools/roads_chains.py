"""Road chains (§4.1) through junctions and towns, and urban links from centres to their junctions."""

E, N, P = "expressway", "national", "provincial"
G1_JL = "§4.1 g1 Jilin section 五里坡–拉林河 285.969 km (54e1ad4b4888.kfd.me)"

# fmt: off
CHAINS = [
    # G1 京哈高速; through Changchun it is the ring's east side (east-side bypass)
    dict(road="G1", **{"class": E}, speed="G1", nodes=["j-beijing", "j-shenyang"], factor=1.08, source="est. straight line × 1.08 (G1 Beijing–Shenyang; outside the sheet's area)"),
    dict(road="G1", **{"class": E}, speed="G1", nodes=["j-shenyang", "j-tieling", "j-kaiyuan", "j-changtu", "j-wulipo"], factor=1.1, source="est. straight line × 1.1 (§4.1 g1, Liaoning section)"),
    dict(road="G1", **{"class": E}, speed="G1", nodes=["j-wulipo", "j-siping", "j-gongzhuling", "j-cc-sw", "j-cc-se", "j-cc-ne", "j-cc-n", "j-dehui", "j-fuyu", "j-lalinhe"], total=285.969, source=G1_JL),
    dict(road="G1", **{"class": E}, speed="G1", nodes=["j-lalinhe", "j-harbin"], factor=1.2, source="est. straight line × 1.2 (§4.1 g1, Heilongjiang section; §4.2 Changchun–Harbin ≈280 km)"),
    # G2501 ring, west half (the east half is G1)
    dict(road="G2501", **{"class": E}, speed="G2501", nodes=["j-cc-sw", "j-cc-w", "j-cc-nw", "j-cc-n"], group="ring"),
    # G12 珲乌高速
    dict(road="G12", **{"class": E}, speed="G12", nodes=["j-hunchun", "j-tumen", "j-yanji", "j-antu", "j-dunhua", "j-jiaohe", "j-jilin-e"], factor=1.2, source="est. straight line × 1.2 (§4.2 mountain route factor; §4.1 g12 ≈885 whole, unverified)"),
    dict(road="G12", **{"class": E}, speed="G12", nodes=["j-jilin-e", "j-jilin-w"], factor=1.2, source="est. straight line × 1.2 (G12 bypass of Jilin)"),
    dict(road="G12", **{"class": E}, speed="G12", nodes=["j-jilin-w", "j-chaluhe", "j-konggang", "j-cc-ne"], factor=1.1, source="est. straight line × 1.1 (§4.1 g12 长吉高速 via 岔路河 and Longjia)"),
    dict(road="G12", **{"class": E}, speed="G12", nodes=["j-cc-ne", "j-cc-n", "j-cc-nw"], factor=None),  # placeholder removed below
    dict(road="G12", **{"class": E}, speed="G12", nodes=["j-cc-nw", "j-huajia", "j-songyuan", "j-baicheng", "j-ulanhot"], factor=1.1, source="est. straight line × 1.1 (§4.1 g12 west: 长春 – 农安 – 松原 – 白城 – 乌兰浩特)"),
    # G1212 沈吉高速
    dict(road="G1212", **{"class": E}, speed="G1212", nodes=["j-jilin-w", "j-yongji", "j-panshi", "j-wanlong", "j-caoshi"], total=258.655, source="§4.1 g1212 Jilin section 吉林–草市 258.655 km (ja.wikipedia 瀋吉高速道路)"),
    dict(road="G1212", **{"class": E}, speed="G1212", nodes=["j-caoshi", "j-fushun", "j-shenyang"], total=113.345, source="§4.1 g1212 whole 372 km − Jilin section 258.655 km"),
    # G9902 都市圈环线 east half (the west half is a plan project: scenario)
    dict(road="G9902", **{"class": E}, speed="G9902", nodes=["j-huajia", "j-dehui", "j-jiutai"], total=93.2, source="§4.1 g9902 phase 2 农安–九台 93.2 km (opened 2024-11-27)"),
    dict(road="G9902", **{"class": E}, speed="G9902", nodes=["j-jiutai", "j-chaluhe", "j-shuangyang"], total=79.6, source="§4.1 g9902 phase 1 九台–双阳 = east half 204.4 − 93.2 − 31.6 km"),
    dict(road="G9902", **{"class": E}, speed="G9902", nodes=["j-shuangyang", "j-yitong-n"], total=31.6, source="§4.1 g9902 phase 2 双阳–伊通 31.6 km"),
    # G25 长深高速 (长双段)
    dict(road="G25", **{"class": E}, speed="G25", nodes=["j-cc-w", "j-daling", "j-huaide", "j-dahu"], total=124.681, source="§4.1 g25 Changchun–Shuangliao 124.681 km (us.ok.com)"),
    # G45 大广高速
    dict(road="G45", **{"class": E}, speed="G45", nodes=["j-songyuan", "j-changling", "j-xieli", "j-dahu", "j-tongliao"], factor=1.1, source="est. straight line × 1.1 (§4.1 g45 route 松原 – 长岭 – 双辽 – 通辽; length not given)"),
    # G1112 集双高速
    dict(road="G1112", **{"class": E}, speed="G1112-mountain", nodes=["j-jian", "j-liming"], total=82.213, source="§4.1 g1112 集安–通化 82.213 km (factpedia.org)"),
    dict(road="G1112", **{"class": E}, speed="G1112", nodes=["j-liming", "j-wanlong"], total=97.829, source="§4.1 g1112 通化–梅河口 97.829 km"),
    dict(road="G1112", **{"class": E}, speed="G1112", nodes=["j-wanlong", "j-dongfeng"], total=15.22, source="§4.1 g1112 梅河口–东丰 15.22 km (shares 营东梅高速)"),
    dict(road="G1112", **{"class": E}, speed="G1112", nodes=["j-dongfeng", "j-liaoyuan", "j-dongliao", "j-siping", "j-xieli"], total=184.97, source="§4.1 g1112 东丰–双辽 184.97 km (西丰 section without exits)"),
    # G11 鹤大高速
    dict(road="G11", **{"class": E}, speed="G11", nodes=["j-xiaogouling", "j-dunhua", "j-dapuchaihe", "j-fusong", "j-jingyu", "j-baishan", "j-liming", "j-xinkailing"], total=420.528, source="§4.1 g11 Jilin section 420.528 km (kfd.me)"),
    # 长营 + 营东 (Changchun–Liaoyuan)
    dict(road="长营高速", **{"class": E}, speed="长营高速", nodes=["j-cc-se", "j-yitong-n", "j-yingchengzi"], group="changliao"),
    dict(road="营东高速", **{"class": E}, speed="营东高速", nodes=["j-yingchengzi", "j-liaoyuan"], group="changliao"),
    # 延长高速
    dict(road="延长高速", **{"class": E}, speed="延长高速", nodes=["j-cc-se", "j-yantongshan"], factor=1.15, source="est. straight line × 1.15 (§4.1 s-yanchang: length not given; 烟筒山–长春 due 2024, assumed open)"),
    dict(road="延长高速", **{"class": E}, speed="延长高速", nodes=["j-yantongshan", "j-dapuchaihe", "j-longjing", "j-yanji"], factor=1.3, source="est. straight line × 1.3 mountain (§4.1 s-yanchang: length not given)"),
    # 长太高速 (to 长岭 only; the 太平川 end is not placed)
    dict(road="长太高速", **{"class": E}, speed="长太高速", nodes=["j-cc-w", "j-changling"], factor=1.15, source="est. straight line × 1.15 (§4.1 s-changtai ≈200 to 太平川 est.; due end-2024, assumed open; route via 长岭 unverified)"),
    # 营松高速 (Jingyu–Songjianghe)
    dict(road="营松高速", **{"class": E}, speed="营松高速", nodes=["j-jingyu", "songjianghe"], factor=1.2, source="est. straight line × 1.2 (§6.2 cc-changbaishan: 营松高速 Jingyu–Songjianghe)"),
    # G15 to Dalian (not in the sheet; keeps Dalian reachable by car)
    dict(road="G15", **{"class": E}, speed="G15", nodes=["j-shenyang", "j-dalian"], factor=1.1, source="est. straight line × 1.1 (G15 沈海高速 Shenyang–Dalian; not in the sheet)"),
    # national roads through the towns
    dict(road="G102", **{"class": N}, speed="national", nodes=["siping", "gongzhuling", "fanjiatun", "changchun", "mishazi", "dehui"], factor=1.2, source="unverified: route §4.1 g102 (四平 – 公主岭 – 范家屯 – 长春 – 德惠; 米沙子 est.); length est. straight line × 1.2 (§4.2)"),
    dict(road="G202", **{"class": N}, speed="national", nodes=["shulan", "jilin"], factor=1.2, source="unverified: route §4.1 g202; length est. straight line × 1.2"),
    dict(road="G202", **{"class": N}, speed="national", nodes=["jilin", "panshi"], factor=1.3, source="unverified: route §4.1 g202; length est. straight line × 1.3 (mountain)"),
    dict(road="G202", **{"class": N}, speed="national", nodes=["panshi", "meihekou"], factor=1.2, source="unverified: route §4.1 g202; length est. straight line × 1.2"),
    dict(road="G202", **{"class": N}, speed="national", nodes=["meihekou", "tonghua"], factor=1.3, source="unverified: route §4.1 g202 (梅河口 – 通化?); length est. straight line × 1.3 (mountain)"),
    dict(road="G302", **{"class": N}, speed="national", nodes=["hunchun", "yanji"], factor=1.2, source="§4.1 g302 route (m.163.com); length est. straight line × 1.2"),
    dict(road="G302", **{"class": N}, speed="national", nodes=["yanji", "antu", "dunhua", "jilin"], factor=1.3, source="§4.1 g302 route (安图 est.); length est. straight line × 1.3 (mountain)"),
    dict(road="G302", **{"class": N}, speed="national", nodes=["jilin", "changchun", "helong", "nongan", "songyuan", "baicheng", "ulanhot"], factor=1.2, source="§4.1 g302 route via 农安 (m.163.com; 合隆 est.); length est. straight line × 1.2"),
    dict(road="G303", **{"class": N}, speed="national", nodes=["jian", "tonghua", "meihekou"], factor=1.3, source="unverified: route §4.1 g303; length est. straight line × 1.3 (mountain)"),
    dict(road="G303", **{"class": N}, speed="national", nodes=["meihekou", "dongfeng", "liaoyuan", "siping", "shuangliao", "tongliao"], factor=1.2, source="unverified: route §4.1 g303; length est. straight line × 1.2"),
    dict(road="G203", **{"class": N}, speed="national", nodes=["songyuan", "changling", "shuangliao", "shenyang"], factor=1.2, source="§4.1 g203 route (jl.cri.cn 2018; 长岭 unverified); length est. straight line × 1.2"),
    dict(road="S101", **{"class": P}, speed="S101", nodes=["changchun", "kalun", "jiutai", "jilin"], factor=1.2, source="§0.1 Jilin's 北线 依托省道101; route via 卡伦 and 九台 est.; length est. straight line × 1.2"),
    # local roads (est.): towns and satellite clusters the sheet's roads do not reach
    dict(road="长春–合心 (est.)", **{"class": P}, speed="local-fast", nodes=["changchun", "hexin"], factor=1.2, source="est. §4.2 satellite method: straight line × 1.2"),
    dict(road="长春–劝农 (est.)", **{"class": P}, speed="local-fast", nodes=["changchun", "quannong"], factor=1.2, source="est. §4.2 satellite method: straight line × 1.2"),
    dict(road="长春–鹿乡–双阳 (est.)", **{"class": P}, speed="local-fast", nodes=["changchun", "luxiang", "shuangyang"], factor=1.2, source="est. §4.2 satellite method: straight line × 1.2"),
    dict(road="德惠–榆树 (est.)", **{"class": P}, speed="S101", nodes=["dehui", "yushu"], factor=1.2, source="est. straight line × 1.2 (§4.2: 长榆高速 under construction; today's road unverified)"),
    dict(road="烟筒山–磐石 (est.)", **{"class": P}, speed="local", nodes=["yantongshan", "panshi"], factor=1.2, source="est. straight line × 1.2 (§4.2 changchun–panshi via 延长 / local)"),
    dict(road="吉林–永吉 (est.)", **{"class": P}, speed="local", nodes=["jilin", "yongji"], factor=1.2, source="est. straight line × 1.2 (§4.2 jilin–yongji local ≈25 km)"),
    dict(road="吉林–桦甸 (est.)", **{"class": P}, speed="local-75", nodes=["jilin", "huadian"], factor=1.3, source="est. straight line × 1.3 mountain (§4.2 jilin–huadian local ≈125 km)"),
    dict(road="四平–梨树 (est.)", **{"class": P}, speed="local", nodes=["siping", "lishu"], factor=1.2, source="est. straight line × 1.2 (§4.2 siping–lishu local ≈20 km)"),
    dict(road="四平–梨树 (est.)", **{"class": P}, speed="local", nodes=["lishu", "j-siping"], factor=1.2, source="est. straight line × 1.2 (Lishu to the G1 interchange)"),
    dict(road="四平–伊通 (est.)", **{"class": P}, speed="local-75", nodes=["siping", "yitong"], factor=1.2, source="est. straight line × 1.2 (§4.2 siping–yitong ≈95 km 'local / G1112?')"),
    dict(road="辽源–东辽 (est.)", **{"class": P}, speed="local", nodes=["liaoyuan", "dongliao"], factor=1.2, source="est. straight line × 1.2 (§4.2 liaoyuan–dongliao local ≈15 km)"),
    dict(road="西丰–辽源 (est.)", **{"class": P}, speed="local", nodes=["xifeng", "liaoyuan"], factor=1.2, source="est. straight line × 1.2 (G1112 passes 西丰 without exits, §4.1)"),
    dict(road="大蒲柴河–二道白河 (unverified)", **{"class": P}, speed="local", nodes=["j-dapuchaihe", "changbaishan"], factor=1.3, source="est. straight line × 1.3 mountain (§6.2 cc-changbaishan alt. road 大蒲柴河 – 二道白河)"),
]
# fmt: on
# The ring's north side between the G1 and G12 junctions is G2501 (named so), see 'ring' group; drop placeholder.
CHAINS = [c for c in CHAINS if not (c["road"] == "G12" and c["nodes"][0] == "j-cc-ne" and len(c["nodes"]) == 3)]

GROUP_TOTALS = {
    "ring": (None, "unverified: G2501 ≈110 km whole ring (§4.1 g2501) minus the G1 east side"),
    "changliao": (110.0, "§4.1 s-changying-yingdong ≈110 km Changchun–Liaoyuan (est. in the sheet), ring to Liaoyuan interchange"),
}

SPURS = [(n, j, "urban-cc") for n, j in [("changchun", "j-cc-w"), ("changchun", "j-cc-nw"), ("changchun", "j-cc-n"),
                                          ("changchun", "j-cc-ne"), ("changchun", "j-cc-se"), ("changchun", "j-cc-sw")]]
SPURS += [(d, "changchun", "urban-inner") for d in ["chaoyang-cc", "nanguan", "kuancheng", "erdao", "lvyuan",
                                                    "changchun-new-area", "jingyue", "qikai"]]
SPURS += [(d, "jilin", "urban-inner") for d in ["chuanying", "changyi", "longtan", "fengman"]]
SPURS += [(d, "siping", "urban-inner") for d in ["tiexi-sp", "tiedong-sp"]]
SPURS += [(d, "liaoyuan", "urban-inner") for d in ["longshan-ly", "xian-ly"]]
SPURS += [(p, j, "urban") for p, j in [
    ("jilin", "j-jilin-w"), ("jilin", "j-jilin-e"), ("siping", "j-siping"), ("liaoyuan", "j-liaoyuan"),
    ("gongzhuling", "j-gongzhuling"), ("dehui", "j-dehui"), ("fuyu", "j-fuyu"), ("harbin", "j-harbin"),
    ("changtu", "j-changtu"), ("kaiyuan", "j-kaiyuan"), ("tieling", "j-tieling"), ("shenyang", "j-shenyang"),
    ("beijing", "j-beijing"), ("dalian", "j-dalian"), ("konggang", "j-konggang"), ("chaluhe", "j-chaluhe"),
    ("jiaohe", "j-jiaohe"), ("dunhua", "j-dunhua"), ("antu", "j-antu"), ("yanji", "j-yanji"), ("tumen", "j-tumen"),
    ("hunchun", "j-hunchun"), ("nongan", "j-huajia"), ("songyuan", "j-songyuan"), ("baicheng", "j-baicheng"),
    ("ulanhot", "j-ulanhot"), ("jiutai", "j-jiutai"), ("shuangyang", "j-shuangyang"), ("yitong", "j-yitong-n"),
    ("dongfeng", "j-dongfeng"), ("dongliao", "j-dongliao"), ("meihekou", "j-wanlong"), ("tonghua", "j-liming"),
    ("jian", "j-jian"), ("shuangliao", "j-xieli"), ("tongliao", "j-tongliao"), ("changling", "j-changling"),
    ("daling", "j-daling"), ("huaide", "j-huaide"), ("yongji", "j-yongji"), ("panshi", "j-panshi"),
    ("fushun", "j-fushun"), ("baishan", "j-baishan"), ("yantongshan", "j-yantongshan"),
]]
