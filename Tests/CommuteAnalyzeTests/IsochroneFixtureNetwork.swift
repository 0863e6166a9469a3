import Foundation

/// A small Changchun-like network for the isochrone and map command tests: 13 places (one named
/// `<script>alert(1)</script>` with the English name `A & "B" <i>`), a junction, roads of every class,
/// high-speed, intercity, conventional and air lines. Written to a scratch folder and passed as
/// `--network`, so the tests do not depend on the default network's figures.
enum IsochroneFixtureNetwork {
  static let files: [String: String] = [
    "clusters.csv": """
    id,name_zh,name_en,source
    changji,长吉,Changchun-Jilin,test
    """,
    "connectors.csv": """
    place,stop,mode,minutes,source
    changchun,st-changchun,metro,20,test
    jilin,st-jilin,taxi,15,test
    siping,st-siping,taxi,15,test
    dehui,st-dehui,taxi,10,test
    gongzhuling,st-gongzhuling,taxi,10,test
    changchun,ap-longjia,taxi,40,test
    beijing,ap-beijing,metro,50,test
    """,
    "corridor_members.csv": """
    corridor,kind,member,source
    """,
    "corridors.csv": """
    id,name_zh,name_en,source
    """,
    "junctions.csv": """
    id,name_zh,name_en,lat,lon,source
    j-west,西环枢纽,West ring,43.95,125.2,test
    """,
    "line_stops.csv": """
    line,seq,stop,run_min,dwell_min,source
    hsr-cc-jl,1,st-changchun,,,test
    hsr-cc-jl,2,st-jilin,35,,test
    hsr-cc-sp,1,st-changchun,,,test
    hsr-cc-sp,2,st-gongzhuling,16,,test
    hsr-cc-sp,3,st-siping,22,,test
    conv-cc-dh,1,st-changchun,,,test
    conv-cc-dh,2,st-dehui,40,,test
    fl-cc-bj,1,ap-longjia,,,test
    fl-cc-bj,2,ap-beijing,110,,test
    """,
    "lines.csv": """
    id,name_zh,name_en,class,directions,headway_min,departures_per_day,dwell_min,source
    hsr-cc-jl,长吉城际,Changchun-Jilin intercity,intercity,both,20,,,test
    hsr-cc-sp,京哈高铁,Jingha HSR,high-speed,both,30,,,test
    conv-cc-dh,长德普速,Changchun-Dehui,conventional,both,,8,,test
    fl-cc-bj,长春-北京,Changchun-Beijing,air,both,120,,,test
    """,
    "manifest.csv": """
    key,value,source
    name,iso-fixture,test
    version,1,test
    """,
    "places.csv": """
    id,name_zh,name_en,kind,lat,lon,population,parent,clusters,in_scope,source,population_source
    changchun,长春,Changchun,city-core,43.8868,125.3245,4000000,,changji,yes,test,test
    jilin,吉林,Jilin,city-core,43.8378,126.5496,1800000,,changji,partial,test,test
    siping,四平,Siping,city-core,43.1664,124.3502,500000,,,partial,test,test
    dehui,德惠,Dehui,county-seat,44.5372,125.7033,300000,,,yes,test,test
    gongzhuling,公主岭,Gongzhuling,county-seat,43.5045,124.8228,400000,,,yes,test,test
    yushu,榆树,Yushu,county-seat,44.84,126.533,350000,,,yes,test,test
    nongan,农安,Nong'an,county-seat,44.432,125.175,250000,,,yes,test,test
    jiutai,九台,Jiutai,district,44.15,125.84,200000,,changji,yes,test,test
    liaoyuan,辽源,Liaoyuan,city-core,42.888,125.144,400000,,,partial,test,test
    shuangyang,双阳,Shuangyang,district,43.525,125.664,150000,,,yes,test,test
    mishazi,米沙子,Mishazi,satellite-cluster,44.05,125.36,50000,,,yes,test,test
    xscript,<script>alert(1)</script>,"A & ""B"" <i>",town,44.2,124.9,20000,,,yes,test,test
    beijing,北京,Beijing,external-city,39.9042,116.4074,0,,,no,test,test
    """,
    "road_links.csv": """
    id,from,to,road,class,length_km,speed_kmh,minutes,oneway,source
    r1,changchun,gongzhuling,G1,expressway,60,,,no,test
    r2,gongzhuling,siping,G1,expressway,60,,,no,test
    r3,changchun,dehui,G1,expressway,70,,,no,test
    r4,changchun,jilin,G12,expressway,100,,,no,test
    r5,changchun,yushu,G202,national,110,,,no,test
    r6,j-west,nongan,S101,provincial,55,,,no,test
    r7,changchun,jiutai,G302,national,45,,,no,test
    r8,changchun,shuangyang,S102,provincial,50,,,no,test
    r9,changchun,liaoyuan,G2,national,120,,,no,test
    r10,changchun,mishazi,urban,urban,20,,,no,test
    r11,xscript,nongan,S103,provincial,30,,,no,test
    r12,changchun,j-west,urban,urban,12,,,no,test
    """,
    "stop_transfers.csv": """
    from_stop,to_stop,mode,minutes,source
    """,
    "stops.csv": """
    id,name_zh,name_en,kind,place,lat,lon,park_and_ride,source
    st-changchun,长春站,Changchun,rail,changchun,43.9069,125.3183,yes,test
    st-jilin,吉林站,Jilin,rail,jilin,43.8545,126.5626,yes,test
    st-siping,四平东站,Siping East,rail,siping,43.18,124.39,yes,test
    st-dehui,德惠站,Dehui,rail,dehui,44.54,125.69,yes,test
    st-gongzhuling,公主岭南站,Gongzhuling South,rail,gongzhuling,43.48,124.83,yes,test
    ap-longjia,龙嘉机场,Longjia,airport,changchun,43.9962,125.685,yes,test
    ap-beijing,首都机场,Capital,airport,beijing,40.0799,116.6031,yes,test
    """,
  ]

  /// The folder holding the tables (`files`, or a variant of them), named by their content: the
  /// first test process to ask writes it, later ones (a parallel run starts many) and later runs
  /// reuse it, so runs do not leave a folder per test behind. Each file is written atomically, so
  /// processes writing the same folder at once all see whole files.
  static func folder(_ tables: [String: String] = files) throws -> URL {
    // FNV-1a over the names and texts in name order: stable across processes and runs.
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for (name, text) in tables.sorted(by: { $0.key < $1.key }) {
      for byte in Array(name.utf8) + [0] + Array(text.utf8) + [0] {
        hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
      }
    }
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("commute-analyze-tests-fixture-\(String(hash, radix: 16))")
      .appendingPathComponent("network")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for (name, text) in tables {
      let file = folder.appendingPathComponent(name)
      let bytes = Data((text + "\n").utf8)
      if (try? Data(contentsOf: file)) != bytes { try bytes.write(to: file, options: .atomic) }
    }
    return folder
  }
}
