"""Unit (organisation) phrases: where a unit's name starts and ends in a clause.

Shared by the cluster, chair, ranking and award extractors. Works on the document's
"shadow" text, in which commas inside names that contain one (``Văn hóa, Thể thao và Du lịch``)
are masked, so a comma there never ends a name.
"""
from __future__ import annotations

import bisect
import unicodedata
from functools import lru_cache

import regex

from .. import cues, gazetteer, lexicon
from ..document import Document
from ..normalize import fold
from ..patterns import TO_CHUC, alternation, alternation_rest_case, cre, trie_alternation

# (a control character normalize removes from any input, and neither whitespace to str.strip nor \s: trimming
# the shadow text must not eat a masked name)
MASK = "\x1a"
_V_UNIT_HEADS = cues.vocabulary("unit_heads", lambda: lexicon.words("unit_heads.txt"))
_V_PROTECTED = cues.vocabulary("protected_names", lambda: lexicon.words("protected_names.txt"))


def shadow(doc: Document) -> str:
    """The text with each protected name (one holding a comma: "Văn hóa, Thể thao và Du lịch") masked
    after its first word, so its commas split nothing (same length, same offsets)."""
    return doc.memo("units.shadow", lambda: _shadow(doc))


@lru_cache(maxsize=None)
def _field_run_re():
    """A school's, hospital's, institute's or company's fields joined by commas after its head ("Trường Cao đẳng Kinh tế,
    Kỹ thuật và Công nghệ", "Bệnh viện Nội tiết, Đái tháo đường"): group "run" is one name (lexicons/fields.txt)."""
    f = r"(?:" + trie_alternation(lexicon.words("fields.txt")) + r")(?!\p{L})"
    head = (r"(?<!\p{L})(?:Trường\s+(?:Đại\s+học|Cao\s+đẳng|Trung\s+cấp)(?:\s+nghề)?|Bệnh\s+viện|Viện|Học\s+viện|Trung\s+tâm"
            r"|(?:Tổng\s+)?Công\s+ty(?:\s+(?:CP|Cổ\s+phần|TNHH(?:\s+MTV|\s+một\s+thành\s+viên)?))?|Hợp\s+tác\s+xã)\s+")
    return regex.compile(head + r"(?P<run>" + f + r"(?:\s*,\s*" + f + r")+(?:\s+và\s+" + f + r")?)", regex.I)


# the first word of each head of _field_run_re, in lower case: a match starts at one of them
_V_FIELD_HEADS = cues.vocabulary("units.field_heads", lambda: ("trường", "bệnh", "viện", "học", "trung", "tổng", "công", "hợp"))


def _field_runs(doc: Document) -> list[tuple[int, int]]:
    t = doc.text
    if "," not in t:
        return []
    # the pattern tried only where a head's first word is (the finditer it replaces scanned every character)
    rx, last, out = _field_run_re(), 0, []
    for p, _ in doc.cues.spans(_V_FIELD_HEADS):
        if p < last:
            continue
        m = rx.match(t, p)
        if m is None:
            continue
        last = m.end()
        # (a field that is also a unit's head opens the next unit of a list: "Trung tâm Y tế, Điện lực, Bưu điện")
        if not any(starts_with_unit_head(q) for q in regex.split(r"\s*,\s*|\s+và\s+", m.group("run"))[1:]):
            out.append(m.span("run"))
    return out


# an office inside a body named by its functions joined by commas after its head ("Phòng Tổ chức, Hành chính", "Phòng Thanh
# tra, pháp chế - Cục A", "Ban Thi đua, Khen thưởng"): group "run" is one name (lexicons/office_functions.txt); not after a
# plural, "các phòng Tổ chức, Hành chính" lists offices, nor where the last function names a unit of its place, "Thanh tra tỉnh"
@lru_cache(maxsize=None)
def _office_run_re():
    f = r"(?:" + trie_alternation(lexicon.words("office_functions.txt")) + r")(?!\p{L})"
    return regex.compile(r"(?<!(?<!\p{L})(?:các|những)\s+)(?-i:Phòng|Ban)\s+(?P<run>" + f + r"(?:\s*,\s*" + f + r")+(?:\s+và\s+" + f + r")?)"
                         r"(?!\s+(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|(?-i:TP|TX))(?!\p{L}))", regex.I)


_V_OFFICE_HEADS = cues.vocabulary("units.office_heads", lambda: ("phòng", "ban"))


def _office_runs(doc: Document) -> list[tuple[int, int]]:
    t = doc.text
    rx, last, out = _office_run_re(), 0, []
    for p, _ in doc.cues.spans(_V_OFFICE_HEADS):
        if p < last or not t[p].isupper():
            continue
        m = rx.match(t, p)
        if m is None:
            continue
        last = m.end()
        fs = regex.split(r"\s*,\s*|\s+và\s+", m.group("run"))
        # (a function in lower case that takes an object after it is the verb of a clause the comma opened, not a name's
        # word: "giao Phòng Tham mưu, tổng hợp kết quả ...")
        if fs[-1][:1].islower() and regex.match(r"\s+(?!và(?!\p{L}))\p{Ll}", t[m.end():m.end() + 12]):
            continue
        # (a function that is also a unit's head opens the next unit of a list: "Phòng Tổ chức, Thanh tra tỉnh")
        if not any(starts_with_unit_head(q) for q in fs[1:]):
            out.append(m.span("run"))
    return out


# the one office of two bodies, after "Văn phòng": "Văn phòng HĐND và UBND huyện", "Văn phòng Hội đồng nhân dân và Ủy ban
# nhân dân tỉnh" (its "và" joins no two units)
_RE_JOINT_OFFICE = regex.compile(r"(?<=(?<!\p{L})văn\s+phòng\s+)(?-i:HĐND|Hội\s+đồng\s+nhân\s+dân)\s+và\s+(?-i:UBND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân)(?!\p{L})",
                             regex.I)


# the plural of a bloc's Party, youth or union body, after "Khối" ("Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh", "Đoàn
# Khối các cơ quan tỉnh A"), or its name in capitals without "các" ("Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh"): a part
# of that body's name (its "và" joins no two units, its "cơ quan" opens no unit)
# (in capitals, the "và" its own only where the other of the pair follows and no name of its own after it: "Đảng ủy Khối
# Doanh nghiệp và Cơ quan Ủy ban MTTQ tỉnh", "Đoàn Khối Cơ quan và Cơ quan Tỉnh đoàn" are two units, the second a body's
# office named "Cơ quan <body>", "Cơ quan Tỉnh ủy" too; the place after the pair, "tỉnh" or "Tỉnh", still the bloc body's)
_RE_BLOC_BODY_PLURAL = regex.compile(r"(?<=(?<!\p{L})(?-i:Đảng\s+ủy|Đảng\s+uỷ|Đảng\s+bộ|Đoàn(?:\s+Thanh\s+niên)?|Công\s+đoàn)\s+khối\s+)"
                                     r"(?:các\s+(?:cơ\s+quan|doanh\s+nghiệp)(?:\s+và\s+(?:doanh\s+nghiệp|cơ\s+quan))?"
                                     r"|(?-i:Cơ\s+quan\s+và\s+Doanh\s+nghiệp|Doanh\s+nghiệp\s+và\s+Cơ\s+quan)"
                                     r"(?!\s+(?!(?-i:Tỉnh|Thành\s+phố|Trung\s+ương)(?!\p{L})(?!\s+(?:ủy|uỷ|đoàn)(?!\p{L})))(?-i:\p{Lu}))"
                                     r"|(?-i:Cơ\s+quan|Doanh\s+nghiệp))(?!\p{L})", regex.I)


def _bloc_bodies(doc: Document) -> list[tuple[int, int]]:
    low = doc.cues.lower
    if "hối các" not in low and "hối cơ quan" not in low and "hối doanh nghiệp" not in low:
        return []
    return [m.span() for m in _RE_BLOC_BODY_PLURAL.finditer(doc.text)]


def _joint_offices(doc: Document) -> list[tuple[int, int]]:
    if "văn phòng" not in doc.cues.lower:
        return []
    return [m.span() for m in _RE_JOINT_OFFICE.finditer(doc.text)]


# a unit's name with a comma inside that no lexicon holds: after the comma, a few words that go on naming it (no unit's head,
# person, place, role or clause), then its own ending, the kind of its place ("Hội Bảo trợ người khuyết tật, trẻ mồ côi và
# bệnh nhân nghèo tỉnh", "Liên hiệp các Hội Văn học, Nghệ thuật tỉnh", "Ban Quản lý các khu công nghiệp, khu kinh tế tỉnh")
_RE_COMMA_NAME_TAIL = regex.compile(r",[ \t]+(?P<p2>\p{L}+(?:[ \t]+\p{L}+){0,7}?)[ \t]+(?-i:tỉnh|thành[ \t]+phố)(?!\p{L})", regex.I)
# (before the comma: a unit's head, capitalised, then a few words of its name that its place does not close)
_RE_COMMA_NAME_PART = regex.compile(r"(?:[ \t]+[\p{L}&]+){1,7}", regex.I)
_RE_PLACE_KIND_LOWER = regex.compile(r"(?-i:tỉnh|thành[ \t]+phố)(?!\p{L})")
_NOT_IN_COMMA_NAME = frozenset(("là", "được", "đã", "đang", "sẽ", "làm", "có", "do", "tại", "của", "thuộc", "với", "cùng", "cho", "đến",
                                "từ", "năm", "nay", "để", "về", "theo", "trong", "ngày", "gồm", "các", "những", "đơn", "cơ", "ông",
                                "bà", "đồng", "cụm", "khối", "trưởng", "phó", "tỉnh", "huyện", "quận", "thị", "xã", "phường",
                                "thành", "kiêm", "nguyên", "bầu", "chọn", "giao", "tặng", "trao", "suy", "đề"))
_NOT_IN_COMMA_NAME_BEFORE = _NOT_IN_COMMA_NAME - {"các", "đồng", "thành", "cơ"}


def _comma_names(doc: Document) -> list[tuple[int, int]]:
    """The spans (from the word before the comma to the last word before the place's kind) of unit names with a comma
    inside, as _RE_COMMA_NAME_TAIL reads them."""
    t = doc.text
    out = []
    # (the tail ends at its place's kind, written in lower case: a comma with none of them close after it is passed over;
    # eight words of the tail stay well within the window)
    kinds = sorted(m.start() for m in _RE_PLACE_KIND_LOWER.finditer(t))
    if not kinds:
        return out
    i = t.find(", ")
    while i != -1:
        k = bisect.bisect_left(kinds, i)
        if k == len(kinds):
            break
        m = _RE_COMMA_NAME_TAIL.match(t, i) if kinds[k] - i <= 200 else None
        if m is not None:
            p2 = m.group("p2")
            words = p2.lower().split()
            # (one capitalised word before the place is a unit of its own, named by its field: "..., Thuế tỉnh, Thống kê tỉnh";
            # so is a tail whose words and place's kind make a unit's head: "..., Thống kê tỉnh A")
            if not words[0] == "và" and not (len(words) == 1 and p2[:1].isupper()) \
                    and not any(w in _NOT_IN_COMMA_NAME for w in words) and not unit_head_ci_re().search(p2) \
                    and not (p2[:1].isupper() and unit_head_ci_re().match(t, m.start("p2"), m.end())) \
                    and leading_position_re().match(p2) is None and _comma_name_before(t, i):
                out.append((t.rfind(" ", 0, i) + 1, m.end("p2")))
        i = t.find(", ", i + 2)
    return out


# the same name ended by its last field after "và" instead of its place, the list's next separator after it: "HEAD A, B và C", B
# capitalised, a field's name (not a clause going on after a name: "Tổng cục Thuế, dự và phát biểu chỉ đạo")
# ("Chi cục Chăn nuôi, Thú y và Thủy sản", "Trung tâm Quan trắc, Kỹ thuật tài nguyên và môi trường"); B and C name no unit, place
# nor person (words all capitalised, as proper names are written, are none of a field's: "Trường THPT Lê Lợi, Nguyễn Huệ và Trần
# Phú", "Ủy ban MTTQ huyện A, B và C" are lists)
_RE_COMMA_AND_TAIL = regex.compile(r",[ \t]+(?P<p2>(?P<b>(?-i:\p{Lu})\p{L}*(?:[ \t]+\p{L}+){0,4}?)[ \t]+và[ \t]+(?P<c>\p{L}+(?:[ \t]+\p{L}+){0,4}?))"
                                   r"(?=[ \t]*(?:[,;.:)\n]|\([^()]{2,40}\)|$))", regex.I)


def _proper_words(s: str) -> bool:
    """Two or more words, each capitalised, as a person's or a place's name is written ("Nguyễn Huệ", "Bắc Mê"), or a place of the
    gazetteer (one capitalised word alone may be a field's: "Chăn nuôi, Thú y và Thủy sản")."""
    return len(s.split()) > 1 and all(w[:1].isupper() for w in s.split()) or gazetteer.province_of(s) is not None


def _comma_and_names(doc: Document) -> list[tuple[int, int]]:
    """The spans (from the word before the comma to the name's last word) of unit names "HEAD A, B và C", as
    _RE_COMMA_AND_TAIL reads them (the checks of _comma_names on B and C)."""
    t = doc.text
    out = []
    i = t.find(", ")
    while i != -1:
        if t.find(" và ", i, i + 60) != -1:
            m = _RE_COMMA_AND_TAIL.match(t, i)
            if m is not None:
                p2 = m.group("p2")
                words = p2.lower().split()
                if not any(w in _NOT_IN_COMMA_NAME for w in words) and not unit_head_ci_re().search(p2) \
                        and not _official_field(p2) and not _departments_listed(t, i, m.group("b"), m.group("c")) \
                        and not _proper_words(m.group("b")) and not _proper_words(m.group("c")) \
                        and leading_position_re().match(p2) is None and _comma_name_before(t, i) and not _comma_and_head_lists(t, i):
                    out.append((t.rfind(" ", 0, i) + 1, m.end("p2")))
        i = t.find(", ", i + 2)
    return out


def _field_key(s: str) -> str:
    return " ".join(s.split()).lower()


@lru_cache(maxsize=None)
def _fields_of(lexicon_file: str) -> frozenset[str]:
    """The fields a lexicon lists (protected_names.txt, department_fields.txt), by _field_key."""
    return frozenset(_field_key(w) for w in lexicon.words(lexicon_file))


_RE_DEPARTMENT_HEAD_BEFORE = regex.compile(r"(?<!\p{L})(?-i:Sở|Bộ|các\s+sở|các\s+Sở)\s+[^,;:.()\n]{1,40}$")


def _departments_listed(t: str, comma: int, b: str, c: str) -> bool:
    """After a department's head, "Sở A, B và C" where B, C or "B và C" is a department's field (department_fields.txt) lists
    departments sharing the head: "Sở Nội vụ, Tài chính và Xây dựng"."""
    if _RE_DEPARTMENT_HEAD_BEFORE.search(t, max(0, comma - 60), comma) is None:
        return False
    fields = _fields_of("department_fields.txt")
    return any(_field_key(x) in fields for x in (b, c, b + " và " + c))


def _official_field(s: str) -> bool:
    """"B và C" is a department's whole field of its own (protected_names.txt): "Sở Y tế, Giáo dục và Đào tạo" lists two
    departments sharing the head, as "các Sở: Y tế, Giáo dục và Đào tạo" does."""
    return _field_key(s) in _fields_of("protected_names.txt")


# (a comma name's head after a plural, "các Sở Tư pháp, Tài chính và Xây dựng", lists the units sharing it; a school of a
# general level is named after a person, a place or a flower, never a field: "Trường Mầm non Hoa hồng, Sơn ca và Họa mi",
# "Trường THCS Đồng Lạc, Hương và Vôi" list schools)
_RE_PLURAL_BEFORE_HEAD = regex.compile(r"(?<!\p{L})(?:các|những)[ \t]+$", regex.I)
_RE_SCHOOL_LEVEL = regex.compile(r"(?<!\p{L})(?:mầm[ \t]+non|mẫu[ \t]+giáo|tiểu[ \t]+học|trung[ \t]+học(?:[ \t]+(?:cơ[ \t]+sở|phổ[ \t]+thông))?"
                                 r"|phổ[ \t]+thông|(?-i:THCS|THPT|TH|MN|PTDTBT|PTDTNT|PTDT|PTCS|PTTH))(?!\p{L})", regex.I)


def _comma_and_head_lists(t: str, comma: int) -> bool:
    """Before the comma, in its clause, the head is a plural's ("các Sở A, B và C") or a school's of a general level: the
    comma parts a list, not a name's fields."""
    lo = max(0, comma - 80)
    seg_start = max(max(t.rfind(c, lo, comma) for c in ",;:.()\n") + 1, lo)
    for h in unit_head_ci_re().finditer(t, seg_start, comma):
        if not t[h.start()].isupper():
            continue
        if _RE_PLURAL_BEFORE_HEAD.search(t[max(seg_start, h.start() - 8):h.start()]) is not None \
                or _RE_SCHOOL_LEVEL.search(t, h.start(), comma) is not None:
            return True
    return False


# a facility's head after "và" that follows a lower-case word of a name its place has not closed: the name's second object
# ("Ban Quản lý Sân vận động và Nhà thi đấu tỉnh", "Trung tâm Phát hành phim và Rạp chiếu bóng tỉnh"; not "Bảo tàng tỉnh và
# Rạp Chiếu phim A", "Tạp chí A và Cổng Thông tin điện tử tỉnh", two units): lexicons/facility_heads.txt
@lru_cache(maxsize=None)
def _facility_and_re():
    return regex.compile(r"(?<=(?<!\p{L})(?-i:\p{Ll})\p{L}*)[ \t]+và[ \t]+(?=(?-i:\p{Lu}))(?P<h>"
                         + trie_alternation(lexicon.words("facility_heads.txt")) + r")(?!\p{L})", regex.I)


def _facility_objects(doc: Document) -> list[tuple[int, int]]:
    """The spans (from the word before "và" to the facility's head) of the names _facility_and_re reads, a unit's
    capitalised head and a few words of its name before it (_comma_name_before)."""
    t = doc.text
    out = []
    for m in _facility_and_re().finditer(t):
        w0 = t.rfind(" ", 0, m.start()) + 1
        if t[w0:m.start()].lower() in _NOT_IN_COMMA_NAME or not _comma_name_before(t, m.start()):
            continue
        out.append((w0, m.end("h")))
    return out


def _comma_name_before(t: str, comma: int) -> bool:
    """A capitalised unit's head opens the name a few words before the comma, in the same clause, its place not closing it."""
    lo = max(0, comma - 80)
    seg_start = max(t.rfind(c, lo, comma) for c in ",;:.()\n") + 1
    seg_start = max(seg_start, lo)
    for h in unit_head_ci_re().finditer(t, seg_start, comma):
        if not t[h.start()].isupper():
            continue
        p1 = _RE_COMMA_NAME_PART.fullmatch(t, h.end(), comma)
        # (nor one closed by its number: "Kho bạc Nhà nước khu vực IX, ...")
        if p1 is not None and not any(w in _NOT_IN_COMMA_NAME_BEFORE for w in p1.group(0).lower().split()) \
                and not any(ch.isdigit() for ch in p1.group(0)) and not regex.fullmatch(r"[IVX]{1,4}", p1.group(0).split()[-1]):
            return True
    return False


# a bank's or a company's branch written after its parent's name and a comma, the branch's place closing it: one unit
# ("Ngân hàng TMCP A Việt Nam, Chi nhánh tỉnh B", "Tổng công ty C - TKV, Chi nhánh D", "Công ty E, Phòng giao dịch F"), the
# parent a firm's head opening the name in the clause before the comma, with no branch nor place of its own at its end
# ("Ngân hàng Chính sách xã hội tỉnh, Chi nhánh ..." is two units); after the branch's place, no more of a name (no unit's
# head, as in "Chi nhánh Ngân hàng E", a unit of its own, nor a trade, "Chi nhánh Xăng dầu A": the place capitalised, a place
# the gazetteer knows where a word in lower case follows it)
_RE_BRANCH_AFTER_COMMA = regex.compile(r",[ \t]+(?P<h>(?-i:[Cc]hi[ \t]+nhánh|Phòng[ \t]+giao[ \t]+dịch))[ \t]+"
                                       r"(?:(?P<kind>tỉnh|thành[ \t]+phố|TP\.?|huyện|quận|thị[ \t]+xã|khu[ \t]+vực)[ \t]+)?"
                                       r"(?P<p>(?-i:\p{Lu})[\p{L}.]*(?:(?:[ \t]*-[ \t]*|[ \t]+)(?-i:\p{Lu})[\p{L}.]*){0,4}?)"
                                       r"(?=[ \t]*(?:[,.;:()\n]|[-–][ \t]|$)|[ \t]+(?-i:\p{Ll}))"
                                       # (not a branch that names its own parent after its place, "Công ty A, Chi nhánh B của
                                       # Tổng công ty C", "..., Chi nhánh D thuộc Ngân hàng E": a unit of its own in a list)
                                       r"(?![ \t]+(?:của|thuộc|trực[ \t]+thuộc)[ \t]+(?-i:\p{Lu}))", regex.I)
_RE_FIRM_HEAD_OPENS = regex.compile(r"(?<!\p{L})(?-i:Ngân\s+hàng|NH|Tổng\s+[Cc]ông\s+ty|Công\s+ty|Tập\s+đoàn)\s+(?-i:\p{Lu})")
_RE_BRANCH_IN_PARENT = regex.compile(r"(?<!\p{L})(?:chi\s+nhánh|phòng\s+giao\s+dịch)(?!\p{L})", regex.I)
_RE_PARENT_OWN_PLACE = regex.compile(r"(?<!\p{L})(?:tỉnh|thành\s+phố|TP\.?|huyện|quận|thị\s+xã|khu\s+vực)(?:\s+(?-i:\p{Lu})\p{L}*){0,4}\s*$", regex.I)


def _branch_tails(doc: Document) -> list[tuple[int, int]]:
    """The spans (from the word before the comma to the branch's head) of the branches _RE_BRANCH_AFTER_COMMA reads after
    their parent's name."""
    low = doc.cues.lower
    if "chi nhánh" not in low and "phòng giao dịch" not in low:
        return []
    t = doc.text
    out = []
    i = t.find(", ")
    while i != -1:
        m = _RE_BRANCH_AFTER_COMMA.match(t, i) if t[i + 2:i + 3] in ("C", "c", "P") else None
        # (a place the gazetteer knows, or one its kind or a mark after it closes: not a trade's first word before a word in
        # lower case, "Chi nhánh Xăng dầu A")
        if m is not None and unit_head_ci_re().match(t, m.start("p")) is None \
                and (m.group("kind") or gazetteer.is_place(m.group("p")) or not t[m.end("p"):m.end("p") + 2].strip(" \t")[:1].islower()):
            lo = max(0, i - 100)
            seg_start = max(max(t.rfind(c, lo, i) for c in ",;:.()\n") + 1, lo)
            seg = t[seg_start:i]
            if _RE_FIRM_HEAD_OPENS.search(seg) and not _RE_BRANCH_IN_PARENT.search(seg) and not _RE_PARENT_OWN_PLACE.search(seg):
                out.append((t.rfind(" ", 0, i) + 1, m.end("h")))
        i = t.find(", ", i + 2)
    return out


def _shadow(doc: Document) -> str:
    t = doc.text
    parts = []
    last = 0
    # leftmost, then longest, as an alternation of the names would match
    comma_names = [*_comma_names(doc), *(_comma_and_names(doc) if " và " in t else [])] if ", " in t else []
    # (and a facility a name runs besides the one before "và": lexicons/facility_heads.txt)
    comma_names += _facility_objects(doc) if " và " in t else []
    # (and a firm's branch after its parent's name and a comma)
    comma_names += _branch_tails(doc) if ", " in t else []
    comma_names += _office_runs(doc) if ", " in t else []
    for a, b in sorted([*doc.cues.spans(_V_PROTECTED, word=False), *_field_runs(doc), *_joint_offices(doc), *_bloc_bodies(doc), *comma_names],
                       key=lambda x: (x[0], -x[1])):
        if a < last:
            continue
        # keep the first word (unit heads and case checks still see it: "Báo và Phát thanh, Truyền hình" opens with its
        # head), mask the rest
        k = next((i for i in range(a + 1, b) if t[i] in " ,"), a + 1)  # (a comma right after the first word is masked)
        parts += [t[last:k], MASK * (b - k)]
        last = b
    if parts:
        t = "".join(parts) + t[last:]
    # (a comma glued between the capitals of an abbreviated name parts nothing either: "Sở VH,TT&DL", "Sở LĐ,TB&XH")
    if "," in t:
        t = _RE_GLUED_COMMA.sub(MASK, t)
    return t


# (not in brackets, where an abbreviation is read as one already: "(VH,TT&DL)")
# (the part after it a compound's abbreviation: not two units listed without a space, "KBNN,BHXH tỉnh")
_RE_GLUED_COMMA = regex.compile(r"(?<=(?<![\p{L}(])\p{Lu}{1,4}),(?=\p{Lu}{1,4}[&-]\p{Lu})")


@lru_cache(maxsize=None)
def _not_unit_heads_alt() -> str:
    # (the words after the first as written, in lower case: "xã hội" is society, "xã Hội Thịnh" a commune)
    return alternation_rest_case(lexicon.words("not_unit_heads.txt"), ignore_case=False) + r"(?!\p{L})"


@lru_cache(maxsize=None)
def unit_head_ci_re():
    # (not where a common word that only begins like a unit starts: lexicons/not_unit_heads.txt)
    return regex.compile(r"(?<!\p{L})(?!" + _not_unit_heads_alt() + r")" + trie_alternation(lexicon.words("unit_heads.txt"))
                         + r"(?!\p{L})", regex.I)


@lru_cache(maxsize=None)
def _not_unit_head_re():
    return regex.compile(_not_unit_heads_alt(), regex.I)


#: the cluster roles' words, one spelling for every module ("Cụm trưởng", "Khối phó", "Phó Trưởng khối"), a regex fragment
# the span of an interim review that opens a clause: "Sau 9 tháng", "Qua 6 tháng đầu năm 2024", "Hết quý I năm 2024" (its
# count of months in <n>, the quarter in <q>, the year in <y>; read by units' left boundary and outcomes' clause openings)
INTERIM_SPAN = (r"(?:sau|qua|hết|tính\s+đến(?:\s+hết)?|kết\s+thúc)\s+(?:(?P<n>\d{1,2}|sáu|chín)\s+tháng(?:\s+(?:đầu|cuối)\s+năm)?"
                r"|quý\s+(?P<q>IV|III|II|I|[1-4])(?![\p{L}\d]))(?:\s+(?:năm\s+)?(?P<y>(?:19|20)\d{2}))?")
# the months an interim span covers: its count of months ("sáu", "9") or the end of its quarter ("quý II" = 6), None if no span
def interim_span_months(m) -> int | None:
    if m.group("q"):
        return _QUARTER_END[m.group("q").upper()]
    n = m.group("n")
    if n is None:
        return None
    return int(n) if n.isdigit() else _MONTH_WORDS[n.lower()]


_QUARTER_END = {"I": 3, "1": 3, "II": 6, "2": 6, "III": 9, "3": 9, "IV": 12, "4": 12}
_MONTH_WORDS = {"sáu": 6, "chín": 9}


ROLE_WORDS = r"(?:cụm|khối)\s+(?:trưởng|phó)|(?:phó\s+)?trưởng\s+(?:cụm|khối)"
#: the role words a note after a unit may be: those and "Phó cụm"
ROLE_NOTE_WORDS = ROLE_WORDS + r"|phó\s+(?:cụm|khối)"
# not a flag handed over with the role's duty listed after it, "bàn giao cờ luân lưu và nhiệm vụ Cụm trưởng năm 2025 cho B",
# "bàn giao Cờ luân lưu, sổ truyền thống và trách nhiệm Cụm trưởng cho B" (not looking past the one who takes it, "cho"): the
# lookahead the cluster's and the decisions' readers of a flag handover share (lexicons/acts.json's election form writes the
# same words in its regex)
FLAG_WITH_DUTY = (r"(?!(?:(?!\bcho\b)[^.;:]){0,60}?(?:,\s*(?:và\s+)?|\s(?:và|cùng(?:\s+với)?)\s+)"
                  r"(?:nhiệm\s+vụ|vai\s+trò|vị\s+trí|quyền|trách\s+nhiệm|công\s+việc)\b)")
# a role note written after a unit: "(Khối trưởng)", "(đơn vị Cụm phó năm 2025)", " - đơn vị Trưởng khối"
# (a note whose closing bracket was left out before the list's comma: "gồm: A (cụm trưởng, B (cụm phó), C")
_RE_NOTE_PAREN = regex.compile(r"\s*\(\s*(?P<role>[^()]{2,40}?)\s*(?:\)|(?<=(?:trưởng|phó|cụm|khối))$)\s*$", regex.I)
_RE_NOTE_DASH = regex.compile(r"\s*[-–—]\s*(?P<role>[^-–—()]{2,40}?)\s*$")
# (its verb before it goes too: "Hội Nông dân xã A làm Cụm trưởng")
_RE_NOTE_BARE = regex.compile(
    r"\s+(?:(?:làm|là)\s+)?(?:đơn vị\s+)?(?P<role>(?:" + ROLE_NOTE_WORDS + r"))"
    # (the cluster named after it, numbered, or the year: "làm Cụm trưởng Cụm 3", "là đơn vị Cụm trưởng năm 2023")
    # (or a school year: "là đơn vị Khối trưởng năm học 2021 - 2022")
    r"(?:\s+(?:cụm|khối)(?:\s+thi\s+đua)?(?:\s+số)?\s+(?:\d{1,2}|[IVX]{1,4}))?(?:\s+năm(?:\s+học)?\s+(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?)?\s*$", regex.I)
_RE_NOTE_HELD = regex.compile(
    r"\s+kiêm\s+(?:đơn vị\s+)?(?P<role>" + ROLE_NOTE_WORDS + r")(?!\p{L})[^()]{0,80}$",
    regex.I)
_RE_NOTE_WORDS = regex.compile(r"^\s*(?:là\s+|làm\s+)?(?:đơn vị\s+)?(?:là\s+|làm\s+)?|\s+(?:năm\s+)?(?:19|20)\d{2}\s*$", regex.I)


@lru_cache(maxsize=None)
def _folded_notes() -> dict[str, frozenset[str]]:
    """The words of each kind of note (chair, vice_chair, guest_notes in cluster_roles.json), folded once."""
    table = lexicon.table("cluster_roles.json")
    return {k: frozenset(fold(w) for w in table.get(k, ())) for k in ("chair", "vice_chair", "guest_notes")}


def role_of_note(note: str) -> str | None:
    """"chair" or "vice_chair" when the note is a cluster role (with its unit word and year), else None."""
    notes = _folded_notes()
    bare = _RE_NOTE_WORDS.sub("", note)
    # the role, or the role followed by the cluster's name ("đơn vị Cụm trưởng Cụm thi đua số 3"), or by
    # its number when the role names the cluster itself ("Trưởng Cụm thi đua số 2"): each place a name
    # or a number may begin is tried as the role's end
    cuts = [m.start() for m in _RE_CLUSTER_TAIL.finditer(bare) if len(bare[m.start():].split()) <= 8]
    for f in (fold(bare), *(fold(_RE_NOTE_WORDS.sub("", bare[:c])) for c in cuts)):
        if f in notes["vice_chair"]:
            return "vice_chair"
        if f in notes["chair"]:
            return "chair"
    return None


#: where a cluster's name or number may begin after a role word
_RE_CLUSTER_TAIL = regex.compile(r"(?<=\S)\s+(?=(?:cụm|khối|số)(?!\p{L}))", regex.I)


def is_guest_note(s: str) -> bool:
    """A unit value ends with a note that makes it a guest ("Sở X (khách mời)"): no member."""
    m = _RE_NOTE_PAREN.search(s)
    if m is None:
        return False
    return fold(_RE_NOTE_WORDS.sub("", m.group("role"))).strip() in _folded_notes()["guest_notes"]


def role_note(s: str) -> tuple[int, str | None]:
    """Where a unit value ends before its trailing role note, and the role the note gives: the one
    rule every unit value (member, recipient, venue) shares. (len(s), None) when there is none."""
    for rx, marks in ((_RE_NOTE_PAREN, "("), (_RE_NOTE_DASH, "-–—")):
        # a note opens at the last of its marks (none follows inside it), after the spaces before it: the
        # search starts there (no match starts earlier: a character before those spaces is no space)
        i = max(map(s.rfind, marks))  # (map, not a generator: called for every unit value)
        if i < 0:
            continue
        while i > 0 and s[i - 1].isspace():
            i -= 1
        m = rx.search(s, i)
        if m:
            role = role_of_note(m.group("role"))
            if role:
                return m.start(), role
    # the role held with the unit's own work, and the cluster's name after it: "Báo X kiêm Trưởng Khối thi đua Y năm 2020"
    m = _RE_NOTE_HELD.search(s) if "kiêm" in s else None
    if m:
        return m.start(), role_of_note(m.group("role"))
    # the role written after the name with no mark: "Ngân hàng X Trưởng cụm, Ngân hàng Y Phó cụm"
    m = _RE_NOTE_BARE.search(s) if ("ụm" in s or "hối" in s) else None
    if m and m.start() > 0:
        role = role_of_note(m.group("role"))
        if role:
            return m.start(), role
    return len(s), None


@lru_cache(maxsize=None)
def _head_position_re():
    """A position named by its unit's head word ("Viện trưởng", "Cục trưởng"): a person's title, not a unit."""
    return regex.compile(trie_alternation(w for w in lexicon.words("positions.txt") if fold(w).endswith(" truong")) + r"(?!\p{L})", regex.I)


@lru_cache(maxsize=None)
def _person_title_re():
    """A person's position inside what reads as a unit: "ủy viên", or a position after a dash."""
    return regex.compile(r"(?<!\p{L})(?:ủy|uỷ) viên(?!\p{L})|[-–]\s*(?:" + trie_alternation(lexicon.words("positions.txt")) + r")(?!\p{L})", regex.I)


@lru_cache(maxsize=None)
def _trailing_name_re():
    """A person's name ending a phrase: a family name and one to three capitalised words."""
    return regex.compile(r"\s+(?-i:" + trie_alternation(lexicon.words("surnames.txt")) + r")(?:\s+(?-i:\p{Lu}\p{Ll}*)){1,3}$")


@lru_cache(maxsize=None)
def positions_alt() -> str:
    """The positions a person holds in a unit (lexicons/positions.txt), not a representative's words
    ("đại diện", "lãnh đạo"), as one alternation."""
    return trie_alternation(w for w in lexicon.words("positions.txt") if w.lower() not in ("đại diện", "lãnh đạo"))


@lru_cache(maxsize=None)
def leading_position_re():
    """A person's position at the start of what should be a unit ("Chủ tịch ", "Giám đốc ")."""
    return regex.compile(positions_alt() + r"\s+", regex.I)


def starts_with_unit_head(s: str) -> bool:
    return unit_head_ci_re().match(s.strip()) is not None


#: what may follow "tại" inside a name, no place ("Ủy ban Quản lý vốn nhà nước tại doanh nghiệp"): a regex fragment
TAI_IN_NAME = r"(?-i:doanh\s+nghiệp)(?!\s+(?:tư\s+nhân|(?-i:\p{Lu})))"

#: the "tại" a name keeps before its place, a regex fragment placed after "tại": of a branch or an office ("Phân hiệu
#: Trường Đại học A tại Ninh Thuận", "Chi nhánh B tại Huế", "cơ quan đại diện Bộ X tại TP.HCM"), of the high courts and
#: procuracies ("Tòa án nhân dân cấp cao tại Hà Nội")
TAI_KEPT = (r"(?:(?<=(?-i:Phân hiệu|Chi nhánh|[Vv]ăn phòng đại diện|[Cc]ơ quan đại diện)\s(?:[^,;:()\n]|(?<=\p{Lu}),(?=\p{Lu})){1,80}\stại)"
            # (a place, not the event: "Chi nhánh X tại Hội nghị")
            r"|(?<=(?-i:cấp cao)\stại))\s+(?!(?i:hội nghị|lễ|buổi|hội thảo|đại hội|cuộc|chương trình)(?!\p{L}))(?:(?:tỉnh|thành phố|TP\.?)\s*)?(?-i:\p{Lu})")
#: what a name holds before the "tại" TAI_IN_NAME follows: the state's capital it manages ("Ủy ban Quản lý vốn nhà nước tại
#: doanh nghiệp"; not "Công đoàn Công ty A tại doanh nghiệp", the place of an act), a regex fragment ending right before "tại"
TAI_IN_NAME_BEFORE = r"(?<!\p{L})(?-i:[Vv]ốn)\s[^,;:()\n]{0,40}"
#: "tại", which ends a unit phrase unless the name keeps it (before its place, or before what TAI_IN_NAME names after
#: TAI_IN_NAME_BEFORE); a fragment of the case-sensitive alternations of unit and list ends
TAI_ENDS_UNIT = r"tại(?!(?<=" + TAI_IN_NAME_BEFORE + r"tại)\s+(?:" + TAI_IN_NAME + r")(?!\p{L}))(?!" + TAI_KEPT + r")"


# a lower-case verb inside a capitalised unit's name, the second half of a compound noun whose first half is capitalised
# ("Đài Tiếng nói Việt Nam"): after a unit's head and one to three capitalised words that are no place, before a run of
# capitalised words that closes at a mark or a line's end, or two or more before a lower-case word (a meeting or a document
# after the verb, "Công ty Hợp Lực chủ trì Hội nghị", "... công bố Quyết định khen thưởng", is one capitalised word, then
# lower-case words: the verb's object)
_RE_NAME_BEFORE_VERB = regex.compile(r"[ ]+((?-i:\p{Lu})\p{L}*(?:[ ]+(?-i:\p{Lu})\p{L}*){0,2})[ ]+")
_RE_NAME_AFTER_VERB = regex.compile(r"[ ]+(?-i:\p{Lu})[\p{L}&]*(?:(?:[ ]+(?-i:\p{Lu})[\p{L}&]*){0,3}(?=[ \t]*(?:[,.;:)\n]|[-–][ ]|$))"
                                    r"|(?:[ ]+(?-i:\p{Lu})[\p{L}&]*){1,3}(?=[ ]+(?-i:\p{Ll})))")


@lru_cache(maxsize=None)
def _object_after_verb_re():
    """A capitalised run after a verb that names a thing of its own, the verb's object, no rest of a name: a unit (its head,
    lexicons/unit_heads.txt: "thay mặt Ban Tổ chức", "cùng Ban Giám hiệu"), the cluster or its role ("thay mặt Cụm Thi đua
    số 5", "là Cụm Trưởng"), an award (lexicons/awards.txt: "trao Cờ Thi đua", "tặng Bằng Khen", "nhận Giấy Khen")."""
    return regex.compile(r"[ ]+(?=(?-i:\p{Lu}))(?:" + trie_alternation([*lexicon.words("unit_heads.txt"), *lexicon.words("awards.txt")])
                         + r"|cụm|khối|cờ)(?!\p{L})", regex.I)


def verb_inside_name(t: str, p: int, q: int) -> bool:
    """The lower-case word t[p:q] (a verb a title or clause would stop at) is a word of a unit's name: a capitalised run
    right after a unit's head stands before it and a capitalised run that closes the name follows it, one that names no
    thing of its own (a unit, the cluster, an award: the verb's object, "Giám đốc Công ty Hòa Phát trao Cờ Thi đua ...")."""
    if not t[p:p + 1].islower() or _RE_NAME_AFTER_VERB.match(t, q) is None or _object_after_verb_re().match(t, q):
        return False
    for h in unit_head_ci_re().finditer(t, max(0, p - 80), p):
        run = _RE_NAME_BEFORE_VERB.fullmatch(t, h.end(), p)
        # (the run a place's name, the unit's place, no part of a compound: "UBND tỉnh Lâm Đồng chủ trì ...")
        if run is not None and t[h.start()].isupper() and not gazetteer.is_place(run.group(1)):
            return True
    return False


def _not_place_abbreviation() -> str:
    """NOT_PLACE_ABBREVIATION, built once from the lexicons: the stop after a short place kind ends nothing only where a
    place's name follows it, not a new sentence."""
    g = gazetteer.load()
    places = trie_alternation([*(n for n in g.districts if not n[:1].isdigit()), *g.forms])
    not_name = trie_alternation([*lexicon.words("positions.txt"), *lexicon.words("unit_heads.txt"),
                                  *lexicon.words("sentence_openers.txt")])
    positions = trie_alternation(lexicon.words("positions.txt"))
    surnames = trie_alternation(lexicon.words("surnames.txt"))
    verbs = trie_alternation(w for k in ("presided", "reported", "spoke", "attended", "_acting", "_clause_verbs")
                             for w in lexicon.table("roles.json")[k])
    return (r"(?<!(?-i:(?<![\p{L}\d.])(?:CA)?(?:TP|Tp|TX|TT|H|Q|P|X)\.(?=[ \t]+(?:(?<=[QP]\.[ \t]+)\d{1,2}(?!\d)"
            # (a place the gazetteer knows, whatever follows it)
            r"|(?=\p{Lu})(?i:" + places + r")(?![\p{L}\d])"
            # (else two capitalised words or more that open no position, unit or sentence, and no verb a few words on)
            r"|(?!(?:Ông|Bà|Anh|Chị)\s|(?i:" + not_name + r")(?![\p{L}\d]))\p{Lu}[\p{Ll}']*+(?:[ \t]+\p{Lu}[\p{Ll}']*+)++(?![\p{L}\d])"
            r"(?!(?:[ \t]+[\p{L}\d]+){0,3}?[ \t]+" + verbs + r"(?![\p{L}\d]))"
            # (nor a person's name, a family name and two or three words, with a position after its comma: "Lê Văn A, Giám đốc")
            r"(?!(?<=(?<![\p{L}\d])(?:" + surnames + r")(?:[ \t]+\p{Lu}[\p{Ll}']*){2,3})\s*,\s*(?i:" + positions + r")(?![\p{L}\d]))))))")


#: a lookbehind placed after a full stop: not the stop of a place's kind written short before the place's name ("TX. Buôn Hồ",
#: "H. Di Linh", "Q. Gò Vấp", "P. Lê Lợi", "TT. Phước An", "TP. Bảo Lộc", "Q. 3"), nor of one glued to the police's "CA" ("CATP. A",
#: "CAH. B"): the short word alone (1-4 letters, no word before it), then a number after "Q."/"P.", a place the gazetteer
#: knows, or a name of two capitalised words or more that is no position ("Phó Chủ tịch"), unit ("Sở Nội vụ") or sentence
#: opener ("Tại Hội nghị") and has no verb a few words on (a person: "Lê Văn A phát biểu"); a place's own name and a new
#: sentence ("huyện A. Hội nghị ...", "UBND TP. Phó Chủ tịch ...") end where they did. Read by every field's end.
NOT_PLACE_ABBREVIATION = _not_place_abbreviation()


@lru_cache(maxsize=None)
def not_city_abbreviation() -> str:
    """A lookbehind placed after a full stop: not the stop of a city's "TP." before its name ("Cục Thuế TP. Cần Thơ"), nor
    of another place's kind written short before its name (NOT_PLACE_ABBREVIATION)."""
    return r"(?<!(?<!\S)(?:TP|Tp)\.(?=\s+(?-i:" + trie_alternation(f for f in lexicon.province_forms() if f[:1].isupper()) + r")(?!\p{L})))" \
        + NOT_PLACE_ABBREVIATION


# words that end a unit phrase read forwards; "và" only before another unit ("A và Trung đoàn 893"),
# not inside a name ("Ngân hàng Nông nghiệp và Phát triển nông thôn")
@lru_cache(maxsize=None)
def _unit_end_re():
    """Where a unit's name ends (compiled on first use: its alternations come from the lexicons)."""
    return regex.compile(
        # (not the full stop of a city's "TP." before its name: "Cục Thuế TP. Cần Thơ")
        r"[,;:…](?=\s|$)|\.(?=\s|$)" + not_city_abbreviation()
        + r"|\s+và(?=\s+(?-i:" + trie_alternation(lexicon.words("unit_heads.txt") + lexicon.words("awards.txt")) + r")(?!\p{L}))"
        r"|\s+(?:và|cùng)\s+(?=danh hiệu\b)"
        # (persons or units counted after "và": "cho Thanh tra huyện A và 1 cá nhân trong cụm")
        r"|\s+(?:và|cùng)\s+(?=\d{1,3}\s+(?:cá nhân|tập thể|đơn vị)\b)"
        # (a province named with its kind after "và", the next place of a list: "cho tỉnh A và tỉnh B", "thành phố A và tỉnh
        # B"; "tỉnh" opens no unit's name, but no name goes on with "và tỉnh" and a capitalised word either; not after a unit
        # of the province, "Công an tỉnh A và tỉnh B", whose second is no span of the text)
        r"|(?<=(?:^|\b(?:cho|và|tặng)\s|[,:;(]\s?)(?:tỉnh|thành phố|TP\.?)\s+(?-i:\p{Lu})[\p{L} -]{0,30})\s+và(?=\s+(?-i:tỉnh)\s+(?-i:\p{Lu}))"
        # (another role after "và": "trưởng khối năm 2014 là A và Phó khối là B")
        r"|\s+và\s+(?=(?:đơn vị\s+)?(?:" + ROLE_NOTE_WORDS + r")(?!\p{L}))"
        # (the next place of an ordinal list after "và": "thứ nhì là A và thứ ba là B", "hạng nhì là A và hạng ba là B")
        r"|\s+và\s+(?=(?:xếp\s+|đứng\s+)?(?:thứ|hạng|giải)\s+(?:nhất|nhì|hai|ba|tư|bốn|năm|sáu|[1-9])(?!\p{L}))"
        # (a person after "và", or after "và cá nhân": "cho xã A và ông Nguyễn Văn B", "cho tập thể A và cá nhân đ/c B")
        r"|\s+và\s+(?=(?:(?-i:cá)\s+(?-i:nhân)\s+)?(?-i:ông|bà|đồng chí|đ/c|Ông|Bà|Đồng chí|Đ/c)\s+(?-i:\p{Lu}))"
        # (a second act of the same subject after "và": "cho Thanh tra Sở và bầu Trung tâm A làm Khối trưởng")
        r"|\s+và\s+(?=(?-i:bầu|bình xét|bình chọn|suy tôn|thống nhất|thông nhất|nhất trí|công nhận|giới thiệu|chọn|cử(?!\s+tri)|giao\s+(?:cho|nhiệm\s+vụ))\b|giao\s+(?-i:\p{Lu}))"
        # (the proposal's verb, capitalised by a slip, is never a name's word: "cho Sở Y tế và Đề nghị tặng Bằng khen ...")
        r"|\s+và\s+(?=(?-i:Đề\s+nghị|Đề\s+xuất|Bầu|Suy\s+tôn|Bình\s+xét)(?!\p{L}))"
        # (what the unit has, counted: "Liên hiệp Hội tỉnh có 25 tổ chức thành viên"; not "Công ty có vốn nhà nước")
        r"|\s+(?-i:có)(?=\s+\d)"
        # (a time said after the subject: "Trường A thời gian qua đã ...", "Sở B vừa qua tổ chức ...")
        # (not the "làm" of "việc làm" inside a name: "Trung tâm Dịch vụ việc làm tỉnh là Trưởng khối")
        r"|\s+(?-i:làm(?<!\b(?i:việc)\s+làm)|là|cho|năm|đã|sẽ|được|tiếp tục|giữ|với|cùng|do|theo(?=\s+\p{Ll})|thời gian(?=\s+(?:qua|vừa|tới|gần))|vừa qua|(?:những|nhiều|suốt)(?=\s+(?:những\s+)?(?:năm|tháng)\b)|từ(?=\s+(?:đầu\s+)?năm\b)|hiện(?=\s+(?:giữ|là|làm|đảm|đang))|" + TAI_ENDS_UNIT + r"|vì|để|nhằm|đạt|trong|thay|nhận|tiếp nhận|đề nghị|"
        r"(?:và\s+)?(?:tặng|trao)|đăng cai|đảm nhận|đảm nhiệm|thực hiện(?!\s+(?-i:\p{Lu}))|(?<!\b(?i:văn phòng|cơ quan|ban)\s)đại diện|phối hợp với|chỉ định|phân công|" + TO_CHUC + r"|luân phiên|dẫn đầu|đứng đầu|xếp|tiến hành|(?i:(?:và\s+)?(?:đơn vị\s+)?(?:(?:cụm|khối)\s+(?:trưởng|phó)|(?:phó\s+)?trưởng\s+(?:cụm|khối))))\b|\s+\(|\n"
        # (an apposition of what the unit achieved: "cho Sở Nội vụ đơn vị dẫn đầu và ...", "Sở Tư pháp đơn vị hạng nhì")
        r"|\s+(?=(?-i:đơn vị)\s+(?:dẫn đầu|đứng đầu|hạng|xếp|đứng thứ|tiêu biểu|xuất sắc)\b)"
        # (a description after a dash: "A - đơn vị dẫn đầu phong trào"; not a role note, which callers cut themselves)
        r"|\s*[-–]\s+(?=(?:là\s+)?(?:đơn vị|cơ quan)\s+(?!(?:cụm|khối|trưởng|phó|đăng cai)\b)(?-i:\p{Ll}))"
        # (or the units listed counted after a dash: "cho tỉnh A và tỉnh B - 2 tỉnh dẫn đầu", "- hai địa phương xuất sắc")
        r"|\s*[-–]\s+(?=(?:là\s+)?(?:hai|ba|bốn|năm|0?[2-9]|các|những)\s+(?:đơn vị|cơ quan|tập thể|doanh nghiệp|tỉnh|thành phố|địa phương)\s+(?-i:\p{Ll}))",
        regex.I,
    )


_RE_LOWER_PLACE = regex.compile(r"\b(?<!\bthị\s)(?:xã|phường|thị trấn)\s+(?-i:\p{Lu}|\d)", regex.I)  # (a thị xã is no commune)
_RE_HIGHER_PLACE = regex.compile(r",\s*(?:huyện|quận|thị xã)\s+(?-i:\p{Lu}\p{Ll}*)(?:\s+(?-i:\p{Lu}\p{Ll}*|\d+)){0,3}(?=\s*[,.;)]|\s*$|\s+(?-i:\p{Ll}))", regex.I)


# a province named as the unit itself, in a cluster of provinces ("suy tôn tỉnh Lào Cai là đơn vị dẫn đầu", "thống nhất tỉnh A
# làm Cụm trưởng"): "tỉnh" or "thành phố" before a province's name that the words after it do not go on
_RE_PROVINCE_UNIT = regex.compile(r"(?:tỉnh|thành phố|TP\.?)\s+((?-i:\p{Lu}\p{L}*)(?:\s+(?-i:\p{Lu}\p{L}*)){0,3})(?=\s+(?-i:\p{Ll})|\s*[,.;:)]|\s+[-–]\s|\s*$)", regex.I)


def _province_as_unit(t: str, a: int, b: int) -> bool:
    m = _RE_PROVINCE_UNIT.match(t, a, b)
    return m is not None and gazetteer.province_of(m.group(1)) is not None and gazetteer.is_place(m.group(1))


_RE_PERSON_THEN_POSITION = regex.compile(r"\s*(?:cho\s+)?(?:ông|bà|đồng chí|đ/c)\s+(?-i:\p{Lu}\p{L}*)(?:\s+(?-i:\p{Lu}\p{L}*)){1,3}\s*[-–,]\s*",
                                         regex.I)


def past_person(doc: Document, a: int, b: int) -> int:
    """Where the unit starts after a person named first with the position she holds in it ("cho bà Nguyễn Thị A - Giám đốc
    Quỹ tín dụng B": at "Giám đốc"); ``a`` when no person opens the stretch."""
    person = _RE_PERSON_THEN_POSITION.match(doc.text, a, b)
    if person is not None and leading_position_re().match(doc.text, person.end(), b):
        return person.end()
    # (no mark between the name and the position: "cho Ông Trần Văn A Chủ tịch Hội B")
    person = _person_then_position_bare_re().match(doc.text, a, b)
    return person.end() if person is not None else a


@lru_cache(maxsize=None)
def _person_then_position_bare_re():
    return regex.compile(r"\s*(?:cho\s+)?(?:ông|bà|đồng chí|đ/c)\s+(?-i:\p{Lu}\p{L}*)(?:\s+(?-i:\p{Lu}\p{L}*)){1,3}?\s+(?=(?-i:\p{Lu}))(?=(?:"
                         + positions_alt() + r")\s+)", regex.I)


# a company's board after the position that chairs it, before the company's name written short with no unit's head
# ("Chủ tịch HĐTV Agribank", "Chủ tịch Hội đồng quản trị BIDV")
_RE_BOARD = regex.compile(r"(?-i:HĐTV|HĐQT|Hội\s+đồng\s+(?:thành\s+viên|quản\s+trị))\s+(?=(?-i:\p{Lu}))")


# a company's legal form after its head, abbreviated or written out ("Công ty TNHH MTV", "Công ty Cổ phần"): no name of its own
_RE_LEGAL_FORM = regex.compile(r"(?:\s+(?:(?-i:\p{Lu}{2,})|cổ\s+phần|trách\s+nhiệm\s+hữu\s+hạn|một\s+thành\s+viên|tư\s+nhân|hợp\s+danh))*\s*", regex.I)


def unit_after(doc: Document, a: int, b: int, *, allow_lower: bool = False) -> tuple[int, int] | None:
    """The unit phrase that starts at (or just after) ``a``, ending before ``b`` at most."""
    sh = shadow(doc)
    # (and the leaders who stand for it: "cho lãnh đạo Sở X" -> "Sở X")
    m = cre.match(r"\s*(?:là\s+|cho\s+|từ\s+|đơn vị\s+|tập thể\s+|lãnh đạo\s+(?=(?-i:\p{Lu})))*", sh[a:b], regex.I)
    a += m.end() if m else 0
    if a >= b:
        return None
    # a unit's name in quotes is the unit: "cho “Công ty A”" -> "Công ty A", ending at the closing quote
    q = _RE_OPEN_QUOTE.match(sh, a, b)
    close = _RE_CLOSE_QUOTE.search(sh, q.end(), min(b, q.end() + 121)) if q is not None else None
    if close is not None and _quoted_unit(doc.text, q.end(), close.start()):
        a, b = q.end(), close.start()
    elif close is not None and (is_ := _RE_QUOTED_IS.match(sh, close.end(), b)) is not None:
        a = is_.end()  # a title in quotes, then the unit that holds it: "cho “Xã đạt chuẩn nông thôn mới” là xã A" -> "xã A"
    if not allow_lower and not sh[a].isupper() and not starts_with_unit_head(doc.text[a:b]) and not _province_as_unit(doc.text, a, b):
        return None
    # the unit a position heads stands for it: "Khối trưởng: Chủ tịch Hội X" -> "Hội X"
    pos = leading_position_re().match(sh, a, b)
    board = _RE_BOARD.match(sh, pos.end(), b) if pos is not None else None
    if board is not None:
        # (or the company whose board the position chairs: "Chủ tịch HĐTV Agribank" -> "Agribank", "Chủ tịch Hội đồng quản
        # trị Ngân hàng A" -> "Ngân hàng A")
        a = board.end()
    elif pos is not None and starts_with_unit_head(doc.text[pos.end():b]):
        a = pos.end()
    e = _unit_end_re().search(sh, a, b)
    end = e.start() if e else b
    # keep "(KCN)"-style abbreviations inside the name
    gloss = None
    while e and sh[e.start():e.end()].strip() == "(":
        close = cre.match(r"\s*\(\p{Lu}[\p{Lu}&\-]{0,9}\)", sh[e.start():b])
        if not close:
            break
        gloss = e.start(), e.start() + close.end()
        e = _unit_end_re().search(sh, e.start() + close.end(), b)
        end = e.start() if e else b
    # (but the abbreviation of the whole name, in brackets after it, is no part of it: "là Ban Tổ chức Tỉnh ủy (BTCTU);";
    # only where the name's end is found after it: a window that closes on the brackets is a part its caller cut whole and
    # checks, "Trường A (SPKT), Trường B dẫn đầu", and it stays as given)
    if gloss is not None and e is not None and not sh[gloss[1]:end].strip(" ,;-"):
        end = gloss[0]
    # "UBND xã A, huyện B": a commune's unit goes on with the district it belongs to
    up = _RE_HIGHER_PLACE.match(sh, end, b) if sh.startswith(",", end) and _RE_LOWER_PLACE.search(sh, a, end) else None
    if up:
        end = up.end()
    s = doc.text[a:end].rstrip(" ,;-")
    if board is not None:
        # (the person after the company is no part of it: "Chủ tịch HĐQT BIDV Trần Văn B" -> "BIDV"; but a name right after
        # the unit's head and its legal form is the company's own: "Chủ tịch HĐQT Công ty TNHH Lê Văn B" -> "Công ty TNHH Lê Văn B")
        nm = _trailing_name_re().search(s)
        if nm is not None and nm.start() > 0:
            rest = s[:nm.start()]
            hm = unit_head_ci_re().match(rest)
            # (a common head, "Công ty", "Ngân hàng": not a brand the lexicon counts as a head, "Agribank Phạm Văn B")
            if not (hm is not None and hm.group().split()[-1][:1].islower() and _RE_LEGAL_FORM.fullmatch(rest, hm.end())):
                s = rest
    elif pos is not None and pos.end() == a:
        # the person after his position and unit is no part of it: "Giám đốc Sở Y tế Nguyễn Văn An" -> "Sở Y tế"
        # (only after a unit whose name ends in a common word, "Sở Y tế Nguyễn Văn An"; a capitalised word or an
        # abbreviation before the name makes it the unit's own: "Trường THCS Nguyễn Văn Trỗi", "Bệnh viện Lê Văn Thịnh")
        # (or after a unit named after a person: "Trường tiểu học Lê Văn Tám Trần Thị Hoa", two names in a row)
        nm = _trailing_name_re().search(s)
        if nm is not None and nm.start() > 0:
            rest = s[:nm.start()]
            hm = unit_head_ci_re().match(rest)
            after_common_word = rest.rstrip()[-1:].islower() and rest.split()[-1][:1].islower() \
                and not (hm is not None and not rest[hm.end():].strip())
            named_after_a_person = (prev := _trailing_name_re().search(rest)) is not None and prev.start() > 0
            if after_common_word or named_after_a_person:
                s = rest
    # a unit cut before the verb of a second clause keeps no conjunction ("A và đề nghị ...": "A")
    if s.endswith((" và", " cùng")):
        s = s.rsplit(" ", 1)[0].rstrip(" ,;-")
    if len(s) < 2 or len(s) > 120:
        return None
    return a, a + len(s)


@lru_cache(maxsize=None)
def facilities_alt() -> str:
    """The rooms and buildings a meeting is held in, before the unit that owns them (lexicons/facilities.txt), and the part
    of the building after them ("tầng 3", "số 2"), as a regex fragment matched with IGNORECASE."""
    return (alternation_rest_case(lexicon.words("facilities.txt"), ignore_case=True)
            + r"(?:\s+(?:tầng|lầu|số|nhà|tòa\s+nhà|tòa|khu|dãy)\s+(?:\d{1,3}\p{L}?|(?-i:\p{Lu})\d{0,2})(?![\p{L}\d]))?")


# anchored at the end and only asked whether it matches: searched from the end (REVERSE), one try
# instead of one at every position of the window
@lru_cache(maxsize=None)
def _left_boundary_re():
    return regex.compile(
        r"(?:^|[;:(]|\.\s|,\s*(?:trong đó\s*,?\s*)?|\b(?:do|bầu|đề xuất|là|trong đó|theo đó|từ|cho(?:\s+thấy)?|và|gồm|đó là|có|thống nhất|nhất trí|chọn|giới thiệu|suy tôn|bình xét|bình chọn|bầu chọn|tôn vinh|xếp|công nhận|chỉ định|phân công|giao(?!\s+(?:thông|dịch|lưu|ước|ban|nhận))|đến lượt|luân phiên|cảm ơn|biểu dương|chúc mừng|đơn vị|cơ quan|chủ trì(?:\s+của)?"
        # the cluster role the unit holds, before its name: "bình xét đơn vị Khối trưởng Bộ Chỉ huy Quân sự tỉnh là ..."
        r"|(?<=\b(?:đơn\s+vị|cơ\s+quan)\s+)(?:(?:cụm|khối)\s+(?:trưởng|phó)|(?:phó\s+)?trưởng\s+(?:cụm|khối))"
        # the venue, when a role note follows it: "tại (trụ sở) Sở X, đơn vị Trưởng Khối", "tại trụ sở của Sở X (Trưởng khối)"
        # (past the room or building the unit owns: "tại Nhà văn hóa Công ty X, đơn vị Khối trưởng", "tại Phòng họp tầng 3 Cục Y")
        r"|tại(?:\s+(?P<facility>" + facilities_alt() + r")(?:\s+của)?)?"
        # the host bridge point of an online meeting, named as its unit: "kết nối từ điểm cầu Sở X (Trưởng khối)", "điểm cầu
        # chính Sở X, đơn vị Cụm trưởng"
        r"|điểm\s+cầu(?:\s+(?:chính|trung\s+tâm))?(?:\s+của)?"
        # a representative's unit: "đại diện (lãnh đạo) Sở X (Cụm trưởng) báo cáo"
        # (not the body of that name: "Ban Đại diện Hội Người cao tuổi")
        # (or the side it speaks for: "Về phía Bộ X - đơn vị Trưởng khối, có ...")
        r"|(?<!\b(?:ban|văn\s+phòng|cơ\s+quan)\s)đại\s+diện(?:\s+lãnh\s+đạo)?|(?<!\bban\s)lãnh\s+đạo|thay\s+mặt|về\s+phía)\s"
        # a clause opened by its year without a comma: "Năm 2025 Sở X là Cụm trưởng"
        # ("Năm nay huyện X là đơn vị trưởng khối", "Hiện nay Sở X là Cụm trưởng"; after an opening phrase:
        # "Theo nguyên tắc luân phiên, năm 2019 huyện X đảm nhận Cụm trưởng")
        # (and by the word that gives a vote's result: "Kết quả Sở X làm Cụm trưởng")
        r"|(?:^|[.;:,]\s*|\n\s*)(?:(?:trong\s+)?năm(?:\s+học)?\s+(?:(?:19|20)\d{2}\s*[-–]\s*)?(?:19|20)\d{2}|năm nay|hiện nay|hiện tại|kết quả"
        # (or by the span of an interim review: "Sau 9 tháng Công ty X dẫn đầu", "Qua 6 tháng đầu năm 2024 Sở X ...",
        # "Hết quý I Sở X ...")
        r"|" + INTERIM_SPAN + r")\s"
        # (or by the year after the verb that agrees on it: "thống nhất năm 2025 Sở X làm Cụm trưởng", "thống nhất năm học
        # 2021 - 2022 trường X làm trưởng cụm")
        r"|\b(?:thống nhất|nhất trí|bầu|chọn|giới thiệu)\s+(?:(?:trong|cho)\s+)?năm(?:\s+học)?\s+(?:(?:19|20)\d{2}\s*[-–]\s*)?(?:19|20)\d{2}\s"
        # (or by the share of votes after it: "thống nhất 100% Sở X là đơn vị dẫn đầu", "nhất trí 100% suy tôn")
        r"|\b(?:thống nhất|nhất trí|suy tôn|bình chọn|bầu chọn|bầu)\s+(?:với\s+)?\d{1,3}(?:[.,]\d{1,2})?\s*%\s"
        # the verb after a unit and its note in brackets: "A (Cụm trưởng) phối hợp B (Cụm phó)"
        # (not a branch's words, which go on with the name before its abbreviation: "Ngân hàng X (NHX) chi nhánh tỉnh A")
        r"|\)\s+(?!chi\s+nhánh\s)(?-i:\p{Ll}+)(?:\s+(?-i:\p{Ll}+)){0,2}\s"
        # the date the clause opens with, no comma after it: "Chiều ngày 28/02/2022 Sở X, Trưởng Khối ... tổ chức"
        r"|\b(?:ngày|sáng|chiều|tối|trưa)\s+\d{1,2}\s*(?:[/.-]|\s+tháng\s+)\s*\d{1,2}(?:\s*(?:[/.-]|\s+năm\s+)\s*(?:19|20)\d{2})?"
        # (a dateline's date, its dash after it: "A, ngày 20/10/2023 – Sở X (Cụm trưởng) tổ chức")
        r"(?:\s+vừa\s+qua)?(?:\s*[-–—−])?\s?"
        # the bullet that opens the segment, an item of a list: "- Sở A làm Trưởng khối, Sở B làm Phó Trưởng khối;"
        r"|^[ \t]*[-+•*–][ \t])\s*$",
        regex.I | regex.REVERSE,
    )


_RE_HOI_NGHI = regex.compile(r"hội nghị\b", regex.I)


_RE_INNER_COMMA_TAIL = regex.compile(
    # (one or two words naming more of the field, not a description: "nằm ở phía tây tỉnh A", "địa phương miền núi tỉnh A")
    r",\s(?!(?:đơn vị|cơ quan|nay|là|thuộc|trực thuộc|đóng|trụ sở|nằm|cách|ở|địa phương|miền|phía|vùng|huyện|xã)\b)"
    r"(?-i:\p{Ll}+)(?:\s(?!(?:ở|của|tại|thuộc|phía|miền)\b)(?-i:\p{Ll}+))?\s+(?:tỉnh|thành phố|huyện|quận|thị xã)\s+(?-i:\p{Lu})[^,;:.()]*", regex.I)


def _unit_runs_to_tai(before: str) -> bool:
    """A unit's name runs up to "tại" (its head within reach after the last comma, no meeting's verb or date between)."""
    part = before[before.rfind(",") + 1:]
    return unit_head_ci_re().search(part) is not None and not _RE_MEETING_WORDS.search(part)


_RE_MEETING_WORDS = regex.compile(r"\b(?:tổ chức|diễn ra|họp|năm\s+\d{4}|ngày)\b", regex.I)
_RE_PLACE_KIND_AT = regex.compile(r"(?:tỉnh|thành phố|tp\.?|huyện|quận|thị xã|xã|phường|thị trấn)\s", regex.I)


# a unit's place after its comma, ending the text before a role ("Công ty A, huyện B, đơn vị làm cụm trưởng")
_RE_PLACE_AFTER_COMMA_END = regex.compile(r"(?:,\s*(?:huyện|quận|thị xã|tỉnh|thành phố|TP\.?)\s+(?-i:\p{Lu})\p{L}*(?:[ -](?-i:\p{Lu})\p{L}*){0,3}){1,2}$", regex.I)


_RE_UNIT_NOTE_NEXT = regex.compile(r"\s*[,–-]?\s*(?:là\s+)?đơn\s+vị\b", regex.I)


# the quotes a unit's name may be written in: "suy tôn “Viện A” dẫn đầu", "cho \"Công ty B\""
_RE_OPEN_QUOTE = regex.compile(r"[“„\"]\s*(?=\S)")
_RE_CLOSE_QUOTE = regex.compile(r"\s*[”\"]")


# a word of a name of its own after a quoted text's first word: a capital or a figure ("Công ty cổ phần A", "Xí nghiệp 19");
# a title in sentence case has none ("Xã đạt chuẩn nông thôn mới kiểu mẫu", "Cơ quan đạt chuẩn văn hóa")
_RE_OWN_NAME_WORD = regex.compile(r"\s(?:(?-i:\p{Lu})|\d)")
# the unit that holds a quoted title, named after it: "“Xã đạt chuẩn nông thôn mới kiểu mẫu” là xã A"
_RE_QUOTED_IS = regex.compile(r"\s*,?\s*là\s+(?=\S)", regex.I)


def _quoted_unit(text: str, lo: int, hi: int) -> bool:
    """The text in quotes at ``text[lo:hi]`` is a unit's name: a unit's head opens it and a name of its own follows (not a
    title in sentence case), or a province stands for its government."""
    inner = text[lo:hi]
    return starts_with_unit_head(inner) and _RE_OWN_NAME_WORD.search(inner.strip()) is not None or _province_as_unit(text, lo, hi)


def _quoted_before(doc: Document, sh: str, lo: int, end: int) -> tuple[int, int] | None:
    """The unit named in quotes right before ``end`` (its closing quote there), the words before the opening quote
    leading to a unit: the name inside the quotes."""
    o = max(sh.rfind("“", lo, end - 1), sh.rfind("\"", lo, end - 1), sh.rfind("„", lo, end - 1))
    if o < 0 or end - o > 122 or "\n" in sh[o:end]:
        return None
    q = _RE_OPEN_QUOTE.match(sh, o, end - 1)
    inner = doc.text[q.end():end - 1].rstrip() if q is not None else ""
    if len(inner) < 2 or not _quoted_unit(doc.text, q.end(), q.end() + len(inner)):
        return None
    if o > lo and _left_boundary_re().search(sh[max(lo, o - 40):o]) is None:
        return None
    return q.end(), q.end() + len(inner)


def unit_before(doc: Document, lo: int, end: int) -> tuple[int, int] | None:
    """The unit phrase that ends at ``end`` (exclusive), starting no earlier than ``lo``."""
    sh = shadow(doc)
    seg = sh[lo:end].rstrip()
    end = lo + len(seg)
    if seg.endswith(("”", "\"")):
        quoted = _quoted_before(doc, sh, lo, end)
        if quoted is not None:
            return quoted
    place = _RE_PLACE_AFTER_COMMA_END.search(sh, max(lo, end - 60), end) if _RE_UNIT_NOTE_NEXT.match(sh, end) else None
    if place is not None and place.start() > lo:
        # (the unit before the comma is the one meant, its note after the place: "Công ty A, huyện B, đơn vị đăng cai làm
        # cụm trưởng"; not the role as the next clause's subject: "tại Vườn quốc gia A, tỉnh B, Cụm trưởng ... đã ...")
        got = unit_before(doc, lo, place.start())
        if got is not None and not _RE_PLACE_KIND_AT.match(sh, got[0]):
            return got
    # candidate starts: each unit head word in the segment, nearest first
    heads = [a for a, _ in doc.cues.spans(_V_UNIT_HEADS, lo, end, word=False)]  # the pattern can only start there
    # (a common word the shadow's mask hid is read as written: "và phòng, chống tội phạm ..." opens no unit, though the
    # protected comma after "phòng" is masked)
    starts = [m.start() for m in cues.match_at(unit_head_ci_re(), sh, heads, lo, end)
              if MASK not in sh[m.end():m.end() + 1] or not _not_unit_head_re().match(doc.text, m.start())]
    # (a province named as the unit itself after a verb, in a cluster of provinces: "suy tôn tỉnh A là đơn vị dẫn đầu";
    # not the place after a comma, "tại Vườn quốc gia X, tỉnh A, Cụm trưởng ...")
    if "tỉnh" in sh[lo:end] or "thành phố" in sh[lo:end] or "TP" in sh[lo:end]:
        starts = sorted(starts + [m.start() for m in _RE_PROVINCE_UNIT.finditer(sh, lo, end)
                                  if sh[lo:m.start()].rstrip()[-1:].isalpha() and _province_as_unit(sh, m.start(), end)])
    for s in reversed(starts):
        if end - s > 120:
            break  # a unit is 120 characters at most, and the starts further left give longer ones
        left = sh[max(lo, s - 40):s]
        lb = _left_boundary_re().search(left) if s > lo else None
        if lb is not None and lb.group("facility") is not None and not sh[s].isupper():
            lb = None  # (past a room or building, only a unit named with a capital: "tại Nhà văn hóa huyện A" is one unit)
        # (a place after "tại" is part of the unit before it: "Viện Kiểm sát nhân dân cấp cao tại thành phố Đà Nẵng";
        # not the meeting's place: "... tổng kết năm 2023 tại huyện A (Cụm trưởng)")
        if lb is not None and lb.group(0).lstrip().lower().startswith("tại") and _RE_PLACE_KIND_AT.match(sh, s):
            tai = max(lo, s - 40) + lb.start() + len(lb.group(0)) - len(lb.group(0).lstrip())
            if _unit_runs_to_tai(sh[max(lo, tai - 60):tai]):
                lb = None
        if s == lo or lb is not None:
            text = doc.text[s:end]
            if ")" in text and text.count(")") > text.count("("):
                continue  # (an abbreviation in brackets inside the name: "Tòa án nhân dân (TAND) tỉnh A", not "TAND) tỉnh A")
            # (every test must pass: the cheap ones first; within 120 characters no pattern needs a time limit)
            # (a comma inside the name before lower-case words and the unit's place: "Ban quản lý Khu kinh tế,
            # công nghiệp tỉnh A", one name)
            comma = sh.find(",", s, end)
            if comma >= 0 and sh.find(",", comma + 1, end) < 0 and _RE_INNER_COMMA_TAIL.fullmatch(sh, comma, end):
                comma = -1
            if not 2 <= len(text) <= 120 or "\n" in text or comma >= 0 or _RE_HOI_NGHI.match(text) \
                    or _head_position_re().match(text) or ("viên" in text or "-" in text or "–" in text) and _person_title_re().search(text):
                continue  # (a person's positions: "Đảng ủy viên - Phó Chủ tịch UBMTTQ phường - Chủ tịch Hội X")
            # (the full stop of the "TP." a city opens with ends nothing: "TP. Cần Thơ")
            inner = _unit_end_re().search(sh, s + 3 if sh.startswith(("TP.", "Tp."), s) else s, end)
            if inner and sh[inner.start()] == "," and _RE_INNER_COMMA_TAIL.fullmatch(sh, inner.start(), end):
                inner = _unit_end_re().search(sh, inner.end(), end)
            if inner and inner.start() < end - 1 and sh[inner.start():inner.end()].strip() not in ("(",):
                continue
            # (a numbered unit's parent body after its comma names the unit before it: "Sư đoàn 31, Quân đoàn 34 là ...")
            child = _RE_CHILD_BEFORE.search(sh, max(lo, s - 30), s) if _RE_PARENT_HEAD.match(sh, s) else None
            if child is not None:
                return (child.start(), end)
            return (s, end)
    # a unit known by its acronym alone, no head word before it ("theo đó THACO được bầu làm Khối trưởng")
    m = _RE_ACRONYM_UNIT.search(sh, max(lo, end - 60), end)
    if m is not None and (m.start() == lo or _left_boundary_re().search(sh[max(lo, m.start() - 40):m.start()])):
        return (m.start(), end)
    return None


# military units by rank: the numbered units below a corps, the bodies over them (a numbered unit's parent, written after its
# comma: "Sư đoàn 31, Quân đoàn 34"), and the ministries over those
MILITARY_UNITS = ("Tiểu đoàn", "Trung đoàn", "Lữ đoàn", "Sư đoàn", "Hải đoàn", "Hải đội")
MILITARY_PARENTS = ("Quân đoàn", "Quân khu", "Binh đoàn", "Binh chủng", "Quân chủng", "Bộ Tư lệnh")
MILITARY_MINISTRIES = ("Bộ Quốc phòng", "Bộ Công an")


def military_rank(name: str) -> int:
    """2 for a ministry, 1 for a body over numbered units, 0 for any other unit (by the name's first words)."""
    name = name.strip()
    return 2 if name.startswith(MILITARY_MINISTRIES) else 1 if name.startswith(MILITARY_PARENTS) else 0


_RE_PARENT_HEAD = regex.compile(alternation(MILITARY_PARENTS) + r"\b")
_RE_CHILD_BEFORE = regex.compile(r"(?<!\p{L})" + alternation(MILITARY_UNITS) + r"\s+\d{1,4}\s*,\s*$")


# (or with its place after it: "do HND huyện Tân Uyên làm Cụm trưởng")
_RE_ACRONYM_UNIT = regex.compile(r"(?<![\p{L}\d&.-])(?-i:\p{Lu}{3,8})(?![\p{L}\d&.-])"
                                 r"(?:\s+(?:tỉnh|huyện|quận|thị xã|xã|phường|thành phố)\s+(?-i:\p{Lu})\p{Ll}*(?:\s+(?-i:\p{Lu})\p{Ll}*){0,3})?$")


# the words of a place's kind, whose first letters a cut name may end in ("Công an tỉ")
_PLACE_KIND_WORDS = ("tỉnh", "huyện", "quận", "phường", "thành", "phố", "thị", "trấn", "xã")
# a word a Vietnamese syllable can be: its consonants, its vowels, then one of the finals (an abbreviation in capitals or a
# figure passes too)
_RE_SYLLABLE = regex.compile(r"[bcdfghklmnpqrstvx]*[aeiouy]+(?:c|ch|m|n|ng|nh|p|t)?")


# (a syllable of a minority's place name too: "Đắk", "Jút")
_RE_SYLLABLE_WIDE = regex.compile(r"[bcdfghjklmnpqrstvwxz]*[aeiouy]+(?:c|ch|k|m|n|ng|nh|p|t)?")


def word_cut_inside(s: str) -> bool:
    """A word of the value has no vowel, or is in lower case with no syllable's shape: a cut line's stump joined to the words
    after it ("Văn ph anh tin bai"); a capitalised word of several syllables is a proper name, whole ("thành phố Pleiku",
    "Viettel")."""
    for w in s.split():
        w = w.strip(".,;:)(\"'")
        if not w or w.isupper() or not w.isalpha():
            continue
        folded = fold(w).lower()
        if not any(v in folded for v in "aeiouy") or w[0].islower() and _RE_SYLLABLE_WIDE.fullmatch(folded) is None:
            return True
    return False


# the words a unit's name never ends on, its rest cut away: a number's or a plural's word ("Trường THPT số", "Ban Quản lý các
# khu"), a link ("và", "của"), a company's legal form ("Công ty Cổ phần")
_RE_OPEN_END = regex.compile(r"(?<!\p{L})(?:(?:số|các|những|và|của|thuộc|cổ\s+phần|tnhh)|các\s+\p{Ll}+)\s*[-–]?$", regex.I)
# the first syllable of a compound in capitals after a link, the word before it in lower case: "Sở Lao động - Thương"
# ("Thương binh"), "Sở Giáo dục và Đào"; not a proper name's, "Thừa Thiên - Huế", "Báo Sơn Hà"
_RE_COMPOUND_CUT = regex.compile(r"(?<!\p{L})(?-i:\p{Ll}+)\s+(?:-|–|và)\s+(?-i:\p{Lu}\p{Ll}*)$")


@lru_cache(maxsize=None)
def _heads_needing_name() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon.words("heads_needing_name.txt"))


def ends_at_cut_word(s: str) -> bool:
    """The value ends on whole words where a longer name was cut: a unit's head alone, no name after it ("Sở", "Ủy ban
    nhân dân"; lexicons/heads_needing_name.txt), a word that
    needs more after it (_RE_OPEN_END), or a compound's first syllable (_RE_COMPOUND_CUT)."""
    s = s.strip()
    if s.lower() in _heads_needing_name():
        return True
    return _RE_OPEN_END.search(s) is not None or _RE_COMPOUND_CUT.search(s) is not None


def ends_cut(s: str, text: str) -> bool:
    """The value, at the end of ``text``, stops inside a word: its last word no syllable ("Công ty Cổ ph"), or the start of
    a longer word of the text that the text never writes alone ("Công an tỉ", "tỉnh" elsewhere)."""
    w = s.split()[-1].strip(".,;:)(\"'") if s.split() else ""
    if not w or w.isupper() or any(c.isdigit() for c in w):
        return False
    # (nor one closed by "ă" or "â", which need a final: "Trung tâ")
    if _RE_SYLLABLE.fullmatch(fold(w)) is None or unicodedata.normalize("NFD", w[-1].lower())[:2] in ("a\u0306", "a\u0302"):
        return True
    # (or the start of the word of a place's kind that closes so many names: "Công an tỉ")
    if any(k.startswith(w.lower()) and k != w.lower() for k in _PLACE_KIND_WORDS):
        return True
    e = regex.escape(w)
    return len(regex.findall(r"(?<!\p{L})" + e + r"(?!\p{L})", text, regex.I)) < 2 and regex.search(r"(?<!\p{L})" + e + r"\p{L}", text, regex.I) is not None
