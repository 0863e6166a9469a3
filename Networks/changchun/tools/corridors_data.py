"""The five corridors of "一轴、一廊、三通道" (§6.2) and their members."""

# fmt: off
CORRIDORS = [
    ("jingha-axis", "一轴 京哈轴", "Beijing–Harbin axis", "§6.2 jingha-axis (DESIGN.md; 哈长沈大 wording news.520dadong.com)",
     ["harbin", "fuyu", "dehui", "mishazi", "changchun", "changchun-new-area", "qikai", "hexin", "daling", "fanjiatun", "gongzhuling", "siping", "changtu", "kaiyuan", "tieling", "shenyang", "dalian", "beijing"],
     ["jingha-hsr-express", "jingha-hsr-siping", "jingha-hsr-stopping", "jingha-hsr-all-stops", "jingha-hsr-beijing", "jingha-hsr-cc-express", "jingha-hsr-cc-siping", "jingha-conv-north", "jingha-conv-south", "jingha-conv-all-stops"],
     ["G1", "G102", "G25", "G2501"], []),
    ("hunwu-corridor", "一廊 珲乌走廊", "Hunchun–Ulanhot corridor", "§6.2 hunwu-corridor (route of lines: sources in §3)",
     ["hunchun", "tumen", "yanji", "antu", "dunhua", "jiaohe", "jilin", "jiutai", "konggang", "changchun", "nongan", "songyuan", "baicheng", "ulanhot"],
     ["changji-ic", "changji-ic-all-stops", "changhun-ic", "changji-dunhua-ic", "jihun-hsr-all-stops", "changbaiwu-baicheng", "changbaiwu-ulanhot", "changtu-cc-jilin", "changtu-jilin-tumen"],
     ["G12", "G302"], [("j-huajia", "j-dehui"), ("j-dehui", "j-jiutai")]),
    ("cc-changbaishan", "通道 长春至长白山", "Changchun–Changbaishan channel", "§6.2 cc-changbaishan (新华社 2021-12-24; wanbiaoku.com)",
     ["changchun", "jilin", "dunhua", "changbaishan", "yantongshan", "songjianghe"],
     ["changji-ic", "changji-dunhua-ic", "changbaishan-hsr", "dunbai-hsr", "air-cgq-nbs"],
     ["G12", "G11", "延长高速", "营松高速", "大蒲柴河–二道白河 (unverified)"], []),
    ("cc-tonghua-baishan", "通道 长春至通化白山", "Changchun–Tonghua/Baishan channel", "§6.2 cc-tonghua-baishan (§3.4 sources)",
     ["changchun", "yitong", "liaoyuan", "dongfeng", "meihekou", "tonghua", "baishan"],
     ["cc-meihekou-through", "simei", "meiji", "jingha-conv-south", "jingha-hsr-express", "shenbai-hsr", "shenbai-hsr-all-stops", "air-cgq-tnh"],
     ["长营高速", "营东高速", "G1112", "G11", "G303"], []),
    ("cc-tongliao", "通道 长春至通辽", "Changchun–Tongliao channel", "§6.2 cc-tongliao (us.ok.com G25; [TT2020])",
     ["changchun", "daling", "huaide", "shuangliao", "tongliao"],
     ["jingha-conv-south", "pingqi", "dazheng", "cc-tongliao-through", "air-cgq-tgo"],
     ["G25", "G45"], []),
]
# fmt: on


# Cores whose residents are all in their listed districts (population 0): a corridor that names the core
# also names its districts, so that the corridor's population counts them.
CORE_DISTRICTS = {
    "jilin": ["chuanying", "changyi", "longtan", "fengman"],
    "siping": ["tiexi-sp", "tiedong-sp"],
    "liaoyuan": ["longshan-ly", "xian-ly"],
}


def members(links):
    rows = []
    by_nodes = {(l[1], l[2]): l[0] for l in links}
    roads = {l[3] for l in links}
    for cid, _zh, _en, src, places, lines, road_names, link_pairs in CORRIDORS:
        for p in places:
            rows.append([cid, "place", p, f"§6.2 {cid} places"])
            for d in CORE_DISTRICTS.get(p, []):
                rows.append([cid, "place", d, f"est. §6.2 {cid} names '{p}', whose residents are in its district '{d}'"])
        for ln in lines:
            rows.append([cid, "line", ln, f"§6.2 {cid} rail lines (patterns of the sheet's lines)"])
        for r in road_names:
            assert r in roads, r
            rows.append([cid, "road", r, f"§6.2 {cid} roads"])
        for a, b in link_pairs:
            rows.append([cid, "link", by_nodes[(a, b)], f"§6.2 {cid}: G9902 east half (Nong'an–Jiutai)"])
    return rows
