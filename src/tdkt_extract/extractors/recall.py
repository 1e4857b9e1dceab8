"""Another meeting of the same cluster, recalled in passing ("Trước đó, tại Hội nghị sơ kết 6 tháng, ...", "Tại Hội nghị
tổng kết năm 2023, ..." in the report of a later meeting): a sentence that opens on it tells that meeting's rankings, awards,
decisions and roles, not this one's. Read by outcomes (the acts) and cluster (the roles)."""
from __future__ import annotations

import regex

from ..document import Document, Sentence
from ..patterns import RE_YEAR_NAMED, cre


# a meeting of the cluster named at a sentence's opening, as where or what acted ("Tại Hội nghị sơ kết 6 tháng tổ chức hồi
# tháng 7, ...", "Trước đó, tại Hội nghị ..., Cụm đã thống nhất ...", "Hội nghị tổng kết năm 2024 của Khối được tổ chức ngày
# ... đã suy tôn ..."): the words up to its first comma or verb of acting
_ACTING_WORDS = r"(?:đã|đang|sẽ|cũng|đồng thời|vừa|tiến hành|thực hiện|tiếp tục|thống nhất|cùng|được|và|để)"
_RE_MEETING_OPENS = regex.compile(r"\W*(?:trước đó\s*,?\s*)?(?:(?:tại|ở|trong)\s+)?(?:hội nghị|lễ|buổi lễ)\s+"
                               # (its kind of review among its first words: "Hội nghị sơ kết ...", "Lễ ký kết giao ước ...")
                               # (not this meeting acting, a verb after its noun: "Hội nghị đã bình xét", "Hội nghị tiến hành
                               # bình xét", "Hội nghị bình xét, suy tôn ...": "bình xét" names a meeting only with what it
                               # reviews, "Hội nghị bình xét thi đua năm 2023")
                               r"(?P<named>(?:(?!" + _ACTING_WORDS + r"(?!\p{L}))[^\s,.;:]+\s+){0,2}?"
                               r"(?:sơ kết|tổng kết|bình xét(?=\s+(?:thi đua|khen thưởng|năm|cuối năm)(?!\p{L}))|giao ước)\b"
                               r"(?:(?!\s(?:đã|cũng|đồng thời|sẽ)\s)[^,.;:]){0,120}?)(?=\s*[,.;:]|\s+(?:đã|cũng|đồng thời)\s)",
                               regex.I)
_RE_REVIEW_KIND = regex.compile(r"\b(?:sơ kết|tổng kết|bình xét|giao ước)\b", regex.I)
_REVIEW_KINDS = {"sơ kết": "so_ket", "tổng kết": "tong_ket", "bình xét": "tong_ket", "giao ước": "giao_uoc"}
# a meeting recalled as before this one: "Trước đó, tại Hội nghị sơ kết ...", "Hội nghị sơ kết tổ chức hồi tháng 7"
_RE_YEAR_START = regex.compile(r"(?<!\p{L})đầu\s+năm(?!\p{L})", regex.I)
_RE_SIGNING_NAMED = regex.compile(r"(?<!\p{L})(?:ký\s+kết|ký)\s+(?:bản\s+)?giao\s+ước(?!\p{L})", regex.I)
# (or right after its name: "Tại hội nghị tổng kết năm 2023 trước đó, ..."; the words of a meeting's name after its kind: what
# it reviews, its period, its cluster; not "trước đó" = previous after another noun, "so với các năm trước đó", "đợt kiểm
# tra chéo trước đó", a regex fragment read after the kind's words)
NAMED_AS_BEFORE = (r"(?:\s+(?:công\s+tác|phong\s+trào|thi\s+đua|khen\s+thưởng|nhiệm\s+vụ|và|năm(?:\s+học)?|giai\s+đoạn|tháng|quý"
                   r"|đầu|giữa|cuối|của|số|\d+(?:\s*[-–/]\s*\d+)*|(?-i:\p{Lu})[^\s,.;:]*)(?!\p{L}))*\s+trước\s+đó")
_RE_RECALLED = regex.compile(r"\W*trước đó\b|.*\bhồi\s+(?:tháng|đầu|giữa|cuối)\b"
                             r"|.*(?<!\p{L})(?:sơ\s+kết|tổng\s+kết|bình\s+xét|giao\s+ước)" + NAMED_AS_BEFORE + r"\s*$", regex.I)


# a time before this meeting opening the sentence, no meeting named: "Hồi tháng 7/2024, Cụm đã tạm xếp A dẫn đầu", "Hồi đầu
# năm, các đơn vị đã ký kết giao ước" ("hồi" a month or a part of the year; "hồi 8 giờ" is the hour of this one)
_RE_BACK_THEN = regex.compile(r"\W*(?:trước đó\s*,?\s*)?hồi\s+(?:(?P<part>đầu|giữa|cuối)\s+năm(?:\s+(?P<py>(?:19|20)\d{2}))?"
                              r"|tháng\s+(?P<m>\d{1,2})(?:(?:\s*/\s*|\s+năm\s+)(?P<y>(?:19|20)\d{2}))?)\s*,", regex.I)
_PART_MONTHS = {"đầu": range(1, 4), "giữa": range(5, 9), "cuối": range(10, 13)}
# the part of the year a review is of: "sơ kết 6 tháng", "sơ kết 9 tháng"
_RE_MONTHS_NAMED = regex.compile(r"(?<!\d)(?P<n>0?6|0?9|sáu|chín)\s+tháng(?!\s+cuối)", regex.I)
_MONTHS_SPAN = {"6": "h1", "06": "h1", "sáu": "h1", "9": "9m", "09": "9m", "chín": "9m"}


def _back_then(doc: Document, m) -> bool:
    """The time a sentence opens on ("Hồi tháng 7/2024,", "Hồi đầu năm,") is not the meeting's month: another time's acts."""
    parts = doc.draft.scalars.get("meeting.date.parts")
    if parts is None or not parts.value[1]:
        return False
    year, month = parts.value[0], parts.value[1]
    if m.group("m") is not None:
        y = int(m.group("y")) if m.group("y") else None
        return int(m.group("m")) != month or bool(y and year and y != year)
    y = int(m.group("py")) if m.group("py") else None
    return month not in _PART_MONTHS[m.group("part").lower()] or bool(y and year and y != year)


_RE_NEXT_STEP_NAMED = regex.compile(r"(?:,|(?<!\p{L})(?:và|đồng thời))\s+(?:(?:bàn|đề ra|xây dựng|tổ chức|tiến hành)\s+)?"
                                 r"(?:triển khai|phương hướng|kế hoạch|phát động|(?:ký\s+)?(?:kết\s+)?giao ước)(?!\p{L})", regex.I)


def told_as_before(doc: Document, s: Sentence) -> bool:
    """A sentence that opens on a meeting of the cluster told as before this one ("Trước đó, tại Hội nghị sơ kết ...", "Tại
    hội nghị tổng kết năm 2023 trước đó, ..."): what it tells is no review of this meeting's, whatever this one is."""
    t = doc.text
    if not cre.match(r"\W*(?:trước|tại|ở|trong|hội|lễ|buổi)", t[s.start:s.start + 12], regex.I):
        return False
    m = _RE_MEETING_OPENS.match(t, s.start, s.end)
    return m is not None and _RE_REVIEW_KIND.search(m.group("named")) is not None and _RE_RECALLED.match(t, s.start, m.end()) is not None


def recalls_another_meeting(doc: Document, s: Sentence) -> bool:
    """A sentence that opens on another meeting of the cluster than the one the article states, recalled in passing: its
    kind of review is not one the meeting's sentence names ("Tại Hội nghị sơ kết 6 tháng ..." in the report of the year's
    review; "Hội nghị tổng kết năm 2024 của Khối ..." at the signing of the covenant), its year is not one of those (the
    review of 2023 recalled at the half-year review of 2024), or it is told as before ("Trước đó, tại Hội nghị sơ kết ...",
    "... tổ chức hồi tháng 7"), or a time before it opens the sentence ("Hồi tháng 7/2024, Cụm đã tạm xếp ..."). Its
    rankings, awards and decisions are that meeting's."""
    ms = doc.draft.meeting_sentence
    t = doc.text
    if ms is None or ms.start == s.start or not cre.match(r"\W*(?:trước|tại|ở|trong|hội|lễ|buổi|hồi)", t[s.start:s.start + 12], regex.I):
        return False
    back = _RE_BACK_THEN.match(t, s.start, s.end)
    if back is not None and _back_then(doc, back):
        return True
    m = _RE_MEETING_OPENS.match(t, s.start, s.end)
    if m is None:
        return False
    named = m.group("named")
    kinds = {_REVIEW_KINDS[k.lower()] for k in _RE_REVIEW_KIND.findall(named)}
    if not kinds:
        return False
    if _RE_RECALLED.match(t, s.start, m.end()):
        return True
    if kinds == {"giao_uoc"}:
        # (the signing of the year ahead is often part of the review itself: "Tại Lễ ký kết giao ước năm 2025, ..."; not the
        # one at the start of the year a review looks back on: "Tại hội nghị giao ước đầu năm, các đơn vị đã ký kết ...")
        mk, per = doc.draft.scalars.get("meeting.kind"), doc.draft.scalars.get("meeting.period")
        if not (mk is not None and mk.value in ("tong_ket", "so_ket") and _RE_YEAR_START.search(named) is not None
                and not any(per is not None and per.value.get("year") and int(y) > per.value["year"] for y in RE_YEAR_NAMED.findall(named))):
            return False
        # (but this meeting is that signing when its own sentence names one, "tổng kết năm 2023 và ký kết giao ước thi đua năm
        # 2024", or it is held in the first months of the year the sentence's roles or covenant are for: "đầu năm" is now)
        if _RE_SIGNING_NAMED.search(t, ms.start, ms.end):
            return False
        parts = doc.draft.scalars.get("meeting.date.parts")
        if parts is not None and parts.value[0] and parts.value[1] and parts.value[1] <= 3 \
                and str(parts.value[0]) in RE_YEAR_NAMED.findall(t, s.start, s.end):
            return False
        return True
    own = t[ms.start:ms.end]
    own_kinds = {_REVIEW_KINDS[k.lower()] for k in _RE_REVIEW_KIND.findall(own)}
    if own_kinds and not kinds & own_kinds:
        return True
    # (a review of another part of the year: "Tại hội nghị sơ kết 6 tháng, ..." at the review of 9 months)
    per = doc.draft.scalars.get("meeting.period")
    spans = {_MONTHS_SPAN[n.lower()] for n in _RE_MONTHS_NAMED.findall(named)}
    if spans and per is not None and per.value.get("span") in ("h1", "9m") and per.value["span"] not in spans:
        return True
    # (not the year of the next step it sets: "Hội nghị tổng kết và triển khai nhiệm vụ năm 2024 đã suy tôn ...", "Tại Hội
    # nghị tổng kết và ký kết giao ước thi đua năm 2024, ..." at the review of 2023 is this meeting)
    step = _RE_NEXT_STEP_NAMED.search(named) if kinds - {"giao_uoc"} else None
    years = set(RE_YEAR_NAMED.findall(named, 0, step.start() if step is not None else len(named)))
    own_years = set(RE_YEAR_NAMED.findall(own))
    # (the meeting's own years: its period's, and for the year's review held in its first quarter the year reviewed and
    # the year whose tasks it sets: "Tại Hội nghị tổng kết năm 2023, ..." at the review held on "ngày 10 tháng 01 năm 2024")
    per = doc.draft.scalars.get("meeting.period")
    if per is not None and per.value.get("year") is not None:
        own_years.add(str(per.value["year"]))
    parts = doc.draft.scalars.get("meeting.date.parts")  # (year, month, day), read before the date is resolved
    kind = doc.draft.scalars.get("meeting.kind")
    if parts is not None and parts.value[0] and parts.value[1] and parts.value[1] <= 3 and kinds == {"tong_ket"} \
            and kind is not None and kind.value == "tong_ket":
        own_years |= {str(parts.value[0] - 1), str(parts.value[0])}
    return bool(years and own_years and not years & own_years)
