#!/usr/bin/env python3
"""Development aid: checks the generated CSVs against the facts sheet's figures (car times, lengths)."""
import csv, heapq, os, sys
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def rows(n): return list(csv.DictReader(open(os.path.join(OUT, n), encoding="utf-8")))
links = rows("road_links.csv")
adj = {}
for l in links:
    m = float(l["length_km"]) / float(l["speed_kmh"]) * 60
    adj.setdefault(l["from"], []).append((l["to"], m, l))
    adj.setdefault(l["to"], []).append((l["from"], m, l))
def dij(s):
    d = {s: 0}; h = [(0, s)]
    while h:
        x, u = heapq.heappop(h)
        if x > d[u]: continue
        for v, w, _ in adj.get(u, []):
            if x + w < d.get(v, 1e18): d[v] = x + w; heapq.heappush(h, (x + w, v))
    return d
T42 = [("changchun", t, k, m) for t, k, m in [("jilin",115,90),("siping",135,100),("gongzhuling",70,60),("fanjiatun",45,45),("liaoyuan",135,100),("dehui",95,75),("yushu",170,140),("nongan",75,60),("jiutai",60,55),("shuangyang",60,55),("yitong",75,60),("songyuan",175,125),("baicheng",330,225),("harbin",280,195),("shenyang",335,225),("yanji",445,295),("meihekou",185,130),("tonghua",320,215),("tongliao",300,205),("shuangliao",160,115),("panshi",155,115),("yongji",120,90),("lishu",125,95),("dongfeng",165,120),("dongliao",130,95),("mishazi",50,45),("helong",30,35),("hexin",25,30),("daling",40,40),("luxiang",40,40),("quannong",30,35),("konggang",40,40)]]
T42 += [("jilin",t,k,m) for t,k,m in [("yanji",340,230),("panshi",140,105),("jiaohe",85,70),("shulan",85,75),("huadian",125,100),("yongji",25,30)]]
T42 += [("siping",t,k,m) for t,k,m in [("liaoyuan",90,70),("shuangliao",95,75),("lishu",20,25),("yitong",95,75)]]
T42 += [("liaoyuan",t,k,m) for t,k,m in [("meihekou",80,65),("dongfeng",45,40),("dongliao",15,20)]]
bad = 0
cache = {}
for a, b, kmv, mins in T42:
    if a not in cache: cache[a] = dij(a)
    t = cache[a].get(b)
    model = t + 5 if t is not None else None
    dev = (model - mins) / mins * 100 if model else None
    flag = "" if model and abs(dev) <= 15 else "  <-- FAIL"
    if flag: bad += 1
    print(f"{a:>10} -> {b:<12} sheet {mins:4d}  model {model:6.1f}  {dev:+6.1f}%{flag}")
places = [r["id"] for r in rows("places.csv")]
d0 = dij("changchun")
print("unreachable by car:", [p for p in places if p not in d0])
print("fails:", bad)
