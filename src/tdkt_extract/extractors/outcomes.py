"""What the meeting produced: rankings, awards (proposed or conferred) and decisions by kind."""
from __future__ import annotations

from functools import lru_cache
from itertools import chain
from typing import get_args

import regex

from .. import cues, gazetteer, lexicon, patterns
from ..document import AwardDraft, Document, Found, Sentence
from ..models import DecisionKind
from ..normalize import fold, name_key
from ..patterns import RE_YEAR, RE_YEAR_NAMED, cre, alternation, alternation_rest_case, finditer, search, trie_alternation
from .cluster import COUNT_WORD, another_event, count_value, mentions, number_value
from .meeting import SPAN_END_MONTH
from .people import opens_place, title_after
from .recall import recalls_another_meeting
from .tables import tables
from .units import FLAG_WITH_DUTY, INTERIM_SPAN, NOT_PLACE_ABBREVIATION, ROLE_NOTE_WORDS, ROLE_WORDS, leading_position_re, ends_cut, military_rank, role_note, shadow, unit_head_ci_re, starts_with_unit_head, unit_after, unit_before, interim_span_months

_ORD = {"nhất": 1, "nhì": 2, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8}


def _rank_of(word: str) -> int:
    """A rank written in words ("nhì") or figures ("2", Roman "II")."""
    return int(word) if word.isdigit() else _ROMAN_RANK[word] if word in _ROMAN_RANK else _ORD[word.lower()]


_ROMAN_RANK = {"I": 1, "II": 2, "III": 3, "IV": 4}


# the meeting or ceremony an award was received at, named after it: "... tại hội nghị", "... tại buổi lễ"
_AT_A_MEETING = r"tại\s+(?:hội\s+nghị|buổi\s+lễ|lễ|đại\s+hội|kỳ\s+họp)(?!\p{L})"

# review, purpose and future sentences report the past or the plan, not what this meeting did
# a later clause of the sentence, after ";", that opens on a year or in which the meeting or its members agree: an act of
# its own after a clause that looks back
_LATER_CLAUSE_AGREES = (r"[^.;]*;\s*(?:năm(?:\s+học)?\s+(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2})?\s*,"
                        r"|[^.;]*\b(?:thống nhất|nhất trí|biểu quyết|hội nghị)\b)")
# (or this meeting acts later in the same clause, past the period it reviews: "9 tháng qua, trên cơ sở kết quả chấm điểm,
# Hội nghị đã thống nhất suy tôn A dẫn đầu Cụm")
_MEETING_ACTS_IN_CLAUSE = (r"[^.;]*\bhội\s+nghị\s+(?:đã\s+|cũng\s+)?(?:thống\s+nhất|nhất\s+trí|biểu\s+quyết|bình\s+xét|suy\s+tôn|"
                           r"bầu|thông\s+qua)\b")
_RE_NOT_ACT = regex.compile(
    # (what is done every year, or aimed at, is no act of this meeting: "Hàng năm, ...", "Phấn đấu ...")
    # (a list item's bullet or an opening connective does not change it: "• Phấn đấu ...", "Theo đó, hưởng ứng ...";
    # nor does the covenant's content: "Theo giao ước thi đua, ...")
    r"^\s*(?:[•·*+–-]\s*)?(?:(?:theo đó|bên cạnh đó|ngoài ra)\s*,\s*)?"
    r"(?:trong\s+(?:\d+|sáu|chín)\s+tháng|(?:trong\s+)?(?:những|các)\s+tháng\s+đầu\s+năm|"
    # (the period reviewed opening the clause, without "trong": "6 tháng đầu năm, Cụm đã ...", "9 tháng qua, ...", "Quý I vừa
    # qua, ..."; not the period ahead, "6 tháng cuối năm, Cụm thống nhất ...")
    # (its own clause only: not a later clause after ";" that the meeting or its members agree in, "6 tháng đầu năm, các đơn
    # vị đã hoàn thành tốt nhiệm vụ; các thành viên thống nhất tổ chức ...": _LATER_CLAUSE_AGREES)
    r"(?:\d{1,2}|sáu|chín)\s+tháng\s+(?:đầu\s+năm|(?:vừa\s+)?qua)\s*,(?!" + _LATER_CLAUSE_AGREES + r")(?!" + _MEETING_ACTS_IN_CLAUSE + r")|quý\s+(?:I{1,3}|IV|[1-4])(?:\s+năm\s+\d{4})?\s+vừa\s+qua\s*,|trong\s+năm|(?:nhìn\s+lại\s+)?năm\s+\d{4}(?:\s+vừa\s+qua)?\s*,|theo báo cáo|hưởng ứng|thực hiện kế hoạch|hàng năm|hằng năm|phấn đấu|"
    r"qua\s+\d+\s+năm|từ đầu năm|(?:những\s+|các\s+)?năm qua|nhiều năm liền|thời gian qua|theo\s+(?:nội dung\s+)?(?:bản\s+)?giao ước|"
    # (the year before, named by its place and not its number: "Năm trước, A được suy tôn dẫn đầu", "Năm học trước,", "Năm liền
    # trước,", unless the sentence turns to this year or to this meeting named as such ("hội nghị này"), not to any meeting:
    # "... tặng Cờ thi đua tại hội nghị tổng kết năm 2024 của Bộ" is the earlier one; or last year's results recalled: "Nhắc lại kết quả năm
    # học trước, ...")
    # (nor a later clause after ";" that names a year or agrees: "Năm trước, A dẫn đầu Khối; năm 2024, các thành viên
    # thống nhất suy tôn B ...")
    r"năm(?:\s+học)?\s+(?:trước|ngoái|liền\s+trước)\s*,(?![^.]*\b(?:năm(?:\s+học)?\s+(?:này|nay)|hội\s+nghị\s+(?:này|lần\s+này))\b)(?!" + _LATER_CLAUSE_AGREES + r")|"
    r"nhắc\s+lại\s+(?:kết\s+quả|thành\s+tích)\b|"
    # (the results of a stage of years: "Kết quả phong trào thi đua 5 năm, giai đoạn 2016 - 2020, ...")
    # (unless the meeting acts in its main clause: "..., hội nghị đã bình xét, suy tôn A")
    r"kết quả\s+(?:phong trào|công tác|thực hiện)\b[^.;]{0,80}?\b(?:giai đoạn|nhiệm kỳ)\s+(?:19|20)\d{2}"
    r"(?![^.;]*\b(?:hội nghị|thống nhất|nhất trí)\b))",
    regex.I,
)
# an act asked of the units by someone ("Trưởng ban đề nghị các đơn vị tổ chức ký kết ..."): not the meeting's act
# (the units named by their kind, as in a cluster of districts or departments: "đề nghị các huyện ...", "các sở, ngành ...")
# (the kind words only for a request no agreeing word of the meeting's comes before in its clause, "Hội nghị thống nhất đề
# nghị các huyện ký kết ...", and whose subject is not the meeting, "Hội nghị đề nghị các thành phố thống nhất ...:": the
# meeting's own act)
_ASKS_UNITS = (r"\b(?:(?:đề nghị|yêu cầu|đề xuất|kêu gọi)\s+(?:các|những)\s+(?:đơn vị|thành viên|cơ quan|địa phương|trường|doanh nghiệp)\b"
               r"|(?<!\b(?:thống nhất|nhất trí|đồng ý|tán thành|biểu quyết)\b[^.;:]{0,80})"
               r"(?<!\b(?:hội nghị|cuộc họp|cụm|khối)(?:\s+thi đua)?(?:\s+(?:đã|cũng|còn))*\s+)"
               r"(?:đề nghị|yêu cầu|đề xuất|kêu gọi)\s+(?:các|những)\s+(?:huyện|quận|thị xã|thành phố|xã|phường|sở|ngành)\b)")
# (the acts asked may run on, a series of the units' verbs parted by commas: "đề nghị các đơn vị thành viên khẩn trương ổn
# định tổ chức, phát động phong trào thi đua ...", all asked; past 40 characters only while no word of the meeting's own act
# or a new clause's opening comes between: "..., hội nghị đã thống nhất ...", "...; đồng thời ...")
# (nor a clause after a comma whose subject, capitalised or an agent of the meeting, did the act: "..., ngay sau phần phát biểu,
# Cụm thi đua số 5 đã phát động ...", "..., lãnh đạo các đơn vị đã ký kết ..."; not the request's own "những kết quả đã đạt được")
_DONE_CLAUSE = (r",\s*(?:(?-i:\p{Lu})|(?:lãnh\s+đạo|đại\s+diện|thường\s+trực|ban\s+tổ\s+chức|các\s+thành\s+viên|các\s+cơ\s+quan)(?!\p{L}))"
                r"[^,.;:\n]{0,40}?\s(?:đã|đều|cũng)\s")
_RE_ASKED = regex.compile(_ASKS_UNITS + r"(?:[^.;]{0,40}|(?:(?!\b(?:hội nghị|thống nhất|nhất trí|thông qua|đồng ý|tán thành|biểu quyết"
                          r"|đồng thời|sau đó|tiếp đó|tiếp theo|tại|dịp này|các đại biểu|các đơn vị đã)\b|" + _DONE_CLAUSE + r")[^.;:\n]){41,200})$",
                          regex.I)
_RE_ASKS_UNITS = regex.compile(_ASKS_UNITS, regex.I)
_RE_FUTURE = regex.compile(r"\b(?:sẽ|theo chương trình)\b", regex.I)
_V_FUTURE = cues.vocabulary("outcomes.future", lambda: ("sẽ", "theo chương trình"))


def _says_future(text: str, low: str) -> bool:
    """``text`` announces what is to come; ``low``, its lower case, is checked for the words first."""
    return ("sẽ" in low or "theo chương trình" in low) and _RE_FUTURE.search(text) is not None


# the first two letters (lower case) of every word _RE_NOT_ACT can open on, after blanks and a bullet
_NOT_ACT_OPENERS = frozenset(("tr", "nă", "th", "hư", "hà", "hằ", "ph", "qu", "từ", "nh", "cá", "bê", "ng", "kế", "sá", "ch",
                               *(f"{d} " for d in "123456789"), *(f"{a}{b}" for a in "01" for b in "0123456789")))


# the words that state a place ("dẫn đầu", "xếp thứ", "hạng nhất"), lower case
_RE_PLACE_WORDS = regex.compile(r"(?:dẫn|đứng)\s+đầu|xếp\s+(?:thứ|hạng)|(?:thứ|hạng)\s+(?:nhất|nhì|ba)|xuất\s+sắc\s+nhất")
_RE_CLAUSE_END = regex.compile(r"[,;]")
# right before the place, at most four words between ("phấn đấu trở thành đơn vị dẫn đầu"; a provisional place is still
# one: "A tạm xếp thứ nhất"; a habit praised is none: "A và B luôn là những đơn vị dẫn đầu Khối")
# ("tạm", for now, is the adverb right before the place only, not the word of a name, "Trại tạm giam số 2 xếp thứ nhất")
_STRIVING = r"phấn đấu|quyết tâm|đăng ký|mục tiêu|hướng tới"
_RE_AIMS = regex.compile(r"(?<!\p{L})(?:(?:" + _STRIVING + r"|đang|luôn)(?:\s+[^\s,.;]+){0,4}?"
                         r"|tạm(?:\s+thời)?(?:\s+giữ(?:\s+vững)?\s+vị\s+trí)?)\s+$")
_RE_STRIVING = regex.compile(r"(?<!\p{L})(?:" + _STRIVING + r")(?!\p{L})")


# the ranking itself put ahead, after a standing while the period runs: "..., cuối năm Cụm sẽ bình xét, suy tôn chính thức",
# "kết quả chính thức sẽ được công bố" (the ranking's own verb or result after "sẽ", or the result called official: not
# another act ahead, "các đơn vị sẽ tiếp tục ...", "sẽ được đề nghị tặng Cờ", nor the tasks' "6 tháng cuối năm", nor a
# member's "thành viên chính thức")
_RE_RANKING_LATER = regex.compile(r"(?<!\p{L})(?:sẽ\s+(?:[^\s,.;]+\s+){0,3}?(?:bình xét|suy tôn|bình chọn|xếp hạng|xếp loại|công bố|chấm điểm|đánh giá|tổng hợp)"
                                  r"|kết quả\s+(?:[^\s,.;]+\s+){0,2}?chính thức"
                                  r"|(?:bình xét|suy tôn|bình chọn|xếp hạng|công bố|đánh giá)\s+(?:[^\s,.;]+\s+){0,3}?chính thức)(?!\p{L})")


def _ranks_ahead(low: str, over: bool = False) -> bool:
    """The sentence (lower case) announces its ranking as to come: "sẽ" or "theo chương trình" in the clause of its first
    rank word or before it ("Cụm sẽ suy tôn ..."), not in a later clause ("A được bầu là đơn vị dẫn đầu, trên cơ sở đó Công
    đoàn ngành sẽ trình tặng Cờ"); or the clause of the place strives for it ("A đăng ký phấn đấu dẫn đầu")."""
    place = _RE_PLACE_WORDS.search(low)
    if place is not None:
        # (striving for it, holding it while the period runs or always: "A đăng ký phấn đấu dẫn đầu", "A đang dẫn đầu",
        # "A luôn là đơn vị dẫn đầu")
        aim = _RE_AIMS.search(low, max(0, place.start() - 60), place.start())
        # (a standing while the period runs, or for now, is the meeting's place, "Qua chấm điểm 9 tháng, A đang dẫn đầu Cụm, B
        # đứng thứ hai", "A tạm xếp thứ nhất", unless the sentence puts the ranking itself ahead, "A đang dẫn đầu Cụm, cuối
        # năm Cụm sẽ suy tôn chính thức", "A tạm thời dẫn đầu; kết quả chính thức sẽ được công bố sau")
        # (while the period runs only: at the review of a period over, "đang" is a standing of another time, "Tính đến hết
        # quý III, A đang dẫn đầu Khối" at the year's review; ``over``: _period_over)
        # (not a standing that strives, "A đang quyết tâm dẫn đầu": the aim holds)
        if aim is not None and (aim.group(0).startswith("tạm") or aim.group(0).startswith("đang") and not over) \
                and not _RE_STRIVING.search(aim.group(0)) and not _RE_RANKING_LATER.search(low, place.end()):
            aim = None
        if aim is not None:
            # (only that place: a place in a later clause with no aim before it is the sentence's ranking, "Với thành
            # tích luôn dẫn đầu ..., A được suy tôn dẫn đầu Cụm"; only after a habit praised: an aim or a standing while
            # the period runs holds for the places after it in the sentence, "A đang dẫn đầu Cụm, B xếp thứ hai", "A đăng ký
            # phấn đấu dẫn đầu Cụm, B xếp thứ hai"; a place listed with no clause of its own is the one before it's, "B và
            # C luôn xếp thứ hai, thứ ba")
            if not aim.group(0).startswith("luôn"):
                return True
            end = _RE_CLAUSE_END.search(low, place.end())
            free = None
            for later in (_RE_PLACE_WORDS.finditer(low, end.end()) if end else ()):
                head = low[max(low.rfind(",", 0, later.start()), low.rfind(";", 0, later.start())) + 1:later.start()]
                if not head.strip():
                    continue  # (an elliptic place: its aim is the one before it)
                if not _RE_AIMS.search(low, max(0, later.start() - 60), later.start()):
                    free = later
                    break
            if free is None:
                return True
            place = free
    if not ("sẽ" in low or "theo chương trình" in low):
        return False
    end = _RE_CLAUSE_END.search(low, place.end()) if place else None
    return _RE_FUTURE.search(low, 0, end.start() if end else len(low)) is not None


def _period_over(doc: Document) -> bool:
    """The meeting reviews a period that is over: a year or a school year (tổng kết), not part of one (sơ kết)."""
    per = doc.draft.scalars.get("meeting.period")
    if per is not None and per.value.get("span") is not None:
        return per.value["span"] in ("year", "term")
    kind = doc.draft.scalars.get("meeting.kind")
    return kind is not None and kind.value == "tong_ket"


def _opens_review(t: str, a: int, b: int) -> bool:
    """_RE_NOT_ACT matches the sentence t[a:b]; its first word's letters are read first (blanks and
    bullets skipped: regex's ``\\s`` is a subset of ``str.isspace``; none of these letters has a case
    form that ``str.lower`` keeps apart)."""
    i = a
    while i < b and (t[i].isspace() or t[i] in "•·*+–-"):
        i += 1
    return i + 2 <= b and t[i:i + 2].lower() in _NOT_ACT_OPENERS and _RE_NOT_ACT.match(t[a:b]) is not None


def _acts(doc: Document) -> list[Sentence]:
    """Sentences that can state what the meeting did: not the headline, not a review of the past period."""
    t = doc.text
    per = doc.draft.scalars.get("meeting.period")
    reviewed = per.value.get("year") if per is not None else None
    kind = doc.draft.scalars.get("meeting.kind")
    # (a covenant's period is the year it sets out for: that year is ahead too)
    ahead_from = None if reviewed is None else reviewed if kind is not None and kind.value == "giao_uoc" else reviewed + 1

    ms = doc.draft.meeting_sentence

    def review(s: Sentence) -> bool:
        if not _opens_review(t, s.start, s.end):
            return False
        # the sentence that states this meeting is no review, whatever it opens with ("Thực hiện kế hoạch ..., ngày
        # 25/3, Khối đã tổ chức Hội nghị ký kết giao ước")
        if ms is not None and ms.start == s.start and cre.match(r"\s*thực hiện\b", t[s.start:s.start + 20], regex.I):
            return False
        # "Trong năm 2024, Cụm thống nhất ..." at the review of 2023: the year ahead, what the meeting sets for it
        y = _RE_OPENING_YEAR.match(t, s.start, s.end)
        if y and ahead_from is not None and int(y.group(1)) >= ahead_from:
            return False
        # "Nhìn lại năm 2024, Hội nghị thống nhất đề nghị ..." at the review of 2024: the look back is on the year reviewed, the
        # clause the meeting's (only a look back on an earlier year is that year's review)
        if y and reviewed is not None and int(y.group(1)) >= reviewed and _RE_LOOK_BACK.match(t, s.start, s.end):
            return False
        # "Trong năm khối xác định ..." at a signing: the year the covenant sets out for, unless the clause tells what was done
        if kind is not None and kind.value == "giao_uoc" and _RE_BARE_IN_THE_YEAR.match(t, s.start, s.end) \
                and not _RE_DONE.search(t, s.start, s.end):
            return False
        # "Năm 2020, A được suy tôn là đơn vị dẫn đầu" at the review of 2020: the choice is this meeting's
        # (not with another year, nor a reason: "Năm 2023, A được tặng Cờ vì đã được suy tôn dẫn đầu năm 2022")
        return not (y and reviewed is not None and int(y.group(1)) == reviewed and kind is not None and kind.value == "tong_ket"
                    and _RE_CHOOSING.search(t, s.start, s.end)
                    and all(int(x) == reviewed for x in RE_YEAR_NAMED.findall(t, s.start, s.end)))

    def compute() -> list[Sentence]:
        out, reviewing, box_end = [], False, -1
        for s in doc.content_sentences():
            # the items listed under a review ("Theo báo cáo, trong năm học 2021-2022, Khối đã thực hiện các hoạt động
            # sau:" / "- Phát động ..., ký kết giao ước ...") are the period's work too
            if reviewing and _RE_ITEM_OPENS.match(t, s.start, s.end):
                continue
            # the lines of a box headed by an earlier year than the one reviewed, up to the blank line that ends it ("Khối
            # năm 2023:" / "A dẫn đầu, được tặng Cờ thi đua." at the review of 2024's first half): that year's results
            if s.start < box_end:
                continue
            # (a box set apart: its heading opens a paragraph and a blank line closes it; on a page whose lines are not
            # parted by blank lines, the lines under such a heading run on into the meeting's own)
            if reviewed is not None and t.endswith(":", s.start, s.end) and (h := _RE_YEAR_BOX.fullmatch(t, s.start, s.end)) \
                    and int(h.group(1)) < reviewed and doc.blocks[s.block].end <= s.end + 1 \
                    and cre.search(r"(?:\A|\n[ \t]*\n)[ \t]*\Z", t[:doc.blocks[s.block].start]) is not None \
                    and (end := t.find("\n\n", s.end)) >= 0:
                box_end = end
                continue
            rv = review(s)
            reviewing = rv and t[s.start:s.end].rstrip().endswith(":")
            if doc.blocks[s.block].kind != "title" and not rv and not another_event(doc, s) and not recalls_another_meeting(doc, s):
                out.append(s)
        return out

    return doc.memo("outcomes.acts", compute)


# a list item's bullet or number opening a sentence
_RE_ITEM_OPENS = regex.compile(r"\s*(?:[-+•*–·]|\d{1,2}[.)])\s")
# a list item's bullet opening a sentence, a symbol or an emoji too ("✅ A dẫn đầu"), with the blanks after it
_RE_ITEM_BULLET = regex.compile(r"\s*(?:[-+•*–·▪►➢➤→✓✔]|\p{So})[\p{So}\p{Mn}\uFE0F]*\s+")


# a line heading a box of a year's results: "Khối năm 2023:", "Cụm thi đua năm 2022:", "Kết quả năm 2023:"
_RE_YEAR_BOX = regex.compile(r"\W*(?:(?:cụm|khối)(?:\s+thi\s+đua)?\s+|kết\s+quả\s+(?:thi\s+đua\s+)?)?năm\s+((?:19|20)\d{2})\s*:\s*", regex.I)
_RE_LOOK_BACK = regex.compile(r"\W*nhìn\s+lại\s", regex.I)
_RE_BARE_IN_THE_YEAR = regex.compile(r"\W*trong\s+năm(?!\s+(?:qua|học|\d))", regex.I)
_RE_DONE = regex.compile(r"\b(?:đã|được|vừa)\b", regex.I)
# the year a sentence opens with, the year it tells of ("Năm 2022, Cụm đã ...", or looked back on: "Nhìn lại năm 2022, Cụm đã ...")
# (or carrying out the year's movement: "Thực hiện phong trào thi đua năm 2013, Cụm đã tổ chức phát động ...")
_RE_OPENING_YEAR = regex.compile(r"\W*(?:(?:trong\s+|nhìn\s+lại\s+)?năm|thực\s+hiện\s+(?:phong\s+trào|công\s+tác)\s+thi\s+đua(?:\s*,?\s*khen\s+thưởng)?\s+năm)"
                                 r"\s+((?:19|20)\d{2})(?:\s+vừa\s+qua)?\s*,", regex.I)


def _other_cluster(doc: Document, s: Sentence) -> bool:
    """A sentence (often a caption) about another numbered cluster's event."""
    num = doc.draft.scalars.get("cluster.number")
    if num is None or not any(c.isdigit() or c in "IVX" for c in doc.text[s.start:s.end]):
        return False
    named = {m.number for m in mentions(doc, s.start, s.end) if m.number is not None}
    others = named - {num.value}
    if not others:
        return False
    # (not a joint meeting's sentence that names the cluster itself beside the others the meeting sentence names too: "suy
    # tôn A dẫn đầu Cụm thi đua số 5, B dẫn đầu Cụm thi đua số 6, đề nghị ... tặng Cờ thi đua" at the meeting of both)
    # (only that form: the cluster's choice, each cluster named as what a unit leads; not each cluster's proposal told,
    # "Cụm thi đua số 4 đề nghị tặng ..., Cụm thi đua số 3 đề nghị ...", nor the leaders of each told with no choice)
    ms = doc.draft.meeting_sentence
    if num.value in named and ms is not None and not (ms.start <= s.start < ms.end) \
            and _RE_JOINT_CHOICE.search(doc.text, s.start, s.end) is not None \
            and all(_RE_LEADS_BEFORE.search(doc.text, s.start, m.start) for m in mentions(doc, s.start, s.end) if m.number is not None):
        joint = {m.number for m in mentions(doc, ms.start, ms.end) if m.number is not None}
        if num.value in joint and others <= joint:
            return False
    return True


def _other_named_cluster(doc: Document, s: Sentence) -> bool:
    """A sentence naming a cluster by its name, unnumbered, that is not this one: "Cụm thi đua các huyện miền núi tỉnh A đã
    bàn giao cờ luân lưu ..." in an article on Cụm thi đua số 7 (the bare "Cụm" is this one)."""
    own = doc.draft.scalars.get("cluster.name")
    if own is None:
        return False
    mine = " ".join(own.value.lower().split())
    for m in mentions(doc, s.start, s.end):
        if not m.qualified or m.number is not None:
            continue
        named = " ".join(doc.text[m.start:m.end].lower().split())
        if not (named.startswith(mine) or mine.startswith(named)):
            return True
    return False


# a joint meeting's choice of each cluster's leader: the verb, and "dẫn đầu" right before each cluster named
_RE_JOINT_CHOICE = regex.compile(r"\b(?:suy tôn|bình xét|bình chọn|bầu chọn|thống nhất|nhất trí)(?!\p{L})", regex.I)
_RE_LEADS_BEFORE = regex.compile(r"\bdẫn\s+đầu\s*$", regex.I)


# --- rankings -------------------------------------------------------------------------------
_RE_RANK_LIST = regex.compile(
    r"\b(?P<ords>(?:nhất|nhì|ba|tư)(?:\s*,\s*(?:nhất|nhì|ba|tư)){1,3}(?:\s+và\s+(?:nhì|ba|tư))?)\s+(?:lần lượt\s+)?(?:là|gồm|thuộc về)\s*:?\s*",
    regex.I,
)
# "thứ tự từ 1 đến 3 lần lượt là: A, B, C": the ranks in order
_RE_RANK_ORDER = regex.compile(r"\bthứ tự\s+(?:xếp hạng\s+)?(?:từ\s+)?1\s+(?:đến|tới|-)\s+(?P<n>[2-9])\s+(?:lần lượt\s+)?(?:là|gồm|thuộc về)\s*:?\s*", regex.I)
# "(xếp) thứ nhất là X, thứ nhì là Y": the rank first, the unit after it
# ("hạng 1 là X": the rank in figures)
# ("đồng hạng nhì là A và B": a tie, every unit after it holds the rank)
# ("vị trí nhất thuộc về A": the place itself)
# ("xếp thứ nhất: A; thứ nhì: B": the rank as a label before its unit)
# ("xếp hạng Nhất đối với tỉnh A": the unit it is given to)
# ("xếp hạng Nhất gồm: A, B; xếp hạng Nhì gồm: C": a list, every unit of it holds the rank)
# (not a medal's class: "Huân chương Lao động hạng Ba cho A")
_RE_RANK_NTH_IS = regex.compile(r"(?<!\b(?:huân|huy)\s+chương(?:\s+\p{L}+){0,4}\s)\b(?P<v>(?:xếp|đứng)\s+|vị\s+trí\s+)?(?P<tie>(?-i:đồng)\s+)?(?:thứ|hạng|(?<=\bvị\s+trí\s+))\s*(?P<o>nhất|nhì|hai|ba|tư|bốn|năm|sáu|[1-9])"
                                # (the cluster named after the rank: "xếp hạng nhất khối thi đua là A")
                                r"(?:\s+(?P<cl>(?:cụm|khối)(?:\s+thi\s+đua)?(?:\s+(?:số\s+)?(?:\d{1,2}|(?-i:[IVX]{1,4})))?(?:\s+năm\s+(?:19|20)\d{2})?\s+)?(?:là|thuộc về)\s+"
                                r"|\s+(?P<list>gồm)(?:\s+(?:các\s+)?(?:đơn vị|tập thể|cơ quan|doanh nghiệp))?\s*:?\s*(?=(?-i:\p{Lu}))"
                                r"|\s+(?:đối với|cho)\s+|\s*:\s*(?=(?-i:\p{Lu})))", regex.I)
# without xếp/đứng before it, "thứ nhất là" ranks only in a sentence about ranking ("thứ nhất là ..., thứ hai là ..."
# also lists the points of a plan)
_RE_RANK_CONTEXT = regex.compile(r"\b(?:xếp hạng|xếp loại|xếp thứ|bình xét|suy tôn|chấm điểm|kết quả|tổng điểm|điểm số)\b", regex.I)
_SPORTS = (r"bóng\s+(?:đá|chuyền|bàn|rổ|ném)|cầu\s+lông|quần\s+vợt|tennis|pickleball|kéo\s+co|cờ\s+(?:tướng|vua)|bơi(?:\s+lội)?|"
           r"chạy|điền\s+kinh|việt\s+dã|bắn\s+(?:súng|nỏ)|nhảy\s+bao|đẩy\s+gậy|đi\s+cà\s+kheo|văn\s+nghệ")
# a contest's prizes are not the cluster's ranking (annotation.md): "giải nhất toàn đoàn", "hội thao", "hội diễn"
_RE_CONTEST = regex.compile(
    r"\b(?:giải\s+(?:nhất|nhì|ba|tư|khuyến khích|đặc biệt|toàn đoàn|bóng|cầu lông|quần vợt|việt dã|thể thao|cờ|bơi|chạy|kéo co)|hội thao|hội diễn|hội thi|cuộc thi|giải thi đấu|thi đấu|"
    r"toàn đoàn|huy chương)\b", regex.I)
# a sport's event opening its sentence or clause, its results after it: "Ở nội dung bóng bàn, A xếp thứ nhất", "Ở môn kéo
# co, B dẫn đầu" (not a sport named in a plan, "tổ chức giao lưu thể thao các môn bóng chuyền, cầu lông")
_RE_SPORT_RESULTS = regex.compile(
    r"(?<=(?:^|[\n.;:,!?])\s*(?:[-–+•]\s*)?(?:(?:ở|tại)\s+)?)(?:môn|nội dung)\s+(?:thi\s+(?:đấu\s+)?)?(?:" + _SPORTS + r")\b"
    r"(?=[^.;!?\n]{0,200}?\b(?:xếp|đứng|dẫn đầu|giải|hạng|vô địch|huy chương|nhất|nhì)\b)", regex.I)
# (a place in the country or on one index is not a place in the cluster: "đứng thứ 2 toàn quốc về ...")
_RE_RANK_LABEL = regex.compile(r"(?<!\p{L})(?:(?:xếp\s+)?(?:hạng|giải)\s+)?(?P<o>(?-i:Nhất|Nhì|Ba|nhất|nhì))\s+(?:cụm|khối)\s*:\s*", regex.I)
# the bare class of the cluster opening its clause, its unit after "là": "Kết quả bình xét, nhất Khối là A, nhì Khối là B"
# (not "nhất là", "above all", nor "cao nhất khối": the class opens the clause and names the cluster)
# (the cluster named bare, "thi đua" not after it: "ba cụm thi đua là A, B và C", "8 cụm và ba khối thi đua là ..." count the
# clusters; "ba" a class only after a "nhất" or "nhì" of this form in its sentence)
# ("thi đua" after it only right before "là": "nhất Cụm thi đua là A, nhì Cụm thi đua là B")
_RE_RANK_CLUSTER_IS = regex.compile(r"(?<=(?:^|[,;:.\n])\s*|(?<!\p{L})(?-i:và)\s+)(?P<o>nhất|nhì|ba)\s+(?:cụm|khối)(?:\s+thi\s+đua(?=\s+là\s))?"
                                    r"\s+(?:là|thuộc về)\s+", regex.I)
# a rank among others than the cluster's units: the country's, the province's, the sector's, on one index
# (leading on a business figure is no place in the cluster: "đứng đầu với doanh thu 113 tỷ đồng"; a score is one)
# the cluster's own score or votes after a bare "về" right after the place (or after the cluster named): its ranking, no topic
# or business figure ("A dẫn đầu về tổng điểm", "đứng thứ nhất về số phiếu", "dẫn đầu Cụm về điểm thi đua"; not "dẫn đầu
# tỉnh về tổng điểm", another board, nor an index's score, "về điểm số chỉ số cải cách hành chính")
_OWN_SCORE_AFTER_VE = (r"(?<=(?<!\p{L})(?:đầu|nhất|nhì|hai|ba|\d|cụm|khối)\s+về\s+)(?:tổng\s+)?(?:số\s+)?(?:điểm|phiếu)(?!\p{L})"
                       r"(?!\s+(?:số\s+)?(?:chỉ\s+số|xếp\s+hạng\s+chỉ\s+số)(?!\p{L}))")
_OUTSIDE_RANK = r"cả nước|toàn quốc|toàn tỉnh|toàn ngành|về(?!\s+" + _OWN_SCORE_AFTER_VE + r")|chỉ số|với\s+(?:tổng\s+)?(?:doanh thu|lợi nhuận|sản lượng|kim ngạch|mức tăng trưởng|số nộp)"
# (a topic, the board perhaps named first: "dẫn đầu tỉnh về chỉ số cải cách hành chính", "dẫn đầu Cụm về thu ngân sách",
# "dẫn đầu trong chuyển đổi số"; not the emulation itself, "dẫn đầu Khối về thành tích thi đua")
# (the board a corporation, its name perhaps after it: "dẫn đầu Tổng công ty về chỉ số ...", "dẫn đầu Tập đoàn A về ...")
_ON_A_TOPIC = (r"(?:(?:cụm|khối|tỉnh|huyện|thành phố|ngành|(?:tổng công ty|tập đoàn)(?:\s+[^\s,.;:()]+){0,6}?)\s+)?(?:trong|về)\s+"
               r"(?!" + _OWN_SCORE_AFTER_VE + r")(?!(?:các\s+)?(?:phong trào\s+|công tác\s+|thành tích\s+)?thi đua\b)")
# a place told in another board than the cluster's own, read right after the words of the place (lexicons/rank_scopes.json):
# out of the country's provinces ("xếp thứ 28/63"), on a topic after a board ("đứng thứ nhất tỉnh về Chỉ số ...", "dẫn đầu
# khối huyện về Chỉ số ..."; not the emulation itself, "dẫn đầu Cụm về thành tích thi đua"), in another body's movement
# ("dẫn đầu phong trào thi đua Quyết thắng của Quân khu 7"; not "của Cụm"), in an index named after "trong" ("xếp thứ nhất
# trong Bộ chỉ số DDCI")
# (a region's board with its name, then the topic: "dẫn đầu vùng Đồng bằng sông Cửu Long về thu hút đầu tư")
# ("về" of a verb is no topic: "dẫn đầu Khối và mang về Cờ", "thứ nhất Cụm thuộc về A", "về đích"; nor is a "của" past the
# movement's name, another phrase's: "dẫn đầu phong trào thi đua với sự thống nhất của Hội nghị", "... và nhận Cờ của ...")
_SCOPES = lexicon.table("rank_scopes.json")
# (a region's name, "và" in it too, "vùng Bắc Trung Bộ và duyên hải miền Trung": no verb whose particle is the "về", "dẫn
# đầu khu vực và mang về Cờ"; nor a region the cluster is named for, "dẫn đầu vùng Đồng bằng sông Cửu Long về ..." in "Cụm
# thi đua các tỉnh vùng Đồng bằng sông Cửu Long": its own board, read with _RE_RANK_NTH_OWN_REGION and _RE_LEAD_OWN_REGION,
# built without this branch)
_NAME_WORD = r"(?:\s+(?!(?:và|" + alternation(_SCOPES["verbs_before_ve"]) + r")(?!\p{L}))[^\s,.;:()/]+)"
_NAMED_BOARD = (r"|" + alternation(_SCOPES["named_boards"]) + r"(?:\s+(?!" + alternation(_SCOPES["verbs_before_ve"]) + r"(?!\p{L}))"
                r"[^\s,.;:()/]+){1,6}?")
_OTHER_BOARD = (r"(?:\s*/\s*" + alternation(_SCOPES["country_totals"]) + r"(?!\d)"
                r"|(?:\s*/\s*\d{1,3})?(?:\s+(?:" + alternation(_SCOPES["boards"]) + _NAMED_BOARD
                + r"|(?:cụm|khối)" + _NAME_WORD + r"{0,4}?))?\s+về\s+(?!đích(?!\p{L}))(?!" + _OWN_SCORE_AFTER_VE + r")"
                r"(?!(?:các\s+)?(?:phong trào\s+|công tác\s+|thành tích\s+)?thi đua\b)"
                r"|\s+(?:trong|theo|ở)\s+" + alternation(_SCOPES["indexes"]) + r"(?!\p{L})(?!\s+thi đua\b)(?![^,.;:]{0,60}?\b(?:của|trong|do)\s+(?:cụm|khối)\b)"
                r"|\s+" + alternation(_SCOPES["movements"]) + r"(?:\s+(?!" + alternation(_SCOPES["movement_breaks"]) + r"(?!\p{L}))"
                r"[^\s,.;:()]+){0,5}?\s+của\s+(?!(?:cụm|khối)(?!\p{L}))"
                r"(?=(?-i:\p{Lu})|" + alternation(_SCOPES["boards"]) + r"(?!\p{L})))")
# "B và C lần lượt xếp thứ hai, thứ ba": ranks in turn, one to each unit named before
# ("lần lượt" may go unsaid where the units are as many as the ranks: "B và C xếp thứ hai và thứ ba")
_RE_RANK_RESPECTIVE = regex.compile(
    # (in figures or at a "vị trí" too: "xếp thứ 2 và thứ 3", "xếp ở vị trí thứ hai và thứ ba"; not the ranks of other units named
    # after "là": "A và B xếp thứ hai, thứ ba là C")
    r"\s+(?:lần lượt\s+)?(?:được\s+)?(?:xếp|đứng|đạt)\s+(?:(?:ở\s+)?vị\s+trí\s+)?(?P<ords>(?:thứ|hạng)\s+[\p{L}\d]+(?:\s*(?:,|và)\s*(?:(?:thứ|hạng)\s+)?(?:nhất|nhì|hai|ba|tư|bốn|năm|sáu|[1-9])(?![\p{L}\d]))+)"
    r"(?!\s*(?:" + _OUTSIDE_RANK + r")\b)(?!\s+là\s)", regex.I)
_RE_RANKS_RESPECTIVELY_ARE = regex.compile(
    # (or the places named as such: "vị trí thứ hai và thứ ba lần lượt thuộc về B và C")
    r"\b(?:(?:xếp|đứng)(?:\s+(?:ở\s+)?vị\s+trí)?|vị\s+trí)\s+(?P<ords>(?:thứ|hạng)\s+\p{L}+(?:\s*(?:,|và)\s*(?:(?:thứ|hạng)\s+)?(?:nhất|nhì|hai|ba|tư|bốn|năm|sáu|[1-9])(?!\p{L}))+)"
    r"\s+lần lượt\s+(?:là|thuộc về)\s+", regex.I)
# the verbs that choose a unit's rank, written between a passive "được" and the rank ("được suy tôn xếp hạng Nhất")
_CHOOSING_VERBS = r"suy tôn|bình xét|bình chọn|bầu chọn|bình bầu|đánh giá|công nhận"
# the verbs that agree on it, in the same place ("được Cụm thống nhất xếp thứ Nhất", "được Hội nghị nhất trí xếp thứ Nhì")
_AGREEING_VERBS = r"thống nhất|nhất trí"
# ("A đạt hạng Nhất": ranked; "đạt giải Nhất" is a contest's prize, see _RE_CONTEST)
_RE_RANK_NTH = regex.compile(
    # (a rank in brackets closes them: not a photo's "(thứ hai từ trái sang)")
    # (a tie: "A và B đồng hạng ba", "xếp đồng hạng nhì")
    # (or the bare class in brackets after a unit, in a sentence that ranks: "A (nhất), B (nhì), C (ba)")
    # (the place as "vị thứ" or "hạng thứ": "A xếp vị thứ nhất", "B xếp hạng thứ ba", "C và D đồng xếp vị thứ ba"; not
    # a place out of a count, on an index: "xếp hạng thứ 3/20")
    # (or the bare class after the verb, or after "xếp loại": "A xếp nhất, B xếp nhì", "A được xếp loại nhất"; its clause
    # ending there or the cluster named, not a grade, "xếp loại xuất sắc", nor "sắp xếp ba nội dung", "xếp nhất trí")
    r"(?:\b(?:(?<!\bsắp\s)(?:xếp|đứng)(?:\s+loại)?(?=\s+(?:nhất|nhì|ba)(?:\s*(?:[,.;)]|$)|\s+(?:cụm|khối|và)(?!\p{L})))|"
    r"(?:xếp|đứng)\s+(?:(?-i:đồng)\s+)?(?:(?:vị|hạng)\s+thứ(?!\s+\d{1,2}\s*/\s*\d)|thứ|hạng)|(?-i:đồng)\s+hạng|đạt\s+hạng|(?:xếp|đứng|đạt)\s+(?:ở\s+)?vị\s+trí(?:\s+thứ)?"
    # (or the place with no verb, "thứ" after it: "C ở vị trí thứ ba"; not a photo's "ở vị trí thứ hai từ trái sang")
    r"|(?<=\p{L}\s+)ở\s+vị\s+trí\s+thứ(?!\s+\S+\s+(?:từ|bên)\s))\s+|(?<=\(\s*)(?:thứ|hạng)(?=\s+[\p{L}\d]+\s*\))\s+"
    r"|(?<=\(\s*)(?P<bare>)(?=(?:nhất|nhì|ba)\s*\))"
    # (or right after its unit, the cluster named: "X hạng nhất Cụm thi đua 3")
    r"|(?<=[\p{L}\d]\s)hạng\s+(?=(?:nhất|nhì|ba)\s+(?:cụm|khối)(?!\p{L}))"
    # (or the bare class right after a unit's name, the cluster named: "bình bầu Ban CHQS huyện A nhất cụm thi đua"; not
    # "điểm cao nhất cụm")
    # (in a clause that chooses: "bình bầu", "suy tôn"; not a statistic, "huyện A nhất cụm với 350 tỷ đồng")
    # (the class and the cluster looked for first: the clause's verb far behind is read only where they stand)
    r"|(?=(?-i:nhất|nhì|ba)\s+(?:cụm|khối)(?!\p{L}))"
    r"(?<=\b(?:bình bầu|bình xét|bình chọn|bầu chọn|suy tôn|công nhận|kết quả|xếp hạng|chấm điểm)[\s,:][^.]{1,160}?(?:(?<!\p{L})(?-i:\p{Lu})[\p{L}]*|\d{1,3})\s)"
    # (or after its unit and a colon, in a sentence that ranks: "A: hạng Nhất; B: hạng Nhì")
    # (the place in Roman figures after "xếp thứ": "A xếp thứ I, B xếp thứ II"; not "hạng I", a unit's grade)
    r"|(?<=[\p{L}\d)]\s*:\s*)(?P<colon>)(?:xếp\s+)?(?:thứ|hạng)\s+)(?P<o>nhất|nhì|hai|ba|tư|bốn|năm|sáu|bảy|tám|\d{1,2}"
    r"|(?<=\b(?:xếp|đứng)\s+thứ\s+)(?-i:III|II|IV|I)(?![\p{L}\d]))\b"
    # (a place on another board than the cluster's: the country's, the province's, an index's)
    r"(?!\s*(?:cả nước|toàn quốc|về(?!\s+" + _OWN_SCORE_AFTER_VE + r")|trong\s+bảng\s+xếp\s+hạng|(?:toàn|của)\s+tỉnh|chỉ\s+số)\b)"
    # (a corporation's board on a topic: "xếp thứ hai Tổng công ty về chỉ số độ tin cậy")
    r"(?!\s+(?:tổng công ty|tập đoàn)(?:\s+[^\s,.;:()]+){0,6}?\s+(?:trong|về)\s)(?!" + _OTHER_BOARD + r")", regex.I)
_RE_LEAD = regex.compile(
    # not the name of an award ("Cờ thi đua dẫn đầu", "cờ đơn vị dẫn đầu")
    r"(?<!\bcờ(?:\s+thi\s+đua)?(?:\s+đơn\s+vị)?\s)\b(?:là\s+(?:đơn vị|doanh nghiệp|tập thể)\s+)?(?:(?:được\s+)?(?:suy tôn\s+)?(?:là\s+)?(?:đơn vị\s+)?(?:(?:xuất sắc|tiêu biểu)(?:\s+nhất)?\s*,?\s+){0,2}(?:dẫn|(?<!\bngười\s)đứng)\s+đầu"
    # (not a person who leads a delegation: "X, Giám đốc Sở A dẫn đầu đoàn công tác", "Đoàn ... do đồng chí X, ... dẫn đầu";
    # a delegation's only, "đoàn" before "do", and no verb of the phrase's own between: not "Hội nghị do đồng chí X chủ
    # trì, đã suy tôn A dẫn đầu")
    r"(?!\s+(?:các\s+)?(?:phái\s+)?đoàn\b(?!\s+thể\b))"
    r"(?<!(?<!\b(?:huyện|tỉnh|thành|quận|thị|xã)\s)\bđoàn\b(?!\s+(?:thể|viên|kết|thanh\s+niên)\b)[^.;:]{0,100}?\bdo\s+(?:ông|bà|đồng chí|đ/c|(?:thượng|trung|đại|thiếu)\s+(?:tướng|tá|úy))\s"
    r"(?:(?!\b(?:chủ trì|điều hành|suy tôn|bình xét|bình chọn|thống nhất|nhất trí|công nhận|xếp|làm|kết quả)\b)[^.;:]){0,120}?)|"
    r"đạt thành tích (?:tốt|cao|xuất sắc) nhất|xếp thứ nhất|"
    # the first of the cluster named as such: "bình xét A là đơn vị nhất Cụm thi đua"
    r"là\s+(?:đơn vị|tập thể|doanh nghiệp)\s+nhất(?=\s+(?:cụm|khối)\b)|"
    # or the most excellent of them: "A được suy tôn là đơn vị tiêu biểu xuất sắc nhất"
    # (after any verb of the cluster's choice, its comma too: "Kết quả bình xét, A là đơn vị xuất sắc nhất, được đề nghị
    # ...", "Qua bình chọn, A là đơn vị xuất sắc nhất; B xếp thứ hai")
    # (not another body's choice, "qua bình xét của Hội đồng Thi đua ngành", "bầu chọn của độc giả"; nor the best of a sector
    # or of a contest, "xuất sắc nhất ngành Y tế", "... nhất giải", "nhất hội thi")
    r"(?<=\b(?:suy tôn|(?:bình xét|bình chọn|bầu chọn|bình bầu)(?!\s+của\s+(?!(?:cụm|khối|hội nghị)(?!\p{L}))))[\s,](?:[^.;]{0,60}\s)?)"
    r"là\s+(?:đơn vị|tập thể|doanh nghiệp)\s+(?:tiêu biểu\s+)?xuất sắc nhất"
    r"(?!\s+(?:của\s+)?(?:tỉnh|toàn quốc|cả nước|cụm|khối|ngành|lĩnh vực|giải|hội thi|hội diễn|hội thao|cuộc thi)(?!\p{L}))|"
    # (or named the most excellent of the cluster itself: "A, đơn vị xuất sắc nhất của Khối năm 2014", "A là đơn vị xuất sắc nhất Cụm")
    # (not of another year than the one reviewed, "... của Khối năm 2022" at the review of 2023: _other_years_lead)
    # (or proposed for the cluster's flag as such: "A là đơn vị xuất sắc nhất, được đề nghị tặng Cờ thi đua"; by the
    # cluster or the meeting only, not by a body of a sector, "được Sở Giáo dục và Đào tạo đề nghị"; nor the best of a
    # sector the clause opens on, "Trong ngành Giáo dục, A là đơn vị xuất sắc nhất, được đề nghị ...")
    r"(?:là|,)\s+(?:đơn vị|tập thể|doanh nghiệp)\s+(?:tiêu biểu\s+)?xuất sắc nhất(?=\s+(?:của\s+)?(?:cụm|khối)(?!\p{L})"
    r"|(?<!\b(?:trong|ở|tại|đối với|của)\s+(?:ngành|lĩnh vực)\s[^.;:]{0,120})"
    r"\s*,\s*(?:và\s+)?được\s+(?:(?:cụm|khối|hội nghị|các thành viên|các đơn vị)(?:\s+thi đua)?\s+(?:[^.;,]{0,20}\s)?)?"
    r"(?:đề nghị|đề xuất)\s+(?:[^.;,]{0,40}\s)?tặng\s+cờ\b"
    # (not a flag of a movement on a theme: "Cờ thi đua của Bộ ... trong phong trào thi đua Dạy tốt - học tốt")
    r"(?![^.;]{0,60}\s(?:trong|về)\s+(?:phong trào|cuộc vận động|công tác)(?!\p{L})))|"
    # the highest score of the cluster: "A đạt điểm cao nhất cụm", "A có tổng điểm cao nhất"
    r"(?:đạt|có)\s+(?:số\s+|tổng\s+)?điểm\s+(?:số\s+)?cao\s+nhất|"
    # (or judged the highest, with its score or of the cluster: "A được đánh giá cao nhất với 97 điểm", "... cao nhất Khối";
    # the cluster's word ending the clause or before its number, year or score: not a group of units in lower case, "cao
    # nhất khối trường nghề", "khối doanh nghiệp")
    r"được\s+(?:(?:cụm|khối|hội nghị)\s+)?đánh\s+giá\s+cao\s+nhất(?=\s+(?:với\s+)?\d{1,3}(?:[,.]\d{1,2})?\s+điểm|\s+(?:trong\s+|của\s+)?(?:cụm|khối)"
    r"(?:\s+thi\s+đua)?(?:\s*(?:[,.;:]|$)|\s+(?:(?:số\s+)?\d|năm|và|với)(?!\p{L})|\s+(?-i:\p{Lu})))|"
    # (or the score itself, then the highest after a comma: "A đạt 96 điểm, cao nhất Cụm"; the clause ending there or
    # the cluster named)
    # (the cluster's score: not one the unit gave itself, "A tự chấm đạt 98 điểm, cao nhất Khối", nor the score on one
    # criterion or area the sentence opens on, "Riêng tiêu chí cải cách hành chính, A đạt 19,5 điểm, cao nhất Khối")
    r"(?<!\btự\s+(?:chấm|đánh\s+giá)(?:\s+điểm)?\s+)"
    r"(?<!\b(?:riêng|về|đối với|ở)\s+(?:tiêu chí|nội dung|lĩnh vực|chỉ tiêu|tiêu chuẩn|mảng)\b[^.;:]{0,160})"
    r"đạt\s+\d{1,3}(?:[,.]\d{1,2})?\s+điểm\s*,\s*(?:là\s+)?(?:(?:số\s+)?điểm\s+)?cao\s+nhất(?=\s*(?:[.;,]|$)|\s+(?:trong\s+|của\s+)?(?:cụm|khối)(?!\p{L}))|"
    # "suy tôn đơn vị A đạt danh hiệu “Lá cờ đầu”": the flag of the unit that leads
    # (leading on one index or rate is no place in the cluster: "dẫn đầu chỉ số cải cách hành chính")
    # (nor the first of a province's or a district's units: "đạt điểm cao nhất tỉnh", "dẫn đầu huyện")
    # ("là lá cờ đầu của Cụm": the cluster's; not praise in a movement, "là lá cờ đầu trong phong trào ...")
    # (or after the cluster's choosing verb, whatever follows: "suy tôn A là (đơn vị) lá cờ đầu trong phong trào Thi đua Quyết thắng")
    r"(?:đạt\s+danh\s+hiệu\s*:?\s*|là\s+(?=[“\"]?\s*lá\s+cờ\s+đầu\s+(?:của\s+)?(?:cụm|khối)\b)|(?<=\bsuy tôn\s[^.;]{1,60})là\s+(?:đơn vị\s+)?(?=[“\"]?\s*lá\s+cờ\s+đầu\b))[“\"]?\s*lá\s+cờ\s+đầu)\b(?!\s+(?:" + _OUTSIDE_RANK + r"|tỷ lệ|tỉ lệ|trong việc|tỉnh|thành phố|huyện|quận)\b)"
    r"(?!\s+" + _ON_A_TOPIC + r")(?!" + _OTHER_BOARD + r")",
    regex.I,
)
_OTHER_BOARD_OWN_REGION = _OTHER_BOARD.replace(_NAMED_BOARD, "", 1)
assert _OTHER_BOARD in _RE_RANK_NTH.pattern and _OTHER_BOARD in _RE_LEAD.pattern and _OTHER_BOARD_OWN_REGION != _OTHER_BOARD
_RE_RANK_NTH_OWN_REGION = regex.compile(_RE_RANK_NTH.pattern.replace(_OTHER_BOARD, _OTHER_BOARD_OWN_REGION), regex.I)
_RE_LEAD_OWN_REGION = regex.compile(_RE_LEAD.pattern.replace(_OTHER_BOARD, _OTHER_BOARD_OWN_REGION), regex.I)
_RE_NAMED_BOARD_WORD = regex.compile(r"(?<!\p{L})" + alternation(_SCOPES["named_boards"]) + r"(?!\p{L})", regex.I)


def _named_for_a_region(doc: Document) -> bool:
    """The cluster is named for a region ("Cụm thi đua các tỉnh miền Đông Nam Bộ", "Khối thi đua các trường khu vực 2"): a
    region's board named after a place is its own, not another board (rank_scopes.json named_boards)."""
    name = doc.draft.scalars.get("cluster.name")
    return name is not None and _RE_NAMED_BOARD_WORD.search(name.value) is not None


def _rank_nth_re(doc: Document):
    return _RE_RANK_NTH_OWN_REGION if _named_for_a_region(doc) else _RE_RANK_NTH


def _lead_re(doc: Document):
    return _RE_LEAD_OWN_REGION if _named_for_a_region(doc) else _RE_LEAD


# the words that open a sentence of results before its leaders: "Kết quả, dẫn đầu khối là A"
_RESULT_OPENS = r"(?:^|[\n.;:]\s*)(?:kết quả|theo đó|trong đó|cụ thể)\s*,\s*"
_RE_LEADERS = regex.compile(
    # "02 đơn vị dẫn đầu là A và B"; "4 đơn vị dẫn đầu khối về ..., đó là các đơn vị: A, B"
    # "suy tôn đơn vị đứng đầu Cụm ... là X": chosen, the count may go unsaid
    # (or uncounted, opening the sentence: "Đơn vị dẫn đầu Cụm năm 2023 là A"; "Dẫn đầu Khối là A")
    # (counted, the units may be provinces or localities: "suy tôn 2 tỉnh dẫn đầu là A và B", "hai địa phương dẫn đầu là ...")
    r"(?:(?:\b(?P<count>\d{1,2}|hai|ba|bốn|năm)\s+|(?<=\b(?:suy tôn|bình chọn|bầu chọn)\s)|(?<=(?:^|[\n.;:]\s*|\bcho\s|" + _RESULT_OPENS + r"))(?P<u>))(?:đơn vị|doanh nghiệp|tập thể|cơ quan|trường|(?<=\b(?:\d{1,2}|hai|ba|bốn|năm)\s+)(?:tỉnh|thành phố|địa phương)"
    # (not the country's leaders on a topic: "5 tỉnh dẫn đầu cả nước về thu hút đầu tư")
    r"(?=\s+(?:dẫn|đứng) đầu(?!\s+(?:" + _OUTSIDE_RANK + r"|tỷ lệ|tỉ lệ)\b)(?!\s+" + _ON_A_TOPIC + r")))\s+(?:(?:xuất sắc|tiêu biểu)\s+){0,2}(?:(?:có\s+)?thành tích\s+)?(?:dẫn|đứng) đầu\b[^.;:]{0,160}?"
    # (verb-first, passive, its units after "có": "Được suy tôn dẫn đầu Cụm có A và B", as "Chủ trì hội nghị có ...")
    r"|(?<=(?:^|[\n.;:]\s*|" + _RESULT_OPENS + r"))(?P<u>)(?P<pv>được\s+(?:suy tôn|bình chọn|bầu chọn|bình xét|bầu)\s+(?:là\s+)?(?:đơn vị\s+)?)?"
    r"(?:dẫn|đứng) đầu\s+(?:cụm|khối)\b[^.;:,]{0,60}?"
    # (or the place itself, its holder after "thuộc về": "Vị trí dẫn đầu thuộc về A")
    r"|(?<=(?:^|[\n.;:]\s*|" + _RESULT_OPENS + r"))(?P<u>)vị trí (?:dẫn|đứng) đầu(?:\s+(?:cụm|khối)\b[^.;:,]{0,60}?)?\s+(?=thuộc về\s))"
    # (or a colon right after the words that lead: "suy tôn 2 đơn vị dẫn đầu: A và B")
    r"(?:\b(?:là|gồm|thuộc về|(?(pv)có(?=\s+(?:các\s+(?:đơn vị|tập thể|cơ quan)\s*:?\s*)?(?:(?-i:\p{Lu})|(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh)\s+(?-i:\p{Lu})))|(?!)))(?:\s+các\s+(?:đơn vị|tập thể|cơ quan))?\s*:?\s*|(?<=\bđầu(?:\s+(?:cụm|khối)(?:\s+thi\s+đua)?)?)(?P<colon>)\s*:\s*)", regex.I
)
_RE_NEXT_PLACES = regex.compile(r"\b(?P<n>hai|ba|2|3)\s+vị\s+trí\s+tiếp\s+theo\s+(?:lần\s+lượt\s+)?(?:thuộc\s+về|là)\s+", regex.I)
# "A dẫn đầu với 97 điểm; tiếp theo là B 96 điểm và C 95,5 điểm": the places after the first, in turn, each unit with its score
_RE_NEXT_SCORED = regex.compile(r"\btiếp\s+(?:theo|đến|sau)\s+(?:lần\s+lượt\s+)?là\s+", regex.I)
_RE_PART_SCORE = regex.compile(r"\s+(?:(?:đạt|với)\s+)?(?P<n>\d{1,3}(?:[.,]\d{1,2})?)\s*điểm$", regex.I)
_NEXT_ACT = (r"\s+(?=(?-i:và)\s+(?-i:suy tôn|bình chọn|bầu chọn|bình xét|bình bầu|đề nghị|tặng|trao|được|đạt|thống nhất|nhất trí|tiến hành"
             r"|đồng thời)\s)")
_RE_NEXT_ACT = regex.compile(_NEXT_ACT)
# (counted, the last unit ends before a verb of its own too: "là A và B đã trao lại Cờ ...", "là A và B nhận Cờ ...";
# "nhận" the verb only after "được", "vinh dự" or "và", or before what is received: not in a name, "Trung tâm Tiếp nhận ...",
# "Trung tâm Kiểm nghiệm và chứng nhận chất lượng")
_RE_COUNTED_LEADERS_END = regex.compile(_NEXT_ACT + r"|\s+(?=(?-i:đã|trao)\s)"
                                        r"|\s+(?=(?i:(?:vinh\s+dự\s+)?được|vinh\s+dự|(?-i:và))\s+(?i:(?:đón|tiếp)\s+)?(?i:nhận)\s)"
                                        r"|(?<!(?i:tiếp|xác|ghi|chứng|công|thừa|đón))\s+(?=(?-i:(?:đón|tiếp)\s+)?(?i:nhận)\s+"
                                        r"(?i:cờ|bằng\s+khen|giấy\s+khen|danh\s+hiệu|huân\s+chương)(?!\p{L}))")
# what units counted before "dẫn đầu" lead, between it and the "là" before their names: a figure ("hai tỉnh dẫn đầu sản
# lượng cà phê là A và B") or a region opening it ("ba địa phương dẫn đầu khu vực Tây Nguyên về ... là"), another board
# (lexicons/rank_scopes.json); another year than the one reviewed ("hai tỉnh dẫn đầu năm 2022 là", "dẫn đầu năm ngoái");
# provinces or localities counted lead the cluster only where it or its emulation is named there ("dẫn đầu Cụm", "dẫn đầu
# phong trào thi đua") or the sentence chooses them ("suy tôn hai tỉnh dẫn đầu là")
_RE_LEADS_WORDS = regex.compile(r"(?:dẫn|đứng) đầu\b", regex.I)
_RE_LED_FIGURE = regex.compile(r"(?<!\p{L})" + alternation(_SCOPES["figures"]) + r"(?!\p{L})", regex.I)
_RE_LED_REGION = regex.compile(r"\s*" + alternation(_SCOPES["regions"]) + r"(?!\p{L})", regex.I)
_RE_LED_CLUSTER = regex.compile(r"(?<!\p{L})(?:cụm|khối|phong trào|thi đua)(?!\p{L})", regex.I)
# the words of the cluster's own choice of its leaders
_CHOOSING_WORDS = r"suy tôn|bình xét|bình chọn|bầu chọn"
_RE_LEADERS_CHOSEN = regex.compile(r"\b(?:" + _CHOOSING_WORDS + r")\b", regex.I)
_RE_LED_EARLIER = regex.compile(r"\bnăm\s+(?:trước|ngoái)\b", regex.I)
_RE_LED_OWN = regex.compile(r"\s*(?:(?:các\s+)?phong\s+trào|(?:thi\s+đua\s+|toàn\s+)?(?:cụm|khối)(?:\s+thi\s+đua)?(?!\s+(?:với|về|trong|ở|có|năm)(?!\p{L}))(?=\s+(?-i:\p{Ll})))(?!\p{L})", regex.I)
_RE_COUNTED_PLACES = regex.compile(r"\S+\s+(?:tỉnh|thành phố|địa phương)\s", regex.I)
_RE_RESULTS_OPEN = regex.compile(r"\W*kết\s+quả(?:\s+(?:(?P<own>bình\s+xét|thi\s+đua|suy\s+tôn)|xếp\s+hạng|chấm\s+điểm)){0,2}\s*[:,]\s*$", regex.I)


def _counted_leaders_elsewhere(doc: Document, s: Sentence, m) -> bool:
    """Units counted before "dẫn đầu" (_RE_LEADERS) that lead another board than the cluster's, or in another year."""
    t = doc.text
    lead = _RE_LEADS_WORDS.search(t, m.start(), m.end())
    if lead is None:
        return False
    led = t[lead.end():m.end()]
    if _RE_LED_REGION.match(led) or _RE_LED_EARLIER.search(led):
        return True
    # (a figure leads anywhere between "dẫn đầu" and "là", whatever verb stands before the count, "suy tôn 2 đơn vị dẫn
    # đầu về thu ngân sách là", "dẫn đầu Cụm với tỷ lệ giải ngân ... cao nhất là"; not where the movement or the cluster's
    # own name follows "dẫn đầu" right away: the figure is the movement's content or the name, "dẫn đầu phong trào thi đua
    # (trong) hoàn thành nhiệm vụ thu ngân sách là", "dẫn đầu Cụm thi đua các doanh nghiệp xuất nhập khẩu là")
    if _RE_LED_FIGURE.search(led) and not _RE_LED_OWN.match(led):
        return True
    per = doc.draft.scalars.get("meeting.period")
    years = [int(y) for y in RE_YEAR_NAMED.findall(led)]
    if years and per is not None and per.value.get("year") is not None and per.value["year"] not in years:
        return True
    # (or the sentence opens on the results: "Kết quả, hai tỉnh dẫn đầu là A và B, được đề nghị ..."; a bare "Kết quả," not
    # after an index named in it or in the sentence before, "... thông tin kết quả đánh giá Chỉ số cải cách hành chính ...
    # Kết quả, hai địa phương dẫn đầu là ...": that index's results)
    return _RE_COUNTED_PLACES.match(t, m.start(), lead.start() + 1) is not None and not _RE_LED_CLUSTER.search(led) \
        and not _RE_LEADERS_CHOSEN.search(t, s.start, s.end) and not _clusters_results_open(doc, s, m.start())


def _clusters_results_open(doc: Document, s: Sentence, at: int) -> bool:
    """The sentence opens on the cluster's results before ``at``: "Kết quả bình xét/thi đua/suy tôn,", or a bare "Kết quả,"
    with no index named in the sentence or the one before it."""
    t = doc.text
    op = _RE_RESULTS_OPEN.match(t, s.start, at)
    if op is None or op.group("own") is not None:
        return op is not None
    # (a bare one reads what the sentence before told: the review or the cluster's choice, not an index, however it is
    # written, nor a contest: "... thông tin kết quả Chỉ số hiệu quả quản trị ...", "Cụm tổ chức Hội thi tìm hiểu ...")
    b = _sentence_before(doc, s)
    return not _RE_INDEX_RANK.search(t, s.start, s.end) and b is not None and _RE_REVIEW_TOLD.search(t, b.start, b.end) is not None \
        and _RE_OTHER_RESULTS_TOLD.search(t, b.start, b.end) is None


_RE_REVIEW_TOLD = regex.compile(r"\b(?:" + _CHOOSING_WORDS + r"|tổng kết|sơ kết)\b", regex.I)
_CONTEST_WORDS = r"hội thi|hội thao|cuộc thi|thi đấu|chung cuộc"
_RE_OTHER_RESULTS_TOLD = regex.compile(r"\b(?:chỉ số|giải|" + _CONTEST_WORDS + r")\b", regex.I)
_RE_CLAUSE_GOES_ON = regex.compile(r"\s*(?:,\s*(?!(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh)\s)(?-i:\p{Ll})|;)"
                                r"|\s*,\s*(?=(?:Bằng khen|Giấy khen|Cờ|Danh hiệu|Huân chương)\b)|\s+(?=(?-i:tặng|trao|đã|sẽ|được|bàn giao|đạt)\s)"
                                # ("cho" and "với" inside a name, "Trung tâm Tư vấn và dịch vụ cho thanh niên": only before a unit or a score)
                                r"|\s+(?=(?-i:cho)\s+(?-i:\p{Lu}))|\s+(?=(?-i:với)\s+(?:\d|số|tổng))"
                                # (the next act joined by "và": "... là A và suy tôn 02 cá nhân ...")
                                r"|" + _NEXT_ACT)
_RE_OUTSIDE_AFTER_LEAD = regex.compile(r"\b(?:dẫn|đứng)\s+đầu(?:\s+(?:cụm|khối)(?:\s+thi\s+đua)?)?(?:\s+năm\s+\d{4})?\s+(?:" + _OUTSIDE_RANK + r"|tỷ lệ|tỉ lệ)\b", regex.I)
# the award the units listed before "là N đơn vị dẫn đầu" receive: "đề nghị UBND tỉnh tặng Cờ thi đua cho A và B là 02 đơn vị
# dẫn đầu" (the list opens after its "cho"; the giver and the award are no unit ranked)
# (or a province named with its kind: "tặng Cờ thi đua cho tỉnh A và tỉnh B - 2 tỉnh dẫn đầu")
_RE_AWARDED_FOR_BEFORE = regex.compile(r"\b(?:tặng|trao|khen thưởng)\b[^.;:]{1,120}?\s(?-i:cho)\s+(?=(?-i:\p{Lu})|(?:tỉnh|thành phố)\s+(?-i:\p{Lu}))", regex.I)
# (or after a dash, the units provinces or localities: "cho tỉnh A và tỉnh B - 2 tỉnh dẫn đầu phong trào thi đua của Cụm")
_RE_LEADERS_BEFORE = regex.compile(r"\s+(?:là|[-–])\s+(?:hai|ba|bốn|năm|0?[2-9]|các|những)\s+(?:đơn vị|doanh nghiệp|tập thể|cơ quan|trường|tỉnh|thành phố|địa phương)\s+"
                                   r"(?:(?:xuất sắc|tiêu biểu)\s*,?\s*){0,2}(?:dẫn|đứng)\s+đầu\b"
                                   r"(?!\s*(?:" + _OUTSIDE_RANK + r"|tỷ lệ|tỉ lệ)\b)(?!\s+" + _ON_A_TOPIC + r")", regex.I)
# (a city or a town written short: "TP A", "TP. A", "TX B")
_RE_UNIT_OPENS = regex.compile(r"(?<!\p{L})(?:(?:thị xã|huyện|xã|phường|quận|thị trấn|đặc khu|thành phố)\s+|(?-i:TP|Tp|TX)(?:\.\s*|\s+))(?-i:\p{Lu})", regex.I)
# a province named as a unit, in a list part ("suy tôn tỉnh A và tỉnh B là hai đơn vị dẫn đầu")
# "và" opening a part of a list, a unit after it
@lru_cache(maxsize=None)
def _and_unit_opens_re():
    return regex.compile(r"và\s+(?=(?:" + unit_head_ci_re().pattern + r")\s*(?-i:\p{Lu})|(?:(?:thị xã|huyện|xã|phường|quận|thị trấn|thành phố|tỉnh)\s+|(?-i:TP|Tp|TX)(?:\.\s*|\s+))(?-i:\p{Lu}))", regex.I)
_RE_PROVINCE_OPENS = regex.compile(r"(?<!\p{L})tỉnh\s+(?-i:\p{Lu})", regex.I)
# (a list of leaders opening with a province or a city named with its kind: "là tỉnh A và thành phố B")
_RE_PROVINCE_LIST_OPENS = regex.compile(r"\s*(?:tỉnh|thành phố)\s+(?-i:\p{Lu})", regex.I)
_RE_CHOOSES_BEFORE = regex.compile(r"\b(?:suy tôn|bình chọn|bầu chọn|bình xét|thống nhất|công nhận|lựa chọn|chọn)\s*$", regex.I)
_RE_PROVINCE_PART = regex.compile(r"tỉnh\s+(?-i:\p{Lu})[\p{L}\s-]{1,30}", regex.I)


def _unit_or_province_in(f: Found) -> tuple[int, int] | None:
    """_unit_in, or a province written with its kind word opening the part or after a choosing verb ("suy tôn tỉnh A")."""
    u = _unit_in(f)
    if u is None:
        m = _RE_PROVINCE_OPENS.search(f.value)
        if m is not None and (m.start() == 0 or _RE_CHOOSES_BEFORE.search(f.value[:m.start()])):
            u = (f.start + m.start(), f.end)
    return u


# the cluster's own choice told after an index's name, or a new clause: the places after it are the cluster's again
# (the members agreeing on it too: "..., Sở A được các thành viên thống nhất xếp thứ nhất Khối")
_RE_CHOICE_AFTER_INDEX = regex.compile(r"\b(?:bình xét|suy tôn|bình chọn|bầu chọn|bình bầu|kết quả thi đua|thống nhất)\b|;", regex.I)
# the cluster named right after the place: "xếp thứ nhất Khối", "dẫn đầu Cụm thi đua" (not "thứ nhất khối huyện")
_RE_PLACE_IN_CLUSTER = regex.compile(r"\s+(?:của\s+)?(?:cụm|khối)(?:\s+thi\s+đua)?(?=\s*(?:[,.;:]|$)|\s+(?:năm|và)(?!\p{L}))", regex.I)


_RE_INDEX_OPENS = regex.compile(r"\W*(?:(?:riêng|còn)\s+)?(?:(?:về|đối\s+với|theo|trong|tại)\s+)?(?:(?:kết\s+quả|bảng)\s+)?$", regex.I)


def _index_in(doc: Document, s: Sentence):
    """The first index (or the province's own board) named in ``s``, read once a sentence."""
    t = doc.text
    return doc.memo(("outcomes.index_in", s.start), lambda: _RE_INDEX_RANK.search(t, s.start, s.end) or _about_other_board(t, s))


def _index_named_before(doc: Document, s: Sentence, at: int) -> bool:
    """An index (or the province's own board) is named in ``s`` before ``at``, whatever clause lies between."""
    idx = _index_in(doc, s)
    return idx is not None and idx.end() <= at


def _after_index(doc: Document, s: Sentence, at: int, end: int | None = None) -> bool:
    """The place at ``at`` is told after an index named before it in its sentence, with no choice of the cluster's nor a
    new clause between: "Theo Quyết định ... công bố Chỉ số cải cách hành chính năm 2023, huyện A xếp thứ nhất, huyện B
    xếp thứ 2 trong khối UBND cấp huyện" ranks A and B on that index, not in the cluster. A place the cluster is named
    right after (the place's words ending at ``end``) is the cluster's: "..., trong đó có tiêu chí về chỉ số ..., A dẫn đầu Cụm"."""
    t = doc.text
    idx = _index_in(doc, s)
    # (an index opening the sentence wins over the cluster named after the place: "Về Chỉ số cải cách hành chính năm 2023 do
    # UBND tỉnh công bố, A xếp thứ nhất khối, B xếp thứ hai")
    return idx is not None and idx.end() <= at and _RE_CHOICE_AFTER_INDEX.search(t, idx.end(), at) is None \
        and not (end is not None and _RE_PLACE_IN_CLUSTER.match(t, end, s.end) and not _RE_INDEX_OPENS.match(t, s.start, idx.start()))


# a sentence opening on a topic of the province's own board or on a figure: "Về kết quả chấm điểm cải cách hành chính của
# tỉnh, A đứng nhất, B đứng nhì", "Về thu hút đầu tư nước ngoài, A đứng nhất" rank on that board (not "Về kết quả thi đua")
_RE_ABOUT_TOPIC = regex.compile(r"\W*(?:(?:riêng|còn)\s+)?về\s+(?P<topic>[^,;.:]{3,160}?)\s*,", regex.I)
_RE_PROVINCES_BOARD = regex.compile(r"\bcủa\s+(?:(?:UBND|ủy ban nhân dân|HĐND)\s+)?(?:tỉnh|thành phố)(?!\p{L})", regex.I)
_RE_CLUSTERS_TOPIC = regex.compile(r"\b(?:thi đua|bình xét|suy tôn|bình chọn|cụm|khối)\b", regex.I)


def _about_other_board(t: str, s: Sentence):
    """The topic opening the sentence ("Về <topic>,") when it is the province's or a figure (_RE_ABOUT_TOPIC)."""
    if t[s.start:s.start + 12].lower().find("về") < 0:
        return None
    m = _RE_ABOUT_TOPIC.match(t, s.start, s.end)
    if m is None or _RE_CLUSTERS_TOPIC.search(m.group("topic")):
        return None
    return m if _RE_PROVINCES_BOARD.search(m.group("topic")) or _RE_LED_FIGURE.search(m.group("topic")) else None


def _clause_start(t: str, lo: int, at: int) -> int:
    """Where the clause that holds ``at`` starts: after the last ";" or ":" before it, or at ``lo``."""
    return max(lo, t.rfind(";", lo, at) + 1, t.rfind(":", lo, at) + 1)


# a place named after a unit's comma: "huyện B" in "Công an xã A, huyện B"
_RE_HIGHER_PLACE_PART = regex.compile(r"(?:(?:huyện|quận|thị xã|thành phố|tỉnh)\s+|(?-i:TP|Tp|TX)(?:\.\s*|\s+))(?-i:\p{Lu})[\p{L}\s-]{1,30}", regex.I)
# the words that choose the cluster's units (a rank written with no verb of its own counts only beside them)
# ("chấm điểm" as the scoring's result: not "chấm điểm chéo", an order of inspection drawn by lots)
# ("xếp" with the unit after it, its place after the unit: "Hội nghị đã xếp A thứ nhất, B thứ nhì"; not "sắp xếp"; its
# subject the meeting or the cluster in the clause, not another body's index, "UBND tỉnh xếp A thứ nhất trong các huyện")
_RE_CHOSEN_IN_CLUSTER = regex.compile(r"\b(?:bình xét|suy tôn|xếp hạng|xếp loại|chấm điểm thi đua|kết quả chấm điểm|bình chọn)\b"
                                      r"|(?<=\b(?:hội nghị|cụm|khối|thành viên)(?!\p{L})[^.;:,]{0,40}\s)(?<!\bsắp\s)\bxếp(?=\s+(?-i:\p{Lu}))", regex.I)
# the word of a tie before a rank's verb ("A và B đồng xếp thứ nhất", "cùng xếp thứ hai"), and a rank given to two units
# named after it ("xếp thứ hai là A và B")
# (the tie words in lower case: "Lâm Đồng xếp thứ nhất" is a province's name)
_RE_TIE_BEFORE = regex.compile(r"\s+(?-i:đồng|cùng)\s*$", regex.I)
_RE_TIE_LEAD_BEFORE = regex.compile(r"\s+(?-i:đồng|cùng)(?:\s+(?:được|đã được)\s[^.;,]{0,60}?)?\s*$", regex.I)
_RE_TWO_UNITS_AFTER = regex.compile(r"[^.;,]{2,100}?\s+và\s+(?-i:\p{Lu})(?:(?!\b(?:xếp|đứng|đạt|dẫn đầu)\b)[^.;]){0,100}(?:[.;]|$)", regex.I)


# the end of a clause of units: a ";" or a full stop (not the stop of a place's kind written short, "TX. Hoàng Mai", "CAH. B")
_RE_UNITS_CLAUSE_END = regex.compile(r";|\.(?=\s|$)" + NOT_PLACE_ABBREVIATION, regex.I)


def _units_to_clause_end(doc: Document, a: int, b: int) -> list[Found]:
    """The units listed from ``a`` to the end of their clause (a ";" or a full stop), ``b`` at most."""
    stop = search(_RE_UNITS_CLAUSE_END, doc.text, a, b)
    return _split_units(doc, a, stop.start() if stop else b)


def _ords(words: str) -> list[int]:
    """The ranks a run of ordinals names, in order ("thứ hai, thứ ba" -> [2, 3])."""
    return [_rank_of(o) for o in cre.findall(r"(?<!\p{L})(nhất|nhì|hai|ba|tư|bốn|năm|sáu|[1-9])(?!\p{L})", words, regex.I)]


def _unit_or_place(v: str) -> bool:
    """A unit's name (its head first), or a place with its kind word or one the gazetteer knows bare."""
    return bool(starts_with_unit_head(v) or _RE_UNIT_OPENS.match(v) or gazetteer.is_place(v))


def _tied_units(doc: Document, a: int, b: int) -> list[tuple[int, int]]:
    """The units named together right before a tie ("A và B đồng hạng ba"), from the last back: each part a unit, the
    first of them possibly after words that lead in ("theo đó A và B ...")."""
    t = doc.text
    out: list[tuple[int, int]] = []
    parts: list[Found] = []
    cut = _parts(doc, a, b)
    if cut:  # (the last unit without what it says before the tie: "A và B cùng đạt 96 điểm, đồng xếp thứ nhất")
        cut[-1] = _before_predicate(cut[-1])
    for part in cut:
        # (a place after a unit's comma tells where it is, no unit of the tie: "Công an xã A, huyện B", "Trường X, thành phố Y")
        if parts and _RE_HIGHER_PLACE_PART.fullmatch(part.value) and starts_with_unit_head(parts[-1].value):
            continue
        parts.append(part)
    for part in reversed(parts):
        if _unit_or_place(part.value):
            # (the whole part a unit: not "A được các đơn vị bình chọn dẫn đầu", a clause of its own)
            span = unit_after(doc, part.start, part.end)
            if span is None or span[1] < part.end:
                break
            out.append((part.start, part.end))
            continue
        inner = _unit_in(part)
        # (a unit's head, not a word that holds one: "Trên cơ sở kết quả ..." names no "Sở")
        if inner is not None and inner[1] >= part.end and (t[inner[0]].isupper() or _RE_UNIT_OPENS.match(t, inner[0], inner[1])):
            out.append(inner)
        break
    return out[::-1]


def _parts(doc: Document, a: int, b: int) -> list[Found]:
    """The text a..b cut at its commas and at "và" (not inside an official name), each part stripped."""
    sh, out, pos = shadow(doc), [], a
    seps = cre.finditer(r",\s*|\s+và\s+", sh[a:b])
    if "(" in sh[a:b]:  # (not inside brackets: "B (95,5 điểm) và C (94 điểm)")
        seps = [m for m in seps if sh.count("(", a, a + m.start()) <= sh.count(")", a, a + m.start())]
    for m in list(seps) + [None]:
        e = a + m.start() if m else b
        seg = doc.text[pos:e]
        lead = len(seg) - len(seg.lstrip())
        if seg.strip():
            out.append(Found(seg.strip(), pos + lead, pos + lead + len(seg.strip())))
        pos = a + m.end() if m else b
    return out


def _rejoin_decimals(t: str, parts: list[Found]) -> list[tuple[Found, Found | None]]:
    """Parts cut at a number's decimal comma ("95" | "5 điểm") joined again: (first, last or None) pairs."""
    out: list[tuple[Found, Found | None]] = []
    for p in parts:
        if out and p.start == (out[-1][1] or out[-1][0]).end + 1 and t[p.start - 1] == "," \
                and t[p.start - 2:p.start - 1].isdigit() and p.value[:1].isdigit():
            out[-1] = (out[-1][0], p)
        else:
            out.append((p, None))
    return out


def _semi_parts(t: str, a: int, b: int) -> list[tuple[int, str]]:
    """t[a:b] cut at its semicolons (the last part up to the full stop), as (start, text) with the spaces before kept out."""
    end = b
    stop = search(r"\.(?=\s|$)", t, a, b)
    if stop:
        end = stop.start()
    out, pos = [], a
    while pos < end:
        semi = t.find(";", pos, end)
        e = end if semi < 0 else semi
        lead = len(t[pos:e]) - len(t[pos:e].lstrip())
        out.append((pos + lead, t[pos + lead:e]))
        pos = e + 1 if semi >= 0 else end
    return out


def _semi_whole(doc: Document, a: int, p: str) -> tuple[int, int] | None:
    """The part ``p`` at ``a`` of a list parted by ";", when it is one unit whole ("Sở Văn hóa, Thể thao và Du lịch")."""
    b = a + len(p.rstrip(" ,."))
    if b <= a or not _unit_or_place(doc.text[a:b]):
        return None
    span = unit_after(doc, a, b)
    return (a, b) if span is not None and span[0] == a and span[1] >= b else None


def _semi_listed(doc: Document, lo: int, end: int) -> list[tuple[int, int]]:
    """The units parted by ";" right before ``end``, a name among them holding a comma ("suy tôn A; Sở B, C và D là hai
    đơn vị dẫn đầu"): each part one unit whole, the first after the verb that chose them; [] for anything else."""
    t = doc.text
    parts = _semi_parts(t, lo, end)
    out: list[tuple[int, int]] = []
    for k in range(len(parts) - 1, -1, -1):
        a, p = parts[k]
        if k:
            u = _semi_whole(doc, a, p)
            if u is None:
                return []
            out.append(u)
            continue
        chosen = None
        for chosen in _RE_LIST_CHOSEN_AFTER.finditer(p):
            pass
        u = _semi_whole(doc, a + chosen.end(), p[chosen.end():]) if chosen is not None else None
        if u is None:
            return []
        out.append(u)
    out.reverse()
    return out if len(out) >= 2 else []


def _unit_in(f: Found) -> tuple[int, int] | None:
    """The unit an item of a list holds, from its first unit word on ("hội nghị bình xét thị xã A" -> "thị xã A")."""
    if starts_with_unit_head(f.value) or _RE_UNIT_OPENS.match(f.value):
        return f.start, f.end
    # (a word that holds a head is none: "Trên cơ sở kết quả ..." names no "Sở")
    m = _RE_UNIT_OPENS.search(f.value) or next((h for h in unit_head_ci_re().finditer(f.value) if not _RE_BASIS_BEFORE.search(f.value, 0, h.start())
                                                 or h.group(0) != "sở"), None)
    return (f.start + m.start(), f.end) if m else None


# "cơ" right before a lower-case "sở": the word "cơ sở" (a basis, "trên cơ sở"), no unit's head
_RE_BASIS_BEFORE = regex.compile(r"(?<!\p{L})(?-i:cơ)\s+$")


def _named_or_unit_in(f: Found) -> tuple[int, int] | None:
    """A list part that opens with a capital is a name ("BIDV chi nhánh A"); another, the unit it holds (_unit_in)."""
    return (f.start, f.end) if f.value[:1].isupper() else _unit_in(f)


# the words each ranking pattern can start with: it is tried there, not scanned along the sentence
_V_RANK_ORDS = cues.vocabulary("outcomes.rank_ords", lambda: ("nhất", "nhì", "ba", "tư"))
_V_LEAD = cues.vocabulary("outcomes.lead", lambda: ("là", "được", "suy tôn", "đơn vị", "xuất sắc", "tiêu biểu", "dẫn đầu", "đứng đầu",
                                                     "đạt thành tích", "xếp thứ nhất", "đạt danh hiệu",
                                                     *(f"{v} {n}điểm" for v in ("đạt", "có") for n in ("", "số ", "tổng ")), "đạt"))


# the words the scanning patterns above start with: each is tried there only (see _scan)
_V_CONTEST = cues.vocabulary("outcomes.contest", lambda: ("giải", "hội thao", "hội diễn", "hội thi", "cuộc thi", "thi đấu",
                                                           "toàn đoàn", "huy chương"))
_V_RANK_CONTEXT = cues.vocabulary("outcomes.rank_context", lambda: ("xếp hạng", "xếp loại", "xếp thứ", "bình xét", "suy tôn",
                                                                     "chấm điểm", "kết quả", "tổng điểm", "điểm số"))
_V_RANK_NTH_IS = cues.vocabulary("outcomes.rank_nth_is", lambda: ("xếp", "đứng", "thứ", "hạng", "đồng", "vị trí"))
_V_RANK_NTH = cues.vocabulary("outcomes.rank_nth", lambda: ("xếp", "đứng", "đạt", "thứ", "hạng", "đồng", "nhất", "nhì", "ba", "ở vị trí"))
# a rank as a bare label before its units, in a list after a colon: "Kết quả xếp loại: Nhất: A; Nhì: B, C; Ba: D"
# (or a space alone before a unit's head: "xếp hạng như sau: hạng nhất Sở A, hạng nhì Sở B"; "thứ Nhất - A; thứ Nhì - B")
# (the second and fourth places as "hai", "tư" too, "thứ nhất A, thứ hai B, thứ ba C", "hạng hai B": a weekday is "thứ Hai"
# with its date after it, "thứ Hai, ngày 5/1", "thứ hai 5/1", no place)
_RE_RANK_CLASS_LABEL = regex.compile(r"(?<=(?:^|[:;,.]\s*))(?:xếp\s+)?(?:hạng|loại|thứ)\s+(?P<o>nhất|nhì|ba|(?<!loại\s+)(?:hai|tư)(?!\s*[-–:,]?\s*(?:ngày|mùng|mồng|\d)))"
                                     r"(?:\s*[-–:]\s*|\s+(?P<sp>))(?=\p{Lu})", regex.I)
# (after a comma too, in a series a label opened: "Kết quả: Nhất: A, Nhì: B, Ba: C")
_RE_RANK_LABEL_BARE = regex.compile(r"(?<=(?P<after>[:;,])\s*)(?-i:(?P<o>Nhất|Nhì|Ba|Tư))\s*:\s*")
_RE_RANK_LABEL_SPACED = regex.compile(r"(?<=[:;]\s*)(?-i:(?P<o>Nhất|Nhì|Ba|Tư))\s+(?=(?-i:\p{Lu})|(?:phường|xã|huyện|quận|thị xã|thành phố|tỉnh)\s+(?-i:\p{Lu}))")


def _exotic(doc: Document) -> bool:
    """The text holds a letter that ``regex.IGNORECASE`` matches to a cue word's letter while lower
    case keeps it apart ("ſ" for "s", "İ" for "i"): there the cue index may miss a word, so the
    patterns scan instead (the same matches, found the slow way)."""
    return doc.memo("outcomes.exotic", lambda: "ſ" in doc.cues.lower or "İ" in doc.cues.lower)


def _scan(doc: Document, rx, vocab: str, lo: int, hi: int):
    """``finditer(rx, text, lo, hi)`` for a pattern whose every match starts with one of the
    vocabulary's words: tried at those words only."""
    if _exotic(doc):
        return finditer(rx, doc.text, lo, hi)
    return cues.match_at(rx, doc.text, [a for a, _ in doc.cues.spans(vocab, lo, hi, word=False)], lo, hi)


def _year_results(doc: Document) -> list[Sentence]:
    """The review's sentences that tell the reviewed year's places in the cluster ("Trong năm 2016, A dẫn đầu phong
    trào thi đua; B và C đứng thứ nhì" at the year-end review of 2016): results, read for the rankings only (no act).
    Kept on the document: the rankings read them and the decisions pass them over."""
    return doc.memo("outcomes.year_results", lambda: _find_year_results(doc))


def _find_year_results(doc: Document) -> list[Sentence]:
    t = doc.text
    per = doc.draft.scalars.get("meeting.period")
    kind = doc.draft.scalars.get("meeting.kind")
    if per is None or per.value.get("year") is None or kind is None or kind.value != "tong_ket":
        return []
    reviewed = per.value["year"]
    acts = {s.start for s in _acts(doc)}
    out = []
    for s in doc.body_sentences():
        if s.start in acts:
            continue
        y = _RE_OPENING_YEAR.match(t, s.start, s.end)
        if y and int(y.group(1)) == reviewed and _RE_YEAR_PLACE.search(t, s.start, s.end) \
                and all(int(x) == reviewed for x in RE_YEAR_NAMED.findall(t, s.start, s.end)):
            out.append(s)
    return out


# a unit's place in the cluster's emulation of the year: "dẫn đầu phong trào thi đua", "đứng thứ nhì"
# (or "là đơn vị dẫn đầu Khối" closing its clause: not "dẫn đầu Khối về giải ngân", a place on one index, nor an aim or a
# denial, "phấn đấu trở thành", "không còn là")
_RE_YEAR_PLACE = regex.compile(r"\bdẫn đầu phong trào thi đua\b(?!\s+(?:của\s+)?(?:tỉnh|toàn quốc|cả nước|toàn ngành))|\b(?:đứng|xếp)\s+thứ\s+(?:nhất|nhì|hai|ba)\b"
                               # (the lookbehind read after "là", which it ends with: run where a "là" is, not at every position)
                               r"|\blà(?<!\b(?:phấn đấu|mục tiêu|quyết tâm|không còn|chưa|không|để)\b[^.;]{0,40}là)\s+đơn vị\s+(?:dẫn|đứng)\s+đầu\s+(?:cụm|khối)(?:\s+thi\s+đua)?\s*(?:[.;,]|$)", regex.I)


_RE_THIS_PERIOD = regex.compile(r"\b(?:năm(?:\s+học)?\s+(?:này|nay)|hội\s+nghị\s+(?:đã|cũng)|tại\s+hội\s+nghị)\b", regex.I)
_RE_YEAR_OPENING = regex.compile(r"\W*(?:trong\s+)?năm(?:\s+học)?\s+(?:(?:19|20)\d{2}\s*[-–]\s*)?((?:19|20)\d{2})\s*,", regex.I)


def _before_period(doc: Document, s: Sentence) -> bool:
    """The sentence opens on a year (or school year) before the period the meeting is about: an earlier result."""
    m = _RE_YEAR_OPENING.match(doc.text, s.start, s.end)
    per = doc.draft.scalars.get("meeting.period")
    if m is None or per is None or per.value.get("year") is None or int(m.group(1)) >= per.value["year"]:
        return False
    # (not when a later clause turns to the period itself: "..., năm học này, Khối đã suy tôn A")
    return _RE_THIS_PERIOD.search(doc.text, m.end(), s.end) is None and str(per.value["year"]) not in doc.text[m.end():s.end]


# a clause inside the sentence that opens on a year, its comma or not: "...; năm 2022 huyện A dẫn đầu Cụm", "..., năm 2021, B
# xếp thứ nhất"
_RE_CLAUSE_YEAR_OPENING = regex.compile(r"\s*(?:trong\s+|riêng\s+|còn\s+)?năm(?:\s+học)?\s+(?:(?:19|20)\d{2}\s*[-–]\s*)?((?:19|20)\d{2})(?![\d/.-])\s*,?\s*", regex.I)


# a clause opened by the span of an interim review: "Sau 9 tháng", "Qua 6 tháng đầu năm 2024", "Hết quý I năm 2024"
_RE_CLAUSE_SPAN_OPENING = regex.compile(r"\s*" + INTERIM_SPAN + r"\s*,?\s*", regex.I)


def _clause_before_period(doc: Document, s: Sentence, at: int) -> bool:
    """The clause of ``s`` that holds ``at`` (after the last ";", ":" or "," before it) opens on a year before the one the
    meeting reviews: an earlier year's result, told in a paragraph of history ("Kết quả qua các năm: ...; năm 2022 A dẫn đầu
    Cụm" at the review of 2023), not this meeting's. (The year may stand alone before the clause's comma: "; năm 2022, A
    dẫn đầu".)"""
    per = doc.draft.scalars.get("meeting.period")
    if per is None or per.value.get("year") is None:
        return False
    t = doc.text

    def boundary(hi: int) -> int:
        return max(t.rfind(";", s.start, hi), t.rfind(":", s.start, hi), t.rfind(",", s.start, hi))

    c = boundary(at)
    # (or on a part of the year that ends before the span reviewed: "Sau 6 tháng năm 2023 A dẫn đầu Cụm" at the review of
    # 2023 is an interim result)
    sp = _RE_CLAUSE_SPAN_OPENING.match(t, c + 1 if c >= 0 else s.start, at)
    if sp is None and c >= 0 and t[c] == ",":
        c2 = boundary(c)
        sp = _RE_CLAUSE_SPAN_OPENING.fullmatch(t, c2 + 1 if c2 >= 0 else s.start, c + 1)
    if sp is not None:
        year = int(sp.group("y")) if sp.group("y") else per.value["year"]
        months = interim_span_months(sp)
        if year != per.value["year"]:
            return year < per.value["year"]
        return months < SPAN_END_MONTH.get(per.value.get("span"), 12)
    m = _RE_CLAUSE_YEAR_OPENING.match(t, c + 1 if c >= 0 else s.start, at)
    if m is None and c >= 0 and t[c] == ",":
        c2 = boundary(c)
        m = _RE_CLAUSE_YEAR_OPENING.fullmatch(t, c2 + 1 if c2 >= 0 else s.start, c + 1)
    if m is None or int(m.group(1)) >= per.value["year"]:
        return False
    return str(per.value["year"]) not in t[m.end():at]


def _judged_on_a_field(doc: Document, s: Sentence, m) -> bool:
    """A lead read from "được đánh giá cao nhất" where its sentence, before it, names a field the province assesses
    (lexicons/assessed_fields.txt: "Qua kiểm tra chéo công tác cải cách hành chính, A được đánh giá cao nhất với 96 điểm"),
    or where what is judged is a thing of the unit's ("Mô hình ... của xã A được đánh giá cao nhất"): no place of the
    cluster's emulation."""
    if "đánh giá" not in m.group(0).lower():
        return False
    t = doc.text
    return _re_assessed_field().search(t, s.start, m.start()) is not None \
        or cre.search(r"\bcủa\s", t[_clause_start(t, s.start, m.start()):m.start()], regex.I) is not None


def _lead_set_aside(doc: Document, s: Sentence, m) -> str | None:
    """Why the lead ``m`` of ``s`` is no place of this meeting's, else None: "clause" for an earlier clause's (an earlier
    year or an interim span opening it), "other" for another year's, an index's, or one judged on a field."""
    if _other_years_lead(doc, m) or _after_index(doc, s, m.start(), m.end()):
        return "other"
    if _clause_before_period(doc, s, m.start()):
        return "clause"
    return "other" if _judged_on_a_field(doc, s, m) else None


def _first_lead(doc: Document, s: Sentence, lo: int, hi: int):
    """The first lead of ``s`` in [lo, hi) that is this meeting's; past one set aside only as an earlier clause's ("Sau 9
    tháng, A tạm dẫn đầu; kết thúc năm 2024, B dẫn đầu Khối" reads B), else None."""
    m = doc.cues.search(_lead_re(doc), _V_LEAD, lo, hi)
    while m is not None:
        why = _lead_set_aside(doc, s, m)
        if why is None:
            return m
        if why == "other":
            return None
        m = doc.cues.search(_lead_re(doc), _V_LEAD, m.end(), hi)
    return None


_RE_LEAD_YEAR = regex.compile(r"\s+(?:của\s+)?(?:cụm|khối)(?:\s+thi\s+đua)?(?:\s+số\s+\d{1,2})?\s+(?:trong\s+)?(?:các\s+)?năm\s+((?:19|20)\d{2})\b", regex.I)


_RE_LEAD_MOVEMENT_YEAR = regex.compile(r"\s+(?:(?:phong trào|công tác)\s+thi\s+đua(?:\s*,?\s*khen\s+thưởng)?\s+)?(?:(?:của\s+)?(?:cụm|khối)(?:\s+thi\s+đua)?"
                                    r"(?:\s+số\s+\d{1,2})?\s+)?(?:trong\s+)?(?:các\s+)?năm\s+((?:19|20)\d{2})\b", regex.I)

_RE_LEAD_YEAR_WORDS = regex.compile(r"\s+(?:(?:phong trào|công tác)\s+thi\s+đua(?:\s*,?\s*khen\s+thưởng)?\s+)?(?:(?:của\s+)?(?:cụm|khối)(?:\s+thi\s+đua)?"
                                    r"(?:\s+số\s+\d{1,2})?\s+)?(?:trong\s+)?(?:năm\s+(?P<w>trước|ngoái|qua)(?!\p{L})"
                                    r"|giai\s+đoạn\s+(?:19|20)\d{2}\s*[-–]\s*(?P<end>(?:19|20)\d{2})\b)", regex.I)


_PARTS_OF_A_YEAR = {"h1", "9m", "q1", "q2", "q3", "q4"}


def _other_years_lead(doc: Document, m) -> bool:
    """The most excellent (or the leader) of the cluster in a year written with it that is not the one reviewed ("A là
    đơn vị xuất sắc nhất của Khối năm 2022", "A - đơn vị dẫn đầu phong trào thi đua năm 2022" at the review of 2023)."""
    if "xuất sắc nhất" not in m.group(0).lower():
        # (or the leader of another year, named at a flag's handover: "trao Cờ cho A - đơn vị dẫn đầu phong trào thi đua năm
        # 2014 của cụm" at the review of 2015)
        y = _RE_LEAD_MOVEMENT_YEAR.match(doc.text, m.end()) if "đầu" in m.group(0).lower() else None
    elif cre.search(r"\btừng\s+$", doc.text[max(0, m.start() - 12):m.start()], regex.I):
        return True  # ("A từng là đơn vị xuất sắc nhất của Khối": once, not now)
    else:
        y = _RE_LEAD_YEAR.match(doc.text, m.end())
    per = doc.draft.scalars.get("meeting.period")
    if y is None and "đầu" in m.group(0).lower():
        # (the year not in figures: "- hai tỉnh dẫn đầu Cụm năm ngoái", "năm trước"; "năm qua" where the meeting reviews no
        # year; a period that ended before the one reviewed, "dẫn đầu giai đoạn 2016 - 2020")
        w = _RE_LEAD_YEAR_WORDS.match(doc.text, m.end())
        if w is None:
            return False
        if w.group("end") is not None:
            return per is not None and per.value.get("year") is not None and int(w.group("end")) < per.value["year"]
        if w.group("w").lower() != "qua":
            return True
        # ("năm qua" another year only at the review of part of a year, a sơ kết or a quarter's giao ban; at a tổng kết, a
        # covenant, a school year's review or with no period stated it is the year reviewed)
        kind = doc.draft.scalars.get("meeting.kind")
        return kind is not None and kind.value == "so_ket" or per is not None and per.value.get("span") in _PARTS_OF_A_YEAR
    if y is None or per is None or per.value.get("year") is None:
        return False
    years = [int(y.group(1))] + [int(x) for x in cre.findall(r"\G(?:\s*,\s*|\s+và\s+)((?:19|20)\d{2})\b", doc.text[y.end():y.end() + 40])]
    return per.value["year"] not in years  # ("các năm 2022, 2023" at the review of 2023 holds it)


# --- a ranking written as a table's rows or a list's items, one a line, after the words that announce the results --------
# the lead: the results announced before a colon ("Kết quả bình xét:", "Hội nghị đã tiến hành bình xét, kết quả như sau:"), or
# the leaders chosen ("Hội nghị đã suy tôn các đơn vị dẫn đầu:"; each item then leads)
_RE_ROWS_LEAD = regex.compile(r"\b(?:kết quả|bình xét|xếp hạng|suy tôn|bình chọn|chấm điểm)\b[^:]*:\s*$", regex.I)
_RE_ROWS_LEAD_LEADERS = regex.compile(r"\b(?:suy tôn|bình chọn|bầu chọn|bình xét|công nhận)\s+(?:(?:các|những|\d{1,2}|hai|ba|bốn|năm)\s+)?"
                                      r"(?:đơn vị|tập thể|doanh nghiệp|cơ quan|trường)\s+(?:(?:xuất sắc|tiêu biểu)\s+)?(?:dẫn|đứng)\s+đầu"
                                      r"(?:\s+(?:cụm|khối)(?:\s+thi\s+đua)?)?(?:\s+năm\s+(?:19|20)\d{2})?\s*(?:là|gồm)?\s*:\s*$", regex.I)
# (not a lead of awards, of a contest's prizes, of a rotation, a plan or an index)
# (the words of a contest, in a lead or in the sentence before it)
_RE_NOT_ROWS_LEAD = regex.compile(r"\b(?:tặng|trao|khen thưởng|bằng khen|giấy khen|cờ thi đua|đề nghị|luân phiên|đăng cai|nội dung|chương trình|"
                                  r"nhiệm vụ|chỉ số|giải|" + _CONTEST_WORDS + r")\b", regex.I)
# (nor a place on an index or among the province's units: "Kết quả xếp hạng cải cách hành chính của tỉnh:", "(DDCI)")
_RE_INDEX_ROWS_LEAD = regex.compile(r"\b(?:cải cách hành chính|chuyển đổi số|năng lực cạnh tranh|của tỉnh|toàn tỉnh)\b", regex.I)
# (nor, where the lead names no emulation, a contest told in the sentence before: "... đã trao giải cho các đội. Kết quả:")
_RE_CONTEST_BEFORE_ROWS = regex.compile(r"\b(?:trao|đoạt|giành|đạt|nhận)\s+giải\b|\btranh tài\b", regex.I)
# a lead that announces results: where none does ("Hội nghị thống nhất lịch chấm điểm ...:"), or it names a schedule, a
# bare "thứ Hai", "thứ Ba" ... is a weekday ("- Sở A: thứ Hai;"), no place
_RE_RESULTS_ROWS_LEAD = regex.compile(r"\b(?:kết quả|xếp hạng|bình xét|suy tôn|bình chọn)\b", regex.I)
_RE_SCHEDULE_ROWS_LEAD = regex.compile(r"(?<!\bdu\s)\blịch\b(?!\s+sử)|\bthời gian\b|\bcác ngày\b", regex.I)
_RE_WEEKDAY_RANK = regex.compile(r"[\s:,\-–]*thứ\s+(?:hai|ba|tư|năm|[2-7])\s*[.;,:]?\s*", regex.I)
# a bare ordinal label ("Thứ nhất:", "Thứ hai:") whose item goes on with a verb after its unit counts points, no places:
# "- Thứ nhất: Sở A và Sở B hoàn thành vượt mức các chỉ tiêu;" (lexicons/clause_verbs.txt, and the words of a clause)
_RE_BARE_ORDINAL_LABEL = regex.compile(r"\s*thứ\s", regex.I)


@lru_cache(maxsize=None)
def _re_item_clause() -> "regex.Pattern[str]":
    # (not the ranking verb with its grade: the row's own place told again, "- Thứ nhất: Sở A, 98 điểm, xếp loại xuất sắc;")
    ws = [w for w in lexicon.words("clause_verbs.txt") if w not in ("đạt", "với") and not w.startswith("xếp ")]
    return regex.compile(r"(?<!\p{L})(?-i:" + alternation([*ws, "đã", "đang", "đều", "được", "luôn", "triển khai", "thực hiện"]) + r")(?!\p{L})")


# a table's header with a column of places: "STT | Đơn vị | Điểm | Xếp hạng", "STT Tên doanh nghiệp Tổng điểm Xếp loại"
_RE_ROWS_HEADER = regex.compile(r"\s*(?:STT|TT|Số\s+TT|Số\s+thứ\s+tự)\b(?=[^.;:]*\b(?:xếp\s+(?:hạng|loại|thứ)|thứ\s+hạng)\b)[^.;:]*$", regex.I)
_RE_RANK_COLUMN = regex.compile(r"xếp\s+(?:hạng|loại|thứ)|thứ\s+hạng|hạng", regex.I)
# a header numbered by rows, with a score's column and no place's, nor an award's: "| STT | Đơn vị | Điểm |", "STT Đơn vị Tổng
# điểm Xếp loại"; under a lead that announces the ranking (_RE_RANKS_INTRO: "kết quả xếp hạng", "bình xét xếp hạng ... như
# sau:") its rows' numbers are the places, read in order from 1 (not a list of members, nor of awards, numbered by STT)
# (a score's column: not a place's "Địa điểm", a date's "Ngày chấm điểm", nor the points taken off, "Điểm trừ"; nor rows of
# the units that scored, "Đơn vị chấm", "Đoàn kiểm tra", one unit's marks from each)
_RE_NUMBERED_HEADER = regex.compile(r"\s*\|?\s*(?:STT|TT|Số\s+TT|Số\s+thứ\s+tự)\b"
                                    r"(?=[^.;:]*(?<!\bđịa\s)(?<!\b(?:ngày|thời\s+gian|lịch)\s+chấm\s)\bđiểm\b(?!\s+(?:bị\s+)?trừ\b))"
                                    r"(?![^.;:]*\b(?:xếp\s+(?:hạng|thứ)|thứ\s+hạng|hạng|hình\s+thức|danh\s+hiệu|khen\s+thưởng|ghi\s+chú"
                                    r"|(?:đơn\s+vị|đoàn)\s+(?:chấm|kiểm\s+tra))\b)[^.;:]*$", regex.I)
# (a lead whose rows are in another order than their places, "xếp theo vần A, B, C", or of another year than the one reviewed)
_RE_NOT_PLACE_ORDER = regex.compile(r"\btheo\s+(?:thứ\s+tự\s+)?(?:vần|(?:bảng\s+)?chữ\s+cái|a\s*,\s*b\s*,\s*c|abc)\b|\bkhông\s+theo\s+thứ\s+tự", regex.I)
_RE_LEAD_YEARS = regex.compile(r"\bnăm\s+((?:19|20)\d{2})\b", regex.I)
_RE_SCORE_AFTER_UNIT = regex.compile(r"[\s|]*(\d{1,4}(?:[.,]\d{1,2})?)(?!\d)")
_RE_NUMBER_COLUMN = regex.compile(r"\s*(?:STT|TT|Số\s+TT|Số\s+thứ\s+tự)\s*", regex.I)
# a row's first score, where the unit's name ends in a row of no cells ("1 Công ty A 98 Xuất sắc")
_RE_ROW_FIRST_SCORE = regex.compile(r"\s+\d{1,4}(?:[.,]\d{1,2})?(?:\s*/\s*\d{2,4})?(?:\s*điểm)?(?=\s|$)", regex.I)
_RE_UNIT_COLUMN = regex.compile(r"\b(?:đơn vị|tên|tập thể|doanh nghiệp|cơ quan|trường|địa phương)\b", regex.I)
# a row's opening: a bullet, its number ("1.", "1)", "1 |", "1" before a tab)
_RE_ROW_OPENS = regex.compile(r"\s*(?:[-+•*]\s*)?(?:(?P<n>\d{1,2})(?:\s*[.)](?!\d)|(?=\s*\|)|\s+(?=\p{Lu}|(?:huyện|quận|thị xã|thành phố|xã|phường|tỉnh)\s)))?\s*\|?\s*", regex.I)
# the place written in a cell or at a row's end: "Nhất", "Thứ hai", "Xếp thứ Nhất", "Hạng 2", "Dẫn đầu"
_RANK_WORDS = (r"(?:(?:được\s+)?(?:xếp|đứng)\s+)?(?:(?:thứ|hạng)\s+(?P<o>nhất|nhì|hai|ba|tư|bốn|năm|[1-9])|(?P<b>(?-i:Nhất|Nhì|Ba|nhất|nhì)))"
               r"|(?P<lead>(?:dẫn|đứng)\s+đầu)")
# (a cell alone may hold the later places bare too: "Tư", "Năm")
_RE_RANK_CELL = regex.compile(r"\s*(?:" + _RANK_WORDS + r"|(?P<d>[1-9])|(?P<c>(?-i:Tư|Năm|Sáu|Bảy|Tám|tư|năm|sáu|bảy|tám)))\s*[.;,]?\s*", regex.I)
# a row with no cells: the unit, perhaps its score, its place last ("Huyện A: 96,8 điểm - xếp thứ Nhất;", "Công ty A 97,5 Dẫn đầu")
_RE_ROW_RANK_AT_END = regex.compile(r"(?P<sep>\s*[:,]?\s*(?:[-–]\s*)?(?:(?:đạt|với)\s+)?(?P<score>\d{1,3}(?:[.,]\d{1,2})?)(?:\s*/\s*\d{2,4})?(?:\s*điểm)?\s*[-–:,]?\s*"
                                    r"|\s*[-–:,]\s*|\s+)(?:" + _RANK_WORDS + r")\s*[.;,]?\s*$", regex.I)
# a row's place in figures after its score, under a header whose last column is the place ("1 Huyện A 92,6 1")
# (as many scores as the header has score columns, each perhaps out of a total or with "điểm": "1 Sở A 98,5 97 1", "Sở B
# 96/100 3"; all cut from the unit)
_ROW_SCORE = r"\d{1,4}(?:[.,]\d{1,2})?(?:\s*/\s*\d{2,4})?(?:\s*điểm)?\s+"
_RE_ROW_FIGURE_AT_END = [regex.compile(r"\s+(?P<score>(?:" + _ROW_SCORE + r"){0,%d})(?P<d>[1-9]\d?)$" % k, regex.I) for k in range(1, 7)]
_RE_SCORE_COLUMN = regex.compile(r"\bđiểm\b", regex.I)
_RE_RANK_COLUMN_LAST = regex.compile(r"\b(?:xếp\s+(?:hạng|thứ)|thứ\s+hạng)\s*$", regex.I)
# a row labelled with its place, its units after the colon: "- Xếp thứ Nhất: huyện A;", "- Đơn vị dẫn đầu: Sở A;"
# (or after a dash, where the place is written with "thứ"/"hạng": "Hạng 1 - Sở A (7 phiếu)", "Thứ nhất – huyện B")
_RE_ROW_LABEL = regex.compile(r"(?:(?:đơn vị|tập thể|doanh nghiệp)\s+)?(?:" + _RANK_WORDS + r")(?:\s+(?:cụm|khối))?"
                              r"\s*(?::|(?(o)[-–](?![\d-])|(?!)))\s*", regex.I)

# (a row's place given to a person, named with an honorific: "Hạng 1: ông Nguyễn Văn A, Sở B"; not "Bà Rịa - Vũng Tàu")
_RE_PERSON_IN_ROW = regex.compile(r"\s*(?-i:đồng chí|đ/c|ông|bà|anh|chị|Đồng chí|Ông)\s+\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*)+")


def _rank_read(m) -> int | None:
    """The place a _RANK_WORDS match (or a cell's figure) names; 1 for "dẫn đầu"."""
    if m.group("lead"):
        return 1
    o = m.group("o") or m.group("b") or (m.group("d") or m.group("c") if "d" in m.re.groupindex else None)
    return _rank_of(o) if o else None


def _whole_unit(doc: Document, a: int, b: int) -> tuple[int, int] | None:
    """t[a:b], stripped, when it is one unit (or a place) whole."""
    t = doc.text
    a += len(t[a:b]) - len(t[a:b].lstrip())
    b = a + len(t[a:b].rstrip(" .;,:-"))
    if b <= a or not _unit_or_place(t[a:b]):
        return None
    span = unit_after(doc, a, b, allow_lower=True)
    return (a, b) if span is not None and span[0] == a and span[1] >= b - 1 else None


def _row_ranks(doc: Document, s: Sentence, columns: list[str] | None, leads: bool, weekdays: bool = False,
               rank_last: int = 0, numbered: bool = False) -> list[tuple[int, Found]]:
    """The places one row or list item (the sentence ``s``) gives: a table's row ("1 | A | 98,5 | Nhất"), a unit and its place
    ("1. A: 96,8 điểm - xếp thứ Nhất"), a place and its units ("- Xếp thứ Nhất: A"), or a unit alone under a lead of
    leaders (``leads``); ``columns``, a header's cells, says which cell holds what; ``weekdays``: a bare "thứ Hai" may be a
    weekday (the lead announces no results), no place."""
    t = doc.text
    o = _RE_ROW_OPENS.match(t, s.start, s.end)
    a = o.end()
    end = s.start + len(t[s.start:s.end].rstrip(" .;,"))
    if "|" in t[a:end]:
        cells, pos = [], a
        for c in t[a:end].split("|"):
            if c.strip():
                cells.append((pos, pos + len(c)))
            pos += len(c) + 1
        if columns is not None and o.group("n") and len(columns) == len(cells) + 1:
            columns = columns[1:]  # (the number's column)
        unit = rank = None
        if columns is not None and len(columns) == len(cells):
            uc = next((k for k, c in enumerate(columns) if _RE_UNIT_COLUMN.search(c)), None)
            rc = next((k for k, c in enumerate(columns) if _RE_RANK_COLUMN.search(c)), None)
            if uc is not None and rc is not None and uc < rc:
                unit = _whole_unit(doc, *cells[uc])
                m = _RE_RANK_CELL.fullmatch(t, *cells[rc])
                rank = _rank_read(m) if m else None
        else:
            k = next((k for k, c in enumerate(cells) if _whole_unit(doc, *c)), None)
            if k is not None:
                unit = _whole_unit(doc, *cells[k])
                for c in reversed(cells[k + 1:]):
                    m = _RE_RANK_CELL.fullmatch(t, *c)
                    if m is not None and m.group("d") is None:
                        rank = _rank_read(m)
                        break
                # (or the place the row's first cell, written with its word: "Hạng 1 | A | 980 điểm", "Thứ nhất | A")
                if rank is None and k == 1 and (m := _RE_RANK_CELL.fullmatch(t, *cells[0])) is not None and m.group("o"):
                    rank = _rank_read(m)
        n = o.group("n") or (t[cells[0][0]:cells[0][1]].strip() if numbered and cells and columns is not None
                                 and len(columns) == len(cells) and _RE_NUMBER_COLUMN.fullmatch(columns[0]) else None)
        if numbered and not (unit and rank) and n and n.isdigit():
            # (a row of a table numbered by its places: its number)
            if unit is None and columns is not None and len(columns) == len(cells):
                uc = next((k for k, c in enumerate(columns) if _RE_UNIT_COLUMN.search(c)), None)
                unit = _whole_unit(doc, *cells[uc]) if uc is not None else None
            rank = int(n) if unit else None
        return [(rank, _ranked(t, unit))] if unit and rank else []
    if numbered and o.group("n"):
        # (a row of no cells numbered by its place, its unit up to its first score: "1 Công ty A 98 Xuất sắc")
        m = _RE_ROW_FIRST_SCORE.search(t, a, end)
        unit = _whole_unit(doc, a, m.start()) if m is not None and m.start() > a else None
        if unit:
            return [(int(o.group("n")), _ranked(t, unit))]
    if rank_last:
        # (under a header of no "|" whose last column is the place, the row's last figure: "1 Huyện A 92,6 1")
        m = _RE_ROW_FIGURE_AT_END[min(max(rank_last - 1, 1), 6) - 1].search(t, a, end)
        # (under a score's column too, one figure alone is the score, the place's cell left empty: "1 Huyện A 95")
        if m is not None and rank_last >= 2 and not m.group("score"):
            m = None
        unit = _whole_unit(doc, a, m.start()) if m is not None and m.start() > a else None
        if unit:
            return [(int(m.group("d")), _ranked(t, unit))]
    lab = _RE_ROW_LABEL.match(t, a, end)
    if lab is not None:
        if weekdays and _RE_WEEKDAY_RANK.fullmatch(t, a, lab.end()):
            return []
        if _RE_BARE_ORDINAL_LABEL.match(t, a, lab.end()) and _re_item_clause().search(t, lab.end(), end):
            return []
        if _RE_PERSON_IN_ROW.match(t, lab.end(), end):
            return []  # (a person's place, the unit after the name being the person's own: "Hạng 1 - ông Nguyễn Văn A, Sở B")
        units = [f for f in _units_to_clause_end(doc, lab.end(), s.end) if _unit_or_place(f.value)]
        r = _rank_read(lab)
        # (each without its score: "Hạng 1: Sở A - 96,5 điểm")
        return [(r, _ranked(t, (f.start, f.end)) if t[f.start:f.end] == f.value else f) for f in units] if r else []
    m = _RE_ROW_RANK_AT_END.search(t, a, s.end)
    if m is not None and m.start() > a:
        # (a bare class or "dẫn đầu" after a score or in a table: not the end of a name, "huyện Ba")
        if (m.group("b") or m.group("lead")) and m.group("score") is None and columns is None:
            return []
        if weekdays and m.group("score") is None and _RE_WEEKDAY_RANK.fullmatch(t, m.start(), m.end()):
            return []
        unit = _whole_unit(doc, a, m.start())
        r = _rank_read(m)
        return [(r, _ranked(t, unit))] if unit and r else []
    if leads and o.end() > s.start and t[o.start():o.end()].strip():
        unit = _whole_unit(doc, a, end)
        return [(1, _ranked(t, unit))] if unit else []
    return []


def _list_rows(doc: Document, acts: list[Sentence]) -> dict[int, list[tuple[int, Found]]]:
    """The places read from rows or items one a line (_row_ranks) after a lead that announces the results, or a table's
    header with a column of places; by the row's sentence start. The rows run on, line after line, while each is read."""
    t = doc.text
    out: dict[int, list[tuple[int, Found]]] = {}
    # (the sentence that leads each row read, by the unit's start, where it is a lead in words, not a table's header: the
    # ranking act stated)
    leads_of: dict[int, Sentence] = doc.memo("outcomes.row_leads", dict)
    ctx = None  # (columns, leads, weekdays) while rows may follow
    lead = None
    prev_end = -1
    ranks_lead = False  # the lead announces the ranking itself (_RE_RANKS_INTRO): a header numbered by rows numbers the places
    for s in acts:
        if ctx is not None and "\n" in t[prev_end:s.start] and not t[prev_end:s.start].strip():
            got = _row_ranks(doc, s, *ctx)
            if got and len(ctx) > 4 and ctx[4] and got[0][0] != len(out_numbered) + 1:
                got = []  # (the places of a table numbered by rows run 1, 2, 3 ...)
            if got and len(ctx) > 4 and ctx[4]:
                # (and their scores fall: "1 | A | 96" over "2 | B | 97" is numbered, not ranked; nor over "2 | B | 96", a tie
                # whose numbers tell no places)
                sc = _RE_SCORE_AFTER_UNIT.match(t, got[0][1].end, s.end)
                v = float(sc.group(1).replace(",", ".")) if sc else None
                if v is not None and out_numbered and out_numbered[-1][1] is not None and v >= out_numbered[-1][1]:
                    for k, _v in out_numbered:
                        out.pop(k, None)
                    ctx = None
                    prev_end = s.end
                    continue
                out_numbered.append((s.start, v))
            if got:
                out[s.start] = got
                if lead is not None:
                    leads_of.update((f.start, lead) for _r, f in got)
                prev_end = s.end
                continue
            if ctx[0] is None and ranks_lead and _RE_NUMBERED_HEADER.match(t, s.start, s.end):
                ctx, out_numbered = (_header_cells(t, s), False, False, 0, True), []
                prev_end = s.end
                continue
            if ctx[0] is None and _RE_ROWS_HEADER.match(t, s.start, s.end):
                ctx = (_header_cells(t, s), ctx[1], False, _rank_last(t, s))
                prev_end = s.end
                continue
        ctx = lead = None
        ranks_lead = False
        low = doc.cues.lower[s.start:s.end]
        if ":" in low and _RE_ROWS_LEAD_LEADERS.search(low) and not _ranks_ahead(low, _period_over(doc)) and not _before_period(doc, s):
            ctx, lead = (None, True, False), s
        elif ":" in low and _RE_ROWS_LEAD.search(low) and not _RE_NOT_ROWS_LEAD.search(low) and not _ranks_ahead(low, _period_over(doc)) \
                and not _before_period(doc, s) and not _RE_INDEX_RANK.search(low) and not _RE_INDEX_ROWS_LEAD.search(low) \
                and not _contest_before(doc, s, low):
            ctx = (None, False, not _RE_RESULTS_ROWS_LEAD.search(low) or _RE_SCHEDULE_ROWS_LEAD.search(low) is not None)
            lead = s
            # (the lead names the ranking itself, "xếp hạng", "bình xét": a scoring's results alone, "kết quả chấm điểm theo bảng
            # sau:", list scores, their rows' numbers no places, as the twenty-eighth pass settled)
            ranks_lead = _RE_RANKS_INTRO.search(low) is not None and _RE_RANKING_NAMED.search(low) is not None \
                and not _RE_NOT_RANKS_INTRO.search(low) \
                and not _RE_SCHEDULE_ROWS_LEAD.search(low) and not _RE_NOT_PLACE_ORDER.search(low) and not _other_year_lead(doc, low)
        elif _RE_ROWS_HEADER.match(t, s.start, s.end) and not _index_before(doc, s):
            ctx = (_header_cells(t, s), False, False, _rank_last(t, s))
        prev_end = s.end
    return out


def _other_year_lead(doc: Document, low: str) -> bool:
    """The lead names only years other than the one reviewed: "Kết quả xếp hạng thi đua năm 2023:" at the review of 2024."""
    years = [int(y) for y in _RE_LEAD_YEARS.findall(low)]
    per = doc.draft.scalars.get("meeting.period")
    return bool(years) and per is not None and per.value.get("year") is not None and per.value["year"] not in years


def _sentence_before(doc: Document, s: Sentence) -> Sentence | None:
    return next((x for x in reversed(doc.content_sentences()) if x.end <= s.start), None)


def _contest_before(doc: Document, s: Sentence, low: str) -> bool:
    """A lead that names no emulation after a sentence that tells a contest: its prizes follow ("Sau một ngày tranh tài, Ban
    Tổ chức đã trao giải cho các đội. Kết quả:")."""
    if "thi đua" in low:
        return False
    b = _sentence_before(doc, s)
    if b is None:
        return False
    v = doc.text[b.start:b.end]
    return bool(_RE_NOT_ROWS_LEAD_CONTEST.search(v) or _RE_CONTEST_BEFORE_ROWS.search(v) or _RE_CONTEST_STANDINGS.search(v))


_RE_NOT_ROWS_LEAD_CONTEST = regex.compile(r"\b(?:" + _CONTEST_WORDS + r")\b", regex.I)


def _sport_lead(doc: Document, s: Sentence) -> bool:
    """A table's lead naming a sports event or its prizes ("Kết quả giải bóng đá:", "Kết quả giải bóng chuyền hơi như sau:"):
    its places are the contest's standings, not the cluster's."""
    b = _sentence_before(doc, s)
    return b is not None and _RE_CONTEST.search(doc.text, b.start, b.end) is not None


def _index_before(doc: Document, s: Sentence) -> bool:
    """A header with no lead, itself or after a sentence that names an index or the province's ranking ("... trong Chỉ số cải
    cách hành chính của tỉnh, cụ thể:" / "STT | Đơn vị | Điểm PAR Index | Xếp hạng"): its places are on that index."""
    b = _sentence_before(doc, s)
    return any(_RE_INDEX_RANK.search(v) or _RE_INDEX_ROWS_LEAD.search(v)
               for v in (doc.text[s.start:s.end], doc.text[b.start:b.end] if b is not None else ""))


def _rank_last(t: str, s: Sentence) -> int:
    """A header of no "|" whose last column is the place ("TT Đơn vị Điểm Thứ hạng"): 1 and the number of score columns
    before it (2 for one, 3 for "Điểm tự chấm Điểm Khối chấm"), 1 without, 0 for any other header."""
    if "|" in t[s.start:s.end] or _RE_RANK_COLUMN_LAST.search(t, s.start, s.start + len(t[s.start:s.end].rstrip(" .;:"))) is None:
        return 0
    # (a scale in brackets is no column of its own: "Điểm (thang điểm 100)")
    return 1 + len(_RE_SCORE_COLUMN.findall(cre.sub(r"\([^()]*\)", lambda b: " " * len(b.group(0)), t[s.start:s.end])))


def _header_cells(t: str, s: Sentence) -> list[str] | None:
    """A header's cells, where "|" parts them (else None: its columns are not known)."""
    v = t[s.start:s.end]
    return [c.strip() for c in v.split("|") if c.strip()] if "|" in v else None


_RE_COMPARED_YEAR_OPENS = regex.compile(r"\W*so\s+với\s+(?:năm\s+(?:\d{4}|trước|ngoái)|cùng\s+kỳ(?:\s+năm\s+(?:\d{4}|trước))?)"
                                     r"\s*\([^()]{2,300}\)\s*,?\s*", regex.I)


_RE_CAPITAL_WORD = regex.compile(r"(?<!\p{L})(?-i:\p{Lu})\p{L}*")
# (the unit holding the contest word is itself ranked: its place right after it, "A hạng nhất", "A xếp thứ hai", "A dẫn đầu",
# "A được Khối suy tôn"; or the verb or the place that ranks it right before it, "bình chọn A", "thứ nhì là A" -- not an
# organiser or a venue, "Ban Tổ chức Hội thao công bố ...", "tại Nhà thi đấu tỉnh, A xếp thứ nhất")
_RE_RANKED_AFTER_UNIT = regex.compile(r"\s*(?:\([^()]{1,60}\)\s*)?,?\s*(?:(?:đã|tiếp tục|lần lượt|vinh dự)\s+)?(?:(?:xếp|đứng|đạt|giành|giữ)\s+)?"
                                      r"(?:(?:thứ|hạng|vị trí)\s+(?:nhất|nhì|ba|tư|hai|năm|[1-9])(?!\p{L})|(?:dẫn|đứng)\s+đầu\b"
                                      r"|được\s+(?:[^\s,;.:]+\s+){0,4}?(?:suy tôn|bình chọn|bầu chọn|bình xét|xếp)\b)", regex.I)
_RE_RANKED_BEFORE_UNIT = regex.compile(r"(?:\b(?:suy tôn|bình chọn|bầu chọn|bình xét|công nhận)(?:\s+(?:đơn vị|tập thể))?"
                                       r"|\b(?:thứ|hạng)\s+(?:nhất|nhì|ba|tư|hai|[1-9])\s+(?:là|thuộc về)"
                                       r"|\bđầu(?:\s+(?:cụm|khối)(?:\s+thi\s+đua)?)?\s+(?:là|thuộc về|gồm|có))\s*:?\s*$", regex.I)


def _inside_unit_name(doc: Document, s: Sentence, m) -> bool:
    """The word ``m`` is part of a ranked unit's name in the sentence ("bình chọn Trung tâm Huấn luyện và Thi đấu thể thao
    tỉnh hạng nhất", "Nhà thi đấu tỉnh dẫn đầu"): a capital word of a unit's head before it opens a unit whose span holds it,
    and the unit is ranked there (not the organiser or the venue of a contest: "Ban Tổ chức Hội diễn tỉnh công bố ...")."""
    t = doc.text
    for w in reversed(list(_RE_CAPITAL_WORD.finditer(t, max(s.start, m.start() - 80), m.start() + 1))):
        if not starts_with_unit_head(t[w.start():m.end() + 40]):
            continue
        span = unit_after(doc, w.start(), s.end)
        if span is not None and span[0] <= m.start() and m.end() <= span[1]:
            return _RE_RANKED_AFTER_UNIT.match(t, span[1], s.end) is not None \
                or _RE_RANKED_BEFORE_UNIT.search(t, max(s.start, span[0] - 60), span[0]) is not None
    return False


# a contest the cluster plans in a later clause of the ranking's sentence: "suy tôn A dẫn đầu Cụm và thống nhất tổ chức
# hội thao", "..., năm tới sẽ đăng cai hội thi"; it is no contest the ranking was a result of
_RE_PLANNED_CONTEST = regex.compile(
    r"(?:[,;]|(?<!\p{L})và)\s+(?:(?-i:\p{Ll})+\s+){0,3}?(?:thống nhất|sẽ|dự kiến|chuẩn bị|kế hoạch)\s+(?:[^\s,;.]+\s+){0,5}?"
    r"(?:tổ chức|đăng cai)\s+(?:(?:các|một|giải)\s+)?$", regex.I)


def _planned_contest(doc: Document, s: Sentence, m) -> bool:
    """The contest word ``m`` is the object of a plan in a later clause, after a ranking earlier in the sentence."""
    t = doc.text
    lo = max(s.start, m.start() - 120)
    p = _RE_PLANNED_CONTEST.search(t, lo, m.start())
    return p is not None and cre.search(r"\b(?:dẫn đầu|xếp thứ|xếp hạng|đứng đầu|nhất|nhì)\b", t[s.start:p.start()], regex.I) is not None


def rankings(doc: Document) -> list[tuple[int, Found]]:
    t = doc.text
    cx = doc.cues
    out: list[tuple[int, Found]] = []
    acts = _acts(doc)
    results = _year_results(doc)
    if results:
        acts = sorted([*acts, *results], key=lambda x: x.start)
    sents_before = {b.start: a for a, b in zip(acts, acts[1:])}
    rows = _list_rows(doc, acts) if "\n" in t else {}
    row_sents = [s for s in acts if s.start in rows]
    for s in acts:
        if s.start in rows:
            out += [(r, f) for r, f in rows[s.start] if not any(g.start == f.start for _r, g in out)]
            continue
        # (another year's ranks in brackets after the comparison opening the sentence: "So với năm 2022 (A dẫn đầu, B xếp thứ
        # hai), năm 2023 hội nghị suy tôn B dẫn đầu": the ranks after it)
        cmp = _RE_COMPARED_YEAR_OPENS.match(t, s.start, s.end) if "so với" in cx.lower[s.start:s.start + 12] else None
        if cmp is not None:
            s = Sentence(cmp.end(), s.end, s.block)
        low = cx.lower[s.start:s.end]
        # the ranks listed after the words that announce them, one unit an item on its own line or sentence: "Kết quả xếp
        # hạng thi đua như sau:" / "1. A" / "2. B"; "... như sau: 1. A. 2. B."; "Thứ nhất: A" / "Thứ hai: B"
        if ":" in low and ("xếp hạng" in low or "kết quả" in low or "thứ tự" in low) and not _ranks_ahead(low, _period_over(doc)) \
                and not _before_period(doc, s):
            listed_ranks = _announced_ranks(doc, s)
            if listed_ranks:
                # (the ranks listed on the lines below: the lead states the act)
                doc.memo("outcomes.row_leads", dict).update((f.start, s) for _r, f in listed_ranks if f.start >= s.end)
                # (the rows read one a line below stand: "1. A 98,5 điểm Xếp thứ Nhất" is A's row, its score and place apart)
                out += [(r, f) for r, f in listed_ranks if not any(g.start == f.start for _r, g in out)
                        and not any(x.start <= f.start < x.end for x in row_sents)]
                continue
        if not ("nhất" in low or "đầu" in low or "xếp" in low or "thứ" in low or "hạng" in low or "bình xét" in low) \
                or _ranks_ahead(low, _period_over(doc)):
            continue
        if _before_period(doc, s):
            continue  # "Năm học 2017 - 2018, A được suy tôn dẫn đầu Khối" at the review of 2018 - 2019: an earlier result
        m = cx.search(_RE_RANK_LIST, _V_RANK_ORDS, s.start, s.end) or (search(_RE_RANK_ORDER, t, s.start, s.end) if "thứ tự" in low else None)
        if m:
            ords = [_ORD[w.lower()] for w in cre.findall(r"nhất|nhì|ba|tư", m.group("ords"), regex.I)] if m.re is _RE_RANK_LIST \
                else list(range(1, int(m.group("n")) + 1))
            items = _split_units(doc, m.end(), s.end)
            if len(items) < len(ords) and ";" in t[m.end():s.end]:
                # (parted by ";", a name holding a comma: "lần lượt xếp thứ Nhất, Nhì, Ba là: A; Sở B, C và D; E")
                semi = [_semi_whole(doc, a, p) for a, p in _semi_parts(t, m.end(), s.end)]
                if len(semi) == len(ords) and all(semi):
                    items = [_ranked(t, u) for u in semi]
            for r, f in zip(ords, items):
                out.append((r, f))
            if out:
                return out
        if any(not _inside_unit_name(doc, s, c) and not _planned_contest(doc, s, c)
               for c in _scan(doc, _RE_CONTEST, _V_CONTEST, s.start, s.end)) \
                or (("môn" in low or "nội dung" in low) and _RE_SPORT_RESULTS.search(t, s.start, s.end)):
            continue
        # the ranks numbered in brackets after the order is announced: "thứ tự xếp hạng như sau: (1) A; (2) B; (3) C"
        # (an order of ranking: not a rotation, a hosting order or an agenda, "thứ tự luân phiên / đăng cai / các nội dung")
        if ("(1)" in low or "1." in low or "1)" in low or "1/" in low) and _RE_RANK_ORDER_WORDS.search(low) and not _RE_NOT_RANK_ORDER.search(low) \
                and not _RE_INDEX_RANK.search(low):
            items = list(_RE_NUMBERED_RANK.finditer(t, s.start, s.end))
            # (not the recipients of an award numbered after it: "đề nghị tặng Bằng khen cho 3 tập thể: 1. A; 2. B")
            verb = None
            for verb in _RE_RANK_ORDER_WORDS.finditer(low, 0, items[0].start() - s.start if items else 0):
                pass
            if items and _RE_AWARD_WORDS.search(t, s.start + (verb.end() if verb else 0), items[0].start()):
                items = []
            numbered = [(int(m.group(1) or m.group(2)), unit_after(doc, m.end(), s.end)) for m in items]
            if len(numbered) >= 2 and [r for r, _ in numbered] == list(range(1, len(numbered) + 1)) \
                    and all(u and starts_with_unit_head(t[u[0]:u[1]]) for _, u in numbered):
                out += [(r, _ranked(t, u)) for r, u in numbered]
                continue
        if " nhì" in low:
            series = _bare_place_series(doc, s)
            if series:
                out += [(r, f) for r, f in series if not any(g.start == f.start for _r, g in out)]
                continue
        lo = s.start
        taken: list[tuple[int, int]] = []  # what "hạng Nhì thuộc về A" read: no "xếp hạng" there is read again
        ranking = None  # whether the sentence is about ranking: asked only of a rank without xếp/đứng
        labels_ranked = False  # a series of labels opened by its verb ("xếp thứ nhất: A; thứ nhì: B")
        for m in _scan(doc, _RE_RANK_NTH_IS, _V_RANK_NTH_IS, s.start, s.end):
            # (a label before a colon ranks with its verb, in a series it opened, or before a unit in a sentence that ranks;
            # "thứ nhất: công tác tuyên truyền" numbers a point)
            if m.group(0).rstrip().endswith(":"):
                if m.group("v"):
                    labels_ranked = True
                elif not labels_ranked and not (starts_with_unit_head(t[m.end():m.end() + 40])
                                                and _RE_CHOSEN_IN_CLUSTER.search(t, s.start, s.end)):
                    continue
            if not m.group("v"):
                if ranking is None:
                    ranking = next(_scan(doc, _RE_RANK_CONTEXT, _V_RANK_CONTEXT, s.start, s.end), None) is not None
                if not ranking:
                    continue
            if m.group("cl") and cre.search(r"\b\d{1,2}\s+(?:đơn vị|cơ quan|tập thể)\s+$", t[max(s.start, m.start() - 25):m.start()]):
                continue  # "02 đơn vị xếp hạng nhất cụm là A và B": the units counted, read with their count below
            counted = _RE_COUNTED_KIND.match(t, m.end(), s.end)
            if counted:
                # "hạng Nhì thuộc về 2 tỉnh: A và B": each unit of the count holds the rank
                units = _units_to_clause_end(doc, counted.end(), s.end)
                out += [(_rank_of(m.group("o")), f) for f in units]
                lo = units[-1].end if units else lo
                taken.append((m.start(), lo))
                continue
            # (a tie, or two units after "là": "đồng hạng nhì là A và B", "xếp thứ hai là A và B"; or the units it "gồm")
            if m.group("tie") or m.group("list") or _RE_TWO_UNITS_AFTER.match(t, m.end(), s.end):
                units = _units_to_clause_end(doc, m.end(), s.end)
                if len(units) >= (1 if m.group("list") else 2):
                    out += [(_rank_of(m.group("o")), f) for f in units]
                    lo = units[-1].end
                    taken.append((m.start(), lo))
                    continue
            span = unit_after(doc, m.end(), s.end)
            if span:
                out.append((_rank_of(m.group("o")), _ranked(t, span)))
                lo = span[1]
                taken.append((m.start(), lo))
        # "01 đơn vị xếp hạng Nhất (A), 02 đơn vị xếp hạng Nhì (B, C)": the units counted for a rank, listed in brackets
        # after it (as many as counted)
        for m in (finditer(_RE_COUNTED_RANK_LISTED, t, s.start, s.end) if "(" in low else ()):
            close = t.find(")", m.end(), s.end)
            units = _split_units(doc, m.end(), close) if close > 0 else []
            if units and len(units) == count_value(m.group("n")):
                out += [(_rank_of(m.group("o")), f) for f in units]
                taken.append((m.start(), close + 1))
        # a rank written as a label of the cluster before its unit: "Nhất cụm: A; Nhì cụm: B; Ba cụm: C"
        for m in (finditer(_RE_RANK_LABEL, t, s.start, s.end) if ":" in low else ()):
            span = unit_after(doc, m.end(), s.end, allow_lower=cre.match(_ADMIN_LOW, t[m.end():m.end() + 12]) is not None)
            if span:
                out.append((_ORD[m.group("o").lower()], _ranked(t, span)))
                lo = span[1]
        # the bare class of the cluster, then its unit: "nhất Khối là A, nhì Khối là B"
        # (each unit up to the next class: "nhất Khối thuộc về A và nhì Khối là B")
        classes = list(finditer(_RE_RANK_CLUSTER_IS, t, s.start, s.end)) if any(w in low for w in ("nhất cụm", "nhất khối", "nhì cụm", "nhì khối")) \
            and (" là" in low or "thuộc về" in low) else []
        # ("ba Khối là C" a class only after "nhất/nhì Khối là" read before it: alone, "ba cụm là A, B, C" counts them)
        classes = [m for k, m in enumerate(classes) if m.group("o").lower() != "ba" or any(c.group("o").lower() != "ba" for c in classes[:k])]
        for k, m in enumerate(classes):
            span = unit_after(doc, m.end(), classes[k + 1].start() if k + 1 < len(classes) else s.end, allow_lower=cre.match(_ADMIN_LOW + r"|thành phố|tỉnh", t[m.end():m.end() + 12], regex.I) is not None)
            if span and not any(f.start == span[0] for _r, f in out):
                out.append((_ORD[m.group("o").lower()], _ranked(t, span)))
                lo = span[1]
                taken.append((m.start(), lo))
        # a class and its unit after a dash or colon, in a sentence about ranking: "Xếp loại: hạng Nhất - A; hạng Nhì - B"
        for m in (finditer(_RE_RANK_CLASS_LABEL, t, s.start, s.end) if ("hạng" in low or "loại" in low or "thứ" in low)
                  and not _RE_INDEX_RANK.search(low) else ()):
            if cre.search(r"\b(?:huân|huy)\s+chương\b", low[:m.start() - s.start]):
                break  # an order's classes ("tặng Huân chương Lao động: hạng Nhì - A; hạng Ba - B"), no ranking
            if ranking is None:
                ranking = next(_scan(doc, _RE_RANK_CONTEXT, _V_RANK_CONTEXT, s.start, s.end), None) is not None
            if not ranking:
                break
            if m.group("sp") is not None and not (starts_with_unit_head(t[m.end():m.end() + 40]) or _RE_UNIT_OPENS.match(t, m.end(), s.end)):
                continue
            # ("thứ nhất: A" numbers points as often: only where units are chosen, each label's unit its whole item)
            ordinal = m.group(0).lower().lstrip().startswith("thứ")
            if ordinal and not _RE_CHOSEN_IN_CLUSTER.search(t, s.start, s.end):
                continue
            span = unit_after(doc, m.end(), s.end)
            if span and ordinal and not cre.match(r"\s*(?:[;,.]|$)", t[span[1]:s.end]):
                continue
            # (an ordinal numbering points gives a unit or a place, not a point's words: "Thứ hai: Nâng cao chất lượng ...")
            if span and ordinal and not _unit_or_place(t[span[0]:span[1]]):
                continue
            if span:
                out.append((_ORD[m.group("o").lower()], _ranked(t, span)))
                lo = span[1]
        # (not a contest's prizes told in the sentence before: "Giải bóng chuyền kết thúc. Kết quả: Nhất: A; Nhì: B")
        prev = sents_before.get(s.start)
        if low.count(":") >= 2 and next(_scan(doc, _RE_RANK_CONTEXT, _V_RANK_CONTEXT, s.start, s.end), None) is not None \
                and not (prev is not None and next(_scan(doc, _RE_CONTEST, _V_CONTEST, prev.start, prev.end), None) is not None):
            labels = []
            for m in finditer(_RE_RANK_LABEL_BARE, t, s.start, s.end):
                if m.group("after") != "," or labels:
                    labels.append(m)
            for k, m in enumerate(labels):
                # (each label's units up to the next label; a place in lower case with its kind, "Nhì: thành phố A", is one)
                stop = search(_RE_UNITS_CLAUSE_END, t, m.end(), s.end)
                end = min(stop.start() if stop else s.end, labels[k + 1].start() if k + 1 < len(labels) else s.end)
                out += [(_ORD[m.group("o").lower()], f) for f in _split_units(doc, m.end(), end, provinces=True)]
        # (the labels with no colon of their own: "Kết quả: Nhất A; Nhì B; Ba C")
        if ":" in low and ";" in low and next(_scan(doc, _RE_RANK_CONTEXT, _V_RANK_CONTEXT, s.start, s.end), None) is not None \
                and next(_scan(doc, _RE_CONTEST, _V_CONTEST, max(0, s.start - 300), s.start), None) is None:
            # (each label before a unit: not "Ba Đình 98 điểm; Ba Vì 97 điểm", places named "Ba ...")
            labels = [m for m in finditer(_RE_RANK_LABEL_SPACED, t, s.start, s.end)
                      if starts_with_unit_head(t[m.end():m.end() + 40]) or _RE_UNIT_OPENS.match(t, m.end(), s.end)]
            if len(labels) >= 2 and not any(f.start >= s.start for _r, f in out):
                for m in labels:
                    out += [(_ORD[m.group("o").lower()], _before_predicate(f)) for f in _units_to_clause_end(doc, m.end(), s.end)]
        # "A đứng đầu Cụm; hai vị trí tiếp theo thuộc về B và C": the places after the first, in turn
        nxt = _RE_NEXT_PLACES.search(t, s.start, s.end) if "tiếp theo" in low else None
        if nxt is not None:
            units = _units_to_clause_end(doc, nxt.end(), s.end)
            if len(units) == count_value(nxt.group("n")) and (any(r == 1 and f.start < nxt.start() for r, f in out)
                                                             or _lead_re(doc).search(t, s.start, nxt.start())):
                out += [(2 + k, f) for k, f in enumerate(units)]
                taken.append((nxt.start(), units[-1].end))
        nxt = _RE_NEXT_SCORED.search(t, s.start, s.end) if nxt is None and "tiếp" in low and "điểm" in low else None
        # (the leader this meeting's: not one set aside, an index's or an interim's, "Sau 6 tháng, A dẫn đầu; tiếp theo là ...")
        if nxt is not None and (any(r == 1 and s.start <= f.start < nxt.start() for r, f in out)
                                or _first_lead(doc, s, s.start, nxt.start())):
            # (each part a unit and its score, the scores falling: not "tiếp theo là các hoạt động ...")
            stop = search(_RE_UNITS_CLAUSE_END, t, nxt.end(), s.end)
            # (parted at a comma before a space or at "và": a score's decimal comma, "95,5 điểm", parts nothing)
            parts = [p for p in _parts(doc, nxt.end(), stop.start() if stop else s.end)]
            parts = [Found(t[a.start:b.end], a.start, b.end) if b is not None else a
                     for a, b in _rejoin_decimals(t, parts)]
            scores = [_RE_PART_SCORE.search(p.value) for p in parts]
            units = [_before_predicate(p) for p in parts]
            if parts and all(scores) and all(_unit_or_place(u.value) for u in units):
                n = [float(m.group("n").replace(",", ".")) for m in scores]
                # (falling strictly: equal scores state no order, "B 96 điểm và C 96 điểm")
                if all(x > y for x, y in zip(n, n[1:])):
                    out += [(2 + k, f) for k, f in enumerate(units) if not any(g.start == f.start for _r, g in out)]
                    taken.append((nxt.start(), units[-1].end))
        # "xếp thứ hai, thứ ba lần lượt là B, C": the ranks first, one to each unit named after, in order
        for m in (finditer(_RE_RANKS_RESPECTIVELY_ARE, t, s.start, s.end) if "lần lượt" in low else ()):
            ords = _ords(m.group("ords"))
            units = _units_to_clause_end(doc, m.end(), s.end)
            if len(units) == len(ords) >= 2:
                out += [(r, f) for r, f in zip(ords, units)]
                taken.append((m.start(), units[-1].end))
        # "B và C lần lượt xếp thứ hai, thứ ba": one rank to each unit named before, in order
        for m in (finditer(_RE_RANK_RESPECTIVE, t, s.start, s.end) if "lần lượt" in low or "thứ" in low or "hạng" in low else ()):
            ords = _ords(m.group("ords"))
            clause = _clause_start(t, s.start, m.start())
            # (each unit without what the clause says of it, nor the words before it: "B và C là hai đơn vị tiêu biểu, xếp thứ
            # hai và thứ ba", "suy tôn B và C lần lượt xếp ...", "Hai đơn vị B và C ...")
            parts = [_before_predicate(f) for f in _parts(doc, clause, m.start())]
            units = [u for u in (_unit_in(f) or _named_or_unit_in(f) for f in parts) if u][-len(ords):]
            if any(unit_after(doc, u[0], u[1]) != (u[0], u[1]) for u in units):
                units = []  # (a unit that goes on into a clause: not the units ranked in turn)
            if len(units) == len(ords) >= 2:
                out += [(r, _ranked(t, u)) for r, u in zip(ords, units)]
                taken.append((clause, m.end()))
        nth_lo = s.start
        for m in _scan(doc, _rank_nth_re(doc), _V_RANK_NTH, s.start, s.end):
            if m.start() < nth_lo or any(a <= m.start() < b for a, b in taken):
                continue
            # (a bare class in brackets, only where the cluster's units are chosen: not a friendly match's results)
            # (or a class after a colon: "A: hạng Nhất")
            if (m.group("bare") is not None or m.group("colon") is not None) and not _RE_CHOSEN_IN_CLUSTER.search(t, s.start, s.end):
                continue
            if cre.search(r"\blần lượt\s*$", t[max(s.start, m.start() - 12):m.start()], regex.I):
                continue  # ranks in turn are read together above, or not at all ("lần lượt xếp thứ hai, thứ ba toàn quốc")
            if _after_index(doc, s, m.start(), m.end()):
                continue  # a place on the index named before it ("Theo Quyết định công bố Chỉ số ..., A xếp thứ nhất")
            if _clause_before_period(doc, s, m.start()):
                lo = nth_lo = m.end()
                continue  # an earlier year's place, in its own clause: "...; năm 2022 A xếp thứ ba"
            # (the unit sits after the last rank read before it: "A xếp hạng Nhất; hạng Nhì thuộc về B; C xếp hạng Sáu")
            lo = max([nth_lo] + [b for a, b in taken if b <= m.start()])
            if lo == s.start:  # (past a list item's bullet: "- Công ty A (thứ nhất);")
                lo += len(t[lo:m.start()]) - len(t[lo:m.start()].lstrip(" \t-–•*+"))
            # "A xếp thứ nhất, B xếp thứ hai": each unit sits between the previous ranking and this one
            o = m.group("o").lower()
            r = _ORD.get(o) or (int(o) if o.isdigit() else None) or _ROMAN_RANK.get(m.group("o"))
            # (the rank read before opens on the unit it ranks, rank first: "xếp thứ nhất A, đơn vị Cụm trưởng, xếp thứ hai B":
            # an apposition there is the unit's before it, no unit of this rank's)
            rank_first = lo == nth_lo > s.start and cre.match(r"[ \t]+(?-i:\p{Lu})", t[lo:lo + 4]) is not None
            # ("B là đơn vị xếp thứ hai": the unit before its class word)
            # ("A (xếp thứ nhất)", "A (đơn vị xếp thứ Nhì)": the unit before the bracket; "A đạt 968 điểm, xếp thứ nhất": before its score)
            # ("A tạm xếp thứ nhất": provisionally, no part of the unit)
            # ("A xếp loại Xuất sắc, đứng thứ nhất": before its grade; "A: hạng Nhất": before the colon; "A hoàn thành xuất sắc
            # nhiệm vụ, xếp thứ nhất": before its merit; "B, đơn vị dẫn đầu năm 2023, xếp thứ hai": before its apposition)
            # ("A được xếp thứ nhất": passive, before "được"; its agent and the verb that chose it may follow, "A được Hội
            # nghị suy tôn xếp hạng Nhất", "A được bình xét xếp thứ nhất"; the agent in lower case or in a few words, "A
            # được cụm suy tôn xếp hạng nhất", "A được Ban chỉ đạo cụm bình chọn xếp thứ nhì")
            # (or the verb that agrees on it, the agent in more words: "A được Cụm thống nhất xếp thứ Nhất", "A được các đơn vị
            # trong Cụm bình chọn xếp hạng nhất")
            end = lo + len(cre.sub(r"\s+(?:là\s+)?(?:đơn vị|tập thể|doanh nghiệp)\s*$|\s+tạm\s*$|\s+(?:đã\s+)?(?-i:được)(?:\s+(?-i:[Cc]ụm|[Kk]hối|[Hh]ội nghị|các đơn vị|các thành viên))?"
                                   r"(?:\s+(?:" + _AGREEING_VERBS + r"))?(?:\s+(?:" + _CHOOSING_VERBS + r"))?\s*$"
                                   r"|\s+(?:đã\s+)?(?-i:được)(?:\s+[^\s,;.:()]+){1,6}?\s+(?:" + _CHOOSING_VERBS + "|" + _AGREEING_VERBS + r")\s*$|\s*\(\s*(?:(?:là\s+)?(?:đơn vị|tập thể|doanh nghiệp)\s*)?$|\s*,?\s+(?:đạt|được|với)\s+(?:tổng\s+)?[\d.,]+\s*(?:điểm|%\s*(?:số\s+)?phiếu(?:\s+bầu)?|phiếu(?:\s+bầu)?)\s*,?\s*$"
                                   # (a list's item, its score bare with no verb: "; B 96 điểm, xếp thứ hai", "; B tổng số 96 điểm";
                                   # not in a list under an index named before it in the sentence, its later items past a ";" too:
                                   # "Chỉ số PAR Index năm 2023, A đạt 92 điểm, xếp thứ nhất; B 90 điểm, xếp thứ hai")
                                   # (not a row's score after its colon, "- A: 91,5 điểm, xếp thứ 3": the rows reader's, under its lead)
                                   + (r"|(?<![:\s])\s+(?:(?:có|tổng(?:\s+số)?(?:\s+điểm)?|số\s+điểm)\s+)?\d{1,4}(?:[.,]\d{1,2})?\s*điểm\s*,?\s*$"
                                      if not _index_named_before(doc, s, m.start()) else "")
                                   + r"|" + _RE_GRADE_BEFORE.pattern + r"|" + _RE_PRAISE_BEFORE.pattern + r"|\s*:\s*$"
                                   # (what the unit is, told between commas: "B, đơn vị dẫn đầu năm trước, xếp thứ hai")
                                   + (r"|\s*,\s*(?:là\s+)?(?:đơn vị|địa phương|tập thể)\s+[^,;:()]{1,60}?,\s*$" if not rank_first else ""),
                                   "", t[lo:m.start()]))
            # (the words between the unit and its place: "A tiếp tục xếp thứ hai", "A năm nay xếp thứ hai", "A đã vươn lên
            # đứng thứ hai"; no place where it is aimed at, "A quyết tâm vươn lên xếp thứ hai")
            cut = _modifiers_cut(t, lo, end)
            if cut is None:
                lo = nth_lo = m.end()
                continue
            end = cut
            # (a tie: "A và B đồng hạng ba", "A và B đồng xếp thứ nhất", "A, B cùng xếp thứ hai": every unit before it)
            tie = _RE_TIE_BEFORE.search(t, max(lo, end - 12), end)
            if tie is not None or "đồng" in m.group(0):
                cut = tie.start() if tie is not None else end
                units = _tied_units(doc, _clause_start(t, lo, cut), cut)
                if r and len(units) >= 2:
                    out += [(r, _ranked(t, u)) for u in units]
                    lo = nth_lo = m.end()
                    continue
                end = cut
            span = unit_before(doc, lo, end) or _capitalised_before(doc, lo, end) or _place_before(t, lo, end)
            if r and span and _RE_AND_BEFORE_UNIT.search(t, max(lo, span[0] - 8), span[0]) and not _RE_NEXT_ORD.match(t, m.end(), s.end):
                # "A và B đứng thứ nhì": each unit joined before the rank holds it (each a unit whole, not ranked already:
                # not "suy tôn A là đơn vị dẫn đầu và B xếp thứ hai")
                units = _tied_units(doc, _clause_start(t, lo, span[1]), span[1])
                if len(units) >= 2 and units[-1][0] == span[0] and all(
                        unit_after(doc, u[0], u[1]) == (u[0], u[1]) and not any(f.start <= u[0] < f.end for _r, f in out) for u in units):
                    out += [(r, _ranked(t, u)) for u in units]
                    lo = nth_lo = m.end()
                    continue
            if r and span:
                out.append((r, _ranked(t, span)))
            lo = nth_lo = m.end()
        # "suy tôn A hạng nhất, B hạng nhì, ...": the first rank too after its unit with no verb, where units are chosen
        # (or a sentence that gives results, the next rank too bare after its unit: "Kết quả: A hạng Nhất; B hạng Nhì; C hạng
        # Ba"; not a contest's, told in the sentence before)
        if not any(f.start >= s.start for _, f in out) and "nhất" in low and (
                _RE_CHOSEN_IN_CLUSTER.search(t, s.start, s.end) or _results_series(doc, s)):
            fm = _RE_RANK_FIRST_BARE.search(t, s.start, s.end)
            if fm is not None:
                lo2 = _clause_start(t, s.start, fm.start())
                for vm in _RE_CHOSEN_IN_CLUSTER.finditer(t, lo2, fm.start()):
                    lo2 = vm.end()
                lo2 += len(t[lo2:fm.start()]) - len(t[lo2:fm.start()].lstrip())
                span = unit_before(doc, lo2, fm.start()) or _capitalised_before(doc, lo2, fm.start())
                if span is not None:
                    out.append((1, _ranked(t, span)))
        # "A xếp hạng nhất, B hạng nhì, C hạng ba": the ranks after the first, each after its unit with no verb
        # (or after the unit that leads, in a sentence that chooses the cluster's units: "Qua bình xét, A dẫn đầu Cụm; B hạng
        # nhì; C hạng ba", "A dẫn đầu Cụm, B thứ hai"; the leader itself read below)
        led = None
        if not (out and out[-1][1].start >= s.start) and ("dẫn đầu" in low or "đứng đầu" in low) \
                and (" nhì" in low or "thứ hai" in low or "hạng hai" in low) and _RE_CHOSEN_IN_CLUSTER.search(t, s.start, s.end):
            led = search(_RE_LEAD, t, s.start, s.end)
            if led is not None and _RE_RANK_BARE_AFTER_UNIT.search(t, led.end(), s.end) is None:
                led = None
        if out and out[-1][1].start >= s.start or led is not None:
            # (from the first unit the sentence ranked: the last one read may come after a bare rank, "A đứng vị trí thứ nhất;
            # B vị trí thứ hai; C xếp vị trí thứ ba")
            first = led.end() if led is not None else min((f.end for _, f in out if s.start <= f.start < s.end), default=out[-1][1].end)
            prev = first  # (past the unit ranked last, or the rank read before: "B thứ nhì và C thứ ba")
            for m in finditer(_RE_RANK_BARE_AFTER_UNIT, t, first, s.end):
                a = max(_clause_start(t, prev, m.start()), t.rfind(",", prev, m.start()) + 1)
                # (after a lead, a clause naming another topic or place before the unit opens another board: "A dẫn đầu Cụm;
                # về chỉ số PAR INDEX, B thứ hai", "ở hội thao, C hạng ba"; the series ends there)
                if led is not None and _RE_TOPIC_CLAUSE.search(t, prev, a) is not None:
                    break
                prev = m.end()
                a += len(t[a:m.start()]) - len(cre.sub(r"^\s*(?:và\s+)?", "", t[a:m.start()]))
                # (a place named bare: "Trà Vinh thứ nhì")
                span = unit_before(doc, a, m.start()) or _capitalised_before(doc, a, m.start())
                if span and span[0] == a and not any(f.start == span[0] for _, f in out):
                    out.append((_rank_of(m.group("o")), _ranked(t, span)))
        # "02 đơn vị nhì khối là A và B": every unit of the count holds the rank
        for m in (finditer(_RE_COUNTED_RANK, t, s.start, s.end) if "khối" in low or "cụm" in low else ()):
            # (as many units as the count says, each without a trailing conjunction: "A và B đề nghị ...")
            for f in _split_units(doc, m.end(), s.end)[:count_value(m.group("n"))]:
                v = cre.sub(r"\s+(?:và|cùng)$", "", f.value)
                f = Found(v, f.start, f.start + len(v))
                if not any(f.start == g.start for _, g in out):
                    out.append((_ORD[m.group("o").lower()], f))
        # "suy tôn 02 đơn vị dẫn đầu là A và B": every unit listed leads
        # (the pattern holds "dẫn đầu" or "đứng đầu", one space between: letters lower case reads as regex does)
        m = search(_RE_LEADERS, t, s.start, s.end) if "dẫn đầu" in low or "đứng đầu" in low else None
        if m and m.group("count") is not None and _counted_leaders_elsewhere(doc, s, m):
            m = None
        if m:
            # (the leaders counted before a colon: the first part of the clause, as many as counted, "suy tôn 02 đơn vị dẫn
            # đầu Cụm: A, B; 03 đơn vị ...: C, D")
            if m.group("colon") is not None:
                semi = t.find(";", m.end(), s.end)
                found = [f for f in _split_units(doc, m.end(), semi if semi >= 0 else s.end) if _unit_or_place(f.value)]
                if m.group("count") is not None:
                    found = found[:count_value(m.group("count"))]
            # (a list parted by ";", its names holding commas: "gồm: A; Công ty B, C; D")
            elif m.group(0).rstrip().endswith(":") and t.find(";", m.end(), s.end) >= 0:
                parts = []
                semis = _semi_parts(t, m.end(), s.end)
                # (the last item opened by "và": "gồm: Sở A, B và C; và Sở D")
                semis = [(a + v.end(), p[v.end():]) if (v := _and_unit_opens_re().match(p)) else (a, p) for a, p in semis]
                # (a clause after the first semicolon is no item, the list ends there and parts at its commas: "gồm: A, B và
                # C; trong đó đề nghị ...")
                if len(semis) > 1 and semis[1][1][:1].islower() and not starts_with_unit_head(semis[1][1]) \
                        and not _RE_UNIT_OPENS.match(semis[1][1]):
                    semis = [(f.start, f.value) for f in _split_units(doc, semis[0][0], semis[0][0] + len(semis[0][1]))]
                for a, p in semis:
                    if ":" in p:
                        break  # the next clause's own list ("...; đơn vị tiêu biểu nhất ...: A")
                    # (units joined by "và" inside a part: "A và B; C")
                    q = a
                    for piece in cre.split(r"\s+và\s+(?=" + unit_head_ci_re().pattern + ")", p):
                        i = t.find(piece, q)
                        parts.append(Found(piece.strip(), i, i + len(piece.strip())))
                        q = i + len(piece)
                found = [_ranked(t, u) for u in map(_named_or_unit_in, (f for f in parts if f.value)) if u]
            else:
                # (uncounted, the leaders end where the clause goes on: "Dẫn đầu Khối là A, tiếp đến là B"; "... là A, Bằng khen
                # cho B"; "là A đã bàn giao ..."; read on the shadow text, a protected name's commas go on)
                # (counted, the next act joined by "và" ends them too: "01 đơn vị dẫn đầu là A và suy tôn 02 cá nhân ...")
                on = _RE_CLAUSE_GOES_ON.search(shadow(doc), m.end(), s.end) if m.group("u") is not None else _RE_COUNTED_LEADERS_END.search(t, m.end(), s.end)
                # (provinces listed with their kind: "suy tôn 2 tỉnh dẫn đầu là tỉnh A và tỉnh B")
                found = _split_units(doc, m.end(), on.start() if on else s.end, provinces=_RE_PROVINCE_LIST_OPENS.match(t, m.end()) is not None)
                if m.group("count") is not None:
                    # (as many as counted: "01 đơn vị dẫn đầu là A, 02 đơn vị xuất sắc là B và C" ranks A alone)
                    found = found[:count_value(m.group("count"))]
                if m.group("u") is not None:
                    # (each a unit or a place; the year named is the one reviewed: not "Đơn vị dẫn đầu Cụm năm 2022 là A" at the
                    # review of 2023, nor "Dẫn đầu Cụm về thu ngân sách là A", a place on one index)
                    per = doc.draft.scalars.get("meeting.period")
                    years = [int(y) for y in RE_YEAR_NAMED.findall(t, m.start(), m.end())]
                    if _RE_OUTSIDE_AFTER_LEAD.search(t, m.start(), m.end()) or per is not None and per.value.get("year") is not None \
                            and any(y != per.value["year"] for y in years):
                        found = []
                    found = [f for f in found if _unit_or_place(f.value)]
            leaders = [f for f in found if not any(f.start == g.start for _, g in out)]
            out += [(1, f) for f in leaders]
            if leaders:
                continue
        # "A (96 điểm) và B (94 điểm) là hai đơn vị dẫn đầu": the units counted are named before (uncounted, a plural: "là
        # các đơn vị dẫn đầu"; two of them at least, as for a count)
        m = search(_RE_LEADERS_BEFORE, t, s.start, s.end) if "đầu" in low else None
        if m and _other_years_lead(doc, m):
            m = None  # (the leaders of another year, their flag handed over: "trao Cờ cho A và B - hai địa phương dẫn đầu năm 2022")
        if m:
            # (each without what the clause says of it: "A và B được các đơn vị suy tôn là hai đơn vị dẫn đầu")
            cs = _clause_start(t, s.start, m.start())
            for aw in finditer(_RE_AWARDED_FOR_BEFORE, t, cs, m.start()):
                cs = aw.end()
            parts = _parts(doc, cs, m.start())
            # (the list opens at the verb that chose its units, the words before it its subject: "Các xã đã thảo luận và suy
            # tôn xã A và xã B là hai đơn vị dẫn đầu" ranks no "xã đã thảo luận")
            # (a unit after the verb: not "B được Cụm bình chọn là hai đơn vị dẫn đầu", the verb after its units)
            # (the first such verb: a later one chooses more units of the same list, "suy tôn A, B và đề nghị công nhận C là
            # ba đơn vị dẫn đầu")
            chose = [k for k, p in enumerate(parts) if _after_choice(p) is not p]
            if chose and chose[0]:
                parts = parts[chose[0]:]
            # (a place after a unit's comma tells where it is: "Công an huyện A, tỉnh B và Công an huyện C, tỉnh D")
            parts = [p for k, p in enumerate(parts) if not (k and _RE_PROVINCE_PART.fullmatch(p.value) and starts_with_unit_head(parts[k - 1].value))]
            leaders = [_ranked(t, span) for span in (_unit_or_province_in(_before_predicate(_after_choice(p))) for p in parts) if span]
            # (parted by ";", a name holding a comma: "suy tôn A; Sở B, C và D là hai đơn vị dẫn đầu")
            if len(leaders) < 2 and ";" in t[s.start:m.start()]:
                leaders = [_ranked(t, span) for span in _semi_listed(doc, s.start, m.start())]
            if len(leaders) >= 2:
                out += [(1, f) for f in leaders if not any(f.start == g.start for _, g in out)]
                continue
        m = _first_lead(doc, s, s.start, s.end)
        if m and not cre.search(r"\b(?:các|những)\s+(?:đơn vị|tập thể)\s+dẫn đầu\b", t[max(s.start, m.start() - 20):m.end()], regex.I):
            # (a tie: "A và B cùng dẫn đầu", "A và B cùng được các thành viên bình chọn đứng đầu Cụm")
            tie = _RE_TIE_LEAD_BEFORE.search(t, max(s.start, m.start() - 90), m.start())
            tied = _tied_units(doc, _clause_start(t, s.start, tie.start()), tie.start()) if tie is not None else []
            if len(tied) >= 2:
                out += [(1, _ranked(t, u)) for u in tied if not any(f.start == u[0] for _, f in out)]
                continue
            # (a list item's bullet opens the item, the unit after it: "- A dẫn đầu Khối", "• A dẫn đầu")
            item = _RE_ITEM_BULLET.match(t, s.start, m.start())
            lead_lo = item.end() if item else s.start
            # (units listed: "suy tôn A và B dẫn đầu", "A, B được suy tôn dẫn đầu Cụm": every one leads)
            listed = _listed_leaders(doc, lead_lo, m.start())
            if len(listed) >= 2:
                out += [(1, _ranked(t, u)) for u in listed if not any(f.start == u[0] for _, f in out)]
                continue
            span = _leader_before(doc, lead_lo, m.start())
            # (judged the highest: a unit or a place only, not a person, "Ông A được đánh giá cao nhất với 97 điểm")
            if span and "đánh giá" in m.group(0).lower() and not _unit_or_place(t[span[0]:span[1]]):
                span = None
            # (one unit with the place after its comma: "Kết quả, Công an xã A, huyện B dẫn đầu" ranks the whole unit,
            # not the place alone)
            if len(listed) == 1 and span and listed[0][1] == span[1] and listed[0][0] < span[0] and "," in t[listed[0][0]:span[0]]:
                span = listed[0]
            # (the same unit read again, or read shorter by another form: the longer reading stands)
            inner = [k for k, (r, f) in enumerate(out) if r == 1 and span and span[0] < f.start and f.end <= span[1]]
            if inner:
                del out[inner[0]]
            if span and not any(f.start <= span[0] < f.end or span[0] <= f.start < span[1] for _, f in out):
                out.append((1, _ranked(t, span)))
    # "A đứng thứ nhất cụm, thứ nhì B, ba là C", "đứng đầu khối là A, nhì khối là B và ba khối là C": the ranks after
    # the first, each with its unit, after the last unit a sentence ranked (whichever form read it)
    for s in acts:
        ranked = [f for _r, f in out if s.start <= f.start < s.end]
        if not ranked:
            continue
        nxt = list(finditer(_RE_RANK_NEXT, t, max(f.end for f in ranked), s.end))
        for k, m in enumerate(nxt):
            hi = nxt[k + 1].start() if k + 1 < len(nxt) else s.end
            span = unit_after(doc, m.end(), hi, allow_lower=cre.match(_ADMIN_LOW + r"|thành phố", t[m.end():m.end() + 12], regex.I) is not None)
            if span and not any(f.start == span[0] for _r, f in out):
                out.append((_rank_of(m.group("o")), _ranked(t, span)))
    # a table's rows under a header that names a unit's column and a rank's, in any order, the cells parted by "|", tabs,
    # dashes or one a line (tables.py): each row's unit at the place its rank's cell gives ("Xếp hạng | Đơn vị | Điểm")
    if "\n" in t:
        out += [rf for rf in _table_ranks(doc)
                if not any(f.start <= rf[1].start < f.end or rf[1].start <= f.start < rf[1].end for _r, f in out)]
    if not out:
        # a headline that says who leads ("Công ty X dẫn đầu Cụm thi đua số 3"), when the body ranks no one
        for s in doc.content_sentences():
            if doc.blocks[s.block].kind != "title":
                continue
            m = cx.search(_lead_re(doc), _V_LEAD, s.start, s.end)
            span = _leader_before(doc, s.start, m.start()) if m else None
            if span and not cre.match(r"(?:cụm|khối)\b", t[span[0]:span[1]], regex.I):
                out.append((1, _ranked(t, span)))
    # (a place told after one on a business figure, in the same sentence, its figure left out, is on that figure: "A đứng thứ
    # nhất về nộp ngân sách ..., B đứng thứ hai"; "Nộp ngân sách nhiều nhất là A, B đứng thứ hai")
    if out and ("về" in cx.lower or "nhất là" in cx.lower):
        out = [rf for rf in out if not _after_a_figures_place(doc, rf[1], out)]
    # (the same unit at the same place once, however its kind's first letter is written: "Huyện A" in a table, "huyện A" in
    # the text)
    seen: set = set()
    out = [rf for rf in out if not ((rf[0], rf[1].value.casefold()) in seen or seen.add((rf[0], rf[1].value.casefold())))]
    # (the cluster itself ranked among the province's clusters is no unit of its ranking: "Cụm xếp thứ nhất trong 5 cụm thi
    # đua cấp huyện của tỉnh")
    out = [rf for rf in out if not _RE_CLUSTER_ITSELF.fullmatch(rf[1].value)]
    return sorted(out, key=lambda rf: rf[1].start)


# a place on a topic or a figure, not the cluster's ("đứng thứ nhất về nộp ngân sách", "dẫn đầu về doanh thu"), or the most of a
# figure ("Nộp ngân sách nhiều nhất là A"; lexicons/rank_scopes.json, figures); then, up to the next place, what would move
# to another matter: a semicolon or the words of the cluster's own ranking
_RE_FIGURES_PLACE = regex.compile(r"(?:(?:đứng|xếp)\s+(?:thứ\s+(?:nhất|1)|đầu)|dẫn\s+đầu)\s+về\s+(?!" + _OWN_SCORE_AFTER_VE + r")\p{L}"
                                  r"|(?:" + alternation([*_SCOPES["figures"], "nộp ngân sách"]) + r")(?!\p{L})[^,;.:]{0,60}?"
                                  r"\s(?:nhiều|cao|lớn)\s+nhất\s+(?:là|thuộc\s+về)\s", regex.I)
_RE_CLAUSE_MARK = regex.compile(r"[,;.]")
# (the emulation itself a topic too: "A dẫn đầu về điểm thi đua, B xếp thứ hai"; a ranking's own noun, "kết quả xếp hạng: ...")
_RE_OWN_RANKING_WORDS = regex.compile(r";|\b(?:bình xét|suy tôn|bình chọn|xếp hạng|thi đua|cụm|khối)\b", regex.I)


def _after_a_figures_place(doc: Document, f: Found, out: list[tuple[int, Found]]) -> bool:
    """``f`` ranked after a place on a business figure in its sentence (``_RE_FIGURES_PLACE``), that place read as none of
    the cluster's, nothing between them turning to the cluster's ranking: a place on the same figure."""
    s = doc.content_sentence_at(f.start)
    if s is None:
        return False
    t = doc.text
    m = _RE_FIGURES_PLACE.search(t, s.start, f.start)
    if m is None or any(s.start <= g.start < m.start() for _r, g in out):
        return False
    # (a first place after the figure's clause begins another ranking, the places after it that one's: "Với kết quả dẫn đầu về
    # thu ngân sách, A được Hội nghị thống nhất xếp thứ nhất, B xếp thứ hai"; not the figure's own holder, "nhiều nhất là A")
    c = _RE_CLAUSE_MARK.search(t, m.end(), f.start)
    if c is not None and any(r == 1 and c.start() < g.start <= f.start for r, g in out):
        return False
    # (up to the end of the place's own clause: "B đứng thứ nhất Khối về thành tích thi đua" is the cluster's)
    stop = _RE_CLAUSE_MARK.search(t, f.end, s.end)
    return _RE_OWN_RANKING_WORDS.search(t, m.end(), stop.start() if stop else s.end) is None


_RE_CLUSTER_ITSELF = regex.compile(r"(?:cụm|khối)(?:\s+thi\s+đua)?", regex.I)


def _table_ranks(doc: Document) -> list[tuple[int, Found]]:
    """(rank, unit) for each row of a table with a unit's column and a rank's (tables.py); the unit without its role note
    ("Sở Y tế (Cụm trưởng)"); not a table on an index or the province's ranking, nor a contest's standings."""
    t = doc.text
    out: list[tuple[int, Found]] = []
    for tb in tables(doc):
        uc, rc = tb.column("unit"), tb.column("rank")
        if uc is None or rc is None:
            continue
        s = next((x for x in doc.sentences if x.block == tb.header), None)
        if s is None or _index_before(doc, s) or _contest_before(doc, s, doc.cues.lower[s.start:s.end]) \
                or _other_table_lead(doc, s) or _sport_lead(doc, s):
            continue
        for row in tb.rows:
            a, b = row[uc]
            unit = _whole_unit(doc, a, a + role_note(t[a:b])[0])
            m = _RE_RANK_CELL.fullmatch(t, *row[rc])
            r = _rank_read(m) if m else None
            if unit and r:
                out.append((r, _ranked(t, unit)))
    return out


@lru_cache(maxsize=None)
def _re_assessed_field() -> "regex.Pattern[str]":
    return regex.compile(r"(?<!\p{L})(?:" + trie_alternation(lexicon.words("assessed_fields.txt")) + r")(?!\p{L})", regex.I)


_RE_PART_OF_A_YEAR = regex.compile(r"\b(?:\d{1,2}|sáu|chín)\s+tháng(?:\s+đầu\s+năm)?\b|\bquý\s+(?:I{1,3}|IV|[1-4])\b", regex.I)


def _other_table_lead(doc: Document, s: Sentence) -> bool:
    """The lead of the table whose header is ``s`` (the sentence before it, ending on a colon) tells another ranking than
    the cluster's emulation of the period reviewed: a field the province assesses ("Kết quả đánh giá, xếp hạng văn hóa công
    vụ năm 2024:", lexicons/assessed_fields.txt), an earlier year ("Năm 2023, Cụm đã xếp hạng như sau:", "Trước đó, năm
    2023, kết quả ...:" at the review of 2024), or part of a year at a whole year's review ("trong 6 tháng đầu năm:")."""
    b = _sentence_before(doc, s)
    if b is None:
        return False
    v = doc.text[b.start:b.end].rstrip()
    if not v.endswith(":"):
        return False
    if _re_assessed_field().search(v) or _before_period(doc, b):
        return True
    per = doc.draft.scalars.get("meeting.period")
    if per is None or per.value.get("year") is None:
        return False
    years = [int(y) for y in RE_YEAR.findall(v)]
    if years and max(years) < per.value["year"] and _RE_THIS_PERIOD.search(v) is None:
        return True
    kind = doc.draft.scalars.get("meeting.kind")
    return _RE_PART_OF_A_YEAR.search(v) is not None and kind is not None and kind.value == "tong_ket" \
        and per.value.get("span") not in _PARTS_OF_A_YEAR


# the words that announce the ranking's result before a colon ("Kết quả xếp hạng thi đua của Cụm như sau:"); not a list
# of leaders, of the units an award goes to, of a rotation or of a plan's points
# ("kết quả xếp loại" announces grades, not places)
_RE_RANKS_INTRO = regex.compile(r"\b(?:xếp hạng|thứ tự xếp hạng|kết quả\s+(?:thi đua|bình xét|chấm điểm|xếp(?!\s+loại\b)))\b", regex.I)
_RE_RANKING_NAMED = regex.compile(r"\b(?:xếp hạng|bình xét)\b", regex.I)
_RE_NOT_RANKS_INTRO = regex.compile(r"\b(?:dẫn đầu|đứng đầu|tiêu biểu|xuất sắc|tặng|trao|khen thưởng|bằng khen|giấy khen|cờ thi đua|đề nghị|"
                                    r"luân phiên|đăng cai|nội dung|chương trình|nhiệm vụ|chỉ số|giải|hội thi|hội thao|cuộc thi)\b", regex.I)
# an item's number or its rank as a label, perhaps after a bullet: "1.", "2)", "(3)", "- 1.", "Thứ nhất:", "Hạng nhì -", "hạng 2 -"
_RE_RANK_ITEM = regex.compile(r"[\s.;,]*(?:[-+•*]\s*)?(?:(?P<d>[1-9])\s*[.)](?!\d)|\(\s*(?P<d>[1-9])\s*\)|(?:thứ|hạng)\s+(?:(?P<o>nhất|nhì|hai|ba|tư|bốn|năm|sáu|bảy|tám)|(?P<d>[1-9])(?P<dl>)(?!\d))\s*[:.–-])\s*",
                           regex.I)
# where an item goes on to the next one on the same line: "A. 2. B", "A; 2. B"
# (a label with a digit only after the item's punctuation: "A, hạng 2 - B", not "A vươn lên từ thứ 5 - năm 2022")
_RE_NEXT_RANK_ITEM = regex.compile(r"\s*[.;,]?\s+(?=(?:[1-9]\s*[.)]|\([1-9]\)|(?:thứ|hạng)\s+(?:nhì|hai|ba|tư|bốn|năm|sáu|bảy|tám)\s*[:.–-])\s)"
                                   r"|\s*[.;,]\s+(?=(?:thứ|hạng)\s+[2-9](?!\d)\s*[:.–-]\s)", regex.I)
# an intro that names the emulation or the cluster: a label with a digit ("hạng 1 - A") is also a class's grade elsewhere
# ("Kết quả xếp hạng đô thị: hạng 1 - thành phố A", "xếp hạng bệnh viện: hạng 1 - ...")
_RE_EMULATION_INTRO = regex.compile(r"(?<!\p{L})(?:thi\s+đua|bình\s+xét|chấm\s+điểm|cụm|khối)(?!\p{L})", regex.I)
# what may follow the unit in its item: a note in brackets, a score, the item's punctuation
_RE_RANK_ITEM_REST = regex.compile(r"\s*(?:\([^()]{0,40}\))?\s*(?:[-–:,]?\s*(?:(?:đạt|với)\s+)?[\d.,]+\s*điểm)?\s*[.;,]?\s*", regex.I)
# a grade in an item's brackets ("1. A (Hoàn thành xuất sắc nhiệm vụ)"): the list grades its units, the numbers only count them
_RE_GRADE_NOTE = regex.compile(r"\(\s*(?:loại\s+|xếp loại\s+)?(?:hoàn thành|xuất sắc|tốt|khá|trung bình|yếu|(?-i:[A-D])\b)", regex.I)
# a contest's standings announced ("Kết quả xếp hạng chung cuộc:"), or a contest told in the sentence before the list
# ("Sau hội nghị, các đơn vị tham gia giao lưu bóng chuyền hơi. Kết quả xếp hạng: 1. A 2. B"): its places, no ranking
_RE_CONTEST_STANDINGS = regex.compile(r"\b(?:chung cuộc|giao lưu(?:\s+[^\s,.;]+){0,2}?\s+(?:thể thao|thể dục|văn nghệ|bóng|cầu lông|quần vợt|tennis|"
                                      r"pickleball|cờ|kéo co|bơi|chạy|việt dã|đá cầu|bắn)|(?:tham gia|tổ chức|chương trình|buổi)\s+giao lưu\b(?!\s*,?\s*(?:học hỏi|trao đổi|chia sẻ)))",
                                      regex.I)


def _announced_ranks(doc: Document, s: Sentence) -> list[tuple[int, Found]]:
    """The ranks 1, 2, 3 ... in order, one unit an item, listed right after a colon of the sentence ``s`` whose clause
    announces the ranking's result; [] unless two items at least are read."""
    t = doc.text
    c = t.find(":", s.start, s.end)
    contest = None  # (a contest in the sentence before or before the colon: asked once, at the first intro read)
    while c >= 0:
        nc = t.find(":", c + 1, s.end)
        clause = t[max(t.rfind(";", s.start, c), t.rfind(":", s.start, c), s.start - 1) + 1:c]
        if not _RE_RANKS_INTRO.search(clause) or _RE_NOT_RANKS_INTRO.search(clause) or _RE_INDEX_RANK.search(clause):
            c = nc
            continue
        if contest is None:
            # (the sentence before only where the intro does not name the emulation: "Kết quả xếp hạng thi đua năm 2023:"
            # after "Năm 2024, Cụm sẽ tổ chức hội thao." is the cluster's)
            sents = doc.content_sentences()
            k = next((i for i, x in enumerate(sents) if x.start == s.start), 0)
            lo = sents[k - 1].start if k > 0 and sents[k - 1].end <= s.start and "thi đua" not in clause.lower() else s.start
            contest = _RE_CONTEST_STANDINGS.search(t, lo, c) is not None or next(_scan(doc, _RE_CONTEST, _V_CONTEST, lo, c), None) is not None
        if contest:
            return []
        out: list[tuple[int, Found]] = []
        pos = c + 1
        while True:
            mk = _RE_RANK_ITEM.match(t, pos)
            if mk is None or (int(mk.group("d")) if mk.group("d") else _ORD[mk.group("o").lower()]) != len(out) + 1:
                break
            if mk.group("dl") is not None and not _RE_EMULATION_INTRO.search(clause):
                break  # (a digit after "hạng/thứ" under an intro that does not name the emulation: a class's grade)
            a = mk.end()
            hi = min(x for x in (t.find("\n", a), t.find(";", a), len(t)) if x >= 0)
            nxt = _RE_NEXT_RANK_ITEM.search(t, a, hi)
            if nxt is not None:
                hi = nxt.start()
            span = unit_after(doc, a, hi)
            if span is None or span[0] != a or not _unit_or_place(t[span[0]:span[1]]) \
                    or _RE_RANK_ITEM_REST.fullmatch(t, span[1], hi) is None:
                break
            if "(" in t[span[0]:hi] and _RE_GRADE_NOTE.search(t, span[0], hi):
                return []  # (a grade in its brackets: "1. A (Hoàn thành tốt nhiệm vụ)")
            out.append((len(out) + 1, _ranked(t, span)))
            pos = hi
        if len(out) >= 2:
            return out
        c = nc
    return []


_RE_AND_BEFORE_UNIT = regex.compile(r"\s+và\s+$", regex.I)
# a second rank right after the first: ranks in turn, no tie ("A và B đứng thứ nhất, thứ hai")
_RE_NEXT_ORD = regex.compile(r"\s*(?:,|và)\s*(?:(?:thứ|hạng)\s+)?(?:nhất|nhì|hai|ba|tư|bốn|năm|[1-9])(?![\p{L}\d])", regex.I)
_RE_COUNTED_RANK = regex.compile(r"\b(?P<n>\d{1,2}|hai|ba|bốn)\s+(?:đơn vị|tập thể|cơ quan|doanh nghiệp|trường)\s+(?:xếp\s+)?(?:hạng\s+)?(?P<o>nhất|nhì|ba)"
                              r"\s+(?:khối|cụm)\s+(?:là|gồm)\s*:?\s*(?=\p{Lu})", regex.I)
_RE_COUNTED_RANK_LISTED = regex.compile(r"\b(?P<n>\d{1,2}|một|hai|ba|bốn|năm)\s+(?:đơn vị|tập thể|cơ quan|doanh nghiệp|trường)\s+(?:được\s+)?"
                                      r"(?:xếp\s+)?(?:hạng|thứ|loại)\s+(?P<o>nhất|nhì|ba)\s*\(\s*(?=\p{Lu})", regex.I)
_RE_RANK_FIRST_BARE = regex.compile(r"(?<![(]\s*|\b(?:xếp|đứng|đạt|vị trí|giải|huy chương)\s+)(?<=[\p{L}\d)]\s+)(?:hạng|thứ)\s+nhất\b"
                                    r"(?=\s*(?:[,;.]|và\b|$))", regex.I)
# after a first rank, a unit and its rank with no verb: ", B hạng nhì", "và C thứ ba", "; B vị trí thứ hai" (the verb's forms
# are _RE_RANK_NTH)
# (the verb before "vị trí" opens the match, not the unit's end: "C giành vị trí thứ hai", "D vươn lên vị trí thứ ba", "E
# (nằm) ở vị trí thứ tư"; "vị trí" right after such a verb is matched from the verb only)
_RE_RANK_BARE_AFTER_UNIT = regex.compile(r"(?<![(]\s*|\b(?:xếp|đứng|đạt|vị trí)\s+)(?<=[\p{L}\d)]\s+)"
                                         r"(?:(?:giành(?:\s+được)?|vươn\s+lên|nằm(?:\s+ở)?|ở|chiếm|giữ(?:\s+vững)?)\s+vị\s+trí\s+"
                                         r"|(?<!\b(?:giành|được|lên|nằm|ở|chiếm|giữ|vững)\s+)vị\s+trí\s+)?(?:thứ|hạng)\s+(?P<o>nhì|hai|ba|tư|bốn|năm|sáu)\b"
                                         r"(?=\s*(?:[,;.]|và\b|$))", regex.I)
# after a first rank, the next ones written short: ", thứ nhì B", ", ba là C"
# (a bare "hai", "ba" only before "là": "hai đơn vị ..." is a count)
# (the cluster may follow the rank: ", nhì khối là B", "và ba khối là C")
_RE_RANK_NEXT = regex.compile(r"(?:[,;]|\s+và)\s*(?:(?:xếp|đứng)\s+)?(?:(?:thứ|hạng)\s+(?P<o>nhì|hai|ba|tư)\s+(?:(?:cụm|khối)(?:\s+thi\s+đua)?\s+)?(?:là\s+|thuộc về\s+)?"
                              r"|(?P<o>nhì|ba|tư)\s+(?:(?:cụm|khối)(?:\s+thi\s+đua)?\s+)?(?:là|thuộc về)\s+"
                              # (the rank in figures, before "là": "Đứng thứ 2 là B, thứ 3 là C")
                              r"|(?:ở\s+)?(?:vị\s+trí\s+)?(?:thứ|hạng)\s+(?P<o>[2-9])\s+(?:là|thuộc về)\s+)(?=\p{L})", regex.I)


_RE_COUNTED_KIND = regex.compile(r"\d{1,2}\s+\p{L}+(?:\s+\p{L}+)?\s*:\s*")
_RE_PLACE_BEFORE = regex.compile(r"(?:^|[,;:]\s*|\s)((?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)\s+(?-i:\p{Lu})\p{L}*(?:\s+(?-i:\p{Lu})\p{L}*){0,3})\s*$", regex.I)


def _place_before(t: str, lo: int, end: int):
    """A place written with its kind word just before the rank ("tỉnh Long An xếp hạng Nhất")."""
    m = _RE_PLACE_BEFORE.search(t, lo, end)
    return (m.start(1), m.end(1)) if m else None


# (in lower case only: "Công ty TNHH Thành Đạt", "Công ty Có Phúc" are names)
_RE_PREDICATE = regex.compile(r"\s+(?-i:là|được|đạt|với|có|lần\s+lượt|tiếp\s+tục|cũng|đều|cùng)(?=\s|$)|\s+(?:đạt\s+|với\s+)?[\d.,]+\s+điểm\b", regex.I)
_RE_LEADING_WORDS = regex.compile(r"^(?-i:\p{Lu})?[^,;]*?\s(?:là|có)\s+(?=(?-i:\p{Lu}))", regex.I)


def _before_predicate(f: Found) -> Found:
    """A list part up to the predicate a clause goes on with ("C là hai đơn vị xuất sắc", "C lần lượt được", "C 96 điểm"
    -> "C"), and past the words that lead to it ("Tiếp theo là B" -> "B"); the part itself if none."""
    lead = _RE_LEADING_WORDS.match(f.value)
    if lead is not None:
        f = Found(f.value[lead.end():], f.start + lead.end(), f.end)
    m = _RE_PREDICATE.search(f.value) or _RE_NOTE_AT_END.search(f.value)  # (or its note in brackets: "B (95,5 điểm)")
    return Found(f.value[:m.start()], f.start, f.start + m.start()) if m and m.start() > 0 else f


_RE_NOTE_AT_END = regex.compile(r"\s*\([^()]{1,40}\)\s*$")


#: a score written after a ranked unit: "Thứ nhất: A 96,5 điểm", "A - đạt 98/100 điểm"
_RE_SCORE_AT_END = regex.compile(r"\s*[-–:,]?\s*(?:(?:đạt|được|với)\s+)?(?:tổng\s+)?(?:số\s+)?\d{1,4}(?:[.,]\d{1,2})?(?:\s*/\s*\d{2,4})?\s*điểm\s*$", regex.I)


# a series of units, each with its bare place in lower case, after it ("A nhất, B nhì, C ba", "A dẫn đầu, B nhì") or before it
# ("nhất A, nhì B"); the parts of the series parted by commas, semicolons or a last "và"
# (read on the shadow text: a protected name's comma or "và" parts nothing, "Sở Lao động - Thương binh và Xã hội dẫn đầu";
# a "và" only before a unit's head or a bare place, or after a part its place closes, "B nhì và Sở C ba", "nhì B và ba C",
# "B nhì và Hà Tĩnh ba": not inside a name, "Công ty CP Môi trường và Dịch vụ đô thị A dẫn đầu")
_RE_SERIES_PARTS = regex.compile(r"\s*(?:[,;]|\s(?-i:và)\s)\s*")
_RE_SERIES_AND_BEFORE = regex.compile(r"(?-i:nhất|nhì|ba)\s", regex.I)
_RE_SERIES_AND_AFTER = regex.compile(r"(?<![\p{L}\d])(?-i:nhất|nhì|ba|dẫn\s+đầu)\s*$")
_RE_BARE_PLACE_AFTER = regex.compile(r"(?<!(?<!\p{L})(?:thứ|hạng|xếp|đứng|giải|loại|trí|đồng|vị))\s+(?-i:(?P<o>nhất|nhì|ba)|(?P<lead>dẫn\s+đầu))$")
_RE_BARE_PLACE_BEFORE = regex.compile(r"(?<![\p{L}\d])(?-i:(?P<o>nhất|nhì|ba))\s+")
_RE_WORD_START = regex.compile(r"(?<=[\s:])[^\s:]")
_RE_SERIES_ACT = regex.compile(r"\b(?:bình\s+xét|suy\s+tôn|bình\s+chọn|bình\s+bầu|xếp\s+hạng|chấm\s+điểm)\b", regex.I)


# a unit of a series opens on a capital (its head or its name), or on a locality's kind in lower case before its name
# ("huyện Di Linh"); not on a name's tail, "hội" of "Xã hội", "vụ đô thị A" of "Dịch vụ đô thị A"
_RE_SERIES_UNIT_OPENS = regex.compile(r"(?-i:\p{Lu})|(?-i:xã|phường|thị trấn|thị xã|huyện|quận|đặc khu|tỉnh|thành phố)\s+(?-i:\p{Lu})")


def _opens_series_unit(t: str, k: int) -> bool:
    return _RE_SERIES_UNIT_OPENS.match(t, k) is not None


# "kết quả" as the results of the cluster's own choosing: bare ("Kết quả:", "Kết quả,") or of its ranking ("Kết quả bình
# xét", "kết quả chấm điểm"); not another board's or an exam's ("Kết quả chỉ số cải cách hành chính", "kết quả kỳ thi")
_RE_RESULTS_OWN_AFTER = regex.compile(r"\s*[:,]|\s+(?:bình\s+xét|xếp\s+hạng|xếp\s+loại|chấm\s+điểm|suy\s+tôn|thi\s+đua|bình\s+chọn)\b", regex.I)
# a sport or a match told before the results: they are its standings ("giao lưu bóng chuyền", "Trận chung kết ...")
_RE_SPORT_TOLD = regex.compile(r"\b(?:" + _SPORTS + r"|giao\s+lưu|chung\s+kết|trận\s+(?:đấu|chung\s+kết))\b", regex.I)


# a clause opening on a topic or a place: "; về chỉ số X,", ", tại hội thao,", "; riêng ..."
_RE_TOPIC_CLAUSE = regex.compile(r"[,;:]\s*(?:về|tại|ở|trong|đối\s+với|riêng|với)\s", regex.I)


def _results_series(doc: Document, s: Sentence) -> bool:
    """The sentence gives results (a word of _RE_RANK_CONTEXT; "kết quả" bare or of the cluster's ranking) as a series of
    bare ranks after their units, the second after the first ("A hạng Nhất; B hạng Nhì"), and neither it nor the two
    sentences before tell of a contest or a sport."""
    t = doc.text
    fm = _RE_RANK_FIRST_BARE.search(t, s.start, s.end)
    if fm is None or _RE_RANK_BARE_AFTER_UNIT.search(t, fm.end(), s.end) is None:
        return False
    if not any(m.group(0).lower() != "kết quả" or _RE_RESULTS_OWN_AFTER.match(t, m.end(), s.end) is not None
               for m in _scan(doc, _RE_RANK_CONTEXT, _V_RANK_CONTEXT, s.start, fm.start())):
        return False
    # (the sentences of the text before it, not only the acts: a match told in a sentence of its own)
    k = next((i for i, x in enumerate(doc.sentences) if x.start == s.start), None)
    near = [s] + (doc.sentences[max(0, k - 2):k] if k is not None else [])
    return not any(next(_scan(doc, _RE_CONTEST, _V_CONTEST, x.start, x.end), None) is not None
                   or _RE_SPORT_TOLD.search(t, x.start, x.end) is not None for x in near)


def _bare_place_series(doc: Document, s: Sentence) -> list[tuple[int, Found]]:
    """The places of a series of two or more units named with a bare ordinal, ``nhất, nhì, ba`` in order from the first
    (``dẫn đầu`` for the first): "bình xét A dẫn đầu, B nhì, C ba", "xếp hạng: nhất A, nhì B". Each part is one unit whole and
    its place, the first perhaps after the clause's opening words ("Hội nghị xếp hạng: A nhất"); a bare "ba" or "nhất" alone,
    a count or an adverb ("tốt nhất"), is no series."""
    t = doc.text
    if _RE_ABOUT_TOPIC.match(t, s.start, s.end):
        return []  # (the places on a topic the sentence opens on: "Về tăng trưởng, A dẫn đầu, B nhì")
    end = s.start + len(t[s.start:s.end].rstrip(" .;,"))
    parts, pos = [], s.start
    for m in _RE_SERIES_PARTS.finditer(shadow(doc), s.start, end):
        if "," not in m.group(0) and ";" not in m.group(0) and not starts_with_unit_head(t[m.end():end]) \
                and not _RE_SERIES_AND_BEFORE.match(t, m.end(), end) and not _RE_SERIES_AND_AFTER.search(t, pos, m.start()):
            continue
        parts.append((pos, m.start()))
        pos = m.end()
    parts.append((pos, end))
    out: list[tuple[int, Found]] = []
    if _RE_INDEX_RANK.search(t, s.start, s.end):
        return []  # (an index's board: "Trong bảng xếp hạng chỉ số cải cách hành chính, A nhất, B nhì")
    for a, b in parts:
        want = len(out) + 1
        if want > 3:
            break
        got = None
        m = _RE_BARE_PLACE_AFTER.search(t, a, b)
        if m is not None and (m.group("lead") is None or want == 1) and (1 if m.group("lead") else _rank_of(m.group("o"))) == want:
            # (the first unit after the clause's opening words: the longest whole unit that ends before its place)
            starts = [a] if out else [a, *(w.start() for w in _RE_WORD_START.finditer(t, a, m.start()))]
            # (a unit opens on its head or a capital: not a name's tail in lower case, "hội" of "Xã hội", "vụ đô thị A")
            starts = [k for k in starts if _opens_series_unit(t, k)]
            got = next((u for k in starts if (u := _whole_unit(doc, k, m.start())) is not None), None)
        if got is None:
            m = _RE_BARE_PLACE_BEFORE.search(t, a, b)
            if m is not None and _rank_of(m.group("o")) == want \
                    and (m.start() == a or (not out and t[a:m.start()].rstrip().endswith(":"))) \
                    and _opens_series_unit(t, m.end()):
                got = _whole_unit(doc, m.end(), b)
        if got is None:
            if out:
                break
            continue  # (the series not begun: the clause's words before it, "thông qua báo cáo, xếp hạng: ...")
        out.append((want, _ranked(t, got)))
    # (the cluster's only where the sentence states its ranking act before the series: "Hội nghị đã bình xét A dẫn đầu, B nhì",
    # "xếp hạng: A nhất"; not places in a field, "Trong lĩnh vực thu hút đầu tư, A dẫn đầu, B nhì, C ba")
    if len(out) < 2 or not _RE_SERIES_ACT.search(t, s.start, out[0][1].start):
        return []
    return out


def _ranked(t: str, span: tuple[int, int]) -> Found:
    """A ranked unit without its trailing note in brackets ("Sở X (Cụm trưởng)", "Ngân hàng X (VCB)") or its
    score ("A 96,5 điểm")."""
    v = t[span[0]:span[1]]
    m = _RE_NOTE_AT_END.search(v)
    if m and m.start() > 1:
        v = v[:m.start()]
    m = _RE_SCORE_AT_END.search(v)
    if m and m.start() > 1:
        v = v[:m.start()]
    # (a score's whole part after a dash, the unit read up to its decimal comma: "Hạng 1: Sở A - 96,5 điểm")
    m = _RE_SCORE_PART_AT_END.search(v) if len(v) == span[1] - span[0] else None
    if m and m.start() > 1 and _RE_SCORE_REST.match(t, span[1]):
        v = v[:m.start()]
    # (the bracket or dash that opens the unit's note, the note itself read as the rank: "cho A (đơn vị dẫn đầu Khối)",
    # "trao Cờ cho A - đơn vị dẫn đầu năm 2023")
    m = _RE_NOTE_OPENS_AT_END.search(v)
    if m and m.start() > 1:
        v = v[:m.start()]
    return Found(v, span[0], span[0] + len(v))


_RE_NOTE_OPENS_AT_END = regex.compile(r"\s*\(\s*$|\s+[-–]\s*$")


_RE_SCORE_PART_AT_END = regex.compile(r"\s*[-–:]\s*\d{1,4}$")
_RE_SCORE_REST = regex.compile(r"[.,]\d{1,2}\s*điểm\b", regex.I)


# a ranking on an index of the province's, not the cluster's (its labels and numbers rank nothing here)
# (the index's name after "chỉ số", or its degree ranked: "xếp hạng mức độ chuyển đổi số (DTI)", "xếp hạng cải cách hành chính")
_INDEX_NAMES = ("cchc", "cải cách hành chính", "par", "pci", "ddci", "sipas", "papi", "năng lực", "hài lòng", "chuyển đổi số", "dti")
_INDEX_ACRONYMS = ("par\\s*index", "pci", "ddci", "sipas", "papi", "ict\\s*index", "dti")
_RE_INDEX_RANK = regex.compile(r"\b(?:chỉ số|mức độ|xếp hạng)\s+(?:" + "|".join(_INDEX_NAMES) + r")\b|\b(?:" + "|".join(_INDEX_ACRONYMS) + r")\b", regex.I)
# (not the field's own name, "thi đua, khen thưởng")
_RE_AWARD_WORDS = regex.compile(r"\b(?:tặng|trao|(?<!thi đua,?\s)khen thưởng|bằng khen|giấy khen|cờ thi đua)\b|\bcho\s*(?:\d{1,3}\s+\p{L}+(?:\s+\p{L}+)?\s*)?:", regex.I)
_RE_RANK_ORDER_WORDS = regex.compile(r"xếp hạng|thứ tự (?:xếp hạng|thi đua|bình xét)|kết quả (?:thi đua|bình xét|chấm điểm|xếp)|bình xét|suy tôn")
# (nor a contest's final standings, "kết quả xếp hạng chung cuộc")
_RE_NOT_RANK_ORDER = regex.compile(r"luân phiên|đăng cai|nội dung|chương trình|chung cuộc")
# ("(1) A; (2) B", or "1. A; 2. B" after the colon and each ";")
_RE_NUMBERED_RANK = regex.compile(r"(?<=(?:[:;,]|^)\s*)(?:\(([1-9])\)\s*|([1-9])[.)/]\s+)")
# (its grade's words may open the rank's match: "A được xếp loại | xuất sắc, đứng đầu Khối")
_RE_GRADE_BEFORE = regex.compile(r"\s+(?:được\s+)?xếp\s+loại(?:\s+[^,;:()]{1,45}?)?\s*,?\s*$", regex.I)
# (or the merit the flag's criteria name: "X là đơn vị hoàn thành xuất sắc nhiệm vụ, dẫn đầu Cụm")
_RE_PRAISE_BEFORE = regex.compile(
    r"(?:\s*,\s*|\s+)(?:là\s+)?(?:(?:đơn vị|tập thể)\s+)?(?:tiêu biểu|xuất sắc|điển hình|hoàn thành xuất sắc(?:\s+toàn diện)?\s+nhiệm vụ(?:\s+công tác)?)"
    r"(?:\s+(?:và|,)\s*(?:tiêu biểu|xuất sắc|điển hình))?\s*,?\s*$", regex.I)


# (to the one who confers it, or bare: "đề nghị các đơn vị phấn đấu để được tặng ..." is an exhortation)
_RE_BARE_PROPOSAL = regex.compile(r"\s*(?:đồng thời\s+|và\s+)?(?:(?:thống nhất|nhất trí)\s+)?(?:đề nghị|đề xuất)\s+(?:(?:lên\s+)?(?:UBND|Ủy ban|Chủ tịch|Thủ tướng|Bộ trưởng|Bộ|Chính phủ|cấp trên|cấp có thẩm quyền|Tổng|Giám đốc|Ban|Hội đồng|Trung ương)\b|tặng\b|xét tặng\b)", regex.I)
_RE_APPOSITION = regex.compile(r"\s[-–]\s|\bđơn vị\b|,", regex.I)
_RE_SPEAKS_AFTER = regex.compile(r"\b(?:trình bày|chia sẻ|phát biểu|báo cáo|tham luận)\b", regex.I)
# a clause opening at this meeting: "Dịp này,", "Cũng trong dịp này,", "Tại hội nghị (lần này),", "Tại Lễ ký kết,"
_RE_AT_THIS_MEETING = regex.compile(r"\s*(?:cũng\s+)?(?:(?:nhân|trong)\s+)?dịp\s+này\s*,|\s*(?:cũng\s+)?(?:tại|trong)\s+"
                                    r"(?:hội\s+nghị|buổi\s+lễ|lễ)(?:\s+(?:lần\s+này|này|ký\s+kết(?:\s+giao\s+ước(?:\s+thi\s+đua)?)?))?\s*,",
                                    regex.I)
_RE_VOTES_BEFORE = regex.compile(r"\s+(?-i:đạt|được|với)\s+(?:số\s+phiếu|số\s+điểm|tổng\s+điểm|điểm\s+số|\d{1,3}\s*%\s*(?:số\s+)?phiếu)"
                              r"(?:\s+(?:cao\s+nhất|tuyệt\s+đối|tối\s+đa))?\s*(?:,|\s+và)?\s*$", regex.I)
# the words of an aim or a pledge before a place: "A phấn đấu đạt ...", "A cam kết tiếp tục giữ vững vị trí dẫn đầu", "A
# đặt mục tiêu ...", "A sẽ ..." (a place aimed at, not held)
_AIM_WORDS = r"phấn đấu|quyết tâm|nỗ lực|cố gắng|cam kết|mục tiêu|đăng ký|hướng tới|hướng đến|mong muốn|cần|sẽ|dự kiến"
# (lower case: "Công ty Đạt Thành" is a name; not a place aimed at, "A phấn đấu đạt danh hiệu đơn vị dẫn đầu")
_RE_ATTAINS_BEFORE = regex.compile(r"(?<!\b(?:" + _AIM_WORDS + r"|để|nhằm)(?:\s+để)?)\s+(?-i:(?:đã\s+)?(?:được\s+(?:công\s+nhận|chọn|lựa\s+chọn)(?:\s+là)?|đạt(?:\s+danh\s+hiệu)?))\s*:?\s*$")
# a place once held or aimed at, before the verb: "A từng được công nhận là đơn vị dẫn đầu", "A cố gắng đạt danh hiệu ..."
_RE_ONCE_OR_AIM_BEFORE = regex.compile(r"\s(?-i:từng|" + _AIM_WORDS + r")\s*$")


@lru_cache(maxsize=1)
def _class_noun_before_re() -> "regex.Pattern[str]":
    """ "là" and a kind of unit (lexicons/unit_nouns.txt: "đơn vị", "địa phương", "xã", "trường") right before the end:
    the class a unit is put in before the words that rank it ("A là xã có điểm cao nhất")."""
    return regex.compile(r"\s+(?-i:là)\s+(?:(?:một\s+)?(?:" + trie_alternation(lexicon.words("unit_nouns.txt")) + r"))\s*$", regex.I)


@lru_cache(maxsize=None)
def _modifiers_before_re() -> "regex.Pattern[str]":
    """The words of lexicons/rank_modifiers.txt (aspect, time, manner: "tiếp tục", "giữ vững vị trí", "lần đầu tiên", "năm
    thứ ba liên tiếp", "năm nay"), any run of them, right before the end: between a unit and the verb that ranks it. In
    lower case only; "N" a number in figures or words."""
    alts = [r"\s+".join(r"(?:\d{1,2}|\p{Ll}+)" if w == "N" else regex.escape(w) for w in e.split())
            for e in lexicon.words("rank_modifiers.txt")]
    return regex.compile(r"(?:\s+(?-i:" + "|".join(alts) + r"))+\s*$")


def _modifiers_cut(t: str, lo: int, end: int) -> int | None:
    """``end`` moved back past the words between a unit and the verb that ranks it (_modifiers_before_re: "A tiếp tục giữ
    vững vị trí | dẫn đầu", "A năm nay | xếp thứ hai"); None where the place is aimed at or was held once, not held now
    ("A phấn đấu giữ vững vị trí dẫn đầu", "A quyết tâm vươn lên", "A từng dẫn đầu")."""
    m = _modifiers_before_re().search(t, max(lo, end - 120), end)
    cut = m.start() if m is not None and m.start() > lo else end
    return None if _RE_ONCE_OR_AIM_BEFORE.search(t, max(lo, cut - 12), cut) else cut


_RE_GRADE_VERB = regex.compile(r"\s+(?:được\s+)?xếp\s+loại\s+", regex.I)


def _grades_a_unit(t: str, g) -> int | None:
    """Where the unit starts when the words a match of _RE_GRADE_BEFORE takes for a grade name a unit: "xếp loại" is the
    verb that places it ("thống nhất xếp loại Ban Chỉ huy Quân sự huyện A dẫn đầu"), not a grade between a unit and its
    rank; None otherwise."""
    v = _RE_GRADE_VERB.match(t, g.start(), g.end())
    # (not a grade that opens on a unit's head word: "A được xếp loại hội cơ sở vững mạnh, dẫn đầu", "xếp loại Doanh
    # nghiệp xuất sắc": passive, or with a grade's word of lexicons/grades.txt in it or right after it, where a praise or a
    # modifier was cut, the unit is the subject before it)
    if v is None or not starts_with_unit_head(t[v.end():g.end()]) or cre.match(r"\s+được", v.group(0), regex.I) \
            or _grade_words_re().search(t, v.end(), g.end()) or _grade_words_re().match(t, g.end()):
        return None
    return v.end()


@lru_cache(maxsize=1)
def _grade_words_re():
    return regex.compile(r"[\s,]*(?<!\p{L})(?:" + trie_alternation(lexicon.words("grades.txt")) + r")(?!\p{L})", regex.I)


_RE_APPOSITIVE_PASSIVE = regex.compile(r"(?<=\p{L}|\d|\))\s*,\s*(?:là\s+)?(?-i:đơn vị|địa phương|cơ quan|trường|doanh nghiệp|tập thể|xã|phường|huyện)"
                                    r"(?:\s+(?-i:\p{Ll})[^,;:()]{1,100}?,\s*(?:đã\s+)?(?-i:được)(?:\s+[^\s,;.:()]+){0,6}?)?\s*$")


_RE_LIST_SEP_AT_END = regex.compile(r"(?:\s*,|\s+(?-i:và))\s*$")


def _list_before_appositive(doc: Document, lo: int, a: int) -> bool:
    """The unit before a description set off by commas is the last of a list ("A, B, C, đơn vị có tổng điểm cao nhất, được
    suy tôn dẫn đầu", "A và B, đơn vị ..."): the description is not the last unit's alone, no subject is read from it."""
    u = unit_before(doc, lo, a)
    sep = _RE_LIST_SEP_AT_END.search(doc.text, lo, u[0]) if u is not None and u[0] > lo else None
    if sep is None or sep.start() <= lo:
        return False
    prev = unit_before(doc, lo, sep.start())
    return prev is not None and prev[1] >= sep.start() - 1


def _leader_before(doc: Document, lo: int, end: int):
    """The unit that leads, written before "dẫn đầu" (its note in brackets aside); in a passive clause,
    before "được" ("X được các đơn vị bình chọn dẫn đầu")."""
    t = doc.text
    end = lo + len(t[lo:end].rstrip(" ,"))  # ("suy tôn X, tiêu biểu, dẫn đầu": the praise may open the match)
    # (a description of the unit set off by commas, its class noun first, then the passive verb: "X, đơn vị có tổng điểm
    # cao nhất, được Cụm suy tôn dẫn đầu"; or the description the lead itself, "X, đơn vị có tổng điểm cao nhất": the unit
    # before the description is the subject)
    ap = _RE_APPOSITIVE_PASSIVE.search(t, lo, end) if "," in t[lo:end] else None
    if ap is not None and ap.start() > lo and not _list_before_appositive(doc, lo, ap.start()):
        end = ap.start()
    m = cre.search(r"\s*\([^()]{1,40}\)\s*$", t[lo:end])
    if m:
        end = lo + m.start()
    # the votes or the score between the unit and its rank: "A đạt số phiếu cao nhất và được suy tôn dẫn đầu"
    v = _RE_VOTES_BEFORE.search(t, lo, end)
    if v is not None and v.start() > lo:
        end = v.start()
    # a grade between the unit and its rank: "A xếp loại Hoàn thành xuất sắc nhiệm vụ, dẫn đầu Cụm" (a grade that is
    # a praise too first: "A được xếp loại xuất sắc, dẫn đầu")
    # (not the verb that places the unit named after it: "hội nghị thống nhất xếp loại A dẫn đầu")
    g = _RE_GRADE_BEFORE.search(t, lo, end)
    if g and _grades_a_unit(t, g) is not None:
        lo = _grades_a_unit(t, g)
    elif g:
        end = g.start()
    # a praise between the unit and its rank: "suy tôn X, tiêu biểu, dẫn đầu", "X là đơn vị xuất sắc dẫn đầu"
    q = _RE_PRAISE_BEFORE.search(t, lo, end)
    if q:
        end = q.start()
    g = _RE_GRADE_BEFORE.search(t, lo, end)
    if g and _grades_a_unit(t, g) is None:
        end = g.start()
    # a score between the unit and its rank: "suy tôn X với 98,2 điểm là đơn vị dẫn đầu"
    sc = _RE_SCORE_BEFORE.search(t, lo, end)
    if sc:
        end = sc.start()
    # the kind of unit it is, told after "là": "Xã A là xã có tổng điểm cao nhất", "A là địa phương dẫn đầu" (the class
    # noun is no unit, the unit is the subject before it)
    cls = _class_noun_before_re().search(t, lo, end)
    if cls is not None and cls.start() > lo:
        end = cls.start()
    # the verb that gives the unit its place: "A được công nhận là đơn vị dẫn đầu", "A đạt danh hiệu đơn vị dẫn đầu"
    at = _RE_ATTAINS_BEFORE.search(t, lo, end)
    if at is not None and at.start() > lo:
        if _RE_ONCE_OR_AIM_BEFORE.search(t, max(lo, at.start() - 12), at.start()):
            return None
        end = at.start()
    # the words between the unit and its place: "A tiếp tục giữ vững vị trí dẫn đầu", "A lần đầu tiên dẫn đầu" (none
    # where the place is aimed at: "A phấn đấu giữ vững vị trí dẫn đầu")
    cut = _modifiers_cut(t, lo, end)
    if cut is None:
        return None
    end = cut
    span = unit_before(doc, lo, end) or _capitalised_before(doc, lo, end) or _place_before(t, lo, end)
    if span is None:
        p = t.rfind(" được ", lo, end)
        # (the verb may open the match; "bầu" with the class word after it: "được bầu là đơn vị dẫn đầu")
        # (the words before "được" no part of the unit: "A đã được Cụm suy tôn dẫn đầu")
        if p > lo and cre.search(r"\b(?:suy tôn|bình chọn|bầu chọn|bình bầu|bình xét|bầu(?=\s+là(?:m)?\s+(?:đơn vị|tập thể)(?:\s+[^\s,.;]+){0,3}?\s+(?:(?:dẫn|đứng)\s+đầu|xếp\s+thứ)\b))\b", t[p:end + 40], regex.I):
            p = _modifiers_cut(t, lo, p)
            span = unit_before(doc, lo, p) if p is not None else None
    # (the adverbs before the verb are no part of the unit: "A vinh dự được suy tôn", "A tiếp tục dẫn đầu")
    adv = _modifiers_before_re().search(t, span[0], span[1]) if span else None
    if adv is not None and adv.start() > span[0]:
        span = (span[0], adv.start())
    return span


# the verb that chose the units listed after it ("suy tôn A và B dẫn đầu"), or the words that open a clause of results
_RE_LIST_CHOSEN_AFTER = regex.compile(r"(?:\b(?:suy tôn|bình chọn|bầu chọn|bình xét|bình bầu|công nhận|lựa chọn|chọn)\s+(?:(?:đơn vị|tập thể)\s+)?"
                                      r"|^\s*(?:kết quả|theo đó|trong đó|cụ thể)\s*$)", regex.I)


# an opening phrase of place or means before a list's first comma: "Tại hội nghị", "Qua bỏ phiếu kín", "Qua bình xét"
# (or the results named: "Kết quả bình xét, A và B được suy tôn dẫn đầu")
_RE_LIST_OPENER = regex.compile(r"(?:tại|qua|trên cơ sở|căn cứ(?:\s+vào)?|sau khi|kết quả)\s+[^,;:]{1,50}", regex.I)


# (its agent may stand between, the cluster, the meeting or the members, and their agreement: "A và B được Khối suy tôn dẫn
# đầu", "A, B được các đơn vị thống nhất bình chọn dẫn đầu")
# (the lead's words may take the verb in, the agent left before them: "A và B được Khối " before "suy tôn dẫn đầu")
_RE_CHOSEN_PASSIVE_AT_END = regex.compile(r"\s+(?:đã\s+)?(?-i:được)(?:\s+(?-i:[Cc]ụm|[Kk]hối|[Hh]ội nghị|các đơn vị|các thành viên)"
                                          r"(?:\s+thi\s+đua)?(?:\s+(?:" + _AGREEING_VERBS + r"))?(?:\s+(?:" + _CHOOSING_VERBS + r"))?"
                                          r"|(?:\s+(?:" + _AGREEING_VERBS + r"))?\s+(?:" + _CHOOSING_VERBS + r"))\s*$", regex.I)


def _after_choice(f: Found) -> Found:
    """A list part past the verb that chose its unit, when a unit or a place follows it whole ("Hội nghị đã suy tôn UBND
    huyện A" -> "UBND huyện A", not the place inside it); the part itself otherwise."""
    chosen = None
    for chosen in _RE_LIST_CHOSEN_AFTER.finditer(f.value):
        pass
    if chosen is None or chosen.end() >= len(f.value) or not _unit_or_place(f.value[chosen.end():]):
        return f
    return Found(f.value[chosen.end():], f.start + chosen.end(), f.end)


def _listed_leaders(doc: Document, lo: int, end: int) -> list[tuple[int, int]]:
    """The units listed right before a lead, joined by commas or "và", each whole: the list opens its clause or follows
    the verb that chose them ("Hội nghị suy tôn A và B dẫn đầu", "A, B được suy tôn dẫn đầu"); [] for anything else
    (a unit doing something else, "A phối hợp với B dẫn đầu ...", is no list)."""
    t = doc.text
    # (the passive verb that chose them, where the lead's words start after it: "A và B được bình chọn là đơn vị dẫn đầu")
    end = lo + len(_RE_CHOSEN_PASSIVE_AT_END.sub("", t[lo:end]))
    parts = _parts(doc, _clause_start(t, lo, end), end)
    out: list[tuple[int, int]] = []
    for part in reversed(parts):
        span = unit_after(doc, part.start, part.end) if _unit_or_place(part.value) else None
        if span is not None and span[1] >= part.end:
            out.append((part.start, part.end))
            continue
        # (the part that opens the list: the choosing verb, then its first unit whole; or words that open results)
        chosen = None
        for chosen in _RE_LIST_CHOSEN_AFTER.finditer(part.value):
            pass
        if chosen is None:
            # (or an opening phrase before the list's comma: "Tại hội nghị, A và B được suy tôn dẫn đầu", "Qua bình xét, ...")
            if part is parts[0] and _RE_LIST_OPENER.fullmatch(part.value) and t.startswith(",", part.end):
                break
            return []
        if chosen.end() < len(part.value):
            a = part.start + chosen.end()
            span = unit_after(doc, a, part.end) if _unit_or_place(t[a:part.end]) else None
            if span is None or span[1] < part.end:
                return []
            out.append((a, part.end))
        break
    out.reverse()
    # (after a comma, a unit of another kind tells where the one before is or what it belongs to: "Công an xã A, huyện
    # B", "Sư đoàn 3, Quân đoàn 1", "thị xã A, tỉnh B"; units of one kind are listed: "huyện A, huyện B", "Sở A, Sở B")
    for k in range(len(out) - 1, 0, -1):
        if cre.search(r"\svà\s", t[out[k - 1][1]:out[k][0]]):
            continue
        a, b = t[out[k - 1][0]:out[k - 1][1]], t[out[k][0]:out[k][1]]
        # (a unit placed already, its level word bare at its end or in its name, has no place or body after it: "Ủy ban
        # MTTQ tỉnh, Hội Nông dân tỉnh", "Tỉnh đoàn, Hội ND tỉnh" are two)
        if _RE_PLACED_UNIT.search(a):
            continue
        la, lb = _place_level(a), _place_level(b)
        # (a unit's head opening the part after the comma names a unit of its own, as in a member list: "Sở A, Báo B",
        # "Sở C, Thanh tra tỉnh"; a military body over the one before it is its parent: "Sư đoàn 3, Quân đoàn 1")
        # (not a department or a post before the body above it: "Phòng Cảnh sát giao thông, Công an tỉnh" is one unit)
        if not lb and starts_with_unit_head(b) and military_rank(a) >= military_rank(b) and not _part_of_body(a, b):
            continue
        if lb > la if la and lb else a.split()[0].lower() != b.split()[0].lower():
            out[k - 1:k + 1] = [(out[k - 1][0], out[k][1])]
    return out


@lru_cache(maxsize=1)
def _re_unit_part() -> "regex.Pattern[str]":
    """A part of a unit opening a name (lexicons/departments.txt: "Phòng", "Khoa", ...) or a post of the police, army or
    border guards ("Đội", "Trạm", "Đồn") before the body above it."""
    return regex.compile(r"(?:" + trie_alternation([*lexicon.words("departments.txt"), "đội", "trạm", "đồn"]) + r")\s", regex.I)


# a body a department or a post belongs to, opening the name after the comma ("Công an tỉnh", "Sở Y tế", "Bộ Chỉ huy Quân sự
# tỉnh", "Bệnh viện A"); a "Ban" of a province stands beside a department ("Ban Dân tộc, Sở Nội vụ" are two): only under a body
# that is no department of the province
_RE_BODY_ABOVE = regex.compile(r"(?:công an|sở|ủy ban nhân dân|uỷ ban nhân dân|ubnd|bộ chỉ huy|bộ đội biên phòng|bệnh viện|trường|"
                               r"học viện|viện|cục|tổng cục|chi cục|bộ|tòa án|toà án|ngân hàng|kho bạc|bảo hiểm xã hội|đài)(?!\p{L})", regex.I)
# (a national broadcaster, paper or news agency, whose desks are "Ban"s: "Ban Thời sự, Đài Truyền hình Việt Nam"; not a
# province's, which a province's own Ban may stand beside in a list)
_NATIONAL_MEDIA = r"(?:đài|báo|thông tấn xã)(?=\s.*\s(?-i:Việt\s+Nam|Trung\s+ương)$)(?!\p{L})"
_RE_NATIONAL_MEDIA = regex.compile(_NATIONAL_MEDIA, regex.I)
_RE_BODY_ABOVE_BAN = regex.compile(r"(?:(?:công an|bộ chỉ huy|bộ đội biên phòng|bệnh viện|trường|học viện|viện|cục|tổng cục|bộ|tòa án|toà án)"
                                   r"(?!\p{L})|" + _NATIONAL_MEDIA + ")", regex.I)


# a branch, a local office or a camp of a body, opening a name ("Chi cục Thuế khu vực A", "Chi nhánh Ngân hàng Chính sách xã hội
# huyện B", "Trại giam C", "Bệnh viện Đa khoa khu vực D"), and the body it belongs to after the comma ("Cục Thuế tỉnh E", "Ngân
# hàng Chính sách xã hội tỉnh F", "Bộ Công an", "Sở Y tế G"); a school or a centre beside a department is a unit of its own
_RE_BRANCH_OPENS = regex.compile(r"(?:chi cục|chi nhánh|phòng giao dịch|trại giam|trại tạm giam|hạt|bệnh viện)\s", regex.I)
_RE_BODY_OVER_BRANCH = regex.compile(r"(?:công an|sở|bộ chỉ huy|bộ đội biên phòng|cục|tổng cục|bộ|ngân hàng|kho bạc|bảo hiểm xã hội|"
                                     r"tòa án|toà án)(?!\p{L})", regex.I)


# a part of a unit named with its own place already ("Phòng Tư pháp huyện A"): the unit after its comma is no body above it
_RE_PLACED_PART = regex.compile(r"\s(?:tỉnh|huyện|quận|thị xã|thành phố|xã|phường|thị trấn|TP\.?)\s*(?-i:\p{Lu})", regex.I)
# a clinic, a unit of its own though it opens with "Phòng"
_RE_CLINIC_OPENS = regex.compile(r"phòng\s+khám\b", regex.I)


def _part_of_body(a: str, b: str) -> bool:
    """``a`` is a department, a post or a branch and ``b``, after its comma, the body above it: one unit named with its
    parent."""
    if _RE_BRANCH_OPENS.match(a) and _RE_BODY_OVER_BRANCH.match(b):
        return True
    p = _re_unit_part().match(a)
    if p is None:
        return False
    return (_RE_BODY_ABOVE_BAN if p.group(0).strip().lower() == "ban" else _RE_BODY_ABOVE).match(b) is not None


# a unit whose name ends on its level word bare ("Hội Nông dân tỉnh", "UBMTTQ TP", "LĐLĐ huyện"), or a body named by its level
# alone ("Tỉnh đoàn", "Huyện ủy")
_RE_PLACED_UNIT = regex.compile(r"(?:\s(?:tỉnh|huyện|quận|thị xã|thành phố|(?-i:TP|Tp|TX))|^(?-i:Tỉnh|Thành|Huyện|Quận|Thị)\s+(?:đoàn|ủy|uỷ|Đoàn))$", regex.I)


_RE_PLACE_LEVEL = regex.compile(r"(?:(?P<c>xã|phường|thị trấn)|(?P<d>huyện|quận|thị xã|thành phố|(?-i:TP|Tp|TX)\.?)|(?P<p>tỉnh))\s*(?<=\.|\s)(?-i:\p{Lu})", regex.I)


def _place_level(v: str) -> int:
    """1 for a commune, 2 for a district or a city, 3 for a province, by the kind word that opens ``v``; 0 for no place."""
    m = _RE_PLACE_LEVEL.match(v)
    return 0 if m is None else 1 if m.group("c") else 2 if m.group("d") else 3


# a clause (after the sentence's start, ";" or ":") that opens at the start of the year: "đầu năm", "ngay từ đầu năm"
_RE_CLAUSE_AT_YEAR_START = regex.compile(r"(?:^|[;:])\s*(?:[•·*+–-]\s*)?(?:ngay\s+)?(?:từ\s+)?(?:đầu|đầu\s+các)\s+năm\b[^;:]*$", regex.I)
# the content of a plan or a covenant listed after a colon, not what the meeting agreed on ("thống nhất các nội dung: ...")
_RE_CONTENT_LIST = regex.compile(r"(?<!\b(?:thống nhất|nhất trí|thông qua|đồng ý)(?:\s+(?:với|về))?(?:\s+\p{L}+){0,2}\s)\b(?:nội dung|chỉ tiêu)"
                                 r"(?:\s+\p{L}+){0,3}?\s*(?:là|gồm|như)?\s*:[^.:]*$", regex.I)
_RE_SCORE_BEFORE = regex.compile(r"\s*[,(]?\s*(?:với|đạt)\s+(?:tổng\s+)?(?:số\s+)?\d{1,3}(?:[.,]\d{1,2})?(?:\s*/\s*\d{2,4})?\s+điểm\s*\)?\s*$", regex.I)


def _capitalised_before(doc: Document, lo: int, end: int):
    """A short capitalised name (``Thaco``) just before a verb, after a clause boundary."""
    t = doc.text
    # (or after the verb that chose it and its class word: "suy tôn đơn vị Tân Hà")
    # (a bank's branch keeps its lower-case words: "Agribank chi nhánh Quảng Trị")
    # (or after "và" that opens the next unit's clause: "..., B đứng thứ 2 và C xếp hạng 3")
    m = cre.search(r"(?:^\s*(?:và\s+)?|[,;:]\s*|\btrong đó,?\s*|\b(?:suy tôn|bình chọn|bầu chọn)\s+(?:(?:đơn vị|tập thể)\s+)?)((?-i:\p{Lu})[\p{L}\d&.-]*(?:\s+(?:(?-i:\p{Lu})[\p{L}\d&.-]*|(?-i:chi\s+nhánh))){0,6})\s*$", t[lo:end].rstrip(), regex.I)
    # (not a plural or a kind that names no unit: "Các đơn vị xếp nhất, nhì được đề nghị tặng ..." leaves "Các")
    if m and m.group(1)[0].isupper() and not _RE_NO_NAME.fullmatch(m.group(1)):
        return lo + m.start(1), lo + m.end(1)
    return None


_RE_NO_NAME = regex.compile(r"(?:các|những|mọi|mỗi|từng|đơn vị|tập thể|doanh nghiệp|cơ quan)(?:\s+(?:đơn vị|tập thể|doanh nghiệp|cơ quan))?", regex.I)


_ADMIN_LOW = r"xã|phường|thị trấn|thị xã|huyện|quận|đặc khu"


_RE_BRACKETED = regex.compile(r"\([^()\n]{0,80}\)")
_RE_LOWER_PLACE_IN = regex.compile(r"\b(?<!\bthị\s)(?:xã|phường|thị trấn)\s+(?-i:\p{Lu})", regex.I)


# (the stop of a place's kind written short ends no list: "TX. Hoàng Mai, H. Quỳnh Lưu")
_RE_SPLIT_UNITS_END = regex.compile(r"\.(?=\s|$)" + NOT_PLACE_ABBREVIATION + r"|…|;|:|\n|\s+(?:đồng thời|và được|được|đề nghị|để)\b", regex.I)


def _split_units(doc: Document, a: int, b: int, provinces: bool = False) -> list[Found]:
    """The units listed in t[a:b]; with ``provinces``, a province named with its kind is one ("tỉnh A và tỉnh B")."""
    sh = shadow(doc)
    low = _ADMIN_LOW + (r"|tỉnh" if provinces else "")
    # (an ellipsis ends the enumeration: "Đồng Tháp và Bến Tre… tỉnh Bạc Liêu xếp hạng Sáu")
    stop = search(_RE_SPLIT_UNITS_END, sh, a, b)
    end = stop.start() if stop else b
    out = []
    # "và" inside an official name ("Sở Giáo dục và Đào tạo"): a list of units splits only before another unit
    lead = cre.sub(r"^\s*(?:là\s+)?(?:(?:đơn vị|tập thể)\s+)?", "", doc.text[a:end])
    # (and before a place named with its kind: "thị xã A và huyện B")
    joins = r"\s+và\s+(?=" + unit_head_ci_re().pattern + ")" if starts_with_unit_head(lead) else \
        r"\s+và\s+(?=\p{Lu}|(?:" + low + r"|thành phố)\s+(?-i:\p{Lu}))"
    # (not at a comma inside brackets, "B (97,6 điểm) và C (97,2 điểm)", nor inside a protected name: the shadow text)
    seg = doc.text[a:end]
    masked = sh[a:end]
    masked = _RE_BRACKETED.sub(lambda m: "\x1f" * len(m.group(0)), masked) if "(" in masked else masked
    spans, k = [], 0
    for m in cre.finditer(r",\s*|" + joins, masked):
        spans.append((k, m.start(), m.group(0).startswith(",")))
        k = m.end()
    spans.append((k, len(seg), False))
    parts = []
    for i, (x, y, _comma) in enumerate(spans):
        # (a unit's higher place after its comma goes with it: "Công an xã A, huyện B")
        if parts and spans[i - 1][2] and _RE_HIGHER_PLACE_PART.fullmatch(seg[x:y].rstrip(" .")) and _RE_LOWER_PLACE_IN.search(parts[-1][1]):
            parts[-1] = (parts[-1][0], seg[parts[-1][0]:y])
        else:
            parts.append((x, seg[x:y]))
    parts = [p for _x, p in parts]
    pos = a
    for p in parts:
        i = doc.text.find(p, pos, end)
        if i < 0:
            continue
        pos = i + len(p)
        q = p.strip(" .")
        note = _RE_NOTE_AT_END.search(q)  # (its note in brackets: "B (97,6 điểm)")
        if note is not None and note.start() > 1:
            q = q[:note.start()]
        # "(là) đơn vị xã A": the class word goes; a commune, ward or district keeps its lower-case word
        lead = cre.match(r"(?:là\s+)?(?:đơn vị|tập thể)\s+(?=(?:" + low + r")\s+\p{Lu}|\p{Lu})", q)
        if lead:
            q = q[lead.end():]
        if q and (q[0].isupper() or cre.match(r"(?:" + low + (r"|thành phố" if provinces else "") + r")\s+\p{Lu}", q)) and len(q) <= 100:
            j = doc.text.find(q, i, pos + 1)
            out.append(Found(q, j, j + len(q)))
    return out


# --- awards -----------------------------------------------------------------------------------
_COUNTED_RECIPIENTS = r"\d{1,3}\s+(?:tập thể|cá nhân|đơn vị)\s*:"
# a place with its kind word ("tỉnh A"), before a bare name "và" joins to it
_RE_KIND_AND_NAME = regex.compile(r"(?:tỉnh|thành phố|huyện|quận|thị xã)\s+(?-i:\p{Lu}\p{Ll}*)(?:\s+(?-i:\p{Lu}\p{Ll}*)){0,3}", regex.I)
# the recipients before the award: "khen thưởng đối với A và B là AWARD" (and a second pair after "và": "đối với A là AWARD1 và
# B là AWARD2")
_RE_RECIPIENTS_THEN_AWARD = regex.compile(r"\b(?:khen thưởng|tặng|tặng thưởng|xét tặng)\s+đối\s+với\s+(?:(?:(?!\slà\s)[^.;:]){2,120}?\s+là\s+[^.;:]{2,120}?\s+và\s+)?"
                                       r"(?P<who>(?:(?!\slà\s)[^.;:]){2,120}?)\s+là\s*$", regex.I)
# the award as the subject: "AWARD được đề nghị tặng cho X", "AWARD được trao cho X"
_RE_AWARD_PASSIVE = regex.compile(
    r"\s*(?:năm\s+\d{4}\s*)?(?:(?:(?:đã|vừa|cũng|đều)\s+){0,2}được\s+(?:(?:cụm|khối|hội nghị|các đơn vị|các thành viên)\s+)?(?:thống nhất\s+|nhất trí\s+)?"
    r"(?P<v>đề nghị|đề xuất|trao|tặng)(?:\s+(?:tặng|trao))?\s+(?=cho[\s:])"
    r"|(?:(?:cụm|khối|hội nghị)\s+)?(?:thống nhất\s+|nhất trí\s+)?(?P<bare>đề nghị|đề xuất)\s+(?:tặng|trao)\s+(?=cho[\s:]|" + _COUNTED_RECIPIENTS + r"))",
    regex.I)
# the cluster's role a unit is chosen for, right after it ("làm Cụm trưởng", "là Phó Khối trưởng", "làm đơn vị Cụm phó")
# what a unit chosen bare ("thống nhất chọn A là ...") is chosen as, for an award: an achievement in its clause ("là đơn vị xuất
# sắc nhất", "dẫn đầu", "tiêu biểu"), or the proposal itself; not a host ("là đơn vị đăng cai", "tổ chức hội nghị")
_RE_CHOSEN_FOR_MERIT = regex.compile(r"\s+(?:(?:là|làm|được|đạt|với|có)\s+(?:(?!đăng cai|tổ chức|chủ trì|đăng ký)[^,;.:])*?"
                                     r"(?<!\p{L})(?:xuất sắc|tiêu biểu|điển hình|thành tích|dẫn đầu|đứng đầu|xếp\s+(?:thứ|hạng)|"
                                     r"danh hiệu|cờ thi đua|bằng khen|giấy khen|đề nghị|đề xuất|khen thưởng|điểm\s+cao\s+nhất)(?!\p{L})"
                                     r"|(?:để\s+)?(?:đề nghị|đề xuất)\s|(?-i:dẫn|đứng)\s+đầu|(?-i:xếp)\s+(?:thứ|hạng))", regex.I)
_RE_ROLE_AFTER = regex.compile(r"\s+(?:là|làm)\s+(?:đơn vị\s+)?(?:phó\s+)?(?:(?:cụm|khối)\s*(?:trưởng|phó)|(?:trưởng|phó)\s+(?:cụm|khối))\b", regex.I)
# an earlier meeting the award was given at, named after it ("tại hội nghị tổng kết năm trước", "tại hội nghị năm ngoái")
_RE_EARLIER_MEETING = regex.compile(r"\b(?:tại|ở|trong)\s+(?:hội nghị|kỳ họp|buổi lễ|lễ)\b[^.;,]{0,50}?\b(?:năm trước|năm ngoái|trước đó|kỳ trước|lần trước)\b", regex.I)
# a flag named by its giver alone ("cờ UBND tỉnh", "Cờ của Chính phủ"): "Cờ" is an award's head only before one
_FLAG_GIVERS = ("UBND", "Ủy ban", "Chính phủ", "Thủ tướng", "Chủ tịch", "Bộ", "Tổng Liên đoàn", "Hội đồng")


@lru_cache(maxsize=None)
def _award_re():
    # (a head written by its initials, "BK", only in capitals: "bk" is no award)
    words = lexicon.words("awards.txt")
    heads = trie_alternation([w for w in words if not w.isupper()])
    initials = [w for w in words if w.isupper()]
    if initials:
        # (and only with its giver after it, "BK của ...", "BK UBND tỉnh", or a verb of giving before it, "tặng BK", "đề nghị
        # BK": not the initials inside a company's name, "Công ty CP Đầu tư BK")
        givers = alternation((*_FLAG_GIVERS, "Giám đốc", "Tổng Giám đốc", "Tổng cục", "Cục", "Tỉnh ủy", "Thành ủy", "Huyện ủy",
                              "Ban Thường vụ", "Ban Chấp hành", "Trung ương", "TW"))
        heads += (r"|(?-i:(?:" + trie_alternation(initials) + r")(?=\s+(?:của\s|(?:" + givers + r")(?!\p{L})))"
                  r"|(?<=(?<!\p{L})(?:tặng|trao|nhận|đề nghị|đề xuất)\s+)(?:" + trie_alternation(initials) + r"))(?![\p{L}\d])")
    flag = r"Cờ(?=\s+(?:của\s+)?(?:" + alternation(_FLAG_GIVERS) + r")(?!\p{L})|\s+dẫn đầu\b)"
    # (a flag given to a unit with no other word: "tặng cờ cho Công an tỉnh A")
    # (where the meeting proposes or chooses: not a gift of national flags, "trao tặng cờ cho Chi hội nghề cá")
    flag += r"|(?<=\b(?:đề nghị|đề xuất|suy tôn|bình xét)\b[^.]{0,120}?\b(?:tặng|trao|trao tặng)\s+)Cờ(?=\s+cho\b)"
    # (or by the title it carries, in quotes: 'cờ “Đơn vị dẫn đầu phong trào thi đua”')
    # (a title of merit: not 'cờ “tướng”', a game, nor 'cờ “Đơn vị đăng cai”')
    quoted = r"[“\"](?=[^“”\"\n]{0,60}?(?:dẫn đầu|xuất sắc|tiêu biểu|vững mạnh|quyết thắng|tiên tiến|giỏi))[^“”\"\n]{3,80}[”\"]"
    flag += r"|Cờ\s*" + quoted
    # (after an award's full name, the quoted title of the movement it is for, merit words or not: Cờ thi đua “Vì an
    # ninh Tổ quốc”; after a bare "Cờ" a title of merit only: that condition sits on the bare head above, 'Cờ\s*' + quoted,
    # since a bare "Cờ" is no head of awards.txt and reaches this title only through it; 'Cờ “Vì an ninh Tổ quốc”' is not read)
    titled = r"(?:" + quoted + r"|[“\"](?=\s?(?-i:\p{Lu}))[^“”\"\n]{3,60}[”\"])"
    # a title named only after "danh hiệu" ("danh hiệu Đơn vị dẫn đầu phong trào thi đua"); without it, a ranking
    flag += r"|(?<=danh hiệu\s+[“\"]?)Đơn vị\s+(?:xuất sắc\s+)?dẫn đầu(?:\s+phong trào thi đua)?"
    return regex.compile(
        r"(?:danh hiệu\s+)?[“\"]?(?P<award>(?P<head>" + heads + "|" + flag + r")(?:\s*" + titled + r")?(?:\s+hạng\s+(?:Nhất|Nhì|Ba|nhất|nhì|ba))?(?:\s+(?:đơn vị\s+)?dẫn đầu(?:\s+(?:khối|cụm)(?:\s+(?-i:\p{Ll}+)){0,2}?)?)?"
        # the merit the award names: "Bằng khen đơn vị hoàn thành xuất sắc nhiệm vụ"
        # (what the flag is for, the unit's word left out too: "Cờ thi đua hoàn thành xuất sắc nhiệm vụ năm 2017")
        # (or the merit alone: "cờ thi đua xuất sắc toàn diện năm 2021")
        r"(?:\s+(?:đơn vị|tập thể)\s+(?:hoàn thành xuất sắc nhiệm vụ|xuất sắc|tiêu biểu)|\s+hoàn thành xuất sắc(?:\s+toàn diện)?\s+nhiệm vụ(?:\s+công tác)?"
        r"|\s+(?:đơn vị\s+)?xuất sắc\s+toàn diện)?"
        r"(?:\s+(?:(?:của|do)\s+)?(?P<giver>(?:Thủ tướng|Chủ tịch|Bộ|UBND|Ủy ban|Chính phủ|Ban|Tổng|Hội đồng|Liên đoàn|Trung ương|Tỉnh|Thành|Đảng|Công an|Quân|ngành\s+\p{Lu}"
        r"|Thanh tra|Kiểm toán|Tòa án|Viện|Ngân hàng|Bảo hiểm|Kho bạc|Liên minh|Mặt trận|Hội(?!\s+nghị)|Cục"
        # (the head of a body as the giver: "Bằng khen của Chánh án Tòa án nhân dân tối cao", "Giấy khen của Giám đốc Kho bạc")
        r"|Chánh án|Giám đốc|Tư lệnh|Chủ nhiệm|Hiệu trưởng|Trưởng ban|Bí thư|Tập đoàn"
        # (the cluster that gives it, named bare: "Cờ luân lưu Khối thi đua số 5"; not its chair's role, "Cờ luân lưu Cụm trưởng")
        r"|(?-i:Cụm|Khối)(?=\s+(?:thi\s+đua|số)\b)"
        # (or the level that gives it: "cờ thi đua cấp Bộ", "Bằng khen cấp tỉnh")
        r"|cấp\s+(?:Bộ|tỉnh|thành phố|Nhà nước|huyện|ngành|Trung ương)"
        # (any capitalised giver after "của": "Bằng khen của Thống đốc", "Cờ thi đua của BHXH Việt Nam"; after "do" the one
        # who hands it over may stand, "Cờ thi đua do Phó Chủ tịch UBND tỉnh A trao")
        r"|(?<=\bcủa\s+)(?-i:\p{Lu})(?=[\p{L}&])"
        # (or a firm or body named bare, by an acronym or a name of its own, no Vietnamese word: "Cờ thi đua EVN", "Bằng khen
        # Agribank"; not "Bằng khen Trường A", the recipient written without "cho")
        r"|(?-i:(?=[A-Z][A-Za-z\d&]*[A-Z]|[A-Z][a-z]{5})[A-Z][A-Za-z\d&]+)(?![\p{L}\d]))"
        # (the full stop of a city's "TP." inside the giver: "Cờ thi đua Liên đoàn Lao động TP.HCM")
        r"(?:[^,;.“”\"()\n]|(?<=(?-i:TP|Tp))\.(?=\s?(?-i:\p{Lu}))){0,60}?))?)[”\"]?(?=\s*(?:cho|năm|gồm|vì|và|;|,|(?<!(?-i:TP|Tp))\.|\.(?!\s?(?-i:\p{Lu}))|:|\)|$|[-–]\s*Ảnh\s*\d|\n|\s+(?:của|trong|đối|đợt|là|(?:(?:đã|vừa|cũng|đều|sẽ)\s+){0,2}được|do|tặng|trao|từ|đề nghị|đề xuất|giai đoạn|cùng|lần lượt)\b"
        # (the role the rotating flag goes with: "nhận Cờ luân lưu Khối trưởng năm 2025 từ X")
        r"|\s+(?:cụm|khối)\s+(?:trưởng|phó)\b"
        # (the place it is received at: "đón nhận Cờ thi đua của UBND tỉnh tại hội nghị", "nhận Bằng khen tại buổi lễ")
        r"|\s+" + _AT_A_MEETING +
        # (its recipients counted in brackets, a list's heading: "Cờ thi đua của UBND tỉnh (02 đơn vị): A; B")
        r"|\s*\(\s*\d{1,3}\s+(?:đơn vị|tập thể|cơ quan|doanh nghiệp)\s*\)\s*:))",
        regex.I,
    )


# the pattern runs only on sentences naming an award in full (a first word alone, "tập", "đơn",
# "bằng", is in most sentences)
_V_AWARDS = cues.vocabulary("awards", lambda: [*lexicon.words("awards.txt"), "cờ dẫn đầu"] + [f"cờ {w}" for w in _FLAG_GIVERS]
                            + [f"cờ của {w}" for w in _FLAG_GIVERS] + ["danh hiệu đơn vị", "danh hiệu “đơn vị", 'danh hiệu "đơn vị', "cờ “", 'cờ "',
                            "tặng cờ cho", "trao cờ cho"])


# where a match of _award_re can start: "danh hiệu", a quote, or a head (an award's name, "Cờ", "Đơn vị")
_V_AWARD_STARTS = cues.vocabulary("awards.starts", lambda: [*lexicon.words("awards.txt"), "cờ", "đơn vị", "danh hiệu"])


def _award_matches(doc: Document, lo: int, hi: int):
    """``finditer(_award_re(), text, lo, hi)``, tried only where a match can start; read in the shadow text,
    where a giver's official name holding "và" or a comma is one word ("Cờ thi đua của Bộ Kế hoạch và Đầu tư")."""
    sh = shadow(doc)
    if _exotic(doc):
        return finditer(_award_re(), sh, lo, hi)
    cx = doc.cues
    starts = [a for a, _ in cx.spans(_V_AWARD_STARTS, lo, hi, word=False)] + cx.chars("“\"", lo, hi)
    return cues.match_at(_award_re(), sh, starts, lo, hi)


# ("trình" submits, not the word in another: "công trình", "chương trình", "quy trình", nor "trình bày" a report)
# the cluster (or its units) asked to propose an award, by someone else: "Phó Chủ tịch UBND tỉnh đề nghị Cụm xem xét đề nghị UBND
# tỉnh tặng Bằng khen cho A" (a guest's advice: no award and no proposal of the meeting; annotation.md); not where the meeting
# agrees to ask its chair, "Hội nghị thống nhất đề nghị Cụm trưởng trình UBND tỉnh tặng ...", read by _RE_MEETING_ASKS
_RE_ASKS_CLUSTER_TO_PROPOSE = regex.compile(
    r"\b(?P<v>đề nghị|yêu cầu|đề xuất)\s+(?:(?:các|những)\s+(?:đơn vị|thành viên|cơ quan|địa phương|doanh nghiệp)(?:\s+(?:trong|của))?\s+)?"
    r"(?:(?:cụm|khối)(?:\s+thi\s+đua)?(?!\s+(?:trưởng|phó)(?!\p{L}))|(?:các|những)\s+(?:đơn vị|thành viên|cơ quan|địa phương|doanh nghiệp))(?!\p{L})"
    r"[^.;:]{0,60}?\b(?:đề nghị|đề xuất|trình)\s", regex.I)
# (not the cluster's chair or vice asked to forward it: that is how the members propose, whoever words it, "100% đơn vị đồng ý
# đề nghị Cụm trưởng trình ...", "Cụm đề nghị Cụm trưởng trình ...")
# (nor the members asking their chair: "Các đơn vị đề nghị Cụm trưởng tổng hợp hồ sơ đề nghị ...")
_RE_MEETING_ASKS = regex.compile(r"\b(?:hội nghị|thống nhất|nhất trí|biểu quyết|bỏ phiếu|(?:các|những)\s+(?:đơn vị|thành viên)(?:\s+(?:trong\s+)?(?:cụm|khối))?\s+(?:đã\s+|cùng\s+)?(?:đề nghị|đề xuất))\b", regex.I)
_RE_PROPOSE = regex.compile(r"\b(?:đề nghị|đề xuất|đề cử|suy tôn|bình xét|(?<!\b(?:chương|quá|quy|lộ|công|hành|giáo|kỹ|tiến)\s)trình(?!\s+(?:bày|độ)\b)|bỏ phiếu(?:\s+và)?\s+nhất trí)\b", regex.I)
# the units that receive an award along with the one before it: "A được tặng AWARD cùng (với) các đơn vị: B, C"
# (not a second award: "cùng Bằng khen của Thủ tướng Chính phủ")
_RE_ALONG_WITH = regex.compile(r"\s*cùng\s+(?:với\s+)?(?:(?:các|những)\s+(?:đơn vị|cơ quan|tập thể)(?:\s+khác)?\s*:?\s*)?(?=(?-i:\p{Lu}))"
                               r"(?!(?:cờ|bằng khen|giấy khen|huân chương|huy chương|kỷ niệm chương|danh hiệu|chiến sĩ|giải thưởng|giải|cúp|giấy chứng nhận|bằng công nhận)\b)", regex.I)


def _ends_its_clause(t: str, m, later: list, end: int) -> bool:
    """The award ``m`` ends its clause: a stop or the sentence's end follows, or the next award after a comma or "và"
    (its words hold no recipient of their own: "Bằng khen ... thuộc về B")."""
    if _RE_OWN_RECIPIENT.search(t, m.start("award"), m.end()):
        return False
    nxt = later[0].start("award") if later else end
    gap = t[m.end():nxt]
    return not gap.strip(" .;") or bool(later) and _RE_AWARDS_JOINED.fullmatch(gap) is not None


_RE_OWN_RECIPIENT = regex.compile(r"\b(?:thuộc về|về với|dành cho|cho|do|tương ứng|theo thứ tự|lần lượt)\b", regex.I)
# what may stand between two awards of one recipient: a comma, with "cùng (với)", "và", "kèm theo"
_RE_AWARDS_JOINED = regex.compile(r"\s*,\s*(?:(?:cùng(?:\s+với)?|và|kèm\s+theo)\s+)?", regex.I)
# ("bàn giao Cờ luân lưu cho X", "chuyển giao cờ luân lưu cho X": the rotating flag handed over to the next holder)
_RE_CONFER = regex.compile(r"\b(?:tặng|trao|nhận|đón nhận|được tặng|khen thưởng|bàn giao|chuyển giao)\b", regex.I)
# a verb of giving that opens the telling of an act after a colon: "bàn giao Cờ luân lưu: đại diện A trao Cờ luân lưu cho B"
_RE_GIVES_AFTER_COLON = regex.compile(r"\b(?:trao|tặng|bàn giao|chuyển giao)\b", regex.I)
# what shows the words after the colon a list, not the giver of the act told: a clause of its own opened after it, or the
# verb in the passive (its subject the recipient)
_RE_NOT_GIVER = regex.compile(r"\b(?:được|đề nghị|đề xuất|kiến nghị|trong đó|đồng thời|sau đó|tiếp đó)\b", regex.I)
_RE_HANDED = regex.compile(r"\b(?:trao|đón nhận|được tặng|đã tặng)\b", regex.I)
_RE_HANDED_AFTER = regex.compile(r"\s(?:và|,)\s+(?:\p{L}+\s+){0,2}?(?:trao|trao tặng)\s*$", regex.I)
# a clause that opens with an award's criteria (not "A đủ tiêu chuẩn đề nghị tặng ...", a unit found to meet them)
_RE_CRITERIA_OPEN = regex.compile(r"\s*(?:[-+•*–]\s*)?(?:các\s+)?(?:tiêu chuẩn|điều kiện|tiêu chí)(?:\s*(?:,|và)\s*(?:tiêu chuẩn|điều kiện|tiêu chí))*\b[^,;]{0,30}$", regex.I)
# the years a unit has held what it receives, right before its verb ("A đã 3 năm liền được UBND tỉnh tặng Cờ", "nhiều năm
# liên tục đều nhận Bằng khen")
_RE_YEARS_RUNNING = regex.compile(r"\b(?:\d{1,2}|hai|ba|bốn|năm|sáu|nhiều)\s+năm\s+(?:liền|liên tục|liên tiếp)\s+(?:(?:đều|đã|cũng)\s+)?"
                                  r"(?:được|nhận|đón nhận)\b", regex.I)
# the award received by a unit, the giver perhaps named between ("A được Bộ Công Thương tặng"); not handed over ("trao")
_RE_RECEIVED = regex.compile(r"\b(?:được|nhận)\b", regex.I)
_RE_HANDED_OVER = regex.compile(r"\b(?:trao|đón nhận|vinh dự\s+(?:được\s+)?(?:đón\s+)?nhận)\b", regex.I)
# a clause opened at this meeting, whatever year its award is for: "Tại Hội nghị lần này,", "Trong dịp này,", "Tại Lễ ký kết,"


# the year of a recipient right before "vinh dự (được) nhận" ("A năm 2021 vinh dự ...", "A trong năm 2021 đã vinh dự ...")
_RE_RECIPIENT_YEAR = regex.compile(r"(?<=\p{L})\s+(?:trong\s+)?năm\s+((?:19|20)\d{2})(?!\d)\s+(?:(?:đã|cũng|từng)\s+)?$", regex.I)


# a heading before the awards that names their year, ending on a colon: "(công bố quyết định) khen thưởng năm 2023: A nhận
# ...; B nhận ...", "các danh hiệu thi đua năm 2023:"; announced or handed at the meeting where a verb of it opens it
# (not the year of a movement launched or a covenant signed in its phrase, the year to come: "phát động phong trào thi đua
# năm 2024:"; a clause before it is no part of it, "Trước khi ký kết, hội nghị đã công bố quyết định khen thưởng năm 2023:")
_RE_AWARDS_HEADING_YEAR = regex.compile(r"(?:\b(?P<act>công bố|trao|trao tặng|tuyên dương|biểu dương)\s[^:;.]{0,60}?)?"
                                        r"(?<!\b(?:phát động|giao ước|ký kết|kế hoạch|chương trình|phương hướng|nhiệm vụ)"
                                        r"(?!\p{L})[^:;.,]{0,40})"
                                        r"\b(?:khen thưởng|thi đua)\s+năm\s+(?P<y>(?:19|20)\d{2})\s*:", regex.I)


def _heading_year(t: str, s: Sentence, a_start: int):
    """The last heading of the awards (_RE_AWARDS_HEADING_YEAR) in the sentence before the award at ``a_start``."""
    if ":" not in t[s.start:a_start]:
        return None
    m = None
    for m in finditer(_RE_AWARDS_HEADING_YEAR, t, s.start, a_start):
        pass
    return m


def _past_award(doc: Document, s: Sentence, c_start: int, a_start: int, a_end: int) -> bool:
    """The award t[a_start:a_end], received in the clause from ``c_start``, is a unit's record told in passing, not given at
    this meeting: received over years ("A đã 3 năm liền được UBND tỉnh tặng Cờ thi đua"), or received in a year before the
    meeting's period, written before the award ("A năm 2023 được Chính phủ tặng Cờ thi đua", "Năm 2024 vừa qua, A được ...")
    or after it ("A được Bộ tặng Bằng khen năm 2022" at the review of 2023). Not where the clause opens at this meeting
    ("Tại hội nghị, ...", "Dịp này, ..."), nor an award handed over ("trao")."""
    t = doc.text
    if any(_RE_AT_THIS_MEETING.match(t, at, a_start) for at in (c_start, s.start)):
        return False
    # (nor under a heading the meeting announces: "Hội nghị đã công bố quyết định khen thưởng năm 2023: A nhận ...")
    head = _heading_year(t, s, a_start)
    if head is not None and head.group("act") is not None:
        return False
    before = t[c_start:a_start]
    handed = _RE_HANDED_OVER.search(before)
    if handed is not None and handed.group(0)[:1].lower() == "v":
        # ("vinh dự nhận" past all the same with a year of its recipient right before it, "A năm 2021 vinh dự được nhận ...";
        # not a year in a clause opening on the record the award rests on, "Là đơn vị dẫn đầu Cụm liên tục từ năm 2021 đến
        # nay, A vinh dự ...", "Tiếp nối thành tích năm 2022, ...", nor the award's year after it, last year's handed over here)
        per = doc.draft.scalars.get("meeting.period")
        own = _RE_RECIPIENT_YEAR.search(before, 0, handed.start())
        if per is not None and per.value.get("year") is not None and own is not None \
                and int(own.group(1)) < per.value["year"]:
            return True
    if handed is not None or not _RE_RECEIVED.search(before):
        return False
    if _RE_YEARS_RUNNING.search(before) or _RE_EARLIER_OPENS.match(before):
        return True
    per = doc.draft.scalars.get("meeting.period")
    if c_start > s.start and _recalled_list(doc, s, c_start, a_start, per.value.get("year") if per is not None else None):
        return True
    if per is None or per.value.get("year") is None:
        return False
    years = [int(y) for y in RE_YEAR_NAMED.findall(before)]
    # (the year of the meeting it was received at, the award's name cut before it: "... tặng Cờ thi đua của UBND tỉnh tại
    # hội nghị tổng kết năm 2022")
    after = cre.match(r"\s*(?:của\s+[^,.;:]{1,40}?\s+)?(?:" + _AT_A_MEETING + r"[^,.;:]{0,60}?\s+)?"
                      r"năm\s+((?:19|20)\d{2})(?!\d)", t[a_end:a_end + 120], regex.I)
    if after is not None:
        years.append(int(after.group(1)))
    return any(y < per.value["year"] for y in years)


# the clause opens on an earlier time: "Trước đó, A được tặng Cờ thi đua ..."
_RE_EARLIER_OPENS = regex.compile(r"\W*(?:trước\s+đó|trước\s+đây)\s*,", regex.I)


# the time a sentence's list of awards received is recalled from, opening the sentence or one of its clauses: an earlier
# time ("Trước đó, A được ..., B được ...") or a year ("Trước đó, năm 2021 A được ..., B được ...", "...; năm 2022 A được
# ..., B được ...")
_RE_LIST_RECALLED = regex.compile(r"\W*(?:(?P<before>trước\s+đó|trước\s+đây)\s*,?\s*)?(?:(?:trong|riêng|còn)\s+)?"
                                  # (not a span up to now: "Năm 2021 đến nay, ...")
                                  r"(?:năm(?:\s+học)?\s+(?:(?:19|20)\d{2}\s*[-–]\s*)?(?P<y>(?:19|20)\d{2})(?![\d/.-])"
                                  r"(?!\s*,?\s*(?:đến|tới|trở\s+đi|đến\s+nay)(?!\p{L})))?", regex.I)
# the meeting, or an act of it, telling a list of awards: "Hội nghị đã công bố Quyết định ...", "Cụm trưởng trao ..."
_RE_MEETING_TELLS = regex.compile(r"(?<!\p{L})(?:hội\s+nghị|buổi\s+lễ|công\s+bố|quyết\s+định|trao|cụm\s+trưởng|khối\s+trưởng)(?!\p{L})", regex.I)
# a later clause turns to the period reviewed or to this meeting: "...; năm nay, B được ...", "..., tại hội nghị, B ..."
# (or "nay" alone, now: "Trước đây, Cụm chưa có đơn vị nào được tặng Cờ ..., nay A được tặng Cờ ..., B được ...")
_RE_TURNS_TO_NOW = regex.compile(r"(?<!\p{L})(?:năm(?:\s+học)?\s+(?:nay|này)|(?:hiện\s+)?nay|vừa\s+qua|tại\s+(?:hội\s+nghị|buổi\s+lễ|lễ)|dịp\s+này)(?!\p{L})", regex.I)


def _recalled_list(doc: Document, s: Sentence, c_start: int, a_start: int, year: int | None) -> bool:
    """The award from ``a_start``, in a later clause (from ``c_start``) of a list of awards received, is recalled with the
    clauses before it: the sentence opens on an earlier time ("Trước đó, A được tặng Bằng khen, B được tặng Cờ thi đua"), or
    a clause before opens on a year before the period reviewed ("Trước đó, năm 2021 A được ..., B được ...", "...; năm 2022
    A được ..., B được ..."), an award named between, and no clause since turns to this period or meeting."""
    t = doc.text
    opener = None
    for at in [s.start, *(i + 1 for i in range(s.start, c_start) if t[i] in ",;:")]:
        m = _RE_LIST_RECALLED.match(t, at, c_start)
        if m is None:
            continue
        if m.group("y") is not None and (year is None or int(m.group("y")) >= year):
            opener = None  # (a later clause's own year, this period's: "...; năm 2023, B được ...")
        elif m.group("y") is not None or (m.group("before") is not None and m.start() == s.start):
            opener = m
    if opener is None:
        return False
    between = t[opener.end():a_start]
    first = _award_re().search(between)
    if _RE_TURNS_TO_NOW.search(between) or first is None:
        return False
    # (the list opens right at that time, its first clause an award received: not an award handed by a guest, "Trước đó, Phó
    # Chủ tịch UBND tỉnh đã tặng Cờ thi đua cho A, B được tặng Bằng khen", nor a step of the ceremony before it, "Trước đó,
    # các đại biểu đã dâng hương ..., A được tặng ...")
    lead = cre.match(r"\s*,?\s*", between).end()
    got = _RE_RECEIVED.search(between, lead, first.start())
    if got is None or regex.search(r"[,;:]", between[lead:got.start()]):
        return False
    # (an earlier time with no year may be earlier in this meeting, its own act telling the list: "Trước đó, Hội nghị đã công
    # bố Quyết định khen thưởng: A được tặng ..., B được tặng ...")
    if opener.group("y") is None and _RE_MEETING_TELLS.search(between):
        return False
    return not any(year is not None and int(y) >= year for y in RE_YEAR_NAMED.findall(between))


# a year closing a recipient read before its verb ("Huyện A năm 2024 | được ...", "Sở B trong năm 2024 | được ...")
_RE_YEAR_AT_END = regex.compile(r"\s+(?:trong\s+)?năm\s+(?:19|20)\d{2}$", regex.I)
_RE_ONCE = regex.compile(r"\b(?:đã\s+)?từng\s+(?:được|nhận|đón nhận)\b", regex.I)
_RE_COUNTED = regex.compile(r"\b\d+\s+(?:đơn vị|tập thể|cá nhân)\b", regex.I)
# the act an award was given by, named after its recipient: "theo Quyết định số ...", "tại QĐ số ...", "căn cứ Quyết định ..."
_RE_DECISION_AFTER = regex.compile(r"\s*,?\s+(?:theo|tại|căn cứ(?:\s+theo)?)\s+(?:Quyết định|QĐ|Nghị quyết|NQ|Công văn|Thông báo|Tờ trình)(?!\p{L})", regex.I)


def awards(doc: Document) -> list[AwardDraft]:
    out = _told_twice(doc, _awards(doc, _acts(doc)))
    if not out:
        # no award in the article's sentences (often an excerpt cut before them): the one its headline states, as
        # annotation.md counts an award the headline and the body both state ("A và B được đề nghị tặng Cờ thi đua")
        title = [s for s in doc.content_sentences() if doc.blocks[s.block].kind == "title"]
        if title:
            out = _awards(doc, title)
    return out


# the giver an award's fuller name adds to its short one ("Cờ thi đua" / "Cờ thi đua của UBND tỉnh")
_RE_GIVER_ADDED = regex.compile(r"\s+(?:(?:của|do)\s+)?(?:" + alternation(_FLAG_GIVERS) + r")(?!\p{L})", regex.I)


def _told_twice(doc: Document, out: list[AwardDraft]) -> list[AwardDraft]:
    """One award handed over and told twice for one recipient, in two sentences, once short and once with its giver ("công bố
    Quyết định tặng Cờ thi đua năm 2022 cho A", then "A vinh dự đón nhận Cờ thi đua của UBND tỉnh"): one entry, at the first,
    with the fuller name and the year either gives (not two years that differ; not two proposals in one sentence, "đề nghị Bộ
    tặng Cờ thi đua của Bộ và đề nghị Chính phủ tặng Cờ thi đua", two givers)."""
    if len(out) < 2:
        return out
    apart = _names_apart(doc)
    kept: list[AwardDraft] = []
    for d in out:
        rk = _recipient_key(d.recipient.value, apart)
        for i, k in enumerate(kept):
            if d.status != "conferred" or k.status != d.status or _recipient_key(k.recipient.value, apart) != rk:
                continue
            lo, hi = sorted((k.award.start, d.award.start))
            if not search(r"[.!?](?=\s)", doc.text, lo, hi):
                continue
            if k.year is not None and d.year is not None and k.year.value != d.year.value:
                continue
            short, full = sorted((k.award, d.award), key=lambda f: len(f.value))
            if fold(full.value).startswith(fold(short.value)) and _RE_GIVER_ADDED.match(full.value, len(short.value)) \
                    and not _other_giver_before(doc, short, full.value[len(short.value):]):
                kept[i] = AwardDraft(k.recipient, full, k.status, k.year or d.year)
                break
        else:
            kept.append(d)
    return kept


# the giver written before a short award, as the agent or the subject of its verb: "A được Bộ Công an tặng Cờ thi đua", "Bộ Tài
# chính tặng Cờ thi đua cho A"
_RE_GIVER_BEFORE = regex.compile(r"(?<!\p{L})(?P<g>(?:" + alternation(_FLAG_GIVERS) + r")(?!\p{L})[^,;.:\n]{0,60}?)\s+(?:đã\s+)?"
                                 r"(?:trao tặng|tặng thưởng|tặng|trao|khen tặng)\s+$", regex.I)


def _other_giver_before(doc: Document, short: Found, added: str) -> bool:
    """The short award's own giver, written before it in its sentence, differs from the one the fuller name adds ("Công an tỉnh
    được Bộ Công an tặng Cờ thi đua", then "Công an tỉnh cũng đón nhận Cờ thi đua của UBND tỉnh": two flags)."""
    window = doc.text[max(0, short.start - 160):short.start]
    cut = max(window.rfind(". "), window.rfind("\n"), window.rfind("; "))
    g = _RE_GIVER_BEFORE.search(window, cut + 1)
    if g is None:
        return False
    # (one giver written longer or shorter: "Chủ tịch UBND tỉnh" and "UBND tỉnh", "Ủy ban nhân dân tỉnh")
    a, b = (fold(x).replace("uy ban nhan dan", "ubnd").strip() for x in (g.group("g"), cre.sub(r"^\s*(?:(?:của|do)\s+)?", "", added)))
    return not (a in b or b in a)


# after the last of awards joined by "," or "và": their recipients given in turn ("Cờ thi đua và Bằng khen lần lượt cho A và B")
_RE_IN_TURN_FOR = regex.compile(r"\s+lần lượt\s+cho\s+", regex.I)
# (each award may have its giver before it: "Chủ tịch UBND tỉnh tặng Bằng khen và Chủ tịch UBND huyện tặng Giấy khen lần lượt cho A và B")
_RE_AWARDS_LISTED = regex.compile(r"\s*(?:,|và|,\s*và)\s*(?:(?-i:\p{Lu})[^,.;:()\n]{1,50}?\s+tặng\s+)?", regex.I)


def _in_turn_from(t: str, matches: list, i: int, end: int) -> tuple[int, int] | None:
    """Where the recipients start, and how many awards share them, when ``matches[i]`` is one of awards joined by "," / "và"
    that "lần lượt cho" follows (the last of them too)."""
    first = last = i
    while first > 0 and _RE_AWARDS_LISTED.fullmatch(t, matches[first - 1].end(), matches[first].start()):
        first -= 1
    while last + 1 < len(matches) and _RE_AWARDS_LISTED.fullmatch(t, matches[last].end(), matches[last + 1].start()):
        last += 1
    if first == last:
        return None
    turn = _RE_IN_TURN_FOR.match(t, matches[last].end(), end)
    return (turn.end(), last - first + 1) if turn is not None else None


def _awards(doc: Document, acts: list[Sentence]) -> list[AwardDraft]:
    """The awards the sentences ``acts`` state (and the lists they open)."""
    t = doc.text
    out: list[AwardDraft] = []
    seen = set()
    from_aside: dict[tuple, int] = {}  # an award read from a caption or the headline: its place in ``out``
    apart = _names_apart(doc)
    end_of_text = len(t.rstrip())
    # (a recipient that runs to the end of a text read whole was cut off with it only when it stops inside a word, "Trường Cổ ph")
    read_whole = all(w.code != "input_truncated" for w in doc.warnings)
    named = doc.cues.sentences_with(_V_AWARDS, acts, word=False)
    listed: list[tuple[Sentence, Found, str]] = []
    for k in sorted(named):  # the sentences naming an award, in order
        s = acts[k]
        if doc.cues.search(_RE_FUTURE, _V_FUTURE, s.start, s.end) or _other_cluster(doc, s) or _before_period(doc, s):
            continue  # (nor an award of an earlier period: "Năm học 2017 - 2018, A ... nhận Cờ thi đua" at the review of 2019)
        first = len(out)
        last_award = None
        prev_end = prev_c_start = s.start
        prev_count = len(out)
        # endpos past the sentence leaves room for the pattern's lookahead; a match must end inside it
        matches = list(_award_matches(doc, s.start, min(len(t), s.end + 20)))
        for i, m in enumerate(matches):
            if m.end() > s.end:
                break
            a_start, a_end = m.span("award")
            award = Found(t[a_start:a_end], a_start, a_end)
            c_start = max(t.rfind(";", s.start, a_start) + 1, s.start)
            # "A được đề nghị tặng X, B được đề nghị tặng Y": a comma after the award before opens the next clause
            # (not a comma alone, or with "cùng"/"và", between two awards that end the clause: the second is the same
            # recipient's, "A được tặng X, cùng Y."; not one its own recipient follows, "X, Y do B nhận", "X, Y tương ứng")
            if prev_end > c_start and "," in t[prev_end:a_start]:
                if _RE_AWARDS_JOINED.fullmatch(t, prev_end, a_start) and _ends_its_clause(t, m, matches[i + 1:], s.end):
                    # (the clause of the award before, where it named a recipient: "A được tặng X, B được tặng Y, Z"
                    # gives Z to B; "A nhận X, được C tặng Y, Z" gives Z to A)
                    if len(out) > prev_count:
                        c_start = max(c_start, prev_c_start)
                else:
                    c_start = prev_end
            prev_c_start, prev_count = c_start, len(out)
            prev_end = m.end()
            before = t[c_start:a_start]
            if _RE_ONCE.search(before):
                continue  # an award once received, told as a unit's record: "Công ty từng được tặng Cờ thi đua năm 2021"
            if _RE_CRITERIA_OPEN.match(before):
                continue  # what an award asks for: "Tiêu chuẩn xét tặng Cờ thi đua: Hoàn thành xuất sắc nhiệm vụ"
            status = "proposed" if _RE_PROPOSE.search(before) else ("conferred" if _RE_CONFER.search(before) else None)
            if status == "proposed":
                # a hand-over after the proposal is an act of its own: "đề cử A làm Cụm trưởng ... và trao Bằng khen cho B"
                last_p = max(x.end() for x in _RE_PROPOSE.finditer(before))
                if _RE_HANDED_AFTER.search(before, last_p):
                    status = "conferred"
            if status is None:
                # "đề nghị A cho X; B cho Y": a clause with no verb of its own takes the sentence's
                lead = t[s.start:c_start]
                status = "proposed" if _RE_PROPOSE.search(lead) else ("conferred" if _RE_CONFER.search(lead) else None)
            if status is None and _RE_BULLET.fullmatch(before) and t.startswith(":", m.end()) and _proposal_heading(doc, s) \
                    and not _RE_NO_RECIPIENT.match(t[m.end() + 1:s.end].lstrip()):
                status = "proposed"  # "Kết quả bình xét:" then "1. Cờ thi đua của UBND tỉnh: huyện A.": one line an award
            # "đề nghị A tặng X cho B; C tặng Y cho D": the proposal governs the clauses after it
            if status == "conferred" and _RE_PROPOSE.search(t[s.start:c_start]) and not _RE_HANDED.search(before):
                status = "proposed"
            # the award as the subject (by whom may be said, "được Khối thống nhất đề nghị tặng cho: A, B"; or the proposal bare
            # after the award, its recipients counted: "Bằng khen ... đề nghị tặng 02 tập thể: A, B")
            # (its verb after it says more than a word before it: "Về khen thưởng, Cờ thi đua được đề nghị tặng cho: A")
            passive = _RE_AWARD_PASSIVE.match(t[m.end():s.end])
            if passive and passive.group("v") and ("trước" in t[m.end():s.end] or "ngoái" in t[m.end():s.end]) \
                    and _RE_EARLIER_MEETING.search(t, m.end(), s.end):
                continue  # given at another meeting: "Cờ ... đã được trao cho A tại hội nghị tổng kết năm trước"
            if passive and (status is None or passive.group("v")):
                status = "proposed" if (passive.group("v") or passive.group("bare")).startswith("đề") else "conferred"
            if status == "conferred" and not _RE_HANDED_ITEM.search(before) and _proposal_item(doc, s):
                status = "proposed"  # "Hội nghị thống nhất đề nghị:" then "+ Tặng Cờ thi đua ... cho A;": what is proposed
            if status is None:
                continue
            if status == "proposed" and not passive and (ask := _RE_ASKS_CLUSTER_TO_PROPOSE.search(before)) is not None \
                    and not _RE_MEETING_ASKS.search(t, s.start, c_start + ask.end("v")):
                continue  # the cluster asked by a guest to propose it ("X đề nghị Cụm xem xét đề nghị ... tặng"): no award made
            if status == "conferred" and not passive and _past_award(doc, s, c_start, a_start, m.end()):
                continue  # a unit's record: "A năm 2023 được Chính phủ tặng Cờ thi đua", "A đã 3 năm liền được ... tặng"
            recips: list[Found] = []
            # "... tặng AWARD cho (tập thể) X" / "tặng AWARD gồm A, B"
            # (past a giver written after the award's closing quote: '"Cờ thi đua" của Bộ Công an cho X')
            after = cre.match(r"\s*(?:(?:của|do)\s+(?-i:\p{Lu})[^,;.:“”\"]{1,60}?\s+(?=cho\s))?(?:(?:năm(?:\s+học)?|(?:trong\s+)?giai đoạn(?:\s+\d{1,2}\s+năm)?)\s+\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?:lần lượt\s+(?=cho\s))?(?:(?:cho|gồm|là|đối với)(?:\s*:\s*|\s+)|:\s*|(?=" + _COUNTED_RECIPIENTS + ")"
                              # (the list after a comma, "tặng AWARD, gồm: A; B"; or after the units counted in brackets,
                              # "Đề nghị tặng AWARD (02 đơn vị): A; B")
                              r"|,\s*gồm\s*:\s*|\(\s*\d{1,3}\s+(?:đơn vị|tập thể|cơ quan|doanh nghiệp)\s*\)\s*:\s*)",
                              t[m.end() + (passive.end() if passive else 0):s.end])
            if after and passive:
                after = cre.match(r".{" + str(passive.end() + after.end()) + "}", t[m.end():s.end], regex.S)
            if after and not passive and after.group(0).strip() == ":" and i + 1 < len(matches) and matches[i + 1].end() <= s.end \
                    and matches[i + 1].group("award").lower() == m.group("award").lower() \
                    and t.find(";", m.end(), matches[i + 1].start("award")) < 0 \
                    and (gives := _RE_GIVES_AFTER_COLON.search(t, m.end() + after.end(), matches[i + 1].start("award"))) \
                    and not _RE_NOT_GIVER.search(t, m.end() + after.end(), gives.start()):
                # (a colon that opens the telling of the act, the same award named again after its verb in the same clause:
                # "tổ chức bàn giao Cờ luân lưu: đại diện A, Cụm trưởng năm 2023, trao Cờ luân lưu cho B"; the one who gives it
                # is no recipient; not a list before another award's clause, "tặng Bằng khen: A, B; đề xuất tặng Cờ thi đua cho C",
                # nor a list the verb's own clause follows, "trao Giấy khen: A, B, C, trong đó A ... được tặng Giấy khen", "đề xuất
                # khen thưởng Cờ thi đua: A, B, và đề nghị Bộ trao tặng Cờ thi đua cho C")
                continue
            # "tặng AWARD1 và AWARD2 lần lượt cho A và B": the awards joined before "lần lượt cho" share its recipients (paired
            # in turn below)
            in_turn = _in_turn_from(t, matches, i, s.end) if not after or "lần lượt" in after.group(0) else None
            if in_turn is not None:
                recips = _recipients(doc, in_turn[0], s.end)
                if len(recips) != in_turn[1]:
                    recips = []  # (as many recipients as awards, or none paired: "Cờ và Bằng khen lần lượt cho A, B và C")
            elif after:
                # "suy tôn A dẫn đầu cụm, đề nghị tặng AWARD cho đơn vị này / cho nhà trường": the units it points back to, or
                # none (where its clause ends after it; a definite noun alone only at a full stop or ";", as "cho đơn vị, cá
                # nhân có thành tích" names a class)
                ref = _back_reference_re().match(t, m.end() + after.end(), s.end)
                # (a person joined after it by "và", named with an honorific: "cho đơn vị và ông A", "cho đơn vị này và cá
                # nhân đồng chí B": the units it points back to, then the persons)
                with_person = _RE_AND_PERSON_OPENS.match(t, ref.end(), s.end) if ref is not None else None
                if with_person is not None and _person_at(_person_recipient_res()[1], t, with_person.end(), s.end) is None:
                    with_person = None
                if ref is not None and with_person is None \
                        and not cre.match(r"\s*(?:[.;]|$)" if ref.group("def") else r"\s*(?:[.;,]|$)", t[ref.end():s.end]):
                    ref = None
                recips = _recipients(doc, m.end() + after.end(), s.end) if ref is None else _pointed_back(doc, ref, c_start)
                if with_person is not None:
                    recips = [*recips, *_recipients(doc, with_person.end(), s.end)]
                if cre.match(r",\s*gồm", after.group(0)):
                    # (", gồm:" lists units, not what a dossier holds, "hồ sơ ..., gồm: Tờ trình, Biên bản ...", nor the
                    # award's kinds, "Cờ thi đua, gồm: Cờ thi đua của Chính phủ cho A ..."): up to the first item no unit
                    units = [f for f in recips if starts_with_unit_head(f.value) and not _award_re().match(f.value)]
                    recips = recips[:next((i for i, f in enumerate(recips) if f not in units), len(recips))]
                if not recips:
                    # "tặng AWARD cho hai đơn vị dẫn đầu là A và B": the units ranked in the words after it
                    stop = search(_RE_UNITS_CLAUSE_END, t, m.end(), s.end)
                    recips = [f for _r, f in doc.draft.rankings if m.end() <= f.start < (stop.start() if stop else s.end)]
                counted = None if recips else _RE_COUNTED_UNITS_END.match(t, m.end() + after.end(), s.end)
                if counted is not None:
                    # "suy tôn A xếp thứ nhất, B xếp thứ nhì và đề nghị tặng AWARD cho hai đơn vị": the units ranked before
                    # it, as many as counted (no other unit named between)
                    ranked = [f for _r, f in doc.draft.rankings if c_start <= f.start < a_start]
                    if ranked and len(ranked) == count_value(counted.group("n")) \
                            and not _names_a_unit(t, max(f.end for f in ranked), a_start):
                        recips = ranked
            else:
                # "đề nghị khen thưởng đối với A và B là AWARD": the recipients between "đối với" and "là"
                ov = _RE_RECIPIENTS_THEN_AWARD.search(t, c_start, a_start)
                if ov is not None:
                    recips = [p for f in _recipients(doc, ov.start("who"), ov.end("who")) for p in _two_places(f, named_kind=True)]
                # "đề nghị X được tặng AWARD", "X (vinh dự) được (GIVER) tặng AWARD", "X đề nghị được ... tặng AWARD"
                dg = None
                for dg in finditer(r"\b(?:đề nghị|đề xuất)\s+(?=(?-i:\p{Lu}))", t, c_start, a_start):
                    pass
                if dg is not None:
                    duoc = search(r"\s+(?:được|đề nghị)\b", t, dg.end(), a_start)
                    if duoc:
                        span = unit_after(doc, dg.end(), duoc.start())
                        # (not the giver asked: "đề nghị UBND tỉnh tặng Cờ thi đua và 03 đơn vị đề nghị tặng Bằng khen")
                        if span and not cre.match(r"\s+(?:xét\s+)?tặng\b", t[span[1]:duoc.start()]):
                            recips = [Found(t[span[0]:span[1]], *span)]
                if not recips:
                    duoc = None
                    # the first "được" / "nhận" of the clause closes the recipients ("X được suy tôn là ...,
                    # được đề nghị tặng AWARD"; "suy tôn X nhận AWARD")
                    # (or "đạt" after the units nominated: "đề cử A và B đạt danh hiệu ...")
                    # ("A đã được hội nghị suy tôn ..., được đề nghị tặng AWARD": a proposal may follow "đã"; an award
                    # "đã được tặng" is a unit's record, not this meeting's)
                    # (nor one "đã được tặng" where the clause opens at this meeting: "Nhân dịp này, A đã được tặng ...")
                    # (its main verb: not an apposition that introduces a speaker, "Tại hội nghị, A - đơn vị đã được tặng X -
                    # trình bày tham luận")
                    here = status == "proposed"
                    at = _RE_AT_THIS_MEETING.match(t, c_start, a_start) if not here else None
                    if at is not None and not _RE_APPOSITION.search(t, at.end(), a_start):
                        clause_end = search(r"[;.](?=\s|$)", t, m.end(), s.end)
                        here = not _RE_SPEAKS_AFTER.search(t, m.end(), clause_end.start() if clause_end else s.end)
                    rx_duoc = ((r"\s+(?:đã\s+)?" if here else r"\s+")
                               # ("A phong tặng Tập thể lao động xuất sắc": a title conferred, "được" left out)
                               + r"(?:lần lượt\s+)?(?:cũng\s+)?(?:vinh dự\s+)?(?:đề nghị\s+)?(?:lên\s+)?(?:đón\s+|tiếp\s+)?(?:được|nhận|phong\s+tặng)\b"
                               r"|(?<=\bđề cử\s[^.;]{2,200}?)\s+(?-i:đạt)\b")
                    duoc = search(rx_duoc, t, c_start, a_start)
                    if duoc is None and status == "proposed" and t.find(":", s.start, a_start) >= 0:
                        # "Kết quả: A, B đề nghị Tổng LĐLĐ tặng Bằng khen": in a list of results, the units listed before the
                        # proposal are its recipients (not the one who proposes: "Sở X đề nghị UBND tỉnh tặng Cờ")
                        duoc = search(_RE_PROPOSED_BY_GIVER, t, c_start, a_start)
                    if duoc is None and status == "proposed":
                        duoc = _bare_proposed(doc, c_start, a_start, m.end(), s.end, s.start)
                    # "A đứng thứ nhất, B thứ nhì; hai trường này được đề nghị tặng AWARD": a subject that points back, after the
                    # clause's last comma, stands for the units ranked before it, or for none
                    # (a definite noun alone, "Nhà trường được đề nghị ...", where it stands for one: else read as before)
                    ref = _RE_SUBJECT_ALL.fullmatch(t, max(c_start, t.rfind(",", c_start, duoc.start()) + 1), duoc.start()) \
                        if duoc is not None else None
                    ref = _back_reference_re().fullmatch(t, ref.start("ref"), ref.end("ref")) if ref is not None else None
                    if ref is not None and (recips := _pointed_back(doc, ref, c_start)):
                        pass
                    elif ref is not None and ref.group("def") is None and _ranked_before(doc, ref):
                        continue
                    elif duoc is not None and not _RE_COUNTED.search(t[max(c_start, duoc.start() - 20):duoc.start()]):
                        recips = _recipients_before(doc, s.start, duoc.start())
                        # (a subject of its own after a comma, with its own "được" before the award: "A được suy tôn dẫn đầu
                        # Cụm, B được đề nghị tặng AWARD" is proposed for B; not "A được suy tôn ..., được đề nghị tặng AWARD")
                        # (that "được" the award's own, only the giver and the verbs between: not another act's, "B được bầu
                        # làm Cụm trưởng và Hội nghị đề nghị tặng AWARD"; nor a unit's "ghi nhận và đề nghị ... tặng AWARD")
                        last = None
                        for last in finditer(rx_duoc, t, duoc.end(), a_start):
                            pass
                        if last is not None and (_RE_OWN_ACT_TAIL.match(t, last.end(), a_start) is None
                                                 or cre.search(r"(?:ghi|xác|công|thừa)$", t[max(0, last.start() - 6):last.start()])):
                            last = None
                        comma = t.rfind(",", duoc.end(), last.start()) if last is not None else -1
                        own = _recipients_before(doc, comma + 1, last.start()) if comma >= 0 else []
                        if own and not t[comma + 1:own[0].start].strip():
                            recips = own
                    if duoc is not None and not recips and status == "proposed":
                        # (the first "được" of the clause was the meeting's own: "Hội nghị đã bình xét được 02 đơn vị ...: A được
                        # đề nghị cấp trên xem xét nhận AWARD"; the next one closes the recipients, after a colon)
                        colon = t.rfind(":", duoc.end(), a_start)
                        nxt = search(r"\s+(?:được|nhận)\b", t, colon + 1, a_start) if colon >= 0 else None
                        if nxt is not None:
                            recips = _recipients_before(doc, colon + 1, nxt.start())
                if not recips and status == "proposed":
                    # "suy tôn X dẫn đầu ..., đề nghị UBND tỉnh tặng Cờ thi đua": proposed for the unit ranked in
                    # the same clause, the nearest before the award (with the others of its rank: "A và B dẫn đầu")
                    ranked = [(r, f) for r, f in doc.draft.rankings if c_start <= f.start < a_start]
                    if not ranked and c_start > s.start and _RE_BARE_PROPOSAL.match(t, c_start, a_start):
                        # (or in the clause before, where the proposal opens its own with no subject: "suy tôn A dẫn đầu
                        # Cụm; đề nghị Bộ trưởng tặng Cờ thi đua")
                        ranked = [(r, f) for r, f in doc.draft.rankings if s.start <= f.start < c_start and r == 1]
                    if ranked and c_start > s.start and ";" in t[s.start:c_start]:
                        # (the units parted by ";" before, a name holding a comma: "suy tôn A; Sở B, C và D là hai đơn vị
                        # dẫn đầu, đề nghị tặng AWARD" is proposed for A too)
                        earliest = min(ranked, key=lambda rf: rf[1].start)
                        semi_starts = {a for a, _b in _semi_listed(doc, s.start, earliest[1].end)}
                        ranked = [(r, f) for r, f in doc.draft.rankings
                                  if f.start in semi_starts and f.start < c_start and r == earliest[0]] + ranked
                    if ranked:
                        near = max(ranked, key=lambda rf: rf[1].start)[0]
                        recips = [f for r, f in ranked if r == near]
                        # (the units ranked in turn just before: "A dẫn đầu, B và C lần lượt đứng thứ hai, thứ ba, đề nghị tặng X"
                        # is proposed for B and C)
                        turn = None
                        for turn in finditer(_RE_RANK_RESPECTIVE, t, c_start, a_start):
                            pass
                        if turn is not None:
                            n_turn = len(_ords(turn.group("ords")))  # (as many units before it as it names ranks)
                            group = [f for _r, f in ranked if f.start < turn.start()][-n_turn:]
                            if len(group) == n_turn >= 2:
                                recips = group
                        if near != 1 and len(recips) == 1:
                            # (each unit with its own place, joined before the proposal: "B xếp thứ hai và C xếp thứ ba, đề
                            # nghị tặng Bằng khen" is proposed for B and C; not the leader before them, whose award is its own)
                            for r, f in sorted(ranked, key=lambda rf: rf[1].start, reverse=True):
                                if f.start >= recips[0].start:
                                    continue
                                if r == 1 or _RE_OWN_PLACE_JOINED.fullmatch(t, f.end, recips[0].start) is None:
                                    break
                                recips.insert(0, f)
                    else:
                        # "suy tôn A và B là đơn vị tiêu biểu, đề nghị ... tặng AWARD": the units chosen in the clause
                        # (a province as the unit, in a cluster of provinces: "suy tôn tỉnh A để đề nghị Chính phủ tặng ...")
                        # (or "chọn" bare after the agreeing verb: "thống nhất chọn A là đơn vị xuất sắc nhất, đề nghị ...")
                        v = search(r"\b(?:suy tôn|bình chọn|bầu chọn|lựa chọn|(?<=\b(?:thống nhất|nhất trí)\s+)chọn)\s+(?=(?-i:\p{Lu})|(?:" + _ADMIN_LOW + r"|tỉnh|thành phố)\s+(?-i:\p{Lu}))", t, c_start, a_start)
                        # (or before the proposal itself: "suy tôn A, B đề nghị tặng AWARD")
                        # (or before the place it was chosen for: "suy tôn A dẫn đầu Khối, đề nghị tặng AWARD")
                        cut = search(r"\s+(?:là|làm|được|đạt|với|có|để\s+đề nghị|đề nghị|đề xuất|(?-i:dẫn|đứng)\s+đầu|(?-i:xếp)\s+(?:thứ|hạng))\s", t, v.end(), a_start) if v else None
                        if cut and _RE_ROLE_AFTER.match(t, cut.start(), a_start):
                            cut = None  # (chosen for a role, not for the award: "lựa chọn tỉnh A làm Cụm trưởng năm 2024, đề nghị ...")
                        if cut and v.group(0).lower().startswith("chọn") and not _RE_CHOSEN_FOR_MERIT.match(t, cut.start(), a_start):
                            cut = None  # ("chọn" bare, for a host: "thống nhất chọn A là đơn vị đăng cai hội nghị năm 2024, đề nghị ...")
                        if cut:
                            recips = _split_units(doc, v.end(), cut.start(), provinces=True)
                        if v is None:
                            recips = _chosen_counted(doc, c_start, a_start)
            if not recips and status == "proposed" and not after:
                # "A và B là 2 đơn vị xuất sắc, đề nghị ... tặng AWARD": the units the clause opens with, told what they are
                are = _RE_UNITS_ARE.search(t, c_start, a_start)
                own = _recipients_before(doc, c_start, are.start()) if are is not None else []
                if own and not t[c_start:own[0].start].strip():
                    recips = own
            if not recips and status == "proposed" and not after and last_award is not None and last_award[0] == s.start \
                    and (gap := cre.match(r"\s*,\s*", t[last_award[1]:a_start])) is not None \
                    and _RE_BARE_PROPOSAL.match(t, last_award[1] + gap.end(), a_start):
                # "A đạt danh hiệu X, đề nghị tặng Cờ thi đua ...": a proposal with no subject of its own right after the award
                # before, its recipients named before that award, is for them too
                recips = list(last_award[2])
            # (after the award, or after its recipients named after it: "tặng AWARD cho A cùng các đơn vị: B, C")
            along = _RE_ALONG_WITH.match(t, max(m.end(), recips[-1].end), s.end) if recips else None
            if along is not None:
                # "A được tặng AWARD cùng các đơn vị: B, C": the units after it receive it too
                stop = search(r"\s*(?:[;(]|\.(?=\s|$))", t, along.end(), s.end)
                recips = [*recips, *_split_units(doc, along.end(), stop.start() if stop else s.end)]
            if not recips and _RE_LIST_INTRO.search(t, c_start, s.end):
                # "... tặng AWARD cho các đơn vị:" then one unit a line ("- A;", "+ B."), under award headings
                # of their own if the list has them ("• Cờ thi đua của Bộ: 3 đơn vị")
                listed.append((s, award, status))
                continue
            # (the award read last in the sentence, its recipients named before it: its sentence, its end, its recipients)
            last_award = (s.start, m.end(), recips) if recips and recips[-1].end <= a_start else None
            for r in recips:
                if r.end >= end_of_text and not (read_whole and not ends_cut(r.value, t)):
                    continue  # cut off by the end of the article
                cut, _role = role_note(r.value)
                # (the decision it was given by, after the unit: "cho Cục X theo Quyết định số 12/QĐ-TTg ngày ...")
                ref = _RE_DECISION_AFTER.search(r.value)
                merit_at = r.end  # (the merit's year is read past the decision: "theo Quyết định số ... vì đã có thành tích ... năm N")
                if ref is not None and ref.start() > 0:
                    cut = min(cut, ref.start())
                else:
                    merit_at = None
                # (a year is no part of its name: "Huyện A năm 2024 được đề nghị tặng ...")
                yr = _RE_YEAR_AT_END.search(r.value)
                if yr is not None and yr.start() > 0:
                    cut = min(cut, yr.start())
                if cut < len(r.value):
                    r = Found(r.value[:cut].rstrip(), r.start, r.start + len(r.value[:cut].rstrip()))
                if r.value.endswith(")") and r.value.count(")") > r.value.count("("):
                    # (the bracket a caption closes: "(Ảnh: A trao Bằng khen cho Công ty B)")
                    v = r.value[:-1].rstrip()
                    r = Found(v, r.start, r.start + len(v))
                key = (_recipient_key(r.value, apart), _award_key(award.value))
                aside = _aside(doc, s)
                # (a caption's award named short for the same recipient: "trao Cờ thi đua cho A" under "trao Cờ thi đua của
                # Bộ Công an năm 2020 cho A")
                if key not in seen:
                    key = next((k for k in seen if k[0] == key[0] and (aside or k in from_aside)
                                and (k[1].startswith(key[1] + " ") or key[1].startswith(k[1] + " "))
                                and any(d.status == status and (_recipient_key(d.recipient.value, apart), _award_key(d.award.value)) == k for d in out)), key)
                if key in seen:
                    # (the same award a caption or the headline told first: the body's words stand, annotation.md)
                    i = from_aside.pop(key, None) if not aside else None
                    if i is not None and i < len(out):
                        out[i] = AwardDraft(r, award, status, out[i].year)
                    continue
                seen.add(key)
                if aside:
                    from_aside[key] = len(out)
                ym = cre.match(r"\s*năm\s+((?:19|20)\d{2})", t[m.end():m.end() + 12])
                year = Found(int(ym.group(1)), m.end() + ym.start(1), m.end() + ym.end(1)) if ym else None
                if year is None and r.end > m.end():
                    # or the year of the merit, given after the recipient ("cho X vì đã có thành tích ... năm 2022")
                    ym = _RE_MERIT_YEAR.match(t, merit_at or r.end, min(len(t), (merit_at or r.end) + 120))
                    year = Found(int(ym.group(1)), ym.start(1), ym.end(1)) if ym else None
                if year is None:
                    # or the year of the heading the awards are listed under ("khen thưởng năm 2023: A nhận X; B nhận Y")
                    ym = _heading_year(t, s, r.start)
                    year = Found(int(ym.group("y")), ym.start("y"), ym.end("y")) if ym else None
                out.append(AwardDraft(r, award, status, year))
        if "lần lượt" in doc.cues.lower[s.start:s.end]:
            out[first:] = _respectively(out[first:])
    def add_listed(award: Found, status: str, r: Found, whole: bool = False, year: Found | None = None) -> None:
        """An award read from a list's line, unless the text's end cut it off (not ``whole`` by its count, nor a whole word
        at the end of an input read whole) or it was read before."""
        key = (_recipient_key(r.value, apart), _award_key(award.value))
        if (whole or r.end < end_of_text or read_whole and not ends_cut(r.value, t)) and key not in seen:
            seen.add(key)
            out.append(AwardDraft(r, award, status, year))
    # award headings, each over the bulleted units it goes to ("Cờ thi đua của UBND tỉnh:" / "- A" / "Bằng khen ...:" / "- B")
    for award, status, r, year in _headed_lists(doc):
        add_listed(award, status, r, year=year)
    # a table's rows, each a recipient and its award ("STT | Tên tập thể | Hình thức khen thưởng" / "1 | A | Cờ thi đua ...")
    for award, status, r in (_table_awards(doc) if "|" in t else ()):
        add_listed(award, status, r)
    # an item that names its unit, then the award proposed for it: "1. A: Cờ thi đua của UBND tỉnh;" under a lead that
    # proposes, "1. A: 9/9 phiếu - đề nghị tặng Cờ thi đua ...;"
    for award, status, r in (_unit_first_items(doc) if "\n" in t else ()):
        add_listed(award, status, r)
    # (and a table in any other layout, tables.py: tabs, one cell a line, dashes, a column of people)
    for award, status, r in (_any_table_awards(doc) if "\n" in t else ()):
        add_listed(award, status, r)
    by_sentence: dict[int, list[tuple[Found, str]]] = {}
    for s, award, status in listed:
        by_sentence.setdefault(s.start, []).append((award, status))
    for s, award, status in listed:
        found = by_sentence.pop(s.start, None)
        if found is None:
            continue
        got = _bullet_list(doc, s, found[0][0] if len(found) == 1 else None)
        # (the list's last line at the text's end is whole where the lead counted as many: "cho 02 đơn vị:" / "+ A" / "+ B")
        intro = _RE_LIST_INTRO.search(t, s.start, s.end)
        n = intro.group("n") if intro is not None else None
        n = int(n) if n and n.isdigit() else _COUNT_WORDS.get((n or "").lower())
        for award, status, r in got:
            add_listed(award, status, r, whole=n == len(got))
    return out


# "A đề nghị tặng AWARD": the proposal told of its recipient with "được" left out, the award right after the verbs
_RE_BARE_PROPOSED = regex.compile(r"(?<=[\p{L}\d)])\s+(?:cũng\s+)?(?-i:đề nghị|đề xuất)\s+"
                               # (the giver asked between the verbs: "A đề nghị UBND tỉnh tặng AWARD"; any body or head of one,
                               # capitalised: "đề nghị Liên đoàn Lao động tỉnh tặng", "đề nghị Giám đốc Công an tỉnh tặng")
                               r"(?P<giver>(?-i:\p{Lu})[^\s,;.:]*(?:[ ][^\s,;.:]+){0,9}?\s+)?"
                               r"(?:xét\s+)?tặng\s+$", regex.I)
# the subject that proposes, not one proposed: the meeting, the cluster, the units, a giver or a person
_RE_PROPOSER_SUBJECT = regex.compile(r"\s*(?:hội nghị|cụm|khối|(?:các|những|\d{1,2})\s|đại biểu|thường trực|ban thi đua|sở nội vụ|ông\s|bà\s|đồng chí|đ/c"
                                     # (not the people's committee of a commune or a district, the member unit of a cluster
                                     # of them: "UBND xã A đề nghị tặng Bằng khen")
                                     # (a district's is the superior body of a cluster of communes: "UBND huyện A đề nghị ...")
                                     r"|(?-i:UBND|Ủy ban)(?!\s+(?:nhân dân\s+)?(?:xã|phường|thị trấn|đặc khu)\s+(?-i:\p{Lu}))"
                                     r"|(?-i:Chính phủ|Thủ tướng|Chủ tịch|Bộ trưởng|Tổng Liên đoàn|Hội đồng))", regex.I)
# the people's committee of a district (or a town, a district-level city) opening a list: a member unit, no proposer's body
_RE_MEMBER_COMMITTEE = regex.compile(r"\s*(?-i:UBND|Ủy ban|Uỷ ban)\s+(?:nhân\s+dân\s+)?(?:huyện|quận|thị\s+xã|thành\s+phố|TP\.?)\s*(?-i:\p{Lu})",
                                     regex.I)
# a unit named with its role in the cluster proposes: "A (Cụm trưởng) đề nghị tặng ...", "A - đơn vị Trưởng khối đề nghị ..."
_RE_PROPOSER_ROLE = regex.compile(r"(?:\(|[-–]\s*(?:là\s+)?(?:đơn vị\s+)?)\s*(?:(?:cụm|khối)\s+(?:trưởng|phó)|(?:trưởng|phó)\s+(?:cụm|khối))\b",
                                  regex.I)


def _bare_proposed(doc: Document, c_start: int, a_start: int, a_end: int, end: int, s_start: int | None = None):
    """"...; A đề nghị tặng Bằng khen": the match of the proposal's verbs before the award at ``a_start``, where the units
    before them open the clause at ``c_start`` and no "cho" after the award names another recipient (then the subject is the
    one who proposes: "Sở A đề nghị tặng Bằng khen cho B"); None otherwise."""
    t = doc.text
    bare = _RE_BARE_PROPOSED.search(t, c_start, a_start)
    if bare is None or _RE_PROPOSER_ROLE.search(t, c_start, bare.start()):
        return None
    if _RE_PROPOSER_SUBJECT.match(t, c_start, bare.start()):
        # (units listed, two or more, are the ones proposed, whatever their kind: "...; UBND huyện A, UBND huyện B đề nghị tặng
        # Bằng khen"; one alone of a superior's kind proposes: "UBND huyện A đề nghị tặng ...")
        listed = _recipients_before(doc, c_start, bare.start())
        if len(listed) < 2 or t[c_start:listed[0].start].strip() or not all(starts_with_unit_head(f.value) for f in listed):
            return None
        # (a list opening with a proposer's own body, "Sở Nội vụ, Ban Thi đua - Khen thưởng tỉnh đề nghị tặng ...", "UBND tỉnh,
        # Sở Nội vụ ...", proposes, unless it goes on a list of results after a ";": "suy tôn A, đề nghị tặng X; Sở Nội vụ,
        # Sở Tài chính đề nghị tặng Y"; a district's committee opening it is a member: "UBND huyện A, UBND huyện B ...")
        if (not _RE_MEMBER_COMMITTEE.match(t, c_start, bare.start())
                and not (s_start is not None and c_start > s_start and t[c_start - 1] == ";"
                         and _RE_PROPOSE.search(t, s_start, c_start))):
            return None
    if bare.group("giver") and not (s_start is not None and c_start > s_start and t[c_start - 1] == ";"
                                    and _RE_PROPOSE.search(t, s_start, c_start)):
        # "A đề nghị UBND tỉnh tặng AWARD": A proposes, unless the clause follows others of a list of results after a ";"
        # ("suy tôn B dẫn đầu, đề nghị tặng X; A đề nghị UBND tỉnh tặng Y")
        return None
    stop = search(r"[;]|\.(?=\s|$)", t, a_end, end)
    if search(r"\b(?:cho|đối với)\b", t, a_end, stop.start() if stop else end):
        return None
    units = _recipients_before(doc, c_start, bare.start())
    return bare if units and not t[c_start:units[0].start].strip() else None


# what may stand between a recipient's own "được" and its award: the proposal's verb, the giver, the verb of giving
# ("được đề nghị UBND tỉnh tặng", "nhận", "được Chủ tịch UBND tỉnh tặng")
_RE_OWN_ACT_TAIL = regex.compile(r"(?:\s+(?:đề nghị|đề xuất))?(?:\s+(?:cấp trên|(?-i:\p{Lu})(?:(?!\s+và\s+(?-i:\p{Ll}))[^,;.:]){0,60}?))?"
                                 r"(?:\s+(?:xem\s+)?xét)?(?:\s+(?:tặng|trao|trao tặng|khen thưởng|phong tặng))?\s*$", regex.I)


# what the units opening a clause are, then the proposal: "A và B là 2 đơn vị xuất sắc, đề nghị UBND tỉnh tặng ..."
_RE_UNITS_ARE = regex.compile(r"\s+là\s+(?:(?:\d{1,2}|hai|ba|bốn|năm|các|những)\s+)?(?:đơn vị|tập thể|cơ quan)\b"
                              # (not a role in the cluster, the chair speaking: "A là đơn vị Cụm trưởng năm 2025, đề nghị UBND
                              # tỉnh tặng ...")
                              r"(?!\s+(?:(?:cụm|khối)\s+(?:trưởng|phó)|(?:trưởng|phó)\s+(?:cụm|khối)|thường trực)\b)"
                              r"[^;.:]{0,80}?,\s*(?:và\s+)?(?:được\s+)?(?:đề nghị|đề xuất)\b"
                              # (not the members exhorted: "đề nghị các đơn vị phấn đấu ... để được đề nghị tặng AWARD")
                              r"(?![^;.:]*?\b(?:phấn đấu|để\s+được|nhằm)\b)", regex.I)


# an item's own hand-over, done or past, stays conferred under a proposal's lead ("- Trao Cờ thi đua cho A", "- A đã nhận ...")
_RE_HANDED_ITEM = regex.compile(r"\b(?:trao|đón nhận|đã)\b", regex.I)
# a list's lead that proposes: "Hội nghị thống nhất đề nghị:", "đề nghị cấp trên khen thưởng các tập thể sau:"
# (not the basis of a conferral, "theo đề nghị của X, Chủ tịch UBND tỉnh đã khen thưởng:", nor a lead that hands it over, "đã tặng")
# (not the basis of a conferral, "theo / xét / căn cứ (vào) đề nghị của X, ...", nor a lead that hands the awards over, before
# its proposal word, "đã trao các hình thức khen thưởng do X đề nghị:", or after it, "đã ký quyết định khen thưởng")
_RE_PROPOSAL_LEAD = regex.compile(r"(?<!\b(?:theo|xét|trên cơ sở|căn cứ|căn cứ vào)\s+)(?<!\bđã\s+(?:trao|tặng|phong tặng)\b[^.;:]{0,100}?)"
                                  r"\b(?:đề nghị|đề xuất|đề cử)\b"
                                  r"(?![^.;:]*\bđã\s+(?:quyết định\s+|ký\s+quyết định\s+)?(?:khen thưởng|tặng|trao|phong tặng)\b)[^.;:]{0,80}:$", regex.I)


def _proposal_heading(doc: Document, s: Sentence) -> bool:
    """The sentence opens its line, under a lead that proposes or tells the results chosen ("Kết quả bình xét:", "Hội nghị
    thống nhất đề nghị khen thưởng như sau:")."""
    if doc.text[doc.blocks[s.block].start:s.start].strip():
        return False
    lead = _lead_above(doc, s.block)
    if lead is None or not lead.endswith(":"):
        return False
    last = lead[max(lead.rfind(". "), lead.rfind(".\n")) + 1:]
    # (not the criteria an award asks for: "hướng dẫn các tiêu chí bình xét đề nghị khen thưởng:")
    return _RE_PROPOSE.search(last) is not None and _RE_CRITERIA_LEAD.search(last) is None


_RE_CRITERIA_LEAD = regex.compile(r"\b(?:tiêu chí|tiêu chuẩn|điều kiện|hướng dẫn|quy định)\b", regex.I)


def _proposal_item(doc: Document, s: Sentence) -> bool:
    """The sentence is an item at the start of its line, of a list whose lead proposes."""
    t = doc.text
    if not _RE_ITEM_OPEN.match(t, s.start, s.end) or t[doc.blocks[s.block].start:s.start].strip():
        return False
    lead = _lead_above(doc, s.block)
    return lead is not None and _RE_PROPOSAL_LEAD.search(lead) is not None


# a unit's own place, then the next unit with its own: "(B) xếp thứ hai và (C xếp thứ ba)"
_RE_OWN_PLACE_JOINED = regex.compile(r"\s+(?:(?:được\s+)?(?:xếp|đứng)\s+)?(?:thứ|hạng)\s+(?:nhì|hai|ba|tư|bốn|năm|[2-9])(?:\s+(?:cụm|khối))?\s*(?:,\s*(?:và\s+)?|\s+và\s+)", regex.I)


# the units chosen counted by their kind, then named in brackets or after "là": "bình chọn 2 tập thể có thành tích xuất
# sắc (A và B) đề nghị ...", "suy tôn 02 đơn vị là A và B, đề nghị ..."
_RE_CHOSEN_COUNTED = regex.compile(
    r"\b(?:suy tôn|bình chọn|bầu chọn|lựa chọn|bình xét)\s+(?:được\s+)?(?P<n>\d{1,2}|hai|ba|bốn|năm)\s+(?:đơn vị|tập thể|cơ quan|trường|doanh nghiệp)\b"
    r"[^.;:()]{0,60}?(?:\((?P<br>[^()]{3,200})\)|\s(?:là|gồm)\s*:?\s+(?=(?-i:\p{Lu})))", regex.I)
_COUNT_WORDS = {"hai": 2, "ba": 3, "bốn": 4, "năm": 5}


def _chosen_counted(doc: Document, lo: int, hi: int) -> list[Found]:
    """The units a clause chooses, counted and then named (the count must match what is named)."""
    t = doc.text
    m = search(_RE_CHOSEN_COUNTED, t, lo, hi)
    if m is None:
        return []
    if search(r"\btrong\s+(?:đó|số\s+đó)\b", t, m.end(), hi):
        return []  # (only some of them: "bình xét 03 đơn vị (A, B, C) ..., trong đó 01 đơn vị được đề nghị tặng Cờ")
    n = m.group("n")
    n = int(n) if n.isdigit() else _COUNT_WORDS[n.lower()]
    if m.group("br") is not None:
        if role_note("X (" + m.group("br") + ")")[1] is not None:
            return []  # (a role note, no unit: "bình chọn 1 đơn vị (Cụm trưởng)")
        units = _split_units(doc, m.start("br"), m.end("br"))
    else:
        cut = search(r"\s+(?:làm|được|đạt|với|có|để\s+đề nghị|đề nghị|đề xuất)\s|,", t, m.end(), hi)
        units = _split_units(doc, m.end(), cut.start()) if cut else []
    return units if len(units) == n else []


def _aside(doc: Document, s: Sentence) -> bool:
    """The sentence is a caption, the headline, or a short line with no sentence end (a photo's caption unmarked)."""
    b = doc.blocks[s.block]
    if b.kind in ("caption", "title"):
        return True
    line = doc.block_text(b).rstrip()
    return len(line) < 160 and not line.endswith((".", "!", "?", ":", ";", "…"))


_RE_GIVER_PLACE = regex.compile(r"\b(tinh|thanh pho)\s+(.+)$")


def _names_apart(doc: Document) -> frozenset[str]:
    """The folded names of the people the article tells apart by their diacritics alone (people.extract: two with positions
    that differ)."""
    seen: dict[str, set[str]] = {}
    for p in doc.draft.people:
        if p.name is not None:
            seen.setdefault(fold(p.name.value), set()).add(name_key(p.name.value))
    return frozenset(k for k, v in seen.items() if len(v) > 1)


def _recipient_key(recipient: str, apart: frozenset[str] = frozenset()) -> str:
    """The recipient as one reads it twice: folded, a province's kind word left out ("tỉnh Cà Mau", "Cà Mau"); a person's
    name case-free with its diacritics kept where the article tells two people apart by them (Hùng / Hưng: ``apart``, see
    _names_apart), else one mention lost a mark ("ông A Thắng" ... "ông A Thăng"), as a unit's name may ("huyện Lắk",
    "huyện Lăk")."""
    k = fold(recipient)
    if k in apart:
        return name_key(recipient)  # a person's name
    return k.split(" ", 1)[1] if k.startswith("tinh ") and " " in k else k


def _award_key(award: str) -> str:
    """The award as one reads it twice (a caption, then the body): folded, the people's committee by its abbreviation,
    the giver's province left out ("cờ thi đua của UBND tỉnh Quảng Ninh" and "Cờ thi đua của Ủy ban Nhân dân tỉnh")."""
    # (the giver with or without "của": "Cờ thi đua Chính phủ", "Cờ thi đua của Chính phủ")
    k = fold(award).replace("uy ban nhan dan", "ubnd").replace(" cua ", " ")
    m = _RE_GIVER_PLACE.search(k)
    if m and m.group(2).strip() in lexicon.provinces():
        k = k[:m.start(2)].rstrip()
    return k


def _respectively(drafts: list[AwardDraft]) -> list[AwardDraft]:
    """"A và B lần lượt được đề nghị tặng X và Y": as many units as awards, paired in order."""
    units = list(dict.fromkeys(fold(d.recipient.value) for d in drafts))
    names = list(dict.fromkeys(fold(d.award.value) for d in drafts))
    if len(units) < 2 or len(units) != len(names) or len(drafts) != len(units) ** 2:
        return drafts
    return [d for d in drafts if units.index(fold(d.recipient.value)) == names.index(fold(d.award.value))]


# the year of the merit an award is for, after its recipient: "(do|vì) (đã) có thành tích (xuất sắc) (trong ...) năm N"
# (one year, not a span's first: "từ năm 1995 đến nay", "từ năm 2020 đến năm 2024")
# (or the place it was given for, in apposition: "cho A - đơn vị dẫn đầu phong trào thi đua năm N của Khối")
# (in apposition, the year of the lead, not of a time clause after it: "dẫn đầu Cụm kể từ khi thành lập năm 2015", "từ sau
# khi sáp nhập năm 2020"; nor a span's first year written with a dash: "5 năm 2020 - 2024")
_RE_MERIT_YEAR = regex.compile(r",?\s*(?:(?:do|vì)\s+(?:đã\s+)?(?:có\s+)?thành\s+tích[^.;,:]{0,50}?|[-–,]\s*(?:là\s+)?(?:đơn\s+vị|tập\s+thể)\s+(?:dẫn|đứng)\s+đầu"
                               r"(?:(?!\b(?:từ|khi|sau|trước|thành\s+lập|sáp\s+nhập)\b)[^.;,:]){0,50}?)(?<!\b(?:từ|đến|tới)\s)\bnăm\s+((?:19|20)\d{2})(?!\d)"
                               r"(?!\s*(?:(?:đến|tới)\b|[-–]\s*(?:19|20)\d{2}(?!\d)))", regex.I)
# the sentence ends announcing a list: "cho các đơn vị (sau):", "gồm 03 tập thể:"
_RE_LIST_INTRO = regex.compile(
    r"\b(?:cho|gồm|là|đối với)\s+(?P<n>các|những|\d{1,2}|hai|ba|bốn|năm)\s+(?:đơn vị|tập thể|cơ quan|doanh nghiệp|trường|xã|phường)"
    r"(?:(?!\s(?:và|đồng thời)\s)[^:.;\n]){0,90}?\s*:\s*$"
    # (or "cho" bare before the colon: "... tặng Cờ thi đua cho:")
    r"|\bcho\s*:\s*$", regex.I)
_RE_BULLET = regex.compile(r"\s*(?:[-+•*–·]|\d{1,2}[.)]|[a-zđ]\))\s*")


# a line that heads the recipients of one award: "Cờ thi đua của UBND tỉnh:", "* Đề nghị Bộ X tặng Cờ thi đua của Bộ X:"
_RE_HEADING_LEAD = regex.compile(r"\s*(?:(?:đề\s+nghị|đề\s+xuất)\b[^:]{0,80}?\b(?:tặng|trao\s+tặng|khen\s+thưởng)\s*)?", regex.I)
# (the award's year may close it: "Cờ thi đua của Bộ X năm 2023:"; or, on a line of its own, no colon at all: "Cờ thi đua
# của UBND tỉnh" then "- A")
_RE_HEADING_END = regex.compile(r"\s*(?:năm\s+(?P<y>(?:19|20)\d{2})\s*)?(?:\(\s*\d{1,2}[^()]{0,20}\))?\s*:\s*$", regex.I)
_RE_HEADING_END_BARE = regex.compile(r"\s*(?:năm\s+(?P<y>(?:19|20)\d{2})\s*)?(?:\(\s*\d{1,2}[^()]{0,20}\))?\s*$", regex.I)
# a heading's Roman numeral, of a list copied from a submission: "I. Cờ thi đua của UBND tỉnh", "II. Bằng khen ..."
_RE_ROMAN_LEAD = regex.compile(r"\s*(?-i:[IVX]{1,4})[.)]\s+")


# what a heading's line may open with that names no recipient: a verb, "none", "not yet"
_RE_NO_RECIPIENT = regex.compile(r"(?:Tặng|Trao|Không|Chưa|Đề nghị|Đề xuất|Xét|Dành|Áp dụng|Là|Có)(?!\p{L})")
# the awards of the year reviewed, received from all levels: "Năm 2022, các đơn vị trong Khối (đã) được các cấp khen thưởng
# như sau:" (not those handed over at the meeting: "Tại hội nghị, các tập thể đã được ... tặng Bằng khen như sau:")
_RE_AWARDED_BEFORE = regex.compile(r"(?:^|[.;]\s*)(?:trong\s+)?năm\s+(?:19|20)\d{2}\b[^:]{0,80}?\b(?:được|nhận)\b[^:]{0,60}\b(?:khen thưởng|tặng|trao)"
                                   r"|\bđược\s+các\s+cấp\b", regex.I)


def _roman_award_heading(doc: Document, b) -> bool:
    """The line is a heading under a Roman numeral that is wholly an award ("II. Bằng khen của Chủ tịch UBND tỉnh"), no verb of
    its own ("I. Đề nghị Bộ tặng Cờ thi đua ... cho Sở A" gives the status of the headings under it)."""
    t = doc.text
    r = _RE_ROMAN_LEAD.match(t, b.start, b.end)
    h = next(iter(_award_matches(doc, r.end(), b.end)), None) if r is not None else None
    return h is not None and h.start() == r.end() and (_RE_HEADING_END.match(t, h.end(), b.end) or _RE_HEADING_END_BARE.match(t, h.end(), b.end)) is not None


def _headed_lists(doc: Document):
    """(award, status, recipient) for each bulleted unit under a line that names one award and ends with a colon;
    the status from the heading, or from the lines just above it ("Hội nghị thống nhất đề nghị khen thưởng như sau:")."""
    t = doc.text
    blocks = doc.blocks
    out = []
    for k, b in enumerate(blocks):
        if b.kind not in ("body", "caption") or b.end - b.start > 200:
            continue
        if t.find(":", b.start, b.end) < 0 and not (b.end - b.start <= 120 and k + 1 < len(blocks)
                                                    and _RE_BULLET.match(t, blocks[k + 1].start, blocks[k + 1].end)):
            continue  # (a heading with no colon only over a bulleted line)
        lead = _RE_BULLET.match(t, b.start, b.end)
        roman = None if lead else _RE_ROMAN_LEAD.match(t, b.start, b.end)
        a = lead.end() if lead else (roman.end() if roman else b.start)
        h = first = None
        for h in _award_matches(doc, a, b.end):
            first = first or h
        same_line: list[Found] = []
        year = None
        if first is not None and (h is first or not _RE_HEADING_END.match(t, h.end(), b.end)) \
                and _RE_HEADING_LEAD.fullmatch(t, a, first.start()):
            # the recipients on the heading's own line: "Cờ thi đua của UBND tỉnh: Sở A, Sở B" (its year before the colon,
            # "Cờ thi đua của Bộ X năm 2023: Sở A")
            colon = cre.match(r"\s*(?:năm\s+(?P<y>(?:19|20)\d{2})\s*)?(?:\(\s*\d{1,2}[^()]{0,20}\))?\s*:\s*(?=\p{Lu})",
                              t[first.end():b.end])
            if colon is not None:
                h = first
                if colon.group("y"):
                    year = Found(int(colon.group("y")), first.end() + colon.start("y"), first.end() + colon.end("y"))
                    per = doc.draft.scalars.get("meeting.period")
                    if per is not None and per.value.get("year") and year.value < per.value["year"]:
                        continue  # (an award of an earlier year, told: "Bằng khen ... năm 2022: A" at the review of 2023)
                # (no verb or "none" there: not "Cờ thi đua của UBND tỉnh: Tặng cho tập thể ...", the award's criteria)
                same_line = [r for r in _recipients(doc, first.end() + colon.end(), b.end) if not _RE_NO_RECIPIENT.match(r.value)]
        end = None if h is None else _RE_HEADING_END.match(t, h.end(), b.end)
        if h is not None and end is None and lead is None and h is first:
            # a heading with no colon, the award the whole line, under a Roman numeral or none ("I. Cờ thi đua của UBND tỉnh")
            end = _RE_HEADING_END_BARE.match(t, h.end(), b.end)
        if h is None or not (same_line or end) or not _RE_HEADING_LEAD.fullmatch(t, a, h.start()):
            continue  # (not "Tiêu chuẩn xét tặng Cờ thi đua:", the criteria of an award)
        if end is not None and end.group("y"):
            year = Found(int(end.group("y")), end.start("y"), end.end("y"))
            per = doc.draft.scalars.get("meeting.period")
            if per is not None and per.value.get("year") and year.value < per.value["year"]:
                continue  # (a heading of an earlier year's award, as on the heading's own line above)
        # (the verb of the heading, or of the line that opens the list above it, past the headings and bullets before:
        # "đề nghị khen thưởng như sau:", "được trao tặng:"; not a guest's "đề nghị" further up)
        j = k - 1
        # (and past the headings above that name their recipients on their own line: "Cờ thi đua của UBND tỉnh: Sở A")
        while j > 0 and (_RE_BULLET.match(t, blocks[j].start, blocks[j].end) or t[blocks[j].start:blocks[j].end].rstrip().endswith(":")
                         and _award_re().search(t, blocks[j].start, blocks[j].end)
                         or _roman_award_heading(doc, blocks[j])
                         or t.find(":", blocks[j].start, blocks[j].end) >= 0 and _award_re().match(t, blocks[j].start, blocks[j].end)):
            j -= 1
        if same_line == [] and end is not None and ":" not in t[end.start():end.end()] \
                and not t[blocks[max(0, j)].start:blocks[max(0, j)].end].rstrip().endswith(":"):
            continue  # (a heading with no colon only under a line that opens the list: not a line of its own under a guest's words)
        above = t[blocks[max(0, j)].start:blocks[max(0, j)].end] + " " + t[b.start:b.end]
        status = "proposed" if _RE_PROPOSE.search(above) else ("conferred" if _RE_CONFER.search(above) else None)
        if status is None or status == "conferred" and _RE_AWARDED_BEFORE.search(above) and not _RE_AT_THIS_MEETING.search(above):
            continue  # (nor the awards of the year reviewed: "Năm 2022, các đơn vị đã được các cấp khen thưởng như sau:")
        award = Found(t[h.start("award"):h.end("award")], h.start("award"), h.end("award"))
        if same_line:
            out += [(award, status, r, year) for r in same_line]
            continue
        for nb in blocks[k + 1:k + 12]:
            if nb.kind == "chrome":
                continue
            m = _RE_BULLET.match(t, nb.start, nb.end)
            if not m or nb.kind not in ("body", "caption") or t[nb.start:nb.end].rstrip().endswith(":"):
                break  # (the list's end, or the next heading)
            recips = _bulleted_recipients(doc, m.end(), nb.end)
            if not recips:
                break
            out += [(award, status, r, year) for r in recips]
    return out


# a table's header with a column of recipients and one of awards: "STT | Tên tập thể | Hình thức khen thưởng"
_RE_RECIPIENT_COLUMN = regex.compile(r"\b(?:đơn vị|tên|tập thể|doanh nghiệp|cơ quan|trường)\b", regex.I)
_RE_AWARD_COLUMN = regex.compile(r"\b(?:hình thức|danh hiệu|khen thưởng)\b", regex.I)


def _table_awards(doc: Document):
    """(award, status, recipient) for each row of a table whose header (cells parted by "|") holds a column of recipients
    and one of awards; the status from the line above the header ("Hội nghị thống nhất đề nghị khen thưởng:")."""
    t = doc.text
    blocks = doc.blocks
    out = []
    for k, b in enumerate(blocks):
        if k == 0 or b.kind != "body" or "|" not in t[b.start:b.end]:
            continue
        head = [c.strip() for c in t[b.start:b.end].split("|") if c.strip()]
        rc = next((i for i, c in enumerate(head) if _RE_RECIPIENT_COLUMN.search(c) and not _RE_AWARD_COLUMN.search(c)), None)
        ac = next((i for i, c in enumerate(head) if _RE_AWARD_COLUMN.search(c)), None)
        if rc is None or ac is None:
            continue
        above = t[blocks[k - 1].start:blocks[k - 1].end]
        if not above.rstrip().endswith(":"):
            continue
        status = "proposed" if _RE_PROPOSE.search(above) else ("conferred" if _RE_CONFER.search(above) else None)
        if status is None or status == "conferred" and _RE_AWARDED_BEFORE.search(above) and not _RE_AT_THIS_MEETING.search(above):
            continue
        for nb in blocks[k + 1:k + 30]:
            if nb.kind != "body" or "|" not in t[nb.start:nb.end]:
                break
            cells, pos = [], nb.start
            for c in t[nb.start:nb.end].split("|"):
                if c.strip():
                    cells.append((pos, pos + len(c)))
                pos += len(c) + 1
            if len(cells) != len(head):
                break
            unit = _whole_unit(doc, *cells[rc])
            aw = next(iter(_award_matches(doc, *cells[ac])), None)
            if unit is None or aw is None:
                break
            out.append((Found(t[aw.start("award"):aw.end("award")], aw.start("award"), aw.end("award")), status, _ranked(t, unit)))
    return out


# an item's unit before its colon, then perhaps its votes and the proposal: "1. A: 9/9 phiếu - đề nghị tặng "
_RE_UNIT_FIRST_ITEM = regex.compile(r"\s*(?:[-+•*]|\d{1,2}[.)])\s*(?P<u>(?-i:\p{Lu})[^:;.]{1,120}?)\s*:\s*"
                                    r"(?P<votes>(?:đạt\s+)?\d{1,3}\s*/\s*\d{1,3}\s+phiếu(?:\s+(?:đồng ý|tán thành))?\s*[-–,]?\s*)?"
                                    r"(?P<v>(?:được\s+)?(?:đề nghị|đề xuất)\s+(?:xét\s+)?tặng\s+)?", regex.I)


def _unit_first_items(doc: Document):
    """(award, status, recipient) for each item line "A: AWARD" (or "A: N/N phiếu - đề nghị tặng AWARD") whose award ends
    the line, A one unit whole, under a lead that proposes (_proposal_heading), or with the proposal on the line itself
    under a lead that ends on a colon."""
    t = doc.text
    out = []
    for s in doc.body_sentences():
        b = doc.blocks[s.block]
        if s.start != b.start or t.find(":", s.start, s.end) < 0:
            continue
        m = _RE_UNIT_FIRST_ITEM.match(t, b.start, b.end)
        if m is None or m.group("votes") and not m.group("v"):
            continue
        aw = next(iter(_award_matches(doc, m.end(), b.end)), None)
        if aw is None or aw.start() != m.end() or not cre.fullmatch(r"\s*[.;,]?\s*", t[aw.end():b.end]):
            continue
        unit = _whole_unit(doc, m.start("u"), m.end("u"))
        if unit is None or unit != (m.start("u"), m.end("u")):
            continue
        if m.group("v"):
            lead = _lead_above(doc, s.block)
            if lead is None or not lead.endswith(":"):
                continue
        elif not _proposal_heading(doc, s):
            continue
        recipient = _ranked(t, unit)
        if _RE_GIVER_LABEL.match(t, unit[0], unit[1]):
            # (the label an award's giver, under a lead that names the one recipient: "đề nghị khen thưởng cho Sở A, cụ
            # thể:" / "- UBND tỉnh: Cờ thi đua;" is Sở A's flag, not the province's)
            named = _lead_recipient(doc, s.block)
            if named is not None:
                recipient = named
        out.append((Found(t[aw.start("award"):aw.end("award")], aw.start("award"), aw.end("award")), "proposed", recipient))
    return out


# an item's label that names who confers the award ("UBND tỉnh", "Bộ Tài chính", "Thủ tướng Chính phủ")
_RE_GIVER_LABEL = regex.compile(r"(?:" + alternation((*_FLAG_GIVERS, "Tỉnh ủy", "Thành ủy", "Huyện ủy", "Ban Thường vụ", "Ban Chấp hành",
                                                      "Trung ương", "Tổng cục", "Cục", "Giám đốc", "Tổng Giám đốc"))
                                + r")(?!\p{L})", regex.I)
# a list's lead that names the one unit its items' awards go to: "đề nghị khen thưởng cho Sở A, cụ thể:", "... cho Sở A như sau:"
_RE_LEAD_ONE_RECIPIENT = regex.compile(r"\bcho\s+(?!(?:các|những|\d{1,2}|hai|ba|bốn|năm)\s)(?=(?-i:\p{Lu}))", regex.I)
_RE_LEAD_RECIPIENT_END = regex.compile(r"\s*,?\s*(?:(?:cụ thể|như sau|gồm)\s*)?:\s*$", regex.I)


def _lead_recipient(doc: Document, block: int) -> Found | None:
    """The one unit the lead of the list whose item is the line ``block`` gives its awards to, named after "cho" at its end."""
    lead = _lead_above(doc, block)
    if lead is None or "cho" not in lead.lower():
        return None
    t = doc.text
    lb = next((b for b in reversed(doc.blocks[max(0, block - 12):block]) if doc.block_text(b).rstrip() == lead), None)
    if lb is None:
        return None
    m = None
    for m in _RE_LEAD_ONE_RECIPIENT.finditer(t, lb.start, lb.end):
        pass
    if m is None:
        return None
    span = unit_after(doc, m.end(), lb.end)
    if span is not None:
        # (without the words that open the list, read into the unit: "cho Sở A như sau:")
        cut = _RE_LEAD_RECIPIENT_END.search(t, span[0], lb.end)
        span = (span[0], min(span[1], cut.start())) if cut is not None and cut.start() > span[0] else None
    if span is None or not _RE_LEAD_RECIPIENT_END.match(t, span[1], lb.end) or _RE_GIVER_LABEL.match(t, *span):
        return None
    return _ranked(t, span)


def _any_table_awards(doc: Document):
    """(award, status, recipient) for each row of a table (tables.py) with a column of recipients, units or people, and one
    of awards; the status from the line above the header, as _table_awards reads it."""
    t = doc.text
    blocks = doc.blocks
    out = []
    for tb in tables(doc):
        rc, ac = tb.column("unit"), tb.column("award")
        if rc is None or ac is None or tb.header == 0:
            continue
        above = t[blocks[tb.header - 1].start:blocks[tb.header - 1].end]
        if not above.rstrip().endswith(":"):
            continue
        status = "proposed" if _RE_PROPOSE.search(above) else ("conferred" if _RE_CONFER.search(above) else None)
        if status is None or status == "conferred" and _RE_AWARDED_BEFORE.search(above) and not _RE_AT_THIS_MEETING.search(above):
            continue
        for row in tb.rows:
            aw = next(iter(_award_matches(doc, *row[ac])), None)
            recips = _bulleted_recipients(doc, *row[rc])
            if aw is None or len(recips) != 1:
                break
            out.append((Found(t[aw.start("award"):aw.end("award")], aw.start("award"), aw.end("award")), status, recips[0]))
    return out


def _bulleted_recipients(doc: Document, a: int, b: int) -> list[Found]:
    """The recipients a bulleted line names, each without its role note: a person by name ("- Ông Nguyễn Văn A, Giám đốc
    ..."), the units it lists ("- Ban A, Ban B"), or one unit with the unit it belongs to (_bulleted_recipient)."""
    t = doc.text
    person = _person_at(_person_recipient_res()[1], t, a, b)
    if person is not None:
        spans = [(person.start("name"), person.end("name"))]
    else:
        parts = [p for p in _parts(doc, a, b) if p.value]
        # (units of one kind, each its own recipient: "- Ban A, Ban B"; a part and the body it belongs to are one:
        # "- Khoa Sơ sinh, Bệnh viện Nhi A", "- Đội Cảnh sát hình sự, Công an thành phố B")
        if len(parts) >= 2 and all(starts_with_unit_head(p.value) for p in parts) and len({p.value.split()[0] for p in parts}) == 1:
            spans = [(p.start, p.start + len(p.value.rstrip(" ,;."))) for p in parts]
        else:
            span = _bulleted_recipient(doc, a, b)
            spans = [span] if span else []
    out = []
    for x, y in spans:
        cut, _role = role_note(t[x:y])
        r = t[x:x + cut].rstrip(" ,;.")
        out.append(Found(r, x, x + len(r)))
    return out


def _bulleted_recipient(doc: Document, a: int, b: int) -> tuple[int, int] | None:
    """The recipient a bulleted line names: its unit, else the whole line when it is a short name opening with a capital
    ("- Khoa Hồi sức tích cực, Bệnh viện Đa khoa tỉnh A": a ward and its hospital)."""
    line = doc.text[a:b].strip().rstrip(" ,;.")
    a += len(doc.text[a:b]) - len(doc.text[a:b].lstrip())
    first, sep, rest = line.partition(",")
    # (a part of a unit, then the unit it belongs to, fill the line: "Khoa Sơ sinh, Bệnh viện Nhi A")
    if sep and first[:1].isupper() and starts_with_unit_head(rest.strip()) and first.split()[0] != rest.split()[0] \
            and len(line) <= 120 and ":" not in line and not _RE_CLAUSE_VERB.search(line):
        return a, a + len(line)
    span = unit_after(doc, a, b)
    return span if span is not None and starts_with_unit_head(doc.text[span[0]:span[1]]) else None


def _bullet_list(doc: Document, s: Sentence, award: Found | None, status: str = "proposed"):
    """(award, status, recipient) for each bulleted line after the sentence ``s`` that announces a list;
    a bulleted award heading ("• Cờ thi đua của Bộ: 3 đơn vị") names the award of the lines under it."""
    t = doc.text
    status = "proposed" if _RE_PROPOSE.search(t, s.start, s.end) else "conferred"
    out = []
    bare = None  # (the list's lines bare, no bullet: "cho các đơn vị:" / "Sở A;" / "Sở B.", each one unit whole)
    for b in doc.blocks[s.block + 1:]:
        if b.kind == "chrome":
            continue
        m = _RE_BULLET.match(t, b.start, b.end)
        if bare is None:
            bare = not m and award is not None
        if bare and b.kind in ("body", "caption") and not m:
            u = _whole_unit(doc, b.start, b.end)
            if u is None or t[u[1]:b.end].strip(" .;,"):
                break
            out += [(award, status, r) for r in _bulleted_recipients(doc, b.start, b.end)]
            continue
        if not m or bare or b.kind not in ("body", "caption"):
            break
        a = m.end()
        h = _award_re().match(t, a, b.end)
        if h and cre.match(r"\s*:", t[h.end():b.end]):
            award = Found(t[h.start("award"):h.end("award")], h.start("award"), h.end("award"))
            continue
        if award is not None:
            out += [(award, status, r) for r in _bulleted_recipients(doc, a, b.end)]
    return out


# what opens a list of recipients on the same line: "cho 03 đơn vị: A, B", "cho các đơn vị Hội X các huyện: A, B",
# "cho 02 đơn vị xuất sắc là A và B"
_RE_RECIPIENTS_INTRO = regex.compile(
    r"\s*(?:(?:các|những|\d{1,3}|hai|ba|bốn|năm|sáu)\s+(?:đơn vị|tập thể|cá nhân|cơ quan|doanh nghiệp|trường|xã|phường|huyện|tỉnh|sở|ban|ngành)"
    # (the words describing them, up to 90 characters, but not over another award or count: "cho 3 tập thể ..., trong đó đơn vị
    # được đề nghị tặng Cờ thi đua là A" names Cờ's recipient)
    r"(?:(?!(?<!\p{L})(?:cờ|bằng khen|giấy khen|danh hiệu|cho\s+\d)(?!\p{L}))[^:.;\n]){0,90}?|(?-i:\p{Lu})[^:.;\n]{0,50}?\bcác\s+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)(?:\s*,\s*(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường))*)"
    # (or the one named among them: "cho 2 tập thể, trong đó có A", a named recipient)
    r"(?:\s*:\s*|\s+(?:là|gồm)\s+|\s*,?\s+trong\s+(?:đó|số\s+đó)\s+có\s+)(?=\p{Lu})", regex.I)
# a unit the places after it share ("Công an các huyện A, B và C"): the places are the recipients
_RE_SHARED_PLACES = regex.compile(r".+?\bcác\s+(?:tỉnh|thành phố|huyện|quận|thị xã)\s+(?=\p{Lu})")


_RE_HONORIFIC_START = regex.compile(r"(?:ông|bà|đồng chí|đ/c)\s+(?-i:\p{Lu})", regex.I)
_RE_BARE_PLACE = regex.compile(r"(?-i:\p{Lu}\p{Ll}*)(?:(?:\s+|\s*-\s*)(?-i:\p{Lu}\p{Ll}*)){0,3}(?=\s*(?:[,;.]|và\s|$))")


def _ends_with_place(value: str) -> bool:
    """A unit's name ending with the name of its place ("Sở Tài nguyên và Môi trường Quảng Bình")."""
    words = value.split()
    return any(gazetteer.province_of(" ".join(words[-k:])) is not None for k in range(1, min(4, len(words) - 1) + 1))


_RE_COUNTED_RECIPIENTS = regex.compile(r"\s*(?:(?-i:\p{Lu})[\p{L}&]*(?:\s+\p{L}+){0,4}?\s+)?(?P<n>\d{1,2})\s+"
                                    r"(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|đơn vị|đồn|trường)\s*:\s*", regex.I)
_RE_NAMES_RUN = regex.compile(r"(?-i:\p{Lu}[\p{Ll}\d]*)(?:\s+(?-i:\p{Lu}[\p{Ll}\d]*)){0,3}")


# (the new holder, named after it or in apposition: "trao Cờ luân lưu cho Khối trưởng mới là Sở X", "cho Cụm trưởng mới Trường Y")
_RE_ROLE_HOLDER = regex.compile(r"\s*(?:đơn vị\s+)?(?:" + ROLE_WORDS + r")(?!\p{L})(?:\s+năm\s+\d{4})?"
                             r"(?P<named>\s*,?\s*(?:là|:)\s+|\s+mới\s*,?\s*(?:(?:là|:)\s+|(?=(?-i:\p{Lu})(?!\p{Ll}*\s+thi\s+đua))))?", regex.I)


def _two_places(f: Found, named_kind: bool = False) -> list[Found]:
    """A recipient read as two places "và" joins ("B và C", both places the gazetteer knows), split in two; with
    ``named_kind``, also a place with its kind and a bare name after it ("tỉnh A và B")."""
    x, sep, y = f.value.partition(" và ")
    if sep and (gazetteer.province_of(x) and gazetteer.province_of(y)
                or named_kind and _RE_KIND_AND_NAME.fullmatch(x) and _RE_NAMES_RUN.fullmatch(y)):
        return [Found(x, f.start, f.start + len(x)), Found(y, f.end - len(y), f.end)]
    return [f]


# (past the unit's leadership body named before the unit: "cho đại diện Ban Giám đốc Công ty A", "đại diện Đảng ủy, Ban
# Giám đốc Sở B"; "Đảng ủy" only joined to another body, "Đảng ủy Khối ..." is a unit)
_LEADERSHIP_BODY = r"(?:ban\s+(?:tổng\s+)?giám\s+đốc|ban\s+lãnh\s+đạo|ban\s+giám\s+hiệu|ban\s+điều\s+hành|hội\s+đồng\s+(?:quản\s+trị|thành\s+viên))"
_RE_REPRESENTATIVE = regex.compile(r"\s*đại\s+diện\s+(?:(?:lãnh\s+đạo|tập\s+thể)\s+)?"
                                   r"(?:(?:đảng\s+ủy\s*(?:,|và)\s*)?" + _LEADERSHIP_BODY + r"\s+(?=(?-i:\p{Lu})))?(?=\S)", regex.I)


# persons named bare after their plural ("cho các đồng chí: A, Giám đốc Sở X; B, ...", "cho các cá nhân: ...")
_RE_PEOPLE_LISTED = regex.compile(r"\s*(?:các|những|\d{1,2}|hai|ba|bốn|năm)\s+(?:đồng chí|cá nhân|ông,?\s*bà)\s*:\s*(?=(?-i:\p{Lu}))", regex.I)


# places named bare after their plural kind, no colon: "cho các huyện A, B và C"
# (a word of a name whole, with its apostrophe: "Ea H'leo", "Đắk R'lấp"; "Công an tỉnh" is a unit, read as one, no name "Công")
_PLACE_WORD = r"(?-i:\p{Lu}\p{Ll}*)(?:['’](?-i:\p{Ll}+))?"
_RE_PLACES_LISTED = regex.compile(r"\s*các\s+(?:huyện|quận|thị xã|thị trấn|xã|phường|tỉnh|thành phố)\s+"
                                  r"(?P<name>" + _PLACE_WORD + r"(?:[ ]" + _PLACE_WORD + r"){0,3})(?!['’\p{L}])", regex.I)
_RE_NEXT_NAME = regex.compile(r"\s*(?:,|,?\s+và)\s+(?P<name>" + _PLACE_WORD + r"(?:[ ]" + _PLACE_WORD + r"){0,3})(?!['’\p{L}])", regex.I)
# (the list ends its clause: not a unit's name going on, "các huyện A, B thuộc tỉnh C" is fine, "các huyện A, B Công an" is not)
# (nor one joined on with its kind written, read as before: "các huyện A, B và thị xã C")
_RE_NAME_GOES_ON = regex.compile(r"\s*[(\-–]|\s*(?:,|,?\s+và)\s+(?:huyện|quận|thị xã|thị trấn|xã|phường|tỉnh|thành phố)\s", regex.I)


def _person_named_at(doc: Document, a: int, b: int) -> bool:
    """A person the people extractor read opens t[a:b], named bare before a comma ("Trần Văn A, Giám đốc ...")."""
    run = _RE_CAPITALISED_RUN.match(doc.text, a, b)
    name = run.group(0).strip() if run is not None else ""
    return bool(name) and doc.text.startswith(",", a + len(name)) and any(p.name.value == name for p in doc.draft.people)


def _recipients(doc: Document, a: int, b: int) -> list[Found]:
    t = doc.text
    out = []
    joined: set[int] = set()
    listed = _RE_PEOPLE_LISTED.match(t, a, b)
    if listed is not None and _person_named_at(doc, listed.end(), b):
        # each "NAME, title", up to the next NAME (a title may hold "và" or a comma: "Chánh Văn phòng HĐND và UBND huyện A")
        pos = listed.end()
        while True:
            name = _RE_CAPITALISED_RUN.match(t, pos, b).group(0).strip()
            out.append(Found(name, pos, pos + len(name)))
            nxt = next((j for j in finditer(r"\s*(?:;|,?\s+và\s|,)\s*", t, pos + len(name) + 1, b)
                        if _person_named_at(doc, j.end(), b)), None)
            if nxt is None:
                return out
            pos = nxt.end()
    places = _RE_PLACES_LISTED.match(t, a, b)
    if places is not None:
        # "cho các huyện A, B và C": the places named bare after their plural kind, as written
        names = [Found(places.group("name"), places.start("name"), places.end("name"))]
        while (x := _RE_NEXT_NAME.match(t, names[-1].end, b)) is not None:
            if starts_with_unit_head(t[x.start("name"):b]):
                # (a unit joined on, no place: "cho các huyện A, B và Công an tỉnh", the list's last)
                u = unit_after(doc, x.start("name"), b)
                if u is not None:
                    names.append(Found(t[u[0]:u[1]], *u))
                break
            names.append(Found(x.group("name"), x.start("name"), x.end("name")))
        if len(names) >= 2 and not _RE_NAME_GOES_ON.match(t, names[-1].end, b):
            return names
    intro = _RE_RECIPIENTS_INTRO.match(t, a, b)
    if intro:
        a = intro.end()
        if cre.search(r"\btrong\s+(?:đó|số\s+đó)\s+có\s*$", intro.group(0)) \
                and cre.match(r"[^,;.:]{1,80}?\s+(?:\d{1,3}|hai|ba|bốn|năm)\s+(?:tập thể|cá nhân|đơn vị|người)\b", t[a:b]):
            return []  # a breakdown by unit, no recipient: "cho 12 tập thể, trong đó có A 3 tập thể, B 2 tập thể"
    # the unit's representative who takes it from the giver's hands: the unit is the recipient ("trao Cờ thi đua cho đại diện
    # xã A", "cho đại diện lãnh đạo Sở B")
    rep = _RE_REPRESENTATIVE.match(t, a, b)
    if rep is not None:
        a = rep.end()
    # "cho các Sở Tài nguyên và Môi trường A, B": the plural before a unit's capitalised head
    plural = cre.match(r"\s*các\s+(?=(?-i:\p{Lu}))", t[a:b])
    # (not kinds of unit before a list: "cho các Sở, ngành: A, B")
    if plural and starts_with_unit_head(t[a + plural.end():a + plural.end() + 30]) \
            and not cre.match(r"[^.;:]{0,40}:", t[a + plural.end():b]) \
            and not cre.match(r"\p{L}+\s*,", t[a + plural.end():b]):
        a += plural.end()
    # the holder of a cluster role, named after it ("cho Cụm trưởng năm 2025 là Sở X"): the role is no recipient
    role = _RE_ROLE_HOLDER.match(t, a, b)
    if role is not None:
        if role.group("named") is None:
            return []
        a = role.end()
        if not starts_with_unit_head(t[a:b]) and not cre.search(r"(?:là|:)\s*$", role.group("named")):
            return []  # (in apposition, a unit: not "cho Khối trưởng mới Đồng chí A, Giám đốc Sở Y tế", a person)
    force = cre.match(r"\s*lực lượng\s+(?=công an|quân sự|dân quân)", t[a:b], regex.I)
    if force:
        a += force.end()  # "cho lực lượng công an các huyện A, B": the units, named by their places
    # "cho Công an 3 tỉnh: A, B, C": the units counted, named after the colon by their places (as many as counted)
    counted = _RE_COUNTED_RECIPIENTS.match(t, a, b)
    if counted:
        names = list(_RE_NAMES_RUN.finditer(t, counted.end(), b))
        if names and names[0].start() == counted.end():
            run = names[:1]
            for x in names[1:]:  # (the names joined by commas, semicolons or "và", up to the first that is not)
                if not cre.fullmatch(r"\s*(?:[,;]|[,;]?\s+và)\s*", t[run[-1].end():x.start()]):
                    break
                run.append(x)
            if len(run) == int(counted.group("n")):
                return [Found(x.group(0), x.start(), x.end()) for x in run]
    # a person named as the recipient: "trao Bằng khen cho ông Lê Văn A, Giám đốc Công ty B", "cho Thiếu tá B"
    # (and the persons after it: "cho 2 cá nhân là ông A và bà B"); the honorific or rank opens no unit
    more, first, after_title = _person_recipient_res()
    person = _person_at(first, t, a, b)
    span = unit_after(doc, a, b, allow_lower=False) if person is None else None
    if person is not None:
        # a person who receives for the unit a note after her title names as one ("cho đồng chí A, Chủ tịch UBND huyện B, đơn
        # vị nhận nhiệm vụ Cụm trưởng năm 2025"): the unit is the recipient (annotation.md: award recipients are unit values)
        title_end = title_after(doc, person.end(), b)[1]
        if title_end > person.end() and _RE_UNIT_NOTE_AFTER.match(t, title_end, b):
            at = leading_position_re().match(t, cre.match(r"\s*[,\-–]?\s*", t[person.end():title_end]).end() + person.end(), title_end)
            unit = unit_after(doc, at.end(), title_end, allow_lower=False) if at is not None else None
            if unit is not None and unit[1] == title_end:
                return [Found(t[unit[0]:unit[1]], *unit)]
    if intro and "cá nhân" in intro.group(0).lower() and person is None:
        return []  # persons counted, not named with an honorific ("cho 2 cá nhân là Giám đốc Sở A và ...")
    if not span:
        while person is not None:
            out.append(Found(person.group("name"), person.start("name"), person.end("name")))
            pos = person.end()
            person = _person_at(more, t, pos, b)
            if person is None:
                # (past the person's title, the next person named with an honorific or a rank: "cho bà A, Kế toán trưởng
                # Quỹ X và ông B, Giám đốc Quỹ Y"; "cho 3 cá nhân: ThS A, Trưởng khoa X; CN B, ...")
                # (the title's end is where the next person opens, past a "và" inside a unit's name: "Chánh Văn phòng HĐND và
                # UBND huyện A và bà B")
                title = _title_to_next_person_re().match(t, pos, b)
                if title is not None:
                    person = _person_at(after_title, t, title.end(), b)
                    # (the next person with a verb of his own opens the next clause: "...; đồng chí B, Phó Chủ tịch UBND
                    # tỉnh trao Giấy khen cho ...")
                    stop = search(r"[;.]", t, person.end(), b) if person is not None else None
                    if person is not None and _RE_OWN_ACT.search(t, person.end(), stop.start() if stop else b):
                        person = None
        if not out:
            return out
        # (a unit joined after the persons: "cho Đại tá A và Phòng Tham mưu"; not the person's title after a comma, "cho ông A,
        # Giám đốc Công ty B", nor the next award, "cho ông A và Bằng khen của X cho ...")
        j = cre.match(r"\s+và\s+(?=\p{Lu})", t[pos:b])
        span = unit_after(doc, pos + j.end(), b, allow_lower=False) if j and not _award_re().match(t, pos + j.end(), b) else None
        if not span:
            return out
    out.append(Found(t[span[0]:span[1]], *span))
    # "gồm A, B, C": more after commas (or semicolons: "tặng AWARD: A; B; C")
    pos = span[1]
    while True:
        # (past a recipient's note in brackets: "Hội A (đơn vị Cụm phó năm 2025); Hội B")
        # (or a place named with its kind in lower case: "cho thị xã A, huyện B")
        # (or, after a province, another named with its kind: "cho tỉnh A, tỉnh B", "thành phố A và tỉnh B")
        m = cre.match(r"\s*(?:[,;]|và)\s*(?=\p{Lu}|" + _RE_UNIT_OPENS.pattern
                      + ("|" + _RE_PROVINCE_OPENS.pattern if _names_a_province(out[-1].value) else "")
                      + r")|\s*\([^()]{1,60}\)\s*[,;]\s*(?=\p{Lu})", t[pos:b])
        if m is not None and t[pos + m.end()].islower() and _RE_PROVINCE_OPENS.match(t, pos + m.end(), b) \
                and not _other_province(out[-1].value, t, pos + m.end(), b):
            break  # (a unit's own province after it is no recipient: "cho Trường Đại học A, tỉnh B", "cho thành phố A, tỉnh B")
        # a person among the recipients: "cho xã A, bà Trần Thị B và ông Nguyễn Văn C."
        person = _person_at(_person_recipient_res()[0], t, pos, b)
        if person is not None:
            out.append(Found(person.group("name"), person.start("name"), person.end("name")))
            pos = person.end()
            # (past the person's title: "và bà B, Phó Giám đốc NHNN chi nhánh tỉnh C vì ..." names no unit recipient; up to
            # a unit joined after it: "bà B, Phó Giám đốc Sở X và Công ty Y")
            title_end = title_after(doc, pos, b)[1]
            if title_end > pos:
                opens = cre.match(r"\s*[,\-–]?\s*", t[pos:title_end])
                # (a comma before a unit ends the title only once the title has named its own unit: "Giám đốc Sở Y tế, Trung
                # tâm X" lists X; "Phó Trưởng phòng Tổ chức cán bộ, Sở Y tế" is one title)
                def named_unit(x: int, y: int) -> bool:
                    return any(u.group(0)[:1].isupper() for u in unit_head_ci_re().finditer(t, x, y))
                nxt = next((j for j in finditer(r"(?:,|\s+và)\s+", t, pos + opens.end() + 1, title_end)
                            if (starts_with_unit_head(t[j.end():j.end() + 40]) and (t[j.start()] != "," or named_unit(pos + opens.end(), j.start())))
                            or _RE_HONORIFIC_START.match(t, j.end(), b)), None)
                pos = nxt.start() if nxt is not None else title_end
            continue
        if not m or _award_re().match(t, pos + m.end(), b):
            break  # "... cho A và Bằng khen cho B": the next award, not another recipient
        if _RE_HONORIFIC_START.match(t, pos + m.end(), b):
            break  # "cho Sở Y tế, Ông Lê Văn An nhận thay": a person, not a recipient
        if _RE_ROLE_HOLDER.match(t, pos + m.end(), b):
            break  # "cho Cụm trưởng mới A và Phó trưởng cụm mới B": the flag goes to the chair
        if "," in m.group(0) and _bare_person_name(out[-1].value) and leading_position_re().match(t, pos + m.end(), b):
            # a person named bare, then the position he holds: "cho Nguyễn Văn A, Trưởng phòng X" (the title, no recipient;
            # the next person after it is)
            title_end = title_after(doc, pos, b)[1]
            if title_end <= pos:
                break
            # (up to the next recipient joined after the title: "Nguyễn Văn A, Giám đốc Sở X và Trần Thị B", "... và Công ty Y";
            # after a comma, a unit once the title has named its own: "Nguyễn Văn A, Giám đốc Sở X, Trường Y")
            opens = pos + m.end()
            pos = next((j.start() for j in finditer(r"(?:,|\s+và)\s+", t, opens, title_end)
                        if starts_with_unit_head(t[j.end():j.end() + 40])
                        and (t[j.start()] != "," or any(u.group(0)[:1].isupper() for u in unit_head_ci_re().finditer(t, opens, j.start())))
                        or t[j.start()] != "," and (_RE_HONORIFIC_START.match(t, j.end(), b)
                                                    or _bare_person_name(_RE_CAPITALISED_RUN.match(t, j.end(), b).group(0).strip()))),
                       title_end)
            continue
        if ";" in m.group(0) and _RE_OWN_AWARD_CLAUSE.match(t, pos + m.end(), b):
            break  # "cho A; B và C được đề nghị tặng Bằng khen": the next clause's units, with an award of their own
        nxt = unit_after(doc, pos + m.end(), b, allow_lower=_RE_UNIT_OPENS.match(t, pos + m.end(), b) is not None)
        if not nxt:
            # a bare place after a unit named with its place: "cho các Sở Tài nguyên và Môi trường A, B"
            pm = _RE_BARE_PLACE.match(t, pos + m.end(), b)
            if pm and gazetteer.province_of(pm.group(0)) is not None and _ends_with_place(out[-1].value):
                nxt = pm.span()
        if not nxt:
            break
        if ";" in m.group(0) and _RE_CLAUSE_VERB.match(t, nxt[1], b) or "và" in m.group(0) and _RE_GIVES.match(t, nxt[1], b):
            break  # "; UBND tỉnh tặng Bằng khen cho ...", "cho A và UBND tỉnh tặng ... cho B": the next clause's giver
        if m.group(0).strip() == "," and out[-1].start not in joined and not _RE_PLACED_PART.search(out[-1].value) \
                and not _RE_CLINIC_OPENS.match(out[-1].value) and _part_of_body(out[-1].value, t[nxt[0]:nxt[1]]) \
                and not (cre.match(r"ban\s", out[-1].value, regex.I) and not _RE_NATIONAL_MEDIA.match(t[nxt[0]:nxt[1]])):
            # a department or a post, then the body above it after the comma: one recipient ("cho Phòng Cảnh sát giao thông,
            # Công an tỉnh A", "cho Ban Thời sự, Đài Truyền hình Việt Nam")
            # (once: a part has one body above it, "Đội A, Công an huyện B, Công an huyện C" is two; a part placed already,
            # "Phòng Tư pháp huyện A, Sở Tài chính", and a clinic, "Phòng khám đa khoa khu vực, Bệnh viện B", stand beside it)
            # (a "Ban" in a list of recipients only under a national broadcaster: a district's "Ban Tuyên giáo Huyện ủy, Trường
            # THCS A" or "Ban Chỉ huy Quân sự huyện, Công an huyện" are two)
            out[-1] = Found(t[out[-1].start:nxt[1]], out[-1].start, nxt[1])
            joined.add(out[-1].start)
            pos = nxt[1]
            continue
        out.append(Found(t[nxt[0]:nxt[1]], *nxt))
        pos = nxt[1]
    if intro is not None and ":" in intro.group(0) and not starts_with_unit_head(out[0].value):
        # names listed bare after their kind and a colon, the last after "và" ("cho các Sở: Xây dựng, Y tế và Tư pháp"): a "và"
        # outside an official name (lexicons/protected_names.txt, masked in the shadow text) parts two
        # (each side a complete bare name: not a school's level before the one it shares a name with, "Tiểu học và THCS A";
        # with commas between the items, only the list's last join, its sides of one shape, "A, Đá quý và Vàng B" stays)
        sh = shadow(doc)
        parted = []
        for n, f in enumerate(out):
            k = sh.find(" và ", f.start, f.end)
            if k > f.start and not starts_with_unit_head(f.value) and t[k + 4:k + 5].isupper() \
                    and not _RE_SCHOOL_LEVELS.fullmatch(t, f.start, k) \
                    and (len(out) == 1 or n == len(out) - 1 and _ends_with_place(t[f.start:k]) == _ends_with_place(t[k + 4:f.end])):
                parted += [Found(t[f.start:k], f.start, k), Found(t[k + 4:f.end], k + 4, f.end)]
            else:
                parted.append(f)
        out = parted
    head = _RE_SHARED_PLACES.match(out[0].value) if len(out) >= 2 else None
    if head:
        # bare places joined by "và" ("B và C"), which a unit's reading keeps together
        out[1:] = [p for f in out[1:] for p in _two_places(f)]
    if head and all(gazetteer.province_of(f.value) is not None for f in out[1:]):
        f0 = out[0]
        out[0] = Found(f0.value[head.end():], f0.start + head.end(), f0.end)
    return out


# a school's level or levels with no name of its own ("Tiểu học", "PTDTBT Tiểu học", "THCS", "Mầm non"): the next level shares its name
_RE_SCHOOL_LEVELS = regex.compile(r"(?:(?:trường|PTDTBT|PTDTNT|PTDT|PT)\s+)*(?:mầm non|mẫu giáo|tiểu học|trung học cơ sở|trung học phổ thông|"
                                  r"THCS|THPT|TH)(?:\s*,\s*(?:mầm non|mẫu giáo|tiểu học|trung học cơ sở|THCS))*", regex.I)


# the capitalised words that open a name ("Trần Thị Bình, ..." -> "Trần Thị Bình")
_RE_CAPITALISED_RUN = regex.compile(r"(?:(?-i:\p{Lu})\p{Ll}*(?:[ ]|(?=[^\p{L}])|$)){0,6}")


def _bare_person_name(value: str) -> bool:
    """A personal name written with no honorific: a family name, then one to four capitalised words, no unit's head."""
    words = value.split()
    return 2 <= len(words) <= 5 and words[0] in _surname_set() and all(w[:1].isupper() and w[1:].islower() for w in words) \
        and not starts_with_unit_head(value)


@lru_cache(maxsize=None)
def _surname_set() -> frozenset[str]:
    return frozenset(lexicon.words("surnames.txt"))


_RE_PROVINCE_WITH_KIND = regex.compile(r"(?:tỉnh|thành phố|TP\.?)\s*(?P<name>(?-i:\p{Lu})\p{L}*(?:(?:\s+|\s*-\s*)(?-i:\p{Lu})\p{L}*){0,3})", regex.I)


def _names_a_province(value: str) -> str | None:
    """The province a recipient is, named with its kind ("tỉnh A", "thành phố Đà Nẵng"; not a province's city, "thành phố Đà Lạt")."""
    m = _RE_PROVINCE_WITH_KIND.fullmatch(value)
    return gazetteer.names_province(m.group("name")) if m is not None else None


def _other_province(prev: str, t: str, a: int, b: int) -> bool:
    """A province named with its kind at ``a`` that is not the recipient before it (a list of provinces, not a city of the
    province written with it: "thành phố Bắc Ninh, tỉnh Bắc Ninh")."""
    m = _RE_PROVINCE_WITH_KIND.match(t, a, b)
    here = gazetteer.names_province(m.group("name")) if m is not None else None
    return here is not None and here != _names_a_province(prev)


def _names_a_unit(t: str, a: int, b: int) -> bool:
    """t[a:b] names a unit (a unit's head written with its capital) other than the one who proposes or gives the award
    ("đề nghị Chủ tịch UBND tỉnh tặng ...")."""
    # (nor a head inside the giver's name, between the proposal and its verb: "đề nghị Ban Thường vụ Tỉnh ủy tặng ...")
    givers = [g.span("giver") for g in _RE_GIVER_PHRASE.finditer(t, a, b)]
    return any(m.group(0)[:1].isupper() and not _RE_GIVER_BEFORE_HEAD.search(t, max(a, m.start() - 30), m.start())
               and not any(x <= m.start() < y for x, y in givers)
               for m in unit_head_ci_re().finditer(t, a, b))


# (the capitalised words between the proposal and its verb give the award; not where "được" or "cho" stands among them, "đề
# nghị Sở A được UBND tỉnh tặng ...": those name its recipient)
_RE_GIVER_PHRASE = regex.compile(r"(?<!\p{L})(?:đề nghị|đề xuất|trình)\s+(?P<giver>(?-i:\p{Lu})(?:(?!(?<!\p{L})(?:được|cho)(?!\p{L}))[^,.;:()]){0,50}?)\s+(?:xét\s+)?(?:tặng|trao|khen thưởng)(?!\p{L})",
                                 regex.I)


_RE_GIVER_BEFORE_HEAD = regex.compile(r"\b(?:đề nghị|đề xuất|trình|của|Chủ tịch|Bộ trưởng|Thủ trưởng|Giám đốc|Tổng giám đốc)\s+$", regex.I)


# the units named before, pointed back to: "cho đơn vị này", "cho hai đơn vị trên"
# the units counted with nothing after them in their clause: "cho hai đơn vị.", "cho 02 tập thể;"
_RE_COUNTED_UNITS_END = regex.compile(r"(?P<n>\d{1,2}|hai|ba|bốn|năm)\s+(?:đơn vị|tập thể|cơ quan|doanh nghiệp)\s*(?:[.;]|$)", regex.I)

# a back-reference as a clause's subject, with the words around it: "Theo đó, cả hai trường này đều được ..."
_RE_SUBJECT_ALL = regex.compile(r"\s*(?P<ref>\S.*?)(?:\s+(?:đều|cùng|cũng|đồng thời))?\s*", regex.I | regex.S)

@lru_cache(maxsize=None)
def _back_reference_re() -> "regex.Pattern[str]":
    """A recipient written as a back-reference (lexicons/back_references.json): a class noun, counted or plural or not, with a
    demonstrative after it ("hai trường này", "các đơn vị trên", "03 đơn vị nói trên"), or a definite class noun alone
    ("nhà trường", "đơn vị"; read only where its clause ends after it). Its callers check that nothing follows it but the
    clause's end or the verb they read: "các đơn vị trên địa bàn" points back to nothing."""
    data = lexicon.table("back_references.json")
    nouns = trie_alternation([*data["generic"], *data["kinds"]])
    return regex.compile(r"(?:(?P<n>\d{1,2}|" + COUNT_WORD + r")\s+|(?P<pl>các|những)\s+)?(?:cả\s+)?"
                         r"(?:(?P<noun>" + nouns + r")\s+(?P<dem>" + trie_alternation(data["demonstratives"]) + r")"
                         r"|(?P<def>" + trie_alternation(data["definite"]) + r"))(?!\p{L})", regex.I)


def _ranked_before_reference(doc: Document, ref) -> list[Found]:
    """The ranked units before the back-reference ``ref`` in its sentence or the one before (of its paragraph)."""
    sents = doc.content_sentences()
    k = next((i for i, x in enumerate(sents) if x.start <= ref.start() < x.end), None)
    if k is None:
        return []
    lo = sents[k - 1].start if k > 0 and sents[k - 1].block == sents[k].block else sents[k].start
    return [f for _r, f in doc.draft.rankings if lo <= f.start and f.end <= ref.start()]


def _ranked_before(doc: Document, ref) -> bool:
    """A ranking stands before the back-reference ``ref`` for it to point back to (_ranked_before_reference): where none does
    ("THPT A và THPT B đồng dẫn đầu Cụm, hai trường này được ...", its units not read as ranked), the units named before it are
    read as before."""
    return bool(_ranked_before_reference(doc, ref))


def _distinct_names(units) -> list[Found]:
    """The units in text order, each name once."""
    out: list[Found] = []
    for f in sorted(units, key=lambda f: f.start):
        if all(fold(g.value) != fold(f.value) for g in out):
            out.append(f)
    return out


def _pointed_back(doc: Document, ref, c_start: int) -> list[Found]:
    """The units a back-reference ``ref`` (a match of _back_reference_re) stands for: the units of the nearest ranking before it,
    in its sentence or the one before, with no other unit named between; as many as it counts (one where it is singular, two or
    more where plural, "các đơn vị trên"), each of its kind ("hai trường này": two schools). None where that is not one answer."""
    t = doc.text
    if ref.group("def") is not None and (ref.group("n") or ref.group("pl")):
        return []  # ("các đơn vị" with no demonstrative: a class, not a back-reference)
    before = _ranked_before_reference(doc, ref)
    if not before:
        return []
    last = max(before, key=lambda f: f.start)
    home = doc.content_sentence_at(last.start)
    if home is None:  # (a ranking read outside the content sentences, a table's row: nothing to point back to)
        return []
    group = _distinct_names(f for f in before if home.start <= f.start < home.end)
    if _names_a_unit(t, last.end, ref.start()):
        return []  # (another unit named after the ranking: "A dẫn đầu; đại diện Sở B ... đơn vị này")
    candidates = [group]
    if c_start <= last.start:
        # (ranked in its own clause, each unit with its place: the units of the place just before it, as many as it counts or
        # one where it is singular, "A dẫn đầu, B và C đồng xếp thứ hai, hai đơn vị này được ...", "A dẫn đầu, B xếp thứ hai
        # và đề nghị tặng AWARD cho đơn vị này")
        near = max(((r, f) for r, f in doc.draft.rankings if c_start <= f.start and f.end <= ref.start()), key=lambda rf: rf[1].start)[0]
        nearest = _distinct_names(f for r, f in doc.draft.rankings if r == near and c_start <= f.start and f.end <= ref.start())
        if len(nearest) < len(group):
            candidates.append(nearest)
    return next((g for g in candidates if _fits_back_reference(ref, g)), [])


def _fits_back_reference(ref, group: list[Found]) -> bool:
    """The units ``group`` are what the back-reference ``ref`` can stand for: as many as it counts (one where singular, two or
    more where plural), and of its kind where its noun names one ("hai trường này")."""
    n = len(group)
    if ref.group("n") is not None:
        if count_value(ref.group("n").lower()) != n:
            return False
    elif ref.group("pl") is not None:
        if n < 2:
            return False
    elif n != 1:
        return False
    data = lexicon.table("back_references.json")
    noun = cre.sub(r"^tập thể\s+(?=\S+\s+\S)", "", (ref.group("noun") or ref.group("def")).lower())
    kind = next((v for k, v in data["kinds"].items() if k.lower() == noun), None)
    if kind is None:
        return True
    # (the kind written in a unit's name, its accents kept: "trường" is not "Môi trường"'s word alone, nor "sở" "số"; a kind
    # fits where a unit's name holds it, or where no name says its kind, as a school written "THPT Lê Lợi", a bank by its brand,
    # "HTX ...": not "hai trường này" after two departments, "Sở A, Sở B"; the writer's noun may cover a mixed pair, "hai
    # huyện này" after "UBND huyện A và UBND thị xã B")
    def holds(word: str, name: str) -> bool:
        return cre.search(r"(?<!\p{L})" + regex.escape(word.lower()) + r"(?!\p{L})", name.lower()) is not None
    if any(holds(kind, f.value) for f in group):
        return True
    return not any(holds(k, f.value) for f in group for k in {*data["kinds"].values()})
# a person among an award's recipients, named with the honorific, then the list's next item or its end
# (the honorific, a rank after it or a rank alone: "cho đồng chí Thiếu tá A", "cho Đại úy B"; the name ends at a
# mark, the next item or the reason given: "cho ông A vì đã có nhiều đóng góp")
# (a word of a Central Highlands name joined by an apostrophe, "H'Lan", "Ksor H'Bông", is one word)
# (or the word of address that stands for the honorific, in lower case: "cho chị A", "cho anh B", "cho cô giáo C"; not before a
# unit's head, lexicons/unit_heads.txt, an unnamed teacher of a school: "cho cô giáo Trường Mầm Non A")
_PERSON_NAMED = (r"(?:(?:ông|bà|đồng chí|đ/c)(?:\s+(?-i:{ranks}))?|(?-i:{ranks})|(?<!\p{{L}})(?-i:anh|chị|thầy|cô)(?:\s+(?-i:giáo))?"
                 r"(?!\s+(?-i:{heads})(?!\p{{L}})))\s+(?P<name>(?-i:\p{{Lu}}\p{{Ll}}*(?:[’']\p{{Lu}}\p{{Ll}}*)?)(?:\s+(?-i:\p{{Lu}}\p{{Ll}}*(?:[’']\p{{Lu}}\p{{Ll}}*)?)){{1,4}})"
                 r"(?=\s*(?:[.;,]|(?:và|vì|do|đã|có|đạt|nhân|trong)\s|$))")


def _person_at(rx, t: str, a: int, b: int):
    """``rx.match(t, a, b)``, unless the honorific is the first word of a place's name ("Bà Rịa - Vũng Tàu", "Ông Ích Khiêm"
    aside: a place the gazetteer knows)."""
    m = rx.match(t, a, b)
    if m is None:
        return None
    head = t[m.start("name") - 1::-1].split(None, 1)[0][::-1] if m.start("name") > 0 else ""
    return None if gazetteer.province_of(head + " " + m.group("name")) is not None else m


# (a note on the unit named before, that it takes a role of the cluster: ", đơn vị nhận nhiệm vụ Cụm trưởng năm 2025", ", là
# đơn vị Cụm phó"; not a note of praise, ", đơn vị có thành tích xuất sắc", that leaves the award the person's)
_RE_UNIT_NOTE_AFTER = regex.compile(r"\s*,\s*(?:là\s+)?(?:đơn\s+vị|cơ\s+quan)\s[^,.;:()\n]{0,40}?(?<!\p{L})(?:(?:cụm|khối)\s+(?:trưởng|phó)"
                                    r"|(?:phó\s+)?trưởng\s+(?:cụm|khối))(?!\p{L})", regex.I)


@lru_cache(maxsize=None)
def _person_recipient_res() -> tuple:
    """(a person after a recipient and "," or "và"; a person opening the recipients; a person after the title of the one
    before and ";" or "và")"""
    named = _PERSON_NAMED.format(ranks=trie_alternation(lexicon.words("ranks.txt")), heads=trie_alternation(lexicon.words("unit_heads.txt")))
    # (the person set apart from the units by "cá nhân": "cho tập thể A và cá nhân ông B")
    return (regex.compile(r"\s*(?:,|và)\s*(?:cá\s+nhân\s+)?" + named, regex.I), regex.compile(r"\s*" + named, regex.I),
            regex.compile(r"\s*(?:;|,?\s*và)\s*(?:cá\s+nhân\s+)?" + named, regex.I))


_RE_JOINED_BEFORE = regex.compile(r"\s*(?:,|\s+và)\s*$")
# "và" (and "cá nhân") before a person joined to a back-reference among the recipients ("cho đơn vị và ông A")
_RE_AND_PERSON_OPENS = regex.compile(r"\s+(?-i:và)\s+(?:(?-i:cá)\s+(?-i:nhân)\s+)?")


@lru_cache(maxsize=None)
def _person_before_re():
    """A person with an honorific or a rank, ending the text searched (the recipient before "được tặng"); the honorific in
    lower case, or capitalised where a clause opens ("Trường THCS Bà Huyện Thanh Quan" names a school)."""
    ranks = trie_alternation(lexicon.words("ranks.txt"))
    # ("Anh"/"Chị" capitalised only where a sentence opens: after a comma it opens a unit of a list, "..., Anh Văn Hội Việt Mỹ")
    honorific = (r"(?:(?:^|(?<=[.;:,\n]\s*))(?-i:Ông|Bà|Đồng chí|Đ/c)|(?:^|(?<=[.;:\n]\s*))(?-i:Anh|Chị)"
                 r"|(?<!\p{L})(?-i:ông|bà|đồng chí|đ/c|anh|chị))")
    # (not a profession's association: "Hội Nhà báo Thanh Hóa" is a unit)
    return regex.compile(r"(?:" + honorific + r"(?:\s+(?-i:" + ranks + r"))?|(?:^|(?<=[.;:,]\s*)|(?<=\s))(?<!\b(?:hội|liên hiệp|câu lạc bộ|đoàn)\s)(?-i:" + ranks + r"))"
                         r"\s+(?P<name>(?-i:\p{Lu}\p{Ll}*(?:[’']\p{Lu}\p{Ll}*)?)(?:\s+(?-i:\p{Lu}\p{Ll}*(?:[’']\p{Lu}\p{Ll}*)?)){1,4})\s*$", regex.I)


@lru_cache(maxsize=None)
def _titled_person_before_re():
    """A person with an honorific or a rank and the title in apposition after the name, ending the text searched (the
    recipient before "được tặng": "Ông A, Phó Chủ tịch UBND huyện B(,) được tặng ..."); the title opens on a position
    (lexicons/positions.txt) and holds no verb of a clause of its own, nor words of one who acts for a unit or with it
    ("thay mặt đơn vị nhận", "lên đón nhận", "cùng tập thể ...", "..., đơn vị dẫn đầu Khối": the unit receives), nor a
    recipient joined after it ("và tập thể Phòng B": _titled_person_joined_re)."""
    return regex.compile(_titled_person_head() + r"\s*,?\s*$", regex.I)


def _titled_person_head() -> str:
    """_titled_person_before_re's person and title, without its end."""
    base = _person_before_re().pattern
    assert base.endswith(r"\s*$")
    positions = trie_alternation(lexicon.words("positions.txt"))
    return (base[:-len(r"\s*$")] + r"\s*,\s*(?=(?-i:\p{Lu}))(?:" + positions + r")(?!\p{L})"
            r"(?:(?!\s(?:trao|tặng|được|nhận|đã|là|cho|phát biểu|chủ trì|báo cáo|thay mặt|đại diện|lên|cùng|đơn vị|tập thể"
            r"|và\s+(?:ông|bà|đồng chí|các|cá nhân))(?!\p{L}))[^;.:\n]){0,120}?")


@lru_cache(maxsize=None)
def _titled_person_joined_re():
    """A titled person (_titled_person_before_re) and a unit joined after the title: "ông A, Chánh Văn phòng Sở B và tập thể
    Phòng C được tặng ..." (both receive); the unit read from the end of the match."""
    return regex.compile(_titled_person_head() + r"\s+và\s+tập\s+thể\s+(?=(?-i:\p{Lu}))", regex.I)


# (a new act only: "đã có thành tích", "là những cá nhân ..." describe the recipients)
_RE_OWN_ACT = regex.compile(r"\s(?-i:trao|tặng|phát biểu|chủ trì|cảm ơn|báo cáo|trình bày|đề nghị|chúc mừng|ghi nhận)(?!\p{L})")


@lru_cache(maxsize=None)
def _title_to_next_person_re() -> "regex.Pattern[str]":
    """A person's title after the name, up to the separator the next person, named with an honorific or a rank, follows
    (", Chánh Văn phòng HĐND và UBND huyện X" before " và bà B": a "và" inside the title is no separator)."""
    return regex.compile(r"\s*,\s*(?-i:\p{Lu})[^;.:\n]{1,120}?(?=" + _person_recipient_res()[2].pattern + r")", regex.I)
_RE_OWN_AWARD_CLAUSE = regex.compile(r"[^.;]{2,200}?\s(?:được|đã được)\s+(?:đề nghị\s+|đề xuất\s+)?(?:tặng|trao|nhận|khen)(?!\p{L})", regex.I)
_RE_GIVES = regex.compile(r"\s(?:tặng|trao|trao tặng)(?!\p{L})", regex.I)
_RE_CLAUSE_VERB = regex.compile(r"\s(?:được|nhận|tặng|trao|là|đã|đề nghị|suy tôn|dẫn đầu|đứng đầu|xếp)(?!\p{L})", regex.I)


# (a clause after the duties that tells what was done: "...; tại hội nghị, các đơn vị đã thông qua ...")
_RE_ACT_AFTER_DUTY = regex.compile(r";[^;]*\b(?:đã|hội nghị|vừa)\b[^;]*$", regex.I)
_RE_DUTY = regex.compile(r"\bcó\s+(?:nhiệm vụ|trách nhiệm|chức năng)\b[^.:]*$", regex.I)
_RE_PROPOSED_BY_GIVER = regex.compile(r"\s+(?:đề nghị|đề xuất)\s+(?=(?-i:\p{Lu})[^;.,]{0,40}?\s(?:tặng|trao tặng)\s)", regex.I)
_RE_TIME_PHRASE = regex.compile(r"(?:năm|tháng|ngày|quý|học kỳ)\s+[\dIVX]", regex.I)


def _is_unit_like(p: str) -> bool:
    """A unit, a place, or a short run of capitalised words (a clause with a verb is none of them)."""
    if _RE_CLAUSE_VERB.search(p) or _RE_TIME_PHRASE.match(p):
        return False  # (nor a time opening the clause: "Năm 2023, A được suy tôn ...")
    return starts_with_unit_head(p) or lexicon.province_of(p) is not None or (
        cre.fullmatch(r"(?:\p{Lu}[\p{L}\d&’'-]*)(?:[ ](?:\p{Lu}[\p{L}\d&’'-]*|[A-Z\d-]+))*", p) is not None and len(p.split()) <= 6)


# a province with its kind in lower case ("tỉnh A"), and the passive of its own clause after it, not a record ("đã được")
_RE_PROVINCE_KIND = regex.compile(r"(?:tỉnh|thành phố)\s+", regex.I)
_RE_OWN_PASSIVE = regex.compile(r"\s+(?:cũng\s+)?được\b")


def _lower_province(p: str) -> bool:
    """"tỉnh A", a province with its kind in lower case (no unit head, no capital to open it)."""
    k = _RE_PROVINCE_KIND.match(p) if p[:1] == "t" else None
    return k is not None and lexicon.province_of(p[k.end():]) is not None


# what a unit did or reached, said between it and "được (đề nghị)": "đứng thứ 2", "xếp thứ 2", "đạt số điểm cao nhất", "có thành tích xuất sắc",
# "hoàn thành xuất sắc nhiệm vụ"
# (or the ceremony it holds to receive it: "A tổ chức Lễ đón nhận Cờ thi đua", "B long trọng tổ chức buổi lễ đón nhận ...")
_RE_UNIT_PREDICATE = regex.compile(r"\s+(?-i:đứng|xếp|đạt|giành|dẫn đầu|hoàn thành|có\s+(?:nhiều\s+)?(?:thành tích|số điểm|tổng điểm|điểm)"
                                   r"|(?:long\s+trọng\s+)?tổ\s+chức\s+(?:buổi\s+)?[Ll]ễ)(?!\p{L})")
# the day a clause opens on, before the unit that holds its ceremony: "Ngày 20/12/2023, A đã tổ chức Lễ đón nhận ...",
# "Trước đó, sáng 20/12, ..."
_RE_CEREMONY_DAY = regex.compile(r"\W*(?:trước\s+đó\s*,\s*)?(?:vào\s+)?(?:(?:sáng|trưa|chiều|tối)\s+(?:ngày\s+)?|ngày\s+)"
                                 r"(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})(?:[/.-](?P<y>(?:19|20)\d{2}))?\s*,", regex.I)


def _ceremony_another_day(doc: Document, opening: str, done: bool) -> bool:
    """The ceremony a unit held to receive its award ("A đã tổ chức Lễ đón nhận Cờ thi đua") is another day's, no award of
    this meeting: the clause opens on "Trước đó," or on a day before the meeting's ("Ngày 20/12/2023, A đã tổ chức Lễ ..."
    at a meeting of 10/01/2024), or on another day than the meeting's with "đã" (``done``)."""
    if _RE_EARLIER_OPENS.match(opening):
        return True
    m = _RE_CEREMONY_DAY.match(opening)
    ymd = _meeting_day(doc) if m is not None else None
    if ymd is None:
        return False
    year, month, day = ymd
    y = int(m.group("y")) if m.group("y") else year
    mo, dd = int(m.group("m")), int(m.group("d"))
    # (no year to tell by, or the meeting's month with no day: only the month and day that differ)
    known = year is not None and y is not None
    earlier = known and ((y, mo) < (year, month) or (y, mo) == (year, month) and day is not None and dd < day)
    other = (y, mo) != (year, month) if known else mo != month
    return earlier or done and (other or day is not None and dd != day)


# what units are, told after the last of them before the verb: "A và B là hai đơn vị dẫn đầu, được đề nghị ..." (not a role)
_RE_ARE_UNITS_PRED = regex.compile(r"\s+(?-i:là)\s+(?:(?:\d{1,2}|hai|ba|bốn|năm|các|những)\s+)?(?:đơn vị|tập thể|cơ quan|doanh nghiệp|địa phương)(?!\p{L})"
                                   r"(?!\s+(?:(?:cụm|khối)\s+(?:trưởng|phó)|(?:trưởng|phó)\s+(?:cụm|khối)|thường trực)\b)", regex.I)
# the word that opens a sentence of results before its subject: "Kết quả: A đạt ..., được đề nghị ..."
_RE_RESULT_OPENER = regex.compile(r"\s*(?:kết quả|theo đó|cụ thể)(?:\s+(?:bình xét|xếp hạng|chấm điểm|thi đua|suy tôn)){0,2}\s*[:,]\s*", regex.I)


# the plural or counted lead of a list of units, before the first name: "Các đơn vị A, B", "Hai tập thể A và B" (or the kind
# of school: "Các trường THPT A, THPT B được ...")
# (or places of one kind, each a recipient by its bare name: "Các huyện A và B được đề nghị ...", "Hai huyện A, B ...")
_RE_PLURAL_LEAD = regex.compile(r"(?:các|những|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|\d{1,2})\s+(?:đơn vị|tập thể|cơ quan|trường"
                                r"|huyện|quận|thị xã|xã|phường|thị trấn|tỉnh|thành phố)\s+(?=(?-i:\p{Lu}))", regex.I)


@lru_cache(maxsize=None)
def _re_topic_opener() -> "regex.Pattern[str]":
    """A word that opens a clause before its subject and singles it out (lexicons/topic_openers.txt: "Riêng", "còn"), with
    the space after it; in lower case past its first letter."""
    return regex.compile(r"(?:" + "|".join(r"(?i:" + regex.escape(w[0]) + r")" + regex.escape(w[1:])
                                          for w in lexicon.words("topic_openers.txt")) + r")\s+")


@lru_cache(maxsize=None)
def _re_region_name() -> "regex.Pattern[str]":
    """A region of several provinces (lexicons/multi_regions.txt), perhaps after its side ("Bắc Trung Bộ", "Đông Nam Bộ"),
    or its initials ("ĐBSCL")."""
    return regex.compile(r"(?:(?:bắc|nam|đông|tây)\s+)?" + alternation_rest_case(lexicon.words("multi_regions.txt"), True)
                         + r"(?!\p{L})|(?-i:ĐBSCL|ĐBSH|ĐNB|DHMT)(?!\p{L})", regex.I)


# a level that makes a kind of unit a class ("Công an cấp huyện", "Phòng Tư pháp cấp huyện"; not "Tòa án nhân dân cấp cao")
_RE_LEVEL_CLASS = regex.compile(r"(?<!\p{L})(?-i:cấp)\s+(?:huyện|xã|tỉnh|quận|phường|thị xã|thành phố|cơ sở|trung ương|bộ|sở|ngành)(?!\p{L})")


def _named_unit(part: str) -> bool:
    """A unit named: its head and a name with a capital after it ("Sở Tài chính", "Sở Kế hoạch và đầu tư"; not "Mặt trận",
    "UBND huyện")."""
    h = unit_head_ci_re().match(part)
    return h is not None and any(c.isupper() for c in part[h.end():])


def _class_of_units(rest: str) -> bool:
    """The words after a plural lead ("Các đơn vị ...") are a class of units, not their names: a kind with its level ("Công an
    cấp huyện"), or kinds joined with no name ("Đảng, Mặt trận và đoàn thể": a part in lower case, or a unit's head bare)."""
    if _RE_LEVEL_CLASS.search(rest):
        return True
    bare = False
    for item in cre.split(r"\s*[,;]\s*", rest.strip()):
        # (a lower-case tail after "và" goes on the name before it: "Sở Kế hoạch và đầu tư", "Sở Tài nguyên và môi trường")
        pieces: list[str] = []
        for part in cre.split(r"\s+và\s+", item):
            part = part.strip()
            if pieces and part and not any(c.isupper() for c in part) and _named_unit(pieces[-1]):
                pieces[-1] += " và " + part
            else:
                pieces.append(part)
        for part in pieces:
            if _named_unit(part):
                return False  # (a unit named in the list: its names, not a class)
            if part and (not any(c.isupper() for c in part) or unit_head_ci_re().fullmatch(part)):
                bare = True
    return bare


# the unit a person named next acts for: "Đại diện huyện A, " (before "ông B lên nhận ...")
_RE_FOR_UNIT_BEFORE = regex.compile(r"(?:^|(?<=[.;:\n]\s*)|(?<=,\s*))(?-i:Đ|đ)ại\s+diện\s+(?:cho\s+)?(?:lãnh\s+đạo\s+)?"
                                    r"(?P<unit>\p{L}[^,;:.\n]{1,80}?)\s*,\s*$", regex.I)


# the words of one who takes an award for the unit, right before its verb ("lên đón nhận", "thay mặt đơn vị nhận")
_RE_ACTS_FOR_AFTER = regex.compile(r"\s*(?:lên|thay\s+mặt|đại\s+diện|cùng)(?!\p{L})", regex.I)


_RE_DESCRIPTION_PART = regex.compile(r"(?-i:đơn vị|địa phương|cơ quan|doanh nghiệp|tập thể)\s+(?-i:có|nhiều|luôn|từng|vừa|với|mới|đi đầu|tiêu biểu)"
                                  r"(?!\p{L})")


def _recipients_before(doc: Document, lo: int, end: int) -> list[Found]:
    """"A, B và C được tặng": the units listed right before the verb, read backwards while each
    part looks like a unit or a place (a clause such as "Nhân dịp này" ends the list)."""
    t = doc.text
    # a person named right before the verb: "Dịp này, ông A được tặng Bằng khen ..." (with the units joined before him:
    # "A, B và ông C được tặng")
    pm = _person_before_re().search(t, lo, end)
    # (or with the title in apposition after the name: "Ông A, Phó Chủ tịch UBND huyện B được tặng ...")
    # (not one who goes up for the unit or acts for it right at the verb: "Ông A, Giám đốc Sở B lên đón nhận Cờ thi đua")
    if pm is None and "," in t[lo:end] and _RE_ACTS_FOR_AFTER.match(t, end) is None:
        pm = _titled_person_before_re().search(t, lo, end)
        # (with a unit joined after the title, both: "ông A, Chánh Văn phòng Sở B và tập thể Phòng C được tặng ...")
        jm = _titled_person_joined_re().search(t, lo, end) if pm is None and "tập thể" in t[lo:end] else None
        if jm is not None and (units := _recipients_before(doc, jm.end(), end)):
            return [Found(jm.group("name"), jm.start("name"), jm.end("name")), *units]
    if pm is not None:
        # (the person who takes it for his unit: "Đại diện huyện A, ông B lên nhận Cờ thi đua": the unit receives)
        rep = _RE_FOR_UNIT_BEFORE.search(t, lo, pm.start())
        if rep is not None and _is_unit_like(rep.group("unit")):
            return [Found(rep.group("unit"), rep.start("unit"), rep.end("unit"))]
        person = Found(pm.group("name"), pm.start("name"), pm.end("name"))
        join = _RE_JOINED_BEFORE.search(t, lo, pm.start())
        return ([*_recipients_before(doc, lo, join.start()), person] if join is not None else [person])
    parts = []
    cut_pred = None  # the predicate cut from the last unit, cut from the units joined before it too
    # split on the shadow text: a comma inside an official name ("Lao động, Thương binh và Xã hội") splits nothing
    # (a unit's higher place after its comma goes with it: "Chi cục X huyện A, tỉnh B")
    # (not after a clause, a verb of what a unit did before a word in lower case: "suy tôn A dẫn đầu cụm, tỉnh B được ..."; a
    # unit's name may end in lower case, "Trường Cao đẳng Y tế, tỉnh B", "Sở Nội vụ, tỉnh C": its place)
    for m in reversed(list(cre.finditer(r"(?:[^,;:]|(?<!(?<!\S)(?-i:dẫn\s+đầu|đứng|xếp|đạt|giành|hoàn\s+thành|vượt)\s[^,;:]*(?<!\S)\p{Ll}+),"
                                        r"(?=\s*(?:tỉnh|thành phố)\s+(?-i:\p{Lu})[^,;:]*$))+", shadow(doc)[lo:end]))):
        a, b = lo + m.start(), lo + m.end()
        chunk = t[a:b]
        # "và" inside an official name joins words ("Sở Khoa học và Công nghệ"): a list of units splits
        # only before another unit; a list of bare names at every "và"
        # (after a plural or counted lead too, the shadow keeps a protected name whole: "Các đơn vị Sở Kế hoạch và Đầu tư, Sở X
        # được ...", while "Hai đơn vị Trường A và B" names two)
        join = r"\s+và\s+(?=" + unit_head_ci_re().pattern + ")" if starts_with_unit_head(chunk) else r"\s+và\s"
        # (split on the shadow too: the "và" of a protected name joins its words, "Văn phòng Đoàn ĐBQH và HĐND tỉnh")
        sh_chunk = shadow(doc)[a:b] if " và " in chunk else chunk
        subs = [x for x in cre.finditer(r"(?:(?!" + join + r").)+", sh_chunk)] if " và " in sh_chunk else [cre.match(r".*", chunk)]
        ok_all = True
        for x in reversed(subs):
            p = chunk[x.start():x.end()].strip()
            p = cre.sub(r"^(?:và|cùng)\s+", "", p)
            p = cre.sub(r"^(?:đơn vị|tập thể)\s+(?=(?-i:\p{Lu}))", "", p)  # "đơn vị VKSND huyện A được tặng ..."
            # (the word that singles the clause's subject out, lexicons/topic_openers.txt: "Riêng huyện A được đề nghị ...",
            # "...; còn Sở B được tặng ...")
            top = _re_topic_opener().match(p)
            if top is not None and (p[top.end():top.end() + 1].isupper() or starts_with_unit_head(p[top.end():])):
                p = p[top.end():]
            # (the unit's representative or leaders who take it: "Đại diện Sở A lên nhận ...", "Lãnh đạo Sở B đón nhận ...")
            q = cre.sub(r"^(?:đại diện(?:\s+lãnh đạo)?|lãnh đạo)\s+(?=(?-i:\p{Lu}))", "", p, flags=regex.I)
            # (who acts for it named before, "Ông A, đại diện Sở B lên nhận ...", takes nothing: the list opens at the unit)
            acting_for, p = q != p, q
            # (and the plural or counted lead of the list: "Các đơn vị A, B được đề nghị ...", "Hai đơn vị A và B được tặng ...")
            # (a class of units after it names none: "Các đơn vị Công an cấp huyện", "Các cơ quan Đảng, Mặt trận và đoàn thể")
            lead = _RE_PLURAL_LEAD.match(p)
            if lead is not None and _class_of_units(t[a + chunk.find(p) + lead.end():end]):
                return []
            # (nor a region of several provinces: "các tỉnh Bắc Trung Bộ", "Các tỉnh Tây Nguyên được ...")
            if lead is not None and _re_region_name().match(p, lead.end()):
                return []
            p = p[lead.end():] if lead is not None else p
            p = cre.sub(r"^\(\p{L}[\p{L}\d.]{0,20}\)\s*[-–]\s*", "", p)  # the paper's tag opening the lead: "(PL) - X được ..."
            if not p:
                continue
            # (a description of the unit before it set off by commas, its class noun in lower case and what it is after: "Ban A,
            # cơ quan có nhiều sáng kiến, được đề nghị tặng ...": no recipient of its own, the list goes on before it)
            if not parts and _RE_DESCRIPTION_PART.match(p) and t[lo:a].rstrip().endswith(","):
                continue
            # (the adverbs between the last unit and its verb, lexicons/rank_modifiers.txt: "A tiếp tục được suy tôn ..., đề nghị
            # tặng ...", "A năm nay được tặng ...")
            adv = _modifiers_before_re().search(p) if not parts else None
            # (not a run told in the past, "A đã được tặng ...": an award had before, no conferral here)
            if adv is not None and adv.start() > 0 and "đã" not in adv.group(0).split() and _is_unit_like(p[:adv.start()]):
                p = p[:adv.start()]
            if not parts or cut_pred is not None:
                # (the unit's own predicate before the verb: "A đứng thứ 2 được đề nghị ...", "B có thành tích xuất sắc được ...")
                # (without the words between the unit and its place: "A tiếp tục giữ vững vị trí dẫn đầu, được đề nghị ...")
                # (the same predicate of each unit joined before: "A đứng thứ hai và B đứng thứ ba, được đề nghị ...")
                # (what the units joined are, the last of them told: "A và B là hai đơn vị dẫn đầu, được đề nghị ...")
                # (each without its note in brackets: "A (96 điểm) và B (94 điểm) là hai đơn vị dẫn đầu")
                are = _RE_ARE_UNITS_PRED.search(p) if not parts else None
                if are is not None and are.start() > 0 and _is_unit_like(_RE_NOTE_AT_END.sub("", p[:are.start()])):
                    p, cut_pred = _RE_NOTE_AT_END.sub("", p[:are.start()]), "là"
                elif cut_pred == "là":
                    p = _RE_NOTE_AT_END.sub("", p)
                pred = _RE_UNIT_PREDICATE.search(p) if are is None or cut_pred != "là" else None
                if pred is not None and pred.start() > 0 and (not parts or pred.group(0).split()[0] == cut_pred):
                    mod = _modifiers_before_re().search(p, 0, pred.start())
                    q = p[:mod.start() if mod is not None and mod.start() > 0 else pred.start()]
                    # (not a ceremony held on another day: "Ngày 20/12/2023, A đã tổ chức Lễ đón nhận ..." at a later meeting)
                    if "chức" in pred.group(0) and _ceremony_another_day(doc, t[lo:a], cre.search(r"(?<!\p{L})đã\s*$", p[:pred.start()]) is not None):
                        return []
                    if _is_unit_like(q):
                        p = q
                        if not parts:
                            cut_pred = pred.group(0).split()[0]
            # (a province in lower case, the subject of its clause's own passive after a comma or a semicolon: "suy tôn A dẫn
            # đầu cụm; tỉnh B được đề nghị tặng ...")
            is_unit = _is_unit_like(p) or _lower_province(p) and _RE_OWN_PASSIVE.match(t, end) is not None
            if not is_unit or len(p) > 100:
                # the list opens after the verb that names it ("... chấm điểm, suy tôn Hội X nhận ...")
                v = None
                # (or after "trong đó", the subset the sentence goes on to: "suy tôn 5 đơn vị, trong đó A, B được đề nghị")
                # (or after the bracket that holds the list: "3 cơ quan hoàn thành xuất sắc nhiệm vụ (A, B, C) được nhận ...")
                # (a unit's head may open it in lower case: "thống nhất đề xuất trường Đại học A và Trường B được nhận ...")
                for v in cre.finditer(r"\b(?:suy tôn|bình chọn|bầu chọn|bình xét|đề nghị|đề xuất|đề cử|là|thống nhất|nhất trí|trong đó,?)\s+"
                                      r"(?=\p{Lu}|(?-i:trường|sở|ban|phòng|hội|bệnh viện|công ty)\s+\p{Lu})|\(\s*(?=\p{Lu})", p):
                    pass
                if v is not None and _is_unit_like(p[v.end():]) and len(p) - v.end() <= 100:
                    q = p[v.end():]
                    i = a + chunk.find(q)
                    parts.append(Found(q, i, i + len(q)))
                elif v is None and not parts and (not t[lo:a].strip() or _RE_RESULT_OPENER.fullmatch(t, lo, a)):
                    # the sentence's subject, its own predicate between: "A xếp loại hoàn thành xuất sắc nhiệm vụ, được đề nghị ..."
                    u = unit_after(doc, a + len(chunk) - len(chunk.lstrip()), b)
                    if u is not None and cre.match(r"\s+(?-i:\p{Ll})", t[u[1]:b]) and _is_unit_like(t[u[0]:u[1]]) \
                            and not cre.match(r"(?:các|những)\b", t[u[0]:u[1]], regex.I):
                        parts.append(Found(t[u[0]:u[1]], *u))
                ok_all = False
                break
            i = a + chunk.find(p)
            parts.append(Found(p, i, i + len(p)))
            if acting_for and parts:
                ok_all = False
                break
        if not ok_all:
            break
    parts.reverse()
    return parts if 1 <= len(parts) <= 12 else []


# --- decisions ---------------------------------------------------------------------------------
@lru_cache(maxsize=None)
def _act_forms() -> list[tuple[str, "regex.Pattern[str]", tuple[str, ...], str | None]]:
    """(kind, pattern, start words, need) for every form of lexicons/acts.json, in file order. A
    verb-object form becomes one pattern: a verb, an optional coordinated act verb (or a word of the meeting's work,
    "coordinated"), up to ``gap`` words (no full stop or semicolon) and an object head."""
    data = lexicon.table("acts.json")
    table = data["kinds"]
    all_verbs = sorted({v for forms in table.values() for f in forms for v in f.get("verbs", ())}, key=len, reverse=True)
    co_words = data["coordinated"]["verbs"]
    co = r"(?:\s*,\s*|\s+và\s+)(?:" + trie_alternation(all_verbs) + r"|" + trie_alternation(co_words) + r"(?:\s+tham\s+gia)?(?:\s+(?:vào|về))?)"
    out = []
    for kind, forms in table.items():
        for f in forms:
            if "regex" in f:
                out.append((kind, regex.compile(f["regex"], regex.I), tuple(f["starts"]), f.get("needs")))
                continue
            rx = r"\b(?:" + trie_alternation(f["verbs"]) + r")(?!\p{L})"
            if f.get("not_before"):  # what may not stand right before the verb (a set phrase it is part of)
                rx = r"(?<!" + f["not_before"] + r")" + rx
            if "objects_of_form" in f:  # the same object heads as another form of the kind: one copy of the list
                f = {**f, "objects": forms[f["objects_of_form"]]["objects"]}
            if f.get("objects"):
                # (an object may open a quoted name: 'kế hoạch tổ chức “Hội thi ...”')
                # (a gap word may not be one of "not_in_gap": "thống nhất tổ chức chương trình giao lưu" agrees no document)
                skip = r"(?!" + alternation(f["not_in_gap"]) + r"(?!\p{L}))" if f.get("not_in_gap") else ""
                rx += r"(?:" + co + r"){0,2}(?:\s+" + skip + r"[^\s.;]+){0," + str(f.get("gap", 0)) + r"}?\s+[“\"‘]?(?:" + trie_alternation(f["objects"]) + r")(?!\p{L})"
            if f.get("not_after"):  # what may not follow the object (another body's movement, one within each unit)
                rx += r"(?!" + f["not_after"] + r")"
            out.append((kind, regex.compile(rx, regex.I), tuple(f["verbs"]), f.get("needs")))
    return out


# per kind, the words its forms start with (derived from the data): a kind is tried only where they are
_V_ACT_START = {k: cues.vocabulary(f"decisions.{k}.start", lambda k=k: sorted({w for kind, _rx, starts, _n in _act_forms()
                                                                                 if kind == k for w in starts}))
                for k in get_args(DecisionKind)}  # the kinds the record allows: no data file read at import


@lru_cache(maxsize=None)
def _forms_by_start() -> dict[str, tuple[int, ...]]:
    """Each start word (lower case, as the cue index reads it) -> the indexes in ``_act_forms()`` of the
    forms that start with it: a form is tried only where one of its own words is."""
    out: dict[str, list[int]] = {}
    for i, (_kind, _rx, starts, _need) in enumerate(_act_forms()):
        for w in starts:
            out.setdefault(cues.lower(w), []).append(i)
    return {w: tuple(v) for w, v in out.items()}


@lru_cache(maxsize=None)
def _forms_tagged(key: str, value) -> frozenset[int]:
    """The indexes in ``_act_forms()`` of the forms of lexicons/acts.json whose tag ``key`` is ``value``: "clause": "phrase",
    an act written as a noun phrase opening the sentence before its comma ("Sau phần phát động của Cụm trưởng, ..."), its
    text the phrase alone; "apart": true, an act of its own beside one other act of its kind read by the kind's other forms
    ("bàn giao Cờ luân lưu" beside "phát động phong trào thi đua")."""
    kinds = lexicon.table("acts.json")["kinds"]
    return frozenset(i for i, f in enumerate(f for forms in kinds.values() for f in forms) if f.get(key) == value)


@lru_cache(maxsize=None)
def _form_words() -> tuple[tuple[str, ...], ...]:
    """Each form's start words in lower case, as the cue index reads them (by index in ``_act_forms()``)."""
    return tuple(tuple(dict.fromkeys(cues.lower(w) for w in starts)) for _kind, _rx, starts, _need in _act_forms())


# every form's start words, one vocabulary: one look-up a document gives each form its positions
_V_ACT_ANY = cues.vocabulary("decisions.start", lambda: sorted(_forms_by_start()))


def _start_words(doc: Document, acts: list[Sentence]) -> dict[int, dict[str, list[int]]]:
    """Sentence index -> start word (lower case) -> where it begins in the sentence, in order: one pass
    over the document's cue words."""
    if not acts:
        return {}
    low = doc.cues.lower
    out: dict[int, dict[str, list[int]]] = {}
    k, n = 0, len(acts)
    for a, b in doc.cues.spans(_V_ACT_ANY, acts[0].start, acts[-1].end, word=False):
        while k < n and acts[k].end <= a:
            k += 1
        if k == n:
            break
        if a < acts[k].start:
            continue  # between two act sentences
        words = out.get(k)
        if words is None:
            words = out[k] = {}
        w = low[a:b]
        ps = words.get(w)
        if ps is None:
            words[w] = [a]
        else:
            ps.append(a)
    return out


def _first_match(rx, t: str, starts: list[int], lo: int, hi: int):
    """``next(cues.match_at(rx, t, starts, lo, hi), None)`` for starts already sorted, distinct and in [lo, hi)."""
    if hi - lo > patterns.UNTIMED:  # a long window keeps the time limit
        return next(cues.match_at(rx, t, starts, lo, hi), None)
    for p in starts:
        m = rx.match(t, p, hi)
        if m is not None:
            return m
    return None


_RE_ELECTED = regex.compile(r"\b(?:được\s+)?(?:bầu|bầu chọn|tín nhiệm bầu)\s+(?:làm|là)\b", regex.I)
# a flag handed over to the unit ("A trao Cờ luân lưu cho B, đơn vị Cụm trưởng năm 2025"): no choice of the meeting, unless
# the clause tells the unit taking the role on ("cho đồng chí C, Chủ tịch UBND huyện B, đơn vị nhận nhiệm vụ Cụm trưởng năm 2025")
# (not the role's duty handed over with it: "bàn giao cờ luân lưu và nhiệm vụ Cụm trưởng năm 2025 cho B")
_RE_FLAG_HANDED = regex.compile(r"\b(?:trao|bàn giao|chuyển giao)(?:\s+lại)?\s+(?:(?:chiếc|lá)\s+)?cờ(?!\p{L})"
                                # (not the role's own flag, the role word right after it: "bàn giao cờ luân lưu Cụm trưởng năm 2025 cho B")
                                r"(?!(?:\s+luân\s+lưu)?(?:\s+của)?\s+(?:đơn\s+vị\s+)?(?:" + ROLE_NOTE_WORDS + r")(?!\p{L}))"
                                + FLAG_WITH_DUTY +
                                r"[^.;:]{0,80}?\s(?:cho|về|sang)\s",
                                regex.I)
# (or the clause tells a choice of the meeting after the flag: "..., Hội nghị đã biểu quyết chọn B làm Cụm trưởng năm 2025",
# "cho B, đơn vị được phân công làm Cụm trưởng năm 2025")
_RE_ROLE_TAKEN_ON = regex.compile(r"\b(?:nhận|đảm nhận|đảm nhiệm|đảm đương|tiếp nhận|bầu|được giao|giao|luân phiên|thống nhất|nhất trí"
                                  r"|chọn|lựa chọn|bình chọn|suy tôn|tín nhiệm|phân công|cử|đề cử|giới thiệu|biểu quyết)\b", regex.I)
# a speaker's words follow: "ông A cho biết, ...", "bà B nhấn mạnh: ..."
_RE_SAID = regex.compile(r"\b(?:cho biết|nhấn mạnh|khẳng định|nêu rõ|cho rằng)\s*[,:]", regex.I)
# a speaker's words in quotes, no act of the meeting (annotation.md: a guest's advice, what was only discussed): a quote
# opened after a verb of saying ('ông A nhấn mạnh: "..."'), or one its speaker follows ('"...", ông A nhấn mạnh.'); it may
# run over several sentences
_SAYING = r"(?:nhấn mạnh|cho biết|khẳng định|nêu rõ|cho rằng|phát biểu|nói|chia sẻ|bày tỏ|đề nghị|yêu cầu|lưu ý|chỉ đạo|nhắn nhủ|kêu gọi|nhận định|mong muốn|gợi ý|tâm sự)"
_RE_SAYING_BEFORE = regex.compile(r"(?<!\p{L})" + _SAYING + r"(?:\s+rằng)?\s*[:,]?\s*$", regex.I)
_RE_SAYING_AFTER = regex.compile(r"\s*[,.!?…]?\s*[,–-]\s*[^.;:\"“”\n]{0,100}?(?<!\p{L})" + _SAYING + r"(?!\p{L})", regex.I)
_RE_QUOTES = regex.compile(r"“[^“”\n]{2,3000}?”|\"[^\"“”\n]{2,3000}?\"")


def _speech_spans(doc: Document) -> list[tuple[int, int]]:
    """The quoted speeches of the text, found once per document."""
    def compute():
        t = doc.text
        if '"' not in t and "“" not in t:
            return []
        out = []
        for q in _RE_QUOTES.finditer(t):
            a, b = q.start(), q.end()
            if _RE_SAYING_BEFORE.search(t, max(0, a - 40), a) or _RE_SAYING_AFTER.match(t, b, min(len(t), b + 130)):
                out.append((a, b))
        return out
    return doc.memo(("outcomes.speech_spans",), compute)


# (a quote that tells this meeting's own acts, the meeting or its members their subject: "“Hội nghị đã thống nhất bầu A làm Cụm
# trưởng năm 2025 và ký kết giao ước thi đua”, ông B cho biết")
_RE_QUOTED_MEETING_ACTS = regex.compile(r"[\W]*(?:hội\s+nghị|(?:cụm|khối)(?:\s+thi\s+đua)?|(?:các|tất\s+cả)\s+(?:đơn\s+vị|thành\s+viên)(?:\s+(?:trong|của)\s+(?:cụm|khối))?)"
                                     r"\s+(?:(?:đã|cũng|đều|cùng|vừa)\s+)*(?:thống\s+nhất|nhất\s+trí|thông\s+qua|bầu|ký|tiến\s+hành|biểu\s+quyết|suy\s+tôn|bình\s+xét)(?!\p{L})", regex.I)
# the speaker the subject of the act, named before ("Đồng chí đề nghị các huyện ...", "Phát biểu ..., ông đề nghị ...")
_RE_SPEAKER_SUBJECT = regex.compile(r"(?:^|[,;:]\s*)(?:tôi|chúng tôi|đồng chí|ông|bà)(?:\s+(?-i:\p{Ll}+)){0,3}\s*$", regex.I)
# a count of commendations already made opens the clause: the year's tally, a past result ("các đơn vị trong cụm đã khen
# thưởng cho 1.200 tập thể; đề nghị cấp trên khen thưởng cho ...")
_RE_TALLY_BEFORE = regex.compile(r"(?<!\p{L})đã\s+(?:khen\s+thưởng|tặng(?:\s+thưởng)?(?:\s+(?:giấy|bằng)\s+khen)?|trình\s+khen(?:\s+thưởng)?)"
                                 r"\s+(?:cho\s+)?\d[\d.,]*\s+(?:tập\s+thể|cá\s+nhân|lượt|hộ|gia\s+đình|đơn\s+vị|người)(?!\p{L})", regex.I)
# the meeting the subject right before the act ("... điều hành Hội nghị thông qua ...")
_RE_MEETING_DOES = regex.compile(r"(?<!\p{L})hội nghị\s+(?:đã\s+|cũng\s+)?$", regex.I)
# a document's contents listed after a colon: "Giao ước ..., trong đó tập trung vào các nội dung chính: Phát động thi đua ..."
_RE_CONTENTS_LEAD = regex.compile(r"\b(?:nội dung(?:\s+chính|\s+sau)?|như sau|cụ thể)\s*:\s*$", regex.I)


# these three are anchored at the end and read only as yes or no: searched from the end
# (a clause of its own between the event's noun and the act is no name: "Tại hội nghị này, các đơn vị đã bầu ..., cùng
# nhau ký kết giao ước và phát động ...")
_EVENT_NAMED_THEN_AND = r"(?:hội nghị|lễ)\b(?:(?!\s(?:đã|cùng nhau)\s)[^.;]){0,160}\bvà\s+$"
_RE_NOUN_PHRASE_EVENT = regex.compile(r"\b" + _EVENT_NAMED_THEN_AND, regex.I | regex.REVERSE)
_RE_EVENT_NOUN = regex.compile(r"(?<!\p{L})(?:hội nghị|lễ)(?!\p{L})", regex.I)


def _meeting_own_noun(doc: Document, a: int, b: int) -> bool:
    """The last event noun ("Hội nghị", "Lễ") of ``a``..``b`` is the meeting's own: the meeting's kind is read right after it
    ("tổ chức hội nghị tổng kết năm 2024 và phát động ..."), not another event's name ("Hội nghị giao ước và phát động ...")."""
    kind = doc.draft.scalars.get("meeting.kind")
    last = None
    for last in _RE_EVENT_NOUN.finditer(doc.text, a, b):
        pass
    return kind is not None and last is not None and kind.start >= last.end() and not doc.text[last.end():kind.start].strip()


# a person attends (or presides) the meeting whose name holds the act: "A đã dự Hội nghị tổng kết ... và ký kết giao ước ..."
_RE_ATTENDS_EVENT = regex.compile(r"\b(?:dự|tham dự|chứng kiến|chủ trì)(?:\s+và\s+chỉ\s+đạo)?\s+(?:buổi\s+)?" + _EVENT_NAMED_THEN_AND, regex.I)
# a verb of emphasis right before the act: the work done stressed it ("chú trọng phát động", "tích cực ký kết")
_RE_STRESSED = regex.compile(r"\b(?:chú trọng|quan tâm|tập trung|đẩy mạnh|tích cực)\s+(?:(?:việc|công tác)\s+)?(?:tổ\s+chức\s+)?$", regex.I)
_RE_PASSIVE = regex.compile(r"\b(?:do|được)\s+(?:\p{L}+\s+){0,6}$", regex.I | regex.REVERSE)
# (not a discussion that came first, named as the time of the act: "Qua/Sau buổi góp ý, các đơn vị ký kết ...")
_RE_DISCUSS_ONLY = regex.compile(r"(?<!\b(?:qua|sau)\s(?:\p{L}+\s){0,2})\b(?:góp ý|đóng góp ý kiến|thảo luận tham gia)\b[^.;]{0,40}$",
                                 regex.I | regex.REVERSE)
# what the act is done for, or what was directed over the year, is no act of the meeting ("... làm căn cứ để bình xét",
# "lãnh đạo, chỉ đạo tổ chức ký kết ..."); searched from the end
# (the act one of the purposes listed after "nhằm": "tổ chức Hội nghị nhằm thảo luận, thống nhất dự thảo Quy chế"; "để" is as
# often what the meeting did: "dành nhiều thời gian để thảo luận, thống nhất phương hướng")
_RE_PURPOSE_BEFORE = regex.compile(r"\b(?:để|nhằm|làm căn cứ|chỉ đạo(?:\s+tổ chức)?)\s*$|\bnhằm(?:\s+(?-i:\p{Ll})+){1,3}\s*,\s*$",
                                regex.I | regex.REVERSE)
# the acts whose purpose an award proposal can be ("suy tôn X để đề nghị tặng Cờ": both acts)
_RE_CHOOSE = regex.compile(r"\b(?:suy tôn|bình xét|bình chọn|bầu chọn|bình bầu|bỏ phiếu)\b", regex.I)
# a noun phrase that names an act without doing it: "Kế hoạch phát động ...", "tổng kết (việc) ký kết giao ước"
# after an opening purpose ("Nhằm ghi nhận ..., Khối đã thống nhất ..."), the main clause: a comma, then a past verb
_RE_MAIN_CLAUSE = regex.compile(r",[^,;]*\bđã\b", regex.I)
# "Việc (bình xét,) đề nghị khen thưởng là ...": the act as a topic (one act coordinated before it at most)
# (not the object of an agreement: "Hội nghị đã nhất trí việc đề nghị ..." decides it)
def _viec_re(words: int, joint: str) -> "regex.Pattern[str]":
    """The word "việc", up to ``words`` words and the ``joint`` before the act: the act named as a noun ("việc phát động ..."), not
    after the verbs that agree on it ("thống nhất việc ...")."""
    return regex.compile(r"(?<!\b(?:thống nhất|nhất trí|thông qua|tán thành|đồng ý)(?:\s+(?:với|về))?\s+)\bviệc(?:\s+[^\s,.;]+){0," + str(words) + r"}?"
                         + joint + r"\s+$", regex.I)


_RE_VIEC = _viec_re(2, r"(?:\s*,|\s+và)?")
# nor after a proposal the meeting agrees with, and its subject: "đồng ý với đề xuất của A về việc tổ chức giải bóng chuyền ..."
# (the meeting or its members agreeing, or no subject: not another body, "Ban Thi đua - Khen thưởng tỉnh đã có văn bản đồng ý
# với đề nghị của Cụm về việc ...", "Sở Nội vụ đã đồng ý ...", nor refused, "Hội nghị không đồng ý với đề xuất ...")
_PROPOSAL_AGREED_BY_MEETING = (r"(?<=(?:^|[,;:.(]|(?<!\p{L})(?:hội\s+nghị|(?:các\s+)?(?:đơn\s+vị|thành\s+viên)(?:\s+(?:trong|của)\s+(?:cụm|khối))?"
                               r"|(?:cụm|khối)(?:\s+thi\s+đua)?|(?:100\s*%\s+)?(?:các\s+)?đại\s+biểu))\s*(?:(?:đã|cũng|đều|cùng|thống\s+nhất|nhất\s+trí|cao|biểu\s+quyết"
                               # (after the meeting's discussing verbs: "Hội nghị đã thảo luận và thống nhất với đề xuất ...")
                               r"|thảo\s+luận|góp\s+ý|trao\s+đổi|bàn\s+bạc|xem\s+xét)\s*(?:,|và)?\s+)*)")
_RE_AGREED_PROPOSAL_ABOUT = regex.compile(_PROPOSAL_AGREED_BY_MEETING + r"\b(?:đồng ý|nhất trí|thống nhất|tán thành)\s+(?:với\s+)?(?:các\s+)?(?:đề xuất|đề nghị|kiến nghị)"
                                       r"(?:\s+của\s+[^.;,]{1,60}?)?\s+về\s+việc\s+$", regex.I)
# (or named as what the units' work followed: "triển khai các nội dung theo phát động thi đua", "Bám sát Phát động thi đua
# năm 2023, các cơ quan ...")
_RE_ACT_AS_NOUN = regex.compile(r"\b(?:kế hoạch|tổng kết|sơ kết|theo|bám sát|căn cứ(?:\s+vào)?)\s+(?:việc\s+)?$", regex.I | regex.REVERSE)
# a document named for an act, a noun: a launch's ("bám sát các văn bản phát động thi đua của UBND tỉnh") or a signing's ("dự
# thảo văn bản ký kết giao ước", "Công văn ký kết giao ước"; not one signed: "ký vào văn bản ký kết giao ước")
_DOCUMENT_NOUN_END = r"\b(?:văn bản|công văn|chỉ thị|hướng dẫn)\s+$"
_RE_DOCUMENT_BEFORE = regex.compile(r"(?<!\bký\b[^.;,]{0,20})" + _DOCUMENT_NOUN_END, regex.I)
# (and the launch's content carried out, a noun: "thực hiện có hiệu quả ... nội dung phát động phong trào thi đua"; not the
# item done at the meeting, "tiến hành nội dung phát động", "Sau nội dung phát động ...": see _launched_here)
# (or its draft, or the basis of what follows: "thông qua dự thảo Nội dung phát động ...", "Trên cơ sở nội dung phát động ...")
_RE_LAUNCHING_DOCUMENT = regex.compile(_DOCUMENT_NOUN_END + r"|\b(?:thực hiện|hưởng ứng|quán triệt)\b(?:(?!\b(?:tiến hành|nghe)\b)[^.;]){0,180}?\bnội dung\s+$"
                                       r"|\b(?:dự thảo|trên cơ sở|căn cứ|theo)\s+(?:các\s+)?nội dung\s+$",
                                       regex.I | regex.REVERSE)


def _launched_here(t: str, s: Sentence, at: int) -> bool:
    """The launch's content carried out at the meeting, the noun right after the verb, the meeting named before it ("Tại
    hội nghị, các đơn vị đã thực hiện nội dung phát động thi đua năm 2024"; not "một số đơn vị chưa thực hiện ...", nor a
    report's "Báo cáo nêu rõ, 100% đơn vị thực hiện ...")."""
    m = _RE_CARRIED_OUT_HERE.search(t, s.start, at)
    return m is not None and m.end() == at


# (no one's report or judgement between: "Tại hội nghị, Ban Thi đua đánh giá các đơn vị đã thực hiện ...")
_RE_CARRIED_OUT_HERE = regex.compile(r"\bhội nghị\b(?:(?!\b(?:đánh giá|báo cáo|cho biết|nêu|ghi nhận|khẳng định|nhận xét|"
                                     r"thông tin|chỉ ra)\b)[^.;]){0,80}?(?<!\b(?:chưa|không)\s+)\bthực hiện\s+nội dung\s+",
                                     regex.I)
# the work of an act, a noun ("làm tốt công tác phát động phong trào toàn dân ..."), unless it is done ("tiến hành công tác
# ký kết giao ước")
_RE_WORK_OF = regex.compile(r"(?<!\b(?:tiến hành|thực hiện|tổ chức)\s+)\bcông tác\s+$", regex.I)
# (a launch or a signing after "việc" and a longer act before it and a comma: "làm tốt việc xây dựng kế hoạch, phát động
# ..."; not after "và", which joins a second act of the meeting: "tiến hành việc bầu Cụm trưởng và ký kết ...")
_RE_VIEC_WIDE = _viec_re(4, r"\s*,")
# a sentence whose subject is the acts themselves ("Việc xây dựng kế hoạch, phát động thi đua ... được chỉ đạo ...")
_RE_VIEC_SUBJECT = regex.compile(r"\s*(?:[•·*+–-]\s*)?việc\s", regex.I)
# (or listed before it: "cách thức chấm điểm, bình chọn đơn vị dẫn đầu")
_WAY_WORDS = r"\b(?:hình thức|phương thức|phương pháp|cách thức|tiêu chí|tiêu chuẩn|quy trình)"
_RE_WAY_OF = regex.compile(_WAY_WORDS + r"(?:\s+\p{L}+){0,3}?\s*,\s*$|" + _WAY_WORDS + r"\s+$", regex.I | regex.REVERSE)
_RE_PURPOSE = regex.compile(r"\b(?:để|nhằm)\b", regex.I)
# the time of an act named right before it (up to three words and a comma between: "thời gian chấm điểm, bình xét ...", "lịch ký
# kết ..."): the act is to come, its time what is agreed (not "thời gian qua", the period reviewed, nor "Du lịch" in a unit's name,
# nor the time spent on the act, "các đơn vị dành thời gian ký kết ...")
_RE_TIME_OF_ACT = regex.compile(r"\b(?:(?<!\b(?:dành|giành)(?:\s+\p{L}+){0,2}\s+)thời gian(?!(?<=\bbố\s+trí\s+thời\s+gian)\s+(?:cho|để)\b)|thời điểm|(?<!\bdu\s)lịch(?!\s+sử)|thời hạn)(?!\s+(?:qua|tới|này|vừa|sau)\b)(?:\s+\p{L}+){0,3}?\s*,?\s*$", regex.I)
# after an opening "Để ...", the main clause's subject right before the act: the meeting or the units ("Để ..., các đơn vị trong
# Cụm ký kết ...", "Để ..., Hội nghị phát động ..."; not a capitalised word inside the purpose, "Để thực hiện Kế hoạch ..., Hướng
# dẫn ... về việc phát động ...")
_RE_SUBJECT_BEFORE_ACT = regex.compile(
    r",\s*(?:(?:ngay\s+)?tại\s+hội\s+nghị\s*,?\s*)?(?:hội\s+nghị|(?:thủ\s+trưởng\s+|trưởng\s+|đại\s+diện\s+|lãnh\s+đạo\s+)?"
    r"(?:các|những|mỗi|\d{1,2})\s+(?:đơn\s+vị|thành\s+viên|cơ\s+quan|tỉnh|huyện|sở|trường|doanh\s+nghiệp)|đại\s+diện|lãnh\s+đạo)\b[^,;]{0,80}$"
    # (or the cluster, its verb right before the act: "Để ..., Cụm thống nhất ký kết ...", "Để ..., Khối thi đua ký kết ...")
    r"|,\s*(?:cụm|khối)(?:\s+thi\s+đua)?(?:\s+số\s+[\dIVX]{1,4})?(?:\s+(?:đã|cùng|thống\s+nhất|nhất\s+trí|tiến\s+hành|tổ\s+chức))*\s*$",
    regex.I)
# the units, not the meeting, going on with an act right after it (not "Hội nghị tiếp tục thông qua ...", the agenda's next item)
_RE_THIS_OCCASION = regex.compile(r"\b(?:dịp này|hội nghị|buổi|tiếp đó|tiếp theo|sau đó|sau phần|chương trình)\b", regex.I)
_RE_UNITS_GO_ON = regex.compile(r"(?<!\b(?:hội nghị|buổi lễ|lễ)(?:\s+đã)?\s+)\btiếp tục\s+$", regex.I)
# the purpose a body was set up or met for, and the acts it lists ("được thành lập với mục đích thống nhất quy chế hoạt động,
# đề ra phương hướng ..."): no act of the meeting, unless a main clause follows it ("Với mục đích ..., Hội nghị đã ...")
# (or the purpose named as the subject: "Mục đích của việc thành lập các cụm thi đua nhằm thúc đẩy ... bình xét ...")
_RE_PURPOSE_OPENS = regex.compile(r"\b(?:(?:với|nhằm)\s+mục\s+(?:đích|tiêu)(?:\s+là)?|(?<![\p{L},]\s*)mục\s+(?:đích|tiêu)\s+(?:của\s+)?[^.;:]{0,80}?\b(?:nhằm|là))"
                               r"\s+(?P<rest>[^.;:]{0,160})$", regex.I)
# what ends the purpose: a subject after its comma ("Với mục tiêu ..., các đơn vị cùng ký kết ..."), or a verb of doing joined
# after it ("... với mục tiêu xây dựng Cụm vững mạnh và tiến hành ký kết ...")
_RE_PURPOSE_ENDS = regex.compile(r",\s*(?:hội nghị|các\s+\p{L}+|cụm|khối|đại diện|lãnh đạo|thành viên|(?-i:\p{Lu}))|\svà\s+(?:tiến hành|tổ chức|cùng)\b"
                                 r"|,[^,;]*\bđã\b", regex.I)
# the units themselves as the subject, no meeting named in the sentence ("Các đơn vị (trong Cụm) (đã) phát động ...", "từng đơn
# vị ... triển khai phát động ...")
_RE_UNITS_AS_SUBJECT = regex.compile(r"(?:^|[.;:]\s*|,\s*)(?:các|từng|những|\d{1,2}|mười\s+\p{L}+)\s+(?:đơn vị|cơ quan|thành viên|tỉnh|huyện|hội)\b"
                                  r"[^.;:]{0,80}$", regex.I)
# (agreed, or done there and then: "thống nhất phát động", "tiến hành phát động, ký kết ...")
_RE_AGREED_BY_UNITS = regex.compile(r"\b(?:thống nhất|nhất trí|cùng nhau|cùng|tiến hành)\b", regex.I)


def _reviews_only(doc: Document) -> bool:
    """The meeting reviews a period (a sơ kết or a tổng kết), no signing of its own."""
    kind = doc.draft.scalars.get("meeting.kind")
    return kind is not None and kind.value in ("so_ket", "tong_ket")


_RE_AT_THE_MEETING = regex.compile(r"\b(?:hội nghị|dịp này|buổi lễ|lễ ký|tại buổi)\b", regex.I)
_RE_IN_THE_SPIRIT_OF = regex.compile(r"\b(?:trên|theo)\s+tinh\s+thần\s+(?:của\s+)?(?:hội nghị|buổi|lễ|cuộc|nghị quyết)\b[^.;,]{0,60}$", regex.I)
_RE_AGREE = regex.compile(r"(?:nhất trí|thống nhất|thông qua)\b", regex.I)


# the meeting choosing units as an act (not "kết quả bình xét", the results it follows)
# a clause opened by the vote or its results, then what the meeting agreed: "Kết quả bình xét, Khối thống nhất đề nghị ...",
# "Qua bỏ phiếu, ..."; (not "Căn cứ kết quả bình xét ...": a proposal that follows results given before)
_RE_VOTE_OPENER = regex.compile(r"\W*(?:kết\s+quả|qua)\s+(?:bình\s+xét|bỏ\s+phiếu|suy\s+tôn|bình\s+chọn|bình\s+bầu)"
                                r"(?:\s+thi\s+đua)?(?:\s+năm\s+(?P<y>(?:19|20)\d{2}))?\s*[,:]", regex.I)


def _vote_opens(doc: Document, t: str, a: int = 0, b: int | None = None) -> bool:
    """``t[a:b]`` opens on the vote or its results (``_RE_VOTE_OPENER``), of the period the meeting is about where it names a
    year: not "Kết quả bình xét năm 2023, Khối đã đề nghị ..." told at the review of 2025."""
    m = _RE_VOTE_OPENER.match(t, a, len(t) if b is None else b)
    if m is None:
        return False
    per = doc.draft.scalars.get("meeting.period")
    year = per.value.get("year") if per is not None and per.value else None
    return m.group("y") is None or year is None or int(m.group("y")) == year
# a sentence of a person's words: opening on the person ("Đồng chí A, Phó Chủ tịch ... đánh giá ...:"), perhaps after the act
# of speaking ("Phát biểu chỉ đạo, đồng chí A ...")
_RE_PERSONS_LEAD = regex.compile(r"\W*(?:(?:phát\s+biểu|kết\s+luận)[^,:.]{0,40},\s*)?(?:đồng\s+chí|đ/c|ông|bà)\s+(?-i:\p{Lu}\p{Ll}*\s+\p{Lu})",
                                regex.I)
_RE_CHOOSING = regex.compile(r"(?<!\b(?:kết quả|căn cứ|theo)\s)\b(?:suy tôn|bình xét|bình bầu|bình chọn)\b", regex.I)
# the one who presents a report: the chair unit or a representative, or what the meeting heard
# (the subject of the verb: no comma between them; not the representatives of all the units, who approve:
# "đại diện các đơn vị trong khối đã thông qua dự thảo Quy chế")
_RE_PRESENTER = regex.compile(
    r"\b(?:cụm trưởng|khối trưởng|trưởng cụm|trưởng khối|(?:đại diện|lãnh đạo)(?!\s+(?:lãnh đạo\s+)?(?:các|những|toàn thể)\s)|được nghe|đã nghe|nghe)\b(?:(?!\b(?:nhất trí|thống nhất)\b|\svà\s)[^,;.]){0,80}$", regex.I)


@lru_cache(maxsize=None)
def _heard_res() -> tuple["regex.Pattern[str]", "regex.Pattern[str]"]:
    """(what the meeting heard ends right before a name: "nghe (ông|Phó Giám đốc ...) "; a word of the person's own
    speech), from lexicons/acts.json's "heard"."""
    data = lexicon.table("acts.json")["heard"]
    heard = regex.compile(r"\b(?:" + trie_alternation(data["words"]) + r")(?:\s+[^\s,.;:]+){0,8}?\s+$", regex.I)
    said = regex.compile(r"\b(?:" + trie_alternation(data["said"]) + r")(?!\p{L})|:", regex.I)
    return heard, said


# a clause of its own after the person's: "...; thống nhất", "..., thảo luận và", "... và thông qua" (not the comma of a title
# written after the name, "ông A, Trưởng phòng ...", nor "và" inside it, "Sở Văn hóa, Thể thao và Du lịch")
_RE_NEXT_CLAUSE = regex.compile(r";|(?:,|\svà)\s+(?-i:\p{Ll})", regex.I)


def _heard_only(before: str, names: list[str]) -> bool:
    """Every person named before the act is one the meeting heard, and the act opens a later clause with nothing the
    person said between ("Hội nghị đã nghe ông A trình bày báo cáo; thống nhất ...": the meeting's act)."""
    heard, said = _heard_res()
    last = -1
    for n in names:
        i = before.find(n)
        while i >= 0:
            if not heard.search(before, 0, i):
                return False
            last = max(last, i + len(n))
            i = before.find(n, i + 1)
    if last < 0:
        return False
    between = before[last:]
    return _RE_NEXT_CLAUSE.search(between) is not None and said.search(between) is None


_RE_PASSED_AND_SIGNED = regex.compile(r"thông qua\s+và\s+(?:cùng\s+)?ký\b", regex.I)


def _presents(t: str, lo: int, m: "regex.Match[str]") -> bool:
    """The "thông qua" at ``m`` is a presenter's (the chair unit, a representative, one the meeting heard), not the
    meeting's approval."""
    if not m.group(0).lower().startswith("thông qua") or _RE_PASSED_AND_SIGNED.match(m.group(0)):
        return False  # (one who signs what he passes is a member, not a presenter: "đại diện 4 huyện đã thông qua và ký kết giao ước")
    before = t[lo:m.start()]
    return _RE_PRESENTER.search(before) is not None and not _RE_MEETING_DOES.search(before[-40:])


_RE_VOTE_AT_END = regex.compile(r"(?<!\p{L})biểu\s+quyết$", regex.I)
# the meeting or its members opening a clause of their own after "," or "và", then at most an auxiliary, at the end
# ("..., góp ý và hội nghị đã"): the subjects of lexicons/acts.json's "clauses"
@lru_cache(maxsize=None)
def _subject_opens_at_end() -> "regex.Pattern[str]":
    return regex.compile(r"(?:,|\s(?-i:và))\s*(?:" + trie_alternation(list(lexicon.table("acts.json")["clauses"]["subjects"]))
                         + r")(?!\p{L})(?:\s+(?:đã|cũng|đều|cùng|đồng\s+thời))*$", regex.I)


def _agrees_after(before: str, m: "regex.Match[str]") -> bool:
    """The act opens its own clause after the discussion ("thảo luận, góp ý kiến, nhất trí với báo
    cáo", "góp ý vào dự thảo và thống nhất các nhiệm vụ"): a verb of agreement after a comma or "và",
    not a noun inside what was discussed."""
    b = before.rstrip()
    # (the vote that opens the clause: "góp ý và biểu quyết thông qua dự thảo báo cáo", "góp ý, biểu quyết nhất trí ...")
    if (v := _RE_VOTE_AT_END.search(b[-40:])) is not None:
        b = b[:len(b) - len(v.group(0))].rstrip()
    if b.endswith(" và") and _RE_PURPOSE.search(b[-80:]):
        return False  # "góp ý để Cụm trưởng tiếp thu, hoàn thiện và thông qua ...": a later act, its purpose
    # (the meeting or its members opening the agreeing clause after the discussion, then the act: "Các đại biểu góp ý và hội
    # nghị đã thống nhất thông qua kế hoạch"; the clause's own subject, as after a bare comma or "và")
    if (sm := _subject_opens_at_end().search(b[-80:])) is not None and not _RE_PURPOSE.search(b[-80:][:sm.start()][-40:]):
        return _RE_AGREE.match(m.group(0)) is not None
    return (b.endswith(",") or b.endswith(" và")) and _RE_AGREE.match(m.group(0)) is not None


# after a sentence-opening "Thông qua <noun phrase>": a comma, then a clause with its own subject and verb
# ("..., Khối trưởng đã đánh giá ..."; not "..., các đại biểu đều nhất trí", an approval, nor "... đã được dự thảo")
_RE_THROUGH_CLAUSE = regex.compile(
    r"[^,.;:]{0,80},\s*[^,.;:]{2,80}?\s(?:đã|cũng|đều)\s+(?:đánh giá|nêu|chỉ ra|ghi nhận|nhận định|nhận thấy|khẳng định|cho thấy|phân tích|làm rõ|báo cáo|trình bày)\b",
    regex.I)
# (the covenant, its content or targets, opening the sentence after "Thông qua": the means through which the units did what
# the clause after tells, any verb but one of agreeing or signing ("Thông qua nội dung bản giao ước, các đơn vị đã tạo được động
# lực ...", "Thông qua các chỉ tiêu giao ước, các đơn vị đã phấn đấu ..."; not "..., các đại biểu đều nhất trí", "..., các đơn
# vị đã ký kết")
_RE_THROUGH_COVENANT = regex.compile(r"[^,.;:]{0,80},\s*[^,.;:]{2,80}?\s(?:đã|cũng|đều|luôn)\s+(?!(?:thống\s+nhất|nhất\s+trí|thông"
                                     r"\s+qua|đồng\s+ý|tán\s+thành|biểu\s+quyết|đồng\s+thuận|ký|được)(?!\p{L}))\p{L}", regex.I)


# the subject of a document cited, right before an act's words: what the document is about, no act of the meeting
# (a document cited by its number, no comma before its subject: "Kế hoạch số 12/KH-UBND ngày ... của UBND tỉnh về tổ chức ...";
# not "thông qua dự thảo Kế hoạch, đồng thời thống nhất về việc bầu ...")
_RE_DOCUMENT_SUBJECT = regex.compile(r"\b(?:chỉ thị|kế hoạch|quyết định|công văn|hướng dẫn|nghị quyết|thông báo|thông tư)\s+số\b[^.;,]{0,160}"
                                  r"\bvề\s+(?:việc\s+)?(?:tổ\s+chức\s+|triển\s+khai\s+)?$", regex.I)

# a clause whose subject is the report ("Báo cáo đã chỉ ra những tồn tại, hạn chế và đề ra 5 nhiệm vụ trọng tâm", "Báo cáo cũng
# đề ra phương hướng ..."): what the report proposes, no directions the meeting set (unless the meeting agrees in the clause:
# "Báo cáo ... được hội nghị thống nhất thông qua")
_RE_REPORT_SUBJECT = regex.compile(r"\W*(?:(?:bản|các)\s+)?(?:dự\s+thảo\s+)?báo\s+cáo(?!\p{L})", regex.I)
_RE_MEETING_AGREES_IN = regex.compile(r"(?<!\p{L})(?:hội\s+nghị|thống\s+nhất|nhất\s+trí|thông\s+qua|đồng\s+ý|biểu\s+quyết|tán\s+thành|đồng\s+thuận)(?!\p{L})", regex.I)
# (the report's clause ends at a comma that opens a clause of the members: "Báo cáo ... do Sở A trình bày, các đơn vị cùng đề ra
# 5 nhiệm vụ", "..., trong đó Khối đề ra ...")
_RE_MEMBERS_CLAUSE = regex.compile(r",\s*(?:trong\s+đó\s*,?\s*)?(?:(?:cụm|khối)(?:\s+thi\s+đua)?|các\s+(?:đơn\s+vị|thành\s+viên|cơ\s+quan)"
                                r"|hội\s+nghị|đại\s+biểu)\s+(?:(?:đã|cũng|cùng|đều|thống\s+nhất|nhất\s+trí)\s+)*(?:đề\s+ra|xác\s+định|thống\s+nhất|nhất\s+trí|thông\s+qua)(?!\p{L})", regex.I)


# a clause opening on the start of the year: "Ngay từ đầu năm 2024, Cụm đã tổ chức Hội nghị ký kết ..."
_RE_SINCE_START = regex.compile(r"\W*(?:ngay\s+)?từ\s+đầu\s+năm(?:\s+(?:19|20)\d{2})?\s*,", regex.I)


# (the start of the year said right after the act: "... đăng ký thi đua ngay từ đầu năm")
_RE_SINCE_START_AFTER = regex.compile(r"[^.;]{0,40}?\b(?:ngay\s+)?từ\s+đầu\s+năm\b", regex.I)


# the directions, opening the passive form of their agreement (acts.json tasks: "Phương hướng, nhiệm vụ năm 2025 được hội nghị
# thông qua"), their words up to "được", and who agreed them
_RE_DIRECTIONS_PASSIVE = regex.compile(r"(?:phương hướng|nhiệm vụ trọng tâm)\b(?P<what>[^.;:]*?)\b(?:đã\s+|cũng\s+)?được\s+(?P<by>(?:hội nghị|(?:các\s+)?(?:đại biểu|thành viên|đơn vị|cơ quan))\b)?", regex.I)
# the meeting the directions were agreed at, named after the verb: "... đã được thống nhất tại Hội nghị tổng kết năm 2023"
_RE_AGREED_AT = regex.compile(r"[^.;]{0,30}?\btại\s+(?:hội\s+nghị|kỳ\s+họp|buổi\s+lễ)(?P<at>[^.;,]{0,60})", regex.I)


def _past_directions(doc: Document, m: "regex.Match[str]", end: int) -> bool:
    """The directions agreed in the passive (the match opens on them) are not this meeting's: of a year before the one a
    year-end review reviews or of that year itself (the year carried out), or named with no year and no meeting that agreed
    them; or agreed at an earlier meeting named after the verb (of a year before the one reviewed, or a signing at a
    review)."""
    d = _RE_DIRECTIONS_PASSIVE.match(m.group(0))
    if d is None:
        return False  # (an active form: "thông qua phương hướng ...")
    t = doc.text
    per, mk = doc.draft.scalars.get("meeting.period"), doc.draft.scalars.get("meeting.kind")
    reviewed = per.value.get("year") if per is not None else None
    kind = mk.value if mk is not None else None
    years = [int(y) for y in RE_YEAR_NAMED.findall(d.group("what"))]
    if years:
        if reviewed is not None and (max(years) < reviewed or max(years) == reviewed and kind == "tong_ket"):
            return True
    elif d.group("by") is None and not cre.search(r"\b(?:cuối\s+năm|(?:thời\s+gian|năm|giai\s+đoạn)\s+(?:tới|sắp\s+tới|sau|kế\s+tiếp))\b", d.group("what"), regex.I) \
            and not cre.match(r"[^.;]{0,30}?\b(?:tại|trong)\s+hội\s+nghị(?:\s+này)?\s*(?:[.;,]|$)", t[m.end():end], regex.I):
        return True  # ("Phương hướng, nhiệm vụ đã được thống nhất": when, by whom, not told; not "... 6 tháng cuối năm được ...")
    at = _RE_AGREED_AT.match(t, m.end(), end)
    if at is not None:
        if "giao ước" in at.group("at").lower() and kind != "giao_uoc":
            return True
        y = [int(x) for x in RE_YEAR_NAMED.findall(at.group("at"))]
        if y and reviewed is not None and max(y) < reviewed:
            return True
    return False


def _in_reviewed_year(doc: Document, before: str) -> bool:
    """The clause opens with the year a year-end review reviews ("Năm 2022, ..." at the review of 2022)."""
    m = _RE_OPENING_YEAR.match(before)
    if m is None:
        return False
    per, kind = doc.draft.scalars.get("meeting.period"), doc.draft.scalars.get("meeting.kind")
    return per is not None and kind is not None and kind.value == "tong_ket" and per.value.get("year") == int(m.group(1))


# a clause opening on a day or a month ("Ngày 20/4/2023, ...", "Tháng 3/2023, ...", "Vào tháng 3 năm 2023, ...")
_RE_OPENING_DATE = regex.compile(
    # (after "Trước đó": "Trước đó, tháng 3/2024, các đơn vị đã ký giao ước thi đua ...")
    r"\W*(?:trước\s+đó\s*,\s*)?(?:vào\s+)?(?:(?:sáng|trưa|chiều|tối)\s+)?(?:ngày\s+(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})(?:[/.-](?P<y>(?:19|20)\d{2}))?"
    r"|tháng\s+(?P<m2>\d{1,2})(?:[/.-]|\s+năm\s+)(?P<y2>(?:19|20)\d{2}))\s*,", regex.I)


# a later clause that names this meeting ("..., tại hội nghị này, ...")
_RE_LATER_AT_MEETING = regex.compile(r"[,;]\s*(?:và\s+|đồng thời\s+)?(?:cũng\s+)?tại\s+(?:hội\s+nghị|buổi\s+lễ)(?:\s+này)?\s*,", regex.I)


# a later clause with the meeting as its subject, after a word of sequence (", sau đó Hội nghị đã ..."; not ", tại A, Hội nghị
# đã ...", the dated meeting itself)
_RE_LATER_MEETING_SUBJECT = regex.compile(
    r",\s*(?:sau đó|tiếp đó|tiếp theo|trên cơ sở đó)\s*,?\s*(?-i:H)ội\s+nghị\s+(?:(?:đã|cũng|đều)\s+)*(?=\p{Ll})"
    r"(?!(?:tổng kết|sơ kết|giao ban|triển khai|lần|năm|của|này|đó|trước)(?!\p{L}))", regex.I)
_RE_MEETING_WORD = regex.compile(r"(?<!\p{L})(?:hội\s+nghị|cuộc\s+họp|họp)(?!\p{L})", regex.I)


def _meeting_day(doc: Document) -> tuple[int | None, int, int | None] | None:
    """The meeting's (year, month, day) as the meeting extractor left it: its date's parts (made ISO later, in context; the
    year may be unread), else a month read loosely ("YYYY-MM", no day); None when no date was read."""
    d = doc.draft.scalars
    if (parts := d.get("meeting.date.parts")) is not None:
        return parts.value
    if (when := d.get("meeting.date")) is not None:
        return int(when.value[:4]), int(when.value[5:7]), None
    return None


# a clause opening on a time of the period the meeting reviews ("Sáu tháng đầu năm, ...", "Ngay trong quý I/2024, ...", "Trong
# năm, ...", "Năm qua, ..."): the year (if written) is checked against the reviewed one
_RE_OPENING_REVIEW_TIME = regex.compile(
    r"\W*(?:(?:ngay|từ|trong|vào|suốt|trong\s+suốt)\s+)*(?:(?P<part>(?:sáu|6|chín|9)\s+tháng\s+(?P<half>đầu|cuối)\s+năm)"
    r"|quý\s+(?:I{1,3}|IV|[1-4])|(?:năm|thời\s+gian)\s+qua|năm)(?:\s*(?:/|năm)?\s*(?P<y>(?:19|20)\d{2}))?(?:\s+vừa\s+qua)?\s*,",
    regex.I)


def _opens_on_review_time(doc: Document, before: str) -> bool:
    """The act's clause opens on a time inside the period the meeting reviews: an act of that period, told in the review
    ("Sáu tháng đầu năm, Cụm thống nhất A đăng cai hội nghị sơ kết", "Ngay trong quý I/2024, các thành viên đã nhất trí 5 giải
    pháp chủ yếu" at the review of 2024); not the next period ("6 tháng cuối năm, ..." at a sơ kết of the first half, "Năm
    2025, ..." at the review of 2024), nor an act after a ";" or a clause naming this meeting."""
    m = _RE_OPENING_REVIEW_TIME.match(before)
    if m is None or ";" in before[m.end():] or _RE_LATER_AT_MEETING.search(before, m.end()):
        return False
    per, kind = doc.draft.scalars.get("meeting.period"), doc.draft.scalars.get("meeting.kind")
    if per is None or kind is None or kind.value not in ("tong_ket", "so_ket") or not per.value.get("year"):
        return False
    if kind.value == "so_ket" and m.group("half") and m.group("half").lower() == "cuối":
        return False
    return m.group("y") is None or int(m.group("y")) <= per.value["year"]


# the meeting hosted, after "đăng cai (tổ chức) hội nghị": its kind and year, or the month it was held ("... sơ kết 6 tháng đầu
# năm 2025", "... tập huấn nghiệp vụ vào tháng 8/2024")
_RE_HOSTED_KIND = regex.compile(r"^\s*(?P<k>tổng\s+kết|sơ\s+kết)?[^.;:,\n]{0,60}?(?<!\p{L})năm\s+(?P<y>(?:19|20)\d{2})", regex.I)
_RE_HOSTED_MONTH = regex.compile(r"^[^.;:,\n]{0,80}?(?<!\p{L})tháng\s+(?P<m>\d{1,2})\s*(?:/|năm)\s*(?P<y>(?:19|20)\d{2})", regex.I)


def _hosts_no_later_meeting(doc: Document, t: str, at: int, end: int) -> bool:
    """The meeting whose host is agreed (named at ``at``) is this meeting or an earlier one: its kind and year not after
    this meeting's ("thống nhất A đăng cai hội nghị tổng kết năm 2024" at the review of 2024; a sơ kết of that year too), or
    its month before this meeting's ("đăng cai hội nghị tập huấn vào tháng 8/2024" at a meeting of January 2025)."""
    tail = t[at:end]
    per, kind = doc.draft.scalars.get("meeting.period"), doc.draft.scalars.get("meeting.kind")
    if (h := _RE_HOSTED_KIND.match(tail)) is not None and per is not None and kind is not None \
            and kind.value in ("tong_ket", "so_ket") and per.value.get("year"):
        y, own = int(h.group("y")), per.value["year"]
        if y != own:
            return y < own
        if h.group("k"):  # the same year: a sơ kết comes before the tổng kết
            hosted = 1 if h.group("k").lower().startswith("t") else 0
            return hosted <= (1 if kind.value == "tong_ket" else 0)
    if (mo := _RE_HOSTED_MONTH.match(tail)) is not None and (ymd := _meeting_day(doc)) is not None and ymd[0] is not None:
        return (int(mo.group("y")), int(mo.group("m"))) < (ymd[0], ymd[1])
    return False


@lru_cache(maxsize=None)
def _ahead_res() -> tuple["regex.Pattern[str]", "regex.Pattern[str]"]:
    """(after the object, opening the clause): the period ahead named (lexicons/acts.json "ahead": its words, the rest of a
    year, a purpose) or a year, a quarter, a span of years, to be checked against the period reviewed."""
    data = lexicon.table("acts.json")["ahead"]
    y = r"(?:19|20)\d{2}"
    q = (r"(?:(?P<w>" + trie_alternation(data["words"]) + r")"
         r"|(?P<r>" + trie_alternation(data["rest_of_year"]) + r")(?:(?:\s+(?:của\s+)?năm)?\s*(?P<ry>" + y + r"))?"
         r"|quý\s+(?P<qn>IV|III|II|I|[1-4])(?!\p{L})(?:\s*(?:/|năm)\s*(?P<qy>" + y + r"))?"
         r"|(?:giai\s+đoạn|nhiệm\s+kỳ)\s+" + y + r"\s*[-–]\s*(?P<gy>" + y + r")"
         r"|năm\s+(?P<y>" + y + r")"
         r"|(?P<p>" + trie_alternation(data["purpose"]) + r")\s+(?P<pr>[^.;,]*))(?!\p{L})")
    after = regex.compile(r"(?<!\p{L})" + q, regex.I)
    opening = regex.compile(r"\W*(?:(?:ngay\s+)?(?:trong|cho|vào|sang|bước\s+sang|đối\s+với|riêng)\s+)?" + q, regex.I)
    return after, opening


# the words between the object and the period named: a few of its topic ("về cải cách hành chính trong ..."), none a past or
# a passive ("... đã triển khai trong năm 2023": the solutions carried out), but in a relative clause after "mà" ("mà báo
# cáo đã nêu nhằm ...": the report's solutions, agreed)
_RE_AHEAD_GAP = regex.compile(r"(?:(?:\s*,)?\s+(?:mà(?:\s+[^\s.;:!?,]+){1,4}?\s+(?:đã|được)\s+[^\s.;:!?,]+"
                              r"|(?!(?:đã|được|đang|vừa|từng|đề ra)(?!\p{L}))[^\s.;:!?,]+)){0,8}(?:\s*,)?\s+", regex.I)
# after the period named, a past or a whole (the solutions the subject of a judgement: "... giai đoạn 2021 - 2025 đã phát huy
# hiệu quả", "... năm 2024 đều ...")
_RE_JUDGED_AFTER = regex.compile(r"\s+(?:(?:cũng|đều|thực sự)\s+)?(?:đã|đều)(?!\p{L})", regex.I)


# (the parts of a year with some of it left after them: not the fourth quarter)
_PART_END_MONTH = {k: v for k, v in SPAN_END_MONTH.items() if v < 12}


def _names_period_ahead(doc: Document, t: str, s: Sentence, m) -> bool:
    """The act (a form tagged "ahead": the key solutions agreed) names the period after the one the meeting reviews, after
    its object within the clause ("... các giải pháp trọng tâm 6 tháng cuối năm", "... cho giai đoạn tới", "... năm 2026" at
    the review of 2025) or opening its clause ("6 tháng cuối năm, các sở thống nhất ..."); a purpose after the object
    ("... nhằm hoàn thành kế hoạch năm 2025") at a review of part of that year, or naming a later year, with no "đã" before
    the verb in its clause (a purpose is no period: "các thành viên đã thống nhất ... nhằm ..." tells the period reviewed)."""
    after, opening = _ahead_res()
    end = s.end
    for c in ".;":
        k = t.find(c, m.end(), end)
        if k >= 0:
            end = k
    before = t[s.start:m.start()]
    clause = before[before.rfind(";") + 1:]
    per, kind = doc.draft.scalars.get("meeting.period"), doc.draft.scalars.get("meeting.kind")
    year = per.value.get("year") if per is not None else None
    span = per.value.get("span") if per is not None else None
    ymd = _meeting_day(doc)
    met = ymd[0] if ymd is not None else None
    if met is not None and (year is None or span == "term"):
        # (no period read: the year before the meeting's, or a year-end review's own year when held late in it; a term
        # reviewed, its last year perhaps still ahead: the meeting's year is the one reached)
        if kind is not None and kind.value == "tong_ket" and year is None:
            year = met - 1 if ymd[1] <= 6 else met
        elif year is None:
            year = met - 1
        else:
            year = min(year, met)
    if span == "term":
        partial = True
    elif span is None:
        partial = kind is None or kind.value != "tong_ket"
    else:
        partial = span in _PART_END_MONTH
    past = regex.search(r"(?<!\p{L})đã(?!\p{L})", clause, regex.I) is not None

    def ahead(a) -> bool:
        if a.group("w"):
            return True
        if a.group("r"):
            ry = a.group("ry")
            return partial and (ry is None or year is None or int(ry) >= year) or ry is not None and year is not None and int(ry) > year
        if a.group("qn"):
            qy = int(a.group("qy")) if a.group("qy") else year
            qn = {"i": 1, "ii": 2, "iii": 3, "iv": 4}.get(a.group("qn").lower()) or int(a.group("qn"))
            if year is None or qy is None or qy > year:
                return True
            return qy == year and qn * 3 > _PART_END_MONTH.get(span, 12)
        if a.group("gy"):
            return year is None or int(a.group("gy")) > year
        if a.group("y"):
            return year is None or int(a.group("y")) > year
        if a.group("p"):
            if past:
                return False
            later = [int(x) for x in RE_YEAR.findall(a.group("pr"))]
            return any(x > year for x in later) if year is not None and later and not partial else partial
        return False

    if (o := opening.match(clause)) is not None and "," in clause[o.end():] and ahead(o):
        return True
    return any(ahead(a) for a in after.finditer(t, m.end(), end)
               if _RE_AHEAD_GAP.fullmatch(t, m.end(), a.start()) and not _RE_JUDGED_AFTER.match(t, a.end(), end))


def _topic_names_past(doc: Document, t: str, s: Sentence, m) -> bool:
    """The directions topic that opens the sentence before its comma ("Nhiệm vụ 6 tháng cuối năm, hội nghị thống nhất:") names
    a period, and not one after the period reviewed ("Các giải pháp năm 2024, ..." at the review of 2024)."""
    comma = t.rfind(",", s.start, m.start())
    noun = _RE_DIRECTIONS_NOUN.search(t, s.start, comma) if comma >= 0 else None
    if noun is None:
        return False
    after, _opening = _ahead_res()
    if after.search(t, noun.end(), comma) is None:
        return False  # no period named: the topic itself ("Về phương hướng, ...")
    return not _names_period_ahead(doc, t, Sentence(s.start, comma, s.block), noun)


def _before_meeting_day(doc: Document, before: str) -> bool:
    """The clause opens on a day or month before the meeting's date: an earlier act told in the review ("Tháng 3/2023, các
    thành viên đã thống nhất kế hoạch ..." at a meeting of December 2023)."""
    m = _RE_OPENING_DATE.match(before)
    if m is None:
        return False
    # (only its own clause: not an act after a ";" or after a clause that names this meeting, "Ngày 15/12, các đơn vị đã chấm
    # điểm chéo; tại Hội nghị, các đơn vị ký kết ...")
    if ";" in before[m.end():] or _RE_LATER_AT_MEETING.search(before, m.end()):
        return False
    # (nor an act in a later clause whose subject is the meeting, an earlier one not named before it: "Ngày 18/12, các đơn
    # vị đã chấm điểm chéo, sau đó Hội nghị đã thông qua ...")
    if (later := _RE_LATER_MEETING_SUBJECT.search(before, m.end())) is not None \
            and _RE_MEETING_WORD.search(before, m.end(), later.start()) is None:
        return False
    ymd = _meeting_day(doc)
    if ymd is None:
        return False
    year, month, day = ymd
    if m.group("m2"):
        y, mo, dd = int(m.group("y2")), int(m.group("m2")), None
    else:
        y, mo, dd = (int(m.group("y")) if m.group("y") else None), int(m.group("m")), int(m.group("d"))
    if year is None and y is not None:
        return False  # (the meeting's year is not written: no telling which comes first)
    if y is None:
        y = year  # ("Ngày 20/4, ..." in the review: the meeting's year)
    if (y, mo) != (year, month):
        return (y, mo) < (year, month)
    return dd is not None and day is not None and dd < day


# a launch that is this meeting's though told in the year's paragraph: agreed, on this occasion, at the close, or for the next
# period ("các đơn vị trong Cụm thống nhất phát động ...", "Dịp này, ...", "Kết thúc buổi lễ, ...", "... năm 2024" at the review
# of 2023, read by the caller's year check)
_RE_LAUNCHED_HERE = regex.compile(r"\b(?:(?:thống nhất|nhất trí)\s+(?:cùng\s+)?phát động|dịp này|kết thúc|bế mạc|tại buổi|năm tới|thời gian tới|năm sau)\b",
                                regex.I)


# a person named again as a subject, short of the full name (a guest's advice, a person's report: no acts of the meeting): the
# honorific alone opening a clause ("Ông cũng lưu ý ..."), or the honorific and a capital ("Bà Huyền thông qua ...", "đồng chí
# Trưởng ban ... đề nghị"); capitalised only where a clause opens ("Trường Bà Huyện Thanh Quan", "tỉnh Bà Rịa" are names)
_HON_OPENING = r"(?:^|(?<=[.;:,\n]))\s*(?-i:Ông|Bà|Đồng chí|Đ/c|ông|bà|đồng chí|đ/c)"
_RE_PERSON_AGAIN = regex.compile(
    _HON_OPENING + r"(?=\s+(?-i:\p{Ll}))(?!\s+(?:và|hoặc|cùng|bà|ông|con)\s)"
    # (one person: not "các đồng chí Lãnh đạo tỉnh", the guests)
    r"|(?:" + _HON_OPENING + r"|(?<![\p{L}/])(?<!\b(?:các|những)\s+)(?-i:ông|bà|đồng chí|đ/c))\s+(?P<name>(?-i:\p{Lu})\p{L}*)", regex.I)
# the unit words a title may end on before its place's name ("Phó Chủ tịch UBND tỉnh Phú Thọ": "... UBND tỉnh" said again)
_RE_TITLE_PLACE = regex.compile(r"\s(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)\s+(?-i:\p{Lu})", regex.I)


# the people named witness a signing whose signers are the members ("A chứng kiến các huyện ký kết giao ước", "A chứng kiến
# lễ ký kết ..."; "Dưới sự chứng kiến của ông A, Giám đốc Sở B, các đơn vị đã ký kết ..."): the signing is the meeting's
_RE_WITNESSES = regex.compile(r"\bchứng kiến\b(?!\s+của\b)[^.;:,]{0,80}$|\bsự\s+chứng kiến\s+của\b[^.;:]{0,200},(?P<rest>[^.;:,]{0,80})$", regex.I)


# a signing witnessed before the meeting, told by a speaker: a past time ("tuần trước bà đã chứng kiến ...", "trước đó"), or a
# clause opening on a year ("Theo ông A, năm 2023 bà B đã chứng kiến ...": before the meeting's year, checked by the caller)
_RE_PAST_TIME = regex.compile(r"(?<!\p{L})(?:(?:tuần|tháng|năm|hôm|lần|kỳ|đợt|dịp)\s+trước|năm\s+ngoái|trước\s+(?:đó|đây)|hôm\s+qua"
                           r"|thời\s+gian\s+qua|(?:những|các|mấy)\s+năm\s+(?:gần\s+đây|qua))(?!\p{L})", regex.I)
_RE_CLAUSE_YEAR = regex.compile(r"(?:^|[,;:])\s*(?:vào\s+|trong\s+)?(?:(?:tháng\s+\d{1,2}\s*[/.-]\s*|tháng\s+\d{1,2}\s+năm\s+|năm\s+))(?P<y>(?:19|20)\d{2})(?!\d)", regex.I)
# a cluster named by its number ("các huyện trong Cụm thi đua số 4"): another cluster's signing when not this one's number
_RE_NUMBERED_CLUSTER = regex.compile(r"(?<!\p{L})(?:cụm|khối)(?:\s+thi\s+đua)?\s+(?:số\s+)?(?P<n>\d{1,2}|(?-i:[IVX]{1,4}))(?![\p{L}\d])", regex.I)


_RE_YEAR_WRITTEN = regex.compile(r"(?<!\p{L})năm\s+(?P<y>(?:19|20)\d{2})(?!\d)", regex.I)
_RE_YEAR_START_WRITTEN = regex.compile(r"(?<!\p{L})(?:từ\s+)?đầu\s+năm(?!\p{L})", regex.I)
# an event named with its year ("hội nghị ký kết giao ước năm 2023", "lễ phát động năm 2023")
_RE_EVENT_OF_YEAR = regex.compile(r"(?<!\p{L})(?:hội nghị|lễ|buổi)(?P<w>(?:(?!\s(?:đã|và|thì)\s)[^,.;:]){0,60}?)\s+năm\s+(?P<y>(?:19|20)\d{2})(?!\d)", regex.I)
_RE_ROLE_BEFORE_YEAR = regex.compile(r"(?:(?:cụm|khối)\s+(?:trưởng|phó)|trưởng\s+(?:cụm|khối))\s*$", regex.I)
_MEETING_KIND_WORDS = {"tong_ket": "tổng kết", "so_ket": "sơ kết", "giao_uoc": "ký kết"}


def _phrase_elsewhere(doc: Document, before: str, phrase: str) -> bool:
    """An act written as a noun phrase (acts.json "clause": "phrase") that is not this meeting's: dated before it in the
    phrase ("Sau lời phát động của Cụm trưởng đầu năm 2023, các đơn vị đã ..." at a review held in 2024; "đầu năm" at a
    review), heard at an earlier event named before it ("Các đại biểu dự hội nghị ký kết năm 2023 nghe lời phát động ..."),
    or another numbered cluster's ("Sau lời phát động của Cụm thi đua số 5 ..." at the meeting of Cụm thi đua số 2)."""
    d = doc.draft.scalars
    year = ymd[0] if (ymd := _meeting_day(doc)) is not None else None
    kind, per = d.get("meeting.kind"), d.get("meeting.period")
    # (not the year of the doer's term, "của Khối trưởng năm 2023, Công an tỉnh": the chair of the year reviewed, launching now)
    if year is not None and any(int(y.group("y")) < year and not _RE_ROLE_BEFORE_YEAR.search(phrase, 0, y.start())
                                for y in _RE_YEAR_WRITTEN.finditer(phrase)):
        return True
    if kind is not None and kind.value in ("so_ket", "tong_ket") and _RE_YEAR_START_WRITTEN.search(phrase):
        return True
    for e in _RE_EVENT_OF_YEAR.finditer(before) if year is not None else ():
        n = int(e.group("y"))
        # (not the meeting's own noun, its kind and period: "Tại hội nghị tổng kết năm 2023, sau lời phát động ...")
        own = kind is not None and _MEETING_KIND_WORDS.get(kind.value, "\0") in e.group("w").lower() \
            and (per is None or per.value.get("year") == n)
        if n < year and not own:
            return True
    own_n = d.get("cluster.number")
    return own_n is not None and any(number_value(c.group("n")) != own_n.value for c in _RE_NUMBERED_CLUSTER.finditer(phrase))


def _witnessed(doc: Document, before: str, names: list[str], rest: str) -> int | None:
    """The people of ``before`` witness the act that follows it, no one named among those who do it: where the clause of
    those who do it opens in ``before`` (after "chứng kiến", or after the comma that ends the witnesses), else None; not a
    signing witnessed before the meeting, nor another cluster's (named with its signers, or after the act, ``rest``)."""
    m = _RE_WITNESSES.search(before)
    if m is None:
        return None
    at = m.start("rest") if m.group("rest") is not None else m.start() + len("chứng kiến")
    if any(n in before[at:] for n in names):
        return None
    if _RE_PAST_TIME.search(before, before.rfind(",", 0, m.start()) + 1):
        return None  # (in the witness's own clause: "thời gian qua bà đã chứng kiến ..."; not an opening "Phát huy kết quả
        # trong thời gian qua, dưới sự chứng kiến của ...")
    d = doc.draft.scalars
    year = ymd[0] if (ymd := _meeting_day(doc)) is not None else None
    if year is not None and any(int(y.group("y")) < year for y in _RE_CLAUSE_YEAR.finditer(before)):
        return None
    own = d.get("cluster.number")
    if own is not None and any(number_value(c.group("n")) != own.value
                               for c in _RE_NUMBERED_CLUSTER.finditer(before[at:] + " " + rest)):
        return None
    return at + len(before[at:]) - len(before[at:].lstrip())


# a person named inside a phrase, no subject: after "của", "sự", "nghe" ("Dưới sự chủ trì của ông A, ...", "Hội nghị đã nghe
# đồng chí Trưởng ban ... phát biểu"); or in an opening phrase whose clause the meeting or its members then take ("Cùng ông
# A, các đơn vị ký kết ..."; not "Theo ông A, ...", what he reports)
_RE_OBJECT_BEFORE = regex.compile(r"(?<!\p{L})(?:của|sự|nghe)\s*$", regex.I)
_RE_SOURCE_BEFORE = regex.compile(r"(?<!\p{L})theo\s*$", regex.I)
_RE_MEETING_AFTER = regex.compile(
    r"[^.;:,]{0,60}?,\s*(?:hội nghị|cuộc họp|(?:cụm|khối)(?!\s+(?:trưởng|phó)(?!\p{L}))|(?:tất cả\s+)?(?:các|những)\s+(?:đơn vị|thành viên"
    r"|đại biểu|cơ quan|địa phương)|(?:đại diện|lãnh đạo)\s+(?:lãnh đạo\s+)?các)(?!\p{L})", regex.I)
# a bare name listed before the name opening with "Bà"/"Ông" ("các xã: A, Bà Điểm", "các trường A, Bà Triệu"), or a list's
# lead right before it and a name after ("các trường: Bà Triệu, A"): a place's or a school's name, no person
_RE_NAME_ITEM_BEFORE = regex.compile(r"(?:[:,]|(?<!\p{L})(?:các|những)\s+\p{Ll}+(?:\s+\p{Ll}+)?)\s*(?-i:\p{Lu})\p{L}*"
                                     r"(?:\s+(?-i:\p{Lu}|\d)\p{L}*){0,3}\s*,\s*$", regex.I)
_RE_LIST_LEAD_BEFORE = regex.compile(r"(?<!\p{L})(?:các|những)\s+\p{Ll}+(?:\s+\p{Ll}+)?\s*:\s*$", regex.I)
_RE_NAME_ITEM_AFTER = regex.compile(r"(?:\s+(?-i:\p{Lu})\p{L}*)*\s*(?:,|\svà)\s*(?-i:\p{Lu})", regex.I)


def _not_the_subject(before: str, at: int, end: int) -> bool:
    """The short mention of a person at ``before[at:end]`` stands inside a phrase (the object of "của", "sự", "nghe"), or
    opens no clause of its own: the meeting or its members are the subject after it."""
    if _RE_OBJECT_BEFORE.search(before, max(0, at - 12), at):
        return True
    lead = before[:at]
    clause = lead[max(lead.rfind(c) for c in ".;:,\n") + 1:]
    return bool(clause.strip()) and not _RE_SOURCE_BEFORE.search(clause) and _RE_MEETING_AFTER.match(before, end) is not None


def _in_name_list(before: str, at: int, end: int) -> bool:
    """A capital "Bà"/"Ông" at ``before[at:end]`` opens a name in a list of names (a commune, a school), no person's honorific."""
    if not before[at:at + 1].isupper():
        return False
    lead = before[max(0, at - 80):at]
    return _RE_NAME_ITEM_BEFORE.search(lead) is not None \
        or _RE_LIST_LEAD_BEFORE.search(lead) is not None and _RE_NAME_ITEM_AFTER.match(before, end) is not None


@lru_cache(maxsize=1)
def _positions_lower() -> tuple[str, ...]:
    return tuple(w.lower() for w in lexicon.words("positions.txt"))


def _bare_unit_title(title: str) -> bool:
    """A person's title that is only a unit's name ("ông A (Sở B)", "ông A - Sở B"): the unit opening a clause later is the
    unit itself, no short mention of the person ("Sở B và Sở C đã ký kết ...")."""
    low = title.lower()
    return starts_with_unit_head(title) and not any(low.startswith(w) and not low[len(w):len(w) + 1].isalpha()
                                                    for w in _positions_lower())


def _named_again(doc: Document, before: str) -> list[str]:
    """The mentions in ``before`` of a person short of the full name, as written: an honorific alone or with a capital after
    it (a place's name aside, "Bà Rịa - Vũng Tàu"), or the title of a person named before opening a clause (with its place
    or without: "Phó Chủ tịch UBND tỉnh yêu cầu ...")."""
    out = []
    for m in _RE_PERSON_AGAIN.finditer(before):
        if m.group("name") and opens_place(before, m):
            continue
        at = m.end() - len(m.group(0).lstrip())
        if _not_the_subject(before, at, m.end()) or m.group("name") and _in_name_list(before, at, m.end()):
            continue
        out.append(m.group(0).strip())
    for p in doc.draft.people:
        if p.title is None or not p.title.value[:1].isupper() or _bare_unit_title(p.title.value):
            continue
        title = p.title.value
        forms = {title}
        if (pl := _RE_TITLE_PLACE.search(title)) is not None:
            forms.add(title[:pl.start() + len(pl.group(0)) - 1].rstrip())
        for f in forms:
            i = before.find(f)
            while i >= 0:
                head = before[:i].rstrip()
                # (not the title written with the name, "nghe bà A, Chánh Văn phòng Sở B trình bày": that mention is the name's)
                hon = regex.search(r"(?<!\p{L})(?:ông|bà|đồng chí|đ/c)$", head, regex.I)
                if (not head or head[-1] in ",;:" or hon) \
                        and not before[i + len(f):i + len(f) + 1].isalpha() \
                        and not (head.endswith(",") and head[:-1].rstrip().endswith(p.name.value)) \
                        and not _not_the_subject(before, hon.start() if hon else i, i + len(f)):
                    out.append(f)
                    break
                i = before.find(f, i + 1)
    return out


@lru_cache(maxsize=None)
def _clause_rules() -> tuple:
    """(a negation governing the act that ends a clause; the same, a "none" frame; a time clause recalling the act; one that
    recalls it only with a mark of an earlier time; that mark; the meeting or its members opening a later clause), from
    lexicons/acts.json's "clauses"."""
    data = lexicon.table("acts.json").get("clauses", {})
    neg = data.get("negation", {})
    alt = lambda ws: trie_alternation(list(ws) or ["\uffff"])
    aux = r"(?:\s+(?:" + alt(neg.get("aux", ())) + r"))*"
    verbs = alt(_forms_by_start())
    # (the negation, its auxiliaries, then only other acts' verbs joined by "," or "và" before the act: "không bình xét, suy tôn")
    named = r"(?<!(?<!\p{L})(?:" + alt(neg.get("not_after", ())) + r")\s+)"
    negated = regex.compile(r"(?<!\p{L})" + named + r"(?:" + alt(neg.get("words", ())) + r")" + aux
                            + r"\s+(?:(?:" + verbs + r")\s*(?:,|\s(?-i:và))\s*)*$", regex.I)
    none = regex.compile(r"(?<!\p{L})(?:" + alt(neg.get("none", ())) + r")\s[^.;:,]{0,40}?(?<!\p{L})(?:" + alt(neg.get("none_end", ()))
                         + r")" + aux + r"\s+(?:(?:" + verbs + r")\s*(?:,|\s(?-i:và))\s*)*$", regex.I)
    opener = r"(?:^|[,;:])\W*"
    recall = regex.compile(opener + r"(?:" + alt(data.get("recall", ())) + r")\s+(?:(?:đã|được|tiến\s+hành|tổ\s+chức)\s+)*$", regex.I)
    marked = regex.compile(opener + r"(?:" + alt(data.get("recall_marked", ())) + r")\s+(?:(?:đã|được|tiến\s+hành|tổ\s+chức)\s+)*$",
                           regex.I)
    marks = regex.compile(r"(?<!\p{L})(?:" + alt(data.get("recall_marks", ())) + r")(?!\p{L})", regex.I)
    subjects = regex.compile(r"(?:;|,|\s(?-i:và))\s*(?:sau\s+đó\s*,?\s*)?(?:" + alt(data.get("subjects", ()))
                             + r")(?!\p{L})(?!\s+(?:trưởng|phó)(?!\p{L}))", regex.I)
    # (the person's own words: a verb of speaking or judging right before the members, "ghi nhận, các đơn vị ..."; advice or what
    # is ahead after the members, "các đơn vị cần ..."; a preposition whose object the members join, "của Cụm và các đơn vị")
    word = lambda key: regex.compile(r"(?<!\p{L})(?:" + alt(data.get(key, ())) + r")(?!\p{L})", regex.I)
    speech = regex.compile(r"(?<!\p{L})(?:" + alt(data.get("speech", ())) + r")\s*$", regex.I)  # right before the members' comma
    return negated, none, recall, marked, marks, subjects, speech, word("advice"), word("joined_after")


_RE_TASKS_OBJECT_GOES_ON = regex.compile(r"(?:,\s*trong\s+đó|:)", regex.I)


def _inside_tasks(t: str, tasks: tuple[int, int, int], proposal: tuple[int, int, int]) -> bool:
    """The proposal's words lie in the object of the tasks act, in its sentence, after its list's colon or ", trong đó", with no
    ";" nor a verb of agreement of a new act between."""
    a, b, end = tasks
    p = proposal[0]
    if not (b <= p < end) or ";" in t[b:p]:
        return False
    goes_on = _RE_TASKS_OBJECT_GOES_ON.search(t, b, p)
    # (the colon or "trong đó" closes the tasks' own object: not after another act's verb, "..., bình xét thi đua, trong đó đề nghị",
    # "và kết quả bình xét như sau: ..., đề nghị")
    return goes_on is not None and _re_agreeing_verb().search(t, goes_on.end(), p) is None \
        and _re_act_start().search(t, b, goes_on.start()) is None


@lru_cache(maxsize=None)
def _re_act_start() -> "regex.Pattern[str]":
    """Any act's start word (lexicons/acts.json's forms' "starts")."""
    return regex.compile(r"(?<!\p{L})(?:" + trie_alternation(list(_forms_by_start())) + r")(?!\p{L})", regex.I)


@lru_cache(maxsize=None)
def _re_agreeing_verb() -> "regex.Pattern[str]":
    """A verb of agreement (lexicons/acts.json's agreeing "verbs"; not a plan's word, "hoàn thành kế hoạch")."""
    return regex.compile(r"(?<!\p{L})(?:" + trie_alternation(lexicon.table("acts.json")["agreeing"]["verbs"]) + r")(?!\p{L})", regex.I)


def _negated_act(before: str) -> bool:
    """The act whose sentence runs ``before`` it is negated in its clause: "Cụm không bình xét, suy tôn và chưa đề nghị
    khen thưởng", "không có đơn vị nào được đề nghị"; not "không chỉ thông qua ...", nor a negation in an earlier clause."""
    clause = before[max(before.rfind(";"), before.rfind(":"), before.rfind("."), -1) + 1:][-160:]
    negated, none, *_ = _clause_rules()
    return negated.search(clause) is not None or none.search(clause) is not None


_RE_YEAR_AFTER_MARK = regex.compile(r"\s+(?:năm\s+)?((?:19|20)\d\d)(?!\d)")


def _recalled_act(t: str, before: str, end: int, hi: int, years: tuple[int, ...] = ()) -> bool:
    """The act (its words end at ``end``) is governed by a subordinate time clause that recalls it ("Khi ký kết giao ước thi
    đua, các đơn vị đã ..."; "Sau khi ký kết giao ước thi đua đầu năm, ..." with a mark of an earlier time before its comma)."""
    _n, _o, recall, marked, marks, *_ = _clause_rules()
    if recall.search(before[-80:]):
        return True
    if marked.search(before[-80:]):
        comma = regex.search(r"[,;.]", t[end:hi])
        # (a mark dated with a year after the meeting's own years is a time ahead: "kế hoạch ... vào đầu năm 2026" at the review of 2025)
        return any(not ((y := _RE_YEAR_AFTER_MARK.match(t, k.end())) and years and int(y.group(1)) > max(years))
                   for k in marks.finditer(t, end, end + comma.start() if comma else hi))
    return False


def _later_subject(before: str, names: list[str]) -> bool:
    """The act opens a later clause of its sentence whose subject is the meeting or its members, after every person named
    ("Bà A trình bày báo cáo; các đại biểu nhất trí thông qua báo cáo"), with none of the person's own words between (a
    word of the speech of "heard"'s "said"): the person is not the act's subject."""
    last = max((before.rfind(n) + len(n) for n in names if n in before), default=-1)
    if last < 0:
        return False
    *_, subjects, speech, advice, joined = _clause_rules()
    said = _heard_res()[1]

    def opens(m) -> bool:
        # (in the members' own clause, up to its next comma or semicolon)
        stop = regex.search(r"[,;]", before[m.end():])
        if advice.search(before, m.end(), m.end() + stop.start() if stop else len(before)):
            return False  # the members' advice or what is ahead, "..., các đơn vị cần sớm ký kết": no act done
        if before[m.start()] == ";":
            return ":" not in before[last:m.start()]
        # (the members joined to a preposition's object, "báo cáo kết quả của Cụm và các đơn vị": one noun phrase, no clause)
        phrase = max(before.rfind(",", last, m.start()), last)
        return said.search(before, last, m.start()) is None and speech.search(before, last, m.start()) is None \
            and joined.search(before, phrase, m.start()) is None

    # (not after the person's own words: "đồng chí A nêu rõ, ..., các đơn vị ... bình xét", what the person said; a ";" ends the
    # person's clause, "ông A dự và chỉ đạo hội nghị; các đơn vị ký kết ...", unless a colon opened the words before it)
    return any(opens(m) for m in subjects.finditer(before, last))


def decisions(doc: Document) -> list[tuple[str, Found]]:
    t = doc.text
    out: dict[str, Found] = {}
    extra: dict[str, Found] = {}  # the second act of a kind that may repeat in one sentence
    more: dict[str, list[Found]] = {}  # the further acts of a kind each clause of which is an act of its own
    repeat = _repeatable()
    again, future_ok = _repeat_in_article(), _future_ok()
    per_role = _repeat_per_role()
    further = _further()[0]
    distinct, object_class = _distinct_objects()
    classes: dict[str, set] = {}  # per kind of "distinct_objects", the classes of the objects of its acts read so far
    apart = _forms_tagged("apart", True)
    not_in_tasks_list = _forms_tagged("in_tasks_list", False)
    topic_ahead_forms = _forms_tagged("topic_ahead", True)
    in_review_forms, later_meeting_forms = _forms_tagged("not_in_review", True), _forms_tagged("later_meeting", True)
    ahead_forms = _forms_tagged("ahead", True)
    phrase = _forms_tagged("clause", "phrase")
    read_apart: dict[str, bool] = {}  # per kind read, whether a form tagged 'apart' read it
    apart_added: set[str] = set()  # the kinds that took the one act of the other class beside the first
    people_names = [p.name.value for p in doc.draft.people]
    matched: dict[str, tuple[int, int, int]] = {}  # per kind read, where its first act's words start and end, and its sentence's end
    cx = doc.cues
    acts = _acts(doc)
    starts = _start_words(doc, acts)
    forms = _act_forms()
    by_word = _forms_by_start()
    own_words = _form_words()
    meeting = doc.draft.meeting_sentence
    meeting_years = tuple(int(y) for y in RE_YEAR.findall(t, meeting.start, meeting.end)) if meeting else ()
    for k in sorted(starts):  # only the sentences that hold some form's start word
        s = acts[k]
        words = starts[k]
        in_meeting = meeting is not None and meeting.start <= s.start < meeting.end  # (the sentence that states the meeting)
        # a form is tried only where its own start words are, the forms in file order
        tried = sorted({i for w in words for i in by_word[w]})
        # (then once more the forms of a repeatable kind, for a second act after the first: of a kind read by then only, since
        # a form of a kind still unread would be tried just as in the first round, on the same state, and fail again)
        for i in chain(tried, (i for i in tried if (forms[i][0] in repeat or forms[i][0] in again) and forms[i][0] in out)):
            kind, rx, _starts, need = forms[i]
            if need == "rankings" and not doc.draft.rankings:
                continue
            lo = s.start
            further_act = distinct_act = apart_act = role_act = False
            if kind in out and kind in distinct and s.start >= max(f.end for f in (out[kind], *((extra[kind],) if kind in extra else ()), *more.get(kind, ()))):
                distinct_act = True  # a later sentence's act of a kind read once: an act of its own if its object is another document
            elif kind in out and kind in per_role and s.start >= max(f.end for f in (out[kind], *more.get(kind, ()))):
                role_act = True  # a later sentence's act of a kind read once per sentence: its own if it gives another role
            elif kind in out and kind in further and kind not in again \
                    and s.start >= max(f.end for f in (out[kind], *more.get(kind, ()))):
                further_act = True  # a further act of a kind read once, told in a later sentence (checked below)
            elif kind in out and kind in again:
                # another act of its own: after the last one read (a later clause, or a later sentence)
                lo = max(s.start, max(f.end for f in (out[kind], *more.get(kind, ()))))
                if lo >= s.end:
                    continue
            elif kind in out and kind not in apart_added and (i in apart) != read_apart.get(kind):
                apart_act = True  # the act of a form tagged 'apart' beside one of the kind's other forms, either first
            elif kind in out:
                # a second act of a repeatable kind: a later clause of the sentence of the first
                first = out[kind]
                if kind in extra or kind not in repeat or not s.start <= first.start < s.end:
                    continue
                lo = first.end
            # the agenda of the sentence that states the meeting sets no directions
            if kind == "tasks" and in_meeting:
                continue
            own = own_words[i]
            if len(own) == 1:
                at = words.get(own[0], ())  # one start word: its positions, in order
            else:
                at = sorted({p for w in own if w in words for p in words[w]})
            if lo > s.start:
                at = [p for p in at if p >= lo]
            m = _first_match(rx, t, at, lo, s.end)
            # (a document named for the act is no act, "các văn bản phát động thi đua", "dự thảo hướng dẫn ký kết giao ước";
            # the act done later in the sentence still is: "thông qua văn bản ký kết giao ước ... và đã ký kết giao ước")
            while m and (kind == "other" and _RE_LAUNCHING_DOCUMENT.search(t[max(s.start, m.start() - 200):m.start()])
                         and not _launched_here(t, s, m.start())
                         or kind == "covenant" and _RE_DOCUMENT_BEFORE.search(t[max(s.start, m.start() - 30):m.start()])
                         # ("Cụm trưởng đã thông qua báo cáo", "được nghe đại diện A thông qua ...": presenting, not approving;
                         # the meeting's approval may follow, "... và thảo luận, nhất trí với nội dung báo cáo")
                         or kind in ("approve_report", "tasks") and _presents(t, s.start, m)):
                m = _first_match(rx, t, [p for p in at if p > m.start()], m.start() + 1, s.end)
            if not m:
                continue
            if role_act and ((named := set().union(*(_role_classes(f.value) for f in (out[kind], *more.get(kind, ())))))
                             & _role_classes(t[s.start:s.end]) or not _role_classes(m.group(0))
                             # (the act's own verb gives the role, not a thing handed to its holder: "A bàn giao tài liệu cho
                             # B, đơn vị Phó Trưởng khối năm 2025")
                             or not _RE_ROLE_GIVEN_IN_CLAUSE.search(m.group(0))):
                continue  # the roles of an earlier act told again: "Kết quả, A được bầu làm Cụm trưởng" after "bầu Cụm trưởng"
            if role_act and _past_term_told(doc, t[s.start:s.end], (out[kind], *more.get(kind, ()))):
                continue  # an election of an earlier term told as past: "Năm 2023, B được bầu làm Cụm phó và đã hoàn thành ..."
            before = t[s.start:m.start()]
            low = cx.lower[s.start:m.start()]
            if any(a < m.start() < b and not _RE_QUOTED_MEETING_ACTS.match(t, max(a + 1, s.start), m.start()) for a, b in _speech_spans(doc)) \
                    or _RE_SPEAKER_SUBJECT.search(before):
                continue  # a speaker's words, quoted, or the speaker the subject ("Tôi đề nghị", "Đồng chí đề nghị"): no act
            if _negated_act(before):
                continue  # the act negated in its clause: "Cụm không bình xét, suy tôn", "chưa đề nghị khen thưởng"
            if _recalled_act(t, before, m.end(), s.end, meeting_years):
                continue  # a time clause recalling an earlier act: "Khi ký kết giao ước thi đua, các đơn vị đã ..."
            if kind == "award_proposal" and "đã" in low and "hội nghị" not in low and _RE_TALLY_BEFORE.search(before):
                continue  # the year's tally of commendations made, then those proposed to higher levels: a past result
            if further_act and (not _further_marked(before, m.group(0), t[m.start():s.end],
                                                    _in_run(doc, (prev := max(f.end for f in (out[kind], *more.get(kind, ())))), s),
                                                    not any(prev < x.start < s.start for x in doc.sentences))
                                or any(x.start == s.start for x in _year_results(doc))
                                or _further()[6].match(before) is not None
                                and _told_again(doc, s, t[m.start():s.end], [out[kind], *more.get(kind, ())])
                                or _further()[7].match(before) is not None
                                and _same_award_again(doc, s, t[m.start():s.end], [out[kind], *more.get(kind, ())])):
                continue  # a later sentence with no mark of a further act of the meeting: the same act told again
            # each pattern only where its words are (a cheap test first)
            if need == "agreement" and not _agreed(doc, s, m.start()):
                continue
            if need in ("members", "members_agreement") and (not _by_members(t, s, m.start()) or _RE_TEAM_OF_ACT.search(m.group(0))) \
                    or need == "members_agreement" and not _agreed(doc, s, m.start()):
                # "Ban Thi đua - Khen thưởng tỉnh dự kiến kiểm tra chéo các Cụm": another body's plan; "thống nhất theo nhận xét
                # của Đoàn kiểm tra chéo": the team named, no act
                continue
            if need == "own_cluster" and (_other_cluster(doc, s) or _other_named_cluster(doc, s)):
                continue  # another cluster's event, often a caption: "Ảnh: Cụm thi đua số 3 bàn giao Cờ luân lưu ..."
            if i in not_in_tasks_list and _item_of_directions(doc, s):
                continue  # "... thống nhất các nhiệm vụ trọng tâm năm 2025:" then "2. Tổ chức chấm điểm chéo ...": one of the directions
            if need == "listed_documents" and _leads_other_items(doc, s, m.end()):
                continue  # "thống nhất các nội dung sau:" then "- Tổ chức hội thao ...": the items are the acts, the lead none
            if i in in_review_forms and _opens_on_review_time(doc, before):
                continue  # "Ngay trong quý I/2024, các thành viên đã nhất trí 5 giải pháp chủ yếu" at the review of 2024: past work
            if i in topic_ahead_forms and _topic_names_past(doc, t, s, m):
                continue  # "Các giải pháp năm 2024, các đại biểu nhất trí cao:" at the review of 2024: the year's own, judged
            if i in ahead_forms and not _names_period_ahead(doc, t, s, m):
                continue  # the key solutions agreed with no period ahead named: the period reviewed ("... đã triển khai trong năm 2023")
            if i in later_meeting_forms and _hosts_no_later_meeting(doc, t, m.end(), s.end):
                continue  # "thống nhất A đăng cai hội nghị tổng kết năm 2024" at that very meeting: its own host, no plan
            if kind not in future_ok and _says_future(before, low) or \
                    ("góp ý" in low or "thảo luận tham gia" in low) and _RE_DISCUSS_ONLY.search(before) and not _agrees_after(before, m):
                continue
            if kind == "covenant" and cre.search(r"\b(?:chỉ tiêu|tiêu chí|nội dung|kết quả|việc)\s+(?:(?:thi đua\s+)?(?:của\s+(?:cụm|khối)"
                                                 r"(?:\s+thi\s+đua)?\s+)?(?:đã|được)\s+)?$", before, regex.I):
                # "các chỉ tiêu ký kết giao ước": a noun phrase, not the act (nor the contents "của khối đã ký giao ước đều
                # được thực hiện", signed before)
                continue
            if (kind in ("covenant", "other") and (_RE_ACT_AS_NOUN.search(before[-30:]) or _RE_WORK_OF.search(before[-40:])
                                                   or _RE_VIEC_WIDE.search(before[-50:]))) \
                    or _RE_VIEC.search(before[-30:]) and not _RE_AGREED_PROPOSAL_ABOUT.search(before):
                continue
            if "tinh thần" in low and _RE_IN_THE_SPIRIT_OF.search(before[-90:]):
                continue  # "phát biểu ... trên tinh thần Hội nghị ký kết giao ước đầu năm": an earlier event, the speech's basis
            if _RE_VIEC_SUBJECT.match(before) and "hội nghị" not in low:
                continue  # "Việc xây dựng kế hoạch, phát động thi đua, ... được chỉ đạo thực hiện": the acts as the subject
            if kind == "plan" and _others_plan(t, s, m.start(), m.end()):
                continue  # "Theo kế hoạch của UBND tỉnh, ... sẽ tổ chức Hội thao ...", "UBND tỉnh đã ban hành kế hoạch tổ chức Hội thao ...": another body's
            if kind == "ranking" and _RE_WAY_OF.search(before[-30:]):
                continue  # "tiêu chí chấm điểm, hình thức bình bầu đơn vị dẫn đầu": the way of choosing, a rule's content
            if kind in ("ranking", "covenant") and _RE_TIME_OF_ACT.search(before[-60:]):
                continue  # "thống nhất thời gian chấm điểm, bình xét thi đua năm 2023 vào đầu tháng 12": the time of an act to come
            if "từ đầu năm" in low and ("hội nghị" not in low or _RE_SINCE_START.match(before) and "tại hội nghị" not in low
                                        and not in_meeting):
                continue  # "Ngay từ đầu năm, Khối đã phát động ...": the year's work, reviewed (not the meeting's own act)
            if kind in ("other", "covenant") and _RE_SINCE_START_AFTER.match(t, m.end(), s.end) and "hội nghị" not in cx.lower[s.start:s.end] \
                    and not in_meeting:
                continue  # "các đơn vị ... đăng ký thi đua ngay từ đầu năm": the year's work, reviewed
            if "đầu năm" in low and _RE_CLAUSE_AT_YEAR_START.search(before) and "hội nghị" not in low \
                    and not in_meeting:
                continue  # "...; đầu năm có đăng ký giao ước thi đua theo quy định": a clause of the year reviewed
            if _before_meeting_day(doc, before):
                continue  # "Ngày 20/4/2023, Ban Thường vụ Tỉnh ủy phát động ..." at a meeting of December: told in the review
            if kind in ("other", "covenant") and _in_reviewed_year(doc, before):
                continue  # "Năm 2022, các đơn vị phát động ..." at the review of 2022: the year's work, not this meeting's act
            if kind == "other" and not in_meeting and "hội nghị" not in cx.lower[s.start:s.end] \
                    and not search(_RE_LAUNCHED_HERE, t, s.start, s.end) \
                    and (bs := doc.blocks[s.block].start) < s.start and _in_reviewed_year(doc, t[bs:s.start]):
                # (a later sentence of a paragraph that opens on the reviewed year: "Năm 2025, các đơn vị trong Khối đã triển
                # khai ... . Công an tỉnh phát động đợt thi đua cao điểm ...; Tòa án ...": a unit's work of the year)
                continue
            if kind in ("other", "covenant", "plan") and ":" in before and _RE_CONTENT_LIST.search(before):
                continue  # "Một số nội dung chính đó là: ...; phát động phong trào ...": the plan's content, listed
            if "hưởng ứng" in low and not in_meeting:
                continue  # what the units did in response to a movement ("... đã hưởng ứng, như: Phát động ..."): their year's work
            # (as after "Để", the main clause's subject after the purpose's comma: "Nhằm tạo sự gắn kết, hội nghị nhất trí tổ chức ...")
            if (low.lstrip().startswith("nhằm") or low.lstrip().startswith("để ")) \
                    and not (_RE_MAIN_CLAUSE.search(before) or _RE_SUBJECT_BEFORE_ACT.search(before)):
                continue  # "Nhằm đánh giá ... và suy tôn ...", "Để ..., để có cơ sở bình xét ...": inside the opening purpose, before its main clause
            if _RE_PURPOSE_BEFORE.search(before[-30:]) and not (kind == "award_proposal" and _RE_CHOOSE.search(before)):
                continue
            if (pm := _RE_PURPOSE_OPENS.search(before[-200:])) is not None and not _RE_PURPOSE_ENDS.search(pm.group("rest")):
                continue
            if _RE_STRESSED.search(before[-30:]) and "hội nghị" not in low and not _agreeing_res()[0].search(before):
                continue  # "đặc biệt chú trọng phát động thi đua chào mừng ...": what the year's work stressed, not an act of the meeting
            if cre.search(r"\bđều\s+[^.;]{0,60}$", before[-80:], regex.I):
                continue  # "các đơn vị đều tổ chức ...": what every unit did, not an act of the meeting
            if _RE_UNITS_GO_ON.search(before[-60:]) and not _RE_THIS_OCCASION.search(before):
                # (at this meeting the units "go on" to its next act: "Cũng trong dịp này, các đơn vị tiếp tục ký kết ...")
                continue  # "các cơ quan trong Khối tiếp tục phát động ...": what the units go on doing (annotation.md), not the meeting's act
            if kind != "award_proposal" and (_asked_of_units(doc, s, before) or _asked_item(doc, s)):
                continue  # "đề nghị các đơn vị thông qua ... tại hội nghị lần sau": asked of the units, not done
            duty = _RE_DUTY.search(before[-400:])
            if duty and not _RE_ACT_AFTER_DUTY.search(duty.group(0)):
                continue  # "Trưởng khối có nhiệm vụ sửa đổi quy chế, tổ chức lễ ký kết ...": a duty, not an act of the meeting
            launch = kind == "other" and m.group(0).lower().startswith("phát động")
            if launch and _reviews_only(doc) and (us := _RE_UNITS_AS_SUBJECT.search(before[-120:])) is not None \
                    and not _RE_AGREED_BY_UNITS.search(us.group(0)) and not _RE_AT_THE_MEETING.search(t, s.start, s.end) \
                    and not cre.match(r"\s*(?:,|và)\s*ký", t[m.end():m.end() + 12]):
                # at a review, "Các đơn vị phát động phong trào thi đua gắn với ...": what each unit did in its own body over the
                # year (at a signing the units' launch for the year ahead is the meeting's; "thống nhất phát động" is agreed)
                continue
            named = people_names + _named_again(doc, before) if kind != "election" and not launch else people_names
            witnessed = None
            if kind != "election" and not launch and any(n in before for n in named) \
                    and not _RE_MEETING_DOES.search(before[-40:]) \
                    and not (kind == "covenant" and (_RE_ATTENDS_EVENT.search(before[-200:])
                                                     or (witnessed := _witnessed(doc, before, named, t[m.end():s.end])) is not None)) \
                    and not _heard_only(before, named) and not _later_subject(before, named):
                # (a signing named with the meeting a guest attends is the meeting's: "A đã dự Hội nghị tổng kết ... và ký
                # kết giao ước thi đua năm 2022 của Cụm"; so are the acts after a person the meeting heard)
                continue  # a person's report or a guest's advice, not an act of the meeting (a launch is one)
            # (unless the meeting is the act's own subject: "A và B điều hành Hội nghị thông qua dự thảo Quy chế")
            if kind == "other" and m.group(0).lower().startswith("phát động"):
                # (the meeting's own name joining the launch, in the sentence that states the meeting, names an act of the meeting:
                # "Khối tổ chức hội nghị tổng kết ... năm 2023 và phát động phong trào thi đua năm 2024"; elsewhere it is the event
                # named, "A đến dự Hội nghị tổng kết ... và phát động ...")
                # (there, only the meeting's own noun, the one its kind is read after: not an earlier event named before or
                # after it, "Tiếp nối Hội nghị ký kết giao ước và phát động thi đua đầu năm, ngày ..., Cụm tổ chức hội nghị sơ
                # kết", "tổ chức hội nghị sơ kết ..., đánh giá việc thực hiện Hội nghị giao ước và phát động thi đua năm 2024")
                if (named := _RE_NOUN_PHRASE_EVENT.search(before)) and not (in_meeting and _meeting_own_noun(doc, s.start + named.start(), m.start())) \
                        or _RE_PASSIVE.search(before) or _RE_CONTENTS_LEAD.search(before[-60:]):
                    continue
                said = _RE_SAID.search(before)
                if said and any(n in before[:said.start()] for n in people_names):
                    continue  # what a speaker said ("ông A cho biết, năm 2023 ... phát động phong trào ..."), not the meeting's act
                if cre.search(r"\b(?:chỉ thị|kế hoạch|quyết định|công văn|hướng dẫn|nghị quyết|thông báo)\b[^.;]{0,80}\bvề\s*$", before, regex.I):
                    continue  # a document's subject: "Chỉ thị số 08/CT-UBND về phát động phong trào thi đua ..."
            if kind == "tasks" and _past_directions(doc, m, s.end):
                continue  # "Phương hướng, nhiệm vụ năm 2024 được ... thống nhất" at the review of 2024: the year's, agreed before
            if kind == "tasks" and _RE_REPORT_SUBJECT.match(t, (ca := max(s.start, t.rfind(";", s.start, m.start()) + 1)), m.start()) \
                    and not _RE_MEETING_AGREES_IN.search(t, ca, m.start()) and not _RE_MEMBERS_CLAUSE.search(t, ca, m.end()):
                continue  # "Báo cáo đã chỉ ra ... và đề ra 5 nhiệm vụ trọng tâm": the report's subject, not the meeting's directions
            if _RE_DOCUMENT_SUBJECT.search(before[-200:]):
                continue  # a document's subject: "Kế hoạch số 12/KH-UBND ... về (tổ chức) phát động phong trào thi đua ..."
            if kind == "award_proposal" and cre.search(r"\bthông qua\b", before[-40:], regex.I) is None and cre.search(r"\bphải\b", t[m.start():m.end()]):
                continue
            if m.group(0).lower().startswith("thông qua") and not before.strip(" -–•*+") \
                    and (_RE_THROUGH_CLAUSE.match(t, m.end(), s.end)
                         or "giao ước" in m.group(0).lower() and _RE_THROUGH_COVENANT.match(t, m.end(), s.end)):
                continue  # "Thông qua báo cáo, Khối trưởng đã đánh giá ...": "through", opening another subject's clause
            if kind in again and kind in out:
                # (the same event told again adds no act: its head already in an earlier clause of the kind)
                head = " ".join(m.group(0).lower().split()[-2:])
                if any(head in f.value.lower() for f in (out[kind], *more.get(kind, ()))):
                    continue
            cls = object_class(t, m.start(), m.end(), s.end) if kind in distinct else None
            if distinct_act and (cls is None or cls in classes.get(kind, ())):
                continue  # the same document told again ("Báo cáo ... được hội nghị thông qua"), or no document named
            c = _clause(doc, s, m.start(), m.end(), own_place=kind == "plan")
            if i in phrase and _phrase_elsewhere(doc, before, t[m.start():(t.find(",", m.end(), c.end) + 1 or c.end + 1) - 1]):
                continue  # "Sau lời phát động của Cụm trưởng tại hội nghị ... đầu năm 2023, ...": an earlier event, or another cluster's
            if i in phrase and c.start <= m.start() and (comma := t.find(",", m.end(), min(c.end, m.end() + 40))) >= 0:
                c = Found(t[c.start:comma], c.start, comma)  # the noun phrase before its comma, not the main clause after it
            if i in phrase and (lead := t.rfind(",", c.start, m.start())) >= 0:
                # (the phrase in a list of the meeting's acts: "Hội nghị đã nghe báo cáo ..., nghe lời phát động của Khối trưởng")
                a = lead + 1 + len(t[lead + 1:m.start()]) - len(t[lead + 1:m.start()].lstrip())
                c = Found(t[a:c.end], a, c.end)
            if witnessed is not None and c.start < s.start + witnessed < c.end:
                c = Found(t[s.start + witnessed:c.end], s.start + witnessed, c.end)  # the members' signing, not its witness
            if apart_act and c.start < out[kind].end and out[kind].start < c.end:
                continue  # (the clause of the kind's first act: one act read)
            if kind not in out:
                out[kind] = c
                read_apart[kind] = i in apart
                matched[kind] = (m.start(), m.end(), s.end)
            elif kind in again or further_act or distinct_act or apart_act or role_act:
                more.setdefault(kind, []).append(c)
                if apart_act:
                    apart_added.add(kind)
            elif c.start >= out[kind].end:
                extra[kind] = c
            else:
                continue
            if kind in distinct:
                classes.setdefault(kind, set()).add(cls)
    # (a proposal named inside the object of the agreed directions is one of the tasks: "thống nhất các nhiệm vụ trọng tâm quý IV,
    # trong đó có chuẩn bị hồ sơ đề nghị khen thưởng", "thống nhất nhiệm vụ năm 2025: ..., kịp thời đề nghị khen thưởng ...")
    in_tasks = None  # (the span of the tasks' sentence that holds a proposal: no award read in it is the meeting's proposal)
    if "tasks" in matched and "award_proposal" in matched and _inside_tasks(t, matched["tasks"], matched["award_proposal"]):
        del out["award_proposal"]
        extra.pop("award_proposal", None)
        more.pop("award_proposal", None)
        in_tasks = matched["tasks"][0], matched["tasks"][2]
    # the units assigned to chair the next period ("Năm 2024, Sở A làm Khối trưởng và Sở B Khối phó") are the election
    # (and those elected at a year's opening meeting for the year it opens, the roles of its period: cluster.py)
    nxt = [(k, r.organization) for k, r in doc.draft.roles.items()
           if (k in ("next_chair", "next_vice_chair") or r.elected) and r.organization]
    todo = [min((f for _, f in nxt), key=lambda f: f.start)] if "election" not in out and nxt else []
    if "election" in out and "election" in per_role and nxt:
        # (a role the acts read name none of, given in a sentence of its own: "Hội nghị đã trao quyền Trưởng khối năm 2025 cho
        # A. Hội nghị thống nhất B làm Phó Trưởng khối năm 2025" where only the second was read as an act)
        done = [out["election"], *more.get("election", ())]
        named = set().union(*(_role_classes(f.value) for f in done))
        for k, f in sorted(nxt, key=lambda kf: kf[1].start):
            fs = doc.content_sentence_at(f.start)
            # (its sentence gives or hands over the role by a verb, not a bare statement of the next holder told after the act:
            # "Dịp này, A bàn giao nhiệm vụ Cụm trưởng cho B. Năm 2026, C là Cụm phó", one act)
            # (nor a sentence that names a role an act read names: "bàn giao nhiệm vụ Trưởng khối năm 2024" in the lead, then
            # "A bàn giao nhiệm vụ Trưởng khối năm 2024 cho B; Phó trưởng khối năm 2024 là C", the same handover told again)
            if fs is not None and not _role_classes(doc.text[fs.start:fs.end]) & named \
                    and not any(fs.start <= d.start < fs.end or d.start <= fs.start < d.end for d in done) \
                    and _RE_ROLE_GIVEN_IN_CLAUSE.search(doc.text, fs.start, fs.end) \
                    and not _past_term_told(doc, doc.text[fs.start:fs.end], done):
                todo.append(f)
    for org in todo:
        # (any sentence of the text but the headline: "Năm 2024, A làm Cụm trưởng" opens on a year yet is no review)
        s = doc.content_sentence_at(org.start)
        # (the headline only where it tells the choice: "Hội Nông dân tỉnh được bầu làm Trưởng Cụm thi đua số 7 năm 2026")
        if s is not None and doc.blocks[s.block].kind == "title" and not _RE_ELECTED.search(doc.text, s.start, s.end):
            # (the headline names the unit, "Sở A nhận nhiệm vụ Cụm trưởng năm 2025": the body's sentence that names it with
            # its role tells the choice, "Hội nghị đã nhất trí giao cho Sở A làm Cụm trưởng năm 2025")
            org, s = _named_with_role_in_body(doc, org.value, s.end)
        c = _clause(doc, s, org.start, org.end) if s else None
        # (a role taken in rotation is no choice of the meeting, nor one told of those who attend: "Về phía đơn vị Trưởng khối
        # năm 2025 có ông A")
        # (unless the unit due by rotation withdrew and the meeting chose another: "Theo luân phiên, A sẽ làm Cụm trưởng, nhưng
        # A xin rút nên hội nghị đã bầu B ...")
        # (a rotation named only in the clause's opening adverbial, then the unit given or chosen for the role in the passive,
        # or taking it for a year named in the active, is the assignment told: "Theo nguyên tắc luân phiên, A được giao làm Cụm
        # trưởng năm 2024", "Thực hiện luân phiên theo quy chế, A đảm nhận Trưởng khối năm 2025"; not a turn taken with no
        # act, "Theo luân phiên, A sẽ làm Cụm trưởng", "A luân phiên nhận nhiệm vụ Trưởng khối")
        handed = _RE_FLAG_HANDED.search(doc.text, c.start, org.start) if c is not None and c.start <= org.start else None
        if handed is not None and not _RE_ROLE_TAKEN_ON.search(doc.text, handed.end(), c.end):
            c = None  # the flag handed over to the unit: "A trao Cờ luân lưu cho B, đơn vị Cụm trưởng năm 2025"
        if c is not None and _noted_role_only(doc.text, org, c):
            c = None  # a role note after a listed unit, "A (Cụm trưởng năm 2025); B; C", no verb giving it: no act of the meeting
        if c is not None and ("luân phiên" not in c.value.lower() or _withdrawal_replaced(doc, c) or _assigned_after_lead(c.value)
                              or _RE_TURN_GIVEN_TO.search(doc.text, c.start, org.start)) \
                and not c.value.lower().startswith("về phía"):
            if "election" not in out:
                out["election"] = c
            else:
                more.setdefault("election", []).append(c)
    if "ranking" not in out and doc.draft.rankings:
        # (the first place not only told of a recipient in apposition: "trao Cờ cho A - đơn vị dẫn đầu Cụm. B xếp thứ hai,
        # C xếp thứ ba": the places stated after it are the ranking)
        r = next((r for _, r in doc.draft.rankings
                  if (s := doc.content_sentence_at(r.start)) is None or not _leader_of_conferral(doc, s, r)), None)
        s = doc.content_sentence_at(r.start) if r is not None else None
        # (not from the year's results told in the review: no act of the meeting)
        if s and all(x.start != s.start for x in _year_results(doc)):
            out["ranking"] = _clause(doc, s, r.start, r.end)
            # (a row or item of a list: the act is stated by the lead that announces the list, "Kết quả bình xét như sau:")
            lead = doc.memo("outcomes.row_leads", dict).get(r.start)
            # (not a person's words leading the list: "Đồng chí A, Phó Chủ tịch UBND tỉnh đánh giá cao kết quả chấm điểm, cụ thể:")
            if lead is not None and not _RE_PERSONS_LEAD.match(doc.text, lead.start, lead.end):
                c = _clause(doc, lead, lead.end, lead.end)
                v = c.value.rstrip(" :")
                if v:
                    out["ranking"] = Found(v, c.start, c.start + len(v))
    # an award proposed at the meeting is its act, in whatever words ("X được suy tôn Cờ ...")
    proposed = [a for a in doc.draft.awards if a.status == "proposed"
                and not (in_tasks and in_tasks[0] <= a.award.start < in_tasks[1])]
    if "award_proposal" not in out and proposed:
        a = min(proposed, key=lambda x: x.award.start)
        lo, hi = min(a.recipient.start, a.award.start), max(a.recipient.end, a.award.end)
        s = doc.content_sentence_at(lo)
        if s is not None and hi <= s.end:
            out["award_proposal"] = _clause(doc, s, lo, hi)
    # "bình xét, suy tôn X, đề nghị tặng Cờ": the units chosen in the clause of the proposal are ranked too
    ap = out.get("award_proposal")
    # (not a vote the clause negates: "Cụm không bình xét, suy tôn đơn vị dẫn đầu mà thống nhất đề nghị tặng Cờ cho cả 3 đơn vị")
    if "ranking" not in out and ap is not None and ((ch := _RE_CHOOSING.search(ap.value)) or _vote_opens(doc, ap.value)) \
            and not (ch and (s := doc.content_sentence_at(ap.start)) is not None
                     and _negated_act(doc.text[s.start:ap.start + ch.start()])):
        out["ranking"] = ap
    # (the vote's results or the vote opening the lead of the proposals listed under it: "Kết quả bình xét, Khối thống
    # nhất:" then "- Đề nghị ... tặng Cờ thi đua cho A")
    if "ranking" not in out and ap is not None and (s := doc.content_sentence_at(ap.start)) is not None \
            and _RE_ITEM_OPEN.match(doc.block_text(doc.blocks[s.block])):
        j = _lead_above_block(doc, s.block)
        lead = doc.content_sentence_at(doc.blocks[j].end - 1) if j is not None and j < s.block else None
        if lead is not None and _vote_opens(doc, doc.text, lead.start, lead.end):
            c = _clause(doc, lead, lead.start, lead.start)
            out["ranking"] = Found(c.value.rstrip(" :"), c.start, c.start + len(c.value.rstrip(" :")))
    further = [(k, f) for k, fs in more.items() for f in fs]
    if distinct & more.keys():
        # (a further document's approval read from a clause another kind reads, as _one_reading keeps one of two: "Các thành
        # viên nhất trí giới thiệu Sở Kế hoạch và Đầu tư làm Trưởng khối" is an election, no plan approved)
        pairs, rank = _reading_rules()
        others = [(k, f) for k, f in [*out.items(), *extra.items(), *further]]
        further = [(k, f) for k, f in further if k not in distinct or not any(
            k2 != k and f2.start == f.start and frozenset((k, k2)) not in pairs and rank.get(k2, len(rank)) < rank.get(k, len(rank))
            for k2, f2 in others)]
    order = sorted([*_one_reading(out).items(), *extra.items(), *further], key=lambda kv: kv[1].start)
    return [(k, f) for k, f in order]


# a clause's opening adverbial that names the rotation as a rule or an order ("Theo nguyên tắc luân phiên, ", "Theo thứ tự
# luân phiên của Khối, "), to its comma; not a document or another body that gave the role ("Theo Quyết định số 12/QĐ-UBND về
# luân phiên ...", "Theo phân công luân phiên của Ban Thi đua - Khen thưởng tỉnh, "): the role given there, not at the meeting
_RE_OPENING_ADVERBIAL = regex.compile(r"\s*(?:theo|thực\s+hiện)\s+(?:(?:nguyên\s+tắc|thứ\s+tự|quy\s+chế|quy\s+định|cơ\s+chế|chế\s+độ)\s+)?luân\s+phiên"
                                      r"(?:(?!\s(?:của|do)\s+(?!(?:cụm|khối)(?!\p{L})))[^,;:.]){0,40},\s*", regex.I)
# the unit given or chosen for the role, told in the passive ("A được giao làm Cụm trưởng", "B được chọn giữ vai trò Khối phó")
_RE_ASSIGNED_PASSIVE = regex.compile(r"(?<!\p{L})được\s+(?:giao|chọn|lựa\s+chọn|cử|phân\s+công|bầu|tín\s+nhiệm)"
                                     r"(?:\s+(?:nhiệm\s+vụ|vai\s+trò))?\s+(?:làm|là|giữ|đảm\s+nhận|đảm\s+nhiệm)?\s*(?:vai\s+trò\s+)?(?:đơn\s+vị\s+)?"
                                     r"(?:" + ROLE_WORDS + r")(?!\p{L})", regex.I)


def _assigned_after_lead(clause: str) -> bool:
    """The rotation of ``clause`` is named only in its opening adverbial, and the rest gives the role to a unit in the passive:
    "Theo nguyên tắc luân phiên, A được giao làm Trưởng cụm năm 2024" (the meeting's assignment, the rotation its ground)."""
    lead = _RE_OPENING_ADVERBIAL.match(clause)
    if lead is None or "luân phiên" in clause[lead.end():].lower():
        return False
    # (the lead names the rotation of the role, not of another duty: "Thực hiện luân phiên theo quy chế, ", "Thực hiện luân
    # phiên giữa các đơn vị, "; not "Thực hiện luân phiên tổ chức hội nghị, A là Cụm trưởng năm 2025 và đăng cai ...")
    of_role = _RE_LEAD_TAIL_OF_ROLE.match(clause, clause.lower().index("luân phiên", 0, lead.end()) + len("luân phiên")) is not None
    # (a turn taken in the active, "Theo luân phiên, A làm Cụm trưởng năm 2024", is the rotation's, no act of the meeting: the
    # earlier passes' convention, as the known gold gives none for "A luân phiên nhận nhiệm vụ Trưởng khối")
    passive = _RE_ASSIGNED_PASSIVE.search(clause, lead.end())
    return passive is not None and (of_role or not regex.match(r"\s*thực\s+hiện", clause, regex.I))


# (the role given in the passive to the unit named right after it, the turn the meeting's assignment: "vai trò Cụm trưởng năm
# 2026 được luân phiên (giao) cho A"; not the rule of turns, "Cụm trưởng được luân phiên giữa các đơn vị", no unit after "cho")
_RE_TURN_GIVEN_TO = regex.compile(r"(?<!\p{L})(?:" + ROLE_WORDS + r")(?!\p{L})[^.;:]{0,40}?\bđược\s+luân\s+phiên\s+(?:giao\s+)?cho\s+"
                                  r"(?:đơn\s+vị\s+)?$", regex.I)


# what may follow "luân phiên" in a rotation lead naming the role's own rotation: nothing, a phrase of the rule or the units
# ("theo quy chế", "của Cụm", "giữa các đơn vị", "hằng năm") or the role itself, up to the lead's comma
_RE_LEAD_TAIL_OF_ROLE = regex.compile(r"(?:\s*,|\s+(?:theo|của|giữa|trong|hằng|hàng|năm|vai\s+trò|nhiệm\s+vụ|chức|cụm|khối|trưởng|phó)(?!\p{L}))",
                                      regex.I)


# (a withdrawal from the role, not from the cluster, "A đã rút khỏi Cụm", nor "xin rút kinh nghiệm")
# (from the role it is: "xin rút khỏi vị trí này", "xin rút khỏi vai trò Cụm trưởng")
_RE_WITHDREW = regex.compile(r"\b(?:xin\s+rút(?!\s+(?:khỏi(?!\s+(?:vị\s+trí|vai\s+trò|chức|nhiệm\s+vụ|(?:cụm|khối)\s*(?:trưởng|phó)"
                             r"|(?:phó\s+)?trưởng\s+(?:cụm|khối))\b)|kinh\s+nghiệm)\b)|từ\s+chối|xin\s+thôi)\b", regex.I)
_RE_ROLE_WORD = regex.compile(r"(?<!\p{L})(?:" + ROLE_WORDS + r")(?!\p{L})", regex.I)
# (the role the withdrawal leaves, "xin rút khỏi vị trí Cụm phó", "xin thôi làm Cụm trưởng"; a unit chosen in its place
# after it: "nên B làm Cụm trưởng", "Hội nghị đã bầu B giữ vai trò Cụm phó", "B thay thế")
_RE_ROLE_LEFT = regex.compile(r"[^.;,]{0,40}?(?<!\p{L})(?:" + ROLE_WORDS + r")(?!\p{L})", regex.I)
_RE_CHOSEN_IN_PLACE = regex.compile(r"(?<!\p{L})(?:(?:bầu|chọn|giao|làm|giữ|đảm\s+nhận|đảm\s+nhiệm|nhận)(?!\p{L})[^.;]{0,80}?"
                                    r"(?<!\p{L})(?:" + ROLE_WORDS + r")|thay(?:\s+thế)?(?!\s+(?:đổi|mặt)))(?!\p{L})",
                                    regex.I)


def _withdrawal_replaced(doc: Document, c: Found) -> bool:
    """A unit withdrew from the role in the clause ``c`` (_RE_WITHDREW) and another is chosen in its place after it, in its
    sentence or the next: "... A xin rút khỏi vai trò này, nên B làm Cụm trưởng năm 2024"; not a withdrawal alone, "A xin rút
    khỏi vị trí Cụm phó do sắp xếp đơn vị hành chính"."""
    w = _RE_WITHDREW.search(c.value)
    if w is None:
        return False
    t = doc.text
    at = c.start + w.end()
    left = _RE_ROLE_LEFT.match(t, at)
    if left is not None:
        at = left.end()
    s = doc.content_sentence_at(c.start + w.start())
    end = s.end if s is not None else c.end
    nxt = next((x for x in doc.content_sentences() if x.start >= end), None)
    return _RE_CHOSEN_IN_PLACE.search(t, at, nxt.end if nxt is not None else end) is not None
# (a verb of choosing, giving or taking the role, not "giao ước" nor "ghi nhận"; or a year or period ahead)
_RE_ROLE_GIVEN = regex.compile(r"(?<!\p{L})(?:bầu|chọn|giao(?!\s+(?:ước|lưu)\b)|nhận(?<!(?:ghi|xác|công|thừa|cảm|nhìn|đón|thu|chấp)\snhận)"
                               r"|suy\s+tôn|giới\s+thiệu|năm\s+(?:tới|sau|tiếp\s+theo)|nhiệm\s+kỳ\s+(?:tới|sau))(?!\p{L})"
                               r"|\b(?:năm|nhiệm\s+kỳ)(?:\s+học)?\s+((?:19|20)\d{2})\b", regex.I)


def _named_with_role_in_body(doc: Document, name: str, after: int) -> tuple[Found | None, Sentence | None]:
    """The first mention of the unit ``name`` after ``after`` in a body sentence that names a cluster role, and that sentence."""
    t, low, key = doc.text, doc.cues.lower, cues.lower(name)
    at = low.find(key, after)
    while at >= 0:
        s = doc.content_sentence_at(at)
        if s is not None and doc.blocks[s.block].kind != "title" and _RE_ROLE_WORD.search(t, s.start, s.end) \
                and _gives_role(doc, s):
            return Found(t[at:at + len(name)], at, at + len(name)), s
        at = low.find(key, at + 1)
    return None, None


def _gives_role(doc: Document, s: Sentence) -> bool:
    """The sentence tells a role given or taken (a verb of it, or a period ahead of the one reviewed), not only the roles held:
    "Dự hội nghị có lãnh đạo A (Cụm trưởng), B (Cụm phó)" gives none."""
    per = doc.draft.scalars.get("meeting.period")
    year = per.value.get("year") if per is not None else None
    for m in _RE_ROLE_GIVEN.finditer(doc.text, s.start, s.end):
        if m.group(1) is None or year is not None and int(m.group(1)) > year:
            return True
    return False


# a choice of the units told anywhere in a sentence, the results of one too ("Theo kết quả bình xét", "bỏ phiếu xếp hạng",
# "đơn vị được Hội nghị thống nhất xếp thứ nhất", "xếp hạng: A dẫn đầu")
_RE_CHOICE_TOLD = regex.compile(
    r"\b(?:suy tôn|bình xét|bình bầu|bình chọn|bầu chọn|bỏ phiếu|(?:đã|thống nhất|nhất trí|tiến hành)\s+xếp|xếp\s+hạng\s*:)(?!\p{L})",
    regex.I)
# (before a proposal's recipient, a choice told in other words: "xếp hạng", "lựa chọn", "xét chọn")
_RE_CHOICE_BEFORE_PROPOSAL = regex.compile(r"(?<!\p{L})(?:xếp\s+hạng|xếp\s+loại|lựa\s+chọn|xét\s+chọn|chọn)(?!\p{L})", regex.I)
# the recipient as the object of "cho" (not the subject of "được trao/tặng"), and after it, in apposition, what unit it is and
# its place ("cho B - đơn vị dẫn đầu Cụm", "cho B, đơn vị xếp thứ nhất", or with a bare "là": "cho B là đơn vị dẫn đầu Khối")
_RE_RECIPIENT_OF_CHO = regex.compile(r"(?<!\p{L})cho\s+$", regex.I)
_RE_PLACE_IN_APPOSITION = regex.compile(
    r"(?:\s*[-–—,]\s*(?:là\s+)?|\s+là\s+)(?:đơn vị|địa phương|cơ quan)(?!\p{L})[^.;,:]{0,60}?(?<!\p{L})(?:dẫn đầu|đứng đầu|xếp thứ|xếp hạng|thứ nhất)(?!\p{L})",
    regex.I)


def _leader_of_conferral(doc: Document, s: Sentence, r: Found) -> bool:
    """The ranked unit ``r`` is only described as the leader in the sentence ``s`` that confers an award on it ("A trao Cờ
    thi đua cho B - đơn vị dẫn đầu Cụm"): the recipient is the object of "cho", the place is told in apposition after it,
    and no choice of the units is told in the sentence (not "suy tôn", "bình xét", "bỏ phiếu", "thống nhất xếp"). A place
    stated as the unit's own predicate ("B dẫn đầu Cụm và được tặng Cờ") is the ranking."""
    t = doc.text
    if _RE_CHOICE_TOLD.search(t, s.start, s.end) is not None:
        return False
    # (a proposed award too: "đề nghị tặng Cờ thi đua cho B là đơn vị dẫn đầu Khối", the proposal's recipient described;
    # not where a choice is told before the recipient in other words, "Qua chấm điểm, xếp hạng, Hội nghị thống nhất đề nghị
    # tặng Cờ cho B là đơn vị dẫn đầu", "thống nhất lựa chọn, đề nghị tặng ...")
    return any((a.status == "conferred" or a.status == "proposed"
                and _RE_CHOICE_BEFORE_PROPOSAL.search(t, s.start, a.recipient.start) is None) and s.start <= a.award.start < s.end
               and a.recipient.start < r.end and r.start < a.recipient.end
               and _RE_RECIPIENT_OF_CHO.search(t, max(s.start, a.recipient.start - 12), a.recipient.start) is not None
               and _RE_PLACE_IN_APPOSITION.match(t, a.recipient.end, s.end) is not None for a in doc.draft.awards)


@lru_cache(maxsize=None)
def _repeatable() -> frozenset:
    """The kinds read twice from two clauses of one sentence (lexicons/acts.json)."""
    return frozenset(lexicon.table("acts.json").get("repeat_in_sentence", ()))


# a verb of handing a role over ("trao quyền Trưởng khối cho A", "bàn giao nhiệm vụ Cụm trưởng cho B"); not "trao đổi" (to
# discuss) nor "trao tặng" (to present a gift or an award)
_RE_ROLE_HANDED = regex.compile(r"(?<!\p{L})(?:trao(?!\s+(?:đổi|tặng)(?!\p{L}))|bàn\s+giao|chuyển\s+giao)(?!\p{L})", regex.I)
# a role note in parentheses right after the unit ("A (Cụm trưởng năm 2025)", "B (đơn vị Khối phó)")
_RE_ROLE_NOTE_AFTER = regex.compile(r"\s*\(\s*(?:là\s+)?(?:đơn\s+vị\s+)?(?:" + ROLE_NOTE_WORDS + r")(?!\p{L})[^()]{0,40}\)", regex.I)


# (or in apposition after a comma, a year of its own, the clause going on or ending after it: "được UBND huyện A, đơn vị Cụm trưởng năm 2025, đăng cai", "là Giám đốc
# Sở B, đơn vị Trưởng khối năm 2025, phát biểu")
_RE_ROLE_APPOSITION_AFTER = regex.compile(r"\s*,\s*(?:là\s+)?(?:đơn\s+vị\s+)?(?:" + ROLE_NOTE_WORDS + r")(?!\p{L})[^(),;.]{0,40}?"
                                          r"\bnăm\s+(?:19|20)\d{2}\s*(?:[,.;]|$)", regex.I)


def _noted_role_only(t: str, org, c) -> bool:
    """``org`` carries its role in a note in parentheses ("UBND huyện A (Cụm trưởng năm 2025)") and its clause ``c`` has no verb
    that gives or takes a role outside that note: a note of the list, not an act of the meeting."""
    m = _RE_ROLE_NOTE_AFTER.match(t, org.end) or _RE_ROLE_APPOSITION_AFTER.match(t, org.end)
    if m is None:
        return False
    rest = t[c.start:org.start] + " " + t[m.end():c.end] if c.start <= org.start else t[c.start:c.end]
    return _RE_ROLE_TAKEN_ON.search(rest) is None


def _past_term_told(doc: Document, sentence: str, acts) -> bool:
    """``sentence`` names a year before the term the earlier election ``acts`` gave (the latest year they name; else the year
    after a reviewed year, or the reviewed part-year's own): the role it tells was given for a past term, not at this meeting
    ("Hội nghị đã bầu A làm Cụm trưởng năm 2025. Năm 2023, B được bầu làm Cụm phó ..." at the review of 2024)."""
    years = [int(m.group("y")) for f in acts for m in _RE_YEAR_WRITTEN.finditer(f.value)]
    if years:
        ref = max(years)
    else:
        per = doc.draft.scalars.get("meeting.period")
        if per is None or not isinstance(per.value.get("year"), int):
            return False
        ref = per.value["year"] + (1 if _period_over(doc) else 0)
    # (only a year the role carries, "Cụm phó (cho) năm 2023", "nhiệm kỳ 2023", or one opening a clause, "Năm 2023, B được bầu
    # ...": not a year the sentence names for something else, "Trên cơ sở kết quả thi đua năm 2024, hội nghị bầu B làm Cụm phó
    # năm 2025")
    return any(int(m.group("y")) < ref for rx in (_RE_ROLE_YEAR, _RE_YEAR_OPENS_CLAUSE) for m in rx.finditer(sentence))


@lru_cache(maxsize=None)
def _repeat_per_role() -> frozenset:
    """The kinds read again from a later sentence that gives a role no earlier act of the kind named (lexicons/acts.json)."""
    return frozenset((lexicon.table("acts.json").get("repeat_per_role") or {}).get("kinds", ()))


def _role_classes(text: str) -> set:
    """The cluster roles ``text`` names, "chair" or "vice" ("Phó Trưởng khối", "Cụm phó" are the vice-chair's)."""
    return {"vice" if "phó" in m.group(0).lower() else "chair" for m in _RE_ROLE_WORD_VICE.finditer(text)}


_RE_ROLE_WORD_VICE = regex.compile(r"(?<!\p{L})(?:phó\s+(?:cụm|khối)\s*trưởng|" + ROLE_WORDS
                                   + r"|phó\s+(?:cụm|khối))(?!\p{L})", regex.I)
_RE_ROLE_YEAR = regex.compile(_RE_ROLE_WORD_VICE.pattern + r"\s+(?:(?:cho|của|trong)\s+)?(?:năm(?:\s+học)?|nhiệm\s+kỳ)\s+"
                              r"(?P<y>(?:19|20)\d{2})(?!\d)", regex.I)
# (a time phrase opening the clause: "Năm 2023, ...", "Từ đầu năm 2023, ...", "Trong năm 2023, ...")
_RE_YEAR_OPENS_CLAUSE = regex.compile(r"(?:^|[,;:]|(?<![\p{L}\d])và)\s*(?:(?:từ|trong|vào|hồi|đến|tới|suốt|đầu|cuối|giữa)\s+){0,3}"
                                      r"năm\s+(?P<y>(?:19|20)\d{2})(?!\d)\s*,", regex.I)
# a verb giving, taking on or handing over the role, then the role word in the same clause, not past the one the thing is
# handed to: "trao quyền Trưởng khối năm 2025 cho A", "B được giao làm Phó Trưởng khối"; not a role held by one who acts
# otherwise ("B, đơn vị Cụm phó năm 2025, đã trao Giấy khen ...", "chuyển giao hồ sơ cho C, đơn vị Cụm phó", "Phát biểu nhận
# nhiệm vụ, đại diện D - Cụm phó năm 2025 cảm ơn ...")
_RE_ROLE_GIVEN_IN_CLAUSE = regex.compile(r"(?:" + _RE_ROLE_TAKEN_ON.pattern + r"[^,.;:()]{0,60}?|" + _RE_ROLE_HANDED.pattern
                                         + r"(?:(?!\scho\s)[^,.;:()]){0,60}?)" + _RE_ROLE_WORD_VICE.pattern, regex.I)


@lru_cache(maxsize=None)
def _repeat_in_article() -> frozenset:
    """The kinds each clause of which is an act of its own, read as often as stated (lexicons/acts.json)."""
    return frozenset(lexicon.table("acts.json").get("repeat_in_article", ()))


@lru_cache(maxsize=None)
def _further() -> tuple:
    """(the kinds read again from a later sentence that tells a further act; what marks it, before the act: the meeting, and
    the members, with "cũng", or an opening "Ngoài ra, <the meeting or its members>" or a fronted topic naming a class of
    recipients, "Đối với cá nhân, <the meeting or its members>"; the members' agreeing words; a named
    award proposed, a verb of giving then an award's name), from lexicons/acts.json's "further"."""
    data = lexicon.table("acts.json").get("further", {})
    subjects, members, also, openers, topics, classes, modal, agreeing, verbs = (
        trie_alternation(data.get(k) or ["\uffff"])
        for k in ("subjects", "members", "also", "openers", "topics", "topic_classes", "modal", "agreeing", "award_verbs"))
    topic = (r"^\W*(?:" + topics + r")\s+(?:(?:các|những)\s+)?(?:" + classes + r")(?:\s*(?:,|và)\s*(?:" + classes
             + r"))*\s*,")
    # (not a duty or a wish: "Các đơn vị cũng cần đề xuất khen thưởng kịp thời"; not the place, "Tại hội nghị, các đại biểu cũng")
    def mark(who: str) -> "regex.Pattern[str]":
        return regex.compile(r"(?<!\p{L})(?<!(?<!\p{L})(?:tại|ở)\s+)(?:" + who + r")(?!\p{L})[^.;:]{0,60}?(?<!\p{L})(?:" + also + r")(?!\p{L})"
                             r"(?!\s+(?:" + modal + r")(?!\p{L}))"
                             r"|^\W*(?:" + openers + r")\s*,\s*(?:[^.;:,]{0,40}?\s)?(?:" + who + r")(?!\p{L})"
                             # (or on a fronted topic phrase naming a class of recipients: "Đối với cá nhân, Cụm thống nhất
                             # đề nghị ...")
                             # (the class bare, or classes joined, "Đối với tập thể và cá nhân,": not one unit's role or a
                             # body, "Đối với đơn vị dẫn đầu, ...", "Về cơ quan thường trực, ..."; nor a duty, "Đối với cá
                             # nhân, Cụm cần ...")
                             r"|" + topic + r"\s*(?:" + who + r")(?!\p{L})(?!\s+(?:" + modal + r")(?!\p{L}))", regex.I)
    awards = trie_alternation([*lexicon.words("awards.txt"), *data.get("award_words", ())])
    named = regex.compile(r"(?<!\p{L})(?:" + verbs + r")(?!\p{L})[^.;]{0,80}?(?<!\p{L})(?:" + awards + r")(?!\p{L})", regex.I)
    # (the award the object of another verb between the proposal and the giving: "đề nghị A sớm ban hành hướng dẫn về việc
    # tặng ...", "đề nghị A xem xét tăng chỉ tiêu tặng ...")
    other = regex.compile(r"(?<!\p{L})(?:đề nghị|đề xuất)(?!\p{L})[^.;]*?(?<!\p{L})(?:"
                          + trie_alternation(data.get("other_verbs") or ["\uffff"]) + r")(?!\p{L})", regex.I)
    # (a word of addition alone before a bare proposal, no subject: "Đồng thời đề nghị tặng ...", "Ngoài ra, đề nghị ...")
    bare = regex.compile(r"^\W*(?:" + openers + r")\s*,?\s*$", regex.I)
    return (frozenset(data.get("kinds", ())), mark(subjects), mark(members),
            regex.compile(r"(?<!\p{L})(?:" + agreeing + r")(?!\p{L})", regex.I), named, other, regex.compile(topic, regex.I), bare)


# a proposal with no subject before it ("Đề nghị ...", "Đề xuất ..."): written as the meeting's own act, as the first one of the kind
_RE_PROPOSAL_OPENS = regex.compile(r"(?:đề\s+nghị|đề\s+xuất)(?!\p{L})", regex.I)


# (the proposal a noun, the subject of a passive agreement: "Đề nghị tặng Cờ thi đua cho A được các thành viên nhất trí", an
# act told again)
_RE_PROPOSAL_AGREED_ON = regex.compile(r"(?<!\p{L})được(?!\p{L})[^.;]{0,40}?(?<!\p{L})(?:nhất trí|thống nhất|thông qua|đồng ý|biểu quyết|tán thành)(?!\p{L})", regex.I)


def _in_run(doc: Document, prev: int, s: Sentence) -> bool:
    """The sentence ``s`` goes on from the act that ends at ``prev``: in its line, or in a later item of its list with only items
    between (not after a speaker's line, "Phát biểu tại hội nghị, ông A nêu rõ:", nor a caption); not the items under a lead
    whose own proposal they spell out ("Hội nghị thống nhất đề nghị khen thưởng:" then "- Đề nghị ... tặng ...": one act)."""
    b0 = next((i for i, b in enumerate(doc.blocks) if b.start <= prev <= b.end), None)
    if b0 is None or b0 > s.block or b0 < s.block and doc.block_text(doc.blocks[b0]).rstrip().endswith(":"):
        return False
    # (nor after another sentence between, in the line, "... cho Sở Y tế. Phát biểu chỉ đạo, ông A ghi nhận .... Đề nghị ...",
    # or opening an item that is a lead of its own, "2. Ý kiến tham luận của các đơn vị:" then "- Đề nghị ...")
    if any(prev < x.start < s.start and x.start != doc.blocks[x.block].start for x in doc.sentences):
        return False
    return all(_RE_ITEM_OPEN.match(doc.block_text(doc.blocks[j]))
               and (j == s.block or not doc.block_text(doc.blocks[j]).rstrip().endswith(":")) for j in range(b0 + 1, s.block + 1))


def _further_marked(before: str, act: str, rest: str, in_run: bool = False, next_to: bool = False) -> bool:
    """A later sentence tells a further act of the meeting (``before`` the act's words ``act``, ``rest`` the sentence from
    them): the meeting or the cluster its subject ("Hội nghị cũng thống nhất đề nghị ...", "Ngoài ra, Khối đề nghị ..."), the
    proposal opening its sentence or list item with no subject, going on from the proposal read before (``in_run``: "1. Đề
    nghị UBND tỉnh tặng Cờ thi đua ...", then "2. Đề nghị Chủ tịch UBND tỉnh tặng Bằng khen ..."), or after a word of
    addition in the sentence right after the proposal read before (``next_to``: "Đồng thời đề nghị tặng Bằng khen ..."), or
    the members agreeing ("Các đơn vị cũng thống nhất đề nghị ..."), and the act proposes a named award ("tặng Bằng khen");
    not a delegate's suggestion ("Các đại biểu cũng đề nghị UBND tỉnh quan tâm khen thưởng ..."), nor the year's count of
    people proposed ("Bên cạnh đó, các đơn vị đã đề xuất khen thưởng 85 tập thể")."""
    _kinds, by_meeting, by_members, agreeing, named, other, _topic, bare = _further()
    if named.search(rest) is None or other.search(act) is not None:
        return False
    if by_meeting.search(before) is not None:
        return True
    if next_to and bare.match(before) and _RE_PROPOSAL_OPENS.match(act) and _RE_PROPOSAL_AGREED_ON.search(rest) is None:
        # the sentence right after the earlier proposal goes on with its subject: a word of addition then the bare proposal
        # ("Đồng thời đề nghị tặng Bằng khen ... cho ..."); not the recipients the subject of a passive, no agent stated ("B
        # được đề nghị tặng Bằng khen": the known texts give that no act of its own)
        return True
    if in_run and (not before.strip() or _RE_ITEM_OPEN.fullmatch(before.rstrip())) and _RE_PROPOSAL_OPENS.match(act) \
            and _RE_PROPOSAL_AGREED_ON.search(rest) is None:
        return True  # a sentence or a list item of its own that opens on the proposal, no subject: "Đề nghị UBND tỉnh tặng ..."
    mm = by_members.search(before)
    return mm is not None and agreeing.search(before[mm.start():] + " " + act) is not None


def _told_again(doc: Document, s: Sentence, rest: str, earlier: list[Found]) -> bool:
    """A further act after a fronted topic of recipients (``rest`` the sentence from the act) tells an act read before
    (``earlier``) again: every recipient it names after "cho" is named in those acts already ("... Bằng khen cho huyện A. Về
    tập thể, Cụm thống nhất đề nghị tặng Bằng khen cho huyện A"), or it tells a year before the period reviewed ("Đối với
    doanh nghiệp, Khối đã đề nghị ... trong năm 2022"), a past result."""
    per = doc.draft.scalars.get("meeting.period")
    if per is not None and per.value.get("year") is not None \
            and any(int(y) < per.value["year"] for y in RE_YEAR_NAMED.findall(doc.text, s.start, s.end)):
        return True
    at = cre.search(r"(?<!\p{L})cho\s+", rest, regex.I)
    if at is None:
        return False
    told = " ".join(doc.text[f.start:f.end] for f in earlier)
    named = [p.strip(" .") for p in cre.split(r"[,;:]|(?:\s+(?:và|cho)(?!\p{L}))+\s+", " " + _award_re().sub(" ", rest[at.end():]))]
    named = [p for p in named if p and (p[:1].isupper() or starts_with_unit_head(p))]
    return bool(named) and all(p in told for p in named)


def _same_award_again(doc: Document, s: Sentence, rest: str, earlier: list[Found]) -> bool:
    """A bare proposal after a word of addition ("Đồng thời đề nghị tặng ...") that tells an act read before again: every
    award it names and every recipient after "cho" are in those acts already ("... tặng Cờ thi đua cho huyện A. Đồng thời đề
    nghị tặng Cờ thi đua cho huyện A"); another award for the same unit ("Đồng thời đề nghị Thủ tướng Chính phủ tặng Bằng
    khen cho huyện A") is a further act."""
    told = fold(" ".join(doc.text[f.start:f.end] for f in earlier))
    # (the recipient's place told after it in apposition is no other recipient: "... cho huyện A là đơn vị dẫn đầu Cụm")
    if (ap := _RE_PLACE_IN_APPOSITION.search(rest)) is not None:
        rest = rest[:ap.start()]
    named = [fold(x.group(0)) for x in _award_re().finditer(rest)]
    return bool(named) and all(x in told for x in named) and _told_again(doc, s, rest, earlier)


_RE_BODY_HEAD_BEFORE = regex.compile(r"(?<!\p{L})(?-i:Sở|Bộ|Ban|Phòng|Vụ|Cục)\s+$")


@lru_cache(maxsize=None)
def _distinct_objects() -> tuple:
    """(the kinds read again from a later sentence whose object is another document; a function giving the class of an act's
    object, the first class word from the act's start to a little past its end, or None), from lexicons/acts.json's
    "distinct_objects"."""
    data = lexicon.table("acts.json").get("distinct_objects", {})
    by_word = {cues.lower(w): k for k, ws in data.get("classes", {}).items() for w in ws}
    rx = regex.compile(r"(?<!\p{L})(?:" + trie_alternation(list(by_word) or ["\uffff"]) + r")(?!\p{L})", regex.I)
    # (a document carried out, no approval of it: "nhất trí tiếp tục thực hiện nghiêm Quy chế ...")
    carried = regex.compile(r"(?<!\p{L})(?:" + trie_alternation(data.get("implementing") or ["\uffff"]) + r")(?!\p{L})", regex.I)

    def object_class(t: str, a: int, b: int, hi: int) -> str | None:
        # (a draft's class is the word after it: "dự thảo Quy chế"; no further than the clause: "..., Quy chế" is its own)
        m = rx.search(t, a, min(hi, b + 30))
        if m is None or any(ch in t[b:m.start()] for ch in ".;,"):
            return None
        if carried.search(t, a, m.start()):
            return None
        if _RE_BODY_HEAD_BEFORE.search(t, max(0, m.start() - 8), m.start()):
            return None  # a unit's name, no document: "Sở Kế hoạch và Đầu tư"
        return by_word.get(cues.lower(m.group(0)))
    return frozenset(data.get("kinds", ())), object_class


@lru_cache(maxsize=None)
def _future_ok() -> frozenset:
    """The kinds that stay acts of the meeting when announced for the future (lexicons/acts.json)."""
    return frozenset(lexicon.table("acts.json")["agreeing"].get("future_ok", ()))


@lru_cache(maxsize=None)
def _agreeing_res() -> tuple["regex.Pattern[str]", "regex.Pattern[str]"]:
    """(an agreeing word; a clause that ends on one or on a join, where an agreed act may begin)."""
    words = trie_alternation(lexicon.table("acts.json")["agreeing"]["words"])
    verbs = trie_alternation(lexicon.table("acts.json")["agreeing"]["verbs"])
    agree = regex.compile(r"\b(?:" + words + r")(?!\p{L})", regex.I)
    # ("sẽ" right before the act: "Dự kiến, Khối sẽ tổ chức ...", the agreement said earlier in the sentence)
    # (or the unit the act is assigned to: "thống nhất giao A (chủ trì) tổ chức ...", "phân công đơn vị B tổ chức ...", a place's
    # unit named by its kind: "thống nhất giao tỉnh A tổ chức hội thao"; or chosen for it, "thống nhất lựa chọn A đăng cai tổ
    # chức hội thao", the act right after the unit, or after "là/làm đơn vị"; not ranked, "bình / bầu chọn A ...", "suy tôn, lựa
    # chọn A là đơn vị dẫn đầu ... với các hoạt động như tổ chức ...", the act then a reason given for the rank)
    # (or the proposal it agrees with, and its subject: "đồng ý với đề xuất của A về việc tổ chức ...")
    unit = r"(?:(?:(?:xã|phường|thị trấn|thị xã|huyện|quận|tỉnh|thành phố)\s+)?(?-i:\p{Lu})"
    ends = regex.compile(r"(?:\b(?:và|sẽ|" + words + r")|[,;:]"
                         r"|" + _PROPOSAL_AGREED_BY_MEETING + r"\b(?:đồng ý|nhất trí|thống nhất|tán thành)\s+(?:với\s+)?(?:các\s+)?(?:đề xuất|đề nghị|kiến nghị)(?:\s+của\s+[^.;,]{1,60}?)?\s+về(?:\s+việc)?"
                         r"|(?<!\bbàn\s)\b(?:giao(?:\s+cho)?|phân công)\s+" + unit + r"|(?:các\s+)?đơn vị\b)[^.;:]{0,80}?(?:\s+(?:chủ trì|đăng cai|làm đầu mối))?"
                         r"|(?P<host>(?<!\b(?:bình|tuyển|bầu)\s)(?<!\bsuy tôn\s*,?\s+(?:lựa\s+)?)\b(?:lựa\s+)?chọn\s+" + unit + r"|(?:các\s+)?đơn vị\b)"
                         r"(?:(?!\s(?:là|trong|như|với|qua|vì|bởi)\s)[^.;:]){0,80}?(?:\s+(?:là|làm)\s+đơn vị)?(?:\s+(?:chủ trì|đăng cai|làm đầu mối))?"
                         # (or the host named right after a verb of agreement, not a plan's word, "dự kiến", "kế hoạch", nor
                         # "xác định": "thống nhất A đăng cai tổ chức hội thao")
                         r"|(?<=\b(?:" + verbs + r")\s+)" + unit + r"|đơn vị\b)[^.;:,]{0,80}?\s+đăng cai))"
                         # (then perhaps an inline item's number: "thống nhất các nội dung sau: (1) ...; (2) tổ chức ...")
                         r"\s*(?:(?:cùng|cũng|còn)\s+)*(?P<item>(?<=[:;]\s*)(?:\(\s*\d{1,2}\s*\)|\d{1,2}\))\s*)?$", regex.I)
    return agree, ends


# an item opened by its place in words, after a bullet or alone ("Thứ nhất, ...", "- Thứ hai: ..."; not a weekday before its
# date, "Thứ Hai, 12/3/2024")
_ORDINAL_ITEM = r"thứ\s+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)\s*[,:](?!\s*(?:ngày\s+)?\d)"
# a list item's opening mark: a bullet, a number or an ordinal word ("- ", "2. ", "(3) ", "b) ", "Ba là, ", "Thứ nhất, ")
_ITEM = (r"(?:(?:[-•*+–]|\(?\d{1,2}[.)](?!\d)|\(\d{1,2}\)|[a-dđ]\))(?:\s*" + _ORDINAL_ITEM + r")?|" + _ORDINAL_ITEM
         + r"|(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+là\s*,)")
_RE_ITEM_OPEN = regex.compile(r"\s*" + _ITEM, regex.I)
# (with the blanks after it, before the item's first word)
_RE_ITEM_MARK = regex.compile(_ITEM + r"\s+(?=\p{L})", regex.I)
# the clause between the agreeing word and the act tells of results, not of what is agreed ("thống nhất đánh giá: các
# đơn vị đã ..., tổ chức nhiều hội thao")
_RE_NOT_AGREED = regex.compile(r"\b(?:đã|đánh giá|kết quả|được|cho rằng|nhận định|nhận thấy|(?<!\bvới\s)nhận xét|ghi nhận|năm qua|vừa qua|thời gian qua"
                            # (another body's event: "Dự kiến năm 2024, tỉnh sẽ tổ chức Hội thao ...")
                            r"|(?:UBND|Ủy ban nhân dân|tỉnh|thành phố)\s+sẽ)\b", regex.I)
# the act judged after it, an event done: "... là thành công lớn của Cụm", "được đánh giá là điểm sáng"
_RE_EVALUATED = regex.compile(r"(?<!\p{L})(?:là|được\s+đánh\s+giá(?:\s+là)?)\s+(?:một\s+)?(?:(?:những|các)\s+)?"
                              r"(?:thành\s+công|thành\s+tích|điểm\s+sáng|dấu\s+ấn|điểm\s+nhấn)(?!\p{L})", regex.I)
# who an item of an agreed list names before its act: the unit assigned ("Giao Tỉnh đoàn chủ trì"), or the members
# ("các đơn vị trong Cụm")
_RE_ITEM_DOER = regex.compile(r"\s*(?:(?:giao(?:\s+cho)?|phân công)\s+(?:(?-i:\p{Lu})|(?:các\s+)?đơn vị\b)[^.;:,]{0,80}?"
                              r"(?:\s+(?:chủ trì|đăng cai|làm đầu mối))?"
                              r"|(?:các\s+|tất cả\s+(?:các\s+)?)(?:đơn vị|thành viên)(?:\s+(?:trong|của|thuộc)\s+(?:cụm|khối)(?:\s+thi đua)?)?)"
                              r"\s+(?:(?:cùng|sẽ|đều)\s+)*", regex.I)
# the set phrase of the units' unity before an agreeing word: "luôn đoàn kết, thống nhất"
_UNITY = r"\bđoàn kết\s*(?:,|và)?\s*"
_RE_UNITY_BEFORE = regex.compile(_UNITY + r"$", regex.I)
# a plan carried out, not one agreed: "triển khai kế hoạch", "thực hiện các kế hoạch", "theo kế hoạch"
_RE_PLAN_CARRIED = regex.compile(r"\b(?:triển khai|thực hiện|theo)\s+(?:các\s+)?kế hoạch$", regex.I)
# an event another body holds, after the act of taking part in it: "tham gia các hội thao do tỉnh tổ chức", "... do Liên đoàn Lao
# động tỉnh phát động" (not one the cluster or its members hold)
_RE_OTHERS_EVENT = regex.compile(r"[^.;]*?\bdo\s+(?:[^\s.;,]+\s+){0,6}?(?:tỉnh|thành phố|trung ương)(?:\s+(?-i:\p{Lu})\p{Ll}*){0,3}"
                                 r"\s+(?:tổ chức|phát động|chủ trì)(?!\p{L})", regex.I)
# who acts in a clause: the meeting or its members ("Hội nghị", "Cụm", "các đơn vị"), another body ("Ban Thi đua - Khen thưởng tỉnh",
# "Sở Nội vụ"; not one in the cluster's name, "Khối các Sở"), or one asked ("đề nghị Ban ...")
_RE_MEMBERS_ACT = regex.compile(r"\b(?:hội nghị|cuộc họp|(?:cụm|khối)(?!\s+(?:trưởng|phó)(?!\p{L}))"
                                r"|(?:các|những)\s+(?:đơn vị|thành viên|đại biểu))(?!\p{L})", regex.I)
_RE_OTHER_BODY_ACTS = regex.compile(r"(?<!\b(?:các|những)\s+)(?-i:\b(?:Ban|Sở|Bộ|UBND|Ủy ban|Uỷ ban|Hội đồng|Văn phòng|Liên đoàn"
                                    r"|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ))(?!\p{L})"
                                    r"|\b(?:đề nghị|kiến nghị|đề xuất|yêu cầu)(?!\p{L})", regex.I)
_RE_NEGATED = regex.compile(r"\b(?:chưa|không)\s+(?:(?:đã|được|thể|có|hề)\s+)?(?:\p{L}+\s+){0,2}$", regex.I)


# a plan named as another body's: "kế hoạch của UBND tỉnh" (not the cluster's own, "kế hoạch của Cụm"), or issued by one, "UBND tỉnh
# đã ban hành kế hoạch tổ chức Hội thao ..."
_RE_PLAN_WORD = regex.compile(r"(?<!\p{L})kế\s+hoạch(?!\p{L})", regex.I)
_RE_PLAN_OF_OTHER = regex.compile(r"\s+(?:của|do)\s+(?!(?:(?:cụm|khối)(?:\s+thi\s+đua)?|hội\s+nghị|các\s+(?:đơn\s+vị|thành\s+viên))(?!\p{L}))"
                               r"(?:[^.;,]{0,30}?\s)?(?:(?-i:UBND|HĐND)|ủy\s+ban|uỷ\s+ban|tỉnh|thành\s+phố|trung\s+ương|ban|sở|bộ|hội\s+đồng|(?-i:Tỉnh\s+ủy|Tỉnh\s+uỷ))(?!\p{L})", regex.I)
_RE_ISSUED = regex.compile(r"(?<!\p{L})(?:đã\s+)?ban\s+hành\s+(?:các\s+)?$", regex.I)


def _others_plan(t: str, s: Sentence, a: int, b: int) -> bool:
    """The plan read at ``a``..``b`` is another body's: its "kế hoạch" (before the event, in the sentence) belongs to one or was
    issued by one, not by the meeting or its members."""
    agree = _agreeing_res()[0]
    for pm in _RE_PLAN_WORD.finditer(t, s.start, b):
        # (not a plan that only frames the meeting's own act after it: "Thực hiện kế hoạch của UBND tỉnh, Cụm thống nhất tổ chức ...")
        if _RE_MEMBERS_ACT.search(t, pm.end(), a) or any(not x.group(0).lower().startswith("kế") for x in agree.finditer(t, pm.end(), a)):
            continue
        if _RE_PLAN_OF_OTHER.match(t, pm.end(), s.end):
            return True
        if _RE_ISSUED.search(t, max(s.start, pm.start() - 20), pm.start()) and not _by_members(t, s, pm.start()):
            return True
    return False


_RE_TEAM_OF_ACT = regex.compile(r"\b(?:của|theo)\s+(?:các\s+)?(?:đoàn|tổ)\s+(?:\p{L}+\s+){0,2}?(?:kiểm tra|chấm điểm|thẩm định)\s+chéo\b", regex.I)


def _by_members(t: str, s: Sentence, at: int) -> bool:
    """The act at ``at`` is the meeting's or its members': the last who acts before it in the sentence is the meeting or the
    members, or none is named ("- Thống nhất tổ chức kiểm tra chéo ..."); not another body or one asked ("đề nghị Sở Nội vụ
    sớm thống nhất ..."), and not negated ("Hội nghị chưa thống nhất ...")."""
    clause = max(t.rfind(",", s.start, at), t.rfind(";", s.start, at)) + 1 or s.start
    if _RE_NEGATED.search(t, max(clause, at - 40), at):
        return False
    own = other = -1
    for mm in _RE_MEMBERS_ACT.finditer(t, s.start, at):
        own = mm.start()
    for mm in _RE_OTHER_BODY_ACTS.finditer(t, s.start, at):
        other = mm.start()
    return own > other or own == other == -1


# a lead that reports results, not what is agreed: "Kết quả thực hiện các nội dung đã thống nhất ...:"
# (not the connective "Kết quả," that opens the meeting's agreement, "as a result": "Kết quả, Hội nghị đã thống nhất:")
# (unless that lead tells done work all the same: "Kết quả, các đơn vị đã thống nhất và phối hợp tổ chức thành công các
# hoạt động sau:")
_RE_RESULTS_LEAD = regex.compile(r"\b(?:kết quả(?!\s*,(?![^.;:]*\b(?:thành công|các hoạt động(?:\s+như)?\s+sau)\b))|đã thực hiện|đã tổ chức)\b", regex.I)


@lru_cache(maxsize=None)
def _agreeing_verbs() -> frozenset:
    """The verbs of agreement (lexicons/acts.json's "agreeing" "verbs"), lower case."""
    return frozenset(cues.lower(w) for w in lexicon.table("acts.json")["agreeing"]["verbs"])


def _agreed(doc: Document, s: Sentence, at: int) -> bool:
    """The act at ``at`` is one the meeting agreed: its clause follows an agreeing word of the sentence
    ("thống nhất bầu A làm Cụm trưởng và tổ chức ...") or opens an item of a list whose lead agrees
    ("Hội nghị thống nhất các nội dung:" then "- Tổ chức ...")."""
    t = doc.text
    agree, ends = _agreeing_res()
    before = t[s.start:at]
    # (taking part in an event another body holds is no plan of the cluster: "tham gia các hội thao do tỉnh tổ chức")
    joins = doc.cues.lower[at:at + 8] == "tham gia"
    if joins and _RE_OTHERS_EVENT.match(t, at, s.end):
        return False
    last = None
    for mm in agree.finditer(before):
        if _RE_UNITY_BEFORE.search(before, max(0, mm.start() - 16), mm.start()) is None:
            last = mm  # (not the set phrase "đoàn kết, thống nhất")
    if last is not None and (e := ends.search(before)):
        between = before[last.end():]
        tail = between[max(between.rfind(";"), between.rfind(":")) + 1:]
        # (an inline item's number: the agreeing word a verb of agreement, nothing of a review between it and the list's
        # colon, "thống nhất các nội dung sau: (1) ...; (2) ..."; not "Kế hoạch năm 2023 gồm: (1) ...", "Báo cáo xác định ...
        # nhiệm vụ: (1) ...", "thống nhất đánh giá: (1) ...")
        if e.group("item") and (cues.lower(" ".join(last.group(0).split())) not in _agreeing_verbs()
                                or _RE_NOT_AGREED.search(between.partition(":")[0])):
            return False
        # (a host chosen for an event then judged, "xác định A đăng cai tổ chức Hội thi ... năm 2024 là thành công lớn": the
        # event done, not one agreed)
        return _RE_NOT_AGREED.search(tail) is None \
            and not (e.group("host") and _RE_EVALUATED.search(t, at, s.end))
    # (an act read by who does it or by taking part, under a list's lead: only a lead that agrees on what is to come)
    ahead = joins
    if before.strip() and not _RE_ITEM_OPEN.fullmatch(before.rstrip()):
        # (an item that names who does it first: the unit assigned, "- Giao A chủ trì tổ chức ...", or the members, "Thứ hai,
        # các đơn vị tham gia Hội thao ...")
        mark = _RE_ITEM_OPEN.match(before)
        if _RE_ITEM_DOER.fullmatch(before, mark.end() if mark is not None else 0) is None \
                or mark is None and s.start != doc.blocks[s.block].start:
            return False
        ahead = True
    if not before.strip() and s.start != doc.blocks[s.block].start:
        return False
    # an item at the start of its line: the lead is the first line above that is not an item
    lead = _lead_above(doc, s.block)
    if lead is None:
        return False
    return lead.endswith(":") and agree.search(lead) is not None and _RE_RESULTS_LEAD.search(lead) is None \
        and not _asks_units(lead) and "thành công" not in doc.cues.lower[at:s.end] and (not ahead or _agrees_ahead(lead))


def _agrees_ahead(lead: str) -> bool:
    """A list's lead agrees on what is to come: an agreeing word (not the set phrase "đoàn kết, thống nhất", nor a plan carried
    out, "Cụm triển khai kế hoạch với nhiều hoạt động:") with no word of a review after it ("thống nhất đánh giá:")."""
    last = None
    for mm in _agreeing_res()[0].finditer(lead):
        if _RE_UNITY_BEFORE.search(lead, max(0, mm.start() - 16), mm.start()) is None \
                and _RE_PLAN_CARRIED.search(lead, max(0, mm.start() - 20), mm.end()) is None:
            last = mm
    return last is not None and _RE_NOT_AGREED.search(lead, last.end()) is None


# a later clause whose subject is the meeting or its members, agreeing: ", Hội nghị đã thống nhất", "; kết quả, các đơn vị nhất trí"
_RE_AGREEING_CLAUSE_AFTER = regex.compile(
    r"[,;]\s*(?:(?:kết quả|sau đó|trên cơ sở đó)\s*,?\s*)?(?:hội nghị|cuộc họp|(?:cụm|khối)(?!\s+(?:trưởng|phó)(?!\p{L}))"
    r"|(?:tất cả\s+)?(?:các|những)\s+(?:đơn vị|thành viên|đại biểu)(?:\s+(?:trong|của)\s+(?:cụm|khối))?)"
    r"\s+(?:(?:đã|cũng|đều|cùng)\s+)*(?:thống nhất|nhất trí|đồng ý|biểu quyết)(?!\p{L})", regex.I)


# the units asked named by their kind ("đề nghị các huyện ..."), and the words that may stand between the asker and the verb
_RE_ASKS_KINDS = regex.compile(r"(?:đề nghị|yêu cầu|đề xuất|kêu gọi)\s+(?:các|những)\s+(?:huyện|quận|thị xã|thành phố|xã|phường|sở|ngành)\b",
                               regex.I)
_RE_ASKER_GAP = regex.compile(r"(?:\s+(?:đã|cũng|còn))*\s+$", regex.I)


def _asked_of_units(doc: Document, s: Sentence, before: str) -> bool:
    """The act is asked of the units (_RE_ASKED), not the meeting's own: the units named by their kind are asked by someone
    else than the cluster itself, which may be named with its number or descriptor ("Cụm thi đua số 3 đề nghị các huyện ký
    kết ...": the meeting's act; _ASKS_UNITS's lookbehind knows only the bare head, "Cụm đề nghị ...")."""
    tail = before[-260:]
    am = _RE_ASKED.search(tail)
    if am is None:
        return False
    if _RE_ASKS_KINDS.match(am.group(0)) is None:
        return True
    at = s.start + len(before) - len(tail) + am.start()
    # (this cluster: not another one by its number, "Cụm thi đua số 5 đề nghị ..." at the meeting of Cụm 3)
    num = doc.draft.scalars.get("cluster.number")
    return not any(not c.after_role and c.end <= at and _RE_ASKER_GAP.fullmatch(doc.text, c.end, at) is not None
                   and (c.number is None or num is None or c.number == num.value) for c in mentions(doc, s.start, s.end))


def _asks_units(lead: str) -> bool:
    """A list's lead asks its items of the units, before any agreeing word: "đề nghị các đơn vị trong Cụm xác định rõ các
    nhiệm vụ sau:" (then "Thứ nhất, ...", "- ..."); not "Hội nghị thống nhất các nội dung sau, đề nghị các đơn vị ...:"."""
    ask = _RE_ASKS_UNITS.search(lead)
    # (nor a request in an earlier clause, the meeting or the units agreeing in a later one: "Sau khi Cụm trưởng đề nghị các
    # đơn vị góp ý, Hội nghị đã thống nhất các nội dung sau:", "A đề nghị các đơn vị cho ý kiến; kết quả, các đơn vị nhất trí:")
    return ask is not None and _agreeing_res()[0].search(lead, 0, ask.start()) is None \
        and _RE_AGREEING_CLAUSE_AFTER.search(lead, ask.end()) is None


def _asked_item(doc: Document, s: Sentence) -> bool:
    """The sentence is an item at the start of its line, of a list whose lead asks its items of the units (_asks_units)."""
    t = doc.text
    if not _RE_ITEM_OPEN.match(t, s.start, s.end) or t[doc.blocks[s.block].start:s.start].strip():
        return False
    lead = _lead_above(doc, s.block)
    return lead is not None and lead.endswith(":") and _asks_units(lead)


# the colon that closes a list's lead, after the words that announce the list ("các nội dung sau:", "như sau:", "cụ thể:")
# (two of them too: "một số nội dung chính như sau:", "những nội dung cụ thể như sau:")
_RE_LEAD_COLON = regex.compile(r"(?:\s+(?:sau(?:\s+đây)?|như\s+sau|chính|cụ\s+thể|gồm|bao\s+gồm)){0,2}\s*:", regex.I)
# an item that opens on a document's name, bare ("- Báo cáo tổng kết ...", "; Quy chế ..."): the lead's verb agrees it (an
# item with its own verb, "- Thông qua báo cáo ...", is an act read by itself)
# (also after "Về" or "Việc sửa đổi (, bổ sung)", "Nội dung," or a scoring plan: "- Về Quy chế hoạt động: ...", "- Phương án chấm
# điểm ...", "- Việc sửa đổi, bổ sung Quy chế ...", "- Nội dung, tiêu chí thi đua ...")
_RE_DOCUMENT_ITEM = regex.compile(r"\s*(?:" + _ITEM + r"\s*)?(?:về\s+)?(?:nội dung\s*,?\s+)?"
                                  r"(?:việc\s+(?:sửa đổi|bổ sung|điều chỉnh)(?:\s*,\s*(?:sửa đổi|bổ sung|điều chỉnh))?\s+)?"
                                  r"(?:dự thảo|báo cáo|quy chế|quy định|kế hoạch|chương trình|(?:(?:các|bộ|bảng)\s+)?tiêu chí|thang điểm"
                                  r"|phương án\s+(?:chấm|tính|xếp|bình)|đề án"
                                  r"|bảng\s+(?:chấm\s+)?điểm|giao ước"
                                  # (a guidance, not the verb that guides someone: "- Hướng dẫn chấm điểm ...", not "- Hướng dẫn các
                                  # đơn vị ...")
                                  r"|hướng dẫn(?!\s+(?:các|những|cho|đơn vị|thành viên)(?!\p{L})))(?!\p{L})", regex.I)


def _leads_other_items(doc: Document, s: Sentence, end: int) -> bool:
    """The words that end at ``end`` lead a list (a colon after them) none of whose items opens on a document's name: the
    items inline after the colon (to the line's end, one after each ";"), or the item lines below it."""
    t = doc.text
    colon = _RE_LEAD_COLON.match(t, end, s.end)
    if colon is None:
        return False
    line_end = doc.blocks[s.block].end
    rest = t[colon.end():line_end]
    if rest.strip():
        items = [colon.end(), *(colon.end() + i + 1 for i, c in enumerate(rest) if c == ";")]
        return not any(_RE_DOCUMENT_ITEM.match(t, i, line_end) for i in items)
    for j in range(s.block + 1, min(len(doc.blocks), s.block + 13)):
        line = doc.block_text(doc.blocks[j])
        if not _RE_ITEM_OPEN.match(line):
            break
        if _RE_DOCUMENT_ITEM.match(line):
            return False
    return True


# an item that leads the items under it agrees itself: "2. Hội nghị thống nhất:", "b) Các đơn vị nhất trí các nội dung sau:" (not the
# set phrase "đoàn kết, thống nhất")
# (not a document's name, "Thực hiện Quyết định số 45/QĐ-UBND ...")
_RE_ITEM_LEAD_AGREES = regex.compile(r"(?<!" + _UNITY + r")\b(?:thống nhất|nhất trí|đồng ý|quyết định(?!\s+số\b)|biểu quyết)(?!\p{L})",
                                     regex.I)


# a list's lead that agrees on the directions of the period ahead: their noun ("nhiệm vụ", "phương hướng", "chỉ tiêu", "giải pháp",
# "mục tiêu") in the lead, which ends on its colon
_RE_DIRECTIONS_NOUN = regex.compile(r"(?<!\p{L})(?:nhiệm\s+vụ|phương\s+hướng|chỉ\s+tiêu|giải\s+pháp|mục\s+tiêu)(?!\p{L})", regex.I)


def _item_of_directions(doc: Document, s: Sentence) -> bool:
    """The sentence is an item at the start of its line, of a list whose lead agrees on directions ("Hội nghị thống nhất các
    nhiệm vụ trọng tâm 6 tháng cuối năm:", "Nhiệm vụ năm 2025, hội nghị thống nhất:"): the item is one of the directions (not a
    lead that reports results, "Kết quả thực hiện các nhiệm vụ đã thống nhất:", nor one that asks the units)."""
    t = doc.text
    if not _RE_ITEM_OPEN.match(t, s.start, s.end) or t[doc.blocks[s.block].start:s.start].strip():
        return False
    j = _lead_above_block(doc, s.block)
    lead = doc.block_text(doc.blocks[j]).rstrip() if j is not None else None
    if lead is None or not lead.endswith(":") or not _directions_lead(lead):
        return False
    # (not the lead's sibling: "1. Hội nghị thống nhất các nhiệm vụ trọng tâm:" then its "- ..." items, then "2. Các đơn vị đã ký
    # kết giao ước ...", a section of its own)
    if (lm := _RE_ITEM_OPEN.match(lead)) is not None and _item_mark_kind(lead[lm.start():lm.end()]) \
            == _item_mark_kind(t[s.start:_RE_ITEM_OPEN.match(t, s.start, s.end).end()]):
        return False
    return _agrees_ahead(lead) and _RE_RESULTS_LEAD.search(lead) is None and not _asks_units(lead)


# in a list's lead, the directions as what is agreed: the noun opening the lead's last clause (its topic, "Nhiệm vụ 3 tháng cuối
# năm, hội nghị thống nhất:") or a few words after its agreeing verb ("thống nhất các nhiệm vụ trọng tâm ...:")
_RE_DIRECTIONS_AGREED = regex.compile(
    r"(?:^[\s\-–•+*\d.)(]*(?:về\s+)?|(?<!\p{L})(?:thống\s+nhất|nhất\s+trí|thông\s+qua|đề\s+ra|xác\s+định)\s+(?:[^\s.;:]+\s+){0,3}?)"
    r"(?:(?:các|những)\s+)?(?:nhiệm\s+vụ|phương\s+hướng|chỉ\s+tiêu|giải\s+pháp|mục\s+tiêu)(?!\p{L})", regex.I)
# after the directions, the list led by a second act or by "contents" ("... nhiệm vụ năm 2025 và tiến hành các nội dung sau:")
_RE_LEAD_OTHER_LIST = regex.compile(r"(?<!\p{L})(?:nội\s+dung|và\s+(?:(?:đã|cùng|cũng)\s+)?(?:tiến\s+hành|thống\s+nhất|nhất\s+trí|"
                                    r"thông\s+qua|tổ\s+chức|thực\s+hiện|giao|bầu|ký))(?!\p{L})", regex.I)


def _directions_lead(lead: str) -> bool:
    """The list's lead agrees on directions: in its last clause (after a full stop or a semicolon), the directions the topic or
    the object of the agreeing verb, and the list theirs (no "nội dung" nor a second act after them); not a lead that names the
    directions only in passing ("Sau khi thảo luận dự thảo phương hướng ..., hội nghị thống nhất các nội dung sau:", "Để thực
    hiện thắng lợi nhiệm vụ năm 2025, hội nghị thống nhất:", "... làm nhiệm vụ Cụm trưởng và thống nhất ...:")."""
    clause = lead[max(lead.rfind("."), lead.rfind(";"), lead.rfind("!"), lead.rfind("?")) + 1:]
    if _RE_DIRECTIONS_AGREED.search(clause) is None:
        return False
    last = None
    for last in _RE_DIRECTIONS_NOUN.finditer(clause):
        pass
    return _RE_LEAD_OTHER_LIST.search(clause, last.end()) is None


def _item_mark_kind(mark: str) -> str:
    """The kind of a list item's mark: a number, a letter, or the bullet itself ("-", "+", "•")."""
    m = mark.strip()
    if regex.match(r"\(?\d", m):
        return "number"
    if regex.match(r"[a-dđ]\)", m, regex.I):
        return "letter"
    return m[:1].lower() if m[:1] in "-•*+–" else "word"


def _lead_above(doc: Document, block: int) -> str | None:
    """The lead of the list whose item is the line ``block``: the first line above it that is not an item, or is one that ends on
    a colon and agrees (``_RE_ITEM_LEAD_AGREES``; at most 12 lines up), without its trailing blanks; None at the text's start."""
    j = _lead_above_block(doc, block)
    return doc.block_text(doc.blocks[j]).rstrip() if j is not None else None


def _lead_above_block(doc: Document, block: int) -> int | None:
    """The line of ``_lead_above``'s lead; None at the text's start."""
    j = block - 1
    # (an item that ends on a colon and agrees leads the items under it: "2. Hội nghị thống nhất:" then "- ..."; a sub-heading,
    # "1. Xây dựng kế hoạch ..., trong đó:", "1. Về thực hiện kế hoạch của Cụm:", passes the lead above it through)
    while j >= 0 and block - j <= 12 and _RE_ITEM_OPEN.match(doc.block_text(doc.blocks[j])) \
            and not (doc.block_text(doc.blocks[j]).rstrip().endswith(":")
                     and _RE_ITEM_LEAD_AGREES.search(doc.block_text(doc.blocks[j])) is not None):
        j -= 1
    if j >= 0 and _RE_ITEM_OPEN.match(doc.block_text(doc.blocks[j])):
        # (an agreeing item under a lead of results told is one of them: "Báo cáo nêu rõ những kết quả nổi bật:" then "- Các
        # đơn vị thống nhất phối hợp ...:" then "+ Tổ chức Hội thao ...")
        k = j - 1
        while k >= 0 and j - k <= 12 and _RE_ITEM_OPEN.match(doc.block_text(doc.blocks[k])):
            k -= 1
        if k >= 0 and _RE_RESULTS_TOLD.search(doc.block_text(doc.blocks[k])):
            j = k
    return j if j >= 0 else None


_RE_RESULTS_TOLD = regex.compile(r"\b(?:kết quả|nêu rõ|đã đạt|đạt được|năm qua|vừa qua)\b", regex.I)


@lru_cache(maxsize=None)
def _reading_rules() -> tuple[frozenset, dict[str, int]]:
    """The kinds allowed together on one clause, and the order of preference (lexicons/acts.json)."""
    table = lexicon.table("acts.json")
    return frozenset(frozenset(p) for p in table["pairs"]), {k: i for i, k in enumerate(table["prefer"])}


def _one_reading(out: dict[str, Found]) -> dict[str, Found]:
    """Two kinds read from the same clause stand together only as a pair the data allows
    ("suy tôn X để đề nghị tặng Cờ": ranking and award_proposal); otherwise the preferred kind keeps it."""
    pairs, rank = _reading_rules()
    keep = dict(out)
    for a in sorted(out, key=lambda k: rank.get(k, len(rank))):
        for b in list(keep):
            # (the same clause: read from the same start, whatever length each form reads it to)
            if b != a and a in keep and keep[b].start == out[a].start \
                    and frozenset((a, b)) not in pairs and rank.get(b, len(rank)) > rank.get(a, len(rank)):
                del keep[b]
    return keep


# "A và thống nhất B", "A, đồng thời B", "A, trong đó thống nhất B": where one act ends and the next begins
# (a verb that opens its list after a colon ends the act before it: "thông qua báo cáo, xếp hạng: A nhất, B nhì"; not the noun,
# "nhất trí với kết quả chấm điểm, xếp hạng thi đua", nor the same act's second verb, "thống nhất chấm điểm, xếp hạng: ...")
_RE_ACT_JOIN = regex.compile(
    r"(?:\s+và|,)\s+(?:đồng thời\s+|(?<=,\s+)trong đó\s*,?\s+)?(?=(?:đã\s+|cùng\s+(?:nhau\s+)?|cũng\s+)?(?:thống nhất|nhất trí|biểu quyết|thông qua|ký|bầu|công nhận|giới thiệu|đề nghị|đề xuất|đề ra|tiến hành|phát động|suy tôn|bình xét|bình chọn|bầu chọn|(?<!\b(?:chấm điểm|bình xét|suy tôn|kết quả)\b[^.;:]{0,60})xếp hạng\s*:|(?-i:tổ chức|phối hợp tổ chức)\s))"
    r"|,\s*đồng thời\s+"
    # (one verb's two objects, a document and an event's plan: "thông qua quy chế hoạt động và kế hoạch tổ chức giao lưu")
    r"|\s+và\s+(?=(?:kế hoạch|chương trình)\s+tổ chức\s)"
    # (a second act that gives a unit a role: "thông qua báo cáo tổng kết và giao Sở A làm Trưởng khối năm 2025")
    r"|\s+và\s+(?=(?:đã\s+|cũng\s+)?giao\s+(?:cho\s+)?[^.;,]{2,80}?\s(?:làm|là|giữ\s+vai\s+trò)\s+(?:đơn vị\s+)?(?:cụm|khối|trưởng|phó))",
    regex.I,
)


_V_VA = cues.vocabulary("outcomes.va", lambda: ("và",))


def _join_starts(doc: Document, lo: int, hi: int) -> list[int]:
    """Where _RE_ACT_JOIN can start in [lo, hi): at a comma, and where the spaces before a "và" begin
    (read from the document's index; a "và" cut off at ``hi`` adds a start that cannot match)."""
    t = doc.text
    out = doc.cues.chars(",", lo, hi)
    for v, _ in doc.cues.spans(_V_VA, lo, hi, word=False):
        p = cues.space_before(t, v, lo)
        if p < v:
            out.append(p)
    return out


# the venue word right before the meeting's venue, with the comma that may open it (read backwards from the venue's start)
_RE_VENUE_WORD_BEFORE = regex.compile(r"\s*,?\s*(?<!\p{L})tại\s+$", regex.I)


def _clause(doc: Document, s: Sentence, cue_a: int, cue_b: int, own_place: bool = False) -> Found:
    """The clause of the sentence that holds the cue: between semicolons, and between the joins
    of two acts ("nhất trí A và thống nhất B"); it ends before the meeting's venue after the cue, unless the act is an
    event of its own that the place may be told for (``own_place``: "thống nhất tổ chức hội thao tại Trường A")."""
    t = doc.text
    a = max(t.rfind(";", s.start, cue_a) + 1, s.start)
    b = t.find(";", cue_b, s.end)
    b = s.end if b < 0 else b
    hi = min(b, cue_a + 40)  # room for the lookahead past the cue
    for j in cues.match_at(_RE_ACT_JOIN, t, _join_starts(doc, a, hi), a, hi):
        if j.end() <= cue_a:
            a = j.end()
    j = next(cues.match_at(_RE_ACT_JOIN, t, _join_starts(doc, cue_b, b), cue_b, b), None)
    if j:
        b = j.start()
    venue = doc.draft.scalars.get("meeting.venue")
    if venue is not None and cue_b <= venue.start < b and not own_place:
        # the meeting's venue after the act, "tại" and the place ("... và ký kết giao ước thi đua năm 2023 tại Văn phòng UBND
        # tỉnh"): where the meeting was held, no part of the act's clause
        v = _RE_VENUE_WORD_BEFORE.search(t, cue_b, venue.start)
        if v is not None:
            b = v.start()
    seg = t[a:b]
    lead = len(seg) - len(seg.lstrip())
    a += lead
    mark = _RE_ITEM_MARK.match(t, a, b)
    if mark:
        a = mark.end()  # a list item's number is no part of its act ("2. Bầu A làm Cụm trưởng")
    txt = t[a:b].rstrip(" .;,")
    return Found(txt, a, a + len(txt))


def extract(doc: Document) -> None:
    d = doc.draft
    d.rankings = rankings(doc)
    d.awards = awards(doc)
    d.decisions = decisions(doc)

