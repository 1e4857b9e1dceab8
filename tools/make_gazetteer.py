"""Generate ``src/tdkt_extract/lexicons/gazetteer.json`` from ``vietnamadminunits`` (MIT).

Run it in a scratch venv, never in the library's own environment (the package is a
build-time source only, not a runtime dependency)::

    python3 -m venv /tmp/gazvenv
    /tmp/gazvenv/bin/pip install vietnamadminunits==1.0.4
    /tmp/gazvenv/bin/python tools/make_gazetteer.py

Source: ``vietnamadminunits`` 1.0.4 (MIT licence, © 2025 Tran Ngoc Minh Hieu), its bundled
``data/dataset.db`` and JSON tables:
- ``admin_units_legacy``: the 63 provinces before 2025-07-01 with codes, their 696 districts
  (code, kind, name) and 10,035 communes; the former names of districts (``districtAlias``,
  e.g. Quận 2 and Quận 9 before Thủ Đức). Its aliases are unaccented keys (``huyenkyson``);
  the accented form is recovered from the package's own accented names (provinces, districts,
  communes, old and new) when exactly one accented spelling has that key, otherwise the alias
  is dropped (the count is printed). The communes give, for each district name, in how many
  other provinces a commune bore it (``communes_elsewhere``).
- ``admin_units``: the 34 provinces from 2025-07-01 (name, kind, code) and their communes
  (used only to restore accents).
- ``converter_2025.json`` (``DICT_PROVINCE``): which old provinces each new one was formed from.
- ``parser_legacy.json``: the old city of Huế, divided into Phú Xuân and Thuận Hóa.

Written here by hand, and only here: the dates of the administrative events (the package does
not carry them); the 2025 merger as the law states it (``MERGER_2025``, Nghị quyết
202/2025/QH15), checked against the package's table; the three provinces that became
centrally-run cities in 2026, after the package's data (``LATER_CITIES``); the prefixes and
punctuation variants every name is written with; and a handful of common abbreviations
(TP.HCM, BR-VT, TT-Huế, Daklak).

No other package's data is used (an earlier version also read ``vietnam-provinces``, which is
GPL-licensed; it is no longer needed). ``vietnamadminunits-update`` 1.0.1 (MIT, a fork) is not
used: its wheel ships without the ``data/`` folder, so it does not even import.
"""
from __future__ import annotations

import json
import sqlite3
import sys
import unicodedata
from collections import defaultdict
from importlib import metadata
from pathlib import Path

import vietnamadminunits

PACKAGE = "vietnamadminunits"
DATA = Path(vietnamadminunits.__file__).parent / "data"

OUT = Path(__file__).resolve().parents[1] / "src/tdkt_extract/lexicons/gazetteer.json"
COMMUNES_OUT = OUT.with_name("communes.json")

# Events the package does not date. Sources: Nghị quyết 1314/NQ-UBTVQH15 (Thừa Thiên Huế
# becomes the centrally-run city of Huế, in force 2025-01-01); Nghị quyết 202/2025/QH15
# (63 provinces become 34, in force 2025-07-01); Luật Tổ chức chính quyền địa phương 2025 and
# Nghị quyết 190/2025/QH15 (districts stop operating, two-level local government, 2025-07-01).
HUE_CITY = "2025-01-01"
MERGER = "2025-07-01"
DISTRICTS_ABOLISHED = "2025-07-01"

# The 2025-07-01 merger as Nghị quyết 202/2025/QH15 states it: each of the 23 provinces formed
# by a merger -> the other old provinces merged into the one whose name it keeps. The other 11
# (Hà Nội, Huế, Cao Bằng, Điện Biên, Lai Châu, Sơn La, Lạng Sơn, Quảng Ninh, Thanh Hóa, Nghệ An,
# Hà Tĩnh) are unchanged. Public law, written from it; used to check the package's table.
MERGER_2025 = {
    "Tuyên Quang": ["Hà Giang"], "Lào Cai": ["Yên Bái"], "Thái Nguyên": ["Bắc Kạn"],
    "Phú Thọ": ["Vĩnh Phúc", "Hòa Bình"], "Bắc Ninh": ["Bắc Giang"], "Hưng Yên": ["Thái Bình"],
    "Hải Phòng": ["Hải Dương"], "Ninh Bình": ["Hà Nam", "Nam Định"], "Quảng Trị": ["Quảng Bình"],
    "Đà Nẵng": ["Quảng Nam"], "Quảng Ngãi": ["Kon Tum"], "Gia Lai": ["Bình Định"],
    "Khánh Hòa": ["Ninh Thuận"], "Lâm Đồng": ["Đắk Nông", "Bình Thuận"], "Đắk Lắk": ["Phú Yên"],
    "Hồ Chí Minh": ["Bình Dương", "Bà Rịa - Vũng Tàu"], "Đồng Nai": ["Bình Phước"],
    "Tây Ninh": ["Long An"], "Cần Thơ": ["Sóc Trăng", "Hậu Giang"],
    "Vĩnh Long": ["Bến Tre", "Trà Vinh"], "Đồng Tháp": ["Tiền Giang"], "Cà Mau": ["Bạc Liêu"],
    "An Giang": ["Kiên Giang"],
}

# Provinces of the 34 that later became centrally-run cities (the package, of 2025-10, still
# lists them as tỉnh): written with ``thành phố``/``TP.`` too, and ``type_2025`` says their kind
# now. Public law: Nghị quyết 30/2026/QH16 (Đồng Nai), 36/2026/QH16 (Quảng Ninh, in force
# 2026-09-01), 39/2026/QH16 (Bắc Ninh, in force 2026-09-20).
LATER_CITIES = {"Đồng Nai": "30/2026/QH16", "Quảng Ninh": "36/2026/QH16", "Bắc Ninh": "39/2026/QH16"}

# The expansion of Hà Nội in force 2008-08-01 (Nghị quyết 15/2008/QH12): the province of Hà Tây (code 28 of Quyết định
# 124/2004/QĐ-TTg, unused since) and the district of Mê Linh of Vĩnh Phúc joined it (with four communes of Lương Sơn, Hòa
# Bình, which a table of districts cannot tell). The package knows the provinces after it only. Public law, written from it:
# each province that lost districts -> their names as last before 2025-07-01 (all then in Hà Nội, checked below).
HA_NOI_2008 = "2008-08-01"
HA_TAY_CODE = 28
JOINED_HA_NOI_2008 = {
    "Hà Tây": ["Hà Đông", "Sơn Tây", "Ba Vì", "Phúc Thọ", "Đan Phượng", "Hoài Đức", "Quốc Oai", "Thạch Thất", "Chương Mỹ",
               "Thanh Oai", "Thường Tín", "Phú Xuyên", "Ứng Hòa", "Mỹ Đức"],
    "Vĩnh Phúc": ["Mê Linh"],
}

# The special zones (đặc khu), commune-level units of an island district, set up 2025-07-01 with the two-level local
# government (Luật Tổ chức chính quyền địa phương 2025; the Nghị quyết of the Ủy ban Thường vụ Quốc hội arranging each
# province's commune-level units, 2025): name -> its province of the 34, and the other spellings writers use. Public law,
# written from it; checked against the package's communes of the 34 provinces (each is one of its province's there). The
# package lists them among the communes without their kind, and a commune of another province may bear the name ("xã
# Cô Tô" of An Giang): written with "đặc khu", the name is this province's.
SPECIAL_ZONES_2025 = {
    "Vân Đồn": ("Quảng Ninh", []), "Cô Tô": ("Quảng Ninh", []), "Cát Hải": ("Hải Phòng", []),
    "Bạch Long Vĩ": ("Hải Phòng", ["Bạch Long Vỹ"]), "Cồn Cỏ": ("Quảng Trị", []), "Hoàng Sa": ("Đà Nẵng", []),
    "Lý Sơn": ("Quảng Ngãi", []), "Trường Sa": ("Khánh Hòa", []), "Phú Quý": ("Lâm Đồng", []),
    "Côn Đảo": ("Hồ Chí Minh", []), "Phú Quốc": ("An Giang", []), "Kiên Hải": ("An Giang", []),
    "Thổ Châu": ("An Giang", []),
}

# Hand-kept abbreviations (canonical -> extra written forms); everything else is generated.
ABBREVIATIONS = {
    "Hồ Chí Minh": ["TP.HCM", "TP. HCM", "TPHCM", "TP HCM"],
    "Bà Rịa - Vũng Tàu": ["BR-VT", "BR - VT", "BRVT"],
    "Thừa Thiên Huế": ["TT-Huế", "TT - Huế", "TT Huế", "Thừa Thiên - Huế", "Thừa Thiên-Huế"],
    "Đắk Lắk": ["Đắc Lắc", "Đăk Lăk", "Đắk Lắc", "Daklak", "Đaklak"],
    "Đắk Nông": ["Đắc Nông", "Đăk Nông", "Daknong"],
    "Bắc Kạn": ["Bắc Cạn"],
    "Hà Nội": ["Thủ đô Hà Nội"],
}

# Prefixes are matched without regard to case at run time (tỉnh, Tỉnh, TỈNH; TP., Tp.), so one
# spelling of each is enough here.
TINH_PREFIXES = ["tỉnh "]
CITY_PREFIXES = ["thành phố ", "TP. ", "TP.", "TP "]

_VOWEL_BASE = {}
for base, forms in {"a": "àáảãạ", "e": "èéẻẽẹ", "o": "òóỏõọ", "u": "ùúủũụ", "y": "ỳýỷỹỵ"}.items():
    for i, ch in enumerate(forms):
        _VOWEL_BASE[ch] = (base, i)
_TONED = {b: f for b, f in {"a": "àáảãạ", "e": "èéẻẽẹ", "o": "òóỏõọ", "u": "ùúủũụ", "y": "ỳýỷỹỵ"}.items()}


def _retone(syl: str, modern: bool) -> str:
    """Move the tone of an open 'oa/oe/uy' syllable: modern = on the first vowel (Hóa, Thủy)."""
    low = syl.lower()
    if len(low) < 2:
        return syl
    a, b = low[-2], low[-1]
    pre = low[:-2]
    if pre.endswith("q") or pre.endswith("g"):  # qu-, gi-: the u/i belongs to the consonant
        return syl
    ba, bb = _VOWEL_BASE.get(a, (a, None)), _VOWEL_BASE.get(b, (b, None))
    pair = ba[0] + bb[0]
    if pair not in ("oa", "oe", "uy"):
        return syl
    tone = ba[1] if ba[1] is not None else bb[1]
    if tone is None:
        return syl
    if modern:
        na, nb = _TONED[pair[0]][tone], pair[1]
    else:
        na, nb = pair[0], _TONED[pair[1]][tone]
    if syl[-2].isupper():
        na = na.upper()
    return syl[:-2] + na + nb


def modern(name: str) -> str:
    return " ".join(_retone(s, True) for s in name.split(" "))


def old_style(name: str) -> str:
    return " ".join(_retone(s, False) for s in name.split(" "))


def key(s: str) -> str:
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if not unicodedata.combining(c))
    return "".join(c for c in s.lower() if c.isalnum())


def strip_kind(full: str) -> tuple[str, str]:
    for kind in ("thành phố", "tỉnh", "quận", "huyện", "thị xã", "phường", "xã", "thị trấn"):
        if full.lower().startswith(kind + " "):
            return kind, full[len(kind) + 1:]
    return "", full


def province_forms(canon: str, tinh: bool, city: bool) -> list[str]:
    """Written forms of a province: ``tinh``/``city`` say which prefixes it takes."""
    names = {canon, old_style(canon)}
    if " - " in canon:
        names |= {n.replace(" - ", sep) for n in list(names) for sep in ("-", " ")}
    for extra in ABBREVIATIONS.get(canon, []):
        names.add(extra)
    forms = set(names)
    for n in names:
        if n[:2] in ("TP", "TT", "BR") or n.startswith("Thủ đô"):
            continue
        for p in (TINH_PREFIXES if tinh else []) + (CITY_PREFIXES if city else []):
            forms.add(p + n)
    forms.discard("")
    return sorted(forms)


def main() -> int:
    version = metadata.version(PACKAGE)
    licence = metadata.metadata(PACKAGE).get_all("Classifier") or []
    assert "License :: OSI Approved :: MIT License" in licence, licence
    licence_file = next(f for f in metadata.files(PACKAGE) if f.name == "LICENSE")
    notice = next(line.strip() for line in licence_file.read_text(encoding="utf-8").splitlines()
                  if line.startswith("Copyright"))
    con = sqlite3.connect(DATA / "dataset.db")
    conv = json.loads((DATA / "converter_2025.json").read_text(encoding="utf-8"))

    # provinces before 2025-07-01 (code -> canonical) and from it (canonical -> kind, code)
    old: dict[int, str] = {}
    for code, full in con.execute("select distinct provinceCode, province from admin_units_legacy"):
        old[int(code)] = modern(strip_kind(full)[1])
    assert len(old) == 63, len(old)
    new: dict[str, dict] = {}
    for code, full in con.execute("select distinct provinceCode, province from admin_units"):
        kind, name = strip_kind(full)
        new[modern(name)] = {"type": kind, "code": int(code)}
    assert len(new) == 34, len(new)
    for name in LATER_CITIES:
        assert new[name]["type"] == "tỉnh", name  # the package has caught up: drop it from the table
        new[name]["type"] = "thành phố"
    old_code = {v: k for k, v in old.items()}

    # the merger: the package's table, checked against the law (MERGER_2025)
    by_key = {key(n): n for n in list(old.values()) + list(new)}
    successor: dict[str, str] = {}
    for newk, olds in conv["DICT_PROVINCE"].items():
        for ok in olds:
            o = by_key[key(strip_kind_key(ok))]
            assert o not in successor, o
            successor[o] = by_key[key(strip_kind_key(newk))]
    assert set(successor) == set(old.values()), set(old.values()) ^ set(successor)
    law = {o: o for o in new} | {o: n for n, olds in MERGER_2025.items() for o in olds}
    assert successor == law, {o: (successor.get(o), law.get(o)) for o in set(successor) | set(law)
                              if successor.get(o) != law.get(o)}
    sources: dict[str, list[int]] = defaultdict(list)  # new province -> old province codes
    for o, n in successor.items():
        sources[n].append(old_code[o])

    # accented names of the package, to restore accents of unaccented alias keys
    accented: dict[str, set[str]] = defaultdict(set)
    # the same, per old province code (a new commune counts for each old province its province
    # was formed from, which is close enough for choosing between spellings)
    accented_in: dict[int, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))

    def remember(full: str, pcodes: tuple[int, ...] | list[int] = ()) -> str:
        short = modern(strip_kind(full)[1])
        accented[key(short)].add(short)
        for pc in pcodes:
            accented_in[pc][key(short)].add(short)
        return short

    for full in old.values():
        remember(full)
    ward_provinces: dict[str, set[int]] = defaultdict(set)  # commune name -> old province codes
    for pcode, district, ward, ward_short in con.execute(
            "select provinceCode, district, ward, wardShort from admin_units_legacy"):
        remember(district, [int(pcode)])
        if ward:
            ward_provinces[remember(ward, [int(pcode)])].add(int(pcode))
        if ward_short:
            accented[key(ward_short)].add(modern(ward_short))
    new_by_code = {v["code"]: k for k, v in new.items()}
    for pcode, ward in con.execute("select provinceCode, ward from admin_units"):
        if ward:
            remember(ward, sources[new_by_code[int(pcode)]])

    # The 2024 province Thừa Thiên Huế: the legacy data (before 2025-07-01) already calls code 46 Huế.
    assert old[46] == "Huế"
    old[46] = "Thừa Thiên Huế"
    successor["Thừa Thiên Huế"] = "Huế"  # through the rename, unchanged by the merger
    successor.pop("Huế", None)

    provinces = []
    for code in sorted(old):
        canon = old[code]
        ptype = "thành phố" if canon in ("Hà Nội", "Hải Phòng", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ") else "tỉnh"
        later_city = new.get(canon, {}).get("type") == "thành phố"
        entry = {"name": canon, "code": code, "type": ptype, "from": None, "until": None,
                 "forms": province_forms(canon, ptype == "tỉnh", ptype == "thành phố" or later_city)}
        if canon == "Thừa Thiên Huế":
            entry["until"] = "2024-12-31"
            entry["becomes"] = {"date": HUE_CITY, "into": "Huế"}
        elif successor[canon] != canon:
            entry["until"] = "2025-06-30"
            entry["becomes"] = {"date": MERGER, "into": successor[canon]}
        provinces.append(entry)
    provinces.append({"name": "Huế", "code": 46, "type": "thành phố", "from": HUE_CITY, "until": None,
                      "forms": province_forms("Huế", False, True)})
    # Hà Tây, until it joined Hà Nội
    assert HA_TAY_CODE not in old
    provinces.insert(next(i for i, p in enumerate(provinces) if p["code"] > HA_TAY_CODE),
                     {"name": "Hà Tây", "code": HA_TAY_CODE, "type": "tỉnh", "from": None, "until": "2008-07-31",
                      "forms": province_forms("Hà Tây", True, False), "becomes": {"date": HA_NOI_2008, "into": "Hà Nội"}})
    for p in provinces:
        if p["until"] is None and p["name"] in new:
            p["type_2025"] = new[p["name"]]["type"]
            p["code_2025"] = new[p["name"]]["code"]
    assert {p["name"] for p in provinces if p["until"] is None} == set(new)

    # districts (the last before 2025-07-01, when they were abolished)
    rows = con.execute("select distinct provinceCode, districtCode, district, districtType, districtAlias "
                       "from admin_units_legacy order by cast(districtCode as integer)").fetchall()
    assert len(rows) == len({r[1] for r in rows}) == 696, len(rows)
    kinds = {"huyen": "huyện", "quan": "quận", "thixa": "thị xã", "thanhpho": "thành phố", "tx": "thị xã",
             "tp": "thành phố"}
    dropped = []
    districts = []
    for pcode, dcode, full, dtype, alias_json in rows:
        kind, name = strip_kind(full)
        assert kind == dtype.lower(), (full, dtype)
        name = modern(name)
        pcode = int(pcode)
        prov = old[pcode]
        olds = set()
        for a in json.loads(alias_json) if alias_json else []:
            if a.startswith(("district", "q0", "quan0")) or (a.startswith("q") and a[1:].isdigit()):
                continue
            akind = ""
            core = a
            for pre in sorted(kinds, key=len, reverse=True):
                if a.startswith(pre) and len(a) > len(pre):
                    akind, core = kinds[pre], a[len(pre):]
                    break
            if core.isdigit():
                olds.add((akind, core))
                continue
            found = accented.get(core, set())
            local = accented_in[pcode].get(core, set())
            if core == key(name):
                olds.add((akind, name))
            elif len(local) == 1:
                olds.add((akind, next(iter(local))))
            elif len(found) == 1:
                olds.add((akind, next(iter(found))))
            else:
                dropped.append((a, sorted(found)))
        # keep the kinded form when both a kinded and a bare alias say the same name
        named = {n for k, n in olds if k}
        olds = sorted({(k, n) for k, n in olds if k or n not in named})
        olds = [[k, n] for k, n in olds if not (n == name and k == kind)]
        # in how many other provinces a commune (xã, phường, thị trấn) had this name before 2025-07:
        # the gazetteer wants a kind word before a district name that is a common commune name
        elsewhere = len(ward_provinces.get(name, set()) - {pcode})
        districts.append({"name": name, "kind": kind, "code": int(dcode), "province": prov,
                          **({"old": olds} if olds else {}),
                          **({"communes_elsewhere": elsewhere} if elsewhere else {})})
    # the district-level city of Huế, divided on 2025-01-01 into Phú Xuân and Thuận Hóa
    divided = json.loads((DATA / "parser_legacy.json").read_text(encoding="utf-8"))
    assert "thanhphohue" in divided["DICT_PROVINCE_DISTRICT_DIVIDED"]["thanhphohue"]
    districts.append({"name": "Huế", "kind": "thành phố", "code": 474, "province": "Thừa Thiên Huế",
                      "until": "2024-12-31"})
    for d in districts:
        if d["province"] == "Huế":
            d["province"] = "Thừa Thiên Huế"  # named as the province was before 2025-01-01
        # (Phong Điền, a huyện until 2024-12-31 and a thị xã from 2025-01-01 by the same Nghị quyết, which the package
        # gives no former kind: "huyện Phong Điền" before then may be Thừa Thiên Huế's as well as Cần Thơ's)
        if d["name"] == "Phong Điền" and d["province"] == "Thừa Thiên Huế" and d["kind"] == "thị xã" and "old" not in d:
            elsewhere = d.pop("communes_elsewhere", None)  # (the keys in the order of the others)
            d["old"] = [["huyện", "Phong Điền"]]
            if elsewhere is not None:
                d["communes_elsewhere"] = elsewhere
    # the districts that lay in another province before they joined Hà Nội
    joined = {n: p for p, names in JOINED_HA_NOI_2008.items() for n in names}
    for d in districts:
        if d["province"] == "Hà Nội" and d["name"] in joined:
            d["before"] = [{"province": joined.pop(d["name"]), "until": "2008-07-31"}]
    assert not joined, joined

    # the special zones, each among its province's communes in the package's table of the 34
    new_wards = {(new_by_code[int(pc)], modern(w.strip())) for pc, w in con.execute("select provinceCode, wardShort from admin_units") if w}
    special_zones = []
    for name, (prov, spellings) in SPECIAL_ZONES_2025.items():
        assert (prov, name) in new_wards, (prov, name)
        special_zones.append({"name": name, "province": prov, "from": MERGER, **({"also": spellings} if spellings else {})})

    n_forms = sum(len(p["forms"]) for p in provinces)
    data = {
        "meta": {
            "what": "Vietnam's provinces (63 before 2025-07-01, 34 from it) with written forms, and "
                    "the districts last before 2025-07-01 with former names; for tdkt_extract.gazetteer",
            "generated_by": "tools/make_gazetteer.py",
            "sources": [
                {"package": PACKAGE, "version": version, "license": "MIT", "copyright": notice,
                 "used_for": "names and codes of provinces (old and new), districts and their former "
                             "names, communes (accents, names shared with districts), the 2025 merger, "
                             "the divided city of Huế"},
            ],
            "hand_written": "event dates; the 2025 merger as Nghị quyết 202/2025/QH15 states it "
                            "(checked against the package); the three provinces that became centrally-run "
                            "cities in 2026 (Nghị quyết 30, 36, 39/2026/QH16); Hà Tây and the districts that joined "
                            "Hà Nội in 2008 (Nghị quyết 15/2008/QH12); the special zones (đặc khu) of 2025 with their "
                            "provinces (Luật Tổ chức chính quyền địa phương 2025, the Ủy ban Thường vụ Quốc hội's "
                            "resolutions arranging the communes; checked against the package); prefixes; a few abbreviations",
            "events": [
                {"date": HA_NOI_2008, "what": "Hà Tây, the district of Mê Linh (Vĩnh Phúc) and four communes of Lương Sơn "
                 "(Hòa Bình) join Hà Nội", "ref": "Nghị quyết 15/2008/QH12"},
                {"date": HUE_CITY, "what": "Thừa Thiên Huế becomes the centrally-run city Huế",
                 "ref": "Nghị quyết 1314/NQ-UBTVQH15"},
                {"date": MERGER, "what": "63 provinces and centrally-run cities become 34",
                 "ref": "Nghị quyết 202/2025/QH15"},
                {"date": DISTRICTS_ABOLISHED, "what": "districts (quận, huyện, thị xã, thành phố thuộc "
                 "tỉnh) stop operating; two-level local government", "ref": "Nghị quyết 190/2025/QH15"},
            ],
            "communes": "in communes.json, beside this file (see tdkt_extract.gazetteer docstring)",
            "counts": {"provinces_before_2025_07": 63, "provinces_from_2025_07": 34,
                       "province_entries": len(provinces), "province_forms": n_forms,
                       "districts": len(districts),
                       "districts_moved": sum(1 for d in districts if "before" in d),
                       "district_old_names": sum(len(d.get("old", [])) for d in districts),
                       "special_zones": len(SPECIAL_ZONES_2025)},
        },
        "provinces": provinces,
        "districts": districts,
        "special_zones": special_zones,
    }
    OUT.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes): {data['meta']['counts']}", file=sys.stderr)
    write_communes(con, old, new_by_code, version, notice)
    if dropped:
        print(f"{len(dropped)} aliases dropped (no single accented spelling): {dropped}", file=sys.stderr)
    return 0


def write_communes(con, old: dict[int, str], new_by_code: dict[int, str], version: str, notice: str) -> None:
    """``communes.json``: each commune name (xã, phường, thị trấn; the short name, tone on the first vowel of an open
    oa/oe/uy syllable) -> the provinces that had a commune so named, before 2025-07-01 (the 63, by the names in
    gazetteer.json) and from it (the 34). A list of communes tells its province where their provinces meet in one.
    Names of digits alone (``Phường 1``) are left out: they are in every city."""
    before: dict[str, set[str]] = defaultdict(set)
    for pcode, short in con.execute("select provinceCode, wardShort from admin_units_legacy"):
        if short and not short.strip().isdigit():
            before[modern(short.strip())].add(old[int(pcode)])
    after: dict[str, set[str]] = defaultdict(set)
    for pcode, short in con.execute("select provinceCode, wardShort from admin_units"):
        if short and not short.strip().isdigit():
            after[modern(short.strip())].add(new_by_code[int(pcode)])
    # the provinces as indexes into two lists, to keep the file small
    olds, news = sorted(set(old.values())), sorted(set(new_by_code.values()))
    data = {
        "meta": {
            "what": "names of Vietnam's communes, wards and townships -> the provinces that had one so named, before "
                    "2025-07-01 and from it; for tdkt_extract.gazetteer.province_of_communes",
            "generated_by": "tools/make_gazetteer.py",
            "sources": [{"package": PACKAGE, "version": version, "license": "MIT", "copyright": notice,
                         "used_for": "commune names and their provinces (admin_units_legacy, admin_units)"}],
            "counts": {"names_before_2025_07": len(before), "names_from_2025_07": len(after)},
        },
        # (the day the 34 provinces' communes came into force, when "from_2025_07" is read)
        "from_2025_07_on": MERGER,
        "provinces_before_2025_07": olds,
        "provinces_from_2025_07": news,
        "before_2025_07": {n: sorted(olds.index(p) for p in ps) for n, ps in sorted(before.items())},
        "from_2025_07": {n: sorted(news.index(p) for p in ps) for n, ps in sorted(after.items())},
    }
    COMMUNES_OUT.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {COMMUNES_OUT} ({COMMUNES_OUT.stat().st_size} bytes): {data['meta']['counts']}", file=sys.stderr)


def strip_kind_key(k: str) -> str:
    for pre in ("thanhpho", "tinh"):
        if k.startswith(pre):
            return k[len(pre):]
    return k


if __name__ == "__main__":
    sys.exit(main())
