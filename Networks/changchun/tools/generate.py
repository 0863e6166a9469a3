#!/usr/bin/env python3
"""Development aid: writes the default network's CSV tables from the facts sheet's figures.

Not needed at run time: the CSV files in the parent folder are the network. Run from anywhere:
    python3 Networks/changchun/tools/generate.py
It rewrites ../*.csv deterministically (UTF-8 without BOM, LF).
"""
import csv
import io
import math
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from places_data import PLACES, CENSUS  # noqa: E402
from stops_data import STOPS  # noqa: E402
from lines_data import LINES  # noqa: E402
from roads_data import JUNCTIONS, SPEEDS  # noqa: E402
from roads_chains import CHAINS, GROUP_TOTALS, SPURS  # noqa: E402

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def km(a, b):
    """Great-circle distance in km between (lat, lon) pairs."""
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


COORD = {p[0]: (p[4], p[5]) for p in PLACES}
COORD.update({j[0]: (j[3], j[4]) for j in JUNCTIONS})
STOP_COORD = {s[0]: (s[5], s[6]) for s in STOPS}
PLACE = {p[0]: p for p in PLACES}


def fmt(x, nd=1):
    s = f"{x:.{nd}f}"
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


def write(name, header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- populations
def populations():
    pop = {}
    src = {}
    children = {}
    for p in PLACES:
        if p[9]:
            children.setdefault(p[9], []).append(p[0])
    for p in PLACES:
        pid, marker, figure, psrc = p[0], p[7], p[6], p[8]
        if marker in ("census", "sourced"):
            pop[pid] = figure
            src[pid] = f"§1.2 {psrc}"
        elif marker == "unverified":
            pop[pid] = figure
            src[pid] = f"unverified: §1.2 {psrc}"
        else:
            pop[pid] = 0
            src[pid] = None
    # Jilin and Liaoyuan: all unit figures are unverified round numbers whose sum exceeds the census
    # total; scale them to it (largest remainder), so each resident is counted once.
    for city in ("jilin", "liaoyuan"):
        total, csrc = CENSUS[city]
        units = [c for c in children[city] if PLACE[c][7] == "unverified"]
        raw = sum(PLACE[c][6] for c in units)
        factor = total / raw
        exact = {c: PLACE[c][6] * factor for c in units}
        floor = {c: int(math.floor(v)) for c, v in exact.items()}
        rest = total - sum(floor.values())
        for c in sorted(units, key=lambda c: (-(exact[c] - floor[c]), c))[:rest]:
            floor[c] += 1
        for c in units:
            pop[c] = floor[c]
            src[c] = (f"unverified: §1.2 {PLACE[c][8]} scaled × {factor:.5f} so that the {len(units)} "
                      f"units sum to {csrc} (sheet sum {raw:,})")
        pop[city] = 0
        src[city] = (f"est. 0: every resident is in the {len(units)} units whose parent is '{city}' "
                     f"(§1.2 core figure {PLACE[city][8]} = sum of its districts; §1.1 total reached by scaling)")
    # Siping: the core figure is the sum of its two districts (sourced); the rest are sourced.
    pop["siping"] = 0
    src["siping"] = ("est. 0: §1.2 core 628,000 = 铁西 314,300 + 铁东 313,700 (四平七普公报第二号), "
                     "counted in tiexi-sp and tiedong-sp")
    # Changchun: core = census total − listed units.
    total, csrc = CENSUS["changchun"]
    listed = [c for c in children["changchun"] if pop[c] > 0]
    rest = total - sum(pop[c] for c in listed)
    pop["changchun"] = rest
    src["changchun"] = (f"est. {csrc} minus the {len(listed)} listed units ({', '.join(sorted(listed))}): "
                        "the residents of the development zones (长春新区, 经开区, 汽开区, 净月, 莲花山, 中韩) "
                        "split off from the districts, plus any error of the unverified district figures")
    # External aggregates with a listed child: remove the child's people.
    for agg, child in (("tieling", "kaiyuan"), ("tonghua", "jian")):
        base = PLACE[agg][6]
        pop[agg] = base - pop[child]
        src[agg] = f"unverified: §1.2 {PLACE[agg][8]} minus {child} {pop[child]:,} (listed separately)"
    for p in PLACES:
        pid = p[0]
        if src[pid] is None:
            parent = p[9]
            if p[3] in ("district",) and parent == "changchun":
                why = "development zone without a census figure; its residents are in 'changchun' (core remainder)"
            elif parent:
                why = f"n/a in §1.2; its residents are counted in '{parent}'"
            else:
                why = "n/a in §1.2 (no figure; not needed for the metro area's totals)"
            src[pid] = f"est. 0: {why}"
    return pop, src


# ---------------------------------------------------------------- roads
def slug(road):
    table = {"长营高速": "changying", "营东高速": "yingdong", "延长高速": "yanchang", "长太高速": "changtai",
             "营松高速": "yingsong"}
    if road in table:
        return table[road]
    if road.startswith("urban"):
        return "urban"
    if road[0] in "GS" and road[1:].isdigit():
        return road.lower()
    return "local"


def short(n):
    return n[2:] if n.startswith("j-") else n


def build_links():
    links = []
    ids = set()
    totals = {}  # group name -> (total, straight sum)
    ring_total = None
    for c in CHAINS:
        if c["road"] == "G1" and "total" in c:
            nodes = c["nodes"]
            st = [km(COORD[a], COORD[b]) for a, b in zip(nodes, nodes[1:])]
            k = c["total"] / sum(st)
            east = sum(s for (a, b), s in zip(zip(nodes, nodes[1:]), st) if a.startswith("j-cc-") and b.startswith("j-cc-"))
            ring_total = 110.0 - east * k
    for c in CHAINS:
        g = c.get("group")
        if g:
            nodes = c["nodes"]
            s = sum(km(COORD[a], COORD[b]) for a, b in zip(nodes, nodes[1:]))
            t = totals.setdefault(g, [GROUP_TOTALS[g][0] if GROUP_TOTALS[g][0] is not None else ring_total, 0.0])
            t[1] += s
    for c in CHAINS:
        nodes = c["nodes"]
        straight = [km(COORD[a], COORD[b]) for a, b in zip(nodes, nodes[1:])]
        if "total" in c:
            k = c["total"] / sum(straight)
            how = f"{c['source']}; shared by straight-line proportion (× {k:.3f})"
        elif "group" in c:
            total, s = totals[c["group"]]
            k = total / s
            how = f"{GROUP_TOTALS[c['group']][1]}; shared by straight-line proportion (× {k:.3f})"
        else:
            k = c["factor"]
            how = c.get("source") or f"est. straight line × {k}"
        if k < 0.97:
            print(f"warning: chain {c['road']} {nodes[0]}..{nodes[-1]} factor {k:.3f} < 0.97", file=sys.stderr)
        speed, ssrc = SPEEDS[c["speed"]]
        for (a, b), s in zip(zip(nodes, nodes[1:]), straight):
            lid = f"{slug(c['road'])}-{short(a)}-{short(b)}"
            assert lid not in ids, lid
            ids.add(lid)
            src = f"{how}; straight {s:.1f} km; speed {ssrc}"
            links.append([lid, a, b, c["road"], c["class"], fmt(s * k), str(speed), "", "", src])
    for place, node, kind in SPURS:
        speed, ssrc = SPEEDS[kind]
        factor = {"urban-cc": 1.1, "urban": 1.15, "urban-inner": 1.2}[kind]
        s = km(COORD[place], COORD[node])
        lid = f"urban-{short(place)}-{short(node)}"
        assert lid not in ids, lid
        ids.add(lid)
        src = (f"est. urban driving between the centre and the road node (§4.2's urban access, kept out of "
               f"the expressway links): straight {s:.1f} km × {factor}; speed {ssrc}")
        links.append([lid, place, node, "urban", "urban", fmt(max(s * factor, 0.5)), str(speed), "", "", src])
    return links


# ---------------------------------------------------------------- connectors and transfers
def access_minutes(d):
    """Taxi: 5 min (hail, pay, curb) + first 10 km at 25 km/h + the rest at 60 km/h; walk if ≤ 0.4 km."""
    if d <= 0.4:
        return "walk", 2 + d * 1.3 / 4.5 * 60, f"est. walk: straight {d:.1f} km × 1.3 ÷ 4.5 km/h + 2 min"
    m = 5 + min(d, 10) / 25 * 60 + max(d - 10, 0) / 60 * 60
    return "taxi", m, (f"est. taxi: straight {d:.1f} km, 5 min + first 10 km ÷ 25 km/h"
                       + (" + rest ÷ 60 km/h" if d > 10 else ""))


def build_connectors(served):
    rows = []
    for p in PLACES:
        pid = p[0]
        pc = COORD[pid]
        for s in STOPS:
            sid, kind, splace = s[0], s[3], s[4]
            d = km(pc, STOP_COORD[sid])
            own = splace == pid
            near = (kind == "rail" and d <= 30 and sid in served) or (kind == "airport" and d <= 40 and sid in served)
            if not (own or near):
                continue
            if (pid, sid) in SOURCED_DISTANCE:
                d, cite = SOURCED_DISTANCE[(pid, sid)]
                mode, m, how = access_minutes(d)
                how = how.replace(f"straight {d:.1f} km", f"{d} km ({cite})")
            else:
                mode, m, how = access_minutes(d)
            why = "its own stop" if own else ("rail station within 30 km" if kind == "rail" else "airport within 40 km")
            rows.append([pid, sid, mode, fmt(m, 0), f"{how} ({why})"])
    return rows


REMOTE = {s[0] for s in STOPS if s[8]}
# Distances the sheet states, used instead of the straight line between the (unverified) coordinates.
SOURCED_DISTANCE = {
    ("tonghua", "ap-tnh"): (38.5, "§2.2 ap-tnh: 38.5 km NW of Tonghua centre, kukou.info; the sheet's "
                                  "unverified coordinates are 61.5 km away: flagged"),
    ("changchun", "ap-cgq"): (31.2, "§2.2 ap-cgq: 31.2 km NE of Changchun centre"),
}


def build_transfers():
    rows = []
    special = {("ap-cgq", "st-longjia"): ("walk", 5, "est. 5 min walk: §2.2 rail station (龙嘉站) under the terminal")}
    for i, a in enumerate(STOPS):
        for b in STOPS[i + 1:]:
            if a[4] != b[4] or a[0] in REMOTE or b[0] in REMOTE:
                continue
            key = (a[0], b[0])
            if key[::-1] in special:
                key = key[::-1]
            if key in special:
                mode, m, how = special[key]
            elif {a[0], b[0]} == {"st-tonghua", "ap-tnh"}:
                d, cite = SOURCED_DISTANCE[("tonghua", "ap-tnh")]
                mode, m, how = access_minutes(d)
                how = how.replace(f"straight {d:.1f} km", f"{d} km ({cite})") + " (two stops of tonghua)"
            else:
                d = km(STOP_COORD[a[0]], STOP_COORD[b[0]])
                mode, m, how = access_minutes(d)
                how += f" (two stops of {a[4]})"
            rows.append([a[0], b[0], mode, fmt(m, 0), how])
    return rows


def stop_source(s):
    row = ("§2.1" if s[3] == "rail" else "§2.2") + f" row {s[0]}"
    if s[7].startswith("unverified"):
        return f"unverified: coordinates ({row}){s[7][len('unverified'):]}"
    return f"{row}; coordinates: {s[7]}"


# ---------------------------------------------------------------- main
def main():
    pop, psrc = populations()
    write("manifest.csv", ["key", "value", "source"], [
        ["name", "changchun", "Networks/changchun/README.md"],
        ["version", "1", "Networks/changchun/README.md"],
        ["description", "Changchun metropolitan area (长春现代化都市圈): places, rail, flights and main roads, "
         "built from the project's facts sheet", "changchun-facts.md (first complete version)"],
    ])
    write("places.csv", ["id", "name_zh", "name_en", "kind", "lat", "lon", "population", "parent", "clusters",
                         "in_scope", "source", "population_source"],
          [[p[0], p[1], p[2], p[3], f"{p[4]:.4f}", f"{p[5]:.4f}", str(pop[p[0]]), p[9] or "", ";".join(p[10]),
            p[11], f"§1.2 row {p[0]}; coordinates: {p[12]}", psrc[p[0]]] for p in PLACES])
    write("clusters.csv", ["id", "name_zh", "name_en", "source"], [
        ["cc-jl", "长吉组团", "Changchun–Jilin cluster", "§0.1 长吉组团 (plan 第二章)"],
        ["cc-sp", "长平组团", "Changchun–Siping cluster", "§0.1 长平组团 (plan 第二章)"],
        ["cc-ly", "长辽组团", "Changchun–Liaoyuan cluster", "§0.1 长辽组团 (plan 第二章)"],
    ])
    write("junctions.csv", ["id", "name_zh", "name_en", "lat", "lon", "source"],
          [[j[0], j[1], j[2], f"{j[3]:.4f}", f"{j[4]:.4f}", f"est. position of the {j[5]} node (§4.1 routes)"]
           for j in JUNCTIONS])
    links = build_links()
    write("road_links.csv", ["id", "from", "to", "road", "class", "length_km", "speed_kmh", "minutes", "oneway",
                             "source"], links)
    write("stops.csv", ["id", "name_zh", "name_en", "kind", "place", "lat", "lon", "source"],
          [[s[0], s[1], s[2], s[3], s[4], f"{s[5]:.4f}", f"{s[6]:.4f}", stop_source(s)] for s in STOPS])
    served = {st for ln in LINES for st, *_ in ln[7]}
    write("connectors.csv", ["place", "stop", "mode", "minutes", "source"], build_connectors(served))
    write("stop_transfers.csv", ["from_stop", "to_stop", "mode", "minutes", "source"], build_transfers())
    write("lines.csv", ["id", "name_zh", "name_en", "class", "directions", "headway_min", "departures_per_day",
                        "dwell_min", "source"],
          [[ln[0], ln[1], ln[2], ln[3], "both", "", str(ln[4]), "" if ln[5] is None else str(ln[5]), ln[6]]
           for ln in LINES])
    ls = []
    for ln in LINES:
        for i, (st, run, dwell, src) in enumerate(ln[7]):
            ls.append([ln[0], str((i + 1) * 10), st, "" if run is None else str(run),
                       "" if dwell is None else str(dwell), src or f"first stop of {ln[0]}"])
    write("line_stops.csv", ["line", "seq", "stop", "run_min", "dwell_min", "source"], ls)
    from corridors_data import CORRIDORS, members  # noqa: E402
    write("corridors.csv", ["id", "name_zh", "name_en", "source"], [c[:4] for c in CORRIDORS])
    write("corridor_members.csv", ["corridor", "kind", "member", "source"], members(links))


if __name__ == "__main__":
    main()
