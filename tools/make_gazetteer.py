"""Generate ``src/tdkt_extract/lexicons/gazetteer.json`` from maintained packages.

Run it in a scratch venv, never in the library's own environment (the two packages are
build-time sources only, not runtime dependencies)::

    python3 -m venv /tmp/gazvenv
    /tmp/gazvenv/bin/pip install vietnamadminunits==1.0.4
    # vietnam-provinces 2026.9.0 declares Requires-Python >=3.12 but is pure Python and
    # imports fine on 3.11; on a 3.11 machine install it without the version check:
    /tmp/gazvenv/bin/pip install --no-deps --ignore-requires-python vietnam-provinces==2026.9.0
    /tmp/gazvenv/bin/python tools/make_gazetteer.py

Sources
- ``vietnam-provinces`` (data of the National Statistics Office): the 63 pre-2025 provinces
  and their 696 districts as of 2025-01-04 (``vietnam_provinces.legacy``), the 34 provinces
  in force from 2025-07-01 and which old provinces each was formed from.
- ``vietnamadminunits``: the former names of districts (``districtAlias``, e.g. Quận 2 and
  Quận 9 before Thủ Đức), the old city of Huế divided into Phú Xuân and Thuận Hóa, and the
  province-level 2025 conversion table, used to cross-check the one above.
  Its aliases are unaccented keys (``huyenkyson``); the accented form is recovered from the
  accented names of both packages (provinces, districts, wards, old and new) when exactly one
  accented spelling has that key, otherwise the alias is dropped (the count is printed).

Written here by hand, and only here: the dates of the administrative events (the packages do
not carry them), the prefixes and punctuation variants every name is written with, and a
handful of common abbreviations (TP.HCM, BR-VT, TT-Huế, Daklak).
"""
from __future__ import annotations

import json
import sqlite3
import sys
import unicodedata
from collections import defaultdict
from importlib import metadata
from pathlib import Path

import vietnam_provinces as vp
import vietnamadminunits
from vietnam_provinces.legacy import District as LDistrict
from vietnam_provinces.legacy import Province as LProvince
from vietnam_provinces.legacy import Ward as LWard

OUT = Path(__file__).resolve().parents[1] / "src/tdkt_extract/lexicons/gazetteer.json"

# Events the packages do not date. Sources: Nghị quyết 1314/NQ-UBTVQH15 (Thừa Thiên Huế
# becomes the centrally-run city of Huế, in force 2025-01-01); Nghị quyết 202/2025/QH15
# (63 provinces become 34, in force 2025-07-01); Luật Tổ chức chính quyền địa phương 2025 and
# Nghị quyết 190/2025/QH15 (districts stop operating, two-level local government, 2025-07-01).
HUE_CITY = "2025-01-01"
MERGER = "2025-07-01"
DISTRICTS_ABOLISHED = "2025-07-01"

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
    versions = {p: metadata.version(p) for p in ("vietnam-provinces", "vietnamadminunits")}

    # accented names of both packages, to restore accents of unaccented alias keys
    accented: dict[str, set[str]] = defaultdict(set)

    # the same, per province code (old codes; a new ward counts for each old province code
    # its province was formed from, which is close enough for choosing between spellings)
    accented_in: dict[int, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))

    def remember(full: str, pcode: int | None = None) -> None:
        short = modern(strip_kind(full)[1])
        accented[key(short)].add(short)
        if pcode is not None:
            accented_in[pcode][key(short)].add(short)

    for p in LProvince.iter_all():
        remember(p.name)
    for d in LDistrict.iter_all():
        remember(d.name, int(d.province_code))
    ward_district = {int(d.code): int(d.province_code) for d in LDistrict.iter_all()}
    ward_provinces: dict[str, set[int]] = defaultdict(set)  # commune name -> old province codes
    for w in LWard.iter_all():
        remember(w.name, ward_district.get(int(w.district_code)))
        ward_provinces[modern(strip_kind(w.name)[1])].add(ward_district.get(int(w.district_code)))
    new_sources = {int(p.code): [int(s.code) for s in p.get_legacy_sources()] for p in vp.Province.iter_all()}
    for w in vp.Ward.iter_all():
        remember(w.name)
        for pc in new_sources.get(int(w.province_code), []):
            accented_in[pc][key(modern(strip_kind(w.name)[1]))].add(modern(strip_kind(w.name)[1]))
    db = Path(vietnamadminunits.__file__).parent / "data" / "dataset.db"
    con = sqlite3.connect(db)
    for (w,) in con.execute("select distinct wardShort from admin_units_legacy"):
        if w:
            accented[key(w)].add(modern(w))

    # provinces before 2025-07-01 (code -> canonical)
    old = {}
    for p in LProvince.iter_all():
        canon = modern(strip_kind(p.name)[1])
        old[int(p.code)] = canon
    assert len(old) == 63, len(old)
    # the 2025-07-01 provinces and their sources
    new = {}
    merged_into: dict[str, str] = {}
    for p in vp.Province.iter_all():
        canon = modern(strip_kind(p.name)[1])
        new[canon] = {"type": strip_kind(p.name)[0], "code": int(p.code)}
        for src in p.get_legacy_sources():
            merged_into.setdefault(modern(strip_kind(src.name)[1]), set()).add(canon)
    assert len(new) == 34, len(new)

    # cross-check with vietnamadminunits' province conversion table
    conv = json.loads((Path(vietnamadminunits.__file__).parent / "data/converter_2025.json").read_text())
    by_key = {key(n): n for n in list(old.values()) + list(new)}
    vau_into = {}
    for newk, olds in conv["DICT_PROVINCE"].items():
        for ok in olds:
            vau_into[by_key[key(strip_kind_key(ok))]] = by_key[key(strip_kind_key(newk))]
    successor = {}
    for o in old.values():
        cands = merged_into.get(o, set())
        v = vau_into[o]
        if cands != {v}:
            print(f"note: {o}: vietnam-provinces says {sorted(cands)}, vietnamadminunits says {v}; "
                  f"taking the province-level table ({v})", file=sys.stderr)
        successor[o] = v

    # The 2024 province Thừa Thiên Huế: the legacy data (2025-01-04) already calls code 46 Huế.
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
    for p in provinces:
        if p["until"] is None and p["name"] in new:
            p["type_2025"] = new[p["name"]]["type"]
            p["code_2025"] = new[p["name"]]["code"]
    assert {p["name"] for p in provinces if p["until"] is None} == set(new)

    # districts (as of 2025-01-04), abolished 2025-07-01
    rows = con.execute(
        "select distinct provinceCode, districtCode, district, districtAlias from admin_units_legacy").fetchall()
    alias_of = {int(r[1]): json.loads(r[3]) if r[3] else [] for r in rows}
    kinds = {"huyen": "huyện", "quan": "quận", "thixa": "thị xã", "thanhpho": "thành phố", "tx": "thị xã",
             "tp": "thành phố"}
    dropped = []
    districts = []
    for d in LDistrict.iter_all():
        kind, name = strip_kind(d.name)
        name = modern(name)
        pcode = int(d.province_code)
        prov = old[pcode]
        olds = set()
        for a in alias_of.get(int(d.code), []):
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
        districts.append({"name": name, "kind": kind, "code": int(d.code), "province": prov,
                          **({"old": olds} if olds else {}),
                          **({"communes_elsewhere": elsewhere} if elsewhere else {})})
    # the district-level city of Huế, divided on 2025-01-01 into Phú Xuân and Thuận Hóa
    divided = json.loads((Path(vietnamadminunits.__file__).parent / "data/parser_legacy.json").read_text())
    assert "thanhphohue" in divided["DICT_PROVINCE_DISTRICT_DIVIDED"]["thanhphohue"]
    districts.append({"name": "Huế", "kind": "thành phố", "code": 474, "province": "Thừa Thiên Huế",
                      "until": "2024-12-31"})
    for d in districts:
        if d["province"] == "Huế":
            d["province"] = "Thừa Thiên Huế"  # named as the province was before 2025-01-01

    n_forms = sum(len(p["forms"]) for p in provinces)
    data = {
        "meta": {
            "what": "Vietnam's provinces (63 before 2025-07-01, 34 from it) with written forms, and "
                    "the districts of 2025-01-04 with former names; for tdkt_extract.gazetteer",
            "generated_by": "tools/make_gazetteer.py",
            "sources": [
                {"package": "vietnam-provinces", "version": versions["vietnam-provinces"],
                 "data_version": getattr(vp, "__data_version__", None), "license": "GPL-3.0-or-later",
                 "used_for": "names and codes of provinces (old and new), districts, the 2025 merger"},
                {"package": "vietnamadminunits", "version": versions["vietnamadminunits"],
                 "license": "MIT",
                 "used_for": "former district names, the divided city of Huế, cross-check of the merger"},
            ],
            "events": [
                {"date": HUE_CITY, "what": "Thừa Thiên Huế becomes the centrally-run city Huế",
                 "ref": "Nghị quyết 1314/NQ-UBTVQH15"},
                {"date": MERGER, "what": "63 provinces and centrally-run cities become 34",
                 "ref": "Nghị quyết 202/2025/QH15"},
                {"date": DISTRICTS_ABOLISHED, "what": "districts (quận, huyện, thị xã, thành phố thuộc "
                 "tỉnh) stop operating; two-level local government", "ref": "Nghị quyết 190/2025/QH15"},
            ],
            "communes": "not included (see tdkt_extract.gazetteer docstring)",
            "counts": {"provinces_before_2025_07": 63, "provinces_from_2025_07": 34,
                       "province_entries": len(provinces), "province_forms": n_forms,
                       "districts": len(districts),
                       "district_old_names": sum(len(d.get("old", [])) for d in districts)},
        },
        "provinces": provinces,
        "districts": districts,
    }
    OUT.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes): {data['meta']['counts']}", file=sys.stderr)
    if dropped:
        print(f"{len(dropped)} aliases dropped (no single accented spelling): {dropped}", file=sys.stderr)
    return 0


def strip_kind_key(k: str) -> str:
    for pre in ("thanhpho", "tinh"):
        if k.startswith(pre):
            return k[len(pre):]
    return k


if __name__ == "__main__":
    sys.exit(main())
