"""The cluster or bloc: name, kind, number, stated member count, member list, chair and vice-chair."""
from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache
from typing import NamedTuple

import regex

from .. import cues, gazetteer, lexicon, linetable
from ..document import Document, Found, UnitRoleDraft
from ..normalize import fold
from ..patterns import RE_YEAR, cre, SAME_DAY, TO_CHUC, alternation, finditer, search, trie_alternation
from .people import title_after
from .recall import recalls_another_meeting
from .units import (FLAG_WITH_DUTY, MASK, MILITARY_MINISTRIES, MILITARY_PARENTS, NOT_PLACE_ABBREVIATION, ROLE_NOTE_WORDS, ROLE_WORDS, TAI_ENDS_UNIT, ends_cut, ends_at_cut_word, word_cut_inside, is_guest_note, military_rank, past_person,
                    positions_alt, role_note, role_of_note, shadow, starts_with_unit_head, unit_after, unit_before, unit_head_ci_re)

_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10,
          "XI": 11, "XII": 12, "XIII": 13, "XIV": 14, "XV": 15, "XVI": 16, "XVII": 17, "XVIII": 18, "XIX": 19, "XX": 20}


@lru_cache(maxsize=None)
def _unit_nouns() -> str:
    return trie_alternation(lexicon.words("unit_nouns.txt"))


@lru_cache(maxsize=None)
def _provinces_alt() -> str:
    names = set(lexicon.provinces().values())
    return alternation(names)


@lru_cache(maxsize=None)
def _central_cities_alt() -> str:
    """The centrally-run cities (before 2025: Hà Nội, Hồ Chí Minh, Hải Phòng, Đà Nẵng, Cần Thơ): "các quận, huyện, thành phố Cần
    Thơ" is the districts of that city, while "các huyện, thành phố Cà Mau" lists the province's city among its kinds."""
    return alternation(gazetteer.central_cities())


def _names_central_city(doc: Document) -> bool:
    """The text names a centrally-run city (its districts are "các huyện thành phố")."""
    return doc.memo("cluster.central_city", lambda: cre.search(r"(?<!\p{L})(?:" + _central_cities_alt() + r")(?!\p{L})", doc.text) is not None)


# unions and associations counted as members after "có" or "gồm" only ("Cụm có 14 công đoàn cơ sở thành viên"; elsewhere
# "Cụm thi đua 2 Công đoàn" names the cluster): see _count_res
# (a Party bloc's grassroots bodies: "gồm 12 chi bộ", "14 chi, đảng bộ", "11 tổ chức cơ sở đảng"; as often the Party cells of
# the members or of a Party committee, "Các đơn vị trong Khối có 12 chi bộ", "Đảng bộ Khối có 48 tổ chức cơ sở đảng", "thành
# lập 2 chi bộ thuộc Khối": members only where the cluster itself counts them, see _count_res)
_PARTY_BODY_WORDS = ("chi bộ", "đảng bộ", "chi, đảng bộ", "tổ chức cơ sở đảng")
_MEMBER_BODY_WORDS = ("công đoàn", "hội nông dân", "hội cựu chiến binh", "hội liên hiệp phụ nữ", "hội phụ nữ", "liên đoàn lao động",
                      "đoàn thanh niên", "cơ sở đoàn", "đoàn cơ sở", "chi đoàn", "đảng bộ cơ sở",
                      # (a front's committees: "7 Ủy ban MTTQ cấp xã")
                      "ủy ban mttq", "uỷ ban mttq", *_PARTY_BODY_WORDS)
_MEMBER_BODIES = alternation(_MEMBER_BODY_WORDS)
# a character of the words after a cluster's head before its count that does not open the Party committee of a bloc ("Khối thi đua
# số 4 (Đảng bộ Khối doanh nghiệp gồm 16 chi bộ)": the committee's bodies, not the bloc's members)
_NO_PARTY_OF_CLUSTER = r"(?:(?!\b(?:đảng bộ|đảng ủy|đảng uỷ)\s+(?:cụm|khối)\b)[^.;:\n])"
_MEMBER_BODIES_NOT_PARTY = alternation(w for w in _MEMBER_BODY_WORDS if w not in _PARTY_BODY_WORDS)
_PARTY_BODIES = alternation(_PARTY_BODY_WORDS)
# unit nouns of unit_nouns.txt that name the local level as such as often as a member ("các địa phương"): after "Cụm có N",
# read as a member only where the clause says so, as those bodies are ("Cụm có 4 địa phương về đích ..." counts those that
# reached the standard)
_LOOSE_UNIT_NOUNS = alternation(("địa phương",))
# ("tổ chức thành viên" only for the count the cluster itself has, "Cụm ... với 9 tổ chức thành viên": no unit noun elsewhere)
_V_UNIT_NOUNS = cues.vocabulary("unit_nouns", lambda: (*lexicon.words("unit_nouns.txt"), *_MEMBER_BODY_WORDS, "hội", "tổ chức thành viên"))


#: the words that head a cluster's name ("cụm", "khối"), as a cue vocabulary: _RE_MENTION starts at one
#: (and their abbreviations "CTĐ", "KTĐ": Cụm / Khối thi đua; "TĐ" for "thi đua" after the head: "Cụm TĐ số 8")
HEAD_WORDS = cues.vocabulary("cluster.heads", lambda: ("cụm", "khối", "ctđ", "ktđ"))
_RE_MENTION = regex.compile(
    r"(?<![\p{L}])(?P<head>cụm|khối|(?<![-/–])(?-i:CTĐ|KTĐ)(?![\p{L}/-]))(?P<td>\s+(?:thi\s+đua|(?-i:TĐ)(?![\p{L}\d&/-]))(?:\s*[,–-]\s*khen\s+thưởng(?=\s+\p{L}))?)?(?!\s+(?:trưởng|phó)\b)(?=[\s,.;:)]|$)", regex.I
)
def _clause_verbs() -> str:
    """The clause verbs, in lower case, and with a capital first letter where they are two words or more
    ("Tiếp tục": a one-word verb capitalised may open a place's name, "Cần Thơ")."""
    ws = lexicon.words("clause_verbs.txt")
    return alternation([*ws, *(w[:1].upper() + w[1:] for w in ws if " " in w)])


# (one short word, or capitals joined by bare commas, "(VH,TT&DL)", or by commas and spaces where a field's "và" is
# written "&", "(VH, TT&DL)"; not a list of names "(Huế, Vinh)" nor of units "(STC, KBNN, CT)")
# (an abbreviation of a name joined by "và" too: "(NN và PTNT)")
_ABBR = (r"(?:(?-i:\p{Lu}[\p{Lu}&]{1,9}(?:,\p{Lu}[\p{Lu}&]{1,9}){1,3})|(?-i:(?=[^()]{0,30}&)\p{Lu}[\p{Lu}&]{1,9}(?:,[ ]\p{Lu}[\p{Lu}&]{1,9}){1,3})"
         r"|(?-i:\p{Lu}[\p{Lu}&]{0,9}[ ]và[ ]\p{Lu}[\p{Lu}&]{1,9})|\p{Lu}[\p{Lu}&]{0,9})")
# words that end a cluster name read forwards
_RE_NAME_STOP = regex.compile(
    # (or the part of a year after it: "Khối các tỉnh miền núi phía Bắc 6 tháng đầu năm ..."; or the meeting's date: "... của
    # Khối thi đua A ngày 9/1/2024")
    r"\s+(?-i:(?:đã|vừa|đang|sẽ|cũng)\b|" + TO_CHUC + r"|diễn ra|sơ kết|tổng kết|ký kết|ký|có(?!\s+(?:vốn|tính\s+chất)\b)|gồm|bao gồm|do(?<!\bvốn\s+do)(?!\s+Đảng(?:,|\s+và)\s+Nhà\s+nước\s+giao\b)|là|làm|năm\s+(?:học\s+)?\d+|ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}|"
    r"(?:0?6|0?9|sáu|chín)\s+tháng\b|quý\s+(?:I{1,3}|IV|[1-4])\b|"
    # ("từ thiện", charity, is one word, no "from": "Khối các Hội xã hội - từ thiện"; the bodies the Party and the State
    # gave a task are named for it after "do" or "được": "Khối các Hội quần chúng được Đảng, Nhà nước giao nhiệm vụ")
    # (units named by their field stay in the name: "Khối các cơ quan, đơn vị hoạt động trong lĩnh vực giao thông thủy";
    # or by their capital: "Khối thi đua các doanh nghiệp có vốn nhà nước")
    # (or by the sectors of the economy they come from: "Khối thi đua doanh nghiệp thuộc các thành phần kinh tế")
    # (or by the district or city their communes or wards lie in: "Cụm thi đua các xã thuộc huyện A", "... các phường thuộc TP. B";
    # a province after it is its suffix, cut below)
    r"trong(?!\s+lĩnh\s+vực)|(?:trực\s+)?thuộc(?!\s+(?i:trung\s+ương)\b)(?!\s+(?:huyện|quận|thị\s+xã|thành\s+phố|TP\.|TP\s)\s*(?-i:\p{Lu}))(?!\s*(?:,|và\s+(?-i:\p{Ll})))(?!\s+(?:các|mọi)\s+thành\s+phần\s+kinh\s+tế\b)|tại|từ(?!\s+thiện\b)|phát động|triển khai|đăng cai|với|cùng|cho|được(?!\s+Đảng(?:,|\s+và)\s+Nhà\s+nước\s+giao\b)|luôn|đạt|nhằm|để|đến|về dự|về tham dự|này|đó|"
    r"thực hiện|dự kiến|giữ|tiến hành|hoạt động(?!\s+(?:trong\s+lĩnh\s+vực|có\s+tính\s+chất)\b)|chia sẻ|thảo luận|họp|nhận|đề nghị|và phương hướng|lần thứ|giai đoạn|chủ trì|"
    # (a time after a bare head: "báo cáo hoạt động của cụm thời gian qua")
    r"(?:được\s+)?thành lập|theo|thời gian)\b"
    r"|\s+(?-i:" + _clause_verbs() + r")(?!\p{L})"
    # (not the grade a name carries, "Khối thi đua các bệnh viện xếp hạng I", "... xếp hạng đặc biệt": the ranking verb only
    # before what it ranks)
    r"(?!(?<=xếp\s+(?:hạng|loại))\s+(?:[IVX]{1,4}|[1-4]|[A-D]|đặc\s+biệt)(?!\p{L}))"
    # (the ranking verb before the unit it ranks, "Cụm xếp Trường A thứ nhất"; not a trade's word in the descriptor, "các
    # doanh nghiệp xếp dỡ", "các đơn vị bốc xếp, kho vận")
    r"|\s+(?-i:xếp)\s+(?=(?-i:\p{Lu}))"
    # (another cluster's head: "Khối Dân vận huyện A Cụm thi đua số 2", the bloc owning the hall, then the cluster)
    r"|\s+(?=(?-i:Cụm|Khối)\s+thi\s+đua\b)"
    # (a place's kind word closing the units' description, a predicate after it: "Khối Mặt trận và các đoàn thể tỉnh
    # ngày càng phát triển"; not "các huyện miền núi", nor "tỉnh ủy")
    r"|(?<=(?<!\b(?:các|\d+|cấp|tuyến)\s)(?<=\p{Ll}\s)tỉnh)\s+(?=(?-i:\p{Ll}))"
    r"(?!(?:và|thành phố|huyện|thị xã|ủy|uỷ|đoàn|hội|miền|vùng|khu|biên|phía|ven|trực|thuộc|nhà|mới|cũ|trung|đồng|duyên|tây|đông|nam|bắc|lĩnh|ngành|khối|cấp|quản|về)\b)"
    # (the bracket before its lookbehind: a lookbehind tried at every character is the cost of a scan)
    # (not the full stop of a city's abbreviation in a region joined by a dash: "các tỉnh Tây Nguyên - TP. Hồ Chí Minh")
    # (an abbreviation in brackets stays, its parts joined by commas too: "(VH,TT&DL)")
    # (nor the dot inside "T.Ư", the centre: "Khối thi đua các cơ quan T.Ư quản lý nhà nước ...")
    r"|[;:!?\n\"“”]|\.(?<![-–]\s{0,2}(?-i:TP|Tp)\.)" + NOT_PLACE_ABBREVIATION + r"(?!(?<=(?<!\p{L})(?-i:TP|Tp)\.)\s?(?-i:HCM)(?!\p{L}))(?!(?<=(?<!\p{L})(?-i:T)\.)(?-i:Ư)(?!\p{L}))|\)(?<!\(" + _ABBR + r"\))|\s*-\s*(?=(?:Bộ|BĐBP|Quân khu|Tổng cục|Tập đoàn|UBND|Ủy ban)\b)|\((?!" + _ABBR + r"\))",
    regex.I,
)


# (the head and descriptor come first: "Khối thi đua X Công an tỉnh"; not "Khối thi đua Công an tỉnh", the force itself)
_RE_PARENT_FORCE_END = regex.compile(
    r"(?:\s*[-–]\s*|\s+)(?-i:Công an|Bộ Chỉ huy Quân sự|Bộ CHQS|Viện kiểm sát nhân dân|VKSND|Tòa án nhân dân|TAND)"
    r"\s+(?:tỉnh|thành phố|TP\.?)(?:\s+(?-i:\p{Lu})[\p{L}\s.-]*)?$", regex.I)


@lru_cache(maxsize=None)
def _kind_forms_alt() -> str:
    """The written forms of a province that open with its kind's abbreviation ("TP.HCM", "TP HCM"), spaces read loosely."""
    forms = [k for k in lexicon.provinces() if k.lower().startswith("tp")]
    return "|".join(r"\s*".join(regex.escape(w) for w in f.replace(".", ". ").split()) for f in sorted(forms, key=len, reverse=True)) or "(?!)"


@lru_cache(maxsize=None)
def _province_suffix_re():
    # "tuyến tỉnh", "cấp tỉnh" (provincial level) belong to the name: only the province after them goes
    # the province named after its party committee ("Thành ủy Hà Nội", "Tỉnh ủy Nghệ An") goes too
    return regex.compile(
        r"(?<=\b(?:tuyến|cấp)\s+(?:tỉnh|thành phố))\s+(?:" + _provinces_alt() + r")\b.*$"
        r"|(?<=\b(?:Tỉnh ủy|Thành ủy))\s+(?:" + _provinces_alt() + r")\b.*$"
        # (the last of the kinds of places listed after a comma keeps its kind: "các huyện, thành phố Cà Mau" is the districts
        # and the city of Cà Mau; not a centrally-run city, "các quận, huyện, thành phố Cần Thơ" is that city's districts)
        r"|(?<=\b(?:huyện|thị xã|quận),\s*(?:thành phố|TP\.?))\s+(?!(?:" + _central_cities_alt() + r")\b)(?:" + _provinces_alt() + r")\b.*$"
        # (not the last of the kinds of places listed: "các huyện, thị xã và thành phố Huế")
        # (nor a city a dash joins to a region: "các tỉnh Tây Nguyên - TP. Hồ Chí Minh")
        # (nor the place a people's committee is named for: "các xã, phường thuộc UBND TP. Thanh Hóa")
        # (nor a province's city named like it after "thuộc": "các phường thuộc TP. Yên Bái" is that city's wards; a
        # centrally-run city after it is the suffix, "các phường thuộc TP. Hà Nội", and so is one that became so, "các sở, ngành
        # thuộc thành phố Huế")
        r"|(?<!\b(?:tuyến|cấp|và|UBND|nhân dân|thuộc))(?!\s+thuộc\s+(?:thành phố\s+|TP\.\s*|TP\s+)(?:" + alternation(gazetteer.cities_named_like_their_province()) + r")\b)(?!(?<=\b(?:huyện|thị xã|quận),)\s*(?:thành phố|TP\.?)\s+(?!(?:" + _central_cities_alt() + r")\b)(?:" + _provinces_alt() + r")\b)(?!(?<=[-–])\s+TP\.?\s)\s+(?:của\s+|trên địa bàn\s+|thuộc\s+)?(?:tỉnh|thành phố|TP\.?)\s+(?:" + _provinces_alt() + r")\b.*$"
        # the locative "(đóng) trên địa bàn tỉnh X" places the cluster, whatever X's name, or with none ("trên địa bàn tỉnh", and
        # before the comma that ends the name ahead of its verb: "..., Trưởng Khối thi đua A trên địa bàn tỉnh, tổ chức")
        # (a district's locative only bare, "trên địa bàn huyện": a named district is part of the name)
        # (or the kinds of district listed bare: "trên địa bàn huyện, thị xã, thành phố")
        r"|\s+(?:đóng(?:\s+chân)?\s+)?trên địa bàn\s+(?:(?:tỉnh|thành phố|TP\.?)(?:\s+(?-i:\p{Lu}).*|\s*,)?|(?:các\s+)?(?:huyện|quận|thị xã)(?:\s*(?:,|/|và)\s*(?:huyện|quận|thị xã|thị|thành phố))*\s*)$"
        # (and a province named bare after it: "trên địa bàn Hải Phòng", or in a form carrying its kind: "trên địa bàn TP.HCM")
        r"|\s+(?:đóng(?:\s+chân)?\s+)?trên địa bàn\s+(?:" + _provinces_alt() + r"|" + _kind_forms_alt() + r")\s*$"
        # (or the locative's verb left alone where the name was cut before its place: "... Trung ương đóng chân")
        r"|\s+đóng\s+chân\s*$"
        # (a province's written form that carries its kind, "TP.HCM", "TP HCM": provinces.txt)
        r"|\s+(?:" + _kind_forms_alt() + r")\s*$",
        regex.I | regex.S,
    )


@lru_cache(maxsize=None)
def _number_re():
    # "số 17", "07" (not "07 tỉnh", a count, unless a province name follows the noun)
    # a sector word may stand before the number ("Cụm thi đua khuyến học số 4")
    # ("Cụm thi đua 1 ngành Tuyên giáo": one is no count)
    return regex.compile(r"\s+(?:(?-i:\p{Ll}+)\s+){0,2}?số\s+(\d{1,3})(?!\d)|\s+(\d{1,3})(?!\d)(?![.,]\d)(?<!\s0?1)(?!\s*(?:" + _unit_nouns() + r")\b(?!\s+(?:"
                         + _provinces_alt() + r")\b))|\s+(0?1)(?!\d)(?![.,]\d)", regex.I)


def _kind_of(head: str) -> str:
    """The record's kind for a cluster's head word: "cum" for Cụm (and its abbreviation CTĐ), else "khoi"."""
    return "cum" if head.lower() in ("cụm", "ctđ") else "khoi"


class ClusterMention:
    def __init__(self, start, end, kind, number, number_span, qualified):
        self.start, self.end, self.kind, self.number, self.number_span, self.qualified = start, end, kind, number, number_span, qualified
        self.after_role = False  # written after a role word ("trưởng khối thi đua các huyện")


# what the members have in common, written after a dash: "Cụm I - Các doanh nghiệp ...", "Cụm thi đua số 9 - Ngành Y tế"
# ("Cụm II - 6 tỉnh miền núi": a count of its members' kind too)
# ("Khối thi đua 1 - Khối Giáo dục nghề nghiệp": the bloc's own name for its field)
# (and the cluster's other name: "Khối 8 - Khối thi đua cơ sở giáo dục đại học", "khối 4 - cụm 2 - Các đơn vị ...")
# (a kind of unit across places: "Cụm thi đua số VI - Sở Công Thương các tỉnh Bắc Trung Bộ", "- Công an các huyện")
# (a region, not a province: "Cụm thi đua số 8 - Bắc Sông Hậu", "Cụm 2 - Tây Nguyên"; see _region_descriptor)
_RE_DESCRIPTOR = regex.compile(r"\s*[-–]\s*(?=(?:các|ngành|lĩnh vực|\d{1,2}\s+(?:tỉnh|thành phố|huyện|đơn vị|sở|trường|doanh nghiệp))\b"
                               r"|(?:khối|cụm)\s+(?:thi\s+đua\s+\p{L}|\d{1,2}\s*[-–]\s*\p{L}|(?-i:\p{Lu}))"
                               r"|(?-i:\p{Lu})[\p{L}&]*(?:\s+[\p{L}&]+){0,4}?\s+các\s+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường"
                               r"|đơn vị|trường|sở|ngành|cơ quan|doanh nghiệp)\b"
                               r"|(?P<region>(?-i:(?:Bắc|Nam|Đông|Tây|Miền|Vùng|Khu vực|Duyên hải|Đồng bằng)"
                               r"(?:\s+(?:\p{Lu}\p{Ll}*|sông|bằng|núi|biển|phía|và(?=\s+\p{Lu}))){1,7}))(?![\p{L}\d])(?!\s*[-–,]\s*\p{Lu}))", regex.I)


def _descriptor_at(doc: Document, end: int, lim: int) -> int:
    """The end of the descriptor written after a dash at ``end``, or ``end`` when none is there; a
    region's name is one only when it is no province or district ("Cụm 2 - Bắc Giang" names its place,
    "Cụm 2 - Bắc Giang - Bắc Ninh" its places)."""
    desc = _RE_DESCRIPTOR.match(doc.text, end, lim)
    if not desc:
        return end
    if desc.group("region") is None:
        return _descriptor_end(doc, desc.end(), lim)
    # a region is its capitalised words alone ("Bắc Sông Hậu của Liên hiệp các Hội": not the body after it)
    return end if gazetteer.is_place(desc.group("region")) else desc.end("region")


_RE_NUMBER_THEN_PARENT = regex.compile(r"(?<=\s)số\s+(\d{1,3})(?!\d)\s*,?\s+(?=(?-i:\p{Lu}))", regex.I)


def _read_mention(doc: Document, m, lim: int) -> ClusterMention | None:
    t = doc.text
    kind = _kind_of(m.group("head"))
    pos = m.end()
    # a number: "số 17", "07" (not "07 tỉnh", a count), roman "I"
    num = _number_re().match(t[pos:lim])
    if num:
        end = pos + num.end()
        g = 1 if num.group(1) else (2 if num.group(2) else 3)
        number, nspan = int(num.group(g)), (pos + num.start(g), pos + num.end(g))
        # a descriptor the cluster carries after a dash: "Cụm I - Các doanh nghiệp ..."
        end = _descriptor_at(doc, end, lim)
        return ClusterMention(m.start(), end, kind, number, nspan, True)
    rom = cre.match(r"\s+(?:số\s+)?([IVX]{1,5})(?![\p{L}\d])", t[pos:lim])
    if rom and rom.group(1) in _ROMAN:
        end = pos + rom.end()
        number, nspan = _ROMAN[rom.group(1)], (pos + rom.start(1), pos + rom.end(1))
        end = _descriptor_at(doc, end, lim)
        return ClusterMention(m.start(), end, kind, number, nspan, True)
    end = _descriptor_end(doc, pos, lim)
    desc = t[pos:end].strip()
    # a descriptor opens with a content word: "khối như: ...", "cụm trong năm" name no cluster
    # (nor with an adverb of its verb: "Khối không ngừng thi đua ...", "Cụm luôn ...")
    # (nor with an event's noun: "tổng kết thi đua Cụm hội nghị chúng ta thống nhất", a run-on sentence)
    # (the provinces it is "of", counted: "Cụm thi đua của 7 tỉnh miền Đông Nam Bộ", a name)
    qualified = bool(desc) and not cre.match(r"(?:(?:19|20)\d{2}|thi đua|này|đó|trên|của(?!\s+(?:\d{1,2}|các)\s+(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã)(?!\p{L}))|ở|như|nêu|trong|và|với|đối(?!\s+ngoại)|theo|về|để|đều|cũng|thì|mà|đã|là|năm|còn"
                                             r"|hội nghị|hội thảo|buổi|cuộc|lễ|phiên"
                                             r"|(?-i:không|chưa|luôn|vẫn|đang|sẽ|cần|phải|nên|càng|ngày càng)|các\s*$"
                                             # (nor with a verb or a clause's opening word: "Khối vào cuộc ...", "Cụm bước vào năm
                                             # mới", "Cụm ra quân ...", "Cụm nhìn chung ...", "Cụm dù khó khăn ...")
                                             r"|(?-i:vào|bước|ra|nhìn|dù|tuy|mặc dù))(?!\p{L})|\W", desc, regex.I)
    if not qualified:
        return ClusterMention(m.start(), m.end(), kind, None, None, False)
    # a numbered name ends at its number: the parent body after it is no part of it ("Cụm thi đua Công an cấp xã số 5, Công an
    # huyện A", "Cụm thi đua Ban CHQS cấp xã số 2 Ban CHQS huyện B")
    if "số" in desc and (nb := _RE_NUMBER_THEN_PARENT.search(t, pos, end)) is not None and starts_with_unit_head(t[nb.end():end]):
        end = nb.end(1)
    # a descriptor that ends with its number ("Khối thi đua các tổ chức xã hội II", "Khối các sở 1")
    # (not a grade or a class the units share, "Cụm thi đua các bệnh viện hạng I", "Khối các đô thị loại II", "các trường cấp III")
    tail = cre.search(r"(?<=\s)(?<!(?<!\p{L})(?:hạng|loại|cấp)\s+)(?:(?P<rom>[IVX]{1,5})|(?P<num>\d{1,2}))$", t[pos:end])
    if tail and (tail.group("num") or tail.group("rom") in _ROMAN):
        n = int(tail.group("num")) if tail.group("num") else _ROMAN[tail.group("rom")]
        return ClusterMention(m.start(), end, kind, n, (pos + tail.start(), pos + tail.end()), True)
    return ClusterMention(m.start(), end, kind, None, None, True)


# two abbreviations a comma joins inside a name: "KCN, KKT", "KH&CN, TT"
_RE_ABBR_COMMA = regex.compile(r"(?<![\p{L}&])\p{Lu}[\p{Lu}&]{1,6},\s?\p{Lu}[\p{Lu}&]{1,6}(?![\p{L}&])")


_RE_ABBR_BRACKET_END = regex.compile(r"\(\p{Lu}[\p{Lu}&]{1,6}\)$")
_RE_ABBR_BRACKET_NEXT = regex.compile(r"\s*(?-i:\p{Ll}+)(?:\s+\p{L}+){0,5}\s+\(\p{Lu}[\p{Lu}&]{1,6}\)")
# ("các đơn vị trực thuộc Bộ trưởng": the units answering to the minister himself)
# (or a party committee: "Cụm thi đua I - Các cơ quan ban Đảng trực thuộc Tỉnh ủy")
# (or the province's or a district's people's committee: "các đơn vị trực thuộc UBND tỉnh")
# (or the departments and sectors of a field: "các đơn vị trực thuộc Sở, ngành Văn hóa - Xã hội", its comma masked)
# (or a board: "Khối thi đua các học viện, nhà trường thuộc Ban X")
# (or a corporation, a group, the Confederation of Labour: "các đơn vị trực thuộc Tổng công ty X", "các Công đoàn trực thuộc
# Tổng Liên đoàn")
_RE_UNDER_BODY = regex.compile(r"\s+(?:trực\s+)?thuộc\s+(?=(?:Bộ|Tổng cục|Ủy ban|UBND|Ban|Sở" + MASK + r"*|Tổng công ty|Tập đoàn)\s+\p{Lu}|Tổng\s+Liên\s+đoàn\b|(?:UBND|Ủy ban nhân dân)\s+(?:tỉnh|thành phố|huyện|quận|thị xã)\b|Bộ\s+trưởng\b|(?:Tỉnh|Thành|Huyện|Quận|Đảng)\s*[uủ]y\b)")

_RE_UNDER_COMPANY = regex.compile(r"Tổng công ty|Tập đoàn|Tổng\s+Liên\s+đoàn")

# the kinds of unit a bloc's name may list bare, in lower case ("Khối thi đua phòng, ban, đơn vị trực thuộc Sở")
_UNIT_KINDS = r"(?-i:phòng|ban|đơn vị|ngành|sở|cơ quan|trường|đoàn thể|hội|chi cục|trung tâm)"


# the kinds of local government a cluster's name may list bare ("Cụm thi đua quận, huyện")
_LOCAL_KINDS = r"(?:quận|huyện|xã|phường|thị xã|thị trấn|thành phố)"


@lru_cache(maxsize=None)
def _unit_class_re():
    return regex.compile(r"\s*các\s+(?:" + _unit_nouns() + r"|tổ chức|cơ quan|doanh nghiệp|hội|đoàn thể)\b", regex.I)


def _same_class_again(sh: str, a: int, c: int, end: int) -> bool:
    """The descriptor opens with "các <class>" and the part after the comma at ``c`` with the same class."""
    m = _unit_class_re().match(sh, a, c)
    if m is None:
        return False
    cls = sh[m.start():m.end()].split(None, 1)[1].lower()
    nxt = sh[c + 1:end].lstrip()
    # (the class in lower case: "Sở Tài chính" after it is a unit, not the class again)
    return nxt[:1].islower() and nxt.lower().startswith(cls + " ")


_RE_CAPITALISED_WORDS = regex.compile(r"\s*((?-i:\p{Lu})\p{L}*(?:\s+(?-i:\p{Lu})\p{L}*){0,3})")


def _city_at(t: str, a: int, lim: int) -> bool:
    """A place the gazetteer knows opens at ``a`` (its first one to four capitalised words)."""
    m = _RE_CAPITALISED_WORDS.match(t, a, lim)
    if m is None:
        return False
    words = m.group(1).split()
    return any(gazetteer.is_place(" ".join(words[:k])) for k in range(len(words), 0, -1))


def _name_stop(doc: Document, a: int, lim: int):
    """The first _RE_NAME_STOP in [a, lim), past the full stop of a city's "TP." before the city's name ("Khối thi đua các
    phường TP. Vinh", "... TP.Hồ Chí Minh"; "thuộc UBND TP. Tham dự ..." ends there)."""
    t, sh = doc.text, shadow(doc)
    stop = search(_RE_NAME_STOP, sh, a, lim)
    while stop is not None and sh[stop.start():stop.end()] == "." and sh[max(a, stop.start() - 3):stop.start()].lstrip() in ("TP", "Tp") \
            and _city_at(t, stop.end(), lim):
        stop = search(_RE_NAME_STOP, sh, stop.end(), lim)
    return stop


# a cluster's role or a team of it after the comma, no second field of the name: "Khối thi đua A, Trưởng khối do Sở B đảm
# nhiệm", "..., Đoàn kiểm tra do Sở C chủ trì", "..., Tổ công tác do ..."
_RE_ROLE_OR_TEAM = regex.compile(r"(?:" + ROLE_NOTE_WORDS + r")\b|(?:đoàn|tổ|ban|nhóm)\s+(?:công\s+tác|giúp\s+việc|thư\s+ký|chỉ\s+đạo|"
                                 r"kiểm\s+tra|giám\s+sát|chấm\s+điểm|khảo\s+sát|thẩm\s+định)\b", regex.I)


def _descriptor_end(doc: Document, a: int, lim: int) -> int:
    t, sh = doc.text, shadow(doc)
    stop = _name_stop(doc, a, lim)
    # a class of units named with the body they belong to: "Khối thi đua các Cục, Tổng cục thuộc Bộ X"
    under = _RE_UNDER_BODY.match(sh, stop.start(), lim) if stop else None
    # (or a descriptor after the number's dash that names them so: "Khối I - Khối Nghiên cứu các Viện thuộc Bộ X")
    # (under a corporation or a group, units only, not the places its branches are in: "Khối thi đua các tỉnh Bắc Trung Bộ
    # thuộc Tập đoàn X" names the region)
    if under and _RE_UNDER_COMPANY.match(sh, under.end()) and cre.match(r"\s*các\s+(?:tỉnh|thành\s+phố|huyện|quận|xã|phường|địa\s+phương|vùng|khu\s+vực)\b",
                                                                    sh[a:stop.start()], regex.I):
        under = None
    if under and cre.match(r"\s*(?:[-–]\s*)?(?:(?:khối|cụm)\s+(?:\p{L}+\s+){0,3}?)?(?:các\s|" + _UNIT_KINDS + r"\s*,)", sh[a:stop.start()], regex.I):
        stop = _name_stop(doc, under.end(), lim)
    end = stop.start() if stop else lim
    # a comma ends the name unless the clause runs on to its verb ("Khối thi đua A, B, C đã tổ chức")
    c = sh.find(",", a, end)
    # "các huyện, thành phố", "các sở, ngành kinh tế": kinds of unit listed in the descriptor go on
    # ("các Cục, Tổng cục", "các sở, ban, ngành": the kind may be capitalised, and any kind of unit follow)
    # and so does a list of abbreviated kinds ("Ban Quản lý KCN, KKT các tỉnh ...")
    # (a third kind after two: "các trường Đại học, Cao đẳng, Trung cấp chuyên nghiệp")
    while c >= 0 and (cre.search(r"\b(?:các|khối)\s+\p{L}+(?:\s+\p{L}+){0,2}(?:\s*,\s*(?:trung cấp|cao đẳng|đại học))*\s*$", sh[a:c], regex.I)
                      and (kind := cre.match(r"\s*(?:" + _unit_nouns() + r"|thị xã|quận|ngành|tổ chức|cục|tổng cục|viện|ban|hội|trung tâm|đoàn thể"
                                    r"|trung cấp|cao đẳng|đại học)\b",
                                    sh[c + 1:end], regex.I))
                      # (not a capitalised unit's own name, another kind's word no part of it: the host after the name, "Khối
                      # thi đua các trường chuyên nghiệp, Học viện Chính trị khu vực II đăng cai"; "các Sở, Ban Ngành" goes on)
                      and not (kind.group(0).lstrip()[:1].isupper() and cre.match(
                          r"\s+(?!(?:" + _unit_nouns() + r"|thị xã|quận|ngành|tổ chức|cục|tổng cục|viện|ban|hội|trung tâm|đoàn thể"
                          r"|trung cấp|cao đẳng|đại học)\b)(?-i:\p{Lu})", sh[c + 1 + kind.end():end], regex.I))
                      or _RE_ABBR_COMMA.search(sh, max(a, c - 8), c + 12)
                      # and kinds each with its abbreviation ("khu công nghiệp (KCN), khu kinh tế (KKT) các tỉnh")
                      or _RE_ABBR_BRACKET_END.search(sh, a, c) and _RE_ABBR_BRACKET_NEXT.match(sh, c + 1, end)
                      # kinds of local government listed bare: "Cụm thi đua quận, huyện"
                      or cre.search(r"\b" + _LOCAL_KINDS + r"\s*$", sh[a:c], regex.I) and cre.match(r"\s*" + _LOCAL_KINDS + r"\b", sh[c + 1:end], regex.I)
                      # and kinds of unit listed bare: "Khối thi đua phòng, ban, đơn vị trực thuộc Sở Nội vụ"
                      or cre.fullmatch(r"\s*(?:" + _UNIT_KINDS + r")(?:\s*,\s*(?:" + _UNIT_KINDS + r"))*\s*", sh[a:c], regex.I)
                      and cre.match(r"\s*(?:" + _UNIT_KINDS + r")\b", sh[c + 1:end], regex.I)
                      # a second class of units after the first: "Khối thi đua các tổ chức chính trị - xã hội, các tổ chức liên hiệp"
                      or cre.match(r"\s*các\s", sh[a:c], regex.I) and _unit_class_re().match(sh, c + 1, end)
                      # (or the same class again without "các": "các doanh nghiệp nhà nước địa phương, doanh nghiệp cổ phần ...")
                      or _same_class_again(sh, a, c, end)
                      # (the organisations' second kind: "các tổ chức xã hội, xã hội - nghề nghiệp")
                      or cre.search(r"\bxã\s+hội\s*$", sh[a:c], regex.I) and cre.match(r"\s*xã\s+hội\s*[-–]\s*nghề\s+nghiệp\b", sh[c + 1:end], regex.I)
                      # "Bộ CHQS 12 tỉnh, thành phố": the provinces and cities counted ("các tỉnh, thành khu vực ...")
                      # (a provincial body's name between: "các Bộ Chỉ huy Quân sự tỉnh, thành phố thuộc Quân khu 7")
                      or cre.search(r"\b(?:\d{1,3}|các)\s+(?:[\p{L}&]+\s+){0,5}tỉnh\s*$", sh[a:c]) and cre.match(r"\s*thành(?:\s+phố)?\b", sh[c + 1:end])):
        c = sh.find(",", c + 1, end)
    if c >= 0:
        # (the verb may follow a note in brackets that stopped the name: "Khối thi đua A, B (Khối thi đua số 7) tổ chức", "(gồm
        # 8 đơn vị)")
        note = cre.match(r"\s*\([^()\n]{1,80}\)", sh[end:lim]) if sh[end:end + 1] == "(" else None
        # (not a role note: the unit before it holds the role, no part of the name, "Khối thi đua A, Văn phòng UBND tỉnh
        # (Trưởng khối) tổ chức")
        if note is not None and cre.search(ROLE_NOTE_WORDS, note.group(0), regex.I):
            note = None
        # (past the year the cluster's name is written with: "Cụm thi đua các cơ quan tham mưu, giúp việc Tỉnh ủy năm 2023 tổ chức")
        verb = cre.match(r"\s+(?:năm\s+(?:học\s+)?(?:(?:19|20)\d{2}\s*[-–]\s*)?(?:19|20)\d{2}\s+)?(?:đã|vừa|được|" + TO_CHUC
                         + r"|diễn ra|sơ kết|tổng kết|ký kết|ký)\b", sh[end + (note.end() if note else 0):lim], regex.I)
        # (not when a plural other than a class of units follows the comma: "..., các đại biểu đã thảo luận")
        if verb and cre.match(r"\s*các\s", sh[c + 1:end], regex.I) and not _unit_class_re().match(sh, c + 1, end):
            verb = None
        # (nor when a body's capitalised name follows the comma: "Khối thi đua Sự nghiệp, Ban Thi đua - Khen thưởng, Sở Nội
        # vụ tổ chức ...", the bodies it answers to)
        after = sh[c + 1:end].lstrip()
        # (the descriptor names no unit itself: "Khối cơ quan Sở Tư pháp, Cục Thi hành án ..." lists its kinds of unit)
        if verb and after[:1].isupper() and cre.match(r"[^\s,]+\s+(?-i:\p{Lu})", after) and starts_with_unit_head(after) \
                and not any(u.group(0)[:1].isupper() for u in unit_head_ci_re().finditer(sh, a, c)):
            verb = None
        # (or the agent that presides or hosts the meeting, after a second field capitalised as the first, no unit nor place:
        # "Hội nghị ... Khối thi đua các cơ quan Đảng, Nhà nước do Văn phòng UBND tỉnh chủ trì", "Khối thi đua Văn hóa, Xã hội do")
        if not verb and after[:1].isupper() and "," not in after and cre.match(r"\s+do\s+(?-i:\p{Lu})", sh[end:lim]) \
                and cre.fullmatch(r"(?-i:\p{Lu}\p{Ll}*)(?:\s+(?-i:\p{Ll})+){1,2}", after.rstrip()) \
                and cre.search(r"(?-i:\p{Lu})\p{Ll}*(?:\s+(?-i:\p{Ll})+){0,2}\s*$", sh[a:c]) \
                and not starts_with_unit_head(after) and not gazetteer.is_place(after.rstrip()) \
                and not _RE_ROLE_OR_TEAM.match(after):
            verb = True
        if not verb or end - a > 160:
            end = c
    seg = t[a:end]
    # every province suffix holds "tỉnh", "thành" or "tp", and the tail cut below "tỉnh" or "thành phố"
    # (lower case finds them: none of their letters is one that case folding matches otherwise)
    low = seg.lower()
    # the provincial force or court the cluster belongs to, after its descriptor ("khối An ninh nhân dân Công an tỉnh",
    # "khối Công an các huyện, thành phố - Công an tỉnh Hòa Bình"): no part of the name
    parent = _RE_PARENT_FORCE_END.search(seg)
    # (seg is what follows the head word: a descriptor of its own must stand before the parent, a field's name or a list
    # of places; "Cụm thi đua các cơ quan Bộ CHQS tỉnh" names its units by the parent)
    desc = cre.sub(r"^\s*(?:(?:cụm|khối)\s+)?(?:thi\s+đua)?\s*", "", seg[:parent.start()], regex.I) if parent is not None else ""
    if parent is not None and desc and (any(c.isupper() for c in desc) or "," in desc):
        seg = seg[:parent.start()]
        low = seg.lower()
    # a parent unit the units belong to, capitalised after "(trực) thuộc" ("các bệnh viện thuộc Sở Y tế A"): a place written
    # right after it ends that unit's own name and stays; the cluster's own suffix ("của tỉnh A", "trên địa bàn ...") goes
    parent_at = _parent_unit_end(seg) if "thuộc" in low else -1
    if "tỉnh" in low or "thành" in low or "tp" in low or "địa bàn" in low:
        ps = _province_suffix_re().search(seg)
        if ps and not (parent_at >= 0 and ps.start() >= parent_at and _RE_PLACE_OF_PARENT.match(seg, ps.start())
                       and _parents_own_place(seg, parent_at, ps.start())):
            seg = seg[: ps.start()]
        if seg.lower().rstrip().endswith(("tỉnh", "thành phố")):
            # ("5 thành phố": a count's noun stays)
            # ("Bộ CHQS tỉnh": a provincial body written with its abbreviation ends with the word)
            # ("các trường cao đẳng, trung cấp tỉnh": the schools' level, then the province's suffix)
            # ("các cơ quan Đảng tỉnh" is cut as any descriptor's bare "tỉnh", "các tổ chức chính trị - xã hội tỉnh")
            # ("các tỉnh": the units of several provinces, no suffix)
            # ("các huyện thành phố", "các huyện, thị xã thành phố": the kinds listed with their comma lost, as "các huyện, thành
            # phố"; not the wards of a city, "các phường thành phố", nor the districts of a centrally-run city the text names)
            kinds_listed = r"|các\s+(?:huyện|thị xã)(?:\s*,?\s*(?:huyện|thị xã))*" if not _names_central_city(doc) else ""
            seg = cre.sub(r"(?<!\b(?:tuyến|(?<!\btrung\s)cấp|\d{1,3}|(?-i:\p{Lu}{2,})|các|những" + kinds_listed + r")|,)\s+(?:tỉnh|thành phố)\s*$", "", seg)
    # a province written bare after a descriptive name ("Cụm thi đua miền núi Quảng Nam"): its suffix too
    # (not after a unit's proper name, "Đài Phát thanh Quảng Nam", nor one of two, "Long An - Vĩnh Long")
    # (a province's name is 4 words at most: only the tail is searched)
    tail_a = max(0, len(seg) - 40)
    bare = _bare_province_end_re().search(seg, tail_a) if seg[-1:].isalpha() else None
    if bare and parent_at >= 0 and bare.start() >= parent_at and _parents_own_place(seg, parent_at, bare.start()):
        bare = None  # (the place of the parent unit's own name: "thuộc Sở Y tế A")
    if bare and not cre.match(r"\s*[-–]", t[a + len(seg):a + len(seg) + 3]):
        seg = seg[:bare.start()]
    # a conjunction or a preposition left at the end joins the next clause, not the name ("Khối thi đua các cơ quan X và để
    # triển khai"; "Khối thi đua các Ban Đảng của tỉnh", the province's suffix cut)
    seg = seg.rstrip(" ,-")
    # (and a plural's word left by the suffix cut: "Khối cơ quan tư pháp các tỉnh" is no name "... các")
    conj = cre.search(r"\s+(?:và|cùng|với|của|thuộc|các|những)$", seg)
    if conj:
        seg = seg[:conj.start()]
    return a + len(seg.rstrip(" ,-"))


# "(trực) thuộc" and a parent unit's capitalised head ("thuộc Sở Y tế", "trực thuộc UBND"; not a place's kind, "thuộc huyện A",
# nor a plain word, "thuộc các thành phần kinh tế")
_RE_UNDER_PARENT = regex.compile(r"(?<!\p{L})thuộc\s+(?=(?-i:\p{Lu}))", regex.I)
# the place itself after the parent's name, with its kind or bare: no "của", "trên địa bàn", "thuộc" before it
_RE_PLACE_OF_PARENT = regex.compile(r"\s+(?:tỉnh|thành phố|TP\.?)\s+(?-i:\p{Lu})", regex.I)


# a conjunction before a plural's word: the units of another kind listed after the parent ("thuộc Sở A và các đơn vị sự nghiệp
# tỉnh B", ", những ...", "cùng các ..."), not a word of the parent's name ("Sở Giáo dục và Đào tạo")
_RE_NEXT_CONJUNCT = regex.compile(r"(?:,|(?<!\p{L})(?:và|cùng|với))\s+(?:các|những|một\s+số)(?!\p{L})", regex.I)


def _parents_own_place(seg: str, parent_at: int, at: int) -> bool:
    """The place at ``at`` ends the name of the parent unit whose head ends at ``parent_at``: the parent's name runs on to it,
    with no other conjunct of units between ("thuộc Sở A và các đơn vị sự nghiệp tỉnh B") nor a place the parent's name
    already ends with ("thuộc Huyện ủy A tỉnh B", "thuộc UBND huyện A tỉnh B": the province after a district is the suffix)."""
    between = seg[parent_at:at]
    return _RE_NEXT_CONJUNCT.search(between) is None and not gazetteer.find_places(between)


def _parent_unit_end(seg: str) -> int:
    """Where the head of the parent unit after the last "thuộc" in ``seg`` ends (-1: none there)."""
    last = None
    for last in _RE_UNDER_PARENT.finditer(seg):
        pass
    if last is None:
        return -1
    h = unit_head_ci_re().match(seg, last.end())
    return h.end() if h is not None else -1


@lru_cache(maxsize=None)
def _bare_province_end_re():
    # (after a word all in lower case that is no kind of place: "miền núi Quảng Nam", not "Báo Quảng Nam" nor
    # "thành phố Huế")
    # (nor after a word that makes it a region's or a locative's: "khu vực Huế", "trên địa bàn Cần Thơ")
    return regex.compile(r"(?<=(?<!\p{L})(?!(?:tỉnh|phố|huyện|quận|xã|thị trấn|vực|bàn|vùng|tại|ở|thuộc|của)(?!\p{L}))(?-i:\p{Ll}+))\s+(?-i:"
                         + _provinces_alt() + r")\s*$")


def mentions(doc: Document, a: int, b: int) -> list[ClusterMention]:
    """Cluster mentions in text[a:b] (a sentence); cached on the document, several extractors ask."""
    return doc.memo(("cluster.mentions", a, b), lambda: _mentions(doc, a, b))


_RE_ROLE_WORD_BEFORE = regex.compile(r"(?<!(?:cụm|khối)\s)(?:trưởng|phó)\s+$", regex.I)


_RE_REGION_BEFORE = regex.compile(r"(?<!\p{L})khu\s+vực\s+thi\s+đua(?:\s+(?:số\s+)?(?:\d{1,2}|[IVX]{1,4}))?\s*(?:[–-]\s*)?(?:\(\s*\p{Lu}+\s*\)\s+)?$", regex.I)


# (or a day: "tại hội nghị tổng kết của Cụm ngày 15/01/2024", the meeting's date, no name of another cluster)
# (or a time of day and a day: "hội nghị sơ kết của Khối chiều 9/10", "của Cụm sáng ngày 5/1")
_RE_TIME_AFTER_HEAD = regex.compile(r"\s+(?:\d{1,2}\s+tháng|những\s+tháng|thời\s+(?:gian|kỳ)|giai\s+đoạn|năm\s+(?:19|20)\d{2}"
                                    r"|(?:(?:sáng|chiều|trưa|tối)\s+(?:ngày\s+)?|ngày\s+)\d{1,2}\s*[/.-]\s*\d{1,2})\b", regex.I)
# a count right before the head word (not "năm", as often the year: "trong năm cụm đã ...")
# (not a number's own: "Khu vực thi đua số 4 khối cơ quan Tư pháp")
# the first head word of a plural pair before the second ("các cụm, khối", "các khối và cụm")
_RE_PLURAL_PAIR_BEFORE = regex.compile(r"(?<!\p{L})(?:các|những)\s+(?:cụm|khối)\s*(?:,|/|\s(?:và|hoặc))\s*$")
_RE_COUNTED_BEFORE = regex.compile(r"(?<![\d/.,])(?<!\b(?:số|thứ)\s)(?:\d{1,3}|hai|ba|bốn|sáu|bảy|tám|chín|mười)\s+$")


def _mentions(doc: Document, a: int, b: int) -> list[ClusterMention]:
    out = []
    heads = [x for x, _ in doc.cues.spans(HEAD_WORDS, a, b)]
    for m in cues.match_at(_RE_MENTION, doc.text, heads, a, b):
        before = doc.text[max(a, m.start() - 14):m.start()].lower()
        # "các khối", and the role words "Trưởng khối", "Phó cụm" (a unit's role, not the cluster's name);
        # "Cụm thi đua khối xã, phường": the word of a cluster's descriptor, not a bloc of its own
        # ("toàn cụm", "trong cụm", "mỗi cụm": the cluster as a whole, not its name)
        if before.endswith(("các ", "cụm thi đua ", "cụm ", "toàn ", "mỗi ", "từng ")):
            continue
        if _RE_PLURAL_PAIR_BEFORE.search(before):
            continue  # "các cụm, khối thi đua phù hợp ...", "các khối và cụm thi đua": the second of a plural pair, no name
        if not m.group("td") and _RE_TIME_AFTER_HEAD.match(doc.text, m.end()):
            continue  # "hoạt động của cụm 6 tháng đầu năm", "của cụm những tháng qua": a time, no cluster named
        if _RE_COUNTED_BEFORE.search(before):
            continue  # "6 cụm khuyến học có 76 cơ sở", "Giao ban 4 cụm thi đua": several clusters counted, no name
        # ("Đoàn khối các cơ quan tỉnh", "Đảng ủy Khối", "Công đoàn Khối": a Party, youth or union body named for its
        # bloc of agencies, not an emulation bloc)
        if before.endswith(("đoàn ", "đảng ủy ", "đảng uỷ ", "đảng bộ ")) and not m.group("td"):
            continue
        # (after a whole role word, "Cụm trưởng Cụm thi đua X", the cluster's own name follows)
        role_word = _RE_ROLE_WORD_BEFORE.search(before) is not None
        if role_word and not m.group("td"):
            continue
        cm = _read_mention(doc, m, b)
        if cm and role_word:
            # "trưởng khối thi đua các huyện": the role of the cluster it names; a name only where the
            # article names the cluster nowhere else (and never a number: "Cụm trưởng Cụm thi đua số 3")
            if not cm.qualified:
                continue
            if cm.number is not None:
                # (kept aside: the cluster's name in the sentence stating the meeting, "Sở Y tế, Trưởng Khối thi đua số 5
                # tổ chức hội nghị", read by _pick_mention alone; elsewhere often another cluster's head, a guest)
                doc.memo(("cluster.role_numbered", a, b), list).append(cm)
                continue
            cm.after_role = True
        if cm:
            # (a ministry's emulation region named with the bloc it groups: "Khu vực thi đua khối cơ quan Tư pháp các tỉnh A")
            region = _RE_REGION_BEFORE.search(doc.text, max(a, m.start() - 24), m.start())
            if region is not None:
                cm.start = region.start()
            out.append(cm)
        if len(out) >= 10:  # a sentence names a cluster a few times at most
            break
    return out


# the unit holding the role the subject of the meeting's verb: "Sở Y tế, Trưởng Khối thi đua số 5 đã tổ chức", "... số 2 (Cụm
# các chi nhánh X) tổ chức" (not a guest's title: "dự có ông A, Giám đốc Sở B, Trưởng Khối thi đua số 3")
# (the cluster's bare head the subject after the comma: "dưới sự chủ trì của ông A, Giám đốc Sở B - Trưởng Khối thi đua số 5, Khối
# đã tổ chức")
_RE_ROLE_HOLDER_ACTS = regex.compile(r"(?:\s*\([^()\n]{1,120}\))?(?:\s*,\s*(?-i:Cụm|Khối)(?=\s))?\s*,?\s+(?:(?:đã|vừa|long trọng|trang trọng|chính thức)\s+)*(?:"
                                     + TO_CHUC + r"|chủ trì)(?!\p{L})", regex.I)


# the year of the role, between the cluster's name and the verb ("Trưởng Khối thi đua số 5 năm 2023 tổ chức")
_RE_ROLE_YEAR = regex.compile(r"\s+năm\s+(?:học\s+)?(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?(?!\d)", regex.I)


def _role_holder_acts(doc: Document, end: int, b: int, capitalised: bool = False) -> bool:
    """The unit holding the role of the cluster named up to ``end`` is the subject of the meeting's verb (_RE_ROLE_HOLDER_ACTS),
    the role's year between."""
    # (past the province's suffix the name was cut before, the cluster's name capitalised as a name: "Trưởng Khối thi đua
    # các cơ quan Đảng tỉnh chủ trì"; a role in lower case, "trưởng khối thi đua các cơ quan Nội chính tỉnh", is left to
    # another mention)
    suffix = _suffix_left_re().match(doc.text, end, b) if capitalised else None
    if suffix is not None:
        end = suffix.end()
    y = _RE_ROLE_YEAR.match(doc.text, end, b)
    return _RE_ROLE_HOLDER_ACTS.match(doc.text, y.end() if y is not None else end, b) is not None


@lru_cache(maxsize=None)
def _suffix_left_re():
    """The province's suffix right after a cluster's name, bare or with the province ("tỉnh", "của tỉnh A")."""
    return regex.compile(r"\s+(?:của\s+)?(?:tỉnh|thành\s+phố)(?:\s+(?:" + _provinces_alt() + r"))?(?!\p{L})", regex.I)


def _role_numbered(doc: Document, a: int, b: int) -> list[ClusterMention]:
    """The numbered clusters named after a role word in text[a:b] ("Trưởng Khối thi đua số 5"), which mentions() leaves out."""
    mentions(doc, a, b)
    return doc.memo(("cluster.role_numbered", a, b), list)


def _pick_mention(doc: Document) -> ClusterMention | None:
    d = doc.draft
    regions = []
    if d.meeting_sentence:
        regions.append((d.meeting_sentence.start, d.meeting_sentence.end))
    regions += [(s.start, s.end) for s in doc.body_sentences()]
    regions += [(s.start, s.end) for s in doc.content_sentences() if doc.blocks[s.block].kind != "body"]
    strong = None  # whether the article writes a full name somewhere: "thi đua" and a number ("Khối thi đua 10")

    def weak(cm: ClusterMention) -> bool:
        nonlocal strong
        if not _bare_lower(doc, cm):
            return False
        if strong is None:
            strong = {x.kind for a, b in regions for x in mentions(doc, a, b)
                      if x.number is not None and x.qualified and "thi đua" in doc.cues.lower[x.start:x.end]}
        # (of the same kind: "khối các cơ quan Đảng ... học tập kinh nghiệm của Cụm thi đua số 4" names another cluster)
        if cm.kind in strong or _verb_follows(doc, cm):
            return True
        # (the bloc referred back to after a preposition, "trong khối", "toàn cụm", where the article writes a name of its
        # kind in full, capitalised with "thi đua": "không đơn vị nào trong khối bị tụt lại ... của Khối thi đua A")
        # (its words after the head in lower case: not "trong khối Nội chính", a name)
        desc = doc.text[cm.start:cm.end].split(None, 2)[1:2]
        # (that name the meeting's own: its owner after the meeting's noun, "hội nghị ... của Khối thi đua A", or the subject
        # holding it, "Khối thi đua A tổ chức"; not a guest's bloc, "Dự hội nghị có đại diện Khối thi đua A")
        return bool(desc) and desc[0][:1].islower() and _RE_PREP_BEFORE.search(doc.text, max(0, cm.start - 12), cm.start) is not None and any(
            x.kind == cm.kind and x.qualified and doc.text[x.start].isupper() and "thi đua" in doc.cues.lower[x.start:x.end]
            and (_RE_MEETING_OWNER_BEFORE.search(doc.text, max(0, x.start - 100), x.start) is not None
                 or _RE_HOLDS_AFTER.match(doc.text, x.end) is not None)
            for a, b in regions for x in mentions(doc, a, b))

    # (a bloc inside the venue owns the place: "tại Hội trường Khối Dân vận huyện A, Cụm thi đua số 2 ...")
    venue = d.scalars.get("meeting.venue")
    for k, (a, b) in enumerate(regions):
        found = [cm for cm in mentions(doc, a, b) if cm.qualified and not cm.after_role and not weak(cm)
                 and not (venue is not None and venue.start < cm.start < venue.end)]
        if k == 0 and d.meeting_sentence:
            # the unit chairing it, then the cluster's name: "BIDV X - Trưởng Cụm thi đua số 2 (Cụm các chi nhánh ...) tổ chức"
            # (one without a number too, the form of the sentence stating the meeting, before a short one elsewhere: "Cục
            # A - đơn vị Trưởng Khối thi đua Nội chính năm 2023 tổ chức" under the headline "Khối Nội chính ...")
            role = [cm for cm in (*_role_numbered(doc, a, b),
                                  *(cm for cm in mentions(doc, a, b) if cm.after_role and cm.qualified and not weak(cm)))
                    if _role_holder_acts(doc, cm.end, b, doc.text[cm.start].isupper()) and not (venue is not None and venue.start < cm.start < venue.end)]
            if role:
                found = sorted(found + role, key=lambda cm: cm.start)
        if k == 0 and d.meeting_sentence and len(found) > 1 and found[0].number is not None:
            # a long and a short form of one numbered cluster in the sentence stating the meeting: the form the
            # meeting noun governs ("đại biểu của Khối 1 - Khối thi đua các viện về dự Hội nghị ... của Khối 1")
            same = [cm for cm in found if cm.number == found[0].number and cm.kind == found[0].kind]
            found = [cm for cm in same if _RE_MEETING_OF.search(doc.text, max(a, cm.start - 90), cm.start)] or found
        if found:
            return _renamed(doc, found[0], a, b)
    for a, b in regions:
        for cm in mentions(doc, a, b):
            if cm.qualified:
                return _renamed(doc, cm, a, b)
    return None


@lru_cache(maxsize=None)
def _clause_verb_re():
    return regex.compile(r"(?:" + _clause_verbs() + r")(?!\p{L})")


def _bare_lower(doc: Document, cm: ClusterMention) -> bool:
    """A mention in lower case with neither "thi đua" nor a number ("khối doanh nghiệp", "trong khối tăng cường ..."):
    _pick_mention passes over one that a clause's verb follows, or where the article writes the full name of a
    cluster of its kind ("thi đua" and a number) elsewhere; it is a name only where the article writes no other."""
    return doc.text[cm.start].islower() and cm.number is None and "thi đua" not in doc.cues.lower[cm.start:cm.end]


def _verb_follows(doc: Document, cm: ClusterMention) -> bool:
    """The words after the head open a clause with its verb ("khối tăng cường ..."), not a name in lower case
    ("khối doanh nghiệp tỉnh A")."""
    desc = doc.text[cm.start:cm.end].split(None, 1)[1:]
    return bool(desc) and _clause_verb_re().match(desc[0]) is not None


# a preposition before a bare "khối"/"cụm" that refers back to the cluster ("trong khối", "toàn khối"; not "của khối A", which
# may name it)
_RE_PREP_BEFORE = regex.compile(r"(?<!\p{L})(?:trong|toàn|cả)\s+$", regex.I)
# the meeting's noun, then its owner after "của"/"do" ("tại hội nghị tổng kết năm 2024 của Khối thi đua A"), and the verb of
# holding right after a name ("Khối thi đua A tổ chức", "..., đã tổ chức")
_RE_MEETING_OWNER_BEFORE = regex.compile(r"(?<!\p{L})(?:hội\s+nghị|cuộc\s+họp|buổi\s+họp|họp)(?!\p{L})[^.;:,!?\n]{0,80}?\s(?:của|do)\s+$", regex.I)
_RE_HOLDS_AFTER = regex.compile(r"\s*,?\s+(?:(?:đã|vừa|long\s+trọng|trang\s+trọng)\s+)*(?:" + TO_CHUC + r")(?!\p{L})", regex.I)


# the meeting noun before the name of the cluster whose meeting it is, no clause between
_RE_MEETING_OF = regex.compile(r"\b(?:hội nghị|cuộc họp|buổi họp|họp)\b[^.;:,]{0,80}$", regex.I)


_RE_SHORT_NUMBERED = regex.compile(
    r"\s*\(\s*(?:(?:viết|gọi)\s+tắt\s+là\s+)?(?P<k>cụm|khối)(?:\s+thi\s+đua)?\s+(?:số\s+)?(?P<n>\d{1,2})\s*\)", regex.I)
# "Khối thi đua A (nay là / nay được gọi là / nay đổi tên thành Khối thi đua B)": the name of today
_RE_RENAMED = regex.compile(r"\s*\(\s*(?:hiện\s+)?nay\s+(?:được\s+)?(?:gọi là|là|đổi tên thành|đổi thành|có tên là)\s+", regex.I)


def _renamed(doc: Document, cm: ClusterMention, a: int, b: int) -> ClusterMention:
    """The cluster's current name where the article gives it in parentheses after a former one."""
    m = _RE_RENAMED.match(doc.text, cm.end, b)
    if m is None:
        # "Khối thi đua MTTQ và các tổ chức chính trị - xã hội (Khối thi đua 6)": its number, in its short form
        short = _RE_SHORT_NUMBERED.match(doc.text, cm.end, b) if cm.number is None else None
        if short is not None and _kind_of(short.group("k")) == cm.kind:
            cm.number, cm.number_span = int(short.group("n")), short.span("n")
        return cm
    return next((x for x in mentions(doc, a, b) if x.start == m.end() and x.qualified), cm)


# --- member count --------------------------------------------------------------------------
# what each count pattern holds, in order, in lower case ("head": "cụm" or "khố"): a sentence without it is
# not searched with that pattern ("khố", "thành v": not the "i" of "khối", "viên", which "İ" matches too)
_COUNT_NEEDS = ("thành v", "head", "gồm", "head", ",", "head", "head", "head", "head", "head", ":")


# a count written in words ("Khối có sáu đơn vị", "mười hai doanh nghiệp"), up to the twenties
_COUNT_WORDS = {"hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
COUNT_WORD = _COUNT_WORD = r"(?:mười|hai\s+mươi)(?:\s+(?:một|mốt|hai|ba|bốn|tư|lăm|năm|sáu|bảy|tám|chín))?|hai|ba|bốn|năm|sáu|bảy|tám|chín"


# what a count in words is followed by when it counts the members: the unit noun, then "thành viên", a list, or the
# clause's end
@lru_cache(maxsize=None)
def _word_count_ends_re():
    return regex.compile(r"\s+(?:" + _unit_nouns() + r")(?:\s+(?:là\s+)?thành\s+viên\b|\s*(?:[,.;:]|là\s+(?=\p{Lu})|gồm\b|$))", regex.I)

# the units' digit after "mười" / "mươi" ("mười một", "hai mươi lăm")
_UNIT_DIGITS = {"một": 1, "mốt": 1, "tư": 4, "lăm": 5, **{k: v for k, v in _COUNT_WORDS.items() if v < 10}}
# the last word of a count in words, before its unit noun
_COUNT_LAST_WORDS = frozenset((*_COUNT_WORDS, *_UNIT_DIGITS))
# (their last two letters, every one two letters long or more: the word before a unit noun that does not end so is
# none of them, tested before it is cut out)
_COUNT_LAST_PAIRS = frozenset(w[-2:] for w in _COUNT_LAST_WORDS)


def count_value(s: str) -> int:
    """A count in figures ("06") or in words ("sáu", "mười hai", "hai mươi lăm")."""
    if s.isdigit():
        return int(s)
    w = s.lower().split()
    if w[0] == "mười":
        return 10 + (_UNIT_DIGITS[w[1]] if len(w) > 1 else 0)
    if len(w) >= 2 and w[1] == "mươi":
        return 10 * _UNIT_DIGITS[w[0]] + (_UNIT_DIGITS[w[2]] if len(w) > 2 else 0)
    return _COUNT_WORDS[w[0]]


# the kinds of place a count or a list may name
_PLACE_KINDS = r"(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)"
_RE_GOM_AT = regex.compile(r"(?:bao\s+)?gồm\b", regex.I)


def _located_unit(doc: Document, lo: int, place: tuple[int, int]) -> tuple[int, int]:
    """The unit a place after its comma locates, where the role note after the place is that unit's: "HTX A, xã B, Khối
    trưởng", "Trường A, huyện B - Cụm trưởng", "xã A, huyện B, Cụm trưởng" (a commune, then its district). Otherwise the
    place itself: a place named first ("Ngày 5/1, xã B, Cụm trưởng ..."), the venue's ("tại hội trường UBND huyện A, xã B,
    Cụm trưởng ... tổ chức": the commune is the subject), an item of a list of guests ("Dự có đại diện Ban A, xã B, Cụm
    trưởng") or a body of the level above ("Phòng Nội vụ huyện, xã B, Cụm trưởng")."""
    t = doc.text
    comma = t.rfind(",", lo, place[0])
    outer = unit_before(doc, lo, comma)
    if outer is None or cre.search(r"\btại\b[^,;]*$", t[lo:outer[0]], regex.I):
        return place
    if _RE_KIND_PLACE.fullmatch(t, outer[0], outer[1]):
        level = _PLACE_LEVEL.get(cre.match(_PLACE_KINDS, t[place[0]:place[1]], regex.I).group(0).lower(), 0)
        inner = _PLACE_LEVEL.get(cre.match(_PLACE_KINDS, t[outer[0]:outer[1]], regex.I).group(0).lower(), 0)
        return outer if inner < level else place
    if _RE_ESTABLISHMENT.match(t, outer[0]) and not _RE_ATTENDING_BEFORE.search(t, lo, outer[0]):
        return outer
    return place


# the bodies of a place's government, listed before the last of them with the place ("Đảng ủy, HĐND, UBND xã A")
_GOV_BODY = r"(?:Đảng ủy|Đảng uỷ|Đảng bộ|HĐND|UBND|Hội đồng nhân dân|Ủy ban nhân dân|Ủy ban MTTQ(?:\s+Việt\s+Nam)?|UBMTTQ|MTTQ)"
_RE_PLACE_BODY = regex.compile(r"(?-i:" + _GOV_BODY + r")\s+(?P<place>" + _PLACE_KINDS + r"\s+(?-i:\p{Lu}).*)", regex.I)
_RE_BODIES_BEFORE = regex.compile(r"(?-i:" + _GOV_BODY + r")(?:\s*,\s*(?-i:" + _GOV_BODY + r"))*\s*(?:,|và)\s*$")
# the level of a kind of place (a commune is located by its district, a district by its province)
_PLACE_LEVEL = {"xã": 1, "phường": 1, "thị trấn": 1, "huyện": 2, "quận": 2, "thị xã": 2, "thành phố": 2, "tỉnh": 3}
# a kind of place that lies only in a place of another kind of its level: a quận in a city (thành phố)
_PLACE_ONLY_WITHIN = {"quận": "thành phố"}
# a unit that stands in a place, named by its own name (a cooperative, a school, a company, a station ...); not a body
# of the level above the place (Ban, Phòng, Sở, UBND ...)
_RE_ESTABLISHMENT = regex.compile(r"(?-i:HTX|Hợp tác xã|Trường|Công ty|Trạm|Trung tâm|Bệnh viện|Nhà máy|Chi nhánh|Doanh nghiệp|Hạt|Đồn|"
                                  r"Quỹ tín dụng|Xí nghiệp|Nông trường|Lâm trường|Ban quản lý rừng)\b")
# a list of those who attend before the unit: its items are units of their own
_RE_ATTENDING_BEFORE = regex.compile(r"\b(?:dự|tham dự|có sự tham gia|đại diện|lãnh đạo)\b", regex.I)
# a place named by its kind alone, no body of it: "xã Tân Hòa", "huyện Vĩnh Bảo" (not "UBND xã Tân Hòa")
_RE_KIND_PLACE = regex.compile(_PLACE_KINDS + r"\s+(?-i:\p{Lu})[\p{L}\d]*(?:[ -](?-i:\p{Lu}|\d)[\p{L}\d]*){0,3}", regex.I)
_RE_COUNTED_PLACE_NAMES = regex.compile(r"\s+" + _PLACE_KINDS + r"\s+(?-i:\p{Lu})", regex.I)


# a unit's name, then the verb that gives it a role of the cluster: " A là Cụm trưởng", " B làm Phó trưởng khối"
_RE_ROLE_CLAUSE_AFTER = regex.compile(r"[^,;.]{1,60}?\s(?:là|làm|giữ)\s+(?:đơn\s+vị\s+)?(?:" + ROLE_WORDS + r")(?!\p{L})",
                                      regex.I)
# the cluster's board as what "gồm" tells of: "Ban điều hành Cụm năm 2025 gồm", "Thường trực Khối gồm"
_RE_BOARD_GOM = regex.compile(r"\b(?:ban\s+điều\s+hành|(?:ban\s+)?thường\s+trực|ban\s+chỉ\s+đạo)\s+(?:của\s+)?(?:cụm|khối)\b[^.;:]{0,60}$", regex.I)
_RE_OF_CLUSTER_END = regex.compile(r"(?<!\p{L})(?:trong|thuộc|của|thành\s+viên)\s+(?:cụm|khối)$", regex.I)
# (the units named after "là", by their names or by their kind and names: "là A và B", "là huyện A và huyện B")
_RE_NAMED_AFTER_COUNT = regex.compile(r"(?:\s+thi\s+đua)?\s+là\s+(?:(?:" + _PLACE_KINDS + "|" + _unit_nouns() + r")\s+)?(?-i:\p{Lu})", regex.I)
# what the clause goes on to say of the units counted before "trong / thuộc / của Cụm" that sets them apart from the other
# members: an award or a rating they got, a standard they reached, what they still lack, that they have or are something, a
# list of their names ("ba đơn vị trong Cụm được tặng Bằng khen", "bốn huyện trong Cụm còn gặp khó khăn", "ba xã trong Cụm:
# A, B và C"); not what every member does ("sáu đơn vị trong Cụm đã hoàn thành các chỉ tiêu")
_RE_PART_AFTER_CLUSTER = regex.compile(r"\s*:|\s+(?:(?:đã|cũng|vẫn|đang|đều)\s+)?(?:được|đạt|về\s+đích|còn|chưa|không|có|là|dẫn\s+đầu|xếp|vắng|nhận)\b",
                                       regex.I)
# (of those, what only some of them get: an award, a title, a rank)
# ("được" of what is given or granted, "đạt" of a title or a prize, a place in a ranking: not the targets, tasks, standards or
# figures every member has, "9 đơn vị trong Cụm đạt và vượt các chỉ tiêu", "được giao kế hoạch", "đạt tốc độ tăng trưởng",
# "18 TYT trong khối đã đạt chuẩn quốc gia")
_RE_CREDITED_AFTER_CLUSTER = regex.compile(r"\s+(?:(?:đã|cũng|vẫn)\s+)?(?:được\s+(?:[^\s.,;:]+\s+){0,4}?(?:tặng|khen|công\s+nhận|suy\s+tôn|bình\s+(?:xét|chọn)|xếp|đề\s+nghị|trao|đánh\s+giá|xét)"
                                        r"|đạt\s+(?:(?:danh\s+hiệu|giải|loại)|(?-i:\p{Lu}))|về\s+đích|dẫn\s+đầu|xếp|nhận|lọt\s+vào|lọt\s+top|nằm\s+trong\s+(?:top|nhóm|danh\s+sách))\b", regex.I)
_RE_OWNER_BEFORE = regex.compile(r"(?<!\p{L})của\s+(?:(?:cả|tất\s+cả)\s+)?$", regex.I)
# (all of them, said before the count or by "đều" after the cluster: "cả 8 đơn vị trong Cụm đều được khen")
_RE_ALL_BEFORE_COUNT = regex.compile(r"(?<!\p{L})(?:cả|tất\s+cả|toàn\s+bộ)\s+$", regex.I)
_RE_EACH_AFTER_CLUSTER = regex.compile(r"\s+(?:(?:cũng|vẫn)\s+)?đều\b", regex.I)
# ... and what says they are all of them: "đều", "cả"
_RE_ALL_AFTER_CLUSTER = regex.compile(r"\s+(?:đều|cả|tất\s+cả)\b(?!\s+(?:được|đạt|về\s+đích|còn|chưa|không)\b)", regex.I)
# the clause's end
_RE_CLAUSE_ENDS = regex.compile(r"\s*(?:[,.;]|$)")
# a cluster named after its head: "thi đua", its number or its name ("của Khối thi đua các cơ quan Đảng tỉnh", "Cụm 3")
_RE_HEAD_QUALIFIED = regex.compile(r"\s+(?:thi\s+đua\b|(?:số\s+)?(?P<num>\d{1,2}|[IVX]{1,4})\b|(?-i:\p{Lu}))", regex.I)

_RE_PROVINCE_AFTER_NAME = regex.compile(r"\s+(?:của\s+)?(?:tỉnh|thành\s+phố|TP\.?)\s+(?-i:\p{Lu})\p{L}*(?:\s+(?-i:\p{Lu})\p{L}*){0,3}", regex.I)


def _of_the_cluster(doc: Document | None, t: str, m, end: int) -> bool:
    """A count in words before "trong / thuộc / của Cụm" (``m``) counts the cluster's members: not when the clause goes on to
    name them or say what sets them apart from the others (maybe only some of them); after "là", only where the clause ends at
    the cluster ("A, B và C là ba thành viên của Khối", not "Đây là ba đơn vị trong Cụm có nhiều cách làm sáng tạo"); and the
    cluster the article's own, not another one named ("hai đơn vị của Khối thi đua các cơ quan Đảng tỉnh đến dự")."""
    at = m.end()
    q = _RE_HEAD_QUALIFIED.match(t, at, end)
    if q is not None:
        own = doc.draft.scalars.get("cluster.number") if doc is not None else None
        name = doc.draft.scalars.get("cluster.name") if doc is not None else None
        head = t.rfind(" ", 0, at) + 1
        if q.group("num") is not None and own is not None and q.group("num").isdigit() and int(q.group("num")) == own.value:
            at = q.end()
        elif name is not None and t[head:head + len(name.value)].lower() == name.value.lower():
            at = head + len(name.value)
        else:
            return False
        # (and the province its name goes on with: "... là năm thành viên của Khối thi đua các cơ quan nội chính tỉnh A.")
        pv = _RE_PROVINCE_AFTER_NAME.match(t, at, end)
        at = pv.end() if pv is not None else at
    if _RE_NAMED_AFTER_COUNT.match(t, at, end):
        return False
    if cre.search(r"\blà\s*$", t[max(0, m.start("n") - 6):m.start("n")], regex.I):
        return _RE_CLAUSE_ENDS.match(t, at, end) is not None
    return _RE_ALL_AFTER_CLUSTER.match(t, at, end) is not None or _RE_PART_AFTER_CLUSTER.match(t, at, end) is None


_RE_PLACE_KIND_BEFORE = regex.compile(r"(?<!\p{L})" + _PLACE_KINDS + r"\s+$", regex.I)
_RE_UNIT_NOUN_AT = regex.compile(r"\s+(?:" + _unit_nouns() + r")(?!\p{L})", regex.I)


def _counts_the_members(t: str, m, end: int, doc: Document | None = None) -> bool:
    """A count in words (group "n" of a count pattern) counts the members: its unit noun is followed by "thành viên",
    a list or the clause's end; or it follows "gồm", not of a subset ("gồm hai đơn vị mới"). "có hai đơn vị vắng mặt"
    counts no members. A count in figures always passes."""
    if m.group("n").isdigit():
        # (in figures too, not those of the cluster the clause goes on to credit with an award or a rank: "4 đơn vị trong
        # Cụm được tặng Cờ thi đua", "3 đơn vị thuộc Khối đạt danh hiệu ..."; "cả 8 đơn vị trong Cụm đều được khen" counts all)
        # (nor the owner of a total, whose verb it is: "tổng nguồn vốn của 4 chi nhánh trong Cụm đạt ...")
        return not (_RE_OF_CLUSTER_END.search(m.group(0)) and _RE_CREDITED_AFTER_CLUSTER.match(t, m.end(), end)
                    and not _RE_ALL_AFTER_CLUSTER.match(t, m.end(), end) and not _RE_EACH_AFTER_CLUSTER.match(t, m.end(), end)
                    and not _RE_OWNER_BEFORE.search(t, max(0, m.start("n") - 8), m.start("n"))
                    and not _RE_ALL_BEFORE_COUNT.search(t, max(0, m.start("n") - 12), m.start("n")))
    # (a number word opening a capitalised name is the name's syllable, no count: "thị trấn Hai Trường, xã A"; the name of a
    # place after its kind, or a capitalised word that is no unit noun; not a count opening its sentence before a unit noun
    # written with a capital, "Bảy Trường thành viên của Cụm", "Sáu Sở thành viên Khối")
    if m.group("n")[0].isupper() and t[m.end("n"):m.end("n") + 2].strip()[:1].isupper() \
            and (_RE_PLACE_KIND_BEFORE.search(t, max(0, m.start("n") - 12), m.start("n"))
                 or not _RE_UNIT_NOUN_AT.match(t, m.end("n"), end)):
        return False
    # (the pattern names them the cluster's: "bảy đơn vị trong Cụm", "ba thành viên của Khối"; not when it goes on to name
    # them, maybe only some that did something: "Năm qua, hai huyện trong Cụm là A và B đã về đích sớm")
    if _RE_OF_CLUSTER_END.search(m.group(0)) and _of_the_cluster(doc, t, m, end) \
            or _word_count_ends_re().match(t, m.end("n"), end):
        return True
    # (places counted and named after "gồm": "gồm BHXH sáu tỉnh A, B, ...")
    if _RE_GOM_AT.match(m.group(0)) and _RE_COUNTED_PLACE_NAMES.match(t, m.end("n"), end):
        return True
    return cre.search(r"\bgồm\s*$", t[max(0, m.start("n") - 8):m.start("n")]) is not None \
        and not cre.match(r"\s+(?:mới|vắng|còn|khác|được|đạt)\b(?!\s+(?:được\s+)?(?:thành\s+lập|hình\s+thành)\b)", t[m.end():m.end() + 30], regex.I)


@lru_cache(maxsize=None)
def _count_res():
    # (in words only where the count is named as such: after "có" / "gồm", before the unit noun)
    # (a whole number: not the "023" of "năm 2023")
    n = r"(?P<n>(?<![\d.,])\d{1,3}(?!\d)|(?<=\b(?:có|gồm)\s+)(?:" + _COUNT_WORD + r"))"
    # (or anywhere before "đơn vị thành viên", which names the members: "mười hai đơn vị thành viên trong Khối"; not
    # "năm", the year as often as five: "mỗi năm đơn vị thành viên ...")
    # (opening its clause, or after "có", "gồm", "với", "tổng số": not the units a verb acts on, "kết nạp thêm hai đơn vị")
    n_members = r"(?P<n>(?<![\d.,])\d{1,3}(?!\d)|(?<=(?:^|[,.;:]\s*|\b(?:có|gồm|với|tổng số|cả|tất cả)\s+))(?!năm\b)(?:" + _COUNT_WORD + r"))"
    # (in words before the unit noun and "trong / thuộc / của Cụm", where the figure is read too: opening its clause, "6 tháng
    # qua, bảy đơn vị trong Cụm ...", or after "là", "có", "gồm": "A, B và C là ba thành viên của Khối"; not after "số" or
    # "thứ", an order, nor "năm" after a word that makes it a year's, "cả năm", "trong năm")
    n_in = r"(?P<n>(?<![\d.,])\d{1,3}(?!\d)|(?<=(?:^|[,.;:]\s*|\b(?:có|gồm|là)\s+))(?:" + _COUNT_WORD + r"))"
    un = r"(?:" + _unit_nouns() + r")(?!\s+nghị\b)"  # ("8 tổ chức Hội nghị": a verb and the meeting, no count)
    # associations ("hội"), counted where the count names the members: "gồm 13 hội Luật gia", "14 hội thuộc Khối" (not an
    # event or a body of that word: "hội nghị", "hội thi", "hội đồng"; not persons, "hội viên")
    assoc = r"hội(?!\s+(?:nghị|viên|thi|thảo|thao|diễn|trại|chợ|quán|sách|giảng|đồng)\b)"
    un_assoc = un + "|" + assoc
    not_achieved = r"(?:được(?!\s+(?:thành\s+lập|hình\s+thành)\b)|đạt)\b"
    out = [
        # (two nouns for the same units: "9 sở, ngành thành viên Khối"; not what they achieved or that they were absent, "có 6
        # huyện, thị xã thành viên hoàn thành xuất sắc nhiệm vụ", "3 sở, ngành thành viên vắng mặt")
        regex.compile(n_members + r"\s+(?:" + un + r")(?:\s*,\s*(?:" + un + r")(?!\s+(?:là\s+)?thành viên\s+(?:" + _SOME_DID + r")\b))?"
                      r"(?:\s+(?:là\s+)?thành viên)(?!\s+(?:được|đạt|có)\b)"
                      # (or the organisations named members, the cluster itself "với" them: "Cụm thi đua các hội ... với 9 tổ chức
                      # thành viên"; not a member's own: "Cụm trưởng là Liên hiệp ... với 25 tổ chức thành viên")
                      r"|(?<=\b(?:cụm|khối)\s+thi\s+đua(?:(?!\s(?:là|trưởng|phó)\b)[^.;:]){0,120}?\svới\s+)(?P<n>\d{1,3})\s+tổ chức thành viên", regex.I),
        # "8 đơn vị nghiệp vụ trong khối", "06 đơn vị huyện, thị xã, thành phố trong cụm"
        # ("18 học viện, trường Công an nhân dân thành viên Khối": the members of the cluster named so)
        # ("5 Sở GD&ĐT trong cụm": the kind may carry its abbreviation)
        # ("43 Chi hội Luật gia thuộc Cụm": the kind's capitalised field too)
        # (not the new members only: a verb of joining or recognising after the count or before it, "kết nạp thêm 2 đơn vị
        # mới làm thành viên Khối", "2 đơn vị được công nhận là thành viên Khối")
        regex.compile(n_in + r"\s+(?:" + un_assoc + "|" + _MEMBER_BODIES_NOT_PARTY + r")(?:,?\s+(?!trong\b|thuộc\b|của\b)(?-i:\p{Ll}+|\p{Lu}[\p{Lu}&]+|\p{Lu}\p{Ll}+)){0,5}?(?:(?:\s+(?:thành viên|là thành viên))?\s+(?:trong|thuộc|của)"
                      r"|(?<!\b(?:mới|thêm|được|trở\s+thành|công\s+nhận|kết\s+nạp|gia\s+nhập|bổ\s+sung)\b(?:\s[^.;\d]*)?)(?<!\b(?:kết\s+nạp|thêm|bổ\s+sung)\s+\d{1,3}\s[^.;\d]*)"
                      r"\s+thành viên)\s+(?:cụm|khối)\b", regex.I),
        # (in words after the unit the members share too: "gồm BHXH sáu tỉnh A, B, ...", not "năm", as often the year)
        # (associations too: "gồm 13 hội Luật gia", "gồm có 16 hội, đơn vị"; after "có" only as members, below: "có 3 hội tổ chức đại
        # hội" is what some did; "Cụm thi đua 3 Hội X" names the cluster)
        # (unions and Party or youth bodies too after "gồm": "gồm 6 Liên đoàn Lao động huyện", "gồm 07 cơ sở đoàn")
        # (and a clause saying how the units came to be: "gồm 8 xã được thành lập mới", not "gồm 5 đơn vị được khen")
        # (the union's level or kind after it too: not "gồm 6 công đoàn cơ sở được khen")
        # (those bodies only where the cluster is what "gồm" tells of: not "15 tập thể gồm 9 công đoàn cơ sở", "Huyện đoàn gồm 32
        # chi đoàn trực thuộc", "Đảng bộ Khối ... gồm 21 đảng bộ cơ sở")
        regex.compile(r"(?:(?<=(?<!\b(?:đảng bộ|đảng ủy|đảng uỷ|công đoàn)\s)\b(?:cụm|khối)(?:\s+thi\s+đua)?" + _NO_PARTY_OF_CLUSTER + r"{0,60}?[\s(])(?P<cl>)|)"
                      r"\b(?:gồm|bao gồm)\s+(?:có\s+)?(?:\p{L}+\s+){0,6}?(?:" + n + r"|(?P<n>(?!năm\b)(?:" + _COUNT_WORD + r")))\s+(?:(?:" + un_assoc
                      + r")\b(?!\s+" + not_achieved + r")|(?(cl)(?:" + _MEMBER_BODIES + r")\b(?!(?:\s+(?-i:\p{Ll}+)){0,2}\s+" + not_achieved + r")|(?!)))", regex.I),
        # "Khối thi đua Văn phòng - Viện có 13 đơn vị", "Khối ... II hiện có 7 đơn vị"
        # (after "có", a union or an association counts its members too: "Cụm có 05 Hội Nông dân xã tham gia")
        # (the Party bodies only where the cluster itself has them: not a Party committee's, "Đảng bộ Khối có 48 tổ chức cơ sở
        # đảng", nor the members' own, "Các đơn vị trong Khối có 12 chi bộ")
        regex.compile(r"(?:(?<!\b(?:đảng\s+bộ|đảng\s+ủy|(?:đơn\s+vị|cơ\s+quan|thành\s+viên|doanh\s+nghiệp)\s+(?:trong|thuộc|của))\s+)(?P<own>)|)"
                      r"(?:cụm|khối)(?:\s+thi\s+đua)?[^.;:\n]{0,60}?\s+(?:hiện\s+)?có\s+(?:tổng\s+số\s+|tất\s+cả\s+)?" + n + r"\s+(?:(?!" + _LOOSE_UNIT_NOUNS + r"\b)(?:" + un + r")|(?:" + _MEMBER_BODIES_NOT_PARTY + "|(?(own)" + _PARTY_BODIES + "|(?!))|" + _LOOSE_UNIT_NOUNS + "|" + assoc + ")"
                      # (a union counted only as a member: "... thành viên", "... tham gia" or the clause's end; not "12 đoàn
                      # thanh niên cơ sở được công nhận")
                      # (nor the units that registered for an award: "khối Thi hành án có 72 đơn vị đăng ký Cờ thi đua")
                      + r"(?:\s+(?-i:\p{Ll}+)){0,3}?(?=\s+(?:thành viên|tham gia)\b|\s*[,.;:]|\s*$))\b(?!\s+(?:được|đạt|(?:đã\s+)?đăng\s+k[ýí])\b)", regex.I),
        # "9 huyện, thành phố, thị xã": units counted by the kinds of local government they are ("08 xã, phường" too)
        # (not those that achieved something: "có 5 xã, phường đạt chuẩn nông thôn mới")
        # (not the places where something was done, after "tại" / "ở": "được tổ chức tại 27 xã, phường, thị trấn")
        # (but the units' own places when the cluster is made of them: "Cụm gồm Hội Nông dân ở 7 huyện, thị xã", "Khối là
        # Công an tại 6 huyện, thị xã")
        regex.compile(r"(?<!(?<!\b(?:gồm|là)\s+(?:[^\s,.;:]+\s+){1,8}?)\b(?:tại|ở|khắp)\s+)" + n + r"\s+(?:huyện|thị xã|thành phố|xã|phường|thị trấn)(?:\s*,\s*(?:huyện|thị xã|thành phố|xã|phường|thị trấn)){1,2}\b"
                      # (a clause saying how they came to be is none of those: "08 xã, phường được hình thành sau sắp xếp")
                      r"(?!\s+(?:\p{L}+\s+){0,2}?(?:đạt|được(?!\s+(?:thành\s+lập|hình\s+thành)\b)|hoàn thành|về đích|có)\b)"
                      # (that clause only with the cluster its subject, not a province's total: "toàn tỉnh có 124 xã, phường được
                      # thành lập")
                      r"(?!\s+được\s+(?:thành\s+lập|hình\s+thành)\b(?<!\b(?:cụm|khối)\b[^.;\n]{0,120}))", regex.I),
        # (a sector's name may stand before the count: "Cụm thi đua Mặt trận 5 thành phố trực thuộc Trung ương")
        # ("Cụm thi đua Bộ Chỉ huy Quân sự 5 tỉnh, thành phố": the sector a body of several words)
        # (or without "thi đua", the sector in capitals: "Cụm Hội LHPN 5 thành phố trực thuộc Trung ương")
        # (an abbreviation joined by a hyphen in it: "Khối thi đua Sở NN-PTNT 13 tỉnh, thành phố")
        regex.compile(r"(?:cụm|khối)(?:\s+thi\s+đua(?:\s+(?-i:\p{Lu}[\p{L}&-]*)(?:\s+(?-i:\p{Ll}+)){0,2}){0,4}|(?:\s+(?-i:\p{Lu}[\p{L}&]*)){1,4})\s+(?:của\s+)?"
                      # ("Cụm thi đua của 7 tỉnh miền Đông Nam Bộ": the provinces it is of)
                      # (not a part of them, another unit named after "và": "Cụm thi đua 3 huyện miền núi và Trung đoàn 896")
                      + n + r"\s+(?:" + un + r")\b(?!\s+(?:" + _provinces_alt() + r")\b)(?![^.;:,()]{0,30}?\s+và\s+(?=(?-i:\p{Lu}))(?:" + unit_head_ci_re().pattern + r"))", regex.I),
        # ("10 cơ quan, đơn vị Khối Nội chính": two nouns for the same units)
        regex.compile(n + r"\s+(?:" + un + r")(?:\s*,\s*(?:" + un + r"))?\s+(?:cụm|khối)\b", regex.I),
        # "cụm thi đua văn hóa, thể thao khu vực 6 tỉnh Bắc Trung Bộ": the provinces of the region it spans
        # (one member a province: not "các trường ... khu vực 5 tỉnh", many a province)
        regex.compile(r"(?:cụm|khối)\b(?:(?!\bcác\b)[^.;:\n]){0,70}?\bkhu vực\s+" + n + r"\s+tỉnh\b", regex.I),
        # "Hội nghị ... của Cụm thi đua số 5 ... với sự tham gia của 16 đơn vị": the units taking part
        # (not guests, "3 đơn vị khách mời", nor the units of several clusters, "20 đơn vị thuộc 3 Khối")
        regex.compile(r"(?:cụm|khối)\b[^.;:\n]{0,160}?\bsự\s+tham\s+(?:gia|dự)\s+của\s+(?:tất\s+cả\s+|đủ\s+)?" + n + r"\s+(?:" + un
                      + r")\b(?!\s+(?:được|đạt|khách mời|thuộc|của|trong|ở)\b)", regex.I),
        # "Cụm II - 6 tỉnh miền núi": a count the numbered cluster carries after a dash
        regex.compile(r"(?:cụm|khối)(?:\s+thi\s+đua)?(?:\s+số)?\s+(?:\d{1,2}|[IVX]{1,4})\s*[-–]\s*" + n + r"\s+(?:" + un + r")\b", regex.I),
        # "05 huyện vùng cao phía Tây: A, B, C": a count opening the list of its units (not of those ranked or
        # honoured: "suy tôn 3 đơn vị dẫn đầu: A, B, C", checked in member_count)
        regex.compile(n + r"\s+(?:" + un + r")(?:\s+\p{L}+){0,4}?\s*:\s*(?=(?-i:\p{Lu}))", regex.I),
    ]
    # (each pattern has its word in _COUNT_NEEDS, in the same order: a pattern added without one would be paired wrongly)
    if len(out) != len(_COUNT_NEEDS):
        raise RuntimeError(f"{len(out)} count patterns but {len(_COUNT_NEEDS)} entries in _COUNT_NEEDS")
    return out


_RE_WHOLE_BEFORE = regex.compile(r"\b(?:bao\s+)?gồm\s+(?:có\s+)?(\d{1,3})\s+(?:đơn vị|cơ quan|thành viên|tổ chức|doanh nghiệp)\b", regex.I)


# the whole written just before the "gồm" that breaks it down: "Cụm có 9 thành viên, gồm 5 sở và 4 doanh nghiệp"
_RE_TOTAL_BEFORE_GOM = regex.compile(r"(?<![\d/.,])(\d{1,3})\s+(?:(?:đơn vị|cơ quan)\s+)?thành viên\s*,?\s*(?:bao\s+)?$", regex.I)


# one place named with its kind, the subject of "gồm" / "có" right before a count: what it counts are its own parts ("Huyện A
# gồm 11 xã", "thị xã B có 9 phường"; not "các huyện Miền Núi", a class of them)
# (the place opening its clause, the subject itself: not the place a cluster's name ends on, "Khối thi đua các cơ quan Đảng
# tỉnh A gồm 10 đơn vị", "Cụm thi đua các xã miền núi huyện B có 6 xã")
_RE_PLACE_SUBJECT_BEFORE = regex.compile(r"(?<=(?:^|[.;:!?\n(,])\s*)(?<![\p{L}])(?<!\b(?:các|những|\d{1,3})\s)" + _PLACE_KINDS + r"\s+(?-i:\p{Lu})\p{L}*(?:\s+(?-i:\p{Lu})\p{L}*){0,3}"
                                         r"\s+(?:hiện\s+)?(?:(?:bao\s+)?gồm|có)\s+(?:có\s+)?(?:tổng\s+số\s+|tất\s+cả\s+)?$", regex.I)


_RE_PLACE_OF_UNIT = regex.compile(r"^(?:UBND|Ủy ban nhân dân|HĐND|Công an|Ban CHQS)\s+(?:huyện|quận|thị xã|thành phố|xã|phường|thị trấn|tỉnh)\s+(\p{Lu}.*)$")


def member_count(doc: Document) -> Found | None:
    sents = doc.content_sentences()
    if not sents:
        return None
    t = doc.text
    by_name = _count_by_descriptor(doc)
    if by_name:
        return by_name
    number = doc.draft.scalars.get("cluster.number")
    low = doc.cues.lower
    res = _count_res()
    # the first sentence (in article order) that states a count, by the first pattern that reads it there
    # (a count of the representatives who attend gives way to one the cluster is said to have: "Dự hội nghị có đại diện 8
    # cơ quan trong Cụm. Cụm gồm 9 cơ quan: ...")
    attending = None
    for i in _count_sentences(doc, sents):
        s = sents[i]
        sl = low[s.start:s.end]
        has = {"head": "cụm" in sl or "khố" in sl}
        for rx, need in zip(res, _COUNT_NEEDS):
            if not has.get(need, need in sl):
                continue  # (a match ends inside the sentence: what it reads is there)
            # room past the sentence for the lookahead a match ending inside it needs
            for m in finditer(rx, t, s.start, min(len(t), s.end + 40)):
                if m.end() > s.end:
                    break
                if not _counts_the_members(t, m, s.end, doc):
                    continue  # ("có hai đơn vị vắng mặt")
                if _RE_PLACE_SUBJECT_BEFORE.search(t, s.start, m.start("n")):
                    continue  # "Huyện A gồm 11 xã, thị trấn": a place's own parts, not the cluster's members
                n = count_value(m.group("n"))
                if number is not None and number.value == n and _RE_NUMBER_BEFORE.search(t, max(0, m.start("n") - 25), m.start("n")):
                    continue  # "Cụm thi đua 2 Trường cao đẳng nghề": the cluster's number, not a count
                if rx is res[0]:
                    whole = _RE_WHOLE_BEFORE.search(t, s.start, m.start())
                    if whole and int(whole.group(1)) > n:
                        continue  # "gồm 5 đơn vị: A (Cụm trưởng), B (Cụm phó) và 3 đơn vị thành viên": a part of them
                if rx is res[2] and (tot := _RE_TOTAL_BEFORE_GOM.search(t, max(s.start, m.start() - 40), m.start())) is not None \
                        and int(tot.group(1)) > n and t[m.start():m.start() + 8].lower().startswith(("gồm", "bao gồm")):
                    return Found(int(tot.group(1)), tot.start(1), tot.end(1))  # the total, then its parts
                if rx is res[2]:
                    # "gồm 8 trung tâm A, trung tâm B và Trung tâm C": more units of the kind counted follow, a part
                    # (not the names the count opens, in brackets or after a colon: "gồm 7 trường (Trường A, Trường B)")
                    noun = t[m.end("n"):m.end()].strip().lower()
                    # (nor past the clause's end: "Cụm gồm 8 xã; xã A là Cụm trưởng, xã B là Cụm phó" names its roles)
                    rest = cre.split(r"[(:;]", low[m.end():s.end], maxsplit=1)[0]
                    # (not when the count stands before the first unit's own name: "gồm 4 Công ty CP A, Công ty TNHH B, ...")
                    # (nor a unit of that kind that opens a clause giving it a role: "gồm 8 xã, xã A là Cụm trưởng"; only where the
                    # cluster is what "gồm" tells of, not its board, "Ban điều hành Cụm gồm 2 sở, sở A làm Cụm trưởng ...", and the
                    # count more than the units given roles)
                    if noun and t[m.end("n"):m.end()].strip()[:1].islower():
                        after = list(cre.finditer(r"(?:,|\svà)\s+" + regex.escape(noun) + r"(?!\p{L})", rest))
                        roled = [x for x in after if _RE_ROLE_CLAUSE_AFTER.match(rest, x.end())]
                        if len(roled) < len(after) or roled and (count_value(m.group("n")) <= len(roled)
                                                                  or _RE_BOARD_GOM.search(t, s.start, m.start())):
                            continue
                if rx is res[-1] and (_RE_HONOURS.search(t[max(s.start, m.start() - 160):m.end()])
                                               or _rated(t[max(s.start, m.start() - 60):m.end()])):
                    continue  # the units ranked or honoured before their list are no count of members
                if 2 <= n <= 200:
                    # "gồm 10 sở: A, B, ... và 4 phòng: C, D": the two groups listed make the count
                    more = _more_units_re().search(t, m.end(), s.end) if cre.match(r"(?:bao\s+)?gồm\b", t[m.start():m.start() + 8], regex.I) else None
                    if more and not (":" in t[m.end():m.end() + 30] and "," in t[m.end():more.start()]):
                        more = None  # the first group is no list of names ("gồm 5 đơn vị tổ chức ... và 2 đơn vị được khen")
                    if more and t[m.end():more.start()].count(",") + 1 < n:
                        more = None  # fewer names than counted before the second group: it is a part of the first
                        # ("gồm 5 đơn vị: A (Cụm trưởng), B (Cụm phó) và 3 đơn vị thành viên")
                    if more and 1 <= int(more.group("n")) <= 200:
                        return Found(n + int(more.group("n")), m.start("n"), more.end("n"))
                    if _RE_ATTENDING_COUNT.search(t, max(s.start, m.start("n") - 40), m.start("n")):
                        attending = attending or Found(n, m.start("n"), m.end("n"))
                        continue
                    # (the count the members came to, in the same sentence: "kết nạp thêm 3 đơn vị, nâng số thành viên lên 11")
                    return _count_as_change(doc, [s]) or Found(n, m.start("n"), m.end("n"))
    return attending or _count_as_change(doc, sents)


# the count the members came to, written as a change: "Số đơn vị trong Cụm tăng từ 6 lên 8", "nâng tổng số thành viên (của
# Cụm) lên 8 đơn vị", "Sau khi sáp nhập, Cụm còn 7 đơn vị" (the count closing its clause: not "Cụm còn 2 đơn vị chưa ...")
_CHANGE_N = r"(?P<n>(?<![\d.,])\d{1,3}(?!\d)|(?:" + _COUNT_WORD + r")(?=\s+(?:đơn vị|thành viên|cơ quan)\b))"
# (the membership itself changes, at most a time between it and the verb: not a part of it qualified, "số đơn vị trong Cụm
# được xếp loại xuất sắc tăng từ 4 lên 6", "số đơn vị trong Cụm đạt chuẩn ... tăng từ 5 lên 7")
_CHANGE_TIME = (r"(?:\s*,?\s*(?:(?:trong|từ|đến|tính\s+đến|so\s+với)\s+)?(?:năm\s+(?:\d{4}|nay|qua)|(?:hiện\s+)?nay"
                r"|sau\s+(?:khi\s+)?(?:sáp\s+nhập|sắp\s+xếp|hợp\s+nhất))\s*,?)?")
_RE_COUNT_CHANGE = regex.compile(
    r"(?:\bsố\s+(?:lượng\s+)?(?:đơn vị|thành viên|cơ quan)(?:\s+thành viên)?\s+(?:của|trong|thuộc)\s+(?:cụm|khối)\b(?:\s+thi\s+đua)?(?:\s+số\s+\d{1,3})?"
    + _CHANGE_TIME + r"\s+"
    # (the cluster itself the subject: not the object of a qualified part, "số đơn vị hoàn thành xuất sắc nhiệm vụ trong Cụm
    # tăng từ 3 lên 5", "số đơn vị đạt chuẩn ... của Cụm đã tăng từ 4 lên 6", "... trong toàn Cụm", "... ở Cụm"; no count
    # opening its clause before it: "số sáng kiến được công nhận của các đơn vị toàn Cụm tăng từ 45 lên 62")
    r"|(?<!\b(?:của|trong|thuộc|toàn|ở|tại)\s+)(?<!\bsố\b[^.;,:]{0,120})\b(?:cụm|khối)\b(?:\s+thi\s+đua)?(?:\s+số\s+\S+)?\s+)(?:đã\s+)?(?:tăng|giảm)\s+từ\s+\d{1,3}(?:\s+(?:đơn vị|thành viên|cơ quan))?\s+(?:lên|xuống)(?:\s+còn)?\s+"
    + _CHANGE_N + r"(?:\s+(?:đơn vị|thành viên|cơ quan)(?:\s+thành viên)?)?(?=\s*(?:[,.;)]|$))"
    r"|\bnâng\s+(?:tổng\s+)?số\s+(?:lượng\s+)?(?:đơn vị|thành viên|cơ quan)(?:\s+thành viên)?(?:\s+(?:của|trong)\s+(?:cụm|khối)(?:\s+thi\s+đua)?)?\s+lên\s+"
    + _CHANGE_N + r"(?:\s+(?:đơn vị|thành viên|cơ quan)(?:\s+thành viên)?)?(?=\s*(?:[,.;)]|$))"
    # ("Cụm còn N đơn vị" closing its clause, or a merger after it; not an aside or a predicate after a comma: "khối còn 3
    # đơn vị, chiếm 30%, có tỷ lệ giải ngân dưới 50%")
    r"|(?<![\p{L}]\s)(?<=(?:^|[,.;:]\s*|\bnay\s+))\b(?:cụm|khối)(?:\s+thi\s+đua)?(?:\s+số\s+\S+)?\s+(?:chỉ\s+)?còn(?:\s+lại)?\s+"
    + _CHANGE_N + r"\s+(?:đơn vị|thành viên|cơ quan)(?:\s+thành viên)?(?=\s*(?:[.;)]|$)|\s*,?\s+sau\s+(?:khi\s+)?(?:sáp\s+nhập|sắp\s+xếp|hợp\s+nhất)\b)",
    regex.I)


def _count_as_change(doc: Document, sents) -> Found | None:
    low = doc.cues.lower
    for s in sents:
        sl = low[s.start:s.end]
        if ("cụm" not in sl and "khố" not in sl) or ("lên" not in sl and "còn" not in sl):
            continue
        for m in _RE_COUNT_CHANGE.finditer(doc.text, s.start, s.end):
            # (the cluster itself the subject of a change must say what it counts: "Cụm tăng từ 7 lên 10 đơn vị", not "so
            # với năm trước Khối tăng từ 2 lên 4", where the count is of what an earlier clause named)
            if low.startswith(("cụm", "khối"), m.start()) and "từ" in low[m.start():m.start("n")] \
                    and _RE_UNIT_NOUN_AFTER.match(doc.text, m.end("n")) is None:
                continue
            if 2 <= count_value(m.group("n")) <= 200:
                return Found(count_value(m.group("n")), m.start("n"), m.end("n"))
    return None


_RE_UNIT_NOUN_AFTER = regex.compile(r"\s+(?:đơn vị|thành viên|cơ quan)(?!\p{L})", regex.I)


_SHARED_COUNT = r"(?P<n>\d{1,2}|(?:" + _COUNT_WORD + r"))\s+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)(?!\p{L})"
_RE_SHARED_UNIT_COUNT = regex.compile(r"(?<=(?-i:\p{Lu})[\p{L}&]*(?:\s+[\p{L}&]+){0,3}\s+)(?<![\d/.,]\s*)" + _SHARED_COUNT, regex.I)
# where it can start: its count and kind alone, found with an overlapped scan (a scan of the whole pattern tries its
# lookbehinds at every character of the text first, six times the cost)
_RE_SHARED_COUNT_AT = regex.compile(_SHARED_COUNT, regex.I)
# the scan runs only just before each kind of place, from the lower-case text's cue scan (none of the kinds' letters is
# one that case folding matches otherwise): a count ends one, its three words at most and the spaces after them read
# backwards from the kind
_V_SHARED_KINDS = cues.vocabulary("cluster.shared_kinds", lambda: ("tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường"))
_RE_COUNT_ROOM = regex.compile(r"(?:\S+\s+){1,3}", regex.REVERSE)


def _shared_count_starts(doc: Document, lo: int, hi: int) -> list[int]:
    """Every start of _RE_SHARED_COUNT_AT in [lo, hi) (and maybe a start that only a window's end lets it match: one more
    try for match_at, which reads the whole pattern to ``hi``)."""
    t, out = doc.text, set()
    for k, e in doc.cues.spans(_V_SHARED_KINDS, lo, hi, word=False):
        room = _RE_COUNT_ROOM.match(t, lo, k)
        if room is not None:
            # (the scan's end one past the kind, for its lookahead to read the character after it)
            out.update(c.start() for c in _RE_SHARED_COUNT_AT.finditer(t, room.start(), min(hi, e + 1), overlapped=True))
    return sorted(out)


@lru_cache(maxsize=None)
def _unit_before_re():
    # a unit's head, its first word capitalised, and at most three words more, right before
    return regex.compile(r"(?<!\p{L})(?=(?-i:\p{Lu}))(?:" + unit_head_ci_re().pattern + r")(?:\s+[\p{L}&]+){0,3}?\s+$", regex.I)


def _count_of_shared_unit(doc: Document, listed: int) -> Found | None:
    """The first "<unit> N <kind of place>" of the content whose N is the number of members listed."""
    sents = doc.content_sentences()
    if listed < 2 or not sents:
        return None
    t, lo, hi = doc.text, sents[0].start, sents[-1].end
    for m in cues.match_at(_RE_SHARED_UNIT_COUNT, t, _shared_count_starts(doc, lo, hi), lo, hi):
        if _unit_before_re().search(doc.text, max(0, m.start() - 50), m.start()) and not m.group("n").lower().startswith("năm") \
                and count_value(m.group("n")) == listed and _names_after_are_members(doc, m.end()):
            return Found(listed, m.start("n"), m.end("n"))
    return None


_RE_ATTENDING_COUNT = regex.compile(r"\b(?:dự|tham dự|tham gia)\b[^.;:]{0,30}?\b(?:đại diện|lãnh đạo)(?:\s+(?:của|các))?\s+$", regex.I)


def _names_after_are_members(doc: Document, at: int) -> bool:
    """No capitalised name follows the count ("Công an 3 xã A, B và C"), or it is (in) a member's name."""
    nm = _RE_NAME_NEXT.match(doc.text, at)
    if nm is None:
        return True
    key = fold(nm.group(1))
    return any(key in fold(m.value) for m in doc.draft.members)


_RE_NAME_NEXT = regex.compile(r"\s+((?-i:\p{Lu}\p{L}*)(?:\s+(?-i:\p{Lu}\p{L}*)){0,3})")


def _count_sentences(doc: Document, sents) -> list[int]:
    """The indexes of the sentences where a unit noun follows a number (and spaces): every count pattern
    holds "<number> <unit noun>"."""
    t, low = doc.text, doc.cues.lower
    n = len(t)
    starts = [s.start for s in sents]
    out = set()
    # every occurrence, then whole words only (as spans(word=True)), tested after the cheap digit test
    for v, e in doc.cues.spans(_V_UNIT_NOUNS, sents[0].start, sents[-1].end, word=False):
        j = v
        while j > 0 and t[j - 1].isspace():
            j -= 1
        if j == 0 or (v > 0 and low[v - 1].isalpha()) or (e < n and low[e].isalpha()):
            continue
        if not t[j - 1].isdigit():  # (a count in figures, or in words: "có sáu đơn vị")
            if low[j - 2:j] not in _COUNT_LAST_PAIRS:
                continue
            words = low[max(0, j - 6):j].split()
            if not words or words[-1] not in _COUNT_LAST_WORDS:
                continue
        out.add(bisect_right(starts, v) - 1)
    return sorted(out)


@lru_cache(maxsize=None)
def _more_units_re():
    return regex.compile(r"(?<=\p{Lu}[^,;.:()]{0,40}),?\s+và\s+(?P<n>\d{1,3})\s+(?:" + _unit_nouns() + r")\b", regex.I)


_RE_NUMBER_BEFORE = regex.compile(r"\b(?:cụm|khối)(?:\s+thi\s+đua)?(?:\s+số)?\s+$", regex.I)
_RES_NAME_BY_KIND = tuple(regex.compile(r"^(?:cụm|khối)(?:\s+thi\s+đua)?\s+các\s+(" + noun + r")\s+(\p{L}+(?:[\s\-–]+\p{L}+){0,2})", regex.I)
                          for noun in (r"\p{Ll}+", r"\p{Ll}+\s+\p{Ll}+"))


@lru_cache(maxsize=None)
def _unit_noun_re():
    return regex.compile(_unit_nouns(), regex.I)


@lru_cache(maxsize=256)
def _descriptor_count_re(noun: str, descriptor: str):
    """"5 huyện miền núi" for the descriptor "huyện" + "miền núi" (compiled once a descriptor)."""
    words = [w for w in regex.split(r"[\s,\-–]+", descriptor) if w]
    return regex.compile(r"(?<![\d\p{L}])(\d{1,3})\s+" + regex.escape(noun) + r"\s+"
                         + r"(?:[\s,\-–]|\s+và\s+)*".join(regex.escape(w) for w in words if w.lower() != "và") + r"(?!\p{L})", regex.I)


# the further kinds a name lists after its first: ", cao đẳng, trung cấp", " và dạy nghề"
_RE_MORE_KINDS = regex.compile(r"(?:\s*,\s*|\s+và\s+)\p{L}+(?:\s+\p{L}+)?(?:(?:\s*,\s*|\s+và\s+)\p{L}+(?:\s+\p{L}+)?)*")


def _count_by_descriptor(doc: Document) -> Found | None:
    """A count written with the descriptor of a cluster named by the kind of its units: "Cụm thi đua các
    huyện miền núi" ... "lãnh đạo 5 huyện miền núi"."""
    name = doc.draft.scalars.get("cluster.name")
    if name is None:
        return None
    # (the kind in one word or two: "các huyện miền núi", "Các cơ quan thường trú trong nước")
    m = next((x for x in (rx.match(name.value) for rx in _RES_NAME_BY_KIND) if x and _unit_noun_re().fullmatch(x.group(1))), None)
    if m is None:
        return None
    # (the name lists several kinds: the count names them all, "12 trường đại học, cao đẳng"; one of them is a part, "04 trường
    # đại học" of "các trường đại học, cao đẳng, trung cấp")
    desc = m.group(2)
    cut = regex.search(r"\s+và(?!\p{L})", desc)  # (a "và" read into the descriptor opens the next kind)
    if cut is not None:
        desc = desc[:cut.start()]
    more = _RE_MORE_KINDS.match(name.value, m.start(2) + len(desc))
    if more is not None:
        desc += more.group(0)
    rx = _descriptor_count_re(m.group(1), desc)
    for s in doc.content_sentences():
        c = rx.search(doc.text, s.start, s.end)
        if c and 2 <= int(c.group(1)) <= 200:
            return Found(int(c.group(1)), c.start(1), c.end(1))
    return None


# --- member list -----------------------------------------------------------------------
# those who preside listed ("Chủ trì Hội nghị gồm A, Cụm trưởng và B"): no member list ("Cụm do A chủ trì gồm 4 đơn vị" is one)
_RE_PRESIDING_LIST = regex.compile(r"(?<=(?:^|[.,;:\n])\s*)(?:chủ trì|đoàn chủ tịch)(?:\s+(?:hội nghị|buổi lễ))?\s+(?:bao\s+)?gồm\b", regex.I)
# the cluster as the subject that has its members: "Cụm (thi đua số 3) (hiện) có ..."
# a list whose last item is the subject of a verb names the units that did something, not the members
# what some of the units did, after them: a part of the members named by it
_SOME_DID = r"được|đạt|đã|đều|hoàn\s+thành|về\s+đích|tiếp\s+tục|vắng|xuất\s+sắc"
_NOT_ACHIEVERS = r"(?![^.;\n]{0,200}?\svà\s[^,.;\n]{1,60}?\s(?:được|đạt|đã|đều|hoàn thành|về đích|tiếp tục)\s)"
_CLUSTER_HAS = r"\b(?:cụm|khối)(?:\s+thi\s+đua)?(?:\s+số\s+\d{1,3})?\s+(?:hiện\s+)?có\s+"
# the cluster as the subject that has its members, without "gồm": "Cụm (thi đua số 3) (hiện) có các huyện A, B", "Cụm có 4 xã
# A, B", "Thành viên Cụm là các huyện A, B" read as "gồm" (group "has": the list checked in member_lists), only before a
# plural or a count, "có" being too common a word to open a list elsewhere; a colon or "gồm" further in the clause opens the
# list there ("Cụm có 03 Đồn Biên phòng: A, B", "Khối có 12 hội thành viên gồm A, B")
_CLUSTER_WORDS = r"(?<!\p{L})(?:cụm|khối)(?:\s+thi\s+đua)?(?:\s+số)?(?:\s+(?:\d{1,3}|(?-i:[IVX]{1,4})))?"
_HAS_MEMBERS = (r"(?P<has>có(?<=" + _CLUSTER_WORDS + r"(?:\s+(?:hiện\s+nay|hiện))?\s+có)"
                r"|là(?<=(?<!\p{L})thành\s+viên\s+(?:(?:của|trong|thuộc)\s+)?" + _CLUSTER_WORDS + r"\s+là))"
                r"(?=\s+(?:các|\d{1,3}|" + _COUNT_WORD + r")\s)(?![^.;:\n]*(?::|\bgồm\b))")
_OPEN = r"(?:bao gồm|gồm|" + _HAS_MEMBERS + r")"
# "gồm (có) N ", the count in figures or words, before the members' kind or their first name
# the verbs that open the predicate of units a clause names outside a "gồm" list ("các đơn vị A, B đã tổ chức", "như A, B đạt
# doanh thu cao"), a regex fragment
_TIED_VERBS = r"(?:đã|đều|cùng|vẫn|tiếp\s+tục|có|không|chưa|hoàn\s+thành|được|đạt|về\s+đích|xếp|tăng|giảm)"
_GOM_COUNT = r"\b" + _OPEN + r"\s+(?:có\s+)?(?:\d{1,3}|(?:" + _COUNT_WORD + r")(?=\s))\s+"
# the kind of place the last of a plural's list may be written with ("là các xã A, B và phường C")
_RE_OTHER_KIND_LAST = regex.compile(r"^(?:xã|phường|thị trấn|đặc khu|huyện|quận|thị xã)\s+(?=(?-i:\p{Lu}))")
# the first name of a list, or the kind of place it names written before it ("là xã A, thị trấn B")
_FIRST_ITEM = r"(?=(?-i:\p{Lu})|(?:xã|phường|đặc khu|thị trấn|huyện|quận|thị xã|thành phố|tỉnh)\s+(?-i:\p{Lu}))"
# the kinds of place a list of places is written under, one or several joined by commas ("các xã, phường trong Cụm:")
_PLACES_KINDS = r"(?:" + _PLACE_KINDS + r"|đặc khu)(?:\s*,\s*(?:" + _PLACE_KINDS + r"|đặc khu))*"
# the words a cluster's name is made of before an apposition after its comma ("Cụm thi đua các huyện phía Nam tỉnh X,"):
# its number, the kinds of place it groups, where they lie, a capitalised or numbered name; any other word (a verb, an
# object, a count: "Cụm thi đua tiếp tục hỗ trợ các địa phương khó khăn,", "Khối thi đua khen thưởng 4 đơn vị,") ends it
_NAME_WORDS = (r"(?:(?:số|các|thuộc|của|trực|tỉnh|thành|phố|huyện|quận|thị|xã|phường|trấn|đặc|khu|vực|vùng|phía|ven|biển|biên|"
               r"giới|miền|núi|đồng|bằng|trung|du|tâm|bắc|nam|đông|tây)(?![\p{L}\d])|(?-i:\p{Lu})[^\s.;:,()]*|\d[^\s.;:,()]*)")
_RE_LIST_INTRO = regex.compile(
    r"(?:\b(?:bao gồm|gồm)\b(?:\s+(?:có|các đơn vị|các|là))?[^:.;\n]{0,70}?:[ \t]*"   # gồm ... :
    # "6 Tổng công ty thành viên Khối thi đua 12: A, B"
    r"|\b\d{1,3}\s+(?:\p{L}+\s+){1,3}?thành viên\s+(?:của\s+|trong\s+)?(?:cụm|khối)\b[^:.;\n]{0,40}?:[ \t]*"
    # "8 đơn vị trong Khối thi đua Nội chính: A, B" (counted: "các đơn vị trong Cụm: " often opens a roll of people)
    # ("6 trường đại học trong Cụm thi đua số 4: A, B": the kind's words after its noun)
    r"|\b\d{1,3}\s+(?:" + _unit_nouns() + r")(?:\s+(?-i:\p{Ll}+)){0,2}?(?:\s+thành viên)?\s+(?:của|trong|thuộc)\s+(?:cụm|khối)\b[^:.;\n]{0,50}?:[ \t]*"
    r"|\b(?:bao gồm|gồm)\s+(?:có\s+)?\d{1,3}\s[^:.;\n]{0,90}?\s(?:là|gồm)\s*:[ \t]*"   # gồm 8 <a long kind> là:
    # "gồm Công an 06 tỉnh khu vực Bắc Trung Bộ, là A, B, C"
    r"|\b(?:bao gồm|gồm)\s+(?:\p{L}+\s+){0,2}\d{1,3}\s+[^:.;\n]{0,60}?,\s*là\s+(?=(?-i:\p{Lu}))"
    # (or without the comma, the count naming its kind of unit: "gồm 5 sở TT&TT các thành phố trực thuộc Trung ương là TP A, TP B")
    # (the places may be written with their kind: "gồm 4 xã, thị trấn là xã A, thị trấn B")
    r"|" + _GOM_COUNT + r"(?:" + _unit_nouns() + r")\b(?:(?!\s(?:được|đã|đạt|báo cáo|tham luận|giao|mới|khác|còn lại|vắng)\b)[^:.;\n]){0,70}?\s+là\s+"
    # (the places' kind once, in the plural, before the first: "gồm 3 đơn vị là các xã A, B và C" gives "A", "B", "C")
    r"(?P<plural>các\s+(?:tỉnh|huyện|quận|thị xã|xã|phường)\s+(?=(?-i:\p{Lu})[^,.;:\n]{0,30}(?:,|\s+và\s+)\s*(?-i:\p{Lu})))?" + _FIRST_ITEM +
    # the count, then a part of them named: "gồm 8 đơn vị, trong đó có A, B và C" (not those that achieved something)
    # (the kinds of place listed, the units told formed: "gồm 10 xã, phường (được hình thành sau sắp xếp), trong đó có xã A")
    r"|" + _GOM_COUNT + r"(?:" + _unit_nouns() + r")(?:\s*,\s*(?:xã|phường|thị trấn|đặc khu)(?!\p{L}))*(?:\s+thành viên)?"
    r"(?:\s+(?:mới\s+)?(?:được\s+)?(?:hình\s+thành|thành\s+lập|sắp\s+xếp|sáp\s+nhập|hợp\s+nhất)(?:\s+(?:sau|từ|theo)\s+[^,.;:\n]{1,40}?)?)?"
    r"\s*,\s*(?P<part>trong\s+đó\s+có)\s+" + _FIRST_ITEM + _NOT_ACHIEVERS +
    # gồm A, B (not "gồm Viện X các huyện, thị xã: A, B", read at its "các")
    r"|\b(?:bao gồm|gồm)\s+(?=(?-i:\p{Lu}))(?![^:.;\n]{0,60}?\bcác\s+(?:" + _unit_nouns() + r")(?:\s*,\s*(?:" + _unit_nouns() + r"))+\s*:)"
    # ("gồm có" only before a unit's head: "Hội thao gồm có Môn Bóng chuyền, ..." lists no units)
    r"|\b(?:bao gồm|gồm)\s+có\s+(?=" + unit_head_ci_re().pattern + r")"
    # (the noun in lower case: "gồm các Sở Tư pháp, Sở Nội vụ" names its first unit whole)
    # ("gồm các đơn vị huyện A, huyện B": the places written with their kind)
    r"|\b" + _OPEN + r"\s+(?:có\s+)?các\s+(?=(?-i:\p{Ll}|\p{Lu}{2})|(?:đơn vị|cơ quan|thành viên)\s+(?=" + unit_head_ci_re().pattern + r"))(?:" + _unit_nouns() + r")(?:\s+(?-i:THPT|THCS|TH|MN|PTDTNT|PTDTBT))?\s+"
    r"(?=(?-i:\p{Lu})|(?<=(?:đơn vị|thành viên)\s+)(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố)\s+(?-i:\p{Lu}))"  # gồm các đơn vị A, B
    # gồm các Bưu điện tỉnh A, B, C: one kind of unit in several provinces, the provinces listed (_shared_head)
    r"|\b(?:bao gồm|gồm)\s+(?:có\s+)?các\s+(?=(?-i:\p{Lu})[^,.;:\n]{0,40}?\s(?:tỉnh|thành phố|huyện|quận|thị xã)\s+(?-i:\p{Lu})[^,.;:\n]{0,20},"
    r"\s*(?:(?:tỉnh|thành phố|huyện|quận|thị xã)\s+)?(?-i:\p{Lu}))"
    # gồm các Sở Tư pháp, Sở Nội vụ: the units named whole after the plural
    r"|\b" + _OPEN + r"\s+(?:có\s+)?các\s+(?=(?-i:\p{Lu}))(?=" + unit_head_ci_re().pattern + r")"
    r"|\b(?:bao gồm|gồm)\s+(?=(?:thành phố|tỉnh|huyện|quận|thị xã)\s+(?-i:\p{Lu})[^.;:\n]{0,40}?\s+và\s+các\s+)"  # gồm thành phố A và các tỉnh B, C
    # (a commune's kind first, the cluster the subject a few words before: "Cụm thi đua số 3 gồm thị trấn A và các xã B, C", or
    # ", các xã B, C"; not a district's own communes, "Huyện gồm thị trấn A và các xã B, C đạt chuẩn ...")
    # (or any place's kind first, "Cụm gồm thị xã A, các huyện B, C"; and after the cluster's name and a comma, an apposition,
    # "Cụm thi đua các huyện phía Bắc tỉnh X, gồm thị xã A, các huyện B, C, đã ...": no verb in the name, not "Cụm ghi nhận
    # nhiều mô hình hay, gồm thành phố A, các huyện B, C đạt chuẩn")
    r"|(?<=\b(?:(?:cụm|khối)(?:\s+[^\s.;:,()]+){0,12}\s+\(?|(?:cụm|khối)\s+thi\s+đua(?:\s+" + _NAME_WORDS + r"){0,10},\s+))"
    r"(?:bao gồm|gồm)\s+(?=(?:thành phố|tỉnh|huyện|quận|thị xã|thị trấn|phường|xã|đặc khu)\s+(?-i:\p{Lu})[^.;:\n]{0,40}?(?:\s+và|\s*,)\s+các\s+)"
    # gồm thị xã A, thị xã B và huyện C: places named with their kind, one after another
    # (not the places a province or district has, counted, with no cluster the subject: "Tỉnh hiện có 2 đặc khu gồm đặc khu
    # A, đặc khu B và 54 xã, phường")
    r"|(?<!(?<!\b(?:cụm|khối)\b[^.;:\n]{0,60})\b(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã)(?:\s+(?-i:\p{Lu})\p{L}*){0,3}\s+(?:hiện\s+(?:nay\s+)?)?có\s+(?:\d{1,3}|(?:"
    + _COUNT_WORD + r"))\s+" + _PLACES_KINDS + r"\s+)"
    r"\b(?:bao gồm|gồm)\s+(?=(?:thành phố|tỉnh|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)\s+(?-i:\p{Lu}|\d)[^.;:\n]{0,40}?,\s*(?:thành phố|tỉnh|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)\s)"
    # (two of them, "và" between, the cluster the subject a few words before: "Cụm gồm huyện A và thị xã B"; not "tỉnh có 2
    # huyện đạt chuẩn nông thôn mới gồm huyện A và thị xã B")
    r"|(?<=\b(?:cụm|khối)(?:\s+[^\s.;:,]+){0,6}\s+)(?:bao gồm|gồm)\s+(?=(?:thành phố|tỉnh|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)\s+(?-i:\p{Lu}|\d)[^,.;:\n]{0,40}?\s+và\s+(?:thành phố|tỉnh|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)\s+(?-i:\p{Lu}|\d))"
    # gồm (A, B, C): the members in brackets right after the word
    r"|\b(?:bao gồm|gồm)\s*\(\s*(?=(?-i:\p{Lu}))"
    # gồm 7 đơn vị (A, B); gồm 06 đơn vị tổ chức Đoàn thể (A, B): the kind's words before the bracket
    # (or their kind after the plural: "gồm các tỉnh (A, B và C)")
    # (or what they are, at length, after a count: "gồm 10 trường cán bộ của các bộ, ngành đoàn thể Trung ương (A, B, ...)")
    r"|\b(?:bao gồm|gồm)\s+(?:có\s+)?(?:\d{1,3}|các)\s+(?:" + _unit_nouns() + r")(?:\s+thành viên)?(?:\s+(?!do\s|của\s)\p{L}+){0,4}?\s*\(\s*(?=(?-i:\p{Lu}))"
    r"|\b(?:bao gồm|gồm)\s+(?:có\s+)?\d{1,3}\s+(?:" + _unit_nouns() + r")\s+(?!do\s)[^()\n.;:]{3,80}?\s*\(\s*(?=(?-i:\p{Lu})[^()]{0,80}?,)"
    # gồm huyện A, B, C và D: the kind written once, before the first of the places
    # (the plural's kind is no item's: "gồm các huyện A, B" gives "A"; written with the first place alone, the kind stays
    # with it as written: "gồm huyện A, B" gives "huyện A", "B")
    r"|\b" + _OPEN + r"\s+các\s+(?:tỉnh|huyện|quận|thị xã|xã|phường)\s+(?=(?-i:\p{Lu})[^,.;:\n]{0,30},\s*(?-i:\p{Lu}))"
    r"|\b(?:bao gồm|gồm)\s+(?=(?:tỉnh|huyện|quận|thị xã|xã|phường)\s+(?-i:\p{Lu})[^,.;:\n]{0,30},\s*(?-i:\p{Lu}))"
    # the count, the unit the places share, then its first place and the others: "gồm 5 Liên đoàn Lao động thành phố A, B, C"
    # gives "A", "B", "C" (as "Công an 5 tỉnh A, B")
    # (or the cluster "có" them, "là" before the places: "Cụm có 5 Liên đoàn Lao động huyện là A, B")
    r"|\b" + _OPEN + r"\s+(?:có\s+)?\d{1,3}\s+(?=(?-i:\p{Lu}))(?=" + unit_head_ci_re().pattern + r")"
    # (or the unit named by its level: "gồm 8 Tỉnh hội A, B")
    r"(?:(?:[\p{L}&]+\s+){1,5}?(?:tỉnh|thành phố|huyện|quận|thị xã)|(?:tỉnh|thành|huyện)\s+hội)\s+(?:là\s+)?(?=(?-i:\p{Lu})[^,.;:\n]{0,30},\s*(?:(?:tỉnh|thành phố|huyện|quận|thị xã)\s+)?"
    # (the next item a bare place, no unit of its own: not "gồm 3 Sở Y tế tỉnh A, Sở Tài chính tỉnh B")
    r"(?!" + unit_head_ci_re().pattern + r")(?-i:\p{Lu}))"
    # gồm 8 tỉnh hội A, B; gồm 5 đơn vị là thành phố A và các huyện B, C
    # (not the agent of a role after the count: "gồm 10 đơn vị do Công an huyện A làm trưởng khối")
    # (the count's noun no unit's head: "gồm 3 Sở Y tế tỉnh A, Sở Tài chính tỉnh B" names its first unit whole, read next)
    # (the count in words too: "gồm có năm tỉnh A, B, C")
    r"|" + _GOM_COUNT + r"(?!(?=(?-i:\p{Lu}))(?:" + unit_head_ci_re().pattern + r"))(?:(?!(?:do|mới|khác|còn)\s)\p{L}+\s+){1,3}?(?:là\s+)?(?=(?:thành phố|huyện|tỉnh|thị xã|quận)?\s*(?-i:\p{Lu}))"
    # (not a count of units by their kinds, each a bare head with no name: "gồm 10 Tổng công ty, Công ty trực thuộc Bộ"; but a
    # list where a capitalised unit follows the second head, its lower-case words its name's, "gồm 4 Kho bạc, Bảo hiểm xã hội
    # tỉnh, Cục Thuế ...", "gồm 3 Tòa án nhân dân, Viện kiểm sát nhân dân tỉnh và Cục ..."; and two heads alone are as many as a
    # count of two names, "gồm 2 Kho bạc và Cục Thuế")
    r"|" + _GOM_COUNT + r"(?=(?-i:\p{Lu}))(?=" + unit_head_ci_re().pattern + r")"
    r"(?!(?:" + unit_head_ci_re().pattern + r")(?:\s*,\s*|\s+và\s+)(?:" + unit_head_ci_re().pattern + r")"
    r"\s+(?!và\b)(?-i:\p{Ll})(?![^.;:\n]*?(?:,|\svà)\s+(?-i:\p{Lu})))"
    r"(?!(?<!(?<![\d.,])0?2\s+|\bhai\s+)(?:" + unit_head_ci_re().pattern + r")(?:\s*,\s*|\s+và\s+)(?:" + unit_head_ci_re().pattern + r")\s*(?:[.;:]|$))"
    # "Các thành viên của Khối thi đua số 5 là: A, B"
    r"|\b(?:các\s+)?(?:đơn vị\s+)?thành viên\s+(?:(?:của|trong|thuộc)\s+)?(?:cụm|khối)[^:.;\n]{0,40}?\s+(?:là|gồm(?:\s+có)?)\s*:[ \t]*"
    # a list's title, the members on the lines under it: "Danh sách đơn vị thành viên Cụm:", "Danh sách thành viên Khối:" (the
    # colon right after the units or their cluster: not "Danh sách thành viên Ban Tổ chức:", nor a bare "Danh sách thành viên:",
    # as often people; the units' noun with no cluster only as a title opening its line, not after a sentence on another body:
    # "Hội đồng Thi đua tỉnh được kiện toàn. Danh sách cơ quan thành viên:")
    r"|(?<=\bdanh\s+sách\s+(?:các\s+)?)(?:(?:đơn vị|cơ quan)\s+thành viên\s+(?:(?:của|trong|thuộc)\s+)?(?:cụm|khối)(?:\s+thi\s+đua)?"
    r"|thành viên\s+(?:(?:của|trong|thuộc)\s+)?(?:cụm|khối)(?:\s+thi\s+đua)?)(?:\s+số\s+\d{1,3})?\s*:[ \t]*(?=\n)"
    r"|(?<=(?:^|\n)[ \t]*(?:[-+•*][ \t]*)?danh\s+sách\s+(?:các\s+)?)(?:đơn vị|cơ quan)\s+thành viên\s*:[ \t]*(?=\n)"
    # "đại diện các đơn vị thành viên trong Cụm: A; B"
    # ("đại diện các đơn vị của Khối thi đua: A, B")
    # (or in brackets: "các đơn vị thành viên trong Khối (A, B và C)")
    # (or "thành viên" right before the cluster: "lãnh đạo các đơn vị thành viên Khối: A, B")
    r"|\b(?:(?<=(?:^|[.;:\n,])\s*)(?P<units_open>)|)các\s+(?:(?:(?:đơn vị|cơ quan)(?:\s+thành viên)?|thành viên)\s+(?:của|trong|thuộc)|(?:(?:đơn vị|cơ quan)\s+)?thành viên)\s+(?:cụm|khối)(?:\s+thi\s+đua)?(?:\s+số\s+\d{1,3})?\s*(?::[ \t]*|\(\s*(?=(?-i:\p{Lu}))|(?<=\s)là\s+"
    # (the unit the places share, then their kinds and a colon: "là Ủy ban MTTQ các tỉnh, thành phố: A, B")
    # (or the places written with their kind: "các đơn vị trong Cụm thi đua số 4 là huyện A, huyện B", only where the
    # units open their clause, its subject: not "Khó khăn chung của các đơn vị trong Cụm là xã A, xã B chưa có ...")
    r"(?:(?-i:\p{Lu})[^:.;\n]{0,60}?\bcác\s+" + _PLACE_KINDS + r"(?:\s*,\s*" + _PLACE_KINDS + r")*\s*:\s*)?(?(units_open)" + _FIRST_ITEM + r"|(?=(?-i:\p{Lu}))))"
    # (the members' kind a unit's capitalised head: "lãnh đạo các Cục Thuế thành viên: A, B", "các Công ty Điện lực thành viên
    # Khối: A, B", as "các đơn vị thành viên:")
    # (the cluster not named, the units the people attending stand for: not "Tổng công ty X và các Công ty Điện lực thành
    # viên: A, B đã trao quà", a parent body's own member companies)
    r"|\bcác\s+(?=(?-i:\p{Lu}))(?:" + unit_head_ci_re().pattern + r")(?:\s+(?-i:\p{Lu})[\p{L}&]*(?:\s+(?!thành\s)(?-i:\p{Ll}+))?){0,3}\s+thành\s+viên"
    r"(?:\s+(?:(?:của|trong|thuộc)\s+)?(?:cụm|khối)(?:\s+thi\s+đua)?(?:\s+số\s+(?:\d{1,3}|[IVX]{1,4}))?"
    r"|(?<=\b(?:lãnh\s+đạo|đại\s+diện|(?:tham\s+)?dự(?:\s+(?:có|của))?|tham\s+gia\s+của)\s+các\s+[^:.;\n]{1,80}))\s*:[ \t]*(?=(?-i:\p{Lu}))"
    # "với 5 thành viên là A, B", "có 6 đơn vị thành viên là A, B"
    r"|(?<=\bvới\s+)\d{1,3}\s+(?:" + _unit_nouns() + r")(?:\s+thành viên)?\s+(?:là|gồm)\s+(?=(?-i:\p{Lu}))"
    r"|(?<=\bcó\s+)\d{1,3}\s+(?:(?:" + _unit_nouns() + r")\s+)?thành viên\s+là\s+(?=(?-i:\p{Lu}))"
    # (or opening the sentence, the count in words too: "Chín doanh nghiệp thành viên là A, B và C")
    # (the lookbehind after the fixed words, their length known: it is tried only where they stand)
    r"|thành viên(?<=(?:^|[.;]\s*)(?:\d{1,3}|(?-i:\p{Lu})\p{Ll}*(?:\s+\p{Ll}+)?)\s+(?:(?:" + _unit_nouns() + r")\s+)?thành viên)\s+là\s+(?=(?-i:\p{Lu}))"
    # "lãnh đạo VKSND 6 tỉnh trong Cụm là A, B và C": the count, the kind, the cluster they make up
    # (the count in words too: "Bốn huyện trong cụm là A, B, C và D")
    r"|(?<![\d\p{L}])(?:\d{1,3}|(?:" + _COUNT_WORD + r")(?=\s))\s+(?:" + _unit_nouns() + r"|xã|phường|thị trấn|huyện|quận|thị xã|tỉnh|thành phố)(?:\s+thành viên)?"
    r"\s+(?:trong|thuộc|của)\s+(?:cụm|khối)(?:\s+thi\s+đua)?(?:\s+số\s+(?:\d{1,2}|[IVX]{1,4}))?\s+(?:là|gồm)\s+(?=(?-i:\p{Lu}))"
    # "Cụm có 4 đơn vị là phường 6, phường 9 ..." (the cluster the subject)
    # (the count in words too, and a colon for "là": "Cụm có bốn huyện: A, B")
    # (or several kinds: "Cụm có 4 xã, thị trấn: A, B")
    # (or associations and unions, a union's level after it: "Khối có 3 hội: A, B", "Cụm có 5 Liên đoàn Lao động huyện là A, B")
    # (the units' leaders or representatives present, counted: "Về phía Cụm có lãnh đạo 05 Trung tâm Y tế thành viên: A, B")
    r"|(?<=" + _CLUSTER_HAS + r"(?:(?:lãnh\s+đạo|đại\s+diện)\s+)?)(?:\d{1,3}|(?:" + _COUNT_WORD + r")(?=\s))\s+(?:" + _unit_nouns() + r"|hội(?!\s+(?:nghị|viên|thi|thảo|thao|đồng)\b)"
    r"|(?:" + _MEMBER_BODIES + r")(?:\s+(?:tỉnh|huyện|quận|thị xã|thành phố|xã|phường|ngành|cơ sở))?"
    # (or the kind of unit by its capitalised head, a few words: "Cụm có 3 Chi cục Thuế: A, B và C")
    r"|(?=(?-i:\p{Lu}))(?=" + unit_head_ci_re().pattern + r")\p{L}+(?:\s+(?!(?:được|đạt|nhận|có|là|tham|dự|đề|xếp|dẫn|đứng|hoàn)(?!\p{L}))\p{L}+){0,3}?(?=(?:\s+thành\s+viên)?\s*:))"
    r"(?:\s*,\s*(?:" + _unit_nouns() + r"))*(?:\s+thành viên)?(?:\s+là\s+|\s*:\s*"
    # (its last item no subject of a verb: not "Cụm có ba đơn vị: A, B và C được tặng ...", the ones that did it)
    + _NOT_ACHIEVERS + r")"
    r"(?=(?-i:\p{Lu})|(?:xã|phường|đặc khu|thị trấn|huyện|quận|thị xã|thành phố|tỉnh)\s)"
    # the units counted, the unit they share, then their places after a colon: "Cụm thi đua Hội Nhà báo các tỉnh A có 6 đơn vị Hội
    # Nhà báo tỉnh: Bắc Ninh, Thái Nguyên" (the cluster, named, the subject)
    r"|(?<=\b(?:cụm|khối)(?:\s+thi\s+đua)?[^.;:\n]{0,80}?\s(?:hiện\s+)?có\s+)\d{1,3}\s+(?:" + _unit_nouns() + r")(?:\s+thành viên)?"
    r"\s+(?-i:\p{Lu})[^:.;\n]{0,40}?\s(?:tỉnh|thành phố|huyện|quận|thị xã)\s*:\s*(?=(?-i:\p{Lu}))"
    # (not the ones that achieved something: "Cụm có 3 đơn vị Hội Nông dân huyện: A, B và C đạt danh hiệu ...")
    + _NOT_ACHIEVERS +
    # the members new to the cluster, named: "Cụm có thêm 2 thành viên mới là A và B", "..., trong đó có 2 đơn vị mới được bổ
    # sung là A và B" (their count no count of all the members)
    r"|(?<=(?:" + _CLUSTER_WORDS + r"(?:\s+(?:đã|vừa))?\s+(?:có|được\s+(?:bổ\s+sung|kết\s+nạp))\s+thêm|\btrong\s+đó\s+có)\s+)(?P<newly>)"
    r"(?:\d{1,3}|(?:" + _COUNT_WORD + r")(?=\s))\s+(?:(?:" + _unit_nouns() + r")(?:\s+thành viên)?|thành viên)\s+mới(?:\s+được\s+(?:bổ\s+sung|kết\s+nạp))?"
    r"(?:\s+là\s+|\s*:\s*)(?=(?-i:\p{Lu}))"
    # "Tham gia Cụm có A, B và C"
    r"|\btham\s+gia\s+(?:cụm|khối)(?:\s+thi\s+đua)?(?:\s+số\s+\d{1,3})?\s+(?:gồm\s+)?có\s+(?=(?-i:\p{Lu}))"
    # ("Viện kiểm sát các huyện, thị xã, thành phố: A, B": the kinds of the places listed, joined by commas)
    # ("5 trường đại học, cao đẳng trên địa bàn tỉnh: A; B": a kind named in words, the next one after a comma)
    # ("các tỉnh, thành, đơn vị: A, B": "thành" for "thành phố")
    r"|\b(?:các|\d{1,3})\s+(?:tỉnh,\s*thành(?:\s+phố)?|tổ chức|" + _unit_nouns() + r")"
    r"(?:(?<=trường)\s+(?:đại học|cao đẳng|trung cấp)\s*,\s*(?:đại học|cao đẳng|trung cấp)(?=\s+(?:trên địa bàn|thuộc|trong|của)\b|\s*:))?"
    # (the words after the kind describe it, not what the units did: "các thành viên nhất trí: A là Khối trưởng ...")
    r"(?:\s*,\s*(?:" + _unit_nouns() + r"))*(?:\s+thành viên)?(?:\s+(?!(?:nhất|thống|đã|đều|cùng|bầu)\s)(?-i:\p{Ll}+|Bắc|Nam|Trung|Tây|Đông|Biên phòng|Công an|Quân sự)){0,4}?"
    # (the cluster they make up may follow: "các tỉnh, thành phố cụm thi đua số 9: A, B")
    # (or by a name in words after "thuộc", for places: "các huyện thuộc Cụm thi đua vùng cao: A, B"; the units of a bloc
    # without a count often open a roll of people: "các đơn vị trong Khối thi đua X: ông A, Giám đốc Sở Y; ...")
    r"(?:\s+(?:thuộc\s+|trong\s+|của\s+)?(?:cụm|khối)(?:\s+thi\s+đua)?(?:\s+số)?\s+(?:\d{1,2}|[IVX]{1,4})"
    r"|(?<=\bcác\s+" + _PLACES_KINDS + r"\s+(?:thuộc|trong))\s+(?:cụm|khối)\s+thi\s+đua\s+(?:(?!\s(?:bao\s+)?gồm\b)[^:.;,()\n]){1,40}?"
    # (or with neither number nor name, the places' kind opening the sentence or a clause, the list's subject: "Các phường
    # trong Cụm: A, B"; not "Kết quả chấm điểm các xã trong Cụm: A đạt 98 điểm", the places a noun's object)
    r"|(?<=(?:^|[.;:!?\n]\s*|,\s*|\b(?:bao\s+)?gồm\s+)các\s+" + _PLACES_KINDS + r"\s+(?:thuộc|trong))\s+(?:cụm|khối)(?:\s+thi\s+đua)?)?\s*:[ \t]*"
    # "đại diện 05 xã A, B, C, D, E": a count and the kind of the places, then as many names (checked in member_lists)
    r"|(?<![\d\p{L}])(?P<cnt>\d{1,3})\s+(?:xã|phường|thị trấn|huyện|quận|thị xã|tỉnh|thành phố)\s+(?=(?-i:\p{Lu}))"
    # the units the subject of a clause, tied to the cluster after them: "các đơn vị Sở A, Sở B và Sở C thuộc Cụm thi đua số 5
    # đã tổ chức ..." (the list ends at "thuộc")
    r"|\bcác\s+(?:đơn vị|cơ quan)(?:\s+thành viên)?\s+(?P<tied>)(?=(?-i:\p{Lu}))(?=" + unit_head_ci_re().pattern + r")"
    # (the units alone before "thuộc", no verb of theirs on the way, "các đơn vị A, B đã trao quà cho các hộ thuộc khối 3", and
    # the cluster an emulation one, capitalised or so called: not a town's residential "khối 3")
    r"(?=(?:(?!\s" + _TIED_VERBS + r"\s+(?-i:\p{Ll}))[^.;:\n]){3,300}?\s(?:thuộc|trong)\s+(?:(?-i:Cụm|Khối)|(?:cụm|khối)(?=\s+(?:thi\s+đua|số)\b))"
    r"(?:\s+thi\s+đua)?(?:\s+số)?\s+(?:\d{1,2}|(?-i:[IVX]{1,4}))(?!\p{L}))"
    # units that attend, named, then labelled as the members after a dash: "lãnh đạo A, B và C - các đơn vị thành viên của Khối"
    r"|(?:lãnh\s+đạo|đại\s+diện)(?:\s+(?:các|của))?\s+(?P<tied>)(?=(?-i:\p{Lu}))(?=" + unit_head_ci_re().pattern + r")"
    # (the list may run on semicolons, "lãnh đạo A; B; C - các đơn vị thành viên của Khối"; or "là" label it, "A, B và C là
    # (các đơn vị) thành viên Khối")
    # (on semicolons only under the plural label, "- các đơn vị thành viên": "...; C - đơn vị thành viên của Khối" labels C
    # alone; the "là" label on commas alone, after a unit's name: not "...; C, đơn vị là thành viên Khối", one unit described)
    r"(?=[^.;:\n]{3,300}?\s[-–]\s*(?:là\s+)?(?:các\s+)?(?:đơn vị|cơ quan)\s+thành viên\s+(?:của|trong|thuộc)\s*(?:cụm|khối)(?!\p{L})"
    r"|[^.:\n]{3,300}?\s[-–]\s*(?:là\s+)?các\s+(?:đơn vị|cơ quan)\s+thành viên\s+(?:của|trong|thuộc)\s*(?:cụm|khối)(?!\p{L})"
    r"|[^.;:\n]{3,300}?\s(?<!(?:đơn\s+vị|cơ\s+quan)\s)(?:,\s*)?là\s+(?:các\s+)?(?:(?:đơn vị|cơ quan)\s+)?thành viên\s+(?:(?:của|trong|thuộc)\s+)?"
    r"(?:cụm|khối)(?!\p{L}))"
    # members given as examples: "nhiều đơn vị thành viên như A, B"
    r"|(?:đơn vị|cơ quan|doanh nghiệp)\s+thành viên(?:\s+(?:của|trong|thuộc)\s+(?:cụm|khối)(?:\s+thi\s+đua)?)?\s*,?\s+(?:điển\s+hình\s+|tiêu\s+biểu\s+)?như\s*:?\s*"
    r"(?P<tied>)(?=(?-i:\p{Lu}))(?=" + unit_head_ci_re().pattern + r")"
    # a heading that names the cluster's make-up, opening its line or sentence, the list after its colon, inline or on the lines
    # below: "Thành phần Khối thi đua số 5:", "Thành phần Cụm:", "Các đơn vị thành viên:", "Đơn vị thành viên của Khối:" (not
    # "Thành phần tham dự:", the attendance, nor "biểu dương các đơn vị thành viên: ...", what a clause did to them)
    r"|(?<=(?:^|\n|[.!?][ \t])[ \t]*(?:[-–•*+][ \t]*)?)(?:thành\s+phần\s+(?:của\s+)?(?:cụm|khối)(?!\p{L})"
    # (the members' label of a summary's line: "- Thành viên Khối: A, B, C", "Thành viên của Cụm:")
    r"|thành\s+viên\s+(?:(?:của|trong|thuộc)\s+)?(?:cụm|khối)(?!\p{L})"
    r"|(?:các\s+)?(?:đơn\s+vị|cơ\s+quan)\s+thành\s+viên(?:\s+(?:của|trong|thuộc)\s+(?:cụm|khối)(?!\p{L}))?)"
    # (what may stand before the colon is the cluster's own name, number or year, not what the units did: not "Thành phần
    # của Khối tham gia đoàn kiểm tra chéo: A, B", a team drawn from the members)
    # (nor after the name: "Thành phần Khối thi đua tham gia đoàn kiểm tra chéo:", a verb of what they did before the colon)
    r"(?:[ \t]+(?:thi\s+đua|số|năm|\d|\(|(?-i:\p{Lu}))(?![^:.;\n]{0,50}?(?<!\p{L})(?:tham\s+gia|tham\s+dự|dự|kiểm\s+tra|được|là|làm|đi|nhận)(?!\p{L}))"
    r"[^:.;\n]{0,50}?)?[ \t]*:[ \t]*"
    # "cụm thi đua các tỉnh A, B, C": the cluster named by its members
    # (or after the unit the places share: "gồm Hội CCB các tỉnh A, B", "lãnh đạo HKH các tỉnh A, B")
    # (a unit's name may end in lower case: "đại diện Hội Chữ thập đỏ các tỉnh A, B")
    r"|các(?<=\b(?:cụm|khối|(?-i:\p{Lu}[\p{Lu}\p{L}]*)(?:\s+\p{L}+){0,2})(?:\s+thi\s+đua)?\scác)\s+(?:tỉnh, thành phố|tỉnh|thành phố|huyện)\s+(?=(?-i:\p{Lu})))",
    regex.I,
)
# where _RE_LIST_INTRO can start: its words, and the first digit of a number
_V_LIST_INTRO = cues.vocabulary("cluster.list_intro", lambda: ("bao gồm", "gồm", "các", "đơn vị thành viên", "thành viên", "tham gia", "thành phần",
                                                                 "có", "là", "lãnh đạo", "đại diện", "cơ quan thành viên",
                                                                 "doanh nghiệp thành viên", *_COUNT_WORDS))
_RE_DIGITS = regex.compile(r"\d+")
# (a numbered cluster, the subject of the "gồm" an introduction opens with)
_RE_SUBJECT_NUMBER = regex.compile(r"\b(?:cụm|khối)(?:\s+thi\s+đua)?\s+số\s+(\d{1,2})\b", regex.I)
_RE_INTRO_NUMBER = regex.compile(r"\b(?:cụm|khối)(?:\s+thi\s+đua)?\s+(?:số\s+)?(\d{1,2})\b", regex.I)
# (the kind of unit the places share may stand between: "lãnh đạo Công an 6 tỉnh A, B, ...")
_RE_REPRESENTED = regex.compile(r"\b(?:đại diện|lãnh đạo)(?:\s+(?:lãnh đạo|các|của))?(?:\s+(?P<kind>(?-i:\p{Lu})\p{L}*(?:\s+\p{L}+){0,2}?))?\s+$", regex.I)
_RE_GUESTS = regex.compile(r"\b(?:được\s+)?mời\b|\bkhách mời\b", regex.I)
# (not the cluster's own number: "Thành viên Cụm thi đua số 3 gồm: A, B và C" counts nothing)
_RE_INTRO_COUNT = regex.compile(r"(?<![\d/.])(?<!(?i:\bsố|\bcụm|\bkhối|\bthi\s+đua)\s)(\d{1,3})\s+\p{L}")
_RE_ROLE_WORD_ITEM = regex.compile(r"(?:đơn\s+vị\s+)?(?:" + ROLE_WORDS + r")(?:\s+năm\s+\d{4})?", regex.I)
_RE_COUNT_WORD_AT = regex.compile(r"(?:" + _COUNT_WORD + r")\s", regex.I)
_RE_CLUSTER_HAS = regex.compile(_CLUSTER_HAS + r"$", regex.I)
# (or in words, opening the introduction or after "gồm": "Bốn huyện trong cụm là", "gồm bảy bệnh viện tuyến tỉnh là")
_RE_INTRO_WORD_COUNT = regex.compile(r"(?:(?:bao\s+)?gồm\s+(?:có\s+)?|có\s+|là\s+)?(" + _COUNT_WORD + r")\s+\p{L}", regex.I)
# after a list the cluster "có" (_HAS_MEMBERS), what its units did: "Cụm có các huyện A, B dẫn đầu ...", "Cụm có 2 đơn vị là
# A và B được tặng Cờ" name some of them, not the members
_RE_HAS_SOME = regex.compile(r"\b(?:" + _SOME_DID + r")\b", regex.I)


def _has_predicate(t: str, start: int, end: int) -> bool:
    """A verb of achievement in t[start:end]; written with a capital and small letters after it, it is a name's
    syllable, no verb ("Công ty TNHH Minh Đạt", "Xã Tiến Đạt"); an upper-cased verb still counts."""
    return any(not (w[0].isupper() and not w.isupper()) for w in (m.group(0) for m in _RE_HAS_SOME.finditer(t, start, end)))


_RE_HAS_COUNT = regex.compile(r"\s*(\d{1,3}|" + _COUNT_WORD + r")\s", regex.I)
# a count of units in the clause before "gồm", with nothing but words between ("có 6 doanh nghiệp ... gồm")
# (or units of one kind named by it, then the cluster they belong to: "của 05 Bưu điện tỉnh thuộc Cụm thi đua số 6 gồm")
# (not the cluster's own number, a province after it: "Cụm thi đua số 4 tỉnh A gồm các huyện: ..."; a total is a count,
# "với sự tham gia của tổng số 04 Bưu điện tỉnh thuộc Cụm gồm: ...")
_RE_COUNT_BEFORE_INTRO = regex.compile(r"(?<![\d/.])(?<!\b(?:cụm|khối)(?:\s+thi\s+đua)?(?:\s+\p{L}+){0,2}?\s+số\s+)(?<!\bthứ\s+)\b(\d{1,3})\s+(?:(?:" + _unit_nouns() + r")\b[^\d:;.]{0,60}"
                                       r"|(?-i:\p{Lu})\p{L}*(?:\s+\p{L}+){0,3}?\s+(?:thuộc|trong)\s+(?:cụm|khối)\b[^:;.]{0,40})$", regex.I)
_RE_COUNTED_PLACES = regex.compile(r"(?<![\d\p{L}])\d{1,3}\s+(?:xã|phường|thị trấn|huyện|quận|thị xã|tỉnh|thành phố)\s+\p{Lu}")
# the cluster that has its members (_HAS_MEMBERS), where no word of _LIST_WORDS need stand: "Cụm thi đua số 3 có 4 huyện A, B"
_RE_HAS_MEMBERS = regex.compile(_CLUSTER_WORDS + r"(?:\s+(?:hiện\s+nay|hiện))?\s+(?:có|là)\s+(?:các|\d{1,3}|" + _COUNT_WORD + r")\s", regex.I)


def _list_intro_starts(doc: Document, sh: str, a: int, b: int) -> list[int]:
    """Where _RE_LIST_INTRO can start in sh[a:b] (``sh``: the text or its shadow, same offsets)."""
    # a number opens it only as "\d{1,3}\s": a run of at most three digits before a space
    # (``isspace`` holds every character ``\s`` matches, so no start is lost)
    return [x for x, _ in doc.cues.spans(_V_LIST_INTRO, a, b, word=False)] + [
        m.start() for m in _RE_DIGITS.finditer(sh, a, b) if m.end() - m.start() <= 3 and sh[m.end():m.end() + 1].isspace()]


# (the cluster's words abbreviated too: "KTĐ số 4 (gồm A, B)", "CTĐ số 2 gồm ...")
_RE_LIST_SUBJECT_OK = regex.compile(
    r"\b(?:cụm|khối|ctđ|ktđ|đơn vị|thành viên|tỉnh|thành phố|trường|doanh nghiệp|công an|sở|đài|đồn|liên đoàn|ngân hàng|công ty|bđbp|phòng|lđlđ|tổ chức|huyện|quận|thị xã|xã|phường|cơ quan|hội)\b",
    regex.I,
)
# (the full stop of an enumerator, "gồm: 1. A; 2. B", ends nothing)
# (a line break and a full stop with no space after it are matched before their lookbehinds too: a lookbehind first is
# tried at every character of the search)
# (only its start is read: the full stop is checked before its lookbehinds, and one "\s+" opens both the
# "và <number>" and the verbs, so a space is tried once)
# ("Viện Kiểm sát nhân dân cấp cao tại thành phố Hà Nội (Viện cấp cao 1), ...": "tại" and a city before the item's
# end name the unit; so does "tại" and a place before a semicolon: "Chi cục Hàng hải tại Hải Phòng; ...")
# (a verb of receiving ends an item: "A, B, C vinh dự đón nhận Huân chương ...")
_RE_LIST_END = regex.compile(
    r"\.(?<!(?:[:;]\s*)\d{1,2}\.)(?<!(?<!\p{L})(?-i:TP|Tp|TX|NXB|TT|H|Q|X|P)\.)(?=\s|$)" + NOT_PLACE_ABBREVIATION + r"|:|\n(?<!,[ \t]*\n)|\)|\s+(?:và\s+(?=\d)|(?-i:do|đã|được|đang|vừa|đều|cũng|vẫn|luôn|vinh dự(?=\s+(?:được|đón|nhận)\s)|đón nhận|long trọng|trang trọng|chính thức|quan tâm|tích cực|hưởng ứng|nỗ lực|tổng kết|sơ kết|ký kết|tiến hành|" + TO_CHUC + r"|làm(?<!\bviệc\s+làm)(?!\s+(?:đơn\s+vị\s+)?(?i:" + ROLE_WORDS + r")(?!\p{L}))|cùng|với|đến dự|tham dự|về dự|thuộc|tiếp tục|đóng(?=\s+(?:trên|tại|chân)\s)|" + TAI_ENDS_UNIT + r"(?!\s+(?:thành phố|tỉnh|TP\.?)\s*(?-i:\p{Lu}\p{L}*)(?:\s+(?-i:\p{Lu}\p{L}*)){0,3}\s*(?:\(|,|;|\s+và\s)|\s+(?-i:\p{Lu}\p{L}*)(?:\s+(?-i:\p{Lu}\p{L}*)){0,3}\s*;)|là(?!\s+(?:đơn\s+vị\s+)?(?i:" + ROLE_WORDS + r")(?!\p{L}))|có|của(?=\s+(?:thành phố|tỉnh|huyện|quận|thị xã|TP)(?!\p{L})))(?!\p{L}))|,\s*(?-i:trong đó|do|cùng|với|đến|giao cho|phân công|chỉ định)\b"
    r"|\.(?<=(?-i:\p{Ll})\.)(?=(?-i:\p{Lu}\p{Ll}))"  # a full stop with its space left out ("Nông Sơn.Theo đó"; not "TP.Hồ")
    r"|\s+(?:và|cùng)\s+(?:các\s+)?(?:đơn vị|cơ quan|đại biểu)\s+khách mời\b"  # the guests after the members
    # "A và đại diện Ban X", "A và các đồng chí đại diện lãnh đạo Văn phòng": the guests the list goes on to
    r"|\s+(?:và|cùng)\s+(?:(?:các\s+)?(?:đồng chí|đ/c|ông|bà)\s+)?(?:đại diện|lãnh đạo)\b"
    r"|\s+(?:và|cùng)\s+(?:các\s+)?(?:cơ quan báo|phóng viên|báo chí|(?:cơ quan|đơn vị) thông tấn|cán bộ|công chức)",  # the press, the staff
    regex.I,
)
# (an opening quote before the first item: 'gồm: “ A; B; C”')
_RE_ITEM_PREFIX = regex.compile(r"^(?:[\"“„]\s*(?=\S))?(?:(?<=^.\s*)|\(?\d{1,2}[.)]\s*|[+•*–-]\s+|(?:và\s+)?các\s+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|sở|ban|ngành|hội|trường(?:\s+(?-i:THPT|THCS|TH|MN|PTDTNT|PTDTBT))?)\s+(?=\p{Lu})|và\s+|đơn vị\s+(?:cụm|khối)\s+(?:trưởng|phó)\s+|các\s+đồn\s+biên\s+phòng\s*:?\s*)", regex.I)


# the units a sentence ranks, honours or proposes for an award before its list: recipients, not members
_RE_HONOURS = regex.compile(
    r"\b(?:dẫn đầu|(?:được\s+)?(?:trao\s+)?tặng|trao(?!\s+đổi)|được đề nghị|đề nghị\s+(?:\p{L}+\s+){0,6}?(?:tặng|khen)|suy tôn|xếp thứ|"
    r"biểu dương|vinh danh|tuyên dương|khen thưởng cho|(?:được\s+)?nhận\s+(?:cờ|bằng khen|giấy khen|danh hiệu))\b", regex.I)


# a list in two counted groups: "gồm 10 Sở X: A, B và 4 Phòng Y thuộc UBND các tỉnh C, D",
# "gồm 7 đơn vị: Công an các huyện A, B và 3 đơn vị Công an các phường C, D"
_RE_SECOND_GROUP = regex.compile(
    # (or after a semicolon: "3 công ty cao su là A, B và C; 2 đơn vị thuộc Binh đoàn 15 là D và E; có 4 công ty ... là F")
    r"(?:\s+và|\s*;)\s+(?:có\s+)?\d{1,3}\s+(?P<gap>[^:;.\n]{0,90}?)(?:\s*:\s*|\s+(?:là|gồm)\s+(?=\p{Lu})|(?<=\s)các\s+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)\s+(?=\p{Lu}))"
    # the last units after "cùng với", named: "... là F, G và H cùng với Công ty X và Công ty Y"
    r"|\s+(?P<gap>cùng\s+với)\s+(?=(?-i:\p{Lu}))"
    # the rest of the members after the ones with roles: "A (Cụm trưởng), B (Cụm phó) cùng các đơn vị thành viên: C; D"
    r"|\s*,?\s+(?:cùng|và)\s+(?:với\s+)?(?P<gap>các\s+(?:đơn vị|cơ quan|thành viên)(?:\s+thành viên)?(?:\s+(?:còn lại|khác))?)(?:\s+(?:gồm|là))?\s*:[\s;,]*",
    regex.I)


# the members split into numbered groups or teams: "đoàn số 1 gồm các tỉnh A, B; đoàn số 2 gồm các tỉnh C, D"
_SUBGROUP = r"(?:đoàn|nhóm|tổ|tiểu\s+(?:cụm|khối))\s+(?:số\s+)?(?:\d{1,2}|[IVX]{1,4})\s+"
_RE_SUBGROUP_BEFORE = regex.compile(r"(?<!\p{L})" + _SUBGROUP + r"$", regex.I)
_RE_SUBGROUP_NEXT = regex.compile(r"[;.]\s*" + _SUBGROUP + r"(?=(?:bao\s+)?gồm\b)", regex.I)


def _subgroups(doc: Document, m, items: list, end: int) -> list:
    """The items of the groups after the first one, where the list ``m`` opens is that of a numbered group."""
    t, sh = doc.text, shadow(doc)
    # (its words first, in lower case: "ểu" of "tiểu", whose "i" "İ" matches too)
    before = doc.cues.lower[max(0, m.start() - 30):m.start()]
    if not any(w in before for w in ("đoàn", "nhóm", "tổ", "ểu")) or not _RE_SUBGROUP_BEFORE.search(t[max(0, m.start() - 30):m.start()]):
        return []
    out: list = []
    pos = items[-1][0].end
    while pos < end:
        g = _RE_SUBGROUP_NEXT.search(t, pos, end)
        if not g:
            break
        nm = _RE_LIST_INTRO.match(sh, g.end(), end)
        if not nm:
            break
        group = _shared_head(_read_items(doc, nm.end(), end), doc.text)
        if not group:
            break
        out += group
        pos = group[-1][0].end
    return out


# what the opening of a list took before its first item: "gồm các Sở " of "gồm các Sở Tư pháp tỉnh A, B, C"
_RE_PLURAL_NOUN_BEFORE = regex.compile(r"\bcác\s+(?:(?-i:\p{Lu})\p{L}*\s+)?$")


# the kinds of place whose units a plural shares before their places' names, and the party committees of a place's level
_SHARED_KINDS = r"(?:tỉnh|thành|huyện|quận|thị)\s+[uủ]y|tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu"


# a unit's plural over the kind of its places, their first named after it: "Ủy ban MTTQ các huyện A", "Hội Nông dân các xã B"
_RE_PLURAL_PLACES_HEAD = regex.compile(r".+?\bcác\s+(?:" + _SHARED_KINDS + r")\s+(?=(?-i:\p{Lu}))", regex.I)


def _plural_places_pair(t: str, raw: list, k: int, seg: str, vm) -> bool:
    """``seg``'s "và" (``vm``) joins the last two bare places a unit's plural shares: the plural opens this item or the one
    before it, and both sides are bare names, no unit's after "và" ("Ủy ban MTTQ các huyện A và B"; "Công an các huyện A, B
    và C"), not "Công an các huyện A và Phòng Cảnh sát B"."""
    before, after = seg[:vm.start()].strip(), seg[vm.end():].strip()
    if "các" not in t[raw[max(0, k - 1)][0]:raw[k][0] + vm.start()].lower() or _RE_BARE_NAME.fullmatch(after) is None \
            or starts_with_unit_head(after):
        return False
    h = _RE_PLURAL_PLACES_HEAD.match(before)
    if h is not None:
        return _RE_BARE_NAME.fullmatch(before[h.end():]) is not None
    if k == 0 or _RE_BARE_NAME.fullmatch(before) is None:
        return False
    prev = t[raw[k - 1][0]:raw[k - 1][1]].strip()
    h = _RE_PLURAL_PLACES_HEAD.match(prev)
    return h is not None and _RE_BARE_NAME.fullmatch(prev[h.end():]) is not None


def _shared_head(items: list, t: str) -> list:
    """"gồm Hội CCB các tỉnh A, B, C": the places are the members, the unit they share is not one (and "gồm các Sở Tư pháp
    tỉnh A, B, C", the plural before the unit's kind, ``t`` the text to see it)."""
    # (the plural after units of their own, its places last: "gồm Ủy ban MTTQ thị xã A, Ủy ban MTTQ các huyện B, C và D")
    if len(items) >= 3 and _RE_PLURAL_PLACES_HEAD.match(items[0][0].value) is None:
        i = next((i for i in range(1, len(items) - 1) if _RE_PLURAL_PLACES_HEAD.match(items[i][0].value) is not None), None)
        if i is not None and all(_RE_BARE_NAME.fullmatch(f.value) for f, _r in items[i + 1:]):
            return items[:i] + _shared_head(items[i:], t)
    # ("Hội X các quận 1, 3, Bình Tân": numbered districts are places too; most of the rest must be known)
    known: dict[str, bool] = {}  # (each item asked once: the gazetteer's look-up is the cost)

    def place(v: str) -> bool:
        got = known.get(v)
        if got is None:
            # (a place written with its kind counts too: "tỉnh B" after "các Sở Tư pháp tỉnh A")
            bare = cre.sub(r"^(?:tỉnh|thành phố|huyện|quận|thị xã)\s+(?=\p{Lu})", "", v, flags=regex.I)
            got = known[v] = v.isdigit() or gazetteer.province_of(bare) is not None
        return got
    rest = [f.value for f, _r in items[1:]]
    # (a place written with its kind is no unit of its own, known or not: "..., Thạch Thất và thị xã Sơn Tây")
    units = [starts_with_unit_head(v) and not place(v) and not _RE_KIND_PLACE.fullmatch(v) for v in rest]
    if len(items) < 2 or units[0]:
        return items
    if any(units):
        # (the places the plural opens, then units of their own: "Liên đoàn Lao động các huyện A, B, C và Công đoàn ngành X
        # tỉnh" gives "A", "B", "C", X's union)
        if not cre.match(r".+?\bcác\s+(?:" + _SHARED_KINDS + r")\s+(?=\p{Lu})", items[0][0].value):
            return items
        rest = rest[:units.index(True)]
    # (or a count of them: "Công an 4 huyện A, B"; communes and wards, which the gazetteer does not hold, when every
    # other item is a bare name: "Hội Cựu chiến binh các phường A, B và C")
    # (or their party committees: "Văn phòng các huyện ủy A, B và C" gives "A", "B", "C")
    head = cre.match(r".+?\b(?:các|\d{1,2}|(?:" + _COUNT_WORD + r")(?=\s))\s+(?P<k>" + _SHARED_KINDS + r")\s+(?=\p{Lu}|\d)", items[0][0].value)
    # (the others bare or of the same kind: not "các UBND huyện A, thị xã B, huyện C", each its own place)
    kinds = {k.group(1).lower() for k in (cre.match(r"(tỉnh|thành phố|huyện|quận|thị xã)\s", v, regex.I) for v in rest) if k}
    if head is None and len(kinds) <= 1 and _RE_PLURAL_NOUN_BEFORE.search(t, max(0, items[0][0].start - 20), items[0][0].start):
        # (or a region, the kind of place a regional unit is named by: "gồm các Trung tâm Y tế khu vực A, B, C")
        head = cre.match(r"(?-i:\p{Lu})[\p{L}&]*\s+(?:[\p{L}&]+\s+){0,4}?(?P<k>tỉnh|thành phố|huyện|quận|thị xã|khu vực)\s+(?=\p{Lu})", items[0][0].value)
    if head is None:
        return items
    first = items[0][0].value[head.end():]
    # (the last may be a place of another kind, written with it: "các xã A, B và phường C")
    bare = all(_RE_BARE_NAME.fullmatch(_RE_OTHER_KIND_LAST.sub("", v) if i == len(rest) else v) for i, v in enumerate([first, *rest]))
    if head.group("k").lower() in ("xã", "phường", "thị trấn"):
        ok = bare
    else:
        # (or districts the gazetteer does not hold, every item a bare name: "Trung tâm Y tế các huyện A, B và C", as
        # "UBND các xã A, B")
        ok = bare or 2 * sum(map(place, rest)) > len(rest) and place(first)
    if ok:
        f0, r0 = items[0]
        # (the others written with their kind, the first keeps its own: "các Sở Tư pháp tỉnh A, tỉnh B" gives "tỉnh A")
        cut = head.end()
        if sum(1 for v in rest if v.lower().startswith(head.group("k").lower() + " ")) * 2 > len(rest):
            cut = head.start("k")
        items[0] = (Found(f0.value[cut:], f0.start + cut, f0.end), r0)
    return items


_RE_BARE_NAME = regex.compile(r"(?:\p{Lu}\p{Ll}*|\d{1,2})(?:\s+(?:\p{Lu}\p{Ll}*|\d{1,2})){0,3}")


def _after_item(doc: Document, at: int, end: int) -> int:
    """Past the role note that may close an item ("A (khối trưởng)"): where what follows the item starts."""
    m = cre.match(r"\s*\([^()]{1,40}\)", doc.text[at:end])
    return at + m.end() if m else at


# a second group counted, its units named at once: "..., Trường Chính trị tỉnh và 02 Đảng ủy Khối A, Đảng ủy Khối B"
_RE_COUNTED_UNITS_NEXT = regex.compile(r"\s+và\s+(\d{1,2})\s+(?=(?-i:\p{Lu}))")


def _second_group(doc: Document, at: int, end: int) -> list:
    """The items of a second counted group that goes on a list where it stopped (at "và <number>")."""
    c = _RE_COUNTED_UNITS_NEXT.match(doc.text, at, end)
    if c is not None and starts_with_unit_head(doc.text[c.end():c.end() + 40]):
        mark = len(doc.warnings)
        items = _read_items(doc, c.end(), end)
        # (as many units as counted, each named: not "và 02 Trường Cao đẳng, Trường X", a kind then another unit)
        if len(items) == int(c.group(1)) and not any(unit_head_ci_re().fullmatch(f.value) for f, _r in items):
            return items
        del doc.warnings[mark:]
    m = _RE_SECOND_GROUP.match(doc.text, at, end)
    if not m or _RE_HONOURS.search(m.group("gap")) or not cre.match(r"\p{L}", m.group("gap")):
        return []
    # (no guests: "...; 2 đơn vị khách mời là A và B"; after "cùng với", units, not "Lãnh đạo Ban X")
    if cre.search(r"\bkhách\s+mời\b|\bdự\b", m.group("gap"), regex.I) \
            or m.group("gap").startswith("cùng") and (not starts_with_unit_head(doc.text[m.end():end])
                                                     or cre.search(r"\bkhách\s+mời\b", doc.text[m.end():min(end, m.end() + 120)], regex.I)):
        return []
    return _read_items(doc, m.end(), end)


# the units a sentence rates just before its list ("bình xét 3 đơn vị xuất sắc:", "các đơn vị xếp loại ... gồm:")
# (not the meeting's own name: "tổ chức hội nghị bình xét thi đua năm 2023 với sự tham gia của các đơn vị thành viên gồm: A, B")
_RE_RATED = regex.compile(r"\b(?:(?<!\b(?:hội\s+nghị|họp)\s+)bình xét|bình chọn|xếp loại|xếp hạng|công nhận|xuất sắc)\b"
                       # (the units given a rank: "hạng Ba thuộc về 2 tỉnh: A và B")
                       r"|\b(?:hạng|giải)\s+(?:nhất|nhì|ba|tư|\d)\s+(?:thuộc về|là)\b", regex.I)
# ("bình xét" as the meeting's own name only before an introduction of the members: not "Tại hội nghị bình xét, các đơn vị đã
# bỏ phiếu lựa chọn 3 đơn vị gồm:", "các đơn vị được thống nhất gồm:", the units it chose)
_RE_MEMBERS_CUE = regex.compile(r"\bthành\s+viên\b|\b(?:cụm|khối)(?:\s+thi\s+đua)?(?:\s+số\s+\S+)?\s+(?:bao\s+)?gồm\b", regex.I)


def _rated(w: str) -> bool:
    """The window before a list rates the units it names."""
    if _RE_RATED.search(w):
        return True
    at = w.lower().find("bình xét")
    return at >= 0 and not _RE_MEMBERS_CUE.search(w, at)


# the clause's subject is the cluster ("Khối gồm", "Hiện nay, Cụm thi đua số 3 gồm"), not a team of it ("Tổ chấm điểm của Khối")
# (not the bloc's own "các tổ chức chính trị - xã hội": a team is named by its noun, "Đoàn kiểm tra", "Tổ chấm điểm")
_RE_TEAM_SET_UP = regex.compile(r"\b(?:thành\s+lập|lập|cử|phân\s+công)\b|\b(?:đoàn|tổ|ban|nhóm|hội\s+đồng)\s+(?:kiểm\s+tra|chấm|công\s+tác|giúp\s+việc|thẩm\s+định|giám\s+sát)", regex.I)
_RE_CLUSTER_SUBJECT = regex.compile(r"\s*(?:(?:hiện\s+nay|hiện\s+tại|hiện|đến\s+nay|năm\s+(?:nay|\d{4})|toàn)\s+)?(?:cụm|khối)\b", regex.I)
# a region, no place: "Bắc Trung Bộ", "Tây Nguyên", "Đông Bắc", "Duyên hải miền Trung"
_RE_REGION_ITEM = regex.compile(r"(?:(?:(?:Bắc|Nam|Đông|Tây|Trung)\s+){1,2}Bộ|(?:(?:Bắc|Nam)\s+)?Tây\s+Nguyên|(?:Đông|Tây)\s+(?:Bắc|Nam)"
                                r"|Miền|Vùng|Khu\s+vực|Duyên\s+hải|Đồng\s+bằng|Trung\s+du)(?!\p{L})", regex.I)
# the units holding (or elected to) the cluster's roles: "Cụm trưởng, Cụm phó năm 2025 gồm:"
_RE_ROLE_BEFORE = regex.compile(
    r"(?<!\p{L})(?:" + ROLE_WORDS + r")(?:\s*(?:,|và)\s*(?:" + ROLE_WORDS + r"))?"
    r"(?:\s+năm\s+(?:19|20)\d{2})?\s*$", regex.I)


# a unit named before "và các <nouns>:" is a member too: "gồm Sở Y tế (Cụm trưởng) và các đơn vị: A, B",
# "8 cơ quan trong Khối (Hội X làm Khối trưởng) và các cơ quan: A, B"
_RE_LEAD_UNIT = regex.compile(
    r"(?:^|[(,]|\bgồm\s+(?:có\s+)?)\s*(?P<u>(?:(?!gồm\s)[^():,;.]){2,90}?)(?P<note>\s*\([^()]{2,40}\)|\s+(?:làm|là)\s+(?:" + ROLE_WORDS + r"))?"
    r"\)?\s+và\s+các\s+(?:\p{Ll}+\s*){1,3}:\s*$", regex.I)


def _has_head(doc: Document, a: int, b: int) -> bool:
    """Whether text[a:b] holds "cụm" or "khối" in any case (a test before a pattern that needs one)."""
    low = doc.cues.lower
    return low.find("cụm", a, b) >= 0 or low.find("khố", a, b) >= 0  # ("khố": "İ" matches the "i" too)


# the units named one by one before the kind of the rest and its colon: "gồm Văn phòng A, Báo B, các ban: C, D", "gồm Sở A,
# Sở B và các huyện: C, D" (each item a unit's head capitalised)
_RE_LEAD_UNITS = regex.compile(r"\bgồm\s+(?:có\s+)?(?P<us>(?-i:\p{Lu})[^():;.\n]{2,120}?)(?:\s*,\s*(?:và\s+)?|\s+và\s+)các\s+(?:\p{Ll}+\s*){1,3}:\s*$", regex.I)


def _lead_units(doc: Document, m) -> list:
    """The units "gồm" names before "các <nouns>:" (_RE_LEAD_UNITS), each whole; [] unless each part is one."""
    t, sh = doc.text, shadow(doc)
    g = _RE_LEAD_UNITS.match(sh, m.start(), m.end()) if "," in sh[m.start():m.end()] else None
    if g is None:
        return []
    out, base = [], g.start("us")
    a = base
    for sep in [*cre.finditer(r"\s*,\s*|\s+và\s+", sh[base:g.end("us")]), None]:
        b = base + sep.start() if sep else g.end("us")
        if not t[a:b][:1].isupper() or not starts_with_unit_head(t[a:b]):
            return []
        out.append((Found(t[a:b], a, b), None))
        a = base + sep.end() if sep else b
    return out


# the cluster named in what stands before "gồm" in its sentence ("Cụm thi đua số 4 gồm", "Các đơn vị thành viên gồm")
_RE_CLUSTER_BEFORE_GOM = regex.compile(r"(?<!\p{L})(?:cụm|khối|thành\s+viên)(?!\p{L})", regex.I)


def _lead_unit(doc: Document, lo: int, m) -> list:
    t = doc.text
    if (many := _lead_units(doc, m)):
        return many
    if doc.cues.lower.find("và", max(lo, m.start() - 120), m.end()) < 0:
        return []  # (the pattern reads "và các <nouns>:")
    # (a place written with its kind in lower case is a unit too: "gồm thành phố A và các huyện: B, C"; where what "gồm"
    # tells of is the cluster, not a team, a board or a tournament that places make up: "Đoàn kiểm tra gồm huyện A và các
    # xã: B, C")
    g = next((g for g in _RE_LEAD_UNIT.finditer(t, max(lo, m.start() - 120), m.end(), overlapped=True)
              if (g.group("u")[0].isupper() and starts_with_unit_head(g.group("u")))
              or (g.group("u")[0].islower() and _RE_KIND_PLACE.fullmatch(g.group("u")) and "gồm" in g.group(0)[:g.start("u") - g.start()].lower()
                  and _RE_CLUSTER_BEFORE_GOM.search(cre.split(r"[.;:!?\n]", t[max(0, g.start() - 100):g.start()])[-1]) is not None)),
             None)
    if not g:
        return []
    role = role_note(g.group("note"))[1] if g.group("note") and g.group("note").lstrip().startswith("(") else None
    a, b = g.span("u")
    return [(Found(t[a:b], a, b), role)]


def _sentence_run_end(sents, i: int) -> int:
    """The end of sentence ``i`` and of the pieces that follow it without a gap: a sentence longer than
    segment.MAX_SENTENCE is cut at a space, and a long list read on must not stop at that cut."""
    e = sents[i].end
    for nxt in sents[i + 1:i + 6]:
        if nxt.start != e:
            break
        e = nxt.end
    return e


# every list introduction holds one of these (":" read in the shadow text, the words in lower case)
# (the words each list introduction of _RE_LIST_INTRO holds: a sentence without one of them is not searched)
_LIST_WORDS = ("gồm", "thành viên là", "thành phần cụm", "thành phần khối", "thành phần của", "cụm thi đua các ", "khối thi đua các ", "cụm các ", "khối các ", " các tỉnh ", " các thành phố ", " các huyện ", "cụm (", "khối (", "thi đua (",
               "tham gia cụm", "tham gia khối", "cụm là ", "khối là ", "đơn vị là ", "cơ quan là ",
               "đơn vị trong cụm", "đơn vị trong khối", "đơn vị của cụm", "đơn vị của khối", "thành viên của cụm", "thành viên của khối",
               "thành viên trong cụm", "thành viên trong khối", "mới là ", "bổ sung là ", "kết nạp là ",
               "thuộc cụm", "thuộc khối", "thành viên cụm", "thành viên khối", "thành viên như ", "thành viên, như ")
# (their every occurrence in the lower-case text, overlaps kept, from the document's one cue scan: a str.find of
# each word over the text cost more than the rest of the sentence search)
_V_LIST_WORDS = cues.vocabulary("cluster.list_words", lambda: _LIST_WORDS)


def _list_sentences(doc: Document, sh: str, sents) -> list[int]:
    """The indexes of ``sents`` (in text order) that hold one of _LIST_WORDS or a ":", or a count of
    places before their names ("05 xã A, B"): each word found once in the text, instead of a search of
    each sentence for each word."""
    if not sents:
        return []
    lo, hi = sents[0].start, sents[-1].end
    starts = [s.start for s in sents]
    out = {k for m in _RE_COUNTED_PLACES.finditer(doc.text, lo, hi) if (k := bisect_right(starts, m.start()) - 1) >= 0}
    out |= {k for m in _RE_HAS_MEMBERS.finditer(doc.text, lo, hi) if (k := bisect_right(starts, m.start()) - 1) >= 0}
    i = sh.find(":", lo, hi)
    while i != -1:
        k = bisect_right(starts, i) - 1
        if k >= 0 and i < sents[k].end:
            out.add(k)
        i = sh.find(":", i + 1, hi)
    # (a word found whole inside its sentence: one that runs past the last sentence's end fails this test too)
    for i, e in doc.cues.spans(_V_LIST_WORDS, lo, hi, word=False):
        k = bisect_right(starts, i) - 1
        if k >= 0 and e <= sents[k].end:
            out.add(k)
    return sorted(out)


# a sentence ending on those who attend: a list after it names them ("... với sự tham dự của các cơ quan khách mời. Gồm có: A")
_RE_ATTENDANCE_END = regex.compile(r"\b(?:dự|tham\s+gia|khách\s+mời|báo\s+chí|thông\s+tấn|đại\s+biểu)\b", regex.I)


#: a sentence opening on the meeting's day ("Cùng ngày, ...", "Chiều cùng ngày, ..."): maybe another event
RE_SAME_DAY_OPENER = regex.compile(r"\W*(?:" + SAME_DAY + r")\s*,", regex.I)


def another_event(doc: Document, s) -> bool:
    """"Cùng ngày, Cụm thi đua B tổ chức ...": a sentence opening on the same day that names a cluster
    other than the article's is another event; its lists and acts are not this meeting's, nor are those of the
    sentences after it in its paragraph ("... Khối suy tôn A dẫn đầu")."""
    first = doc.memo("cluster.other_event_at", lambda: _other_events_by_block(doc)).get(s.block)
    return first is not None and first <= s.start


def _other_events_by_block(doc: Document) -> dict[int, int]:
    """For each block, where the first sentence opening another event starts (one pass over the sentences, not one a
    block: a page of many short lines has as many blocks as sentences)."""
    out: dict[int, int] = {}
    for x in doc.sentences:
        if x.block not in out and _opens_another_event(doc, x):
            out[x.block] = x.start
    return out


@lru_cache(maxsize=None)
def _opener_re(key: str):
    """meeting.json's openers under ``key``, then their comma: other_event_openers ("Cùng dịp, ...", "Tại hội nghị của
    Cụm thi đua số 5, ..."), other_event_place_openers ("Ở Cụm thi đua số 5, ...", "Đối với khối 12, ...")."""
    return regex.compile(r"\W*(?:" + "|".join(lexicon.table("meeting.json")[key]) + r")\s*,", regex.I)


@lru_cache(maxsize=None)
def _place_cluster_name_re():
    """meeting.json's other_event_place_names: a cluster's own name ("Cụm thi đua ...", "Khối số 3"), not "khối 12"."""
    return regex.compile(r"(?:" + "|".join(lexicon.table("meeting.json")["other_event_place_names"]) + r")", regex.I)


def _folded_initials(f: str) -> str:
    """The first letters of a folded name's words: "van hoa - xa hoi" -> "vhxh"."""
    return "".join(w[0] for w in cre.findall(r"[a-z0-9]+", f))


@lru_cache(maxsize=None)
def _holds_after_re():
    """A verb of holding after a cluster named as its subject, in the same clause ("Cụm thi đua số 3 do Sở Y tế làm Cụm
    trưởng cũng tổ chức ...", "Cụm thi đua số 5 cũng tổng kết")."""
    return regex.compile(r"[^,;.:!?]{0,80}?(?<!\p{L})(?:" + alternation(lexicon.table("meeting.json")["event_verbs"]) + r")(?!\p{L})", regex.I)


# a line opening on a date and a colon, as a list of dated events does ("* 09/10/2024: Trao tặng ...", "- 05/7: A được tặng ...")
_RE_DATED_LINE = regex.compile(r"[ \t]*(?:[-+•*–·]\s*)?(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})(?:\s*/\s*(?P<y>(?:19|20)?\d{2}))?\s*:")


def _dated_line_of_another_day(doc: Document, s) -> bool:
    """The sentence opens its line on a date and a colon that is not the meeting's day: an item of a list of other events."""
    t = doc.text
    if s.start != doc.blocks[s.block].start or not (m := _RE_DATED_LINE.match(t, s.start, s.end)):
        return False
    parts = doc.draft.scalars.get("meeting.date.parts")
    if parts is None or not parts.value[1] or not parts.value[2]:
        return False
    year, month, day = parts.value
    y = m.group("y")
    d, mo = int(m.group("d")), int(m.group("m"))
    if y and year and int(y) % 100 != year % 100:
        return _dated_lines(doc) >= 2
    if mo != month or d != day and d not in _meeting_days(doc, day, month):
        # (a list: one line so opened is as likely a score or a count, "- 9/10: điểm bình quân ...")
        return _dated_lines(doc) >= 2
    return False


def _dated_lines(doc: Document) -> int:
    """How many lines open on a date and a colon: a list of dated events has two at least."""
    return doc.memo("cluster.dated_lines", lambda: sum(1 for b in doc.blocks if _RE_DATED_LINE.match(doc.text, b.start, b.end)))


# the days of a meeting held over several days, in the sentence that states it ("Ngày 15-16/1/2025", "ngày 15 và 16/1")
_RE_DAY_SPAN = regex.compile(r"(?<!\d)(?P<a>\d{1,2})\s*(?:-|–|và|đến)\s*(?:ngày\s+)?(?P<b>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})(?!\d)", regex.I)


def _meeting_days(doc: Document, day: int, month: int) -> range:
    ms = doc.draft.meeting_sentence
    if ms is not None:
        for m in _RE_DAY_SPAN.finditer(doc.text, ms.start, ms.end):
            if int(m.group("a")) == day and int(m.group("m")) == month and day < int(m.group("b")) <= day + 6:
                return range(day, int(m.group("b")) + 1)
    return range(0)


def _short_form_of(f: str, mine: str) -> bool:
    """A folded cluster name whose words after its head ("cum", "khoi") are all words of the meeting's cluster's name, under
    the same head: that cluster written short ("khoi tong hop" of "khoi cac co quan tong hop")."""
    a, b = cre.findall(r"[a-z0-9]+", f), cre.findall(r"[a-z0-9]+", mine)
    return len(a) > 1 and len(b) > 1 and a[0] == b[0] and set(a[1:]) <= set(b[1:])


def _opens_another_event(doc: Document, s) -> bool:
    if doc.text[s.start:s.start + 12].lstrip(" \t-+•*–·")[:1].isdigit() and _dated_line_of_another_day(doc, s):
        return True
    same_day = RE_SAME_DAY_OPENER.match(doc.text, s.start, s.end)
    # ("Cùng dịp", "Trong khi đó", "Cũng trong ngày 20/12": only where another cluster is named in these words, or holds
    # an event right after them; never the sentence that states the meeting)
    opener = _opener_re("other_event_openers").match(doc.text, s.start, s.end) if same_day is None else None
    place = _opener_re("other_event_place_openers").match(doc.text, s.start, s.end) if same_day is None and opener is None else None
    # (a photo's caption opening on another cluster that holds an event, "Khối thi đua B ký kết giao ước ngày 20/2 - Ông A
    # trao Cờ ...": read as after an opener, the cluster its subject)
    caption = same_day is None and opener is None and place is None and doc.blocks[s.block].kind == "caption"
    if same_day is None and (opener is None and place is None and not caption
                             or doc.draft.meeting_sentence is not None and doc.draft.meeting_sentence.start == s.start):
        return False
    name = doc.draft.scalars.get("cluster.name")
    own = fold(name.value) if name is not None else None
    num = doc.draft.scalars.get("cluster.number")
    kind = doc.draft.scalars.get("cluster.kind")

    def other(cm) -> bool:
        if cm.number is not None and num is not None:  # "Cụm số 3", "Cụm thi đua III": the same numbered cluster
            return cm.number != num.value or (kind is not None and cm.kind != kind.value)
        return fold(doc.text[cm.start:cm.end]) != own
    if same_day is not None:
        return any(cm.qualified and other(cm) for cm in mentions(doc, s.start, s.end))

    def bare(f: str) -> str:
        # (the name without "thi đua" and the province after it: "Khối Văn hóa - Xã hội" is "Khối thi đua Văn hóa - Xã hội tỉnh A")
        return cre.sub(r"\s+(?:tinh|thanh pho)\s+\S.*$", "", cre.sub(r"\s+thi dua\b", "", f))

    mine = bare(own) if own is not None else None

    def another(cm) -> bool:
        # (a name written shorter or longer than the meeting's is the same cluster: "Khối thi đua các cơ quan Đảng (tỉnh)")
        # (or in a short form of its own words, the head's kind kept: "Khối thi đua Tổng hợp" for "Khối thi đua các cơ quan
        # tổng hợp", "Cụm thi đua phía Tây" for "Cụm thi đua các huyện phía Tây"; not "Khối thi đua Kinh tế")
        f = bare(fold(doc.text[cm.start:cm.end]))
        return cm.qualified and other(cm) and not (cm.number is None and mine is not None and (
            f.startswith(mine) or mine.startswith(f) or _short_form_of(f, mine)))
    if place is not None:
        return _another_place(doc, s, place.end(), mine, num, kind, bare)
    op_end = s.start if opener is None else opener.end()
    for cm in mentions(doc, s.start, s.end):
        if cm.start < op_end:
            if another(cm):
                return True
            continue
        # the first cluster after the opener, its subject: near it, in the same sentence part, before a verb of holding
        # (a caption's: its first words)
        if caption and cre.search(r"\p{L}", doc.text[s.start:cm.start]):
            return False
        return cm.start - op_end <= 60 and cre.search(r"[;.:!?]", doc.text[op_end:cm.start]) is None \
            and another(cm) and _holds_after_re().match(doc.text, cm.end, s.end) is not None
    return False


def _another_place(doc: Document, s, end: int, mine, num, kind, bare) -> bool:
    """A sentence opening on a place (other_event_place_openers, up to ``end``) is another cluster's only where the place
    is written as a cluster's own name (other_event_place_names: not "khối 12", "khối THPT", "cụm công nghiệp A", "cụm dân
    cư số 5") that is not the meeting's in any form: both numbered, another number; or a name that is neither shorter,
    longer nor the initials of the meeting's ("Khối thi đua VH-XH" is "Khối thi đua Văn hóa - Xã hội"). Any form of the
    meeting's own cluster there keeps the sentence ("Tại Cụm thi đua các huyện phía Tây (Cụm thi đua số 3), ...")."""
    t = doc.text
    named = [cm for cm in mentions(doc, s.start, s.end) if cm.start < end and cm.qualified and _place_cluster_name_re().match(t, cm.start, cm.end)]

    def own(cm) -> bool:
        if cm.number is not None:
            return num is not None and cm.number == num.value and (kind is None or cm.kind == kind.value)
        if mine is None:
            return False
        f = bare(fold(t[cm.start:cm.end]))
        if f.startswith(mine) or mine.startswith(f):
            return True
        # (the meeting's name in initials: "VH-XH" for "Văn hóa - Xã hội")
        rest, mrest = f.split(" ", 1)[1:], mine.split(" ", 1)[1:]
        return bool(rest and mrest) and " " not in rest[0].replace(" - ", "-") and \
            cre.sub(r"[^a-z0-9]", "", rest[0]) == _folded_initials(mrest[0])
    if any(own(cm) for cm in named):
        return False
    # (the meeting's cluster numbered: only another number names another cluster, not a wording of no number)
    return any(cm.number is not None or num is None for cm in named)


# what a list introduced near these words holds: a draft's contents, sports, criteria, people
# (the cluster named before the places, in the same phrase: "Cụm thi đua Ủy ban MTTQ các tỉnh A, B", "các đơn vị trong Cụm là
# Công an các tỉnh A, B")
# the sites of an online meeting named before a list, in its clause: "điểm cầu phụ tại Cục Thống kê các tỉnh ..."
# (not a list named as the members between them: "tại điểm cầu chính có lãnh đạo các đơn vị thành viên Cụm là Sở X các tỉnh A, B",
# "từ điểm cầu A đến các đơn vị trong Cụm là ...", "tại điểm cầu A, với sự tham dự của ...")
_RE_SITES_BEFORE = regex.compile(r"\bđiểm\s+cầu\b(?![^.;:\n]*?\b(?:thành\s+viên|(?:trong|thuộc|của)\s+(?:cụm|khối)|với\s+sự\s+tham\s+dự)\b)"
                                 r"[^.;:\n]{0,80}$", regex.I)
_RE_CLUSTER_BEFORE = regex.compile(r"(?<!\bngoài\s)\b(?:cụm|khối)\b(?![^.;:,]*\b(?:đã|tại|với|đến|tới)\b)[^.;:,]{0,60}$", regex.I)
# (what they did, not their coming: "đã về tham dự", "đã cùng tham dự hội nghị", "đã tham gia hội nghị")
# (the meeting they came to, not another: "đã tham gia hội nghị trực tuyến toàn quốc về ...")
# the introduction of units counted in the cluster: "3 đơn vị trong Cụm thi đua số 4 là ", "hai huyện của Cụm gồm "
_RE_COUNTED_OF_CLUSTER = regex.compile(r"(?:\d{1,3}|(?:" + _COUNT_WORD + r"))\s+[^.;:\n]*?\s(?:trong|thuộc|của)\s+(?:cụm|khối)\b[^.;:\n]*?\s(?:là|gồm)\s+", regex.I)
# the predicate after units named (its first word in lower case, read from the last unit's start: the unit may hold it),
# and whether it is a result: "hoàn thành xuất sắc", "được đề nghị tặng", "đạt"; not "đã có 29 xã đạt chuẩn"
# (a word of the name, not the verb, where a capitalised word follows: "Cảng hàng không Vinh")
# (the intro of a labelled attendance list, the label after its last unit, and the "như" of examples: read at "tied")
_RE_ATTENDING_INTRO = regex.compile(r"(?:lãnh\s+đạo|đại\s+diện)\b", regex.I)
_RE_COMRADES_END = regex.compile(r"(?:các\s+)?đồng\s+chí\s+$", regex.I)
_RE_MEMBER_LABEL = regex.compile(r"[\s)]*(?:[-–]\s*(?:là\s+)?(?:các\s+)?(?:đơn vị|cơ quan)|,?\s*là\s+(?:các\s+)?(?:(?:đơn vị|cơ quan)\s+)?)\s*thành viên\b", regex.I)
_RE_AS_EXAMPLES = regex.compile(r"\bnhư\b", regex.I)
_RE_CLUSTER_WORD = regex.compile(r"\b(?:cụm|khối)\b", regex.I)
_RE_TIED_PREDICATE = regex.compile(r"\s" + _TIED_VERBS + r"\s(?=\p{Ll}|\d)")
_RE_PREDICATE_OPENS = regex.compile(r"[^.;:\n]*?\s(?=(?:đã|đều|cùng|vẫn|tiếp\s+tục|có|không|chưa|hoàn\s+thành|được|đạt|về\s+đích|xếp)\s)")
_RE_RESULT_VERB = regex.compile(r"(?:(?:đã|đều|cùng)\s+)?(?:(?:không|chưa)\s+)?(?:hoàn\s+thành|được|đạt|về\s+đích|xếp\s+(?:thứ|loại))\s")
_RE_ACHIEVED_AFTER = regex.compile(r"\s+(?:đã\s+(?!(?:cùng\s+|về\s+|đến\s+|tới\s+)*(?:tham\s+)?(?:dự\b|gia\s+(?:hội\s+nghị|buổi)\b"
                                   r"(?!\s+(?:trực\s+tuyến|toàn\s+quốc|về\b|của\s+(?:Bộ|Trung\s+ương|Chính\s+phủ)\b)))|có\s+mặt\b)"
                                   r"|được|đạt|đều|hoàn\s+thành|về\s+đích|tiếp\s+tục)\b", regex.I)


@lru_cache(maxsize=None)
def _achievers_re():
    """Units counted that achieved something, right before a list opens: "08 đơn vị đạt (gồm: ...", "5 xã hoàn thành chỉ tiêu
    gồm"."""
    # (a merit given or a grade, after "được": not a unit assigned, "07 đơn vị được UBND tỉnh phân công, gồm: ...")
    return regex.compile(r"\b(?:\d{1,3}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(?:" + _unit_nouns() + r")(?:\s*,\s*(?:" + _unit_nouns() + r"))*\s+(?:đã\s+)?"
                         r"(?:(?:không|chưa)\s+)?(?:đạt|hoàn\s+thành|về\s+đích|được\s+(?:tặng|khen|công\s+nhận|xếp\s+loại|đánh\s+giá|trao|suy\s+tôn))\b"
                         r"[^.;:()]{0,80}?\(?\s*(?:bao\s+)?(?:gồm|là)?\s*:?\s*$", regex.I)


_RE_NOT_A_LIST = regex.compile(r"\b(?:dự thảo|nội dung|môn|hình thức|chỉ tiêu|giải pháp|đồng chí)\b", regex.I)
_RE_NOT_A_LIST_STAFF = regex.compile(r"\b(?:dự thảo|nội dung|(?<!chuyên\s)môn|hình thức|chỉ tiêu|giải pháp|đồng chí)\b", regex.I)


@lru_cache(maxsize=None)
def _position_item_re():
    return regex.compile(r"(?:" + positions_alt() + r")(?!\p{L})", regex.I)


def _opens_with_position(s: str) -> bool:
    """A list item that names a person's position ("Phó Chánh Thanh tra"), not a unit."""
    return _position_item_re().match(s.strip()) is not None and not starts_with_unit_head(s)


# a list's title before its introduction's words ("Danh sách đơn vị thành viên Cụm:"), and a line of the list that names a
# person ("- Đồng chí Nguyễn Văn A, Giám đốc Sở X")
_RE_LIST_TITLE_END = regex.compile(r"\bdanh\s+sách\s+(?:các\s+)?$", regex.I)
_RE_PERSON_LINE = regex.compile(r"[ \t]*\n\s*(?:[-+•*–][ \t]*|\d{1,2}[.)][ \t]*)?(?:ông|bà|đồng chí|đ/c)\s", regex.I)


def member_lists(doc: Document):
    """Yield lists of (item span, role note) found after a list introduction."""
    t, sh = doc.text, shadow(doc)
    sents = doc.content_sentences()
    for i in _list_sentences(doc, sh, sents):
        s = sents[i]
        if another_event(doc, s):
            continue
        send = _sentence_run_end(sents, i)
        # tried at its words; room past the sentence for the ": " the first alternative may end with
        for m in cues.match_at(_RE_LIST_INTRO, sh, _list_intro_starts(doc, sh, s.start, s.end), s.start, min(len(sh), s.end + 5)):
            # (an introduction closing its line with a colon, the list on the lines after it: "Khối có 3 đơn vị thành viên:\nSTT ...")
            if m.end() > s.end and (t[s.end:m.end()].strip() or not t[m.start():s.end].rstrip().endswith(":") or "\n" not in t[s.end - 1:m.end()]):
                break
            # (a list titled "Danh sách (đơn vị) thành viên Khối:" whose lines name people, each with an honorific: the units'
            # representatives, or a board's members, no units)
            if _RE_LIST_TITLE_END.search(t, max(s.start, m.start() - 25), m.start()) and _RE_PERSON_LINE.match(t, m.end()):
                continue
            subj = t[max(s.start, m.start() - 70):m.end()]
            # an introduction opening its sentence goes on the sentence before, whose subject it lists: "Khối thi
            # đua X đã tổ chức hội nghị ... . Bao gồm: A, B, C"
            # (only after the sentence stating the meeting, which honours no one: not "... tặng Cờ cho các đơn vị dẫn đầu Cụm. Gồm: A, B")
            ms = doc.draft.meeting_sentence
            if i > 0 and not t[s.start:m.start()].strip() and ms is not None and ms.start <= sents[i - 1].start < ms.end \
                    and _has_head(doc, sents[i - 1].start, sents[i - 1].end) and not _RE_HONOURS.search(t, sents[i - 1].start, sents[i - 1].end) \
                    and not _RE_ATTENDANCE_END.search(t, max(sents[i - 1].start, sents[i - 1].end - 120), sents[i - 1].end):
                subj = t[max(sents[i - 1].start, sents[i - 1].end - 200):sents[i - 1].end] + " " + subj
            near = t[max(s.start, m.start() - 25):m.end()]
            # (the leaders of the units that attend, called comrades: "các đồng chí lãnh đạo A; B; C - các đơn vị thành viên
            # của Khối", the units named after them, no person)
            if m.group("tied") is not None and _RE_ATTENDING_INTRO.match(m.group(0)):
                near = _RE_COMRADES_END.sub("", t[max(s.start, m.start() - 25):m.start()]) + m.group(0)
            # ("phòng chuyên môn 5 phường thành viên trong cụm, gồm: A, B": the staff's "môn", no sport, when the cluster is named)
            not_list = _RE_NOT_A_LIST_STAFF if _has_head(doc, m.start(), m.end()) else _RE_NOT_A_LIST
            # (a count in words opens the sentence: "Bốn huyện trong cụm là ..."; not "Năm qua, hai doanh nghiệp trong Cụm là A
            # và B đã ...", a part of the members)
            # ("Cụm có bốn huyện: A, B": the cluster its subject, the whole of the members)
            if _RE_COUNT_WORD_AT.match(t, m.start(), m.end()) and t[s.start:m.start()].strip() \
                    and not _RE_CLUSTER_HAS.search(t, max(s.start, m.start() - 40), m.start()):
                continue
            if not (m.group("cnt") or m.group("tied") is not None or _RE_LIST_SUBJECT_OK.search(subj)) or not_list.search(near) \
                    or _RE_PRESIDING_LIST.search(t, s.start, m.start() + 4):
                continue
            # another numbered cluster's units ("các đơn vị của Cụm thi đua số 6: ...") are not this one's
            other = _RE_INTRO_NUMBER.search(m.group(0))
            own = doc.draft.scalars.get("cluster.number")
            kind = doc.draft.scalars.get("cluster.kind")
            if other and own is not None and int(other.group(1)) != own.value and kind is not None \
                    and _kind_of(other.group(0).split()[0]) == kind.value:
                continue
            # (or the numbered cluster the subject "gồm" them, of either kind: "Khối thi đua số 2 gồm đặc khu A và xã B được đề
            # nghị tặng Cờ" at the meeting of Cụm thi đua số 7)
            if other is None and own is not None and _RE_GOM_AT.match(t, m.start()):
                said = _RE_SUBJECT_NUMBER.search(cre.split(r"[,.;:\n]", t[max(s.start, m.start() - 80):m.start()])[-1])
                if said is not None and int(said.group(1)) != own.value:
                    continue
            # the units a sentence ranks or honours are no member list ("4 đơn vị dẫn đầu ..., đó là các đơn vị: ...")
            if _RE_HONOURS.search(t[max(s.start, m.start() - 160):m.end()]) or _rated(t[max(s.start, m.start() - 60):m.end()]) \
                    or (_has_head(doc, max(s.start, m.start() - 40), m.start())
                        and _RE_ROLE_BEFORE.search(t[max(s.start, m.start() - 40):m.start()])):
                continue
            # (a part of the counted units named, "gồm 8 đơn vị, trong đó có A, B": the cluster the subject that "gồm" them, not a
            # team or a panel, "Tổ chấm điểm gồm 3 đơn vị, trong đó có A và B")
            if m.group("part") is not None and m.group("has") is None:
                subject = cre.split(r"[,.;:\n]", t[max(s.start, m.start() - 120):m.start()])[-1]
                # (and what "gồm" them is the cluster itself, not a team it set up: "Cụm đã thành lập Đoàn kiểm tra chéo gồm")
                if not _RE_CLUSTER_SUBJECT.match(subject) or _RE_TEAM_SET_UP.search(subject):
                    continue
            mark = len(doc.warnings)  # (a candidate list turned down leaves no warning of its own)
            if not t[m.end():s.end].strip():
                items = _shared_head(_read_lines(doc, s), doc.text)  # one unit per line after "gồm các đơn vị:"
            else:
                items = _shared_head(_read_items(doc, m.end(), send), doc.text)
                if items:
                    # (and the groups after it, each counted: "...; 2 đơn vị ... là D và E; có 4 công ty ... là F, G")
                    # (where the list stopped, or where its last item ends: a group after ";" follows the last pair)
                    ats = [_list_end_at(doc, m.end(), send), _after_item(doc, items[-1][0].end, send)]
                    for _ in range(4):
                        more = next((g for g in (_second_group(doc, x, send) for x in ats) if g), [])
                        if not more:
                            break
                        items += _shared_head(more, doc.text)
                        ats = [_after_item(doc, more[-1][0].end, send)]
                elif _RE_UNITS_OF_CLUSTER.search(m.group(0)):
                    # "Về phía các đơn vị trong Cụm: Ông A, Hiệu trưởng Trường X; Bà B, Giám đốc Sở Y": their units
                    items = _units_of_people(doc, m.end(), send)
            # (a list named outside "gồm", the units its clause's subject: its verb, in lower case, ends the last one, "như A, B
            # đạt doanh thu cao")
            if m.group("tied") is not None and items and (pv := _RE_TIED_PREDICATE.search(items[-1][0].value)) is not None:
                f, r0 = items[-1]
                v = f.value[:pv.start()].rstrip()
                items[-1] = (Found(v, f.start, f.start + len(v)), r0)
            if m.group("tied") is not None and items:
                # (the attendance list the dash labels the members' is the one it closes: not the guests read up to another
                # "lãnh đạo" before it, "đại diện Ban A, Sở B và lãnh đạo C, D - các đơn vị thành viên của Cụm")
                if _RE_ATTENDING_INTRO.match(m.group(0)) and not _RE_MEMBER_LABEL.match(t, items[-1][0].end):
                    continue
                # (examples of a named unit's own members, not the cluster's: "Tập đoàn A với nhiều doanh nghiệp thành viên như B, C")
                if _RE_AS_EXAMPLES.search(m.group(0)) and not _RE_CLUSTER_WORD.search(m.group(0)) \
                        and any(t[h.start()].isupper() for h in unit_head_ci_re().finditer(
                            cre.split(r"[.;:\n]", t[max(s.start, m.start() - 120):m.start()])[-1])):
                    continue
            if (m.group("has") is not None or m.group("part") is not None) and items:
                # (the units some did something, or as many as counted when counted: "Cụm có 4 huyện A, B, C và D")
                # (fewer when a part of them is named: "Cụm có 14 doanh nghiệp thành viên, trong đó có A, B")
                clause = cre.search(r"[.;]|$", t[m.end():s.end]).start() + m.end()
                n = _RE_HAS_COUNT.match(t, m.end(), s.end)
                # (or the clause goes on after them, a predicate of its own: "Cụm có các đơn vị A, B làm tốt công tác ...")
                rest = t[items[-1][0].end:clause].strip(" ,.…")
                if _has_predicate(t, m.end(), clause) or _RE_HONOURS.search(t, m.end(), clause) \
                        or n is not None and count_value(n.group(1)) != len(items) and not m.group(0).endswith(" đó có ") \
                        or rest and not rest.startswith("("):
                    del doc.warnings[mark:]
                    continue
            # a count the introduction states bounds the list: what comes after its units, each with a role note, is the
            # next clause ("gồm 04 huyện: A, B, C, D, UBND huyện A làm Cụm trưởng đã chủ trì")
            cnt = _RE_INTRO_COUNT.search(m.group(0))
            # (one count of all the units, the extra items clauses of their own, not bracketed notes: "gồm 3 thành phố và
            # 2 thị xã: ..., B (Cụm phó)" counts two kinds)
            if cnt and items and 2 <= int(cnt.group(1)) < len(items) and len(_RE_INTRO_COUNT.findall(m.group(0))) == 1 \
                    and all(r and ")" not in t[f.end:f.end + 3] and "(" not in t[f.start:f.end + 2] for f, r in items[int(cnt.group(1)):]):
                items = items[:int(cnt.group(1))]
            # the cluster's other name in brackets is no list of its units ("các đơn vị trong Khối thi đua (Khối Văn hóa, Xã hội)")
            if m.group(0).rstrip().endswith("(") and items and cre.match(r"(?:cụm|khối)\b", items[0][0].value, regex.I):
                del doc.warnings[mark:]
                continue
            # a role after "là" is no list ("Khối gồm chín đơn vị, trong đó Sở Y tế là Khối trưởng, Sở Tư pháp là Khối phó")
            if items and _RE_ROLE_WORD_ITEM.fullmatch(items[0][0].value):
                del doc.warnings[mark:]
                continue
            # an attendance roll of positions is no list of units ("Tham dự gồm có Chánh Thanh tra, Phó Chánh Thanh tra và ...")
            if items and 2 * sum(_opens_with_position(f.value) for f, _r in items) > len(items):
                del doc.warnings[mark:]
                continue
            # the members' results, each unit with its place or score, are no list of members ("kết quả chấm điểm của các đơn vị
            # thành viên Khối: A xếp thứ nhất, B xếp thứ hai", "... Khối: A đạt 98 điểm, B đạt 96 điểm")
            if items and _RE_MEMBERS_INTRO.match(m.group(0)) and any(_RE_ITEM_PLACED.search(f.value) for f, _r in items):
                del doc.warnings[mark:]
                continue
            # the places after their kind in the plural, "gồm 3 đơn vị là các xã A, B và C": each item a known place or a bare name,
            # no region ("gồm 14 đơn vị là các tỉnh Bắc Trung Bộ và Duyên hải miền Trung")
            # (the last may be a place written with another kind: "là các xã A, B và phường C")
            if m.group("plural") is not None and not all(gazetteer.province_of(f.value) or _RE_BARE_NAME.fullmatch(_RE_OTHER_KIND_LAST.sub("", f.value) if k == len(items) - 1 else f.value)
                                                         and not _RE_REGION_ITEM.match(f.value) for k, (f, _r) in enumerate(items)):
                del doc.warnings[mark:]
                continue
            # "cụm thi đua các tỉnh A, B": a list only when every item is a place the gazetteer knows
            # (not the regions of "các tỉnh Trung du, Miền núi phía Bắc")
            # (nor places that go on a locative: "gồm 7 trường trên địa bàn thị xã A và các huyện B, C")
            # (not the units a clause ties to the cluster: "các đơn vị A, B thuộc Cụm thi đua số 5", read at "tied")
            if m.group(0).lower().startswith("các") and not m.group(0).rstrip().endswith((":", "(", " là")) and m.group("tied") is None \
                    and (not all(gazetteer.province_of(f.value) for f, _r in items)
                         or cre.search(r"\btrên\s+địa\s+bàn\b[^,;]*$", t[max(s.start, m.start() - 80):m.start()], regex.I)):
                del doc.warnings[mark:]
                continue
            # (nor the sites of an online meeting, the places after the unit they share: "điểm cầu phụ tại Cục Thống kê các tỉnh A,
            # B, C" names where they sat, not the members)
            if m.group(0).lower().startswith("các") and "điểm cầu" in t[max(s.start, m.start() - 80):m.start()].lower() \
                    and _RE_SITES_BEFORE.search(t, max(s.start, m.start() - 80), m.start()):
                del doc.warnings[mark:]
                continue
            if _achievers_re().search(t, max(s.start, m.start() - 80), m.start()):
                del doc.warnings[mark:]
                continue  # "thành phố A có 08 đơn vị đạt (gồm: B, C, ...)": the units counted that achieved it, not the members
            # (units counted in the cluster, then what they achieved: "có 3 đơn vị trong Cụm là A, B và C hoàn thành xuất sắc
            # nhiệm vụ", "02 đơn vị của Cụm là A và B được đề nghị tặng Cờ": some of the members, picked by their result; the
            # verb read in the last item too, which a verb in lower case may not end)
            if items and _RE_COUNTED_OF_CLUSTER.fullmatch(m.group(0)) \
                    and (pm := _RE_PREDICATE_OPENS.match(t, items[-1][0].start, s.end)) is not None \
                    and _RE_RESULT_VERB.match(t, pm.end(), s.end) is not None:
                del doc.warnings[mark:]
                continue
            # (a unit of the places, not the cluster, then what they did: "Hội Luật gia các tỉnh A, B, C đã tổ chức xong đại
            # hội": the units that did it, not the members)
            # (not a list the cluster's "gồm" opens: "Cụm gồm: VKSND các tỉnh: A, B ... đã tổ chức Hội nghị")
            # (nor one whose introduction names them the cluster's: "các đơn vị trong Cụm thi đua số 4 là A, B ... đã tổ chức")
            if m.group(0).lower().startswith("các") and items and not m.group(0).rstrip().endswith(":") and m.group("tied") is None \
                    and not _RE_CLUSTER_BEFORE.search(t, max(s.start, m.start() - 60), m.start()) \
                    and not _RE_UNITS_OF_CLUSTER.match(t, m.start(), m.end()) \
                    and not cre.search(r"\bgồm\b", t[max(s.start, m.start() - 60):m.start()], regex.I) \
                    and _RE_ACHIEVED_AFTER.match(t, items[-1][0].end, s.end):
                del doc.warnings[mark:]
                continue
            if m.group("cnt") is not None:
                # a bare count before names is their list only when it counts them all, and only as the
                # representatives who attend ("đại diện 05 xã A, B, ..."), not guests or the object of an act
                rep = _RE_REPRESENTED.search(t, max(s.start, m.start() - 30), m.start())
                if len(items) != int(m.group("cnt")) or _lead_unit(doc, s.start, m) or rep is None or not _kind_is_clusters(doc, rep) \
                        or _RE_GUESTS.search(t, s.start, s.end):
                    del doc.warnings[mark:]
                    continue
                doc.memo("cluster.list_count", lambda: Found(len(items), m.start("cnt"), m.end("cnt")))
            else:
                # "gồm 6 Thuế tỉnh: A, B, ...": a number in the list's introduction that counts the names listed
                # (or just before it: "có 6 doanh nghiệp thuộc các Tập đoàn gồm: A, B, ...")
                cnt = _RE_INTRO_COUNT.search(sh, m.start(), m.end()) or _RE_COUNT_BEFORE_INTRO.search(sh, max(s.start, m.start() - 80), m.start()) \
                    or _RE_INTRO_WORD_COUNT.match(t, m.start(), m.end())
                if cnt and count_value(cnt.group(1)) == len(items) >= 2 and m.group("newly") is None:
                    doc.memo("cluster.list_count", lambda: Found(len(items), cnt.start(1), cnt.end(1)))
            # (the places of another numbered cluster: "các huyện A, B thuộc Cụm thi đua số 4" in a report of Cụm 3)
            if len(items) >= 2 and not (cre.match(r"\s*(?:thuộc|trong|của)\s+(?:cụm|khối)\b", t[items[-1][0].end:s.end], regex.I)
                                        and _another_numbered(doc, items[-1][0].end, s.end)):
                yield _lead_unit(doc, s.start, m) + items + _subgroups(doc, m, items, send)
                return
            del doc.warnings[mark:]
    # a parenthesised list right after the cluster name: "Cụm thi đua 4 phòng (A, B, C)"
    for s in sents:
        if t.find("(", s.start, s.end) < 0:
            continue
        for cm in mentions(doc, s.start, s.end):
            # (the count and kind of the places may open the brackets: "Cụm thi đua số IV (09 tỉnh A, B, ...)")
            p = cre.match(r"\s*\(\s*(?:(?P<n>\d{1,3})\s+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)(?:\s*,\s*(?:tỉnh|thành phố|thị xã))?\s+(?=\p{Lu}))?",
                          t[cm.end:s.end])
            if cm.qualified and p:
                items = _read_items(doc, cm.end + p.end(), s.end)
                if p.group("n") is not None and len(items) != int(p.group("n")):
                    continue
                # (not the abbreviation of the words before: "Khối các Sở Nông nghiệp và Phát triển nông thôn (NN và PTNT)")
                if len(items) == 2 and all(cre.fullmatch(r"(?-i:[\p{Lu}&]{1,10})", f.value) for f, _r in items) \
                        and cre.match(r"\s*và\s", t[items[0][0].end:items[1][0].start]):
                    continue
                if len(items) >= 2:
                    if p.group("n") is not None:
                        doc.memo("cluster.list_count", lambda: Found(len(items), cm.end + p.start("n"), cm.end + p.end("n")))
                    yield items
                    return
        for m in finditer(r"\d{1,3}\s+\p{L}+\s+trong\s+(?:cụm|khối)[^()\n]{0,80}?\(", sh, s.start, s.end):
            items = _read_items(doc, m.end(), s.end)
            if len(items) >= 2:
                yield items
                return
        # "Ban CHQS các huyện, thị xã (A, B, C) thuộc Cụm thi đua số 6": the places named in brackets, then the
        # cluster they belong to (places the gazetteer knows)
        for m in finditer(r"\bcác\s+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)\b[^()\n.;:]{0,40}?\(", sh, s.start, s.end):
            close = t.find(")", m.end(), s.end)
            if close < 0 or not cre.match(r"\s*(?:thuộc|trong|của)\s+(?:cụm|khối)\b", t[close + 1:s.end], regex.I):
                continue
            items = _read_items(doc, m.end(), close + 1)
            # (a name two districts share is read with the province of the others: "Phước Long")
            provs = {p for f, _r in items if (p := gazetteer.province_of(f.value))}
            if len(items) >= 2 and all(gazetteer.province_of(f.value, context=provs) for f, _r in items):
                yield items
                return
        # "Cụm thi đua số 8 gồm 7 trường chính trị các tỉnh ... (A, B, ...)": as many names as counted
        for m in finditer(r"\bgồm\s+(?:có\s+)?(\d{1,3})\s+[^()\n.;:]{2,80}?\(", sh, s.start, s.end):
            mark = len(doc.warnings)
            items = _read_items(doc, m.end(), s.end)
            # (or one fewer, the last cut off with the excerpt)
            cut = any(w.code == "list_truncated" for w in doc.warnings[mark:])
            if len(items) >= 2 and (len(items) == int(m.group(1)) or cut and len(items) == int(m.group(1)) - 1):
                yield items
                return
            del doc.warnings[mark:]
    low = doc.cues.lower
    for s in sents:
        # "các huyện A, B và C thuộc Cụm thi đua số 3": the places named bare, then the cluster they belong to
        # (places the gazetteer knows, all of one province)
        # (or named its members after a dash: "các huyện A, B và C - thành viên Cụm thi đua số 3 đã tổ chức ...")
        if low.find("các ", s.start, s.end) < 0 or not any(low.find(w, s.start, s.end) >= 0 for w in (
                "thuộc cụm", "thuộc khối", "trong cụm", "trong khối", "của cụm", "của khối", "thành viên cụm", "thành viên khối")):
            continue
        for m in finditer(r"\bcác\s+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)\s+(?=\p{Lu})", sh, s.start, s.end):
            mark = len(doc.warnings)
            items = _read_items(doc, m.end(), s.end)
            last = items[-1][0].end if items else m.end()
            provs = {p for f, _r in items if (p := gazetteer.province_of(f.value))}
            of = _RE_OF_CLUSTER_AFTER.match(t, last, s.end)
            # (named members after a dash, "- các đơn vị thành viên Cụm", the places need not be known: each a bare name)
            if len(items) >= 2 and of \
                    and all(gazetteer.province_of(f.value, context=provs) or of.group("member") is not None and _RE_BARE_NAME.fullmatch(f.value)
                            for f, _r in items) and not _another_numbered(doc, last, s.end):
                yield items
                return
            del doc.warnings[mark:]


# what names the places listed before it the cluster's: "thuộc Cụm thi đua số 3", " - thành viên Cụm thi đua số 3"
_RE_OF_CLUSTER_AFTER = regex.compile(r"\s*(?:(?:thuộc|trong|của)\s+|(?P<member>[-–])\s*(?:là\s+)?(?:các\s+)?(?:đơn\s+vị\s+)?thành\s+viên\s+(?:(?:của|thuộc)\s+)?)"
                                     r"(?:cụm|khối)\b", regex.I)


# after the count of the members, the list it announces in the same clause ("Khối có sáu đơn vị là A, B, ... và F")
@lru_cache(maxsize=None)
def _count_then_list_re():
    # (or the colon alone after the count: "gồm 6 tỉnh: A, B, ..."; or the names in brackets after the counted units of
    # the cluster: "đại diện 7 đơn vị trong Cụm (A, B, ... và G)")
    return regex.compile(r"\s+(?:" + _unit_nouns() + r")(?:\s+thành\s+viên)?"
                         r"(?:\s+(?:trong|thuộc|của)\s+(?:cụm|khối)(?:\s+thi\s+đua)?)?"
                         r"\s*(?:,?\s*(?:là|(?:bao\s+)?gồm(?:\s+có)?)\s*:?|(?P<colon>:)|(?P<paren>\())\s*(?=(?-i:\p{Lu}))", regex.I)


# or the count closing its sentence ("Cụm hiện có 07 doanh nghiệp."), a few words of the kind after it
@lru_cache(maxsize=None)
def _count_closes_re():
    return regex.compile(r"\s+(?:" + _unit_nouns() + r")(?:\s+(?-i:\p{Ll}+)){0,4}\s*[.:]?\s*$", regex.I)


# and the next sentence naming them: "Đó là A, B và C", "Gồm: A, B", or the names alone
# (or a heading of the list ending its line: "Danh sách cụ thể như sau:", the names on the lines after it)
_RE_NAMED_NEXT = regex.compile(r"(?:danh\s+sách(?:\s+(?:các\s+)?(?:đơn\s+vị|thành\s+viên))?(?:\s+cụ\s+thể)?(?:\s+như\s+sau)?\s*:(?=[ \t]*(?:\n|$))(?P<heading>)|(?:đó|đấy)\s+là|(?:bao\s+)?gồm(?:\s+có)?|cụ\s+thể(?:\s+là)?|(?:các\s+)?(?:đơn vị|cơ quan|thành viên)(?:\s+thành\s+viên)?\s+(?:gồm|là))\s*[:,]?\s*", regex.I)


def list_after_count(doc: Document, n: Found) -> list:
    """The members a stated count announces, where no list introduction of member_lists reads them: after the
    count in its own clause ("Khối có sáu đơn vị là A, ...") or in the sentence after the count ("Cụm hiện có 07
    doanh nghiệp. Đó là A, ..."). The names must be as many as the count says: a list of another number is
    something else (the units ranked, the guests)."""
    t = doc.text
    sents = doc.content_sentences()
    i = next((k for k, s in enumerate(sents) if s.start <= n.start < s.end), None)
    if i is None:
        return []
    s = sents[i]
    spans = []
    m = _count_then_list_re().match(t, n.end, s.end)
    colon = m is not None and m.group("colon") is not None
    if m and m.group("paren") is not None:
        # (the names end at the bracket's close, within the sentence; a note in brackets may stand inside, "(A (Cụm trưởng), B)")
        close, depth = -1, 1
        for j in cues.find_all(t, "()", m.end(), s.end):
            depth += 1 if t[j] == "(" else -1
            if depth == 0:
                close = j
                break
        if close > 0:
            spans.append((m.end(), close, False))
    elif m:
        spans.append((m.end(), _sentence_run_end(sents, i), False))
    elif _count_closes_re().match(t, n.end, s.end) and i + 1 < len(sents) and sents[i + 1].start - s.end < 4:
        nxt = sents[i + 1]
        o = _RE_NAMED_NEXT.match(t, nxt.start, nxt.end)
        spans.append((o.end() if o else nxt.start, _sentence_run_end(sents, i + 1), o is None))
        # (the heading closing its line: one name a line after it)
        if o is not None and o.group("heading") is not None:
            spans[-1] = (-1, i + 1, False)
    for a, b, bare in spans:
        mark = len(doc.warnings)
        items = _shared_head(_read_lines(doc, sents[b]), t) if a < 0 else _read_items(doc, a, b)
        if a < 0:
            a, b = sents[b].end, len(t)
        ok = len(items) == n.value >= 2 and all(f.value[:1].isupper() or f.value[:1].isdigit() for f, _r in items)
        # (the names end their clause, or a note after a dash follows them: not "... và C luân phiên giữ vai trò Cụm trưởng")
        if ok:
            last = items[-1][0].end
            tail = t[last:b]
            ok = not tail.strip(" .;:") or cre.match(r"\s*(?:[-–(;]|\s*\n)", tail) is not None or _RE_LIST_END.match(t, last, b) is not None
            # (after a colon alone, the names close their sentence: not "Cụm có ba đơn vị: A, B và C được tặng Cờ")
            if ok and colon:
                ok = cre.match(r"\s*(?:[.;]|\n|$)", tail) is not None
        # names alone, with nothing to introduce them, must each be a unit (whole: not "C trong năm qua") or a place
        if ok and bare:
            ok = all(starts_with_unit_head(f.value) and unit_after(doc, f.start, f.end) == (f.start, f.end)
                     or gazetteer.province_of(f.value) for f, _r in items)
        if ok:
            return items
        del doc.warnings[mark:]
    return []


def _kind_is_clusters(doc: Document, rep) -> bool:
    """The kind of unit written between "lãnh đạo" and the counted places ("lãnh đạo Công an 6 tỉnh") is the one the
    cluster's name or the sentence stating the meeting holds ("Cụm thi đua số 6 - Bộ Công an"); with none written, any."""
    words = rep.group("kind")
    if not words:
        return True
    key = fold(words.split()[0])
    name, s = doc.draft.scalars.get("cluster.name"), doc.draft.meeting_sentence
    # (or the sentence that states the meeting: "Cụm thi đua số 6 - Bộ Công an đã tổ chức ...")
    return name is not None and key in fold(name.value) or s is not None and key in fold(doc.text[s.start:s.end])


def _another_numbered(doc: Document, a: int, b: int) -> bool:
    """The first cluster named in [a, b) is numbered, and not as the article's own ("thuộc Cụm thi đua số 4" in a
    report of Cụm 3)."""
    own = doc.draft.scalars.get("cluster.number")
    first = next(iter(mentions(doc, a, b)), None)
    return own is not None and first is not None and first.number is not None and first.number != own.value


_RE_BULLET = regex.compile(r"^\s*(?:[-+•*–]|\d{1,2}[.)]|[a-zđ]\))\s*")


def _read_lines(doc: Document, s) -> list:
    """Items written one per line (with or without a bullet) after a list introduction ending a line."""
    t = doc.text
    blocks = doc.blocks
    i = next((k for k, bl in enumerate(blocks) if bl.start <= s.start < bl.end + 1), None)
    items = []
    if i is None:
        return items
    # a table of the members laid out on its lines (pipes, tabs, one cell a line: linetable), its unit column read, and its
    # role column's notes ("STT | Đơn vị | Ghi chú" / "1 | Sở A | Trưởng khối")
    got = _member_table(doc, i + 1)
    if got is not None:
        return got
    table = None  # a table's header read first: its rows are "1 | A" ("1 | A | ..." read to the cell's end)
    rolled = False  # the lines are a roll of units each with its representative
    bulleted = False  # every item so far had a bullet
    for bl in blocks[i + 1:]:
        if bl.kind == "chrome":
            continue
        line = t[bl.start:bl.end]
        if table is None and not items and (hm := _RE_TABLE_HEAD.fullmatch(line)) is not None:
            table = hm.group("bar") is not None
            continue
        if table is not None:
            row = (_RE_TABLE_ROW if table else _RE_TABLE_ROW_SPACED).match(line)
            if row is None:
                break
            a = bl.start + row.start("cell")
            body = t[a:bl.start + row.end("cell")].rstrip(" ;,.")
            bm = row
        else:
            bm = _RE_BULLET.match(line)
            a = bl.start + (bm.end() if bm else 0)
            body = t[a:bl.end].rstrip(" ;,.")
        if line.rstrip().endswith(":"):
            break  # the next heading ("Tại hội nghị, các đơn vị thực hiện báo cáo chuyên đề:")
        # (a unit's long official name with its role note: "Ngân hàng TMCP ... - Chi nhánh Quảng Ninh (đơn vị Trưởng khối năm 2022)")
        if not body or len(body) > 130 or len(body.split()) > 22 or not (body[0].isupper() or starts_with_unit_head(body)):
            break
        if not bm and cre.search(r"\s(?-i:đã|là|được|có|với)\s", body):
            break
        # the list ends at the first line that is no item of it: a line without the bullet every item had, or a clause (a
        # comma, then words in lower case: "Sáu tháng đầu năm, thu ngân sách đạt ..."); not a line that reads as one unit
        # ("Sở Văn hóa, thể thao và du lịch", "Ngân hàng X, chi nhánh tỉnh A"), nor such a line closing the list with its
        # full stop when its bullet was lost ("• Sở A;" / "• Sở B;" / "Sở C.")
        last = False
        if table is None and items and not bm and (bulleted or cre.match(r"[^,;:()]{1,60},\s+(?-i:\p{Ll})", body)):
            if not _one_unit_line(doc, a, a + len(body)):
                break
            if bulleted:
                if not line.rstrip().endswith("."):
                    break
                last = True
        bulleted = bm is not None if not items else bulleted and bm is not None
        if _RE_NOT_AN_ITEM_LINE.match(body) or _RE_DATE_IN_LINE.search(body):
            break  # a headline's second line ("Ký giao ước thi đua ... năm 2017") or the page's date line: no unit
        if is_guest_note(body):
            continue
        # a unit's result after its colon ("1. Sở A: 96,5 điểm", "- Công ty B: xếp thứ 2", "+ C: doanh thu đạt 104% kế hoạch"): the
        # unit before the colon, where the lead names the units the members ("Kết quả chấm điểm của 06 đơn vị thành viên:"); under
        # a lead of results alone ("Kết quả năm 2025 của các đơn vị:") the lines list no members
        # (what stands before the colon opens with a unit's head: not a board's role, "Thư ký: chuyên viên ...", nor a
        # programme's part, "Phần 1: báo cáo ...", lines read as before)
        res = _RE_UNIT_RESULT_LINE.match(body)
        if res is not None and starts_with_unit_head(res.group("u")):
            if not _RE_MEMBERS_NAMED_LEAD.search(t, s.start, s.end):
                break
            u = res.group("u")
            items.append((Found(u, a, a + len(u)), None))
            continue
        if items and _RE_HONOURS.search(body):
            break  # (the lines after the list that rank or honour its units: "Khối gồm:\n• A\n• B\n• A xếp thứ hai")
        # a roll of the units' representatives, one a line ("- UBND huyện A: ông B, Chủ tịch UBND huyện (Cụm trưởng)"): the unit
        # before the colon, with the role note at the line's end; the roll ends at the first line of another form (a unit's
        # line with no one named, "- UBND huyện B", goes on with it)
        held = _RE_UNIT_PERSON_LINE.match(body)
        if held is not None or rolled and not (":" not in body and starts_with_unit_head(body)):
            if held is None:
                break
            rolled = True
            items.append((Found(held.group("u"), a, a + held.end("u")), role_note(body)[1]))
            continue
        # two lines the page joined at a comma ("Trường A,\n- Trường B"): an item each
        for pa, pb in _bulleted_parts(t, a, a + len(body)):
            cut, role = role_note(t[pa:pb])
            end = pa + cut
            items.append((Found(t[pa:end].strip(), pa, pa + len(t[pa:end].rstrip())), role))
        if last:
            break
    return items


_RE_PLACE_TAIL = regex.compile(r"(?:tỉnh|thành\s+phố|TP\.?)\s+(?-i:\p{Lu})", regex.I)


def _one_unit_line(doc: Document, a: int, b: int) -> bool:
    """The line's text [a, b) reads as one unit: it opens with a unit's head, and what the unit's reader leaves after its
    comma is the unit's branch or place ("Ngân hàng X, chi nhánh tỉnh A", "Trường Y, huyện B", "Cục Z, tỉnh C")."""
    t = doc.text
    if not starts_with_unit_head(t[a:b]):
        return False
    u = unit_after(doc, a, b)
    if u is None:
        return False
    rest = t[u[1]:b].strip()
    if not rest:
        return True
    if not rest.startswith(",") or any(c.isdigit() for c in rest):
        return False
    return all(starts_with_unit_head(x) or _RE_PLACE_TAIL.match(x.strip()) for x in rest[1:].split(","))


_RE_NOT_MEMBERS_HEAD = regex.compile(r"điểm|xếp|hạng|danh\s+hiệu|hình\s+thức|khen|kết\s+quả", regex.I)


def _member_table(doc: Document, i: int) -> list | None:
    """The members a table from the block ``i`` lists: its unit cells, with the role its role cell or the unit's own
    note gives; None when no table of the members starts there (not one of scores, ranks or awards)."""
    tb = linetable.read_table(doc, i, skip=lambda bl: bl.kind == "chrome")
    if tb is None or any(_RE_NOT_MEMBERS_HEAD.search(h) for h in tb.header):
        return None
    u, r = tb.unit_column(), tb.role_column()
    if u is None:
        return None
    t = doc.text
    # (with no header, number and name lines by turns are members only when each name opens with a unit's head: not a
    # roll of people, "1" / "Ông A, Phó Giám đốc Sở X", nor an agenda, "1" / "Báo cáo kết quả ...")
    if not tb.headed and not all(u < len(row) and starts_with_unit_head(t[row[u][0]:row[u][1]]) for row in tb.rows):
        return None
    items = []
    for row in tb.rows:
        if u >= len(row):
            continue
        a, b = row[u]
        cut, role = role_note(t[a:b].rstrip(" ;,."))
        if not cut or is_guest_note(t[a:b]):
            continue
        if role is None and r is not None and r < len(row):
            role = role_of_note(t[row[r][0]:row[r][1]].strip(" ;,.")) or None
            # (its year read as the same note's in brackets: "Trưởng khối năm 2025" at the review of 2024 is the next
            # one's role, "Trưởng khối năm 2023" there a past one's)
            dated = _member_note_year(doc, None, row[r]) if role else 0
            role = None if dated < 0 else "next_" + role if dated > 0 else role
        items.append((Found(t[a:a + cut].rstrip(), a, a + len(t[a:a + cut].rstrip())), role))
    return items or None


# a table of the members: its header ("STT | Đơn vị", "TT | Tên đơn vị | Ghi chú"; a tab turned to a space, "STT Đơn vị"), and
# its rows ("1 | Sở A", "1 | Sở A | Cụm trưởng"; spaced, "1 Sở A", only under a header of those two cells); not a table of
# scores, ranks or awards ("STT | Đơn vị | Điểm | Xếp hạng")
_RE_TABLE_HEAD = regex.compile(r"(?![^\n]*(?:điểm|xếp|hạng|danh\s+hiệu|hình\s+thức|khen|kết\s+quả))\s*(?:STT|TT|Số\s+TT)(?:\s*(?P<bar>\|)\s*|\s+)(?:tên\s+)?(?:đơn\s+vị|cơ\s+quan|doanh\s+nghiệp|tập\s+thể|"
                               r"thành\s+viên)(?(bar)(?:\s*\|[^|\n]*)*|)\s*", regex.I)
_RE_TABLE_ROW = regex.compile(r"\s*\d{1,3}\s*\|\s*(?P<cell>[^|\n]*?)\s*(?:\|[^\n]*)?$")
# (the spaced row's number may end with a stop or a bracket: "1. Sở A", "1) Sở A")
_RE_TABLE_ROW_SPACED = regex.compile(r"\s*\d{1,3}(?:[.)][ \t]*(?=\p{L})|\s+)(?P<cell>\S[^\n]*?)\s*$")


_RE_UNIT_RESULT_LINE = regex.compile(r"(?P<u>(?-i:\p{Lu})[^:;()\n]{1,100}?)\s*:\s*(?=\d|(?-i:\p{Ll}))(?!(?:đơn\s+vị\s+|là\s+)?(?:" + ROLE_NOTE_WORDS + r")|(?:ông|bà|đồng\s+chí|đ/c)\s)", regex.I)
_RE_MEMBERS_NAMED_LEAD = regex.compile(r"(?<!\p{L})(?:thành\s+viên|(?:trong|của|thuộc)\s+(?:cụm|khối)|(?:cụm|khối)(?:\s+thi\s+đua)?(?:\s+\S+){0,6}?\s+(?:bao\s+)?gồm)(?!\p{L})", regex.I)
_RE_UNIT_PERSON_LINE = regex.compile(r"(?P<u>(?-i:\p{Lu})[^:;()\n]{1,80}?)\s*:\s*(?:ông|bà|đồng\s+chí|đ/c)\s+(?-i:\p{Lu})", regex.I)
_RE_NOT_AN_ITEM_LINE = regex.compile(r"(?:ký|ký kết|tổ chức|tổng kết|sơ kết|phát động|hội nghị|triển khai)\b", regex.I)
_RE_DATE_IN_LINE = regex.compile(r"\d{1,2}/\d{1,2}/\d{4}")
_RE_JOINED_BULLET = regex.compile(r"\s*,\s*[-–•*+]\s+")


def _bulleted_parts(t: str, a: int, b: int) -> list[tuple[int, int]]:
    out, start = [], a
    for m in _RE_JOINED_BULLET.finditer(t, a, b):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, b))
    return out


def _list_end(sh: str, a: int, b: int) -> int:
    """Where a list that starts at ``a`` ends: the first end mark (_RE_LIST_END) or unopened ")"
    outside brackets, before ``b``. Jumps from bracket to bracket instead of trying each character."""
    end = b
    i = a
    depth = 0
    m, searched = None, False  # the last search's match
    while i < b:
        po, pc = sh.find("(", i, b), sh.find(")", i, b)
        if depth == 0:
            nxt = min(p for p in (po, pc, b) if p != -1)
            # room past b for the pattern's lookahead; an end mark must start before b
            # (a match found from an earlier start that starts at i or later is the one a search from i
            # finds: each position's try reads the same text; none found then, none now)
            if not searched or (m is not None and m.start() < i):
                m, searched = _RE_LIST_END.search(sh, i, min(len(sh), b + 50)), True
            if m is not None and m.start() < nxt:
                end = m.start()
                break
            if nxt == b:
                break
            if nxt == pc:
                end = pc
                break
            if _unclosed_role(sh, po, b):
                i = po + 1  # a role note whose closing bracket was left out: no bracket to skip (see _read_items)
                continue
            depth, i = 1, po + 1
        else:
            if pc == -1:
                break
            if po != -1 and po < pc:
                depth, i = depth + 1, po + 1
            else:
                depth, i = depth - 1, pc + 1
    return end


_RE_ITEM_AND = regex.compile(r"\s+và\s+(?:[“„\"]\s*)?(?=\p{Lu}|đơn vị\s|chuyên\s+\p{Lu}|(?:các\s+)?(?:xã|phường|đặc khu|thị trấn|thị xã|huyện|quận|thành phố|tỉnh)\s+(?:\p{Lu}|\d))")
_RE_AND_GENERIC = regex.compile(r"\s+và\s+các\s+(?:\p{Lu}{2,}\s+)?\p{Ll}+(?:\s+\p{Ll}+)*$")
# a kind of the Party's, the Front's or the mass organisations' bodies named in the plural inside a list ("các Ban Đảng", "các ban
# xây dựng Đảng Tỉnh ủy", "các đoàn thể chính trị - xã hội tỉnh"): no member named, nor a part of the item before it
_RE_COLLECTIVE_ITEM = regex.compile(
    r"(?:và\s+)?các\s+(?:(?:ban|cơ\s+quan)(?:\s+(?:xây\s+dựng|tham\s+mưu))?\s+Đảng|(?:đoàn\s+thể|tổ\s+chức)(?:\s+chính\s+trị(?:\s*[-–]\s*xã\s+hội)?)?)"
    r"(?:\s+(?:(?:của\s+)?(?:Tỉnh|Thành|Huyện|Quận|Thị)\s*[uủ]y|tỉnh|thành\s+phố|huyện|quận|thị\s+xã)(?:\s+(?-i:\p{Lu})\p{Ll}*){0,3})?"
    r"(?=\s+và\s|\s*$)", regex.I)


def _list_end_at(doc: Document, a: int, b: int) -> int:
    """_list_end in the shadow text, kept on the document (a list's reader and its second group ask)."""
    return doc.memo(("cluster.list_end", a, b), lambda: _list_end(shadow(doc), a, b))


_RE_NOT_NAME_WORDS = regex.compile(
    r"(?:các|những|mỗi|từng|và|cùng|với|trong|của|đã|được|là|có|do|tại|để|nhằm|đến|gồm|thuộc|trực thuộc|đều|cũng|nay"
    r"|vừa|qua|hiện|riêng|năm|sẽ|đang|luôn|tiếp tục|sau|trước|khi)(?!\p{L})")


def _name_goes_on(items: list, seps: list, k: int, txt: str) -> bool:
    """A lower-case item after a comma goes on the unit before it: a few plain words (no clause, no
    determiner) after a unit's name, as official names with inner commas are written."""
    return bool(items) and k > 0 and seps[k - 1] == "," and txt[:1].islower() and len(txt.split()) <= 8 \
        and starts_with_unit_head(items[-1][0].value) and _RE_NOT_NAME_WORDS.match(txt) is None \
        and not _place_after_places(items, txt)


def _same_province_closes(before: str, after: str) -> bool:
    """Two names that end with the same province's name, the second capitalised with words of its own before it: two units
    of that province ("Viễn thông Quảng Nam" and "Bảo Việt Quảng Nam")."""
    b, a = before.split(), after.split()
    if not a or not a[0][:1].isupper():
        return False
    return any(len(a) > n and len(b) > n and a[-n:] == b[-n:] and gazetteer.names_province(" ".join(a[-n:])) is not None
               for n in (1, 2, 3))


def _place_after_places(items: list, txt: str) -> bool:
    """A place written with its kind after a list of such places is the next of them, not where the one before it lies:
    "tỉnh A, tỉnh B và tỉnh C", "thành phố A, thành phố B, tỉnh C" (a place of its own level or above only where the
    gazetteer puts the one before it in another province; "thị xã A, tỉnh B", A in B, is an address)."""
    if not items or not _RE_KIND_PLACE.fullmatch(txt) or not all(_RE_KIND_PLACE.fullmatch(f.value) for f, _r in items):
        return False
    prev = items[-1][0].value
    level = _PLACE_LEVEL.get(cre.match(_PLACE_KINDS, txt, regex.I).group(0).lower(), 0)
    inner = _PLACE_LEVEL.get(cre.match(_PLACE_KINDS, prev, regex.I).group(0).lower(), 0)
    if inner >= level:
        return True
    a, b = gazetteer.province_of(prev), gazetteer.province_of(txt)
    return a is not None and b is not None and a != b


_RE_POSITION_FIRST = regex.compile(r"(?:Phó\s+)?(?:Giám đốc|Chủ tịch|Bí thư|Trưởng ban|Trưởng phòng|Chánh (?:Văn phòng|Thanh tra|án)|Viện trưởng|Hiệu trưởng|Cục trưởng|Chi cục trưởng|Tổng Giám đốc|Thủ trưởng)\s")
@lru_cache(maxsize=None)
def _group_opens_re():
    """ "và các <kind of unit>" closing a list's part before its colon (not "và các đại biểu:", the guests); or "và <unit> các
    <kind of place>", the unit the places after the colon share ("A và Liên đoàn Lao động các huyện: B, C")."""
    # (a unit, its head capitalised, of up to eight words, "Ủy ban Mặt trận Tổ quốc Việt Nam các tỉnh"; not "và Môi trường các
    # tỉnh" inside a department's name, nor the representatives of places, "Đại diện lãnh đạo các huyện")
    shared = (r"(?=(?-i:\p{Lu}))(?:" + unit_head_ci_re().pattern + r")(?:\s+[\p{L}&]+){0,7}?\s+(?:các|\d{1,2})\s+" + _PLACE_KINDS
              + r"(?:\s*,\s*" + _PLACE_KINDS + r")*(?:\s+trực\s+thuộc\s+Trung\s+ương)?")
    return regex.compile(r"\s+và\s+(?:các\s+(?:" + _unit_nouns() + r"|ban|sở)(?:\s+\p{L}+)?|" + shared + r")\s*$"
                         # (joined by a comma or a semicolon too: "A, Công an các huyện: B, C", "Sở X các tỉnh: A, B; Sở Y các
                         # tỉnh: C, D")
                         r"|\s*[,;]\s*" + shared + r"\s*$",
                         regex.I)
_RE_HONORIFIC_NAME = regex.compile(r"(?:và\s+)?(?:ông|bà|đồng chí|đ/c)\s+(?-i:\p{Lu}\p{Ll}*)(?:\s+(?-i:\p{Lu}\p{Ll}*)){1,4}", regex.I)
# (a note on the whole list after its last item, in the plural: "- những xã vùng cao", "- đều là các đơn vị sự nghiệp"; after a
# bare "các" only the members' kind (lexicons/unit_nouns.txt), "- các xã biên giới": not the rest of a name after its dash,
# "Ban Quản lý Khu kinh tế - các khu công nghiệp")
@lru_cache(maxsize=None)
def _dash_list_note_re():
    # ("những", or "đều"/"là" before the plural, a note whatever its noun, "- những địa bàn biển đảo": a name carries neither)
    return regex.compile(r"\s+[-–]\s+(?:(?:đều\s+)?là\s+(?:những|các)|đều\s+(?:những|các)|những)\s+(?-i:\p{Ll}).*$"
                         r"|\s+[-–]\s+các\s+(?=(?-i:\p{Ll}))(?:" + _unit_nouns() + r")(?!\p{L}).*$", regex.I)


# (counted too: "..., và F - sáu thành viên của Khối - đã ...")
_RE_DASH_MEMBER_NOTE = regex.compile(r"\s+[-–]\s+(?:là\s+)?(?:các\s+)?(?:(?:\d{1,3}|" + _COUNT_WORD + r")\s+)?(?:đơn vị\s+)?thành viên\b.*$", regex.I)


# the introduction of the cluster's members ("các đơn vị thành viên Khối:", "các thành viên trong Cụm:"), and an item that
# carries its place or its score ("A xếp thứ nhất", "B đạt 96 điểm", "C dẫn đầu"): a list of results
_RE_MEMBERS_INTRO = regex.compile(r"các\s+(?:(?:đơn vị|cơ quan)\s+)?(?:thành viên\s+)?(?:(?:của|trong|thuộc)\s+)?(?:cụm|khối)(?!\p{L})", regex.I)
_RE_ITEM_PLACED = regex.compile(r"\s(?:xếp\s+(?:thứ|hạng)|(?:đạt\s+)?\d+(?:[.,]\d+)?\s*điểm|dẫn đầu)(?!\p{L})", regex.I)
_RE_UNITS_OF_CLUSTER = regex.compile(r"\bcác\s+(?:đơn vị|cơ quan)(?:\s+thành viên)?\s+(?:của|trong|thuộc)\s+(?:cụm|khối)", regex.I)


def _units_of_people(doc: Document, a: int, b: int) -> list:
    """A roll of people, one per ";", each with a title naming a unit: the units, in order (all or none)."""
    t = doc.text
    out = []
    pos = a
    for seg in t[a:b].split(";"):
        sa = pos + len(seg) - len(seg.lstrip())
        pos += len(seg) + 1
        hm = _RE_HONORIFIC_NAME.match(t, sa, pos - 1)
        title = title_after(doc, hm.end(), pos - 1)[0] if hm else None
        # (the unit written as a part of its own after the position: "Trưởng phòng Tổ chức, Trường Hữu nghị 80")
        org = None
        if title is not None:
            for part in cre.finditer(r"[^,]+", doc.text[title.start:title.end]):
                ptxt = part.group(0).strip()
                if starts_with_unit_head(ptxt):
                    pa = title.start + part.start() + len(part.group(0)) - len(part.group(0).lstrip())
                    org = Found(ptxt, pa, pa + len(ptxt))
            if org is None:
                org = _not_a_party_body([o for o, _r in _title_orgs(doc, title) if o is not None])
        if org is None:
            return []
        out.append((org, None))
    return out if len(out) >= 2 else []


@lru_cache(maxsize=None)
def _person_name() -> str:
    """A person's name as a regex fragment: a family name and one to three capitalised words."""
    return r"(?:" + alternation(lexicon.words("surnames.txt")) + r")(?:\s+\p{Lu}\p{Ll}*){1,3}"


@lru_cache(maxsize=None)
def _name_after_unit_re():
    """A person's name right after a unit's name (its last word capitalised: "UBND xã A Trần Văn B"), or after a comma and
    an honorific ("UBND xã A, ông Trần Văn B"); not a unit named for a person, "UBND phường Lê Lợi" (a kind word before)."""
    return regex.compile(r"(?:(?<=(?-i:\p{Lu})\p{L}*)\s+|\s*,\s*(?:ông|bà|đồng\s+chí|đ/c)\s+)(?-i:" + _person_name() + r")(?!\p{L})",
                         regex.I)


_RE_CLAUSE_STOP = regex.compile(r"[.;:!?\n]")


def _clause_stop(t: str, a: int, b: int) -> int:
    """Where the clause from ``a`` ends: its first full stop, ";" or ":" before ``b``."""
    m = _RE_CLAUSE_STOP.search(t, a, b)
    return m.start() if m is not None else b


@lru_cache(maxsize=None)
def _person_item_re():
    """A person's name (a family name and one to three more words), after an honorific or before a position."""
    name = _person_name()
    return regex.compile(r"(?i:ông|bà|đồng chí|đ/c)\s+" + name + r"(?!\p{L})|" + name + r"\s*[-–,]\s*(?i:" + positions_alt() + r")(?!\p{L})")


def _person_item(txt: str) -> bool:
    """A list item that names a person (a roll of the people attending), not a unit."""
    return _person_item_re().match(txt) is not None and gazetteer.province_of(txt) is None
_RE_PARENT_BODY = regex.compile(r"\s*" + alternation(MILITARY_PARENTS + MILITARY_MINISTRIES) + r"\b")
_RE_PLACE_KIND = regex.compile(r"\s*(?:và\s+)?(xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh)\s+\S", regex.I)


_RE_YEAR_OPENS_CLAUSE = regex.compile(r"(?:trong\s+)?năm\s+(?:19|20)\d{2}\s*(?:,|$)", regex.I)
# a cluster's name opening an item: "Cụm thi đua số 5 ...", "Khối thi đua ...", "Liên cụm ...", "Cụm 3 ..."
_RE_CLUSTER_OPENS_ITEM = regex.compile(r"liên\s+(?:cụm|khối)(?!\p{L})|(?:cụm|khối)\s+(?:thi\s+đua(?!\p{L})|(?:số\s+)?(?:\d{1,2}|(?-i:[IVXL]{1,5}))(?![\p{L}\d]))", regex.I)
# the staff of a unit, not the unit: "Lãnh đạo Sở Nội vụ", "Lãnh đạo và chuyên viên các Ban"
_RE_STAFF_OPENS = regex.compile(r"(?:lãnh đạo|đại diện|đại biểu|chuyên viên|cán bộ|công chức|phóng viên|thành viên)(?!\p{L})", regex.I)


def _ends_the_list(nxt: str) -> bool:
    """The part after an item is no item: it opens with a word in lower case that begins no unit."""
    w = nxt.lstrip()
    return bool(w) and w[0].islower() and not starts_with_unit_head(w) and not _RE_KIND_NAMED.match(w) and not _RE_ITEM_PREFIX.match(w)


def _place_above_the_list(t: str, a: int, raw: list, k: int) -> bool:
    """The list's last part, after the item ``k`` that holds its last pair, is a place written with its kind of a level
    above the kind of the places listed: where they lie, no item ("các huyện A, B và thị xã C, tỉnh D": the pair's second
    written with its kind, or the list's first, or the plural before the list)."""
    nxt = t[raw[k + 1][0]:raw[k + 1][1]].strip()
    if not _RE_KIND_PLACE.fullmatch(nxt):
        return False
    level = _PLACE_LEVEL.get(cre.match(_PLACE_KINDS, nxt, regex.I).group(0).lower(), 0)
    seg = t[raw[k][0]:raw[k][1]]
    vm = cre.search(r"\s(?-i:và)\s+(?=" + _PLACE_KINDS + r"\s+(?-i:\p{Lu}))", seg, regex.I)
    kind = cre.match(_PLACE_KINDS + r"(?=\s+(?-i:\p{Lu}))", seg[vm.end():], regex.I) if vm is not None else None
    if kind is None:
        kind = cre.match(r"\s*(?:các\s+)?(" + _PLACE_KINDS + r")(?=\s+(?-i:\p{Lu}))", t[raw[0][0]:raw[0][1]], regex.I)
        if kind is None:
            kind = cre.search(r"\bcác\s+(" + _PLACE_KINDS + r")\s*:?\s*$", t[max(0, a - 20):a], regex.I)
        if kind is None:
            return False
        kind = kind.group(1)
    else:
        kind = kind.group(0)
    if level > _PLACE_LEVEL.get(kind.lower(), 9):
        return True
    # a place that only lies in a place of the same level's kind: a quận in a city ("quận A, các huyện B và C, thành
    # phố D": the city the districts lie in)
    # (not a city of a district's level that stands beside them as a member: "quận A, các huyện B và C, thành phố Thủ Đức")
    outer = cre.match(_PLACE_KINDS, nxt, regex.I).group(0).lower()
    listed = t[raw[0][0]:raw[k][1]]
    return any(outer == out and cre.search(r"\b" + inner + r"\s+(?-i:\p{Lu})", listed, regex.I)
               for inner, out in _PLACE_ONLY_WITHIN.items()) and not _district_level_city(nxt)


def _member_city_after_pair(t: str, a: int, raw: list, k: int) -> bool:
    """The list's last part, after the item ``k`` that holds its last pair, is a city of a district's level beside districts
    (a quận among them): one more member after the pair, which ends there ("quận A, các huyện B, C và D, thành phố Thủ Đức")."""
    nxt = t[raw[k + 1][0]:raw[k + 1][1]].strip()
    return _RE_KIND_PLACE.fullmatch(nxt) is not None and _district_level_city(nxt) \
        and cre.search(r"\bquận\s+(?:(?-i:\p{Lu})|\d)", t[raw[0][0]:raw[k][1]], regex.I) is not None


def _district_level_city(place: str) -> bool:
    """The gazetteer knows the place written with its kind ("thành phố Thủ Đức") as a city of a district's level, not a
    province's ("thành phố Hồ Chí Minh")."""
    found = gazetteer.find_places(place)
    return bool(found) and found[0].start == 0 and found[0].end == len(place) and found[0].kind == "district"


def _same_kind_parts(seg: str) -> int:
    """Where the run of parts between "," and ";" that open with the same kind of place ends ("phường A;
    phường B, phường C; Các đồng chí ...": before "Các"), when three or more make it; else -1."""
    kinds, n, pos = set(), 0, 0
    for m in cre.finditer(r"[^,;]+", seg):
        part = m.group(0)
        if not part.strip():
            continue
        k = _RE_PLACE_KIND.match(part)
        if k is None:
            break
        kinds.add(k.group(1).lower())
        n += 1
        pos = m.end()
    return pos if n >= 3 and len(kinds) == 1 else -1


_PARENT_OR_PART_HEADS = frozenset(("bộ", "tổng cục", "cục", "sở", "ủy ban", "ubnd", "phòng", "ban", "văn phòng", "chi nhánh",
                                   "tập đoàn", "tổng công ty", "đảng ủy", "công đoàn"))


_RE_FIRST_WORD = regex.compile(r"\s*((?-i:\p{Lu})[\p{L}&]+)(?=\s+(?-i:\p{Lu}))")


def _capital_head_at(t: str, p: int, end: int) -> str | None:
    """The unit head, in lower case, that opens t[p:end] past its spaces, when written with its capital."""
    m = unit_head_ci_re().match(t, p + len(t[p:end]) - len(t[p:end].lstrip()), end)
    return m.group(0).lower() if m is not None and m.group(0)[0].isupper() else None


def _opens_with_head(t: str, p: int, end: int, head: str) -> bool:
    return _capital_head_at(t, p, end) == head


# the heads of a unit's parts: "Chi cục Kiểm lâm, Sở Nông nghiệp" is the part and its parent body, not two members
_RE_UNIT_PART_HEAD = regex.compile(r"\s*(?:chi\s+cục|phòng|trung\s+tâm|đội|trạm|văn\s+phòng|chi\s+nhánh|hạt|ban\s+quản\s+lý|thanh\s+tra)\b", regex.I)


def _part_then_parent(t: str, a: int, semis: list[int], j: int) -> bool:
    """The part of the list before the comma at ``j`` opens with the head of a unit's part."""
    k = max([a] + [x + 1 for x in semis if x < j])
    return _RE_UNIT_PART_HEAD.match(t, k, j) is not None


def _list_kind(t: str, semis: list[int], a: int, end: int) -> str | None:
    """The head (in lower case) that opens three or more of the parts between the ";" of a list, if one does."""
    counts: dict[str, int] = {}
    for p in [a, *(j + 1 for j in semis)]:
        head = _capital_head_at(t, p, end)
        if head is not None:
            counts[head] = counts.get(head, 0) + 1
    best = max(counts.items(), key=lambda kv: kv[1], default=None)
    return best[0] if best and best[1] >= 3 else None


def _part_start(t: str, a: int, j: int) -> int:
    """Where the part of a list that ends at the comma ``j`` begins: after the last ";" or ":" before it, or at ``a``."""
    return max(t.rfind(";", a, j), t.rfind(":", a, j), a - 1) + 1


def _same_first_word(t: str, a: int, j: int, end: int) -> bool:
    """The parts on both sides of the comma at ``j`` open with the same capitalised word before another capital: two
    units of one kind, whatever its head ("CHK A, CHK B", an abbreviation no lexicon lists)."""
    m1, m2 = _RE_FIRST_WORD.match(t, _part_start(t, a, j), j), _RE_FIRST_WORD.match(t, j + 1, end)
    return m1 is not None and m2 is not None and m1.group(1) == m2.group(1)


def _opens_another_part(t: str, a: int, j: int, end: int) -> bool:
    """The part after the comma at ``j`` opens with an abbreviation in capitals that opens another part of the list too
    ("CHK A – Cụm trưởng; CHK B – Cụm phó; Cảng C, CHK D – thành viên": the abbreviation is a unit's kind here)."""
    m2 = _RE_FIRST_WORD.match(t, j + 1, end)
    if m2 is None or not m2.group(1).isupper() or len(m2.group(1)) < 2:
        return False
    for p in (a, *(x + 1 for x in cues.find_all(t, ";", a, end))):
        if p != j + 1:
            m1 = _RE_FIRST_WORD.match(t, p, end)
            if m1 is not None and m1.group(1) == m2.group(1):
                return True
    return False


def _same_head_around(doc: Document, a: int, j: int, end: int) -> bool:
    """The comma at ``j`` stands between two units: both open with a head word, the same one or each capitalised."""
    t = doc.text
    if _same_first_word(t, a, j, end) or _opens_another_part(t, a, j, end):
        return True
    nxt = unit_head_ci_re().match(t, j + 1 + (len(t[j + 1:end]) - len(t[j + 1:end].lstrip())), end)
    if nxt is None or not nxt.group(0)[0].isupper() or nxt.group(0).lower() == "chi nhánh":
        return False  # ("Ngân hàng Nhà nước, Chi nhánh Hà Nội": the branch of the unit before)
    seg = t[_part_start(t, a, j):j]
    prev = unit_head_ci_re().match(seg, len(seg) - len(seg.lstrip()))
    # (or of two heads written in capitals, each opening a unit's name: "Viện A, Báo B; Tạp chí C"; not a parent
    # body or a part after the comma: "Viện A, Bộ Y tế", "Chi cục A, Cục Thuế tỉnh", "Công ty A, Phòng Kinh doanh")
    return prev is not None and (prev.group(0).lower() == nxt.group(0).lower()
                                 or prev.group(0)[0].isupper() and nxt.group(0).lower() not in _PARENT_OR_PART_HEADS)


# (a count of kinds of unit, not a number inside a name: "Trường THPT số 2 thành phố A", "UBND Phường 3 quận B"; nor the
# count before the names it heads: "Công an 4 huyện A, B, C và D")
_RE_DESCRIBES_MEMBERS = regex.compile(r"(?<![\p{L}\d])(?<!\b(?:số|phường|quận|khu vực|khu|tổ|đội|đoàn|khối|cụm)\s+)\d{1,3}\s+"
                                      r"(?:huyện|quận|thị xã|xã|phường|tỉnh|thành phố|đơn vị|trường)(?!\p{L})(?!\s+(?-i:\p{Lu}))", regex.I)
_RE_ON_THE_GROUND = regex.compile(r"\btrên\s+địa\s+bàn\b", regex.I)
# school levels written as their abbreviations alone, no name after them ("THPT", "PTDTNT THCS", "TH&THCS", "THCS và THPT"):
# a kind of school, not one named
_SCHOOL_LEVEL_ABBR = r"(?:THCS|THPT|TH|MN|MG|PTDTBT|PTDTNT|PTDT|PTCS|PTTH|TTGDTX|GDTX|GDNN)"
_RE_SCHOOL_LEVELS_ONLY = regex.compile(_SCHOOL_LEVEL_ABBR + r"(?:(?:\s*[&-]\s*|\s+(?:và\s+)?|\s*,\s*)" + _SCHOOL_LEVEL_ABBR + r")*"
                                       r"(?:\s+(?:trên\s+địa\s+bàn|thuộc|trong|của)\b[^,;]*)?")
# a school named by its levels, abbreviated, and a name after them ("THPT Nguyễn Trãi", "TH&THCS Sa Lý")
_RE_SCHOOL_LEVEL_OPENS = regex.compile(r"(?:Trường\s+)?" + _SCHOOL_LEVEL_ABBR + r"(?![\p{L}\d])")


def _names_a_school_later(t: str, later) -> bool:
    """Whether one of the later raw items of a list names a unit (_names_a_unit_later) or a school by its levels and a
    name, not its levels alone."""
    if _names_a_unit_later(t, later):
        return True
    for x, y in later:
        txt = t[x:y].strip()
        if _RE_SCHOOL_LEVEL_OPENS.match(txt) and not _RE_SCHOOL_LEVELS_ONLY.fullmatch(txt):
            return True
    return False


# a kind of unit in the plural closing the item, no name after it: "Công an các huyện", "Đoàn Thanh niên các bộ" (a
# category of the members, not one named)
_RE_UNNAMED_LOCAL_END = regex.compile(r"(?<!\p{L})(?:(?:huyện|quận|thị|thành)\s+ủy|huyện|quận|thị\s+xã|xã|phường)$", regex.I)
_RE_OWNED_BY_PLURAL = regex.compile(r"(?<!\p{L})(?:của|thuộc)\s+các\s+(?-i:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn|địa\s+phương)$")
_RE_PLURAL_KIND_ENDS = regex.compile(r"(?<!\p{L})các\s+(?-i:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn|bộ|ngành|sở|địa\s+phương)$")


def _names_a_unit_later(t: str, later) -> bool:
    """Whether one of the later raw items of a list opens with a capitalised unit's head, not another kind in the plural."""
    for x, y in later:
        txt = t[x:y].strip()
        if txt[:1].isupper() and starts_with_unit_head(txt) and not _RE_PLURAL_KIND_ENDS.search(txt):
            return True
    return False


_RE_KIND_NAMED = regex.compile(r"(?:huyện|xã|phường|quận|thị xã|thị trấn|thành phố|tỉnh)\s+(?-i:\p{Lu})", regex.I)
_RE_KIND_OPENS = regex.compile(r"(?:huyện|xã|phường|quận|thị xã|thị trấn|thành phố|tỉnh)\s", regex.I)
_RE_PLACE_THEN_WORDS = regex.compile(
    r"(?:(?:huyện|xã|phường|quận|thị xã|thị trấn|thành phố|tỉnh)\s+)?(?-i:\p{Lu})\p{L}*(?:\s+(?-i:\p{Lu})\p{L}*){0,3}"
    r"(?:\s*\([^()\n]{1,40}\))?"  # (its role note in brackets: "thị trấn C (Cụm trưởng) về tình hình ...")
    r"(?=\s+(?-i:về|để|trong|tại|đã|đang|được|với|nhằm|theo|vào|năm|của|thực hiện|trên|từ|đến|tham gia|cơ bản|cùng|đều|tiếp tục"
    r"|hoàn thành|thống nhất|ký|tổ chức|là|đạt|phấn đấu|vượt)(?:\s|$))", regex.I)
_RE_BARE_PLACE = regex.compile(r"\s*(?:(?:các\s+)?(?:huyện|xã|phường|quận|thị xã|thành phố|tỉnh)\s+)?((?-i:\p{Lu})\p{L}*(?:\s+(?-i:\p{Lu})\p{L}*){0,3})\s*", regex.I)


def _places_around(t: str, marks: list[int], a: int, j: int, end: int) -> bool:
    """The comma at ``j`` stands between two bare place names the gazetteer knows ("Quan Sơn, Quan Hóa")."""
    k = marks.index(j)
    lo = marks[k - 1] + 1 if k > 0 else a
    hi = marks[k + 1] if k + 1 < len(marks) else end
    va = t.find(" và ", j + 1, hi)  # (the last pair of the list: "A, B và C")
    for x, y in ((lo, j), (j + 1, va if va >= 0 else hi)):
        m = _RE_BARE_PLACE.fullmatch(t, x, y)
        if m is None or not gazetteer.is_place(m.group(1)):
            return False
    return True


_RE_UNCLOSED_ROLE = regex.compile(r"\s*(?:" + ROLE_NOTE_WORDS + r")\s*[,;]", regex.I)


def _unclosed_role(sh: str, p: int, end: int) -> bool:
    """The bracket at ``p`` opens a role note and no ")" closes it before the next "(" or the end: "A (cụm trưởng, B
    (cụm phó), C" (not "A (Cụm trưởng, đơn vị đăng cai), B")."""
    if not _RE_UNCLOSED_ROLE.match(sh, p + 1, end):
        return False
    close, nxt = sh.find(")", p + 1, end), sh.find("(", p + 1, end)
    return close < 0 or 0 <= nxt < close


_RE_PLACE_KIND_AT_END = regex.compile(r"\b(?:tỉnh|thành phố|huyện|quận|thị xã)\s*$", regex.I)


_RE_NAME_AFTER_HEAD = regex.compile(r"\s+(?-i:\p{Lu})[\p{L}&]*(?:\s+\S+)+")


def _named_unit(s: str) -> bool:
    """``s`` is a unit named in full: its head capitalised, then a capitalised word that opens no other unit nor a place's
    kind, and a word more ("Công ty CP A Việt Nam", "Tổng công ty Hóa chất B"; not "HĐND tỉnh", "Viễn thông")."""
    s = s.strip()
    h = unit_head_ci_re().match(s)
    if h is None or not s[:1].isupper():
        return False
    rest = s[h.end():]
    return _RE_NAME_AFTER_HEAD.fullmatch(rest) is not None and not starts_with_unit_head(rest) \
        and _RE_KIND_OPENS.match(rest.strip()) is None


def _place_closes(name: str) -> bool:
    """A unit's name closed by its place: its kind ("Liên đoàn Lao động tỉnh") or a place the gazetteer knows ("Trường Đại
    học An Giang")."""
    words = name.split()
    return len(words) >= 2 and (_RE_PLACE_KIND_AT_END.search(name) is not None
                                or any(gazetteer.is_place(" ".join(words[-k:])) for k in range(1, min(3, len(words) - 1) + 1)))


_RE_AND_LOWER = regex.compile(r"\s+và\s+(?=\p{Ll})")


def _head_word(s: str) -> str | None:
    """The first word of the unit's head a list item opens with (past its prefix), folded; None when none opens it."""
    s = s.strip()
    pm = _RE_ITEM_PREFIX.match(s)
    h = unit_head_ci_re().match(s[pm.end():] if pm else s)
    return fold(h.group(0).split()[0]) if h else None


def _lower_head_and(t: str, sh: str, seg: str, x: int, raw: list):
    """The "và" before a unit's head written in lower case that opens another unit of the list: the same head's first
    word as the item's own or another item's ("ubnd huyện A và ubnd thành phố B"); None when there is none."""
    own = _head_word(seg)
    if own is None:
        return None
    for vm in _RE_AND_LOWER.finditer(seg):
        if sh[x + vm.start() + 1] == MASK:
            continue
        nxt = _head_word(seg[vm.end():])
        if nxt is not None and (nxt == own or any(_head_word(t[p:q]) == nxt for p, q in raw)):
            return vm
    return None


# a branch's head, then its place (with its kind or not), no unit's head after it: the tail of its parent's name
# (the place a proper name, each word capitalised, "Chi nhánh Vĩnh Phúc"; not a branch that names its trade, "Chi nhánh Xăng
# dầu A", a unit of its own)
_RE_BRANCH_TAIL = regex.compile(r"\s*(?-i:Chi\s+nhánh|Phòng\s+giao\s+dịch)\s+(?:(?:tại\s+)?(?:tỉnh|thành\s+phố|TP\.?|huyện|quận|thị\s+xã|khu\s+vực)\s+)?"
                             r"(?!" + unit_head_ci_re().pattern + r")(?-i:\p{Lu}[\p{L}.]*)(?:(?:\s*-\s*|\s+)(?-i:\p{Lu}[\p{L}.]*|\d+)){0,4}\s*$", regex.I)
# a parent that ends with its own place ("Ngân hàng Chính sách xã hội tỉnh", "Ngân hàng Phát triển khu vực A"): a local unit
# already, the branch or office after its comma another unit
_RE_OWN_PLACE_AT_END = regex.compile(r"(?<!\p{L})(?:tỉnh|thành\s+phố|TP\.?|huyện|quận|thị\s+xã|khu\s+vực)(?:\s+(?-i:\p{Lu})\p{L}*){0,4}\s*$", regex.I)
# the parent, a bank or a company opening the item or its last unit after "và"
_RE_FIRM_PARENT = regex.compile(r"(?:\G\s*|\s(?-i:và)\s+)(?-i:Ngân\s+hàng|NH|Tổng\s+[Cc]ông\s+ty|Công\s+ty|Tập\s+đoàn|Bảo\s+hiểm)\s+(?-i:\p{Lu})")
_RE_BRANCH_HEAD = regex.compile(r"(?-i:Chi\s+nhánh|Phòng\s+giao\s+dịch)(?!\p{L})")
_RE_PLURAL_NOUN = regex.compile(r"\s+và\s+các\s+(\p{Ll}+)")


def _object_in_plural(seg: str, gm) -> bool:
    """The common noun after "và các" at ``gm`` (_RE_AND_GENERIC), no unit's head, repeats a word of the name before it that
    is not its first word: the things the unit runs named again in the plural, part of its name ("Ban Quản lý Khu kinh
    tế A và các khu công nghiệp"), not a kind of unit listed after it ("Ngân hàng A và các ngân hàng thương mại", "Sở Y tế và các bệnh viện")."""
    n = _RE_PLURAL_NOUN.match(seg, gm.start())
    # (a kind of unit in the plural lists units, whatever word of the name it repeats: "Sở Công Thương và các công ty", "Liên
    # minh Hợp tác xã và các hợp tác xã", "Liên hiệp các Hội ... và các hội thành viên"; read by the units' heads)
    if n is None or starts_with_unit_head(seg[n.start(1):]):
        return False
    words = [fold(w) for w in seg[:gm.start()].split()]
    return len(words) >= 3 and fold(n.group(1)) in words[1:] and fold(n.group(1)) != words[0]


def _read_items(doc: Document, a: int, b: int):
    t, sh = doc.text, shadow(doc)
    end = _list_end_at(doc, a, b)
    if t.startswith(":", end):
        # "A, B và các Sở: C, D": a group of the list opens after "và các <kind>:", and the list goes on in it
        g = _group_opens_re().search(t, a, end)
        if g is not None and g.start() > a:
            more = _read_items(doc, end + 1, b)
            if more:
                return _read_items(doc, a, g.start()) + more
    block_end = next((bl.end for bl in doc.blocks if bl.start <= a <= bl.end), b)
    truncated = end >= block_end and not t[block_end - 1:block_end] in ".;)!?…" and end == b
    # (the end of the whole input, read in full: a line cut there shows in its last word)
    at_input_end = not t[block_end:].strip() and all(w.code != "input_truncated" for w in doc.warnings)
    # (and so is a paragraph's end, a blank line after it: the list ends there unless its last word is cut, "Sở Xây d"; the
    # last item on the paragraph's last line, not one run on from a cut line into the next, "Văn ph<NL>anh tin bai")
    para_end = truncated and cre.match(r"[^\S\n]*\n[^\S\n]*\n", t[block_end:block_end + 40]) is not None
    raw = []
    seps: list[str] = []
    start = a
    depth = 0
    # the items: split at "," and ";" outside brackets (the marks visited in order, not every character)
    marks = sorted(cues.find_all(sh, "(),;", a, end))
    # a list whose items are closed by ";" ("A, B và C; D; E") keeps the commas inside its items
    # (unless the parts between the marks open with the same kind of place: "phường A; phường B, phường C";
    # the list ends with them)
    if sum(1 for j in marks if sh[j] == ";") >= 2:
        run = _same_kind_parts(t[a:end])
        if run < 0:
            # (a comma left for a ";" still splits two units of the same head: "Công ty A, Công ty B; Công ty C")
            # (and two bare places the gazetteer knows: "các huyện A, B, C; D; E")
            # (and a unit opening with the head most parts of the list open with: "(Ban A, Sở B; Sở C; Sở D)")
            semis = [j for j in marks if sh[j] == ";"]
            kind = _list_kind(t, semis, a, end)
            marks = [j for j in marks if sh[j] != "," or _same_head_around(doc, a, j, end) or _places_around(t, marks, a, j, end)
                     or kind is not None and _opens_with_head(t, j + 1, end, kind) and not _part_then_parent(t, a, semis, j)]
        else:
            end = a + run
            marks = [j for j in marks if j < end]
    for j in marks + [end]:
        c = sh[j] if j < end else ","
        if c == "(" and _unclosed_role(sh, j, end):
            continue  # a role note whose closing bracket was left out: the comma after it still parts the items
        if c == "(":
            depth += 1
        elif c == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            raw.append((start, j))
            seps.append(c if j < end else "")
            start = j + 1
    # a numbered military unit's parent after its comma is part of it ("Lữ đoàn 198, Bộ Tư lệnh Đặc công")
    k = 1
    while k < len(raw):
        # (a body above it, not one of its own level: "Bộ Tư lệnh Quân khu 4, Bộ Tư lệnh Quân khu 5" are two)
        if seps[k - 1] == "," and _RE_PARENT_BODY.match(t, raw[k][0], raw[k][1]) \
                and cre.search(r"\d\s*$", t[raw[k - 1][0]:raw[k - 1][1]]) \
                and military_rank(t[raw[k - 1][0]:raw[k - 1][1]]) < military_rank(t[raw[k][0]:raw[k][1]]):
            raw[k - 1] = (raw[k - 1][0], raw[k][1])
            seps[k - 1] = seps[k]
            del raw[k], seps[k]
            continue
        # (and so is a bank's or a company's branch after its comma: "Ngân hàng TMCP A Việt Nam, Chi nhánh tỉnh B", "Công ty
        # C, Phòng giao dịch D"; not a branch named by its own parent after the head, "Chi nhánh Ngân hàng E", a unit of its own)
        if seps[k - 1] == "," and _RE_BRANCH_TAIL.match(t, raw[k][0], raw[k][1]) \
                and _RE_FIRM_PARENT.search(t, raw[k - 1][0], raw[k - 1][1]) and not _RE_BRANCH_HEAD.search(t, raw[k - 1][0], raw[k - 1][1]) \
                and not _RE_OWN_PLACE_AT_END.search(t, raw[k - 1][0], raw[k - 1][1]):
            raw[k - 1] = (raw[k - 1][0], raw[k][1])
            seps[k - 1] = seps[k]
            del raw[k], seps[k]
            continue
        k += 1
    # a comma before the clause's verb ("A; B và C, tổ chức ...") leaves an empty last item: not an item
    while raw and not t[raw[-1][0]:raw[-1][1]].strip():
        raw.pop()
        seps.pop()
    items = []
    # "gồm các quận: 1, 3, 5, Tân Bình": districts and wards named by their numbers
    numbered_kind = cre.search(r"\b(?:quận|phường)\s*:\s*$", t[max(0, a - 30):a], regex.I) is not None
    # a list of bare names: two items or more, each a few capitalised words with no unit's head ("Quỳnh Lưu, Yên Thành, ...")
    bare_list = len(raw) >= 3 and all(_RE_BARE_NAME.fullmatch(t[x:y].strip()) and not starts_with_unit_head(t[x:y]) for x, y in raw[:-1])
    for k, (x, y) in enumerate(raw):
        seg = t[x:y]
        lead = len(seg) - len(seg.lstrip())
        x += lead
        seg = seg.strip()
        # (a kind of bodies in the plural is passed over, the unit "và" joins after it kept: "A, các ban Đảng và B")
        coll = _RE_COLLECTIVE_ITEM.match(seg) if seg[:3].lower() in ("các", "và ") else None
        if coll is not None:
            rest = seg[coll.end():]
            seg = cre.sub(r"^\s*và\s+", "", rest)
            if not seg:
                continue
            x += coll.end() + len(rest) - len(seg)
        # (or after the unit "và" joins it to: "A, B và các đoàn thể chính trị - xã hội tỉnh")
        andc = seg.find(" và các ")
        if andc > 0 and _RE_COLLECTIVE_ITEM.fullmatch(seg, andc + 1):
            seg = seg[:andc].rstrip()
        pm = _RE_ITEM_PREFIX.match(seg)
        if pm:
            x += pm.end()
            seg = seg[pm.end():]
        # "A và các NH thương mại", "A và các tổ chức tín dụng trên địa bàn": a kind of unit named by
        # common nouns after "và các" is no member named; the item is the unit before it
        has_and = "và" in seg  # (both patterns of "và" below are case-sensitive)
        gm = _RE_AND_GENERIC.search(seg) if has_and else None
        # (but the plural of a word the name holds after its head is the name's own object, two of the things it runs: "Ban
        # Quản lý Khu kinh tế A và các khu công nghiệp"; not the head's plural, "Ngân hàng A và các ngân hàng thương mại")
        if gm and _object_in_plural(seg, gm):
            gm = None
        if gm:
            seg = seg[:gm.start()]
        if not seg:
            continue
        # "A và B" is the last pair of a list: two items, and the list ends there
        parts = [(x, x + len(seg))]
        # "và" before a capital, "đơn vị", or a local government written in lower case with its name
        # ("xã Việt Xuyên và xã Tượng Sơn"; not "Thương binh và xã hội")
        vm = search(_RE_ITEM_AND, seg) if has_and else None
        # (the "và" of an official field's name is passed over, "Thông tin và Truyền thông": lexicons/protected_names.txt;
        # a later one may still join two units, "Sở Văn hóa, Thể thao và Du lịch và Đài Phát thanh")
        while vm is not None and sh[x + vm.start() + 1] == MASK:
            vm = search(_RE_ITEM_AND, seg, vm.end())
        last = False
        # the pair ends the list when it is the last item, or when a ";" follows a run of ","
        # (or when the list ends after it: the next part opens in lower case, "A, B và C, trước ngày ... thuộc ...")
        # (or a place above the pair's own kind follows, the list's last part: where the units lie, "các huyện A, B và thị
        # xã C, tỉnh D"; "xã A, xã B và thị trấn C, huyện D")
        closes = k == len(raw) - 1 or (seps[k] == ";" and k > 0 and all(x == "," for x in seps[:k])) \
            or seps[k] == "," and (_ends_the_list(t[raw[k + 1][0]:raw[k + 1][1]])
                                   or k + 1 == len(raw) - 1 and has_and
                                   and (_place_above_the_list(t, a, raw, k) or _member_city_after_pair(t, a, raw, k)))
        # inside an official name "và" joins words ("Sở Thông tin và Truyền thông"): a unit's list splits
        # only before another unit; a list of bare names ("Bến Tre và Long An") at any capital
        # (or a place the gazetteer knows after a place with its kind: "Thị xã Hoàng Mai và Đô Lương")
        # (the first "và" may be a name's own, "Công ty Môi trường và Dịch vụ đô thị A và Công ty B": the next one is tried)
        # (or a name closed by the same province as the unit before it, a brand and its province: "Viễn thông A và Bảo Minh A")
        while vm and not (starts_with_unit_head(seg[vm.end():]) or not starts_with_unit_head(seg)
                          or cre.match(r"các\s", seg[vm.end():]) or _same_province_closes(seg[:vm.start()], seg[vm.end():])
                          or (_RE_KIND_OPENS.match(seg) or gazetteer.is_place(seg[:vm.start()].strip())) and gazetteer.is_place(seg[vm.end():].strip())
                          # (in a list of bare names, a pair of bare names, the first opening like a unit: "Trường Sơn và Nghi Lộc")
                          or bare_list and k == len(raw) - 1 and _RE_BARE_NAME.fullmatch(seg[:vm.start()].strip()) is not None
                          and _RE_BARE_NAME.fullmatch(seg[vm.end():].strip()) is not None and not starts_with_unit_head(seg[vm.end():])
                          # (or the last pair of the places a unit's plural shares, in this item or the one before it: "Ủy ban
                          # MTTQ các huyện A và B", "..., Hội Nông dân các xã A, B và C")
                          or k == len(raw) - 1 and _plural_places_pair(t, raw, k, seg, vm)):
            vm = search(_RE_ITEM_AND, seg, vm.end())
            while vm is not None and sh[x + vm.start() + 1] == MASK:
                vm = search(_RE_ITEM_AND, seg, vm.end())
        # (a unit's head written in lower case after "và", the head the list's items open with: "ubnd huyện A, ubnd huyện B và
        # ubnd thành phố C", "Sở A, Sở B và sở tài chính")
        if vm is None and has_and:
            vm = _lower_head_and(t, sh, seg, x, raw)
        # "A và các huyện B, C": a new group of the list opens after "và", wherever it stands
        regroup = vm is not None and cre.match(r"các\s", seg[vm.end():]) is not None
        # (two units, each opened by a unit's head, joined inside a list that goes on after them: "A, Liên đoàn Lao động
        # tỉnh và Liên hiệp các Hội X, Hội Y" is four items)
        # (the first complete, its place closing it; not "Văn phòng Đoàn ĐBQH và HĐND tỉnh", one office)
        # (or each a unit's head and its own capitalised name, anywhere in the list: "A, Công ty CP B và Tổng công ty C - D, E";
        # not "Văn phòng Đoàn ĐBQH và HĐND tỉnh", the second a bare body of the place)
        regroup = regroup or vm is not None and starts_with_unit_head(seg) and starts_with_unit_head(seg[vm.end():]) \
            and (_place_closes(seg[:vm.start()]) or _named_unit(seg[:vm.start()]) and _named_unit(seg[vm.end():]))
        if vm and (closes or regroup):
            parts = [(x, x + vm.start()), (x + vm.end(), x + len(seg))]
            # (the pair closed before one more member, a city of a district's level: the list goes on to it)
            last = closes and not (k + 1 == len(raw) - 1 and seps[k] == "," and _member_city_after_pair(t, a, raw, k))
        for pi, (p, q) in enumerate(parts):
            pm2 = _RE_ITEM_PREFIX.match(t[p:q])
            if pm2:
                p += pm2.end()
            txt = t[p:q]
            if is_guest_note(txt):
                continue  # "B (khách mời)": a guest at the meeting, listed with the members
            cut, role = role_note(txt)
            # any other trailing parenthetical goes too ("Bình Thuận (gọi tắt Cụm thi đua 4)"), before a role note as well
            # ("A (VCB) - Trưởng khối"), and a note after a dash on what the unit is ("Bảo hiểm Xã hội Việt Nam - đơn vị
            # thành viên của Khối từ năm 2014")
            paren = _RE_TRAILING_PAREN.search(txt, 0, cut) or (_RE_DASH_MEMBER_NOTE.search(txt) if role is None else None)
            # (and after the last item, a note on the whole list after a dash, in the plural: "..., B và C - những xã đảo của
            # tỉnh", "- đều là các đơn vị sự nghiệp")
            if paren is None and role is None and k == len(raw) - 1 and pi == len(parts) - 1:
                paren = _dash_list_note_re().search(txt)
            cut = paren.start() if paren and paren.start() > 0 else cut
            q = p + cut
            txt = t[p:q].strip()
            # (the closing quote of a name written in quotes: "“Công ty A”, “Công ty B” và “Công ty C”")
            if txt.endswith("”") and "“" not in txt or txt.endswith('"') and txt.count('"') == 1:
                txt = txt[:-1].rstrip()
                q = p + len(t[p:q]) - len(t[p:q].lstrip()) + len(txt)
            if not txt and role is not None and items and items[-1][1] is None:
                # a role note parted from its unit by a stray comma ("A, (Phó Trưởng Cụm), B"): the unit before it holds the role
                # (the last of a pair joined by "và" before it: "C và D, (Phó Trưởng Cụm)" is D's)
                f0 = items[-1][0]
                pair = _RE_ITEM_AND.search(f0.value)
                # (not the "và" of one office serving two bodies: "Văn phòng HĐND và UBND huyện", a protected name's)
                if pair is not None and starts_with_unit_head(f0.value) and starts_with_unit_head(f0.value[pair.end():]) \
                        and not cre.match(r"văn\s+phòng\b", f0.value, regex.I) and sh[f0.start + pair.start() + 1] != MASK:
                    first = f0.value[:pair.start()]
                    items[-1] = (Found(first, f0.start, f0.start + len(first)), None)
                    items.append((Found(f0.value[pair.end():], f0.start + pair.end(), f0.end), role))
                else:
                    items[-1] = (f0, role)
                continue
            # a list of places whose last runs on into the sentence's words ("các xã: A, B và thị trấn C về tình hình
            # thực hiện ..."): the place ends at the first word in lower case after its name, and so does the list
            ends_here = False
            if k == len(raw) - 1 and pi == len(parts) - 1 and items and all(_RE_BARE_PLACE.fullmatch(f.value) for f, _r in items) \
                    and (_RE_KIND_OPENS.match(txt) or not starts_with_unit_head(txt)):
                pl = _RE_PLACE_THEN_WORDS.match(txt)
                if pl is not None:
                    txt = txt[:pl.end()]
                    cut2, role2 = role_note(txt)
                    if role2 is not None:
                        txt, role = txt[:cut2].rstrip(), role2
                    q = p + (len(t[p:q]) - len(t[p:q].lstrip())) + len(txt)
                    ends_here = True
            # items closed by ";" are official names, some long ("Trung tâm Nghiên cứu và Phát triển ...")
            # and so are some that a unit's head opens ("Ban quản lý dự án đầu tư xây dựng các công trình ...")
            long_ok = ";" in seps
            head_ok = not long_ok and starts_with_unit_head(txt)
            if not txt or len(txt) > (140 if long_ok else 120 if head_ok else 90) \
                    or len(txt.split()) > (22 if long_ok else 20 if head_ok else 14):
                return items if len(items) >= 2 else []
            # the first item describes the members instead of naming one ("gồm Công an 5 huyện, thị xã phía Bắc tỉnh", "gồm 7
            # trường THPT trên địa bàn thị xã A và các huyện B, C"): no list of names
            # (a locative describes them only where no unit's head opens the item: not "Hội Doanh nghiệp trên địa bàn tỉnh")
            # (or names their kind in the plural: "gồm 12 đơn vị là Công an các huyện, thị xã, thành phố")
            # (but not where a later item names a unit of its own: "gồm Liên đoàn Lao động các huyện, Công đoàn ngành X và
            # Công đoàn Y tỉnh" lists the kind with named units, kept as written)
            # (or names only their school levels, abbreviated: "gồm 9 trường PTDTNT THCS và THPT trên địa bàn tỉnh")
            # (not where a later item names a school: "gồm các trường THCS, THPT Nguyễn Trãi, THPT Lê Lợi", the level
            # opening a school of two levels)
            if not items and (_RE_DESCRIBES_MEMBERS.search(txt) or _RE_ON_THE_GROUND.search(txt) and not starts_with_unit_head(txt)
                              or _RE_SCHOOL_LEVELS_ONLY.fullmatch(txt) and not _names_a_school_later(t, raw[k + 1:])
                              or _RE_PLURAL_KIND_ENDS.search(txt) and not _names_a_unit_later(t, raw[k + 1:])):
                return []
            # (an item closed by its owner in the plural, "của các huyện": the kinds of units listed before it belong to every
            # such place, a description of the members, not their names: "gồm 8 đơn vị là Văn phòng Huyện ủy, Thành ủy của các
            # huyện, thành phố trong tỉnh")
            # (the kinds before it each a body of a district left unnamed, "Văn phòng Huyện ủy", "Phòng Nội vụ huyện": not named
            # units before a kind, "Sở Nội vụ, Phòng Nội vụ của các huyện")
            if items and seps[k - 1] == "," and _RE_OWNED_BY_PLURAL.search(txt) and not _names_a_unit_later(t, raw[k + 1:]) \
                    and all(_RE_UNNAMED_LOCAL_END.search(f.value) for f, _r in items):
                return []
            # (a sentence run on after the last item, a stop left out: "...; Hội B; Năm 2021, Hội C là Trưởng Khối")
            if items and _RE_YEAR_OPENS_CLAUSE.match(txt):
                return items if len(items) >= 2 else []
            # (the next clause's subject after the list, a role or a cluster: "A, B; Cụm trưởng năm 2023 là A", "A, B; Cụm thi đua
            # số 5 gồm C, D": no unit, and the list ends there)
            if items and (_RE_ROLE_WORD_ITEM.fullmatch(txt) or _RE_CLUSTER_OPENS_ITEM.match(txt)):
                return items if len(items) >= 2 else []
            # (an attendance roll goes on after ";" with the staff of other units, "các tỉnh: A, B, C; Lãnh đạo Sở Nội vụ, ...":
            # a group of people, where the list's first item named a unit)
            if items and seps[k - 1] == ";" and _RE_STAFF_OPENS.match(txt) and not _RE_STAFF_OPENS.match(items[0][0].value):
                return items if len(items) >= 2 else []
            # (and "Ông X, Giám đốc ...; Bà Y, ...": a roll of people; not a place "Bà Rịa - Vũng Tàu", "Bà Điểm")
            if _RE_POSITION_FIRST.match(txt) and not starts_with_unit_head(txt) or _person_item(txt):
                return items if len(items) >= 2 else []  # "Giám đốc Sở Y tế Nguyễn Văn An; ...": people, not units
            # "Phường 1, 2, 3": a number goes on a series of numbered units, as written
            numbered = txt.isdigit() and (items and items[-1][0].value.split()[-1].isdigit() or numbered_kind)
            # (a place with its kind in lower case opening the list is a unit as written: "gồm: tỉnh Lai Châu, Điện Biên,
            # ..."; later, "..., tỉnh Thái Bình" is where the units before it lie)
            if not (txt[0].isupper() or starts_with_unit_head(txt) or numbered or not items and _RE_KIND_NAMED.match(txt)
                    or (pi > 0 or k > 0 and seps[k - 1] == ",") and _place_after_places(items, txt)):
                if _name_goes_on(items, seps, k, txt):
                    # the words after an official name's inner comma ("Trung tâm Giống cây trồng, vật nuôi
                    # và thủy sản"): the same unit
                    f0, r0 = items[-1]
                    items[-1] = (Found(t[f0.start:q].rstrip(), f0.start, f0.start + len(t[f0.start:q].rstrip())), r0 or role)
                    continue
                return items if len(items) >= 2 else []
            items.append((Found(txt, p, p + len(t[p:q].rstrip())), role))
            if ends_here:
                return items
        if last:
            truncated = False
            break
    # (at the end of the input, only when the last item stops inside a word: "Công ty Cổ ph")
    # (at a paragraph's end, nor one that stops on whole words where a name was cut, "Sở Lao động - Thương", "Công ty Cổ
    # phần", nor one without a unit's head after items that all open with one, "Sở Văn hóa, Thể thao")
    if truncated and items and (at_input_end or para_end and "\n" not in t[items[-1][0].start:block_end]
                                and not word_cut_inside(items[-1][0].value) and not ends_at_cut_word(items[-1][0].value)
                                and (len(items) < 2 or starts_with_unit_head(items[-1][0].value)
                                     or not all(starts_with_unit_head(f.value) for f, _r in items[:-1]))) \
            and not ends_cut(items[-1][0].value, t):
        truncated = False
    if truncated and items:
        doc.warn("list_truncated", "cluster.members", "the list runs to the end of a cut line; its last item was dropped")
        items = items[:-1]
    return items


# --- chair and vice-chair ---------------------------------------------------------------
# where a role word ends: at the end of a word, or, for one written with an abbreviation of the cluster
# ("Trưởng KTĐ"), after the capitals that go on naming it ("Trưởng KTĐ" + the bloc's own initials, "Trưởng KTĐXY")
# (not the head of a neighbourhood: "Trưởng khối phố 5", "trưởng khối dân cư")
# a team's head is no cluster's: "Tổ trưởng khối 5" (a school's grade team), "Tổ phó khối"
_NOT_A_TEAM = r"(?<!\btổ\s)(?<!\btổ\s+(?:trưởng|phó)\s)"
_ROLE_END = r"(?:(?<=(?-i:\p{Lu}))(?-i:\p{Lu})*)?(?!\p{L})(?!\s+(?i:phố|dân\s+cư)(?!\p{L}))"


@lru_cache(maxsize=None)
def _role_words():
    r = lexicon.table("cluster_roles.json")
    return trie_alternation(r["vice_chair"]), trie_alternation(r["chair"])


_ROLE_RES = None


def _verbs_alt(key: str) -> str:
    """The verbs of lexicons/cluster_roles.json under ``key``, an alternation for the "(?x)" pattern _AFTER_UNIT (its spaces
    written as \\s+)."""
    verbs = lexicon.table("cluster_roles.json").get(key) or ["\uffff"]
    return r"(?:" + "|".join(r"\s+".join(regex.escape(w) for w in v.split()) for v in sorted(verbs, key=len, reverse=True)) + r")"


def _taking_over_alt() -> str:
    """The verbs by which a unit takes over a role from another ("taking_over_verbs": "X kế thừa vai trò Cụm trưởng")."""
    return _verbs_alt("taking_over_verbs")
# the word for the unit that holds a role ("là đơn vị Cụm trưởng", "- cơ quan đăng cai Trưởng khối")
_UNIT_WORD = r"(?:(?:đơn\s+vị|cơ\s+quan)(?:\s+đăng\s+cai)?\s+)"
_V_ROLES = cues.vocabulary("cluster.roles", lambda: (*lexicon.table("cluster_roles.json")["chair"],
                                                    *lexicon.table("cluster_roles.json")["vice_chair"]))


# what stands between a unit and the role word it holds (read with "(?x)": spaces and comments are no text)
# (the units counted after a dash may stand between: "A và B - 02 đơn vị tiếp nhận vai trò Cụm trưởng và Cụm phó")
_AFTER_UNIT = r"""(?x:(?:\s*[-–]\s*\d{1,2}\s+(?:đơn\ vị|địa\ phương|cơ\ quan|thành\ viên)(?=\s))?(?:
    \s*[,-]\s*(?:(?:là|làm)\s+)?<UW>?(?:(?:là|làm)\s+)?      # "X - Cụm trưởng", "X, là đơn vị Cụm phó", "X, đơn vị làm Khối trưởng"
  | \s*,\s*(?!(?:đại\ diện|thay\ mặt)\s)(?-i:\p{Ll})[^,.;:()\n]{1,50}?,\s*(?:là|làm)\s+<UW>?  # an aside between: "X, đơn vị mới thành lập, là Cụm trưởng"
                                                              # (not whom a person acts for: "ông A, đại diện Sở X, là đơn vị Cụm trưởng", the person's unit)
  | \s*,\s*với\s+(?:vai\s+trò|cương\s+vị)(?:\s+là)?\s+<UW>?     # "X, với vai trò Cụm trưởng, đã chủ trì"
  | \s*,\s*<UW>được\s+(?:bầu|chọn|giao|phân\ công|giới\ thiệu|suy\ tôn)\s+(?:làm|là)\s+  # "X, đơn vị được bầu làm Trưởng khối năm 2026"
  | \s*,\s*<UW>(?:(?:chính\ thức|đã|sẽ)\s+)?(?:tiếp\s+)?nhận(?:\s+bàn\s+giao)?\s+(?:nhiệm\s+vụ|vai\s+trò)(?:\s+(?:là|làm))?\s+  # "X, đơn vị nhận nhiệm vụ Cụm trưởng năm 2025"
  | \s+(?:là\s+<UW>)?(?:    # (the unit named as the one that takes it: "X là đơn vị giữ chức Cụm trưởng")
        (?:cũng\s+|tiếp\ tục\s+|sẽ\s+)?(?:<TURN>\s+)?(?:được\s+(?:hội\ nghị\s+)?)?(?:(?:thống\ nhất|nhất\ trí|tín\ nhiệm)\s+)?(?:(?:bầu|chỉ\ định|phân\ công|giới\ thiệu|suy\ tôn|bình\ chọn|bầu\ chọn|(?<=(?:thống\ nhất|nhất\ trí)\s+)cử)\s+|(?<=(?:thống\ nhất|nhất\ trí)\s+)<PROPOSE>\s+)?(?:lần\s+lượt\s+)?
        (?:làm|là)(?:\s+<UW>|\s+)                              # "X (được (thống nhất) bầu / chỉ định) làm (đơn vị) Cụm trưởng"
      | (?:(?:được\s+)?(?:bầu|chỉ\ định|phân\ công|thống\ nhất|nhất\ trí)\s+|(?:hiện(?:\ nay)?|đang|tiếp\ tục)\s+)?(?:giữ|với)\s+(?:vai\s+trò|nhiệm\s+vụ)(?:\s+(?:là|làm))?\s+<UW>?  # "X (được bầu, được thống nhất) giữ vai trò Cụm trưởng", "X với vai trò là Khối trưởng"
      | (?:(?:hiện(?:\ nay)?|đang|vinh\ dự|tiếp\ tục|sẽ)\s+)?(?:được\s+(?:bầu|chỉ\ định|phân\ công)\s+|được\s+(?:(?:các|những)\s+[^,.;:()]{1,40}?\s+|hội\ nghị\s+)?(?:thống\ nhất|nhất\ trí|tín\ nhiệm)\s+)?giữ\s+(?:chức(?:\s+vụ)?|vị\s+trí|cương\s+vị)\s+  # "X giữ chức Cụm phó", "X giữ vị trí Khối trưởng"
                                                              # (or agreed on, trusted with it: "X được (các đơn vị) thống nhất / tín nhiệm giữ chức Cụm trưởng")
      | đại\s+diện(?:\s+cho)?\s+<UW>?                         # "X đại diện đơn vị Trưởng khối"
      | (?:đã\s+)?từng\s+(?:giữ|là|làm)(?:\s+(?:vai\s+trò|nhiệm\s+vụ|chức))?\s+<UW>?  # "X từng giữ vai trò Cụm trưởng"
      | (?:đã\s+)?hoàn\s+thành(?:\s+(?:tốt|xuất\s+sắc))?\s+(?:nhiệm\s+vụ|vai\s+trò)(?:\s+(?:là|của))?\s+<UW>?  # "X đã hoàn thành tốt nhiệm vụ Cụm trưởng"
      | (?:(?:chính\ thức|vinh\ dự|đã|sẽ)\s+)?(?:luân\ phiên\s+|tiếp\s+|đón\s+)?nhận(?:\s+bàn\s+giao)?\s+(?:nhiệm\s+vụ|vai\s+trò)(?:\s+(?:là|làm))?\s+<UW>?  # "X (luân phiên) nhận nhiệm vụ Cụm trưởng", "X tiếp nhận vai trò", "X nhận bàn giao nhiệm vụ", "X đón nhận nhiệm vụ"
      | (?:(?:chính\ thức|vinh\ dự|đã|sẽ)\s+)?(?:được\s+|tiếp\s+)?nhận(?:\s+làm)?\s+                   # "X (được) nhận (làm) Cụm trưởng năm 2024", "X tiếp nhận Cụm trưởng"
      | (?:đã\s+)?<TAKE>\s+(?:nhiệm\s+vụ|vai\s+trò)(?:\s+(?:là|làm))?\s+<UW>?  # "X (đã) kế thừa vai trò Cụm trưởng" (cluster_roles.json "taking_over_verbs")
      | (?:(?:hiện(?:\ nay)?|đang)\s+){0,2}được\s+(?:\p{Lu}\p{L}*(?:(?:\s+|\s*[-–]\s*)\p{L}+){0,6}?\s+)?(?:giao|chọn|phân\s+công)\s+(?:làm|là)\s+<UW>?  # (the agent's name may hold a dash: "được Ban Thi đua - Khen thưởng giao làm"; "X hiện (đang) được giao làm", the role held now)
      | được\s+giao\s+(?:nhiệm\s+vụ|vai\s+trò)(?:\s+(?:là|làm))?\s+<UW>?     # "X được giao nhiệm vụ khối trưởng"
      | được\s+(?:các|những)\s+[^,.;:()]{1,40}?\s+(?:bầu|bình\ chọn|suy\ tôn|giới\ thiệu|(?<=(?:thống\ nhất|nhất\ trí)\s+)cử)\s+(?:làm|là|giữ\s+chức(?:\s+vụ)?)\s+<UW>?  # "X được các đơn vị trong Cụm bầu làm Cụm trưởng"
      | (?<![.;\n]\s*năm\s+\d{4}\s*,[^.;\n]{0,80})được\s+(?:các|những)\s+[^,.;:()]{1,40}?\s+(?:thống\ nhất|nhất\ trí|tín\ nhiệm)\s+(?:làm|là|giữ\s+chức(?:\s+vụ)?)\s+(?![^.;,\n]{0,60}?\sđã\s)<UW>?
                                                              # (or their agreement, their trust alone: "X được các đơn vị thống nhất làm Cụm trưởng";
                                                              # not an agreement told of an earlier year, "Năm 2022, X được các đơn vị thống nhất làm
                                                              # Cụm trưởng", nor a verdict on the holder's work, "X được các đơn vị thống nhất là Cụm
                                                              # trưởng đã làm tốt ...")
                                                              # ("cử" after the members' agreement alone: "X được các đơn vị thống nhất cử làm Trưởng khối")
                                                              # "X được (Bộ Công an) phân công là (đơn vị) Cụm trưởng"
      | (?:sẽ\s+)?(?:<TURN>\s+)?đảm\s+(?:nhận|nhiệm)(?:\s+<POST>)?\s+  # "X đảm nhận (vai trò, cương vị, vị trí) Cụm trưởng" (cluster_roles.json "post_nouns")
      | vào\s+(?:vị\s+trí|chức\s+vụ|cương\s+vị)\s+<UW>?       # "bầu X vào vị trí Cụm phó"
      | (?:(?:được\s+)?(?:thống\ nhất\s+|nhất\ trí\s+)?(?:bầu|chọn|giới\ thiệu|phân\ công)\s+)?đăng\s+cai(?:\s+[^,.;:()\n]{1,45}?)?\s+và\s+(?:làm|là)\s+<UW>?
                                                              # "X (được giới thiệu) đăng cai (hội nghị tổng kết năm 2025) và làm Cụm trưởng năm 2026"
      | (?:(?:sẽ|tiếp\ tục)\s+)?đăng\s+cai\s+(?=(?:(?:cụm|khối)\s*(?:trưởng|phó)|(?:phó\s+)?trưởng\s+(?:cụm|khối))(?!\p{L}))  # "X (sẽ) đăng cai Cụm trưởng", the role as what it hosts
      | (?=(?-i:(?:cụm|khối)\ (?:trưởng|phó)))                # "Sở X cụm trưởng cụm thi đua số 1 chủ trì"
      | (?-i:đơn\ vị)\s+(?=(?i:cụm|khối|trưởng|phó))           # "Thanh tra tỉnh X đơn vị Cụm trưởng ..."
    )
  | \s*\(\s*(?:là\s+)?<UW>?(?:(?:tiếp\s+)?nhận(?:\s+bàn\s+giao)?\s+(?:nhiệm\s+vụ|vai\s+trò)\s+)?  # "X (đơn vị Cụm trưởng)", "X (đơn vị tiếp nhận vai trò Cụm trưởng)"
))""".replace("<UW>", _UNIT_WORD)


_RE_ROLE_THEN_BRACKET = regex.compile(
    r"(?:\s+(?:cụm|khối))?(?:\s+thi\s+đua)?(?:\s*,\s*khen\s+thưởng)?(?:\s+(?:số\s+)?\d{1,2})?(?:\s+năm\s+\d{4})?\s*\(\s*(?=\p{Lu})", regex.I)


_RE_PLACE_NAME_BEFORE = regex.compile(
    # (or after the word that names it a unit, or the members' "trong đó": "trong đó đơn vị TP.Cao Lãnh làm Cụm trưởng")
    # (or after the year that opens the clause, no comma after it: "Năm 2024 tỉnh A là Cụm trưởng")
    # (or after the years it has held it for: "Đây là năm thứ hai liên tiếp huyện A giữ vai trò Cụm trưởng")
    r"(?:^\s*|[,;:]\s*|(?<=\b(?:đơn vị|trong đó)|^\s*(?:trong\s+)?năm\s+(?:19|20)\d{2}|\bnăm\s+thứ\s+\p{L}+(?:\s+liên\s+tiếp)?)\s+)((?:(?:tỉnh|thành phố|huyện|quận|thị xã)\s+|(?-i:TP)\.\s*)?(?-i:\p{Lu})\p{L}*(?:\s+(?-i:\p{Lu})\p{L}*){0,3})\s*$", regex.I)


# the years a unit has held a role for, dated by the year its clause opens with or told in the future: "Trước đó, năm 2023 là
# năm thứ hai liên tiếp" (before a place, _RE_PLACE_NAME_BEFORE), "Năm 2025 sẽ là năm thứ hai liên tiếp", "Đây sẽ là năm thứ ba"
_RE_NTH_YEAR_BEFORE = regex.compile(r"(?:(?:^|[.;:,]\s*)(?:trong\s+)?năm\s+(?P<y>(?:19|20)\d{2})\s+|(?<!\p{L}))(?:(?P<will>sẽ)\s+)?"
                                    r"(?:(?:cũng|đã|tiếp\s+tục|vẫn)\s+)?là\s+năm\s+thứ\s+\p{L}+(?:\s+liên\s+tiếp)?\s+$", regex.I)


def _member_before(doc: Document, lo: int, end: int) -> tuple[int, int] | None:
    """A listed member whose name ends at ``end`` (spaces aside) and opens its clause or follows the verb that
    names it ("Tập đoàn chỉ định Petrolimex A"); not a place listed bare, nor a unit named in a person's title."""
    t = doc.text
    e = lo + len(t[lo:end].rstrip())
    for f in sorted(doc.draft.members, key=lambda f: -len(f.value)):
        a = e - len(f.value)
        if a >= lo and t[a:e] == f.value and (a == 0 or not t[a - 1].isalnum()) \
                and not gazetteer.is_place(f.value) and _RE_MEMBER_OPENS.search(t, max(lo, a - 30), a):
            return a, e
    return None


# (or the next of two roles given: "bầu xã A làm Cụm trưởng và B làm Cụm phó")
_RE_MEMBER_OPENS = regex.compile(r"(?:^|[.;:,]|\b(?:chỉ định|phân công|giao|bầu|chọn)|(?:trưởng|phó)\s+và)\s*$", regex.I)


def _place_unit_before(doc: Document, lo: int, end: int):
    """A province or district standing for its unit before a role ("Bạc Liêu được chọn làm Cụm trưởng"),
    written bare or with its kind word; only a place the gazetteer knows."""
    m = _RE_PLACE_NAME_BEFORE.search(doc.text[lo:end])  # (the place opens the clause: "^" is the clause's start)
    if m is None:
        return None
    name = cre.sub(r"^(?:(?:tỉnh|thành phố|huyện|quận|thị xã)\s+|TP\.\s*)", "", m.group(1), flags=regex.I)
    return (lo + m.start(1), lo + m.end(1)) if gazetteer.province_of(name) is not None else None


@lru_cache(maxsize=None)
def _agreed_proposal_re():
    """The meeting's agreeing words, then a verb of proposing (lexicons/cluster_roles.json "agreed_proposal_verbs"): the unit
    named after it is put forward for a role ("thống nhất đề nghị huyện A làm Cụm trưởng")."""
    verbs = lexicon.table("cluster_roles.json").get("agreed_proposal_verbs") or ["\uffff"]
    return regex.compile(r"\b(?:thống\s+nhất|nhất\s+trí)\s+(?:" + trie_alternation(verbs) + r")\s+", regex.I)


def _role_kind(m) -> str:
    """The role a match of a role word names: "vice_chair" or "chair"."""
    return "vice_chair" if m.group("vice") else "chair"


def _role_res():
    global _ROLE_RES
    if _ROLE_RES is None:
        vice, chair = _role_words()
        role = _NOT_A_TEAM + r"(?:(?P<vice>" + vice + r")|(?P<chair>" + chair + r"))" + _ROLE_END
        _ROLE_RES = {
            "role": regex.compile(role, regex.I),
            # "X làm Cụm trưởng", "X là đơn vị Cụm phó", "X giữ vai trò Cụm trưởng"
            "after_unit": regex.compile(_AFTER_UNIT.replace("<TAKE>", _taking_over_alt()).replace("<TURN>", _verbs_alt("turn_adverbs"))
                                       .replace("<POST>", _verbs_alt("post_nouns"))
                                       .replace("<PROPOSE>", _verbs_alt("agreed_proposal_verbs")) + role, regex.I),
            "after_unit_end": None,
            # "Cụm trưởng ... là X"
            # (the role word may hold the cluster's name, its number after it: "Trưởng Cụm thi đua số 12 năm 2013 là")
            # (not the cluster's members listed after it: "(đơn vị Cụm trưởng Cụm thi đua số 10, gồm các tỉnh: A, B)")
            "then_unit": regex.compile(role + r"(?:\s+số\s+(?:\d+|[IVX]{1,4})\b|\s+\d{1,2}(?!\d))?(?:\s+(?:cụm|khối)(?:\s+thi\s+đua)?(?:\s+(?:số\s+)?\d+)?(?:\s*,(?!\s*(?:(?:bao\s+)?gồm|có)\b)\s*[^,.;]{0,30}?)?)?"
                                       # (or a dash after the cluster's number: "do Trưởng Cụm thi đua 6 - Trường X tổ chức")
                                       # ("lần lượt là": in turn, one unit to each role listed)
                                       # ("năm nay": this year, the period's own: "Cụm trưởng năm nay là UBND thị xã A")
                                       # (or a school year, both its years: "Cụm trưởng năm học 2024-2025 là Phòng X")
                                       r"(?:\s+năm\s+(?:\d{4}|sau|tới|kế\s+tiếp|nay)|\s+năm\s+học\s+\d{4}\s*[-–]\s*\d{4})?(?:\s*(?:(?:lần\s+lượt\s+)?là|:)\s+|(?<=\d)\s*[-–]\s*(?=(?-i:\p{Lu})))"
                                       # (not another role after a unit of its own: "A là Khối trưởng Khối X, B là Khối phó")
                                       r"(?!(?:đơn\s+vị\s+)?(?:" + vice + "|" + chair + r")(?!\p{L}))", regex.I),
            # the role, then its unit with no word between: "Trưởng khối - Sở X", "Cụm trưởng xã A phối hợp ..."
            # (or the next cell of a table's row the role opens: "Trưởng khối | Sở X", see _RE_ROLE_ROW; the role opens the cell,
            # "Tân" at most before it: not "Nguyên Cụm trưởng | Sở X", a past one)
            "unit_next": regex.compile(role + r"(?:\s*[-–]\s*(?=(?-i:\p{Lu}))|\s+(?=(?:xã|phường|thị trấn|huyện|quận|thị xã)\s+(?-i:\p{Lu}))"
                                       r"|(?<=(?:^|\n)" + _ROW_CELL_OPEN + r"(?:" + vice + "|" + chair + r"))[ \t]*\|[ \t]*(?=(?-i:\p{Lu})))",
                                       regex.I),
            # (or hands over the role's flag: "A trao cờ Cụm trưởng năm 2023 cho B")
            # (the role word right after the flag: not "trao Cờ luân lưu của Cụm cho X", the leader's flag)
            # (or the role itself: "A trao quyền Khối trưởng năm 2024 cho B")
            # (a flag handed over with "bàn giao" / "chuyển giao" likewise: the role word right after the flag, or the role's
            # duty joined to it, "bàn giao cờ luân lưu và nhiệm vụ Cụm trưởng"; not a note on the one who gives or takes it,
            # "A, Cụm trưởng năm 2023, bàn giao Cờ luân lưu cho B")
            "handover": regex.compile(r"\b(?:(?:bàn giao|chuyển giao)(?!\s+(?:lại\s+)?cờ(?!\p{L})(?!(?:\s+luân\s+lưu)?(?:\s+của)?\s+(?:đơn\s+vị\s+)?(?:"
                                      + ROLE_NOTE_WORDS + r")(?!\p{L}))" + FLAG_WITH_DUTY + r")"
                                      r"|trao(?:\s+lại)?\s+(?:cờ(?:\s+luân\s+lưu)?(?:\s+của)?|quyền|vị\s+trí|vai\s+trò|nhiệm\s+vụ)(?=\s+(?:đơn\s+vị\s+)?(?:"
                                      + ROLE_NOTE_WORDS + r")(?!\p{L})))\b", regex.I),
            # "Cụm trưởng năm 2025 (sẽ) do X đảm nhiệm", "luân phiên Cụm trưởng năm 2025 cho X": the role, then the one
            # who takes it after "do" (a verb of taking it must follow the unit) or "cho" (the unit ends the clause)
            # (the passive of a turn given, "vai trò Cụm trưởng được luân phiên (giao) cho X", as "được giao cho X")
            # (the cluster's name may follow the role after a comma: "nhiệm vụ Cụm trưởng, Cụm thi đua số 1 năm học ...")
            # (the role's own number, "Trưởng Cụm thi đua số 3"; the cluster named after it, "của Cụm", "Cụm thi đua các huyện phía Nam")
            "then_agent": regex.compile(role + r"(?:\s+số\s+(?:\d+|[IVX]{1,4}(?![\p{L}\d])))?"
                                        r"(?:\s*,?\s+(?:của\s+)?(?:cụm|khối)(?:\s+thi\s+đua)?(?:\s+(?:số\s+)?(?:\d+|[IVX]{1,4}(?![\p{L}\d])))?"
                                        r"(?:\s+các(?:\s+\p{L}+){1,4}?(?=\s+năm\b))?)?"
                                        r"(?:\s+năm(?:\s+học)?\s+(?:\d{4}(?:\s*[-–]\s*\d{4})?|sau|tới|kế\s+tiếp))?"
                                        r"\s*,?\s+(?P<will>sẽ\s+)?(?:(?P<do>do)|(?:(?:được\s+)?giao\s+|(?P<turn>được\s+luân\s+phiên\s+(?:giao\s+)?))?cho|thuộc\s+về)\s+", regex.I),
        }
        # (every match ends at the window's end, so the leftmost is the longest: a reverse POSIX search finds it trying the
        # end alone, where a forward search tries the whole long alternation at every space of the window before it)
        _ROLE_RES["after_unit_end"] = regex.compile(r"(?:" + _ROLE_RES["after_unit"].pattern + r")$", regex.I | regex.REVERSE | regex.POSIX)
    return _ROLE_RES


# (and the words of the future: "sẽ là Cụm trưởng", "Cụm trưởng năm sau")
# (each lookbehind after the word it guards, the word within it: tried only where the word stands, not at every word's start)
_RE_NEXT = regex.compile(r"\b(?:bầu|bàn giao|giao(?<!\bđược\s(?:[^\s.,;]+\s){0,4}giao)(?:\s+lại)?\s+(?:trách\s+nhiệm|nhiệm\s+vụ)(?=\s+(?:đơn\s+vị\s+)?(?:cụm|khối|trưởng|phó)\b)|nhận(?<!đảm\snhận)(?:\s+bàn\s+giao)?\s+(?:nhiệm vụ|vai trò)|nhận(?<!(?:đảm|tiếp|ghi|xác|công|thừa|cảm|nhìn|đón|thu|chấp)\snhận)(?:(?<=\b(?:được|sẽ)\snhận)|(?=(?:\s+làm)?\s+(?:đơn\s+vị\s+)?(?:(?:cụm|khối)\s*(?:trưởng|phó)|(?:phó\s+)?trưởng\s+(?:cụm|khối))(?!\p{L})[^.;,()]{0,60}?\b(?:năm(?:\s+học)?\s+(?:19|20)\d{2}|nhiệm\s+kỳ|giai\s+đoạn|năm\s+(?:tới|sau|tiếp\s+theo))))(?:\s+làm)?(?=\s+(?:đơn\s+vị\s+)?(?:(?:cụm|khối)\s*(?:trưởng|phó)|(?:phó\s+)?trưởng\s+(?:cụm|khối))(?!\p{L}))|luân phiên|tiếp nhận|được giao làm|được chọn làm|thống nhất chọn|giới thiệu(?<!\btrung\s+tâm\s+giới\s+thiệu)|"
                         # (not the name of a job centre: "Trung tâm Giới thiệu việc làm tỉnh là Trưởng khối")
                         # ("cử" is the meeting's choice only after its agreement: "nhất trí cử A - Trưởng Cụm"; "Quyết định ... cử" assigns)
                         r"cử(?<=\b(?:nhất\s+trí|thống\s+nhất)\s+cử)(?!\s+(?:tri|đại\s+diện|cán\s+bộ|người|lãnh\s+đạo)\b)|"
                         r"(?:suy tôn|bình chọn)(?=\s+[^.;,]{2,80}?\s(?:làm|là)\s+(?:đơn vị\s+)?(?:cụm|khối|trưởng|phó))|"
                         # (trust given to the unit for a role is an election, as "bầu" is: "A được (hội nghị) tín nhiệm làm Cụm trưởng")
                         # (told of a vote or of the meeting: "được tín nhiệm làm Cụm trưởng đã chủ trì" alone is the holder's)
                         r"tín nhiệm(?=\s+(?:giao\s+)?(?:làm|là|giữ\s+(?:vai\s+trò|chức(?:\s+vụ)?))\s+(?:đơn vị\s+)?(?:cụm|khối|trưởng|phó))"
                         r"(?<=\b(?:hội nghị|phiếu|biểu quyết|bầu)\b[^.;\n]{0,80}tín nhiệm)|"
                         # (the meeting agreeing on the unit that takes a role, no other verb: "thống nhất A làm Cụm trưởng",
                         # "A được thống nhất giữ vai trò Khối trưởng"; not what it agreed on otherwise, "thống nhất nội dung ...";
                         # not a document, "nhất trí Báo cáo ... do A là Cụm trưởng trình bày", nor the role held, "nhất trí A
                         # với vai trò là Cụm trưởng đã chủ động ...")
                         r"(?:thống nhất|nhất trí)(?=(?:\s+(?!(?:báo cáo|dự thảo|kế hoạch|quy chế|tờ trình|đề án)\b)(?:(?!\s(?:do|với\s+vai\s+trò)\s)[^.;,]){2,80}?)?\s(?:làm|là|giữ\s+(?:vai\s+trò|chức(?:\s+vụ)?)|đảm\s+(?:nhận|nhiệm))\s+"
                         r"(?:là\s+)?(?:đơn vị\s+)?(?:cụm|khối|trưởng|phó))|"
                         # (or the unit agreed on, an aside about it between commas: "thống nhất huyện A, đơn vị dẫn đầu, làm Cụm trưởng")
                         r"(?:thống nhất|nhất trí)(?=\s+(?!(?:báo cáo|dự thảo|kế hoạch|quy chế|tờ trình|đề án)\b)[^.;,]{2,60}?,\s*(?-i:\p{Ll})[^,.;:()\n]{1,50}?,\s*(?:làm|là)\s+"
                         r"(?:đơn vị\s+)?(?:cụm|khối|trưởng|phó)))\b",
                         regex.I)
# the words of the future right before the role word: "sẽ là Cụm trưởng", "sẽ đảm nhận vai trò Cụm trưởng"
_RE_FUTURE_BEFORE = regex.compile(r"\bsẽ\s+(?:là|làm|đảm\s+(?:nhận|nhiệm)|giữ)(?:\s+(?:vai\s+trò|nhiệm\s+vụ))?(?:\s+là)?\s+" + _UNIT_WORD + r"?$",
                                  regex.I | regex.REVERSE)


# (its comma may be left out before the subject: "Năm 2015 Liên đoàn lao động quận A làm cụm trưởng")
# (or a colon for it, a row of a rotation: "Năm 2026: UBND xã A (Cụm trưởng), UBND xã B (Cụm phó)")
# (or after an opening phrase and its comma, before a unit named by its kind of place: "Theo nguyên tắc luân
# phiên, năm 2019 huyện A đảm nhận Cụm trưởng")
# (or after the verb that agrees on it: "thống nhất năm 2025 Sở X làm Cụm trưởng")
# (the year is group "y" of each form: the regex module lets forms share a group's name)
# (a school year opening its clause, by its later year too: "Năm học 2018-2019, trường A làm Cụm trưởng"; its first year is
# group "sy", see _clause_year)
_RE_CLAUSE_YEAR = regex.compile(r"(?<=(?:^|[.;:\n])\s*)(?:trong\s+)?năm\s+(?:học\s+(?P<sy>(?:19|20)\d{2})\s*[-–]\s*)?(?P<y>(?:19|20)\d{2})(?:\s*[,:]|\s+(?=(?-i:\p{Lu})|" + _LOCAL_KINDS + r"\s+(?-i:\p{Lu})))"
                                # (a school year by its later year: "thống nhất năm học 2021 - 2022 trường A làm trưởng cụm")
                                # (its comma after it too, after a lead phrase: "Theo đó, năm 2026, Sở A làm Cụm trưởng"; not a date's
                                # year after its day and month, "Ngày 8 tháng 01, năm 2026, Sở A, Cụm trưởng, tổ chức ...")
                                r"|(?<=(?:,|\b(?:thống nhất|nhất trí|bầu|chọn|giới thiệu))\s*)năm(?:\s+học\s+(?:19|20)\d{2}\s*[-–]\s*)?\s+(?P<y>(?:19|20)\d{2})(?:\s+|(?<=,\s*năm\s+\d{4})(?<!(?:tháng\s+\d{1,2}|\d{1,2}\s*[/.-]\s*\d{1,2})\s*,\s*năm\s+\d{4})\s*,\s*)(?=(?-i:\p{Lu})|(?:" + _LOCAL_KINDS + r"|trường)\s+(?-i:\p{Lu}))"
                                # (or the turn it dates: "thống nhất năm 2024 đến lượt A làm Cụm trưởng")
                                r"|\bnăm\s+(?P<y>(?:19|20)\d{2})\s*,?\s+(?=đến\s+lượt\b)", regex.I)


def _clause_year(doc: Document, m) -> int:
    """The year a match of _RE_CLAUSE_YEAR dates its clause by: a school year by its later year, unless the meeting reviews a
    calendar year, whose school year is the one that opens in it ("Năm học 2024 - 2025, A là Cụm trưởng" at the review of 2024
    is the school year running, not the next one; "Năm học 2018-2019" at the review of the school year 2017-2018 is next)."""
    if m.group("sy"):
        per = doc.draft.scalars.get("meeting.period")
        if per is not None and per.value.get("span") == "year":
            return int(m.group("sy"))
    return int(m.group("y"))


# a role word dated by the year written after it (and after the cluster's name, if any):
# "Cụm trưởng năm 2030", "Phó Khối thi đua ABC năm 2030", "Cụm phó Cụm thi đua số 9, nhiệm kỳ năm 2030", "Cụm trưởng, Cụm thi
# đua số 1 năm 2030"
# (or "năm sau/tới": the next period); the year must follow the role (and the name) at once
# (the cluster's name may describe its members by their region: "Cụm phó Cụm thi đua các tỉnh đồng bằng sông Hồng năm 2024")
# (a role that names the cluster may go on with its name: "Trưởng Khối thi đua Nội chính năm 2025")
_REGION_OF_NAME = (r"(?:\s+các\s+(?:tỉnh|thành\s+phố|huyện|quận)(?:\s+(?:(?-i:\p{Lu})[^\s,.;]*|đồng\s+bằng|sông|duyên\s+hải|miền|vùng|khu\s+vực|phía|trung\s+du|và|"
                   r"thành\s+phố)){1,6})")
# (its words joined by a dash: "Trưởng khối thi đua Văn hóa - Xã hội năm 2025")
# (a name of capitalised words may go on with its members' region: "Trưởng Cụm thi đua Thanh tra các tỉnh Tây Nam Bộ năm 2024")
# (or its number, "Trưởng Cụm thi đua số 5 năm 2026", or its members' kind, "Trưởng Khối thi đua các cơ quan Đảng năm 2025")
_ROLE_YEAR_TAIL = (r"(?:(?<=thi\s+đua)(?:\s+(?:[-–]\s+)?(?-i:\p{Lu})[^\s,.;]*(?:\s+(?!năm\b)(?-i:\p{Ll})[^\s,.;]*)?){1,2}" + _REGION_OF_NAME + "?"
                   r"|(?<=thi\s+đua)\s+số\s+(?:\d{1,2}|[IVX]{1,4})(?![\p{L}\d])"
                   # (the descriptor only up to where a cluster's name ends, a verb: "Trưởng Khối thi đua các cơ quan Đảng triển
                   # khai nhiệm vụ năm 2025" dates the task, not the role; ten words, a descriptor of two kinds: "Trưởng Khối thi
                   # đua các Tập đoàn A, Tổng công ty B năm 2024"; the body they belong to too, "các Tổng công ty trực thuộc Bộ năm 2025")
                   r"|(?<=thi\s+đua)\s+các(?:(?:(?=\s+(?:trực\s+)?thuộc\s+(?-i:\p{Lu}))|(?!" + _RE_NAME_STOP.pattern + r"))\s+(?!năm\b)[^\s.;:()]+){1,10}?(?=\s+năm\s+(?:19|20)\d{2}\b)"
                   # (or the kind of its members in lower case: "Cụm trưởng Cụm thi đua doanh nghiệp năm 2024")
                   r"|\s*,?\s+(?:cụm|khối)(?:\s+thi\s+đua)?(?:\s+(?:số\s+)?(?:\d+|(?-i:\p{Lu})[^\s,.;]*)){0,3}(?:\s+(?:các\s+)?(?:<UNITS>)(?!\p{L}))?"
                   + _REGION_OF_NAME + r"?)?"
                   r"(?:\s*,?\s*nhiệm\s+kỳ)?"
                   # (a school year is dated by its last year, as the period reviewed is: "Khối trưởng năm học 2023 - 2024")
                   r"\s+(?:năm|trong\s+năm)\s+(?:(?:học\s+(?:19|20)\d{2}\s*[-–]\s*)?(?P<year>(?:19|20)\d{2})\b|(?P<later>sau|tới|kế\s+tiếp)(?!\p{L}))")


# a unit given a role of its own by a verb after it ("...: Sở A làm Trưởng khối; Sở B làm Phó Trưởng khối")
@lru_cache(maxsize=None)
def _own_role_after_re():
    return regex.compile(r"\s+(?:làm|là)\s+" + _UNIT_WORD + "?" + _role_res()["role"].pattern, regex.I)


@lru_cache(maxsize=None)
def _role_year_re():
    return regex.compile(_role_res()["role"].pattern + _ROLE_YEAR_TAIL.replace("<UNITS>", _unit_nouns()), regex.I)


# an earlier meeting named before the election: "Đầu năm, ...", "Tại hội nghị tổng kết năm 2023, ..."
_RE_EARLIER_MEETING = regex.compile(r"\b(?:đầu năm|trước đó|tại hội nghị[^,;.]{0,60}?năm\s+(?:19|20)\d{2})\b", regex.I)
# the meeting as the one who elects: "hội nghị (đã) (thống nhất) bầu", "các đại biểu bầu"
_RE_MEETING_ELECTS = regex.compile(r"\b(?:hội nghị|đại biểu|thống nhất|nhất trí|biểu quyết)\b[^.;]{0,25}$", regex.I)
# the meeting as the one who gives a role, right before the verb or before the "đồng thời" that joins the verb to its clause
# ("Hội nghị giao A làm ...", "hội nghị biểu quyết nhất trí phương hướng ..., đồng thời giao A làm ...")
_RE_MEETING_GIVES = regex.compile(r"\b(?:hội nghị|thống nhất|nhất trí|biểu quyết)\b(?:[^.;,]{0,25}|[^.;]{0,160},\s*(?:và\s+)?đồng\s+thời(?:\s+(?:cũng|đã))?)\s*$",
                                  regex.I)
# a list's lead that only tells the meeting or its members agreed ("Năm 2025, các thành viên thống nhất:", "Hội nghị đã nhất trí
# như sau:")
_RE_AGREED_LEAD = regex.compile(r"\b(?:hội nghị|cụm|khối|các thành viên|các đơn vị|thành viên|đại biểu)\b[^.;:]{0,20}?\b(?:thống nhất|nhất trí|biểu quyết)"
                                r"(?:\s+(?:như\s+sau|(?:các|một\s+số|những)\s+nội\s+dung(?:\s+(?:chính|cụ\s+thể|sau))?(?:\s+như\s+sau)?))?\s*:$", regex.I)
_RE_GIVES_BEFORE = regex.compile(r"\bgiao(?:\s+cho)?\s+$", regex.I)
# (the meeting giving it is this article's: its subject named, "hội nghị", "các thành viên", "Khối"; no word of an earlier one
# before the verb, "Hội nghị năm trước đã giao ...", "Đầu năm 2024, hội nghị giao ...")
_RE_MEETING_SUBJECT = regex.compile(r"\b(?:hội\s+nghị|thành\s+viên|các\s+đơn\s+vị|đại\s+biểu|cụm|khối)\b", regex.I)
_RE_EARLIER_WORDS = regex.compile(r"\b(?:năm\s+(?:trước|ngoái|qua)|đầu\s+năm|trước\s+đó|(?:nhiệm\s+)?kỳ\s+trước|lần\s+trước)\b", regex.I)
# (a year; of a school year its last, as the period reviewed is dated: "năm học 2024 - 2025")
_RE_BARE_YEAR = regex.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)(?!\s*[-–]\s*(?:19|20)\d{2}(?!\d))")
# (the unit takes the role by a verb right after it, not a note on its present role: "giao Sở A (Trưởng khối) xây dựng ...",
# "Sở A - Trưởng khối phối hợp ...", "Sở A với vai trò Trưởng khối theo dõi ...", "Sở A, đơn vị Trưởng khối, triển khai ...")
_GIVEN_TAKES = r"\s+(?:làm|giữ\s+vai\s+trò|đảm\s+nhận(?:\s+vai\s+trò)?)\s+(?:đơn\s+vị\s+)?"
_RE_GIVEN_TAKES = regex.compile(_GIVEN_TAKES, regex.I)


@lru_cache(maxsize=None)
def _given_roles_end_re():
    """After a role given, its year or "năm tới" at most, then only more units given roles the same way up to the clause's end
    ("giao Sở A làm Trưởng khối, Sở B làm Phó Trưởng khối năm 2025."); no task ("... làm Trưởng khối phối hợp với ...")."""
    year = r"(?:\s+năm\s+(?:(?:19|20)\d{2}(?!\d)|(?:tiếp\s+theo|sau|tới|kế\s+tiếp)(?!\p{L})))?"
    return regex.compile(r"(?:\s*(?:,|;|\s+và)\s+(?:(?:giao|bầu)\s+(?:cho\s+)?)?[^.;,()\n]{2,80}?(?:" + _GIVEN_TAKES + r"|\s+là\s+(?:đơn\s+vị\s+)?)"
                         r"(?:" + _role_res()["role"].pattern + r")" + year + r")*\s*(?:[.;\n]|$)", regex.I)
# the next period named after the role: "Cụm trưởng cho năm tiếp theo", "Cụm trưởng năm tới"
_RE_AHEAD_AFTER_ROLE = regex.compile(r"[^.;]{0,40}?\b(?:năm tiếp theo|năm sau|năm tới|nhiệm kỳ tới|nhiệm kỳ sau)\b", regex.I)
# the cues of a role assigned (not elected): the unit takes the role it was given for the year
_RE_ASSIGNED = regex.compile(r"được giao làm|được chọn làm|luân phiên|nhận(?:\s+bàn\s+giao)?\s+(?:nhiệm vụ|vai trò)|nhận(?:\s+làm)?|tiếp nhận", regex.I)


@lru_cache(maxsize=None)
def _standing_assignment_re():
    """The passive verbs of assignment that give a role held now when nothing in the sentence dates it later (lexicons/
    cluster_roles.json "standing_assignment_verbs": "được giao làm"), matched whole against a cue of _RE_NEXT."""
    return regex.compile(_verbs_alt("standing_assignment_verbs"), regex.I)


@lru_cache(maxsize=None)
def _words_re(key: str):
    """The words of lexicons/cluster_roles.json under ``key``, each matched whole."""
    return regex.compile(r"(?<!\p{L})" + _verbs_alt(key) + r"(?!\p{L})", regex.I)


# the spans of a review of part of a year (record.md meeting.period): a role assigned with no date at it is the one held now
_INTERIM_SPANS = frozenset({"h1", "9m", "q1", "q2", "q3", "q4"})


def _interim_review(doc: Document) -> bool:
    """The meeting reviews part of a year (sơ kết 6 or 9 months, a quarter) or of a term still running: the period under
    review is still running."""
    per = doc.draft.scalars.get("meeting.period")
    kind = doc.draft.scalars.get("meeting.kind")
    if kind is not None and kind.value == "giao_uoc":
        return True  # (the signing that launches a year: the period of the meeting is the year it opens, running)
    if not (per and kind and kind.value == "so_ket"):
        return False
    if per.value.get("span") in _INTERIM_SPANS:
        return True
    # (or a term, a school year, still running at the meeting: "sơ kết học kỳ I năm học 2024 - 2025" in January 2025)
    held = doc.draft.scalars.get("meeting.date.parts")
    return per.value.get("span") == "term" and bool(per.value.get("year")) and held is not None and bool(held.value[0]) \
        and held.value[0] <= per.value["year"]


@lru_cache(maxsize=None)
def _now_adverb_re():
    """An adverb of the present right before a verb of assignment (lexicons/cluster_roles.json "standing_assignment_now_adverbs":
    "hiện", "đang"; not the end of "thực hiện", "thể hiện")."""
    return regex.compile(r"(?<!\p{L})(?<!(?:thực|thể|xuất|phát|biểu)\s+)" + _verbs_alt("standing_assignment_now_adverbs") + r"\s+$", regex.I)


def _held_now(doc: Document, whole: tuple[int, int], nm) -> bool:
    """The sentence ``whole`` says its role is held now (lexicons/cluster_roles.json "standing_assignment_now_words": "hiện
    nay", "hiện đang", "đang được"; "standing_assignment_this_year_words": "năm nay", "từ đầu năm", only when the meeting is
    held in the year it reviews, not at the review of a year held in the next one)."""
    t = doc.text
    # (an adverb of the present right before the verb, "A hiện (đang) được giao làm"; a word of the present in the verb's
    # clause before it, "Hiện nay, A được giao làm"; not one of another clause, "Trong khi ... đang được sắp xếp; A được giao")
    if _now_adverb_re().search(t, max(whole[0], nm.start() - 24), nm.start()):
        return True
    if _words_re("standing_assignment_now_words").search(t, max(whole[0], t.rfind(";", whole[0], nm.start()) + 1), nm.start()):
        return True
    if not _words_re("standing_assignment_this_year_words").search(t, whole[0], whole[1]):
        return False
    per = doc.draft.scalars.get("meeting.period")
    held = doc.draft.scalars.get("meeting.date.parts")
    year = per.value.get("year") if per else None
    return not (year and held and held.value[0] and held.value[0] != year)


def _later_holder_after(doc: Document, whole: tuple[int, int]) -> bool:
    """The sentence right after ``whole`` gives a role for a later period (a year after the one reviewed, or words of the
    period to come, lexicons/cluster_roles.json "standing_assignment_ahead_words"): the role assigned in ``whole`` with no date
    is then the one held now ("A được giao làm Cụm trưởng. Năm 2025, B sẽ là Cụm trưởng" at the review of 2024)."""
    t = doc.text
    sents = doc.content_sentences()
    i = bisect_right([x.start for x in sents], whole[0])
    if i >= len(sents):
        return False
    nxt = sents[i]
    if _role_res()["role"].search(t, nxt.start, nxt.end) is None:
        return False
    per = doc.draft.scalars.get("meeting.period")
    year = per.value.get("year") if per else None
    return bool(year and any(int(y) > year for y in _RE_YEAR.findall(t, nxt.start, nxt.end))) \
        or _words_re("standing_assignment_ahead_words").search(t, nxt.start, nxt.end) is not None


def _standing_assignment(doc: Document, whole: tuple[int, int], nm) -> bool:
    """The cue ``nm`` of the sentence ``whole`` is a passive verb of assignment that gives the role held now: the article places
    it in the period under review (an interim review, _interim_review, or words of the present, _held_now), and nothing in the
    sentence or the one before dates it later or makes it the meeting's own act (lexicons/cluster_roles.json
    "standing_assignment_*": the meeting or its ways of choosing before the cue, "Tại đây, ...", "Qua hiệp thương, ...";
    the period to come or a plan anywhere in the sentence, "Năm tới, ...", "... trong giai đoạn tới", "dự kiến", or any year;
    an election, a choice or a hand-over in the sentence before, "Hội nghị đã bầu Cụm trưởng. Kết quả, A được giao làm ...")."""
    t = doc.text
    if not _standing_assignment_re().fullmatch(nm.group(0)):
        return False
    if not (_interim_review(doc) or _held_now(doc, whole, nm) or _later_holder_after(doc, whole)):
        return False  # at a year-end or term-end review (or no review), the role assigned is the next period's unless held now
    if _words_re("standing_assignment_meeting_words").search(t, whole[0], nm.start()) \
            or _words_re("standing_assignment_ahead_words").search(t, whole[0], whole[1]) or RE_YEAR.search(t, whole[0], whole[1]):
        return False
    prev = _previous_sentence(doc, whole[0])
    return prev is None or not _words_re("standing_assignment_before_words").search(t, prev[0], prev[1])


# a role given by a document issued before the meeting: "Theo Quyết định số 35/QĐ-BTL ngày 12-12-2025 của Bộ Tư lệnh, ..."
_RE_BY_DECISION = regex.compile(r"\b(?:theo|căn cứ|thực hiện)\s+(?:quyết định|công văn|thông báo)\s+(?:số\s+)?\d", regex.I)


# (or by a higher body's decision named without its number: "Theo Quyết định của UBND tỉnh, ...")
_RE_BY_BODYS_DECISION = regex.compile(r"\b(?:theo|căn cứ|thực hiện)\s+(?:các\s+)?(?:quyết định|công văn|thông báo)\s+(?:số\s+\d|của\s+(?-i:\p{Lu}))", regex.I)


# the date a role was taken up, right after the role: "từ tháng 3/2023", "từ năm 2023", "từ ngày 5/3/2023"
_RE_ROLE_SINCE = regex.compile(r"(?:\s+(?:cụm|khối)(?:\s+thi\s+đua)?(?:\s+số\s+\d{1,2})?)?\s*,?\s+từ\s+(?:ngày\s+\d{1,2}/\d{1,2}/|tháng\s+\d{1,2}/|tháng\s+\d{1,2}\s+năm\s+|năm\s+)((?:19|20)\d{2})\b", regex.I)


# between two roles of one list: the next one's unit and its verb (", B làm ", " và B là ")
_RE_NEXT_ROLE_OF_LIST = regex.compile(r"\s*(?:,\s*|\s+và\s+)(?:[^,;.:()]{2,80}?)\s+(?:làm|là)\s+(?:đơn\s+vị\s+)?", regex.I)


@lru_cache(maxsize=None)
def _taken_over_before_re():
    """A verb of taking a role over right before the role word ("tiếp quản nhiệm vụ ", lexicons/cluster_roles.json
    "taking_over_verbs"), read backward from the role word."""
    return regex.compile(_taking_over_alt() + r"\s+(?:nhiệm\s+vụ|vai\s+trò)(?:\s+(?:là|làm))?\s+" + _UNIT_WORD + "?$",
                         regex.I | regex.REVERSE)


# the unit a role is taken over from, after the role (not a date, "từ tháng 3/2024", nor a time)
_RE_TAKEN_FROM = regex.compile(r"(?:\s+(?:cụm|khối)(?:\s+thi\s+đua)?(?:\s+số\s+\d{1,2})?)?\s+từ\s+(?!(?:ngày|tháng|năm|đầu|cuối|khi|nay|đó)\b)(?:đơn\s+vị\s+|(?:xã|phường|thị\s+trấn|huyện|quận|thị\s+xã|thành\s+phố|tỉnh|UBND)\s+)?(?-i:\p{Lu})", regex.I)


# the next year named in words right after a role ("năm tới", "năm sau", "năm kế tiếp", "năm tiếp theo")
_NEXT_YEAR_WORDS = r"năm\s+(?:tiếp\s+theo|sau|tới|kế\s+tiếp)"
_RE_NEXT_YEAR_WORDS = regex.compile(r"\s*" + _NEXT_YEAR_WORDS + r"(?!\p{L})", regex.I)


# a role taken over at this meeting ("Tại hội nghị, ...", "Dịp này, ..."), not before it ("đã", a date, "Sau sắp xếp")
_RE_TAKEN_HERE = regex.compile(r"(?<!\p{L})(?:tại\s+(?:hội\s+nghị|buổi\s+lễ|lễ)|dịp\s+này|hội\s+nghị\s+này)(?!\p{L})", regex.I)
_RE_TAKEN_BEFORE = regex.compile(r"(?<!\p{L})(?:đã|từng|sau\s+(?:khi|sắp\s+xếp)|từ\s+(?:ngày|tháng|năm))(?!\p{L})|\d{1,2}/\d{1,2}", regex.I)


# the sentence before a decision quoted names the roles' next period: "năm tiếp theo", a hand-over or a rotation of the roles
_RE_ROLES_AHEAD = regex.compile(r"\b(?:" + _NEXT_YEAR_WORDS + r"|bàn\s+giao|luân\s+phiên)\b", regex.I)


def _ahead_before(doc: Document, start: int, per, kind) -> bool:
    """The sentence before the one at ``start`` names the next period of the roles a decision then quoted gives: a year after
    the one reviewed, "năm tiếp theo", or (not at a signing) a hand-over or rotation ("... bàn giao nhiệm vụ Cụm trưởng, Cụm
    phó cho năm tiếp theo. Theo Quyết định của UBND tỉnh, A được giao làm Cụm trưởng")."""
    t = doc.text
    prev = _previous_sentence(doc, start)
    if prev is None or per is None or not per.value.get("year"):
        return False
    if _role_res()["role"].search(t, prev[0], prev[1]) is None:
        return False
    if any(int(y) > per.value["year"] for y in _RE_YEAR.findall(t, prev[0], prev[1])):
        return True
    return not (kind and kind.value == "giao_uoc") and _RE_ROLES_AHEAD.search(t, prev[0], prev[1]) is not None


def _is_next(doc: Document, a: int, b: int, role_at: int, sent: tuple[int, int]) -> bool:
    """Whether the role word at ``role_at`` (in the sentence ``sent``, its cues read in the window a..b) is
    for the next period: an election or hand-over cue; the words of the future right before it ("sẽ là
    Cụm trưởng") or after it ("Cụm trưởng năm tới"); or, at a year-end review, a year after the one
    reviewed (see _role_year)."""
    t = doc.text
    per = doc.draft.scalars.get("meeting.period")
    kind = doc.draft.scalars.get("meeting.kind")
    rm = _role_res()["role"].match(t, role_at)
    since = _RE_ROLE_SINCE.match(t, rm.end(), sent[1]) if rm is not None else None
    if since is not None and per is not None and per.value.get("year") and int(since.group(1)) <= per.value["year"]:
        return False  # "A tiếp nhận vai trò Cụm trưởng từ tháng 3/2023" at the review of 2023: the role it holds
    first = _role_year_re().search(t, role_at, sent[1])
    if first is not None and _RE_ELECTS_BETWEEN.search(t, role_at, first.start()):
        first = None  # "A - đơn vị Cụm trưởng ... và bầu chọn B là Cụm trưởng ... năm 2024": the year is the election's
    # a role noted in brackets on a member, the note closed with no year of its own: another note's year is that note's
    # ("Sở A (Khối trưởng), Sở B (Khối phó), Sở C (Khối trưởng năm 2024)": A and B hold the roles now)
    note = _RE_NOTE_OPEN_BEFORE.search(t, max(sent[0], role_at - 20), role_at) if rm is not None and _RE_NOTE_CLOSES.match(t, rm.end()) else None
    if note is not None and first is not None and first.start() != role_at:
        first = None
    if first is not None and first.group("later"):
        return True
    if _RE_FUTURE_BEFORE.search(t, max(sent[0], role_at - 50), role_at):
        return True
    # the year written right after the role word, and whether the meeting reviews a year
    own = int(first.group("year")) if first is not None and first.start() == role_at and first.group("year") else None
    # (or after the last role of the list this one opens, the list's own year: "A được giao làm Cụm trưởng, B làm Cụm phó năm
    # 2024"; the other role given in the same act, no cue of its own between)
    if own is None and first is not None and first.group("year") and rm is not None \
            and _RE_NEXT_ROLE_OF_LIST.fullmatch(t, rm.end(), first.start()) and not _RE_NEXT.search(t, rm.end(), first.start()):
        own = int(first.group("year"))
    year_end = bool(per and kind and kind.value == "tong_ket")
    if year_end and own == per.value["year"]:
        return False  # the role's own year is the one reviewed, whatever the sentence hands over: "A, Cụm trưởng năm 2023, đã bàn giao"
    if own is not None and per and kind and kind.value == "giao_uoc" and per.value.get("year") and own < per.value["year"]:
        return False  # a role of the year before the one signed for: "B, Cụm trưởng năm 2024, đã bàn giao nhiệm vụ" at the signing for 2025
    nm = _RE_NEXT.search(t, a, b) or _vote_result(doc, role_at)
    if nm is None and year_end and rm is not None and _RE_TAKEN_FROM.match(t, rm.end(), sent[1]) \
            and _RE_TAKEN_HERE.search(t, sent[0], role_at) and not _RE_TAKEN_BEFORE.search(t, sent[0], role_at):
        # at the review of the year, a role taken over from another unit at this meeting, as "tiếp nhận" is: the hand-over for
        # the next ("Tại hội nghị, huyện A tiếp quản nhiệm vụ Cụm trưởng từ huyện B"; not one taken over in the year reviewed,
        # "Từ ngày 1/7/2025, phường A tiếp quản ...", "Sau sắp xếp, phường A kế thừa ...", "phường A đã tiếp quản ...")
        nm = _taken_over_before_re().search(t, max(sent[0], role_at - 60), role_at)
    if nm and per and kind and kind.value == "giao_uoc" and per.value.get("year") and _RE_ASSIGNED.fullmatch(nm.group(0)):
        cy = _RE_CLAUSE_YEAR.search(t, nm.end(), role_at)
        if cy is None and nm.start() < role_at and (own is None or own == per.value["year"]):
            # (or opening the clause of the cue: "Năm 2025, A được giao làm Cụm trưởng, B làm Cụm phó" at the signing for 2025;
            # the nearest year before the cue, and not over the role's own year: "... được giao làm Cụm trưởng năm 2026")
            whole = _previous_sentence(doc, role_at + 1)
            s0 = whole[0] if whole else sent[0]
            for cy in _RE_CLAUSE_YEAR.finditer(t, max(s0, t.rfind(";", s0, nm.start()) + 1), nm.start()):
                pass
        if cy is not None and _clause_year(doc, cy) == per.value["year"]:
            return False  # "Theo phân công luân phiên, năm 2026 A là Cụm trưởng" at the signing for 2026: the turn of the year signed
    if nm and year_end:
        whole = _previous_sentence(doc, role_at + 1)
        cy = _RE_CLAUSE_YEAR.search(t, max(whole[0] if whole else sent[0], t.rfind(";", sent[0], role_at) + 1), role_at)
        if cy is not None and _clause_year(doc, cy) == per.value["year"]:
            return False  # "Theo nguyên tắc luân phiên, năm 2023 A là Cụm trưởng" at the review of 2023
    if nm and rm is not None and _RE_ASSIGNED.fullmatch(nm.group(0)) and nm.start() < role_at and (first is None or not first.group("year")):
        # a role assigned by a higher body's decision quoted, no year named: the one held in the period of the meeting
        # ("Theo Quyết định của UBND tỉnh, A được giao làm Cụm trưởng, B làm Cụm phó")
        # (or by a passive verb of assignment alone, not the meeting's own act: "Phường A được giao làm Cụm trưởng, phường B là
        # Cụm phó" at a review of 9 months; lexicons/cluster_roles.json "standing_assignment_verbs")
        whole = _previous_sentence(doc, role_at + 1) or sent
        if (_RE_BY_BODYS_DECISION.search(t, whole[0], nm.start())
                or _standing_assignment(doc, whole, nm)) \
                and not _RE_CLAUSE_YEAR.search(t, whole[0], role_at) \
                and not _RE_AHEAD_AFTER_ROLE.match(t, rm.end(), sent[1]) and not _RE_YEAR.search(t, whole[0], role_at) \
                and not _ahead_before(doc, whole[0], per, kind):
            return False
    if nm:
        # at a mid-year review, a role of the year reviewed given by assignment is the present one
        # ("Năm 2022, Bộ X được giao làm Khối trưởng; Ban Y làm Khối phó" at the review of the first half of 2022);
        # an election is for the next period ("Năm 2024, hội nghị bầu X làm Cụm trưởng cho năm tiếp theo")
        if per and kind and kind.value == "giao_uoc" and per.value.get("year") and _RE_ASSIGNED.fullmatch(nm.group(0)) \
                and _RE_BY_DECISION.search(t, (_previous_sentence(doc, role_at + 1) or sent)[0], role_at):
            # at the launch of year N, a role of year N assigned by an earlier decision is the one held now ("Theo Quyết
            # định số ... ngày 12-12-2025, X được giao làm Khối trưởng năm 2026" at the signing for 2026; taken up at the
            # meeting itself, "X luân phiên nhận nhiệm vụ Trưởng khối năm 2026", it is the next)
            y = _RE_ROLE_YEAR_AFTER.match(t, rm.end(), rm.end() + 60) if rm else None
            if y is not None and int(y.group(1)) == per.value["year"]:
                return False
        if not (per and kind and kind.value == "so_ket"):
            return True
        whole = _previous_sentence(doc, role_at + 1)  # (the sentence that holds the role word, from its start)
        s0 = whole[0] if whole else sent[0]
        own = _RE_NEXT.search(t, max(s0, t.rfind(";", s0, role_at) + 1), role_at)  # the cue of the role's own clause
        if own is None and t.find(";", role_at, nm.start()) >= 0:
            return False  # the cue is a later clause's ("Năm 2024, A là Cụm trưởng; hội nghị bầu B làm Cụm trưởng năm 2025")
        cue = own or nm
        y = _RE_ROLE_YEAR_AFTER.match(t, rm.end(), rm.end() + 60) if rm else None
        if y is not None and int(y.group(1)) > per.value["year"] or rm is not None and _RE_AHEAD_AFTER_ROLE.match(t, rm.end(), sent[1]):
            return True  # "... làm Cụm trưởng năm 2025", "... cho năm tiếp theo"
        if _RE_EARLIER_MEETING.search(t, s0, cue.start()):
            return False  # elected at an earlier meeting of the year under review ("Đầu năm, hội nghị Cụm đã bầu ...")
        # this meeting electing ("hội nghị (thống nhất) bầu A làm Cụm trưởng") is for the next period
        if not _RE_ASSIGNED.fullmatch(cue.group(0)) and _RE_MEETING_ELECTS.search(t, max(s0, cue.start() - 40), cue.start()) \
                and not (y is not None and int(y.group(1)) == per.value["year"]):
            return True
        # the role of the year reviewed, however it was given ("Năm 2024, A được bầu làm Cụm trưởng, B làm Cụm phó";
        # "A được bầu làm Cụm trưởng năm 2024")
        cy = _RE_CLAUSE_YEAR.search(t, s0, role_at)
        year = _clause_year(doc, cy) if cy else (int(y.group(1)) if y is not None else None)
        return year != per.value["year"]
    if own is not None and per and kind and kind.value == "so_ket" and per.value.get("year") and _year_against_period(doc, own) > 0:
        # the role's own year after the one reviewed: "A tiếp tục làm Cụm trưởng năm 2026" at the review of 6 months of 2025
        # (of a term still running, after the meeting's year: "B được phân công làm Trưởng khối năm 2024" in 2023)
        return True
    if not year_end:
        return False
    if own is not None:
        return own > per.value["year"]  # the role's own year: "A, Cụm phó năm 2018, ..."
    if note is not None and a < note.start() and not _RE_CLAUSE_YEAR.search(t, a, note.start()) \
            and all(t.rfind("(", a, y.start()) > t.rfind(")", a, y.start()) for y in _role_year_re().finditer(t, a, note.start())):
        # (nor an earlier note's: "Sở A (Khối trưởng năm 2024), Sở B (Khối phó)"; a year opening the clause holds, and so does
        # the roles' year an election names before the notes, "bầu chọn cụm trưởng và cụm phó năm 2025 là A (Cụm trưởng) ...")
        a = note.start()
    year = _role_year(doc, a, b, first, sent)
    if year is None:
        year = _opening_year(doc, role_at)
    return year is not None and year > per.value["year"]


def _opening_year(doc: Document, role_at: int) -> int | None:
    """The year that opens the sentence of the role word at ``role_at`` ("Năm 2024, A giữ vai trò Trưởng khối; B là Phó
    Trưởng khối"; after an opener, "Theo đó, năm 2024, ..."), which dates every role clause of it: none when another year is
    written between it and the role."""
    t = doc.text
    whole = _previous_sentence(doc, role_at + 1)
    if whole is None:
        return None
    # (only a role a verb of its own clause gives, "B là Phó Trưởng khối"; not a note on a unit that a clause about something
    # else names, in brackets or after a dash, "giao Sở A (Cụm trưởng), Sở B (Cụm phó) hướng dẫn ...", "dưới sự chứng kiến
    # của Sở A - Cụm trưởng": the holders now)
    if _RE_ROLE_VERB_BEFORE.search(t, max(whole[0], role_at - 40), role_at) is None:
        return None
    op = _RE_OPENER.match(t, whole[0], role_at)
    cy = _RE_CLAUSE_YEAR.match(t, op.end() if op is not None else whole[0], role_at)
    if cy is None or RE_YEAR.search(t, cy.end(), role_at) is not None:
        return None
    return _clause_year(doc, cy)


# the verb that gives the role word after it ("là", "làm", "giữ vai trò", "đảm nhận vai trò", "nhận nhiệm vụ"), not inside a note
_RE_ROLE_VERB_BEFORE = regex.compile(r"(?<![(\[]\s*)(?<!\p{L})(?:là|làm|giữ|đảm\s+nhận|đảm\s+nhiệm|nhận|tiếp\s+nhận)"
                                     r"(?:\s+(?:vai\s+trò|nhiệm\s+vụ|chức\s+vụ|chức\s+danh|cương\s+vị))?(?:\s+(?:là|của))?(?:\s+đơn\s+vị)?\s+$", regex.I)


# the bracket a member's role note opens, and its close right after the role word: "Sở A (Khối trưởng)", "(đơn vị Cụm phó)"
_RE_NOTE_OPEN_BEFORE = regex.compile(r"\(\s*(?:là\s+)?(?:đơn\s+vị\s+)?$", regex.I)
_RE_NOTE_CLOSES = regex.compile(r"\s*\)")


# a sentence that reports a vote's outcome: "Kết quả, A làm Cụm trưởng", "Kết quả bầu chọn: ..."
_RE_VOTE_RESULT = regex.compile(r"\s*kết\s+quả(?:\s+(?:bầu|bầu\s+chọn|bỏ\s+phiếu|biểu\s+quyết))?\s*[,:]?\s+", regex.I)
_RE_ELECTS = regex.compile(r"\bbầu\b(?!\s+chọn)", regex.I)  # ("bầu Ban điều hành Cụm"; "bầu chọn" ranks too)
_RE_VOTE = regex.compile(r"\b(?:bầu|bầu\s+chọn|bỏ\s+phiếu|biểu\s+quyết)\b", regex.I)


def _vote_result(doc: Document, role_at: int):
    """The election cue of the sentence before, for a sentence that opens by giving the vote's result
    ("... bầu Cụm trưởng và Cụm phó năm 2021. Kết quả A làm Cụm trưởng; B làm Cụm phó"): the roles it
    names are the ones elected."""
    t = doc.text
    sent = _previous_sentence(doc, role_at + 1)  # (the whole sentence that holds the role word)
    if sent is None or not _RE_VOTE_RESULT.match(t, sent[0], sent[1]):
        return None
    prev = _previous_sentence(doc, sent[0])
    if prev is None or _role_res()["role"].search(t, prev[0], prev[1]) is None and _RE_ELECTS.search(t, prev[0], prev[1]) is None:
        return None  # (a vote that ranks elects no role: "bỏ phiếu suy tôn đơn vị dẫn đầu. Kết quả, A (Cụm trưởng) ...")
    return _RE_VOTE.search(t, prev[0], prev[1])


def _role_year(doc: Document, a: int, b: int, first, sent: tuple[int, int]) -> int | None:
    """The year a role is dated by: a later year written right after a role word in the window a..b
    ("Cụm trưởng năm 2030") or opening its clause ("Năm 2030, Sở X là Cụm phó"); else the first role
    year after the role in its sentence (``first``: a list of roles shares the year written after its
    last one, "A là Cụm trưởng, B là Cụm phó năm 2030"); else, for a sentence that opens by referring
    back ("Theo đó, ..."), the last year of the sentence before when that one is about a covenant,
    an election or a hand-over."""
    t = doc.text
    years = [int(m.group("year")) for m in _role_year_re().finditer(t, a, b) if m.group("year")]
    years += [_clause_year(doc, m) for m in _RE_CLAUSE_YEAR.finditer(t, a, b)]
    if first is not None and first.group("year"):
        years.append(int(first.group("year")))
    if years:
        return max(years)
    if _RE_CARRY.match(t, sent[0], sent[1]):
        prev = _previous_sentence(doc, sent[0])
        if prev is not None and _RE_COVENANT.search(t, prev[0], prev[1]):
            ys = _RE_YEAR.findall(t, prev[0], prev[1])
            if ys:
                return int(ys[-1])
    return None


def _previous_sentence(doc: Document, start: int) -> tuple[int, int] | None:
    sents = doc.content_sentences()
    i = bisect_right([s.start for s in sents], start - 1) - 1
    return (sents[i].start, sents[i].end) if i >= 0 else None


# what a sentence that the next one refers back to ("Theo đó, ...") is about for it to date a role
_RE_COVENANT = regex.compile(r"\b(?:giao\s+ước|bầu|bàn\s+giao|luân\s+phiên|suy\s+tôn|phân\s+công|thống\s+nhất\s+(?:chọn|giới\s+thiệu))\b",
                             regex.I)


# the verb of a second predicate just before a role word, and what opens a sentence before its subject
# (or a verb of taking the role on: "X tiếp nhận Cờ luân lưu, chính thức đảm nhận vai trò Cụm trưởng")
_RE_SECOND_PREDICATE = regex.compile(r",\s*(?:(?:đồng\s+thời|và|cũng)\s+(?:(?:cũng|đã|chính\s+thức)\s+)?(?:được\s+(?:bầu|chọn|giao|suy\s+tôn)\s+(?:làm|là)|"
                                     r"đảm\s+(?:nhận|nhiệm)(?:\s+(?:vai\s+trò|nhiệm\s+vụ))?)|(?:chính\s+thức\s+)?(?:đảm\s+(?:nhận|nhiệm)|nhận)\s+(?:vai\s+trò|nhiệm\s+vụ))"
                                     r"\s+" + _UNIT_WORD + r"?$",
                                     regex.I | regex.REVERSE)
_RE_OPENER = regex.compile(r"\s*(?:(?:trong\s+đó|theo\s+đó|bên\s+cạnh\s+đó|ngoài\s+ra|đặc\s+biệt|(?:cũng\s+)?tại\s+(?:hội\s+nghị|buổi\s+lễ)(?:\s+này)?|dịp\s+này)\s*,\s*)?", regex.I)
# (the unit is followed by its predicate: a word in lower case)
_RE_SUBJECT_VERB = regex.compile(r"\s+(?-i:\p{Ll})")
_RE_CARRY = regex.compile(r"\s*(?:theo\s+đó|cụ\s+thể)\s*,", regex.I)
_RE_YEAR = regex.compile(r"\bnăm\s+((?:19|20)\d{2})\b", regex.I)


# between the role and the one acting for it: the cluster's name at most (no verb, no second clause)
_RE_ONLY_CLUSTER = regex.compile(
    r"(?:(?!\s(?:báo cáo|trao|tặng|phát biểu|trình bày|thông qua|chủ trì|điều hành|đọc|ký|cho|và|sau đó)\b)[^,.;:]){0,100}?\s*,?\s*",
    regex.I)
_RE_VERB_IN_SEGMENT = regex.compile(r"\b(?:trao|tặng|đề nghị|yêu cầu|cho|giao)\b", regex.I)
# (a task after the role put forward: "đề nghị A là Cụm trưởng gửi hồ sơ ...", "... hoàn thiện hồ sơ")
_RE_PROPOSED_TASK = regex.compile(r"\s+(?:gửi|lập|xây\s+dựng|chuẩn\s+bị|báo\s+cáo|trình|đôn\s+đốc)(?!\p{L})", regex.I)
_RE_TASK_AFTER_ROLE = regex.compile(r"\s+(?:làm\s+đầu\s+mối|chủ\s+trì|phụ\s+trách|tổng\s+hợp|hoàn\s+thiện|tiếp\s+thu)\b", regex.I)
_RE_PERSON_BEFORE = regex.compile(r"(?<!\p{L})(?:đồng\s+chí|đ/c|ông|bà)\s+(?-i:\p{Lu})", regex.I)


@lru_cache(maxsize=None)
def _name_end_re():
    """A person's name closing a position ("Giám đốc Sở Y tế Tạ Văn Hòa"): a family name and one to three capitalised words."""
    return regex.compile(r"(?<!\p{L})" + _person_name() + r"\s*[-–,]?\s*$")


@lru_cache(maxsize=None)
def _position_opens_re():
    """A clause that opens on a position and the unit it heads ("Cục trưởng Cục Thi hành án dân sự tỉnh")."""
    return regex.compile(r"(?:" + alternation(lexicon.words("positions.txt")) + r")\s+(?-i:\p{Lu})", regex.I)


# (or the side the one named after it speaks for: "Về phía đơn vị Trưởng khối có ông A, Giám đốc X chủ trì")
_RE_ON_BEHALF = regex.compile(r"\b(?:thay\s+mặt|đại\s+diện|về\s+phía)\s+(?:cho\s+)?(?:đơn\s+vị\s+)?$", regex.I)
_RE_TITLE_THEN_NOTE = regex.compile(r"(?:đồng\s+chí|đ/c|ông|bà)\s+(?-i:\p{Lu}\p{Ll}*)(?:\s+(?-i:\p{Lu}\p{Ll}*)){1,4}\s*[-–,][^;.()]*,\s*$", regex.I)
# (or a degree or a rank in its place: "Thay mặt đơn vị Thường trực Khối, PGS.TS A, Hiệu trưởng Trường X ...")
_RE_HONORIFIC_AT = regex.compile(r"(?:^|(?<=[\s,]))(?:đồng\s+chí|đ/c|ông|bà|(?-i:(?:P?GS\.\s?)?TS\.?|ThS\.|BSCKII|BS\.|NGƯT|TTƯT)|"
                                 r"(?:đại|thượng|trung|thiếu)\s+(?:tá|tướng|úy))(?=\s+(?-i:\p{Lu}))", regex.I)
_RE_NAME_AT = regex.compile(r"\s+(?-i:\p{Lu}\p{Ll}*)(?:\s+(?-i:\p{Lu}\p{Ll}*)){1,4}(?=\s*[,-])")
_RE_TRAILING_PAREN = regex.compile(r"\s*\([^()]{1,200}\)\s*$")
_RE_NOTE_AFTER = regex.compile(r"\s*\([^()]{2,40}\)")


def _same_place_unit(bare: str, unit: str) -> bool:
    """A place named bare and the unit of that place ("Văn Quan", "UBND huyện Văn Quan")."""
    fb, fu = fold(bare), fold(unit)
    if fb == fu or not fu.endswith(" " + fb):
        return False
    # (a commune's or a ward's name, which the gazetteer does not hold, after its kind word: "UBND xã Bình Thanh")
    return gazetteer.is_place(bare) or cre.search(r"\b(?:xa|phuong|thi tran|huyen|quan|thi xa)$", fu[:-len(fb) - 1]) is not None


# the verb of the clause after the unit a role names ("Trưởng khối - Sở X chủ trì hội nghị"), or the cluster it is of
# (the verbs in lower case: a capital opens a word of the unit's name, "Trung tâm Điều hành đô thị thông minh")
_RE_UNIT_NEXT_STOP = regex.compile(r"\s+(?:(?-i:chủ\s+trì|đồng\s+chủ\s+trì|báo\s+cáo|phát\s+biểu|trình\s+bày|đề\s+nghị|thông\s+qua|cho\s+biết|"
                                r"nhấn\s+mạnh|kết\s+luận|điều\s+hành|khai\s+mạc|đăng\s+cai)|của\s+(?:cụm|khối))\b", regex.I)
# what ends a unit named after a role and a dash: those, what its document is about, its date, a verb of the clauses ("... -
# Sở X về việc ...", "... - Sở X ngày 01/12/2022", "... - Sở X hướng dẫn ...")
_RE_AFTER_DASHED_UNIT = regex.compile(_RE_UNIT_NEXT_STOP.pattern + r"|\s+(?:về|ngày\s+\d|(?-i:" + _clause_verbs() + r")(?!\p{L}))", regex.I)
_RE_GUEST_LEAD = regex.compile(r"\b(?:tới\s+dự|đến\s+dự|tham\s+dự|dự\s+hội\s+nghị|sự\s+tham\s+dự)\b", regex.I)
_RE_GIVER_BEFORE = regex.compile(r"(?:\bcủa|\bkhen|\bcờ(?:\s+thi\s+đua|\s+luân\s+lưu)?)\s+(?:đơn\s+vị\s+)?$", regex.I)
# what may follow the unit that takes a role after "do" / "cho": a verb of taking it ("đảm nhiệm"), then the clause's end
_RE_TAKES_VERB = regex.compile(r"\s+(?:đảm\s+(?:nhiệm|nhận|trách)|phụ\s+trách|(?:nắm\s+)?giữ|làm)\b", regex.I)
# (the years a clause of a turn given names, "Năm 2026, vai trò ...", "Cụm trưởng năm 2026 được luân phiên ...", "Từ năm 2020")
_RE_TURN_YEAR = regex.compile(r"(?<!\p{L})năm\s+((?:19|20)\d{2})(?!\d)", regex.I)
# (another unit after the one the turn goes to: the units in turn, "cho huyện A, thị xã B và huyện C")
# (not the other role's clause, "cho huyện A, Cụm phó là huyện B")
_RE_TURN_LIST_GOES_ON = regex.compile(r"\s*(?:,|và)\s*(?!(?:đơn\s+vị\s+)?(?:" + ROLE_NOTE_WORDS + r")(?!\p{L}))"
                                      r"(?:(?:xã|phường|đặc khu|thị trấn|thị xã|huyện|quận|tỉnh|thành phố)\s+)?(?-i:\p{Lu})", regex.I)
_RE_AGENT_TAKES = regex.compile(r"(?:" + _RE_TAKES_VERB.pattern + r")?\s*(?:[.;,]|$)", regex.I)
_RE_ELECTS_BETWEEN = regex.compile(r"\b(?:bầu|bầu\s+chọn|bình\s+chọn|giới\s+thiệu|suy\s+tôn)\b", regex.I)
# (or an opening bracket right after the unit: "Chi cục A (Trưởng Cụm thi đua số 3 - Cục B)")
_RE_DASH_BEFORE_ROLE = regex.compile(r"[\p{L})]\s+[-–]\s*$")
_RE_VENUE_PIECE_BEFORE = regex.compile(r"(?<!\p{L})tại\s[^,.;:()]*,\s*$", regex.I)
_RE_APPOSED_BEFORE_ROLE = regex.compile(r"(?:[\p{L})]\s+[-–]|[\p{L})],)\s*$")


@lru_cache(maxsize=None)
def _person_comma_re():
    # (a person named before the role, a comma after the name: "đồng chí A, Cụm trưởng Cụm thi đua số 6 - Trường X")
    titles = alternation(["đồng chí", "đ/c", "ông", "bà", "nhà giáo", "TS.", "ThS.", "PGS.TS.", "GS.TS.", *lexicon.words("ranks.txt")])
    return regex.compile(r"(?<!\p{L})(?i:" + titles + r")\s*" + _person_name() + r"\s*,\s*$")


@lru_cache(maxsize=None)
def _person_dash_re():
    # (named as one: an honorific or a rank before it; not a unit named for a person, "Trường THPT Nguyễn Huệ - Cụm trưởng")
    titles = alternation(["đồng chí", "đ/c", "ông", "bà", "là", "nhà giáo", "TS.", "ThS.", "PGS.TS.", "GS.TS.", *lexicon.words("ranks.txt")])
    return regex.compile(r"(?<!\p{L})(?i:" + titles + r")\s*" + _person_name() + r"\s+[-–]\s*$")


# a national body, the parent of a numbered cluster, not its chair: "Cụm trưởng Cụm thi đua số 5 (Bộ Công an)" (not a province's
# command, "Bộ Chỉ huy Quân sự tỉnh A")
_RE_NATIONAL_BODY = regex.compile(r"(?:Bộ(?!\s+(?:Chỉ\s+huy|CHQS|Tư\s+lệnh|đội))|Tổng\s+cục)\s(?!.*\b(?:tỉnh|thành\s+phố|TP)\b)")
# (only after the cluster's number: "Trưởng Khối thi đua năm 2023 (Bộ Kế hoạch và Đầu tư)" names the chair, a ministry)
_RE_NUMBER_THEN_BRACKET = regex.compile(r"(?<![\d\p{L}])(?:\d{1,2}|[IVX]{1,4})\s*\(\s*$")
_RE_NOTE_OPENS_BEFORE = regex.compile(r"[-–,]\s*(?:là\s+)?đơn\s+vị\s+$|\p{L}\s*\(\s*(?:là\s+)?(?:đơn\s+vị\s+)?$", regex.I)
# an election by vote in the sentence, and a hand-over or a turn taken up (see _elected_for_year_opened)
_RE_ELECTS_NOW = regex.compile(r"\b(?:bầu|bầu chọn|bình chọn|suy tôn|(?<=\b(?:thống nhất|nhất trí)\s)cử)\b", regex.I)
_RE_HANDS_OVER_NOW = regex.compile(r"\b(?:bàn giao|chuyển giao|luân phiên|tiếp nhận|nhận nhiệm vụ|nhận vai trò|tiếp quản|kế nhiệm|năm tới|năm sau|"
                                   r"tiếp theo|kế tiếp|kỳ tới|sắp tới|trước đó|năm trước|đã từng)\b"
                                   # (a period noun and a word of succession after it: "nhiệm kỳ kế đến", "năm tiếp sau")
                                   r"|\b(?:năm|(?:nhiệm\s+)?kỳ|giai\s+đoạn|khóa|thời\s+gian)\s+(?:tiếp\s+(?:theo|sau|đến)|kế\s+(?:tiếp|đến|theo|sau)|sau|tới)\b", regex.I)
# (a modal of the future, read only up to the end of the elected unit's own clause: "A được cử làm Cụm trưởng, B sẽ giữ vai
# trò Cụm phó" says nothing of A's period)
_RE_WILL_NOW = regex.compile(r"\b(?:sẽ|dự kiến)\b", regex.I)
_RE_ANY_YEAR = regex.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_RE_JOIN = regex.compile(r"\s*(?:,|,?\s+và)\s*")
_RE_ROLES_GIVEN_TO = regex.compile(r"(?:\s+năm(?:\s+học)?\s+\d{4}(?:\s*[-–]\s*\d{4})?)?\s+cho\s+", regex.I)
_RE_ELECTS_BEFORE = regex.compile(r"\b(?:bầu|bầu chọn|chọn|giới thiệu|suy tôn|cử|thống nhất|nhất trí)\b", regex.I)
_RE_AND_ELECTS = regex.compile(r"\s+và\s+(?:(?:đã\s+)?(?:th[ốô]ng\s+nhất|nhất\s+trí)\s+)?(?:bầu|chọn|giới\s+thiệu)\b", regex.I)
# (or after the cluster's name the role word carried: "năm 2021, A là Khối trưởng Khối thi đua số 3, B là Khối phó")
# (or after the year the role word carried: "A sẽ là khối trưởng 2022 và B là khối phó 2022")
# (a name of words too: "A là Khối trưởng Khối Sự nghiệp và B là Khối phó")
# (or the name's rest after a role word that holds its head: "A là Trưởng Cụm thi đua số 4 năm 2024, B là Phó Trưởng Cụm")
_RE_JOIN_AFTER_NAME = regex.compile(r"(?:(?:\s+(?:cụm|khối)|(?<=\b(?:cụm|khối)|\bthi\s+đua))(?:\s+thi\s+đua)?(?:\s+(?:số\s+)?(?:\d{1,2}|[IVX]{1,5})|\s+(?-i:\p{Lu})\p{L}*(?:(?:\s+|\s*[-–]\s*)(?!(?:và|là|làm)(?!\p{L}))\p{L}+){0,3})?)?(?:\s+(?:năm\s+)?(?:19|20)\d{2})?"
                                    r"\s*(?:,|,?\s+và)\s*", regex.I)
_RE_SEMI_JOIN = regex.compile(r"\s*;\s*")
_RE_DATED_AGENT = regex.compile(r"\bgiao\s+ước\b[^.;]{0,40}?\bnăm\s+((?:19|20)\d{2})\s*,?\s+do\s+$", regex.I)
_RE_COMPLETED = regex.compile(r"\bhoàn\s+thành\b", regex.I)
_RE_HEARS_BEFORE = regex.compile(r"\b(?:lắng\s+)?nghe\s+", regex.I)  # (a verb of hearing: "nghe Sở A - đơn vị Trưởng khối trình bày")
_RE_AGENT_BEFORE = regex.compile(r"(?<!\p{L})được\s+(?=(?-i:\p{Lu}))")  # (the agent of a passive, a capitalised unit after it)
# (a list of speakers goes on after a role: "nghe A, Cụm trưởng, Cụm phó phát biểu"; "..., Cụm trưởng và đại diện các đơn vị ...")
_RE_SPEAKER_JOIN = regex.compile(r"\s*,\s*|\s+và\s+", regex.I)
_RE_SPEAKER_ITEM = regex.compile(r"(?:đại\s+diện|lãnh\s+đạo|các|những|một\s+số|thành\s+viên|(?:đơn\s+vị|địa\s+phương)\s+thành\s+viên)\b", regex.I)
# a role written before its unit, at the head of the sentence: "Là đơn vị Cụm trưởng năm 2024, ...",
# "Với vai trò Khối trưởng, ..."; the unit follows the comma, after the words of a representative
_RE_FRONTED = regex.compile(r"(?:(?:^|[.;:!?…\n]\s*)là|(?:^|[.;:!?…\n]\s*|(?<=\d),\s*)(?:với|trong)\s+(?:vai\s+trò|tư\s+cách)(?:\s+(?:là|làm))?)\s+" + _UNIT_WORD + r"?$",
                            regex.I | regex.REVERSE)
_RE_FRONTED_TAIL = regex.compile(r"[^,;.:\n]{0,60}?,\s*(?:(?:đại\s+diện|thay\s+mặt)(?:\s+(?:cho|lãnh\s+đạo))?\s+)?", regex.I)
_RE_AND_BEFORE = regex.compile(r"\s*(?:,|,?\s+và)\s*$", regex.I | regex.REVERSE)
_RE_LAST_JOIN = regex.compile(r"\s*,?\s+và\s*$", regex.I | regex.REVERSE)  # the last unit of the list, joined by "và"
_RE_TAKES_LISTED = regex.compile(r"\s(?:lần\s+lượt\s+)?(?:làm|là|giữ)(?:\s+(?:nhiệm\s+vụ|vai\s+trò|chức\s+vụ))?(?:\s+(?:đơn\s+vị))?\s*$", regex.I)
_RE_COMMA_BEFORE = regex.compile(r"\s*,\s*$", regex.I | regex.REVERSE)


def _joined_units(doc: Document, lo: int, span: tuple[int, int], roles: int = 0) -> list[tuple[int, int]]:
    """The units coordinated up to ``span`` ("A, B và C"), in order; [span] when none is joined before it. With ``roles``,
    the number of roles listed after the units' verb ("A, B được bầu làm Cụm trưởng, Cụm phó"), units joined by commas
    alone count too, when there are just as many."""
    out = [span]
    # the last one is joined by "và" (a comma alone may end a list of guests before the unit)
    if not _RE_LAST_JOIN.search(doc.text, lo, span[0]):
        if roles < 2:
            return out
        while len(out) < roles:
            jm = _RE_COMMA_BEFORE.search(doc.text, lo, out[0][0])
            prev = unit_before(doc, lo, jm.start()) if jm else None
            if prev is None or _role_res()["role"].search(doc.text, prev[0], prev[1]):
                return [span]
            out.insert(0, prev)
        # (no further unit joined before the first: the list is the roles' own)
        jm = _RE_AND_BEFORE.search(doc.text, lo, out[0][0])
        if jm is not None and unit_before(doc, lo, jm.start()) is not None:
            return [span]
        return out
    whole = _member_before(doc, lo, span[1])
    if whole is not None and whole[0] < span[0]:
        return [whole]  # (one member whose name holds "và": "Đài Phát thanh - Truyền hình và Báo Bình Phước là Khối trưởng")
    while len(out) < 6:
        jm = _RE_AND_BEFORE.search(doc.text, lo, out[0][0])
        prev = unit_before(doc, lo, jm.start()) if jm else None
        # a unit with its own role note ("A (đơn vị Cụm trưởng) và B (đơn vị Cụm phó)") is no part of it
        if prev is None or _role_res()["role"].search(doc.text, prev[0], prev[1]):
            break
        out.insert(0, prev)
    return out


def _role_list(t: str, m, b: int) -> list:
    """The roles listed from ``m`` on ("Cụm trưởng, Cụm phó"; "Khối trưởng và Khối phó"), as (role, match)."""
    rx = _role_res()["role"]
    out = [(_role_kind(m), m)]
    while True:
        jm = _RE_JOIN.match(t, out[-1][1].end(), b)
        nm = rx.match(t, jm.end(), b) if jm else None
        if nm is None:
            return out
        out.append((_role_kind(nm), nm))


_RE_TAKES_HANDOVER = regex.compile(r"\s+(?:đã\s+)?(?:tiếp\s+)?nhận\s+(?:bàn|chuyển)\s+giao(?:\s+(?:nhiệm\s+vụ|vai\s+trò))?(?:\s+đơn\s+vị)?\s+$", regex.I)


_RE_ROLE_LEAD_END = regex.compile(r"\s*(?:[-–,]\s*)?(?:là\s+)?(?:đơn vị|cơ quan)\s*$", regex.I)


@lru_cache(maxsize=None)
def _position_ends_re():
    """A person's position, no name after it, opening a clause and ending at the unit it heads."""
    # (not after a comma: "đồng chí A, Chủ tịch Hội B (Khối phó)" is a person's title, read with the person)
    # (or after the words that bring in the one who acts: "do Giám đốc Sở A (Khối trưởng) chủ trì", "Chủ trì có Giám đốc Sở A
    # (Khối trưởng)", "Thay mặt Giám đốc Sở A (Khối trưởng)")
    # (or after "là", the person named before it: "Ông A là Hiệu trưởng Trường B, đơn vị Trưởng khối")
    return regex.compile(r"(?:^|[;(]\s*|\s(?:và|cùng|do|có|bởi|là)\s+|(?<!\p{L})thay\s+mặt\s+)(?:" + positions_alt() + r")\s+$", regex.I)


# (a note on the unit before, that it holds a role: ", đơn vị nhận nhiệm vụ Cụm trưởng", ", là đơn vị Cụm phó")
_RE_UNIT_NOTE_HEAD = regex.compile(r"\s*,\s*(?:là\s+)?(?:đơn\s+vị|cơ\s+quan)\s", regex.I)
_RE_HONORIFIC_OPENS = regex.compile(r"(?<!\p{L})(?:ông|bà|đồng\s+chí|đ/c)\s+(?=(?-i:\p{Lu}))", regex.I)


def _unit_after_position(doc: Document, lo: int, end: int) -> tuple[int, int] | None:
    """The unit that runs to ``end`` right after a bare position ("Giám đốc Sở A"), the nearest first."""
    t = doc.text
    for u in reversed(list(unit_head_ci_re().finditer(t, max(lo, end - 140), end))):
        w = max(lo, u.start() - 60)
        # (the window's start is the clause's only where the segment starts: "^" is not matched at a search's pos)
        if not t[u.start()].isupper() or _position_ends_re().search(("x" if w > lo else "") + t[w:u.start()]) is None:
            continue
        span = unit_before(doc, u.start(), end)
        # (the unit alone: no note, honorific or person's name inside it, "UBND huyện A (Cụm phó) và đồng chí B ...")
        if span is not None and span[0] == u.start() and _named_person_re().search(t, span[0], span[1]) is None:
            return span
    return None


@lru_cache(maxsize=None)
def _named_person_re():
    return regex.compile(r"[()]|(?<!\p{L})(?:ông|bà|đồng chí|đ/c)\s|(?-i:" + _person_name() + r")", regex.I)


# an item of a bulleted or numbered list, at its line's start
_RE_LIST_ITEM = regex.compile(r"[ \t]*(?:[-+•*–]|\d{1,2}[.)])[ \t]")


# before the role word an item gives (the item's text after its bullet): nothing, "đơn vị", other role words ("- Cụm trưởng,
# Cụm phó: A, B"); or a verb that gives or takes it ("- Bầu A làm Cụm trưởng", "A giữ vai trò Cụm phó"); or the unit and a
# colon, a dash or a bracket, the role ending the item (_RE_ITEM_ROLE_ENDS)
_RE_ITEM_ROLES_BEFORE = regex.compile(r"\s*(?:(?:đơn\s+vị\s+)?(?:(?:phó\s+)?" + ROLE_WORDS + r")\s*(?:,|và|/)\s*)*"
                                      r"(?:đơn\s+vị\s+)?", regex.I)
_RE_ITEM_TAKES_BEFORE = regex.compile(r"\b(?:làm|là|giữ(?:\s+(?:vai\s+trò|chức(?:\s+vụ)?|vị\s+trí|nhiệm\s+vụ|cương\s+vị))?(?:\s+là)?|đảm\s+(?:nhận|nhiệm))"
                                      r"\s+(?:đơn\s+vị\s+)?$", regex.I)
_RE_ITEM_NOTE_BEFORE = regex.compile(r"(?:[:(]|\s[-–])\s*(?:đơn\s+vị\s+)?$", regex.I)
_RE_ITEM_ROLE_ENDS = regex.compile(r"(?:\s+năm\s+\d{4})?\s*\)?\s*[;,.]?\s*$", regex.I)


# the year a unit held a role in, in brackets after it: "Sở A (năm 2015)", "Sở A (Cụm trưởng năm 2015)"; a bare year only in a
# list of such units ("Sở A (2015), Sở B (2018)"), not another year of one unit's, "Công ty X (1995)" (group "bare")
_RE_YEAR_NOTE = regex.compile(r"\s*\(\s*(?:(?:(?:đơn\s+vị\s+)?(?:" + ROLE_NOTE_WORDS + r")\s+)?năm\s+|(?P<bare>))((?:19|20)\d{2})\s*\)", regex.I)
_RE_BARE_YEAR_NOTE = regex.compile(r"\(\s*(?:19|20)\d{2}\s*\)")
# a table's row the role opens, an ordinal cell at most before it: "Trưởng khối | Sở A", "| 1 | Cụm phó | Sở B |" (the role new
# at most: "Tân Cụm trưởng | Sở A"; unit_next reads the same rows)
_ROW_CELL_OPEN = r"[ \t]*\|?[ \t]*(?:\d{1,2}[ \t]*\|[ \t]*)?(?:(?:đơn\s+vị|tân)\s+)?"
_RE_ROLE_ROW = regex.compile(_ROW_CELL_OPEN + r"(?=\p{L}[\p{L} ]{0,25}[ \t]*\|)(?:" + ROLE_NOTE_WORDS + r")(?=[ \t]*\|)",
                           regex.I)
# an act of the meeting that gives roles, in a lead that names none: "Hội nghị thống nhất nhân sự năm 2024:", "Phân công
# nhiệm vụ năm 2024:"
_RE_LEAD_ACT = regex.compile(r"\b(?:thống\s+nhất|nhất\s+trí|biểu\s+quyết|bầu|phân\s+công|giao)\b", regex.I)


# a line a role word labels, before a colon: "Trưởng khối: Sở A.", "- Đơn vị Cụm phó: B;" (no year: "Cụm trưởng năm 2025: A" dates itself)
_RE_LABEL_AFTER_ROLE = regex.compile(r"\s*:", regex.I)


def _label_line(t: str, a: int, b: int, at: int | None) -> bool:
    """The line from ``a`` opens (after a bullet) with a role word before a colon (the one at ``at``, if given)."""
    im = _RE_LIST_ITEM.match(t, a, b)
    p = _RE_ITEM_ROLES_BEFORE.match(t, im.end() if im else a, b).end()
    p += len(t[p:b]) - len(t[p:b].lstrip(" \t"))
    rm = _role_res()["role"].match(t, p, b)
    return rm is not None and (at is None or rm.start() == at) and _RE_LABEL_AFTER_ROLE.match(t, rm.end(), b) is not None


def _lead_above(t: str, ls: int, passes) -> tuple[int, int] | None:
    """The lead over the line starting at ``ls``: up to twelve lines above it that ``passes(start, end)`` accepts are passed,
    and the next line up must end with a colon; its own sentence's start (after a ". " or "; " in the line) and the colon."""
    for _ in range(12):
        if ls == 0:
            return None
        ps = t.rfind("\n", 0, ls - 1) + 1
        if not passes(ps, ls):
            break
        ls = ps
    else:
        return None
    lead = t[ps:ls].rstrip()
    if not lead.endswith(":"):
        return None
    colon = ps + len(lead) - 1
    stop = max(t.rfind(". ", ps, colon), t.rfind("; ", ps, colon))  # (the lead's own sentence)
    return (stop + 2 if stop >= 0 else ps), colon


# a line that is no heading: a photo's caption ("Ảnh: ..."), a person named with an honorific, or a person's act at the
# meeting (lexicons/roles.json: presided, spoke) — "Ảnh: Đồng chí A, Giám đốc Sở B, Trưởng khối năm 2025 phát biểu"
_RE_CAPTION = regex.compile(r"\W*(?:ảnh|hình\s+ảnh|photo)\b", regex.I)


@lru_cache(maxsize=None)
def _person_act_re():
    r = lexicon.table("roles.json")
    return regex.compile(r"(?<!\p{L})" + alternation((*r["presided"], *r["spoke"])) + r"(?!\p{L})", regex.I)


def _is_heading(line: str) -> bool:
    """``line`` (with no full stop) may head the lines after it: no caption, no person, no person's act."""
    return (_RE_CAPTION.match(line) is None and _RE_HONORIFIC_AT.search(line) is None
            and _person_act_re().search(line) is None)


# the unit given a role withdraws from it: "Tuy nhiên, A xin rút nên hội nghị đã bầu B làm Cụm trưởng"
_RE_WITHDRAWS = regex.compile(r"\b(?:xin\s+rút|rút\s+khỏi|từ\s+chối|xin\s+thôi|xin\s+không\s+(?:làm|nhận|đảm\s+nhận))\b", regex.I)


def _withdrew(t: str, cur: UnitRoleDraft, span) -> bool:
    """The unit first read for a role of the next period withdrew from it before the one at ``span`` took it (within a few
    sentences): the later one is the role's."""
    org = cur.organization
    if org is None or not org.end <= span[0] <= org.end + 400:
        return False
    gap = t[org.end:span[0]]
    return ("rút" in gap or "từ chối" in gap or "xin" in gap) and _RE_WITHDRAWS.search(gap) is not None


class _RoleSentence:
    """The roles of one sentence, read one role word at a time by the forms below, most specific first."""

    def __init__(self, doc: Document, a: int, b: int):
        self.doc, self.t, self.a, self.b = doc, doc.text, a, b
        self.next_end = None  # where the last role this sentence elects for the next period ends
        self.next_kind = None  # and which role it is
        self.handover_end = None  # after a handover: where its clause ends, if a ";" ends it
        self.last = None  # (where the last role read after its unit ends, whether it was for the next period)
        self.done = set()  # role words already given a unit (a list of roles read at once)
        self.recalled = False  # the sentence tells of another, earlier meeting ("Trước đó, tại Hội nghị tổng kết ..., Cụm đã bầu ...")

    def _elected_for_year_opened(self, span) -> bool:
        """At the meeting that opens a year (meeting.kind giao_uoc, a period of a year), the sentence elects units to roles
        dated that same year or not dated, with no hand-over or word of a later period in it: the roles of the meeting's period, annotation.md rule 9
        ("Hội nghị đã bầu Sở A làm Cụm trưởng, Sở B làm Cụm phó năm 2024" at the signing for 2024); a unit that takes the role
        over at the meeting ("luân phiên nhận", "bàn giao ... cho") stays the next one."""
        kind = self.doc.draft.scalars.get("meeting.kind")
        per = self.doc.draft.scalars.get("meeting.period")
        if kind is None or kind.value != "giao_uoc" or per is None or per.value.get("span") != "year" or not per.value.get("year"):
            return False
        t, a, b = self.t, self.a, self.b
        if _RE_ELECTS_NOW.search(t, a, b) is None or _RE_HANDS_OVER_NOW.search(t, a, b) is not None:
            return False
        cl = regex.compile(r"[,;]").search(t, span[1], b)
        if _RE_WILL_NOW.search(t, a, cl.start() if cl is not None else b) is not None:
            return False
        # (every year the sentence writes is the one opened, or it writes none: "X được các đơn vị thống nhất cử làm Phó trưởng
        # khối" at the launch of 2025)
        return all(int(y) == per.value["year"] for y in _RE_ANY_YEAR.findall(t, a, b))

    def put(self, role: str, nxt: bool, span) -> None:
        roles = self.doc.draft.roles
        if nxt and self.recalled:
            # (elected at the earlier meeting recalled, not at this one: the role of this meeting's period if the role's year is
            # that period's, "Trước đó, tại Hội nghị tổng kết năm 2024, Cụm đã bầu A làm Cụm trưởng năm 2025" at the signing for
            # 2025; else no role of this meeting)
            ry = _role_year_re().search(self.t, self.a, self.b)
            per = self.doc.draft.scalars.get("meeting.period")
            if ry is None or not ry.group("year") or per is None or per.value.get("year") != int(ry.group("year")):
                return
            nxt = False
        elected_now = nxt and span is not None and self._elected_for_year_opened(span)
        if elected_now:
            nxt = False
        key = ("next_" if nxt else "") + role
        if span is None:
            return
        # (the words that lead to the role are no part of the unit: "Liên đoàn Lao động huyện A - đơn vị làm Cụm trưởng")
        lead = _RE_ROLE_LEAD_END.search(self.t, span[0], span[1])
        if lead is not None and lead.start() > span[0]:
            span = (span[0], lead.start())
        if key in roles and nxt and (self._bare_in_headline(roles[key], span) or _withdrew(self.t, roles[key], span)):
            roles[key] = UnitRoleDraft(Found(self.t[span[0]:span[1]], span[0], span[1]))
            return
        if key in roles:
            # (a unit first written with its place's kind alone, "Hội Nông dân (HND) huyện - Cụm trưởng", then with the place
            # named, "do HND huyện Tân Uyên làm Cụm trưởng": the second names it whole)
            cur = roles[key].organization
            if cur is None or roles[key].person is not None or not _RE_BARE_KIND_END.search(cur.value):
                return
            new = fold(self.t[span[0]:span[1]])
            if not any(new.startswith(x + " ") for x in [fold(cur.value), *_short_forms(cur.value)]):
                return
            # (of the same year: not "Năm 2022, UBND huyện A là Cụm trưởng" at the review of 2023)
            said = _RE_CLAUSE_YEAR.search(self.t, self.a, span[0]) or _RE_YEAR_OPENS_CLAUSE_BEFORE.search(self.t, self.a, span[0])
            per = self.doc.draft.scalars.get("meeting.period")
            if said is None or per is not None and per.value.get("year") == int(said.group("y")):
                roles[key] = UnitRoleDraft(Found(self.t[span[0]:span[1]], span[0], span[1]))
            return
        roles[key] = UnitRoleDraft(Found(self.t[span[0]:span[1]], span[0], span[1]), elected=elected_now)

    def _bare_in_headline(self, cur: UnitRoleDraft, span) -> bool:
        """The unit elected was read first from the headline by its bare name ("Tây Ninh làm Cụm trưởng ... năm 2026"), and the
        body names it with its kind of place ("thống nhất giới thiệu tỉnh Tây Ninh làm Cụm trưởng"): the body's form is the value."""
        org = cur.organization
        if org is None or cur.person is not None or span[0] < org.end:
            return False
        title = next((b for b in self.doc.blocks if b.kind == "title"), None)
        if title is None or not title.start <= org.start < title.end or title.start <= span[0] < title.end:
            return False
        new = fold(self.t[span[0]:span[1]])
        return new != fold(org.value) and new.endswith(" " + fold(org.value))

    def is_next(self, a: int, b: int, m) -> bool:
        # (an item of a list under a lead that names the roles for the next period: "Hội nghị đã bầu Cụm trưởng, Cụm phó năm
        # 2025, cụ thể:" / "- Cụm trưởng: A;")
        if self.lead_is_next(m) and self.item_assigns(m):
            return True
        if self.heading_is_next(m):
            return True
        if self.row_lead_is_next(m):
            return True
        # (the clauses after a handover give the roles handed over too: "bàn giao trưởng khối cho X; Y đảm nhận khối phó")
        # (only with a verb of taking the role on: "...; Sở Nội vụ, Cụm phó năm 2024 cảm ơn" names the present one)
        if self.handover_end is not None:
            if _RE_TAKES_ON.search(self.t, self.handover_end, m.start()) is not None:
                return True
            a = max(a, self.handover_end)  # (the handover's own words tell nothing of this clause)
        return _is_next(self.doc, a, b, m.start(), (max(self.a, a), self.b))

    def item_assigns(self, m) -> bool:
        """The role word ``m`` is what its list item gives a unit ("- Cụm trưởng: A", "- Đơn vị Cụm phó: B", "- Bầu A làm Cụm
        trưởng", "- A: Cụm trưởng", "- A (Cụm trưởng);"), not a note on a unit named in another act ("- Nhất trí với báo cáo
        do A (Cụm trưởng) trình bày;")."""
        t = self.t
        im = _RE_LIST_ITEM.match(t, self.a, self.b)
        if im is None:
            return False
        body = t[im.end():m.start()]
        if _RE_ITEM_ROLES_BEFORE.fullmatch(body) or _RE_ITEM_TAKES_BEFORE.search(body):
            return True
        # (the unit, then the role after a colon, a dash or in brackets, nothing after it: "- Sở A (Cụm trưởng);")
        return _RE_ITEM_NOTE_BEFORE.search(body) is not None and starts_with_unit_head(body) \
            and _RE_ITEM_ROLE_ENDS.match(t, m.end(), self.b) is not None

    def lead_is_next(self, m) -> bool:
        """The sentence is an item of a list ("- Cụm trưởng: A;", "+ Đơn vị Cụm phó: B") under a lead line that names the roles
        and ends with a colon, and the lead gives them for the next period ("Hội nghị đã bầu Cụm trưởng, Cụm phó năm 2025, cụ
        thể:", "Về Trưởng, Phó Khối năm 2025, hội nghị thống nhất:"); the lead is read on its text, whatever block it is."""
        t = self.t
        ls = t.rfind("\n", 0, self.a) + 1
        if t[ls:self.a].strip() or not _RE_LIST_ITEM.match(t, self.a, self.b):
            return False
        lead = _lead_above(t, ls, lambda ps, pe: _RE_LIST_ITEM.match(t, ps, pe) is not None)  # (past the items before it)
        if lead is None:
            return False
        la, colon = lead
        rm = search(_role_res()["role"], t, la, colon)
        if rm is None and _RE_AGREED_LEAD.search(t, la, colon + 1) is not None:
            # (a lead that names no role, only the members' agreement, gives the roles its items assign for the next period,
            # unless it dates them in the period reviewed: "Năm 2025, các thành viên thống nhất:" / "- Sở A làm Trưởng khối")
            per = self.doc.draft.scalars.get("meeting.period")
            per_year = per.value.get("year") if per is not None else None
            ys = [int(y) for y in regex.findall(r"\bnăm\s+(?:học\s+(?:19|20)\d{2}\s*[-–]\s*)?((?:19|20)\d{2})\b", t[la:colon], regex.I)]
            return not (ys and per_year and min(ys) <= per_year) and self._bare_role_item(m, per_year)
        return rm is not None and _is_next(self.doc, la, colon, rm.start(), (la, colon))

    def _bare_role_item(self, m, per_year) -> bool:
        """The list item of the role word ``m``, under a lead that only tells the members agreed, gives roles alone ("- Sở A làm
        Trưởng khối, Sở B làm Phó Trưởng khối;", a later year at most): no year up to the one reviewed in it ("- Sở A là Trưởng
        khối năm 2024 có trách nhiệm ...") and, when the unit comes first, no task after the roles ("- Giao Sở A là Trưởng khối
        hoàn thiện báo cáo ...")."""
        t = self.t
        im = _RE_LIST_ITEM.match(t, self.a, self.b)
        if im is None:
            return False
        eol = t.find("\n", im.end(), self.b)
        eol = self.b if eol < 0 else eol
        if any(not per_year or int(y) <= per_year for y in _RE_BARE_YEAR.findall(t, im.end(), eol)):
            return False
        if _RE_ITEM_ROLES_BEFORE.fullmatch(t[im.end():m.start()]):
            return True  # ("- Trưởng khối: Sở A;": the role labels the unit)
        ry = _role_year_re().match(t, m.start(), eol)
        at = ry.end() if ry is not None else m.end()
        nw = _RE_NEXT_YEAR_WORDS.match(t, at, eol)
        at = nw.end() if nw is not None else at
        at = at + 1 if t.startswith(")", at) else at  # ("- Sở A (Trưởng khối);")
        return _given_roles_end_re().match(t, at, eol) is not None

    def row_lead_is_next(self, m) -> bool:
        """The role word ``m`` labels its line, a bullet before it or none ("Cụm trưởng: A") or opens a table's row ("Trưởng khối | A"), no
        year in the line, under a lead line ending with a colon past the other such lines and a header row ("Chức danh | Đơn
        vị"): the lead gives the roles for the next period by its role words (as lead_is_next reads them) or, naming none, by
        an act of the meeting and only years after the one reviewed ("Hội nghị thống nhất nhân sự năm 2024:")."""
        lead = self._row_lead(m)
        if lead is None:
            return False
        t, (la, colon) = self.t, lead
        rm = search(_role_res()["role"], t, la, colon)
        if rm is not None:
            return _is_next(self.doc, la, colon, rm.start(), (la, colon))
        per = self.doc.draft.scalars.get("meeting.period")
        per_year = per.value.get("year") if per is not None else None
        ys = [int(y) for y in _RE_BARE_YEAR.findall(t, la, colon)]
        return bool(per_year and ys and min(ys) > per_year and _RE_LEAD_ACT.search(t, la, colon))

    def row_lead_is_past(self, m) -> bool:
        """The role word ``m`` labels its line or opens a table's row under a lead (as row_lead_is_next finds it) whose years are
        all before the one reviewed ("Các đơn vị giữ vai trò Cụm trưởng, Cụm phó năm 2023:" at the review of 2024): a role of a
        year past, none now."""
        lead = self._row_lead(m)
        per = self.doc.draft.scalars.get("meeting.period")
        if lead is None or per is None or not per.value.get("year"):
            return False
        ys = [int(y) for y in _RE_BARE_YEAR.findall(self.t, lead[0], lead[1])]
        return bool(ys) and max(ys) < per.value["year"]

    def _row_lead(self, m) -> tuple[int, int] | None:
        """The lead's sentence (its start, its colon) over the label line or the table's row the role word ``m`` opens."""
        t = self.t
        ls = t.rfind("\n", 0, m.start()) + 1
        eol = t.find("\n", m.start())
        eol = len(t) if eol < 0 else eol
        if not (_label_line(t, ls, eol, m.start()) or _RE_ROLE_ROW.match(t, ls, eol) and _RE_ROLE_ROW.match(t, ls, eol).end() == m.end()) \
                or _RE_BARE_YEAR.search(t, ls, eol):
            return None

        def passes(ps: int, pe: int) -> bool:  # (past the rows, the label lines and blank lines before it)
            line = t[ps:pe].strip()
            return not line or "|" in line or _label_line(t, ps, pe, None)
        return _lead_above(t, ls, passes)

    def heading_is_next(self, m) -> bool:
        """The role word ``m`` labels its line ("Trưởng khối: Sở A.", "- Phó Trưởng khối: Sở B;"), no year of its own, under a
        heading line with no full stop that names the roles for the next period ("III. TRƯỞNG KHỐI, PHÓ TRƯỞNG KHỐI NĂM 2025"
        at the review of 2024), past the other label lines and blank lines between."""
        t = self.t
        ls = t.rfind("\n", 0, self.a) + 1
        if t[ls:self.a].strip() or not _label_line(t, ls, self.b, m.start()):
            return False
        for _ in range(12):
            if ls == 0:
                return False
            ps = t.rfind("\n", 0, ls - 1) + 1
            line = t[ps:ls].strip()
            if not line or _label_line(t, ps, ls, None):
                ls = ps
                continue
            if len(line) > 150 or line[-1] in ".;:" or not _is_heading(line):
                return False
            # (by the heading's own year alone, a year after the period's: no cue of its words, "luân phiên", "tiếp nhận", "bầu
            # tại Hội nghị tổng kết năm 2024", dates the roles it names)
            per = self.doc.draft.scalars.get("meeting.period")
            ym = search(_role_year_re(), t, ps, ps + len(t[ps:ls].rstrip()))
            if ym is None or per is None or not per.value.get("year"):
                return False
            return bool(ym.group("later")) or int(ym.group("year")) > per.value["year"]
        return False

    def handover(self) -> bool:
        """"bàn giao (đơn vị) Cụm trưởng ... (từ X) cho (về) Y": X the role now, Y the next one."""
        doc, t, seg_a, seg_b, rr = self.doc, self.t, self.a, self.b, _role_res()
        # (the words first, in lower case: "bàn g" has no letter that case folding matches otherwise)
        low = doc.cues.lower
        if (low.find("bàn g", seg_a, seg_b) < 0 and low.find("chuyển g", seg_a, seg_b) < 0 and low.find("trao ", seg_a, seg_b) < 0) \
                or not search(rr["handover"], t, seg_a, seg_b):
            return False
        role_m = search(rr["role"], t, seg_a, seg_b)
        # (or "về Y", "sang Y": "X bàn giao đơn vị Cụm trưởng năm 2024 về Y")
        cho = search(r"\b(?:cho|(?:về|sang)(?=\s+(?-i:\p{Lu})))\s+", t, role_m.end() if role_m else seg_a, seg_b)
        if role_m and not cho:
            # "Y nhận bàn giao (nhiệm vụ) Trưởng Khối ... từ X": Y the next one, X the one now
            nb = _RE_TAKES_HANDOVER.search(t, seg_a, role_m.start())
            tu = search(r"\btừ\s+", t, role_m.end(), seg_b) if nb else None
            nxt = unit_before(doc, seg_a, nb.start()) if tu else None
            if nxt is not None:
                role = _role_kind(role_m)
                self.put(role, True, nxt)
                self.put(role, False, unit_after(doc, tu.end(), seg_b))
                return True
        if not (role_m and cho):
            return False
        role = _role_kind(role_m)
        tu = search(r"\btừ\s+", t, role_m.end(), cho.start())
        if tu:
            self.put(role, False, unit_after(doc, tu.end(), cho.start()))
        else:
            # (the one who hands it over holds it now; not the body that assigns it: "Bộ đã giao nhiệm vụ Cụm trưởng ... cho X")
            verb = search(r"\s+(?:cũng\s+)?(?:đã\s+)?(?:tiến hành\s+)?(?:(?:bàn|chuyển) giao|trao)\b", t, seg_a, seg_b)
            if verb is not None:
                # (its own note on the role it held is no part of it: "A (Cụm trưởng năm 2024) đã bàn giao ...", "A, đơn vị
                # Cụm trưởng năm 2024, đã bàn giao ...")
                cut, held = role_note(t[seg_a:verb.start()].rstrip(" ,"))
                end = seg_a + len(t[seg_a:seg_a + cut].rstrip(" ,")) if held == role else verb.start()
                self.put(role, False, unit_before(doc, seg_a, end))
        # (the one it is handed to may be a person with her position: "cho bà A - Giám đốc Quỹ tín dụng B")
        nxt = unit_after(doc, past_person(doc, cho.end(), seg_b), seg_b)
        self.put(role, True, nxt)
        # (a clause after a semicolon is read on its own: "...; Ban Y đảm nhận khối phó năm 2016")
        semi = t.find(";", nxt[1] if nxt else cho.end(), seg_b)
        if semi < 0:
            # (or an election joined by "và": "trao lại vị trí cụm trưởng cho X và thống nhất bầu Y vào vị trí cụm phó")
            elects = search(_RE_AND_ELECTS, t, nxt[1] if nxt else cho.end(), seg_b)
            semi = elects.start() if elects is not None else -1
        self.handover_end = semi if semi >= 0 else None
        # "..., cụm phó (là) Z": the other role handed over in the same clause
        more = rr["role"].match(t, nxt[1] + 2, seg_b) if nxt and t.startswith(", ", nxt[1]) else None
        if more is not None and _role_kind(more) != role:
            lm = cre.match(r"\s*(?:là\s+|:\s*)?", t[more.end():seg_b])
            self.put(_role_kind(more), True, unit_after(doc, more.end() + lm.end(), seg_b))
        return True

    def read(self, m) -> None:
        if m.start() in self.done:
            return
        kind = self.doc.draft.scalars.get("meeting.kind")
        if kind is not None and kind.value != "giao_uoc" and _role_year_against_period(self.doc, m) < 0:
            return  # a role of a year before the one reviewed: "A từng giữ vai trò Cụm trưởng năm 2019" at the review of 2021
        if kind is not None and kind.value != "giao_uoc" and self.row_lead_is_past(m):
            return  # a row under a lead of a year past: "Các đơn vị giữ vai trò Cụm trưởng năm 2023:" / "Cụm trưởng | Sở A"
        # "Thường trực Cụm" is the chair unless the sentence names a Cụm trưởng besides ("A làm cụm trưởng; B làm
        # Thường trực cụm": then it is a standing office)
        if m.group(0)[:1] in "Tt" and m.group(0).lower().startswith("thường trực") and any(
                not o.group(0).lower().startswith("thường trực") for o in _role_res()["role"].finditer(self.t, self.a, self.b)):
            return
        for form in (self.on_behalf, self.fronted, self.then_unit, self.then_agent, self.unit_before_role, self.shared_verb,
                     self.elected_between, self.second_predicate):
            if form(m):
                return

    def fronted(self, m) -> bool:
        """The role written first, then its unit: "Là đơn vị Cụm trưởng năm 2024, (đại diện) Sở X đã ..."."""
        t = self.t
        if not _RE_FRONTED.search(t[self.a:m.start()]):
            return False
        cm = _RE_FRONTED_TAIL.match(t, m.end(), self.b)
        span = unit_after(self.doc, cm.end(), self.b) if cm else None
        if span:
            self.put(_role_kind(m), self.is_next(self.a, cm.end(), m), span)
        return span is not None

    def then_unit(self, m) -> bool:
        """The unit after: "Trưởng cụm là X", "bầu đơn vị Cụm trưởng ... năm 2018 là X" (tried before the unit
        before: ", Cụm phó năm 2024 là Y" must not read as an apposition to the unit before)."""
        if self.roles_then_units(m):
            return True
        tm = _role_res()["then_unit"].match(self.t, m.start(), self.b)
        # (a cluster's number before the dash, not a year's last digits: "Cụm trưởng năm 2022 - Sở X")
        dn = cre.search(r"(?<!\d)(\d{1,2})\s*[-–]\s*$", tm.group(0)) if tm else None
        num = self.doc.draft.scalars.get("cluster.number")
        if dn is not None and num is not None and int(dn.group(1)) != num.value:
            tm = None  # "Trưởng Cụm thi đua số 5 - Sở X" at the meeting of Cụm 3: another cluster's chair
        if dn is not None and _RE_NOTE_OPENS_BEFORE.search(self.t, max(self.a, m.start() - 20), m.start()):
            # "A - đơn vị Cụm trưởng Cụm thi đua số 9 - Công an thành phố": a note on the unit before, the cluster's
            # parent body after the dash
            tm = None
        ap = _RE_APPOSED_BEFORE_ROLE.search(self.t, max(self.a, m.start() - 6), m.start()) if dn is not None else None
        if ap is not None and not _person_dash_re().search(self.t, max(self.a, m.start() - 60), m.start()) \
                and not _person_comma_re().search(self.t, max(self.a, m.start() - 60), m.start()) \
                and not _RE_VENUE_PIECE_BEFORE.search(self.t, max(self.a, m.start() - 120), m.start()) \
                and unit_before(self.doc, self.a, ap.start() + 1) is not None:
            # "A, Cụm trưởng Cụm thi đua số 3 - Bộ Y, tổ chức ...": the role is a note on the unit before it, the cluster's
            # name runs on to its parent body after the dash (not a person before: his unit may follow the dash; nor the
            # meeting's place, "tại tỉnh A, Cụm trưởng Cụm thi đua số 5 - Đại học A tổ chức"; nor a clause's opening words,
            # no unit, "Theo đó, Cụm trưởng Cụm thi đua số 2 - Sở A đã ...", "Giám đốc Sở A Lê B, Cụm trưởng ...": the role
            # is the subject, its unit after the dash)
            tm = None
        # (after a dash the unit runs to the clause's verb, or to "về" and what the document it issued is about:
        # "Kế hoạch của đơn vị Cụm trưởng năm 2022 - Sở X về tổ chức hội nghị", "Cụm trưởng năm 2022 - Sở X chủ trì")
        dash_end = self.b
        if tm is not None and tm.group(0).rstrip()[-1:] in "-–" and (pos := _position_re().match(self.t, tm.end(), self.b)) \
                and not starts_with_unit_head(self.t[tm.end():tm.end() + 40]) \
                and _name_after_unit_re().search(self.t, pos.end(), _clause_stop(self.t, pos.end(), self.b)) is not None:
            # a person's position after the dash, his name after its unit: "Cụm trưởng Cụm thi đua số 4 - Chủ tịch UBND xã A
            # Trần Văn B trình bày": the person holds the role (read with the people), the unit is his position's
            # (no name after it, "Cụm trưởng năm 2023 - Chủ tịch UBND huyện A đã trình bày": nobody carries the role, the
            # position's unit is the chair, read below)
            return False
        if tm is not None and tm.group(0).rstrip()[-1:] in "-–":
            stop = search(_RE_AFTER_DASHED_UNIT, self.t, tm.end(), self.b)
            dash_end = stop.start() if stop is not None else self.b
        elif tm is not None:
            # (after "là" too the unit ends before the verb of what it does: "Trưởng khối là Trường X phát biểu khai mạc")
            stop = search(_RE_UNIT_NEXT_STOP, self.t, tm.end(), self.b)
            dash_end = stop.start() if stop is not None else self.b
        span = unit_after(self.doc, tm.end(), dash_end) if tm else None
        if tm is None:
            # "đơn vị Trưởng khối thi đua năm 2023 (Sở Xây dựng)": the unit in brackets after its role
            tm = _RE_ROLE_THEN_BRACKET.match(self.t, m.end(), self.b)
            # (not where a unit and a dash stand before the role, the note on it: "Đài X - Cụm trưởng Cụm thi đua số 7 (Bộ Y)"
            # has the cluster's parent body in the brackets)
            # (a person before the dash leaves the unit to the brackets: "đồng chí A - Trưởng Khối thi đua (Sở X)")
            if tm is not None and _RE_DASH_BEFORE_ROLE.search(self.t, max(self.a, m.start() - 6), m.start()) \
                    and not _person_dash_re().search(self.t, max(self.a, m.start() - 60), m.start()):
                tm = None
            close = self.t.find(")", tm.end(), self.b) if tm else -1
            span = unit_after(self.doc, tm.end(), close) if close > 0 else None
            if span is not None and (span[1] != close or cre.match(r"(?:cụm|khối)\b", self.t[span[0]:span[1]], regex.I)
                                     or _RE_NATIONAL_BODY.match(self.t, span[0], span[1]) and _RE_NUMBER_THEN_BRACKET.search(tm.group(0))):
                span = None  # the brackets hold more than one unit's name, or the cluster's other name ("(Khối nội chính)") or parent
        if span is None and tm is None:
            un = _role_res()["unit_next"].match(self.t, m.start(), self.b)
            # (a unit's head must open what follows: not a person, a position or a second role, "Cụm trưởng - Bà A",
            # "Cụm trưởng - Tổng Giám đốc Công ty X", "Cụm trưởng - Cụm phó"; nor among the guests, "Tới dự có Trưởng
            # khối - Sở X", another bloc's chair)
            if un is not None and (not starts_with_unit_head(self.t[un.end():un.end() + 40])
                                   or _RE_GUEST_LEAD.search(self.t, self.a, m.start())):
                un = None
            stop = search(_RE_UNIT_NEXT_STOP, self.t, un.end(), self.b) if un else None
            end = stop.start() if stop else self.b
            if un is not None and "|" in un.group(0):
                cell = self.t.find("|", un.end(), end)  # (a table's cell ends at the next bar)
                end = cell if cell >= 0 else end
            span = unit_after(self.doc, un.end(), end, allow_lower=True) if un else None
            if span is not None and span[1] - span[0] < 4:
                span = None
            tm = un if span is not None else None
        if span is None and tm is not None and self.person_then_title(m, tm.end()):
            return True
        if span and (past := _RE_YEAR_NOTE.match(self.t, span[1], self.b)) is not None \
                and (past.group("bare") is None or len(_RE_BARE_YEAR_NOTE.findall(self.t, self.a, self.b)) > 1):
            per = self.doc.draft.scalars.get("meeting.period")
            if per is not None and per.value.get("year") and int(past.group(2)) < per.value["year"]:
                return True  # "lần lượt làm Cụm trưởng: Sở A (năm 2015), Sở B (năm 2018)": the role of a year past, none now
        note = _RE_NOTE_AFTER.match(self.t, span[1], self.b) if span else None
        if note and role_note(self.t[span[0]:note.end()])[1]:
            return False  # "bầu cụm trưởng và cụm phó là A (Cụm trưởng) và B (Cụm phó)": each unit's own note says
        if span and _own_role_after_re().match(self.t, span[1], self.b):
            return False  # "bầu Trưởng khối, Phó Trưởng khối năm 2024: A làm Trưởng khối; B làm ...": each unit's own verb says
        if span:
            self.put(_role_kind(m), self.is_next(self.a, tm.end(), m) or self._shares_next_year(m), span)
        return span is not None

    def _shares_next_year(self, m) -> bool:
        """The role at ``m`` opens the clause after a semicolon, with no year of its own, and the clause before gives the other
        role dated after the period reviewed: the two share that year ("... nhiệm vụ Cụm trưởng năm 2025 cho A; Cụm phó là B"
        at the review of 2024)."""
        t = self.t
        sc = t.rfind(";", self.a, m.start())
        if sc < 0 or t[sc + 1:m.start()].strip() or _RE_ROLE_YEAR_AFTER.match(t, m.end(), m.end() + 40):
            return False
        s0 = max(self.a, t.rfind(";", self.a, sc) + 1)
        return any(_role_kind(r) != _role_kind(m) and _role_year_against_period(self.doc, r) > 0
                   for r in _role_res()["role"].finditer(t, s0, sc))

    def then_agent(self, m) -> bool:
        """The role, then the unit that takes it: "Cụm trưởng năm 2025 do A đảm nhiệm", "Năm 2025, Cụm trưởng sẽ do A
        đảm nhận", "thống nhất luân phiên Cụm trưởng năm 2025 cho A"."""
        t = self.t
        tm = _role_res()["then_agent"].match(t, m.start(), self.b)
        if tm is None or _RE_GIVER_BEFORE.search(t, max(self.a, m.start() - 30), m.start()):
            return False  # ("trao Giấy khen của Cụm trưởng cho Sở X": the role gives an award, it is not given)
        verb = search(_RE_TAKES_VERB, t, tm.end(), min(self.b, tm.end() + 120))  # (the unit ends before it)
        if tm.group("do") and verb is None:
            return False
        end = verb.start() if verb else self.b
        # (given to a person with her position: "... cho bà A - Giám đốc Quỹ tín dụng B")
        span = unit_after(self.doc, tm.end() if tm.group("do") else past_person(self.doc, tm.end(), end), end)
        if span is None or not _RE_AGENT_TAKES.match(t, span[1], self.b):
            return False
        if tm.group("turn") and not self.turn_of_this_period_or_next(tm, span):
            return False
        self.put(_role_kind(m), True if tm.group("will") else self.is_next(self.a, tm.end(), m), span)
        return True

    def turn_of_this_period_or_next(self, tm, span) -> bool:
        """The role given in the passive by turn ("vai trò Cụm trưởng được luân phiên cho A") is a turn told for a year the
        clause names, not before the one the meeting reviews or signs for ("Năm 2026, vai trò Cụm trưởng được luân phiên cho
        A"); not an undated rule or history of turns ("Vai trò Cụm phó được luân phiên cho A", "Năm 2023, ... được luân phiên
        giao cho A", "Từ năm 2020 đến nay, ... cho A, B và C": the units in turn, a list)."""
        t = self.t
        years = [int(y) for y in _RE_TURN_YEAR.findall(t, self.a, tm.end())]
        per = self.doc.draft.scalars.get("meeting.period")
        py = per.value.get("year") if per is not None else None
        if not years or py is not None and min(years) < py:
            return False
        return _RE_TURN_LIST_GOES_ON.match(t, span[1], self.b) is None

    def person_then_title(self, m, at: int) -> bool:
        """"Trưởng Cụm ... năm 2013 là đồng chí A, Chủ tịch UBND huyện X": the unit of the person's position holds the
        role, and the person acts for it."""
        t = self.t
        hon = _RE_HONORIFIC_AT.match(t, at, self.b)
        nm = _RE_NAME_AT.match(t, hon.end(), self.b) if hon else None
        title = title_after(self.doc, nm.end(), self.b)[0] if nm else None
        org = _head_org(self.doc, title) if title is not None else None
        if org is None:
            return False
        self.put_with_person(m, at, org, nm)
        return True

    def roles_then_units(self, m) -> bool:
        """Roles listed, then their units in the same order: "Trưởng khối, Phó Trưởng khối năm 2021 là A và B"."""
        listed = _role_list(self.t, m, self.b)
        if len(listed) < 2:
            return False
        tm = _role_res()["then_unit"].match(self.t, listed[-1][1].start(), self.b)
        given_to = tm is None
        if tm is None:
            # (or handed "cho" the units in the same order: "giao nhiệm vụ Cụm trưởng, Cụm phó năm 2024 cho A và B")
            tm = _RE_ROLES_GIVEN_TO.match(self.t, listed[-1][1].end(), self.b)
            if tm is None or not _RE_NEXT.search(self.t, max(self.a, m.start() - 40), m.end()):
                return False
        spans, pos = [], tm.end()
        while len(spans) < len(listed):
            span = unit_after(self.doc, pos, self.b)
            if span is None:
                break
            spans.append(span)
            jm = _RE_JOIN.match(self.t, span[1], self.b)
            if jm is None:
                break
            pos = jm.end()
        if len(spans) != len(listed):
            return False
        if given_to and not cre.match(r"\s*(?:[.;,]|$)", self.t[spans[-1][1]:self.b]):
            return False  # ("giao nhiệm vụ Cụm trưởng, Cụm phó cho A và B xây dựng dự thảo ...": a task, not the roles)
        nxt = self.is_next(self.a, tm.end(), m)
        for (role, rm), span in zip(listed, spans):
            self.put(role, nxt, span)
            self.done.add(rm.start())
        return True

    def speaker_item(self, m) -> bool:
        """The role word ``m`` (with its year or cluster after it) goes on to another item of a list, after a comma or
        "và": another role or the units' representatives ("Cụm trưởng, Cụm phó phát biểu", "Cụm trưởng năm 2025 và các
        huyện trao đổi", "Cụm trưởng và đại diện các đơn vị thảo luận"); not a unit with its own note ("A, Cụm trưởng, B,
        Cụm phó phát biểu")."""
        t, b = self.t, self.b
        ym = _role_year_re().match(t, m.start(), b)
        jm = _RE_SPEAKER_JOIN.match(t, ym.end() if ym is not None else m.end(), b)
        return jm is not None and (_role_res()["role"].match(t, jm.end(), b) is not None
                                   or _RE_SPEAKER_ITEM.match(t, jm.end(), b) is not None)

    def unit_before_role(self, m) -> bool:
        """The unit before: "X làm Cụm trưởng", "X - Cụm trưởng", "X, Trưởng Khối thi đua"; the cue must end at
        this role word, not at an earlier one in the window."""
        doc, t, seg_a, seg_b = self.doc, self.t, self.a, self.b
        if _role_names_another_cluster(doc, m):
            # (the role of another cluster the words after it name, whatever unit it is noted on: "điểm cầu Sở A (Trưởng khối
            # thi đua các cơ quan nội chính)", "được Hội B, Cụm trưởng Cụm thi đua số 5, chia sẻ" at another cluster's meeting)
            return True
        # (its span alone is read: a POSIX match's groups may differ)
        head = search(_role_res()["after_unit_end"], t, max(seg_a, m.start() - 60), m.end())
        ahead = False  # (the role dated after the period by the clause that opens before the unit)
        span = unit_before(doc, seg_a, head.start()) if head is not None else None
        # "Trại giam A (Cục 10 - Bộ Công an) - đơn vị Khối trưởng": the unit before its parent body in brackets
        # (annotation.md: a trailing parenthetical is no part of the unit)
        if span is not None and t[span[0] - 1:span[0]] == "(" and t[span[1] - 1:span[1]] == ")":
            outer = unit_before(doc, seg_a, span[0] - 1)
            if outer is not None:
                span = outer
        if span is not None and t[span[1] - 1:span[1]] == ")":
            opening = t.rfind("(", span[0], span[1])
            if opening > span[0] and t[span[0]:opening].strip():
                span = (span[0], span[0] + len(t[span[0]:opening].rstrip()))  # (its parent body in brackets left out)
        if not span and head is not None and t[head.start():head.end()].lstrip().startswith("("):
            # a note in brackets on the unit a clause joins ("A phối hợp với B (Cụm phó) tổ chức ..."): B's
            w = t.rfind(" với ", max(seg_a, head.start() - 80), head.start())
            after_w = unit_after(doc, w + 5, head.start()) if w >= 0 else None
            span = after_w if after_w is not None and t[after_w[1]:head.start()].strip() == "" else None
        if not span and head is not None and t[head.start():head.end()].lstrip()[:1] in "-–,(":
            # the unit a verb of hearing takes, its note after it: "Hội nghị đã nghe Sở A - đơn vị Trưởng khối năm 2024 trình
            # bày báo cáo"
            w = _RE_HEARS_BEFORE.search(t, max(seg_a, head.start() - 80), head.start())
            if w is not None and t[head.start():head.end()].lstrip()[:1] == "," and self.speaker_item(m):
                w = None  # (the next item of a list of speakers: "nghe Ban Thi đua - Khen thưởng tỉnh, Cụm trưởng, Cụm phó phát biểu")
            if w is None and t[head.start():head.end()].lstrip()[:1] in ",(":
                # (or the agent of a passive, its note after it: "Câu chuyện được Hội A, đơn vị Cụm trưởng, giới thiệu",
                # the nearest "được" before the note)
                for w in _RE_AGENT_BEFORE.finditer(t, max(seg_a, head.start() - 80), head.start()):
                    pass
            after_w = unit_after(doc, w.end(), head.start()) if w is not None else None
            span = after_w if after_w is not None and t[after_w[1]:head.start()].strip() == "" else None
        if not span and head is not None:
            # a member the article listed, whatever its name opens with ("Tập đoàn chỉ định Petrolimex A là Cụm trưởng")
            span = _member_before(doc, seg_a, head.start())
        if not span and head is not None and not t[head.start():head.end()].lstrip().startswith("("):
            # "Năm 2014, Bạc Liêu được chọn làm Cụm trưởng" (a note in brackets on a listed place is the list's)
            span = _place_unit_before(doc, seg_a, head.start())
            # (the venue's parts joined by commas up to it, each opened by a name or a place's kind; not after another
            # clause: "Tại hội nghị, các tỉnh thống nhất suy tôn tỉnh A làm Trưởng khối, tỉnh B làm Phó trưởng khối")
            if span and cre.search(r"\btại\b[^.;,]*(?:,\s*(?:(?-i:\p{Lu})|(?:xã|phường|thị trấn|thị xã|huyện|quận|tỉnh|thành phố)\s)[^.;,]*)*,\s*$",
                                   t[seg_a:span[0]], regex.I):
                span = None  # "tại Vườn quốc gia A, tỉnh B, Cụm trưởng ... tổ chức": the province places the venue
            # (after the years it has held the role for, the clause's own year and tense date it: "Trước đó, năm 2023 là năm
            # thứ hai liên tiếp huyện A giữ vai trò Cụm trưởng" a year past, none now; "Năm 2025 sẽ là năm thứ hai ..." the next;
            # "đây" the year of the roles before it, "bầu A làm Cụm trưởng năm 2025; đây là năm thứ hai liên tiếp A giữ ...")
            nth = _RE_NTH_YEAR_BEFORE.search(t[seg_a:span[0]]) if span else None  # ("^": the clause's start)
            if nth is not None:
                ry = int(nth.group("y")) if nth.group("y") else _role_year(doc, seg_a, seg_a + nth.start(), None, (seg_a, seg_b))
                dated = _year_against_period(doc, ry) if ry is not None else (1 if nth.group("will") else 0)
                kind = doc.draft.scalars.get("meeting.kind")
                if dated < 0 and (kind is None or kind.value != "giao_uoc"):
                    return True
                ahead = dated > 0
        if not span and head is not None and _RE_UNIT_NOTE_HEAD.match(t, head.start(), head.end()):
            # the unit of a person's position, a note after it naming the unit's role: "trao Cờ luân lưu cho đồng chí A, Chủ
            # tịch UBND huyện B, đơn vị nhận nhiệm vụ Cụm trưởng năm 2025" (the unit holds the role, the person acts for it)
            hon = None
            for hon in _RE_HONORIFIC_OPENS.finditer(t, max(seg_a, head.start() - 140), head.start()):
                pass
            at = past_person(doc, hon.start(), head.start()) if hon is not None else None
            org = unit_after(doc, at, head.start()) if at is not None and at != hon.start() else None
            if org is not None and org[1] == head.start():
                nm = _RE_NAME_AT.match(t, hon.end() - 1, at)
                self.put_with_person(m, m.end(), Found(t[org[0]:org[1]], org[0], org[1]), nm)
                return True
            # (a position with its unit, the note after it, the person named before "là": "Ông A là Hiệu trưởng Trường B,
            # đơn vị Trưởng khối năm 2023": the unit the position heads holds the role)
            span = _unit_after_position(doc, seg_a, head.start())
        if not span and head is not None and t[head.start():head.end()].lstrip().startswith("("):
            # a position with no name before its unit: "Giám đốc Sở A (Khối trưởng) và Giám đốc Sở B (Khối phó) chủ trì":
            # the unit of the position holds the role
            span = _unit_after_position(doc, seg_a, head.start())
        if span is not None and _RE_KIND_PLACE.fullmatch(t, span[0], span[1]) and t[seg_a:span[0]].rstrip().endswith(","):
            span = _located_unit(doc, seg_a, span)
        if span is not None and (gm := _RE_PLACE_BODY.fullmatch(t, span[0], span[1])) is not None \
                and _RE_BODIES_BEFORE.search(t, max(seg_a, span[0] - 60), span[0]):
            span = gm.span("place")  # "Đảng ủy, HĐND, UBND xã A (đơn vị chủ trì Khối)": the bodies of one place, the place's role
        if not span:
            return False
        if cre.match(r"\s+vào\s", t[head.start():head.end()]) and not _RE_ELECTS_BEFORE.search(t, seg_a, span[0]):
            return False  # ("vào vị trí" after the unit an election names: "bầu huyện A vào vị trí cụm phó", not "A chính thức vào ...")
        # "bầu A làm Cụm trưởng, B làm Cụm phó": the election verb holds for the unit joined on
        # (and for the unit after a note in brackets: "bầu A (Cụm trưởng) và B (Cụm phó)")
        je = self.next_end + 1 if self.next_end is not None and t.startswith(")", self.next_end) else self.next_end
        dated = _role_year_re().match(t, m.start(), seg_b) is not None  # (a year of its own: "Cụm phó năm 2024")
        # (past the name or the year the elected role carried, only the other role with no year of its own: "năm 2021, A là
        # Khối trưởng Khối thi đua số 3, B là Khối phó"; not "bầu A làm Khối trưởng năm 2024, B, Khối trưởng năm 2023, ...")
        joined = je is not None and (_RE_JOIN.fullmatch(t, je, span[0]) is not None
                                     or _RE_JOIN_AFTER_NAME.fullmatch(t, je, span[0]) is not None and not dated
                                     and self.next_kind is not None and self.next_kind != _role_kind(m))
        # (and the clause after a semicolon that takes its role by a verb, with no year of its own: "năm 2019 đến
        # lượt A làm Cụm trưởng; B làm Cụm phó"; not an apposition: "...; Sở X, Cụm phó năm 2024, cảm ơn")
        if not joined and je is not None and _RE_SEMI_JOIN.fullmatch(t, je, span[0]) is not None \
                and _RE_TAKES_ON.search(t, head.start(), head.end()) is not None and not dated:
            joined = True
        # (a note in brackets or after a dash belongs to the unit just before it alone)
        # (joined units take roles by a verb, or after their count: "A và B - 02 đơn vị tiếp nhận vai trò ...")
        # (a list joined by commas alone when as many roles follow a verb of taking them: "A, B được bầu làm Cụm trưởng, Cụm phó")
        n_roles = len(_role_list(t, m, seg_b)) if _RE_TAKES_LISTED.search(t, head.start(), m.start()) else 0
        units = _joined_units(doc, seg_a, span, n_roles) if cre.match(r"\s+\p{L}|\s*[-–]\s*\d", t[head.start():head.end()]) else [span]
        # (a role completed is the present one, whatever the sentence goes on to elect: "cảm ơn A đã hoàn thành tốt
        # nhiệm vụ Cụm trưởng năm 2019 và bầu B làm Cụm trưởng năm 2020")
        done = _RE_COMPLETED.search(t, head.start(), head.end()) is not None
        if done and _role_year_against_period(doc, m) < 0:
            return True  # "cảm ơn A đã hoàn thành nhiệm vụ Cụm trưởng năm 2023" at the signing for 2024: the outgoing one
        # (a list under a lead that elects is read with its lead's cue: "bầu Trưởng khối, Phó Trưởng khối năm 2024: A làm
        # Trưởng khối; B làm Phó Trưởng khối"; an electing verb, not a rotation that may be the year's own: "Thực hiện nguyên tắc
        # luân phiên, năm 2023 các đơn vị được phân công như sau: A làm Cụm trưởng" at the review of 2023)
        colon = t.rfind(":", seg_a, units[0][0])
        lo = seg_a if colon >= 0 and _RE_ELECTS_BETWEEN.search(t, seg_a, colon) else max(seg_a, units[0][0] - 40)
        nxt = not done and (joined or ahead or self.is_next(lo, min(seg_b, m.end() + 25), m))
        # (the meeting giving the unit the role, no year or a later one, no task after it: "Hội nghị giao Sở A làm Trưởng
        # khối", "..., đồng thời giao Sở A làm Trưởng khối"; not a higher body's, "Năm 2024, UBND tỉnh giao Sở A làm Trưởng khối")
        if not nxt and not done and (gv := _RE_GIVES_BEFORE.search(t, max(seg_a, units[0][0] - 20), units[0][0])) is not None \
                and _RE_MEETING_GIVES.search(t, max(seg_a, gv.start() - 200), gv.start()) is not None \
                and self._meeting_gives_now(gv.start(), span, m):
            nxt = self._proposed_for_next(m)
        # "ký kết giao ước thi đua năm 2023, do A làm Cụm trưởng": the role of the year the act before it is for
        # (the covenant's, not the meeting's own sentence, and not against the role's own year: "do A làm Cụm trưởng năm 2023")
        agent = _RE_DATED_AGENT.search(t, max(seg_a, units[0][0] - 70), units[0][0])
        per = self.doc.draft.scalars.get("meeting.period")
        ms = self.doc.draft.meeting_sentence
        if agent is not None and per is not None and per.value.get("year") and int(agent.group(1)) > per.value["year"] \
                and not (ms is not None and ms.start <= m.start() < ms.end) and not dated:
            nxt = True
        # "A và B lần lượt là Cụm trưởng, Cụm phó": one unit to each role of the list, in order;
        # "A và B là Cụm phó": the role goes to the first unit named
        listed = _role_list(t, m, seg_b)
        if len(units) > 1 and len(listed) == len(units):
            for u, (r2, m2) in zip(units, listed):
                self.put(r2, nxt, u)
                self.done.add(m2.start())
            m = listed[-1][1]
        else:
            self.put(_role_kind(m), nxt, units[0])
        if nxt:
            self.next_end = m.end()
            self.next_kind = _role_kind(m)
        self.last = (m.end(), nxt)
        return True

    def shared_verb(self, m) -> bool:
        """A role whose verb the unit before shares: "A làm Khối trưởng và B Khối phó"."""
        if self.last is None:
            return False
        jm = _RE_JOIN.match(self.t, self.last[0], m.start())
        span = unit_before(self.doc, jm.end(), m.start()) if jm else None
        if not (span and span[0] == jm.end()):
            return False
        self.put(_role_kind(m), self.last[1], span)
        self.last = (m.end(), self.last[1])
        return True

    def elected_between(self, m) -> bool:
        """"bầu X làm cụm trưởng": the unit sits between the cue and the role word."""
        t = self.t
        cue = search(r"\b(?:bầu|chọn|cử(?!\s+tri\b)|suy tôn|(?<=\b(?:nhất trí|thống nhất)\s+)để|giao(?:\s+cho)?|phân công(?:\s+cho)?)\s+", t,
                     max(self.a, m.start() - 120), m.start())
        if cue is None:
            # (or the meeting's agreement alone, a capitalised unit right after it, for a school named by its level with no
            # "Trường", which no unit head opens: "thống nhất THPT A làm Cụm trưởng"; not what it agreed on otherwise)
            cue = search(r"\b(?:thống nhất|nhất trí)\s+(?=(?-i:\p{Lu}))(?!(?:báo cáo|dự thảo|kế hoạch|quy chế|tờ trình|đề án|chương trình|nội dung)\b)",
                         t, max(self.a, m.start() - 80), m.start())
        # (or a verb of taking the role on: "thống nhất để A đảm nhận vai trò Cụm trưởng", "bầu A giữ chức Cụm trưởng")
        # (or a dash for the verb: "nhất trí cử A - Trưởng Cụm thi đua năm học 2020 - 2021")
        # (or "là": "thống nhất cử A là Cụm trưởng")
        # (the role kept another year: "nhất trí để A tiếp tục làm Cụm trưởng năm 2026")
        lm = search(r"\s+(?:tiếp\s+tục\s+)?(?:(?:làm|đảm\s+nhận|đảm\s+nhiệm|giữ)(?:\s+(?:vai\s+trò|nhiệm\s+vụ|chức))?\s+(?:là\s+)?|là\s+)$|\s*[-–]\s*$",
                    t, cue.end(), m.start()) if cue else None
        span = unit_after(self.doc, cue.end(), lm.start()) if lm else None
        if span and lm.group(0).strip() in "-–" and _RE_TASK_AFTER_ROLE.match(t, m.end(), self.b):
            span = None  # "cử A - Cụm trưởng làm đầu mối tổng hợp ...": a task given to the chair, not an election
        if span and t[span[1]:lm.start()].strip():
            span = None  # the unit does not reach its verb: "giao cho Sở A phối hợp với Sở B làm ..." names no role's unit
        if not span and lm is not None:
            # (the next unit of the list the verb opens, after the role before it and a comma or "và": "thống nhất A làm Cụm
            # trưởng, B làm Cụm phó", B whatever its name opens with; the unit runs from the join to its own verb)
            prev = None
            for prev in _role_res()["role"].finditer(t, cue.end(), lm.start()):
                pass
            jm = _RE_JOIN.match(t, prev.end(), lm.start()) if prev is not None else None
            got = unit_after(self.doc, jm.end(), lm.start()) if jm is not None and jm.group(0).strip() else None
            span = got if got is not None and got[0] == jm.end() and not t[got[1]:lm.start()].strip() else None
        proposed = False
        if not span and (pm := search(_agreed_proposal_re(), t, max(self.a, m.start() - 120), m.start())) is not None:
            # ("thống nhất đề nghị huyện A làm Cụm trưởng năm 2025": the unit the meeting agrees to put forward, the next one)
            lm = search(r"\s+(?:làm|là)\s+$", t, pm.end(), m.start())
            span = unit_after(self.doc, pm.end(), lm.start()) if lm else None
            if span and t[span[1]:lm.start()].strip():
                span = None
            if span and not self._proposed_for_next(m):
                span = None  # "thống nhất đề nghị A là Cụm trưởng năm 2023 tổng hợp hồ sơ ...": the chair of the year reviewed, a task
            proposed = span is not None
        if span:
            # ("giao cho Giám đốc Bệnh viện A làm khối trưởng": an assignment, of this period unless its words say otherwise)
            # ("cử" is the meeting's choice only after its agreement, "nhất trí cử"; "UBND tỉnh đã cử A" assigns)
            elected = proposed or cue.group(0).lower().startswith(("bầu", "chọn", "suy tôn", "để")) or cue.group(0).lower().startswith("cử") \
                and _RE_MEETING_ELECTS.search(t, max(self.a, cue.start() - 30), cue.start()) is not None
            self.put(_role_kind(m), True if elected else self.is_next(self.a, m.end(), m), span)
        return span is not None

    def _meeting_gives_now(self, gv: int, span, m) -> bool:
        """The meeting that gives the unit ``span`` the role ``m`` by the verb at ``gv`` is this one, and gives nothing but roles:
        its subject named before the verb, no year up to the one reviewed there ("Năm 2024, các thành viên đã nhất trí giao ...",
        "Tại Hội nghị tổng kết năm 2023, Khối đã thống nhất ..., đồng thời giao ...") nor a word of an earlier meeting ("Hội nghị
        năm trước đã giao ..."); the unit takes the role by a verb ("làm", "giữ vai trò", "đảm nhận"), not in a note ("Sở A
        (Trưởng khối)", "Sở A - Trưởng khối", "Sở A với vai trò Trưởng khối"), and no task follows the roles to the clause's end
        ("giao Sở A làm Trưởng khối phối hợp với ...")."""
        t, a = self.t, self.a
        if _RE_MEETING_SUBJECT.search(t, a, gv) is None or _RE_EARLIER_WORDS.search(t, a, gv) is not None:
            return False
        per = self.doc.draft.scalars.get("meeting.period")
        per_year = per.value.get("year") if per is not None else None
        if any(not per_year or int(y) <= per_year for y in _RE_BARE_YEAR.findall(t, a, gv)):
            return False
        if _RE_GIVEN_TAKES.fullmatch(t, span[1], m.start()) is None:
            return False
        ry = _role_year_re().match(t, m.start(), self.b)
        at = ry.end() if ry is not None else m.end()
        nw = _RE_NEXT_YEAR_WORDS.match(t, at, self.b)
        at = nw.end() if nw is not None else at
        end = _given_roles_end_re().match(t, at, self.b)
        if end is None:
            return False
        return not any(not per_year or int(y) <= per_year for y in _RE_BARE_YEAR.findall(t, at, end.end()))

    def _proposed_for_next(self, m) -> bool:
        """The role at ``m``, after the meeting's agreed proposal, is the next period's: its year is after the period reviewed,
        or it has no year and no task follows it ("... làm Cụm trưởng tổng hợp hồ sơ gửi ...": the chair given a task)."""
        t = self.t
        ry = _role_year_re().match(t, m.start(), self.b)
        per = self.doc.draft.scalars.get("meeting.period")
        per_year = per.value.get("year") if per is not None else None
        if ry is not None and ry.group("year") and per_year:
            return int(ry.group("year")) > per_year
        at = ry.end() if ry is not None else m.end()
        if _RE_NEXT_YEAR_WORDS.match(t, m.end(), self.b) or _RE_NEXT_YEAR_WORDS.match(t, at, self.b):
            return True  # "... làm Cụm trưởng năm tới gửi ...": the next year named, whatever task follows
        return _RE_TASK_AFTER_ROLE.match(t, at, self.b) is None and _RE_PROPOSED_TASK.match(t, at, self.b) is None

    def _listed_after(self, at: int) -> bool:
        """The person after a role note is one more of a list ("..., đồng chí B – T2, đồng chí C ..."), with no verb of
        his own before the next one."""
        t = self.t
        hon = search(_RE_HONORIFIC_AT, t, at, min(self.b, at + 80))
        nm = _RE_NAME_AT.match(t, hon.end(), self.b) if hon else None
        if nm is None:
            return False
        _title, after = title_after(self.doc, nm.end(), self.b)
        return cre.match(r"\s*(?:[,;]\s*(?:và\s+)?(?:đồng\s+chí|đ/c|ông|bà|cùng|đại\s+diện)\b|[,;.]?\s*$)", t[after:self.b], regex.I) is not None

    def on_behalf(self, m) -> bool:
        """The role's representative named by position after the clause: "Thay mặt đơn vị Trưởng khối thi đua
        ..., đồng chí Trưởng Ban X đề nghị": the unit of that position holds the role."""
        t = self.t
        ob = _RE_ON_BEHALF.search(t, max(self.a, m.start() - 30), m.start())
        if not ob:
            return False
        # (not a note after a person's title in a list: "đồng chí A – Bí thư Tỉnh đoàn, đại diện Cụm trưởng, đồng chí B – ...":
        # the person before it acts for the role, not the next one)
        # ("đại diện" there is the person's apposition; "thay mặt Cụm trưởng, đồng chí B ... chủ trì" fronts B's clause,
        # unless B is one more of the list, with no verb of his own)
        if _RE_TITLE_THEN_NOTE.search(t, max(self.a, ob.start() - 120), ob.start()) \
                and (ob.group(0).lower().startswith("đại") or self._listed_after(m.end())):
            return False
        # the one acting for it, after the clause ("..., đồng chí X") or right after the cluster's name
        hon = search(_RE_HONORIFIC_AT, t, m.end(), min(self.b, m.end() + 120))
        if hon is None or not _RE_ONLY_CLUSTER.fullmatch(t, m.end(), hon.start()):
            # (or named by position right before it: "Cục trưởng Cục X đại diện đơn vị Trưởng khối đã thông qua ...")
            x = max(self.a, t.rfind(",", self.a, ob.start()) + 1, t.rfind(";", self.a, ob.start()) + 1)
            seg = t[x:ob.start()]
            lead = len(seg) - len(seg.lstrip())
            seg = seg.strip()
            # (no person named before: "bà A, Giám đốc Bưu điện tỉnh - đại diện đơn vị Cụm phó" is read as the person's note)
            if seg and _position_opens_re().match(seg) and _RE_PERSON_BEFORE.search(t, self.a, ob.start()) is None \
                    and _name_end_re().search(seg) is None:
                org = _head_org(self.doc, Found(seg, x + lead, x + lead + len(seg)))
                # (the unit running to the segment's end, no verb after it: "Giám đốc Sở A trao Cờ cho đại diện ...")
                if org is not None and not t[org.end:x + lead + len(seg)].strip(" -–,") \
                        and _RE_VERB_IN_SEGMENT.search(org.value) is None:
                    self.put(_role_kind(m), self.is_next(self.a, m.end(), m), (org.start, org.end))
                    return True
            return False  # another clause between ("... báo cáo ..., sau đó đồng chí X"): not the one acting for it
        title, _stop = title_after(self.doc, hon.end(), self.b)
        nm = _RE_NAME_AT.match(t, hon.end(), self.b)
        if title is None:  # "đồng chí NAME, Giám đốc Sở X": the title after the name
            title = title_after(self.doc, nm.end(), self.b)[0] if nm else None
        elif nm is not None and nm.end() > title.start:
            nm = None  # (the title first: "đồng chí Giám đốc Sở X")
        org = _head_org(self.doc, title) if title is not None else None
        if org is None:
            return False
        self.put_with_person(m, m.end(), org, nm)
        return True

    def put_with_person(self, m, at: int, org: Found, nm) -> None:
        """The role of the role word ``m`` to the unit ``org`` of a person's position, and the person named by the
        match ``nm`` (if any) as the one acting for it, unless another unit or person holds it already."""
        key = ("next_" if self.is_next(self.a, at, m) else "") + _role_kind(m)
        held = self.doc.draft.roles.get(key)
        # (the unit already read, from a note elsewhere: the one named acts for it)
        # (or its place named bare, "Văn Quan (Cụm trưởng)", for "UBND huyện Văn Quan")
        # (or named with the bare word of its place, "Giám đốc Bưu điện tỉnh" for "Bưu điện tỉnh Sơn La")
        fresh = held is None or held.person is None and held.organization is not None and (
            held.organization.value == org.value or _same_place_unit(held.organization.value, org.value)
            or org.value.endswith((" tỉnh", " huyện", " thành phố", " xã", " phường")) and held.organization.value.startswith(org.value + " "))
        self.put(_role_kind(m), key.startswith("next_"), (org.start, org.end))
        if fresh and nm is not None:  # the named one acts for the unit at this meeting
            a = nm.start() + len(nm.group(0)) - len(nm.group(0).lstrip())
            self.doc.draft.roles[key].person = Found(self.t[a:nm.end()], a, nm.end())

    def second_predicate(self, m) -> bool:
        """A second predicate of the subject of its clause: "X là ..., đồng thời được bầu làm Cụm phó năm 2025"
        ("A được ...; B dẫn đầu, đồng thời được chọn làm Cụm trưởng" is B's)."""
        t = self.t
        if not _RE_SECOND_PREDICATE.search(t, self.a, m.start()):
            return False
        clause_a = max(self.a, t.rfind(";", self.a, m.start()) + 1)
        opener = _RE_OPENER.match(t, clause_a, m.start())
        span = unit_after(self.doc, opener.end() if opener else clause_a, m.start())
        if not (span and _RE_SUBJECT_VERB.match(t, span[1], m.start())):
            return False
        self.put(_role_kind(m), self.is_next(span[1], m.end(), m), span)
        return True


def chairs(doc: Document) -> None:
    """The roles the sentences give to units (the chair, the vice-chair, and those of the next period)."""
    t = doc.text
    rr = _role_res()
    sents = doc.content_sentences()
    if not sents:
        return
    # where rr["role"] can match, by sentence: the role words of the text placed in one pass
    starts = [s.start for s in sents]
    by_sent: dict[int, list[int]] = {}
    for a, _ in doc.cues.spans(_V_ROLES, sents[0].start, sents[-1].end, word=False):
        k = bisect_right(starts, a) - 1
        if a < sents[k].end:
            by_sent.setdefault(k, []).append(a)
    for k in sorted(by_sent):
        s, roles = sents[k], by_sent[k]
        # (not another cluster's event: "Cùng ngày, Cụm thi đua số 3 do Sở Y tế làm Cụm trưởng cũng tổ chức ...")
        if another_event(doc, s):
            continue
        sent = _RoleSentence(doc, s.start, s.end)
        sent.recalled = recalls_another_meeting(doc, s)
        if sent.handover():
            if sent.handover_end is None:
                continue
            roles = [r for r in roles if r > sent.handover_end]
        for m in cues.match_at(rr["role"], t, roles, s.start, s.end):
            sent.read(m)


_RE_KIND_WORDS = regex.compile(r"(?<!\p{L})(cụm|khối)\s+thi\s+đua(?!\p{L})"
                            r"|\b(?:các\s+)?(?:đơn vị|thành viên)\s+(?:trong|của|thuộc)\s+(cụm|khối)(?!\p{L})", regex.I)


def extract(doc: Document) -> None:
    d = doc.draft
    cm = _pick_mention(doc)
    if cm:
        # (the short form it defines in brackets is no part of it: "Khối thi đua các Bộ, ngành X (Khối)")
        alias = _RE_SHORT_FORM_END.search(doc.text, cm.start, cm.end)
        end = alias.start() if alias else cm.end
        d.scalars["cluster.name"] = Found(doc.text[cm.start:end], cm.start, end)
        head_end = cm.start + (4 if doc.text[cm.start:cm.start + 4].lower() == "khối" else 3)  # "Khối" / "Cụm", "CTĐ", "KTĐ"
        d.scalars["cluster.kind"] = Found(cm.kind, cm.start, head_end)
        num = cm if cm.number is not None else _number_in_title(doc, cm)
        if num is not None:
            d.scalars["cluster.number"] = Found(num.number, num.number_span[0], num.number_span[1])
        else:
            alias = _number_in_alias(doc, cm)
            if alias is not None:
                d.scalars["cluster.number"] = alias
    else:
        # no name, but the cluster's roles ("bầu đơn vị Khối trưởng, Khối phó"): a bloc or cluster all the same
        m = search(_RE_ROLE_KIND, doc.text)
        if m:
            head = m.group("h1") or m.group("h2")
            d.scalars["cluster.kind"] = Found(_kind_of(head), m.start(), m.end())
        else:
            # nor roles, but the words "Khối thi đua" / "Cụm thi đua" without a name ("12 trường trong Khối thi đua đã ..."):
            # the kind they name
            m = search(_RE_KIND_WORDS, doc.text)
            if m:
                g = 1 if m.group(1) else 2
                d.scalars["cluster.kind"] = Found(_kind_of(m.group(g)), m.start(g), m.end(g))
    n = member_count(doc)
    if n is None and cm is not None:
        # no count stated elsewhere: the one the cluster's name carries ("cụm 9 huyện miền núi")
        c = _RE_COUNT_IN_NAME.match(doc.text, cm.start, cm.end)
        if c is not None and 2 <= int(c.group("n")) <= 200:
            n = Found(int(c.group("n")), c.start("n"), c.end("n"))
    if n:
        d.scalars["cluster.member_count"] = n
    bare = {}  # roles noted on a member written as a bare place name ("các tỉnh: A (Cụm trưởng), B")
    # the first list an introduction opens; else the one a stated count announces
    lists = iter(member_lists(doc))
    items = next(lists, None)
    if items and n is not None and isinstance(n.value, int) and len(items) != n.value:
        # (a later list of as many units as the count states is the members', not a roll of those attending before it:
        # "Chủ tịch UBMTTQ các tỉnh A, B, C" then "Cụm ... gồm 4 tỉnh: A, B, C và D")
        items = next((x for x in lists if len(x) == n.value), None) or next(
            (x for x in [list_after_count(doc, n)] if len(x) == n.value), items)
    items = items or (list_after_count(doc, n) if n is not None else []) or _members_named_one_by_one(doc)
    seen = set()
    for f, role in items:
        k = fold(f.value)
        if k in seen:
            continue
        seen.add(k)
        # a member named again with its unit and place after the bare names, to give its role ("các huyện: A, B, C;
        # UBND huyện A là Cụm trưởng"): the role is its, the member is listed already
        again = _RE_PLACE_OF_UNIT.search(f.value)
        if again is not None and fold(again.group(1)) in seen:
            if role and role not in d.roles:
                d.roles[role] = UnitRoleDraft(f)
            continue
        d.members.append(f)
        # (a note dated by another year than the one reviewed: "A (Cụm trưởng năm 2026)" at the review of 2025 is the next
        # one's role, "B (Cụm trưởng năm 2024)" there a past one's)
        dated = _member_note_year(doc, f) if role else 0
        if dated > 0:
            role = "next_" + role
        if role and role not in d.roles and dated >= 0:
            if not starts_with_unit_head(f.value) and gazetteer.province_of(f.value):
                bare.setdefault(role, f)
            else:
                d.roles[role] = UnitRoleDraft(f)
    if n is None and d.members:
        # the count that opened the member list and counts its names ("05 xã A, B, C, D, E")
        # (or, written apart from the list, the places the members are under the unit they share: "Công an 5 thành
        # phố ...", when it counts as many as are listed)
        n = doc.memo("cluster.list_count", lambda: None) or _count_of_shared_unit(doc, len(d.members)) or _count_of_all(doc, len(d.members))
        if n is not None:
            d.scalars["cluster.member_count"] = n
    chairs(doc)
    # the unit's full name, where a sentence gives the role to a unit of that place, before the place alone
    for role, f in bare.items():
        cur = d.roles.get(role)
        if cur is None or not cre.search(r"(?<!\w)" + regex.escape(fold(f.value)) + r"(?!\w)", fold(cur.organization.value)):
            d.roles[role] = UnitRoleDraft(f)
    venue_role = doc.memo("meeting.venue_role", lambda: None)
    if venue_role is not None and venue_role[0] not in d.roles:
        d.roles[venue_role[0]] = UnitRoleDraft(venue_role[1])
    _role_units_before_the_others(doc)


@lru_cache(maxsize=None)
def _all_count_re():
    return regex.compile(r"(?<!\p{L})cả\s+(?P<n>\d{1,3}|" + _COUNT_WORD + r")\s+(?:" + _unit_nouns() + r"|thành\s+viên)(?!\p{L})", regex.I)


def _members_called(doc: Document, noun: str) -> bool:
    """Whether the members are called by ``noun``: the units' word ("đơn vị", "thành viên"), or the kind they are listed by,
    written with the first of them or before it ("các phường A, B", "xã A, xã B"); not another word for places in general
    ("cả 4 địa phương" after "thị xã A, huyện B, ...")."""
    noun = " ".join(noun.lower().split())
    if noun in ("đơn vị", "thành viên"):
        return True
    first = doc.draft.members[0]
    around = " ".join(doc.cues.lower[max(0, first.start - 30):first.end].split())
    return cre.search(r"(?<!\p{L})" + regex.escape(noun) + r"(?!\p{L})", around) is not None


def _count_of_all(doc: Document, listed: int) -> Found | None:
    """The members counted as a whole where a later sentence speaks of them all, "Cả 3 phường đều ...", "cả năm đơn vị",
    when it counts as many as are listed (no count stated with the list)."""
    if listed < 2:
        return None
    low = doc.cues.lower
    i = low.find("cả ")
    while i >= 0:
        m = _all_count_re().match(doc.text, i)
        if m is not None and count_value(m.group("n")) == listed and _members_called(doc, m.group(0)[m.end("n") - m.start():].strip()) \
                and not _other_antecedent(doc, m, listed):
            return Found(listed, m.start("n"), m.end("n"))
        i = low.find("cả ", i + 3)
    return None


# a group of as many things counted or listed (as many names) between the members and a "cả N" that takes it up: the number again before a
# word ("có 2 huyện đạt chuẩn", "có 3 người"), or names joined by commas and "và" in a clause ("suy tôn Sở A, Sở B và Sở C",
# "gồm ông A, bà B và ông C")
# (a list closed by "và": not a name and its position after a comma, "đồng chí A, Chủ tịch UBND huyện")
_HONORIFIC_OPT = r"(?:(?:ông|bà|đồng\s+chí)\s+)?"
_RE_ENUMERATION = regex.compile(r"(?<=\p{Ll}\s)(?-i:\p{Lu})(?:[^,.;:!?\n]{0,60}?,\s+" + _HONORIFIC_OPT + r"(?-i:\p{Lu}))*[^,.;:!?\n]{0,60}?"
                                r"\s+và\s+" + _HONORIFIC_OPT + r"(?-i:\p{Lu})")
# (a number before a word of time is no count of things: "6 tháng đầu năm", "năm qua")
_RE_TIME_WORD = regex.compile(r"\s+(?:tháng|năm|ngày|quý|tuần|giờ|qua|nay|trước|sau|học)(?!\p{L})", regex.I)


@lru_cache(maxsize=None)
def _unit_noun_after_re():
    return regex.compile(r"\s+(?:" + _unit_nouns() + r")(?!\p{L})", regex.I)


def _other_antecedent(doc: Document, m, listed: int) -> bool:
    """Whether "cả N" (``m``) takes up another group than the members: between the list and it, another count of N or another
    list of names ("Tỉnh có 2 huyện đạt chuẩn; cả 2 huyện ...", "Hội nghị suy tôn A, B và C; cả 3 đơn vị ...")."""
    members = doc.draft.members
    a, b = (members[-1].end, m.start()) if members[-1].end <= m.start() else (m.end(), members[0].start)
    between = doc.text[a:b]
    for c in regex.finditer(r"(?<![\p{L}\d/.,])(\d{1,3}|" + _COUNT_WORD + r")(?![\p{L}\d/.,])\s+\p{L}", between, regex.I):
        # ("năm", five, is the year too, "Năm 2025 là năm đặc biệt": a count only before the members' kind of noun)
        if count_value(c.group(1)) == listed and _RE_TIME_WORD.match(between, c.end(1)) is None and (
                c.group(1).lower() != "năm" or _unit_noun_after_re().match(between, c.end(1)) is not None):
            return True
    # (a list of as many names: not two people named in a list of five members)
    return any(e.group(0).count(",") + 2 == listed for e in _RE_ENUMERATION.finditer(between))


# the year of a member's role note right after the member: "(Cụm trưởng năm 2026)", " - đơn vị Cụm phó năm 2024"
# (inside the note: not a year of the next sentence, "B - Cụm phó. Bước sang năm 2025, ...")
_RE_MEMBER_NOTE_YEAR = regex.compile(r"\s*(?:\(|[-–]\s*)[^();,.:\n]{0,40}?(?<!\p{L})năm(?:\s+học\s+(?:19|20)\d{2}\s*[-–])?\s+((?:19|20)\d{2})(?!\d)", regex.I)


# (or in the role cell of a table of the members: "| Sở A | Trưởng khối năm 2025 |")
_RE_CELL_NOTE_YEAR = regex.compile(r"[^();,.:\n]{0,40}?(?<!\p{L})năm(?:\s+học\s+(?:19|20)\d{2}\s*[-–])?\s+((?:19|20)\d{2})(?!\d)", regex.I)


def _member_note_year(doc: Document, f: Found | None, cell: tuple[int, int] | None = None) -> int:
    """Whether the role note right after the member ``f`` (or the role ``cell`` of its table row) is dated after the year
    the meeting reviews (1), before it (-1), or neither (0: no year, the same year, no period of a year, or a covenant
    signed for its year)."""
    per = doc.draft.scalars.get("meeting.period")
    kind = doc.draft.scalars.get("meeting.kind")
    if per is None or not per.value.get("year") or kind is None or kind.value not in ("tong_ket", "so_ket"):
        return 0
    m = _RE_MEMBER_NOTE_YEAR.match(doc.text, f.end) if cell is None else _RE_CELL_NOTE_YEAR.match(doc.text, *cell)
    if m is None:
        return 0
    y = int(m.group(1))
    return (y > per.value["year"]) - (y < per.value["year"])


# the bare word, a count of places and their region in lower case: "cụm 9 huyện miền núi" (not "Cụm 4 huyện Gia Lâm", the
# cluster numbered 4 of a district)
_RE_COUNT_IN_NAME = regex.compile(r"(?:cụm|khối)\s+(?:của\s+)?(?P<n>\d{1,3})\s+" + _PLACE_KINDS + r"(?:\s*,\s*" + _PLACE_KINDS + r")*\s+(?-i:\p{Ll})",
                                  regex.I)
# "A là thành viên của Khối", "A là một trong các đơn vị thành viên của Cụm": a unit named as a member on its own
# (or several, listed before the word, their count or a plural after it: "A, B và C là (ba|các) (đơn vị) thành viên của Khối")
_RE_IS_A_MEMBER = regex.compile(r"\s+(?:cũng\s+|đều\s+)?là\s+(?:một\s+trong\s+(?:các|những|\d{1,2})\s+|(?P<many>các|những|\d{1,2}|" + _COUNT_WORD + r")\s+)?"
                                r"(?:đơn\s+vị\s+)?thành\s+viên\s+(?:của|trong|thuộc)\s+"
                                r"(?P<c>(?:cụm|khối)(?:\s+thi\s+đua)?+)(?!\p{L})", regex.I)
# (a cluster named after the word, checked against this one's name: not "thành viên của Cụm thi đua các tỉnh biên giới", "... số 5")
# (or by its kind's word again, in lower case: "thành viên của Khối thi đua khối Nội chính")
_RE_NAMED_AFTER = regex.compile(r"\s+(?:số|các|của|(?-i:\p{Lu})|\d|(?:cụm|khối)(?!\p{L}))", regex.I)
# (a membership of the past or one left: "Trước đây, A là thành viên của Khối, nhưng ... đã chuyển sang ...")
_RE_FORMER_BEFORE = regex.compile(r"\b(?:trước đây|trước kia|đã từng|từng)\b", regex.I)
_RE_LEFT_AFTER = regex.compile(r"\b(?:chuyển sang|không còn là)\b", regex.I)
# (a short form of the name, its number without "thi đua": "Cụm số 5")
_RE_SHORT_NUMBER = regex.compile(r"\s+(?:cụm|khối)\s+số\s+(\d{1,2})\b", regex.I)


def _same_cluster_named(doc: Document, at: int) -> bool:
    """The cluster named after ``at`` is this meeting's, word for word as far as the shorter name goes, or by its number
    ("Cụm thi đua số 5" at the meeting of "Cụm thi đua số 5 Bộ Công an"; not "số 12" there, nor "Cụm thi đua các tỉnh biên
    giới" at the meeting of "Cụm thi đua các tỉnh Tây Nguyên")."""
    m = _RE_CLUSTER_NAMED_AFTER.match(doc.text, at)
    name = doc.draft.scalars.get("cluster.name")
    own = doc.draft.scalars.get("cluster.number")
    if name is None:
        return False
    if m is None:
        # a short form without "thi đua" ("Cụm số 5", "Khối Doanh nghiệp"): ours unless its number is another's
        n = _RE_SHORT_NUMBER.match(doc.text, at)
        return n is None or own is None or int(n.group(1)) == own.value
    said, ours = fold(m.group(1)).strip(), fold(str(name.value)).strip()
    num, our_num = _RE_SAID_NUMBER.match(said), _RE_SAID_NUMBER.match(ours)
    # (word for word as far as the shorter goes; the name said stops at a comma ours may hold)
    if said == ours or said.startswith(ours + " ") or ours.startswith(said) and ours[len(said):len(said) + 1] in (" ", ","):
        return num is None or our_num is None or num.group(1) == our_num.group(1)
    return num is not None and own is not None and number_value(num.group(1)) == own.value and said[:3] == ours[:3]


def _members_named_one_by_one(doc: Document) -> list:
    """Where no list names the members, the units each sentence names as one ("A là thành viên của Khối")."""
    t = doc.text
    out = []
    for s in doc.content_sentences():
        if doc.cues.lower.find("thành viên", s.start, s.end) < 0 or another_event(doc, s):
            continue
        for m in _RE_IS_A_MEMBER.finditer(t, s.start, s.end):
            if _RE_FORMER_BEFORE.search(t, s.start, m.start()) or _RE_LEFT_AFTER.search(t, m.end(), s.end):
                continue
            if _RE_NAMED_AFTER.match(t, m.end(), s.end) and not _same_cluster_named(doc, m.start("c") - 1):
                continue
            span = unit_before(doc, s.start, m.start())
            # (a kind of unit in the plural names none: "Viện kiểm sát nhân dân các tỉnh là đơn vị thành viên ...")
            if span is None or _RE_PLURAL_IN_UNIT.search(t, *span):
                continue
            listed = _units_listed_before(doc, s.start, span)
            many = m.group("many")
            if many is not None and many[0].isdigit() or many is not None and many.lower() not in ("các", "những"):
                # (a count: as many units as it says, or none)
                if len(listed) != count_value(many):
                    continue
            elif many is not None and len(listed) < 2:
                continue
            for a, b in listed:
                # (a unit's trailing parenthetical, its role note or parent body, is no part of it: "Sở Y tế (Khối trưởng), Sở
                # Nội vụ (Khối phó) và Sở Tài chính là thành viên của Khối")
                paren = _RE_TRAILING_PAREN.search(t, a, b)
                b = paren.start() if paren is not None and paren.start() > a else b
                out.append((Found(t[a:b], a, b), None))
    return out


_RE_PLURAL_IN_UNIT = regex.compile(r"\b(?:các|những)\s", regex.I)
# what parts the units of a list written before their predicate: ", ", " và ", ", và "
_RE_ITEM_SEPARATOR_END = regex.compile(r"(?:\s*,\s*(?:và\s+)?|\s+và\s+)$", regex.I)
# what may open the sentence before the list: nothing, or an adverbial clause closed by a comma, no name in it ("Hiện nay, A,
# B và C là ..."; not "Hội nghị khen thưởng Sở A, B và C là ...", a unit before the comma)
_RE_LIST_OPENER = regex.compile(r"\s*(?:\S[^,;:\p{Lu}]*,\s*)?")


def _units_listed_before(doc: Document, lo: int, last: tuple[int, int]) -> list[tuple[int, int]]:
    """The units of a list that ends with the unit ``last``, the subject of its sentence ("Công an tỉnh, Tòa án nhân dân
    tỉnh và Sở Tư pháp là thành viên của Khối"): each unit one before the next, parted by commas and "và", the list opening
    its sentence or a clause's comma; else ``last`` alone."""
    t = doc.text
    got = [last]
    while True:
        sep = _RE_ITEM_SEPARATOR_END.search(t, max(lo, got[0][0] - 8), got[0][0])
        if sep is None:
            break
        span = unit_before(doc, lo, sep.start())
        if span is None or span[1] != sep.start() or _RE_PLURAL_IN_UNIT.search(t, *span):
            break
        got.insert(0, span)
    if len(got) > 1 and not _RE_LIST_OPENER.fullmatch(t, lo, got[0][0]):
        return [last]
    return got


# what joins the units named with their roles to the rest of the members: "A - đơn vị Cụm trưởng, B - đơn vị Cụm phó và 07
# đơn vị thành viên trong Cụm gồm ..."
_RE_AND_THE_OTHER_MEMBERS = regex.compile(r"[^.;:]{0,60}?\s+và\s+(?:\d{1,2}\s+|các\s+)(?:đơn\s+vị|cơ\s+quan)(?:\s+thành\s+viên)?\s+(?:trong|của|thuộc)"
                                          r"\s+(?:cụm|khối)\b[^.;:]{0,80}:?\s*$", regex.I)


# the list's opening naming the members left besides the role units: "Các thành viên còn lại gồm ", "các đơn vị còn lại là: "
_RE_THE_REMAINING_MEMBERS = regex.compile(r"\b(?:các\s+|\d{1,2}\s+)?(?:đơn\s+vị|cơ\s+quan|thành\s+viên)(?:\s+thành\s+viên)?\s+còn\s+lại"
                                         r"(?:\s+(?:của|trong|thuộc)\s+(?:cụm|khối)(?:\s+thi\s+đua)?)?\s*(?:(?:bao\s+)?gồm|là)?\s*:?\s*$", regex.I)
# (between the role units and that list, no paragraph, no other cluster and no other year's roles)
_RE_REMAINING_ROLES_GAP = regex.compile(r"\n[ \t]*\n|\b(?:cụm|khối)\s+(?:thi\s+đua\s+)?số\s+\d|\bnăm\s+(?:19|20)\d\d\b(?=[^.]{0,200}?\b(?:bầu|giao|làm)\b)", regex.I)


def _role_units_before_the_others(doc: Document) -> None:
    """The chair and vice-chair units named, with their roles, right before "và N đơn vị thành viên trong Cụm gồm ..." that
    opens the list of the others: members too, first."""
    d = doc.draft
    if not d.members:
        return
    first = d.members[0].start
    units = sorted((r.organization for k, r in d.roles.items() if k in ("chair", "vice_chair") and r.organization is not None
                    and r.organization.end <= first), key=lambda f: f.start)
    if not units:
        return
    # (in the same sentence, "và N đơn vị thành viên trong Cụm gồm ..."; or the list, in a sentence of its own soon after, names
    # "the remaining" members: "Trưởng khối là A; Phó trưởng khối là B. Các thành viên còn lại gồm C, D và E", the role units
    # the others, members too)
    t = doc.text
    and_the_others = t.find(".", units[0].end, first) < 0 and _RE_AND_THE_OTHER_MEMBERS.match(t, units[-1].end, first) is not None
    the_remaining = first - units[0].start <= 400 and _RE_THE_REMAINING_MEMBERS.search(t, max(units[-1].end, first - 80), first) is not None \
        and _RE_REMAINING_ROLES_GAP.search(t, units[-1].end, first) is None
    if not (and_the_others or the_remaining):
        return
    keys = {fold(m.value) for m in d.members}
    d.members[:0] = [f for f in units if fold(f.value) not in keys]


_RE_ROLE_KIND = regex.compile(r"\b(?:(?:phó\s+)?trưởng\s+(?P<h1>cụm|khối)|(?P<h2>cụm|khối)\s+(?:trưởng|phó))\b", regex.I)


_RE_NUMBERED_ALIAS = regex.compile(r"\s*\(\s*(?P<k>cụm|khối)(?:\s+thi\s+đua)?\s+(?:số\s+)?(?P<n>\d{1,2}|[IVX]{1,5})\s*\)", regex.I)


_RE_SHORT_FORM_END = regex.compile(r"\s*\(\s*(?:cụm|khối)(?:\s+thi\s+đua)?\s*\)$", regex.I)


def _number_in_alias(doc: Document, cm: ClusterMention) -> Found | None:
    """The number of a cluster named by its kind, from its numbered name in brackets right after it ("Khối Văn hóa
    Xã hội (Khối III)"): the same kind of cluster."""
    m = _RE_NUMBERED_ALIAS.match(doc.text, cm.end)
    if m is None or _kind_of(m.group("k")) != cm.kind:
        return None
    value = number_value(m.group("n"))
    return Found(value, m.start("n"), m.end("n")) if value else None


def _number_in_title(doc: Document, cm: ClusterMention) -> ClusterMention | None:
    """The number of a cluster the meeting sentence names by its members' kind ("Khối thi đua các tổ chức
    xã hội"), from the headline that names it by number ("Khối thi đua số 9 triển khai ..."): the one
    numbered cluster of that kind the headline names."""
    title = next((b for b in doc.blocks if b.kind == "title"), None)
    if title is None or title.start <= cm.start < title.end:
        return None
    numbered = [x for x in mentions(doc, title.start, title.end) if x.qualified and not x.after_role]
    if len(numbered) != 1 or numbered[0].number is None or numbered[0].kind != cm.kind:
        return None
    return numbered[0]


def _title_segments(doc: Document, title: Found):
    """The parts of a title, one position each: split at commas and semicolons, and at a dash that a
    position or a role note follows ("Tỉnh ủy viên - Giám đốc Sở X - Trưởng Khối"; not "Sở Văn hóa - Thể thao")."""
    t = doc.text
    dash_re = _title_res().dash
    # (on the shadow text: a comma inside an official name, "Sở Văn hóa, Thể thao và Du lịch", parts nothing)
    for m in cre.finditer(r"[^,;]+", shadow(doc)[title.start:title.end]):
        a, b = title.start + m.start(), title.start + m.end()
        for d in dash_re.finditer(t, a, b):
            yield a, d.start()
            a = d.end()
        yield a, b


def _segment_org(doc: Document, a: int, b: int) -> Found | None:
    """The unit a title part names after its position: "Giám đốc Bưu điện tỉnh" -> "Bưu điện tỉnh"."""
    t = doc.text
    pos_re = _position_re()
    seg = t[a:b]
    a += len(seg) - len(seg.lstrip())
    seg = t[a:b].strip()
    # an acting head holds the position: "Quyền Trưởng ban Ban X" (abbreviated too: "Q. Chủ tịch UBND huyện A")
    acting = cre.match(r"(?:quyền|(?-i:Q)\.)\s*(?=\p{Lu})", seg, regex.I)
    if acting:
        a += acting.end()
        seg = seg[acting.end():]
    pm = pos_re.match(seg) or _short_position(seg)
    if not pm:
        return None
    rest_a = a + pm.end()
    # "Trưởng ban Tuyên giáo": the unit is "Ban Tuyên giáo" (not when written again, "Trưởng ban Ban X")
    # (the position's match ends with its spaces)
    position = pm.group(0).rstrip()
    pos_end = a + len(position)
    # (the head of the board itself, not of an office: "Chánh Văn phòng Sở X" heads in Sở X's name)
    if cre.search(r"trưởng\s+(?:ban|phòng)$", position, regex.I) and not cre.match(r"(?:ban|phòng)\s", t[rest_a:b], regex.I):
        rest_a = pos_end - 3 if position.lower().endswith("ban") else pos_end - 5
    org = t[rest_a:b].strip()
    # a position read in two parts ("Phó" + "Tổng cục trưởng Tổng cục X"): the unit follows the second
    pm2 = pos_re.match(org)
    # (or the words of the charge after the second, read below: "Phó" + "Chi cục trưởng phụ trách Chi cục X")
    if pm2 and (starts_with_unit_head(org[pm2.end():])
                or cre.match(r"(?:phụ trách|thường trực)\s+(?=(?-i:\p{Lu}))", org[pm2.end():], regex.I)):
        org = org[pm2.end():]
    # "Chủ tịch Hội đồng Thi đua - Khen thưởng Trường X": the council of a unit stands for the unit
    council = cre.match(r"Hội đồng\s+thi\s+đua\s*(?:-|,)?\s*khen\s+thưởng\s+", org, regex.I)
    if council and starts_with_unit_head(org[council.end():]):
        org = org[council.end():]
    # "Chủ tịch HĐTV Tổng công ty X": the board of a company stands for the company
    board = cre.match(r"(?:HĐTV|HĐQT|Hội đồng thành viên|Hội đồng quản trị|Ban Giám đốc|Ban Tổng Giám đốc|Ban Kiểm soát)\s+", org, regex.I)
    # (or a second position held with the board's: "Chủ tịch HĐTV kiêm Giám đốc Công ty X", read below)
    if board and (starts_with_unit_head(org[board.end():]) or cre.match(r"kiêm\s", org[board.end():], regex.I)):
        org = org[board.end():]
    # "Phó Viện trưởng phụ trách Viện X": the unit follows the words of the charge
    charge = cre.match(r"(?:phụ trách|(?P<held>kiêm)|thường trực)\s+", org, regex.I)
    if charge:
        # (positions joined by "kiêm" are one position: "Chủ tịch kiêm Tổng Giám đốc Công ty X")
        held = pos_re.match(org, charge.end()) if charge.group("held") else None
        at = held.end() if held else charge.end()
        if starts_with_unit_head(org[at:]):
            org = org[at:]
    # two positions joined by "kiêm", each with its unit: the unit of one, not the words across both ("Phó Giám đốc Sở X kiêm
    # Chủ tịch Công đoàn ngành Y" -> "Sở X"); a Party or union body inside a unit gives way to the unit ("Bí thư Đảng ủy kiêm
    # Giám đốc Công ty X" -> "Công ty X")
    held = _RE_HELD_TOO.search(org) if "kiêm" in org else None
    second = pos_re.match(org, held.end()) if held is not None else None
    if second is not None:
        first, other = org[:held.start()], org[second.end():]
        if starts_with_unit_head(other) and (not starts_with_unit_head(first)
                                             or _RE_PARTY_UNIT.match(first) and not _RE_PARTY_UNIT.match(other)):
            org = other
        else:
            org = first
    # a position named with its unit's head word ("Trưởng Công an" + "xã A"): the unit is "Công an xã A"; the level alone
    # too, as a district's own portal writes it ("Trưởng Công an quận - Trưởng khối": "Công an quận")
    tail_head = cre.search(r"(?<=\s)(?:công an)\s*$", pm.group(0), regex.I)
    if tail_head and cre.match(r"(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh)(?!\p{L})", org, regex.I):
        rest_a = a + tail_head.start()
        org = t[rest_a:b].strip()
    # "Chánh Văn phòng Huyện ủy", "Chánh Thanh tra tỉnh": the head of the office, which is the unit
    # (not the office of a department, a part of it: "Chánh Văn phòng Sở X" heads in Sở X's name)
    # (the department named bare, no name after it, is the office's own: "Phó Chánh Thanh tra Sở" heads "Thanh tra Sở")
    # (the office written short too: "Chánh VP HĐND&UBND huyện" heads "VP HĐND&UBND huyện")
    chanh = cre.match(r"\s*(?:phó\s+)?chánh\s+(?=(?:văn phòng|(?-i:VP)|thanh tra)\s(?!(?-i:Sở|Bộ|Cục|Tổng cục|Trung tâm|Công ty)\b(?!\s*$)))", seg, regex.I)
    if chanh:
        rest_a = a + chanh.end()
        org = t[rest_a:b].strip()
    elif org and not starts_with_unit_head(org) and " " in pm.group(0).strip():
        first = pm.group(0).split()[0]
        alt = t[a + len(pm.group(0)) - len(pm.group(0).lstrip()) + len(first):b].strip()
        if starts_with_unit_head(alt):
            org, rest_a = alt, b - len(alt)
    # (not a bare "tỉnh", "Chủ tịch tỉnh"; but the province's youth union and its Party committee are units: "Bí thư Tỉnh
    # đoàn", "Phó Bí thư Tỉnh ủy A")
    if org and (org[0].isupper() or starts_with_unit_head(org)) and not cre.match(r"tỉnh\b(?!\s+(?:đoàn|ủy|uỷ)\b)", org, regex.I):
        s0 = t.index(org, rest_a)
        return Found(org, s0, s0 + len(org))
    return None


_RE_HELD_TOO = regex.compile(r"\s+kiêm\s+", regex.I)
# a position written short the same way as a place's kind, "TP" (Trưởng phòng; the city's "TP"), not in
# lexicons/positions.txt, which every reader of a title shares: read here, before a capitalised name no place, and never
# with the city's full stop ("TP Tổ chức cán bộ Sở X, Cụm trưởng"; not "TP. Huế", "TP Vinh")
_RE_SHORT_POSITION = regex.compile(r"(?-i:TP)[ ]+(?P<run>(?-i:\p{Lu})\p{L}*(?:[ ]+(?-i:\p{Lu})\p{L}*){0,3})")


def _short_position(seg: str):
    """The position written short like a place's kind that opens a title part (_RE_SHORT_POSITION), or None before a
    place the gazetteer knows (any first words of the capitalised run: "TP Hồ Chí Minh", "TP Vinh")."""
    m = _RE_SHORT_POSITION.match(seg)
    if m is None:
        return None
    words = m.group("run").split()
    if any(gazetteer.is_place(" ".join(words[:k])) for k in range(1, len(words) + 1)):
        return None
    return regex.match(r"(?-i:TP)[ ]+", seg)


# the words that join a position to the cluster role held with it: "Chủ tịch Hội X kiêm Cụm trưởng"
# or that a representative acts for it: "Giám đốc Sở X đại diện đơn vị Cụm trưởng", "... thay mặt Cụm trưởng"
_RE_ROLE_LINK = regex.compile(
    # (or the unit's kind for "đơn vị" after the dash: "Phó Chủ tịch UBND huyện A - huyện Cụm trưởng năm 2023")
    r"(?:\s+(?:kiêm|đồng\s+thời(?:\s+là)?|và|là)|\s*-\s*(?:(?:đại\s+diện|thay\s+mặt)\s+)?(?:đơn\s+vị|(?-i:huyện|xã|phường|quận|thị\s+xã|thị\s+trấn|thành\s+phố|tỉnh|sở|cơ\s+quan))?|\s+(?:đại\s+diện|thay\s+mặt)(?:\s+cho)?(?:\s+đơn\s+vị)?)\s*$",
    regex.I)


_RE_GENERIC_UNIT = regex.compile(r"(?-i:công ty|doanh nghiệp|đơn vị|cơ quan|trường|bệnh viện|ngân hàng|tổng công ty)")


def _title_orgs(doc: Document, title: Found, parents: bool = False) -> list[tuple[Found | None, bool]]:
    """Each title part's unit, and whether the part holds a cluster role (the unit read before the role word); with
    ``parents``, a department's unit is its parent written in the next part ("Trưởng phòng X, Trường Y" -> "Trường Y")."""
    role_re = _title_res().role
    out = []
    segments = list(_title_segments(doc, title))
    for i, (a, b) in enumerate(segments):
        rm = role_re.search(doc.text, a, b)
        if rm:
            lk = _RE_ROLE_LINK.search(doc.text, a, rm.start())
            b = lk.start() if lk else rm.start()
        org = _segment_org(doc, a, b) if b > a else None
        if org is not None and _RE_GENERIC_UNIT.fullmatch(org.value):
            org = None  # a unit named back in lower case ("Phó Giám đốc công ty"): no name of its own
        if parents and org is not None and i + 1 < len(segments) and _department_re().match(org.value):
            org = _parent_unit(doc, *segments[i + 1]) or org
        out.append((org, rm is not None))
    return out


@lru_cache(maxsize=None)
def _department_re():
    """The head of a part of a unit (lexicons/departments.txt): "phòng", "ban", "khoa", "văn phòng"."""
    return regex.compile(trie_alternation(lexicon.words("departments.txt")) + r"\s", regex.I)


def _parent_unit(doc: Document, a: int, b: int) -> Found | None:
    """The unit a title part names bare, no position before it ("Trường Đại học X" after "Trưởng phòng Y, "): a department's
    parent body."""
    t = doc.text
    a += len(t[a:b]) - len(t[a:b].lstrip())
    if not t[a:a + 1].isupper() or not starts_with_unit_head(t[a:b]) or _position_re().match(t, a, b):
        return None
    span = unit_after(doc, a, b)
    return Found(t[span[0]:span[1]], span[0], span[1]) if span is not None and span[0] == a else None


def _head_org(doc: Document, title: Found) -> Found | None:
    """The unit a person heads among those the title names: "Ủy viên Ban Thường vụ Quận ủy, Chủ tịch Ủy ban
    MTTQ quận A" -> "Ủy ban MTTQ quận A" (a member's or a deputy's seat is passed over); else _org_from_title, which also
    decides when the title holds the role ("Phó Bí thư Tỉnh đoàn, Chủ tịch Công đoàn cơ quan Tỉnh đoàn - đơn vị Trưởng khối").
    A department stands for its parent written after it ("Trưởng phòng X, Trường Y" -> "Trường Y")."""
    orgs = _title_orgs(doc, title, parents=True)
    if any(has_role for _o, has_role in orgs):
        return _org_from_title(doc, title)
    for (a, _b), (org, _r) in zip(_title_segments(doc, title), orgs):
        if org is not None and not _RE_SEAT.match(doc.text, a, org.start):
            return org
    return _org_from_title(doc, title)


_RE_SEAT = regex.compile(r"\s*(?:ủy\s+viên|uỷ\s+viên|thành\s+viên|phó)\b", regex.I)


def _org_from_title(doc: Document, title: Found) -> Found | None:
    """The unit a person's title names: "Giám đốc Bưu điện tỉnh, Cụm phó ..." -> "Bưu điện tỉnh". A title
    holding a cluster role names the unit of the position it is held with: the same part ("Chủ tịch Hội X
    kiêm Cụm trưởng"), else the nearest part before it; a title without one, its first unit; a department, the parent
    written after it ("Trưởng phòng X, Sở Y (Cụm trưởng)": Sở Y)."""
    orgs = _title_orgs(doc, title, parents=True)
    i = next((k for k, (_o, has_role) in enumerate(orgs) if has_role), None)
    if i is not None:
        near = [org for org, _r in [orgs[i], *reversed(orgs[:i])] if org is not None]
        # a deputy's unit gives way to the unit the person heads, named before it ("Chủ tịch Ủy ban X, Phó Chủ tịch
        # Hội đồng Y, Khối trưởng": X)
        bodies = _bloc_of_party_bodies(doc)
        head = next((o for o in near if not _RE_DEPUTY_BEFORE.search(doc.text[title.start:o.start])
                     and (bodies or not _RE_PARTY_UNIT.match(o.value))), None)
        return head or (near[0] if near else None)
    # (a Party body inside the unit gives way to the unit: "Phó Bí thư Đảng ủy, Phó Giám đốc Công an tỉnh A (Cụm trưởng)";
    # not in a bloc of such bodies, "Khối thi đua các Công đoàn ngành")
    units = [o for o, _r in orgs if o is not None]
    if _bloc_of_party_bodies(doc):
        return units[0] if units else None
    return _not_a_party_body(units)


def _read_whole(cur: UnitRoleDraft, org: Found | None) -> None:
    """The role's unit as the holder's title reads it whole, where the role note's reading stopped at a lower-case word at
    the same end ("Chủ tịch Công đoàn cơ quan Tỉnh đoàn - đơn vị Trưởng khối": not "Tỉnh đoàn")."""
    if org is not None and cur.organization is not None and org.end == cur.organization.end and org.start < cur.organization.start:
        cur.organization = org


def _bloc_of_party_bodies(doc: Document) -> bool:
    """The cluster is one of Party or union bodies: its name says so ("Khối thi đua các Công đoàn ngành"), or the body
    is written before it ("Công đoàn Khối thi đua Mặt trận - Đoàn thể")."""
    name = doc.draft.scalars.get("cluster.name")
    if name is None:
        return False
    return _RE_PARTY_BODY.search(name.value) is not None or _RE_PARTY_BODY_BEFORE.search(doc.text, max(0, name.start - 20), name.start) is not None


_RE_PARTY_BODY_BEFORE = regex.compile(r"(?:Đảng ủy|Đảng bộ|Chi bộ|Công đoàn|Đoàn Thanh niên)\s+$", regex.I)


def _org_after_role(doc: Document, title: Found) -> Found | None:
    """The role first, the position after it: "Khối trưởng Khối thi đua số VI, Chủ tịch Công ty X" -> "Công ty X"."""
    orgs = _title_orgs(doc, title, parents=True)
    i = next((k for k, (_o, has_role) in enumerate(orgs) if has_role), None)
    if i is None or any(o is not None for o, _r in orgs[:i + 1]):
        return None  # (a unit at or before the role word is _org_from_title's)
    return _not_a_party_body([o for o, _r in orgs[i + 1:] if o is not None])


def _not_a_party_body(orgs: list[Found]) -> Found | None:
    """The first of the units that is no Party or union body inside a unit, else the first."""
    return next((o for o in orgs if not _RE_PARTY_UNIT.match(o.value)), orgs[0] if orgs else None)


# the Party's and the union's bodies inside a unit, which a person's other position names beside it
_RE_PARTY_BODY = regex.compile(r"(?:Đảng ủy|Đảng bộ|Chi bộ|Công đoàn|Đoàn Thanh niên|Ban Chấp hành|Ban Thường vụ)\b", regex.I)
# (and, as a unit a person's title names, the Party committee of a province, district or town beside its government: "Phó
# Bí thư Thị ủy - Chủ tịch UBND thị xã A"; a bloc named for such a committee's bodies is no bloc of Party bodies, "Khối các
# cơ quan tham mưu, giúp việc Tỉnh ủy")
_RE_PARTY_UNIT = regex.compile(_RE_PARTY_BODY.pattern[:-3] + r"|(?:Tỉnh|Huyện|Thị|Thành|Quận)\s+ủy)\b", regex.I)
# a deputy's position just before a unit in a title: "Phó Chủ tịch Hội đồng X", "Phó Giám đốc Sở Y"
_RE_DEPUTY_BEFORE = regex.compile(r"(?:^|[,;]\s*|\s-\s*)phó\s+[^,;]{0,30}$", regex.I)


@lru_cache(maxsize=None)
def _position_re():
    return regex.compile(r"\s*(?:" + positions_alt() + r")\s+", regex.I)


@lru_cache(maxsize=None)
def _people_role_res():
    """A role word in a person's title, and "đại diện (đơn vị) <role>" or "giữ nhiệm vụ <role>" right after it."""
    vice, chair = _role_words()
    role = _NOT_A_TEAM + r"(?:(?P<vice>" + vice + r")|(?P<chair>" + chair + r"))" + _ROLE_END
    return regex.compile(role, regex.I), regex.compile(
        # ("Ông A - Tổng Giám đốc Nhà xuất bản X là Khối trưởng ...": the person's unit holds the role)
        r"\s*(?:[-,]?\s*(?:đại diện|thay mặt)\s+(?:cho\s+)?(?:đơn vị\s+)?|\(\s*(?:là\s+)?(?:đơn vị\s+)?|\s+giữ\s+(?:nhiệm vụ|vai trò)(?:\s+là)?\s+"
        # ("do Cục trưởng Cục X - ông A, làm Cụm trưởng": the one named by his position first takes the role)
        r"|,?\s+(?:là|làm)\s+(?:đơn vị\s+)?)" + role, regex.I)


@lru_cache(maxsize=None)
def _elected_after_title_re():
    """A role the person after whose title it stands is elected or assigned to: " được giao làm Cụm trưởng", " được bầu làm Khối phó"."""
    vice, chair = _role_words()
    return regex.compile(r"\s*,?\s+(?:đã\s+)?được\s+(?:(?:hội nghị|cụm|khối)\s+)?(?:(?:thống nhất|nhất trí)\s+)?"
                         r"(?:bầu|chọn|lựa chọn|giao|phân công|giới thiệu|suy tôn|bầu chọn)\s+(?:làm|là)\s+(?:đơn vị\s+)?"
                         r"(?:(?P<vice>" + vice + r")|(?P<chair>" + chair + r"))" + _ROLE_END, regex.I)


@lru_cache(maxsize=None)
def _note_dash_re():
    """A role note after a dash or a comma: " - Cụm trưởng", " – đơn vị Khối phó", ", Khối phó Khối thi đua"."""
    vice, chair = _role_words()
    return regex.compile(r"\s*[-–,]\s*(?:đơn vị\s+)?(?:(?P<vice>" + vice + r")|(?P<chair>" + chair + r"))" + _ROLE_END, regex.I)


class _TitleRes(NamedTuple):
    dash: regex.Pattern  # a dash before a role note or a position
    role: regex.Pattern  # a role word anywhere


@lru_cache(maxsize=None)
def _title_res() -> _TitleRes:
    """For _org_from_title: a dash before a role note, and a role word anywhere."""
    vice, chair = _role_words()
    return _TitleRes(regex.compile(r"\s*[-–]\s*(?=(?:đại diện\s+|đơn vị\s+)?(?:" + chair + "|" + vice + r")" + _ROLE_END + r")"
                                   r"|(?:\s+[-–]\s*|(?<=\p{Ll})[-–]\s+)(?=(?:" + positions_alt() + r")\s)", regex.I),
            regex.compile(r"(?:" + vice + "|" + chair + r")" + _ROLE_END, regex.I))


def _role_in_title(doc: Document, title: Found | None):
    """The cluster role a title holds, or that follows it ("..., Chủ tịch Hội X (Khối phó)"), as a match."""
    if title is None:
        return None
    role_re, speaks_for_re = _people_role_res()
    t = doc.text
    # (past a photo's note of where the person stands: "Ông A – GĐ Công ty X (thứ nhất từ trái sang) đại diện khối trưởng")
    aside = _RE_ASIDE_NOTE.match(t, title.end, title.end + 50)
    at = aside.end() if aside else title.end
    inside = role_re.search(t, title.start, title.end)
    if inside is not None:
        return inside
    m = speaks_for_re.match(t, at, at + 60)
    # "thay mặt Cụm trưởng" with no unit word: a guest may hand over for the chair ("... thay mặt Cụm trưởng trao Cờ"); the
    # chair's own unit reports, presides, speaks or signs for it ("... thay mặt Cụm trưởng trình bày báo cáo")
    if m is not None and "thay" in t[at:m.start("chair") if m.group("chair") else m.start("vice")].lower() \
            and "đơn vị" not in t[at:m.end()].lower() and not _RE_CHAIRS_OWN_ACT.match(t, m.end(), m.end() + 60):
        return None
    return m


_RE_CHAIRS_OWN_ACT = regex.compile(r"(?:\s+[^\s.;,]+){0,4}?\s+(?:trình bày|báo cáo|thông qua|chủ trì|điều hành|phát biểu|khai mạc|bế mạc|ký|bàn giao)(?!\p{L})",
                                   regex.I)
_RE_ASIDE_NOTE = regex.compile(r"\s*\((?:thứ\s+\p{L}+\s+)?(?:từ\s+)?(?:trái|phải|bên\s+trái|bên\s+phải|giữa|đứng giữa)[^()]{0,25}\)", regex.I)


def _later_titles(doc: Document, p):
    """The titles written after the other mentions of a person's name, in order."""
    t = doc.text
    nm = p.name.value
    sents = doc.content_sentences()
    starts = [s.start for s in sents]
    i = t.find(nm, p.name.end)
    while i != -1:
        e = i + len(nm)
        si = bisect_right(starts, i) - 1
        if si >= 0 and not t[i - 1:i].isalpha() and not t[e:e + 1].isalpha():
            title, _after = title_after(doc, e, sents[si].end)
            if title is not None:
                yield title
        i = t.find(nm, e)


@lru_cache(maxsize=None)
def _place_after_re():
    """The province written after a unit's name: " tỉnh <province>", " <province>" (after "... tỉnh")."""
    # (a line may break inside a name of two words: "tỉnh <first word>\n<second word>")
    return regex.compile(r"\s+(?:(?:tỉnh|thành phố|TP\.?)\s+)?(?:" + _provinces_alt().replace(r"\ ", r"\s+") + r")(?!\p{L})", regex.I)


def _complete_roles(doc: Document) -> None:
    """A role unit written without its province ("<unit> (<role>)") takes it where the text gives
    the same role to the unit written with it ("<unit> tỉnh <province> - <role>"), a mention the
    sentence rules miss when a line breaks inside the name."""
    t = doc.text
    rx = _place_after_re()
    role_after = _role_res()["after_unit"]
    for key, r in doc.draft.roles.items():
        org = r.organization
        if not starts_with_unit_head(org.value):
            continue
        i = t.find(org.value)
        while i != -1:
            m = rx.match(t, i + len(org.value))
            ra = role_after.match(t, m.end()) if m else None
            if ra and (_role_kind(ra)) == key.removeprefix("next_"):
                r.organization = Found(t[i:m.end()], i, m.end())
                break
            i = t.find(org.value, i + 1)


# (folded) a unit's governing board, and the position of the head of a part of a unit
_RE_BOARD = regex.compile(r"(?:hoi dong (?:quan tri|thanh vien)|hdqt|hdtv)\s+$")
_RE_PLACE_COMMITTEE = regex.compile(r"(?:ubnd|uy ban nhan dan)\s+")
_RE_PLACE_KIND_OPENS = regex.compile(r"(?:xa|phuong|thi tran|huyen|quan|thi xa|thanh pho|tinh)\s")
_RE_PART_HEAD = regex.compile(r"\b(?:phong|thanh tra)\b")


_RE_TAKES_ON = regex.compile(r"\b(?:đảm nhận|nhận nhiệm vụ|tiếp nhận|nhận|làm|giữ)\b", regex.I)
# (a school year counts by the year it ends, as its period does: "năm học 2022-2023" is 2023)
_RE_ROLE_YEAR_AFTER = regex.compile(r"(?:\s+(?:cụm|khối))?(?:\s+thi\s+đua)?(?:\s+(?:số\s+)?\d{1,2})?\s+năm(?:\s+học)?\s+(?:(?:19|20)\d{2}\s*[-–]\s*)?((?:19|20)\d{2})\b", regex.I)


_RE_CLUSTER_AFTER_ROLE = regex.compile(r"\s+(?P<k>cụm|khối)(?:\s+thi\s+đua)?(?:\s+(?:số\s+)?(?P<n>\d{1,2}|[IVX]{1,4})\b)?", regex.I)


_RE_FRONTED_OPEN = regex.compile(r"(?:^|[.;:!?…\n])\s*(?:là|với\s+vai\s+trò(?:\s+là)?|trong\s+vai\s+trò)\s+(?:đơn\s+vị\s+)?", regex.I)
_RE_PERSON_AFTER_COMMA = regex.compile(r"[^,;.]{0,60},\s*(?:(?:đồng chí|ông|bà|đ/c)\s+)?$", regex.I)


def _fronted_role_before(doc: Document, name_a: int):
    """The role word of a clause fronted before a person's name ("Là đơn vị Khối trưởng ..., đồng chí A")."""
    t = doc.text
    lo = max(0, name_a - 120)
    for o in _RE_FRONTED_OPEN.finditer(t, lo, name_a):
        rm = _people_role_res()[0].match(t, o.end(), name_a)
        if rm is not None and _RE_PERSON_AFTER_COMMA.fullmatch(t, rm.end(), name_a):
            return rm
    return None


def _other_clusters_role(doc: Document, m) -> bool:
    """The role word names another cluster: another number, or another kind ("Trưởng Khối thi đua ..." at a Cụm's)."""
    c = _RE_CLUSTER_AFTER_ROLE.match(doc.text, m.end(), m.end() + 40)
    kind = doc.draft.scalars.get("cluster.kind")
    # (the role word may name the kind itself: "Trưởng Khối thi đua các cơ quan Đảng" at a Cụm's meeting)
    own = cre.search(r"(?:cụm|khối)", m.group(0), regex.I) if c is None else None
    if own is not None and kind is not None and (cre.search(r"\bthi\s+đua\b", m.group(0), regex.I)
                                                 or cre.match(r"\s+thi\s+đua\b", doc.text[m.end():m.end() + 10], regex.I)):
        return _kind_of(own.group(0)) != kind.value
    if c is None:
        return False
    if kind is not None and _kind_of(c.group("k")) != kind.value:
        # (not when it names the cluster's own number, the kind written loosely: "Cụm phó Cụm thi đua số 3" at the meeting of
        # "Khối thi đua số 3")
        num = doc.draft.scalars.get("cluster.number")
        if c.group("n") and num is not None and number_value(c.group("n")) == num.value:
            return False
        # (not when it names the cluster's own descriptor: "Cụm thi đua khối các cơ quan y tế tỉnh" for "Khối các cơ
        # quan y tế")
        return not _same_descriptor(doc, c.end())
    return _other_number(doc, c)


# (the cluster a role word names by its descriptor: "Trưởng khối thi đua các cơ quan nội chính", "Khối trưởng khối nội chính")
# (its second form opens on a word of the descriptor, not on a demonstrative, a preposition or a word of time that may
# follow "cụm" / "khối": lexicons/cluster_roles.json "not_descriptor_words", "Cụm trưởng cụm này trong năm 2024")
@lru_cache(maxsize=None)
def _descriptor_after_role_re():
    stop = lexicon.table("cluster_roles.json").get("not_descriptor_words") or ["\uffff"]
    return regex.compile(
        r"(?:(?:\s+(?:cụm|khối))?\s+thi\s+đua|(?<=\sthi\s+đua))\s+(?P<d>các\s+[^,.;:()\n]{2,60}?)(?=\s+năm\b|\s*[,.;:()\n]|$)"
        r"|\s+(?:cụm|khối)\s+(?P<d>(?!(?:thi\s+đua|số|năm|" + trie_alternation(stop) + r")(?!\p{L}))(?-i:\p{Ll})[^,.;:()\n\d]{2,40}?)"
        r"(?=\s+năm\b|\s*[,.;:()\n]|$)", regex.I)


@lru_cache(maxsize=None)
def _descriptor_end_re():
    """Where a cluster's descriptor after a role word ends: a place, a year, the body it belongs to, or the clause's verb or
    tense ("Sở A, Trưởng Khối thi đua các cơ quan tổng hợp đã tổ chức ...", "... các cơ quan Đảng báo cáo ...";
    lexicons/clause_verbs.txt)."""
    return regex.compile(r"\s(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|năm|của|thuộc|trực\s+thuộc|trên|tại|đã|đang|sẽ|vừa|được"
                         r"|" + alternation(lexicon.words("clause_verbs.txt")) + r")\s", regex.I)


def _role_names_another_cluster(doc: Document, m) -> bool:
    """The role word names another cluster than the meeting's: by its number or kind (_other_clusters_role), or by a
    descriptor with a word the meeting's cluster's name lacks, read up to a place, a year or the body it belongs to ("Trưởng
    khối thi đua các cơ quan nội chính" at the meeting of "Khối thi đua các cơ quan tổng hợp"; not "... các cơ quan tổng hợp
    tỉnh", "... các cơ quan tổng hợp của tỉnh")."""
    if _other_clusters_role(doc, m):
        return True
    d = _descriptor_after_role_re().match(doc.text, m.end())
    name = doc.draft.scalars.get("cluster.name")
    if d is None or name is None:
        return False
    said = cre.findall(r"[a-z0-9]+", fold(_descriptor_end_re().split(" " + d.group("d") + " ")[0]))
    ours = set(cre.findall(r"[a-z0-9]+", fold(str(name.value))))
    said = [w for w in said if w not in ("cac", "cum", "khoi", "thi", "dua")]
    return bool(said) and not set(said) <= ours


_RE_NAMED_PLACE = regex.compile(r"(?:huyện|quận|thị xã|thành phố|tỉnh|xã|phường)\s+(?-i:\p{Lu})", regex.I)


def _same_descriptor(doc: Document, at: int) -> bool:
    """The words after a cluster word at ``at`` hold the descriptor of the article's cluster ("các cơ quan y tế")."""
    name = doc.draft.scalars.get("cluster.name")
    d = _RE_NAME_DESCRIPTOR.match(name.value) if name is not None else None
    if d is None or len(d.group(1).split()) < 2:
        return False
    return fold(d.group(1)) in fold(doc.text[at:at + len(d.group(1)) + 30])


_RE_NAME_DESCRIPTOR = regex.compile(r"(?:cụm|khối)(?:\s+thi\s+đua)?\s+(các\s+\p{L}.*)$", regex.I)


def _other_number(doc: Document, c) -> bool:
    """The cluster word's number is not the article's cluster's."""
    num = doc.draft.scalars.get("cluster.number")
    n = c.group("n")
    if num is None or not n:
        return False
    value = number_value(n)
    return value is not None and value != num.value


def number_value(n: str) -> int | None:
    """A cluster's number written in figures or in Roman numerals ("3", "III"); None for another word."""
    return int(n) if n.isdigit() else _ROMAN.get(n.upper())


def _role_year_against_period(doc: Document, m) -> int:
    """The year written after the role word against the year of the period the meeting reviews (or of the
    covenant): -1 before it, 1 after it (the next period's), 0 the same or not known."""
    y = _RE_ROLE_YEAR_AFTER.match(doc.text, m.end(), m.end() + 40)
    return 0 if y is None else _year_against_period(doc, int(y.group(1)))


# the words of a school year, the period's span: "năm học 2024 - 2025"
_RE_SCHOOL_YEAR_WORDS = regex.compile(r"(?<!\p{L})(?:năm|niên)\s+học(?!\p{L})", regex.I)


def _year_against_period(doc: Document, year: int) -> int:
    """A role's year against the year of the period the meeting reviews (or of the covenant): -1 before it, 1 after it, 0 the
    same or not known."""
    per = doc.draft.scalars.get("meeting.period")
    if per is None or per.value.get("year") is None:
        return 0
    reviewed = per.value["year"]
    held = doc.draft.scalars.get("meeting.date.parts")  # (the date as written: its year, month and day, each or None)
    if per.value.get("span") == "term" and held is not None and held.value[0] is not None and held.value[0] < reviewed \
            and not _RE_SCHOOL_YEAR_WORDS.search(doc.text, per.start, per.end):
        # a term still running at the meeting is dated by the meeting's own year, not by its end: "đơn vị Trưởng khối năm
        # 2023" at a mid-term review of "giai đoạn 2021 - 2025" held in 2023 holds the role now (not a school year, dated by
        # its last year all through: "Cụm trưởng năm học 2024 - 2025" at the review of its first term in December 2024)
        reviewed = held.value[0]
    return (year > reviewed) - (year < reviewed)


def _abbreviates(a: str, b: str) -> bool:
    """One name writes the other with an abbreviation: the same initials, and an abbreviation (a word in
    capitals) in one that the other spells out ("Hội CTĐ tỉnh", "Hội Chữ thập đỏ tỉnh"; not "UBND xã Hải Phú"
    and "UBND xã Hải Phong", nor "Sở Nội vụ" and "Sở Ngoại vụ")."""
    caps_a = {w for w in a.split() if len(w) >= 2 and w.isupper()}
    caps_b = {w for w in b.split() if len(w) >= 2 and w.isupper()}
    return caps_a != caps_b and (_initials(a) == _initials(b) or _joined_initials(a) == _joined_initials(b)
                                 and _place_kinds_agree(a, b))


# (the words an abbreviation leaves out: the "và" its "&" writes, the kind of place before a province's name)
_RE_LEFT_OUT_WORDS = regex.compile(r"(?<!\S)(?:và|(?:tỉnh|thành\s+phố|TP\.?)(?=\s+(?-i:\p{Lu})))(?!\S)", regex.I)


_RE_PROVINCE_OR_CITY = regex.compile(r"(?<!\S)(?:(tỉnh)|thành\s+phố|TP\.?)(?=\s+(?-i:\p{Lu}))", regex.I)


def _place_kinds_agree(a: str, b: str) -> bool:
    """The kind of place each name writes before its place, where both write one, is the same: the initials leave it out,
    but "Công an TP Hà Tĩnh" (the city's) is not "Công an tỉnh Hà Tĩnh" (the province's)."""
    ka = [m.group(1) is not None for m in _RE_PROVINCE_OR_CITY.finditer(a)]
    kb = [m.group(1) is not None for m in _RE_PROVINCE_OR_CITY.finditer(b)]
    return not ka or not kb or ka == kb


def _joined_initials(name: str) -> str:
    """A unit's initials as an abbreviation joined by "&" or "," writes them: "Sở GD&ĐT A" and "Sở Giáo dục và Đào tạo
    tỉnh A" both read "sgddta"; "Sở VH,TT&DL" and "Sở Văn hóa, Thể thao và Du lịch" read "svhttdl"."""
    words = _RE_LEFT_OUT_WORDS.sub(" ", name.replace(",", " ")).split()
    return "".join(cre.sub(r"[^0-9a-z]", "", fold(w)) if len(w) >= 2 and w.replace("&", "").isupper() else fold(w)[:1]
                   for w in words)


# (an abbreviation an article defines in brackets after the words it stands for: "Cục Thi hành án dân sự (THADS)")
_RE_DEFINED_ABBR = regex.compile(r"\((\p{Lu}[\p{Lu}&]{1,9})\)")
_RE_ABBR_IN_NAME = regex.compile(r"\s*\((?-i:\p{Lu}[\p{Lu}&]{1,9})\)")
# (the province's kind word before its name, which a unit's name may leave out: "Cục Thuế tỉnh A", "Cục Thuế A")
_RE_PROVINCE_WORD = regex.compile(r"(?<!\S)tỉnh\s+(?=(?-i:\p{Lu}))", regex.I)
_RE_CITY_WORD = regex.compile(r"(?<!\S)(?:thành\s+phố|TP\.?)\s*(?=(?-i:\p{Lu}))", regex.I)
_RE_BARE_PROVINCE_END = regex.compile(r"\s+tỉnh\s*$", regex.I)
_RE_NAMED_PROVINCE_END = regex.compile(r"\s+tỉnh\s+(?-i:\p{Lu})[\p{L}\s-]*$", regex.I)


def _defined_abbreviations(doc: Document) -> dict[str, str]:
    """The abbreviations the article defines in brackets, folded, each to the folded words it stands for: the words
    right before the bracket whose initials spell it ("Ngân hàng Nhà nước (NHNN)": "nhnn" -> "ngan hang nha nuoc")."""
    def compute() -> dict[str, str]:
        out: dict[str, str] = {}
        t = doc.text
        for m in _RE_DEFINED_ABBR.finditer(t):
            letters = [c for c in fold(m.group(1)) if c.isalnum()]
            words = t[max(0, m.start() - 120):m.start()].split()
            if len(letters) < 2 or len(words) < len(letters):
                continue
            long = [w for w in words[-len(letters):]]
            if [fold(w)[:1] for w in long] == letters:
                out.setdefault("".join(letters), " ".join(fold(w) for w in long))
        return out
    return doc.memo("cluster.defined_abbreviations", compute)


def _unit_key(doc: Document, name: str) -> str:
    """One key for the ways an article writes one unit's name: the province's kind word left out ("Cục Thuế tỉnh A" and
    "Cục Thuế A"), an abbreviation it defines written out ("Cục THADS tỉnh A" and "Cục Thi hành án dân sự (THADS) tỉnh A");
    a city's "thành phố" read as "TP" (and kept: "Công an TP A" is not "Công an tỉnh A")."""
    s = _RE_CITY_WORD.sub("TP ", _RE_PROVINCE_WORD.sub("", _RE_ABBR_IN_NAME.sub("", name)))
    defined = _defined_abbreviations(doc) if "(" in doc.text else {}
    # (only a word in capitals is an abbreviation: not "Hà" for a defined "(HA)")
    return " ".join(defined.get(fold(w), fold(w)) if len(w) >= 2 and w.isupper() else fold(w) for w in s.split())


def _provinces_named(doc: Document) -> set[str]:
    """The provinces the article names (alone, or in a unit's or a place's name), canonical."""
    return doc.memo("cluster.provinces_named",
                    lambda: {p.province for p in gazetteer.find_places(doc.text) if p.kind == "province" and p.province})


# (the central body of an association, written with "Trung ương" before it: "Trung ương Hội Nông dân Việt Nam")
_RE_CENTRAL_ASSOCIATION = regex.compile(r"Trung\s+ương\s+(?=Hội\s+(?-i:\p{Lu}))")


def _same_unit(doc: Document, a: str, b: str) -> bool:
    """Two names of one unit by ``_unit_key``; a name that ends with a bare "tỉnh" ("Bộ CHQS tỉnh") is the other with its
    province named ("Bộ Chỉ huy Quân sự tỉnh A") where the rest is the same, or its abbreviation; an association's central
    body ("Trung ương Hội Nông dân Việt Nam") is the association its officers' titles name ("Hội Nông dân Việt Nam", "Hội
    LHPN Việt Nam")."""
    if _unit_key(doc, a) == _unit_key(doc, b):
        return True
    for x, y in ((a, b), (b, a)):
        central = _RE_CENTRAL_ASSOCIATION.match(x)
        if central is not None and _RE_CENTRAL_ASSOCIATION.match(y) is None:
            rest = x[central.end():]
            if _unit_key(doc, rest) == _unit_key(doc, y) or _abbreviates(rest, y):
                return True
    for x, y in ((a, b), (b, a)):
        bare, named = _RE_BARE_PROVINCE_END.search(x), _RE_NAMED_PROVINCE_END.search(y)
        province = gazetteer.province_of(named.group(0).strip()) if bare is not None and named is not None else None
        # (a bare "tỉnh" is that province only where the article names no other: not "Cục THADS tỉnh" after "Đoàn Cục
        # THADS tỉnh B" at a cluster of several provinces)
        if province is not None and _provinces_named(doc) <= {province}:
            hx, hy = x[:bare.start()], y[:named.start()]
            if len(hx.split()) >= 2 and (_unit_key(doc, hx) == _unit_key(doc, hy) or _abbreviates(hx, hy)):
                return True
    return False


def _command_of(doc: Document, title: Found, o: Found, unit: str) -> bool:
    """The person's position names the head word of the unit his title's unit is written without: "Chỉ huy trưởng BĐBP
    tỉnh A" heads "Bộ Chỉ huy BĐBP tỉnh A" (a position "<head> trưởng", the unit "<...> <head> <the title's unit>"); not
    "Chủ tịch UBND tỉnh A" for "Văn phòng UBND tỉnh A"."""
    position = fold(cre.split(r"[,;]|\s-\s", doc.text[title.start:o.start])[-1]).split()
    if len(position) < 2 or position[-1] != "truong":
        return False
    ko, ku = _unit_key(doc, o.value), _unit_key(doc, unit)
    return len(ko.split()) >= 2 and ku.endswith(" " + ko) and ku[:-len(ko)].strip().endswith(" ".join(position[:-1]))


# (a head word written for its kind, not one unit: "các bệnh viện trong Khối", "Khối thi đua các bệnh viện")
_RE_PLURAL_BEFORE_HEAD = regex.compile(r"(?<!\p{L})(?:các|những|mỗi|từng|nhiều|tất\s+cả)\s+$", regex.I)
# (what follows such a head word where it lists the units of that kind: "các bệnh viện: Phổi, Tâm thần", "các bệnh viện Phổi, ...")
_RE_LIST_AFTER_HEAD = regex.compile(r"\s*(?::|(?-i:\p{Lu}))")
_RE_WORD_AFTER_HEAD = regex.compile(r"\s+\p{L}")


# (the places' kind after the plural of a body, opening a list of bare place names: "VKSND các tỉnh: A, B", "Công an các
# huyện, thị xã: A, B")
_RE_PLACES_LEAD = regex.compile(r"(?<!\p{L})các\s+(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường)"
                                r"(?:\s*(?:,|và)\s*(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường))*\s*:", regex.I)
_RE_TITLE_PLACE_KIND = regex.compile(r"\s+(?:tỉnh|thành\s+phố|tp\.?|huyện|quận|thị\s+xã|xã|phường)$", regex.I)


def _body_of_listed_place(doc: Document, title_unit: str, org: Found) -> bool:
    """The role's unit is a bare place name of a list under the plural of a body ("VKSND các tỉnh: Yên Bái (Cụm trưởng), Lào
    Cai"), and the title's unit is that body of that place ("Viện trưởng VKSND tỉnh Yên Bái"): the same unit, written as the
    list writes it (annotation.md: bare place names kept as written)."""
    name, title_unit = org.value.strip(), title_unit.strip()
    if not fold(title_unit).endswith(" " + fold(name)) or starts_with_unit_head(name) or not gazetteer.is_place(name):
        return False
    body = fold(_RE_TITLE_PLACE_KIND.sub("", title_unit[:-len(name)].rstrip())).strip()
    s = doc.content_sentence_at(org.start)
    if not body or s is None:
        return False
    lead = None
    for lead in _RE_PLACES_LEAD.finditer(doc.text, s.start, org.start):
        pass
    if lead is None or cre.search(r"[.;\n]", doc.text[lead.end():org.start]):
        return False
    before = fold(doc.text[max(s.start, lead.start() - len(body) - 2):lead.start()]).strip()
    return before == body or before.endswith(" " + body)


def _bare_head_of(doc: Document, o: Found, unit: str) -> bool:
    """A title's unit written by its head word alone ("Giám đốc Bệnh viện") is the role's unit that opens with it ("Bệnh viện
    Đa khoa tỉnh A") when the article names no other unit of that head, in capitals or not ("Bệnh viện B", "bệnh viện đa
    khoa khu vực C", "các bệnh viện: Phổi, Tâm thần"): the one it can only mean. The head written for its kind ("các bệnh
    viện trong Khối") names none."""
    head = o.value.strip()
    m = unit_head_ci_re().fullmatch(head)
    if m is None or not head[:1].isupper() or not fold(unit).startswith(fold(head) + " "):
        return False
    fu, t = fold(unit), doc.text
    for n in regex.finditer(r"(?<!\p{L})" + regex.escape(head) + r"(?!\p{L})", t, regex.I):
        if n.start() == o.start or fold(t[n.start():n.start() + len(unit)]) == fu:
            continue
        if _RE_PLURAL_BEFORE_HEAD.search(t, max(0, n.start() - 12), n.start()) and not _RE_LIST_AFTER_HEAD.match(t, n.end()):
            continue
        if _RE_WORD_AFTER_HEAD.match(t, n.end()) or _RE_LIST_AFTER_HEAD.match(t, n.end()):
            return False
    return True


def _written_short(a: str, b: str) -> bool:
    """One name writes the other short: its words, in order, among the other's, the head and the last word
    (the proper name, an abbreviation) the same ("Tổng Công ty UDIC", "Tổng Công ty Đầu tư Phát triển hạ tầng đô thị
    UDIC"); at least three words, so a bare head never matches."""
    wa, wb = fold(a).split(), fold(b).split()
    if len(wa) > len(wb):
        wa, wb = wb, wa
    if len(wa) < 3 or wa == wb or wa[0] != wb[0] or wa[-1] != wb[-1] or len(wa[-1]) < 3:
        return False
    it = iter(wb)
    return all(w in it for w in wa)


_RE_BARE_COMMITTEE = regex.compile(r"(?:UBND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân)\s+(tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn)",
                                regex.I)
_RE_PLACE_OF_KIND = regex.compile(r"(tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn)\s+(?-i:\p{Lu})", regex.I)


def _committee_of_place(org: str, unit: str) -> bool:
    """A person's unit written as the people's committee of a kind of place with its name left out ("UBND tỉnh") and the
    role's unit a place of that kind ("Tỉnh A"): the committee is the place's, as "Chủ tịch UBND tỉnh A" would be."""
    c = _RE_BARE_COMMITTEE.fullmatch(org.strip())
    u = _RE_PLACE_OF_KIND.match(unit)
    return c is not None and u is not None and fold(c.group(1)).split() == fold(u.group(1)).split()


def _initials(name: str) -> str:
    """A unit's name by its initials, an abbreviation kept whole: "Hội LHPN Việt Nam" and "Hội Liên hiệp
    Phụ nữ Việt Nam" both read "hlhpnvn"."""
    return "".join(fold(w) if len(w) >= 2 and w.isupper() else fold(w)[:1] for w in name.split())


_RE_CLUSTER_NAMED_AFTER = regex.compile(r"\s+((?:cụm|khối)\s+thi\s+đua\b[^,.;:()\n]{0,60})", regex.I)


def _names_this_cluster(doc: Document, at: int) -> bool:
    """The cluster a role word names after it ("Cụm trưởng Cụm thi đua các huyện phía Bắc") is the meeting's, or none
    is named."""
    m = _RE_CLUSTER_NAMED_AFTER.match(doc.text, at)
    name = doc.draft.scalars.get("cluster.name")
    if m is None or name is None:
        return True
    said, ours = fold(m.group(1)), fold(str(name.value))
    if said.startswith(ours) or ours.startswith(said.split(" tinh ")[0].strip()):
        return True
    # the same number, the name written long or short ("Cụm trưởng Cụm thi đua số 2" at the meeting of "Cụm 2")
    num = _RE_SAID_NUMBER.match(said)
    ours_num = doc.draft.scalars.get("cluster.number")
    return num is not None and ours_num is not None and number_value(num.group(1)) == ours_num.value \
        and said[:3] == ours[:3]


_RE_SAID_NUMBER = regex.compile(r"(?:cum|khoi)\s+thi\s+dua\s+(?:so\s+)?0*(\d{1,2}|[ivx]{1,5})\b")


_RE_ACTS_FOR = regex.compile(r"\s*,\s*(?:là\s+)?(?:đại diện|thay mặt)\s+(?:cho\s+)?", regex.I)


def _acts_for(doc: Document, p, cur) -> bool:
    """The person's name is followed by the unit the person stands for, the one holding the role ("Phó Tổng giám
    đốc EVN A, đại diện Tập đoàn Điện lực Việt Nam, Cụm trưởng ... chủ trì")."""
    t = doc.text
    m = _RE_ACTS_FOR.match(t, p.name.end, p.name.end + 40)
    if m is None:
        return False
    org = cur.organization.value
    return fold(t[m.end():m.end() + len(org) + 1]).startswith(fold(org))


# (a year that opens its clause after a comma, the unit after it: "Được biết, trong năm 2022, UBND huyện A là Cụm trưởng",
# "Trước đó, năm 2022 UBND huyện A ..."; not a plan's year, "triển khai nhiệm vụ năm 2024, UBND huyện A - Cụm trưởng")
_RE_YEAR_OPENS_CLAUSE_BEFORE = regex.compile(r"(?:^|[,;:]\s*)(?:trong\s+)?năm\s+(?P<y>(?:19|20)\d{2})\s*,?\s*$", regex.I)
_RE_BARE_KIND_END = regex.compile(r"(?<!\p{L})(?:tỉnh|huyện|quận|thị xã|xã|phường|thành phố)\s*$", regex.I)
_RE_ABBR_IN_BRACKETS = regex.compile(r"^(?P<long>[^()]+?)\s*\((?P<abbr>\p{Lu}[\p{Lu}&]{1,7})\)\s*(?P<rest>.*)$")
_RE_BARE_PLACE_END = regex.compile(r"\s(?:tinh|thanh pho|huyen|quan|thi xa)$")


# the province a unit's name ends with, its kind word before it ("Sở Tài chính tỉnh A")
_RE_PROVINCE_TAIL = regex.compile(r"\s+(?P<p>(?:tỉnh|thành\s+phố|TP\.?)\s+\p{Lu}[\p{L}\s-]*)$", regex.I)


def _province_left_out(name: str, folded: str) -> bool:
    """``name`` is the unit ``folded`` (a title's unit, folded) with its province written after it: "Giám đốc Sở Tài chính" heads
    "Sở Tài chính tỉnh A"."""
    m = _RE_PROVINCE_TAIL.search(name)
    return m is not None and fold(name[:m.start()]) == folded and gazetteer.province_of(m.group("p")) is not None


def _short_forms(name: str) -> list[str]:
    """A name that gives its abbreviation in brackets, written either way: "Tòa án nhân dân (TAND) tỉnh A" reads
    "tòa án nhân dân tỉnh a" and "tand tỉnh a" (folded)."""
    m = _RE_ABBR_IN_BRACKETS.match(name)
    if m is None:
        return []
    rest = (" " + m.group("rest")) if m.group("rest") else ""
    return [fold(m.group("long") + rest), fold(m.group("abbr") + rest)]


_RE_BRACKETED_ALIAS = regex.compile(r"\s*\(\s*((?-i:\p{Lu})[^()\n]{1,40}?)\s*\)")


def _bracketed_alias(doc: Document, org: Found | None, *, any_letters: bool = False) -> str | None:
    """The short name a unit's span is followed by in brackets ("... - Chi nhánh Thái Bình (XB Thái Bình)"), folded; its
    abbreviation (a word in capitals, or a brand's with a capital inside, "VietinBank") must open it.
    The bracket is the unit's own short name only when it ends with the unit's last words ("(XB Thái Bình)" after "...
    Chi nhánh Thái Bình") or its abbreviation's letters are, in order, among the initials of the unit's words ("Tòa án nhân
    dân (TAND)"); a bracket after a unit often names its parent body instead ("Trường Đại học X (ĐHQGHN)").
    ``any_letters``: a brand's abbreviation whatever its letters ("Tập đoàn Than Việt Nam (TKV)"), where the one who names the
    unit by it holds the unit's role in the same title ("Tổng Giám đốc TKV, Trưởng khối"): no parent body's head holds it."""
    if org is None or doc.text[org.start:org.end] != org.value:  # (a value read as written, its span the text's)
        return None
    m = _RE_BRACKETED_ALIAS.match(doc.text, org.end)
    if m is None or not (am := cre.match(r"(?-i:\p{Lu}[\p{Lu}&]{1,9}|\p{Lu}\p{Ll}+\p{Lu}\p{L}*)(?:\s|$)", m.group(1))):
        return None
    rest = fold(m.group(1)[am.end():].strip())
    if not (rest and fold(org.value).endswith(" " + rest)) and not (any_letters and not rest):
        it = iter(_initials(org.value))
        if not all(c in it for c in fold(am.group(0).strip()) if c.isalpha()):
            return None
    return fold(m.group(1))


# the one read for a role only stands for it, named right after "Thay mặt Cụm trưởng, (ông) ..."
_RE_FOR_ROLE_BEFORE = regex.compile(r"(?<!\p{L})(?:thay\s+mặt|đại\s+diện)\s+(?:cho\s+)?(?:" + ROLE_NOTE_WORDS + r")(?!\p{L})[^,.;:()]{0,40}?"
                                    r"\s*,\s*(?:(?:đồng\s+chí|đ/c|ông|bà)\s+)?$", regex.I)


def _stands_for_role(doc: Document, person: Found) -> bool:
    """The person read for a role is named after "Thay mặt Cụm trưởng," (with no unit word): one acting for the role."""
    return _RE_FOR_ROLE_BEFORE.search(doc.text, max(0, person.start - 80), person.start) is not None


_RE_ON_BEHALF_WORD = regex.compile(r"(?<!\p{L})(?:thay\s+mặt|đại\s+diện)(?!\p{L})", regex.I)


def _on_behalf_after_title(doc: Document, title: Found) -> bool:
    """The role the person's title gives is one he acts for, written after it: "B, Trưởng phòng X, thay mặt (đơn vị) Cụm
    trưởng", "B, Phó Giám đốc Sở Y đại diện đơn vị Khối trưởng"; no role of his own title."""
    m = _role_in_title(doc, title)
    if m is None or m.start() < title.end:
        return False
    at = m.start("chair") if m.group("chair") else m.start("vice")
    return _RE_ON_BEHALF_WORD.search(doc.text, title.end, at) is not None


def _mere_representative(d, role):
    """The person read for ``role`` when that person did not preside, only acted for the role (reported, spoke or signed
    for it): one a presiding holder or head of the unit may stand before."""
    acting = next((p for p in d.people if p.name.value == role.person.value), None)
    return acting if acting is not None and "presided" not in acting.roles else None


# (the unit as the agent of presiding: "Hội nghị do Sở X (Cụm trưởng) và Sở Y (Cụm phó) đồng chủ trì")
_RE_DO_BEFORE = regex.compile(r"(?<!\p{L})do\s+$", regex.I)
_RE_PRESIDES_AFTER = regex.compile(r"[^.;:\n]{0,80}?(?<!\p{L})(?:đồng\s+)?chủ\s+trì(?!\p{L})", regex.I)


def _unit_presides(doc: Document, org: Found | None) -> bool:
    """The article says the unit itself presides: "do <unit> ... chủ trì"."""
    if org is None or org.end > len(doc.text):
        return False
    t = doc.text
    if _RE_DO_BEFORE.search(t, max(0, org.start - 10), org.start) is None:
        return False
    m = _RE_PRESIDES_AFTER.match(t, org.end, org.end + 100)
    if m is None:
        return False
    # (the verb's subject the unit and the units listed with it, no one else after a comma: not "do Sở X (Cụm trưởng) tổ
    # chức, ông A, Phó Chủ tịch UBND tỉnh chủ trì", where a person presides)
    between = t[org.end:m.end()]
    return _RE_HONORIFIC_OPENS.search(between) is None and all(
        starts_with_unit_head(between[c.end():]) for c in regex.finditer(r",\s*", between))


# (the words of taking a role on: "phát biểu nhận nhiệm vụ", "tiếp nhận vai trò")
_RE_TAKES_ON_ROLE = regex.compile(r"(?<!\p{L})(?:tiếp\s+|đón\s+)?nhận(?:\s+bàn\s+giao)?\s+(?:nhiệm\s+vụ|vai\s+trò)(?!\p{L})", regex.I)
# (what the words take on: the role itself, or nothing named ("Phát biểu nhận nhiệm vụ, ông A ..."); not a task of the unit's
# own work, "tiếp nhận nhiệm vụ thanh tra chuyên ngành", nor the other role, "chúc mừng Sở Y nhận nhiệm vụ Khối phó")
_TAKES_ON_WHAT = r"\s*(?:[,.;:)\n]|$|(?:(?:là|làm|của)\s+)?(?:đơn\s+vị\s+)?(?:{role}|năm\s+\d{{4}})(?!\p{{L}}))"
_RE_TAKES_ON_WHAT = {
    "next_chair": regex.compile(_TAKES_ON_WHAT.format(role=r"(?:cụm|khối)\s+trưởng|trưởng\s+(?:cụm|khối)|thường\s+trực"), regex.I),
    "next_vice_chair": regex.compile(_TAKES_ON_WHAT.format(role=r"(?:cụm|khối)\s+phó|phó\s+trưởng\s+(?:cụm|khối)"), regex.I),
}


def chairs_from_people(doc: Document) -> None:
    """A person whose title holds the chair (or who speaks for the chair unit) names both unit and person."""
    d = doc.draft

    def heads(p, cur, deputy: bool) -> bool:
        # a position of the unit itself, or of its governing board ("Chủ tịch Hội đồng quản trị Tổng công ty X"),
        # not of a part of it ("Chánh Văn phòng Sở X", "Giám đốc Trung tâm Y Sở X"); not a deputy's unless asked
        fc = fold(cur.organization.value)
        short = _short_forms(cur.organization.value)
        alias = _bracketed_alias(doc, cur.organization)
        for o, _r in _title_orgs(doc, p.title):
            if o is None:
                continue
            fo = fold(o.value)
            # (the unit written by its abbreviation is the same: "Hội CTĐ tỉnh", "Hội Chữ thập đỏ tỉnh")
            # (or written short, its name's first words: "Ban Quản lý Lăng" for "Ban Quản lý Lăng Chủ tịch Hồ Chí Minh")
            # (or by the abbreviation its name gives in brackets, the province left implicit: "Chánh án TAND tỉnh" for
            # "Tòa án nhân dân (TAND) tỉnh A")
            # (a place is headed by its people's committee: "Chủ tịch UBND xã A" for "xã A")
            # (or by the short name written in brackets after it: "Ngân hàng X - Chi nhánh A (XB A)", "Giám đốc XB A")
            if not (fo == fc or fo == alias or fo.endswith(" " + fc) and _RE_PLACE_COMMITTEE.fullmatch(fo[:-len(fc)]) and _RE_PLACE_KIND_OPENS.match(fc)
                    or any(fo == x or _RE_BARE_PLACE_END.search(fo) and x.startswith(fo + " ") for x in short) or (fo.endswith(" " + fc) and _RE_BOARD.match(fo[:-len(fc)]))
                    or _abbreviates(o.value, cur.organization.value) or fc.startswith(fo + " ") and len(fo.split()) >= 4
                    or fc.startswith(fo + " ") and len(fo.split()) >= 2 and _province_left_out(cur.organization.value, fo)
                    or _same_unit(doc, o.value, cur.organization.value) or _command_of(doc, p.title, o, cur.organization.value)
                    or _bare_head_of(doc, o, cur.organization.value) or _body_of_listed_place(doc, o.value, cur.organization)):
                continue
            position = fold(cre.split(r"[,;]|\s-\s", doc.text[p.title.start:o.start])[-1]).strip()
            if _RE_PART_HEAD.search(position) or (not deputy and position.startswith("pho ")):
                continue
            return True
        return False

    for key in ("chair", "vice_chair"):
        cur = d.roles.get(key)
        if cur is None:
            continue
        if cur.person is not None:
            # (the head of the unit who presides acts for it before one of its staff who reports for it: "Đại tá A, Phó Giám
            # đốc Công an tỉnh chủ trì ... Thay mặt đơn vị Trưởng khối, Thượng tá B, Trưởng phòng X, Công an tỉnh trình bày")
            acting = _mere_representative(d, cur)
            if acting is None or acting.title is None or heads(acting, cur, True):
                continue
            p = next((p for p in d.people if p.title is not None and "presided" in p.roles and heads(p, cur, True)), None)
            if p is not None:
                cur.person = p.name
            continue
        # the one of the unit who presides; else its head (not a deputy) who speaks or reports for it; else, where the unit
        # itself presides ("Hội nghị do Sở X (Cụm trưởng) chủ trì"), its deputy head who reports for it (annotation.md 9: the
        # person acting for the unit; a deputy who only reports, the unit not said to preside, is not named as acting for it)
        passes = ((("presided",), True), (("spoke", "reported"), False))
        if _unit_presides(doc, cur.organization):
            passes += ((("reported",), True),)
        for acts, deputy in passes:
            p = next((p for p in d.people if p.title is not None and any(r in p.roles for r in acts)
                      and (heads(p, cur, deputy) or _acts_for(doc, p, cur))), None)
            if p is not None:
                cur.person = p.name
                _read_whole(cur, _org_from_title(doc, p.title))
                break
    # the next holder's person: the one of that unit who speaks to take the role on ("Phát biểu nhận nhiệm vụ, bà A, Giám đốc
    # Sở X ...", "ông A, Giám đốc Sở X phát biểu tiếp nhận nhiệm vụ Cụm trưởng năm 2026"; annotation.md 9, as for the chair)
    for key in ("next_chair", "next_vice_chair"):
        cur = d.roles.get(key)
        if cur is None or cur.person is not None or cur.organization is None:
            continue
        for p in d.people:
            if p.title is None or "spoke" not in p.roles or not heads(p, cur, True):
                continue
            s = doc.content_sentence_at(p.name.start)
            if s is not None and any(_RE_TAKES_ON_WHAT[key].match(doc.text, w.end(), s.end)
                                     for w in _RE_TAKES_ON_ROLE.finditer(doc.text, s.start, s.end)):
                cur.person = p.name
                break
    alone: dict[str, Found] = {}  # roles held by a person whose unit no title or sentence names
    for p in d.people:
        if p.title is None:
            continue
        title = p.title
        m = _role_in_title(doc, title)
        if m is None and title.end <= p.name.start:
            # the title before the name, the role note after it: "Chủ tịch UBMTTQ xã A Nguyễn Thị B (cụm trưởng) ..."
            m = _people_role_res()[1].match(doc.text, p.name.end, p.name.end + 60) \
                or _note_dash_re().match(doc.text, p.name.end, p.name.end + 60)
        elif m is None and p.name.end < title.start:
            # the role note between the name and the title after it: "Bà A (trưởng khối năm học 2022-2023), Hiệu trưởng X"
            m = _people_role_res()[1].match(doc.text, p.name.end, title.start)
        if m is None and p.name.end < title.start and doc.text[title.end:title.end + 1] == ")":
            # the role note after a position in brackets: "Ông A (Giám đốc Sở X) - Cụm trưởng phát biểu"
            m = _note_dash_re().match(doc.text, title.end + 1, title.end + 61) \
                or _people_role_res()[1].match(doc.text, title.end + 1, title.end + 61)
            # (not the title of the next person, his name after it: "ông A (Phó Giám đốc Sở X), Cụm trưởng Lê Văn B và ...")
            if m is not None and cre.match(r"\s*(?-i:\p{Lu})", doc.text[m.end():m.end() + 3]):
                m = None
        elected = None
        if m is None and p.name.end < title.start:
            # the person chosen for the role at this meeting, after his title: "Ông A, Chủ tịch UBND thị xã B được giao làm Cụm
            # trưởng năm 2025" (his unit holds it, the next period's: an election verb, annotation.md)
            m = elected = _elected_after_title_re().match(doc.text, title.end, title.end + 80)
        if m is None and p.name.end < title.start:
            # the role fronted before the person: "Là đơn vị Khối trưởng Khối thi đua năm 2024, đồng chí A – Trưởng phòng X"
            m = _fronted_role_before(doc, p.name.start)
        if m is None:
            # a later mention with its role note ("..., <position> <unit> (<role>) <verb>"); the unit
            # is still read from the full title, when it names one
            title = next((lt for lt in _later_titles(doc, p) if _role_in_title(doc, lt)), None)
            if title is None:
                continue
            m = _role_in_title(doc, title)
            if _org_from_title(doc, p.title) is not None:
                title = p.title
        dated = _role_year_against_period(doc, m)
        if _other_clusters_role(doc, m) or dated < 0:
            continue  # "Cụm trưởng Cụm thi đua số 7" at Cụm 5's meeting; "Cụm trưởng năm 2023" at the review of 2024
        role = _role_kind(m)
        per = d.scalars.get("meeting.period")
        if elected is not None and dated == 0 and per is not None and per.value.get("year") is not None \
                and _RE_ROLE_YEAR_AFTER.match(doc.text, m.end(), m.end() + 40):
            elected = None  # (elected for the year reviewed: the sitting holder, "được bầu làm Cụm trưởng năm 2023" at its review)
        if dated > 0 or elected is not None:
            role = "next_" + role  # "Giám đốc Sở Y tế A - Cụm trưởng năm 2025" at the review of 2024
        org = _org_from_title(doc, title)
        if org is None and role not in d.roles:
            org = _org_after_role(doc, title)
        if org is None and title.end <= p.name.start:
            # "Đồng chí Khối trưởng A, Giám đốc Sở X chủ trì": the role before the name, the position after it
            s = next((x for x in doc.content_sentences() if x.start <= p.name.end <= x.end), None)
            after = title_after(doc, p.name.end, s.end)[0] if s is not None else None
            org = _head_org(doc, after) if after is not None else None
        if org is None:
            # "A – Cụm trưởng" first, "A – Viện trưởng Viện X - Cụm trưởng" later: the unit from the later title
            for lt in _later_titles(doc, p):
                lm = _role_in_title(doc, lt)
                lo = _org_from_title(doc, lt) if lm is not None and _role_kind(lm) == role else None
                if lo is not None:
                    org = lo
                    break
        if role in d.roles:
            cur = d.roles[role]
            # (one who holds the role in his own title and presides is the role's person, before one who only acts for it:
            # "A, Giám đốc Công an tỉnh, Cụm trưởng chủ trì ... Thay mặt đơn vị Cụm trưởng, B, Phó Trưởng phòng X trình bày")
            if cur.person is not None and cur.person.value != p.name.value and org is not None and "presided" in p.roles \
                    and p.title.start <= m.start() < p.title.end and cur.organization is not None:
                # (nor before one who only acts for it after his title: "B, Trưởng phòng X, thay mặt đơn vị Cụm trưởng trình bày")
                acting = _mere_representative(d, cur)
                if acting is not None and (acting.title is None or _role_in_title(doc, acting.title) is None
                                           or _on_behalf_after_title(doc, acting.title)):
                    cur.person = p.name
                    cur.organization = org
                    continue
            # (one who holds the role in his own title holds it before one named "Thay mặt Cụm trưởng, ông B, Giám đốc Sở X":
            # B only acts for it, his unit no chair)
            if cur.person is not None and cur.person.value != p.name.value and org is not None and cur.organization is not None \
                    and p.title.start <= m.start() < p.title.end and _stands_for_role(doc, cur.person):
                acting = next((x for x in d.people if x.name.value == cur.person.value), None)
                if acting is not None and (acting.title is None or _role_in_title(doc, acting.title) is None):
                    cur.person = p.name
                    cur.organization = org
                    continue
            if cur.person is None and (org is None or fold(org.value) in fold(cur.organization.value)
                                       or fold(org.value) == _bracketed_alias(doc, cur.organization, any_letters=True)
                                       or fold(cur.organization.value) in fold(org.value)
                                       or _abbreviates(org.value, cur.organization.value)
                                       or _written_short(org.value, cur.organization.value)
                                       or _same_unit(doc, org.value, cur.organization.value)
                                       or _committee_of_place(org.value, cur.organization.value)):
                cur.person = p.name
                _read_whole(cur, org)
            continue
        if org is None:
            # "đồng chí A – Cụm trưởng Cụm thi đua số 1 phát biểu": the person holds the role, no unit named for it
            # (the role word itself in the title, whole: not "Trưởng khối phố 5", the head of a neighbourhood)
            if p.title.start <= m.start() < p.title.end and _role_res()["role"].match(doc.text, m.start()) is not None \
                    and _names_this_cluster(doc, m.end()):
                alone.setdefault(role, p.name)
            continue
        # "Bưu điện tỉnh" -> the member it abbreviates ("Bưu điện tỉnh Lạng Sơn")
        fo = fold(org.value)
        # (a member named so exactly is that one; a longer name only by whole words: "Khu vực 1" is not "Khu vực 12")
        for mem in () if any(fold(x.value) == fo for x in d.members) else d.members:
            fm = fold(mem.value)
            # (or the member a part names with its parent body: "phòng 11 Viện kiểm sát nhân dân thành phố X" -> "Phòng 11")
            parent = org.value[len(mem.value):].strip() if fo.startswith(fm + " ") else ""
            # (a parent body, capitalised, or a named place: "phòng Tư pháp huyện Đông Anh" -> "Phòng Tư pháp"; not a bare "tỉnh")
            # (not where the role is held in the person's own title, which names its unit whole: "Trưởng Ban X Tỉnh ủy, Trưởng
            # khối" makes "Ban X Tỉnh ủy" the chair, not the member "Ban X" listed short, annotation.md)
            if fm.startswith(fo + " ") \
                    or (parent[:1].isupper() and starts_with_unit_head(parent) or _RE_NAMED_PLACE.match(parent)) and len(fm.split()) >= 2 \
                    and not (p.title.start <= m.start() < p.title.end and org.value[:1].isupper()):
                org = mem
                break
        d.roles[role] = UnitRoleDraft(org, p.name)
    _complete_roles(doc)
    for role, name in alone.items():  # (last: every step before reads a role's unit)
        d.roles.setdefault(role, UnitRoleDraft(None, name))
