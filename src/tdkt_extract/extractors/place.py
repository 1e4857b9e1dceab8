"""The province the cluster belongs to: from the cluster name, the venue, or the provincial body
named with it. ``null`` for national and multi-province clusters."""
from __future__ import annotations

from collections import Counter
from datetime import date
from functools import lru_cache

import regex

from .. import gazetteer, lexicon
from ..document import Document, Found
from ..patterns import cre, alternation, alternation_rest_case, finditer, search, trie_alternation
from ..segment import site_line
from .units import starts_with_unit_head


@lru_cache(maxsize=None)
def _province_re():
    # match written forms case-insensitively on the folded text is costly; match the normalized forms instead
    return regex.compile(r"(?<![\p{L}])" + trie_alternation(lexicon.province_forms()) + r"(?![\p{L}])", regex.I)


# (a number before "tỉnh" and a province's name is one province's numbered unit, "Thuế cơ sở 4 tỉnh A", "Trường Tiểu học số
# 2 tỉnh B": no count of provinces; the provinces counted when another follows that name, "Công an 5 tỉnh A, B, C và D")
_PROVINCE_NAME = r"(?:" + trie_alternation(lexicon.province_forms()) + r")(?!\p{L})"
_NEXT_PROVINCE = r"\s*(?:,|;|và|-|–)\s*(?:tỉnh\s+)?" + _PROVINCE_NAME
_NOT_ONE_PROVINCE = r"(?!\s+" + _PROVINCE_NAME + r"(?!" + _NEXT_PROVINCE + r"))"
_RE_MULTI = regex.compile(
    # (a region, also abbreviated: "vùng ĐBSCL", "khu vực ĐBSH", "Cụm thi đua Tây Nam sông Hậu")
    # (provinces counted, not a cluster's number before its province: "Cụm thi đua số 4 và số 5 tỉnh A")
    r"\b(?-i:ĐBSCL|ĐBSH|ĐNB|DHMT)\b|\b(?:tây|bắc|nam|đông)(?:\s+nam)?\s+sông\s+(?:hậu|tiền)\b|"
    r"\b(?:các\s+tỉnh|(?<!\bsố\s+)\d+\s+tỉnh" + _NOT_ONE_PROVINCE + r"|thành\s+phố\s+trực\s+thuộc\s+trung\s+ương|tỉnh,\s*thành(?:\s+phố)?|các\s+tỉnh,\s*thành|toàn quốc|liên tỉnh|"
    # (the regions of several provinces, as data: lexicons/multi_regions.txt)
    + alternation_rest_case(lexicon.words("multi_regions.txt"), True) + r")\b",
    regex.I,
)
# one kind of body in several provinces: "Ban Tổ chức các tỉnh ủy, thành ủy", "Sở Tư pháp 5 tỉnh", "11 đơn vị thuộc Ban Tổ
# chức Tỉnh uỷ, Thành uỷ"
_UNITS_OF_PROVINCES = (
    r"\b(?-i:Ban|Sở|Công an|Cục|Hội|Liên đoàn|Đài|Báo|Thanh tra|Kho bạc|Văn phòng|Ủy ban|UBND|BHXH|Bảo hiểm|Viện kiểm sát|VKSND|Tòa án|TAND)"
    r"\s+(?:[\p{L}&]+\s+){0,4}?"
    # (cities of several provinces, "Công an các thành phố trong cụm"; not a province's cities and towns, "UBND các thành
    # phố, thị xã tỉnh A")
    r"(?:các|\d{1,2})\s+(?:tỉnh" + _NOT_ONE_PROVINCE + r"|thành phố(?!\s*(?:,\s*)?(?:thị xã|huyện|thuộc tỉnh|trực thuộc tỉnh|trong tỉnh|của tỉnh|tỉnh)\b))\b")
# (two patterns, asked in turn whether either matches: as one alternation regex ran both at every position, four times slower)
_RE_UNITS_OF_PROVINCES = (regex.compile(_UNITS_OF_PROVINCES, regex.I), regex.compile(r"\btỉnh\s*[uủ]y\s*,\s*thành\s*[uủ]y\b", regex.I))
# anywhere in the article, the members said to be such units: "lãnh đạo Viện kiểm sát nhân dân các tỉnh là đơn vị thành
# viên của Cụm"
_RE_MEMBERS_OF_PROVINCES = regex.compile(_UNITS_OF_PROVINCES + r"[^.;:\n]{0,20}?\s(?:là\s+)?(?:các\s+)?(?:đơn\s+vị\s+)?thành\s+viên\b",
                                         regex.I)
# anywhere in the article, such units said to be the cluster's: "Công an các tỉnh trong cụm đã ký kết giao ước", "lãnh đạo Kho
# bạc Nhà nước 8 tỉnh trong cụm" (not a province's own units, "các huyện trong cụm")
# (provinces only, "các tỉnh", "các tỉnh, thành phố": not a province's own cities, "UBND các thành phố trong cụm")
_RE_UNITS_IN_CLUSTER = regex.compile(_UNITS_OF_PROVINCES[:_UNITS_OF_PROVINCES.rindex(r"(?:các|\d{1,2})")]
                                     + r"(?:các|\d{1,2})\s+tỉnh(?:\s*,\s*thành\s+phố)?\s+(?:trong|thuộc|của)\s+(?:cụm|khối)(?!\p{L})", regex.I)
# or the sites of its online meeting: "điểm cầu phụ tại Cục Thống kê các tỉnh A, B, C" (in their clause: not "tại điểm cầu
# huyện A, Cụm thi đua số 3 tỉnh B"), the provinces named after it (_sites_of_provinces: two or more the gazetteer knows; not
# "điểm cầu UBND các thành phố A, B", one province's cities, nor "với điểm cầu các tỉnh, thành phố", another meeting's)
_RE_SITES_OF_PROVINCES = regex.compile(r"\bđiểm\s+cầu\b[^.;:,\n]{0,80}?(?<!\bsố\s)\b(?:các|\d{1,2})\s+tỉnh\s*:?\s*(?=(?-i:\p{Lu}))", regex.I)
_RE_SITES_JOIN = regex.compile(r"\s*,\s*(?:và\s+)?|\s+và\s+")
_RE_NATIONAL_PARENT = regex.compile(
    r"^\s*(?:[,(-]\s*)?(?:thuộc\s+)?(?:(?i:Bộ)\s+(?!Chỉ huy|CHQS|CHỈ HUY)\p{Lu}[\p{L} ]{0,30}|Bộ đội Biên phòng|BĐBP|Tổng cục\s+\p{Lu}[\p{L} ]{0,30}|Quân khu\s+\d+"
    # a body of the Government or of the Party's centre: "Cụm thi đua số V - Thanh tra Chính phủ"
    # (not the bloc's own description of its members, the centre's enterprises in a province: "Khối thi đua 12 (Khối các
    # doanh nghiệp Trung ương)", "Các doanh nghiệp Trung ương", which _national_bloc reads as it reads the name; the centre's
    # own bodies are national, "(Các Ban Đảng Trung ương)", "(Các cơ quan Trung ương)")
    r"|(?!(?:(?:Khối|Cụm)\s+)?(?i:các)\s+doanh\s+nghiệp\s)\p{Lu}\p{L}*(?:\s\p{L}+){0,3}?\s(?:Chính phủ|Trung ương)\b"
    # or named with the country: "Khối thi đua số 6 – Công đoàn Y tế Việt Nam", "Cụm ..., Đài Tiếng nói Việt Nam"
    r"|\p{Lu}\p{L}*(?:\s\p{L}+){0,4}?\s(?:Việt\s+Nam|VN)\b)(?!\s*(?:\(\p{Lu}+\)\s*)?(?:[,–-]\s*)?(?:các\s+)?(?:tỉnh|thành phố|TP|huyện|quận|thị xã|xã|phường|thị trấn|chi nhánh|cấp|khu vực)\b)",
)
@lru_cache(maxsize=None)
def _national_system_re():
    """A national system named right after a numbered cluster's name (lexicons/national_systems.txt),
    not one province's unit of it (no place word after)."""
    # (its departments named together, "các Cục X", each of a province or a region at least; not the plural of a system's
    # branches, "các Điện lực", "các Bưu điện", most often one province's district units; and its regional units at a
    # department's level, which serve several provinces: "các Cục X khu vực", "Y chi nhánh khu vực"; not a court or an office
    # of a province's region, "Tòa án nhân dân khu vực")
    # (nor the system as one unit of a list, the bloc's members: "Khối thi đua số 6 (Viettel, VNPT, Bưu điện tỉnh)", "Khối
    # thi đua số 6, VNPT, Viettel và Bưu điện tỉnh")
    return regex.compile(r"^\s*(?:[,(-]\s*)?(?:của\s+|thuộc\s+|ngành\s+)?(?:các\s+(?=(?-i:Cục)\s))?" + trie_alternation(lexicon.words("national_systems.txt"))
                         + r"(?!\p{L})(?:\s+chi\s+nhánh\s+khu\s+vực(?!\p{L})|(?<=(?<!\p{L})(?-i:Cục)\s[^,;()]{1,40})\s+khu\s+vực(?!\p{L}))?"
                         + r"(?!\s*(?:[,;/&]|\svà\s)\s*(?-i:\p{Lu}))"
                         + r"(?=\s*(?:[,.;:)\n]|$)|\s+(?:tổ chức|sơ kết|tổng kết|ký|đã|vừa|họp|năm|lần)\b)", regex.I)


# a word of the clause after the body's name: a place past it is where the meeting is, not the body's ("Bộ Tài chính tổ chức
# tại Hà Nội")
_RE_CLAUSE_WORD = regex.compile(r"\b(?:tổ chức|tại|ký|đã|vừa|họp|năm|sơ kết|tổng kết)\b", regex.I)


def _national_after(name: str, after: str) -> bool:
    """What follows the cluster's name places it under a national body ("Cụm thi đua số 5, Bộ Công an"),
    or, for a numbered cluster, in a national system ("Cụm thi đua số 4 Kho bạc Nhà nước")."""
    m = _RE_NATIONAL_PARENT.match(after)
    if m is not None:
        # (one province's part of the national body is the province's: "Cụm thi đua số 3, BĐBP Nghệ An", "Cụm thi đua số 13
        # - Bộ Tư lệnh Thủ đô Hà Nội")
        q = m.end() + len(after[m.end():]) - len(after[m.end():].lstrip())
        if _province_re().match(after, q) is not None:
            return False
        inside = _province_re().search(m.group(0))
        return inside is None or _RE_CLAUSE_WORD.search(m.group(0), 0, inside.start()) is not None
    return (
        cre.search(r"(?:\d|\b[IVX]{1,5})\s*$", name) is not None and _national_system_re().match(after) is not None)


# a descriptor placing the cluster under a national body: "Khối 2 - Khối các viện trực thuộc Bộ Tài chính"
# (or a national body named with the country: "trực thuộc Tổng LĐLĐ Việt Nam", "các đơn vị thuộc Tập đoàn Dầu khí Việt Nam")
_RE_UNDER_NATIONAL = regex.compile(
    r"\b(?:trực\s+)?thuộc\s+(?:Bộ\s+(?!Chỉ huy|CHQS|Tư lệnh)\p{Lu}|Tổng cục\b|Trung ương\b|Chính phủ\b"
    r"|\p{Lu}[\p{L}&.]*\s+(?:(?!tỉnh\b|thành\b|huyện\b|quận\b|TP\b)[\p{L}&.]+\s+){0,8}?(?:Việt\s+Nam|VN)\b"
    r"(?!\s*(?:[-–,]\s*)?(?i:chi\s+nhánh|tại|ở|trên\s+địa\s+bàn|tỉnh|thành phố|TP)\b))")
_RE_ANOTHER_PROVINCE = regex.compile(r"\s*(?:,|và|-)\s*(?-i:\p{Lu})")
_RE_LOCATIVE = regex.compile(r"(?:đóng\s+)?trên\s+địa\s+bàn\s+", regex.I)
_RE_ON_GROUND = regex.compile(r"\btrên địa bàn\s+(?:tỉnh|thành phố|TP\b)", regex.I)
# a member that is a national body ("Công đoàn Dệt may Việt Nam", "Hội Nông dân VN")
# (or a national body named so anywhere in it: "Học viện Chính trị quốc gia Hồ Chí Minh", "Nhà xuất bản Chính trị quốc gia
# Sự thật"; not a national park, which lies in a province)
# ("Quốc gia" capitalised as often as not: "Học viện Chính trị Quốc gia Hồ Chí Minh")
# (not a national park, nor a heritage site a province manages: "Ban Quản lý Khu di tích Quốc gia đặc biệt Kim Liên")
# (or a body of the Government's or the supreme court's and procuracy's, named so at its end: "Thanh tra Chính phủ", "Tòa án
# nhân dân tối cao")
_RE_NATIONAL_UNIT = regex.compile(r"(?:\bViệt Nam|\bVN|\bTrung ương|\bTW|\bChính phủ|\b(?i:tối\s+cao))\s*$|(?<!\b(?i:vườn|khu\s+bảo\s+tồn)\s)(?<!\b(?i:di\s+tích)(?:[\s-]+\p{L}+){0,3}\s)\b(?i:quốc\s+gia)\b")
_NATIONAL_WORDS = ("Việt Nam", "VN", "Trung ương", "TW", "quốc gia", "Quốc gia", "Quốc Gia", "Chính phủ", "tối cao", "Tối cao")


# a ministry ("Bộ Y tế"; not a province's military command, "Bộ Chỉ huy quân sự tỉnh") or a national university
_A_MINISTRY = r"Bộ\s+(?!(?i:Chỉ huy|CHQS|Tư lệnh|đội|Công an tỉnh))\p{Lu}"
_RE_MINISTRY = regex.compile(r"(?:" + _A_MINISTRY + r"|Đại học Quốc gia\b)")
# the ministry a cluster is written after: "Bộ Thông tin và Truyền thông (TT-TT) - Cụm thi đua số 8"
_RE_MINISTRY_BEFORE = regex.compile(
    r"(?:^|[,.:;]\s*|\)\s*)" + _A_MINISTRY + r"[\p{L} ,]{0,50}?(?:\s*\([\p{Lu}&-]{2,12}\))?\s*[-–]\s*$")


@lru_cache(maxsize=None)
def _regional_unit_re():
    """A national system's numbered regional unit, which serves several provinces (lexicons/regional_systems.txt): "Kho bạc
    Nhà nước khu vực III", "Ngân hàng Nhà nước Chi nhánh Khu vực 13"."""
    return regex.compile(r"(?:" + trie_alternation(lexicon.words("regional_systems.txt")) + r")\s+(?:chi\s+nhánh\s+)?khu\s+vực\s+"
                         r"(?:(?-i:[IVXL]{1,7})|\d{1,2})", regex.I)


@lru_cache(maxsize=None)
def _next_province_re():
    """Another province's name right after one, in a list ("A, B và C")."""
    return regex.compile(_NEXT_PROVINCE, regex.I)


def _national_unit(value: str) -> bool:
    """``_RE_NATIONAL_UNIT`` in ``value``, searched only when one of its words is there (a scan
    tries each of them at every character); or a ministry; or a national system's numbered regional unit, whole."""
    return any(w in value for w in _NATIONAL_WORDS) and _RE_NATIONAL_UNIT.search(value) is not None \
        or _RE_MINISTRY.match(value) is not None \
        or "khu vực" in value.lower() and _regional_unit_re().fullmatch(value.strip()) is not None


# (and the unit help was given to, just before the place: "... tăng cường 100 cán bộ cho BĐBP tỉnh A"; not a role handed
# over: "bàn giao nhiệm vụ Cụm trưởng cho Sở Tư pháp tỉnh A")
# (an act's word written with a capital right after a unit's head word is part of the unit's name, not an act: "Sở Xây dựng
# tỉnh A", "Quỹ Hỗ trợ nông dân tỉnh B"; lexicons/unit_heads.txt. Not after any other word: a programme's name, "Chương trình
# “Chung tay Hỗ trợ tỉnh C”", still acts on the province)
_RE_ACT_ON_PLACE = regex.compile(r"\b(?!(?-i:\p{Lu})(?<=(?<!\p{L})(?-i:" + trie_alternation(lexicon.words("unit_heads.txt")) + r")[ ]{1,3}\p{Lu}))(?:hỗ trợ|giúp đỡ|ủng hộ|tăng cường|chi viện|cứu trợ|xây dựng|về thăm|đến thăm|thăm|khảo sát|tham quan|trao tặng|tặng)\b"
                                 # (the lookbehind read after "cho", three letters it ends with: run where a "cho" is, not at every position)
                                 r"|\bcho(?<=\b(?:hỗ trợ|giúp đỡ|tăng cường|chi viện|cứu trợ|điều động)\b[^.;]{0,140}cho)\s+(?:[\p{L}&]+\s+){0,3}$", regex.I)
# (nor the place of an event the meeting agreed or plans to hold: "thống nhất tổ chức hội thao vào quý IV tại tỉnh A")
_RE_PLANNED_AT = regex.compile(r"\b(?:thống nhất|nhất trí|dự kiến|sẽ)\s+(?:(?:được|đăng cai)\s+)?tổ chức\b[^.;]{0,60}?\btại\s+$", regex.I)
_RE_ADMIN_NAME = regex.compile(r"\b(?:tỉnh|thành phố|TP\.?)\s+(\p{L}+(?:\s+\p{Lu}[\p{L}]*){0,3})")


def _other_mentions(text: str, name: str, limit: int = 20, low: str | None = None) -> list[int]:
    """Where the first ``limit`` mentions of the cluster name end (case-insensitive; a plain
    string search, linear even on text that repeats the name thousands of times). ``low``: the
    text in lower case, when the caller has it."""
    low, key = text.lower() if low is None else low, name.lower()
    if len(low) != len(text) or not key:
        return []
    out, i = [], low.find(key)
    while i != -1 and len(out) < limit:
        if i == 0 or not low[i - 1].isalpha():
            out.append(i + len(key))
        i = low.find(key, i + 1)
    return out


def _province_in(text: str, a: int, b: int) -> Found | None:
    m = search(_province_re(), text, a, b)
    if not m:
        return None
    canon = lexicon.province_of(m.group(0))
    return Found(canon, m.start(), m.end()) if canon else None


def extract(doc: Document) -> None:
    _extract(doc)
    # the last resorts, in the order _extract met them (communes listed as members, the units shown as members where none
    # are listed), read only when nothing else placed the cluster: the commune table is loaded on first use
    for resort in doc.memo("place.last_resorts", list):
        if "meeting.province" in doc.draft.scalars:
            break
        found = resort()
        if found is not None:
            doc.draft.scalars["meeting.province"] = found


def _province_of_communes(doc: Document) -> Found | None:
    """The one province where communes of all the members' names lay, as the gazetteer's commune tables held them when the
    article was written; the members' span is its evidence."""
    d = doc.draft
    prov = gazetteer.province_of_communes([_RE_COMMUNE_KIND.sub("", m.value) for m in d.members], _written_on(doc, guessed=True))
    return Found(prov, d.members[0].start, d.members[-1].end) if prov is not None else None


_RE_TOWNSHIP = regex.compile(r"(?<!\p{L})thị\s+trấn\s+((?-i:\p{Lu})\p{L}*(?:\s+(?-i:\p{Lu})\p{L}*){0,3})", regex.I)


def _province_of_township(doc: Document) -> Found | None:
    """The province of a venue in a township named like its district ("tại thị trấn Đắk Mil": huyện Đắk Mil's seat)."""
    venue = doc.draft.scalars.get("meeting.venue")
    m = _RE_TOWNSHIP.search(doc.text, venue.start, venue.end) if venue is not None else None
    prov = gazetteer.province_of_township(m.group(1), _written_on(doc)) if m is not None else None
    return Found(prov, m.start(1), m.end(1)) if prov is not None else None


# a venue that is a commune or a ward, nothing more: "tại xã Ea Súp", "tại UBND phường A"
_RE_COMMUNE_VENUE = regex.compile(r"(?:(?:UBND|Ủy ban nhân dân|Hội trường(?: UBND)?|trụ sở(?: UBND)?)\s+)?(?:xã|phường)\s+"
                                  r"((?-i:\p{Lu})\p{L}*(?:[\s'-]+(?-i:\p{Lu})\p{L}*){0,3})", regex.I)


def _province_of_commune_venue(doc: Document) -> Found | None:
    """The province of a venue in a commune or a ward whose name no commune of another province bore when the article was
    written ("tại xã Ea Súp", after the 2025 mergers the level a commune cluster meets at)."""
    venue = doc.draft.scalars.get("meeting.venue")
    on = _written_on(doc, guessed=True)
    m = _RE_COMMUNE_VENUE.fullmatch(doc.text, venue.start, venue.end) if venue is not None and on is not None else None
    prov = gazetteer.province_of_commune(m.group(1), on) if m is not None else None
    return Found(prov, m.start(1), m.end(1)) if prov is not None else None


_RE_DATELINE = regex.compile(r"^[ \t]*(?P<p>(?-i:\p{Lu})[\p{L} .]{1,25}?)\s*,\s*ngày\s+\d{1,2}\s*(?:[/.-]|\s+tháng\s+)\s*\d{1,2}"
                          r"\s*(?:[/.-]|\s+năm\s+)\s*\d{4}[ \t]*\.?[ \t]*$", regex.M | regex.I)


_RE_BARE_PROVINCE = regex.compile(r"(?<!\p{L})tỉnh(?!\p{L})(?!\s+(?-i:\p{Lu}))", regex.I)


def _province_of_dateline(doc: Document) -> Found | None:
    """The province of the place-and-date line on a line of its own, the way an office signs its text ("Kiên Giang, ngày
    24/7/2020"): a province's name only, for a cluster said to be one province's without naming it ("Khối thi đua số 2 thuộc
    UBND tỉnh", "Văn phòng HĐND tỉnh" among its members; not a national bloc signed in the capital)."""
    d = doc.draft
    said = [f.value for f in (d.scalars.get("cluster.name"), *d.members) if f is not None]
    if d.meeting_sentence is not None:
        said.append(doc.text[d.meeting_sentence.start:d.meeting_sentence.end])
    if not any(_RE_BARE_PROVINCE.search(v) for v in said):
        return None
    for m in _RE_DATELINE.finditer(doc.text):
        prov = lexicon.province_of(m.group("p").strip())
        if prov is not None:
            return Found(prov, m.start("p"), m.start("p") + len(m.group("p").strip()))
    return None


def _province_of_role_units(doc: Document) -> Found | None:
    """No list of members: the units the article shows as members, its chair and vice-chair and the units it ranks, when
    they write one province in their names ("Trường Cao đẳng nghề Tuyên Quang (thường trực Khối)", "Đài PTTH Nghệ An xếp
    thứ nhất"), and no other."""
    d = doc.draft
    units = [r.organization for k, r in d.roles.items() if k in ("chair", "vice_chair") and r.organization is not None]
    units += [f for _r, f in d.rankings]
    found = [f for u in units for f in _places(doc, u.start, u.end) if _named(doc, f)]
    if found and len({f.value for f in found}) == 1 and not any(_national_unit(u.value) for u in units):
        # (not against a venue in another province, even one named bare: the chair "Trường Đại học Hà Nội" meeting at
        # "Trường Đại học Đà Lạt" is a cluster of several provinces' schools)
        venue = d.scalars.get("meeting.venue")
        if venue is not None and any(f.value != found[0].value for f in _places(doc, venue.start, venue.end)):
            return None
        return found[0]
    return None


_RE_PROVINCE_ITSELF = regex.compile(r"(?P<k>tỉnh|thành\s+phố|TP\.?)\s*(?P<p>(?-i:\p{Lu}).*)", regex.I)


def _a_province(value: str) -> bool:
    """The unit is a province itself ("tỉnh A"; "thành phố B" of a centrally-run city only: another city is one province's
    city, a member of that province's cluster)."""
    m = _RE_PROVINCE_ITSELF.fullmatch(value.strip())
    prov = lexicon.province_of(m.group("p")) if m is not None else None
    if prov is None:
        return False
    return m.group("k").lower() == "tỉnh" or prov in gazetteer.central_cities()


_RE_COMPANY = regex.compile(r"(?:Công ty|Tổng công ty|Cty|Tập đoàn|Petrolimex|(?-i:PV\p{Lu}+))\b", regex.I)


def _sites_of_provinces(t: str, a: int, b: int) -> bool:
    """The sites of an online meeting named as two or more provinces in a sentence: "điểm cầu phụ tại Cục Thống kê các tỉnh
    A, B và C"."""
    for m in _RE_SITES_OF_PROVINCES.finditer(t, a, b):
        seen, i = set(), m.end()
        while (p := _province_re().match(t, i, b)) is not None:
            v = lexicon.province_of(p.group(0))
            if v is None:
                break
            seen.add(v)
            j = _RE_SITES_JOIN.match(t, p.end(), b)
            if j is None:
                break
            i = j.end()
        if len(seen) >= 2:
            return True
    return False


def _extract(doc: Document) -> None:
    d = doc.draft
    t = doc.text
    name = d.scalars.get("cluster.name")
    if name is None and not d.members and "cluster.kind" not in d.scalars:
        return  # no cluster is stated: no province of one
    if _members_span_provinces(doc) and not (name is not None and _RE_NAME_ON_GROUND.match(t, name.end, name.end + 120)):
        return  # a cluster of provinces belongs to none (unless its clause places it: "Khối thi đua số 7 gồm các trường trên
        # địa bàn tỉnh A", their branches named by the city of their parent school too)
    if any(r.organization is not None and _a_province(r.organization.value) for r in d.roles.values()):
        return  # a province holds a role of the cluster ("bầu tỉnh A làm Cụm trưởng"): a cluster of provinces
    ms = d.meeting_sentence
    if ms is not None and any(rx.search(t, ms.start, ms.end) for rx in _RE_UNITS_OF_PROVINCES):
        return  # the meeting of a body's units in several provinces ("Ban Tổ chức các tỉnh ủy", "Tỉnh ủy, Thành ủy")
    if "thành viên" in doc.cues.lower and any(_RE_MEMBERS_OF_PROVINCES.search(t, s.start, s.end) for s in doc.content_sentences()):
        return  # the members said to be the units of several provinces
    if name is not None and not _from_name(doc, name):
        return
    if "meeting.province" in d.scalars:
        return  # the name, or the words written with it ("trên địa bàn tỉnh A"), settle it first
    # (after the name's province: "Cụm thi đua số 1 tỉnh A" is A's, whatever its units are said to be)
    if ("trong cụm" in doc.cues.lower or "trong khối" in doc.cues.lower or "thuộc cụm" in doc.cues.lower or "thuộc khối" in doc.cues.lower
            or "của cụm" in doc.cues.lower or "của khối" in doc.cues.lower) \
            and any(_RE_UNITS_IN_CLUSTER.search(t, s.start, s.end) for s in doc.content_sentences()):
        return  # the units of several provinces said to be in the cluster
    if "điểm cầu" in doc.cues.lower and any(_sites_of_provinces(t, s.start, s.end) for s in doc.content_sentences()):
        return  # the sites of the meeting in several provinces
    if len(d.members) >= 2 and sum(1 for m in d.members if _national_unit(m.value)) * 2 >= len(d.members):
        return  # a cluster of national bodies (its meeting place is no province of it)
    # a bloc its name shows national ("Khối thi đua các Bộ, ngành X"): where it meets is no province of it; only members
    # written with one province may still place it
    national = name is not None and (_national_bloc(doc, name) or _central_bloc_in_capital(doc, name))
    if national and not d.members:
        return
    resorts = doc.memo("place.last_resorts", list) if not national else []
    if not d.members:
        resorts.append(lambda: _province_of_role_units(doc))
    # (a township venue named like its district, as district seats are: "tại thị trấn A")
    resorts.append(lambda: _province_of_township(doc))
    resorts.append(lambda: _province_of_commune_venue(doc))
    # (the very last: the place-and-date line an office signs its text with, "Kiên Giang, ngày 24/7/2020")
    resorts.append(lambda: _province_of_dateline(doc))
    # the members' names: one province written inside them ("Quỹ Đầu tư phát triển Vĩnh Long"), or
    # districts of one province ("huyện Đại Từ", "Sa Thầy") -- the gazetteer's places in each member
    # (communes or wards listed bare name no province, even one called like a province: "các phường: Tân Lập, Hòa Bình")
    # (or after the communes written with their kind that lead it: "gồm thị trấn A và các xã: B, C, D")
    lead = next((k for k, m in enumerate(d.members) if not _RE_COMMUNE_KIND.search(m.value)), len(d.members))
    wards = bool(d.members) and any(_RE_WARDS_BEFORE.search(t, max(0, m.start - 60), m.start) is not None for m in d.members[:lead + 1][:3])
    # (communes listed, bare or with their kind: the one province where communes of all those names lay, in the
    # gazetteer's commune tables of the time the article was written; the last resort, read in extract())
    # (most of them with their kind: "xã A, xã B, C và xã D")
    if len(d.members) >= 2 and (wards or sum(1 for m in d.members if _RE_COMMUNE_KIND.search(m.value)) * 3 >= len(d.members) * 2):
        resorts.append(lambda: _province_of_communes(doc))
    per_member = [[] if wards else _places(doc, m.start, m.end, bare=True) for m in d.members]
    found = [f for fs in per_member for f in fs]
    named = [f for f in found if _named(doc, f)]
    # a province or a district written with its kind word settles it; bare district names only when
    # most members are such names and all of them agree (a bare name is often also a commune's or a post's)
    # (not a place listed bare among bare names of regions the gazetteer does not know: "Nam Tây Nguyên; TP. Hồ Chí
    # Minh; Đông Nam Bộ; Cửu Long": the units of several regions)
    bare_unknown = sum(1 for m, fs in zip(d.members, per_member) if not fs and not starts_with_unit_head(m.value))
    if found and bare_unknown >= 2 and bare_unknown * 2 >= len(d.members) and not wards \
            and all(lexicon.province_of(cre.sub(r"^(?:TP\.?|tỉnh|thành phố)\s*", "", m.value, flags=regex.I)) for m, fs in zip(d.members, per_member) if fs):
        if not national:
            _from_venue_and_body(doc, body=False)  # (the members place nothing; the venue still may)
        return
    # (a cluster of companies is not placed by one company's name: a corporation's companies are named for the provinces
    # they serve, "Petrolimex Hà Nội, Công ty Xăng dầu Khu vực III", wherever they meet)
    companies = sum(1 for m in d.members if _RE_COMPANY.match(m.value)) * 2 > len(d.members) >= 3
    placed = sum(1 for fs in per_member if fs)
    if companies and placed * 2 < len(d.members) and placed <= 2:
        found = named = []  # (three or more naming one province still place it, below)
    if len({f.value for f in found}) == 1 and (named or sum(1 for fs in per_member if fs) * 5 >= len(d.members) * 3):
        d.scalars["meeting.province"] = found[0]
        return
    # one province written inside the names of three or more members, any other in one member at most
    # ("Điện lực A", "Viễn thông A", "Cấp nước A", "Công ty Thủy điện <a river named like a province>")
    by_member: Counter[str] = Counter(v for fs in per_member for v in {f.value for f in fs if _named(doc, f)})
    ranked = by_member.most_common(2)
    if ranked and ranked[0][1] >= 3 and (len(ranked) == 1 or ranked[1][1] <= 1):
        prov = ranked[0][0]
        first = next((f for f in named if f.value == prov), None)
        if first is not None:
            d.scalars["meeting.province"] = first
            return
    # (members ending with different provinces, "Trường Đại học A TP. Hồ Chí Minh", "Trường Đại học B Hà Nội": the places
    # the article names are theirs, no body's; only the venue may still place the cluster)
    ends = {p for p in (lexicon.province_of(e.group(1)) for e in (_province_at_end_re().search(m.value) for m in d.members) if e) if p}
    if not national:
        _from_venue_and_body(doc, body=len(ends) < 2)


# the kinds of units only a national bloc gathers, named in its name: ministries ("các Bộ, ngành", "các Bộ"), economic
# groups and state corporations ("các Tập đoàn kinh tế, Tổng công ty nhà nước"), the central level of an organisation
# ("cấp Trung ương", "các cơ quan Trung ương của Mặt trận ...", "các Công đoàn ngành Trung ương", "các Hội ngành Trung
# ương", the Party's central bodies, "các Ban Đảng Trung ương"); not "các cơ quan Trung ương", "các cơ quan ngành Trung ương", "các ngân hàng thương mại" or "các Tập đoàn, Tổng
# công ty" alone, which a province's bloc of the branches based in it is called too
_RE_NATIONAL_BLOC = regex.compile(
    r"\bcác\s+(?:(?-i:Bộ)(?!\s+(?i:chỉ\s+huy|CHQS|đội|tư\s+lệnh)\b)|bộ\s*(?:,|và)\s*(?:ngành|cơ\s+quan)\b)"
    r"|\bcấp\s+Trung\s+ương\b|\bTrung\s+ương\s+của\s+(?-i:\p{Lu})|\b(?:Hội|Công\s+đoàn)\s+ngành\s+Trung\s+ương\b"
    r"|\bcác\s+Tập\s+đoàn\s+kinh\s+tế\b|\bTổng\s+công\s+ty\s+nhà\s+nước\b|\bĐảng\s+Trung\s+ương\b", regex.I)
# the clause's words after the name: the bloc's own description goes on to them ("Cụm thi đua số 1 các Học viện, trường
# đại học thuộc Bộ A tổ chức ...")
_RE_NAME_CLAUSE_END = regex.compile(r"[.;:()\n]|\b(?:tổ chức|tại|ký|đã|vừa|họp|năm|sơ kết|tổng kết|gồm)\b", regex.I)
# placed in a province all the same: "(đóng) trên địa bàn", "của tỉnh", a province's name
_RE_PROVINCIAL_WORD = regex.compile(r"\btrên\s+địa\s+bàn\b|\bđóng\s+(?:tại|ở)\b|\b(?:tỉnh|thành\s+phố|TP|huyện|quận)\b", regex.I)


def _name_said(doc: Document, name: Found) -> str:
    """The cluster's name with the description its clause carries after it."""
    t = doc.text
    stop = _RE_NAME_CLAUSE_END.search(t, name.end, min(len(t), name.end + 120))
    return name.value + t[name.end:stop.start() if stop is not None else min(len(t), name.end + 120)]


def _national_bloc(doc: Document, name: Found) -> bool:
    """The cluster's name, with the description its clause carries after it, gathers units only a national bloc gathers
    (_RE_NATIONAL_BLOC, or "thuộc Bộ X"), and places it in no province ("Khối các doanh nghiệp Trung ương trên địa bàn
    tỉnh" is the province's)."""
    said = _name_said(doc, name)
    if _RE_NATIONAL_BLOC.search(said) is None and _RE_UNDER_NATIONAL.search(said) is None:
        return False
    return _RE_PROVINCIAL_WORD.search(said) is None and _province_re().search(said) is None


# the units of the centre, or the commercial banks, named as what a bloc gathers: "Khối thi đua các cơ quan báo chí Trung
# ương", "Khối các doanh nghiệp TW", "Khối thi đua các Ngân hàng thương mại cổ phần" (in a province, the branches based in
# it; in the capital, where the centre and the banks sit, the national bloc)
_RE_CENTRAL_UNITS = regex.compile(r"\bTrung\s+ương\b|(?-i:\bTW\b)|\bngân\s+hàng\s+thương\s+mại\b", regex.I)
# the capital: a bloc of the centre meeting there is no bloc of its city
_CAPITAL = "Hà Nội"


def _central_bloc_in_capital(doc: Document, name: Found) -> bool:
    """A bloc whose name gathers the centre's units or the commercial banks (_RE_CENTRAL_UNITS), placed in no province by
    its name or its clause, meeting in the capital: a national bloc, not the capital's ("Khối thi đua các cơ quan báo chí
    Trung ương" at Hà Nội; at a province's venue, the central units based there, that province's)."""
    venue = doc.draft.scalars.get("meeting.venue")
    if venue is None:
        return False
    said = _name_said(doc, name)
    if _RE_CENTRAL_UNITS.search(said) is None or _RE_PROVINCIAL_WORD.search(said) is not None \
            or _province_re().search(said) is not None:
        return False
    places = {f.value for f in _places(doc, venue.start, venue.end) if _named(doc, f)}
    return places == {_CAPITAL}


# (the description that "gồm" opens, not where the meeting took the members: "... tổ chức hội nghị trên địa bàn tỉnh A")
_RE_NAME_ON_GROUND = regex.compile(r"\s*,?\s*(?:bao\s+)?gồm\s+(?:(?!\bcác\s+tỉnh\b)[^.;:\n]){0,80}?\btrên\s+địa\s+bàn\s+(?:tỉnh|thành phố|TP\.?)\s*"
                                r"(?P<p>(?-i:\p{Lu})[\p{L}]*(?:\s+(?-i:\p{Lu})[\p{L}]*){0,3})", regex.I)
# ("các phường:", "Các xã trong cụm gồm")
# ("12 phường thành viên trong cụm, gồm:"; not the "xã" of "Hợp tác xã:", the alliances of several provinces)
_RE_WARDS_BEFORE = regex.compile(r"\b(?:các\s+|\d{1,2}\s+)?(?<!\bhợp\s+tác\s+)(?:xã|phường|thị trấn)(?:\s+thành\s+viên)?(?:\s+(?:trong|thuộc|của)\s+(?:cụm|khối)(?:\s+thi\s+đua)?)?"
                                 r"(?:\s*,?\s+(?:gồm(?:\s+có)?|là))?\s*:?\s*$", regex.I)
# a commune's kind word, and what stands before it in a member's name ("UBND xã ", "Thị trấn ")
_RE_COMMUNE_KIND = regex.compile(r"^(?:[^,;]*?\s)?(?<!\bhợp\s+tác\s)(?:xã|phường|thị trấn)\s+(?=\p{Lu})", regex.I)
_RE_KIND_WORD = regex.compile(r"(?:tỉnh|thành phố|tp\b|tp\.|tx\b|tx\.|quận|q\.|h\.|huyện|thị xã|đặc khu)", regex.I)


def _provinces_named(doc: Document, s):
    """The provinces sentence ``s`` writes with their kind word ("tỉnh X", and as the gazetteer knows
    them: "TP.HCM"), in order; not one that is the object of an act ("hỗ trợ xã A, huyện B, tỉnh C")."""
    t = doc.text
    acted_on = lambda a: _RE_ACT_ON_PLACE.search(t, max(s.start, a - 80), a) is not None \
        or t.find("tổ chức", max(s.start, a - 80), a) >= 0 and _RE_PLANNED_AT.search(t, max(s.start, a - 140), a) is not None
    # (the pattern needs one of its kind words, written as it spells them: most sentences hold none)
    if t.find("tỉnh", s.start, s.end) >= 0 or t.find("thành phố", s.start, s.end) >= 0 or t.find("TP", s.start, s.end) >= 0:
        for m in finditer(_RE_ADMIN_NAME, t, s.start, s.end):
            f = _province_in(t, m.start(1), m.end(1))
            if f and not acted_on(m.start()):
                yield f
    for p in _sentence_places(doc, s):
        f = Found(p.province, s.start + p.start, s.start + p.end)
        if p.kind == "province" and p.province and _prefixed(doc, f) and not acted_on(f.start):
            yield f


def _sentence_places(doc: Document, s) -> list:
    """``gazetteer.find_places`` of sentence ``s``, found once for both readings of the sentence
    (_provinces_named, then _provinces_implied)."""
    return doc.memo(("place.find_places", s.start, s.end), lambda: gazetteer.find_places(doc.text[s.start:s.end], _moved_on(doc)))


def _moved_on(doc: Document) -> date | None:
    """The day the article was written when a district lay in another province then (Hà Tây's before 2008-08-01), else
    None: its places are read as of that day."""
    on = _written_on(doc)
    return on if gazetteer.districts_moved_after(on) else None


def _prefixed(doc: Document, f: Found) -> bool:
    """The place is written with its kind word ("huyện Đại Từ", "TP.HCM"), not as a bare name that a
    unit, a park or a slogan may carry ("Vườn quốc gia Tam Đảo", "Thăng Long - Hà Nội")."""
    return _RE_KIND_WORD.match(doc.text, f.start, f.end) is not None


def _places(doc: Document, a: int, b: int, *, bare: bool = False) -> list[Found]:
    """The provinces of the places (provinces and districts, gazetteer.find_places) written in text[a:b];
    ``bare``: text[a:b] is a whole value (a member written as a bare district name)."""
    t = doc.text
    on = _moved_on(doc)
    # (each by the province in force when the article was written: a unit that kept the name of a province merged since,
    # "Trường Cao đẳng A" of a province merged into B, is B's)
    now = _now(doc)
    out = [Found(now(p.province), a + p.start, a + p.end) for p in gazetteer.find_places(t[a:b], on) if p.province]
    if not out and bare and any(c.isalpha() for c in t[a:b]):  # "12" of "Phường 1, 2, 12" names no place alone
        prov = gazetteer.province_of(t[a:b], on)
        if prov:
            out.append(Found(now(prov), a, b))
    return out


def _now(doc: Document):
    """The province in force when the article was written (_written_on) of a province's name; the name itself when
    that day is not known."""
    on = _written_on(doc)
    if on is not None:
        return lambda v: _in_force(v, on)
    # (the day unknown, the year reviewed bounds it from below: a province that had ended by then is the one it joined,
    # "Hà Tây" in a review of 2023; not a merger of the year reviewed or later)
    per = doc.draft.scalars.get("meeting.period")
    if per is not None and isinstance(per.value, dict) and per.value.get("year"):
        first = date(int(per.value["year"]), 1, 1)
        return lambda v: gazetteer.ended(v, first)
    return lambda v: v


def _named(doc: Document, f: Found) -> bool:
    """A province's own name (inside a unit's name too: "Công ty Cấp nước Sóc Trăng"), or a district
    with its kind word."""
    return _prefixed(doc, f) or lexicon.province_of(doc.text[f.start:f.end]) is not None


_BODY_PREFIXES = ("Công an", "Sở", "Đài", "Liên đoàn Lao động", "BĐBP")
_BODY_PREFIX = r"^(?:" + "|".join(_BODY_PREFIXES) + r")\s+(?:tỉnh\s+)?"


def _members_span_provinces(doc: Document) -> bool:
    """Two or more members name different provinces ("Công an tỉnh A", "B"): a multi-province cluster."""
    # (the prefix is dropped from a member that starts with one of its words; the rest are read as they are)
    members = doc.draft.members
    if members and _RE_WARDS_BEFORE.search(doc.text, max(0, members[0].start - 60), members[0].start) is not None:
        return False  # (communes or wards listed bare, some named like a province: "các phường: A, B", no provinces)
    provs = {lexicon.province_of(cre.sub(_BODY_PREFIX, "", m.value) if m.value.startswith(_BODY_PREFIXES) else m.value)
             for m in members}
    provs.discard(None)
    if len(provs) >= 2:
        now = _now(doc)  # (two provinces merged into one since: that one)
        provs = {now(p) for p in provs}
    if len(provs) >= 2:
        return True
    # (or branches of one system named by their provinces, "Agribank Điện Biên, Agribank Sơn La": most members end with
    # the province they stand for, each a province of its own; not one province's companies, one of them named after
    # a river, "Công ty Điện lực Lâm Đồng, Viễn thông Lâm Đồng, Công ty Thủy điện Đồng Nai")
    ends = [_province_at_end_re().search(m.value) for m in members if not m.value.lower().endswith(gazetteer.LONGER_NAMES)]
    named = Counter(p for p in (lexicon.province_of(e.group(1)) for e in ends if e is not None) if p)
    if len(named) >= 2:
        now = _now(doc)  # (as above: provinces merged into one since are that one)
        named = Counter(now(p) for p in named.elements())
    return len(named) >= 2 and max(named.values()) == 1 and sum(named.values()) * 2 > len(members)


@lru_cache(maxsize=None)
def _province_at_end_re():
    """A province's name ending a member's name ("Agribank Điện Biên")."""
    return regex.compile(r"(?<![\p{L}])(" + trie_alternation(lexicon.province_forms()) + r")\s*$", regex.I)


# "5 tỉnh", "các tỉnh" just before the cluster's name (no full stop between)
# (a count's "tỉnh" followed by a province's name is one province's numbered unit, "Thuế cơ sở 4 tỉnh A": no count; group k
# ends where that name would start)
_RE_COUNTED_PROVINCES = regex.compile(r"\b(?:\d{1,2}|các)\s+tỉnh(?:,\s*thành(?:\s+phố)?)?(?P<k>\s+)[^.;:\n]{0,12}$", regex.I)


# what a mention of the cluster carries after its name, to the clause's end; with a clause "gồm" opens ("Cụm thi đua số 8,
# gồm các tỉnh duyên hải") or one in apposition ("Cụm thi đua số 5, khối các đơn vị trực thuộc Bộ Công an"); a list of unit
# kinds goes on past a comma before an acronym ("Khối 9 Công đoàn Tập đoàn, TCT trực thuộc ...")
_RE_DESCRIPTOR = regex.compile(r"(?:\s*,\s*(?:(?:bao\s+)?gồm\b|(?=(?:khối\s+|cụm\s+)?(?:các|những)\s)))?[^,.;:()\n]{0,80}"
                               r"(?:,\s*(?-i:\p{Lu}{2,6})\b[^,.;:()\n]{0,60})?", regex.I)


# one place named with its kind, or the province itself: the descriptor places the cluster in it
_RE_ONE_PLACE = regex.compile(r"(?<!\b(?:các|\d+)\s)\b(?:tỉnh|huyện|quận|thị xã|thành phố|TP\.?)\s+(?-i:\p{Lu})|\b(?:của|trong)\s+tỉnh\b", regex.I)
_RE_SEVERAL = regex.compile(r"\b(?:các|\d+)\s+tỉnh\b|\btỉnh\s*,\s*thành\b", regex.I)


# (or a side of a province, its hills or its border: "các huyện miền Tây tỉnh A", "các huyện miền núi phía Bắc tỉnh B", "các xã
# biên giới phía Bắc huyện C", "các huyện khu vực phía Nam tỉnh D")
_RE_COMPASS_AREA = regex.compile(r"(?:tây|bắc|nam|đông)(?:\s+nam)?\s+sông\s+(?:hậu|tiền)|tây\s+bắc|đông\s+bắc"
                                 r"|(?:miền(?:\s+núi\s+phía)?|biên\s+giới\s+phía|khu\s+vực\s+phía)\s+(?:tây|bắc|nam|đông)", regex.I)
# provinces counted or named as several in a cluster's name, not a region's words
_RE_SEVERAL_IN_NAME = regex.compile(r"\b(?:các|\d+)\s+tỉnh\b|\btỉnh\s*,\s*thành\b|\btrực\s+thuộc\s+trung\s+ương\b|\btoàn\s+quốc\b|\bliên\s+tỉnh\b", regex.I)


# a province's own districts or communes on its hills or its border, whose name leaves the province out: "Cụm thi đua các
# huyện miền núi phía Bắc", "Cụm thi đua các xã biên giới phía Bắc" (not a region's units, "các tỉnh miền núi phía Bắc")
# ("khu vực phía" too, after a list of kinds joined by a comma or "và": "Cụm thi đua các huyện, thị xã khu vực phía Bắc")
_RE_LOCAL_SIDE = regex.compile(r"\bcác\s+(?:huyện|xã|thị\s+trấn|phường|thị\s+xã|quận|thành\s+phố)(?:\s*(?:,|và)\s*(?:huyện|xã|thị\s+trấn|phường|thị\s+xã|quận|thành\s+phố))*"
                               r"\s+(?:miền\s+núi|biên\s+giới|khu\s+vực)\s+phía\s+(?:tây|bắc|nam|đông)\b", regex.I)


# a side of the country written alone ("miền Bắc"), and a province's own units before a side ("các huyện miền Tây")
_RE_LONE_SIDE = regex.compile(r"miền\s+(?:tây|bắc|nam|đông)", regex.I)
_RE_LOCAL_KIND_BEFORE = regex.compile(r"\b(?:huyện|xã|thị\s+trấn|phường|thị\s+xã|quận)\s+$", regex.I)


def _part_of_one(desc: str) -> bool:
    """The descriptor places the cluster inside one province ("các huyện miền Tây tỉnh A", "các xã biên giới phía Bắc"),
    naming no several."""
    return (_RE_ONE_PLACE.search(desc) is not None or "phía" in desc.lower() and _RE_LOCAL_SIDE.search(desc) is not None) \
        and _RE_SEVERAL.search(desc) is None


# a unit named after a region, its head and the capitals of its name before the region's words: "Trường Đại học Việt Bắc",
# "Công ty Xi măng Tây Bắc" (one unit, not the units of a region, "các trường đại học miền Trung")
_RE_UNIT_NAMED_FOR = regex.compile(r"(?<!\b(?i:các|những|\d+)\s+)(?-i:Trường|Đại học|Cao đẳng|Học viện|Công ty|Tổng công ty|Báo|Bệnh viện|Nhà máy"
                                   r"|Khách sạn|Trung tâm|Xi măng)(?:\s+(?-i:\p{Lu})[\p{L}]*){0,4}\s+$")


def _region_of_cluster(desc: str) -> bool:
    """A region of several provinces in a descriptor, not inside a unit's name written further on, where it met: "tổ chức
    hội nghị tại Trường Đại học Việt Bắc" (a unit opening the descriptor is the cluster's own: "Cụm thi đua số 4 Báo Đảng
    miền Trung")."""
    for m in _RE_MULTI.finditer(desc):
        u = _RE_UNIT_NAMED_FOR.search(desc[:m.start()]) if m.group(0)[:1].isupper() else None
        if u is None or not desc[:u.start()].strip(" ,-–"):
            return True
    return False


def _descriptor_places_none(desc: str) -> bool:
    """What the cluster's name carries after it makes it a cluster of several provinces or of a national body (central
    units based in one province belong to it: "các doanh nghiệp Trung ương (đóng) trên địa bàn tỉnh A"; a part of one
    province is no region of several: "Cụm thi đua số 2, các huyện miền Tây tỉnh A")."""
    return bool(_RE_MULTI.search(desc) and _region_of_cluster(desc) and not _part_of_one(desc)
                or _RE_UNDER_NATIONAL.search(desc) and not _RE_ON_GROUND.search(desc))


def _descriptor_after(t: str, end: int) -> str:
    """What a mention of the cluster carries after its name, up to the clause's end ("Cụm thi đua số 1
    Đài Phát thanh và Truyền hình các tỉnh miền núi"; _RE_DESCRIPTOR)."""
    m = _RE_DESCRIPTOR.match(t, end, min(len(t), end + 150))
    return m.group(0) if m else ""


def _two_provinces(value: str) -> bool:
    """Two provinces named in the cluster's name ("Khối thi đua A - B"): a cluster of both."""
    provs = {p.province for p in gazetteer.find_places(value) if p.kind == "province" and p.province}
    return len(provs) >= 2


def _from_name(doc: Document, name: Found) -> bool:
    """The province from the cluster's name and what is written with it; False when the name shows a
    national or multi-province cluster (then no province at all)."""
    d = doc.draft
    t = doc.text
    # (central units based in one province belong to it: "các doanh nghiệp thuộc Trung ương đóng trên địa bàn tỉnh A")
    under = _RE_UNDER_NATIONAL.search(name.value) and not _RE_ON_GROUND.search(t, name.start, name.end + 90)
    # (a region's words followed by one province, with no count of provinces: the region of that province, "Cụm thi đua Tây
    # sông Hậu tỉnh A", "Cụm thi đua Tây Bắc, tỉnh B")
    # (only a compass area's or a river bank's words: not a region of several provinces by its name, "Tây Nguyên", "Nam bộ")
    # ("miền Bắc" alone is the side of a province only after its own units: "các huyện miền Tây", not "Hội X miền Bắc")
    region = _RE_MULTI.search(name.value)
    multi = region is not None and not (
        _RE_COMPASS_AREA.fullmatch(region.group(0)) is not None and _RE_SEVERAL_IN_NAME.search(name.value) is None
        and (_RE_LONE_SIDE.fullmatch(region.group(0)) is None or _RE_LOCAL_KIND_BEFORE.search(name.value, 0, region.start()) is not None)
        and (_placed_by_clause(doc, name) or _part_of_one(name.value)
             or region.group(0).lower().startswith("khu") and (_one_province_after_area(t, name.start + region.end(), name.end)
                                                               or _side_of_one_province_told(doc, name))))
    if multi or under or _two_provinces(name.value):
        return False
    # units of a number of provinces named before it: "Công an 5 tỉnh Cụm thi đua số 7"
    # (not a numbered unit of one province, the venue before the name: "tại Thuế cơ sở 4 tỉnh A, Cụm thi đua số 2")
    counted = _RE_COUNTED_PROVINCES.search(t, max(0, name.start - 30), name.start)
    if counted is not None and ((one := _province_re().match(t, counted.end("k"))) is None
                                or _next_province_re().match(t, one.end()) is not None):
        return False
    # a ministry named before it as its parent: "Bộ Thông tin và Truyền thông (TT-TT) - Cụm thi đua số 8"
    if _RE_MINISTRY_BEFORE.search(t, max(0, name.start - 70), name.start):
        return False
    # a descriptor written after a numbered name: "Cụm thi đua số 4 Liên đoàn Lao động các tỉnh miền Trung"
    # (and one opened by "gồm": "Cụm thi đua số 8, gồm các tỉnh duyên hải")
    # (and one in apposition, _RE_DESCRIPTOR)
    if _descriptor_places_none(_descriptor_after(t, name.end)):
        return False
    after = t[name.end:name.end + 90]
    if _national_after(name.value, after):
        return False
    # (or the national body the name itself goes on to after a dash: "Khối thi đua các Chi nhánh phía Bắc - Ngân hàng Nhà
    # nước Việt Nam")
    dash = name.value.rfind(" - ")
    if dash > 0 and _RE_NATIONAL_PARENT.match(name.value[dash:]) is not None \
            and _national_after(name.value[:dash], name.value[dash:] + after):
        return False
    # the same cluster elsewhere with a national parent ("Cụm thi đua số 5, Bộ Công an")
    others = _other_mentions(t, name.value, low=doc.cues.lower)
    # (not a headline's, where the sentence stating the cluster places it in a province: "Cụm thi đua số 1 - Khối doanh
    # nghiệp Trung ương ..." over "Cụm thi đua số 1 tỉnh A tổ chức ...", the central enterprises based in A)
    heads = [(b.start, b.end) for b in doc.blocks if b.kind == "title"] if _placed_by_clause(doc, name) else []
    for end in others:
        if any(a <= end <= b for a, b in heads):
            continue
        if not t[end:end + 1].isalnum() and (_national_after(name.value, t[end:end + 90])
                                             or _descriptor_places_none(_descriptor_after(t, end))):
            return False
    # what the sentence stating the cluster says right after its name
    # the province written bare right after the name ("... Thành ủy Hà Nội"): the suffix the name left out
    # (a name starts with a letter, so only a match at the first character past the spaces can
    # follow the name with nothing else between: tried there, not searched along the window)
    lead = t[name.end:name.end + 40]
    q = name.end + len(lead) - len(lead.lstrip())
    # (or after its locative, which the name leaves out: "Khối thi đua các doanh nghiệp trên địa bàn Hải Phòng")
    loc = _RE_LOCATIVE.match(t, q, name.end + 40)
    if loc is not None:
        q = loc.end()
    bare = _province_re().match(t, q, name.end + 55) if q < name.end + 55 else None
    if bare and loc is not None and _RE_ANOTHER_PROVINCE.match(t, bare.end(), bare.end() + 40):
        bare = None  # "trên địa bàn Hà Nội, Bắc Ninh": a cluster of several provinces
    if bare and (loc is not None or not t[name.end:bare.start()].strip()):
        f = _province_in(t, bare.start(), bare.end())
        if f:
            d.scalars["meeting.province"] = f
            return True
    # (both patterns need one of their kind words: most names are followed by none; the place of a venue after the name,
    # "Cụm kinh tế tại Cung trí thức TP. Hà Nội", is where it met, not part of its name)
    m = (_RE_ADMIN_NAME.match(after.lstrip(" ,-(")) or cre.match(r"\s*(?:[,–-]\s*)?(?:trên địa bàn\s+(?:các\s+)?(?:huyện|quận|thị xã)(?:\s*(?:,|/|và)\s*(?:huyện|quận|thị xã|thị|thành phố))*\s+)?(?:của|trên địa bàn|thuộc)?\s*(?:(?:(?!\btại\b)[^,.;]){0,40}?\s)?(?:tỉnh|thành phố|TP\.?)\s+(\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,3})", after)) \
        if "tỉnh" in after or "thành phố" in after or "TP" in after else None
    if m:
        off = name.end + (len(after) - len(after.lstrip(" ,-("))) if m.re is _RE_ADMIN_NAME else name.end
        f = _province_in(t, off + m.start(1), off + m.end(1))
        # (a province before a merger, "Cụm thi đua số 4 (tỉnh A cũ)": the one in force when the article was written)
        on = _written_on(doc) if f and _RE_FORMER_AFTER.match(t, f.end) else None
        if on is not None:
            f = Found(_in_force(f.value, on), f.start, f.end)
        if f:
            d.scalars["meeting.province"] = f
            return True
    # (the locative further on in the clause: "Khối thi đua số 7 gồm các trường đại học, cao đẳng trên địa bàn tỉnh A")
    m = _RE_NAME_ON_GROUND.match(t, name.end, name.end + 120)
    if m:
        f = _province_in(t, m.start("p"), m.end("p"))
        if f:
            d.scalars["meeting.province"] = f
            return True
    # (a name closed by the area it serves, its districts written bare after "khu vực": "Cụm thi đua các trường THCS khu
    # vực A", A a district or city of one province; not a region, a compass side or a number, which the gazetteer knows as
    # no district)
    area = _RE_AREA_IN_NAME.search(name.value)
    if area is not None and _RE_AREA_OWNER.fullmatch(name.value, 0, area.start()) is not None:
        f = _province_of_area(doc, name.start + area.end(), name.end)
        if f:
            d.scalars["meeting.province"] = f
            return True
    # the same cluster named elsewhere with its province ("... tỉnh Cao Bằng")
    for end in others:
        tail = t[end:end + 160]
        m2 = cre.match(r"\s*(?:của\s+|trên địa bàn\s+|thuộc\s+)?(?:tỉnh|thành phố|TP\.?)\s+(\p{L}+(?:\s+\p{Lu}[\p{L}]*){0,3})", tail)
        if m2 and not cre.search(r"các\s+tỉnh", tail[:m2.start(1)], regex.I):
            f = _province_in(t, end + m2.start(1), end + m2.end(1))
            if f:
                d.scalars["meeting.province"] = f
                return True
    return True


# the area a cluster's name closes on: "khu vực" before a capitalised name
_RE_AREA_IN_NAME = regex.compile(r"\bkhu\s+vực\s+(?=(?-i:\p{Lu}))", regex.I)
# (the area the cluster's own: right after its head, or closing the kind of its members in the plural, "Cụm thi đua khu vực A",
# "Cụm thi đua các trường THCS khu vực A"; not the area of one unit named in it, a national body's office, "Cụm thi đua Chi
# cục Thuế khu vực A", whose members may lie in other provinces)
_RE_AREA_OWNER = regex.compile(r"(?:cụm|khối)(?:\s+thi\s+đua)?(?:\s+(?:số\s+)?(?:\d{1,2}|[IVX]{1,5}))?(?:\s+(?:các|những)\s+[^\n]+?)?\s+", regex.I)
_RE_AREA_GLUE = regex.compile(r"[\s,\-–]*(?:và\s+)?")


def _province_of_area(doc: Document, a: int, b: int) -> Found | None:
    """The province of the places written bare in text[a:b], the whole of it districts or cities (with only commas, dashes
    or "và" between them) that all lie in one province."""
    t = doc.text
    places = gazetteer.find_places(t[a:b], _moved_on(doc))
    if not places or any(p.kind != "district" or not p.province for p in places):
        return None
    at = a
    for p in places:
        if _RE_AREA_GLUE.fullmatch(t, at, a + p.start) is None:
            return None
        at = a + p.end
    if at != b or len({p.province for p in places}) != 1:
        return None
    now = _now(doc)
    return Found(now(places[0].province), a + places[0].start, a + places[0].end)


# the word that marks a place as it was before a merger: "(tỉnh A cũ)", "tỉnh B (cũ)"
_RE_FORMER_AFTER = regex.compile(r"\s*\(?\s*cũ(?!\p{L})", regex.I)


def _placed_by_clause(doc: Document, name: Found) -> bool:
    """The cluster's name is followed by a province with its kind word ("Cụm thi đua số 1 tỉnh A", "..., thành phố B"), or
    its clause places it on a province's ground ("gồm các doanh nghiệp Trung ương đóng trên địa bàn tỉnh A")."""
    t = doc.text
    after = t[name.end:name.end + 90]
    lead = len(after) - len(after.lstrip(" ,-("))
    m = _RE_ADMIN_NAME.match(after, lead) if "tỉnh" in after or "thành phố" in after or "TP" in after else None
    # (not a province in brackets, nor one holding a role of the cluster: "Cụm thi đua số 4 (tỉnh A là Cụm trưởng)",
    # "Cụm thi đua số 4, tỉnh A (Cụm trưởng năm 2023)", the chair of a cluster of several provinces)
    # (nor the first of several, "Cụm thi đua số 4 - tỉnh A, B, C", nor the host, "..., tỉnh A đăng cai tổ chức")
    if m is not None and "(" not in after[:lead] and lexicon.province_of(m.group(1)) is not None \
            and _RE_ROLE_AFTER.match(after, m.end()) is None and _RE_HOSTS.match(after, m.end()) is None \
            and not ("," in after[:lead] and _RE_CHAIRS_MEETING.match(after, m.end()) is not None):
        nxt = _RE_ANOTHER_PROVINCE.match(after, m.end())
        if nxt is None or _province_re().match(after, nxt.end() - 1) is None:
            return True
    if _under_provincial_parent(t, name.end):
        return True
    m = _RE_NAME_ON_GROUND.match(t, name.end, name.end + 120)
    # (one province: not the first of several, "trên địa bàn tỉnh A, B và C")
    nxt = _RE_ANOTHER_PROVINCE.match(t, m.end("p"), m.end("p") + 40) if m is not None else None
    return m is not None and lexicon.province_of(m.group("p")) is not None \
        and (nxt is None or _province_re().match(t, nxt.end() - 1, nxt.end() + 40) is None)


# the words that open a clause's own predicate after the cluster's name: where its parents' names end
_CLAUSE_OPENS = r"tổ chức|tại|đã|vừa|họp|ký|sơ kết|tổng kết"
# the cluster placed under one province's unit, its parent ("Cụm thi đua số 1 thuộc Cục Thuế tỉnh A", "... trực thuộc Công an
# thành phố B"): a capitalised unit's name, no clause word, comma or bracket before the province's kind word
# (not the place of the meeting or a venue, "thuộc Cục Thuế tổ chức hội nghị tại tỉnh A"; not several provinces, "thuộc Cục
# Thuế tỉnh A và tỉnh B", "Công an các tỉnh A, B")
# (nor a second party joined to the parent by a verb or a preposition, the province's unit its partner, host or chair: "thuộc
# Kho bạc Nhà nước phối hợp với / cùng / do Kho bạc Nhà nước tỉnh A ...", a cluster of the national system)
_RE_UNDER_PROVINCIAL_PARENT = regex.compile(
    r"\s*,?\s*(?:trực\s+)?thuộc\s+(?-i:\p{Lu})(?:(?!\b(?:" + _CLAUSE_OPENS + r"|ở|các|trên|phối hợp|với|cùng"
    r"|do|được|là|làm|gồm|đăng cai|chủ trì|khai mạc|diễn ra|năm)\b)[^,.;:()\n]){0,50}?"
    r"(?<=\s)(?:tỉnh|thành phố|TP\.?)\s*(?P<p>(?-i:\p{Lu})[\p{L}]*(?:\s+(?-i:\p{Lu})[\p{L}]*){0,3})", regex.I)
# (the rest of the parents' list, to the clause's verb or its end: "thuộc Cục A tỉnh B, Cục A tỉnh C tổ chức ...")
_RE_PARENTS_REST = regex.compile(r"[^.;:\n]{0,120}?(?=\b(?:" + _CLAUSE_OPENS + r")\b|[.;:\n]|$)", regex.I)


# (the rest of a cluster's mention after its name, its parent body, to the clause's verb: "Cụm thi đua các đơn vị khu vực
# phía Bắc, Công an tỉnh A tổ chức ...")
_RE_PARENT_RUN = regex.compile(r"[^.;:()\n]{0,60}?(?=\b(?:" + _CLAUSE_OPENS + r"|do|là|làm|gồm|với|cùng|được|trong|có|ở|đăng cai|chủ trì|khai mạc|diễn ra|năm)\b|[.;:()\n]|$)", regex.I)


_RE_ACTS_AFTER = regex.compile(r"(?:đăng cai|chủ trì|là|làm|được)\b", regex.I)


def _one_province_after_area(t: str, start: int, end: int) -> bool:
    """One province named after "khu vực phía ...", in the cluster's name or in the parent body written right after it:
    that province's side, not the country's ("Cụm thi đua các đơn vị khu vực phía Bắc, Công an tỉnh A", "Cụm thi đua các
    trường THPT khu vực phía Nam của Sở GD&ĐT B"; not "Cụm thi đua các bệnh viện khu vực phía Bắc tổ chức ... tại tỉnh C")."""
    run = _RE_PARENT_RUN.match(t, end, end + 80)
    # (a unit that hosts or chairs it is no parent: "Cụm thi đua các Đài PT-TH khu vực phía Nam, Đài PT-TH A đăng cai ...")
    if run is not None and _RE_ACTS_AFTER.match(t, run.end()) is not None:
        return False
    provs = {lexicon.province_of(o.group(0)) for o in _province_re().finditer(t, start, run.end() if run else end)}
    provs.discard(None)
    return len(provs) == 1


# the cluster described by what it holds, its units on one province's ground: "Cụm gồm 8 trường THPT trên địa bàn các huyện A,
# B, tỉnh C" (not the ground where the meeting took them, "... tổ chức hội nghị trên địa bàn tỉnh A")
_RE_CLUSTER_HOLDS = regex.compile(r"(?<!\p{L})(?:cụm|khối)(?:\s+thi\s+đua)?(?:\s+[^\s.;:]+){0,8}?\s+(?:bao\s+)?gồm(?!\p{L})"
                                  r"[^.;:\n]{0,160}?(?<!\p{L})(?:trên\s+địa\s+bàn|thuộc|của)(?!\p{L})", regex.I)
# a national parent told anywhere: the country's side, whatever ground its units are said to stand on
_RE_NATIONAL_PARENT_TOLD = regex.compile(r"(?<!\p{L})(?:trực\s+)?thuộc\s+(?:Bộ\s+\p{Lu}|ngành\s+\p{L}|Trung\s+ương(?!\p{L})|Chính\s+phủ(?!\p{L}))")


def _side_of_one_province_told(doc: Document, name: Found) -> bool:
    """A cluster named for "khu vực phía Bắc/Nam" alone, which the article describes elsewhere as holding the units of one
    province ("Cụm gồm 8 trường THPT trên địa bàn các huyện A, B, tỉnh C"), with no national parent named: that province's
    side, not the country's (the venue alone places no such cluster: "tại Bệnh viện Đa khoa tỉnh A, Cụm thi đua các bệnh
    viện khu vực phía Bắc ..." stays of several provinces)."""
    t = doc.text
    if "gồm" not in doc.cues.lower or _RE_NATIONAL_PARENT_TOLD.search(t) is not None:
        return False
    provs: set[str] = set()
    for s in doc.content_sentences():
        m = _RE_CLUSTER_HOLDS.search(t, s.start, s.end)
        if m is not None:
            provs |= {f.value for f in _provinces_named(doc, s) if f.start >= m.start()}
    return len(provs) == 1


def _under_provincial_parent(t: str, end: int) -> bool:
    """The name is followed by its parent, one province's unit (``_RE_UNDER_PROVINCIAL_PARENT``), and no other province's
    unit is named with it."""
    m = _RE_UNDER_PROVINCIAL_PARENT.match(t, end, end + 120)
    if m is None or (p := lexicon.province_of(m.group("p"))) is None:
        return False
    # (a province written bare inside the parents' names: "thuộc Cục Hải quan A và Cục Hải quan tỉnh B", two provinces' units)
    if any(lexicon.province_of(o.group(0)) not in (None, p) for o in _province_re().finditer(t, m.start(), m.start("p"))):
        return False
    rest = _RE_PARENTS_REST.match(t, m.end(), m.end() + 160)
    return rest is None or all(lexicon.province_of(o.group(0)) in (None, p)
                               for o in _province_re().finditer(t, m.end(), rest.end()))


# a cluster's role after a province ("(Cụm trưởng năm 2023)", "là Cụm trưởng", "- Trưởng khối")
_RE_ROLE_AFTER = regex.compile(r"\s*(?:[(,–-]\s*)?(?:(?:là|làm|giữ)\s+)?(?:đơn\s+vị\s+)?(?:(?:phó\s+)?(?:cụm|khối)\s+(?:trưởng|phó)"
                               r"|(?:trưởng|phó)\s+(?:cụm|khối))(?!\p{L})", regex.I)


# the province hosting the meeting of a cluster of several ("..., tỉnh A đăng cai tổ chức")
_RE_HOSTS = regex.compile(r"\s*(?:là\s+(?:đơn\s+vị\s+)?|đã\s+|vừa\s+)?đăng\s+cai\b", regex.I)
# (or that chairs it, after the comma: "Cụm thi đua Hội X miền Bắc, tỉnh A chủ trì, tổ chức hội nghị")
_RE_CHAIRS_MEETING = regex.compile(r"\s*(?:là\s+(?:đơn\s+vị\s+)?|đã\s+|vừa\s+)?chủ\s+trì\b", regex.I)


_RE_VENUE_BRACKET = regex.compile(r"[ \t]*\([^()\n]{2,40}\)")


def _from_venue_and_body(doc: Document, *, body: bool = True) -> None:
    """The province of the venue; else (``body``) the one province the article names for a provincial body."""
    d = doc.draft
    t = doc.text
    venue = d.scalars.get("meeting.venue")
    if venue:
        # (with the bracket the venue's value leaves out, which names its province or city: "tại phường A (Hà Nội)")
        br = _RE_VENUE_BRACKET.match(t, venue.end, min(len(t), venue.end + 50))
        if br is not None and cre.search(r"(?<!\p{L})cũ(?!\p{L})", br.group(0), regex.I):
            br = None  # (a province before a merger, "(tỉnh A cũ)": not the one the place is in now)
        found = [f for f in _places(doc, venue.start, br.end() if br is not None else venue.end) if _named(doc, f)]
        if len({f.value for f in found}) == 1:
            d.scalars["meeting.province"] = found[0]
            return
    if not body:
        return
    # a provincial body ("BĐBP tỉnh", "Bộ CHQS tỉnh") whose province the article names elsewhere
    # the lines above the headline are the site's header ("SỞ ... / TỈNH X"), not the article
    head_end = next((b.start for b in doc.blocks if b.kind == "title"), 0)
    # (each province by its name in force when the article was written: a former province recalled, "khu vực tỉnh A
    # cũ", is a part of the merged one the article names, not another province)
    on = _written_on(doc)
    now = (lambda v: _in_force(v, on)) if on is not None else (lambda v: v)
    # (not the province in the title of a guest: a person who attends or speaks, neither presiding nor the chair's
    # person, "Giám đốc Sở A tỉnh B ... dự hội nghị", belongs to a body of the province, not the cluster to it; unless
    # a member's name writes that province too, the guest's confirming it among the members' places)
    chair = d.roles.get("chair")
    head = chair.person.value if chair is not None and chair.person is not None else None
    guests = [(p.title.start, p.title.end) for p in d.people
              if p.title is not None and "presided" not in p.roles and p.name.value != head]
    in_members = {f.value for m in d.members for f in _places(doc, m.start, m.end) if _named(doc, f)} if guests else set()
    # (nor the page's date line, which may name its site, "Cổng Thông tin điện tử tỉnh A - 10/01/2026", or a line of the
    # site's name alone under the headline: the site is no source of the cluster's province)
    sites = {i for i, b in enumerate(doc.blocks) if site_line(doc.block_text(b))}
    for source in (_provinces_named, _provinces_implied):
        counts: Counter[str] = Counter()
        first: dict[str, Found] = {}
        for s in doc.content_sentences():
            if s.end <= head_end or s.block in sites:
                continue
            for f in source(doc, s):
                if f.value not in in_members and any(a <= f.start and f.end <= b for a, b in guests):
                    continue
                k = now(f.value)
                counts[k] += 1
                if k not in first or (first[k].value != k and f.value == k):
                    first[k] = f  # (the first mention, or the first by the name in force)
        if len(counts) == 1:
            (prov,) = counts
            f = first[prov]
            d.scalars["meeting.province"] = f if f.value == prov else Found(prov, f.start, f.end)
        if counts:
            return  # places of two provinces: none of them


def _written_on(doc: Document, guessed: bool = False) -> date | None:
    """When the article was written, as far as the page tells before the dates are resolved: the meeting's date
    with its year, else the page's date; ``guessed``: else the day the date extractor will give a date written without its
    year (for the commune tables of that day only: a guessed year maps no province to the one it merged into)."""
    d = doc.draft
    parts = d.scalars.get("meeting.date.parts")
    if parts is not None and parts.value[0] is not None:
        y, mo, day = parts.value
        try:
            return date(y, mo or 1, day or 1)
        except ValueError:
            pass
    pub = d.scalars.get("published")
    if pub is not None:
        try:
            return date.fromisoformat(str(pub.value)[:10])
        except ValueError:
            return None
    # (a date written without its year, "Ngày 20-12", and no page date: the year the date will be given, from the period
    # reviewed)
    if guessed and parts is not None and parts.value[1] is not None:
        from .meeting import infer_year
        y, (_y, mo, day) = infer_year(doc, parts.value[1]), parts.value
        if y is not None:
            try:
                return date(y, mo, day or 1)
            except ValueError:
                pass
    return None


def _in_force(province: str, on: date) -> str:
    try:
        return gazetteer.in_force(province, on)
    except ValueError:
        return province


# the district ends an address ("ở ấp A, xã B, huyện C"): where someone lives, not where the cluster is
_RE_ADDRESS_BEFORE = regex.compile(r"\b(?:xã|phường|thị trấn|ấp|thôn|khu phố|khóm|bản|tổ)\s+[^,;.()]{1,30},\s*$", regex.I)


@lru_cache(maxsize=None)
def _provincial_body_end():
    """A provincial body's name up to where a bare province would end it ("Sở Giáo dục và Đào tạo ")."""
    return regex.compile(r"(?<![\p{L}])" + trie_alternation(lexicon.words("provincial_bodies.txt"))
                         + r"(?:[ \-&,]+[\p{L}&\-]+){0,8}?[ \-]+$")


def _provinces_implied(doc: Document, s):
    """Where no province is written with its kind word: a bare province ending a provincial body's name
    ("Sở Tư pháp Long An"), and the provinces of districts written with their kind word ("Công an
    huyện A", "Q.B"); not one that is the object of an act."""
    t = doc.text
    acted_on = lambda a: _RE_ACT_ON_PLACE.search(t, max(s.start, a - 80), a) is not None \
        or t.find("tổ chức", max(s.start, a - 80), a) >= 0 and _RE_PLANNED_AT.search(t, max(s.start, a - 140), a) is not None
    for p in _sentence_places(doc, s):
        if not p.province:
            continue
        f = Found(p.province, s.start + p.start, s.start + p.end)
        if acted_on(f.start):
            continue
        if p.kind == "district" and _prefixed(doc, f) and not _RE_ADDRESS_BEFORE.search(t, max(s.start, f.start - 60), f.start):
            yield f
        elif p.kind == "province" and not _prefixed(doc, f) and \
                _provincial_body_end().search(t, max(s.start, f.start - 70), f.start):
            yield f
    # (a district named by its Party committee, the body's word its kind: "Huyện ủy A" of huyện A, "Thị ủy B" of thị xã B,
    # "Thành ủy C" of thành phố C)
    if "ủy" in t[s.start:s.end] or "uỷ" in t[s.start:s.end]:
        for m in _RE_DISTRICT_BODY.finditer(t, s.start, s.end):
            kind = _DISTRICT_BODY_KINDS[m.group("level")]
            p = next(iter(gazetteer.find_places(kind + " " + t[m.end():min(s.end, m.end() + 40)], _moved_on(doc))), None)
            if p is not None and p.start == 0 and p.kind == "district" and p.province and not acted_on(m.start()):
                yield Found(p.province, m.start(), m.end() + p.end - len(kind) - 1)


# a district's Party committee before the district's name, its level the district's kind
_DISTRICT_BODY_KINDS = {"Huyện": "huyện", "Quận": "quận", "Thị": "thị xã", "Thành": "thành phố"}
_RE_DISTRICT_BODY = regex.compile(r"(?<!\p{L})(?P<level>Huyện|Quận|Thị|Thành)\s+(?:ủy|uỷ)\s+(?=\p{Lu})")


def name_of_the_day(doc: Document) -> None:
    """A province named by a name that came into force after the meeting (or the page's date) is the one it
    replaced: a 2022 meeting "tại thành phố Huế" was in Thừa Thiên Huế (record.md: the name in force)."""
    d = doc.draft
    f = d.scalars.get("meeting.province")
    when = d.scalars.get("meeting.date") or d.scalars.get("published")
    if f is None or when is None:
        return
    y, m, *rest = (int(x) for x in str(when.value).split("-"))
    name = gazetteer.not_yet(f.value, date(y, m, rest[0] if rest else 1))
    # (and one that had ended before the year the meeting reviews is the one it joined, by the name in force when it was
    # held: "Trường Cao đẳng Cộng đồng Hà Tây" at a meeting of 2024 is in Hà Nội; a name ended in the months before, "tỉnh
    # Hậu Giang" late in 2025, may still be the bodies' own, as the article wrote it)
    held = d.scalars.get("meeting.date")
    if name == f.value and held is not None and held is when and rest and gazetteer.ended(f.value, date(y - 1, 1, 1)) != f.value:
        name = gazetteer.in_force(f.value, date(y, m, rest[0]))
    if name != f.value:
        d.scalars["meeting.province"] = Found(name, f.start, f.end)
