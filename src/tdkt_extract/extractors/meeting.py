"""The meeting: which sentence states it, its date, time of day, venue, kind and period."""
from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from functools import lru_cache

import regex

from .. import cues, gazetteer, lexicon
from ..document import Document, Found, Sentence
from ..normalize import fold
from .cluster import HEAD_WORDS, RE_SAME_DAY_OPENER, mentions
from .units import NOT_PLACE_ABBREVIATION, ROLE_NOTE_WORDS, TAI_IN_NAME, facilities_alt, role_note, role_of_note, shadow, starts_with_unit_head, unit_after, unit_head_ci_re
from .recall import NAMED_AS_BEFORE, told_as_before
from ..patterns import ROMAN_MONTH, YEAR_FIGURES, cre, TO_CHUC, alternation, finditer, in_quotation, search, month_of, year_of
from ..segment import MONTH_WORDS

# --- dates -------------------------------------------------------------------------------
_TOD = r"(?P<tod>sáng|chiều|tối|trưa)"
# the digits of a date; the cue before them (time of day, "ngày", "(") is read separately, which
# keeps the pattern anchored on digits instead of trying optional prefixes at every position
# the second day of a meeting of two, after the first ("9-10/11", "9 và 10 tháng 11"): the meeting is dated by its first
# (its month after a dash too: "19 và 20-12-2023", "19, 20-12"; a month it is: "20-12-23" is 20 December 2023, two figures of
# its year after the month)
_SECOND_DAY = r"(?:\s*[-,]\s*|\s+và\s+(?:ngày\s+)?|\s+(?:đến|tới)\s+(?:ngày\s+)?)\d{1,2}"  # (the last day of a span: "từ ngày 14 đến 16/11")
_RE_DATE_NUM = regex.compile(
    r"(?<![\d/.-])(?P<d>\d{1,2})(?:" + _SECOND_DAY + r"(?=\s*[/.-]\s*(?:0?[1-9]|1[0-2]|" + ROMAN_MONTH + r")(?!\d)))?\s*(?P<sep>[/.-])\s*(?P<m>\d{1,2}|" + ROMAN_MONTH + r"(?=\s*[/.-]\s*\d{4}))"
    r"(?:\s*[/.-]\s*(?P<y>" + YEAR_FIGURES + r"))?(?![\d/.]*\d)(?!\s*(?i:%|tỷ|triệu|km|giờ|h\b))",
)
_WEEKDAY = r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)"
_RE_DATE_CUE = regex.compile(
    # "sáng 15/12", "sáng nay (15/12)", "sáng nay 15/12", "sáng thứ Sáu (11/7)", "chiều Chủ nhật, 12/7", "sáng hôm qua (15/6)"
    # ("sáng ngày hôm nay 16/12", "sáng ngày hôm qua (15/12)")
    # (the day's "mùng"/"mồng", the first ten days of a month: "Sáng mùng 8/1", "ngày mồng 3/2", "Mùng 5/1")
    r"(?:(?P<tod>sáng|chiều|tối|trưa)\s+(?:(?:nay|qua|(?:ngày\s+)?hôm\s+nay|(?:ngày\s+)?hôm\s+qua|" + _WEEKDAY + r")\s*[(,]?\s*)?(?:ngày\s+)?(?:(?:mùng|mồng)\s+)?"
    # ("Ngay", the word without its tone, opening a sentence: a typo no adverb "ngay" makes before a date)
    # (today or yesterday, then the date after a comma: "Hôm nay, 16/12, ...", "Ngày hôm qua, 15/12, ...")
    # ("từ" before the first of the days a meeting lasts, read as a cue for such a span only: "Từ 12 - 13/12, Cụm ...")
    # (the count of days the meeting lasts, then its days after a comma: "Trong hai ngày, 19-20/12, Cụm ..."; only after
    # "trong" and before a span of days, read as "từ" is: not "Trước hội nghị 2 ngày, 18/12, ...", "sau 10 ngày, 3/4 số ...")
    r"|(?P<ngay>(?:ngày\s+)?hôm\s+(?:nay|qua)\s*,?|(?P<count>(?<=(?<!\p{L})trong\s+(?:\d{1,2}|hai|ba|bốn)\s+)ngày\s*,)|ngày|hôm|(?<!\p{L}[ \t]*)(?-i:Ngay)|(?P<from>(?<!\p{L})từ))\s+(?:(?:mùng|mồng)\s+)?|(?P<mung>(?<!\p{L})(?:mùng|mồng)\s+)|(?P<paren>(?:(?:hôm\s+nay|hôm\s+qua|" + _WEEKDAY + r")\s*)?\(\s*))$", regex.IGNORECASE
)
# a date in parentheses after a name ("kỷ niệm Ngày Phụ nữ Việt Nam (20-10)", "(22/12/1944 - 22/12/2024)") or
# after an anniversary's words is the anniversary's, not the meeting's (read backwards from the date)
_RE_ANNIVERSARY_BEFORE = regex.compile(
    r"(?:\b(?:kỷ niệm|ngày thành lập|ngày truyền thống)\b[^,;()]{0,60}|\p{L}\s*\((?:[^()]{0,14}\d\s*[-–]\s*)?)\s*$",
    regex.I | regex.REVERSE)
# (or the days the meeting lasts, opening the sentence or a clause or after its verb: "Trong 2 ngày (11 - 12/1/2024), tại ...",
# "Hội nghị diễn ra trong 2 ngày (...)"; not an event's
# agreed later in it, "... thống nhất tổ chức Hội thao trong 3 ngày (20 - 22/8/2024)")
_RE_TIME_BEFORE_PAREN = regex.compile(r"\b(?:nay|qua|" + _WEEKDAY + r")\s*\(\s*$|(?:^|[.;:,]\s*|(?<!\b(?:dự kiến|sẽ|được)\s+)(?<!\p{L})(?:diễn ra|kéo dài|họp|làm việc)\s+)(?:trong\s+)?(?:\d{1,2}|hai|ba|bốn)\s+ngày\s*\(\s*$",
                                      regex.I | regex.REVERSE)
# (not the days of another event or of one agreed, the last named before the count: "thống nhất tổ chức Hội thao năm 2024 tại
# X, diễn ra trong 03 ngày (20 - 22/8/2024)", "trong đó Hội thao của Khối đã diễn ra trong 10 ngày (5 - 15/11/2023)")
_RE_EVENT_BEFORE_DAYS = regex.compile(r"(?<!\p{L})(?:(?P<other>hội thao|hội diễn|hội thi|liên hoan|giải\s+(?:bóng|cầu|thể thao|cờ|chạy|việt dã|quần vợt|bơi|thi đấu)|thống nhất(?:\s+tổ\s+chức)?|dự kiến)"
                                      r"|hội nghị|họp|buổi lễ|lễ ký)(?!\p{L})", regex.I)


def _other_events_days(text: str, a: int, b: int) -> bool:
    last = None
    for last in _RE_EVENT_BEFORE_DAYS.finditer(text, a, b):
        pass
    return last is not None and last.group("other") is not None


# the month in words ("ngày 9 tháng Một năm 2024", "tháng Mười Hai")
# (segment's table, but "tháng Giêng" (and "tháng Chạp", not in it): the first and last months of the lunar year, another
# calendar's date in a lead)
_MONTH_WORDS = {w: n for w, n in MONTH_WORDS.items() if w != "giêng"}
# ("năm" is May only when no year follows it: "ngày 9 tháng năm 2024" is no date in words)
_MONTH_WORD = r"(?P<mw>(?!năm\s*\d)" + "(?:" + "|".join(w.replace(" ", r"\s+") for w in sorted(_MONTH_WORDS, key=len, reverse=True)) + ")" + r")(?!\p{L})"
# ("sáng ngày 10 tháng 12", and after the day's name: "sáng thứ Ba, ngày 10 tháng 12", "sáng nay (10 tháng 12)")
# (or the part of the day right before the day, without "ngày": "Chiều 9 tháng 1 năm 2026", "Sáng mùng 9 tháng 1")
# (not a date of the lunar calendar: "mùng 7 tháng 1 âm lịch")
_RE_DATE_WORDS = regex.compile(
    r"(?:(?:" + _TOD + r"\s+(?:(?:nay|qua|hôm\s+nay|hôm\s+qua|" + _WEEKDAY + r")\s*,?\s*)?)?ngày\s+"
    r"|" + _TOD + r"\s+(?:nay|qua|hôm\s+nay|hôm\s+qua|" + _WEEKDAY + r")\s*\(\s*(?:ngày\s+)?"
    r"|" + _TOD + r"\s+(?=(?:(?:mùng|mồng)\s+)?\d))(?:(?:mùng|mồng)\s+)?(?P<d>\d{1,2})(?:" + _SECOND_DAY + r")?\s+tháng\s+(?:(?P<m>\d{1,2}|" + ROMAN_MONTH + r")|" + _MONTH_WORD + r")(?:\s*(?:năm|,)\s*(?P<y>\d{4}))?"
    r"(?!\d)(?!\s*\(?\s*âm\s+lịch)",
    regex.IGNORECASE,
)
# a date of the lunar calendar right before the solar date in brackets ("Sáng mùng 7 tháng Giêng (23/2/2026)", "ngày 15
# tháng Chạp năm Giáp Thìn (tức 14/1/2025)", "mùng 3 tháng 1 âm lịch (31/1)"): the bracket's date is the day, no anniversary's
# after a name; the lunar date's part of the day is the meeting's (read backwards from the bracket)
_RE_LUNAR_BEFORE_PAREN = regex.compile(
    r"(?:(?<!\p{L})(?P<tod>sáng|chiều|tối|trưa)\s+)?(?:ngày\s+)?(?:(?:(?:mùng|mồng)\s+)?\d{1,2}|(?<!\p{L})rằm)\s+tháng\s+"
    r"(?:(?:giêng|chạp)(?:\s+(?:âm\s+lịch|năm\s+(?-i:\p{Lu})\p{Ll}+\s+(?-i:\p{Lu})\p{Ll}+))?|(?:\d{1,2}|" + "|".join(sorted(_MONTH_WORDS, key=len, reverse=True)).replace(" ", r"\s+") + r")\s+âm\s+lịch)"
    r"\s*\(\s*(?:(?:tức|nhằm)\s+)?(?:(?:vào\s+)?ngày\s+)?$",
    regex.I | regex.REVERSE)
# the date of a document cited in the sentence ("Kế hoạch số 74/KH-CTĐ ngày 25/02/2016") is not the meeting's
# (anchored at the end, read only as yes or no: searched from the end)
# (a number after a document's noun, "Quyết định số 123 ngày", "Tờ trình số 05, ngày": not a cluster's, "Cụm thi đua số 5 ngày 19/12")
# (its owner between: "Kế hoạch của Khối thi đua số 4 ngày 01/12/2024")
_DOC_NOUNS = r"(?:quyết định|kế hoạch|công văn|thông báo|chỉ thị|nghị quyết|văn bản|tờ trình|hướng dẫn|thông tư|nghị định|biên bản|giấy mời|(?-i:QĐ|KH|CV|TB|NQ|TTr|HD))"
_RE_DOC_DATE_BEFORE = regex.compile(r"(?:\b(?:" + _DOC_NOUNS + r"(?:\s+[^,.;:()\n]{1,40}?)?|báo cáo|(?-i:BC))\s+số\s+\S+\s*,?\s*(?:ngày)?|\b(?:quyết định|kế hoạch|công văn|thông báo|chỉ thị|nghị quyết|văn bản)\s+(?:ngày)?)\s*$",
                                    regex.I | regex.REVERSE)
# (a day set off by commas between a document's number and the meeting's place: _dates)
_RE_COMMA_BEFORE_DAY = regex.compile(r",\s*(?:ngày\s*)?$", regex.I)
# (the place, then the cluster as the clause's subject: "..., tại UBND huyện A, Cụm thi đua số 6 ..."; not a place the
# sentence goes on from, "..., tại hội nghị, các đơn vị đã bình xét ...", "..., tại Điều 5 quy định ...")
_RE_MEETING_AFTER_DAY = regex.compile(r"\s*,\s*tại\s[^,.;:\n]{1,80},\s*(?-i:Cụm|Khối|CỤM|KHỐI)\b", regex.I)
# (another day of the sentence after it: the meeting's, "..., ngày 02/01/2024, tại A, Cụm ... tổ chức ... vào ngày 18/01/2024")
_RE_SENTENCE_STOP = regex.compile(r"[.;\n](?!\d)")
_RE_ANOTHER_DAY = regex.compile(r"(?<![\d/])\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?(?![\d/])|(?<!\p{L})ngày\s+\d{1,2}\s+tháng\s+\d{1,2}", regex.I)
_TOD_VALUE = {"sáng": "sang", "trưa": None, "chiều": "chieu", "tối": "toi"}


_RE_DIGIT = regex.compile(r"\d")
# the part of the day written after the date, in brackets or between commas: "Ngày 20/12/2024 (buổi sáng), ...", "Ngày
# 20/12/2024 (sáng)", "Ngày 20/12/2024, vào buổi chiều, ..." (the word "buổi" between commas: not a clause that goes on,
# "Ngày 20/12/2024, sáng các đơn vị kiểm tra chéo, chiều ...")
_RE_TOD_AFTER = regex.compile(r"\s*(?:\(\s*(?:vào\s+)?(?:buổi\s+)?" + _TOD + r"\s*\)|,\s*(?:vào\s+)?buổi\s+" + _TOD + r"\s*,)", regex.I)
# (only when the meeting's own words follow it in its clause, no other part of the day later in the sentence or opening the
# next: not the morning of a day whose afternoon holds the meeting, "Ngày 14/12, buổi sáng, các đại biểu đi tham quan ...;
# buổi chiều, Khối ... tổ chức hội nghị", "... buổi sáng, Đoàn kiểm tra chéo làm việc tại X. Buổi chiều cùng ngày, ...")
_RE_TOD_CLAUSE_END = regex.compile(r"[.;!?](?=\s|$)|\n")
_RE_TOD_MEETING_WORDS = regex.compile(r"(?<!\p{L})(?:hội nghị|họp|tổng kết|sơ kết|ký kết|giao ước|giao ban|buổi lễ|lễ ký)(?!\p{L})", regex.I)
_RE_TOD_OTHER = regex.compile(r"(?<!\p{L})(?:buổi\s+(?:sáng|chiều|tối|trưa)|(?:sáng|chiều|tối|trưa)\s+(?:cùng\s+ngày|hôm\s+đó))(?!\p{L})|[,;]\s*(?:sáng|chiều|tối|trưa)\s", regex.I)
_RE_TOD_PLACE_NEXT = regex.compile(r"(?:tại|ở)\s", regex.I)
_RE_TOD_OPENS_NEXT = regex.compile(r"\s*(?:buổi\s+)?(?:sáng|chiều|tối|trưa)(?!\p{L})", regex.I)
_RE_TOD_SENTENCE_END = regex.compile(r"[.!?](?=\s|$)|\n")


def _tod_after_is_the_meetings(text: str, a: int, start: int, end: int) -> bool:
    """The part of the day after a date (its match ending at ``end``) is the meeting's: its clause after it names the meeting
    (or, the clause ending there, the clause before the date does), no other part of the day in the rest of the sentence nor
    opening the next one."""
    lim = min(len(text), end + 400)
    stop = _RE_TOD_CLAUSE_END.search(text, end, lim)
    ce = stop.start() if stop is not None else lim
    rest = text[end:ce].strip(" ,\t")
    if rest and not _RE_TOD_PLACE_NEXT.match(rest):
        if not _RE_TOD_MEETING_WORDS.search(text, end, ce):
            return False
    else:  # (the clause ends there or goes on with the place: "Hội nghị ... diễn ra ngày 20/12, vào buổi chiều, tại X")
        ps = max(a, start - 300)
        for x in _RE_TOD_CLAUSE_END.finditer(text, ps, start):
            ps = x.end()
        if not _RE_TOD_MEETING_WORDS.search(text, ps, start):
            return False
    sent = _RE_TOD_SENTENCE_END.search(text, end, lim)
    se = sent.start() if sent is not None else lim
    if _RE_TOD_OTHER.search(text, end, se):
        return False  # (another part of the day later in the sentence)
    return sent is None or _RE_TOD_OPENS_NEXT.match(text, sent.end(), min(len(text), sent.end() + 30)) is None


# the last day of a span that crosses a month, with the year the first day leaves out ("từ ngày 30/10 đến ngày
# 2/11/2024"): the meeting is dated by its first day, in the year of the last (the year before, across a new year)
# (or two days named: "Trong hai ngày 30/11 và 01/12/2017")
_RE_SPAN_END_YEAR = regex.compile(r"\s*(?:đến|tới|và|-|–)\s*(?:ngày\s+)?\d{1,2}\s*([/.-])\s*(?P<m>\d{1,2})\s*\1\s*(?P<y>\d{4})(?!\d)",
                                  regex.I)


class DateFound:
    def __init__(self, day: int, month: int, year: int | None, tod: str | None, span: tuple[int, int], tod_span):
        self.day, self.month, self.year, self.tod, self.span, self.tod_span = day, month, year, tod, span, tod_span


_DATE_LEADS = ("sáng", "chiều", "tối", "trưa", "ngày")
_V_DATE_LEADS = cues.vocabulary("meeting.date_leads", lambda: _DATE_LEADS)
_V_THANG = cues.vocabulary("meeting.thang", lambda: ("tháng",))


def _word_date_starts(text: str, a: int, b: int, index: cues.CueIndex | None = None) -> list[int]:
    """Where _RE_DATE_WORDS can start: a time-of-day word or "ngày", in a stretch that says "tháng".
    ``index``: the cue index of ``text``, when the caller has it (else the stretch is searched)."""
    if index is not None:  # the words' spans, a few of which may run past b: tried, they fail there
        if not index.has(_V_THANG, a, b, word=False):
            return []
        return [x for x, _ in index.spans(_V_DATE_LEADS, a, b, word=False)]
    low = cues.lower(text[a:b])
    if "tháng" not in low:
        return []
    return [a + i for i in cues.find_all_words(low, _DATE_LEADS)]


_RE_SPAN_TO = regex.compile(r"(?<!\p{L})(?:đến|tới)(?:\s+ngày)?$", regex.I)
# a weekday in digits is no first day of a span: "Sáng thứ 5, 14-12-2023" is dated 14 (its "5" the day's name)
_RE_WEEKDAY_DIGIT_BEFORE = regex.compile(r"(?<!\p{L})thứ\s*$", regex.I)
# (nor the figure of a month, a year, a quarter or a number before "và": "trong tháng 11 và ngày 15/12")
_RE_NO_FIRST_DAY_BEFORE = regex.compile(r"(?<!\p{L})(?:tháng|năm|quý|số)\s*$", regex.I)
_RE_NGAY_BEFORE = regex.compile(r"(?<!\p{L})ngày\s*$", regex.I)


def _num_date_starts(text: str, a: int, b: int, index: cues.CueIndex | None = None) -> list[int]:
    """Where _RE_DATE_NUM can start: the first digit of the number before a separator ("14/7",
    "14 - 15/7" from its "14")."""
    out = []

    def digits_before(i: int) -> int:
        while i > a and text[i - 1].isspace():
            i -= 1
        j = i
        while j > a and text[j - 1].isdigit():
            j -= 1
        return j if j < i else -1

    for p in (index.chars("/.-", a, b) if index is not None else cues.find_all(text, "/.-", a, b)):
        if p == a or not (text[p - 1].isdigit() or text[p - 1].isspace()):
            continue  # most separators are full stops after a word
        q = digits_before(p)
        if q < 0:
            continue
        out.append(q)
        r, own_ngay = q, False
        while r > a and text[r - 1].isspace():
            r -= 1
        if r - 5 > a and text[r - 4:r].lower() == "ngày" and text[r - 5].isspace():
            v = r - 5  # "ngày 14 và ngày 15/12": the second day's own "ngày" before it, "và" before that
            while v > a and text[v - 1].isspace():
                v -= 1
            if v - 3 > a and text[v - 2:v].lower() == "và" and text[v - 3].isspace():
                r, own_ngay = v, True
        if r > a and text[r - 1] in "-,":  # "ngày 14-15/12", "ngày 14, 15/12": the first day
            r = digits_before(r - 1)
            if r >= 0 and not _RE_WEEKDAY_DIGIT_BEFORE.search(text, max(a, r - 6), r):
                out.append(r)
        elif r - 2 > a and text[r - 2:r].lower() == "và" and (r - 3 <= a or text[r - 3].isspace()):
            r = digits_before(r - 3)  # "ngày 14 và 15/12": the first day
            # (not a month's, a year's, a quarter's or a number's figure: "kiểm tra chéo trong tháng 11 và ngày 15/12/2023")
            # (and with its own "ngày" too where the second day has one: "ngày 14 và ngày 15/12")
            if r >= 0 and not _RE_WEEKDAY_DIGIT_BEFORE.search(text, max(a, r - 6), r) \
                    and not _RE_NO_FIRST_DAY_BEFORE.search(text, max(a, r - 8), r) \
                    and (not own_ngay or _RE_NGAY_BEFORE.search(text, max(a, r - 8), r)):
                out.append(r)
        elif (to := _RE_SPAN_TO.search(text, max(a, r - 12), r)) is not None:
            r = digits_before(to.start())  # "từ ngày 14 đến (ngày) 16/11": the first day
            if r >= 0 and not _RE_WEEKDAY_DIGIT_BEFORE.search(text, max(a, r - 6), r):
                out.append(r)
    return out


# what may stand before a date that opens its sentence: "vào" at most ("Vào mùng 4/1, ...", "... tổ chức hội nghị vào mùng 4/1")
_RE_OPENS_OR_VAO = regex.compile(r"(?:^[\W\d_]*|(?<!\p{L})vào\s+)$", regex.I)


def _opens_or_after_vao(text: str, a: int, i: int) -> bool:
    """The date at ``i`` opens the sentence starting at ``a`` (nothing but punctuation before it), or follows "vào"."""
    return _RE_OPENS_OR_VAO.search(text[max(a, i - 60):i]) is not None


def find_dates(text: str, a: int, b: int, index: cues.CueIndex | None = None) -> list[DateFound]:
    """Dates stated in text[a:b] (meeting-style: with a time-of-day word, ``ngày``, or a full year).
    ``index``: the cue index of ``text``, when the caller has it."""
    if search(_RE_DIGIT, text, a, b) is None:
        return []  # both date patterns hold a digit
    out: list[DateFound] = []
    for rx, starts in ((_RE_DATE_WORDS, _word_date_starts(text, a, b, index)), (_RE_DATE_NUM, _num_date_starts(text, a, b, index))):
        for m in cues.match_at(rx, text, starts, a, b, short=True):  # a date is a few tokens
            d = int(m.group("d"))
            mo = month_of(m.group("m")) if m.group("m") else _MONTH_WORDS[" ".join(m.group("mw").lower().split())]
            y = year_of(m.group("y")) if m.group("y") else None
            if not (1 <= d <= 31 and 1 <= mo <= 12):
                continue
            start, end = m.start(), m.end()
            if y is None and rx is _RE_DATE_NUM and (to := _RE_SPAN_END_YEAR.match(text, end, b)) is not None:
                y, end = int(to.group("y")) - (int(to.group("m")) < mo), to.end()
            tod, tod_span = m.group("tod") if rx is _RE_DATE_WORDS else None, None
            if rx is _RE_DATE_WORDS:
                tod_span = m.span("tod") if tod else None
            else:
                cue = _RE_DATE_CUE.search(text, max(a, start - 30), start)
                if cue is not None and (cue.group("from") or cue.group("count")):
                    # ("từ" and one day: no span of the meeting's days, "từ 5.5 lên ..."; nor a span longer than a meeting
                    # lasts, "Từ 01 - 10/12, Cụm đã tổ chức kiểm tra chéo")
                    last = cre.search(r"\d{1,2}", text[m.end("d"):m.start("sep")])
                    if last is None or not 0 < int(last.group(0)) - d <= 3:
                        cue = None
                if cue is not None and cue.group("mung") and not _opens_or_after_vao(text, a, cue.start()):
                    cue = None  # (a bare "mùng" mid-sentence names a day, no meeting's: "Dịp Tết, mồng 3/2 là ngày ...")
                cued = cue is not None
                if cue is not None:
                    start = cue.start()
                    tod = cue.group("tod")
                    tod_span = cue.span("tod") if tod else None
                if not cued and y is None:
                    continue
                if not cued and len(m.group("y")) == 2 and not _opens_or_after_vao(text, a, start):
                    continue  # (a year in two figures only in a date's place: "Ngày 20/12/23", "20-12-23, tại ...")
                if m.group("sep") == "." and not cued:
                    continue
            # (within the sentence: a heading above ends "số 2"; a document's date has no part of the day: "Khối thi đua
            # số 03, sáng ngày 27/7/2022 ...")
            # (but a day set off from the number by a comma and followed by the meeting's place ("tại") is the
            # meeting's: "Thực hiện Kế hoạch số 04/KH-CTĐ, ngày 18/01/2024, tại A, Cụm ... tổ chức"; a document's own day
            # runs on to its issuer or subject, "Quyết định số 12/QĐ-UBND, ngày 5/12/2024 của UBND tỉnh")
            if tod is None and _RE_DOC_DATE_BEFORE.search(text[max(a, start - 80):start]) \
                    and not _meeting_day_after_number(text, (start, end), b):
                continue
            back = max(a, m.start() - 80)
            before = text[back:m.start()]
            lunar = _RE_LUNAR_BEFORE_PAREN.search(before) if rx is _RE_DATE_NUM and before.rstrip().endswith(("(", "tức", "nhằm", "ngày")) else None
            if lunar is not None and not lunar.group("tod") and not _opens_or_after_vao(text, a, back + lunar.start()):
                lunar = None  # (a festival's or anniversary's lunar day: "kỷ niệm Giỗ Tổ Hùng Vương mùng 10 tháng 3 âm lịch (18/4)")
            if lunar is not None and tod is None and lunar.group("tod"):
                tod, tod_span = lunar.group("tod"), (back + lunar.start("tod"), back + lunar.end("tod"))
            if lunar is None and _RE_ANNIVERSARY_BEFORE.search(before) and not (_RE_TIME_BEFORE_PAREN.search(before)
                                                              and not _other_events_days(text, max(a, m.start() - 200), m.start())):
                continue
            if y is not None and not (1990 <= y <= 2100):
                continue
            if any(o.span[0] <= m.start() < o.span[1] for o in out):
                continue
            if tod is None and (after := _RE_TOD_AFTER.match(text, end, b)) is not None \
                    and _tod_after_is_the_meetings(text, a, start, after.end()):
                tod, tod_span = after.group("tod"), after.span("tod")
            out.append(DateFound(d, mo, y, _TOD_VALUE.get(tod.lower()) if tod else None, (start, end), tod_span))
    out.sort(key=lambda x: x.span[0])
    return out


def _dates(doc: Document, a: int, b: int) -> list[DateFound]:
    """``find_dates`` over the document, read once per range: the meeting sentence is read when
    it is chosen and again for its date. A new list each call (callers sort it)."""
    return list(doc.memo(("meeting.dates", a, b), lambda: [
        d for d in find_dates(doc.text, a, b, doc.cues) if not (_RE_DOCUMENT_BEFORE.search(doc.text, max(a, d.span[0] - 40), d.span[0])
                                                                and not _meeting_day_after_number(doc.text, d.span, b))
        and not _since(doc.text, a, d.span)]))


def _meeting_day_after_number(text: str, span: tuple[int, int], b: int) -> bool:
    """A day set off from a document's number by a comma and followed by the meeting's place ("tại") and the cluster as the
    clause's subject is the meeting's ("Thực hiện Kế hoạch số 04/KH-CTĐ, ngày 18/01/2024, tại A, Cụm ... tổ chức"; not "...,
    ngày 5/12/2024 của UBND tỉnh", "..., ngày 5/12/2023, tại hội nghị, các đơn vị ...", nor with the meeting's own day later
    in the sentence, "... tổ chức hội nghị vào ngày 18/01/2024")."""
    if _RE_COMMA_BEFORE_DAY.search(text, max(0, span[0] - 12), span[0]) is None \
            or _RE_MEETING_AFTER_DAY.match(text, span[1], b) is None:
        return False
    # (no other day stated in the rest of the sentence: that one is the meeting's, the one after the number the document's)
    stop = _RE_SENTENCE_STOP.search(text, span[1], b)
    return _RE_ANOTHER_DAY.search(text, span[1], stop.start() if stop else b) is None


# the day something began, not a day of the meeting: "kể từ ngày 1/7/2025", "vận hành ... từ ngày 1/7/2025", with no
# last day after it (not the first day of a meeting of several: "Trong 2 ngày, từ ngày 18/12/2024, ...")
_RE_SINCE_BEFORE = regex.compile(r"(?:(?<!\p{L})kể\s+|\b(?:bắt\s+đầu|vận\s+hành|áp\s+dụng|hiệu\s+lực|thực\s+hiện|hoạt\s+động)\b[^,.;]{0,50}?\s)"
                                 r"từ\s+(?:ngày\s+)?$", regex.I)
_RE_LAST_DAY_AFTER = regex.compile(r"\s*(?:đến|tới|-|–)\s*(?:ngày\s+)?\d", regex.I)


def _since(t: str, a: int, span: tuple[int, int]) -> bool:
    if not _RE_SINCE_BEFORE.search(t, max(a, span[0] - 70), span[0]):
        return False
    return not regex.search(r"đến|tới", t[span[0]:span[1]]) and not _RE_LAST_DAY_AFTER.match(t, span[1], span[1] + 12)


# a document's number right before a date: the date is the document's ("Quyết định số 1484/QĐ-UBND ngày 06/5/2019",
# "Công văn số 124/BTĐKT-NVH, ngày 31/05/2019"), not the meeting's
_RE_DOCUMENT_BEFORE = regex.compile(r"\bsố\s*\d+\s*/\s*[\p{L}\d]+(?:\s*-\s*[\p{L}\d]+)*\s*,?\s*(?:ngày\s*)?$", regex.I)


# --- which sentence states the meeting ----------------------------------------------------
# ("họp" held is the event: "đã tổ chức họp chấm điểm, bình xét thi đua")
# ("sự kiện" only as the meeting itself, the subject of its verb: "Sự kiện diễn ra ngày 28/02, tại X"; not "các sự kiện chính trị";
# and only after a sentence naming a meeting, _RE_EVENT_NAMED: not after "Cụm đã tổ chức Hội thao ...")
_EVENT = ("hội nghị", "lễ ký", "lễ ký kết", "buổi lễ", "cuộc họp", "buổi họp", "tổ chức họp", "tiến hành họp", "sơ kết", "tổng kết",
          "ký kết", "giao ước", "sự kiện diễn ra", "sự kiện được tổ chức",
          # (a giao ban held, the meeting's noun: "Khối ... tổ chức giao ban công tác thi đua 6 tháng đầu năm")
          "tổ chức giao ban", "tiến hành giao ban", "buổi giao ban", "họp giao ban")
_VERB = ("tổ chức", "diễn ra", "khai mạc", "tiến hành", "họp")
# (not a kind of event named in the plural or abroad: "bảo đảm an ninh các sự kiện chính trị, hội nghị quốc tế tổ chức tại ...")
_RE_EVENT = regex.compile(r"\b" + alternation(_EVENT) + r"\b(?!\s+quốc\s+tế\b)", regex.I)
_RE_THE_EVENT = regex.compile(r"\W*sự kiện\s", regex.I)
_RE_EVENT_NAMED = regex.compile(r"\b(?:hội nghị|buổi lễ|lễ ký|cuộc họp|buổi họp)\b", regex.I)
# a body sentence that tells of the meeting a caption shows (the caption's day read when no sentence states it): "Hội nghị
# đã/cũng ...", "Tại hội nghị, ...", "tại hội nghị này"; not another meeting named, "Hội nghị giao ban hằng quý được duy trì",
# "đã tổ chức 3 hội nghị chuyên đề"
_RE_THE_MEETING_TOLD = regex.compile(r"(?<!\p{L})(?:tại|trong)\s+hội\s+nghị(?=\s*[,.;:]|\s+(?:này|sơ kết|tổng kết)(?!\p{L}))"
                                     r"|(?<![\p{L}\d]\s*)hội\s+nghị\s+(?:(?:lần\s+)?này\s+)?(?:đã|cũng|đều)(?!\p{L})", regex.I)
_RE_VERB = regex.compile(r"\b" + alternation(_VERB) + r"\b", regex.I)
_RE_CLUSTER = regex.compile(r"\b(?:cụm|khối|(?<![-/–])(?-i:CTĐ|KTĐ)(?![/-]))\b", regex.I)
# each pattern runs only on a sentence the cue index says holds one of its words
_V_EVENT = cues.vocabulary("meeting.event", lambda: _EVENT)
_V_VERB = cues.vocabulary("meeting.verb", lambda: _VERB)
_V_TAI = cues.vocabulary("meeting.tai", lambda: ("tại",))
_V_FUTURE = cues.vocabulary("meeting.future", lambda: ("sẽ", "dự kiến"))
_RE_FUTURE_WORD = regex.compile(r"\b(?:sẽ|dự kiến)\b", regex.I)
# (not "in" a document: "các yêu cầu tại giao ước thi đua", "tại Quyết định số 12", "tại Điều 5")
# (nor the second syllable of a word: "tồn tại" (to exist, shortcomings), "hiện tại" (now))
# (not the "tại" a branch's name keeps, its name's words and no verb between: "Chi nhánh Viện thuốc lá tại Cao Bằng" in a list
# of members; "Chi nhánh Ngân hàng X tổ chức hội nghị tại Hội trường" places the meeting)
_RE_TAI = regex.compile(r"(?<!\p{L})(?<!\btồn\s)(?<!(?<!\bthực\s)\bhiện\s)"
                        r"(?<!(?-i:Phân hiệu|Chi nhánh|[Vv]ăn phòng đại diện|[Cc]ơ quan đại diện)(?:\s(?!(?:tổ|đăng|hội|tổng|sơ|ký|diễn|họp|đã|vừa|"
                        r"long|chính|năm|và|được|sẽ|đang|cùng|với|tiến|phối)(?!\p{L}))[\p{L}\d&-]+){1,8}\s)"
                        r"tại\s+(?!(?:hội nghị|buổi|lễ|cuộc họp|đây|chỗ|địa phương|đơn vị|các|(?-i:cơ sở)(?!\s+(?-i:[\d\p{Lu}]))|mỗi|từng|giao ước|bản giao ước|văn bản|kế hoạch"
                        r"|quyết định|công văn|báo cáo|chỉ thị|nghị quyết|nghị định|thông tư|hướng dẫn|điều|khoản|mục|phụ lục|"
                        # (a time, no place: "diễn ra tại thời điểm các địa phương đang chuẩn bị đón Tết")
                        r"thời điểm|thời gian|"
                        + TAI_IN_NAME + r")\b)", regex.I)


def _tai(doc: Document, s: Sentence):
    """The first venue word "tại" of the sentence (asked for the date, the venue and its fallback)."""
    return doc.memo(("meeting.tai", s.start, s.end), lambda: search(_RE_TAI, doc.text, s.start, s.end))


# a sentence that opens on a time before the meeting tells of an earlier event
_RE_RETROSPECT = regex.compile(
    r"\W*(?:trước đó|trong năm(?:\s+qua)?|năm qua|năm trước|thời gian qua|từ đầu năm|(?:trong\s+)?năm\s+(?:19|20)\d{2})\s*,", regex.I)


_RE_SO_KET_YEAR = regex.compile(r"sơ\s+kết(?:\s+(?!từ\b|đến\b)(?-i:\p{Ll}+)|\s*,){0,8}?\s+năm\s+(?P<y>(?:19|20)\d{2})\b(?!\s*[-–]|\s+đến\b)", regex.I)
# "Trong / Nhân dịp này, ...": the same occasion as a meeting stated before (not after another event: "Ngày 15/12, huyện A kỷ
# niệm ... Nhân dịp này, Cụm thi đua số 3 tổ chức hội nghị tổng kết")
# (the sentence before states the cluster's own meeting: its kind, or a meeting the cluster holds: "Cụm thi đua số 3 vừa tổ
# chức hội nghị bình xét"; not another body's event its units attend)
_RE_MEETING_OF_CLUSTER = regex.compile(r"\b(?:sơ kết|tổng kết|giao ước|ký kết thi đua)\b|\b(?:cụm|khối)\b[^.;]{0,40}?\b(?:vừa\s+|đã\s+)?(?:tổ chức|tiến hành)\s+(?:hội nghị|họp)\b", regex.I)
_RE_ON_THIS_OCCASION = regex.compile(r"\W*(?:cũng\s+)?(?:trong|nhân|vào)\s+dịp\s+này", regex.I)
_RE_GOES_ON = regex.compile(r"\W*(?:cũng\s+tại\s+(?:hội\s+nghị|buổi\s+lễ)|dịp\s+này|(?:hội\s+nghị|buổi\s+lễ)(?:\s+này)?\s+(?:cũng|còn)\b)", regex.I)
_RE_PAGE_DATE_WORDS = regex.compile(r"\b(?:cập nhật|ngày đăng|đăng lúc|đăng ngày|ngày cập nhật|update)\b", regex.I)
# what may stand beside the date in a sentence that states only the date: the time, the part of the day
_RE_DATE_WORDS_ONLY = regex.compile(r"(?:[\s,.:;()]|vào|lúc|hồi|giờ|phút|\d+|h|sáng|chiều|tối|trưa|ngày|mùng|mồng|hôm|thứ|hai|ba|tư|năm|sáu|bảy|chủ nhật)*",
                                     regex.I)


def _dated_lead(doc: Document, s: Sentence) -> Sentence | None:
    """The short sentence right before ``s`` in its paragraph when it holds only a date (and a place); or the
    one before that, when a short sentence without a date stands between ("Vào lúc 9 giờ ngày 29/02/2024.
    Phòng X đã tổ chức họp Khối thi đua 29. Thực hiện sơ kết ... tại Y.")."""
    # (the sentences are in text order: the two that end before s are found by their ends, not by a scan)
    ends = doc.memo("meeting.sentence_ends", lambda: [x.end for x in doc.sentences])
    i = bisect_right(ends, s.start)
    before = doc.sentences[max(0, i - 2):i]
    for k, prev in enumerate(reversed(before)):
        # (in its paragraph: no line break between, whether a line is one block or a text run together cut a sentence a block)
        if "\n" in doc.text[prev.end:s.start] or prev.end - prev.start > 80 and not (k == 0 and _dated_scene(doc, prev)):
            return None
        ds = _dates(doc, prev.start, prev.end)
        if ds and _RE_PAGE_DATE_WORDS.search(doc.text, prev.start, prev.end):
            return None  # the page's own date line ("Cập nhật ngày 11/01/2024.")
        if ds and k == 1:
            # two sentences back, the sentence is the date and nothing else ("Vào lúc 9 giờ 30 ngày 29 tháng 02 năm 2024.")
            rest = doc.text[prev.start:ds[0].span[0]] + doc.text[ds[0].span[1]:prev.end]
            if not _RE_DATE_WORDS_ONLY.fullmatch(rest):
                return None
        if ds:
            return prev
        if k == 0 and not _RE_CLUSTER.search(doc.text, prev.start, prev.end):
            return None  # (only a sentence naming the cluster may stand between)
    return None


def _dated_scene(doc: Document, prev: Sentence) -> bool:
    """A longer sentence right before the meeting's that sets its scene: one date, with its part of the day, and no event of
    its own ("Trời lạnh, nhưng không khí ở Hội trường UBND huyện A sáng 21/12 rất sôi nổi. Cụm thi đua số 1 tổng kết ...")."""
    # (nor an event of another kind, "hội thao", "hội thi", "liên hoan", nor a plan: _RE_EVENT_BEFORE_DAYS)
    if prev.end - prev.start > 200 or _RE_OTHER_ACT.search(doc.text, prev.start, prev.end) \
            or _RE_EVENT_BEFORE_DAYS.search(doc.text, prev.start, prev.end):
        return False
    ds = _dates(doc, prev.start, prev.end)
    # (the day told of the place, "ở/tại <place> sáng 21/12", no clause between: not a day of other people's deeds, "sáng 14/12
    # các đội xung kích vẫn có mặt tại hiện trường ...")
    # (and the place told of the scene, "không khí ở <place>" (meeting.json, scene_nouns): not the place of another deed, "đổ bộ
    # vào đất liền ở A sáng 7/9", "làm việc với các doanh nghiệp tại B sáng 12/12")
    return len(ds) == 1 and ds[0].tod_span is not None \
        and _place_before_day_re().search(doc.text, max(prev.start, ds[0].tod_span[0] - 120), ds[0].tod_span[0]) is not None


@lru_cache(maxsize=None)
def _place_before_day_re() -> "regex.Pattern[str]":
    return regex.compile(r"(?<!\p{L})" + alternation(lexicon.table("meeting.json")["scene_nouns"]) + r"\s+(?:ở|tại)\s+(?-i:\p{Lu})[^,.;:!?\n]{1,90}\s$", regex.I)


# a date opening a sentence as its adverbial, the clause after its comma ("Ngày 19/3/2024, thực hiện Hướng dẫn ...")
_RE_DATE_OPENS = regex.compile(r"\W*(?:(?:vào\s+)?(?:sáng|chiều|tối|trưa)\s+)?(?:ngày\s+)?(?:(?:mùng|mồng)\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?\s*,", regex.I)
# what makes the opening sentence another event's: a meeting, a document issued or signed
# (not the noun of what a document is about: "Hướng dẫn ... về tổ chức và hoạt động của các Cụm thi đua")
_RE_OTHER_ACT = regex.compile(r"\b(?:hội nghị|hội thảo|lễ|buổi|ban hành|ký|diễn ra|(?<!\bvề\s)tổ chức)\b", regex.I)


def _dated_paragraph_opening(doc: Document, s: Sentence) -> Sentence | None:
    """The first sentence of the meeting sentence's paragraph, when it opens on a date and tells no event of its own
    ("Ngày 19/3/2024, thực hiện Hướng dẫn số 09 của Viện X về ... . Cụm thi đua số 1 gồm ... . Hội nghị được thực hiện
    bằng hình thức trực tuyến ...")."""
    first = next((x for x in doc.sentences if x.block == s.block), None)
    if first is None or first.start >= s.start or not _RE_DATE_OPENS.match(doc.text, first.start, first.end):
        return None
    if _RE_OTHER_ACT.search(doc.text, first.start, first.end) or _RE_PAGE_DATE_WORDS.search(doc.text, first.start, first.end):
        return None
    return first if _dates(doc, first.start, first.end) else None


# the part of today, without a date after it ("Sáng nay, tại ...", "vào chiều hôm nay"): a date with it is read with the date
# (or of yesterday, or of a weekday, the day itself not stated: "Chiều qua, ...", "Tối hôm qua", "Sáng thứ Sáu (vừa qua), ...";
# not the noun "ánh sáng")
_RE_TOD_TODAY = regex.compile(r"(?<!\p{L})(?P<tod>sáng|chiều|tối|trưa)\s+(?:(?:ngày\s+)?hôm\s+)?nay(?!\p{L})(?!\s*[(,]?\s*(?:ngày\s+)?\d)", regex.I)
_RE_TOD_PAST = regex.compile(r"(?<!\p{L})(?<!\bánh\s+)(?P<tod>sáng|chiều|tối|trưa)\s+(?:(?:(?:ngày\s+)?hôm\s+)?qua|"
                             + _WEEKDAY + r"(?:\s+(?:vừa\s+)?qua)?)(?!\p{L})(?!\s*[(,]?\s*(?:ngày\s+)?\d)", regex.I)
# (the past part of the day only where it opens the clause, or after "vào": not a word "sáng" or "chiều" of another sense, "điểm
# sáng qua ...", "thông tin hai chiều qua ...", nor another event's time inside a clause, "buổi giao lưu tối qua", "chương trình
# \"Sáng thứ Hai xanh\"")
_RE_TOD_OPENS = regex.compile(r"(?:^|[,:(]|\bvào)\s*$", regex.I)
_RE_TOD_OPENS_CLAUSE = regex.compile(r"(?:^|[,:(])\s*(?:vào\s*)?$", regex.I)
# what makes a day that closes a headline another's than the meeting's: a comma before it, or a word that looks to it
_RE_NOT_THE_HEADLINES_DAY = regex.compile(r"(?:,|(?<!\p{L})(?:hướng tới|hướng về|chào mừng|kỷ niệm|nhân|đến|tới|từ|trước|sau))\s*$", regex.I)
# (nor where the headline before it tells of another event or a page's update: "..., thi đua chào mừng Đại hội ... ngày 20/8",
# "... Hội thao của Cụm sẽ diễn ra ngày 20/8", "... - cập nhật ngày 22/7")
_RE_HEADLINE_OTHER_EVENT = regex.compile(r"(?<!\p{L})(?:hướng tới|hướng về|chào mừng|kỷ niệm|nhân dịp|khai mạc|diễn ra|sẽ|cập nhật"
                                         r"|đại hội|hội thao|hội diễn|lễ hội|giải)(?!\p{L})", regex.I)
# a dateline, its place, the day and month, a news agency's tag and a dash, then the part of today that opens the lead
# ("Hà Nội, 15/12 (TTXVN) - Sáng nay, ...", "Cần Thơ, 9/1 - Hôm nay, ...")
_RE_DATELINE_TODAY = regex.compile(
    r"\W*(?-i:\p{Lu})[\p{L}.]*(?:\s+(?-i:\p{Lu})[\p{L}.]*){0,3}\s*,\s*(?P<date>(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})(?:\s*[/.-]\s*(?P<y>\d{4}))?)"
    r"\s*(?:\(\s*[^()\n]{1,20}\)\s*)?[-–—]\s*(?:vào\s+)?(?:(?:sáng|chiều|tối|trưa)\s+(?:hôm\s+)?nay|hôm\s+nay)(?!\p{L})", regex.I)
_RE_SAME_DAY_TOD = regex.compile(r"\W*(?:(?P<tod>sáng|chiều|tối)\s+)?cùng ngày\b", regex.I)


def _another_cluster_that_day(doc: Document, sents: list, k: int) -> bool:
    """"Cùng ngày, Cụm thi đua B tổ chức ...": a same-day sentence naming a cluster none of the sentences
    before it names (the same cluster's second session of the day is still its meeting)."""
    s = sents[k]
    if RE_SAME_DAY_OPENER.match(doc.text, s.start, s.end) is None:
        return False
    here = [cm for cm in mentions(doc, s.start, s.end) if cm.qualified]
    before = [cm for x in sents[:k] for cm in mentions(doc, x.start, x.end) if cm.qualified]
    if not here or not before:
        return False
    key = lambda cm: (cm.kind, cm.number) if cm.number is not None else fold(doc.text[cm.start:cm.end])
    return not {key(cm) for cm in here} & {key(cm) for cm in before}


# a sentence that goes on from the one before it in time, "Chiều cùng ngày, ...", "Ngay sau lễ khánh thành, ...", "Sau đó, ...",
# "Tiếp đó, ..." (a clause of a few words up to the comma)
_RE_SEQUEL_OPENS = regex.compile(r"\W*(?:(?P<same>(?:(?:sáng|chiều|tối)\s+)?cùng\s+ngày)|(?:ngay\s+)?sau\s+(?:đó|(?:lễ|buổi|khi|phần)\s+[^,.;:\n]{1,40}?)"
                                 r"|tiếp\s+(?:đó|theo))\s*,", regex.I)
# (a later step, not said to be the same day: "Sau đó, ...", "Tiếp theo, ..."; not "Ngay sau đó, ...")
_RE_LATER_STEP = regex.compile(r"\W*(?:sau\s+đó|tiếp\s+(?:đó|theo))\s*,", regex.I)


def _side_event_before(doc: Document, sents: list, k: int, said: dict) -> bool:
    """Sentence k, stating a meeting without a date of its own, goes on in time from the dated sentence before it, which tells
    another event of the cluster and no meeting ("Sáng 19/7, tại Sân vận động A, Khối ... tổ chức giải bóng đá. Chiều cùng ngày,
    Khối tổ chức hội nghị sơ kết ... tại B."): it states the meeting, on that day."""
    if k == 0 or k not in said["event"] or not _RE_SEQUEL_OPENS.match(doc.text, sents[k].start, sents[k].end):
        return False
    prev = sents[k - 1]
    if not (k - 1 not in said["event"] and k - 1 in said["cluster"] and bool(_dates(doc, prev.start, prev.end))
            and not _dates(doc, sents[k].start, sents[k].end)):
        return False
    # (its event the meeting's kind, not another "hội nghị": "Tiếp đó, Cụm tổ chức hội nghị tập huấn ...")
    if not search(_RE_MEETING_KIND_WORDS, doc.text, sents[k].start, sents[k].end):
        return False
    # (no sentence before it already states the cluster's meeting, the lead undated: "Vừa qua, Cụm ... tổ chức hội nghị tổng kết
    # ..." / "Ngày 14/4, Cụm phát động ... Tiếp đó, Cụm tổ chức ...": a review of the year)
    return not any(j in said["event"] and j in said["cluster"] and _RE_MEETING_OF_CLUSTER.search(doc.text, sents[j].start, sents[j].end)
                   for j in range(k - 1))


_RE_MEETING_KIND_WORDS = regex.compile(r"\b(?:sơ kết|tổng kết|giao ước|ký kết)\b", regex.I)


_RE_CLUSTER_ROLE_WORDS = regex.compile(r"(?<!\p{L})(?:" + ROLE_NOTE_WORDS + r")(?!\p{L})", regex.I)


def _names_only_a_role(doc: Document, s: Sentence) -> bool:
    """The sentence's cluster words are all a unit's role ("đơn vị Trưởng khối", "Cụm trưởng"): it names no cluster."""
    t = doc.text
    roles = [m.span() for m in finditer(_RE_CLUSTER_ROLE_WORDS, t, s.start, s.end)]
    return bool(roles) and all(any(a <= m.start() and m.end() <= b for a, b in roles) for m in finditer(_RE_CLUSTER, t, s.start, s.end))


def meeting_sentence(doc: Document) -> Sentence | None:
    best, best_score = None, 0
    # the meeting is stated near the top; a long article's later sentences only review the period
    sents = doc.body_sentences()[:14]
    said = {name: doc.cues.sentences_with(vocab, sents, word=False, pattern=rx) for name, vocab, rx in (
        ("event", _V_EVENT, _RE_EVENT), ("cluster", HEAD_WORDS, _RE_CLUSTER), ("tai", _V_TAI, _RE_TAI),
        ("verb", _V_VERB, _RE_VERB), ("future", _V_FUTURE, _RE_FUTURE_WORD))} if sents else {}

    # the headline written again on a line of its own above the lead is no sentence of the article
    title = next((doc.block_text(b).strip() for b in doc.blocks if b.kind == "title"), None)
    for k, s in enumerate(sents):
        event, cluster = k in said["event"], k in said["cluster"]
        if event and k > 0 and _RE_THE_EVENT.match(doc.text, s.start, s.end) and not _RE_EVENT_NAMED.search(doc.text, sents[k - 1].start, sents[k - 1].end):
            event = False  # "Sự kiện diễn ra ...": the event the sentence before names, a meeting only if it names one
        if cluster and event and _names_only_a_role(doc, s) and _RE_MEETING_PLACED.match(doc.text, s.start, s.end) \
                and not (search(_RE_MEETING_KIND_WORDS, doc.text, s.start, s.end) and _dates(doc, s.start, s.end)):
            cluster = False  # "Hội nghị được tổ chức tại X, đơn vị Trưởng khối": the host's role names no cluster
            # (one that names the meeting's kind and its date still states it: "Hội nghị tổng kết ... được tổ chức tại X, đơn
            # vị Cụm trưởng, vào sáng 20/12")
        if s.end - s.start < 25 or not (event or cluster):
            continue  # a dated sentence about something else (a match, a storm) is not the meeting
        if title is not None and doc.block_text(doc.blocks[s.block]).strip(" .") == title.strip(" ."):
            continue  # (a line of its own: the same words inside the lead paragraph still state the meeting)
        score = 0
        if k in said["tai"]:
            score += 2
        if event:
            score += 2
        if cluster:
            score += 2
        if k in said["verb"]:
            score += 1
        if k in said["future"]:
            score -= 3
        if _RE_RETROSPECT.match(doc.text, s.start, s.end) or _another_cluster_that_day(doc, sents, k):
            score -= 4  # "Năm 2023, hội nghị được tổ chức ngày ...", "Trước đó, ngày ...": an earlier event
        elif _RE_GOES_ON.match(doc.text, s.start, s.end) or _RE_ON_THIS_OCCASION.match(doc.text, s.start, s.end) \
                and any(j in said["event"] and j in said["cluster"] and _RE_MEETING_OF_CLUSTER.search(doc.text, sents[j].start, sents[j].end)
                        for j in range(k)):
            score -= 4  # "Hội nghị cũng đã bầu ...", "Dịp này, ...": what the meeting stated before also did
        # a date adds 3: read only for a sentence it can make win (the points are whole numbers, added
        # in any order to the same sum, before the fraction for the position)
        # (or a short sentence of its paragraph that states only the date before it: see _dated_lead)
        # (not the date of a short sentence before a later step, "Ngày 20/3, Cụm phát động ... Tiếp đó, Cụm tổ chức hội nghị ...")
        if (score + 3) - k * 0.05 > best_score and (_dates(doc, s.start, s.end) or _dated_lead(doc, s) is not None
                                                     and not _RE_LATER_STEP.match(doc.text, s.start, s.end)
                                                     or _side_event_before(doc, sents, k, said)):
            score += 3
        score -= k * 0.05  # earlier sentences win ties
        if score > best_score:
            best, best_score = s, score
    return best if best_score >= 4 else None


# --- venue ---------------------------------------------------------------------------------
_ADMIN = r"(?:tỉnh|thành phố|TP\.?|huyện|quận|thị xã|thị trấn|xã|phường)"
# "đơn vị" and a cluster role right after a place, the place's own unit holding it ("tại xã A đơn vị Trưởng khối ...")
_UNIT_ROLE_AFTER = r"\s+đơn\s+vị\s+(?P<role>(?:phó\s+)?(?:trưởng\s+(?:cụm|khối)|(?:cụm|khối)\s+(?:trưởng|phó)))\b"
_RE_VENUE_STOP = regex.compile(
    # (a comma before the place's province or district, or before the military body a unit belongs to,
    # "Lữ đoàn 604, Quân khu 2", ends no venue)
    # (a unit named by its level, "Huyện đoàn B", "Tỉnh ủy", "Quận đội", is the next clause's subject, no place: "tại xã A,
    # Huyện đoàn B (Cụm trưởng) tổ chức ...")
    # (in capitals after a district's or province's word too, "Huyện Đoàn B"; not a commune's or ward's name, "xã Đoàn Kết")
    r",(?!\s*" + _ADMIN + r"\s+(?!(?-i:đoàn|ủy|uỷ|đội)\b|(?<=(?i:huyện|tỉnh|quận)\s+)(?-i:Đoàn|Ủy|Uỷ|Đội)\b)(?:\p{Lu}|\d{1,2}(?!\d))|\s*(?-i:Quân khu|Quân đoàn|Binh đoàn|Sư đoàn|Bộ Tư lệnh)\s+[\p{Lu}\d]|\s*(?-i:(?:Bộ Chỉ huy\s+)?(?:Bộ đội Biên phòng|BĐBP)|Bộ Chỉ huy(?:\s+Quân sự)?)\s+(?:tỉnh|thành phố)\s+\p{Lu})|;|(?<!\b(?:TP|Tp|TX|TT))\.(?=\s|$)" + NOT_PLACE_ABBREVIATION + r"|:|\s+(?-i:đã|đang|sẽ|được|diễn ra|" + TO_CHUC + r"|với sự|với|dưới sự|do|để|nhằm|cùng|thành công"
    # (the meeting's own act right after the place: "họp tại TX. Hà Tiên, tỉnh A chấm điểm và tổng kết ...")
    r"|tổng kết|sơ kết|chấm điểm|ký kết|ký giao ước|bình xét|tiến hành|đánh giá|thống nhất|triển khai"
    # (whom the event is for: "... tại thành phố A cho 45 cán bộ Hội")
    r"|(?:dành\s+)?cho(?=\s+(?:\d|(?:các|toàn\s+thể|gần|hơn|trên)\s)))\b"
    # ("vừa" the adverb, not the size: "Khu công nghiệp vừa và nhỏ")
    r"|(?<!\bvà)\s+(?-i:vừa)\b(?!\s+và\b)"
    r"|\s+(?=(?:sáng|chiều|tối|ngày)\s+\d)"
    # (a second meeting joined by "và": "tại huyện A và hội nghị tổng kết ... tại huyện B")
    r"|\s+(?=và\s+(?:hội nghị|buổi lễ|lễ|cuộc họp)\s+(?:sơ kết|tổng kết|ký kết|giao ước)\b)"
    # (the other sites an online meeting is linked to: "từ điểm cầu chính tại A đến các điểm cầu ...", "tại A và 8 điểm cầu
    # ...", "tại A kết nối với ...")
    r"|\s+(?=(?:đến|tới|và)\s+(?:\S+\s+){0,2}?điểm\s+cầu\b|(?:được\s+)?kết\s+nối\b)"
    # (or the online part of a hybrid meeting: "trực tiếp tại A và trực tuyến tới ...", "tại A kết hợp (với hình thức) trực
    # tuyến đến ...")
    # (the online part in lower case, and no owner after it: not a room's name, "Trung tâm Hội nghị và Trực tuyến tỉnh", "Phòng
    # Giao ban và Trực tuyến của Văn phòng UBND tỉnh")
    r"|\s*,?\s+(?=(?:và|kết\s+hợp)\s+(?:với\s+)?(?:(?:theo\s+)?hình\s+thức\s+)?(?-i:trực\s+tuyến)\b(?!\s+của\b))"
    # (a place's province in brackets closes it, the next clause's subject after it: "tại TP. Đà Lạt (Lâm Đồng) Công đoàn A ...")
    # (read by find_venue: only when the bracket holds a place, "(tỉnh Lâm Đồng)", "(TP.HCM)"; not "Xổ số kiến thiết (XSKT) Cà Mau")
    r"|\s*\((?=[^()]{2,30}\)\s+(?-i:\p{Lu}))"
    # (or its time after "vào": "tại thành phố A vào ngày 11/7", "vào sáng 12/7", "vào lúc 8 giờ", "vào tháng 3")
    r"|\s+(?=(?-i:vào)\s+(?:(?:sáng|chiều|tối|lúc|hồi)\s+|ngày\s+|tháng\s+\d|\d))"
    # the cluster named right after the place, no comma between ("tại huyện A Cụm thi đua ...")
    # (not its role word, "- đơn vị Cụm trưởng"; in lower case with its "thi đua"; not inside a role note in brackets)
    # (not a bloc that owns the place, the cluster named after it: "tại Hội trường Khối Dân vận huyện A Cụm thi đua số 2 ...")
    # (nor the bloc's party committee or union that owns the place: "Hội trường Đảng ủy Khối các cơ quan tỉnh")
    r"|(?<!\([^()]{0,40})(?<!\b(?:[uủ]y|Đoàn|đoàn))\s+(?=(?-i:Cụm|Khối)\s(?!(?i:trưởng|phó)\b)(?!(?:(?!\b(?:tổ chức|tiến hành)\b)[^,.;()]){0,60}\s(?:cụm|khối)\s+thi\s+đua\b))"
    r"|(?<!\([^()]{0,40})\s+(?=(?:cụm|khối)\s+thi\s+đua\b)"
    # (or the cluster's role opening the subject, no comma between: "tại xã A Trưởng khối thi đua các xã ... đã tổ chức";
    # after the place's own capitalised word: not a role note after a dash, "đơn vị" or in brackets, which role_note reads:
    # "Hội trường Sở X - Trưởng khối")
    # (or "đơn vị" and the role, the place's own unit holding it: "tại xã A đơn vị Trưởng khối thi đua các xã ...", read below)
    r"|(?<=(?-i:\p{Lu})\p{Ll}*)(?=" + _UNIT_ROLE_AFTER + r")"
    r"|(?<=(?-i:\p{Lu})\p{Ll}*)(?<!\b(?i:phó))\s+(?=(?-i:Phó\s+Trưởng|Phó\s+trưởng|Trưởng|Cụm|Khối)\s+(?:(?<=(?i:trưởng)\s+)(?:cụm|khối)|(?<=(?i:cụm|khối)\s+)(?:trưởng|phó))\b)",
    regex.I,
)


_RE_ENDS_ON_VERB = regex.compile(r"\s(?:chủ trì|đồng chủ trì|điều hành|phát biểu|báo cáo|trình bày|tổ chức|đăng cai|chỉ đạo|dự|tham dự)$", regex.I)
_RE_ROOM = regex.compile(r"(?:hội trường|phòng họp|phòng hội nghị|phòng hội thảo|phòng làm việc|phòng truyền thống|phòng khánh tiết|phòng giao ban)\b", regex.I)


# a part of the building between a room and its unit: "tầng 5", "nhà A", "tòa nhà B" (up to its comma)
_RE_BUILDING_PART = regex.compile(r"\s*(?:tầng|nhà|tòa\s+nhà|khối\s+nhà|tòa|khu|dãy|lầu)\s+[\p{L}\d]{1,6}(?=\s*,)", regex.I)
# (its label a code of capitals and figures, "nhà B2", "khu A", "tầng 3": not a word, "nhà khách", "nhà Văn hóa")
_RE_BUILDING_PART_BARE = regex.compile(r"\s*(?:tầng|nhà|tòa\s+nhà|khối\s+nhà|tòa|khu|dãy|lầu)\s+(?-i:\p{Lu}{1,2}\d{0,3}|\d{1,3}\p{Lu}?)\s+", regex.I)
_RE_SEAT_WORD = regex.compile(r"\s*trụ\s+sở\s+(?=\p{Lu})", regex.I)


@lru_cache(maxsize=None)
def _building_named_re():
    """A building word of lexicons/facilities.txt before a capitalised name, after a room's comma ("Tòa nhà Liên cơ quan")."""
    return regex.compile(r"\s*(?:" + facilities_alt() + r")\s+(?=(?-i:\p{Lu}))", regex.I)


# a proper name in brackets, its words capitalised (not an acronym, not a building's part): "(Ariyana)", "(Thành Công)"
_RE_PROPER_NAME_IN_BRACKETS = regex.compile(r"\s*(?-i:\p{Lu}\p{Ll}+)(?:\s+(?-i:\p{Lu}\p{Ll}+)){0,3}\s*\)")
_RE_BRANCH_OF_PLACE = regex.compile(r"chi\s+nhánh\s+", regex.I)
_RE_PLACE_KIND_OPENS = regex.compile(r"\s*(?:tỉnh|thành phố|TP\.?|huyện|quận|thị xã)\s*", regex.I)


def _subject_after_bracket(t: str, a: int, b: int) -> bool:
    """The unit after the bracket opened before ``a`` is the clause's subject, not the rest of the place's name: after a
    proper name ("(Ariyana) Sở Văn hóa ..."), or after an acronym when the unit carries its role or its verb before any comma
    ("(TTHN) Sở Tư pháp - Cụm trưởng ... tổ chức"; not "(SCIC) Chi nhánh phía Nam, Khối ... tổ chức")."""
    close = t.find(")", a, b)
    after = t[close + 1:b].lstrip()
    if close < 0 or not starts_with_unit_head(after[:60]):
        return False
    # (a branch named by its place after a bank's or company's brand goes on naming it: "Ngân hàng TMCP A Việt Nam (Vietcombank)
    # Chi nhánh B"; not a branch named by its unit, "(Ariyana) Chi nhánh Ngân hàng ... tổ chức")
    branch = _RE_BRANCH_OF_PLACE.match(after)
    if branch is not None and not starts_with_unit_head(after[branch.end():branch.end() + 40]):
        return False
    if _RE_PROPER_NAME_IN_BRACKETS.match(t, a, b):
        return True
    comma = after.find(",")
    clause = after if comma < 0 else after[:comma]
    return cre.match(r"\s*(?-i:\p{Lu}[\p{Lu}&.]{1,9})\s*\)", t[a:close + 1]) is not None \
        and cre.search(r"[-–]\s*(?:đơn vị\s+)?(?:cụm|khối|trưởng|phó)\b|\btổ chức\b", clause, regex.I) is not None


def _place_in_brackets(t: str, a: int, b: int) -> bool:
    """The bracket opened before ``a`` holds a place the gazetteer knows ("(Lâm Đồng)", "(tỉnh Lâm Đồng)", "(TP.HCM)")."""
    close = t.find(")", a, b)
    if close < 0:
        return False
    inner = t[a:close].strip()
    kind = _RE_PLACE_KIND_OPENS.match(inner)
    return gazetteer.is_place(inner) or gazetteer.province_of(inner) is not None \
        or (kind is not None and gazetteer.is_place(inner[kind.end():]))


# (events of others held there: "phục vụ các hội nghị quốc tế tổ chức tại Hà Nội")
_RE_OTHER_EVENTS_HELD = regex.compile(r"\b(?:các|những)\s+(?:hội nghị|sự kiện|hoạt động)\b[^.;]{0,40}?\b(?:tổ chức|diễn ra)\s*$", regex.I)
_RE_THE_COUNTRY = regex.compile(r"(?:Việt Nam|nước ta|trong nước|nước ngoài)(?:\s+(?:trong|năm|những|các|và)\b.*)?$", regex.I)
_RE_SUBJECT_VERB_AT = regex.compile(r"\s*(?:đã|vừa|đang)?\s*(?:tổ\s+chức|long\s+trọng|phối\s+hợp|họp|sơ\s+kết|tổng\s+kết|ký\s+kết)\b", regex.I)


def _past_role_note(doc: Document, unit: tuple[int, int], end: int) -> int | None:
    """Where the place ends when the room's unit carries its role note before the comma ("tại Hội trường A, Trường X (đơn vị
    Trưởng khối), Khối ... tổ chức", "..., Sở Y - đơn vị Cụm trưởng, Cụm ..."): past the note, which role_note reads off the
    venue; None when no role note follows the unit (the unit is then the subject of the clause)."""
    sh = shadow(doc)
    c = sh.find(",", unit[1], end)
    c = c if c >= 0 else len(doc.text[:end].rstrip(" ."))
    cut, role = role_note(doc.text[unit[0]:c])
    if role is None or doc.text[unit[0] + cut:unit[1]].strip():
        return None
    return c


_RE_ADDRESS_BRACKET = regex.compile(r"\s*\([^()\n]{1,80}\)")


@lru_cache(maxsize=None)
def _facility_alone_re():
    return regex.compile(r"\s*(?:" + facilities_alt() + r")(?:\s+của)?(?:\s+(?:đơn\s+vị|cơ\s+quan))?[\s,]*", regex.I)


def find_venue(doc: Document, s: Sentence) -> Found | None:
    t = doc.text
    m = _tai(doc, s)
    if not m:
        return None
    a = m.end()
    # (on the shadow text: a comma inside a unit's name, "Sở Văn hóa, Thể thao và Du lịch", ends no place)
    stop = search(_RE_VENUE_STOP, shadow(doc), a, s.end)
    # (a bracket ends the place when it holds a place, or when a unit, the clause's subject, follows it: "Trung tâm Hội nghị
    # Quốc tế (Ariyana) Sở Văn hóa ... tổ chức"; not "Công ty Xổ số kiến thiết (XSKT) Cà Mau")
    while stop is not None and stop.group(0).lstrip().startswith("(") and not _place_in_brackets(t, stop.end(), s.end) \
            and not _subject_after_bracket(t, stop.end(), s.end):
        stop = search(_RE_VENUE_STOP, shadow(doc), t.find(")", stop.end(), s.end) + 1, s.end)  # (a bracket inside a name)
    b = stop.start() if stop else s.end
    # a room, then its unit after a comma ("hội trường tầng 3, Sở Tài chính, Cụm ... tổ chức"): one place,
    # when the unit phrase ends at the next comma (otherwise the unit is the sentence's subject)
    room = _RE_ROOM.match(t, a, b) if stop and t[b] == "," else None
    # (past the building's parts, or with the seat's word: "Hội trường tầng 5, nhà A, Bệnh viện X", "phòng họp số 2, trụ sở
    # Tỉnh ủy")
    if room and not unit_head_ci_re().search(t, room.end(), b):
        p = stop.end()
        while (bp := _RE_BUILDING_PART.match(t, p, s.end)) is not None:
            p = bp.end() + 1
        # (the last part written straight before its unit, no comma: "phòng họp tầng 3, nhà B2 Trường Đại học X")
        if p != stop.end() or _RE_BUILDING_PART_BARE.match(t, p, s.end) is not None:
            bp = _RE_BUILDING_PART_BARE.match(t, p, s.end)
            if bp is not None and starts_with_unit_head(t[bp.end():bp.end() + 40]) and t[bp.end():bp.end() + 1].isupper():
                p = bp.end()
        seat = _RE_SEAT_WORD.match(t, p, s.end)
        # (or a building of the room's, named by a building word of lexicons/facilities.txt: "Hội trường tầng 2, Tòa nhà Liên
        # cơ quan tỉnh", "Phòng họp số 1, Trụ sở Hợp khối các Sở")
        building = _building_named_re().match(t, p, s.end) if seat is None else None
        q = seat.end() if seat else building.end() if building else p
        if (seat or building or p != stop.end()) and starts_with_unit_head(t[q:q + 40]):
            unit = unit_after(doc, q, s.end)
            if unit and (t[unit[1]:unit[1] + 1] == "," or not t[unit[1]:s.end].strip(" .")) \
                    and not _RE_ENDS_ON_VERB.search(t, unit[0], unit[1]):
                b = unit[1]
                room = None  # (read)
            elif unit and (noted := _past_role_note(doc, unit, s.end)) is not None:
                b = noted
                room = None
        elif (seat or building) and t[q:q + 1].isupper():
            # (the building's own name, no unit: up to the place's end, the sentence's or a comma's)
            nxt = search(_RE_VENUE_STOP, shadow(doc), q, s.end)
            e = nxt.start() if nxt is not None else s.end
            name = t[q:e].rstrip(" .")
            if name and len(name) <= 60 and (nxt is None or t[e] in ",.") and not _RE_ENDS_ON_VERB.search(name):
                b = q + len(name)
                room = None
    if room and not unit_head_ci_re().search(t, room.end(), b) and starts_with_unit_head(t[stop.end():stop.end() + 40]):
        unit = unit_after(doc, stop.end(), s.end)
        # (or the sentence ends with it: "... diễn ra Hội nghị tại phòng họp A.905, Trường Đại học X."; not a unit and
        # its verb: "tại phòng họp tầng 2, Sở Tài chính chủ trì.")
        # (past the unit's address in brackets: "tại phòng họp số 2, Văn phòng UBND tỉnh (số 1 đường A).")
        # (not a role note, which _past_role_note reads: "(đơn vị Cụm trưởng)")
        addr = _RE_ADDRESS_BRACKET.match(t, unit[1], s.end) if unit else None
        if addr is not None and (t[addr.end():s.end].strip(" .") or role_note(t[unit[0]:addr.end()])[1] is not None
                                 or cre.search(r"\b(?:cụm|khối|trưởng|phó)\b", addr.group(0), regex.I)):
            addr = None
        rest = addr.end() if addr is not None else (unit[1] if unit else 0)
        if unit and (t[rest:rest + 1] == "," or not t[rest:s.end].strip(" .")
                     and not _RE_ENDS_ON_VERB.search(t, unit[0], unit[1])):
            b = unit[1]
        elif unit and (noted := _past_role_note(doc, unit, s.end)) is not None:
            b = noted
    # the place's street address after its comma goes with it, and the district and city written after the address
    # ("trụ sở Bộ X, số 12 - 14 phố A, Hà Nội"; not a count after the place, "tại Hà Nội, 30 đơn vị ...")
    if stop is not None and t[b:b + 1] == ",":
        b = _past_street_address(doc, b, s.end)
    # a date right after the place ends it
    for d in _dates(doc, a, b):
        b = min(b, d.span[0])
    # the clause's subject after the place's comma, a unit running to its verb: "tại Bộ Chỉ huy BĐBP tỉnh A, Bộ Tư lệnh
    # BĐBP đã tổ chức ..." (the room's unit is read above)
    if room is None and _RE_SUBJECT_VERB_AT.match(t, b, s.end):
        c = shadow(doc).rfind(",", a, b)
        q = c + 1 + len(t[c + 1:b]) - len(t[c + 1:b].lstrip()) if c > a else -1
        if q > 0 and t[q:q + 1].isupper() and starts_with_unit_head(t[q:q + 40]) and unit_after(doc, q, s.end) == (q, len(t[:b].rstrip())):
            b = c
    v = t[a:b].strip(" ,").rstrip(" ,-–—")
    # (the "và" of a second clause cut at its act or date: "tại huyện A và tổng kết năm ngày 19/12 tại huyện B")
    v = cre.sub(r"\s+và$", "", v)
    # a role note after the place ("Hội trường Sở X - Trưởng khối") assigns the role to the unit
    # the place names; a trailing parenthetical ("(tỉnh Y)") is no part of it
    cut, role = role_note(v)
    if role and _facility_alone_re().fullmatch(v[:cut]) and v[cut:].lstrip()[:1] not in "(-–—":
        # (a place named by the role's holder alone, a building word of lexicons/facilities.txt and no unit before the role: "tại
        # trụ sở đơn vị Cụm trưởng", "tại hội trường Khối trưởng": the role's words are the place's, no note; a unit in lower case
        # still holds the role, "tại trụ sở ủy ban nhân dân xã đơn vị Cụm trưởng")
        role = None
    elif role:
        v = v[:cut].rstrip(" ,-")
    elif (after := _RE_UNIT_ROLE_AFTER.match(t, b, s.end)) is not None and not cre.match(r"\s+năm\s", t[after.end():after.end() + 6]):
        # "tại xã A đơn vị Trưởng khối ...": the place's unit holds the role (a role of a year of its own is read with it elsewhere)
        role = role_of_note(after.group("role"))
    if role:
        unit = _last_unit(doc, a, a + len(v)) or (Found(v, a, a + len(v)) if cre.match(r"(?:xã|phường|thị\s+trấn|huyện|quận|thị\s+xã)\s", v, regex.I) else None)
        if unit is not None:
            doc.memo("meeting.venue_role", lambda: (role, unit))
    v = cre.sub(r"\s*\([^()]*\)$", "", v)
    # a bracket the venue's end left open holds the place's address ("Khu K9 (Đá Chông, Ba Vì, Hà Nội)"): it goes too
    if v.count("(") > v.count(")"):
        v = v[:v.rfind("(")].rstrip(" ,-")
    if not v or len(v) > 120 or not cre.match(r"[\p{Lu}\p{Ll}]", v):
        return None
    if _RE_THE_COUNTRY.match(v) or _RE_OTHER_EVENTS_HELD.search(t, max(s.start, m.start() - 80), m.start()):
        return None  # the country: where other events are held ("các hội nghị quốc tế tổ chức tại Việt Nam"), no meeting's place
    # "tại Cụm thi đua X": within the cluster, no place (a street's "khối" has no "thi đua": "tại Khối 5")
    if cre.match(r"(?:cụm|khối)\s+thi\s+đua\b", v, regex.I):
        return None
    if _RE_ANY_UNIT.fullmatch(v):
        return None  # "nhiệm vụ chính trị tại cơ quan, đơn vị": any unit at all, no place
    return Found(v, a, a + len(v))


# a street address: its house number ("số 58 - 60", "số 12A", "số 5/2") and the street's capitalised name
# (or the bare house number before a street's name of two capitalised words or more, "58 Quán Sứ", "12A Lê Lợi"; read by
# _past_street_address, which takes no unit, cluster or count for a street: "tại Hà Nội, 30 Sở Nội vụ ...")
_RE_STREET_ADDRESS = regex.compile(r",\s*(?:số\s+\d+[A-Za-z]?(?:/\d+)*(?:\s*[-–,]\s*\d+[A-Za-z]?(?:/\d+)*)*\s+(?:(?:đường|phố|đại\s+lộ)\s+)?"
                                   r"|(?:số\s+)?\d+[A-Za-z]?(?:/\d+)*(?:\s*[-–]\s*\d+[A-Za-z]?)?\s+(?:đường|phố|đại\s+lộ)\s+"
                                   r"|(?P<bare>(?!(?:19|20)\d\d\b)\d{1,4}(?-i:[A-Z])?(?:/\d+)*(?:\s*[-–]\s*\d{1,4}(?-i:[A-Z])?)?\s+)(?=(?-i:\p{Lu})\p{Ll}*\s+(?-i:\p{Lu})))"
                                   r"(?P<street>(?-i:\p{Lu})[\p{L}\d]*(?:\s+(?-i:[\p{Lu}\d])[\p{L}\d]*){0,4})(?=\s*(?:[,.;]|$))", regex.I)
_RE_ADDRESS_PLACE = regex.compile(r",\s*(?P<kind>(?:tỉnh|thành phố|TP\.?|huyện|quận|thị xã|phường|xã)\s+)?"
                                  r"(?P<name>(?-i:\p{Lu})[\p{L}.]*(?:\s+(?-i:\p{Lu})[\p{L}]*){0,3})(?=\s*(?:[,.;]|$))", regex.I)


_RE_NOT_A_STREET = regex.compile(r"(?:cụm|khối|trưởng|phó|đồng chí|đại biểu|đơn vị|thành viên)(?!\p{L})", regex.I)


def _past_street_address(doc: Document, b: int, end: int) -> int:
    """Where the place ending at the comma ``b`` ends with its street address after that comma, and the places the address
    goes on to (a district, the city: each a place the gazetteer knows); ``b`` when no address follows."""
    t = doc.text
    if not t.startswith("số", b + 1 + len(t[b + 1:b + 4]) - len(t[b + 1:b + 4].lstrip())) and not t[b + 1:b + 4].strip()[:1].isdigit():
        return b  # (the address opens with its number: most commas open none)
    m = _RE_STREET_ADDRESS.match(t, b, end)
    if m is None:
        return b
    if m.group("bare") is not None and (starts_with_unit_head(m.group("street")) or _RE_NOT_A_STREET.match(m.group("street"))):
        return b  # (a count of units or of the cluster's, no street: "tại Hà Nội, 30 Sở Nội vụ", "12 Cụm trưởng")
    b = m.end()
    while (p := _RE_ADDRESS_PLACE.match(t, b, end)) is not None and (
            gazetteer.is_place(p.group("name")) or gazetteer.province_of(p.group("name")) is not None):
        b = p.end()
    return b


# a kind of unit in general, named by no name ("cơ quan", "các đơn vị", "cơ quan, đơn vị", "địa phương")
_RE_ANY_UNIT = regex.compile(r"(?:(?:các|mỗi|từng)\s+)?(?:cơ quan|đơn vị|địa phương|cơ sở)(?:\s*(?:,|và)\s*(?:cơ quan|đơn vị|địa phương|cơ sở))*"
                             r"(?:\s+(?:mình|đó|này))?", regex.I)


_RE_UNIT_ROLE_AFTER = regex.compile(_UNIT_ROLE_AFTER, regex.I)


@lru_cache(maxsize=None)
def _facility_re():
    """A room or building a unit owns, before that unit's capitalised name ("Hội trường tầng 5 Trường X")."""
    return regex.compile(r"(?:" + facilities_alt() + r")\s+(?=(?-i:\p{Lu}))", regex.I)


def _last_unit(doc: Document, a: int, b: int) -> Found | None:
    """The unit a place names: the last unit phrase in it ("Hội trường Sở Công Thương" -> "Sở Công Thương")."""
    t = doc.text
    # (a head right after another goes on naming the same unit: "Trường Đại học X", "Công ty Điện lực Y"; past the room or
    # building the unit owns: "Nhà văn hóa Công ty Z")
    fac = _facility_re().match(t, a, b)
    heads = [m for m in unit_head_ci_re().finditer(t, fac.end() if fac else a, b) if t[m.start()].isupper()]
    starts = [m.start() for i, m in enumerate(heads) if i == 0 or t[heads[i - 1].end():m.start()].strip()]
    if not starts:
        return None
    x = starts[-1]
    return Found(t[x:b].strip(), x, x + len(t[x:b].strip()))


# --- kind and period ---------------------------------------------------------------------
# (a year glued to "năm" by a lost space, "năm2020", is a year too)
_RE_YEAR = regex.compile(r"(?:\b|(?<=\bnăm))(?:19|20)\d{2}\b", regex.I)
_RE_SCHOOL_YEAR = regex.compile(r"năm học\s+((?:19|20)\d{2})\s*[-–/]\s*((?:19|20)\d{2})", regex.I)
# (a mass organisation's term of office is one too: "nhiệm kỳ 2017 - 2022")
# (not the term of the congress to come: "chào mừng Đại hội Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2025 - 2030"; the term reviewed
# "giữa hai kỳ đại hội, nhiệm kỳ 2019 - 2024" is one)
# (the lookbehind checked after "nhiệm kỳ", a fixed 8 letters, has its words inside it: the same test as one before them, not
# run at every position of a search)
_RE_TERM = regex.compile(r"(?:giai đoạn|nhiệm kỳ(?<!\bchào mừng\b[^.;]{0,80}nhiệm kỳ))\s+((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})", regex.I)
# a review of N years of carrying out a law, a directive or a movement, right after the kind word
_YEARS_IN_WORDS = {"hai": 2, "ba": 3, "bốn": 4, "năm": 5, "mười": 10, "mười lăm": 15, "hai mươi": 20}
_RE_YEARS_OF = regex.compile(r"\s+(?P<n>\d{1,2}|" + "|".join(sorted(_YEARS_IN_WORDS, key=len, reverse=True)) + r")\s+năm\s+"
                             r"(?:thực\s+hiện|triển\s+khai|thi\s+hành|hoạt\s+động)\b", regex.I)
# an interim review of the months or years a reform, a model or a law has been carried out, not of a part of the year:
# "sơ kết 6 tháng thực hiện mô hình chính quyền địa phương 2 cấp", "sơ kết 01 năm vận hành ..." (its clause names no year
# reviewed: not "sơ kết 6 tháng thực hiện phong trào thi đua năm 2024")
_RE_REFORM_MONTHS = regex.compile(r"\s+(?:\d{1,2}|một|hai|ba|bốn|sáu|chín)\s+(?:tháng|năm)\s+(?:thực\s+hiện|triển\s+khai|thi\s+hành|vận\s+hành|"
                                  r"hoạt\s+động|áp\s+dụng)(?!\p{L})(?P<rest>(?:(?!\s(?:và|đồng\s+thời)\s)[^,.;:\n])*)", regex.I)
_RE_YEAR_NAMED = regex.compile(r"(?<!\p{L})năm\s+(?:19|20)\d{2}(?!\d)", regex.I)


@lru_cache(maxsize=None)
def _year_work_re() -> "regex.Pattern[str]":
    # the year's own work carried out (meeting.json year_work_nouns): "6 tháng thực hiện nhiệm vụ", "9 tháng thực hiện kế hoạch"
    return regex.compile(r"\s*(?:các\s+|những\s+)?" + alternation(lexicon.table("meeting.json")["year_work_nouns"]) + r"(?!\p{L})", regex.I)


def _reform_review(t: str, end: int, b: int) -> bool:
    """The review word ending at ``end`` reviews the months or years of carrying out a reform, no year named in its clause
    (not the year's own work, its months a part of the year: "sơ kết 6 tháng thực hiện nhiệm vụ, phong trào thi đua năm 2024")."""
    m = _RE_REFORM_MONTHS.match(t, end, b)
    return m is not None and _RE_YEAR_NAMED.search(m.group("rest")) is None and not _year_work_re().match(m.group("rest"))


# a tổng kết of a year's emulation ("tổng kết công tác thi đua, khen thưởng năm 2025", "tổng kết năm 2025"): its year the
# first written after it, no event, stage or term reviewed before that year ("tổng kết giải bóng đá mini năm 2024", "tổng kết
# đợt thi đua cao điểm", "tổng kết 5 năm thực hiện Chỉ thị", "giai đoạn 2020 - 2025", "năm học"), not a stretch of years
_RE_YEARS_REVIEW = regex.compile(r"(?P<gap>[^.;:!?\n]{0,80}?)(?<!\p{L})năm\s+(?:19|20)\d{2}(?!\d)(?!\s*[-–/]\s*(?:19|20)?\d{2})", regex.I)
_RE_NOT_A_YEARS_REVIEW = regex.compile(r"(?<!\p{L})(?:hội thao|hội diễn|hội thi|liên hoan|giải|cuộc thi|đợt|giai đoạn|nhiệm kỳ|năm học|"
                                       r"(?:\d{1,2}|một|hai|ba|bốn|năm|mười)\s+năm|tháng|quý)(?!\p{L})", regex.I)
# a tổng kết looked to, not held: "bàn giải pháp chuẩn bị tổng kết năm 2024", "tiến tới tổng kết ..."
_RE_REVIEW_LOOKED_TO = regex.compile(r"(?<!\p{L})(?:chuẩn\s+bị|tiến\s+tới|hướng\s+tới|để)\s+(?:cho\s+)?(?:việc\s+)?$", regex.I)


def _years_review(t: str, c: Found, a: int, b: int) -> bool:
    """The tổng kết cue ``c`` reviews a year's emulation, held at this meeting."""
    m = _RE_YEARS_REVIEW.match(t, c.end, b)
    return m is not None and not _RE_NOT_A_YEARS_REVIEW.search(m.group("gap")) \
        and not _RE_REVIEW_LOOKED_TO.search(t, max(a, c.start - 25), c.start)


_RE_OTHER_PART = regex.compile(r"\s(?:và|đồng thời)\s|;", regex.I)
# the date or year of the thing carried out: "Chỉ thị số 34 ngày 07/4/2014", "Luật ... năm 2018"
_RE_DOC_YEAR = regex.compile(r"\bngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*((?:19|20)\d{2})\b|\b(?:năm|từ năm)\s+((?:19|20)\d{2})\b|\b\d{1,2}/\d{1,2}/((?:19|20)\d{2})\b", regex.I)
_RE_RANGE = regex.compile(r"\b((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})\b")
_RE_SPAN = [
    # ("6 tháng đầu năm", "6 tháng năm 2024", "6 tháng/2024"; not "6 tháng cuối năm")
    # (or "nửa đầu năm", not "nửa đầu năm học", a school year's term; "3 quý đầu năm" is 9 months)
    ("h1", regex.compile(r"\b(?:(?:6|06|sáu)\s+tháng(?:\s+đầu)?|nửa\s+đầu(?!\s+năm\s+học))(?:\s+năm|\s*/\s*(?=(?:19|20)\d{2}))", regex.I)),
    ("9m", regex.compile(r"\b(?:(?:9|09|chín)\s+tháng|(?:3|03|ba)\s+quý\s+đầu)(?:\s+đầu\s+năm|(?<=đầu)\s+năm)?", regex.I)),
    # (the first quarter also as its months: "3 tháng đầu năm", "03 tháng đầu năm 2025"; only in a review's name, "sơ kết
    # (công tác thi đua) 3 tháng đầu năm", "giao ban 3 tháng đầu năm": not a narrative's "Ngay từ 3 tháng đầu năm 2024, các
    # đơn vị ...", nor a school year's "3 tháng đầu năm học 2023 - 2024")
    ("q1", regex.compile(r"\b(?:quý\s+(?:I|1)\b(?!I)|(?:3|03|ba)\s+tháng\s+đầu\s+năm(?!\s+học)(?<=(?<!\p{L})(?:sơ\s+kết|giao\s+ban)[^.;:\n]{0,80}))", regex.I)),
    ("q2", regex.compile(r"\bquý\s+(?:II|2)\b(?!I)", regex.I)),
    ("q3", regex.compile(r"\bquý\s+(?:III|3)\b", regex.I)),
    ("q4", regex.compile(r"\bquý\s+(?:IV|4)\b", regex.I)),
]
# the parts of a year reviewed within it (a fourth quarter is reviewed in the next year's January)
_SPANS_OF_ITS_YEAR = [(sp, rx) for sp, rx in _RE_SPAN if sp != "q4"]
_RE_SO_KET = regex.compile(r"\bsơ kết\b", regex.I)
_RE_SECOND_HALF = regex.compile(r"\b(?:6|06|sáu)\s+tháng\s+cuối\s+năm\s+((?:19|20)\d{2})\b", regex.I)
# (honouring the exemplary units of a year or a term reviews it: "hội nghị tuyên dương điển hình tiên tiến giai đoạn 2015 - 2020")
_RE_TONG_KET = regex.compile(r"\btổng kết\b|\b(?:tuyên dương|biểu dương|vinh danh|hội nghị)\s+(?:các\s+)?(?:điển hình tiên tiến|gương điển hình)\b", regex.I)
_RE_GIAO_UOC = regex.compile(r"\b(?:ký kết|ký|lễ ký)\s+(?:kết\s+)?giao ước"
                          # (the covenant's contents signed, counted: "ký kết 5 nội dung giao ước thi đua"; the contents alone
                          # are what the units work to, "kết quả trong các nội dung giao ước thi đua", no signing)
                          r"|\b(?:ký kết|ký)\s+(?:(?:các|\d{1,2}|\p{L}+)\s+)?nội dung giao ước\b"
                          # (the lookbehinds read after the fixed words they end with: run where those words are, not at every position)
                          r"|\bgiao ước thi đua(?<!\b(?:của|thực hiện|chỉ tiêu|theo|nội dung)\sgiao ước thi đua)(?<!\b(?:đánh giá|kiểm điểm|nhìn lại)(?:\s+(?!ký\b|ký kết\b)[\p{L}\d]+){0,5}\sgiao ước thi đua)\b(?!\s+(?:đã\s+)?được\s+ký|\s+(?:số\s+\S+\s+)?ngày\s+\d)|\blễ ký kết\b|\bký kết thi đua(?<!\b(?:chỉ tiêu|nội dung|giao ước)\s+đã\ský kết thi đua)\b"
                          # (the covenant's content adopted: "Hội nghị đã thông qua nội dung giao ước ... năm 2012")
                          r"|\b(?:thông qua|thống nhất)\s+(?:các\s+)?(?:nội dung|bản)\s+giao ước\b", regex.I)
# every kind pattern above holds one of these (ký kết giao ước, lễ ký kết, ký kết thi đua)
_V_KIND = cues.vocabulary("meeting.kind", lambda: ("sơ kết", "tổng kết", "giao ước", "lễ ký kết", "ký kết thi đua", "điển hình tiên tiến", "gương điển hình"))
# the words each kind pattern cannot match without: a pattern runs on a region only where one of them is
_KIND_WORDS = {
    "so_ket": ("sơ kết",),
    "tong_ket": ("tổng kết", "điển hình tiên tiến", "gương điển hình"),
    "giao_uoc": ("giao ước", "lễ ký kết", "ký kết thi đua"),
}
# a sentence that reviews year N: it opens on the year ("Năm 2023, các đơn vị ...", "Theo đó trong năm 2023, ...")
# (or after the words that report it: "Ông A, Cụm trưởng cho biết, năm 2018, ...", "Báo cáo tại Hội nghị cho thấy, năm 2018, ...")
# ("Theo báo cáo, năm 2019 các cơ quan ... ": the report's words, the plural subject right after the year)
_RE_YEAR_REVIEW = regex.compile(r"^\W*(?:(?:theo đó|nhìn chung|nhìn lại|(?P<report>(?:(?:tại|trong)\s+hội\s+nghị\s*,\s*)?theo báo cáo(?:\s+(?:tại|của)\s+[^.;:\n]{1,100}?)?))\s*[,:]?\s*|(?P<said>[^.;:\n]{0,160}?\b(?:cho biết|cho thấy|nêu rõ))\s*,?\s*)?"
                             r"(?:trong\s+)?năm\s+(?P<y>(?:19|20)\d{2})(?:\s*,|\s+(?P<bare>(?=(?:các|những)\s+(?:cơ quan|đơn vị|thành viên)\b)))", regex.I)
_SPAN_END = {"h1": 6, "9m": 9, "q1": 3, "q2": 6, "q3": 9, "q4": 12}


def _held(doc: Document, s: Sentence | None) -> tuple[int, int] | None:
    """(year, month) of the meeting where its sentence dates it with a year, else None."""
    if s is None:
        return None
    d = next((x for x in _dates(doc, s.start, s.end) if x.year is not None), None)
    return (d.year, d.month) if d is not None else None


def _reviewable(doc: Document, x: Sentence, held: tuple[int, int] | None, year: int, end_month: int) -> bool:
    """A period a body sentence opens on is one reviewed: it ended by the meeting's month when the meeting is dated
    (a school year by June of its second year), else its results are told as done."""
    if held is not None:
        return (year, end_month) <= held
    return _RE_DONE.search(doc.text, x.start, x.end) is not None


def _school_year_end(doc: Document, s: Sentence | None, m) -> bool:
    """The meeting, dated by day and month only in the summer months, is of the school year the body opens on: its review
    ("tổ chức hội nghị giao ban lần III năm học 2017 – 2018" on 07/6; "Trong năm học 2017 - 2018, các Phòng ...")."""
    if s is None:
        return False
    sy = search(_RE_SCHOOL_YEAR, doc.text, s.start, s.end)
    if sy is None or (sy.group(1), sy.group(2)) != (m.group(1), m.group(2)):
        return False
    if search(_RE_FORWARD, doc.text, s.start, s.end):
        return False  # "hội nghị triển khai nhiệm vụ năm học 2023 – 2024" on 20/8: its launch
    ds = _dates(doc, s.start, s.end)
    return bool(ds) and ds[0].year is None and ds[0].month is not None and 5 <= ds[0].month <= 7


_RE_DONE = regex.compile(r"(?<!\p{L})(?:đã|đạt được|hoàn thành)(?!\p{L})", regex.I)
# a part of a year opening a sentence, its year and a comma after it
_RE_SPAN_OPENS = regex.compile(r"\W*(?:trong\s+)?(?P<s>(?:6|06|sáu|9|09|chín)\s+tháng(?:\s+đầu)?(?:\s+năm)?|quý\s+(?:I{1,3}|[123]))\s*"
                            r"(?:năm\s+|/\s*)?(?P<y>(?:19|20)\d{2})\s*,", regex.I)
_RE_TERM_REVIEW = regex.compile(r"\W*(?:trong\s+)?(?:giai đoạn|năm học)\s+((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})\s*,", regex.I)
_RE_NOT_REVIEW = regex.compile(r"\b(?:sẽ|phấn đấu|dự kiến)\b", regex.I)
# a meeting sentence that plans year N ("hội nghị triển khai nhiệm vụ năm 2025", "triển khai kế hoạch công tác năm 2024")
_RE_PLANS_YEAR = regex.compile(
    r"\b(?:triển khai|phương hướng|kế hoạch|nhiệm vụ)\b[^.;\n]{0,60}?\bnăm\s+((?:19|20)\d{2})\b", regex.I)
# at a meeting that plans a year, a body sentence on an earlier one reviews it only with the results' words
_RE_RESULTS_VERB = regex.compile(r"\b(?:kết quả|hoàn thành|đạt được|đã đạt|đã thực hiện)\b", regex.I)
# what a meeting that reviews does with the results (without a year: a preparatory meeting that does it reviews);
# the scoring or ranking of a criteria table or guide adopted is not a review ("thông qua bảng tiêu chí chấm điểm, xếp hạng")
_RE_RESULTS_WORK = regex.compile(
    r"\b(?:bình chọn|bình xét|suy tôn|xét\s+(?:tặng\s+)?(?:cờ|danh hiệu|khen thưởng)|(?<!\b(?:tiêu chí|bảng|thang điểm|hướng dẫn|hình thức|cách|phương pháp|quy chế(?:\s+hoạt\s+động)?\s*(?:,|và))\s+(?:chấm điểm\s*(?:,|và)\s*)?)(?:chấm điểm|xếp hạng)"
    r"|đề nghị\s+(?:\p{L}+\s+){0,6}?tặng)\b", regex.I)
# year N's results chosen or ranked: "bình chọn kết quả thi đua trong cụm năm 2025", "bình xét ... năm 2024"
_RE_YEAR_RESULTS = regex.compile(
    r"\b(?:bình chọn|bình xét|suy tôn|chấm điểm|xét\s+(?:tặng\s+)?(?:cờ|danh hiệu|khen thưởng|thi đua))\b[^.;\n]{0,80}?\bnăm\s+((?:19|20)\d{2})\b(?!\s*-)", regex.I)
# year N's emulation movement told with its results (a body sentence, no kind word at the meeting)
# (or the units chosen for year N's emulation awards: "bỏ phiếu bầu 2 đơn vị ..., đề nghị ... tặng cờ thi đua năm 2025")
_RE_MOVEMENT_RESULTS = regex.compile(
    # (the results of the emulation assessed, not a basis named: "đánh giá cao kết quả thi đua ... năm 2021"; not "Trên cơ
    # sở kết quả thi đua năm 2023, hội nghị thống nhất ...")
    r"\bkết quả\s+(?:thực hiện\s+)?(?:các\s+)?phong trào thi đua\b[^.;\n]{0,60}?\bnăm\s+(?P<y>(?:19|20)\d{2})\b(?!\s*[-–])"
    r"|\b(?:đánh giá(?:\s+cao)?|tổng kết|nhìn lại|kiểm điểm|báo cáo|thông qua|nghe)\s+(?:các\s+)?kết quả\s+(?:thực hiện\s+|công tác\s+)?thi đua\b[^.;\n]{0,60}?"
    r"\bnăm\s+(?P<y4>(?:19|20)\d{2})\b(?!\s*[-–])"
    # (or told as achieved: "kết quả thi đua năm 2023 của các đơn vị trong Cụm đều đạt ...")
    r"|\bkết quả\s+(?:thực hiện\s+|công tác\s+)?thi đua\s+năm\s+(?P<y5>(?:19|20)\d{2})\b(?!\s*[-–])[^.;\n]{0,60}?\b(?:đều|đã)\s+(?:đạt|hoàn thành|vượt)\b"
    r"|\bphong trào thi đua\b[^.;\n]{0,80}?\bnăm\s+(?P<y2>(?:19|20)\d{2})\b(?!\s*[-–])[^.;\n]{0,80}?"
    r"\bđã\s+(?:đạt được|đạt|thu được|giành được)\s+(?:nhiều\s+)?(?:kết quả|thành tích)"
    r"|\b(?:bình xét|suy tôn|bình chọn|bầu chọn|bỏ phiếu)\b[^.;\n]{0,120}?\b(?:cờ thi đua|bằng khen|cờ đầu)\b"
    r"(?:\s+(?!năm\b)\p{L}+){0,6}?\s+năm\s+(?P<y3>(?:19|20)\d{2})\b(?!\s*[-–])", regex.I)
# the results named as the basis of what comes next
_RE_BASIS_BEFORE = regex.compile(r"\b(?:trên cơ sở|căn cứ|phát huy|dựa trên|dựa vào|từ)\s+(?:những\s+|các\s+)?kết quả\b", regex.I)
# the movement of the first half of a year, told as carried out or achieved
_RE_HALF_RESULTS = regex.compile(r"\b(?:phong trào thi đua|kết quả\s+thi đua)\b[^.;\n]{0,60}?\b(?P<s>(?:0?6|sáu)\s+tháng\s+đầu\s+năm)\s+"
                              r"(?P<y>(?:19|20)\d{2})\b(?!\s*[-–])[^.;\n]{0,100}?\b(?:đã|được)\b[^.;\n]{0,60}?\b(?:thực hiện|triển khai|đạt|kết quả|hiệu quả)\b",
                              regex.I)
_RE_MEETING_ASSESSES = regex.compile(r"\W*(?:(?:tại|trong)\s+hội\s+nghị\s*,\s*)?(?:hội\s+nghị|các\s+đại\s+biểu)\s+(?:đã\s+)?(?:cùng\s+)?"
                                  r"(?:(?:thảo\s+luận|tập\s+trung|cùng\s+nhau)\s*,?\s*)?(?:đánh\s+giá(?!\s+cao)|kiểm\s+điểm|nhìn\s+lại)\b", regex.I)
# the meeting, or the cluster, reviewing a whole year in a sentence of the body ("Tại buổi lễ, Khối thi đua số 2 đã đánh giá toàn
# diện kết quả tổ chức, hoạt động thi đua năm 2025")
# the acts that review a year's results: assessing it, or choosing and ranking its emulation titles (annotation.md: "bình xét of
# year N's titles is tong_ket {N}")
_REVIEW_VERBS = r"đánh\s+giá(?!\s+cao)|kiểm\s+điểm|nhìn\s+lại|tổng\s+kết|bình\s+xét|suy\s+tôn|bình\s+chọn"
_RE_BODY_REVIEWS_YEAR = regex.compile(
    r"\W*(?:(?:tại|trong)\s+(?:hội\s+nghị|buổi\s+lễ|lễ)(?:\s+(?-i:\p{Ll})+){0,3}\s*,\s*)?(?:hội\s+nghị|buổi\s+lễ|các\s+đại\s+biểu|các\s+đơn\s+vị(?:\s+thành\s+viên)?|(?:cụm|khối)(?:\s+thi\s+đua)?(?:\s+số\s+\d{1,2})?)"
    r"\s+(?:đã\s+)?(?:cùng\s+)?(?P<v>" + _REVIEW_VERBS + r")(?:\s+toàn\s+diện)?\b[^.;]{0,80}?\bnăm\s+(?P<y>(?:19|20)\d{2})\b",
    regex.I)
# the same review named where the meeting is stated, anywhere in its sentence ("tổ chức Hội nghị đánh giá kết quả thực hiện giao
# ước thi đua năm 2024 và ký kết giao ước thi đua năm 2025")
# (the meeting's own review, not a choice made before it told in passing: "trao Cờ cho các đơn vị được suy tôn dẫn đầu năm 2024")
_RE_STATED_REVIEWS_YEAR = regex.compile(r"(?<!\bđược\s)\b(?P<v>" + _REVIEW_VERBS + r")\b[^.;]{0,80}?\bnăm\s+(?P<y>(?:19|20)\d{2})\b(?!\s*[-–])", regex.I)
_RE_PREPARATORY = regex.compile(r"\b(?:chuẩn bị cho|chuẩn bị|trù bị|rà soát các nội dung|cho hội nghị)\b", regex.I)
_PREPARATORY_WORDS = ("chuẩn bị", "trù bị", "rà soát các nội dung", "cho hội nghị")  # one of them is in every match


# a whole date's day and month before its year ("ngày 15/01/2024"): the year of a day, not a period reviewed
_RE_DAY_MONTH_BEFORE = regex.compile(r"(?<!\d)\d{1,2}\s*([/.-])\s*\d{1,2}\s*\1\s*$")
# a stretch of days, the first day's year then the last whole day ("từ ngày 01/01/2023 đến ngày 31/12/2023", "(16/12/2022 -
# 15/12/2023)"): the stretch reviewed, which ends in the year of its last day
_RANGE_WORD = r"\s*(?:[-–]|(?<!\p{L})(?:đến|tới))\s*(?:hết\s+)?(?:ngày\s+)?"
_RE_RANGE_TO_DAY = regex.compile(_RANGE_WORD + r"\d{1,2}\s*([/.-])\s*\d{1,2}\s*\1\s*(?P<y>(?:19|20)\d{2})(?!\d)", regex.I)
# (the last day after the first: "15/12/2023 đến ngày ", "15/12 - ")
_RE_RANGE_FROM_DAY = regex.compile(r"(?<!\d)\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*(?:19|20)\d{2})?" + _RANGE_WORD + r"$", regex.I)


def _first_year_after(text: str, a: int, b: int, limit: int = 160) -> tuple[int, tuple[int, int]] | None:
    m = search(_RE_YEAR, text, a, min(b, a + limit))
    # (past the year of a day: "Tại hội nghị tổng kết của Cụm ngày 15/01/2024, ... năm 2023"; not a stretch of days, whose
    # last day's year is the stretch's: "tổng kết công tác thi đua từ ngày 01/01/2023 đến ngày 31/12/2023")
    while m is not None and text[m.start() - 1:m.start()] in "/.-" and m.start() > 0 \
            and (dm := _RE_DAY_MONTH_BEFORE.search(text, max(0, m.start() - 12), m.start())) is not None:
        if (to := _RE_RANGE_TO_DAY.match(text, m.end(), b)) is not None:
            return int(to.group("y")), to.span("y")
        if _RE_RANGE_FROM_DAY.search(text, max(0, dm.start() - 40), dm.start()) is not None:
            break
        m = search(_RE_YEAR, text, m.end(), min(b, a + limit))
    return (int(m.group(0)), m.span()) if m else None


# a meeting told as before this one right after its name: "Tại hội nghị tổng kết năm 2023 trước đó, ..." (not "trước đó"
# = previous after another noun: "Khối tổng kết năm 2023 sớm hơn so với năm trước đó, ...")
_RE_RECALLED_AFTER = regex.compile(NAMED_AS_BEFORE + r"\s*,", regex.I)
# a meeting named as the time of another event: "sau Hội nghị tổng kết ...", "trước hội nghị sơ kết ..."
# (inside a clause: "Sau hội nghị sơ kết, các đại biểu ..." opening a sentence is this meeting's aftermath)
_RE_OTHER_MEETING_BEFORE = regex.compile(r"(?<=[\p{L}\d,]\s{1,3})(?:sau|trước)\s+(?:(?:hội nghị|buổi|lễ)\s+)?$", regex.I)


def kind_and_period(doc: Document, regions: list[tuple[int, int]], stating: int = 2):
    """Kind from the first region (meeting sentence, title, body) that names one; period from the
    first region whose own cue of that kind is followed by the period reviewed. The first ``stating``
    regions state the meeting; the others are the body, which may tell of other meetings."""
    t = doc.text
    kind = None
    period = None
    signing_aside = False  # the kind is a signing read in the body, not where the meeting is stated
    for i, (a, b) in enumerate(regions):
        if not doc.cues.has(_V_KIND, a, b):
            continue
        seg = t[a:b]
        low = doc.cues.lower[a:b]
        # (lower case may keep a letter apart that the patterns' IGNORECASE matches: "ſ" for "s", "İ" for "i")
        exotic = "ſ" in low or "İ" in low
        found = []
        for value, rx in (("so_ket", _RE_SO_KET), ("tong_ket", _RE_TONG_KET), ("giao_uoc", _RE_GIAO_UOC)):
            if not exotic and not any(w in low for w in _KIND_WORDS[value]):
                continue
            m = rx.search(seg)
            if m and (a, b) not in regions[:stating] and (_RE_OTHER_MEETING_BEFORE.search(t, max(a, a + m.start() - 30), a + m.start())
                                                         or _RE_RECALLED_AFTER.match(t, a + m.end(), b)):
                # the body telling of a meeting before or after this one ("sau Hội nghị tổng kết năm 2012", "Tại hội nghị tổng
                # kết năm 2023 trước đó, ...")
                m = None
            if m:
                g = cre.search(r"giao ước", m.group(0), regex.I) if value == "giao_uoc" else None
                s0, e0 = (m.start() + g.start(), m.start() + g.end()) if g else m.span()  # the words naming the kind
                found.append(Found(value, a + s0, a + e0))
        if not found:
            continue
        reviews = [c for c in found if c.value != "giao_uoc"]
        cue = min(reviews or found, key=lambda c: c.start)
        year_review = next((c for c in reviews if c.value == "tong_ket" and _years_review(t, c, a, b)), None) \
            if cue.value == "so_ket" else None
        if year_review is not None and _reform_review(t, cue.end, b):
            # an interim review of months of carrying out a reform, with no year of its own, beside a year's review: the
            # meeting is the year's ("sơ kết 6 tháng thực hiện mô hình ..., tổng kết công tác thi đua năm 2025")
            cue = year_review
        if signing_aside and reviews and _RE_OWN_REVIEW.match(t, reviews[0].start, min(b, reviews[0].start + 60)) \
                and not _RE_REVIEW_PAIR.search(t, max(a, reviews[0].start - 12), reviews[0].start):
            # a signing told in the body (a caption of the signing) and a review told after it: the meeting reviews,
            # and signs at the same meeting (annotation.md: the covenant does not make a review giao_uoc)
            kind, period, signing_aside = cue, None, False
        if kind is None:
            kind = cue
            signing_aside = cue.value == "giao_uoc" and i >= stating
        if period is None:
            same = next((c for c in found if c.value == kind.value), None)
            if same is not None:
                period = _period(t, a, b, same, doc)
        if period is not None and not signing_aside:
            break
    if kind is not None and kind.value == "giao_uoc" and stating >= 2:
        # the meeting stated as a signing, the headline as the year's review too ("HỘI NGHỊ: Tổng kết công tác thi đua
        # năm 2019, ký kết giao ước thi đua 2020"): a review (annotation.md: the covenant does not make it giao_uoc)
        # (the headline's own act, opening it: not a review it looks to or one after which the signing comes, "..., hướng tới
        # tổng kết 5 năm ...", "Sau tổng kết năm 2019, ...", nor another event's, "tổng kết, trao giải Hội thi ...")
        a, b = regions[1]
        for value, rx in (("tong_ket", _RE_TONG_KET), ("so_ket", _RE_SO_KET)):
            m = search(rx, t, a, b) if doc.cues.has(_V_KIND, a, b) else None
            if m is not None and cre.fullmatch(r"\W*(?:hội\s+nghị\s*:?\s*)?", t[a:m.start()], regex.I):
                review = Found(value, m.start(), m.end())
                p2 = _period(t, a, b, review, doc)
                if p2 is not None and period is not None and p2.value["year"] < period.value["year"]:
                    kind, period = review, p2
                break
    if kind is not None and period is None:
        for a, b in regions:
            m = search(_RE_SCHOOL_YEAR, t, a, b)
            if m:
                return kind, Found({"year": int(m.group(2)), "span": "term"}, m.start(), m.end())
        if kind.value == "so_ket":
            # the span reviewed, stated in the body without the word sơ kết ("Trong 6 tháng đầu năm 2024, ...")
            for a, b in sorted(regions):
                for span, rx in _RE_SPAN:
                    m = search(rx, t, a, b)
                    y = _first_year_after(t, m.end(), b, 20) if m else None
                    if y and _planned_in_sentence(doc, m.start()):
                        continue  # (an event to come: "Hội thao của Cụm sẽ diễn ra vào quý I/2026")
                    if y:
                        return kind, Found({"year": y[0], "span": span}, m.start(), y[1][1])
            # only the next step stated: "nhiệm vụ 6 tháng cuối năm 2014" follows a review of its first half (annotation.md)
            for a, b in sorted(regions):
                m = search(_RE_SECOND_HALF, t, a, b)
                if m and not search(_RE_NEXT_WORK_BEFORE, t, max(a, m.start() - 50), m.start()):
                    continue  # (the second half reviewed itself, "sơ kết công tác thi đua 6 tháng cuối năm 2025": no span of the contract)
                if m:
                    return kind, Found({"year": int(m.group(1)), "span": "h1"}, m.start(), m.end())
        else:
            # the year the article reviews ("Phong trào thi đua ... năm 2017 ..."); not the next year's covenant or work
            # told before it ("Ký kết thi đua năm 2012 giữa các đơn vị" above "Năm 2011 là năm ...")
            first = None
            held = _held(doc, doc.draft.meeting_sentence)
            held_year = held[0] if held is not None else None
            for a, b in sorted(regions):
                for m in finditer(r"\bnăm\s+((?:19|20)\d{2})\b", t, a, b):
                    if cre.search(r"tháng\s+\d{1,2}\s*$", t[max(a, m.start() - 12):m.start()], regex.I):
                        continue  # a date's year ("ngày 09 tháng 01 năm 2015")
                    first = first or m
                    if kind.value == "tong_ket" and (_RE_FORWARD_BEFORE.search(t, max(a, m.start() - 40), m.start())
                                                     or held_year is not None and int(m.group(1)) >= held_year):
                        continue  # (the next period's work, or a year not yet over when the meeting was held)
                    return kind, Found({"year": int(m.group(1)), "span": "year"}, m.start(1), m.end(1))
            if first is not None:
                return kind, Found({"year": int(first.group(1)), "span": "year"}, first.start(1), first.end(1))
    return kind, period


# the next period's work before a year: "ký kết thi đua năm 2012", "phương hướng, nhiệm vụ năm 2025"
_RE_FORWARD_BEFORE = regex.compile(r"\b(?:ký kết|giao ước|phát động|phương hướng)\b[^.;:\n]{0,30}$", regex.I)
# a meeting noun or a review verb before the span reviewed, with no word of the next period's work between
_RE_REVIEW_BEFORE = regex.compile(r"\b(?:giao ban|họp|hội nghị|làm việc|đánh giá|kiểm điểm|nhìn lại)\b(?P<gap>[^.;:]{0,60}?)\s*$", regex.I)
_RE_PASSES_REVIEW = regex.compile(
    r"\b(?:nhất trí(?:\s+cao)?(?:\s+với)?|thông qua|thống nhất(?:\s+với)?)\s+(?:(?:dự thảo|nội dung)\s+)?báo cáo tổng kết\b"
    r"[^.;]{0,80}?\bnăm\s+(?:(?P<sy>học)\s+(?:19|20)\d{2}\s*[-–]\s*)?(?P<y>(?:19|20)\d{2})\b", regex.I)
# (the team the subject, not a guest: "với sự tham dự của Đoàn kiểm tra ..."; its visit reviewing nothing stated in the sentence:
# not "kiểm tra chéo và bình xét thi đua năm 2023", "để đánh giá kết quả 6 tháng đầu năm")
_RE_INSPECTION = regex.compile(r"(?<!\b(?:của|với)\s)\b(?:đoàn\s+(?:công\s+tác\s+)?kiểm\s+tra|kiểm\s+tra\s+chéo)\b", regex.I)
_RE_INSPECTION_REVIEWS = regex.compile(r"\b(?:bình xét|chấm điểm|suy tôn|đánh giá|tổng kết|sơ kết|\d{1,2}\s+tháng|quý)\b", regex.I)
_RE_ASSESSES_YEAR = regex.compile(r"\b(?:giao ban|họp|hội nghị)\b[^.;:]{0,30}?\b(?:đánh giá|kiểm điểm|nhìn lại|kiểm tra kết quả)\b"
                                r"(?P<gap>(?:(?!tháng|quý)[^.;:]){0,60}?)\bnăm\s+(?P<y>(?:19|20)\d{2})\b", regex.I)
# (not a part of the year: "giao ban đầu năm", "giao ban định kỳ giữa năm"; a session early in the year is told by its date)
_RE_SESSION = regex.compile(r"\b(?:lần|định kỳ)\b", regex.I)
_RE_GIAO_BAN_YEAR = regex.compile(r"\bgiao ban\b(?P<gap>(?:(?!tháng|quý|đầu|giữa)[^.;:]){0,40}?)\bnăm\s+(?P<y>(?:19|20)\d{2})\b", regex.I)
_RE_GIAO_BAN_SPAN = regex.compile(r"\bgiao ban\b(?P<gap>[^.;:]{0,40}?)(?:" + "|".join(rx.pattern for _sp, rx in _RE_SPAN) + ")", regex.I)
_RE_FORWARD = regex.compile(r"\b(?:triển khai|nhiệm vụ|phương hướng|kế hoạch|phát động|chỉ tiêu|cuối năm)\b", regex.I)
# (a giao ban that settles what to do in the span, no review of it: "giao ban thống nhất nội dung hoạt động quý III", "bàn việc ...")
# ("bàn" the verb, not "địa bàn"; "thống nhất" of a plan, not of results agreed: "thống nhất kết quả chấm điểm quý III")
_RE_PLANS_SPAN = regex.compile(r"(?<!\p{L})(?:thống nhất(?!\s+kết\s+quả)|(?<!địa\s)bàn|chương trình|nội dung hoạt động|chuẩn bị|dịp)(?!\p{L})", regex.I)


# launching a year's emulation or work: the year follows, with no part of a year between ("6 tháng cuối năm")
_RE_LAUNCH = regex.compile(
    r"(?<!\bnhằm\s)\b(?:triển khai|phát động)\s+(?:(?!tháng|quý)\p{L}+[\s,]+){0,6}?(?:thi đua|nhiệm vụ|kế hoạch|công tác)\b"
    # (the year may follow the cluster's whole name, even a bracketed short form; a school year is a term)
    r"(?:[\s,]+(?:–\s+)?(?!tháng|quý)\(?[\p{L}-]+\)?){0,24}?[\s,]+năm\s+(?:(?P<sy>học)\s+(?:19|20)\d{2}\s*[-–]\s*)?(?P<y>(?:19|20)\d{2})\b", regex.I)


def _reviewed_span(t: str, a: int, b: int) -> Found | None:
    """The part of a year a meeting reviews, stated after a meeting noun without the word sơ kết."""
    for span, rx in _RE_SPAN:
        for m in rx.finditer(t, a, b):
            before = _RE_REVIEW_BEFORE.search(t, max(a, m.start() - 80), m.start())
            if before is None or _RE_FORWARD.search(before.group("gap")):
                continue
            y = _first_year_after(t, m.end(), b, 20)
            if y:
                return Found({"year": y[0], "span": span}, m.start(), y[1][1])
            nxt = _RE_NEXT_STEP_AT.match(t, m.end(), b)
            # (read from the span's end: a fourth quarter's next step is in the next year, "giao ban quý IV, triển khai nhiệm vụ năm 2026")
            y = _span_year(t, m.end(), b, span, nxt.end() - m.end() + 80) if nxt is not None else None
            # (the year of the next step's part of a year, not of a later year's plan: "giao ban đánh giá kết quả 9 tháng, triển khai
            # nhiệm vụ quý IV và xây dựng kế hoạch năm 2026")
            if y and span != "q4" and not _RE_PART_BEFORE_YEAR.search(t, max(nxt.end(), y[1][0] - 40), y[1][0]):
                y = None
            if y and not search(_RE_SENTENCE_END, t, m.end(), y[1][0]):
                # the year given once, to the next step: "giao ban quý III, triển khai nhiệm vụ quý IV năm 2025"
                return Found({"year": y[0], "span": span}, m.start(), y[1][1])
            if span == "h1":
                # the year given once, to the half-year ahead: "giao ban 06 tháng đầu năm và triển khai nhiệm vụ 06 tháng
                # cuối năm 2020" reviews the first half of 2020
                h2 = search(_RE_SECOND_HALF, t, m.end(), min(b, m.end() + 120))
                # (the half-year ahead, planned: not one compared with, "so sánh với 6 tháng cuối năm 2022")
                if h2 and not search(r"\bso\s+(?:sánh|với)\b", t, m.end(), h2.start()):
                    return Found({"year": int(h2.group(1)), "span": span}, m.start(), h2.end(1))
    return None


def _same_sentence(doc: Document, a: int, b: int) -> bool:
    """Positions ``a`` and ``b`` lie in one sentence of the text."""
    return any(x.start <= a < x.end and x.start <= b < x.end for x in doc.sentences)


# the words of a review or a ranking right before a year, no plan's between ("suy tôn A là đơn vị dẫn đầu Khối năm 2023")
_RE_REVIEW_BEFORE_YEAR = regex.compile(r"\b(?:bình xét|suy tôn|tổng kết|sơ kết|dẫn đầu)\b(?:(?!\b(?:triển khai|phương hướng|kế hoạch|giao ước|ký kết)\b)[^.;\n]){0,50}\bnăm\s+$",
                                       regex.I)
# the results of carrying a plan out, told before its year ("đánh giá kết quả thực hiện nhiệm vụ năm 2023"): the year reviewed
_RE_RESULTS_OF = regex.compile(r"\b(?:kết quả|thực hiện|đánh giá)\b", regex.I)
# the words of a plan or a covenant right before a year ("triển khai nhiệm vụ công tác thi đua năm 2024", "giao ước thi đua năm
# 2024"): the year ahead
_RE_PLAN_BEFORE_YEAR = regex.compile(r"\b(?:triển khai|phương hướng|nhiệm vụ|kế hoạch|giao ước|ký kết|phát động)\b[^.;\n]{0,50}\bnăm\s+$", regex.I)


def _year_review(doc: Document) -> Found | None:
    """The year a body sentence reviews, from the first one that opens on it and says no future."""
    s = doc.draft.meeting_sentence
    held = _held(doc, s)
    plan = search(_RE_PLANS_YEAR, doc.text, s.start, s.end) if s is not None else None
    planned = int(plan.group(1)) if plan else None
    for x in doc.body_sentences():
        txt = doc.text[x.start:x.end]
        m = _RE_YEAR_REVIEW.match(txt)
        # (a year after the words that report it is reviewed only when it ended before the meeting: "cho biết, năm 2024,
        # Cụm tiếp tục ..." at a meeting in April 2024 tells of the year in progress)
        # (and so is a year a report opens on, or a year without its comma, when the meeting is dated: "Năm 2024 các đơn vị
        # tiếp tục ..." at a sports day in April 2024 tells of the year in progress)
        if m and m.group("said") and not _reviewable(doc, x, held, int(m.group("y")), 12):
            continue
        if m and (m.group("report") or m.group("bare") is not None) and held is not None \
                and not _reviewable(doc, x, held, int(m.group("y")), _YEAR_END_MONTH):
            continue
        if m and not _RE_NOT_REVIEW.search(txt):
            # (the results may follow in the next sentences of the review the year opens)
            if planned is not None and (int(m.group("y")) >= planned
                                        or not _RE_RESULTS_VERB.search(doc.text, x.start, min(len(doc.text), x.end + 800))):
                # a meeting that plans year N: N itself is ahead, an earlier year only told without its results
                continue
            return Found(int(m.group("y")), x.start + m.start("y"), x.start + m.end("y"))
    return None


def _reviews(doc: Document) -> bool:
    """The body reviews a period: a sentence opening on a year reviewed, or results chosen or ranked."""
    # (not the results of another meeting told as before this one: "Tại hội nghị tổng kết năm 2023 trước đó, A được suy tôn ...")
    return _year_review(doc) is not None or any(_RE_RESULTS_WORK.search(doc.text, x.start, x.end) and not told_as_before(doc, x)
                                                for x in doc.body_sentences())


def _period(t: str, a: int, b: int, kind: Found, doc: Document | None = None):
    seg_a = kind.start
    if kind.value == "so_ket":
        # the span right after the word sơ kết comes first: "sơ kết 6 tháng đầu năm 2020 và tổng kết giai đoạn 2015-2020"
        # (not the next step's span: "sơ kết 9 tháng và triển khai nhiệm vụ quý IV năm 2025" reviews 9 months)
        for span, rx in _RE_SPAN:
            m = search(rx, t, seg_a, min(b, seg_a + 60))
            if m and search(_RE_NEXT_STEP, t, seg_a, m.start()):
                m = None
            y = _span_year(t, m.end(), b, span, 30) if m else None
            if y:
                return Found({"year": y[0], "span": span}, m.start(), y[1][1])
    years = _RE_YEARS_OF.match(t, kind.end, b) if kind.value == "tong_ket" else None
    if years is not None:
        # "tổng kết 10 năm thực hiện Chỉ thị số 34 ngày 07/4/2014": the term of N years from the year the thing began, or
        # the end of the stretch written ("(2018-2023)")
        n = int(years.group("n")) if years.group("n").isdigit() else _YEARS_IN_WORDS[years.group("n").lower()]
        # (only within the thing carried out: not the year of a second review joined after it, "... và công tác thi đua
        # năm 2021", "đồng thời tổng kết ... năm 2023")
        own = _RE_OTHER_PART.search(t, years.end(), min(b, years.end() + 150))
        own_end = own.start() if own is not None else min(b, years.end() + 150)
        rng = _RE_RANGE.search(t, years.end(), own_end)
        if rng is not None:
            return Found({"year": int(rng.group(2)), "span": "term"}, rng.start(), rng.end())
        y = _RE_DOC_YEAR.search(t, years.end(), own_end)
        if y is not None:
            g = next(k for k in (1, 2, 3) if y.group(k))
            end = int(y.group(g)) + n
            held = _held(doc, doc.draft.meeting_sentence) if doc is not None else None
            # (never past the meeting's own year: "tổng kết 10 năm thực hiện Chỉ thị 34 ngày 07/4/2014" in December 2023)
            end = min(end, held[0]) if held is not None else end
            return Found({"year": end, "span": "term"}, years.start(), y.end(g))
    m = search(_RE_SCHOOL_YEAR, t, seg_a, b)
    if m and m.start() - seg_a < 200:
        return Found({"year": int(m.group(2)), "span": "term"}, m.start(), m.end())
    m = search(_RE_TERM, t, seg_a, b)
    # (a quoted movement's stage, "Phong trào “... giai đoạn 2022-2026”", is no period unless the meeting reviews that movement)
    # (nor the next term's work after the review: "tổng kết 5 năm (2021-2025), triển khai nhiệm vụ giai đoạn 2026-2030")
    if m and m.start() - seg_a < 120 and not (in_quotation(t, seg_a, m.start()) and not _reviews_the_quoted(t, seg_a, m, kind)) \
            and not search(_RE_NEXT_STEP, t, seg_a, m.start()):
        part = _part_reviewed_in_term(t, b, m, doc) if kind.value == "so_ket" else None
        return part or Found({"year": int(m.group(2)), "span": "term"}, m.start(), m.end())
    if kind.value == "so_ket":
        for span, rx in _RE_SPAN:
            m = search(rx, t, seg_a, b)
            if m and search(_RE_NEXT_STEP, t, seg_a, m.start()):
                m = None  # (the next step's span: "sơ kết quý I, triển khai nhiệm vụ quý II/2025")
            if m and m.start() - seg_a < 120:
                y = _span_year(t, m.end(), b, span, 200)
                if y:
                    return Found({"year": y[0], "span": span}, m.start(), y[1][1])
        return None
    y = _first_year_after(t, seg_a, b, 160)
    if y and in_quotation(t, seg_a, y[1][0]) and _RE_RANGE_END.match(t, y[1][1]):
        y = None  # (the first year of a quoted movement's stage: "Phong trào “... giai đoạn 2022-2026”")
    if y and kind.value != "giao_uoc" and (rng := _RE_RANGE_ON.match(t, y[1][1], b)) is not None \
            and (int(rng.group("y")) == y[0] + 1 if rng.group("slash") else int(rng.group("y")) > y[0]):
        # a stretch of years reviewed, with no "giai đoạn" before it: "tổng kết 5 năm (2021 - 2025)", "từ năm 2021 đến năm
        # 2025", "năm học 2024/2025" (record.md: term, its last year)
        return Found({"year": int(rng.group("y")), "span": "term"}, y[1][0], rng.end())
    if y:
        # "tổng kết ... và ký kết giao ước thi đua năm 2021": the year is the next period's, the review is of the one before
        # (so is the next year's work after the review: "tổng kết công tác thi đua năm qua, triển khai nhiệm vụ năm 2026")
        # (not the movements launched in the year the meeting reviews by its date: "tổng kết công tác thi đua, khen thưởng, triển
        # khai các phong trào thi đua năm 2024" on 10/1/2025 reviews 2024)
        if kind.value != "giao_uoc" and (_RE_NEXT_PERIOD.search(t, seg_a, y[1][0])
                                         or ((st := search(_RE_NEXT_STEP, t, seg_a, y[1][0]))
                                             and not _movements_of_reviewed_year(doc, st, y[0]))):
            return Found({"year": y[0] - 1, "span": "year"}, y[1][0], y[1][1])
        return Found({"year": y[0], "span": "year"}, y[1][0], y[1][1])
    return None


def _part_reviewed_in_term(t: str, b: int, term, doc: Document | None):
    """At an interim review, a term still running at the meeting (its last year after the year the meeting is dated in: a
    mid-term review, "sơ kết giữa nhiệm kỳ ... giai đoạn 2021 - 2025 và công tác thi đua 6 tháng đầu năm 2023" in August
    2023) is not reviewed by its end: the part of a year reviewed with it, named after it in the same clause, is the period.
    None when the term has ended by then, or no such part is named."""
    held = _held(doc, doc.draft.meeting_sentence) if doc is not None else None
    if held is None or int(term.group(2)) <= held[0]:
        return None
    end = min(b, term.end() + 120)
    for span, rx in _RE_SPAN:
        m = search(rx, t, term.end(), end)
        if m is None or search(_RE_NEXT_STEP, t, term.end(), m.start()):
            continue  # (not the next step's span: "... giai đoạn 2021 - 2025, triển khai nhiệm vụ 6 tháng cuối năm")
        if search(_RE_STRETCH_TO, t, max(term.end(), m.start() - 20), m.start()):
            continue  # (nor the end of the stretch reviewed: "giai đoạn 2021 - 2025 (tính đến hết 6 tháng đầu năm 2023)")
        y = _span_year(t, m.end(), b, span, 30)
        # (its year written right with it, "9 tháng năm 2023", "quý II/2023"; not a count of time, "sau 2 năm 9 tháng triển
        # khai năm 2021"; and the part over by the meeting's month, give or take one: not "6 tháng đầu năm 2024" in January
        # 2024, "quý IV năm 2023" in October 2023)
        if y and y[0] <= held[0] and _RE_SPAN_YEAR_GAP.fullmatch(t, m.end(), y[1][0]) \
                and not (y[0] == held[0] and held[1] is not None and SPAN_END_MONTH[span] > held[1] + 1):
            return Found({"year": y[0], "span": span}, m.start(), y[1][1])
    return None


# the end of a stretch right before a part of a year: "đến 6 tháng đầu năm 2023", "tính đến hết quý II/2023"
_RE_STRETCH_TO = regex.compile(r"(?<!\p{L})(?:đến|tới|hết)\s*$", regex.I)
# between a part of a year and its year: "6 tháng đầu năm 2023", "9 tháng năm 2023", "quý II/2023", "quý III - 2023"
_RE_SPAN_YEAR_GAP = regex.compile(r"[\s/–-]*(?:năm[\s/]*)?", regex.I)
# the month a part of a year ends in (shared with outcomes: what lies ahead of a review of that part)
SPAN_END_MONTH = {"h1": 6, "9m": 9, "q1": 3, "q2": 6, "q3": 9, "q4": 12}


def _movements_of_reviewed_year(doc: Document | None, step, year: int) -> bool:
    """The next step is the movements launched ("triển khai ... phong trào") of a year not later than the one the meeting
    reviews by its date: the year before the date's in January to March, the date's own in October to December."""
    if doc is None or not step.group(0).lower().endswith("phong trào"):
        return False
    held = _held(doc, doc.draft.meeting_sentence)
    if held is None or 4 <= held[1] <= 9:
        return False
    return year <= (held[0] - 1 if held[1] <= 3 else held[0])


# the next period's work joined after the review: "sơ kết 9 tháng và triển khai nhiệm vụ quý IV năm 2025", "tổng kết ..., phương
# hướng nhiệm vụ năm 2026" (a separator before it: not the work reviewed, "sơ kết thực hiện nhiệm vụ 6 tháng đầu năm")
# (bare "nhiệm vụ" only after a span or year of the review's own, "sơ kết 9 tháng, nhiệm vụ quý IV", or before the second half:
# not the work reviewed with the rest, "tổng kết công tác Đảng, công tác chính trị và nhiệm vụ quân sự, quốc phòng năm 2024")
# ("triển khai" with the work it launches, not a law or a decree carried out: ", triển khai Luật Thi đua, khen thưởng năm 2024";
# a bare "kế hoạch" only as "nhiệm vụ" below, or after a verb of planning: not a plan reviewed with the rest, "các chỉ tiêu, kế
# hoạch năm 2024", "Quy chế và Kế hoạch hoạt động năm 2024")
_RE_NEXT_STEP = regex.compile(
    r"(?:,|\bvà|\bđồng thời)\s+(?:(?:bàn|đề ra|xây dựng)\s+)?(?:triển khai\s+(?:(?!(?:luật|nghị|chỉ thị|thông tư|quyết định|pháp lệnh)\b)\p{L}+\s+){0,3}?"
    r"(?:nhiệm vụ|kế hoạch|phương hướng|công tác|phong trào|chương trình)|phương hướng)\b"
    r"|(?:,|\bvà|\bđồng thời)\s+(?:bàn|đề ra|xây dựng)\s+(?:nhiệm vụ|kế hoạch)\b"
    r"|(?<=(?:\bnăm(?:\s+qua)?|\bquý\s+(?:I{1,3}|IV|[1-4])|\btháng|\b(?:19|20)\d{2}\)?)\s*)(?:,|\bvà|\bđồng thời)\s+(?:nhiệm vụ|kế hoạch)\b"
    r"|(?:,|\bvà|\bđồng thời)\s+nhiệm vụ\b(?=[^.;,]{0,30}?\btháng\s+cuối\b)", regex.I)
# the end of a stretch of years right after its first ("2021 - 2025", "(2015-2025)", "đến năm 2025", a school year's "/2025")
_RE_NEXT_STEP_AT = regex.compile(r"\s*" + _RE_NEXT_STEP.pattern, regex.I)
_RE_SENTENCE_END = regex.compile(r"[.;]\s")
# a part of a year right before its year ("quý IV năm 2025", "quý II/2025", "6 tháng cuối năm 2025", "những tháng cuối năm 2025")
_RE_PART_BEFORE_YEAR = regex.compile(r"(?:\bquý\s+(?:I{1,3}|IV|[1-4])|\btháng(?:\s+(?:đầu|cuối))?|\b(?:đầu|cuối)\s+năm)(?:\s+năm)?\s*/?\s*$", regex.I)
_RE_RANGE_ON = regex.compile(r"\s*(?:(?:[-–]|(?P<slash>/))\s*|\s(?:đến|tới)\s+(?:năm\s+)?)(?P<y>(?:19|20)\d{2})\b", regex.I)


def _span_year(t: str, end: int, b: int, span: str, limit: int) -> tuple[int, tuple[int, int]] | None:
    """The year of the part of a year that ends at ``end``: the first after it. Written only after the next step's work, it
    is the next step's: a fourth quarter reviewed is of the year before ("sơ kết quý IV, triển khai nhiệm vụ năm 2026")."""
    y = _first_year_after(t, end, b, limit)
    if y is not None and span == "q4" and search(_RE_NEXT_STEP, t, end, y[1][0]):
        return y[0] - 1, y[1]
    return y


# a meeting named as the subject told as held ("Hội nghị tổng kết năm 2024 ... (đã) được tổ chức", "... đã diễn ra"), in its
# own clause right after its name (not another's, "..., các phong trào thi đua được tổ chức sâu rộng"; not a plan, "sẽ được tổ chức")
_RE_HELD_AFTER = regex.compile(r"[^.;,]{0,60}?(?<!\bsẽ\s)\b(?P<h>(?:đã\s+)?được\s+tổ\s+chức|đã\s+diễn\s+ra|diễn\s+ra\s+(?:vào\s+)?(?:ngày|hồi|trước|hôm))\b", regex.I)
# the meeting noun alone before the review's verb, the subject of the sentence ("Hội nghị tổng kết năm 2024 của Khối ...")
_RE_MEETING_NOUN_ONLY = regex.compile(r"\W*(?:hội\s+nghị|buổi\s+lễ)\s+", regex.I)
# a time told apart from the meeting's: "trước đó", "hồi", "hôm trước", "tháng 12"
# ("hồi" before a clock time is the hour of the day: "diễn ra vào hồi 8 giờ 30 phút cùng ngày")
_RE_OTHER_TIME = regex.compile(r"(?<!\p{L})(?:trước\s+đó|hồi(?!\s+\d{1,2}\s*(?:giờ|h\b|:))|hôm\s+trước|tuần\s+trước|tháng\s+(?P<m>\d{1,2})(?!\d))(?!\p{L})", regex.I)


def _another_time(doc: Document, s: Sentence, x: Sentence, at: int) -> bool:
    """Sentence ``x`` tells a time of its own, not the meeting's (of sentence ``s``), in the clause of its held verb at ``at``:
    a day or a month other than the meeting's, or an earlier time ("trước đó", "hồi tháng 7"). Without it, a meeting noun told
    as held ("Hội nghị tổng kết năm 2024 của Khối đã diễn ra trong không khí phấn khởi", "... được tổ chức cùng ngày") is the
    meeting reported (a span reviewed in a later clause is not its time: "..., đánh giá kết quả từ tháng 12/2023 đến tháng
    11/2024")."""
    own = next(iter(_dates(doc, s.start, s.end)), None)
    e = cre.search(r"[,;]", doc.text[at:x.end])
    e = at + e.start() if e else x.end
    if any(own is None or (d.day, d.month) != (own.day, own.month) for d in _dates(doc, at, e)):
        return True
    for m in finditer(_RE_OTHER_TIME, doc.text, at, e):
        if not m.group("m") or own is None or int(m.group("m")) != own.month:
            return True
    return False


def _stated_year_results(doc: Document, a: int, b: int, held: tuple[int, int] | None):
    """Year N's titles chosen where the meeting is stated, the meeting's own act: not a ranking made before and told in passing
    ("trao Cờ cho đơn vị được suy tôn dẫn đầu năm 2023"), not the scoring of a criteria table ("thống nhất bảng tiêu chí chấm
    điểm thi đua năm 2025", as _RE_RESULTS_WORK), not beside a part of a year reviewed ("đánh giá kết quả 6 tháng đầu năm và xét
    khen thưởng đột xuất năm 2024"), nor at a meeting dated before year N's end."""
    t = doc.text
    if any(search(rx, t, a, b) for _sp, rx in _RE_SPAN):
        return None
    for m in finditer(_RE_YEAR_RESULTS, t, a, b):
        if cre.search(r"\bđược\s+$", t[max(a, m.start() - 8):m.start()]):
            continue
        if m.group(0).lower().startswith("chấm") and _RE_RESULTS_WORK.match(t, m.start()) is None:
            continue
        if held is not None and held < (int(m.group(1)), _YEAR_END_MONTH):
            continue
        return m
    return None


_RE_NEXT_WORK_BEFORE = regex.compile(r"\b(?:triển khai|nhiệm vụ|phương hướng|kế hoạch|giải pháp|chỉ tiêu|phát động)\b", regex.I)


def _planned_in_sentence(doc: Document, at: int) -> bool:
    """The sentence holding ``at`` tells a thing to come ("sẽ", "dự kiến", "phấn đấu") or agreed, before ``at``."""
    x = next((x for x in doc.sentences if x.start <= at < x.end), None)
    return x is not None and search(_RE_TO_COME, doc.text, x.start, at) is not None


# a thing to come, or one the meeting agreed to do ("thống nhất giao thành phố A tổ chức hội thao vào quý I/2026": agreeing before
# an event's noun or a verb of holding; not agreeing with the report of the span, "nhất trí cao với báo cáo kết quả ... 6 tháng đầu
# năm 2024", "Hội nghị thống nhất đánh giá: trong 6 tháng đầu năm 2024, ...")
# (the plan's word binds the span only with no results achieved between: not "sẽ tiếp tục phát huy những kết quả đã đạt được
# trong 6 tháng đầu năm 2024", "sẽ tiếp tục phát huy những thành tích của 6 tháng đầu năm 2024", a span reviewed; the search
# ends at the span, so "\Z" is its start)
_RE_TO_COME = regex.compile(
    r"\b(?:sẽ|phấn đấu|dự kiến)\b(?=(?:(?!\b(?:kết quả|thành tích|phát huy|đã đạt|đạt được)\b)[\s\S])*\Z)"
    r"|\b(?:thống nhất|nhất trí)\b(?:(?!\b(?:báo cáo|đánh giá|kết quả)\b)[^.;:]){0,80}?"
    r"\b(?:tổ chức|đăng cai|diễn ra|hội thao|hội thi|hội diễn|liên hoan|giải(?!\s+(?:pháp|quyết|trình|thưởng)))\b", regex.I)


# the month from which a meeting may review its whole year (year-end reviews are often held in late November)
_YEAR_END_MONTH = 11
def _reviews_the_quoted(t: str, a: int, m, kind: Found) -> bool:
    """A review names the quoted movement right after its own words ("tổng kết phong trào thi đua “... giai đoạn 2021 -
    2025”") and no year follows the quotation ("... ” năm 2023" reviews that year): the stage is the period reviewed."""
    q = t.rfind("“", a, m.start())
    if kind.value == "giao_uoc" or q < 0 or not _RE_REVIEW_WORDS_END.search(t, a, q):
        return False
    close = t.find("”", m.end())
    return close < 0 or not _RE_YEAR_NEXT.match(t, close + 1)


_RE_REVIEW_WORDS_END = regex.compile(r"(?:sơ|tổng)\s+kết(?:\s+\p{L}+){0,4}\s*$", regex.I)
_RE_YEAR_NEXT = regex.compile(r"\s*(?:năm\s+)?(?:19|20)\d{2}\b", regex.I)
_RE_RANGE_END = regex.compile(r"\s*[-–]\s*(?:19|20)\d{2}")


# a review named with what it reviews ("tổng kết công tác thi đua", "sơ kết 6 tháng"), not the practice of reviewing
# ("thực hiện sơ kết, tổng kết các phong trào thi đua")
_RE_OWN_REVIEW = regex.compile(r"(?:sơ|tổng)\s+kết\s+(?:(?:công\s+tác|phong\s+trào|hoạt\s+động)\s+)?(?:thi\s+đua|năm|\d|6|sáu|9|chín)", regex.I)
_RE_REVIEW_PAIR = regex.compile(r"(?:sơ|tổng)\s+kết\s*(?:,|và)\s*$", regex.I)


# a second act, the signing of the next covenant, between a year-end review's word and a year ("tổng kết ... và ký kết giao ước thi đua năm 2021")
_RE_NEXT_PERIOD = regex.compile(r"(?:\bvà|,)\s+(?:tổ chức\s+|tiến hành\s+)?(?:ký kết|ký)\s+(?:kết\s+)?giao ước\b", regex.I)


def extract(doc: Document) -> None:
    d = doc.draft
    s = meeting_sentence(doc)
    d.meeting_sentence = s
    held = _held(doc, s)  # (year, month) of the meeting, when its sentence dates it with a year
    title = next((b for b in doc.blocks if b.kind == "title"), None)
    regions = []
    if s:
        regions.append((s.start, s.end))
    if title:
        regions.append((title.start, title.end))
    for b in doc.blocks:
        if b.kind in ("body", "caption") and (not s or b.start != s.start):
            regions.append((b.start, b.end))
        elif b.kind == "body" and s.end < b.end:
            regions.append((s.end, b.end))  # the rest of the paragraph the meeting sentence opens
    kind, period = kind_and_period(doc, regions, (s is not None) + (title is not None))
    stated = kind is not None and any(a <= kind.start < b for a, b in regions[:(s is not None) + (title is not None)])
    if kind is not None and not stated and kind.value in ("so_ket", "tong_ket"):
        # a review read only in the body, where the meeting is stated as a giao ban or a meeting of part of a year ("tổ chức
        # giao ban quý III năm 2025" ... "Phường A đăng cai tổng kết năm"): the span stated is what the meeting reviews
        # (annotation.md: a giao ban that reviews a period takes that period's kind), the body's review another meeting's
        for a, b in regions[:(s is not None) + (title is not None)]:
            found = _reviewed_span(doc.text, a, b)
            if found is not None:
                kind, period, stated = Found("so_ket", found.start, found.end), found, True
                break
        if not stated:
            # or stated as choosing year N's titles ("tổ chức hội nghị bình xét thi đua năm 2024" ... "Trước đó, tại Hội nghị sơ
            # kết 6 tháng đầu năm ..."): annotation.md, bình xét of year N's titles is tong_ket {N}; the body's review another's
            for a, b in regions[:(s is not None) + (title is not None)]:
                m = _stated_year_results(doc, a, b, held)
                if m is not None:
                    kind, stated = Found("tong_ket", m.start(), m.end()), True
                    period = Found({"year": int(m.group(1)), "span": "year"}, m.start(1), m.end(1))
                    break
    insp = search(_RE_INSPECTION, doc.text, s.start, s.end) if s is not None and not stated else None
    if insp is not None and not search(_RE_INSPECTION_REVIEWS, doc.text, s.start, s.end):
        # an inspection team's visit ("Đoàn kiểm tra ... Cụm thi đua ... đã có buổi làm việc tại tỉnh A", "đoàn công tác
        # kiểm tra chéo"), no review or signing stated: annotation.md's "other", no period reviewed
        kind, period = Found("other", insp.start(), insp.end()), None
    review = _year_review(doc) if kind is None or (kind.value == "giao_uoc" and not stated) else None
    if review is not None:
        # no kind word where the meeting is stated, but a review of year N in the body (annotation.md: a review of
        # year N's results is tong_ket {N}; a covenant signed at the same meeting does not make it giao_uoc)
        kind = Found("tong_ket", review.start, review.end)
        period = Found({"year": review.value, "span": "year"}, review.start, review.end)
    elif kind is not None and kind.value == "giao_uoc" and not stated and _reviews(doc):
        # a covenant mentioned only in the body of a meeting that chooses or proposes for the results: the
        # review of the year before the covenant's
        # (the covenant's year, or the plan's, is the year after the one reviewed; a year that qualifies a review, "Hội nghị
        # bình xét thi đua, khen thưởng năm 2020" in the headline, is the reviewed one)
        # (not the results of carrying one out: "đánh giá kết quả thực hiện nhiệm vụ năm 2023" is the year reviewed)
        # (nor a year of the covenant's sentence that goes with its review: "suy tôn A là đơn vị dẫn đầu Khối năm 2023 và ký kết
        # giao ước thi đua")
        window = (max(0, period.start - 60), period.start) if period is not None else (0, 0)
        plan_year = period is not None and (
            _same_sentence(doc, period.start, kind.start) and _RE_REVIEW_BEFORE_YEAR.search(doc.text, *window) is None
            or _RE_PLAN_BEFORE_YEAR.search(doc.text, *window) is not None and _RE_RESULTS_OF.search(doc.text, *window) is None)
        kind = Found("tong_ket", kind.start, kind.end)
        if period is not None and period.value["span"] == "year" and plan_year:
            period = Found({"year": period.value["year"] - 1, "span": "year"}, period.start, period.end)
    if kind is not None and kind.value == "so_ket" and period is None and stated:
        # "sơ kết ... năm 2023" with no part of the year, held after that year ended: the whole year's review
        # (annotation.md: a review of year N's results is tong_ket {N})
        # (the year qualifying the review itself, lower-case words between: not a plan's date, a document's year, a range)
        y = _RE_SO_KET_YEAR.match(doc.text, kind.start, min(len(doc.text), kind.end + 60))
        if y is not None and held is not None and int(y.group("y")) < held[0] \
                and not any(search(rx, doc.text, kind.end, y.start("y")) for _sp, rx in _RE_SPAN):
            kind = Found("tong_ket", kind.start, kind.end)
            period = Found({"year": int(y.group("y")), "span": "year"}, y.start("y"), y.end("y"))
    if kind is not None and kind.value == "giao_uoc":
        # a covenant meeting that passes the year's review report ("nhất trí với Báo cáo tổng kết công tác thi đua năm
        # học 2017 - 2018") reviews that year (record.md: giao_uoc is a signing "with no review")
        for a, b in regions:
            m = search(_RE_PASSES_REVIEW, doc.text, a, b)
            if m is not None:
                kind = Found("tong_ket", m.start(), m.end())
                period = Found({"year": int(m.group("y")), "span": "term" if m.group("sy") else "year"}, m.start("y"), m.end("y"))
                break
    if kind is None:
        # no meeting word for the kind: what the meeting did tells it (annotation.md): choosing or
        # ranking year N's results is a year-end review of N
        for a, b in regions:
            m = search(_RE_YEAR_RESULTS, doc.text, a, b)
            if m:
                kind = Found("tong_ket", m.start(), m.end())
                if period is None:
                    period = Found({"year": int(m.group(1)), "span": "year"}, m.start(1), m.end(1))
                break
    if kind is None and any(_RE_RESULTS_WORK.search(doc.text, x.start, x.end) and _RE_RESULTS_VERB.search(doc.text, x.start, x.end)
                            for x in doc.body_sentences()):
        # no kind word, but the meeting chooses or ranks the results, and the article reviews a school year
        # ("Theo kết quả bình xét, trường A ...", "phong trào thi đua năm học 2019-2020"): the year-end review of that term
        for a, b in regions:
            m = search(_RE_SCHOOL_YEAR, doc.text, a, b)
            if m:
                kind = Found("tong_ket", m.start(), m.end())
                period = Found({"year": int(m.group(2)), "span": "term"}, m.start(), m.end())
                break
    if kind is None:
        # no kind word: a giao ban / meeting that reviews part of a year ("giao ban quý III năm 2024",
        # "họp đánh giá kết quả 9 tháng năm 2024") is a sơ kết of that span (annotation.md)
        for a, b in regions[:(s is not None) + (title is not None)]:
            found = _reviewed_span(doc.text, a, b)
            if found is not None:
                kind, period = Found("so_ket", found.start, found.end), found
                break
    if kind is None:
        # a giao ban or a meeting that assesses a whole year ("hội nghị giao ban đánh giá hoạt động công tác năm 2022")
        # is the year's review
        for a, b in regions[:(s is not None) + (title is not None)]:
            m = search(_RE_ASSESSES_YEAR, doc.text, a, b)
            # (checking a year's results is its review only from the year's end: "kiểm tra kết quả ... năm 2024" in May is
            # a mid-year check)
            if m is not None and "kiểm tra" in m.group(0).lower():
                if held is not None:
                    early = (int(m.group("y")), _YEAR_END_MONTH) > held
                else:  # (a date without its year still tells the month)
                    ds = _dates(doc, s.start, s.end) if s is not None else []
                    early = bool(ds) and ds[0].month is not None and ds[0].month < _YEAR_END_MONTH
                if early:
                    m = None
            if m is not None and not _RE_FORWARD.search(m.group("gap")):
                kind = Found("tong_ket", m.start(), m.end())
                period = Found({"year": int(m.group("y")), "span": "year"}, m.start("y"), m.end("y"))
                break
    if kind is None:
        # a giao ban of a year's work with no verb of review ("Hội nghị giao ban công tác thi đua năm 2015"), when the body
        # reviews that year: ranks, chooses or proposes for its results
        for a, b in regions[:(s is not None) + (title is not None)]:
            m = search(_RE_GIAO_BAN_YEAR, doc.text, a, b)
            # (a numbered or periodic session of the year reviews the whole year only when held in its last month)
            session = _RE_SESSION.search(m.group("gap")) if m is not None else None
            if m is not None and not _RE_FORWARD.search(m.group("gap")) \
                    and (held is None and session is None or held is not None and (int(m.group("y")), 12 if session else _YEAR_END_MONTH) <= held) \
                    and _reviews(doc):
                kind = Found("tong_ket", m.start(), m.end())
                period = Found({"year": int(m.group("y")), "span": "year"}, m.start("y"), m.end("y"))
                break
    if kind is None:
        # no kind word, but a body sentence opens on a past term, school year or part of a year and tells its results
        # ("Giai đoạn 2015-2020, 100% các đơn vị ... đã ..."; "6 tháng đầu năm 2023, công tác thi đua đã được ..."): its
        # review, when that period ended before the meeting (not "Giai đoạn 2026-2030, các đơn vị tập trung ...")
        for x in doc.body_sentences():
            if _RE_NOT_REVIEW.search(doc.text, x.start, x.end):
                continue
            m = _RE_TERM_REVIEW.match(doc.text, x.start, x.end)
            if m and (_reviewable(doc, x, held, int(m.group(2)), 6) or _school_year_end(doc, s, m)):
                kind = Found("tong_ket", m.start(), m.end())
                period = Found({"year": int(m.group(2)), "span": "term"}, m.start(1), m.end(2))
                break
            sp = _RE_SPAN_OPENS.match(doc.text, x.start, x.end)
            if sp:
                span = next(name for name, rx in _RE_SPAN if rx.match(doc.text, sp.start("s"), sp.end("s")))
                if _reviewable(doc, x, held, int(sp.group("y")), _SPAN_END[span]):
                    kind = Found("so_ket", sp.start("s"), sp.end("s"))
                    period = Found({"year": int(sp.group("y")), "span": span}, sp.start("s"), sp.end("y"))
                    break
    if kind is None:
        # no kind word: the article tells year N's emulation results ("báo cáo kết quả phong trào thi đua ... năm 2014",
        # "Phong trào thi đua ... năm 2025 của các đơn vị trong cụm đã đạt được nhiều kết quả"): the review of N
        plans = search(_RE_PLANS_YEAR, doc.text, s.start, s.end) if s is not None else None
        for x in doc.body_sentences():
            m = search(_RE_MOVEMENT_RESULTS, doc.text, x.start, x.end)
            if m is None or _RE_NOT_REVIEW.search(doc.text, x.start, x.end):
                continue
            g = next(k for k in ("y", "y2", "y3", "y4", "y5") if m.group(k))
            if _RE_BASIS_BEFORE.search(doc.text, max(x.start, m.start() - 30), m.start() + 8):
                continue  # "Trên cơ sở / Phát huy kết quả ... năm 2023, hội nghị thống nhất ...": the basis of a plan
            ya = m.start(g)
            if cre.search(r"\b(?:từ|đến|giai đoạn)\s+năm\s+$", doc.text[max(x.start, ya - 20):ya], regex.I) \
                    or cre.match(r"\d{4}\s*(?:[-–]|đến)", doc.text[ya:ya + 12]):
                continue  # "từ năm 2020 đến nay": a stretch of years, no year reviewed
            y = int(m.group(g))
            if plans is not None and int(plans.group(1)) > y:
                continue  # the meeting launches a later year: the results it speaks of are its basis ("triển khai ... năm 2024")
            # (units voted for year N's flag: a review held from its last weeks, as military clusters hold theirs)
            if held is None or (y, _YEAR_END_MONTH if g == "y3" else 12) <= held:
                yspan = m.span(g)
                kind = Found("tong_ket", m.start(), m.end())
                period = Found({"year": y, "span": "year"}, *yspan)
                break
    if kind is None:
        # no kind word: the first half of year N's movement told as done ("phong trào thi đua Vì ANTQ 6 tháng đầu năm 2017
        # được ... thực hiện có hiệu quả"): the review of that half
        for x in doc.body_sentences():
            m = search(_RE_HALF_RESULTS, doc.text, x.start, x.end)
            if m is None or _RE_NOT_REVIEW.search(doc.text, x.start, x.end):
                continue
            y = int(m.group("y"))
            if held is None or (y, 6) <= held:
                kind = Found("so_ket", m.start("s"), m.end("y"))
                period = Found({"year": y, "span": "h1"}, m.start("s"), m.end("y"))
                break
    if kind is None:
        # no kind word: the meeting, subject of a body sentence, assesses part of a year ("Hội nghị đã đánh giá công tác
        # ... trong 6 tháng đầu năm 2024"): the sơ kết of that span
        for x in doc.body_sentences():
            m = _RE_MEETING_ASSESSES.match(doc.text, x.start, x.end)
            if m is None or _RE_NOT_REVIEW.search(doc.text, x.start, x.end):
                continue
            found = next(((sp, sm, y) for sp, rx in _RE_SPAN for sm in rx.finditer(doc.text, m.end(), x.end)
                          if (y := _first_year_after(doc.text, sm.end(), x.end, 20)) is not None), None)
            # (the first period the sentence names: not a part of a year after the whole year assessed, "kết quả năm 2023,
            # nhất là từ sau hội nghị giao ban 6 tháng đầu năm", nor one compared with, "so với 9 tháng năm 2023")
            whole = search(r"\bnăm\s+((?:19|20)\d{2})\b", doc.text, m.end(), x.end)
            if whole is not None and (found is None or whole.end() <= found[1].start()) and held is not None \
                    and (int(whole.group(1)), _YEAR_END_MONTH) <= held and whole.start() - m.end() < 80 \
                    and not search(r"\b(?:triển khai|phương hướng|kế hoạch|phát động|chỉ tiêu)\b", doc.text, m.end(), whole.start()):
                # the whole year assessed first, at its end ("Hội nghị đã đánh giá kết quả thực hiện nhiệm vụ năm 2023" in
                # December 2023): its review
                kind = Found("tong_ket", m.start(), whole.end())
                period = Found({"year": int(whole.group(1)), "span": "year"}, whole.start(1), whole.end(1))
                break
            if found is not None and (whole is not None and whole.end() <= found[1].start()
                                      or search(r"\b(?:so\s+với|từ\s+sau|sau)\s+(?:\p{L}+\s+){0,5}$", doc.text, max(m.end(), found[1].start() - 40), found[1].start())):
                found = None
            if found is not None and _reviewable(doc, x, held, found[2][0], _SPAN_END[found[0]]):
                sp, sm, y = found
                kind = Found("so_ket", sm.start(), y[1][1])
                period = Found({"year": y[0], "span": sp}, sm.start(), y[1][1])
                break
    if kind is None:
        # no review and no signing word: a meeting that launches year N's emulation or work ("hội nghị triển
        # khai công tác thi đua năm 2025", "phát động phong trào thi đua năm 2025") is giao_uoc {N} (record.md)
        for a, b in regions[:(s is not None) + (title is not None)]:
            m = search(_RE_LAUNCH, doc.text, a, b)
            # (a long way to the year only across the cluster's own name: "kế hoạch hoạt động Khối thi đua ... năm học")
            # (counted to the word "năm": a school year's first year is no word of the way)
            if m and len(doc.text[m.start():doc.text.rfind("năm", m.start(), m.start("y"))].split()) > 12 \
                    and not cre.search(r"\b(?:cụm|khối)\b", m.group(0), regex.I):
                m = None
            if m:
                kind = Found("giao_uoc", m.start(), m.end())
                period = Found({"year": int(m.group("y")), "span": "term" if m.group("sy") else "year"},
                               m.start("sy") if m.group("sy") else m.start("y"), m.end("y"))
                break
    # a launch or a signing for year N whose body has the meeting review year N - 1 ("lễ phát động phong trào thi đua năm 2026"
    # ... "Tại buổi lễ, Khối thi đua đã đánh giá toàn diện kết quả ... năm 2025"): the review of N - 1 (annotation.md: what the
    # meeting did decides; a covenant for the year ahead signed at it makes no review giao_uoc); so does a meeting stated as
    # reviewing year N - 1 and signing for N under no "tổng kết" ("Hội nghị đánh giá kết quả ... năm 2024 và ký kết giao ước thi đua
    # năm 2025"), or one whose body has it choose year N - 1's titles ("Hội nghị đã bình xét, suy tôn ... năm 2024")
    if kind is not None and kind.value == "giao_uoc" and period is not None and period.value.get("span") == "year" \
            and s is not None:
        for x in [s, *doc.body_sentences()]:
            r = (search(_RE_STATED_REVIEWS_YEAR, doc.text, x.start, x.end) if x is s
                 else _RE_BODY_REVIEWS_YEAR.match(doc.text, x.start, x.end))
            if r is not None and x is not s and _RE_MEETING_NOUN_ONLY.fullmatch(doc.text, x.start, r.start("v")) \
                    and (h := _RE_HELD_AFTER.match(doc.text, r.end(), x.end)) and _another_time(doc, s, x, h.start("h")):
                r = None  # another meeting named and told as held: "Hội nghị tổng kết năm 2024 của Khối đã được tổ chức ngày 10/1"
            if r is not None and int(r.group("y")) == period.value["year"] - 1:
                kind = Found("tong_ket", r.start("v"), r.end("y"))
                period = Found({"year": int(r.group("y")), "span": "year"}, r.start("y"), r.end("y"))
                break
    # a meeting that prepares another one ("họp trù bị chuẩn bị cho Hội nghị tổng kết") is "other"
    prep = None
    for region in (title, s):
        if region is not None and prep is None:
            low = doc.cues.lower[region.start:region.end]
            # (the pattern's words first; "ſ" and "İ", which lower case keeps apart from "s" and "i", leave it to the pattern)
            if "ſ" in low or "İ" in low or any(w in low for w in _PREPARATORY_WORDS):
                prep = search(_RE_PREPARATORY, doc.text, region.start, region.end)
    # (unless it reviews the results itself: "Năm 2023, các đơn vị ...", "thông qua kết quả chấm điểm, xếp hạng")
    if prep and kind is not None and not _reviews(doc):
        kind = Found("other", prep.start(), prep.end())
    if kind is None and s is not None and "giao ban" in doc.cues.lower[s.start:s.end]:
        # a giao ban that reviews part of a year, the year left out ("tổ chức giao ban công tác thi đua quý III"): a sơ kết
        # (annotation.md), its period unknown
        m = _RE_GIAO_BAN_SPAN.search(doc.text, s.start, s.end)
        # (not one that plans the span, "giao ban thống nhất nội dung hoạt động quý III", "họp giao ban bàn việc tổ chức hội thao
        # dịp quý III"; nor one held before the span ends, its month told: "Ngày 8/7, ... giao ban ... quý III" reviews no Q3)
        if m is not None and not _RE_FORWARD.search(m.group("gap")) and not _RE_PLANS_SPAN.search(m.group("gap")):
            span = next(name for name, rx in _RE_SPAN if rx.match(doc.text, m.end("gap"), m.end()))
            ds = [x for x in _dates(doc, s.start, s.end) if x.month is not None]
            month = held[1] if held is not None else ds[0].month if ds else None
            if month is None or _SPAN_END[span] <= month or span == "q4" and month <= 3:
                kind = Found("so_ket", m.start(), m.end())
    if kind:
        d.scalars["meeting.kind"] = kind
    if period:
        d.scalars["meeting.period"] = period
    elif kind is not None and kind.value == "so_ket":
        # the part of a year written without its year ("sơ kết 6 tháng đầu năm"): this year's, once the meeting's
        # date is read (resolve_date)
        for a, b in regions[:(s is not None) + (title is not None)]:
            found = next(((sp, m) for sp, rx in _SPANS_OF_ITS_YEAR if (m := search(rx, doc.text, a, b))), None)
            if found is not None and _first_year_after(doc.text, found[1].end(), b, 20) is None:
                d.scalars["meeting.period.span"] = Found(found[0], found[1].start(), found[1].end())
                break
    if s is None:
        if title is not None and kind is not None and title.start <= kind.start < title.end:
            # a short notice whose headline states the meeting, its label lines under it: "Cụm thi đua số 3 tổ chức hội nghị sơ
            # kết ..." / "- Thời gian: 8h00 ngày 12/7/2024." / "- Địa điểm: tại ..."
            _notice_date_and_place(doc, title.start, title.end)
            if "meeting.date.parts" not in d.scalars and not search(_RE_ANOTHER_ACT_AFTER, doc.text, title.start, title.end):
                # a minutes' fields further down, under the document's header: its time line, its place line right after
                # it ("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN" / "1. Thời gian: ..., ngày 10 tháng 7 năm 2024." / "2. Địa điểm: ...")
                body = doc.body_sentences()[:20]
                # (under a heading that names the meeting itself, "II. HỘI NGHỊ TỔNG KẾT", "I. THỜI GIAN, ĐỊA ĐIỂM", or the
                # headline: not another activity's, "I. KIỂM TRA CHÉO" / "1. Thời gian: ngày 5/12/2024")
                for x, y in zip(body, body[1:]):
                    if _RE_TIME_LABEL.match(doc.text, x.start, x.end) and _RE_PLACE_LABEL.match(doc.text, y.start, y.end) \
                            and _under_meeting_heading(doc, x.start):
                        ds = _notice_dates(doc, x)
                        if ds:
                            _put_date(doc, ds[0])
                        break
        body = doc.body_sentences()[:14]
        if kind is not None and "meeting.date.parts" not in d.scalars and not any(_dates(doc, x.start, x.end) for x in body) \
                and any(search(_RE_THE_MEETING_TOLD, doc.text, x.start, x.end) for x in body):
            # no sentence states the meeting, a photo's caption of it does, the body telling of the meeting and no day ("Ảnh:
            # Quang cảnh hội nghị sơ kết 6 tháng đầu năm 2024 của Khối thi đua số 2, chiều 15/7." / "Hội nghị đã đánh giá
            # ..."): its day (not a photo of a meeting over a body that tells of none, "Năm 2024, các đơn vị ...")
            ds = _caption_dates(doc, kind, period, review=True)
            if ds:
                _put_date(doc, ds[0])
        if kind is not None and "meeting.date.parts" not in d.scalars and "meeting.date" not in d.scalars:
            # no sentence states the meeting: its day told aside of the bare "hội nghị", or its scene ("Sáng 9/1, tại X, đại
            # diện các đơn vị đã cùng nhìn lại ..."), which places it too (annotation.md: the place after "tại")
            ds = _day_told_aside(doc, None, kind, period)
            if ds:
                _put_date(doc, ds[0])
            else:
                scene = _scene_of_meeting(doc, kind, period)
                if scene is not None:
                    _put_date(doc, _dates(doc, scene[0].start, scene[0].end)[0])
                    if "meeting.venue" not in d.scalars:
                        d.scalars["meeting.venue"] = scene[1]
        return
    dates = _dates(doc, s.start, s.end)
    if len(dates) > 1:
        # the day of an earlier step told in its clause before the meeting's own day ("Trên cơ sở kết quả kiểm tra chéo ngày
        # 10/12, chiều 15/12, Cụm ... tổ chức ...", "Sau khi kiểm tra chéo vào ngày 10/12, ngày 15/12 Cụm ..."): that step's
        own = [x for x in dates if not _RE_EARLIER_STEP_BEFORE.search(doc.text, max(s.start, x.span[0] - 80), x.span[0])]
        if own:
            dates = own
    pub = d.scalars.get("published")
    if pub is not None and s.start <= pub.start < s.end and len(dates) > 1:
        # the page's date stamp run into the lead ("26/12/2017 - Chiều 25/12, Khối ..."): the lead's own date is the meeting's
        dates = [x for x in dates if not (x.span[0] < pub.end and pub.start < x.span[1])] or dates
    # (a later step, "Sau đó, Cụm tổ chức hội nghị ...", has not the day of the sentence or paragraph before it, an earlier act's)
    lead = (_dated_lead(doc, s) or _dated_paragraph_opening(doc, s)) if not dates and not _RE_LATER_STEP.match(doc.text, s.start, s.end) \
        else None
    if lead is not None:
        # "Sáng ngày 28/3, tại Hà Nội. Khối thi đua ... tổ chức ...": the date and place stand alone before it
        dates = _dates(doc, lead.start, lead.end)
    dl = _RE_DATELINE_TODAY.match(doc.text, s.start, s.end) if not dates else None
    if dl is not None:
        # "Hà Nội, 15/12 (TTXVN) - Sáng nay, Khối ... tổ chức ...": the news agency's dateline, whose day is the "nay" of the
        # lead (its year, left out, read from the context)
        dates = [DateFound(int(dl.group("d")), int(dl.group("m")), int(dl.group("y")) if dl.group("y") else None, None,
                           dl.span("date"), None)]
    same_day = _RE_SAME_DAY_TOD.match(doc.text, s.start, s.end) if not dates else None
    if same_day is not None:
        # "Chiều cùng ngày, ...": the day of the sentence dated before it, the part of the day its own
        prev = next((x for x in reversed(doc.body_sentences()) if x.end <= s.start and _dates(doc, x.start, x.end)), None)
        dates = [_dates(doc, prev.start, prev.end)[0]] if prev is not None else []
        if dates and same_day.group("tod"):
            tod = _TOD_VALUE[same_day.group("tod").lower()]
            d.scalars["meeting.time_of_day"] = Found(tod, same_day.start("tod"), same_day.end("tod"))
            dates[0] = DateFound(dates[0].day, dates[0].month, dates[0].year, None, dates[0].span, None)
    sequel = _RE_SEQUEL_OPENS.match(doc.text, s.start, s.end) if not dates and same_day is None else None
    if sequel is not None:
        # "Ngay sau lễ khánh thành, Cụm tổ chức hội nghị ...", "Sau đó, ...": the day of the sentence right before it, which
        # tells the other event (its part of the day is that event's: not stated for the meeting)
        # (not "Sau đó, ...", "Tiếp theo, ...", which may be another day; nor the start of a span of days, "Từ ngày 1/7 đến ngày
        # 5/7/2024, ... Ngay sau đó, ...")
        prev = next((x for x in reversed(doc.body_sentences()) if x.end <= s.start), None) \
            if not _RE_LATER_STEP.match(doc.text, s.start, s.end) else None
        ds = _notice_dates(doc, prev) if prev is not None else []
        if ds:
            dates = [DateFound(ds[0].day, ds[0].month, ds[0].year, None, ds[0].span, None)]
    if dates:
        # the date nearest the venue word "tại" or the start of the sentence
        tai = _tai(doc, s)
        if tai:
            dates.sort(key=lambda x: abs(x.span[0] - tai.start()))
        _put_date(doc, dates[0])
    else:
        loose = _loose_date(doc, s)
        if loose:
            d.scalars[loose[0]] = loose[1]
        else:
            # the next sentence that dates the meeting as its subject ("Sự kiện diễn ra ngày 28/02, tại trụ sở X")
            # (the very next one: not a later sentence on another event, "Trong năm, Cụm đã tổ chức Hội thao. Sự kiện diễn ra ...")
            x = next((x for x in doc.body_sentences() if x.start >= s.end), None)
            ds = _dates(doc, x.start, x.end) if x is not None and _RE_MEETING_DATED.match(doc.text, x.start, x.end) else []
            # (or a notice's label line among those right after it: "- Thời gian: 8h00 ngày 12/7/2024." / "- Địa điểm: ...")
            when = _notice_line(doc, s.start, s.end, _RE_TIME_LABEL) if not ds else None
            if when is not None:
                ds = _notice_dates(doc, when)
            # (or the headline that opens on it, the body telling no date: "Ngày 12/12, Cụm thi đua số 9 tổng kết ...")
            # (or that closes on it, the meeting's day: "Cụm thi đua số 7 tổng kết năm 2023 ngày 19/12", "... (19/12)"; not a day
            # it looks to, "..., hướng tới ngày 14/12")
            if not ds and title is not None:
                ds = [x for x in _dates(doc, title.start, title.end) if x.span[0] - title.start <= 3
                      or not doc.text[x.span[1]:title.end].strip(" \t)].")
                      and not _RE_NOT_THE_HEADLINES_DAY.search(doc.text, max(title.start, x.span[0] - 30), x.span[0])
                      and not _RE_HEADLINE_OTHER_EVENT.search(doc.text, title.start, x.span[0])]
            if not ds:
                # (or a photo's caption of this meeting, the text telling no other day: "Ảnh: Quang cảnh hội nghị tổng kết sáng
                # 18/12/2024"; annotation.md reads a caption of this meeting as the article's)
                ds = _caption_dates(doc, kind, period)
            if not ds:
                # (or another sentence that tells the day of the meeting it names bare: "X nói câu ấy trong buổi sáng 21/12, ở
                # đầu hội nghị.")
                ds = _day_told_aside(doc, s, kind, period)
            if ds:
                _put_date(doc, ds[0])
    if "meeting.time_of_day" not in d.scalars:
        # "Sáng nay, tại X, Khối ... tổ chức ..." under a dateline ("Hà Nội, 15/1/2025 - "): the part of today, no date after it
        # to carry it, still tells the part of the day of the meeting
        today = search(_RE_TOD_TODAY, doc.text, s.start, s.end)
        # (or of yesterday or a weekday, the day itself not stated: not where the meeting's date is written apart from it, "Tối thứ
        # Bảy tuần trước là đêm giao lưu, còn Khối ... tổ chức hội nghị ... vào ngày 16/12"; and where it opens its clause)
        if today is None and "meeting.date.parts" not in d.scalars:
            # (a bare weekday after "vào" inside a clause only when told past, "... vào sáng thứ Sáu vừa qua": not a day to come
            # or a programme's name, "thống nhất tổ chức giải bóng đá vào sáng Chủ nhật", "ra quân vào Sáng thứ Bảy tình nguyện")
            today = next((x for x in finditer(_RE_TOD_PAST, doc.text, s.start, s.end)
                          if _RE_TOD_OPENS.search(head := doc.text[s.start:x.start()])
                          and (_RE_TOD_OPENS_CLAUSE.search(head) or cre.search(r"\bqua$", x.group(), regex.I)
                               or cre.match(r"\s+(?:tuần|hôm)\s+(?:qua|trước)\b", doc.text[x.end():x.end() + 16], regex.I))), None)
        # (before the meeting's verb, or right after "vào": "tổ chức hội nghị ... vào chiều hôm nay"; not another event's after
        # it, "...; tối nay, các đơn vị sẽ giao lưu văn nghệ")
        before = doc.text[s.start:today.start()] if today is not None else ""
        if today is not None and (";" in before or cre.search(r"\b(?:tổ chức|diễn ra|khai mạc|tiến hành)\b", before, regex.I)
                                  and not cre.search(r"\bvào\s+$", before, regex.I)):
            today = None
        if today is not None and _TOD_VALUE[today.group("tod").lower()]:
            d.scalars["meeting.time_of_day"] = Found(_TOD_VALUE[today.group("tod").lower()], today.start("tod"), today.end("tod"))
    venue = find_venue(doc, s) or (find_venue(doc, lead) if lead is not None else None)
    if venue is None and not _tai(doc, s):
        # annotation.md: no "tại" where the meeting is stated: the first other sentence that places the
        # meeting ("Hội nghị diễn ra tại ...", "Buổi lễ được tổ chức tại ...")
        # (however far from it: past the first few sentences, not a meeting to come, "Hội nghị năm sau sẽ được tổ chức tại ...")
        after = [x for x in doc.body_sentences() if x.start >= s.end]
        missed = False
        for j, x in enumerate(after):
            # (or, close after it, the cluster holding the meeting of its kind there: "Sáng nay 14/12, Cụm thi đua số 7 tổng kết năm
            # 2023" / "Cụm thi đua số 7 gồm A, B và C đã tổ chức hội nghị tổng kết ... tại X")
            # (past a transcript's turn marker: "PV: Hội nghị diễn ra tại X")
            turn = _RE_TURN_MARKER.match(doc.text, x.start, x.end)
            x0 = turn.end() if turn is not None else x.start
            if ((_RE_MEETING_PLACED.match(doc.text, x0, x.end) or _RE_PRESIDED_AT.match(doc.text, x0, x.end))
                    and not (j > 0 and _RE_THE_EVENT.match(doc.text, x0, x.end))
                    and not ((j >= 4 or missed) and (_another_meeting_placed(doc, x, kind, period)
                                                     or not _RE_THE_MEETING_PLACED.match(doc.text, x0, x.end)))) \
                    or (j < 3 and not missed and _cluster_held_this_kind(doc, x, kind)
                        and not _another_meeting_placed(doc, x, kind, period)):
                venue = find_venue(doc, x)
                if venue is not None:
                    break
                # (a place no venue, "tại các điểm cầu": a later sentence may place it, if it is this meeting's, not another's
                # "Hội nghị giao ban quý III của Cụm đã được tổ chức tại ...")
                missed = True
        if venue is None:
            # a notice's place line right after it, with its "tại": "- Địa điểm: tại Hội trường X"
            where = _notice_line(doc, s.start, s.end, _RE_PLACE_LABEL)
            if where is not None:
                venue = find_venue(doc, where)
        if venue is None:
            # a line above it that names the meeting and its place, without a verb (a sapo or a caption:
            # "Hội nghị triển khai kế hoạch năm 2023 tại Trường X")
            for x in (x for x in doc.body_sentences() if x.end <= s.start):
                named = _RE_MEETING_NAMED_AT.match(doc.text, x.start, x.end)
                # (the same meeting: a line on a sơ kết does not place a tổng kết)
                k = named.group("k").lower() if named else None
                ly = search(r"\bnăm\s+(?:học\s+\d{4}\s*-\s*)?((?:19|20)\d{2})\b", doc.text, x.start, x.end) if named else None
                if named and not (kind is not None and (k, kind.value) in (("sơ kết", "tong_ket"), ("tổng kết", "so_ket"))) \
                        and not (ly and period is not None and int(ly.group(1)) != period.value.get("year")):
                    venue = find_venue(doc, x)
                    break
        if venue is None:
            # a photo's caption that places the meeting, no body sentence placing it (annotation.md): "Quang cảnh hội nghị tại
            # hội trường X", "Toàn cảnh buổi lễ tại trụ sở Y" (the first; not an archive photo's, another kind's or year's, one to come)
            venue = _caption_venue(doc, kind, period)
    if venue:
        d.scalars["meeting.venue"] = venue


# a caption naming the meeting by its noun (after "Quang cảnh" / "Toàn cảnh", or its label "Ảnh:") and then its place
# (between the noun and "tại", only the words of this meeting's kind and period, "của Cụm", "này", its verb of taking place:
# not another body's meeting, "hội nghị Cụm thi đua số 4", "cuộc họp Ban Thường vụ Tỉnh ủy", "Hội nghị trực tuyến toàn quốc ...
# của Chính phủ", another act's, "Buổi lễ tuyên dương ...", "Hội nghị trao Bằng khen cho ... tại phong trào", or one before,
# "hội nghị năm trước")
_CAPTION_MEETING_WORDS = (r"(?:sơ\s+kết|tổng\s+kết|ký\s+kết|giao\s+ước|công\s+tác|thi\s+đua|khen\s+thưởng|năm|\d{4}|\d{1,2}"
                          r"|tháng|đầu|cuối|quý|(?-i:[IV]{1,3})|của|(?:cụm|khối)(?!\s+(?:thi\s+đua\s+)?(?:số\s+)?(?:\d|(?-i:[IVX]+\b)))"
                          r"|này|(?:đã\s+|được\s+)?(?:tổ\s+chức|diễn\s+ra))(?!\p{L})")
_RE_CAPTION_PLACES_MEETING = regex.compile(
    r"[\W_]*(?:ảnh\s*\d{0,2}\s*:\s*)?(?:(?:quang|toàn)\s+cảnh\s+)?(?:hội nghị|buổi lễ|lễ ký kết|cuộc họp|buổi họp)(?!\p{L})"
    r"(?:[\s,-]+" + _CAPTION_MEETING_WORDS + r"){0,12}\s+tại\s", regex.I)


def _caption_venue(doc: Document, kind, period) -> Found | None:
    """The venue a caption of this meeting gives (``_RE_CAPTION_PLACES_MEETING``), the first that gives one."""
    blocks = doc.blocks
    for x in doc.content_sentences():
        if blocks[x.block].kind != "caption" or not doc.cues.has(_V_TAI, x.start, x.end):
            continue
        if _RE_CAPTION_PLACES_MEETING.match(doc.text, x.start, x.end) is None or search(_RE_ARCHIVE_PHOTO, doc.text, x.start, x.end) \
                or _another_meeting_placed(doc, x, kind, period):
            continue
        venue = find_venue(doc, x)
        if venue is not None:
            return venue
    return None


_RE_EARLIER_STEP_BEFORE = regex.compile(r"(?<!\p{L})(?:kiểm\s+tra\s+chéo|chấm\s+điểm|thẩm\s+định|khảo\s+sát|sau\s+khi)(?!\p{L})"
                                        r"(?:(?!\b(?:hội\s+nghị|họp|tổng\s+kết|sơ\s+kết)\b)[^,.;:()\n]){0,50}$", regex.I)


# a notice's label line: "- Thời gian: ...", "⏰ Địa điểm: ...", "Thành phần: ..." (a capitalised label of a few words and its colon)
# (numbered as a minutes' fields are: "1. Thời gian: ...", "II. Địa điểm: ...")
_NOTICE_NUMBERED = r"(?:\d{1,2}|(?-i:[IVX]{1,4}))\s*[.)]\s*"
_NOTICE_NUMBER = r"(?:" + _NOTICE_NUMBERED + r")?"
# (a numbered line only with a field's label: not an item the meeting agreed, "1. Tổ chức hội thao:", whose time and place follow)
_RE_NOTICE_LABEL = regex.compile(r"[\W_]*(?:" + _NOTICE_NUMBERED + r"(?=(?:thời gian|thời điểm|ngày giờ|ngày, giờ|địa điểm|nơi tổ chức"
                                 r"|thành phần|nội dung|chủ trì|chủ tọa|chủ toạ|thư ký|đại biểu|khách mời|hình thức)\b))?"
                                 r"(?-i:\p{Lu})\p{Ll}*(?:\s\p{Ll}+){0,3}\s*:", regex.I)
# the label of the meeting's time and of its place
_RE_TIME_LABEL = regex.compile(r"[\W_]*" + _NOTICE_NUMBER + r"(?:thời gian|thời điểm|ngày giờ|ngày, giờ)(?:\s+tổ chức)?\s*:", regex.I)
_RE_PLACE_LABEL = regex.compile(r"[\W_]*" + _NOTICE_NUMBER + r"(?:địa điểm|nơi tổ chức)(?:\s+tổ chức)?\s*:", regex.I)


# a heading that names the meeting itself, numbered or not: "II. HỘI NGHỊ TỔNG KẾT", "Hội nghị sơ kết 6 tháng đầu năm 2024",
# "I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN" (not another activity: "I. KIỂM TRA CHÉO", "Hội nghị tập huấn", "1. Tổ chức hội thao:")
_RE_MEETING_HEADING = regex.compile(
    r"[\W_]*" + _NOTICE_NUMBER + r"(?:(?:biên bản|thông báo|kế hoạch)\s+)?(?:(?:hội nghị|cuộc họp|buổi họp|phiên họp)(?=\s*[:.]?\s*$|\s+(?:sơ kết|tổng kết|ký kết|giao ước|"
    r"cụm|khối|thi đua|công tác|năm|này)\b)|sơ kết|tổng kết|thời gian\s*(?:,|và)\s*địa điểm)\b", regex.I)


def _under_meeting_heading(doc: Document, at: int) -> bool:
    """The line above the one at ``at`` (the first of a minutes' fields) names the meeting itself."""
    t = doc.text
    b = t.rfind("\n", 0, at)
    while b > 0 and not t[t.rfind("\n", 0, b) + 1:b].strip():
        b = t.rfind("\n", 0, b)  # (past blank lines)
    if b <= 0:
        return False
    a = t.rfind("\n", 0, b) + 1
    return bool(_RE_MEETING_HEADING.match(t, a, b))


def _notice_lines(doc: Document, end: int) -> list[Sentence]:
    """The label lines of a notice right after the meeting's sentence (which ends at ``end``), up to the first sentence that is
    no label line (four at most): they state the meeting's time and place."""
    out = []
    for x in doc.body_sentences():
        if x.start < end:
            continue
        if len(out) == 4 or not _RE_NOTICE_LABEL.match(doc.text, x.start, x.end):
            break
        out.append(x)
    return out


# an act after the meeting's in its sentence, whose time and place a notice's lines may tell instead ("... và thống nhất tổ chức
# Hội thao", "... và phát động đợt thi đua")
# (not the meeting's own name, "sơ kết ... và triển khai nhiệm vụ 6 tháng cuối năm")
_RE_ANOTHER_ACT_AFTER = regex.compile(r"(?:\s+và|,)\s+(?:(?:thống nhất|nhất trí)\s+(?:tổ chức|tham gia|phối hợp)|phát động|tổ chức)\b", regex.I)
# a span of time, a campaign's and not a meeting's: "Từ ngày 15/3/2024 đến ngày 31/12/2024"
_RE_TIME_SPAN = regex.compile(r"\btừ\b[^\n]{0,40}?\b(?:đến|tới)\b", regex.I)


def _notice_dates(doc: Document, line: Sentence) -> list:
    """The dates of a notice's time line, unless it tells a span of time."""
    return [] if search(_RE_TIME_SPAN, doc.text, line.start, line.end) else _dates(doc, line.start, line.end)


def _notice_line(doc: Document, a: int, b: int, label: "regex.Pattern[str]") -> Sentence | None:
    """The first of the notice's label lines right after the meeting's sentence, t[a:b], that ``label`` opens; none where the
    sentence goes on to another act, whose time and place the lines tell ("... sơ kết ... và thống nhất tổ chức Hội thao." /
    "- Thời gian: ngày 20/8/2024")."""
    if search(_RE_ANOTHER_ACT_AFTER, doc.text, a, b):
        return None
    return next((y for y in _notice_lines(doc, b) if label.match(doc.text, y.start, y.end)), None)


def _notice_date_and_place(doc: Document, a: int, b: int) -> None:
    """The meeting's date and place from the label lines of a notice after t[a:b], the line that states the meeting
    ("Thời gian: ...", "Địa điểm: tại ...")."""
    when = _notice_line(doc, a, b, _RE_TIME_LABEL)
    ds = _notice_dates(doc, when) if when is not None else []
    if ds:
        _put_date(doc, ds[0])
    where = _notice_line(doc, a, b, _RE_PLACE_LABEL)
    venue = find_venue(doc, where) if where is not None else None
    if venue is not None:
        doc.draft.scalars["meeting.venue"] = venue


# --- the meeting's day told aside ------------------------------------------------------------
# a day told with the meeting named bare, as the time or place of what is told ("nói câu ấy trong buổi sáng 21/12, ở đầu hội
# nghị", "Phát biểu tại hội nghị sáng 21/12, ông ..."): the definite "hội nghị", no kind or body after it naming another one
_RE_BARE_MEETING_AFTER_DAY = regex.compile(r"(?:(?!(?<!\p{L})(?:đã|đang|vừa|sẽ|được)(?!\p{L}))[^.;:!?\n]){0,20}?(?<!\p{L})(?:ở|tại|trong)\s+(?:[^.;:!?\n,]{0,30}?\s)?hội\s+nghị"
                                      r"(?=\s*(?:[,.;:!?)]|$)|\s+này(?!\p{L}))", regex.I)
_RE_BARE_MEETING_BEFORE_DAY = regex.compile(r"(?<!\p{L})(?:ở|tại|trong|khai\s+mạc|bế\s+mạc)\s+(?:(?:phần\s+)?(?:đầu|cuối)\s+)?hội\s+nghị"
                                       r"(?:\s+này)?\s*,?\s*(?:vào\s+)?(?:buổi\s+)?$", regex.I)
# an earlier or another time told in the sentence: not this meeting's day ("Năm ngoái, tại hội nghị ngày 20/12, ...")
_RE_ANOTHER_TIME_TOLD = regex.compile(r"(?<!\p{L})(?:trước\s+đó|năm\s+(?:ngoái|trước)|lần\s+trước|kỳ\s+trước|hằng\s+năm|hàng\s+năm|mỗi\s+năm)(?!\p{L})", regex.I)


def _year_fits(dd, kind, period) -> bool:
    """A date's year, when written, fits the period reviewed (a year's review in that year or the next, a part's in its year);
    and its month is not one before the period ends (a day of the year's review in its last two months or, its year not
    written, the first four of the next; a part's after the part ends, as ``_caption_dates`` reads a caption's day): an
    earlier meeting's day ("Tại hội nghị ngày 18/7, Cụm đã giao chỉ tiêu ..." under the review of the year)."""
    if period is None or period.value.get("year") is None:
        return True
    y, span = period.value["year"], period.value.get("span")
    if dd.year is not None and dd.year not in ((y, y + 1) if kind is not None and kind.value == "tong_ket" else (y,)):
        return False
    if dd.month is None:
        return True
    if span in _SPAN_END:
        return ((dd.year or y), dd.month) >= (y, _SPAN_END[span])
    if span == "year" and kind is not None and kind.value == "tong_ket":
        return dd.year == y + 1 or dd.month >= 11 or dd.year is None and dd.month <= 4
    return True


def _day_told_aside(doc: Document, s: Sentence | None, kind, period) -> list[DateFound]:
    """The day of the meeting told in another sentence, where no sentence states it with its day: one date right before or
    after the bare "hội nghị" it names (``_RE_BARE_MEETING_AFTER_DAY``, ``_RE_BARE_MEETING_BEFORE_DAY``), in a sentence that tells of no
    other time and no plan."""
    t = doc.text
    for x in doc.body_sentences()[:14]:
        if s is not None and x.start == s.start or "hội nghị" not in doc.cues.lower[x.start:x.end]:
            continue
        ds = _dates(doc, x.start, x.end)
        if not ds or _RE_FUTURE_WORD.search(t, x.start, x.end) or _RE_RETROSPECT.match(t, x.start, x.end) \
                or _RE_ANOTHER_TIME_TOLD.search(t, x.start, x.end):
            continue
        for dd in ds:
            start = min(dd.span[0], dd.tod_span[0]) if dd.tod_span else dd.span[0]
            if (_RE_BARE_MEETING_AFTER_DAY.match(t, dd.span[1], x.end) or _RE_BARE_MEETING_BEFORE_DAY.search(t, max(x.start, start - 40), start)) \
                    and _year_fits(dd, kind, period):
                return [dd]
    return []


# the scene of a meeting no sentence states: a body sentence opening on its day and its place, then the meeting's participants
# as the subject of the clause after the place ("Sáng 9/1, tại hội trường X, đại diện các đơn vị đã cùng nhìn lại một năm ...";
# not another act's subject, "..., đồng chí Chủ tịch UBND tỉnh đã tiếp đoàn đại biểu ...")
_RE_SCENE_PLACE = regex.compile(r"\s*tại\s", regex.I)
_RE_SCENE_SUBJECT = regex.compile(r"\s*,\s*(?:(?:hơn|gần|trên|khoảng)\s+)?(?:\d{1,3}\s+)?(?:các\s+|những\s+)?"
                                  r"(?:đại\s+diện|đại\s+biểu|lãnh\s+đạo\s+(?:các|những)|thành\s+viên|đơn\s+vị\s+thành\s+viên|"
                                  r"cán\s+bộ\s+thi\s+đua)(?!\p{L})", regex.I)


@lru_cache(maxsize=None)
def _scene_review_re() -> "regex.Pattern[str]":
    # the rest of the participants' noun phrase, then their first verb (after a tense word or "cùng"), one of the review's
    # (meeting.json scene_review_verbs): "đại diện các đơn vị đã cùng nhìn lại", "đại biểu các doanh nghiệp đánh giá"
    verbs = alternation(lexicon.table("meeting.json")["scene_review_verbs"])
    return regex.compile(r"(?:(?!(?<!\p{L})(?:đã|đang|vừa|cùng|" + verbs[3:-1] + r")(?!\p{L}))[^,.;:!?\n]){0,50}?(?<!\p{L})"
                         r"(?:(?:đã|đang|vừa)\s+)?(?:cùng\s+(?:nhau\s+)?)?" + verbs + r"(?!\p{L})", regex.I)


def _scene_of_meeting(doc: Document, kind, period) -> tuple[Sentence, Found] | None:
    """The first body sentence that opens on a day and "tại" a place and tells the meeting's scene (its participants the
    subject right after the place, ``_RE_SCENE_SUBJECT``), no other act, event, plan or earlier time in it; with its place."""
    t = doc.text
    for x in doc.body_sentences()[:14]:
        m = _RE_DATE_OPENS.match(t, x.start, x.end)
        if m is None or not _RE_SCENE_PLACE.match(t, m.end(), x.end):
            continue
        # (a room's name is no other act: "tại phòng họp ...")
        if _RE_OTHER_ACT.search(t, x.start, x.end) or any(e.group("other") for e in _RE_EVENT_BEFORE_DAYS.finditer(t, x.start, x.end)) \
                or _RE_FUTURE_WORD.search(t, x.start, x.end) or _RE_ANOTHER_TIME_TOLD.search(t, x.start, x.end):
            continue
        ds = _dates(doc, x.start, x.end)
        if len(ds) != 1 or not _year_fits(ds[0], kind, period):
            continue
        venue = find_venue(doc, x)
        subject = _RE_SCENE_SUBJECT.match(t, venue.end, x.end) if venue is not None else None
        # (the participants' first verb their review: not another act of the day, "đại diện các đơn vị đã dâng hương ...",
        # "đại diện các đơn vị thành viên đã kiểm tra chéo ...")
        if subject is not None and _scene_review_re().match(t, subject.end(), x.end):
            return x, venue
    return None

def _put_date(doc: Document, dd) -> None:
    """The meeting's date (its parts, completed later) and the part of the day written with it."""
    doc.draft.scalars["meeting.date.parts"] = Found((dd.year, dd.month, dd.day), dd.span[0], dd.span[1])
    if dd.tod:
        doc.draft.scalars["meeting.time_of_day"] = Found(dd.tod, dd.tod_span[0], dd.tod_span[1])


# a photo's caption naming the meeting by its review or signing ("Quang cảnh hội nghị tổng kết", "Hội nghị sơ kết Cụm thi đua số 3")
_RE_CAPTION_NAMES_MEETING = regex.compile(r"(?<!\p{L})(?:hội nghị|buổi lễ|lễ)\s+(?P<k>sơ kết|tổng kết|ký kết|giao ước)(?!\p{L})", regex.I)


# a caption's mark of a photo from the archive or an illustration ("Ảnh tư liệu", "(Ảnh minh họa)", "(Tư liệu)", "Ảnh:
# tư liệu"): not of this meeting (not the words inside a unit's name, "Trung tâm Thông tin - Tư liệu")
_RE_ARCHIVE_PHOTO = regex.compile(r"(?<!\p{L})ảnh\s*:?\s*(?:tư\s+liệu|minh\s+họa|minh\s+hoạ)(?!\p{L})"
                                  r"|\(\s*(?:tư\s+liệu|minh\s+họa|minh\s+hoạ)\s*\)", regex.I)
_RE_SIGNING_WORDS = regex.compile(r"(?<!\p{L})(?:ký\s+kết|giao\s+ước)(?!\p{L})", regex.I)


def _caption_dates(doc: Document, kind: Found | None, period: Found | None, review: bool = False) -> list[DateFound]:
    """The day the captions of this meeting give after its name, when they agree on one (not a caption of a review of the
    other kind: "Hội nghị sơ kết ..." under a year's review; nor of another year's, "tại Hội nghị tổng kết năm 2023 (ngày
    20/12/2023)" under the review of 2024)."""
    found = []
    for b in doc.blocks:
        if b.kind != "caption":
            continue
        m = search(_RE_CAPTION_NAMES_MEETING, doc.text, b.start, b.end)
        if m is not None and search(_RE_ARCHIVE_PHOTO, doc.text, b.start, b.end):
            continue
        if m is None or kind is not None and (m.group("k").lower(), kind.value) in (("sơ kết", "tong_ket"), ("tổng kết", "so_ket")):
            continue
        if review and m.group("k").lower() not in ("sơ kết", "tổng kết"):
            continue  # (``review``: only a caption naming the meeting by its review)
        # (a signing's caption only under a signing: not "hội nghị ký kết giao ước thi đua" under a review)
        # (unless the meeting's own sentence names the signing too: "tổng kết năm 2022 và ký kết giao ước thi đua năm 2023")
        ms = doc.draft.meeting_sentence
        if kind is not None and m.group("k").lower() in ("ký kết", "giao ước") and kind.value != "giao_uoc" \
                and not (ms is not None and search(_RE_SIGNING_WORDS, doc.text, ms.start, ms.end)):
            continue
        # (the day in the clause that names it: not a deadline in the caption's next sentence, "Hồ sơ gửi trước ngày 30/12")
        stop = cre.search(r"[.;](?:\s|$)", doc.text[m.end():b.end])
        end = m.end() + stop.start() if stop is not None else b.end
        year = period.value.get("year") if period is not None else None
        if year is not None and any(int(y.group("y")) != year for y in finditer(_RE_KIND_AND_YEAR, doc.text, m.start(), end) if y.group("y")):
            continue
        span = period.value.get("span") if period is not None else None
        ds = _dates(doc, m.end(), end)
        if m.group("k").lower() == "sơ kết" and span in _SPAN_END:
            # (a review of another part of the year: "Hội nghị sơ kết 6 tháng ..." under the review of 9 months)
            # (read before the caption's day: "sơ kết sáng ngày 09 tháng 7" names no 9 months)
            upto = ds[0].span[0] if ds else end
            own = next((sp for sp, rx in _RE_SPAN if rx.search(doc.text, m.end(), upto)), None)
            if own is not None and own != span:
                continue
        if ds and span in _SPAN_END and year is not None \
                and ((ds[0].year or year), ds[0].month) < (year, _SPAN_END[span]):
            continue  # (a day before the part of the year reviewed ends is no review of it: another event's)
        if ds:
            found.append(ds[0])
    if found and all((x.day, x.month, x.year) == (found[0].day, found[0].month, found[0].year) for x in found):
        return found[:1]
    return []


# far from the meeting's sentence, the meeting itself placed: the meeting's noun bare or with its review ("Hội nghị được tổ chức
# tại ...", "Hội nghị tổng kết năm 2023 diễn ra tại ..."), not another event named so ("Hội nghị tập huấn ...", "Buổi lễ bàn
# giao nhà ...")
_RE_THE_MEETING_PLACED = regex.compile(r"\W*(?:hội nghị|buổi lễ|lễ|buổi họp|cuộc họp)(?:\s+(?:(?:lần\s+)?này|sơ kết|tổng kết)(?:[^,.;:]{0,80}?))?"
                                       r"\s+(?:(?:đã|đều|cũng)\s+)?(?:được\s+)?(?:tổ chức|diễn ra|tiến hành)\b", regex.I)
# a meeting to come, placed before it is held ("Hội nghị lần sau sẽ được tổ chức tại ...")
_RE_MEETING_TO_COME = regex.compile(r"\b(?:sẽ|dự kiến|tiếp theo|lần sau|năm sau|năm tới|kỳ tới|lần tới)\b", regex.I)
_RE_KIND_AND_YEAR = regex.compile(r"\b(?P<k>sơ kết|tổng kết)\b|\bnăm\s+(?:học\s+\d{4}\s*-\s*)?(?P<y>(?:19|20)\d{2})\b", regex.I)


def _another_meeting_placed(doc: Document, x: Sentence, kind, period) -> bool:
    """A sentence far from the meeting's that places a meeting to come, or one of another kind or year ("Hội nghị sơ kết ...
    năm 2022 được tổ chức tại ..." under a tổng kết of 2023)."""
    if search(_RE_MEETING_TO_COME, doc.text, x.start, x.end):
        return True
    for m in finditer(_RE_KIND_AND_YEAR, doc.text, x.start, x.end):
        if m.group("k") and kind is not None and (m.group("k").lower(), kind.value) in (("sơ kết", "tong_ket"), ("tổng kết", "so_ket")):
            return True
        if m.group("y") and period is not None and period.value.get("year") not in (None, int(m.group("y"))):
            return True
    return False


# a sentence whose subject is the meeting and whose verb places it
# (or the meeting's work done at a place, the sentence after one stating a "họp": "Thực hiện sơ kết công tác thi đua ... tại X")
# (or a unit that hosts it: "Huyện A là đơn vị đăng cai tổ chức hội nghị tại X", "Hội nghị do huyện A chủ trì tổ chức, tại X";
# not the host of the next one: "Huyện B sẽ đăng cai hội nghị năm sau tại Y", "thống nhất giao huyện B đăng cai hội nghị sơ kết ...")
# (not an event the meeting agreed to hold there: "Hội nghị thống nhất tổ chức hội thao vào quý IV tại tỉnh B")
# (or the place first, the meeting after it: "Buổi chiều, tại hội trường A diễn ra hội nghị tổng kết", "Tại A, hội nghị ... đã diễn
# ra")
_THIS_MEETING_AFTER = r"(?=\s*(?:[,.;:(]|$)|\s+(?:sơ kết|tổng kết|ký kết|giao ước|của\s+(?:cụm|khối)|cụm|khối|(?:lần\s+)?này)\b)"
# the one who presides placing the meeting where he presides it: "Đồng chí A, Trưởng khối chủ trì hội nghị tại điểm cầu Ban X"
# (the meeting itself, not "chủ trì hội nghị ... tại" a later clause's place; not one to come, "sẽ chủ trì")
_RE_PRESIDED_AT = regex.compile(r"(?:(?!\b(?:sẽ|dự kiến)\b)[^.;:!?\n]){0,160}?(?<!\p{L})(?:đồng\s+)?chủ\s+trì\s+(?:hội\s+nghị|cuộc\s+họp)"
                                r"(?:\s+(?:này|trực\s+tuyến))?\s+tại(?!\p{L})", regex.I)
_RE_MEETING_PLACED = regex.compile(
    r"\W*(?:hội nghị|buổi lễ|lễ ký kết|cuộc họp|buổi làm việc|buổi giao ban|sự kiện)\b"
    r"(?:(?!\b(?:thống nhất|nhất trí|quyết định|đề nghị|sẽ|dự kiến)\b)[^.;]){0,80}?\b(?:được tổ chức|diễn ra|tổ chức)"
    r",?\s+(?:[\p{L}\d/]+,?\s+){0,5}?tại\b"
    # (the host's long name before its verb: "Hội nghị do Ngân hàng A chi nhánh tỉnh B, Cụm trưởng tổ chức tại ..."; no clause
    # between, "Hội nghị do A, Cụm trưởng chủ trì, đã biểu dương các đơn vị tham gia Hội thao do Cụm tổ chức tại X")
    # (or the host's verb alone, passive: "Hội nghị do A đăng cai tại X"; not the next one's host, "Hội nghị lần sau do B đăng cai
    # tại Y")
    r"|\W*(?:hội nghị|buổi lễ|lễ ký kết|cuộc họp)\s+do\s+(?:(?!\b(?:thống nhất|nhất trí|quyết định|đề nghị|sẽ|dự kiến|đã|do|biểu dương"
    r"|tham gia|trao|tặng|khen thưởng|phát động|ký kết|thông qua|đánh giá|triển khai|tiếp theo|năm sau|lần sau|lần tới)\b|\bchủ trì\s*,)[^.;]){1,150}?"
    r"\s(?:(?:chủ trì\s+|đăng cai\s+)?tổ chức|đăng cai),?\s+tại\b"
    # (that meeting, the noun alone or with its kind, cluster or "này": not another, "tổ chức hội nghị điển hình tiên tiến", "hội nghị
    # biểu dương ...", "hội nghị tập huấn")
    r"|\W*(?:(?:buổi\s+)?(?:sáng|chiều|tối)(?:\s+cùng\s+ngày)?\s*,\s*)?tại\s+(?!(?:hội nghị|buổi|đây)\b)[^.;]{1,100}?"
    r"(?:,?\s+(?:đã\s+)?(?:diễn ra|tổ chức)\s+(?:hội nghị|buổi lễ|lễ ký kết|cuộc họp)\b" + _THIS_MEETING_AFTER +
    r"|,\s*(?:hội nghị|buổi lễ|lễ ký kết|cuộc họp)\b(?:\s+(?:sơ kết|tổng kết|ký kết|giao ước|của\s+(?:cụm|khối)|cụm|khối|(?:lần\s+)?này)\b[^.;]{0,80}?)?"
    r"\s+(?:đã\s+)?(?:được\s+)?(?:tổ chức|diễn ra)\b)"
    r"|(?:(?!\b(?:sẽ|chọn|bầu|giao|luân phiên|tiếp theo|năm sau)\b)[^.;]){0,80}?\bđăng cai(?:\s+tổ chức)?\s+(?:hội nghị|buổi lễ|lễ ký kết|cuộc họp)\b"
    r"(?:(?!\b(?:tiếp theo|năm sau|lần sau)\b)[^.;]){0,40}?\s+tại\b"
    r"|\W*(?:thực hiện|tiến hành)\s+(?:sơ kết|tổng kết|ký kết|bình xét)\b(?:[^.;,]|,\s*(?=(?:khen thưởng|ký kết|sơ kết|tổng kết|bình xét|phát động)\b)){0,120}?\s+tại\b"
    # an online meeting's main site: "Điểm cầu chính (đặt) tại X", "Điểm cầu chủ trì đặt tại X", "Hội nghị được kết nối từ điểm
    # cầu chính tại X đến ..."
    r"|(?:\W*(?:hội nghị|buổi lễ|cuộc họp)\b[^.;]{0,60}?\b(?:từ\s+)?)?\W*điểm\s+cầu\s+(?:chính|chủ\s+trì|trung\s+tâm)(?:\s+(?:của\s+)?(?:hội nghị|buổi lễ|cuộc họp))?"
    r"\s+(?:được\s+)?(?:đặt\s+)?tại\b",
    regex.I)


# a broadcast transcript's turn marker before a speaker's words: "PV:", "BTV:", "MC:"
_RE_TURN_MARKER = regex.compile(r"\W*(?-i:PV|BTV|PTV|MC|Phóng viên|Biên tập viên|Người dẫn chương trình)\s*:\s*")
# the cluster, the sentence's subject, holding a meeting of a kind there: "Cụm thi đua số 7 gồm A, B và C đã tổ chức hội nghị
# tổng kết ... tại X", "Cụm đã tổ chức hội nghị sơ kết tại X" (not one the meeting agreed to hold: "Cụm thống nhất tổ chức ...")
_RE_CLUSTER_HELD_AT = regex.compile(
    r"\W*(?:các\s+)?(?:cụm|khối)\b(?:(?!\b(?:thống nhất|nhất trí|quyết định|đề nghị|sẽ|dự kiến|giao|bầu)\b)[^.;:]){0,160}?"
    r"\s(?:đã\s+|vừa\s+)?tổ chức\s+(?:hội nghị|buổi lễ|lễ|cuộc họp)\s+(?P<k>sơ kết|tổng kết|ký kết|giao ước)\b[^.;:]{0,160}?\stại\b", regex.I)
_HELD_KIND = {"sơ kết": "so_ket", "tổng kết": "tong_ket", "ký kết": "giao_uoc", "giao ước": "giao_uoc"}
# a habit of the cluster, or a day or month of its own: another meeting than the one stated ("hằng năm luân phiên tổ chức hội
# nghị tổng kết tại ...", "... tại X vào tháng 3")
_RE_HELD_ANOTHER_TIME = regex.compile(r"\b(?:hằng|hàng|mỗi)\s+năm\b|\bluân\s+phiên\b|\bthường\b(?!\s+(?:trực|vụ)\b)|\bđịnh\s+kỳ\b"
                                      r"|\b(?:ngày|tháng)\s+\d|\bquý\s+(?:\d|[IV]+\b)|\b\d{1,2}/\d{1,2}\b", regex.I)


def _cluster_held_this_kind(doc: Document, x: Sentence, kind) -> bool:
    """Sentence x tells the cluster held a meeting of the meeting's own kind at a place, no habit or other time in it."""
    m = _RE_CLUSTER_HELD_AT.match(doc.text, x.start, x.end)
    return (m is not None and kind is not None and _HELD_KIND[m.group("k").lower()] == kind.value
            and not search(_RE_HELD_ANOTHER_TIME, doc.text, x.start, x.end))


# a sentence whose subject is the meeting and whose verb dates it ("Sự kiện diễn ra ngày 28/02", "Hội nghị được tổ chức vào sáng 5/1")
_RE_MEETING_DATED = regex.compile(
    r"\W*(?:hội nghị|buổi lễ(?:\s+ký\s+kết)?|lễ ký kết|cuộc họp|buổi làm việc|sự kiện)(?:\s+(?:tổng kết|sơ kết|ký kết|lần này|này))*"
    r"\s+(?:đã\s+)?(?:được\s+)?(?:tổ chức|diễn ra)\s+(?:vào\s+|trong\s+)?(?:buổi\s+)?(?:(?:sáng|chiều|tối|trưa)\s+)?"
    r"(?:thứ\s+\p{L}+\s*,?\s*)?(?:ngày\s+)?\d", regex.I)


# the meeting named by what it does, then its place, with no verb between
_RE_MEETING_NAMED_AT = regex.compile(
    r"\W*(?:hội nghị|lễ)\s+(?P<k>sơ kết|tổng kết|triển khai|ký kết|ký)\b(?:(?!\b(?:được|tổ chức|diễn ra|đã)\b)[^.;:,]){0,100}?\s+tại\s+(?-i:\p{Lu})",
    regex.I)


# forms the patterns above leave to dateparser: "12 tháng 01, 2023", a month alone "tháng 12/2023"
_RE_LOOSE_DATE = regex.compile(
    r"(?<![\d/])(?:(?P<d>\d{1,2})\s+tháng\s+\d{1,2}\s*(?:,|năm)\s*\d{4}|tháng\s+(?:\d{1,2}|(?P<rm>" + ROMAN_MONTH + r"))\s*(?:/|năm)\s*\d{4})(?![\d/])", regex.I
)


def _loose_date(doc: Document, s: Sentence):
    """A date the patterns did not settle, parsed by dateparser (imported only when needed)."""
    m = search(_RE_LOOSE_DATE, doc.text, s.start, s.end)
    if not m:
        return None
    import dateparser  # a fallback for rare forms; kept off the import path of the package

    said = m.group(0)
    if m.group("rm"):  # (a month in Roman numerals, "tháng XII/2021", in its figures)
        said = said[:m.start("rm") - m.start()] + str(month_of(m.group("rm"))) + said[m.end("rm") - m.start():]
    when = dateparser.parse(said, languages=["vi"], settings={"PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["month", "year"]})
    if when is None:
        return None
    if m.group("d"):
        return "meeting.date.parts", Found((when.year, when.month, when.day), m.start(), m.end())
    return "meeting.date", Found(f"{when.year:04d}-{when.month:02d}", m.start(), m.end())


def resolve_date(doc: Document) -> None:
    """Turn the date parts into an ISO date, inferring a missing year from the context."""
    d = doc.draft
    span = d.scalars.pop("meeting.period.span", None)  # (a part of a year read without its year, see extract)
    parts = d.scalars.pop("meeting.date.parts", None)
    if parts is None:
        return
    y, mo, day = parts.value
    pub = d.scalars.get("published")
    slip = ""
    if y is not None and pub is not None and y > int(pub.value[:4]) + 1:
        # a year after the page's own date is a typing slip ("năm 2107" in a report of 2017): read from context
        slip, y = f"the year written, {y}, is later than the publication date; ", None
    if y is None:
        y = infer_year(doc, mo)
        if y is None:
            doc.warn("year_unknown", "meeting.date", slip + "the year is not stated and could not be inferred; date left null")
            return
        doc.warn("year_inferred", "meeting.date", f"{slip}year {y} inferred from context")
    try:
        iso = dt.date(y, mo, day).isoformat()
    except ValueError:
        doc.warn("invalid_date", "meeting.date", f"{day}/{mo}/{y} is not a valid date")
        return
    d.scalars["meeting.date"] = Found(iso, parts.start, parts.end)
    if span is not None and "meeting.period" not in d.scalars:
        # the first half, nine months or a quarter before the fourth, reviewed in the year the meeting is held
        d.scalars["meeting.period"] = Found({"year": y, "span": span.value}, span.start, span.end)
    s = d.meeting_sentence
    # a page date before the meeting dates no report of it, unless the article announces the meeting;
    # read month first ("12/9/2019" of English-language page software: 9 December) it may follow it
    if pub is not None and pub.value < iso and not (s is not None and _RE_ANNOUNCED.search(doc.text, s.start, s.end)):
        swapped = _swapped(pub.value)
        if swapped is not None and iso <= swapped and (dt.date.fromisoformat(swapped) - dt.date.fromisoformat(iso)).days <= 90:
            d.scalars["published"] = Found(swapped, pub.start, pub.end)
        else:
            del d.scalars["published"]


def _swapped(iso: str) -> str | None:
    """The ISO date with day and month exchanged, where both readings are dates."""
    y, m, day = int(iso[:4]), int(iso[5:7]), int(iso[8:10])
    try:
        return dt.date(y, day, m).isoformat() if day <= 12 and day != m else None
    except ValueError:
        return None


_RE_ANNOUNCED = regex.compile(r"\b(?:sẽ|dự kiến|chuẩn bị|sắp)\b", regex.I)


def _year_of_period(kind: str | None, period: dict, month: int) -> int | None:
    """The year a meeting of this kind and period is held in the given month, where the calendar leaves
    no doubt: a half-year's review in its summer, a year's review in its December or the next spring,
    a school year's review from its May to its October."""
    y, span = period.get("year"), period.get("span")
    if y is None:
        return None
    if kind == "so_ket" and span == "h1" and 6 <= month <= 9:
        return y
    if kind == "tong_ket" and span == "year":
        return y if month >= 11 else (y + 1 if month <= 3 else None)
    if kind == "tong_ket" and span == "term" and 5 <= month <= 10:
        return y
    return None


# a stretch of years written in the period: "giai đoạn 2021 - 2025", "năm học 2024 - 2025"
_RE_PERIOD_YEARS = regex.compile(r"((?:19|20)\d{2})\s*[-–/]\s*((?:19|20)\d{2})")


def _years_long_term(doc: Document, per) -> bool:
    """The period is a term of several years, not a school year ("giai đoạn 2021 - 2025"): its final review in the autumn or
    December is of its last year."""
    text = doc.text[per.start:per.end]
    m = _RE_PERIOD_YEARS.search(text)
    return m is not None and int(m.group(2)) - int(m.group(1)) >= 2 and "năm học" not in text.lower()


def term_first_year(doc: Document, per) -> int | None:
    """The first year of a term of several years, as the period's own words write it ("giữa nhiệm kỳ 2021 - 2026": 2021);
    None for another period or a school year."""
    if per is None or per.value.get("span") != "term" or not _years_long_term(doc, per):
        return None
    return int(_RE_PERIOD_YEARS.search(doc.text[per.start:per.end]).group(1))


def _interim_of_a_term(doc: Document, per, kind) -> bool:
    """An interim review of a term of several years ("sơ kết giữa nhiệm kỳ 2021 - 2026"): held while the term runs, so the
    term's last year dates no meeting."""
    return kind is not None and kind.value == "so_ket" and term_first_year(doc, per) is not None


def infer_year(doc: Document, month: int) -> int | None:
    """The year of a day written without one in ``month``: from the period reviewed, else the page's date (the latest
    such month before it), else the year written after the meeting's sentence or the first in the text; None when a term's
    interim review leaves it open. place.py reads it too."""
    d = doc.draft
    pub = d.scalars.get("published")
    per = d.scalars.get("meeting.period")
    kind = d.scalars.get("meeting.kind")
    if per:
        y = _year_of_period(kind.value if kind is not None else None, per.value, month)
        if y is not None:
            return y
    if pub:
        py, pm = int(pub.value[:4]), int(pub.value[5:7])
        return py if month <= pm else py - 1
    if per and _interim_of_a_term(doc, per, kind):
        return None  # (any year of the term may be meant; the years written near it are the term's own)
    if per:
        y = per.value["year"]
        if per.value["span"] == "year" and kind is not None and kind.value == "tong_ket" and month <= 4:
            return y + 1
        if per.value["span"] == "term" and month >= 8 and not (kind is not None and kind.value == "tong_ket" and _years_long_term(doc, per)):
            return y - 1  # (a school year's first autumn: "năm học 2024 - 2025" in December is 2024)
        return y
    s = d.meeting_sentence
    if s:
        y = _first_year_after(doc.text, s.start, s.end, 100000)
        if y:
            return y[0]
    m = search(_RE_YEAR, doc.text)
    return int(m.group(0)) if m else None
