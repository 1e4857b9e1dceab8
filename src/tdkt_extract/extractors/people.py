"""People: names introduced by an honorific, a rank, a list of guests or a family name; the title
written with the name; and the role each mention gives (presided, reported, spoke, attended).

Rules settle almost every name. Where a speech verb has no person the rules recognise, the
optional NER fallback (underthesea, loaded lazily) is asked about that one sentence only.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache

from collections import namedtuple

import regex

from .. import cues, gazetteer, lexicon, patterns
from ..document import Document, Found, PersonDraft, log
from ..normalize import fold, name_key
from ..patterns import RE_YEAR, cre, alternation, alternation_rest_case, in_quotation, trie_alternation
from ..segment import signers
from . import units
from .units import ROLE_WORDS, TAI_IN_NAME, TAI_KEPT, not_city_abbreviation, shadow, unit_head_ci_re

# (a syllable joined to the next by a hyphen, as some pages write the Hmong's names: a middle name of those that open such a
# given name, lexicons/guarded_surnames.json "middle_names", and the syllable after it, "Vàng Seo-Pháo", "Giàng A-Dế"; not a
# name's last word and a title glued to it by a dash, "Lê Văn B-Nguyên Giám đốc", "Hà Văn C-Thủ trưởng ...", nor the first
# words of positions.txt, unit_heads.txt and ranks.txt, "A-Khối trưởng", "B-Giám đốc", nor a person noun, "C-Già làng")
_W = (r"\p{Lu}\p{Ll}*(?:[’']\p{Lu}?\p{Ll}+)?(?:(?<=(?<![\p{L}’'])"
      + alternation(lexicon.table("guarded_surnames.json")["middle_names"])
      + r")-(?=\p{Lu}\p{Ll}+(?![\p{L}\d’'-]))(?!(?:"
      + trie_alternation({w.split()[0] for w in (*lexicon.words("positions.txt"), *lexicon.words("unit_heads.txt"), *lexicon.words("ranks.txt"))
                          if w[:1].isupper() and w.split()[0][1:].islower()}) + r")(?!\p{L}))"
      # nor a head of a body written as a capitalised word then "trưởng"/"phó", "Nguyễn Văn Dần-Thủ trưởng cơ quan", "Tổ trưởng"
      + r"(?!\p{Lu}\p{Ll}*\s+(?:trưởng|phó)(?!\p{L}))"
      # nor a plain noun of two words or more written with a capital, "Hầu A Chứ-Già làng thôn B"
      + r"(?!(?:" + alternation(sorted({n[:1].upper() + n[1:] for n in lexicon.table("person_nouns.json")["nouns"] if " " in n}))
      + r")(?!\p{L}))\p{Lu}\p{Ll}+)?")
_NAME = r"(?P<name>(?-i:" + _W + r"(?:[ ]" + _W + r"){1,4}))"
# a middle name written in lower case, as some pages do ("Nguyễn văn A"), after the first word of a name
_LOWER_MIDDLE = r"(?:[ ](?:văn|thị)(?=[ ]\p{Lu}))?"
_NAME_LOWER_MIDDLE = r"(?P<name>(?-i:" + _W + _LOWER_MIDDLE + r"(?:[ ]" + _W + r"){1,4}))"
_HON = r"(?P<hon>các\s+đồng\s+chí\s*:?|đồng\s+chí|Đ/c|đ/c|ông|bà)"
# the first words of _HON, _ranks() and _positions(): where those patterns can start
_V_HON = cues.vocabulary("people.honorifics", lambda: ("đồng", "đ/c", "ông", "bà"))
_V_KIN = cues.vocabulary("people.kin", lambda: ("anh", "chị", "thầy", "cô", "đại biểu", *_person_nouns(), *_person_common_words()))
_V_RANK = cues.vocabulary("ranks", lambda: (*lexicon.words("ranks.txt"), *lexicon.words("degrees.txt"), *lexicon.words("clergy_titles.txt")))
_V_POS = cues.vocabulary("positions", lambda: lexicon.words("positions.txt"))
_V_ROLE_VERBS = {r: cues.vocabulary(f"people.verbs.{r}", lambda r=r: _roles()[r]) for r in ("presided", "reported", "spoke", "attended")}
# the four together: a window none of them occurs in is passed over with one look-up
_V_ANY_ROLE_VERB = cues.vocabulary("people.verbs", lambda: [v for vs in _roles().values() for v in vs])
# words that end a title written after a name, besides the role verbs ("..., Giám đốc Sở X đã ...")
_STOP_WORDS = ("đã", "đại diện", "thay mặt", "cùng", "và đại diện", "và lãnh đạo", "và Đại diện", "và Lãnh đạo", "và các", "tặng", "trao", "chứng kiến", "ký kết", "điều hành",
               "đến tham dự", "tới tham dự", "về tham dự", "đến dự", "tới dự", "ký giao ước", "ký cam kết",
               "về dự", "lên", "tại", "nhận", "được", "cũng", "thì", "giới thiệu", "bày tỏ", "gửi", "đồng thời", "vừa", "sẽ", "từng", "làm", "là",
               # (a merit or an order after the title: "..., Chủ tịch Hội X vì thành tích ...", "... lần lượt phát biểu")
               "lần lượt", "vì thành tích", "vì có thành tích", "do có thành tích", "với thành tích", "giữ chức",
               # (or its reason, "vì"/"do" and a verb: "... Công ty B vì đã có thành tích ...", "... Sở A vì bận công tác nên ...")
               "vì đã", "do đã", "vì bận", "do bận", "vì lý do", "do lý do",
               # (the closing verb of a passive with its agent: "Báo cáo do bà A, Phó Chủ tịch UBND huyện B thông qua tại hội nghị")
               "thông qua",
               # (acting for another: "..., Trưởng Ban Thi đua - Khen thưởng tỉnh thừa ủy quyền của Chủ tịch UBND tỉnh tặng ...")
               "thừa ủy quyền", "thừa uỷ quyền", "thừa lệnh", "được ủy quyền", "được uỷ quyền")
_V_ACTING = cues.vocabulary("people.acting", lambda: _acting())
# where a family name may open a name (the "pre" pattern's pre-check, _surname_starts)
_V_SURNAMES = cues.vocabulary("people.surnames", lambda: (*_surnames(), *_guarded_surnames()[0], *_long_name_openers()))
# a lookbehind placed after a full stop: not the stop of "Q." (quyền, acting) before a capital, the position it holds
_NOT_ACTING_ABBREVIATION = r"(?<!(?<![\p{L}\d.])(?-i:Q)\.(?=\s+(?-i:\p{Lu})))"
_V_TITLE_STOP = cues.vocabulary("people.title_stops", lambda: (*_STOP_WORDS, *_clause_verbs(), "và", "với", *(v for vs in _roles().values() for v in vs)))


@lru_cache(maxsize=None)
def _re_professional_title():
    """lexicons/professional_titles.txt: grades before a name that give way to a position after it, with their level
    ("Thẩm phán cao cấp", "Kiểm sát viên trung cấp")."""
    return regex.compile(r"(?:" + alternation(lexicon.words("professional_titles.txt"))
                         + r")(?:\s+(?:cao\s+cấp|trung\s+cấp|sơ\s+cấp|chính))?", regex.I)


# a place kind or a unit's word that a place's or a firm's name follows ("xã Đại Đức", "Công ty TNHH Đại Đức"): no clergy
# title after it
_PLACE_OR_FIRM_WORD = (r"(?<!(?<!\p{L})(?i:xã|phường|thị\s+trấn|thôn|ấp|bản|buôn|làng|công\s+ty|TNHH|CP|cổ\s+phần|DNTN|HTX"
                       r"|doanh\s+nghiệp|tập\s+đoàn|chi\s+nhánh|cửa\s+hàng|khách\s+sạn|nhà\s+máy)\s+)")


@lru_cache(maxsize=None)
def _ranks() -> str:
    """What may stand before a name as neither honorific nor title: ranks.txt and degrees.txt, and the clergy's titles of
    clergy_titles.txt only as written there and not after a place kind or a unit's word ("Đại đức A", not "xã Đại Đức A")."""
    return (trie_alternation((*lexicon.words("ranks.txt"), *lexicon.words("degrees.txt")))
            + r"|(?-i:" + _PLACE_OR_FIRM_WORD + r"(?:" + trie_alternation(lexicon.words("clergy_titles.txt")) + r"))")


@lru_cache(maxsize=None)
def _lower_ranks() -> str:
    """The ranks and degrees of ranks.txt and degrees.txt written in lower case ("nhà báo", "đại tá")."""
    return trie_alternation(w for w in (*lexicon.words("ranks.txt"), *lexicon.words("degrees.txt")) if w[:1].islower())


@lru_cache(maxsize=None)
def _re_lower_rank() -> "regex.Pattern[str]":
    return regex.compile(r"(?:" + _lower_ranks() + r")\s+(?=\p{Lu})")


@lru_cache(maxsize=None)
def _person_nouns() -> tuple[str, ...]:
    """lexicons/person_nouns.json "nouns": plain nouns before a name that starts with a family name ("vận động viên A")."""
    return tuple(lexicon.table("person_nouns.json")["nouns"])


@lru_cache(maxsize=None)
def _person_nouns_lower() -> frozenset[str]:
    return frozenset(w.lower() for w in _person_nouns())


@lru_cache(maxsize=None)
def _person_common_words() -> frozenset[str]:
    """lexicons/person_nouns.json "common_words", in lower case: plain nouns that open only a full name ("em A B C")."""
    return frozenset(w.lower() for w in lexicon.table("person_nouns.json")["common_words"])


@lru_cache(maxsize=None)
def _re_partner_unit_before() -> "regex.Pattern[str]":
    """lexicons/person_nouns.json "partner_after": a unit noun right before "bạn", the partner unit ("trường bạn A")."""
    return regex.compile(r"(?<!\p{L})(?:" + trie_alternation(lexicon.table("person_nouns.json")["partner_after"]) + r")\s+$", regex.I)


@lru_cache(maxsize=None)
def _degrees() -> str:
    """degrees.txt: the degrees and professions that open a name only before a family name ("TS", "bác sĩ")."""
    return alternation(lexicon.words("degrees.txt"))


@lru_cache(maxsize=None)
def _positions() -> str:
    return trie_alternation(lexicon.words("positions.txt"))


@lru_cache(maxsize=None)
def _surnames() -> frozenset[str]:
    return frozenset(lexicon.words("surnames.txt"))


@lru_cache(maxsize=None)
def _guarded_surnames() -> tuple[frozenset[str], frozenset[str]]:
    """The family names that are also a common or place word, and the middle names one of them needs after it to open a
    person's name (lexicons/guarded_surnames.json: "Ma Văn A", not "tỉnh Sơn La")."""
    t = lexicon.table("guarded_surnames.json")
    return frozenset(t["surnames"]), frozenset(t["middle_names"])


@lru_cache(maxsize=None)
def _long_name_openers() -> frozenset[str]:
    """The short family names that also open a place's or a unit's name of two words (lexicons/guarded_surnames.json
    "long_name_openers": "Liêng Jrang A", not "Đồn Biên phòng Ka Long"): a name of three words or more opens with one."""
    return frozenset(lexicon.table("guarded_surnames.json")["long_name_openers"])


def _guarded_first(words: list[str]) -> bool:
    """A guarded family name opening ``words``, a middle name after it and a given name after that (or one of the long
    names' openers and two words or more after it)."""
    guarded, middles = _guarded_surnames()
    return len(words) >= 3 and (words[0] in guarded and words[1] in middles or words[0] in _long_name_openers())


# A woman's name of the Central Highlands opens with "H’" joined to a capital, no family name from the list
# ("Phó Chủ tịch UBND tỉnh H’Yim Kđoh"); not a district or commune so named ("huyện Ia H’Drai"), nor before a
# family name, where the place ends and the person begins ("UBND huyện Ia H’Drai Nguyễn Văn A")
_APOSTROPHE_NAME = r"H[’'](?=\p{Lu})\p{L}+"
_APOSTROPHE_FIRST = r"(?<!(?i:ia|ea|huyện|xã|đắk|đăk|krông|cư|chư|buôn|bon|thôn|làng)\s)" + _APOSTROPHE_NAME
_RE_APOSTROPHE_START = regex.compile(r"(?<=\s)" + _APOSTROPHE_FIRST + r"(?= \p{Lu})")
_RE_APOSTROPHE_WORD = regex.compile(_APOSTROPHE_NAME)
# after an honorific or a rank, such a name with a space after the apostrophe ("bà H’ Yim Kđoh", "Đại tá K’ Bình"): read
# as written, the words after it capitalised
_APOSTROPHE_SPACED = r"(?P<name>(?-i:\p{Lu}[’'][ ]\p{Lu}\p{Ll}+(?:[ ]" + _W + r"){0,3}))"
# (after a rank, the name of one word too: "Đại tá K’Bình")
_APOSTROPHE_AFTER_RANK = r"(?P<name>(?-i:\p{Lu}[’'][ ]?\p{Lu}\p{Ll}+(?:[ ]" + _W + r"){0,3}))"


def _family_first(name: str) -> bool:
    """Whether a family name opens the name: one of the list, a guarded one before a middle name, or an "H’" name."""
    words = name.split()
    return bool(words) and (words[0] in _surnames() or _RE_APOSTROPHE_WORD.fullmatch(words[0]) is not None or _guarded_first(words))


# a memorial place named for a figure, a few words of its kind between ("Khu lưu niệm cố Tổng Bí thư", "Khu di tích lịch sử
# Chủ tịch"; not a place's own name, "Khu di tích Tân Trào do Chủ tịch UBND huyện A chủ trì"),
# on the same line (not "chụp ảnh lưu niệm" or "quà lưu niệm")
_RE_MEMORIAL_BEFORE = regex.compile(r"(?<!\p{L})(?:(?:khu|nhà|bia)[ \t]+(?:lưu|tưởng)[ \t]+niệm|(?:khu[ \t]+)?di[ \t]+tích|đền[ \t]+thờ|tượng[ \t]+đài|lăng)"
                                 r"(?:[ \t]+(?:cố|nguyên|tổng|lịch[ \t]+sử|quốc[ \t]+gia|đặc[ \t]+biệt|cấp|đồng[ \t]+chí)){0,3}[ \t]+$", regex.I)
# the kinds of unit named after a figure (not "Sở Tư pháp", whose head's name may follow it)
_RE_NAMED_AFTER_FIGURE = regex.compile(r"(?<!\p{L})(?:Trường|Trung tâm|Bệnh viện|Nhà văn hóa|Thư viện|Cung|Nhà thiếu nhi|Công viên"
                                       r"|phường|đường|Khu di tích)(?!\p{L})[^,;]*$")


@lru_cache(maxsize=None)
def _eponyms() -> frozenset[str]:
    return frozenset(fold(w) for w in lexicon.words("eponyms.txt"))


@lru_cache(maxsize=None)
def _roles() -> dict[str, list[str]]:
    t = lexicon.table("roles.json")
    return {k: v for k, v in t.items() if not k.startswith("_")}


@lru_cache(maxsize=None)
def _not_followed_by() -> str:
    """roles.json "_not_followed_by": a role verb before these words is no speech ("nói chung", "chia sẻ khó khăn")."""
    table = lexicon.table("roles.json").get("_not_followed_by", {})
    # (an entry "#figure X" stands for a number before X: "đề xuất 3 sáng kiến" tells an achievement; "#word" for any word, but
    # those of the "!W" entries: "nhớ lại quá trình ...", a memory with its object, and not "nhớ lại rằng")
    def words(ws):
        plain = [w for w in ws if not w.startswith(("#figure ", "!")) and w != "#word"]
        counted = [w[len("#figure "):] for w in ws if w.startswith("#figure ")]
        but = [w[1:] for w in ws if w.startswith("!")]
        any_word = [r"(?!(?:" + alternation(but) + r")(?!\p{L}))\p{L}+" if but else r"\p{L}+"] if "#word" in ws else []
        return "|".join([*([alternation(plain)] if plain else []), *any_word]) + "".join(r"|\d{1,3}\s+" + regex.escape(w) for w in counted)
    return "".join(r"(?!(?<=(?<!\p{L})" + regex.escape(v) + r")\s+(?:" + words(ws) + r")(?!\p{L}))" for v, ws in table.items())


@lru_cache(maxsize=None)
def _not_preceded_by() -> str:
    """roles.json "_not_preceded_by": a role verb after these words is the tail of a longer word ("vận động viên") or no act
    of the person's ("quyết định tuyên dương", "được tỉnh tuyên dương")."""
    table = lexicon.table("roles.json").get("_not_preceded_by", {})
    # (an entry "W #words" stands for W, up to six words and a comma right before the verb: a passive with its agent; "#figure"
    # inside an entry for a number: "trình bày 2 tham luận")
    def words(ws):
        plain = [w for w in ws if not w.endswith(" #words") and "#figure" not in w.split()]
        counted = [r"\s+".join(r"\d{1,3}" if x == "#figure" else regex.escape(x) for x in w.split())
                   for w in ws if not w.endswith(" #words") and "#figure" in w.split()]
        spread = [w[:-len(" #words")] for w in ws if w.endswith(" #words")]
        return "|".join([*([alternation(plain)] if plain else []), *counted,
                         *(regex.escape(w) + r"(?:\s+[^\s.,;:!?]+){0,6}\s*,?" for w in spread)])
    return "".join(r"(?!(?<=(?<!\p{L})(?:" + words(ws) + r")\s+)" + regex.escape(v) + r"(?!\p{L}))" for v, ws in table.items())


@lru_cache(maxsize=None)
def _clause_verbs() -> tuple[str, ...]:
    return tuple(lexicon.table("roles.json")["_clause_verbs"])


@lru_cache(maxsize=None)
def _agreed_with_re() -> "regex.Pattern[str]":
    """An agreeing word (roles.json's "_agreeing") right before a role verb, which it makes a noun: "thống nhất với (dự thảo)"."""
    words = trie_alternation(lexicon.table("roles.json")["_agreeing"])
    return regex.compile(r"(?<!\p{L})(?:" + words + r")(?:\s+cao)?(?:\s+(?:với|về))?(?:\s+(?:nội dung|các|dự thảo))*\s+$", regex.I)


@lru_cache(maxsize=None)
def _commented_on_re() -> "regex.Pattern[str]":
    """A commenting word (roles.json's "_commenting") right before "báo cáo", which it makes the report commented on:
    "đánh giá cao (chất lượng) báo cáo", "góp ý vào dự thảo báo cáo"."""
    words = trie_alternation(lexicon.table("roles.json")["_commenting"])
    return regex.compile(r"(?<!\p{L})(?:" + words + r")(?:\s+cao)?(?:\s+(?:vào|về|cho|đối\s+với|với))?"
                         r"(?:\s+(?:chất\s+lượng|nội\s+dung|dự\s+thảo|bản|các))*\s+$", regex.I)


@lru_cache(maxsize=None)
def _acting() -> tuple[str, ...]:
    return tuple(lexicon.table("roles.json")["_acting"])


@lru_cache(maxsize=None)
def _max_position() -> int:
    return max(map(len, lexicon.words("positions.txt")))


def _surname_starts(doc: Document) -> list[int]:
    """Where a family name (written as listed) opens a name: white space before it, a space and a
    capital after it. A superset of where _sur_name can start after the white space that precedes
    it in the "pre" pattern; read from the cue index once a document."""
    def compute():
        t = doc.text
        sur = _surnames()
        guarded = _guarded_surnames()[0] | _long_name_openers()
        starts = [a for a, b in doc.cues.spans(_V_SURNAMES, word=False)
                  if a > 0 and t[a - 1].isspace() and t[b:b + 1] == " " and t[b + 1:b + 2].isupper()
                  and (t[a:b] in sur or t[a:b] in guarded and _guarded_first(t[a:b + 40].split()[:3]))]
        if "H’" in t or "H'" in t:
            starts = sorted(starts + [m.start() for m in _RE_APOSTROPHE_START.finditer(t)])
        return starts
    return doc.memo("people.surname_starts", compute)


_RE_NAME_DASH_BEFORE = regex.compile(r"(?<![\p{L}\d])((?-i:\p{Lu}\p{Ll}*)(?:[ ](?-i:\p{Lu}\p{Ll}*)){1,4})\s*[-–]\s*$")


_RE_PLACE_WORD_BEFORE = regex.compile(r"\b(?:xã|phường|thị trấn|huyện|quận|đường|phố|trường|thôn|bản|khu phố|ấp)\s+$", regex.I)


_RE_COMMA_BEFORE = regex.compile(r"\s*,\s*$")


def _name_dash_before(t: str, lo: int, a: int) -> bool:
    """A person's name right before a dash that ends at ``a``: in the run of capitalised words before the
    dash, a family name followed by one to three words ("Ông Nguyễn Quang Tuyến –"; not "tỉnh Phú Thọ -")."""
    m = _RE_NAME_DASH_BEFORE.search(t, lo, a)
    if m is None or _RE_PLACE_WORD_BEFORE.search(t, max(lo, m.start(1) - 15), m.start(1)):
        return False  # (a place named after a person: "UBND phường Hoàng Văn Thụ -")
    words = m.group(1).split(" ")
    return any(words[k] in _surnames() and 2 <= len(words) - k <= 4 for k in range(len(words) - 1))


# what may stand before the title of a name at a line's end (a caption): nothing, an honorific, "Trong ảnh:", a clause
# that ends in "có" ("Tham dự hội nghị có Phó Chủ tịch UBND huyện A Lê Văn B")
_RE_CAPTION_LINE_OPENS = regex.compile(r"[\s\-–•*]*(?:(?:ông|bà|đồng chí|đ/c)\s+|trong ảnh\s*:\s*|[^\n.;:]*\scó\s+)?", regex.I)
# a cluster role's words ("Cụm trưởng", "Trưởng khối", "Phó Trưởng cụm", "Khối phó"): a regex fragment
_CLUSTER_ROLE = r"(?:phó\s+)?(?:trưởng\s+(?:cụm|khối)|(?:cụm|khối)\s+(?:trưởng|phó))"
_RE_OPENS_CLUSTER_ROLE = regex.compile(_CLUSTER_ROLE + r"\b", regex.I)
_RE_ABBR_BRACKET = regex.compile(r"\(\p{Lu}[\p{L}\d&-]{1,14}\)")  # (GD&ĐT), (Petrovietnam): one word
_RE_ABBR_BRACKET_END = regex.compile(r"\s*\(\p{Lu}[\p{L}\d&-]{1,14}\)$")
_RE_ROLE_BRACKET_END = regex.compile(r"\s*\((?:đơn\s+vị\s+)?(?:" + ROLE_WORDS + r")(?!\p{L})[^()\n]*\)$", regex.I)


# a parent body or the unit's cluster role in brackets inside a title written before the name, no honorific (the
# newspapers' way): "Phó trưởng ban Ban Thi đua - Khen thưởng (Sở Nội vụ) A", "Trưởng Công an huyện X (Cụm trưởng) A"; a
# capitalised unit's head opens the body, a few words, no mark that ends a clause inside
@lru_cache(maxsize=None)
def _bracket_in_pre_title() -> str:
    return (r"\((?=(?-i:\p{Lu}))(?:(?i:" + trie_alternation(lexicon.words("unit_heads.txt")) + r")|(?i:" + ROLE_WORDS
            + r"))(?!\p{L})[^()\n;.,:]{0,50}\)")


@lru_cache(maxsize=None)
def _re_bracket_in_pre_title() -> "regex.Pattern[str]":
    return regex.compile(_bracket_in_pre_title())


def _may_open_pre(t: str, a: int, hi: int, sur_starts: list[int]) -> bool:
    """False where the "pre" pattern cannot match at ``a``: the first family name after ``a`` lies
    past something its title or separator cannot hold (a ';', a bracket other than an abbreviation's, a full stop or comma no
    capital follows), or past the longest title the pattern reads. Costs a lookup and a few
    ``str.find``: the pattern tried in vain costs tens of microseconds."""
    i = bisect_right(sur_starts, a)
    if i == len(sur_starts):
        return False
    n = sur_starts[i]  # later family names lie past whatever stops this one
    if n > hi:
        return False
    cap = a + _max_position() + 160  # the title ends by here; only the separator (spaces, a dash) follows
    if n > cap and not all(c.isspace() or c in "-–" for c in t[cap:n]):
        return False
    if t.find(";", a, n) != -1:
        return False
    i = t.find("(", a, n)
    while i != -1:  # (only a unit's abbreviation in brackets: "Sở Giáo dục và Đào tạo (GD&ĐT) tỉnh")
        m = _RE_ABBR_BRACKET.match(t, i, n) or _re_bracket_in_pre_title().match(t, i, n)
        if m is None:
            return False
        i = t.find("(", m.end(), n)
    if t.count(")", a, n) != t.count("(", a, n):
        return False
    i = t.find(".", a, n)
    while i != -1:
        if not t[i + 1:i + 2].isupper():
            return False
        i = t.find(".", i + 1, n)
    i = t.find(",", a, n)
    while i != -1:
        k = i + 1  # a comma goes on to a position: white space, then a capital
        while k < n and t[k].isspace():
            k += 1
        # (or to the unit's cluster role in lower case: ", cụm trưởng cụm thi đua số 6")
        # (or to a rank or degree in lower case before the name: ", nhà báo A"; not after "Đại diện X", no position)
        if not t[k:k + 1].isupper() and not t[k:k + 12].lower().startswith(_ROLE_OPENINGS) \
                and not (_re_lower_rank().match(t, k, n + 1) and _lower_rank_title_ok(t, a)):
            return False
        i = t.find(",", i + 1, n)
    return True


# ("Thay mặt (đơn vị) Cụm trưởng, đại tá A", "Đại diện Ban Thường trực Cụm, thượng tá A": the role one stands for, in the clause)
_RE_ON_BEHALF_BEFORE = regex.compile(r"(?<!\p{L})(?:đại\s+diện|thay\s+mặt)(?!\p{L})[^,.;:\n]{0,40}$", regex.I)


def _lower_rank_title_ok(t: str, a: int) -> bool:
    """The position at ``a`` may be the title of a name after its comma and a rank or degree in lower case ("Tổng Biên tập
    Báo X, nhà báo A"): not the role one stands for after "Thay mặt"/"Đại diện" ("Thay mặt Cụm trưởng, đại tá A"), nor
    the previous person's title in a comma list ("ông B, Giám đốc Sở X, thượng tá A")."""
    if _RE_ON_BEHALF_START.match(t, a) or _RE_ON_BEHALF_BEFORE.search(t, max(0, a - 60), a):
        return False
    before = t[max(0, a - 60):a].rstrip()
    return not (before.endswith(",") and _ends_with_person(before[:-1].rstrip()))


_ROLE_OPENINGS = ("cụm trưởng", "khối trưởng", "trưởng cụm", "trưởng khối", "cụm phó", "khối phó", "phó trưởng")


def _sur_name() -> str:
    """_NAME whose first word is one of the family names (all capitalised: the capital is checked
    first, so the lowercase words of a title fail at once instead of against every family name)."""
    # (a middle name written in lower case still names a person: _LOWER_MIDDLE)
    sur = trie_alternation(_surnames())
    guarded, middles = _guarded_surnames()
    # (a guarded one, a middle name after it: "Ma Văn A")
    guarded_first = r"(?:" + trie_alternation(guarded) + r")(?=[ ](?:" + trie_alternation(middles) + r")[ ]\p{Lu})"
    # (a short one that also opens a place's name, a middle name or two words after it, not a rank's: "Liêng Jrang A", not
    # "Đồn Biên phòng Ka Long, Thiếu tá B", "Đồn Biên phòng Ka Long Thiếu tá B" nor "Nhà máy Thủy điện Ka Nak phát biểu")
    long_first = (r"(?:" + trie_alternation(_long_name_openers()) + r")(?=[ ](?:" + trie_alternation(middles) + r")[ ]\p{Lu}|(?:[ ](?!(?:"
                  + trie_alternation(lexicon.words("ranks.txt")) + r")(?!\p{L}))" + _W + r"){2}(?![\p{L}’']))")
    return (r"(?P<name>(?-i:(?=\p{Lu})(?:" + sur + r"(?![\p{L}’'])|" + guarded_first + r"|" + long_first + r"|" + _APOSTROPHE_FIRST + r"(?![ ](?:" + sur + r")[ ]))" + _LOWER_MIDDLE
            + r"(?:[ ]" + _W + r"){1,4}))")


def _caps_name() -> str:
    """A name written in capitals after an honorific that is not ("Ông TRẦN VĂN A, Giám đốc ..."): a family name in capitals
    opens it, one to three words more, and a comma, dash or bracket then a word not in capitals, or a lower-case word, after
    it (not the words of a sentence or headline all in capitals, "ÔNG A PHÁT BIỂU")."""
    sur = trie_alternation(w.upper() for w in _surnames())
    return (r"(?<!(?-i:ÔNG|BÀ|ĐỒNG\s+CHÍ|Đ/C)\s+)(?P<name>(?-i:(?:" + sur + r")(?:[ ]\p{Lu}+){1,3}))"
            r"(?=\s*[,(–-]\s*(?-i:\p{Lu}\p{Ll})|\s+(?-i:\p{Ll}))")


def _next_person_re_src() -> str:
    """A person named bare with her title after it, a family name opening the name (group ``nx``) and a comma or dash
    before the position: "Trần Văn B, Giám đốc Sở C"."""
    return _sur_name().replace("(?P<name>", "(?P<nx>") + r"\s*(?:,|[-–])\s*(?=\p{Lu})(?:" + _positions() + r")(?!\p{L})"


@lru_cache(maxsize=None)
def _res():
    ranks = _ranks()
    pos = _positions()
    heads = r"(?i:" + trie_alternation(lexicon.words("unit_heads.txt")) + r")(?!\p{L})"
    verbs = trie_alternation(v for vs in _roles().values() for v in vs)
    return {
        # (after an honorific, a middle name typed in lower case is still the name's: "đồng chí Đinh văn Hồng")
        # (or one word with an apostrophe, a name of the Central Highlands: "ông K'Bình", "bà H'Loan")
        # (ranks and degrees parted by commas: "đồng chí Đại tá, TS. A")
        "hon": regex.compile(r"(?<!\p{L})" + _HON + r"(?:\s*:)?\s+(?:(?P<rank>" + ranks + r")(?:\s*,\s*(?:" + ranks + r"))*\s+)?(?:" + _NAME_LOWER_MIDDLE
                             + r"|(?P<name>(?-i:\p{Lu}[’']\p{Lu}\p{Ll}+))|" + _APOSTROPHE_SPACED + r"|" + _caps_name() + r")(?!\p{L})", regex.I),
        # (a degree written bare in two or three capitals, "TS", "BS", is also a unit's word, "Công ty Chế biến TS Minh Hải" (thủy
        # sản): a family name must open the name after it)
        "rank": regex.compile(r"(?<!\p{L})(?P<rank>" + ranks + r")(?<!(?<![\p{L}.]|(?<!\p{L})(?-i:\p{Lu}\p{Ll}?\p{Lu}+)\.\s)(?:" + _degrees() + r"))\s+(?:" + _NAME
                              + r"|" + _APOSTROPHE_AFTER_RANK + r")(?!\p{L})"
                              # (a degree: before a family name, and not after a capitalised word, a firm's short name; one in
                              # capitals, "TS", before a name of three words or more: "Công ty Chế biến TS Phan Thiết" names a firm)
                              r"|(?<!\p{L})(?<!(?-i:\p{Lu})[\p{L}&]*\s)(?P<rank>" + _degrees() + r")\s+"
                              # (after a mark, a name of two words too: "Giám đốc Sở Y tế, BS Trần Minh")
                              r"(?!(?<=(?<![,;:(]\s{0,3})(?<!\p{L})(?-i:[A-Z]{2,3})\s+)\p{Lu}\p{Ll}*\s+\p{Lu}\p{Ll}*(?!\s+\p{Lu}))" + _sur_name() + r"(?!\p{L})"),
        # "anh", "chị", "thầy", "cô" before a name: a person, no honorific (annotation.md); the name
        # must open with a family name ("chị Vũ Thị Lan", not "anh em Công đoàn ...")
        # (and "đại biểu" before a full name, the family name first: "Đại biểu Nguyễn Văn An phát biểu tham luận")
        # (and a plain noun for the person, not right after a capitalised word, a body's name: "vận động viên A", "em B", not
        # "Hội Cựu chiến binh"; lexicons/person_nouns.json)
        "kin": regex.compile(r"(?<!\p{L})(?P<kin>(?i:anh|chị|thầy|cô|thầy giáo|cô giáo|đại biểu)|(?<!(?-i:\p{Lu})[\p{L}&]*\s)(?i:"
                             + trie_alternation((*_person_nouns(), *_person_common_words())) + r"))[ ]+" + _sur_name() + r"(?!\p{L})"),
        # a title written before a name, no honorific: "Phó Chủ tịch UBND tỉnh Nguyễn Văn Sơn phát biểu"
        # the name opens with a family name: the capitalised words of a unit written in the title
        # ("Phó Giám đốc Sở Nội vụ Lê Thị Hạnh") are passed over, not read as the name
        # two positions joined by a comma make one title ("Chủ tịch Hội X, Trưởng Cụm thi đua số 4 Lê Văn A")
        # (the title ends before "và" and a rank, the next person's: "Giám đốc Công an tỉnh và Thượng tá B")
        # (a unit's short name in brackets stays in it: "Phó Giám đốc Sở Giáo dục và Đào tạo (GD&ĐT) tỉnh Lê Văn A")
        "pre": regex.compile(r"(?<![\p{L}])(?P<title>(?=\p{Lu})(?i:" + pos + r")(?!\p{L})(?:(?!\s+và\s+(?:(?i:" + ranks + r")+|(?-i:anh|chị|thầy|cô))\s)[^,;.():\n]|\(\p{Lu}[\p{L}\d&-]{1,14}\)|" + _bracket_in_pre_title() + r"|\.(?=\p{Lu})|,(?=\s*(?:(?=\p{Lu})(?i:" + pos
                             + r")|(?i:" + ROLE_WORDS + r"))(?!\p{L}))"
                             # (or to the parent unit of the board the position heads: "Phó Trưởng Ban Tổ chức, Tỉnh đoàn A")
                             r"|,(?=\s*(?=\p{Lu})" + heads + r")){0,160}?)"
                             # (a rank or degree between the title and the name is neither: "Cục trưởng Cục X Trung tướng, GS.TS A";
                             # not after a comma: "Thay mặt đơn vị Khối trưởng, Thiếu tướng A, Phó Tư lệnh ..." acts for the unit)
                             r"(?:(?<!(?-i:Hội|Đoàn|Liên đoàn|Câu lạc bộ|Liên hiệp))\s+(?i:" + ranks + r")(?:\s*,\s*(?i:" + ranks + r"))*\s*,?"
                             # (after a comma, one written in lower case, the press's way: "Tổng Biên tập Báo X, nhà báo A")
                             r"|\s*,\s*(?P<lrk>(?-i:" + _lower_ranks() + r")))?"
                             # (not a title that ends on "và" or "cùng": the next person of a list, the title the last one's, "Giám đốc
                             # Sở A và Trần Văn B, Giám đốc Sở C", "Giám đốc Sở A cùng Trần Văn B, ...")
                             r"(?<!(?<!\p{L})(?i:và|cùng))(?:\s+|\s*[-–]\s+)" + _sur_name()
                             # (the lower-case one's name with a title of its own after it: that title wins, "Thay mặt Cụm
                             # trưởng, đại tá A, Chỉ huy trưởng ...", "ông B, Giám đốc Sở X, thượng tá A, Phó Giám đốc ...")
                             + r"(?(lrk)(?!\s*(?:,|[-–])\s*(?=\p{Lu})(?i:" + pos + r")(?!\p{L})))"
                             # (or the line's end, a photo's caption: "Vụ trưởng Vụ A, Trưởng khối thi đua II Lê Thị B")
                             + r"(?=\s+(?-i:\p{Ll})|\s*[,.;]|\s+\((?-i:\p{Ll})|\s+\((?i:(?:phó\s+)?(?:trưởng|cụm|khối)\s)|\s*[-–]\s*(?i:cụm|khối|trưởng|phó|đơn vị)\s|[ \t]*\n|$)"),
        # the next bare name of a list after "các đồng chí" ("A, B và C"): a family name opens it and
        # no title follows it
        "plural_next": regex.compile(r"(?:[ ]*,[ ]*|[ ]+và[ ]+)" + _sur_name() + r"(?=[ ]*(?:,|[ ]và[ ]|[.;]|$)|[ ]+(?-i:\p{Ll}))"),
        # a plural position and its colon, the names listed bare after it ("các Phó Giám đốc Sở: A, B và C"); the first name
        # of the list, no title after it
        "plural_pre": regex.compile(r"(?<!\p{L})(?i:các)\s+(?:(?i:đồng chí)\s+)?(?P<title>(?=\p{Lu})(?i:" + pos + r")(?!\p{L})[^:;.,\n]{0,80}?)"
                                    r"\s*:\s*"
                                    r"(?P<name>(?=\p{Lu}))"),
        "plural_first": regex.compile(_sur_name() + r"(?=[ ]*(?:,|[ ]và[ ]|[.;]|$))"),
        # the second person of a subject coordinated after one honorific, named bare, the role verb they share right after
        # him: "Đồng chí A và B đồng chủ trì", "Các ông A và B phát biểu" (a family name opens the name)
        "coord_next": regex.compile(r"[ ]+và[ ]+" + _sur_name() + r"(?=[ ]+(?:(?:đã|cùng|đều|cũng)[ ]+){0,2}(?i:" + verbs + r")(?!\p{L}))"),
        "sur": regex.compile(r"(?<![\p{L}\d])" + _NAME_LOWER_MIDDLE + r"(?=\s*(?:,|-|\()\s*(?:" + pos + r")(?!\p{L}))"),
        # an honorific before a capital, past a rank ("đồng chí Thiếu tướng Nguyễn Văn Hải"): where a name opens
        "hon_cap": regex.compile(r"(?<!\p{L})(?i:ông|bà|đồng chí)\s+(?:(?i:" + ranks + r")\s+)?(?=\p{Lu})"),
        "pos_start": regex.compile(r"(?:" + pos + r")(?!\p{L})", regex.I),
        "pos_any": regex.compile(r"(?<!\p{L})(?:" + pos + r")(?!\p{L})", regex.I),
        "title_stop": regex.compile(
            # (a verb of several words needs its first in lower case only: "thông qua Dự thảo Kế hoạch ...")
            # (not the full stop of a city's "TP." before its name: "... tại TP. Hồ Chí Minh")
            # (nor the stop of "Q." (quyền, acting) before the position: "Q. Chủ tịch UBND huyện A")
            r";|\.(?=\s|$)" + not_city_abbreviation() + _NOT_ACTING_ABBREVIATION + r"|\)|:|\s+(?!chủ\s+trì\s+(?:của\s+)?(?:cụm|khối)(?!\p{L})(?<=\bđơn vị\s+chủ\s+trì\s+(?:của\s+)?(?:cụm|khối)))(?:\s*-\s*)?(?-i:(?:" + verbs + r")(?!\s+khuyết)(?!(?<=(?<!\p{L})dự)\s+(?:án|toán|trữ|phòng)(?!\p{L}))|" + trie_alternation(w for w in (*_STOP_WORDS, *_clause_verbs()) if w not in ("đại diện", "tại"))
            # (not the "tại" inside a name: "Ủy ban Quản lý vốn nhà nước tại doanh nghiệp")
            + r"|tại(?!\s+(?:" + TAI_IN_NAME + r")(?!\p{L}))(?!" + TAI_KEPT + r")"
            + r"|" + alternation_rest_case((v for vs in _roles().values() for v in vs if " " in v), ignore_case=True)
            # "Giám đốc Bưu điện tỉnh - đại diện đơn vị Cụm phó": the unit's cluster role stays in the title
            # (not the noun "cơ quan đại diện", a representative office: "Giám đốc cơ quan đại diện Bộ X tại TP.HCM", nor the
            # other bodies named for representing, right after their unit noun: "Trưởng Ban đại diện HĐQT Ngân hàng X tỉnh A",
            # "Trưởng Văn phòng đại diện Công ty B")
            # (nor the role it stands for: "Bí thư Tỉnh đoàn, đại diện Cụm trưởng Cụm thi đua số 10")
            # ("Trưởng ban đại diện cho các hộ dân" acts for them: it ends the title; so does "đại diện" after a Ban or Văn
            # phòng before whom it acts for, its leaders, members or another body: "Phó Trưởng ban đại diện lãnh đạo Ban X",
            # "Trưởng ban đại diện các đơn vị", "Trưởng ban đại diện Ban Tổ chức"; and after "Chánh Văn phòng", the head of an
            # office, never of a representative one: "Chánh Văn phòng đại diện UBND tỉnh")
            + r"|(?:(?<!\b(?i:cơ\s+quan|ban|văn\s+phòng)\s)|(?=đại diện\s+cho(?!\p{L}))|(?<=\b(?i:chánh\s+văn\s+phòng)\s)"
            r"|(?<!\b(?i:cơ\s+quan)\s)(?=đại diện\s+(?:lãnh đạo|các|những|tập thể|toàn thể|đơn vị|cán bộ|(?i:ban|sở|ubnd|ủy ban|uỷ ban))(?!\p{L})))đại diện(?!\s+(?i:(?:đơn vị\s+)?(?:cụm\s+(?:trưởng|phó)|khối\s+(?:trưởng|phó)|trưởng\s+(?:cụm|khối)|phó\s+(?:trưởng\s+)?(?:cụm|khối))(?!\p{L})))|và\s+(?=\d))(?!\p{L})"
            # "Giám đốc Sở A và ông B ...": the next person's honorific ends the title (or a rank, or degrees chained with a dot:
            # "... và TTƯT.BSCKII B")
            r"|\s+và\s+(?=(?:ông|bà|đồng chí|đ/c|(?:" + ranks + r")+)\s+\p{Lu})"
            # (and the kin words, in lower case before a capital, that stand for one: "Phó Bí thư Tỉnh đoàn và chị B, ...")
            r"|\s+và\s+(?=(?-i:anh|chị|thầy|cô)(?:\s+(?-i:giáo))?\s+(?-i:\p{Lu}))"
            # and so does the next person named bare after "và" or a comma, a family name opening it, her title after a comma or
            # dash: "Giám đốc Sở A và Trần Văn B, Giám đốc Sở C", "Phó Chủ tịch UBND tỉnh, Trần Văn B, Giám đốc Sở C" (the "và" of
            # a unit's name goes on, "Sở Lao động - Thương binh và Xã hội", and so does a title's own comma, "Phó Bí thư Tỉnh ủy,
            # Chủ tịch UBND tỉnh": no family name and title after it)
            r"|(?:\s+và\s+|,\s*)(?=" + _next_person_re_src() + r")"
            # and so do the others present after it, a plural: "... Liên minh HTX tỉnh và giám đốc các HTX trong cụm"
            r"|\s+và\s+(?=(?-i:\p{Ll}+)(?:\s+(?-i:\p{Ll}+))?\s+(?:các|những)\s)"
            # (a position, capitalised, the units it heads plural or counted: "... Bank và Giám đốc các chi nhánh", "và Thủ trưởng
            # các đơn vị", "và Giám đốc Kho bạc 5 tỉnh")
            r"|\s+và\s+(?=(?=(?-i:\p{Lu}))(?:thủ\s+trưởng|" + pos + r")(?:\s+(?!và\s)[\p{L}&]+){0,4}?\s+(?:(?-i:các|những)|\d{1,2}(?=\s+(?-i:\p{Ll})))\s)"
            # (or the staff who came with the person: "Trưởng Phòng Nội vụ huyện và chuyên viên phụ trách thi đua ...")
            r"|\s+và\s+(?=(?-i:chuyên viên|nhân viên)\s|(?-i:cán bộ|công chức)\s+(?:phụ trách|chuyên trách|chủ chốt|làm công tác|theo dõi|các)\b"
            # ("... tỉnh A và viên chức trong cơ quan Liên hiệp Hội", "... và cán bộ, công chức cơ quan")
            r"|(?:(?-i:toàn thể)\s+)?(?-i:viên chức|cán bộ|công chức|người lao động)(?:\s*,\s*(?-i:viên chức|cán bộ|công chức|người lao động))*"
            r"\s+(?:(?:trong|của|thuộc|cơ quan)\b|(?-i:\p{Lu})))"
            # and so does the next person of a roll after a comma, her name then a dash: "Chủ tịch Công đoàn Y tế VN, Nguyễn
            # Thị Bích Hợp - Phó Chủ tịch ..."
            r"|,\s*(?=" + _sur_name().replace("(?P<name>", "(?:") + r"\s*[-–]\s)"
            # and so does the next person's rank after a comma: "Phó Cục trưởng Cục X, Thiếu tướng B - ..."
            r"|,\s*(?=(?:" + ranks + r")\s+(?-i:\p{Lu}\p{Ll}*\s+\p{Lu}))"
            # a caption's act after a comma, capitalised: "Ông A - Chủ tịch Hội X, Chủ trì hội nghị"
            r"|,\s*(?=(?-i:" + trie_alternation(v[:1].upper() + v[1:] for vs in _roles().values() for v in vs) + r")\s+(?!viên\b)(?-i:\p{Ll}))"
            # or capitalised without the comma, the meeting its object: "... cụm trưởng cụm thi đua Chủ trì Hội nghị"
            # (not a body's name: "Trưởng Ban Chỉ đạo Lễ hội")
            # (nor the last word of a place the gazetteer knows, the plain verb after it: "Công ty Điện lực Lâm Đồng chủ trì
            # hội nghị" is no "đồng chủ trì"; "Công an tỉnh A Đồng chủ trì" is)
            r"|(?<!\b(?i:ban))\s+(?=(?-i:" + trie_alternation(v[:1].upper() + v[1:] for vs in _roles().values() for v in vs) + r")\s+(?i:hội nghị|buổi)\b)"
            r"(?!(?<=(?<!\p{L})(?-i:" + trie_alternation(gazetteer.heads_of_names_ending("Đồng")) + r")\s+)(?-i:Đồng)\s)"
            # a role note in brackets after the title is the unit's role, not part of the title
            r"|\s*\((?=\s*(?:là\s+)?(?:đơn vị\s+)?(?:(?:phó\s+)?(?:trưởng|phó)\s+(?:cụm|khối)|(?:cụm|khối)\s+(?:trưởng|phó)))"
            # and so is a note in lower case after it ("Phó Chủ tịch Hội X (phụ trách phía Nam)": annotation.md, a trailing
            # parenthetical)
            # (not one inside the title, its unit after it: "Phó Vụ trưởng Vụ X (phụ trách công tác thi đua), Bộ Y")
            # (nor one the title's unit follows: "Phó Giám đốc (phụ trách) Sở X")
            r"|\s*\((?=\s*(?-i:\p{Ll})[^()\n]{0,40}\)(?!\s*[,–-]?\s*(?-i:\p{Lu})))"
            # and so is a photo's note of where the person stands ("(thứ nhất từ trái sang)", "(bên phải)")
            r"|\s*\((?=\s*" + _PHOTO_PLACE + r")"
            # a dash before a lower-case word ends it, unless a position or the unit's cluster role
            # follows ("Viện trưởng VKSND huyện A - đơn vị Cụm trưởng")
            # (nor inside the name "Ban Thi đua - khen thưởng")
            # (not inside an office's name of two fields: "Phòng Tổ chức - hành chính", "Kế hoạch - tài chính")
            r"|(?<!(?:thi\s+đua|tổ\s+chức|hành\s+chính|kế\s+hoạch|tài\s+chính|tổng\s+hợp)\s*)\s*-\s*(?=(?-i:\p{Ll}))(?!(?:" + pos + r"|đơn vị\s+(?:cụm|khối|trưởng|phó|chủ\s+trì\s+(?:của\s+)?(?:cụm|khối))|(?:cụm|khối)\s+(?:trưởng|phó)"
            # (nor the unit's kind before its role: "Phó Chủ tịch UBND huyện A - huyện Cụm trưởng năm 2023")
            r"|(?:huyện|xã|phường|quận|thị\s+xã|thị\s+trấn|thành\s+phố|tỉnh|sở|cơ\s+quan)\s+(?:" + ROLE_WORDS + r")(?!\p{L})))"
            # (not before the district or province of a commune or district the title ends with: "Phó trưởng Công an xã A,
            # huyện B")
            r"|,\s*(?=(?:các|đồng chí|ông|bà|lãnh đạo|cùng|đại diện|cán bộ|chuyên viên|(?-i:\p{Ll})))"
            r"(?!(?<=(?<!\p{L})(?:xã|phường|thị\s+trấn|huyện|quận|thị\s+xã)\s+(?-i:\p{Lu})[\p{L}']*(?:\s+(?-i:\p{Lu})[\p{L}']*){0,3},\s*)"
            r"(?:huyện|quận|thị\s+xã|thành\s+phố|tỉnh)\s+(?-i:\p{Lu}))"
            # (not before the unit's cluster role: "Chủ tịch Hội X, cụm trưởng", "Bí thư Tỉnh đoàn, đại diện Cụm trưởng"; after a
            # comma, "đại diện đơn vị Khối trưởng" stays out, as the shared gold has it)
            r"(?!(?:đại diện\s+(?:cho\s+)?(?!đơn vị))?(?:đơn vị\s+)?(?:(?:trưởng|phó)\s+(?:cụm|khối)|(?:cụm|khối)\s+(?:trưởng|phó)|phó\s+trưởng\s+(?:cụm|khối))"
            r"|đơn vị\s+chủ\s+trì\s+(?:của\s+)?(?:cụm|khối)"
            # a duty written after the position ("Ủy viên Thường vụ Hội X, phụ trách cụm 2") and the
            # name "Ban Thi đua, khen thưởng" written with a comma are part of the title
            r"|phụ\s+trách(?!\p{L})|(?<=thi\s+đua\s*,\s*)khen\s+thưởng(?!\p{L})"
            # and so are kinds of unit listed in a bloc's name ("Trưởng khối các sở, ngành tổng hợp")
            # (a kind of two words too, the schools by level: "Trưởng khối các trường đại học, cao đẳng thành phố")
            r"|(?<=\bcác\s+\p{L}+(?:\s+(?:đại\s+học|cao\s+đẳng|trung\s+cấp))?\s*,\s*)(?:ngành|ban|sở|huyện|quận|thị xã|thành phố|đoàn thể|hội|đơn vị|doanh nghiệp|trường|cao\s+đẳng|đại\s+học|trung\s+cấp)(?!\p{L}))"
            # "với" before a figure or what the person achieved, no part of the position ("Giám đốc HTX X với doanh thu
            # 2 tỷ đồng/năm", "Bí thư Chi đoàn Y với mô hình ...", "với 20 năm công tác"); not inside a unit's name, "Hội Liên
            # lạc với người Việt Nam ở nước ngoài"
            r"|\s+(?-i:với)\s+(?=\d|(?-i:" + _ACHIEVED_AFTER_VOI + r")(?!\p{L}))",
            regex.I,
        ),
        # "dự" (attend) is also the first syllable of dự thảo (draft), dự kiến (expect) ...; "trao" of trao đổi (discuss)
        # (only after "dự": "phát biểu thảo luận" is speaking)
        # ("phát biểu tham luận": the contribution is what is said, no report)
        # (nor a body's name: "Trưởng Ban Chỉ đạo")
        # (nor the noun of the host unit, the cluster's chair: "Sở A - đơn vị chủ trì Khối thi đua năm 2023")
        # (the noun "tiếng nói" in lower case, or opening a sentence; "Tiếng" after a capitalised word ends a place's name
        # before the verb: "Giám đốc Công ty Cao su Dầu Tiếng phát biểu")
        "verbs": {r: regex.compile(r"(?<!\p{L})(?<!\bphát biểu\s)(?<!(?<!\p{L})(?:các|những|nội dung|một số|(?-i:tiếng)|(?<!(?-i:\p{Lu})\p{L}*\s)(?-i:Tiếng))\s)(?<!(?<!\bcó\s)(?<!\p{L})nhiều\s)(?!(?<=(?<!\p{L})(?:nhiều|lời)\s)(?:đề xuất|kêu gọi|góp ý|kiến nghị)(?!\p{L}))" + (r"(?<!(?<!\p{L})được\s)" if r == "spoke" else "") + r"(?<!(?<!\p{L})(?-i:Ban)\s)" + _not_preceded_by() + r"(?!(?<=\bđơn vị\s)chủ\s+trì\s+(?:của\s+)?(?:cụm|khối))(?:" + trie_alternation(vs) + r")(?!\p{L})(?!(?<=(?<!\p{L})dự)\s+(?:thảo|kiến|án|định|báo|toán|trữ|phòng|thi|khuyết)\b)"
                                   r"(?!\s+đổi\b)" + _not_followed_by(), regex.I)
                  for r, vs in _roles().items()},
        "acting": regex.compile(r"(?<!\p{L})(?:" + trie_alternation(_acting()) + r")(?!\p{L})(?!\s+đổi\b)", regex.I),
        "attend_lead": regex.compile(
            # (not the words "dự thảo", "dự án", "dự kiến" ...)
            r"^\s*(?:\p{L}+\s+){0,2}?(?:(?:tới|đến|về)\s+)?(?:tham\s+)?dự\b" + _NOT_DU_WORD + r"|^\s*về phía\b|^\s*(?:đến|tới)\s+(?:tham\s+)?dự\b"
            r"|\b(?:tham dự|đến dự|tới dự|dự)\b" + _NOT_DU_WORD + r"[^.;]{0,60}?\b(?:có|là)\b"
            # ("Tham gia Hội nghị có ông A", "Hội nghị vinh dự được đón tiếp bà A")
            r"|^\s*tham\s+gia\s+(?:hội\s+nghị|buổi\s+(?:lễ|họp))\b[^.;]{0,40}?\bcó\b|\bđược\s+đón\s+tiếp\b"
            # ("Hội nghị có sự tham dự các thành viên ... bao gồm: ông A; ông B", "Có mặt tại buổi ký kết, ... còn có ông A")
            # (not "có sự tham dự của", read with the act named before it: _noun_lead_roles)
            r"|\bcó\s+sự\s+(?:tham\s+dự|tham\s+gia)\b(?![^,;.]{0,40}\bcủa\b)|^\s*có\s+mặt\b",
            regex.I,
        ),
    }


_NOT_DU_WORD = r"(?!\s+(?:thảo|án|kiến|báo|toán|trù|phòng|bị|định|tính|đoán|luật)\b)"


# where a name can start: a capital that no letter or digit precedes
_RE_WORD_CAPITAL = regex.compile(r"(?<![\p{L}\d])\p{Lu}")
_RE_LIST_NAME = regex.compile(r"(?:;|,)\s*(?:đồng chí\s+)?" + _NAME + r"(?=\s*(?:-|,)\s*\S)")


_NOT_NAME_BEFORE = regex.compile(
    r"(?:trường|công ty|đại học|cao đẳng|tỉnh|thành phố|tp\.?|đường|phố|xã|phường|huyện|quận|bác|tư tưởng|phong cách|"
    r"gương|chủ tịch|tấm gương|chi nhánh|khu|làng|thôn|bản|sông|núi|cầu|nhà|bệnh viện|quốc gia|tổng công ty|trung đoàn|đồn|cụm|khối)\s*$",
    regex.I | regex.REVERSE,  # anchored at the end, read as yes or no: searched from the end
)


# a title before a name that ends on a unit's head noun: the capitals after it name the unit
# ("trình Bộ trưởng Bộ Nông nghiệp ..."), not a person
# ("Hiệu trưởng Trường THPT Nguyễn Du", "Giám đốc Công ty TNHH Trần Gia", "Bí thư Đảng ủy xã Hoàng Văn Thụ":
# schools, companies, communes and streets are often named after people)
_RE_TITLE_ENDS_UNIT = regex.compile(
    # (not a region's "Bộ": "Petrolimex Tây Nam Bộ", "Đông Nam Bộ", "Bắc Trung Bộ")
    r"(?<!\p{L})(?:(?<!(?<!\p{L})(?:Nam|Bắc|Trung)\s)Bộ|Sở|Ban|Viện|Hội|Cục|Vụ|Phòng|Trường|Ủy ban|Công ty|Trung tâm|THPT|THCS|TNHH|MTV|CP|Cổ phần|Chuyên|"
    # ("phố", a street, not the city of "thành phố": a city the gazetteer knows is checked where the name is read)
    # (a school's or hospital's kind, its own name after it: "Hiệu trưởng Trường Cao đẳng Nông Lâm, TS. A")
    r"Tiểu học|Mầm non|Trung học cơ sở|Trung học phổ thông|PTDTNT|PTDTBT|Cao đẳng|Đại học|Trung cấp|Học viện|Bệnh viện|"
    r"xã|phường|thị trấn|đường|(?<!\bthành\s)phố)$")
# a verb of the meeting inside it: the words are a clause, not a title
# (not the position "báo cáo viên"; and the award's verb, its giver before it: "đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho
# Thượng tá A, Trưởng Công an huyện X" gives A no title "Chủ tịch UBND tỉnh tặng Bằng khen cho")
# (not a unit's noun: "Trung tâm Trao đổi thông tin", "Hội đồng xét tặng", "quà tặng")
_AWARD_VERB = r"(?<!(?<!\p{L})(?:quà|xét)\s+)tặng|trao(?!\s+đổi(?!\p{L}))"
_RE_TITLE_HAS_VERB = regex.compile(r"(?<!\p{L})(?:đã|từng|chủ trì|phát biểu|báo cáo(?!\s+viên)|trình bày|tham dự|" + _AWARD_VERB + r")(?!\p{L})", regex.I)
_RE_TITLE_AWARD_VERB = regex.compile(r"(?<!\p{L})(?:" + _AWARD_VERB + r")(?!\p{L})", regex.I)
# a recipient named right after the award's "cho" (or "chúc mừng", "và", a comma; "cá nhân" between)
_RE_BARE_RECIPIENT_BEFORE = regex.compile(r"(?:(?<!\p{L})(?:cho|chúc\s+mừng|và)|,)\s+(?:cá\s+nhân\s+)?$", regex.I)


_RE_ON_BEHALF = regex.compile(r"(?:đại diện|thay mặt)[^,]{0,80},\s*(?=\p{Lu})", regex.I)


# a place's kind word (or its party committee) ending what stands before a name
# (on the same line: a kind that ends a line without a stop, a list's last unit, names no place on the next line, "... và
# Công đoàn Viên chức tỉnh<NL><NL>Ông A - Chủ tịch ...")
_RE_PLACE_KIND_END = regex.compile(r"(?<!\p{L})(?:huyện|xã|phường|quận|thị xã|thị trấn|tỉnh|thành phố|huyện ủy|tỉnh ủy|thành ủy|quận ủy|thị ủy)[^\S\n]+$", regex.I)


def _after_place_name(t: str, a: int, b: int, title_end: int) -> tuple[int, int]:
    """A place's name and a person's run together after a title ("Trưởng Công an xã Mai Hạ Hà Văn
    Lực"): the person's name opens with the family name that a middle name Văn or Thị follows, and
    the place's words go to the title. Where the title ends on a word of a proper name, the capitals running on from it
    ("Hiệu trưởng Trường Cao đẳng Hương Giang Nguyễn Đăng Khoa"), any common middle name does (lexicons/middle_names.txt)."""
    words = t[a:b].split(" ")
    if len(words) < 4:
        return a, title_end
    middles = ("Văn", "Thị")
    last = t[max(0, title_end - 40):title_end].split()[-1:]
    if last and _RE_PROPER_WORD.fullmatch(last[0]) and last[0].lower() not in _unit_heads_lower():
        middles = _middle_names()
    q = a
    for k, w in enumerate(words):
        # (or a guarded one, its middle name after it: "... huyện Ninh Phước Đạo Văn A")
        if 1 <= k <= len(words) - 3 and words[k + 1] in middles and (w in _surnames() or _guarded_first(words[k:k + 3])):
            # (a name of two family names: "... Long An Phạm Lê Minh Trí" opens at "Phạm"; not a province's last word, "Bắc
            # Ninh Lê Văn Hải")
            before = words[k - 2] if k >= 2 else (t[max(0, a - 30):a].split()[-1:] or [""])[0]
            if w in _second_family_names() and words[k - 1] in _surnames() \
                    and gazetteer.province_of(before + " " + words[k - 1]) is None:
                return (a, title_end) if k == 1 else (q - len(words[k - 1]) - 1, q - len(words[k - 1]) - 2)
            return q, q - 1
        q += len(w) + 1
    return a, title_end


_RE_NO_CLAUSE_AFTER = regex.compile(r"\s*(?:[,.;:)]|$)")


def _place_ends_unit(t: str, name: str, b: int, title_a: int) -> bool:
    """A "name" of two words read after a title written before it that is a district's or province's name the gazetteer knows,
    with no verb after it (a comma, a stop: "Giám đốc Công ty CP Môi trường đô thị Sầm Sơn, đơn vị Cụm phó"): the place
    closes the unit's name, no person is named (a person named there acts: "... Hoàng Mai phát biểu"). Only where the title
    is already of a person named right before it (_RE_NAMED_BEFORE_TITLE): in a roll of titles and names ("có Giám đốc Sở
    Công Thương Triệu Phong, Trưởng Cụm ...", "Phó Giám đốc Sở Tư pháp Lương Sơn.") the name is the person's."""
    return len(name.split()) == 2 and _RE_NO_CLAUSE_AFTER.match(t, b) is not None and gazetteer.is_place(name) \
        and _RE_NAMED_BEFORE_TITLE.search(t, max(0, title_a - 40), title_a) is not None


def _cut_end_notes(t: str, ta: int, te: int) -> int:
    """Where a title written before the name ends without the brackets closing it: a short name ("(GD&ĐT)") or the unit's
    cluster role ("Trưởng Công an huyện X (Cụm trưởng) A"), no part of it (annotation.md: a trailing parenthetical)."""
    for rx in (_RE_ABBR_BRACKET_END, _RE_ROLE_BRACKET_END):
        br = rx.search(t, ta, te)
        if br is not None:
            te = br.start()
    return te


# a title written right after a person named before it, as its predicate or apposition ("Bà Mai là Giám đốc Công ty X",
# "ông Bách, Giám đốc Công ty Y"): the title is that person's, a place closing it no one else
_RE_NAMED_BEFORE_TITLE = regex.compile(r"(?<!\p{L})\p{Lu}\p{Ll}*(?:[ ]+là|\s*,)[ ]+$")


@lru_cache(maxsize=None)
def _second_family_names() -> frozenset[str]:
    return frozenset(lexicon.words("second_family_names.txt"))


_RE_PROPER_WORD = regex.compile(r"(?-i:\p{Lu}\p{Ll}+)")


@lru_cache(maxsize=None)
def _middle_names() -> frozenset[str]:
    return frozenset(lexicon.words("middle_names.txt"))


@lru_cache(maxsize=None)
def _unit_heads_lower() -> frozenset[str]:
    return frozenset(h.lower() for h in lexicon.words("unit_heads.txt"))


# the first word of an honorific pair before the second ("các ông, bà: ...", "ông/bà"): the pair with a comma in lower case,
# plural or opening a list ("các ông, bà", "có ông, bà:"), not a place's name ending in the word ("Khu bảo tồn Hòn Bà, ông A")
_RE_HON_PAIR_BEFORE = regex.compile(r"(?<!\p{L})(?:(?:các|những|có|gồm)\s+|[:;(]\s*)(?-i:ông|bà)\s*,\s*$|(?<!\p{L})(?:ông|bà)\s*/\s*$",
                                    regex.I)
_RE_HON_BEFORE = regex.compile(r"(?:^|(?<=[\s,:;]))(đồng chí|đ/c|ông|bà)\s+$", regex.I)
_RE_CLUSTER_ROLE_DASH = regex.compile(_CLUSTER_ROLE + r"(?:\s+(?:cụm|khối)\s+thi\s+đua(?:\s+[^\s,;:\-–]+){0,6}?)?\s*[-–]\s*", regex.I)
_RE_ON_BEHALF_START = regex.compile(r"(?:đại\s+diện|thay\s+mặt)\b", regex.I)
_RE_ANY_HON = regex.compile(r"(?<!\p{L})(?:đồng chí|đ/c|ông|bà)\s+\p{Lu}", regex.I)


_RE_HON_NEXT = regex.compile(r"[ ]+(?:ông|bà|đồng chí|đ/c)[ ]+(?-i:\p{Lu})", regex.I)


_RE_AGENT_OPEN = regex.compile(r"(?:.*\s)?do\s+(?=(?-i:\p{Lu}))", regex.I)
_RE_ROLL_OPEN = regex.compile(r"(?:.*\s)?(?:có|gồm)\s+(?=(?-i:\p{Lu}))", regex.I)
_RE_PLURAL_WORD = regex.compile(r"(?<!\p{L})(?:các|những)(?!\p{L})", regex.I)


def _fronted_title(doc: Document, sent_a: int, hon_a: int, name_b: int = -1, sent_b: int = -1) -> Found | None:
    """A position written before the honorific and its comma, opening its clause: "Giám đốc Sở Nội vụ, ông A
    phát biểu", "Phát biểu tại hội nghị, Phó Giám đốc Sở X, bà B cho biết"; not the title of a person named before
    in the sentence ("ông A, Giám đốc Sở X, ông B ...")."""
    t = doc.text
    c = len(t[:hon_a].rstrip())
    if c > sent_a and t[c - 1] not in ",-–":
        return _glued_title(doc, sent_a, c)
    if c <= sent_a:
        return None
    sh = shadow(doc)
    c -= 1
    cs = max(sent_a, sh.rfind(",", sent_a, c) + 1, sh.rfind(":", sent_a, c) + 1)
    cs += len(t[cs:c]) - len(t[cs:c].lstrip())
    seg = t[cs:c].rstrip()
    # (the agent after "do": "Cụm do Giám đốc Sở X - ông A làm Cụm trưởng", whatever the clause names before it)
    agent = _RE_AGENT_OPEN.match(seg)
    if agent is not None:
        cs += agent.end()
        seg = seg[agent.end():]
    else:
        # (or the list after "có" / "gồm": "Tham dự có Giám đốc Sở X, ông A")
        roll = _RE_ROLL_OPEN.match(seg)
        if roll is not None:
            # (one position and its unit: not a person named bare with it, "có Phó Chủ tịch UBND tỉnh A, ông B, Chánh Văn
            # phòng", nor a group, "có Giám đốc các sở, ngành, ông B"; and only for one with no title after the name, which wins)
            rest = seg[roll.end():]
            if _RE_PLURAL_WORD.search(rest) or _ends_with_person(rest) \
                    or name_b >= 0 and title_after(doc, name_b, sent_b)[0] is not None:
                return None
            cs += roll.end()
            seg = seg[roll.end():]
    # (what opens the sentence before the title names no one: "Phát biểu tại hội nghị, ..."; a capital past its
    # first letter may be a person named before, "Trung tướng A, Phó Tổng cục trưởng X, đồng chí B")
    # (a position may go before it, a comma between: "Phó Chủ tịch UBND huyện A, Cụm trưởng, ông B", "Phó Giám đốc Sở X,
    # Trưởng Ban Thi đua - Khen thưởng tỉnh, ông B": the title is both)
    last = cs
    if agent is None:
        while (j := len(t[:cs].rstrip())) > sent_a + 1 and t[j - 1] == ",":
            j -= 1
            ps = max(sent_a, sh.rfind(",", sent_a, j) + 1, sh.rfind(":", sent_a, j) + 1)
            ps += len(t[ps:j]) - len(t[ps:j].lstrip())
            prev = t[ps:j].rstrip()
            if not prev or not _res()["pos_start"].match(prev) or _RE_OPENS_CLUSTER_ROLE.match(prev) or _not_a_pre_title(prev) \
                    or _title_stop(doc, ps, ps + len(prev)) is not None or _ends_with_person(prev):
                break
            cs, seg = ps, t[ps:c].rstrip()
    opener = t[sent_a:cs].strip()
    # (a cluster role opens the title only before a dash and a position: "Cụm trưởng Cụm thi đua số 4 - Chủ tịch UBND xã A,
    # ông B"; alone, "Cụm trưởng, ông B", it names no position)
    role_dash = _RE_CLUSTER_ROLE_DASH.match(seg)
    if role_dash is not None and not _res()["pos_start"].match(seg, role_dash.end()):
        role_dash = None
    if agent is None and any(ch.isupper() for ch in opener[1:]) or _RE_OPENS_CLUSTER_ROLE.match(seg) and role_dash is None \
            or _RE_ON_BEHALF_START.match(seg):
        return None
    if not seg or len(seg) > 120 or _RE_ANY_HON.search(t, sent_a, c) or not _res()["pos_start"].match(seg, role_dash.end() if role_dash else 0) \
            or _not_a_pre_title(seg) or _title_stop(doc, last, cs + len(seg)) is not None:
        return None
    return Found(seg, cs, cs + len(seg))


def _ends_with_person(s: str) -> bool:
    """A position written with its holder's name after it ("Phó Chủ tịch UBND tỉnh Lê Văn An"): the last capitalised words
    open with a family name."""
    words = s.split()
    for k in range(2, 5):
        tail = words[-k:]
        if len(tail) == k and tail[0] in _surnames() and all(w[:1].isupper() for w in tail):
            # (not a place, "tỉnh Cao Bằng", nor a figure a unit is named after, "Trường THPT Lê Quý Đôn")
            name = " ".join(tail)
            if gazetteer.is_place(name) or fold(name) in _eponyms() or (len(words) > k and words[-k - 1].isupper()):
                continue
            return True
    return False


def _glued_title(doc: Document, sent_a: int, c: int) -> Found | None:
    """A position and its unit written right before the honorific, an item of a roll: "...; Chủ tịch kiêm Giám đốc
    Công ty A ông B; ..." (the item opens after ";", ":" or a comma, or after "có"/"gồm")."""
    t = doc.text
    sh = shadow(doc)
    # (or a table's cell: "Cụm trưởng | Sở A | Ông B")
    cs = max(sent_a, sh.rfind(",", sent_a, c) + 1, sh.rfind(":", sent_a, c) + 1, sh.rfind(";", sent_a, c) + 1, sh.rfind("|", sent_a, c) + 1)
    lead = _RE_ROLL_LEAD.search(t, cs, c)
    if lead is not None:
        cs = lead.end()
    cs += len(t[cs:c]) - len(t[cs:c].lstrip())
    seg = t[cs:c]
    # (not a representative's words, nor a clause that goes on past a conjunction: "... Tổng cục X và ông B")
    if _RE_NOT_GLUED.search(seg):
        return None
    if not seg or len(seg) > 100 or not _res()["pos_start"].match(seg) or not unit_head_ci_re().search(seg) \
            or _not_a_pre_title(seg) or _title_stop(doc, cs, c) is not None or _RE_ANY_HON.search(t, cs, c):
        return None
    return Found(seg, cs, c)


_RE_NOT_GLUED = regex.compile(r"^(?:đại diện|lãnh đạo)\b|\s(?:và|cùng|với|của|cho|tặng|trao)$|\s(?:và|cùng)\s", regex.I)
_RE_ROLL_LEAD = regex.compile(r"\b(?:có|gồm)\s+(?=\S)", regex.I)


_RE_BODY_OF_RANK = regex.compile(r"(?<!\p{L})(?:Hội|Đoàn|Liên đoàn|Câu lạc bộ|Liên hiệp)\s+$")
_RE_PLACE_WORDS_END = regex.compile(r"(?<!\p{L})(?:huyện|xã|phường|quận|thị xã|thị trấn|tỉnh|thành phố)((?:\s+\p{Lu}\p{Ll}*){1,3})\s+$", regex.I)


def _place_runs_on(t: str, a: int, b: int, title_end: int) -> tuple[int, int]:
    """A place's name cut short by the name after it ("Chủ tịch UBND thành phố Sơn | La Lương Tuấn Đạt"): the
    name's first word goes to the place when the two make a place the gazetteer knows and a name of two words
    or more is left."""
    words = t[a:b].split(" ")
    # the country or a province closing the unit's name ("Phó Chủ tịch Hội Nhà báo Việt Nam Trần Trọng Dũng"): the name
    # opens with the family name after it
    if len(words) >= 4 and words[2] in _surnames() and (words[:2] == ["Việt", "Nam"] or gazetteer.province_of(" ".join(words[:2])) is not None):
        q = a + len(words[0]) + len(words[1]) + 2
        return q, q - 1
    pm = _RE_PLACE_WORDS_END.search(t, max(0, a - 40), a)
    if pm is None or len(words) < 3:
        return a, title_end
    place = pm.group(1).strip()
    if gazetteer.is_place(place) or not gazetteer.is_place(place + " " + words[0]):
        return a, title_end
    q = a + len(words[0]) + 1
    return q, q - 1


# a body named by its field alone ("Sở", "Cục"), written bare in a short title: the capitals after it are a person's
# name when a family name opens them ("Phó Giám đốc Sở Lê Văn An"), as no such body is named after a person
# (unless the words are the field's, capitalised: "Sở Văn Hóa", "Sở Y Tế")
_RE_TITLE_ENDS_FIELD_BODY = regex.compile(r"(?<!\p{L})(?:Bộ|Sở|Cục|Vụ)$")
_RE_FIELD_WORDS = regex.compile(r"(?:Văn\s+Hóa|Văn\s+Hoá|Y\s+Tế|Nông\s+Nghiệp|Tôn\s+Giáo|Lâm\s+Nghiệp)(?!\p{L})", regex.I)


# a title that ends on "cho" is the giver's position and the award's preposition, the recipient after it ("trao Bằng khen của
# Bộ trưởng Bộ X cho Thượng tá A")
_RE_TITLE_ENDS_FOR = regex.compile(r"(?<!\p{L})cho$", regex.I)


def _not_a_pre_title(title: str, name: str = "") -> bool:
    title = title.rstrip(" -–")
    if _RE_TITLE_HAS_VERB.search(title) or _RE_TITLE_ENDS_FOR.search(title):
        return True
    if name and len(name.split()) >= 3 and _RE_TITLE_ENDS_FIELD_BODY.search(title) and not _RE_FIELD_WORDS.match(name):
        return False
    return bool(_RE_TITLE_ENDS_UNIT.search(title))


# a site's footer: who answers for the content is no person of the article
_RE_FOOTER_LEAD = regex.compile(
    r"(?:chịu\s+trách\s+nhiệm(?:\s+(?:nội\s+dung|xuất\s+bản|chính))?|tổng\s+biên\s+tập|trưởng\s+ban\s+biên\s+tập)\s*:[^\n:]{0,24}$",
    regex.I)


def _in_site_footer(t: str, a: int) -> bool:
    """The name follows "Chịu trách nhiệm nội dung:", "Người chịu trách nhiệm:", "Tổng biên tập:"."""
    return ":" in t[max(0, a - 30):a] and bool(_RE_FOOTER_LEAD.search(t, max(0, a - 70), a))


_NOT_NAMES = frozenset(fold(p) for p in ("Hồ Chí Minh", "Việt Nam", "Trung ương", "Nhà nước", "Thi đua", "Khen thưởng"))
# ("các đồng chí Chánh Văn phòng": the office's chief, no "Chánh Văn")
_NOUNS_AFTER_NAME_WORD = frozenset(fold(p) for p in ("Thanh niên", "Thiếu niên", "Nông dân", "Phụ nữ", "Cựu chiến", "Văn phòng"))
_RE_WORD_AFTER = regex.compile(r"[ ]+((?-i:\p{Ll})\p{Ll}*)(?!\p{L})")


def _bad_name(doc: Document, name: str, start: int, check_before: bool = True, caps_ok: bool = False) -> bool:
    key = fold(name)  # folded once: lexicon.province_of(name) folds the stripped name
    if (key if name == name.strip() else fold(name.strip())) in lexicon.provinces():
        return True
    words = name.split()
    # (not the capital and apostrophe that open a name of the Central Highlands: "K’ Bình")
    if any(w.isupper() and len(w) > 1 and not (len(w) == 2 and w[1] in "’'") for w in words) \
            and not (caps_ok and name.isupper() and words[0].capitalize() in _surnames()):  # (a name in capitals after an honorific: _caps_name)
        return True
    if key in _NOT_NAMES or (len(words) == 2 and _RE_OPENS_CLUSTER_ROLE.fullmatch(name)):
        return True  # (a cluster role capitalised is no name: "đồng chí Trưởng Khối kết luận")
    # the last word opens a common noun with the lower-case word after it: an organisation's name, not a
    # person's ("Bí thư Đoàn Thanh niên": "Đoàn Thanh" is no name)
    nxt = _RE_WORD_AFTER.match(doc.text, start + len(name))
    if nxt and fold(words[-1] + " " + nxt.group(1)) in _NOUNS_AFTER_NAME_WORD:
        return True
    if not check_before:
        return False
    before = _NOT_NAME_BEFORE.search(doc.text[max(0, start - 20):start])
    # (after a province's or city's kind, the name is the place's unless it is no place the gazetteer holds and reads as a
    # person's, a family name and two words more: "Chủ tịch UBND thành phố Huỳnh Đức Thơ")
    if before is not None and _RE_PROVINCE_KIND_END.search(before.group(0)) and len(words) >= 3 and words[0] in _surnames() \
            and gazetteer.province_of(name) is None:
        return False
    return before is not None


_RE_PROVINCE_KIND_END = regex.compile(r"(?:tỉnh|thành phố|tp\.?)\s*$", regex.I)


def _known_units(doc: Document) -> set[str]:
    """The units the article names as such (members, venue, chair and vice-chair)."""
    d = doc.draft
    found = (*d.members, d.scalars.get("meeting.venue"), *(r.organization for r in d.roles.values()))
    return {str(f.value) for f in found if f is not None and " " in str(f.value)}


def _ends_a_unit(t: str, a: int, b: int, units: set[str]) -> bool:
    """The words t[a:b] close the name of a unit the article names ("Giám đốc Công ty Cổ phần Xi
    măng Đồng Bành, Cụm trưởng", where the company is a member): part of that name, not a person."""
    name = t[a:b]
    return any(len(u) > len(name) and u.endswith(" " + name) and t.startswith(u, b - len(u)) for u in units)


_UNIT_OPENERS = ("Ủy", "UBND", "HĐND", "Tỉnh", "Sở", "Ban", "Bộ", "Cục", "Vụ", "Đảng", "Công an", "Công ty")


def _trim_name(doc: Document, a: int, b: int) -> int:
    """End the name before a word that starts a position title or a unit."""
    t = doc.text
    # the words of a name: _NAME joins them with single spaces
    starts, q = [], a
    for w in t[a:b].split(" "):
        if w:
            starts.append(q)
        q += len(w) + 1
    keep = len(starts)
    titles = doc.cues.starts(_V_POS)  # where a position title starts, as pos_start would match there
    for i, q in enumerate(starts[1:], 1):
        # (the words of the pattern checked first: a capitalised name word rarely opens like them)
        if q in titles or t.startswith(_UNIT_OPENERS, q) and cre.match(r"(?:Ủy|UBND|HĐND|Tỉnh|Sở|Ban|Bộ|Cục|Vụ|Đảng|Công an|Công ty)\b", t[q:b + 40]):
            # (not the given name, the last of three words or more, a comma and a position right after it: "ông Trần Văn
            # Trưởng, Giám đốc Sở X", "ông Hà Văn Ban, Bí thư Huyện ủy Y")
            if i >= 2 and i == len(starts) - 1 and t[b:b + 1] == "," and _res()["pos_start"].match(t, b + 1 + len(t[b + 1:b + 4]) - len(t[b + 1:b + 4].lstrip())):
                break
            keep = i
            break
    # (one word is a name only with its apostrophe: "K'Bình")
    if keep < 2 and not (keep == 1 and ("'" in t[a:b] or "’" in t[a:b])):
        return -1
    end = starts[keep - 1]
    while end < b and not t[end].isspace():
        end += 1
    return end


# what "với" introduces after a title when it tells what the person achieved, a figure or a predicate ("với doanh thu 5 tỷ
# đồng", "với mô hình ...", "với số tiền ..."), not the rest of a unit's name
_ACHIEVED_AFTER_VOI = (r"doanh\s+thu|doanh\s+số|số\s+tiền|tổng\s+(?:số|giá\s+trị|doanh\s+thu|vốn|thu)|mô\s+hình|thu\s+nhập|lợi\s+nhuận"
                       r"|sản\s+lượng|diện\s+tích|quy\s+mô|giá\s+trị|năng\s+suất|kết\s+quả|thành\s+tích|nhiều|hơn|trên|gần|khoảng|hàng"
                       r"|sáng\s+kiến|đề\s+tài|công\s+trình|sản\s+phẩm|phong\s+trào|cách\s+làm|vai\s+trò|tư\s+cách|cương\s+vị"
                       # (what a speech is told with: "với tinh thần cầu thị", "với bài tham luận", "với những ý kiến")
                       r"|tinh\s+thần|bài|những|các|ý\s+kiến|tâm\s+huyết")
# two capitalised words and a third: how a personal name opens
_RE_NEXT_NAME = regex.compile(r"(?-i:\p{Lu}\p{Ll}*[ ]\p{Lu}\p{Ll}*)(?:[ ](?-i:\p{Lu})|[ ]*(?:,|[.;]|$)|[ ]+và[ ])")
_MAX_TITLE = 260


def _title_stop(doc: Document, a: int, b: int) -> int | None:
    """Where the first match of the title_stop pattern in [a, b) starts. The pattern is tried only
    where it can start: at punctuation, and at the spaces (and dash) before one of its words. Read on the shadow
    text: the comma of an official name ("Cục Thanh tra, giải quyết khiếu nại, tố cáo") ends no title."""
    t = shadow(doc)
    # most titles stop early: the candidates of the first stretch are tried first
    for lo, hi in ((a, min(b, a + 100)), (min(b, a + 100), b)):
        cands = set(cues.find_all(t, ";.):,-(", lo, hi))
        cands.update(cues.space_before(t, i, lo) for i in cues.find_all(t, "-", lo, hi))
        for v, _ in doc.cues.spans(_V_TITLE_STOP, lo, hi + 30):
            p = cues.space_before(t, v, a)
            if a <= p < v:
                cands.add(p)
                if p > a and t[p - 1] == "-":
                    cands.add(cues.space_before(t, p - 1, a))
        for m in cues.match_at(_res()["title_stop"], t, (c for c in cands if lo <= c < hi), a, b):
            if m.group("nx") is not None and (gazetteer.is_place(m.group("nx")) or gazetteer.is_commune(m.group("nx"))
                                              or _RE_NAMED_AFTER_PEOPLE.search(t, max(a, m.start() - 60), m.start())):
                # (a place the unit's name goes on to, no person: "Công an tỉnh A và Hà Nam, Cụm trưởng"; a ward, a school or
                # a street named after a person: "Chủ tịch UBND các phường Trần Phú, Lê Hồng Phong, ...", "các trường Lý Tự
                # Trọng và Lê Quý Đôn, ...")
                continue
            v = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
            if v < m.end() and units.verb_inside_name(t, v, m.end()):
                continue  # (a verb inside a unit's name: "Tổng Giám đốc Đài Tiếng nói Việt Nam, Trưởng Khối")
            return m.start()
    return None


# the kinds of unit named after people, in the title before a bare name ("các trường THCS Lý Tự Trọng và Lê Quý Đôn")
_RE_NAMED_AFTER_PEOPLE = regex.compile(r"\b(?:phường|xã|trường|đường|phố|THCS|THPT|tiểu học|mầm non)\b[^,;()]*$", regex.I)


# the unit's cluster role closes a title: a lower-case word after it opens the next clause
# ("..., cụm trưởng ôn lại truyền thống"), unless it goes on naming the cluster or the period
_RE_AFTER_CLUSTER_ROLE = regex.compile(
    r"(?<=(?<!\p{L})(?:(?:cụm|khối)\s+(?:trưởng|phó)|trưởng\s+(?:cụm|khối)))[ ]+(?=(?-i:\p{Ll}))"
    # (nor the role's rank among two: "Cụm phó thứ nhất Cụm thi đua")
    r"(?!(?:cụm|khối|thi\s+đua|giao\s+ước|năm|số|thường\s+trực|nhiệm\s+kỳ|các|thứ\s+(?:nhất|hai|ba))(?!\p{L}))", regex.I)


_RE_ROLE_NOTE_THEN_TITLE = regex.compile(
    r"\s*\(\s*(?:là\s+)?(?:đơn vị\s+)?(?:(?:phó\s+)?trưởng\s+(?:cụm|khối)|(?:cụm|khối)\s+(?:trưởng|phó))\b[^()]{0,60}\)\s*,\s*", regex.I)
_RE_BARE_ROLE_AFTER = regex.compile(r"[ ]+(?=(?:phó\s+)?trưởng\s+(?:cụm|khối)\b|(?:cụm|khối)\s+(?:trưởng|phó)\b)", regex.I)
# (a "là" after the comma before a capitalised position: "đồng chí A, là Ủy viên Ban Thường vụ Hội X")
# a photo's note of where the person stands, in brackets after the name or title: "(thứ nhất từ trái sang)", "(bên phải)", "(giữa)"
_PHOTO_PLACE = r"(?:thứ\s+\p{L}+\s+)?(?:từ\s+)?(?:trái|phải|bên\s+trái|bên\s+phải|giữa|đứng giữa|ngoài\s+cùng)\b"
_RE_PHOTO_PLACE = regex.compile(r"\s*" + _PHOTO_PLACE + r"[^()\n]{0,30}\)", regex.I)
# a position given by "là" right after a name, no comma ("Ông A là Chủ tịch UBND huyện B"; "ông A, là ..." is _RE_TITLE_SEP's)
_RE_COPULA_TITLE = regex.compile(r"[ ]+(?-i:là)[ ]+")
# what makes the predicate of "là" a position held once, or a description singling the person out, not the title held at
# this meeting: a past time ("trước khi nghỉ hưu", "trước đây", "khi đó"), an ordinal or "only" ("Giám đốc đầu tiên của
# Trung tâm", "Chủ tịch Công đoàn cơ sở duy nhất của huyện"); or the present position told after it (", nay là ...")
_RE_PAST_OR_SINGLED = regex.compile(r"(?<!\p{L})(?:trước\s+(?:khi|đây|đó|kia)|khi\s+(?:đó|ấy)|lúc\s+(?:đó|ấy)"
                                    r"|thời\s+(?:điểm|kỳ)\s+(?:đó|ấy)|đầu\s+tiên|duy\s+nhất|cuối\s+cùng)(?!\p{L})", regex.I)
_RE_NOW_IS_AFTER = regex.compile(r"\s*,?\s*(?:và\s+)?(?:nay|hiện\s+nay|hiện)\s+(?:là|đang|giữ)(?!\p{L})", regex.I)


def _not_held_now(doc: Document, found: Found) -> bool:
    """A position given by "là" that the person does not hold at this meeting (_RE_PAST_OR_SINGLED); or one dated only
    before the meeting's period, every year in it earlier ("Chủ tịch UBND huyện giai đoạn 2016 - 2021", "Trưởng đoàn
    kiểm tra năm 2022" at the review of 2023; not "nhiệm kỳ 2021 - 2026")."""
    t = doc.text
    if _RE_PAST_OR_SINGLED.search(str(found.value)) or _RE_NOW_IS_AFTER.match(t, found.end):
        return True
    years = [int(y) for y in _RE_OTHER_PERIOD_IN_SUBJECT.findall(str(found.value))]
    per = doc.draft.scalars.get("meeting.period")
    year = per.value.get("year") if per is not None and isinstance(per.value, dict) else None
    return bool(years) and isinstance(year, int) and max(years) < year


_RE_ROLE_BRACKET_AFTER = regex.compile(r"\s*\(\s*(?:là\s+)?(?:đơn\s+vị\s+)?(?:" + ROLE_WORDS + r")(?!\p{L})", regex.I)
_RE_TITLE_SEP = regex.compile(r"\s*(?:,|-|\(|(?P<colon>:))\s*(?:(?<=,\s*)là\s+(?=\p{Lu}))?")


# a person named in a fronted phrase ("Dưới sự chủ trì của đồng chí A, ...", "Với sự tham dự của bà B, ..."): the main
# clause's subject follows the title after a comma, its verb after it ("..., Giám đốc Sở X, Cụm thi đua số 3 đã tổ chức")
_RE_FRONTED_OF = regex.compile(r"(?<!\p{L})(?:dưới|với|trước)\s+sự\s+(?:\p{L}+\s+){1,3}?của\s+[^,.;:()\n]{0,60}$", regex.I)
_RE_MAIN_VERB_AT = regex.compile(r"\s*(?-i:đã|vừa|đang|sẽ|long[ ]+trọng|tổ[ ]+chức|tiến[ ]+hành|họp|khai[ ]+mạc|tổng[ ]+kết|sơ[ ]+kết)"
                                  r"(?!\p{L})")
_RE_SUBJECT_HOLDS = regex.compile(r",[ ]*(?-i:\p{Lu})[^,]*?[ ]+(?:(?:đã|vừa)[ ]+)?(?:long[ ]+trọng[ ]+)?(?-i:tổ[ ]+chức|tiến[ ]+hành|họp)[ ]+"
                                  r"(?:hội[ ]+nghị|buổi|phiên|lễ|cuộc)(?!\p{L})", regex.I)


def _cut_main_subject(doc: Document, s: str, name_end: int, rx, stop: int | None) -> str:
    """The title cut before the main clause's subject when the person is named in a fronted phrase and a verb stopped
    the title: the last comma's part, capitalised and no position nor cluster role, is the subject ("UBND huyện C")."""
    t = doc.text
    fr = _RE_FRONTED_OF.search(t, max(0, name_end - 120), name_end)
    if fr is None:
        return s
    # (the phrase opens its sentence, after its adverbials at most: "Sáng 3-1, dưới sự chủ trì của ..."; not the
    # sentence's own complement: "Hội nghị diễn ra với sự tham dự của bà A, Phó trưởng Ban X, Sở Nội vụ cùng ...")
    before = t[max(0, fr.start() - 200):fr.start()]
    before = before[max(before.rfind(c) for c in ".!?;\n") + 1:].strip()
    if before and not before.endswith(","):
        return s
    # (the verb not a stop of titles: "..., Cụm thi đua số 7 tỉnh A tổ chức hội nghị ...")
    m = _RE_SUBJECT_HOLDS.search(s) if ("tổ chức" in s or "họp" in s or "tiến hành" in s) else None
    # (else the title stopped at the main clause's verb, "..., UBND huyện C đã tổ chức"; not at "cùng", "và", "nhằm",
    # after which the part after the comma is the title's unit: "Phó Trưởng phòng X, Ban Thi đua - Khen thưởng tỉnh cùng ...")
    k = m.start() if m is not None else (s.rfind(",") if stop is not None and _RE_MAIN_VERB_AT.match(t, stop) else -1)
    if k < 0:
        return s
    last = s[k + 1:].strip()
    if not last[:1].isupper() or rx["pos_start"].match(last) or _RE_OPENS_CLUSTER_ROLE.match(last):
        return s
    return s[:k].rstrip(" ,-")


# the topic of a talk heard, after the speaker's title ("nghe báo cáo của ông A, T về kết quả ...", "ý kiến chia sẻ của bà B, T
# trong việc tham mưu ...")
# (a rank or degree may stand before the name: "tham luận của Trung tá A, Phó Trưởng Công an huyện B về ...")
@lru_cache(maxsize=None)
def _talk_of_before_re():
    return regex.compile(r"(?<!\p{L})(?:báo\s+cáo|tham\s+luận|ý\s+kiến|chia\s+sẻ|phát\s+biểu|trình\s+bày)(?:\s+\p{L}+){0,3}?"
                         r"\s+của\s+(?:(?:ông|bà|đồng\s+chí|đ/c)\s+)?(?:(?:" + _ranks() + r")\s*){0,2}"
                         r"(?-i:\p{Lu})[\p{L}']*(?:\s+(?-i:\p{Lu})[\p{L}']*){0,5}$", regex.I)
_RE_TALK_TOPIC = regex.compile(r"\s+(?:về|trong\s+(?:việc|công\s+tác))\s+(?=(?-i:\p{Ll}))")
# a body whose name holds "về", with lower-case words (its kind of place, "tư vấn") at most between: "Ban Chỉ đạo (tỉnh) về
# phòng, chống tham nhũng", "Tổ công tác về cải cách hành chính", "Hội đồng tư vấn về dân tộc"; or a national body's level, capitalised,
# between: "Ủy ban Nhà nước về người Việt Nam ở nước ngoài", "Ban Chỉ đạo Trung ương về ...", "Ủy ban Quốc gia về ..."
_RE_BODY_OF_A_TOPIC = regex.compile(r"(?<!\p{L})(?:ban\s+chỉ\s+đạo|tổ\s+công\s+tác|tổ\s+giúp\s+việc|hội\s+đồng|tiểu\s+ban"
                                    r"|[uủ][ỷy]\s+ban(?!\s+nhân\s+dân))(?:\s+(?:(?-i:\p{Ll}+)|\d+|(?-i:Nhà\s+nước|Trung\s+ương|Quốc\s+gia)(?!\p{L}))){0,3}$", regex.I)


def title_after(doc: Document, name_end: int, lim: int, copula: bool = False) -> tuple[Found | None, int]:
    """The title written right after a name (", Giám đốc ...", " - Chánh ..."); returns it and where it stops. With ``copula``,
    a position given as the predicate of "là" right after the name is read too ("Ông A là Chủ tịch UBND huyện B")."""
    t = doc.text
    rx = _res()
    if copula and (cm := _RE_COPULA_TITLE.match(t, name_end, lim)) is not None \
            and (rx["pos_start"].match(t, cm.end()) or _RE_STAFF_TITLE.match(t, cm.end())):
        found, stop = _title_from(doc, cm.end(), lim, name_end)
        if found is not None and _not_held_now(doc, found):
            return None, name_end
        # (nor one with its unit's cluster role in brackets after it, "Ông A là Giám đốc Sở X (Khối trưởng khối kinh tế)": a
        # predicate read here would carry the role to the chair, whichever cluster the note names)
        if found is not None and _RE_ROLE_BRACKET_AFTER.match(t, found.end):
            return None, name_end
        return (found, stop) if found is not None else (None, name_end)
    # (matched in place, not on a copy of the rest of the sentence; positions are the text's)
    m = patterns.match(_RE_TITLE_SEP, t, name_end, lim)
    # a cluster role in brackets right after the name, the position after it: "Bà A (trưởng khối thi đua 30 năm học
    # 2022-2023), Hiệu trưởng trường X" (the title is the position; the note is read as the unit's role)
    note = _RE_ROLE_NOTE_THEN_TITLE.match(t, name_end, lim) if m is not None and t[m.start():m.end()].strip() == "(" else None
    if note is not None and rx["pos_start"].match(t, note.end()):
        m = note
    if not m:
        # the separator left out: "bà Nguyễn Thị B Ủy viên Thường vụ Hội X" (the name was cut
        # before the capitalised position), or a cluster role in lower case ("bà B trưởng khối thi đua 29, Hiệu trưởng ...")
        # (or its "phó" in lower case: "đồng chí A phó Giám đốc Sở Y tế")
        m = cre.match(r"[ ]+(?=\p{Lu}|phó[ ]+(?:trưởng[ ]+)?\p{Lu})", t[name_end:min(lim, name_end + 16)])
        if not m or not rx["pos_start"].match(t, name_end + m.end()):
            m = _RE_BARE_ROLE_AFTER.match(t, name_end, lim)
            if not m:
                return None, name_end
            a = m.end()
        else:
            a = name_end + m.end()
    elif m is note:
        a = m.end()
    else:
        a = m.end()
        if m.group("colon") and not rx["pos_start"].match(t, a):
            return None, name_end  # "ông A: Ủy viên ..." (a colon opens a title only before a position)
        if t[m.start():m.end()].strip() == "(" and (ph := _RE_PHOTO_PLACE.match(t, a, lim)) is not None:
            # where the person stands in the photo is no title: the title may follow it ("Bà A (giữa), Giám đốc Sở X nhận
            # Cờ"; "Bà A (giữa) trao Cờ ..." has none)
            found, stop = title_after(doc, ph.end(), lim)
            return (found, stop) if found is not None else (None, name_end)
    return _title_from(doc, a, lim, name_end)


def _title_from(doc: Document, a: int, lim: int, name_end: int) -> tuple[Found | None, int]:
    """The title that opens at ``a`` past its separator after the name ending at ``name_end`` (title_after)."""
    t = doc.text
    rx = _res()
    first = t[a:a + 40]
    if not (first[:1].isupper() or rx["pos_start"].match(first) or rx["pos_any"].search(first) or _RE_STAFF_TITLE.match(first)):
        return None, name_end
    if first[:1].isupper() and not rx["pos_start"].match(first) and _RE_NEXT_NAME.match(first) \
            and first.split(" ", 1)[0] in _surnames():
        return None, name_end  # "A, Trần Văn B và ...": the next person, not a title
    if first[:1].isupper() and a < lim and t[a - 1:a] == " " and (rm := rx["rank"].match(t, a, lim)) is not None \
            and rm.start("rank") == a and rm.group("name") and _family_first(rm.group("name")) \
            and not rx["pos_start"].match(t, rm.start("name")):
        return None, name_end  # "Đại tá A, Thượng tá B": a rank and a name after the comma open the next person
        # (a personal name: a position after the rank is the title, "A, Đại tá Phó Giám đốc Công an tỉnh")
    # a line break ends the title unless the line ends with a comma or the next starts in lower case
    end = lim
    # a title longer than _MAX_TITLE is refused below, so the stop is looked for no further
    st = _title_stop(doc, a, min(lim, a + _MAX_TITLE + 100))
    if st is not None:
        end = st
    nl = t.find("\n", a, end)
    while nl != -1:
        prev = t[a:nl].rstrip()
        nxt = t[nl:end].lstrip()
        if prev.endswith(",") or (nxt[:1].islower()):
            nl = t.find("\n", nl + 1, end)
            continue
        end = nl
        break
    # a bracket the title opened closes in it: "Khối Thi đua các doanh nghiệp (Doanh nghiệp nhà nước)"
    # and the title goes on after it to its own stop ("Chi cục Dự trữ Nhà nước (DTNN) khu vực I")
    if t.startswith(")", end) and t.count("(", a, end) > t.count(")", a, end):
        st = _title_stop(doc, end + 1, min(lim, a + _MAX_TITLE + 100))
        end = st if st is not None else lim
    s = t[a:end].rstrip(" ,-(")
    if s.count("(") > s.count(")"):
        # a note in brackets cut at its comma ("Phó Giám đốc Sở Nội vụ (cơ quan đã tiếp nhận chức năng, ...)"): no part of it
        s = s[:s.rfind("(")].rstrip(" ,-")
    tail = _RE_AFTER_CLUSTER_ROLE.search(s)
    if tail:
        s = s[:tail.start()]
    if "," in s:
        s = _cut_main_subject(doc, s, name_end, rx, end if st is not None and end == st and t[end:end + 1].isspace() else None)
    if (" về " in s or " trong " in s) and (tp := _RE_TALK_TOPIC.search(s)) is not None \
            and _talk_of_before_re().search(t, max(0, name_end - 120), name_end) \
            and not (tp.group(0).lstrip().startswith("về") and _RE_BODY_OF_A_TOPIC.search(s, 0, tp.start())):
        s = s[:tp.start()]  # "nghe tham luận của ông A, Giám đốc Sở X về cách làm ...": the talk's topic, no part of the title
    # (a verb is no title: "ông A, làm Cụm trưởng" names the role the person's unit holds)
    if not s or len(s) > _MAX_TITLE or cre.match(r"\p{Ll}+\s", s) and not rx["pos_any"].search(s[:40]) and not _RE_STAFF_TITLE.match(s) \
            or cre.match(r"(?:làm|là|giữ|được)\s", s):
        return None, name_end
    if a + len(s) >= len(t.rstrip()) and cre.search(r"(?<!\S)(?:\p{Lu}\p{Ll}?|\p{Ll}{1,2})$", s):
        return None, name_end  # cut by the end of the excerpt in its first letters ("..., Ph")
    return Found(s, a, a + len(s)), a + len(s)


# a staff member's title, in lower case before the unit ("cán bộ Công an xã A", "công chức Văn phòng - Thống kê xã B");
# not positions (a department is named "Phòng Tổ chức - Cán bộ")
_RE_STAFF_TITLE = regex.compile(r"(?-i:cán bộ|công chức|nhân viên|viên chức)\s+(?=\p{Lu})")
_LEAD_VERBS = ("phát biểu", "chỉ đạo", "kết luận", "báo cáo", "trình bày", "khai mạc", "bế mạc", "chủ trì", "chủ tọa", "chủ toạ")
# (a degree may stand before the name: "Phát biểu bế mạc, GS.TS A"; several, parted by commas: "Chủ trì, NGƯT, TS. A")
# (a long object, when "tại/với hội nghị" closes it: "Báo cáo tổng kết ... năm 2022 tại hội nghị, ông A cho biết")
_RE_LEAD_VERB = regex.compile(r"\s*(?:\p{L}+\s+){0,3}?(" + "|".join(_LEAD_VERBS) + r")\b(?:[^,;]{0,60}|[^,;.]{0,160}?\s(?:tại|với|trước)\s+"
                              r"(?:hội nghị|buổi lễ|lễ ký kết)),\s*(?:(?:" + _ranks() + r")\s*,\s*){0,3}(?:[\p{L}.]+\s*){0,4}$", regex.I)
# what a reporter says is the report's content: "Báo cáo tại hội nghị, ông A cho biết ..." is A's report, no speech
_REPORT_CONTENT_VERBS = ("cho biết", "nêu rõ", "nhấn mạnh", "khẳng định")


# after "do NAME, title": a role or a cause, not a report's presenting ("làm Cụm trưởng", "bận công tác", "nên ...")
_RE_DO_NOT_AUTHOR = regex.compile(r"[^.;]*?\b(?:làm|là|bận|vắng|nên|vì)\b", regex.I)
# a sentence that details the one before: "Cụ thể có ...", "Cụ thể gồm: ..."
_RE_IN_DETAIL = regex.compile(r"\s*cụ\s+thể\s*,?\s*(?:có|gồm|là)\b", regex.I)
# an act of its own or a later clause between the last person and the verb: the verb is not the whole list's
# ("A; B tặng hoa chúc mừng ..., sau đó B phát biểu"; "A; B nhận cờ luân lưu và phát biểu")
# "lần lượt" right before the verb: the verb is each listed person's in turn ("A - T1; B - T2 lần lượt phát biểu")
_RE_IN_TURN_BEFORE = regex.compile(r"(?<!\p{L})(?:đã\s+)?lần\s+lượt\s+(?:(?:đã|có)\s+)?$", regex.I)
_RE_OTHER_ACT_BETWEEN = regex.compile(r"\b(?:tặng|trao|nhận|sau đó|rồi|tiếp đó|tiếp theo)\b", regex.I)
# the start of a sentence up to its first person: blanks, a bullet, a degree or rank of one or two words
_RE_OPENS_ON_PERSON = regex.compile(r"[\s\-–•*+]*(?:(?-i:\p{Lu}[\p{L}.]{0,8})\s*){0,2}", regex.I)
# where the verbs of a mention stop: the end of the clause, or the next person's honorific
# (or a new subject, the verbs after it are theirs: "... chủ trì, các đại biểu đã góp ý"; "báo cáo do ông A trình bày đã được các
# đại biểu góp ý")
# (and the units of a kind as the subject of the next clause, its tense or adverb after them: "Theo báo cáo do bà A trình bày,
# các quận đã phát động ...", "..., các huyện, thị xã trong cụm đều ..."; not a list of units in a title or an object, no verb's marker
# after it: "Giám đốc Sở A, các sở, ngành dự"; only after a verb of the person's own, else the person's clause has no verb
# to end and the match is no stop: _role_stop_ok)
@lru_cache(maxsize=None)
def _role_stop_re():
    kinds = trie_alternation(lexicon.words("unit_nouns.txt"))
    return regex.compile(r"[;]|\.(?=\s|$)|(?:,\s*|\s+)(?:đồng chí|ông|bà|các đồng chí|đ/c)\s+\p{Lu}"
                         r"|(?:,\s*|\s+được\s+)(?:các|những|mỗi|từng)\s+(?:đơn vị|thành viên|đại biểu|cơ quan|tập thể|địa phương)(?!\p{L})"
                         r"|(?P<units>,\s*(?:các|những|mỗi|từng)\s+(?:" + kinds + r")(?:\s*(?:,|và)\s*(?:" + kinds + r"))*"
                         r"(?:\s+(?:trong|thuộc)\s+(?:cụm|khối)(?:\s+thi\s+đua)?)?\s+(?:đã|đều|cũng|đang|vừa|tiếp\s+tục)(?!\p{L}))",
                         regex.I)


@lru_cache(maxsize=None)
def _list_gap_re():
    """Between two people of a list: the first one's note in brackets ("(Phó trưởng khối)"), a separator, and a degree or rank
    before the next name at most."""
    return regex.compile(r"\s*(?:\([^()]{0,60}\)\s*)?(?:[;,]\s*(?:và\s+)?|\s+(?:và|cùng)\s+)(?:(?:" + _ranks() + r")\s*)?", regex.I)


# what joins two people of one subject: "A và B", "A, B", "A cùng B" (an honorific may open the next)
@lru_cache(maxsize=None)
def _gap_re(joiner: str):
    """What stands between two people: the first one's note in brackets, the ``joiner``, the next one's
    honorific, or the word of address that gives none ("thầy", "cô", "anh", "chị": "A, T1 và cô B, T2 tham luận"), a rank before
    his name."""
    return regex.compile(r"\s*(?:\([^()]{0,60}\)\s*)?" + joiner + r"(?:(?:ông|bà|đồng chí|đ/c)\s*|(?:thầy|cô)(?:\s+giáo)?\s+|(?:anh|chị)\s+)?"
                         r"(?:(?:" + _ranks() + r")\s+)?", regex.I)


def _coord_re():
    """Two people of one subject, joined by a comma or "và"."""
    return _gap_re(r"(?:,\s*(?:(?:và|cùng)\s+)?|\s+(?:và|cùng)\s+)")


def _semi_gap_re():
    """Two people parted by ";"."""
    return _gap_re(r";\s*")


def _role_stop_ok(doc: Document, x, after: int) -> bool:
    """A match of _role_stop_re() ends the person's verbs: the units' new subject only after a role verb of the person's own
    ("bà A, T trình bày, các quận đã phát động ...")."""
    return x.group("units") is None or _any_verb(doc, after, x.start())


def _role_stop_starts(doc: Document, lo: int, hi: int) -> list[int]:
    """Where _role_stop_re() can start in [lo, hi): a semicolon, a full stop, a comma, the space before "được", and the
    spaces before an honorific."""
    t = doc.text
    out = cues.find_all(t, ";.,", lo, hi)
    i = t.find(" được ", lo, hi)
    while i >= 0:
        out.append(i)
        i = t.find(" được ", i + 1, hi)
    for h in _hon_starts(doc, lo, hi):
        p = cues.space_before(t, h, lo)
        if p < h:
            out.append(p)
        if p > lo and t[p - 1] == ",":
            out.append(p - 1)
    return out


# a list the person's clause began before a comma: companions, an object, whom something is given to
_RE_LIST_BEGUN = regex.compile(r"(?<!\p{L})(?:cùng|cho|với|tặng|trao|và|các|những)(?!\p{L})", regex.I)
# after a person's title, a new subject before the verb: ", các đơn vị đã báo cáo"
# (or the meeting itself, its verb after it: "Dưới sự chủ trì của ông A, T, hội nghị đã đánh giá ...": the meeting's act, not his;
# not a clause about the meeting set between commas, the person's verb after it: "ông A, T, hội nghị năm nay do Sở đăng cai,
# phát biểu ...")
_RE_OTHER_SUBJECT = regex.compile(r"\s*,\s*(?:(?:các|những|mỗi|từng)\s+(?:đơn vị|thành viên|đại biểu|cơ quan|tập thể|doanh nghiệp|địa phương)\b"
                                  # (the members named by their kind, a tense or an adverb after them: "Dưới sự chủ trì của ông A,
                                  # các xã đã đánh giá ..."; without one the list goes on the person's clause, "Bà A, Chánh Văn
                                  # phòng UBND thị xã, các phường trong cụm phát biểu")
                                  r"|(?:các|những)\s+(?:xã|phường|thị trấn|huyện|quận|thị xã|sở|ngành|trường|chi cục|phòng)(?!\p{L})"
                                  r"(?:\s+[^\s,;.]+){0,4}?\s+(?:đã|đều|cũng|vừa|đang|lần lượt|tiếp tục)(?!\p{L})"
                                  r"|(?:hội\s+nghị|cuộc\s+họp|phiên\s+họp|buổi\s+họp)(?![^,;]*[,;])\s+(?:(?:đã|cũng|đều|tiếp\s+tục)\s+)*(?-i:\p{Ll}))", regex.I)


# a team named by its work, or one sent or to be sent ("đoàn kiểm tra chéo do A làm trưởng đoàn", "cử A làm trưởng đoàn"; not a
# title's words, "Phó Chủ nhiệm Ủy ban Kiểm tra"); or its work told after ("... làm trưởng đoàn, kiểm tra tại 5 tỉnh")
_TEAM_WORK = r"(?:kiểm tra|giám sát|chấm điểm|khảo sát|tham quan|thăm quan|học tập)"
_RE_TEAM_SENT_BEFORE = regex.compile(r"\bđoàn\s+(?:công\s+tác\s+)?" + _TEAM_WORK + r"\b|\b(?:cử|sẽ|dự kiến|thành lập)\b", regex.I)
# a delegation led: its noun after "dẫn đầu" ("dẫn đầu đoàn công tác"), or before the person, who is its agent after "do"
# ("Đoàn đại biểu Sở X do ông A ... dẫn đầu")
# (a delegation to a meeting: "đoàn đại biểu", or one named by its unit, "đoàn Sở X", "Đoàn Thống kê tỉnh A"; not a working team
# with no meeting named, "dẫn đầu đoàn công tác của trường", nor "Đoàn Thanh niên", a unit)
_DELEGATION = r"(?<!\p{L})đoàn\s+(?:đại\s+biểu\b|(?!(?-i:Thanh\s+niên|TNCS)\b)(?-i:\p{Lu}))"
_RE_LEADS_DELEGATION_AFTER = regex.compile(r"\s+(?:các\s+)?" + _DELEGATION, regex.I)
_RE_DELEGATION_LED_BY_BEFORE = regex.compile(_DELEGATION + r"[^.;:!?\n]{0,120}?(?<!\p{L})do\s+"
                                            r"(?:(?:ông|bà|đồng\s+chí|đ/c)\s+)?$", regex.I)
_RE_TEAM_WORK_AFTER = regex.compile(r"\s*,?\s*(?:đã\s+)?(?:đi\s+)?" + _TEAM_WORK + r"\b", regex.I)
# the agent's clause of a delegation led ("Đoàn X do ông A dẫn đầu."), closed by the verb: a mark or the delegation's own next
# verb after it ("... dẫn đầu đã tới dự", "dẫn đầu cùng ..."); "dẫn đầu" with an object is a unit's lead, no delegation's
# ("Tỉnh đoàn A do đồng chí B, Bí thư dẫn đầu phong trào", "Đoàn Luật sư tỉnh do ông C, Chủ nhiệm Đoàn dẫn đầu Khối")
_RE_LED_CLAUSE_CLOSES = regex.compile(r"\s*(?:[,.;:!?)\n]|$)|\s+(?:đã|đến|tới|về|sang|cùng|tham\s+dự|dự|có\s+mặt)(?!\p{L})", regex.I)
# a trip the delegation made, told after the verb in its sentence: no attendance at this meeting ("dẫn đầu đoàn đại biểu Cụm đi
# học tập kinh nghiệm tại tỉnh B", "Đoàn đại biểu ... do ông A dẫn đầu đã có chuyến khảo sát ...", "... đã đến thăm và làm việc
# với ..."); not a visit after the delegation came to the meeting, "dự" between ("... dẫn đầu đã tới dự hội nghị và tham quan ...")
_RE_TRIP_AFTER = regex.compile(r"(?:(?!(?<!\p{L})dự(?!\p{L}))[^.;!?\n]){0,160}?(?<!\p{L})(?:" + _TEAM_WORK + r"|thăm|có\s+chuyến|giao\s+lưu)(?!\p{L})",
                               regex.I)


# a speaker's tag of a quotation: a colon and the quote opening after the name and title, at a line's start with an
# honorific at most before the name; or the tag in brackets after the quote's end
_RE_SOUNDBITE_AFTER = regex.compile(r"[ \t]*(?:(?P<colon>:)[ \t]*[\"“]|\)[ \t]*\.?[ \t]*(?:$|\n))", regex.M)
_RE_SOUNDBITE_LINE_OPENS = regex.compile(r"[ \t\-–•*]*(?:(?:ông|bà|đồng chí|đ/c)[ \t]+)?", regex.I)
_RE_SOUNDBITE_TAG_OPENS = regex.compile(r"[\"”][ \t]*\([ \t]*(?:(?:ông|bà|đồng chí|đ/c)[ \t]+)?$", regex.I)
_RE_QUOTE_MARK = regex.compile(r"[\"“”]")


@lru_cache(maxsize=None)
def _award_name_re() -> "regex.Pattern[str]":
    """A quotation opening on an award's or a title's name (awards.txt, and the titles granted by name: "Đơn vị xuất sắc ...",
    "Lao động tiên tiến", "Cờ ..."): what is granted, no sentence said."""
    words = trie_alternation([*lexicon.words("awards.txt"), "cờ", "đơn vị xuất sắc", "đơn vị dẫn đầu", "lao động tiên tiến",
                              "lao động xuất sắc", "danh hiệu", "tập thể lao động", "giải"])
    return regex.compile(r"[ \t]*(?:" + words + r")(?!\p{L})", regex.I)


def _said_quote(t: str, a: int, b: int) -> bool:
    """The quotation t[a:b] (inside its marks) is a sentence said: not an award's or a title's name, and closed by a full stop
    (or a question or exclamation mark) or of eight words or more."""
    if _award_name_re().match(t, a, b):
        return False
    q = t[a:b].rstrip()
    return q.endswith((".", "!", "?", "…")) or len(q.split()) >= 8


# a part of the meeting conducted: its object after "điều hành" ("điều hành phần thảo luận"), or its subject before "do" with the
# clause closing on the verb ("Phần bình xét thi đua do A điều hành.")
_RE_CONDUCTS_PART_AFTER = regex.compile(r"\s+(?:phần|phiên)(?!\p{L})", regex.I)
_RE_CLAUSE_ENDS_AFTER = regex.compile(r"\s*(?:[.,;:!?)]|$)")
_RE_PART_DONE_BY_BEFORE = regex.compile(r"(?<!\p{L})(?:phần|phiên)(?!\p{L})[^.;:!?]{0,120}?(?<!\p{L})do(?!\p{L})[^.;:!?]*$", regex.I)


@lru_cache(maxsize=None)
def _passive_objects() -> dict[str, tuple[tuple[str, "regex.Pattern[str]"], ...]]:
    """roles.json "_passive_objects_doc": by act verb, the roles its "VERB OBJECT" entries give, each with the pattern of its
    object as the clause's subject, opening it, before "do" (no part of it named between, "phần", nor a comma) up to the name
    (not "Phần thảo luận tại hội nghị do A điều hành", a part conducted)."""
    # (the act verbs listed for it, longest first, in a fixed order: not every act's syllable opening an entry, "trao đổi")
    table = lexicon.table("roles.json")
    acts = tuple(sorted(set(table["_passive_verbs"]) & set(_acting()), key=lambda v: (-len(v), v)))
    opens = "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in sorted(lexicon.table("roles.json")["_passive_subject_opens"],
                                                                           key=len, reverse=True))
    out: dict[str, list] = {}
    for role, entries in _roles().items():
        for e in entries:
            verb = next((v for v in acts if e.startswith(v + " ")), None)
            if verb is None:
                continue
            obj = regex.escape(e[len(verb) + 1:]).replace(r"\ ", r"\s+")
            # (the object right before "do", or followed by a word of roles.json "_passive_subject_opens" that keeps it this
            # meeting, "Hội nghị tổng kết của Khối do A điều hành": not another meeting, "Cuộc họp của Ban Thường trực ...",
            # "Hội nghị Ban Chấp hành ...", "Buổi làm việc với đoàn ...", nor a longer noun, "Buổi họp báo", "Cuộc họp trù bị")
            # (after that word, no owner but the cluster and no party met with: not "Hội nghị sơ kết của Đảng ủy Khối ...")
            out.setdefault(verb, []).append((role, regex.compile(
                r"(?:\G|(?<=[,;:\n]))\s*" + obj + r"(?!\p{L})(?:\s+(?:" + opens + r")(?!\p{L})"
                r"(?:(?!(?<!\p{L})(?:phần|do|với|của(?!\p{L})(?!\s+(?:cụm|khối)(?!\p{L})))(?!\p{L}))[^.;:!?,\n]){0,80}?)?\s+do\s+"
                r"[^.;:!?]*$", regex.I)))
    return {k: tuple(v) for k, v in out.items()}


def _passive_role(doc: Document, sent_a: int, name_a: int, m) -> str | None:
    """The role the act verb ``m`` after a person's name gives in the passive of one of its "VERB OBJECT" entries (the clause
    closing on the verb): "Hội nghị do ông A, T điều hành." presided."""
    t = doc.text
    forms = _passive_objects().get(doc.cues.lower[m.start():m.end()])
    # (not a part of the meeting, "Tại hội nghị, phiên bình xét do A điều hành": an attendance, _RE_PART_DONE_BY_BEFORE; nor at an
    # earlier time, "Trước đó, hội nghị sơ kết do A điều hành")
    if not forms or not _RE_CLAUSE_ENDS_AFTER.match(t, m.end()) or _RE_EARLIER_TIME_TOLD.search(t, sent_a, m.start()) \
            or _RE_PART_DONE_BY_BEFORE.search(t, sent_a, name_a):
        return None
    for role, rx in forms:
        pm = rx.search(t, sent_a, name_a)
        # (another meeting, its year named in the subject: "Hội nghị thi đua năm 2023 do A điều hành"; not this meeting's own,
        # "Hội nghị tổng kết năm 2024 của Cụm do A điều hành" at the review of 2024)
        if pm is not None and not _other_period_in_subject(doc, pm.group(0)):
            return role
    return None


_RE_OTHER_PERIOD_IN_SUBJECT = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _other_period_in_subject(doc: Document, subject: str) -> bool:
    """The passive's subject names a year other than the meeting's period's (or, at the review of a whole year, the year
    after it, when the review is held); any year where the period is not known."""
    years = {int(y) for y in _RE_OTHER_PERIOD_IN_SUBJECT.findall(subject)}
    if not years:
        return False
    per = doc.draft.scalars.get("meeting.period")
    year = per.value.get("year") if per is not None and isinstance(per.value, dict) else None
    if not isinstance(year, int):
        return True
    own = {year}
    kind = doc.draft.scalars.get("meeting.kind")
    if per.value.get("span") in ("year", "term") or kind is not None and kind.value == "tong_ket":
        own.add(year + 1)
    return not years <= own
# an earlier time told in a lead or a passive's subject (as _RE_EARLIER_TIME): not "từng" as "each" before a noun, "kết quả của
# từng đơn vị" ("ever" only after an auxiliary: "đã từng", "chưa từng"), nor "năm trước" of a comparison, "tăng so với năm trước"
_RE_EARLIER_TIME_TOLD = regex.compile(r"(?<!\p{L})(?:trước\s+đó|được\s+biết|(?<=(?:đã|đều|cũng|chưa|không|vốn)\s+)từng"
                                      r"|(?<!so\s+với\s+(?:cùng\s+kỳ\s+)?)năm\s+(?:ngoái|trước)"
                                      r"|(?:hai|ba|bốn|năm|nhiều|\d{1,2})\s+lần)(?!\p{L})", regex.I)
# a time to come told in a lead: "Điều hành hội nghị năm sau sẽ là ..."
_RE_LATER_TIME_TOLD = regex.compile(r"(?<!\p{L})(?:sẽ|năm\s+(?:sau|tới))(?!\p{L})", regex.I)
# the meeting a verb-first lead names, and the few words after it that may tell its time ("Chủ trì hội nghị của Khối năm trước
# là", "hội nghị năm sau sẽ là"), up to a comma or the lead's "là/có/gồm"
_RE_LEAD_MEETING_NOUN = regex.compile(r"(?<!\p{L})(?:hội\s+nghị|cuộc\s+họp|buổi\s+(?:họp|giao\s+ban|làm\s+việc)|phiên\s+họp)(?!\p{L})"
                                      r"(?:(?!(?<!\p{L})(?:là|có|gồm)(?!\p{L}))[^.;:,]){0,40}", regex.I)


def _lead_of_other_time(t: str, vm) -> bool:
    """A verb-first lead ``vm`` of a meeting at another time: an earlier or later time told in the lead of a verb roles.json
    "_verb_first" adds ("Điều hành hội nghị năm sau sẽ là ông A"), or, for the ordinary lead verbs, right after the meeting noun
    the lead names ("Chủ trì hội nghị của Khối năm trước là bà A"); not a time that tells the object reported or spoken of
    ("Trình bày báo cáo ... và phương hướng nhiệm vụ năm tới là bà A", "Phát biểu về những việc sẽ làm ... có ông B")."""
    if " ".join(vm.group("v").lower().split()) in _verb_first_verbs():
        spans = [(vm.start(), vm.end())]
    else:
        spans = [(m.start(), m.end()) for m in _RE_LEAD_MEETING_NOUN.finditer(t, vm.start(), vm.end())]
    return any(_RE_EARLIER_TIME_TOLD.search(t, a, b) or _RE_LATER_TIME_TOLD.search(t, a, b) for a, b in spans)


@lru_cache(maxsize=None)
def _verb_first_verbs() -> frozenset[str]:
    return frozenset(lexicon.table("roles.json")["_verb_first"])


def _soundbite_said(t: str, q, tag) -> bool:
    """The quotation of a speaker's tag is a sentence said (_said_quote): after the colon, to its close on the line (one running
    on past the line is); before the bracket, from its opening, which opens the line."""
    if tag is None:
        eol = t.find("\n", q.end())
        eol = len(t) if eol < 0 else eol
        c = _RE_QUOTE_MARK.search(t, q.end(), eol)
        return c is None or _said_quote(t, q.end(), c.start())
    line_a = t.rfind("\n", 0, tag.start()) + 1
    o = next((x for x in _RE_QUOTE_MARK.finditer(t, line_a, tag.start())), None)
    return o is not None and not t[line_a:o.start()].strip(" \t-–•*") and _said_quote(t, o.end(), tag.start())


# the verbs that tell a story rather than a speech ("ông A kể", "bà B tâm sự"), and the words that place one at the meeting
_STORY_VERBS = frozenset(("kể", "kể lại", "tâm sự"))
_RE_AT_MEETING_WORD = regex.compile(r"(?<!\p{L})(?:hội\s+nghị|cuộc\s+họp|buổi\s+(?:họp|giao\s+ban|làm\s+việc|sơ\s+kết|tổng\s+kết|lễ)|phiên\s+họp"
                                    r"|tham\s+luận|phát\s+biểu|diễn\s+đàn|hội\s+thảo"
                                    # (the meeting as a ceremony: "Tại buổi lễ, ...", "... tại lễ ký kết giao ước")
                                    r"|lễ\s+(?:tổng\s+kết|sơ\s+kết|ký\s+kết|ký|trao|phát\s+động))(?!\p{L})", regex.I)
_RE_STORY_TOPIC_AFTER = regex.compile(r"[ ]+về(?!\p{L})", regex.I)
_RE_JOINED_VERB_BEFORE = regex.compile(r"\svà\s+(?:(?:cũng|đã)\s+)?$")


def _roles_around(doc: Document, sent_a: int, sent_b: int, name_a: int, after: int, clause_a: int) -> dict[str, Found]:
    """Roles given by the verbs after the name+title (same clause) and by the lead of the clause; a story's verb ("kể", "tâm
    sự") in a sentence that names no meeting gives none where the sentence comes before the one stating the meeting (the story a
    feature opens on) or the verb tells of a topic ("kể về mô hình của đơn vị mình"): the person's account to the reporter."""
    out = _roles_read(doc, sent_a, sent_b, name_a, after, clause_a)
    sp = out.get("spoke")
    if sp is not None and doc.cues.lower[sp.start:sp.end] in _STORY_VERBS and _RE_AT_MEETING_WORD.search(t := doc.text, sent_a, sent_b) is None:
        ms = doc.draft.meeting_sentence
        if (ms is not None and sent_b <= ms.start) or _RE_STORY_TOPIC_AFTER.match(t, sp.end, sent_b):
            del out["spoke"]
            # (a speech's verb joined to the story's still gives the role: "ông A kể về kết quả của đơn vị và đề nghị ...")
            again = _roles_read(doc, sent_a, sent_b, name_a, sp.end, clause_a).get("spoke")
            if again is not None and doc.cues.lower[again.start:again.end] not in _STORY_VERBS \
                    and _RE_JOINED_VERB_BEFORE.search(t[max(sp.end, again.start - 12):again.start]):
                out["spoke"] = again
    return out


def _roles_read(doc: Document, sent_a: int, sent_b: int, name_a: int, after: int, clause_a: int) -> dict[str, Found]:
    """Roles given by the verbs after the name+title (same clause) and by the lead of the clause."""
    t = doc.text
    rx = _res()
    out: dict[str, Found] = {}
    # a quotation tagged with its speaker, as transcripts write it: the line opening on "ông A, T: "..."", or "..." (ông A - T)
    # (a sentence said, not an award's or a title's name granted: "- Ông A, T: "Chiến sĩ thi đua cấp tỉnh".", "nhận Cờ "Đơn vị
    # xuất sắc ..." (bà B - T)"; a quotation in brackets opens its line)
    if after < len(t) and t[after] in ":) \t" and (q := _RE_SOUNDBITE_AFTER.match(t, after, min(len(t), after + 40))) is not None \
            and (_RE_SOUNDBITE_LINE_OPENS.fullmatch(t, t.rfind("\n", 0, name_a) + 1, name_a) if q.group("colon")
                 else (tag := _RE_SOUNDBITE_TAG_OPENS.search(t, max(0, name_a - 20), name_a))) \
            and _soundbite_said(t, q, None if q.group("colon") else tag):
        out["spoke"] = Found("spoke", q.start(), q.end())
    # the verbs are read within 60 characters, so a stop further on does not matter: the search
    # ends a little past that, room for the longest stop that starts inside it
    hi = min(sent_b, after + 80)
    # (a new subject's stop, ", các đơn vị", not inside a list the person's words began: "cùng lãnh đạo các sở, các đơn vị ... đã
    # đến dự", "trao Cờ cho các đơn vị, các tập thể và phát biểu")
    stop = next((x for x in cues.match_at(_role_stop_re(), t, _role_stop_starts(doc, after, hi), after, hi)
                 if _role_stop_ok(doc, x, after) and not (x.group(0)[:1] == "," and x.group(0)[1:].lstrip()[:1].lower() in "cnmt"
                         and _RE_LIST_BEGUN.search(t, after, x.start()))), None)
    win_b = stop.start() if stop else sent_b
    win_b = min(win_b, after + 60)
    # (a clause of those who attended after a comma names its own people: "A - T chủ trì hội nghị, cùng dự có ông B"; the
    # person's verbs end before it, when one stands before it or in the lead, or an act names him its doer, "Dưới sự chủ trì
    # (điều hành) của A - T, cùng dự có ông B"; with none, he is one of those who attended with them)
    cut = None
    if win_b > after and "dự" in doc.cues.lower[after:win_b]:
        cut = _attend_clause_re().search(t, after, min(sent_b, win_b + 60))
        if cut is not None and (cut.start() >= win_b or not (_any_verb(doc, after, cut.start()) or _any_verb(doc, clause_a, name_a)
                                                             or _of_person_re().search(t, max(clause_a, name_a - 80), name_a))):
            cut = None
        if cut is not None:
            win_b = cut.start()
    # (the window's end but for its length: a stop, the clause of those who attended, or as far as a stop was looked for)
    win_hard = cut.start() if cut is not None else stop.start() if stop else hi
    cx = doc.cues
    for role, vr in (rx["verbs"].items() if win_b > after and cx.has(_V_ANY_ROLE_VERB, after, win_b, word=False) else ()):
        # (read to the sentence's end, so that the words after a verb at the window's edge are seen: "nói chung"; kept only
        # where it lies inside the window)
        m = cx.search(vr, _V_ROLE_VERBS[role], after, sent_b)
        if m and m.end() > win_b:
            # (a longer verb over the edge may hold a shorter one inside it: "đánh giá cao" -> "đánh giá")
            m = vr.match(t, m.start(), win_b) if m.start() < win_b else None
        if m and _RE_PAST_ACT.search(t, max(after, m.start() - 12), m.start()):
            continue  # "từng phát biểu": an act of an earlier time
        if m and m.start() > after and _RE_APPOSITIVE_OPENS.search(t, after, m.start()):
            continue  # "ông A, T, người đã trực tiếp chỉ đạo ...": an appositive telling of him, no act at this meeting
        if m and role == "spoke" and _RE_GIFT_BEFORE.search(t, max(after, m.start() - 16), m.start()):
            # "tặng hoa chúc mừng", "nhận hoa chúc mừng": the gift's wish, no speech (the gift shows the person there); a speech
            # verb after it is still read ("nhận hoa chúc mừng và phát biểu nhận nhiệm vụ")
            m = cx.search(vr, _V_ROLE_VERBS[role], m.end(), win_b)
            if m is None or _RE_GIFT_BEFORE.search(t, max(after, m.start() - 16), m.start()) \
                    or not cre.search(r"\svà\s+$", t[max(after, m.start() - 6):m.start()]):
                continue
        if m and m.start() > after + 1 and _RE_SAID_THAT.search(t, after + 1, m.start()):
            continue  # "cho rằng các đơn vị đã báo cáo đầy đủ": what he said, not his act
        if m and m.start() > after and _agreed_with_re().search(t, max(after, m.start() - 50), m.start()):
            continue  # "phát biểu thống nhất với báo cáo": the report agreed with, no report of his
        if m and role == "reported" and m.start() > after and doc.cues.lower[m.start():m.end()] == "báo cáo" \
                and _commented_on_re().search(t, max(after, m.start() - 50), m.start()):
            continue  # "đánh giá cao báo cáo", "góp ý vào dự thảo báo cáo": the report commented on, no report of his
        reach = win_b
        while m and (na := _RE_NOUN_ACT_BEFORE.search(t, max(after, m.start() - 10), m.start())) \
                and (of := _RE_OF_AFTER.match(t, m.end(), win_b + 40)):
            # an act named as a noun, its doer after "của": "..., với sự tham dự của các thành viên", "... và ý kiến chỉ đạo
            # của ông B", "... đã bám sát chỉ đạo của Tỉnh ủy", "theo chỉ đạo của"; only that one: the same role's verb after
            # it is still read, the noun's words not counted in the window ("tiếp thu ý kiến phát biểu của các đại biểu và kết
            # luận hội nghị", "tiếp thu ý kiến chỉ đạo của Phó Chủ tịch UBND tỉnh và phát biểu bế mạc")
            reach = min(win_hard, reach + of.end() - na.start())
            m = cx.search(vr, _V_ROLE_VERBS[role], m.end(), reach)
        if m is None:
            continue
        if m and _RE_OTHER_SUBJECT.match(t, after, m.start()):
            continue  # "dưới sự điều hành của ông A - T, các đơn vị đã báo cáo": the verb of another subject
        if m and m.start() > after and _RE_MEETING_SUBJECT.search(t, max(after, m.start() - 20), m.start()):
            continue  # "ông A điều hành Hội nghị thông qua dự thảo Quy chế": the meeting's act, not his
        # ("A đã dự lớp bồi dưỡng": an earlier attendance; "A đã đến dự", coming, or "A đã dự." / "đã dự hội nghị", this
        # meeting, is present)
        if m and not (role == "attended" and t[max(after, m.start() - 5):m.start()].strip().endswith("đã")
                      and doc.cues.lower[m.start():m.end()] not in ("đến dự", "tới dự")
                      and not _RE_THIS_MEETING_AFTER.match(t, m.end(), sent_b)):
            out.setdefault(role, Found(role, m.start(), m.end()))
    rep, sp = out.get("reported"), out.get("spoke")
    if rep is not None and sp is not None and rep.end <= sp.start and not t[rep.end:sp.start].strip():
        del out["spoke"]  # "trình bày nêu rõ", "báo cáo đánh giá kết quả": the report's content or object, no speech
    # (or the people who came with the person: "ông A - T cùng đại diện lãnh đạo Ban X ... đã đến dự")
    joined = not out and win_b - after >= 2 and _RE_COMPANIONS.match(t, after, win_b) is not None
    if not out and win_b - after >= 2 and (t[after] == "," or _RE_ACTING_AS.match(t, after, win_b) or joined) \
            and not _RE_OTHER_SUBJECT.match(t, after, win_b):
        ext = _verb_past_aside(doc, after, cut.start() if cut is not None else sent_b, joined=joined)
        # (and the verbs joined on to it: "... đã đến dự và chỉ đạo hội nghị")
        j = _RE_JOINED_VERB.match(t, ext.end, min(sent_b, ext.end + 30)) if ext is not None else None
        if ext is not None:
            out[ext.value] = ext
        for role, vr in (_res()["verbs"].items() if j is not None else ()):
            m = vr.match(t, j.end(), min(sent_b, j.end() + 20)) if role not in out else None
            if m is not None:
                out[role] = Found(role, m.start(), m.end())
    if not out and win_b > after:
        # "..., ông A trao Cờ thi đua": shown acting at the meeting (dropped at the end if a verb gives a role)
        m = doc.cues.search(rx["acting"], _V_ACTING, after, win_b)
        # (leading a delegation shows the person here only where the delegation came to the meeting: not a team sent to
        # inspect or visit, nor one to be sent, "đoàn kiểm tra chéo do A làm trưởng đoàn", "cử A làm trưởng đoàn tham quan")
        # (the team's visit may be the meeting itself, stated in its sentence: "Đoàn kiểm tra ... do A làm Trưởng đoàn đã làm
        # việc tại Cụm thi đua số 5")
        ms = doc.draft.meeting_sentence
        # (leading one, "dẫn đầu", likewise, and only a delegation: its object after, "dẫn đầu đoàn đại biểu", or the delegation
        # the sentence opens on, the person its agent after "do", "Đoàn X do bà A, Giám đốc Y dẫn đầu"; not a unit's place,
        # "bà A, Giám đốc Sở X, đơn vị dẫn đầu Cụm")
        # (nor a delegation's trip elsewhere told after the verb, not its attendance here; where "dẫn đầu" shows no delegation
        # here, the next act of the window is read, as before it was an act)
        while m and doc.cues.lower[m.start():m.end()] == "dẫn đầu" and (
                not _RE_LEADS_DELEGATION_AFTER.match(t, m.end(), sent_b)
                and not (_RE_DELEGATION_LED_BY_BEFORE.search(t, sent_a, name_a) and _RE_LED_CLAUSE_CLOSES.match(t, m.end(), sent_b))
                or (_RE_TEAM_SENT_BEFORE.search(t, sent_a, m.start()) or _RE_TRIP_AFTER.match(t, m.end(), sent_b))
                and not (ms is not None and ms.start <= m.start() < ms.end)):
            m = doc.cues.search(rx["acting"], _V_ACTING, m.end(), win_b)
        if m and doc.cues.lower[m.start():m.end()] == "làm trưởng đoàn" \
                and (_RE_TEAM_SENT_BEFORE.search(t, sent_a, m.start()) or _RE_TEAM_WORK_AFTER.match(t, m.end(), sent_b)) \
                and not (ms is not None and ms.start <= m.start() < ms.end):
            m = None
        # (taking something of this meeting, the flag, an award or the role handed over: "đón nhận Cờ luân lưu", "đón nhận nhiệm
        # vụ Cụm trưởng"; not "được người dân đón nhận", "đón nhận sự tin tưởng", nor an honour of a year opening the sentence,
        # "Năm 2023, bà A ... đã đón nhận danh hiệu ...")
        # (nor one of an earlier time told before the verb: "Trước đó, ngày 20/12, ông A ... đón nhận Cờ ...", "Được biết, năm
        # 2022, bà B ... đã đón nhận danh hiệu ...", "đã hai lần đón nhận Bằng khen"; a date or a year there only with the
        # meeting named, "Tại hội nghị", "Nhân dịp này", or in the meeting's own sentence)
        if m and doc.cues.lower[m.start():m.end()] == "đón nhận" \
                and (not _RE_WELCOMED_OF_MEETING.match(t, m.end(), sent_b) or _RE_YEAR_OPENS.match(t, sent_a, name_a)
                     or _RE_EARLIER_TIME.search(t, sent_a, m.start())
                     or _dated_outside_meeting(t, sent_a, sent_b, m.start(), ms)
                     or (_earlier_year_after(doc, m.end(), sent_b) and not _RE_AT_THIS_MEETING.search(t, sent_a, m.start())
                         and not _RE_THIS_MEETING_NAMED.search(t, sent_a, sent_b))):
            m = None
        # (a post handed over at this meeting: not by one who left it before, "ông A, nguyên Giám đốc Sở X đã nghỉ hưu từ tháng 6 và
        # bàn giao nhiệm vụ cho ông B", nor at a time told, "Trước đó, ...", nor one to come, "sẽ bàn giao nhiệm vụ ...")
        if m and doc.cues.lower[m.start():m.end()] == "bàn giao nhiệm vụ" \
                and (_RE_LEFT_POST.search(t, sent_a, m.start()) or _RE_EARLIER_TIME.search(t, sent_a, m.start())
                     or _dated_outside_meeting(t, sent_a, sent_b, m.start(), ms)):
            m = None
        # (receiving an award or the flag, "nhận Bằng khen", "nhận Cờ", likewise: not a record told in passing, "nhiều năm liền
        # nhận Bằng khen", "Năm 2023, bà A ... đã được nhận Bằng khen", "từng nhận", nor one dated before the year reviewed)
        if m and doc.cues.lower[m.start():m.end()] in _RECEIVING_ACTS \
                and (_RE_YEAR_OPENS.match(t, sent_a, name_a) or _RE_EARLIER_TIME.search(t, sent_a, m.start())
                     or (_RE_YEARS_RUNNING_BEFORE.search(t, sent_a, m.start()) and not _RE_AT_THIS_MEETING.search(t, sent_a, m.start()))
                     or ((_RE_DONE_BEFORE.search(t, max(sent_a, m.start() - 16), m.start())
                          or _earlier_year_after(doc, m.end(), sent_b))
                         and not _RE_AT_THIS_MEETING.search(t, sent_a, sent_b) and not _RE_THIS_MEETING_NAMED.search(t, sent_a, sent_b)
                         and not (ms is not None and ms.start <= m.start() < ms.end))
                     or (_dated_outside_meeting(t, sent_a, sent_b, m.start(), ms) and not _RE_THIS_MEETING_NAMED.search(t, sent_a, sent_b))):
            m = None
        # (conducting a part of this meeting, "Phần bình xét ... do A điều hành.", "A điều hành phần thảo luận"; not the year's
        # work, "đã điều hành quyết liệt công tác ...", nor a duty to come, "giao A điều hành Cụm năm 2024")
        # (the passive of a role entry "VERB OBJECT" whose verb alone is only an act: "Hội nghị do A điều hành.", its object the
        # clause's subject before "do" and the clause closing on the verb, gives the entry's role, as "A điều hành hội nghị")
        pr = _passive_role(doc, sent_a, name_a, m) if m else None
        if pr is not None:
            out.setdefault(pr, Found(pr, m.start(), m.end()))
            m = None
        if m and doc.cues.lower[m.start():m.end()] == "điều hành" \
                and not _RE_CONDUCTS_PART_AFTER.match(t, m.end(), sent_b) \
                and not (_RE_CLAUSE_ENDS_AFTER.match(t, m.end(), sent_b) and _RE_PART_DONE_BY_BEFORE.search(t, sent_a, name_a)):
            m = None
        if m and not _RE_PAST_ACT.search(t, max(after, m.start() - 12), m.start()):
            out["attended"] = Found("attended", m.start(), m.end())
    lead = t[clause_a:name_a]
    low = doc.cues.lower[clause_a:name_a]
    # the lead names the verb and a comma follows it ("Phát biểu tại hội nghị, ông ..."): both checked cheaply first
    lead_m = _RE_LEAD_VERB.match(lead) if "," in lead and any(v in low for v in _LEAD_VERBS) else None
    # ("Thông qua báo cáo tổng kết, ông A cho biết": presenting it; "Thông qua báo cáo của Cụm trưởng, ..." or "... và các ý kiến,
    # ...": through it)
    if lead_m and cre.search(r"\b(?:nghe|theo|qua)\s+(?:\p{L}+\s+){0,2}$", lead[:lead_m.start(1)], regex.I) \
            and not (cre.search(r"\bthông\s+qua\s+(?:\p{L}+\s+){0,2}$", lead[:lead_m.start(1)], regex.I)
                     and not cre.search(r"\b(?:của|và)\b", lead[lead_m.end(1):], regex.I)):
        lead_m = None  # "Sau khi nghe báo cáo ..., ông A nhấn mạnh": the listener, not the reporter
    if lead_m:
        v = lead_m.group(1).lower()
        role = next(r for r, vs in _roles().items() if v in vs)
        out.setdefault(role, Found(role, clause_a + lead_m.start(1), clause_a + lead_m.end(1)))
        sp = out.get("spoke")
        # ("đánh giá" only after the verb opening the clause: "Báo cáo tại hội nghị, ông A đánh giá ..."; not "Về báo cáo tại hội
        # nghị, ông A đánh giá báo cáo ...", a comment on it)
        content = _REPORT_CONTENT_VERBS + (("đánh giá",) if not lead[:lead_m.start(1)].strip() else ())
        if role == "reported" and sp is not None and doc.cues.lower[sp.start:sp.end] in content:
            del out["spoke"]
    if "trong" in low and "đó" in low and not lead_m:
        for role, f in _among_them_roles(doc, sent_a, clause_a, name_a).items():
            out.setdefault(role, f)
    if "của" in low or "theo" in low or "bởi" in low or "do" in low or "là" in low:
        for role, f in _noun_lead_roles(doc, clause_a, name_a, rx, far=not out).items():
            out.setdefault(role, f)
    # a verb-first clause of its own, after a comma or ";": its verb is the person's, not the sentence's lead before it
    # ("Ngày 17/12, Khối đã họp tổng kết, chủ trì hội nghị có đồng chí A; B và C"; "Về dự có A; đồng chủ trì là đồng chí B")
    vc = None
    if "có" in doc.cues.lower[sent_a:name_a] or "là" in doc.cues.lower[sent_a:name_a] or "gồm" in doc.cues.lower[sent_a:name_a]:
        for m in _verb_first_clause_re().finditer(t, sent_a, min(len(t), name_a + 40)):  # (room for its lookahead)
            if m.end() > name_a:
                break
            vc = m
    if vc is not None and not _any_verb(doc, vc.end(), name_a):
        v = vc.group("v").lower()
        role = _lead_verb_role(v)
        if role:
            out.setdefault(role, Found(role, vc.start("v"), vc.end("v")))
            return out
    sent_lead = t[sent_a:name_a]
    low_lead = doc.cues.lower[sent_a:name_a]
    # every form of the attending lead says "dự" or "về phía"
    am = rx["attend_lead"].search(sent_lead) if "dự" in low_lead or "về phía" in low_lead or "tham gia" in low_lead \
        or "có mặt" in low_lead or "đón tiếp" in low_lead else None
    if am is None and _RE_IN_DETAIL.match(t, sent_a, name_a):
        # "Tham dự hội nghị có lãnh đạo 6 trường. Cụ thể có TS. A, ...; B, ...": the list goes on the attendance before
        prev_end = t.rfind(".", max(0, sent_a - 400), sent_a)  # (the full stop that closes the sentence before)
        prev_a = max(t.rfind(".", max(0, sent_a - 400), max(0, prev_end)) + 1, t.rfind("\n", max(0, sent_a - 400), max(0, prev_end)) + 1)
        pm = rx["attend_lead"].search(t, prev_a, max(prev_a, prev_end))
        if pm and "attended" not in out:
            out["attended"] = Found("attended", pm.start(), pm.end())
    # (the lead's list ends at a ";" where the person after it has a verb of his own: "Dự hội nghị có ông A, T1; ông B, T2 chủ trì
    # hội nghị" gives B his verb's role alone, as a full stop there would)
    # (his own verb, the clause's predicate: not one inside an appositive that tells of him, ", người đã chỉ đạo ...", ", đơn vị
    # đã chủ trì ...")
    if am and t.find(";", sent_a + am.end(), name_a) >= 0 \
            and any(f.start >= after and not _RE_APPOSITIVE_OPENS.search(t, after, f.start) for f in out.values()):
        am = None
    if am and "attended" not in out:
        out["attended"] = Found("attended", sent_a + am.start(), sent_a + am.end())
    # (a list of people split by ";" is still the lead's: "Đến dự và chỉ đạo có ông A - T; bà B - T; ông C")
    if am and (t.rfind(";", sent_a, name_a) < 0
               or all(_RE_PERSON_OPENS.match(seg) for seg in t[sent_a + am.end():name_a].split(";")[1:])):
        # "Đến tham dự và chỉ đạo ... có ông X": the other verbs of the lead are his too (the lead's own clause: not "A chủ trì
        # hội nghị; dự có ông X")
        lead_a = t.rfind(";", sent_a, sent_a + am.start()) + 1 or sent_a
        # (nor the verbs of the clause before a comma that opens the attendance's own: "A chủ trì hội nghị, cùng dự có ông X")
        ac = _RE_ATTEND_CLAUSE_OPENS.search(t, lead_a, sent_a + am.start())
        if ac is not None and _attend_clause_re().match(t, ac.start(), min(sent_b, name_a + 40)):
            lead_a = ac.start() + 1
        # (the lead up to the word that opens its list: not the verbs of the first person listed, "Dự có A ... dự và chỉ đạo
        # hội nghị; Đại tá B, ...")
        opens = _RE_LIST_OPENS.search(t, sent_a + am.start(), name_a)
        own_lead = t[lead_a:opens.end() if opens is not None else name_a]
        for role in ("presided", "spoke"):
            vm = rx["verbs"][role].search(own_lead)
            # what is attended is no act of the guest's ("Tham dự (lễ) khai mạc có ..."); "dự chỉ đạo" is two acts
            if vm and vm.group(0).lower() != "chỉ đạo" and cre.search(r"\bdự\s+(?:lễ\s+|buổi\s+|phiên\s+)?$", own_lead[:vm.start()], regex.I):
                continue
            if vm and role not in out:
                out[role] = Found(role, lead_a + vm.start(), lead_a + vm.end())
    if not am and ("có" in low_lead or "là" in low_lead or "gồm" in low_lead or ":" in low_lead):
        # verb first: "Chủ trì hội nghị có ông A", "Phát biểu tại hội nghị có bà B và ông C"
        vm = _RE_VERB_FIRST.match(t, sent_a, name_a)
        if vm and _RE_BULLET_OPENS.match(t, sent_a, vm.start("v")) \
                and (_under_other_event(t, sent_a) or not vm.group(0).rstrip().endswith(":")):
            # "... tổ chức Giải bóng chuyền của Cụm, cụ thể:" then "- Chủ trì: ông A": who presides that event; and a bullet is
            # a label only with its colon ("- Báo cáo định kỳ ..., đầu mối là ông A": a task, no act of A's)
            vm = None
        # (a list parted by ";" that opens on no person is no list of people: "Tham luận tại hội nghị là của các huyện A, B;
        # ông C chủ trì"; nor is a lead of an earlier time one of this meeting: "Chủ trì hội nghị ... năm trước là bà A")
        # (nor one of a meeting to come, "Điều hành hội nghị năm sau sẽ là ông A"; and the list ends at a ";" where the person after
        # it has a verb of his own, as the attending lead's: "Điều hành hội nghị là ông A, T; bà B, T trình bày báo cáo")
        if vm and (t.find(";", vm.end(), name_a) >= 0
                   and (not _RE_LIST_OPENS_ON_PERSON.match(t, vm.end(), name_a)
                        or any(f.start >= after and not _RE_APPOSITIVE_OPENS.search(t, after, f.start) for f in out.values()))
                   or _lead_of_other_time(t, vm)):
            vm = None
        if vm and not _any_verb(doc, vm.end(), name_a):
            v = vm.group("v").lower()
            role = _lead_verb_role(v)
            if role:
                out.setdefault(role, Found(role, vm.start("v"), vm.end("v")))
    return out


# the people of a plural named after it, as some among them: ", trong đó có ông A" (an honorific, a rank or degree between)
_RE_AMONG_THEM = regex.compile(r",\s*trong\s+(?:đó|số\s+đó|số\s+này)\s*,?\s*(?:có|gồm|là)\s*:?\s*(?:[\p{L}.]+\s*,?\s*){0,4}$", regex.I)
# a listener's verb before the act heard: "nghe báo cáo", "theo dõi phần trình bày"
_RE_HEARD = regex.compile(r"(?<!\p{L})(?:nghe|theo\s+dõi|qua)\s+(?:\p{L}+\s+){0,2}$", regex.I)


# a speech verb that also proposes, and a commendation as its object: the award's verb a few words after it (the one asked to
# give it between, "đề xuất UBND tỉnh tặng Bằng khen"), the recipients counted or named as a plural after it ("khen thưởng cho
# 03 cá nhân", "tặng Bằng khen cho các tập thể"); read in the stretch after the verb, no comma between
_PROPOSAL_VERBS = frozenset(("đề nghị", "đề xuất", "kiến nghị"))
_RE_COMMENDATION_PROPOSED = regex.compile(
    r"[ ]+(?:[\p{L}\d]+[ ]+){0,5}?(?P<award>khen\s+thưởng|(?:truy\s+|xét\s+)?tặng|trao(?!\s+đổi(?!\p{L}))|công\s+nhận)(?!\p{L})"
    r"[^,;.:!?]{0,60}?(?<!\p{L})(?:cho\s+)?(?:\d{1,3}|các|những|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+"
    r"(?:tập\s+thể|cá\s+nhân|đơn\s+vị|đồng\s+chí|cán\s+bộ)(?!\p{L})", regex.I)
# (the work or the rules of commendation as the topic, not a commendation: "nâng cao chất lượng công tác khen thưởng", "sửa
# đổi tiêu chí xét tặng", "đổi mới hình thức khen thưởng")
_RE_COMMENDATION_TOPIC = regex.compile(r"(?<!\p{L})(?:công\s+tác|chất\s+lượng|tiêu\s+chí|hình\s+thức|việc|chế\s+độ|chính\s+sách"
                                       r"|quy\s+trình|thủ\s+tục|thi\s+đua)(?!\p{L})", regex.I)


def _proposes_commendation(t: str, sent_a: int, verb: "regex.Match", end: int) -> bool:
    """The proposal verb ``verb`` has a commendation of those counted after it as its object ("Cụm đề nghị khen thưởng cho 03
    cá nhân"), and the plural before it did not speak first ("Các đại biểu phát biểu, kiến nghị ...": their words)."""
    if verb.group(0).lower() not in _PROPOSAL_VERBS:
        return False
    pm = _RE_COMMENDATION_PROPOSED.match(t, verb.end(), end)
    if pm is None or _RE_COMMENDATION_TOPIC.search(t, verb.end(), pm.start("award")):
        return False
    return _res()["verbs"]["spoke"].search(t, sent_a, verb.start()) is None


def _among_them_roles(doc: Document, sent_a: int, clause_a: int, name_a: int) -> dict[str, Found]:
    """The role of a plural that "trong đó có" names some of ("đại biểu các đơn vị đã phát biểu tham luận, trong đó có ông A,
    T1, bà B, T2"): the last role verb of the sentence before it is theirs (not a listener's act, "nghe báo cáo", nor the act
    of a person named before it, "ông A chủ trì hội nghị, với 30 đại biểu, trong đó có ông B")."""
    t = doc.text
    am = _RE_AMONG_THEM.search(t, max(clause_a, name_a - 60), name_a)
    if am is None:
        return {}
    best = None
    for role, vr in _res()["verbs"].items():
        for m in vr.finditer(t, sent_a, am.start()):
            if best is None or m.start() > best[1].start():
                best = (role, m)
    if best is None or _RE_HEARD.search(t, max(sent_a, best[1].start() - 30), best[1].start()) \
            or _RE_ANY_HON.search(t, sent_a, best[1].start()):
        return {}
    # (nor a proposal whose object is a commendation: "Khối đề nghị khen thưởng 3 cá nhân, trong đó có bà A": those among
    # them are the ones proposed, the proposal the cluster's)
    if _proposes_commendation(t, sent_a, best[1], am.start()):
        return {}
    # (those who spoke, contributed or attended; a plural that presided or reported did so at the meeting only when the
    # sentence says so, "Tại hội nghị, 6 đơn vị đã trình bày báo cáo, trong đó có ..."; else it is other work told in passing:
    # "các đoàn kiểm tra do lãnh đạo các đơn vị chủ trì, trong đó có bà A", "các đơn vị đã báo cáo ..., trong đó có ông B")
    if best[0] not in ("spoke", "attended") and best[1].group(0).lower() != "tham luận" \
            and not cre.search(r"\b(?:tại|trong)\s+(?:hội nghị|buổi|cuộc họp)\b", t[sent_a:am.start()], regex.I):
        return {}
    return {best[0]: Found(best[0], best[1].start(), best[1].end())}


# (the "có" before a person, not "có ý kiến chỉ đạo")
# (a list that opens on a person: an honorific, or a capital, a name or a degree)
_RE_LIST_OPENS_ON_PERSON = regex.compile(r"\s*:?\s*(?:(?:các\s+)?(?:đồng chí|ông|bà|đ/c)(?!\p{L})|(?-i:\p{Lu}))", regex.I)
_RE_LIST_OPENS = regex.compile(r"(?<!\p{L})(?:có|gồm)\s+(?:các\s+)?(?=(?:đồng chí|ông|bà|đ/c)\s|(?-i:\p{Lu}))|:", regex.I)
_RE_ASIDE_HAS_SUBJECT = regex.compile(r"\b(?:trong đó|nghe|để|do|khi)\b", regex.I)
_RE_JOINED_VERB = regex.compile(r"\s*(?:,|\s(?:và|rồi))\s*", regex.I)
# (or those the person leads a delegation with, however named: "ông A, T dẫn đầu cùng Chủ tịch Công đoàn và Bí thư Đoàn trường đã
# tham dự")
_RE_COMPANIONS = regex.compile(r"\s+(?:cùng\s+(?:các\s+)?|và\s+)(?:đại\s+diện\s+|lãnh\s+đạo\s+)|\s+cùng\s+các\s+"
                               r"|\s+dẫn\s+đầu(?:\s+đoàn)?\s+cùng\s+", regex.I)
_RE_GIFT_BEFORE = regex.compile(r"\b(?:tặng|nhận)\s+(?:hoa|quà)\s+$", regex.I)
_RE_DOER_OF_NOUN = regex.compile(r"\b(?:của|bởi)\s*$", regex.I)

_RE_OF_AFTER = regex.compile(r"(?:\s+\p{L}+){0,3}?\s+của\b", regex.I)
# what makes the act after it a noun (another's act, its doer after "của"): "bám sát chỉ đạo của", "theo chỉ đạo của"
_RE_NOUN_ACT_BEFORE = regex.compile(r"(?<!\p{L})(?:sự|ý\s+kiến|bám\s+sát|theo)\s+$", regex.I)
_RE_MEETING_SUBJECT = regex.compile(r"(?<!\p{L})hội nghị\s+(?:đã\s+)?$", regex.I)
# (or a profession's word for the person: "; nhà báo Trương Văn A - ...", "; NSND B")
# (or a military rank, or a name alone before its title's dash: "; Thiếu tướng B - T", "; Phan Văn C - T")
# (or a capitalised position, its holder's name after it: "; Phó Bí thư Tỉnh ủy B; Chủ tịch MTTQ tỉnh C")
_RE_PERSON_OPENS = regex.compile(r"\s*(?:và\s+)?(?:(?:ông|bà|đồng chí|đ/c|nhà\s+(?:báo|giáo|văn|thơ)|nghệ\s+sĩ|(?-i:NSND|NSƯT|NGND|NGƯT)|"
                                 + _ranks() + r")(?:\s+(?-i:\p{Lu})|\s*$)|(?-i:\p{Lu}\p{Ll}*)(?:\s+(?-i:\p{Lu}\p{Ll}*)){1,3}\s*[-–]\s|$"
                                 r"|(?=(?-i:\p{Lu}))(?:" + _positions() + r")\s)", regex.I)
# the lead verb first ("(đồng) chủ trì hội nghị"), in both forms below
# (the plural of those who act before it: "Các đồng chí chủ trì hội nghị: A, ...; B, ...")
# (and a witness: "Chứng kiến lễ ký kết có ông A", attended)
def _lead_verb_role(v: str) -> str | None:
    """The role a verb-first lead gives the people after it: its role verb's, or attended for an act that shows them there
    ("Chứng kiến lễ ký kết có ông A")."""
    return next((r for r, vs in _roles().items() if v in vs), "attended" if v in _acting() else None)


# (the "part" of those present who act: "Thành phần chủ trì gồm: A, T1 và B, T2")
# (a list's bullet may open the line: "- Chủ trì: Bà A, T")
# (and the verbs roles.json "_verb_first" adds: "Tham luận tại hội nghị có ...", "Điều hành hội nghị là ...", "Chứng kiến ... có")
_VERB_FIRST_HEAD = r"\s*(?:[-–•+]\s*)?(?:(?:các\s+)?đồng\s+chí\s+|thành\s+phần\s+)?(?:(?:cùng|đồng)\s+)?(?P<v>" \
    + "|".join(sorted(set(_LEAD_VERBS + tuple(lexicon.table("roles.json")["_verb_first"])), key=len, reverse=True)) + r")(?!\p{L})"
# (the bullet of such a line, and the lead of a list about another event than the meeting, "Hội nghị thống nhất tổ chức Giải bóng
# chuyền hơi của Cụm vào tháng 3, cụ thể:", not one that holds the meeting, "Khối ... tổ chức Hội nghị sơ kết ...")
_RE_BULLET_OPENS = regex.compile(r"\s*[-–•+]")
_RE_HOLDS_MEETING = regex.compile(r"\b(?:tổ chức|đăng cai)\s+(?:các\s+)?(?:hội nghị|cuộc họp|buổi họp|phiên họp)(?!\p{L})", regex.I)
_RE_HOLDS_EVENT = regex.compile(r"\b(?:tổ chức|đăng cai)\s+(?!(?:các\s+)?(?:hội nghị|cuộc họp|buổi họp|phiên họp)(?!\p{L}))\p{L}", regex.I)


def _under_other_event(t: str, a: int) -> bool:
    """The bulleted line at ``a`` is in a list whose lead (the first line above it that is no bullet, at most 12 lines up) holds
    another event than the meeting, and not the meeting itself."""
    end = t.rfind("\n", 0, a)
    for _ in range(12):
        if end <= 0:
            return False
        start = t.rfind("\n", 0, end) + 1
        line = t[start:end]
        if line.strip() and not _RE_BULLET_OPENS.match(line):
            return _RE_HOLDS_EVENT.search(line) is not None and _RE_HOLDS_MEETING.search(line) is None
        end = start - 1
    return False


_RE_VERB_FIRST = regex.compile(_VERB_FIRST_HEAD + r"(?:[^.;:]{0,80}?(?<!\p{L})(?:có|là|gồm)(?!\p{L})|(?:\s+\p{L}+){0,3}?\s*:)", regex.I)

# (opening a clause after a comma, its "có/là/gồm" right before an honorific: not "..., báo cáo nêu rõ các đơn vị đã có nhiều
# cố gắng", nor "..., báo cáo cho thấy các đơn vị có mô hình hay là UBND huyện A")
@lru_cache(maxsize=None)
def _verb_first_clause_re():
    # (its "có/là/gồm" right before an honorific, a rank or a position: a person follows)
    return regex.compile(r"(?<=[,;])" + _VERB_FIRST_HEAD + r"[^.;:,]{0,60}?(?<!\p{L})(?:có|là|gồm)"
                         r"(?!\p{L})\s*:?\s*(?=(?:các\s+)?(?:đồng chí|ông|bà|đ/c)\s|(?:" + _ranks() + r")\s+(?-i:\p{Lu})|(?:" + _positions() + r")\s)", regex.I)


# a clause of its own after a comma, opened by the attending verb and the list of those who attended: "..., cùng dự có
# đồng chí B", ", tham dự hội nghị có ông C" (a person follows)
@lru_cache(maxsize=None)
def _attend_clause_re():
    return regex.compile(r",\s*(?:(?:cùng|còn|về|đến|tới)\s+){0,2}(?:tham\s+)?dự(?:\s+(?:hội\s+nghị|buổi\s+(?:lễ|họp)|lễ))?"
                         r"\s+(?:(?:còn|cũng)\s+)?có(?!\p{L})\s*:?\s*(?=(?:các\s+)?(?:đồng chí|ông|bà|đ/c)\s|(?:" + _ranks()
                         + r")\s+(?-i:\p{Lu})|(?:" + _positions() + r")\s)", regex.I)


# what stands between the comma that opens such a clause and its "dự"
_RE_ATTEND_CLAUSE_OPENS = regex.compile(r",\s*(?:(?:cùng|còn|về|đến|tới)\s+){0,2}$", regex.I)


def _any_verb(doc: Document, a: int, b: int) -> bool:
    """A role verb in t[a:b] (the lead of a later person names his own act)."""
    return b > a and any(doc.cues.search(vr, _V_ROLE_VERBS[r], a, b) for r, vr in _res()["verbs"].items())


# what opens reported speech inside the window of a person's verbs
_RE_SAID_THAT = regex.compile(r"(?<!\p{L})(?:rằng|cho biết|nói)(?!\p{L})|[:\"“”]", regex.I)
# what may follow "đã dự" when it is this meeting's: the clause's end, another verb, the meeting ("đã dự.", "đã dự hội nghị")
_RE_THIS_MEETING_AFTER = regex.compile(r"\s*(?:[.;,]|$|(?:và|cùng)\s|(?:hội nghị|buổi|lễ|phiên)(?!\p{L}))", regex.I)
# what is taken ("đón nhận") at a meeting: the flag, an award, the role handed over
_RE_WELCOMED_OF_MEETING = regex.compile(r"\s+(?:(?:cờ|bằng khen|giấy khen|huân chương|huy chương|kỷ niệm chương|danh hiệu|cúp|nhiệm vụ|vai trò"
                                        r"|trách nhiệm|quyết định)(?!\p{L})|(?:cụm|khối)\s+(?:trưởng|phó)(?!\p{L})"
                                        r"|(?:trưởng|phó)\s+(?:cụm|khối)(?!\p{L}))", regex.I)
# a year opening the sentence: "Năm 2023, ...", "Trong năm 2023 ..."
_RE_YEAR_OPENS = regex.compile(r"\s*(?:trong\s+)?năm\s+(?:19|20)\d{2}(?!\d)", regex.I)
# an earlier time told before a verb: "Trước đó, ...", "Được biết, ...", "đã hai lần", "nhiều lần", "từng"
_RE_EARLIER_TIME = regex.compile(r"(?<!\p{L})(?:trước\s+đó|được\s+biết|từng|năm\s+(?:ngoái|trước)"
                                 r"|(?:hai|ba|bốn|năm|nhiều|\d{1,2})\s+lần)(?!\p{L})", regex.I)
# a date, or a year opening a clause, before the verb ("Được biết, năm 2022, bà B ..."): not a year in a role title, "Thay mặt
# đơn vị Khối trưởng năm 2025, đồng chí A ... đón nhận Cờ luân lưu", "ông A, ..., đơn vị Cụm trưởng năm 2025 đón nhận ..."
_RE_DATE_OR_CLAUSE_YEAR = regex.compile(r"(?<![\d/])\d{1,2}\s*/\s*\d{1,2}(?!\d)|(?<!\p{L})(?:ngày|tháng)\s+\d{1,2}(?!\d)"
                                        r"|(?<=[,;:(]\s*)(?:trong\s+)?năm\s+(?:19|20)\d{2}(?!\d)"
                                        # (a year told as a time anywhere: "Cũng trong năm 2024, ông A ...", "Đầu năm 2024,
                                        # ...", "bà B, ..., vào năm 2023 đã đón nhận"; or written right before the verb
                                        # after a unit, not after a cluster's role: "Giám đốc Sở X năm 2023 đã đón nhận")
                                        r"|(?<!\p{L})(?:(?:cũng\s+)?trong|đầu|cuối|giữa|vào)\s+năm\s+(?:19|20)\d{2}(?!\d)"
                                        # (searched up to the verb: "$" stands right before it)
                                        r"|(?<!(?:trưởng|phó|cụm|khối)\s+)(?<!\p{L})năm\s+(?:19|20)\d{2}\s+(?:đã\s+)?(?:vinh\s+dự\s+)?$",
                                        regex.I)
# the acting verbs of receiving an award or the flag (roles.json "_acting"), and what tells them a record: years running before
# them ("nhiều năm liền", "3 năm liên tục"), "đã được" right before them
def _dated_outside_meeting(t: str, sent_a: int, sent_b: int, at: int, ms) -> bool:
    """A date or a year before the act at ``at`` in its sentence, the meeting neither named there ("Tại hội nghị", "Dịp
    này") nor stated by the sentence ``ms``: an act of another time ("Ngày 20/12/2023, ông A đón nhận ...")."""
    return _RE_DATE_OR_CLAUSE_YEAR.search(t, sent_a, at) is not None and not _RE_AT_THIS_MEETING.search(t, sent_a, sent_b) \
        and not (ms is not None and ms.start <= at < ms.end)


_RECEIVING_ACTS = frozenset(("nhận cờ", "nhận bằng khen", "nhận giấy khen"))
_RE_YEARS_RUNNING_BEFORE = regex.compile(r"(?<!\p{L})(?:\d{1,2}|hai|ba|bốn|năm|sáu|nhiều)\s+năm\s+(?:liền|liên\s+tục|liên\s+tiếp)(?!\p{L})", regex.I)
_RE_DONE_BEFORE = regex.compile(r"(?<!\p{L})đã\s+(?:từng\s+)?được\s+$", regex.I)
# (after the object only "này" names this meeting: "... tại Hội nghị tổng kết của Bộ vào tháng 12/2023" is another's)
_RE_THIS_MEETING_NAMED = regex.compile(r"(?<!\p{L})(?:hội\s+nghị|buổi\s+lễ|lễ|dịp)\s+này(?!\p{L})", regex.I)


def _earlier_year_after(doc: Document, a: int, b: int) -> bool:
    """The object taken ("đón nhận") is dated after it, in its clause, before the year the meeting reviews: an earlier honour,
    "đã đón nhận Huân chương Lao động hạng Ba năm 2020", "... vào tháng 12/2023" at the review of 2024 (the latest year of a
    stretch, "giai đoạn 2020 - 2025"; any year where the period is not known)."""
    e = cre.search(r"[,;]", doc.text[a:b])
    years = [int(y.group(0)) for y in RE_YEAR.finditer(doc.text, a, a + e.start() if e else b)]
    if not years:
        return False
    per = doc.draft.scalars.get("meeting.period")
    year = per.value.get("year") if per is not None and isinstance(per.value, dict) else None
    return year is None or max(years) < year


# the meeting named as the time of an act: "Tại hội nghị", "tại buổi lễ", "Nhân dịp này", "Trong dịp này"
_RE_AT_THIS_MEETING = regex.compile(r"(?<!\p{L})(?:tại\s+(?:hội\s+nghị|buổi\s+lễ|lễ)|dịp\s+này)(?!\p{L})", regex.I)
# one who has left his post, or will hand it over later: "nguyên Giám đốc Sở X", "đã nghỉ hưu", "sẽ bàn giao"
_RE_LEFT_POST = regex.compile(r"(?<!\p{L})(?<!(?<!\p{L})tài\s)(?-i:nguyên)\s+(?=(?-i:\p{Lu})|(?:giám|chủ|phó|bí|trưởng|chánh|hiệu)\s)"
                           r"|(?<!\p{L})(?:nghỉ\s+hưu|nghỉ\s+chế\s+độ|chuyển\s+công\s+tác)(?!\p{L})|(?<!\p{L})sẽ\s+$", regex.I)
# an act of an earlier time: "từng phát biểu", "đã từng chủ trì"
_RE_PAST_ACT = regex.compile(r"(?<!\p{L})từng\s+$", regex.I)
# an appositive after a person's title that tells of him (what he or his unit did before), not his act at the meeting:
# "ông A, T, người đã trực tiếp chỉ đạo ...", "bà B, T, đơn vị đã chủ trì ...", "..., nơi đã tổ chức ..."
_RE_APPOSITIVE_OPENS = regex.compile(r",\s*(?:là\s+)?(?:người|đơn\s+vị|cơ\s+quan|nơi)(?:\s+\p{Ll}+){0,2}?\s+(?:đã|từng|vừa)(?!\p{L})",
                                     regex.I)
# "X làm Trưởng đoàn ... cùng tham dự": the person acts as something, the verb follows
_RE_ACTING_AS = regex.compile(r"\s+(?:làm|là)\s+(?-i:\p{Lu})", regex.I)
# what may open the verb that comes after an aside: "..., cùng lãnh đạo các sở đã dự", "..., sau khi ... đã phát biểu"
_RE_AFTER_ASIDE = regex.compile(r"(?:(?<!\p{L})(?:đã|cùng|cũng|đều|về|đến|tới|và)\s+|,\s*)$", regex.I)
# a report of what someone said or thought: the verbs after it are not the person's acts at the meeting
_RE_REPORTED_SPEECH = regex.compile(r"(?<!\p{L})(?:rằng|là|cho biết|nói)(?!\p{L})|[:\"“”]", regex.I)
#: how far past an aside the verb of the person's clause is looked for
_ASIDE_REACH = 220


def _verb_past_aside(doc: Document, after: int, sent_b: int, joined: bool = False) -> Found | None:
    """The verb of a person whose title is followed by an aside ("Ông A, Giám đốc Sở X, sau khi
    tổng hợp ý kiến của các đơn vị, đã phát biểu bế mạc"; "đồng chí A, Chủ tịch Hội X, đại biểu ...
    cùng Thường trực các đơn vị đã về dự"): the first role verb of the clause, before the next
    person's honorific, opened by a comma or by "đã", "cùng"...; never past reported speech. ``joined``: the aside is
    the people who came with the person ("ông A - T và lãnh đạo Sở X đồng chủ trì"), the verb of both, however opened."""
    t = doc.text
    hi = min(sent_b, after + _ASIDE_REACH)
    stop = next((x for x in cues.match_at(_role_stop_re(), t, _role_stop_starts(doc, after, hi), after, hi)
                 if _role_stop_ok(doc, x, after)), None)
    win_b = stop.start() if stop else hi
    rx = _res()
    best = None
    for role, vr in rx["verbs"].items():
        m = doc.cues.search(vr, _V_ROLE_VERBS[role], after + 1, win_b)
        if m and (best is None or m.start() < best[1].start()):
            best = (role, m)
    if best is None:
        return None
    role, m = best
    # (after the companions' unit the verb needs no opening word, only no other subject or act between: "... và lãnh đạo
    # Ủy ban X đồng chủ trì")
    if not _RE_AFTER_ASIDE.search(t, max(after, m.start() - 8), m.start()) \
            and (not joined or _RE_ASIDE_HAS_SUBJECT.search(t, after, m.start())):
        return None
    if _RE_PAST_ACT.search(t, max(after, m.start() - 12), m.start()) or _RE_REPORTED_SPEECH.search(t, after, m.start()):
        return None
    if _RE_APPOSITIVE_OPENS.search(t, after, m.start()):
        return None  # "bà A, T, người đã chủ trì hoạt động của Cụm năm 2022": what she did before, no act at this meeting
    return Found(role, m.start(), m.end())


_HON_OPT = r"(?:(?:ông|bà|đồng chí|đ/c|thầy|cô|anh|chị)\s+)?"
# the cluster role a person stands for, written before the name: "dưới sự chủ trì của đại diện Cụm trưởng - Ông X"
# (the cluster named after the role, "đại diện Cụm trưởng Cụm thi đua số 3 - Ông X"; or "là" before the person)
_FOR_ROLE_OPT = (r"(?:(?:đại\s+diện|thay\s+mặt)\s+(?:cho\s+)?(?:lãnh\s+đạo\s+)?(?:đơn\s+vị\s+)?(?:" + ROLE_WORDS + r")"
                 r"(?:\s+(?:cụm|khối)(?:\s+thi\s+đua)?(?:\s+số)?\s+(?:\d{1,2}|[IVX]{1,5}))?\s*(?:[-–,]|\s(?:là))\s*)?")
# the act written as a noun whose doer follows: "dưới sự chủ trì của ông X", "phát biểu khai mạc của bà Y"
# (a degree or rank may stand before the name: "có sự tham dự của PGS.TS X")
@lru_cache(maxsize=None)
def _of_person_re():
    # (or the agent of a passive: "Hội nghị được chủ trì bởi đồng chí X")
    # (or the author of a report: "Báo cáo ... do đồng chí X, Giám đốc Sở Y")
    return regex.compile(r"(?<!\p{L})(?:của|bởi|do)\s+" + _FOR_ROLE_OPT + _HON_OPT + r"(?:(?:" + _ranks() + r")\s*,?\s*){0,3}$", regex.I)
# "Theo ông X, ...": what follows is his statement
# (after the paper's tag that opens the lead: "(TTXVN) - Theo Phó Chủ tịch X Nguyễn Văn A, ..."; a position written
# before the name is no part of the lead; a rank or degree may stand for the honorific or after it: "Theo đại tá X",
# "Theo Thượng tá, TS X")
@lru_cache(maxsize=None)
def _according_to_re():
    # (or a sentence that points back at the quote before it: "“...”. Đó là lời ông X", "Đây là chia sẻ của bà Y")
    return regex.compile(r"\s*(?:(?:\([^()\n]{1,20}\)\s*[-–]\s*)?theo\s+|(?:đó|đây)\s+(?:cũng\s+)?(?:chính\s+)?là\s+(?:những\s+)?"
                         r"(?:lời(?:\s+(?:chia\s+sẻ|tâm\s+sự|phát\s+biểu|khẳng\s+định|nhắn\s+nhủ))?|(?:chia\s+sẻ|tâm\s+sự))\s+(?:của\s+)?)"
                         + _HON_OPT + r"(?:(?:" + _ranks() + r")\s*,?\s*){0,3}$", regex.I)
# an act of someone else's, earlier, that the meeting carries out: "theo chỉ đạo của", "thực hiện sự chỉ đạo của"
_RE_EARLIER_ACT = regex.compile(r"(?<!\p{L})(?:theo|thực hiện|quán triệt|triển khai)\s+(?:\p{L}+\s+){0,2}$", regex.I)


@lru_cache(maxsize=None)
def _noun_acts() -> dict[str, tuple]:
    """lexicons/roles.json "_noun_acts": per role, the patterns of acts written as a noun before "của"."""
    table = lexicon.table("roles.json").get("_noun_acts", {})
    return {r: (regex.compile(r"(?<!\p{L})(?:" + trie_alternation(vs) + r")(?!\p{L})", regex.I),) for r, vs in table.items()}


_RE_OF_LIST = regex.compile(r"(?<!\p{L})của\s+(?=" + _FOR_ROLE_OPT + r"(?:đồng chí|ông|bà|đ/c)\s+\p{Lu})", regex.I)
# what stands between the noun of an act and a later person of its list: people with their titles (no verb of a
# clause: the act is not shared past one)
_RE_LISTED_SINCE = regex.compile(r"(?:(?!\b(?:đã|đang|sẽ|được|phát biểu|báo cáo|trình bày|chủ trì|chỉ đạo|kết luận|cho biết)\b)[^.;:])*"
                                 r"(?:,|\svà)\s*" + _FOR_ROLE_OPT + r"(?:(?:đồng chí|ông|bà|đ/c)\s+)?$", regex.I)


def _noun_lead_roles(doc: Document, clause_a: int, name_a: int, rx, far: bool = False) -> dict[str, Found]:
    """Roles the lead of the person's clause gives as nouns (``... của ông X``) or by ``Theo ông X``; ``far``: the
    person has no verb of his own, and may be a later one of a long list after the noun."""
    t = doc.text
    out: dict[str, Found] = {}
    a = max(clause_a, name_a - 90)
    if _according_to_re().match(t, clause_a, name_a):
        out["spoke"] = Found("spoke", clause_a, clause_a + 4)
        return out
    of = _of_person_re().search(t, a, name_a)
    if not of and far and name_a - clause_a > 90:
        # a long list after the act's noun ("với sự tham dự của đồng chí A – T1, đồng chí B – T2, ..., đồng chí E"):
        # the people listed after it, and nothing but them and their titles, share it
        of = None
        for of in _RE_OF_LIST.finditer(t, clause_a, name_a):  # (the last one before the name)
            pass
        if of is not None and (not _RE_LISTED_SINCE.fullmatch(t, of.end(), name_a) or ";" in t[of.end():name_a]):
            of = None
        a = clause_a
    if not of:
        return out
    # ("do" names the author of a report only: "hội nghị do A chủ trì" leaves the acts before it to their own subject;
    # not the agent of a role, nor a cause: "của các đơn vị do ông A làm Cụm trưởng", "do ông A bận công tác")
    by_do = of.group(0)[:2].lower() == "do"
    if by_do and _RE_DO_NOT_AUTHOR.match(t, name_a, min(len(t), name_a + 120)):
        return out
    roles = ("reported",) if by_do else ("presided", "reported", "spoke", "attended")
    hits = []
    for role in roles:
        for vr in (rx["verbs"][role], *_noun_acts().get(role, ())):
            for m in vr.finditer(t, a, of.start()):
                # ("Theo báo cáo ... do ông X": the report X gave, not an earlier act carried out)
                if role == "reported" or not _RE_EARLIER_ACT.search(t, a, m.start()):
                    hits.append((m.start(), m.end(), role))
    # the act named just before "của", with the acts joined to it ("sự chủ trì và chỉ đạo của"); an
    # earlier one names something else ("Đơn vị chủ trì Hội nghị có sự tham dự của X": X attended)
    hits.sort()
    keep = hits[-1:]
    for h in reversed(hits[:-1]):
        if cre.fullmatch(r"\s*(?:,|và)?\s*", t[h[1]:keep[-1][0]]) is None:
            break
        keep.append(h)
    for st, en, role in sorted(keep):
        out.setdefault(role, Found(role, st, en))
    return out


#: more people than any report names; past it the text is not an article, and work stays bounded
MAX_PEOPLE = 100


def _positions_agree(a: Found | None, b: Found | None) -> bool:
    """Two positions written with one person's name (or none with one of them): the same, folded, or one the leading words of
    the other ("Phó Giám đốc Sở" / "Phó Giám đốc Sở Y tế")."""
    if a is None or b is None:
        return True
    x, y = sorted((fold(a.value), fold(b.value)), key=len)
    return y == x or y.startswith(x + " ") or y.startswith(x + ",")


def _add(doc: Document, people: dict[str, PersonDraft], order: list[str], name: Found, hon: Found | None,
         title: Found | None, roles: dict[str, Found], hon_open: set[str] | None = None, bare_coord: bool = False) -> None:
    """``hon_open``: the keys of people first named bare as the second of a coordinated subject ("Ông A và B phát biểu"), whose
    honorific the next mention that writes one before the name gives ("Bà B, T đề nghị ..."); ``bare_coord``: this mention is one."""
    k = name_key(name.value)
    p = people.get(k)
    if p is None:
        # names that differ only in diacritics are two people (Hùng / Hưng) where both mentions write positions that differ;
        # else one mention lost a mark: the same position ("đồng chí A Sau, Phó Giám đốc Công an tỉnh" ... "A Sáu, Phó Giám
        # đốc Công an tỉnh"), one shorter than the other ("..., Phó Giám đốc Sở"), or none with one of them ("ông A Bao" after
        # "ông A Bảo, Phó Giám đốc Sở B")
        fk = fold(name.value)
        same = [q for q in people.values() if fold(q.name.value) == fk]
        if title is not None:
            p = next((q for q in same if q.title is not None and fold(q.title.value) == fold(title.value)), None)
        if p is None:
            fit = [q for q in same if _positions_agree(q.title, title)]
            p = fit[0] if len(fit) == 1 else None
    if p is None:
        # a person named again by the last two words of the name ("bà Hoài Thu" after "bà Trần Thị Hoài Thu"): the same one
        p = _named_before_in_full(people, order, name.value, hon, title)
    if p is None:
        if len(order) >= MAX_PEOPLE:
            doc.warn("too_many_people", "people", f"too many names; only the first {MAX_PEOPLE} were kept")
            return
        p = PersonDraft(name=name, honorific=hon, title=title, roles=dict(roles))
        people[k] = p
        order.append(k)
        if bare_coord and hon is None and hon_open is not None:
            hon_open.add(k)
        return
    if p.title is None and title is not None:
        p.title = title
    elif title is not None and p.title.end <= p.name.start and title.end <= name.start \
            and fold(title.value).startswith(fold(p.title.value) + " ") and title.value[len(p.title.value):].lstrip()[:1].isupper():
        # the same position written before the name again, now with its unit ("Thứ trưởng A" in the headline, "Thứ trưởng
        # Bộ X A" in the body): the fullest is the title (annotation.md)
        p.title = title
    elif title is not None and p.title.end <= p.name.start and title.start >= name.end and _RE_PLURAL_TITLE_BEFORE.search(
            doc.text, max(0, p.title.start - 12), p.title.start) and fold(title.value).startswith(fold(p.title.value) + " "):
        # the position a plural list gave ("các Phó Giám đốc Sở: A, B"), written again after the name with its unit ("A,
        # Phó Giám đốc Sở Nội vụ"): the fullest is the title (annotation.md)
        p.title = title
    if p.honorific is None and hon is not None and (not p.roles or hon_open is not None and name_key(p.name.value) in hon_open):
        p.honorific = hon
    if hon is not None and hon_open:
        hon_open.discard(name_key(p.name.value))  # (the first honorific written before the name is his)
    for r, f in roles.items():
        _merge_role(doc.text, p.roles, r, f)


@lru_cache(maxsize=None)
def _acting_folded() -> frozenset[str]:
    return frozenset(fold(v) for v in _acting())


def _merge_role(t: str, roles: dict[str, Found], r: str, f: Found) -> None:
    """Adds the role another mention of a person gives; an attendance only shown by an act ("trao Cờ ...") gives way to
    one a verb states ("A dự và chỉ đạo hội nghị"), which the act does not cancel at the end (annotation.md)."""
    old = roles.get(r)
    if old is not None and r == "attended" and fold(t[old.start:old.end]) in _acting_folded() \
            and fold(t[f.start:f.end]) not in _acting_folded():
        roles[r] = f
    else:
        roles.setdefault(r, f)


def _read_bare_names(doc: Document, nm, end: int, taken: list, found: list, member_keys: set, title: Found | None) -> None:
    """The names of a list read bare, from the match ``nm`` of its first one on ("A, B và C"; _res' plural_next for the
    next ones), each with ``title``: added to ``found`` (and ``taken``) until a name is bad, read already or a member."""
    t = doc.text
    while nm is not None and len(found) < MAX_PEOPLE:
        na = nm.start("name")
        nb = _trim_name(doc, na, nm.end("name"))
        if nb < 0 or any(x <= na < y for x, y in taken) or _bad_name(doc, t[na:nb], na) or fold(t[na:nb]) in member_keys:
            break
        taken.append((na, nb))
        found.append((na, nb, None, True, title))
        nm = _res()["plural_next"].match(t, nb, end)


# a position of the head of a kind of place, its name left out ("Chủ tịch UBND phường")
_RE_PLACE_KIND_END_TITLE = regex.compile(r"(?<!\p{L})(?:xã|phường|thị trấn|quận|huyện|thị xã|thành phố)$", regex.I)
_RE_PLURAL_TITLE_BEFORE = regex.compile(r"(?<!\p{L})các\s+(?:đồng chí\s+)?$", regex.I)


_RE_GIVEN_OPENER_WORD = regex.compile(r"(?-i:[HK][’']\p{Lu}\p{Ll}+)")


def _given_first_opener(words: list[str]) -> bool:
    """One or two words that open with the given name of a name of the Central Highlands: a men's "Y" and one word more
    ("Y Blô"), or a word of "H’"/"K’" ("H’Bơn", "K’Brel") alone or with one more."""
    if not 1 <= len(words) <= 2:
        return False
    if _RE_GIVEN_OPENER_WORD.fullmatch(words[0]):
        return True
    return len(words) == 2 and words[0] == "Y"


def _named_before_in_full(people: dict[str, PersonDraft], order: list[str], name: str, hon: Found | None,
                          title: Found | None) -> PersonDraft | None:
    words = name.split()
    if _given_first_opener(words):
        # a name of the Ê Đê or Jrai named again by its given name, which opens with "Y" or an "H’"/"K’" word: the full name's
        # first words ("ông Y A" of "Y A Niê") or last ones ("bà H’B" of "Ksor H’B")
        n = len(words)
        full = [people[k] for k in order if len(people[k].name.value.split()) > n
                and words in (people[k].name.value.split()[:n], people[k].name.value.split()[-n:])]
    elif len(words) != 2:
        return None
    else:
        full = [people[k] for k in order if len(people[k].name.value.split()) >= 3
                and people[k].name.value.split()[-2:] == words
                and (len(people[k].name.value.split()) >= 4 or words[0] not in _surnames())]
    if len(full) != 1:
        return None
    p = full[0]
    # (the same person: no other honorific, no other title; "ông Hoàng Yến" is not "bà Lê Thị Hoàng Yến")
    if hon is not None and p.honorific is not None and hon.value != p.honorific.value:
        return None
    if title is not None and p.title is not None and fold(title.value) not in fold(p.title.value) and fold(p.title.value) not in fold(title.value):
        return None
    return p


def _hon_value(h: str) -> str | None:
    h = h.lower().rstrip(": ")
    if "đồng chí" in h or h in ("đ/c",):
        return "đồng chí"
    if h in ("ông", "bà"):
        return h
    return None


def _hon_starts(doc: Document, lo: int, hi: int) -> list[int]:
    """Where _HON can start: at an honorific, or at the "các" of "các đồng chí"."""
    t = doc.text
    low = doc.cues.lower
    out = []
    for a, b in doc.cues.spans(_V_HON, lo, hi):
        if b - a == 4 and low[a:b] == "đồng" and not low[b:b + 8].lstrip().startswith("chí"):
            continue  # "Hội đồng", "đồng thời": _HON needs "đồng chí"
        out.append(a)
        p = cues.space_before(t, a, lo)
        if p < a and p >= lo + 3 and low[p - 3:p] == "các":
            out.append(p - 3)
    return out


def _name_matches(doc: Document, sents: list) -> list[dict[str, list]]:
    """For each sentence, the matches of the four name patterns that lie inside it. Each pattern
    runs only where it can: at its cue words (honorifics, ranks, capitalised position titles), or,
    for a name followed by its title, in sentences where a title follows a comma, dash or bracket."""
    rx = _res()
    t = doc.text
    cx = doc.cues
    lo, hi = sents[0].start, sents[-1].end
    sur_starts = _surname_starts(doc)
    # (a position word that ends a longer one written there is no title's start: "Chủ tịch" of "Ông A – Phó Chủ tịch, Tổng
    # Thư ký Ủy ban X, Phó Bí thư Y B" would open a title the dash rule below keeps "Phó Chủ tịch" from opening)
    pos_starts, reach, last, bare_ends = [], -1, -1, {}
    for a, e in sorted(cx.spans(_V_POS, lo, hi)):
        if a != last and a >= reach:  # (reach: the furthest end of the positions that start before a)
            pos_starts.append(a)
        if a != last or e > reach:
            bare_ends[e] = pos_starts[-1]
        last, reach = a, max(reach, e)
    # (and a position after a bare one and a comma goes on that one's title: "Ông A – Phó Chủ tịch, Tổng Thư ký Ủy ban X":
    # the run of bare positions opens where the first of them does)
    def run_start(a: int) -> int:
        for _ in range(4):
            m = _RE_COMMA_BEFORE.search(t, max(lo, a - 4), a)
            if m is None or m.start() not in bare_ends:
                break
            a = bare_ends[m.start()]
        return a
    # each try reads an honorific or title and at most five words of a name: short
    runs = {
        "hon": cues.match_at(rx["hon"], t, _hon_starts(doc, lo, hi), lo, hi, short=True),
        "rank": cues.match_at(rx["rank"], t, (a for a, _ in cx.spans(_V_RANK, lo, hi)), lo, hi, short=True),
        # (tried only where a capital or "giáo" follows the word: "anh em", "chị em" are passed over)
        "kin": cues.match_at(rx["kin"], t, (a for a, e in cx.spans(_V_KIN, lo, hi) if t[e + 1:e + 2].isupper() or t.startswith(" giáo ", e)),
                             lo, hi, short=True),
        # (not at a position written after the previous person's name and a dash, which is that person's title:
        # "A-Khối trưởng Khối thi đua và Tổng Biên tập Báo X B", "Ông A – Giám đốc Sở X và Đại tá B": B's title is his own)
        # (on the shadow text: a comma inside a unit's name parts no title, "Giám đốc Sở Văn hóa, Thể thao và Du lịch A")
        "pre": cues.match_at(rx["pre"], shadow(doc), (a for a in pos_starts if t[a].isupper() and _may_open_pre(t, a, hi, sur_starts)
                                            and not _name_dash_before(t, max(lo, run_start(a) - 40), run_start(a))),
                             lo, hi, short=True),
    }
    # (a title holding the award's verb is the giver's clause, rejected where the name is read: the position after the verb
    # opens the recipient's own, "Chủ tịch UBND tỉnh tặng Bằng khen cho Phó Giám đốc Sở X Lê Văn A")
    runs["pre"] = [_past_award_verb(doc, m, pos_starts, hi, sur_starts) for m in runs["pre"]]
    runs["pre"] = [x for x in (_past_places(doc, m, hi) for m in runs["pre"]) if x is not None]
    # (a name of the Central Highlands opened by "A", no family name: between a position and a role verb only)
    if t.find(" A ", lo, hi) != -1:
        runs["pre"] += [m for m in cues.match_at(_a_name_re(), t, (a for a in pos_starts if t[a].isupper()), lo, hi) if _a_name_ok(doc, m)]
    out: list[dict[str, list]] = [{"hon": [], "rank": [], "kin": [], "sur": [], "pre": []} for _ in sents]
    starts = [x.start for x in sents]
    for kind, ms in runs.items():
        for m in ms:
            i = bisect_right(starts, m.start()) - 1
            if i >= 0 and m.end() <= sents[i].end:
                out[i][kind].append(m)
    # "Nguyễn Văn A, Giám đốc ...": the name ends before the separator of a title; it starts at a
    # capital not preceded by a letter or digit, within the reach of five words
    name_starts: dict[int, set[int]] = {}
    for a, _ in cx.spans(_V_POS, lo, hi):
        sp = cues.space_before(t, a, lo)  # (any run of spaces and line breaks between the separator and the title)
        if sp <= lo or t[sp - 1] not in ",-(":
            continue
        # (the name's sentence is the one its last letter is in: a line break after "(" may start the title's own, and
        # one before it the separator's)
        i = bisect_right(starts, max(lo, cues.space_before(t, sp - 1, lo) - 1)) - 1
        if i < 0:
            continue
        # the name ends where the spaces before the separator start, and has five words at most
        q = a - 1
        while q > lo and t[q].isspace():
            q -= 1
        e = cues.space_before(t, q, lo)
        w = e
        for _ in range(5):
            w = t.rfind(" ", max(sents[i].start, e - 120), w)
            if w == -1:
                break
        lo_name = max(sents[i].start, e - 120, w + 1)
        name_starts.setdefault(i, set()).update(m.start() for m in _RE_WORD_CAPITAL.finditer(t, lo_name, e))
    for i in sorted(name_starts):
        s = sents[i]
        # room past the sentence for the lookahead (separator and title) a match ending inside it needs
        for m in cues.match_at(rx["sur"], t, name_starts[i], s.start, min(hi, s.end + 80)):
            if m.end() > s.end:
                break
            out[i]["sur"].append(m)
    return out


@lru_cache(maxsize=None)
def _a_name_re():
    """A Bahnar or Xơ Đăng name of "A" and one given name after a title written before it, a role verb right after it:
    "Chủ tịch UBND huyện X A Pớt phát biểu" ("A" alone is also a letter and a placeholder: no weaker context reads it)."""
    verbs = trie_alternation(v for vs in _roles().values() for v in vs)
    return regex.compile(r"(?P<title>(?=\p{Lu})(?i:" + _positions() + r")(?!\p{L})[^,;.():\n]{1,120}?)\s+"
                         r"(?P<name>(?-i:A[ ]\p{Lu}\p{Ll}+))(?=\s+(?-i:" + verbs + r")(?!\p{L}))")


_RE_A_NAME = regex.compile(r"(?-i:A[ ]\p{Lu}\p{Ll}+)")
# (a unit's kind word before "A" names a unit "A", a placeholder: "Giám đốc Sở A", "Trưởng phòng A")
_RE_UNIT_KIND_END = regex.compile(r"(?<!\p{L})(?:(?-i:Sở|Phòng|Ban|Công ty|Trường|Cục|Vụ|Viện|Trung tâm|Hội|Đội|Tổ|Khu|Đơn vị|Nhóm|Chi nhánh|"
                                  r"Bệnh viện|Cụm|Khối|Đoàn)|phòng|cụm|khối|đơn vị|ấp|thôn|làng|bản|buôn|tổ dân phố|"
                                  # (and a place's kind word: "xã A Xing" is the commune's name)
                                  r"huyện|quận|thị xã|thị trấn|xã|phường|tỉnh|thành phố)\s+$", regex.I)


def _a_name_ok(doc: Document, m) -> bool:
    """The "A" name _a_name_re read is no place: not one the gazetteer knows ("huyện A Lưới", "xã A Dơi"), nor one right
    after a place's or unit's kind word ("xã A Xing", "Sở A"); and the title before it is one, no verb or stop inside it
    ("Phó Chủ tịch UBND tỉnh trao Cờ cho Trường THPT A Sanh ...")."""
    t = doc.text
    a, name = m.start("name"), m.group("name")
    return not (gazetteer.is_place(name) or gazetteer.is_commune(name) or _RE_UNIT_KIND_END.search(t, max(0, a - 20), a)
                or _title_stop(doc, m.start("title"), m.end("title") + 1) is not None)


def _place_as_name(t: str, m) -> bool:
    """The name a title pattern read is a place after its kind word ("... tỉnh Đồng Nai, Cụm trưởng A", "xã Hà Lâm, ..."): no
    person."""
    a = m.start("name")
    kind = _RE_PLACE_KIND_END.search(t, max(0, a - 20), a)
    if kind is None:
        return False
    name = t[a:m.end("name")]
    return gazetteer.province_of(name) is not None \
        or kind.group(0).strip().lower() in ("xã", "phường", "thị trấn") and gazetteer.is_commune(name)


def _past_award_verb(doc: Document, m, pos_starts: list[int], hi: int, sur_starts: list[int]):
    """The title pattern's match read again at the first position after the award's verb its title holds ("Chủ tịch UBND
    tỉnh tặng Bằng khen cho Phó Giám đốc Sở X A": "Phó Giám đốc Sở X A"); the match itself when there is none."""
    title = m.group("title")
    low = title.lower()
    if "tặng" not in low and "trao" not in low:
        return m
    v = _RE_TITLE_AWARD_VERB.search(title)
    if v is None:
        return m
    t = doc.text
    for p in pos_starts[bisect_right(pos_starts, m.start("title") + v.end()):]:
        if p >= m.start("name"):
            break
        if t[p].isupper() and _may_open_pre(t, p, hi, sur_starts):
            m2 = _res()["pre"].match(shadow(doc), p, hi)
            if m2 is not None:
                return m2
    return m


def _past_places(doc: Document, m, hi: int):
    """The title pattern's match read again past the places it took for names: "Chủ tịch Hội X tỉnh Đồng Nai, Cụm trưởng
    Cụm 4 Nguyễn Văn A" is A's title whole (a family name opens "Đồng Nai"; the lazy pattern stops at the first name)."""
    t = doc.text
    sh = None
    for _ in range(3):
        if not _place_as_name(t, m):
            return m
        a, e = m.start("name"), m.end("name")
        # (after a person named before the title, only on to the cluster role the place's comma opens: "A, Phó Chủ tịch UBND
        # tỉnh Hà Tĩnh, Giám đốc Sở Nội vụ B" holds B's own title; a title before its one name goes on past it)
        ta = m.start("title")
        named_before = t[max(0, ta - 2):ta].strip() == "," and _ends_with_person(t[max(0, ta - 60):ta].rstrip(" ,"))
        if named_before and not _RE_CLUSTER_ROLE_AFTER_PLACE.match(t, e, hi):
            return None
        sh = (sh if sh is not None else shadow(doc))
        sh = sh[:a] + sh[a:e].lower() + sh[e:]  # (the place's capitals masked, the offsets kept)
        m = _res()["pre"].match(sh, m.start(), hi)
        if m is None:
            return None
    return m


# "Quyền" or its "Q." (acting) written right before a position: part of the title (annotation.md, "as written")
_RE_ACTING_BEFORE = regex.compile(r"(?<![\p{L}\d.])(?-i:Quyền|Q\.)[ ]*$")


def _acting_title_start(t: str, lo: int, ta: int) -> int:
    """Where a title written before a name starts: at its position ``ta``, or at "Quyền"/"Q." right before it."""
    if ta - lo < 2 or t[ta - 1] not in " .":
        return ta
    m = _RE_ACTING_BEFORE.search(t, max(lo, ta - 8), ta)
    return m.start() if m is not None else ta


_RE_CLUSTER_ROLE_AFTER_PLACE = regex.compile(r"\s*[,–-]\s*(?:phó\s+)?(?:trưởng\s+(?:cụm|khối)|(?:cụm|khối)\s+(?:trưởng|phó))\b", regex.I)


def _fuller(p: PersonDraft, title: Found) -> bool:
    """A later mention writes the same position with its unit ("Phó Hiệu trưởng" then "Phó Hiệu trưởng
    Trường X"), or a position before the same role: the fullest is the title (annotation.md), unless the
    title stands before the name."""
    old = p.title
    if old.end <= p.name.start:
        return False
    fo, ft = fold(old.value), fold(title.value)
    rest = title.value[len(old.value):].lstrip(" ,-–")
    # (or the position before the role: "Cụm trưởng Cụm thi đua", then "Viện trưởng Viện X - Cụm trưởng Cụm thi đua")
    # (the same position, then a second one after a comma: "Phó Giám đốc Sở X, Phó Chủ tịch Hội đồng ..."; not the next
    # person's position and name in a list: "..., Phó Giám đốc Sở Y tế Lê Văn A")
    comma_ok = ft.startswith(fo + ",") and _surname_name_re().search(rest) is None
    return (rest[:1].isupper() or rest[:1].isdigit()) and (ft.startswith(fo + " ") or comma_ok) \
        or ft.endswith(" " + fo) and title.value[:1].isupper()


def _roles_across_sentences(doc: Document, sents: list, people: dict[str, PersonDraft]) -> None:
    """Roles a list of people carries from one sentence to the next: after a verb and a colon
    (_listed_after_colon), or across a stray full stop (_list_goes_on)."""
    by_start = {p.name.start: p for p in people.values()}
    starts = sorted(by_start)
    for si, s in enumerate(sents[:-1]):
        if doc.text[s.start:s.end].rstrip().endswith(":"):
            _listed_after_colon(doc, sents, si, by_start, starts)
        else:
            _list_goes_on(doc, sents, si, by_start, starts)


def _list_goes_on(doc: Document, sents: list, si: int, by_start: dict, starts: list) -> None:
    """"Dự hội nghị có: A, T1; B, T2. C, T3; D, T4.": a list of people that a stray full stop cut goes on in
    the next sentence, which holds people only (each opening a ';' part, no verb): they share the role of the
    list's last person, when it came from the lead of the list's sentence."""
    t = doc.text
    s, nxt = sents[si], sents[si + 1]
    k = bisect_left(starts, s.start)
    mine = [by_start[a] for a in starts[k:] if a < s.end]
    if len(mine) < 2 or t.count(";", s.start, s.end) < 1:
        return
    last = mine[-1]
    roles = {r: f for r, f in last.roles.items() if f.end <= mine[0].name.start}
    if not roles:
        return
    j = bisect_left(starts, nxt.start)
    theirs = [by_start[a] for a in starts[j:] if a < nxt.end]
    parts = [x for x in cre.split(r";", t[nxt.start:nxt.end]) if x.strip()]
    if not theirs or len(theirs) != len(parts) or any(p.roles for p in theirs) or _any_verb(doc, nxt.start, nxt.end):
        return
    for p in theirs:
        p.roles.update(roles)


def _listed_after_colon(doc: Document, sents: list, si: int, by_start: dict, starts: list) -> None:
    """"Dự hội nghị có:" / "Hội nghị vinh dự được đón tiếp:" and then one person a line ("PGS.TS. A - T1",
    "TS. B - T2"): the verb before the colon is each listed person's, beside any other role."""
    t = doc.text
    s = sents[si]
    hit = next(((r, vm) for r, vr in _res()["verbs"].items() for vm in [vr.search(t, s.start, s.end)] if vm), None)
    if hit is None:
        return
    role, vm = hit
    for nxt in sents[si + 1:]:
        k = bisect_left(starts, nxt.start)
        # (a heading of a group of the list is passed over: "* Về phía Sở X:")
        if (k == len(starts) or starts[k] >= nxt.end) and t[nxt.start:nxt.end].rstrip().endswith(":") and nxt.end - nxt.start <= 120:
            continue
        # the line opens with the person (a degree or rank before the name at most)
        if k == len(starts) or starts[k] >= nxt.end or starts[k] - nxt.start > 25 \
                or cre.search(r"[.,;:]\s*\p{Ll}|\s(?:đã|và)\s", t[nxt.start:starts[k]]):
            break
        p = by_start[starts[k]]
        # (beside the roles a later mention gives: "Tham dự có:" / "- Ông A ..." ... "Ông A ghi nhận ...")
        p.roles.setdefault(role, Found(role, vm.start(), vm.end()))


def extract(doc: Document, *, use_ner: bool = False) -> None:
    rx = _res()
    t = doc.text
    people: dict[str, PersonDraft] = {}
    order: list[str] = []
    sents = doc.content_sentences()
    if not sents:
        doc.draft.people = []
        return
    member_keys = {fold(m.value) for m in doc.draft.members}  # member units named like people ("Quan Hóa")
    units = _known_units(doc)
    low = doc.cues.lower
    by_sent = _name_matches(doc, sents)
    # (the second of a coordinated subject named bare, "Ông A và B phát biểu": where his name starts; and those so first named,
    # their honorific still open to the next mention that writes one)
    coord_bare: set[int] = set()
    hon_open: set[str] = set()
    tabbed = "\t" in doc.norm.original  # (a table's cells split by tabs: Word, PDF and spreadsheet copies)
    # where a listed name can start: a comma or semicolon that a capital or "đồng chí" follows
    list_seps = sorted(p for p in cues.find_all(t, ",;", sents[0].start, sents[-1].end)
                       if t[p + 1:p + 8].lstrip()[:1].isupper() or t[p + 1:p + 16].lstrip().startswith("đồng chí"))
    for si, s in enumerate(sents):
        seps = list_seps[bisect_left(list_seps, s.start):bisect_left(list_seps, s.end)]
        matched = by_sent[si]
        plural = t.find(":", s.start, s.end) != -1 and low.find("các ", s.start, s.end) != -1  # (a plural position's list, below)
        if not seps and not plural and not (matched["hon"] or matched["rank"] or matched["kin"] or matched["sur"] or matched["pre"]):
            continue  # most sentences name no one
        taken: list[tuple[int, int]] = []
        found = []
        for kind in ("hon", "rank", "kin", "sur", "pre"):
            for m in matched[kind]:
                a = m.start("name")
                b = _trim_name(doc, a, m.end("name"))
                if b < 0:
                    continue
                title_end = m.end("title") if kind == "pre" else -1
                if kind == "rank" and _RE_BODY_OF_RANK.search(t, max(0, m.start() - 20), m.start()):
                    continue  # "Hội Nhà báo Việt Nam", "Đoàn Luật sư": the body of that profession, not a person's rank
                if kind == "hon" and _RE_PLACE_KIND_END.search(t, max(0, m.start() - 20), m.start()) \
                        and not (tabbed and _tab_before(doc, m.start())):
                    continue  # "tỉnh Bà Rịa - Vũng Tàu", "xã Bà Điểm": a place named with the word, no honorific
                    # (not across a table's cells, a tab of the input between: "Cục Thuế tỉnh<TAB>Bà A, Cục trưởng")
                if kind == "pre":
                    a, title_end = _after_place_name(t, a, b, title_end)
                    a, title_end = _place_runs_on(t, a, b, title_end)
                if any(x <= a < y for x, y in taken):
                    if kind == "pre" and not _not_a_pre_title(t[m.start("title"):title_end]):
                        # "Giám đốc Sở X Lê Thị A, Cụm trưởng": the name read with the title after it
                        # keeps the title before it (annotation.md: that one is the title)
                        for i, f in enumerate(found):
                            if f[0] == a and f[2] is None and f[4] is None \
                                    and not any(x <= m.start("title") < y for x, y in taken if x != a):
                                tb = _cut_end_notes(t, m.start("title"), m.start("title") + len(m.group("title").rstrip()))
                                # (with the honorific before that title: "Đồng chí Khối trưởng Nguyễn Thị A, Giám đốc ...")
                                hm = _RE_HON_BEFORE.search(t, max(s.start, m.start("title") - 12), m.start("title"))
                                hv = _hon_value(hm.group(1)) if hm is not None else None
                                hon = Found(hv, hm.start(1), hm.end(1)) if hv else None
                                found[i] = (f[0], f[1], hon, f[3], Found(t[m.start("title"):tb], m.start("title"), tb))
                    continue
                name = t[a:b]
                if kind in ("sur", "pre", "kin") and not _family_first(name) \
                        and not (kind == "pre" and _RE_A_NAME.fullmatch(name) and _a_name_ok(doc, m)):
                    continue
                if kind == "kin" and m.group("kin").lower() not in ("anh", "chị", "thầy", "cô", "thầy giáo", "cô giáo") \
                        and (len(name.split()) < 3 or gazetteer.is_place(name) or fold(name) in _eponyms()
                             or (m.group("kin").lower() == "bạn" and _re_partner_unit_before().search(t, max(0, m.start("kin") - 16), m.start("kin")))):
                    # (a full name only: "đại biểu Hà Tĩnh", the delegates of a place; "Bác Hồ"; "học sinh Lục Ngạn", a district's,
                    # "vận động viên Đoàn Ngân hàng ...", a unit's team; "học sinh Lê Quý Đôn", a school's; "trường bạn A", a partner)
                    continue
                if kind == "pre" and t[b:b + 8].lstrip(" \t")[:1] == "\n" \
                        and not _RE_CAPTION_LINE_OPENS.fullmatch(t[t.rfind("\n", 0, m.start("title")) + 1:m.start("title")]):
                    continue  # a name at the line's end is a caption's only when its title opens the line
                bare = False
                if kind == "pre" and (any(x <= m.start("title") < y for x, y in taken) or _not_a_pre_title(t[m.start("title"):title_end], name)):
                    # (a giver's clause before a recipient named bare: "Phó Chủ tịch UBND tỉnh trao Bằng khen cho Trần Văn
                    # B": B is read, the clause no title of his)
                    if any(x <= m.start("title") < y for x, y in taken) or not _RE_TITLE_AWARD_VERB.search(t, m.start("title"), title_end) \
                            or not _RE_BARE_RECIPIENT_BEFORE.search(t, max(m.start("title"), a - 24), a):
                        continue
                    bare = True
                if kind in ("pre", "sur") and _RE_PLACE_KIND_END.search(t, max(0, a - 20), a) and gazetteer.province_of(name) is not None:
                    continue  # "Chủ tịch UBND huyện Mai Sơn (cụm trưởng)": the place's name after its kind word, no person
                if _in_site_footer(t, a):
                    continue
                if kind == "pre" and _RE_MEMORIAL_BEFORE.search(t, max(0, m.start("title") - 30), m.start("title")):
                    continue  # "Khu lưu niệm Chủ tịch Hội đồng Bộ trưởng A": the figure a memorial honours, no one at the meeting
                if kind == "pre" and fold(name) in _eponyms() and _RE_NAMED_AFTER_FIGURE.search(t, m.start("title"), title_end):
                    continue  # "Giám đốc Trung tâm Y tế Lê Lợi phát biểu": the figure a unit is named after
                if kind in ("pre", "sur") and _RE_HON_NEXT.match(t, b):
                    continue  # "Giám đốc Công ty Xăng dầu Lâm Sơn ông Trần Văn B": the unit's place, the person after it
                if kind == "pre" and not bare and _place_ends_unit(t, name, b, m.start("title")):
                    continue  # "Giám đốc Công ty CP Môi trường đô thị Sầm Sơn, đơn vị Cụm phó": the unit's place, no one
                # (a plain noun for the person is what stands before the name, not a place's or unit's word it ends on:
                # "già làng A"; a common word, "bác", is still read with the word before it)
                plain_noun = kind == "kin" and m.group("kin").lower() in _person_nouns_lower()
                if _bad_name(doc, name, a, check_before=kind != "pre" and not plain_noun, caps_ok=kind == "hon") or fold(name) in member_keys:
                    continue
                if _ends_a_unit(t, a, b, units):
                    continue
                hon = None
                if kind == "hon":
                    hv = _hon_value(m.group("hon"))
                    if hv in ("ông", "bà") and _RE_HON_PAIR_BEFORE.search(t, max(s.start, m.start("hon") - 16), m.start("hon")):
                        hv = None  # "các ông, bà: A - T1; B - T2": the pair names no one's gender (annotation.md: null)
                    if hv:
                        hon = Found(hv, m.start("hon"), m.end("hon"))
                elif kind == "pre" and not bare:
                    # the honorific before the position: "Đồng chí Giám đốc Sở Nội vụ Vũ Thị Ngân" (before "Quyền" too)
                    qa = _acting_title_start(t, s.start, m.start("title"))
                    hm = _RE_HON_BEFORE.search(t, max(s.start, qa - 12), qa)
                    if hm is not None and _hon_value(hm.group(1)):
                        hon = Found(_hon_value(hm.group(1)), hm.start(1), hm.end(1))
                taken.append((m.start(), b))
                pre = _fronted_title(doc, s.start, m.start("hon"), b, s.end) if kind == "hon" and hon is not None else None
                if kind == "pre" and not bare:
                    # (with "Quyền" or "Q." before the position, acting in it: "Quyền Giám đốc Sở X A")
                    ta = _acting_title_start(t, s.start, m.start("title"))
                    # "Đại diện Cụm thi đua, Phó Giám đốc Sở Y tế A": the title is the position
                    rep = _RE_ON_BEHALF.match(t, ta, title_end)
                    if rep:
                        ta = rep.end()
                    te = _cut_end_notes(t, ta, ta + len(t[ta:title_end].rstrip(" -–")))
                    pre = Found(t[ta:te], ta, te)
                found.append((a, b, hon, m.group("hon").lower().startswith("các") if kind == "hon" else False, pre))
                if kind == "hon" and m.group("hon").lower().startswith("các"):
                    # "các đồng chí A, B và C dự hội nghị": the names listed bare after the plural honorific
                    _read_bare_names(doc, rx["plural_next"].match(t, b, s.end), s.end, taken, found, member_keys, None)
                elif kind == "hon" and t.startswith(" và ", b) and (cm := rx["coord_next"].match(t, b, s.end)) is not None:
                    # "Đồng chí A và B đồng chủ trì": B, named bare, is one more of the subject (his roles shared below)
                    na = cm.start("name")
                    nb = _trim_name(doc, na, cm.end("name"))
                    if nb >= 0 and not any(x <= na < y for x, y in taken) and not _bad_name(doc, t[na:nb], na) \
                            and fold(t[na:nb]) not in member_keys:
                        taken.append((na, nb))
                        found.append((na, nb, None, False, None))
                        coord_bare.add(na)
        # "các Phó Giám đốc Sở: A, B, C": the names listed bare after a plural position and its colon, each holding it
        for m in (patterns.finditer(rx["plural_pre"], t, s.start, s.end) if plural else ()):
            title = Found(m.group("title").rstrip(), m.start("title"), m.start("title") + len(m.group("title").rstrip()))
            fm = rx["plural_first"].match(t, m.start("name"), s.end)
            if fm is not None and _RE_PLACE_KIND_END_TITLE.search(title.value) \
                    and (gazetteer.is_commune(fm.group("name")) or gazetteer.is_place(fm.group("name"))):
                continue  # "các Chủ tịch UBND phường: Trần Phú, Lê Lợi": the places the heads lead, named after figures
            _read_bare_names(doc, fm, s.end, taken, found, member_keys, title)
        # names listed after "các đồng chí: A - title; B - title" or "A, title; B, title"
        for m in cues.match_at(_RE_LIST_NAME, t, seps, s.start, s.end) if seps else ():
            a = m.start("name")
            b = _trim_name(doc, a, m.end("name"))
            if b < 0 or any(x <= a < y for x, y in taken):
                continue
            prev_list = any(f[3] for f in found) or (low.find("các đồng chí", s.start, a) != -1
                                                     and cre.search(r"các đồng chí\s*:", t[s.start:a], regex.I))
            if not prev_list and not _family_first(t[a:b]):
                continue
            # the title opens with a position ("- Phó Chủ tịch ..."), or with a mistyped lower-case word before one
            after_sep = t[m.end():m.end() + 60].lstrip(" ,-")
            if not (rx["pos_start"].match(after_sep) or (after_sep[:1].islower() and rx["pos_any"].search(after_sep[:45]))):
                continue
            if _bad_name(doc, t[a:b], a) or len(t[a:b].split()) > 4 or fold(t[a:b]) in member_keys or _in_site_footer(t, a):
                continue
            taken.append((a, b))
            found.append((a, b, None, False, None))
        found.sort()
        clause_a = s.start
        read = []
        for a, b, hon, _plural, pre in found:
            title, after = title_after(doc, b, s.end, copula=True)
            # a position written before the name is the title (annotation.md); a bare professional grade is not, where a
            # position follows the name ("Thẩm phán A, Phó Chánh án Tòa án nhân dân tỉnh B")
            if pre is not None and not (title is not None and _re_professional_title().fullmatch(pre.value)
                                        and _res()["pos_start"].match(title.value)):
                title = pre
            prev_sep = max(t.rfind(";", s.start, a), s.start)
            # (the lead ends where the title written before the name starts: "với sự tham dự của Thứ trưởng X A")
            roles = _roles_around(doc, s.start, s.end, pre.start if pre is not None else a, after,
                                  prev_sep if prev_sep > s.start else clause_a)
            if in_quotation(t, s.start, a):
                roles = {}  # someone quoted tells of him: no act of his at this meeting
            read.append((a, b, hon, title, after, roles))
        # a title read after a name ends before the next person's own title after a comma ("ông A – Phó Chủ tịch Ủy ban X,
        # Phó Bí thư Tỉnh ủy B Lê Văn C, Trưởng Ban D Võ Văn E đồng chủ trì": A's title is "Phó Chủ tịch Ủy ban X")
        if len(read) > 1:
            for i, q in enumerate(read):
                qt = q[3]
                if qt is None or qt.start < q[1]:
                    continue
                # (not when that title opens with a cluster role, the first person's: "A – Chủ tịch UBND huyện X, Cụm trưởng ..., Phó
                # Giám đốc Sở Y B")
                nxt = next((r[3] for r in read[i + 1:] if r[3] is not None and r[3].end <= r[0] and qt.start < r[3].start < qt.end
                            and cre.search(r",\s*$", t[qt.start:r[3].start]) and not _RE_OPENS_CLUSTER_ROLE.match(r[3].value)), None)
                if nxt is not None:
                    cut = t[qt.start:nxt.start].rstrip(" ,")
                    read[i] = (q[0], q[1], q[2], Found(cut, qt.start, qt.start + len(cut)), qt.start + len(cut), q[5])
        # capitals inside the title of a person read before are the name of a unit ("ông A - Viện
        # trưởng Viện Khoa học Nông Lâm Tây Nguyên, Trưởng khối": "Nông ..." is no second person)
        if len(read) > 1:
            read = [r for i, r in enumerate(read)
                    if not any(q[3] is not None and q[3].start <= r[0] < q[3].end for q in read[:i])]
        # a coordinated subject shares its verb: "ông A - T1 và ông B - T2 đồng chủ trì" gives A the
        # role too. Walked from the last person back, so a chain of "A, B và C" passes it along.
        # (a sentence that opens on its first person, a degree or an honorific at most before: the people are its subject)
        first_a = read[0][2].start if read and read[0][2] is not None else (read[0][0] if read else s.start)
        subject_list = bool(read) and _RE_OPENS_ON_PERSON.fullmatch(t, s.start, first_a) is not None
        # (a list opened by the plural honorific is one subject too: "các đồng chí A, T1; B, T2 phát biểu")
        plural_list = bool(read) and read[0][2] is not None and low.startswith("các", read[0][2].start)
        for i in range(len(read) - 2, -1, -1):
            a, b, hon, title, after, roles = read[i]
            na, _nb, nhon, nt, _na, nroles = read[i + 1]
            nopen = nhon.start if nhon is not None else na
            if nt is not None and after <= nt.start and nt.end <= na:
                nopen = min(nopen, nt.start)  # (the next one's title written before his name: "A và Thứ trưởng Bộ X, Trưởng Ban Y B")
            gap = t[after:nopen]
            opens = hon.start if hon is not None else a
            if _RE_DOER_OF_NOUN.search(t, max(s.start, opens - 10), opens):
                shared = {}  # "Sau phần trình bày ... của đ/c A, T, đ/c B phát biểu": A is the noun's doer, no part of B's subject
            elif _coord_re().fullmatch(gap):
                shared = nroles
            elif not roles and _semi_gap_re().fullmatch(gap):
                # people parted by ";" share only a verb that says so ("A - T1; B - T2 đồng chủ trì"), and only with
                # one the text gives no act of his own ("Dự có A - T; B - T, Cụm trưởng và C đồng chủ trì"); or any verb
                # when they open the sentence as its subject ("A - T1; bà B - T2 - chủ trì Hội nghị"), when the verb is each one's
                # in turn ("Tại hội nghị, bà A - T1; ông B - T2 lần lượt phát biểu") or the list opens with "các đồng chí"
                shared = {r: f for r, f in nroles.items() if t[f.start:f.end].lower().startswith("đồng ")
                          or (subject_list or plural_list or _RE_IN_TURN_BEFORE.search(t, max(_na, f.start - 24), f.start))
                          and _RE_OTHER_ACT_BETWEEN.search(t, _na, f.start) is None}
            else:
                shared = {}
            for r, f in shared.items():
                roles.setdefault(r, f)
        # "có sự tham dự của A - T1; B - T2": the act named before the first of a list is each one's
        for i in range(1, len(read)):
            a, b, hon, title, after, roles = read[i]
            pa, _pb, _ph, _pt, pafter, proles = read[i - 1]
            if roles or not proles or any(f.start > pa for f in proles.values()):
                continue
            gap = t[pafter:(hon.start if hon is not None else a)]
            if _list_gap_re().fullmatch(gap):
                read[i] = (a, b, hon, title, after, dict(proles))
        # "Các đồng chí: A - T1; B - T2; ... dự hội nghị": the verb after the list is each listed person's
        # (the honorific stays the first one's: annotation.md, "as written before the name")
        # (the words looked for in the lower-case text first: most sentences hold none)
        intro = cre.search(r"\bcác đồng chí\s*:", t[s.start:s.end], regex.I) if low.find("các đồng chí", s.start, s.end) != -1 else None
        if intro and read:
            ib = s.start + intro.end()
            listed = [i for i, r in enumerate(read) if r[0] >= ib]
            if listed:
                last_after = read[listed[-1]][4]
                tail = {}
                for role, vr in _res()["verbs"].items():
                    vm = vr.search(t, last_after, s.end)
                    if vm:
                        tail[role] = Found(role, vm.start(), vm.end())
                for i in listed:
                    a, b, hon, title, after, roles = read[i]
                    if not roles:
                        roles.update(tail)
                    read[i] = (a, b, hon, title, after, roles)
        for a, b, hon, title, _after, roles in read:
            _add(doc, people, order, Found(t[a:b], a, b), hon, title, roles, hon_open, a in coord_bare)
    _roles_across_sentences(doc, sents, people)
    # later mentions of a known name add roles ("Phát biểu ..., Phó Trưởng Ban ... Nguyễn Văn A đánh giá ...")
    sent_starts = [s.start for s in sents]
    for k in list(order):
        p = people[k]
        nm = p.name.value
        hits = []
        i = t.find(nm)
        while i != -1:
            hits.append(i)
            i = t.find(nm, i + 1)
        if len(hits) < 2:
            continue
        cur, last = -1, 0  # the sentence of the previous hit, and where its last mention ended
        for h in hits:
            si = bisect_right(sent_starts, h) - 1
            if si < 0:
                continue
            s = sents[si]
            if si != cur:
                cur, last = si, s.start
            e = h + len(nm)
            # the whole name, inside its sentence: no letter runs on either side
            if h < last or e > s.end or (h > 0 and t[h - 1].isalpha()) or (e < len(t) and t[e].isalpha()):
                continue
            last = e
            if h == p.name.start:
                continue
            title, after = title_after(doc, e, s.end)
            lead_a = max(t.rfind(";", s.start, h), s.start)
            roles = _roles_around(doc, s.start, s.end, h, after, lead_a)
            for r, f in roles.items():
                _merge_role(t, p.roles, r, f)
            if title is not None and (p.title is None or _fuller(p, title)):
                p.title = title
    _short_mentions(doc, sents, sent_starts, people, order)
    _title_mentions(doc, sents, sent_starts, people, order)
    _position_given_mentions(doc, sents, sent_starts, people, order)
    _pronoun_subjects(doc, sents, people, order)
    acting = {fold(v) for v in _acting()}
    for p in people.values():
        f = p.roles.get("attended")
        if f is not None and len(p.roles) > 1 and fold(t[f.start:f.end]) in acting:
            del p.roles["attended"]  # an act shown ("trao Cờ") counts only where no verb gives a role
    # (no role from another cluster's event told on the same page, "Cùng ngày, Khối thi đua B tổng kết ... Ông A phát biểu":
    # the person stays, named, with what he did at this meeting only)
    _drop_other_event_roles(doc, sents, sent_starts, people.values())
    # the signers under a notice's or minutes' signature block ("THƯ KÝ" / A / "CHỦ TRÌ" / B): people of the article, with no
    # role the block gives them
    for nm in signers(doc):
        if _family_first(nm.value) and not _bad_name(doc, nm.value, nm.start, check_before=False) and fold(nm.value) not in member_keys:
            _add(doc, people, order, nm, None, None, {})
    if use_ner:
        _ner_fallback(doc, people, order)
    doc.draft.people = [people[k] for k in order]


def _drop_other_event_roles(doc: Document, sents, sent_starts, people) -> None:
    """Drop the roles whose verb lies in a sentence of another cluster's event (cluster.another_event)."""
    from .cluster import another_event
    for p in people:
        for r, f in list(p.roles.items()):
            k = bisect_right(sent_starts, f.start) - 1
            if 0 <= k < len(sents) and f.start < sents[k].end and another_event(doc, sents[k]):
                del p.roles[r]


# (a military rank stands for the honorific: "Phát biểu kết luận, Đại tá Thắng ...")
# (or a teacher's word, which gives no honorific: "Thầy Khôi phát biểu", "cô Huệ")
_RE_SHORT_MENTION = regex.compile(r"(?<!\p{L})(?P<hon>ông|bà|đồng chí|đ/c|(?-i:(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy))"
                                  r"|(?:thầy|cô)(?:\s+giáo)?"
                                  # (or a degree: "Bác sĩ Xuân", "PGS.TS Hải", "BS.CKII Lan")
                                  r"|(?:phó\s+)?(?:bác\s+sĩ|tiến\s+sĩ|thạc\s+sĩ|giáo\s+sư)"
                                  r"|(?-i:(?:PGS|GS|TS|ThS|BS)(?:\.\s*(?:TS|ThS|BS))?(?:\.\s*CK(?:II|I))?\.?))\s+"
                                  r"(?P<given>(?-i:\p{Lu}\p{Ll}+))(?![\p{L}’'])(?!\s+(?-i:\p{Lu}))", regex.I)
# more people of the subject named the same way after the first ("Ông Bình và bà Xuân", "Các đồng chí Bình, Xuân")
_RE_SHORT_MENTION_MORE = regex.compile(r"(?:[ ]*,[ ]*(?:và[ ]+)?|[ ]+(?:và|cùng)[ ]+)(?:(?P<hon>ông|bà|đồng chí|đ/c)[ ]+)?"
                                       r"(?P<given>(?-i:\p{Lu}\p{Ll}+))(?![\p{L}’'])(?![ ]+(?-i:\p{Lu}))", regex.I)
_RE_LOWER_WORD_AFTER = regex.compile(r"[ ]+(\p{Ll}+)(?!\p{L})")


_TEACHER_GENDER = {"thầy": "ông", "cô": "bà"}
# the word right before, no stop between
_RE_WORD_BEFORE = regex.compile(r"(?<![\p{L}\d])([\p{L}\d]+)[ ]+$")


@lru_cache(maxsize=None)
def _unit_head_pairs() -> frozenset[str]:
    """The first two words of the unit heads of two words or more (unit_heads.txt), in lower case: a given name with the
    lower-case word after it that makes one ("Thành phố", "Công an", "Trung tâm") opens a unit or a place, no person."""
    return frozenset(" ".join(w.lower().split()[:2]) for w in lexicon.words("unit_heads.txt") if len(w.split()) >= 2)


def _short_mentions(doc: Document, sents: list, sent_starts: list[int], people: dict[str, PersonDraft], order: list[str]) -> None:
    """A person named again by the honorific and the given name alone ("Phát biểu tại hội nghị, bà Minh đề nghị"):
    the roles read there are that person's, when one person only of the article has that given name."""
    by_given: dict[str, list[PersonDraft]] = {}
    for k in order:
        words = people[k].name.value.split()
        if len(words) >= 2:
            by_given.setdefault(words[-1], []).append(people[k])
    if not by_given:
        return
    t = doc.text
    # tried only where an honorific, a rank or a teacher's word starts (a scan of the whole text would try every character)
    low = doc.cues.lower
    starts = sorted({a for v in (_V_HON, _V_RANK) for a, _ in doc.cues.spans(v, 0, len(t))}
                    | {a for a, b in doc.cues.spans(_V_KIN, 0, len(t)) if low[a:b].split()[0] in _TEACHER_GENDER})
    for m in cues.match_at(_RE_SHORT_MENTION, t, starts, 0, len(t), short=True):
        ps = by_given.get(m.group("given"))
        if not ps or len(ps) > 1 or ps[0].name.start <= m.start() < ps[0].name.end:
            continue
        # (a man's "ông" is no woman's "bà": "bà Lê Hồng Minh" and "ông Minh, trưởng bản" are two people)
        # (nor a teacher's "thầy" a woman's, "cô" a man's)
        h = (ps[0].honorific.value if ps[0].honorific is not None else "").lower()
        if {h, _TEACHER_GENDER.get(m.group("hon").lower().split()[0], m.group("hon").lower())} == {"ông", "bà"}:
            continue
        # (a teacher's word inside a name, right after a word of it, is no mention: "Trường THCS Cô Giang", "Tiểu học Cô Giang",
        # "huyện Cô Tô" name a figure or a place; written in capitals there, or after a capitalised word)
        if m.group("hon").split()[0].lower() in _TEACHER_GENDER and (wb := _RE_WORD_BEFORE.search(t, max(0, m.start() - 40), m.start())) \
                and (m.group("hon")[:1].isupper() or wb.group(1)[:1].isupper()):
            continue
        si = bisect_right(sent_starts, m.start()) - 1
        if si < 0 or m.end() > sents[si].end:
            continue
        s = sents[si]
        # a position given by "là" right after the mention is the title of one who has none ("Ông Tài là Chủ tịch UBND huyện
        # A", after "ông Nguyễn Hữu Tài" named bare)
        if ps[0].title is None and t.startswith(" là ", m.end()):
            title, _after = title_after(doc, m.end(), s.end, copula=True)
            if title is not None:
                ps[0].title = title
        # (the verb after the last of them is each one's: "Ông Bình và bà Xuân phát biểu")
        subject, end = [ps[0]], m.end()
        while (more := _RE_SHORT_MENTION_MORE.match(t, end, s.end)) is not None:
            qs = by_given.get(more.group("given"))
            # ("Theo ông Khải, Thành phố X ...", "..., Công an huyện ...": a unit's or a place's name opens the next clause)
            nw = _RE_LOWER_WORD_AFTER.match(t, more.end(), s.end)
            if nw is not None and (more.group("given") + " " + nw.group(1)).lower() in _unit_head_pairs():
                break
            if not qs or len(qs) > 1 or qs[0] in subject \
                    or {(qs[0].honorific.value if qs[0].honorific is not None else "").lower(), (more.group("hon") or "").lower()} == {"ông", "bà"}:
                break
            subject.append(qs[0])
            end = more.end()
        lead_a = max(t.rfind(";", s.start, m.start()), s.start)
        for r, f in _roles_around(doc, s.start, s.end, m.start("given"), end, lead_a).items():
            for p in subject:
                _merge_role(t, p.roles, r, f)


@lru_cache(maxsize=None)
def _hon_position_re():
    """An honorific and a capitalised position right after it, no name between: "đồng chí Phó Chủ tịch UBND tỉnh" (not the
    plural "các đồng chí")."""
    return regex.compile(r"(?<!\p{L})(?<!(?<!\p{L})các\s+)(?P<hon>đồng chí|đ/c|ông|bà)\s+(?P<title>(?=(?-i:\p{Lu}))(?:" + _positions() + r")(?!\p{L}))",
                         regex.I)


@lru_cache(maxsize=None)
def _bare_position_re():
    """A capitalised position alone, with no honorific (the sentence or the clause after its lead opens on it)."""
    return regex.compile(r"(?P<hon>)(?P<title>(?=(?-i:\p{Lu}))(?:" + _positions() + r")(?!\p{L}))", regex.I)


# the lead of a clause before a comma, one of a few words with no verb of its own between ("Phát biểu tại hội nghị, ")
_RE_LEAD_COMMA_BEFORE = regex.compile(r"[\s\-–•*]*(?:" + "|".join(_LEAD_VERBS) + r")(?!\p{L})[^,.;:]{0,60},\s*$", regex.I)


# a title that ends on the kind of its place may stand for one written with the place's name after it ("Phó Chủ tịch UBND tỉnh"
# for "Phó Chủ tịch UBND tỉnh A")
_RE_PLACE_KIND_AT_END = regex.compile(r"(?<!\p{L})(?:tỉnh|thành phố|huyện|quận|thị xã|thị trấn|xã|phường)$", regex.I)
_RE_PLACE_NAME_REST = regex.compile(r"(?:\s+(?-i:\p{Lu})[\p{L}’']*){1,4}\s*$")
# the unit's cluster role after a dash, closing a part of a title ("Trưởng Ban Dân vận Tỉnh ủy - Trưởng Khối thi đua")
_RE_DASHED_CLUSTER_ROLE_END = regex.compile(r"\s+[-–]\s+(?:phó\s+)?(?:trưởng\s+(?:cụm|khối)|(?:cụm|khối)\s+(?:trưởng|phó))(?!\p{L})[^,]*$", regex.I)


def _holds_title(title: str, said: str) -> bool:
    """Whether a person's ``title`` holds the position ``said`` again alone: the whole title or one of its parts after a comma
    ("Ủy viên BTV Tỉnh ủy, Phó Chủ tịch UBND tỉnh"), or that part with its place's name after the place kind ``said`` ends on."""
    fs = " ".join(fold(said).split())
    for part in title.split(","):
        cr = _RE_DASHED_CLUSTER_ROLE_END.search(part)
        if cr is not None:
            part = part[:cr.start()]
        fp = " ".join(fold(part).split())
        if fp == fs:
            return True
        if fp.startswith(fs + " ") and _RE_PLACE_KIND_AT_END.search(said) \
                and _RE_PLACE_NAME_REST.fullmatch(" ".join(part.split())[len(" ".join(said.split())):]):
            return True
        # (a cluster role said alone, written with its cluster's name: "Cụm trưởng" for "Cụm trưởng Cụm thi đua số 1", "Trưởng Khối"
        # for "Trưởng Khối thi đua các cơ quan nội chính")
        if fp.startswith(fs + " ") and fp[len(fs) + 1:].startswith(("cum ", "khoi ", "thi dua")) and _RE_OPENS_CLUSTER_ROLE.fullmatch(said.strip()):
            return True
    return False


def _title_mentions(doc: Document, sents: list, sent_starts: list[int], people: dict[str, PersonDraft], order: list[str]) -> None:
    """A person named again by the honorific and the title alone ("Dự có đồng chí A, Phó Chủ tịch UBND tỉnh. Phát biểu chỉ đạo,
    đồng chí Phó Chủ tịch UBND tỉnh biểu dương ..."): the roles read there are that person's, when one person only of the
    article holds that title and was named before."""
    titled = [people[k] for k in order if people[k].title is not None]
    if not titled:
        return
    t = doc.text
    starts = sorted({a for a, _ in doc.cues.spans(_V_HON, 0, len(t))})
    # (or the title alone, opening the sentence or the clause after its lead: "Phát biểu tại hội nghị, Phó Chủ tịch UBND tỉnh
    # đánh giá cao ...")
    bare = [a for a, _ in doc.cues.spans(_V_POS, 0, len(t)) if t[a:a + 1].isupper()]
    hon_ms = cues.match_at(_hon_position_re(), t, starts, 0, len(t), short=True)
    bare_ms = cues.match_at(_bare_position_re(), t, bare, 0, len(t), short=True) if bare else ()
    for m in (*hon_ms, *bare_ms):
        si = bisect_right(sent_starts, m.start()) - 1
        if si < 0 or m.end() > sents[si].end:
            continue
        s = sents[si]
        if not m.group("hon") and not (not t[s.start:m.start()].strip(" \t\n-–•*") or _RE_LEAD_COMMA_BEFORE.fullmatch(t, s.start, m.start())):
            continue
        ta = m.start("title")
        st = _title_stop(doc, ta, min(s.end, ta + _MAX_TITLE))
        if st is None:
            continue
        said = t[ta:st].rstrip(" ,-–")
        ps = [p for p in titled if _holds_title(p.title.value, said)]
        if len(ps) != 1:
            continue
        p = ps[0]
        if m.start() < p.name.end or p.title.start <= ta < p.title.end:
            continue  # (a later mention only, not the title written with the name)
        # (a man's "ông" is no woman's "bà")
        h = (p.honorific.value if p.honorific is not None else "").lower()
        if {h, m.group("hon").lower()} == {"ông", "bà"}:
            continue
        lead_a = max(t.rfind(";", s.start, m.start()), s.start)
        for r, f in _roles_around(doc, s.start, s.end, m.start(), ta + len(said), lead_a).items():
            _merge_role(t, p.roles, r, f)


_RE_TITLE_PARTS_SEP = regex.compile(r",|\s+kiêm\s+", regex.I)


@lru_cache(maxsize=None)
def _position_given_res():
    """A capitalised position, ``k`` words of its unit after it ("UBND huyện", "Sở Xây dựng"), k = 0 to 4, then one
    capitalised word, the given name, with no capital word after it: "Phó Chủ tịch Toàn đề nghị", "Phó Chủ tịch UBND huyện
    Lụa trình bày"."""
    return [regex.compile(r"(?P<pos>(?=(?-i:\p{Lu}))(?:" + _positions() + r"))(?:[ ][^\s,.;:()]+){" + str(k) + r"}"
                          r"[ ](?P<given>(?-i:\p{Lu}\p{Ll}+))(?![\p{L}\d’'])(?![ ]+(?-i:\p{Lu}))", regex.I) for k in range(5)]


def _given_ends_name(doc: Document, g: int, ge: int) -> bool:
    """The capitalised word after a position is a given name only where it opens no unit's name (a unit head, with its
    lower-case word: "Giám đốc Ngân hàng Nhà nước", "Cục trưởng Cục Hải quan tỉnh", "Phó Bí thư Thành ủy", "Giám đốc Công an
    tỉnh") and the name ends with it, a verb, a word that ends a title or punctuation after it: "Phó Chủ tịch Toàn đề nghị",
    "Giám đốc Phúc nhấn mạnh", "Phó Giám đốc Khánh, ..." (not "Hiệu trưởng Trường chính trị tỉnh")."""
    t = doc.text
    hm = unit_head_ci_re().match(t, g)
    if hm is not None and hm.end() > ge:
        return False
    if ge >= len(t) or t[ge] in ",;.:()-–\n":
        return True
    return _title_stop(doc, ge, min(len(t), ge + 60)) == ge


def _position_given_mentions(doc: Document, sents: list, sent_starts: list[int], people: dict[str, PersonDraft],
                             order: list[str]) -> None:
    """A person named again by a position and the given name ("Dự có đồng chí A Văn Toàn, Phó Chủ tịch UBND tỉnh. Phát biểu tại
    hội nghị, Phó Chủ tịch Toàn đề nghị ..."): the roles read there are that person's, when one person only of the article
    has that given name as the last word of the name and a title (or a part of it after a comma or "kiêm") that opens with
    the position and unit said."""
    by_given: dict[str, list[PersonDraft]] = {}
    for k in order:
        words = people[k].name.value.split()
        if len(words) >= 2 and people[k].title is not None:
            by_given.setdefault(words[-1], []).append(people[k])
    if not by_given:
        return
    t = doc.text
    # (where each given name is written again: a position is tried only with one of them in reach, the cheap test first)
    again = []
    for g in by_given:
        i = t.find(g)
        while i >= 0:
            again.append(i)
            i = t.find(g, i + 1)
    again.sort()
    last = 0
    for a, _b in doc.cues.spans(_V_POS, 0, len(t)):
        if a < last:
            continue
        k = bisect_right(again, a)
        if k == len(again) or again[k] > a + 160:
            continue
        for rx in _position_given_res():
            m = rx.match(t, a)
            if m is None:
                continue
            fs = " ".join(fold(t[m.start():m.start("given")]).split())
            ps = [p for p in by_given.get(m.group("given"), ())
                  if any(x == fs or x.startswith(fs + " ") for x in (" ".join(fold(y).split()) for y in _RE_TITLE_PARTS_SEP.split(p.title.value)))]
            if len(ps) != 1:
                continue
            if not _given_ends_name(doc, m.start("given"), m.end("given")):
                continue
            p = ps[0]
            if m.start() < p.name.end or p.title.start <= m.start() < p.title.end:
                break  # (a later mention only)
            si = bisect_right(sent_starts, m.start()) - 1
            if si < 0 or m.end() > sents[si].end:
                break
            s = sents[si]
            lead_a = max(t.rfind(";", s.start, m.start()), s.start)
            for r, f in _roles_around(doc, s.start, s.end, m.start(), m.end(), lead_a).items():
                _merge_role(t, p.roles, r, f)
            last = m.end()
            break


# a sentence whose subject is the honorific alone, a verb after it: "Bà đề nghị ...", "Đồng chí nhấn mạnh ..." (not "Bà con",
# folks, "Ông bà", "Ông cha")
_RE_PRONOUN_SUBJECT = regex.compile(r"[\s\-–•*]*(?P<hon>(?-i:Ông|Bà|Đồng chí))[ ]+(?!(?:con|bà|cha|ông|và)(?!\p{L}))(?=(?-i:\p{Ll}))")
# or the bare honorific that credits a quote opening the sentence: "“...”, bà nói.", "“...” – ông kể."
# (not "bà con", "ông bà", "ông cha" after it either: "“...”, bà con phấn khởi nói")
_RE_QUOTE_THEN_PRONOUN = regex.compile(r"[\s\-–•*]*[“\"][^“”\"\n]{1,600}[”\"]\s*[,–-]\s*(?P<hon>(?-i:ông|bà|đồng chí))[ ]+"
                                       r"(?!(?:con|bà|cha|ông|và)(?!\p{L}))(?=(?-i:\p{Ll}))")
_RE_ANY_HON_NAME = regex.compile(r"(?<!\p{L})(?:ông|bà|đồng chí|đ/c)\s+(?-i:\p{Lu})", regex.I)
# or the bare honorific after a fronted clause and its comma, a participle's or the role's: "Phát biểu kết luận hội nghị, ông
# đề nghị ...", "Là Cụm trưởng năm 2024, ông chủ trì ..." (a short clause, no quote, no other clause mark in it)
_RE_LEAD_THEN_PRONOUN = regex.compile(r"[\s\-–•*]*(?-i:\p{Lu})[^,.;:!?“”\"()\n]{2,80},[ ]+(?P<hon>(?-i:ông|bà|đồng chí))[ ]+"
                                      r"(?!(?:con|bà|cha|ông|và|ấy|ta)(?!\p{L}))(?=(?-i:\p{Ll}))")
# or the bare honorific opening the clause after a semicolon: "Dự hội nghị có ông A, T; ông phát biểu ..."
_RE_SEMI_THEN_PRONOUN = regex.compile(r";[ ]+(?P<hon>(?-i:ông|bà|đồng chí))[ ]+(?!(?:con|bà|cha|ông|và|ấy|ta)(?!\p{L}))(?=(?-i:\p{Ll}))")
_Span = namedtuple("_Span", "start end")
_RE_HON_GIVEN = regex.compile(r"(?<!\p{L})(?:ông|bà|đồng chí)[ ]+(?P<given>(?-i:\p{Lu}\p{Ll}+))(?![ ]*(?-i:\p{Lu}))(?!\p{L})", regex.I)
_PRONOUN_CUES = (", ông ", ", bà ", ", đồng chí ", "; ông ", "; bà ", "; đồng chí ")
# (after a comma or a semicolon the honorific is the one person's only where his verb follows it, at most an adverb between:
# "ông đề nghị", "ông cũng phát biểu"; with a noun after it, it opens another person's description, "bà đại diện Sở B trình bày",
# "đồng chí phụ trách thi đua của Sở C báo cáo", "ông chủ doanh nghiệp D phát biểu")
_RE_ONLY_ADVERBS = regex.compile(r"(?:[ ]+(?:cũng|đã|còn|vừa|tiếp\s+tục|đồng\s+thời|trực\s+tiếp|lần\s+lượt))*[ ]*", regex.I)
# (a fronted clause telling of another time, no act of this meeting's: "Năm 2022, ông chủ trì ...", "Trước đó, bà ...", "Khi
# còn công tác ở huyện A, đồng chí ..."; a year is another time unless the sentence stating the meeting writes it or the year
# before it, "Là Cụm trưởng năm 2024, ông chủ trì ...")
_RE_OTHER_TIME_LEAD = regex.compile(r"(?<!\p{L})(?:trước\s+(?:đó|đây)|khi\s+còn|từng|năm\s+(?:ngoái|trước)|nhiệm\s+kỳ\s+trước"
                                    r"|những\s+năm|nhiều\s+năm|hồi\s+(?:đó|ấy))(?!\p{L})", regex.I)


def _other_time_lead(doc: Document, a: int, b: int) -> bool:
    """The fronted clause t[a:b] tells of another time than the meeting's."""
    t = doc.text
    if _RE_OTHER_TIME_LEAD.search(t, a, b):
        return True
    years = {int(y) for y in RE_YEAR.findall(t, a, b)}
    if not years:
        return False
    ms = doc.draft.meeting_sentence
    own = {int(y) for y in RE_YEAR.findall(t, ms.start, ms.end)} if ms is not None else set()
    return not years <= (own | {y + 1 for y in own})


# (between the bare honorific and its verb: no act to come, no copula, no passive, no clause of its own)
_RE_PRONOUN_NOT_HIS_ACT = regex.compile(r"(?<!\p{L})(?:sẽ|dự kiến|là|được|từng)(?!\p{L})|[,;:]", regex.I)


def _pronoun_subjects(doc: Document, sents: list, people: dict[str, PersonDraft], order: list[str]) -> None:
    """"Dự hội nghị có bà A, T. Bà đề nghị ...": a sentence whose subject is the bare honorific, right after a sentence that
    names one person only and that one with the same honorific, tells of that person: the roles its verbs give are hers."""
    t = doc.text
    for si in range(len(sents)):
        s = sents[si]
        first = t[s.start:s.start + 12].lstrip(" \t\n-–•*")[:1]
        m = None
        fresh = False  # (the honorific after a comma or a semicolon, not opening the sentence)
        prev = sents[si - 1] if si > 0 else None
        if si > 0 and first in ("Ô", "B", "Đ", "“", '"'):
            m = (_RE_QUOTE_THEN_PRONOUN if first in ("“", '"') else _RE_PRONOUN_SUBJECT).match(t, s.start, s.end)
        if m is None and any(t.find(c, s.start, s.end) != -1 for c in _PRONOUN_CUES):
            # (most sentences hold no bare honorific after a comma or a semicolon: the patterns are not tried)
            m = _RE_LEAD_THEN_PRONOUN.match(t, s.start, s.end) if si > 0 else None
            fresh = m is not None
            if m is not None and _other_time_lead(doc, m.start(), m.start("hon")):
                continue
            if m is None:
                m = _RE_SEMI_THEN_PRONOUN.search(t, s.start, s.end)
                fresh = m is not None
                if m is not None:
                    # (the sentence before the semicolon stands for the sentence before, the honorific's clause is its own)
                    prev = _Span(s.start, m.start())
                    s = _Span(m.start() + 1, s.end)
        if m is None or prev is None:
            continue
        hon = m.group("hon").lower()
        named = [people[k] for k in order if t.find(people[k].name.value, prev.start, prev.end) != -1]
        if not named and si > 0 and prev is sents[si - 1]:
            # (or named again there by the honorific and the given name alone: "Ông Tài là Chủ tịch UBND huyện A. ..., ông kể lại
            # trong tham luận ...", one person only of the article with that given name)
            gm = _RE_HON_GIVEN.search(t, prev.start, prev.end)
            if gm is not None and _RE_HON_GIVEN.search(t, gm.end(), prev.end) is None:
                named = [people[k] for k in order if len(people[k].name.value.split()) >= 2
                         and people[k].name.value.split()[-1] == gm.group("given") and people[k].name.start < gm.start()]
        if len(named) != 1 or any(prev.start <= p.name.start < s.end and p is not named[0] for p in people.values()):
            continue
        p = named[0]
        if p.honorific is None or p.honorific.value != hon or p.name.start >= s.start:
            continue
        # (no other person of that sentence named with an honorific the rules did not read: "ông A và bà B")
        if sum(1 for _ in _RE_ANY_HON_NAME.finditer(t, prev.start, prev.end)) > 1:
            continue
        # (the verb right after the pronoun only, at most an adverb between: "Bà đề nghị ...", "Ông cũng phát biểu ..."; not a
        # later verb of what the person asked, "Ông đề nghị các đơn vị báo cáo ...", nor one to come, "Ông sẽ chủ trì ...", nor
        # what the person is, "Bà là người trực tiếp chỉ đạo ...")
        found = sorted(_roles_around(doc, s.start, s.end, m.start("hon"), m.end("hon"), s.start).items(), key=lambda rf: rf[1].start)
        if found and fresh and not _RE_ONLY_ADVERBS.fullmatch(t, m.end("hon"), found[0][1].start):
            continue
        if found and not _RE_PRONOUN_NOT_HIS_ACT.search(t, m.end("hon"), found[0][1].start):
            _merge_role(t, p.roles, *found[0])
            # (and the verbs joined to it: "Bà trình bày báo cáo và phát biểu nhận nhiệm vụ")
            for r, f in found[1:]:
                if cre.search(r"\svà\s+(?:(?:cũng|đã)\s+)?$", t[max(0, f.start - 12):f.start]):
                    _merge_role(t, p.roles, r, f)


def _named(t: str, m: "regex.Match[str]", known: list[str]) -> bool:
    """The honorific's name is one the rules read: it follows the honorific, or the honorific is
    itself the family name that opens it ("ông Ông Văn Sơn": Ông is a family name too). Tone marks aside:
    an article that spells a name twice, once without a mark ("Sau" / "Sáu"), names one person."""
    if any(t.startswith(n, m.end()) or t.startswith(n, m.start()) for n in known):
        return True
    if any(fold(t[m.end():m.end() + len(n)]) == fold(n) for n in known):
        return True
    # (or a known person named again by the given name alone: "Bà Duyên đề nghị ..." after "bà Lò Thị Duyên")
    given = _RE_GIVEN_AFTER.match(t, m.end())
    return given is not None and any(len(n.split()) >= 2 and n.split()[-1] == given.group(1) for n in known)


@lru_cache(maxsize=None)
def _surname_name_re():
    """A personal name opened by a family name, anywhere in a string."""
    return regex.compile(r"(?<!\p{L})" + _sur_name() + r"(?!\p{L})")


_RE_GIVEN_AFTER = regex.compile(r"(\p{Lu}\p{Ll}*)(?!\s+\p{Lu})")


#: underthesea NER calls one document may make: each costs tens to hundreds of milliseconds, and an
#: article needs one or two; hostile text (an honorific before every capital) needs no more
MAX_NER_CALLS = 4


@lru_cache(maxsize=1)
def _places() -> tuple[frozenset[str], tuple[str, ...]]:
    """Folded place names: the first two words of those that open like an honorific ("Bà Rịa"),
    and every written form (a name the NER reads inside one is a place, not a person)."""
    forms = tuple(lexicon.provinces())
    hon_like = frozenset(" ".join(f.split()[:2]) for f in forms if f.split()[0] in ("ba", "ong"))
    return hon_like, forms


def _tab_before(doc: Document, i: int) -> bool:
    """The input had a tab in the blanks before the text's offset ``i``: a boundary of a table's cells."""
    t = doc.text
    a = i
    while a > 0 and t[a - 1] == " ":
        a -= 1
    return a < i and bool(doc.tab_spaces(a, i))


def opens_place(t: str, m: "regex.Match[str]") -> bool:
    """The honorific and the capitalised word after it are a place name ("Bà Rịa - Vũng Tàu")."""
    return " ".join(fold(t[m.start():m.end() + 24]).split()[:2]) in _places()[0]


def _opens_position(t: str, m: "regex.Match[str]") -> bool:
    """The honorific names a person by position only ("đồng chí Trưởng Ban Dân vận Tỉnh ủy đề
    nghị"): no name to look for, so no NER call."""
    return _res()["pos_start"].match(t, m.end()) is not None


def _ner_fallback(doc: Document, people: dict[str, PersonDraft], order: list[str]) -> None:
    """Ask underthesea's NER about sentences with a speech verb but no recognised person (at most
    ``MAX_NER_CALLS`` sentences a document)."""
    ner = None
    calls = 0
    rx = _res()
    t = doc.text
    sents = doc.content_sentences()
    if not sents:
        return
    # only an honorific whose name no rule resolved ("ông Y Moan", a name with no family-name cue)
    known = [people[k].name.value for k in order]
    hons = (a for a, _ in doc.cues.spans(_V_HON, sents[0].start, sents[-1].end))  # hon_cap starts at one
    open_at = sorted(m.start() for m in cues.match_at(rx["hon_cap"], t, hons, sents[0].start, sents[-1].end, short=True)
                     if not _named(t, m, known) and not opens_place(t, m) and not _opens_position(t, m))
    if not open_at:  # the usual case: every honorific's name was read by the rules
        return
    for s in sents:
        i = bisect_left(open_at, s.start)  # a sorted list: one lookup a sentence, not a scan
        if i == len(open_at) or open_at[i] >= s.end:
            continue
        seg = t[s.start:s.end]
        if not rx["verbs"]["spoke"].search(seg):
            continue
        known = [people[k].name.value for k in order]
        open_names = [m for m in rx["hon_cap"].finditer(t, s.start, s.end)
                      if not _named(t, m, known) and not opens_place(t, m) and not _opens_position(t, m)]
        if not open_names:
            continue
        if calls == MAX_NER_CALLS:
            doc.warn("ner_capped", "people", f"NER fallback stopped after {MAX_NER_CALLS} sentences")
            return
        calls += 1
        if ner is None:
            try:
                from underthesea import ner  # heavy: imported only for a sentence that needs it
            except Exception:  # a broken install only loses this fallback
                doc.warn("ner_unavailable", "people", "NER fallback unavailable (underthesea not importable)")
                return
        log.info("people: NER fallback used on a sentence at %d", s.start)
        try:
            tags = ner(seg)
        except Exception:
            continue
        pos = 0
        cur = []
        for tok in tags:
            word, label = tok[0], tok[-1]
            i = seg.find(word, pos)
            if i < 0:
                continue
            pos = i + len(word)
            if label.endswith("PER"):
                cur.append((i, pos))
            elif cur:
                break
        if cur:
            a, b = s.start + cur[0][0], s.start + cur[-1][1]
            name = t[a:b]
            folded = fold(name)
            if 2 <= len(name.split()) <= 5 and not _bad_name(doc, name, a) and not any(folded in f for f in _places()[1]):
                title, after = title_after(doc, b, s.end)
                roles = _roles_around(doc, s.start, s.end, a, after, s.start)
                _add(doc, people, order, Found(name, a, b), None, title, roles)
