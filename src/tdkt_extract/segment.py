"""Segmenter: splits normalized text into blocks (title, meta, body, caption, byline, chrome)
and sentences; reads the headline, the publication date shown by the page and the byline."""
from __future__ import annotations

import datetime as dt
from functools import lru_cache
from itertools import islice

import regex

from . import cues, gazetteer, lexicon
from .document import Block, Document, Found, Sentence
from .normalize import fold
from .patterns import CRAWLER_DATE, DATE_AND_TIME, DATE_FIGURES, SAME_DAY, UNTIMED, YEAR_FIGURES, alternation, cre, fullmatch, year_of

_LEAD_TIME = r"(?:sáng|chiều|tối|trưa|ngày|hôm|vừa qua|mới đây)"


#: the breadcrumb line of chrome.json ("Trang chủ » Tin tức"): half the cost of the line classifier on a
#: paragraph, and it can only match a line holding "»", ">" or "›"
_BREADCRUMB = r"[^.!?»>›]{1,40}(\s*[»>›]{1,2}\s*[^.!?»>›]{1,40})+"


def _chrome_re(breadcrumbs: bool = True):
    """The chrome line alternatives; without ``breadcrumbs``, all but _BREADCRUMB: for a line without its marks,
    which that alternative cannot match (and an alternative that cannot match decides no result)."""
    return lexicon.chrome_line_re(() if breadcrumbs else (_BREADCRUMB,))


_RE_SENT_END = regex.compile(r"(?<=[.!?…])[\"”’)]*\s+(?=[\p{Lu}\d“\"(‘'-])"
                             # a full stop with its space left out between two words ("Nông Sơn.Theo đó")
                             r"|(?<=\p{Ll}\.)(?=\p{Lu}\p{Ll})"
                             # (or before the byline in capitals glued to the article's last full stop: "... Nam Trà My.NGUYỄN AN")
                             r"|(?<=\p{Ll}\.)(?=\p{Lu}+(?:[ ]\p{Lu}+){1,3}[ \t]*(?:\n|\Z))"
                             # or after an ellipsis ("năm học 2017-2018…Tại hội nghị")
                             r"|(?<=[\p{L}\d]…)(?=\p{Lu}\p{Ll})")
_ABBREV = regex.compile(
    # (and a physician's grade before a name: "BSCKI. Nguyễn Văn A", "BS.CKII. B")
    # (a place's kind glued to the police's "CA": "CATP. Bảo Lộc", "CAH. Di Linh")
    r"(?:\b(?:TP|Tp|TX|T\.Ư|TƯ|TW|ThS|Ths|TS|Ts|PGS|Pgs|GS|Gs|BS|Bs|KS|Ks|CN|Đ/c|đ/c|Th\.S|St|Mr|Ms|Dr|P|Q|H|X|TT|NXB|v\.v|CA(?:TP|TX|TT|H|Q|P|X)"
    # (a pharmacist's degree stacked after another, "ThS.DS. A")
    r"|(?:BS\.?|DS\.?)?CKI{1,2}|(?<=\.)DS|\p{Lu}))\.$"
    r"|(?:^|(?<!\d)[:;])\s*\d{1,2}\.$"  # an enumerator in a list ("gồm: 1. A; 2. B"), not a time ("8:30.")
)
_RE_EVENT_WORD = regex.compile(
    r"\b(?:hội nghị|sơ kết|tổng kết|giao ước|ký kết|lễ ký|thi đua|cụm|khối|triển khai nhiệm vụ|phương hướng)\b",
    regex.IGNORECASE,
)
_RE_LEAD_START = regex.compile(
    r"^\s*(?:\(\p{Lu}{2,10}\)\s*-?\s*)?(?:" + _LEAD_TIME + r")\b[^.]{0,25}?\d{1,2}\s*[/.-]\s*\d{1,2}", regex.IGNORECASE
)
# a headline that opens on the day and a colon, as TV and radio sites and daily roundups write it ("Ngày 19/12: Cụm thi đua
# số 7 tổng kết năm 2023", "Sáng 19-12-2023: ..."): no lead, whose date a comma closes
_RE_DATED_HEADLINE = regex.compile(
    r"\s*(?:(?:sáng|chiều|tối|trưa|ngày)\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?\s*:\s*(?-i:\p{Lu})", regex.IGNORECASE)
# (or a photo's words for the hall: "Quang cảnh hội nghị ...", "Toàn cảnh ...")
# (an image's numbered alt text too: "<headline> - Ảnh 1")
_RE_CAPTION = regex.compile(r"(?:\s[-–]\s*Ảnh\s+\d{1,2}\s*$|\bẢnh\s*:|\(Ảnh[^)]*\)\s*$|^Ảnh\s*:|\.\s*Ảnh\s+\S+\s*$|^\s*(?:quang|toàn)\s+cảnh\s+(?:hội\s+nghị|buổi|lễ|phiên|hội\s+trường|cuộc\s+họp)\b)", regex.IGNORECASE)

# a caption's label opening a line, before a sentence (a word in lower case after it)
_RE_CAPTION_LABEL = regex.compile(r"(?:Ảnh|ẢNH)(?:\s+\d{1,2})?\s*:\s*(?=[^\n]*?\s(?-i:\p{Ll}))")

#: what _RE_SENT_END may read first after the sentence's mark, besides white space
_CLOSERS = frozenset("\"”’)")
#: the lower-case letters that end one of _ABBREV's abbreviations (Tp, Đ/c, St, Mr, Ms, Dr, v.v, Ths, Bs)
_ABBREV_LOWER_ENDS = "pcrstv"


# a photographer's credit closing a paragraph, after its last sentence: "... năm 2023. Ảnh: H.L", "... năm 2023. (Ảnh: Thu Hà)"
_RE_TRAILING_CREDIT = regex.compile(r"(?<=[.!?])\s*(?:\(\s*Ảnh\s*:\s*[^()\n]{1,40}\)|Ảnh\s*:\s*(?-i:\p{Lu})[^\s.]*(?:[ .]\s?(?-i:\p{Lu})[^\s.]*){0,4}\.?)\s*$")

# what such a credit names when the photo is no photographer's of the day: the archive, an illustration, the web
_RE_ARCHIVE_CREDIT = regex.compile(r"(?<!\p{L})(?:tư\s+liệu|minh\s+h(?:ọa|oạ)|sưu\s+tầm|internet)(?!\p{L})", regex.I)


def _lead_before_credit(s: str) -> bool:
    """A lead that opens on the meeting's day and ends with a photographer's credit ("Sáng 9/1, tại A, Cụm ... tổng kết năm
    2023. Ảnh: H.L"): the credit is the page's, the sentence before it the article's, no caption (a caption of its own, "Quang
    cảnh hội nghị. (Ảnh: A)", opens on no day)."""
    m = _RE_TRAILING_CREDIT.search(s)
    # (not a photo from the archive or an illustration, "... năm 2022. (Ảnh: Tư liệu)": a caption of another day's meeting)
    return m is not None and m.start() > 60 and _RE_ARCHIVE_CREDIT.search(m.group(0)) is None and _RE_LEAD_OPEN.match(s) is not None and _caption(s[:m.start()]) is None


def _caption(s: str):
    """``_RE_CAPTION.search(s)``, asked only of a line that holds the word all its forms hold (its
    case-insensitive scan costs more than the other tests of a headline together)."""
    return _RE_CAPTION.search(s) if "ảnh" in s.lower() and _RE_PHOTO_STORY.search(s) is None else None


# a photo story's headline, not a caption: its kind labelled before it ("Phóng sự ảnh:", "Chùm ảnh:", "Album ảnh:") and a
# headline of some words in lower case after it (not a photographer's credit, "Phóng sự ảnh: Minh Châu"), or its kind bare in
# brackets at its end ("... năm 2023 (ảnh)"; not a credit or a place, "(Ảnh: A)", "(ảnh trên)")
_RE_PHOTO_STORY = regex.compile(r"^\s*(?:phóng\s+sự|chùm|album|bộ)\s+ảnh\s*:\s*(?-i:\p{Lu})(?=(?:[^\n]*?\s(?-i:\p{Ll})){3})"
                                r"|\s\((?:ảnh|ảnh\s*(?:,|và)\s*video|video)\)\s*$", regex.I)


def _is_chrome(line: str) -> bool:
    s = line.strip()
    if not s:
        return True
    # the whole line, by any of the alternatives (a shorter one matching first must not hide it);
    # a line of a sentence's length runs without the time limit (patterns.UNTIMED), called directly
    rx = _chrome_re("»" in s or ">" in s or "›" in s)
    if (rx.fullmatch(s) if len(s) <= UNTIMED else fullmatch(rx, s)) is not None:
        return True
    # a lone token such as an image name ("Thidua1", "CumI")
    return " " not in s and len(s) <= 14 and not s.isdigit() and cre.search(r"\d|\p{Lu}\p{Ll}+\p{Lu}", s) is not None


#: no real sentence is longer; a longer run is cut at a space, which keeps every extractor's
#: per-sentence work bounded on text with no full stops
MAX_SENTENCE = 600


def split_sentences(doc: Document, bi: int) -> list[Sentence]:
    b = doc.blocks[bi]
    text = doc.text
    lo, hi = b.start, b.end
    spans = []  # (start, end) of each sentence, cut to MAX_SENTENCE below
    cd = _crawler_date(text[lo:hi])
    start = lo + cd.end() if cd else lo  # (a crawler's date glued before the line is no part of its first sentence)
    # (nor is a caption's label before a sentence of its own: "Ảnh: A nhận Cờ thi đua ..."; not a photographer's credit,
    # "Ảnh: Quang Minh", capitalised words only)
    if text.startswith(("Ảnh", "ẢNH"), start):
        lab = _RE_CAPTION_LABEL.match(text, start, hi)
        if lab is not None:
            start = lab.end()
    # _RE_SENT_END goes on from the mark with a closing quote or a space: a mark inside a number or
    # an abbreviation ("15.12", "TP.HCM") is passed over without a try
    ends = [i + 1 for i in doc.cues.chars(".!?…", lo, hi) if text[i + 1:i + 2] in _CLOSERS or text[i + 1:i + 2].isspace()
            or (text[i - 1:i].islower() or text[i] == "…" and text[i - 1:i].isalnum()) and text[i + 1:i + 2].isupper()]
    if ends:
        for m in cues.match_at(_RE_SENT_END, text, ends, lo, hi):
            if _abbreviation_before(text, m.start(), lo):
                continue
            spans.append((start, m.start()))
            start = m.end()
    if start < hi:
        spans.append((start, hi))
    out = []
    for a, e in spans:
        while e - a > MAX_SENTENCE:
            cut = text.rfind(" ", a + MAX_SENTENCE // 2, a + MAX_SENTENCE)
            cut = cut if cut > a else a + MAX_SENTENCE
            out.append(Sentence(a, cut, bi))  # (cut > a: never empty)
            a = cut
        if e > a:
            out.append(Sentence(a, e, bi))
    return out


_RE_END_MARK_TAIL = regex.compile(r"(\./\.)\s+(\p{Lu}[^.!?/]{1,40})$")


_RE_POSTED_GLUED = regex.compile(
    r"\s*(?P<date>(?:đã\s+đăng(?:\s+vào)?|đăng\s+(?:lúc|ngày|vào)|ngày\s+đăng|cập\s+nhật(?:\s+(?:lúc|ngày))?)\s*:?\s*"
    r"(?:\d{1,2}:\d{2}(?::\d{2})?\s*,?\s*(?:ngày\s+)?)?\d{1,2}[/-]\d{1,2}[/-]\d{4}"
    r"(?:\s*(?:lúc|-|,|\|)?\s*\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*\(?GMT\s*[+-]?\s*\d{0,2}\)?)?)\s*(?=(?-i:\p{Lu})[^\n]{40})", regex.I)


# A text run together on one line (an archive's export, a CSV cell, a scraper's text of the page's paragraphs joined
# with spaces): its longest line holds most of the text and a few sentences. It is cut where the page's lines ran into it
# (the headline, the page's date, a byline), so each stands on a line of its own again; the body stays one block.
_FLAT_MIN_CHARS = 500
_FLAT_MIN_SENTENCES = 3
#: how far into a run-together line the page's own lines (breadcrumb, headline, date, byline) may run before the lead
_FLAT_HEAD = 400
#: the longest last sentence of a run-together text read as a line of its own (a byline, a source)
_FLAT_BYLINE = 60
# the words a lead dates its meeting with, right before a date that is then no page's ("Sáng Thứ Sáu, 15/12/2023", "vào lúc
# 14:00, 15/12/2023")
_LEAD_TIME_WORDS = r"sáng|chiều|tối|trưa|vào|lúc|ngày|hôm"
# a page's weekday, as its date line prints it ("Thứ Năm, 14/03/2024", "Chủ nhật - ...")
_PAGE_WEEKDAY = r"(?:Thứ (?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy|[2-7])|Chủ [Nn]hật)"
# a lead's date after its time-of-day word ("Sáng 15/7", "Ngày 14 tháng 12", "Hôm nay, 15/12")
_FLAT_LEAD_DATE = r"(?:(?:Sáng|Chiều|Tối|Trưa)(?: ngày| nay,?)?|Ngày|Hôm nay,?|Vào ngày) \d{1,2}(?:\s*[/.-]\s*| tháng )\d{1,2}\b"
# (a page's weekday and date, its labelled date, "Ngày đăng: 09:34:01 - 05/06/2017", "Cập nhật lúc: ...", its date and
# time, "14/07/2020 - 05:40"; not a date the lead tells)
_FLAT_PAGE_DATE = (r"(?<=[\p{L}\d\"”).]|\d[ ]?[-–|])(?<!\b(?i:" + _LEAD_TIME_WORDS + r")) (?="
                   + _PAGE_WEEKDAY + r"\s*[,-]\s*\d{1,2}[/-]\d{1,2}[/-]\d{4}"
                   r"|(?:Ngày đăng|Ngày cập nhật|Cập nhật(?: lúc| ngày)?|Đăng(?: lúc| ngày| vào)|Đã đăng(?: vào)?)\s*:?\s*\d"
                   r"|\d{1,2}/\d{1,2}/\d{4}\s*(?:[-–|,]\s*)?\d{1,2}:\d{2}|\d{1,2}:\d{2}(?::\d{2})?\s*(?:[-–|,]\s*)?\d{1,2}/\d{1,2}/\d{4})")
_RE_FLAT_PAGE_DATE = regex.compile(_FLAT_PAGE_DATE)
# (its date and time together, a page's clock even under a headline of its own: "... năm 2024. Cẩm Thơ 30/07/2024 20:45 Tại")
_RE_FLAT_CLOCK = regex.compile(r"(?<=[\p{L}\d\"”).])(?<!\b(?i:" + _LEAD_TIME_WORDS + r")) (?=" + DATE_AND_TIME + ")")
# where the page's lines ran into the lead: read in the head of a run-together line only (a holiday the body names, "chào
# mừng Ngày 20/11", is no lead)
_RE_FLAT_HEAD = regex.compile(
    # (after a page's date and time, before what follows it: "Thứ Sáu, 31/01/2025 23:52 (GMT +7) Cụm thi đua ...")
    r"(?<=\d{1,2}/\d{1,2}/\d{4}\s*(?:[-–|,]\s*)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[AP]M|[(\[]?GMT\s*\+?\s*\d{1,2}[)\]]?))?) "
    r"(?=\p{Lu}(?!M\b|MT\b))"
    # (after a word, or after a dash that follows the page's date or time: "14/07/2020 - 05:40 - Chiều 13-7", "... năm 2023
    # Ngày 14 tháng 12 năm 2023, ..."; not a holiday the headline names, "chào mừng Ngày 22 tháng 12"; not after a
    # source's tag, "(kontumtv.vn) – Tại ...", which opens the lead)
    r"|(?<=[\p{L}\d\"”)]|\d[ ]?[-–|])(?<!\b(?i:mừng|niệm|tới|nhân|dịp)) (?=" + _FLAT_LEAD_DATE + r")"
    # (before a paper's tag that opens its lead, after the headline: "... năm 2024 (Baotinh.vn) - Tại", "(BTN) - Sáng 12/3",
    # "(BTN) Sáng 12/3"; not an abbreviation a name spells out, "Hội Chữ thập đỏ (CTĐ) Thành phố", "Khối thi đua Doanh nghiệp
    # Trung ương (DNTW) - Tổng kết ...": a tag in capitals opens the lead only before a lead's first words)
    r"|(?<=[\p{L}\d\"”)]) (?=\([\p{L}\d-]{2,30}\.(?:vn|com|net|org)(?:\.vn)?\)\s*[-–]\s*(?-i:\p{Lu})"
    r"|\((?-i:\p{Lu}{2,6})\)(?:\s*[-–]\s*(?:Tại|Theo|Thực hiện|Hưởng ứng|Vừa qua|Mới đây|Hôm nay|Hôm qua|(?:Sáng|Chiều|Tối|Trưa) (?:nay|qua)|"
    r"(?:(?:Sáng|Chiều|Tối|Trưa)(?: ngày)?|Ngày) \d)|\s+" + _FLAT_LEAD_DATE + r"))"
    # (before a word that opens a lead with no date, after the headline: "... năm 2024 Thực hiện Kế hoạch số 12/KH-CTĐ",
    # "Hưởng ứng", "Sáng nay (7/3)")
    r"|(?<=[\p{L}\d\"”)]) (?=(?:Thực hiện|Hưởng ứng|Nhằm|Căn cứ|Được sự|Vừa qua,|Mới đây,|(?:Sáng|Chiều|Tối|Trưa) nay\b)\s)"
    # the page's date, after a word or a headline's full stop
    r"|" + _FLAT_PAGE_DATE)
# the page's date stamp in a run-together text's head, between the headline and the lead: a date in figures, in brackets or
# after a weekday, with its time, then a capital ("... năm 2024 (29/07/2024) Ngày 29/7", "... 2023 26.07.2023 Ngày 20/7",
# "... thị xã 02-04-2021 10:07 Ngày 31/3", "Thứ ba - 18/04/2017 21:00 Thanh tra", "11/07/2019 - 07:22 - Khối"); not a
# date the lead tells ("Sáng 15/7/2024 Hội nghị", "ngày 25/02/2016 của", "Hôm nay (15/12/2023) Cụm", "Vào thứ Sáu (15/12/2023)",
# "Trong hai ngày 14 và 15/12/2023")
_RE_FLAT_STAMP = regex.compile(
    r"(?:(?<=[\p{L}\d\"”).]|\d[ ]?[-–|]) (?<!\b(?i:" + _LEAD_TIME_WORDS + r"|nay|qua|và|đến|tới|hai|ba|tư|năm|sáu|bảy|nhật) )|^)"
    r"(?P<stamp>(?:" + _PAGE_WEEKDAY + r"\s*[,:-]?\s*(?:ngày\s+)?)?"
    r"\(?" + DATE_FIGURES + r"\)?(?:\s*(?:[-–|,]\s*)?(?:lúc\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?)?"
    r"(?:\s*[(\[]?GMT\s*[+-]?\s*\d{0,2}[)\]]?)?)(?:\s*[-–|]\s*|\s+)(?=(?-i:\p{Lu}))")
#: the shortest line taken for a headline above a run-together line (shorter: the page's bar, "Trang chủ", "Tin tức")
_HEADLINE_MIN = 40
# (a headline speaks of the meeting or the cluster; a site's name, an address, a breadcrumb do not, or are chrome)
_RE_HEADLINE_WORDS = regex.compile(r"\b(?:thi đua|hội nghị|tổng kết|sơ kết|giao ước|cụm|khối)\b", regex.I)


def _headline_above(line: str) -> bool:
    """A line above a run-together line that is the page's headline: then that line is the body alone."""
    s = line.strip()
    return len(s) >= _HEADLINE_MIN and "://" not in s and _RE_HEADLINE_WORDS.search(s) is not None and not _is_chrome(s)


# (a heading with no stop run into its paragraph: a word that opens a sentence and no name, in capitals after a word,
# "... các tỉnh Miền Tây Nam Bộ Tại cuộc họp, ..."; not a word that opens a name too: "thị xã Từ Sơn", "Đào tạo Sau đại
# học", the family name Từ)
_RE_FLAT_OPENER = regex.compile(
    r"(?<=[\p{L}\d\"”)]|\d[ ]?[-–|]) (?=(?:Tại|Theo|Trong|Với|Để|Qua|Thay mặt|Tham dự|Đến dự|Phát biểu|Nhân dịp|Dịp này"
    r"|Sau đó,|Từ đó,|Cũng|Ngoài ra|Bên cạnh)\s)")


def _flat_line(text: str, lines: list[str] | None = None) -> int | None:
    """The index in ``lines`` (``text``'s, split when not given) of the line that holds a text run together, or None for a
    text in paragraphs."""
    if len(text) < _FLAT_MIN_CHARS:
        return None
    lines = text.split("\n") if lines is None else lines
    i = max(range(len(lines)), key=lambda k: len(lines[k]))
    longest = lines[i]
    if len(longest) < _FLAT_MIN_CHARS or len(longest) < 0.75 * len(text.strip()):
        return None
    return i if longest.count(". ") >= _FLAT_MIN_SENTENCES else None


def _flat_pieces(line: str, head: bool = True) -> list[tuple[int, int]]:
    """A run-together line cut where a headline ran into the lead or the page's date, before a heading of other articles,
    and before a short last sentence (a byline): (start, end) in the line. The body's sentences stay one block, a
    paragraph, as the extractors read a paragraph (a date sentence before the meeting's, a paragraph's opening). ``head``:
    the line holds the page's head (no headline stands on a line before it), where the head's cuts are looked for."""
    head_end = min(len(line), _FLAT_HEAD) if head else 0
    cuts = [(m.start(), m.end()) for m in _RE_FLAT_HEAD.finditer(line, 0, head_end)]
    for m in _RE_FLAT_STAMP.finditer(line, 0, head_end):
        cuts += [(m.start(), m.start("stamp")), (m.end("stamp"), m.end())]
    cuts += [(m.start(), m.end()) for m in _RE_FLAT_OPENER.finditer(line)]
    # (and before the heading of a list of other articles, in capitals: "... ./. Phương Thảo Xem thêm ...")
    related = [m.span() for m in _flat_related_re().finditer(line)]
    cuts += related
    # (a short sentence right before the page's date: a byline, "... năm 2024. Cẩm Thơ - Sỹ Thảo 30/07/2024 20:45 ...")
    dates = [*_RE_FLAT_PAGE_DATE.finditer(line, 0, head_end)] if head else [*_RE_FLAT_CLOCK.finditer(line, 0, _FLAT_HEAD)]
    cuts += [(m.start(), m.end()) for m in dates]
    for d in dates:
        last = _last_sentence_end(line, max(0, d.start() - _FLAT_BYLINE - 2), d.start())
        if last is not None:
            cuts.append(last.span())
    # (the last sentence, when short: a byline, before any heading of other articles)
    end = min((a for a, _e in related), default=len(line))
    last = _last_sentence_end(line, 0, end)
    if last is not None and end - last.end() <= _FLAT_BYLINE:
        cuts.append(last.span())
    out, start = [], 0
    for a, e in sorted(cuts):
        if a > start:
            out.append((start, a))
        start = max(start, e)
    if start < len(line):
        out.append((start, len(line)))
    return out


def _last_sentence_end(line: str, lo: int, hi: int):
    """The last end of a sentence in ``line[lo:hi]`` (not an abbreviation's full stop), or None."""
    last = None
    for m in _RE_SENT_END.finditer(line, lo, hi):
        if not _abbreviation_before(line, m.start()):
            last = m
    return last


#: the longest a caption runs
_CAPTION_MAX = 1000


def _abbreviation_before(text: str, at: int, lo: int = 0) -> bool:
    """The full stop that ends ``text[lo:at]`` (past a closing quote or bracket) ends an abbreviation (``TP.``, ``TS.``), not
    a sentence."""
    before = text[max(lo, at - 8):at].rstrip("\"”’)")
    # _ABBREV ends in a full stop after a capital, a digit or an abbreviation whose last letter
    # is one of "pcrstv": after any other lower-case letter (most sentence ends) it cannot match
    return before[-1:] == "." and (not before[-2:-1].islower() or before[-2:-1] in _ABBREV_LOWER_ENDS) \
        and (_ABBREV.search(before) is not None or _RE_HONORARY_TITLE_STOP.search(text, max(lo, at - 24), at) is not None
             and _name_or_degree_after().match(text, at) is not None)


# an honorary title written short with its stop before a name ("NGƯT. A", "TTƯT. BSCKII. B", "AHLĐ. C"; lexicons/ranks.txt), not the
# title named as what was conferred at a sentence's end ("được phong tặng danh hiệu NGƯT. Hội nghị ...")
# (only where a person's name or another degree follows it, as a name's family name or a rank of lexicons/ranks.txt: "NGND.
# Đỗ A", "TTND. PGS.TS. B"; not a count or the title as an object at a sentence's end and the next sentence, "có 2 NGND, 35
# NGƯT. Hội nghị ...", "được vinh danh NGƯT. Ông C ...")
_RE_HONORARY_TITLE_STOP = regex.compile(r"(?<!(?:hiệu|tặng|phong|là)\s+)(?<![\p{L}\d])(?:NGƯT|NGND|TTƯT|TTND|NSƯT|NSND|AHLĐ)\.[\"”’)]*$")


@lru_cache(maxsize=None)
def _name_or_degree_after():
    # (a family name and the next word of the name in capitals: not the honorific opening a sentence, "Ông A", "Đồng chí B")
    surnames = {*lexicon.words("surnames.txt"), *lexicon.table("guarded_surnames.json")["surnames"]} - {"Ông", "Bà"}
    return regex.compile(r"[\"”’)]*[ ]+(?:" + alternation(lexicon.words("ranks.txt")) + r"|" + alternation(surnames)
                         + r"[ ]+\p{Lu})")


# a fanpage post's headline run into its lead on one line: a pictograph between them ("CỤM THI ĐUA ... NĂM 2023 📌 Chiều ngày
# 26/12/2023, tại ...", "Cụm thi đua số 3 ký kết ... 🌟 Sáng 08/3/2024, ...") or, after a headline in capitals, a dash or a
# space ("KHỐI THI ĐUA ... NĂM 2024 - Sáng 12/1/2025, ..."); the lead opens on its day and date, in lower case after its
# capital (not "... NGÀY 02/01/2024 CỦA ...", a line in capitals). The headline holds no end of a sentence, nor opens a lead
_PICT_RUN = (r"(?:(?![©®™℗°№])[\p{Extended_Pictographic}\p{So}\u2190-\u21ff\u27f0-\u27ff\u2900-\u297f]"
             r"[\ufe0e\ufe0f\u20e3\u200d\U0001f3fb-\U0001f3ff]*)+")
_RE_GLUED_HEADLINE = regex.compile(
    r"[ \t•]*(?P<head>[^\n.!?:;]{20,250}?(?<=\S))(?P<pict>[ \t]*" + _PICT_RUN + r"[ \t]*)?(?(pict)|[ \t]+(?:[-–][ \t]+)?)"
    r"(?=(?=(?-i:\p{Lu}\p{Ll}))(?:" + _LEAD_TIME + r")\b[^.\n]{0,25}?\d{1,2}\s*[/.-]\s*\d{1,2}[^\n]{40})", regex.I)
_RE_CAPS_HEAD_PICT = regex.compile(r"[ \t•]*(?P<head>[^\n.!?:;]{20,250}?(?<=\S))[ \t]*" + _PICT_RUN + r"[ \t]*(?=\p{Lu}\p{Ll}[^\n]{40})")
_RE_TRAILING_PICT = regex.compile(r"[ \t]*" + _PICT_RUN + r"[ \t]*$")
_RE_LEAD_OPENS = regex.compile(r"[ \t•]*(?:" + _LEAD_TIME + r")\b[^.\n]{0,25}?\d{1,2}\s*[/.-]\s*\d{1,2}", regex.I)


# (a page's section label run into the lead is no headline, "TIN TỨC THI ĐUA - KHEN THƯỞNG - Sáng ...": it opens on a section's
# name, lexicons/chrome.json section_prefix or "hoạt động", and tells no event)
_RE_EVENT_WORDS = regex.compile(r"\b(?:hội nghị|tổng kết|sơ kết|ký kết|kí kết|giao ước|hội thảo|tọa đàm|toạ đàm|phát động|họp|"
                                r"gặp mặt|trao|tuyên dương|kiểm tra|chấm điểm|bình xét)\b", regex.I)


@lru_cache(maxsize=None)
def _section_label_re() -> "regex.Pattern[str]":
    names = (*lexicon.table("chrome.json")["section_prefix"], "hoạt động")
    return regex.compile(r"[ \t•]*(?:" + "|".join(f"(?:{n})" for n in names) + r")\b", regex.I)


def _glued_headline(line: str) -> tuple[int, int] | None:
    """(end of the headline, start of the lead) of a line that runs a post's headline into its lead; None for another."""
    if len(line) < 80 or _RE_LEAD_OPENS.match(line) is not None:
        return None
    m = _RE_GLUED_HEADLINE.match(line)
    if m is None or m.group("pict") is None and not _all_capitals(m.group("head")):
        # (a headline in capitals, then a pictograph: any sentence may open the post, "📌 Thưa quý vị, chiều ngày ...")
        m = _RE_CAPS_HEAD_PICT.match(line)
        if m is None or not _all_capitals(m.group("head")):
            return None
    head = m.group("head")
    if _section_label_re().match(head) is not None and _RE_EVENT_WORDS.search(head) is None:
        return None
    return m.end("head"), m.end()


def _lines(text: str):
    """(start, line) of each line of ``text``; a text run together on one line gives its pieces instead."""
    lines = text.split("\n")
    flat = _flat_line(text, lines)
    pos = 0
    head = True  # (no headline on a line before: the run-together line holds the page's head)
    for k, line in enumerate(lines):
        if k == flat:
            for a, e in _flat_pieces(line, head):
                yield pos + a, line[a:e]
        else:
            yield pos, line
            head = head and not _headline_above(line)
        pos += len(line) + 1


def segment(doc: Document) -> None:
    """Fill ``doc.blocks`` and ``doc.sentences``; mark the title, meta, caption, chrome and byline lines."""
    text = doc.text
    blocks: list[Block] = []
    above_lead = 0  # the lines of words before this one, while none of them is a paragraph (-1 past one)
    for pos, line in _lines(text):  # the non-empty lines, without a regex scan
        if line:
            # (a post's headline run into its lead on the same line: two blocks)
            glued = _glued_headline(line) if 0 <= above_lead <= 4 and pos < 3000 else None
            if glued is not None:
                blocks.append(Block(pos, pos + glued[0], "body"))
                blocks.append(Block(pos + glued[1], pos + len(line), "body"))
                above_lead = -1
                continue
            # (the byline on the line of the article's end mark: "... năm 2021./.      Ngọc Pháp")
            tail = _RE_END_MARK_TAIL.search(line) if "./." in line else None
            # (the page's labelled date with the lead glued after it: "Đã đăng vào 22/02/2024 lúc 14:14Sáng 22/2, ...")
            head = line[:14].lower()
            posted = _RE_POSTED_GLUED.match(line) if pos < 3000 and ("đăng" in head or "cập nhật" in head) else None
            if tail is not None:
                blocks.append(Block(pos, pos + tail.end(1), "body"))
                blocks.append(Block(pos + tail.start(2), pos + len(line), "body"))
            elif posted is not None:
                blocks.append(Block(pos, pos + posted.end("date"), "chrome"))
                blocks.append(Block(pos + posted.end(), pos + len(line), "body"))
            else:
                blocks.append(Block(pos, pos + len(line), "chrome" if _is_chrome(line) else "body"))
            if above_lead >= 0 and blocks[-1].kind != "chrome":
                above_lead = -1 if len(line) > 120 else above_lead + 1
    _mark_related_links(doc, blocks)
    doc.blocks = _merge_continuations(doc, blocks)
    _mark_title(doc)
    _mark_byline(doc)
    _mark_digest_items(doc)
    for b in doc.blocks:
        # (no caption runs to a long paragraph: the body of a text run together names its photo inside)
        if b.kind == "body" and b.end - b.start <= _CAPTION_MAX and doc.cues.lower.find("ảnh", b.start, b.end) >= 0 \
                and _RE_CAPTION.search(doc.block_text(b)) and not _lead_before_credit(doc.block_text(b)):
            b.kind = "caption"
    # a person's photo caption on the page's first line ("Thiếu tướng A, Chủ tịch Hội X phát biểu tại Hội nghị")
    first = next((b for b in doc.blocks if b.kind != "chrome"), None)
    if first is not None and first.kind == "body" and _person_first(doc.block_text(first)) \
            and not doc.block_text(first).rstrip().endswith((".", "!", "?", ":", ";")):
        first.kind = "caption"
    doc.sentences = [s for i, b in enumerate(doc.blocks) if b.kind in ("body", "caption", "title") for s in split_sentences(doc, i)]


# an item of a digest, opened by a bullet or its number: "- Sáng 10/10, ...", "* Tiêu đề", "2. Tiêu đề"
_ITEM_MARK = r"(?:[-–*•▪●+]|\d{1,2}[.)])"
_RE_ITEM_OPENS = regex.compile(r"\s*" + _ITEM_MARK + r"\s+(?=\S)")
# an item that tells an event of its own opens on its time: "- Sáng 10/10, ...", "2. Ngày 10/10, ...", "- Cùng ngày, ...",
# "- Chiều cùng ngày, ...", "- Sáng nay, ..." (not a bullet that carries on the item above, "- Tại hội nghị, ...", "- Ông A,
# Phó Bí thư ...", a list's line)
_RE_ITEM_EVENT_OPENS = regex.compile(r"\s*" + _ITEM_MARK + r"\s+(?:(?:" + _LEAD_TIME + r")\b[^.\n]{0,25}?\d{1,2}\s*[/.-]\s*\d{1,2}"
                                     r"|(?:(?:sáng|chiều|tối|trưa)\s+(?:nay|qua)|hôm\s+(?:nay|qua)|" + SAME_DAY + r")(?!\p{L}))", regex.I)


def _mark_digest_items(doc: Document) -> None:
    """A digest's page (its headline a digest's, lexicons/chrome.json digest_heading) holds items of unrelated events, each
    opened by a bullet or a number: the items that name no cluster are other events' text, not the meeting's (their people,
    their time of day), and are chrome."""
    ti = next((i for i, b in enumerate(doc.blocks[:25]) if b.kind == "title"), None)
    if ti is None or not _digest_head(doc.block_text(doc.blocks[ti]).strip()):
        return
    items: list[list[int]] = []
    rest = [i for i in range(ti + 1, len(doc.blocks)) if doc.blocks[i].kind != "chrome"]
    for k, i in enumerate(rest):
        t = doc.block_text(doc.blocks[i])
        if not _RE_ITEM_OPENS.match(t):
            if items:
                items[-1].append(i)
            continue
        # an item's own headline above its paragraph ("* Lào Cai đón ... khách" / "Trong tháng 6, ..."): no end mark, no
        # bullet under it nor a bullet or a list's colon above it
        prv = doc.block_text(doc.blocks[rest[k - 1]]).rstrip() if k else ""
        nxt = doc.block_text(doc.blocks[rest[k + 1]]) if k + 1 < len(rest) else None
        headed = t.rstrip()[-1:] not in ".;:,!?…" and nxt is not None and not _RE_ITEM_OPENS.match(nxt) \
            and not _RE_ITEM_OPENS.match(prv) and not prv.endswith(":")
        # (a bullet with no time of its own nor a headline carries on the item above: its place, its guests, its acts)
        if not items or headed or _RE_ITEM_EVENT_OPENS.match(t):
            items.append([i])
        else:
            items[-1].append(i)
    # (items of two events at least, one of them the cluster's)
    named = [any(_RE_CLUSTER_WORDS.search(doc.block_text(doc.blocks[i])) for i in item) for item in items]
    if len(items) < 2 or not any(named) or all(named):
        return
    for item, ok in zip(items, named):
        if not ok:
            for i in item:
                if doc.blocks[i].kind in ("body", "caption"):
                    doc.blocks[i].kind = "chrome"


@lru_cache(maxsize=None)
def _flat_related_re():
    """A space before a heading of other articles' list (chrome.json's related_heading) in capitals, after a word."""
    return regex.compile(r"(?<=[\p{L}\d.\"”)]) (?=(?=(?-i:\p{Lu}))(?:" + "|".join(lexicon.table("chrome.json")["related_heading"])
                         + r")(?!\p{L}))", regex.IGNORECASE)


@lru_cache(maxsize=None)
def _related_re():
    return regex.compile(r"(?:" + "|".join(lexicon.table("chrome.json")["related_heading"]) + r")\s*:?\s*$", regex.IGNORECASE)


@lru_cache(maxsize=None)
def _inline_related_re():
    """A related-news label and its colon opening a line, the headline after them (chrome.json's related_inline)."""
    return regex.compile(r"[\s>»›•*–-]*(?:" + "|".join(lexicon.table("chrome.json")["related_inline"]) + r")\s*:\s*(?=\S)", regex.IGNORECASE)


def _headline_like(line: str) -> bool:
    """Another article's headline in a list of links: a few words to a line, no sentence end."""
    return 4 <= len(line.split()) and len(line) <= 150 and ";" not in line and not line.endswith((".", "!", "?", "…", ":"))


def _mark_related_links(doc: Document, blocks: list[Block]) -> None:
    """The lines under a "Tin liên quan:" heading, once the article has begun, are other articles'
    headlines, not this one's text: chrome, down to the first line that is not headline-like (a
    paragraph, a byline)."""
    text = doc.text
    begun = related = False
    items = 0  # (headlines under the heading)
    para = False  # (a paragraph of the article's text above: a comments block lies under its body, not by the headline)
    for k, b in enumerate(blocks):
        line = text[b.start:b.end].strip()
        # (the heading itself is chrome, whatever the line classifier said of it: "Đọc thêm", "Tin cùng loại")
        if begun and b.kind in ("chrome", "body") and _related_heading(line):
            b.kind = "chrome"
            related = True
            items = 0
            continue
        # (readers' comments under the article, "Bình luận (1)" / "Trần Văn A - 20/01/2024 10:12" / the comment: chrome to
        # the page's end)
        # (not a toolbar's count by the headline, nor one of none: "Bình luận (0)" / "Minh Châu - 12/01/2024 15:20" / the lead)
        if begun and para and _comments_heading(line) \
                and _RE_NO_COMMENTS.search(line) is None and _comments_follow(text, blocks, k):
            for x in blocks[k:]:
                x.kind = "chrome"
            return
        if b.kind == "chrome":
            continue
        # (the label and the headline on one line: "Xem thêm: Sở X dẫn đầu Cụm thi đua số 6 năm 2022")
        if ":" in line[:40] and (m := _inline_related_re().match(line)) is not None and _headline_like(line[m.end():].strip()):
            b.kind = "chrome"
            continue
        if related and _headline_like(line):
            b.kind = "chrome"
            items += 1
            continue
        # (an item's teaser under its headline, "Cụm thi đua số 1 vừa suy tôn ...": the list runs on to the page's end or
        # its next chrome when each line left is an item's headline or its teaser; not the article's text going on under
        # a link in its middle)
        if related and items and (end := _items_end(text, blocks, k)) is not None:
            for x in blocks[k:end]:
                x.kind = "chrome"
            continue
        related = False
        begun = begun or len(line) > 60
        para = para or b.kind == "body" and len(line) > 90 and line.rstrip("\"”’)").endswith((".", "!", "?", "…"))


_TEASER_MAX = 300
_RE_NO_COMMENTS = regex.compile(r"\(\s*0\s*\)")


@lru_cache(maxsize=None)
def _comments_re():
    """A heading of the page's readers' comments (chrome.json's comments_heading)."""
    return regex.compile(r"(?:" + "|".join(lexicon.table("chrome.json")["comments_heading"]) + r")\s*:?\s*", regex.IGNORECASE)


# a reader's name and the date of the comment, opening its line: "Trần Văn A - 20/01/2024 10:12", "Trần Văn A (20/01/2024): ..."
_RE_COMMENTER = regex.compile(r"\s*\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*){0,4}\s*(?:[-–|]\s*|\(\s*)(?:\d{1,2}:\d{2}\s*,?\s*)?"
                              r"\d{1,2}/\d{1,2}/\d{4}")


def _comments_follow(text: str, blocks: list[Block], k: int) -> bool:
    """A reader's name and a date open the first line of text under ``blocks[k]``, a comments heading."""
    for b in blocks[k + 1:k + 4]:
        if b.kind == "chrome":
            continue
        return _RE_COMMENTER.match(text, b.start, b.end) is not None
    return False


def _related_heading(line: str) -> bool:
    """A heading of a list of other articles ("Tin liên quan", "Tin cùng chủ đề"), the line stripped."""
    return len(line) <= 40 and _related_re().match(line) is not None


def _comments_heading(line: str) -> bool:
    """A heading of the readers' comments ("Bình luận (2)", "Ý kiến bạn đọc"), the line stripped."""
    return len(line) <= 40 and _comments_re().fullmatch(line) is not None


def _list_heading(s: str) -> bool:
    """A heading of a list of other articles or of readers' comments: the dates under it are not the page's."""
    s = s.strip()
    return _related_heading(s) or _comments_heading(s)


def _items_end(text: str, blocks: list[Block], k: int) -> int | None:
    """The end of a list of other articles under a related-news heading, from ``blocks[k]``, the teaser under an item's
    headline: each line down to the page's end or its next chrome line (not a date line: an item's own) is a headline
    or a sentence or two of teaser under one; None if another line comes (a paragraph, a byline)."""
    head = True
    # (a date by an item's headline above, "Khối thi đua số 7 tổng kết năm 2023 (03/01/2024)", or on a line of its own: the
    # list's shape; without one, a teaser that refers back to the meeting, "Hội nghị đã suy tôn ...", "Tại hội nghị, ...", is
    # the article going on under a link in its middle)
    dated = False
    for j in range(k - 1, -1, -1):
        line = text[blocks[j].start:blocks[j].end].strip()
        if blocks[j].kind != "chrome" or _related_heading(line):
            break
        dated = dated or _RE_DATE_LINE.search(line) is not None
    for j in range(k, len(blocks)):
        b = blocks[j]
        line = text[b.start:b.end].strip()
        if b.kind == "chrome":
            if is_date_line(line) or _related_heading(line):
                dated = dated or is_date_line(line)
                continue
            # (the article's byline under a toolbar, "Chia sẻ" / "Minh Châu": the lines above are the article's)
            nxt = next((x for x in blocks[j + 1:j + 4] if x.kind != "chrome"), None)
            if nxt is not None and _byline_shaped(text[nxt.start:nxt.end].strip()):
                return None
            return j
        # (a byline ends the list, and is the article's: "Bài và ảnh: Minh Châu", "Nguyễn Thị Minh Châu")
        if _byline_shaped(line):
            return None
        if _headline_like(line):
            head = True
            dated = dated or _RE_DATE_LINE.search(line) is not None
        elif head and len(line) <= _TEASER_MAX and line.endswith((".", "!", "?", "…")) \
                and (dated or _RE_BACK_TO_MEETING.match(line) is None):
            head = False
        else:
            return None
    return len(blocks)


# a sentence that refers back to the meeting the article is of: "Hội nghị đã suy tôn ...", "Tại hội nghị, ...", "Dịp này, ..."
_RE_BACK_TO_MEETING = regex.compile(
    r"\s*(?:(?:cũng\s+)?(?:tại|trong|kết thúc|trước khi bế mạc)\s+(?:buổi\s+)?(?:hội nghị|lễ)\b"
    r"|hội nghị\s+(?:đã|cũng|đã thống nhất|thống nhất|tiến hành|biểu quyết|bỏ phiếu|bầu|suy tôn|bình xét|thông qua)\b"
    r"|(?:nhân\s+)?dịp này\b|cũng tại\b|theo đó\b|bên cạnh đó\b|ngoài ra\b|đồng thời\b|trên cơ sở (?:đó|kết quả)\b)",
    regex.I)


def _byline_shaped(line: str) -> bool:
    """A byline's line: a writer's label and name ("Bài và ảnh: Minh Châu", "Tin, ảnh: A"), or a name alone, its date after
    it or none ("Nguyễn Thị Minh Châu", "Minh Châu - 12/01/2024")."""
    if len(line) > 80:
        return False
    m = _BYLINE_PREFIX.match(line)
    if m is not None and ":" in m.group(0):
        return True
    g = _date_after_name(line)
    s = line[:g.start()].rstrip(" -–|,") if g is not None else line
    nm = _name_line(s.strip(), False) if s[:1].isupper() else None
    return nm is not None and nm.group(2) is None


def _merge_continuations(doc: Document, blocks: list[Block]) -> list[Block]:
    """Join a line broken inside a sentence (a caption wrapped after a comma, or a line that
    goes on in lower case) to the line before it."""
    out: list[Block] = []
    text = doc.text
    for b in blocks:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == "body" and b.kind == "body":
            pt = text[prev.start:prev.end].rstrip()
            nt = text[b.start:b.end].lstrip()
            # (not the page's date line under a headline that ends with a comma: "TIÊU ĐỀ," / "admin08/02/2023 03:04 PM")
            if (pt.endswith(",") or (nt[:1].islower() and not pt.endswith((".", "!", "?", ":", ";")))) and not is_date_line(nt):
                prev.end = b.end
                continue
        out.append(b)
    return out


def _title_like(line: str) -> bool:
    s = line.strip()
    if not (12 <= len(s) <= 260):
        return False
    if _RE_LEAD_START.match(s) and not _RE_DATED_HEADLINE.match(s) or cre.match(r"^\s*(?:tại|dự|tham dự|đến dự|về phía)\b", s, regex.I):
        return False
    if not _RE_EVENT_WORD.search(s):
        return False
    if not cre.search(r"\b(?:hội nghị|sơ kết|tổng kết|giao ước|ký kết|triển khai|phát động|lễ|họp|phương hướng|nhiệm vụ|giao ban|giao lưu|hội thao|bàn giao)\b", s, regex.I):
        return False
    if _caption(s) or _person_first(s):
        return False
    return True


@lru_cache(maxsize=None)
def _person_first_re() -> "regex.Pattern[str]":
    """A line that opens on a person: a rank or an honorific, a name of two to four capitalised words, then a comma and
    the person's position ("Thiếu tướng Nguyễn Văn A, Phó Chủ tịch Hội X, ... phát biểu tại Hội nghị")."""
    who = alternation([*lexicon.words("ranks.txt"), "Đồng chí", "Ông", "Bà", "Đ/c"])
    return regex.compile(r"\s*(?:" + who + r")\s+\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,3}\s*[,–-]\s*\p{Lu}")


# what a person shown in a photo does (and, with more acts of the meeting, what ends a would-be byline: _CAPTION_VERB)
_CAPTION_ACTS = ("phát biểu", "trao", "tặng", "phát động", "báo cáo", "trình bày")
_RE_CAPTION_ACT = regex.compile(r"\b(?:" + "|".join((*_CAPTION_ACTS, "chụp ảnh")) + r")\b", regex.I)


def _person_first(s: str) -> bool:
    """The line is a photo's caption of a person, not a headline (see _person_first_re): it shows the person at an act
    of the meeting ("... phát biểu chỉ đạo Hội nghị"); a headline that opens on a person tells of them otherwise
    ("Đồng chí A, Phó Chủ tịch UBND tỉnh dự Hội nghị ...", "Ông A - Giám đốc Sở X được bầu làm Cụm trưởng")."""
    return _person_first_re().match(s) is not None and _RE_CAPTION_ACT.search(s) is not None


_RE_CAPTION_WORDS = regex.compile(r"\b(?:chụp ảnh|phát biểu|quang cảnh|toàn cảnh|đồng chí|ông|bà|đ/c)\b", regex.I)


_RE_CLUSTER_WORDS = regex.compile(r"\b(?:cụm|khối)\s+thi\s+đua\b", regex.I)
# (or a line opening on a cluster by its number alone and a colon or a dash: "Cụm 4: Vinh danh 12 tập thể ...")
_RE_NUMBERED_CLUSTER_OPENS = regex.compile(r"\s*(?-i:Cụm|Khối)\s+(?:số\s+)?(?:\d{1,2}|[IVX]{1,4})\s*(?::|\s*[-–](?!\d))\s*\S", regex.I)


def _headline_with_stop(doc: Document, i: int, s: str) -> bool:
    """The page's first line ends with a full stop yet is its headline: it is written in capitals, the page
    prints it again a line or two below, or it states no date while the next line is the lead that opens
    with the meeting's date or "Vừa qua".
    A line ending in "!" is a slogan banner, not a headline."""
    if s.rstrip().endswith("!"):
        return False
    letters = [c for c in s if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) > 0.8 * len(letters):
        return True
    if _RE_LEAD_OPEN.match(s) or _RE_DATE_LINE.search(s) or cre.search(r"\d{1,2}\s*[/.-]\s*\d{1,2}", s):
        return False
    if _RE_CAPTION_WORDS.search(s):
        return False  # a photo's caption: "Đại biểu ... chụp ảnh lưu niệm", "Đồng chí A phát biểu tại Hội nghị."
    # a page that prints its headline twice (the page's title, then the article's, a section name between)
    if any(doc.block_text(b).strip() == s.strip() for b in doc.blocks[i + 1:i + 4]):
        return True
    # (a counter of views between them is no line of the article: "42")
    # (nor the page's date line, whatever widgets it carries: "09/01/2018 10:36:21 Xem cỡ chữ")
    nxt = next((b for b in doc.blocks[i + 1:i + 4] if b.kind != "chrome" and not doc.block_text(b).strip().isdigit()
                and not _short_date_line(doc.block_text(b))), None)
    return nxt is not None and _RE_LEAD_OPEN.match(doc.block_text(nxt)) is not None


def _short_date_line(line: str) -> bool:
    """A page's date line, whatever it carries beside the date: "09/01/2018 10:36:21 Xem cỡ chữ", "(16:10 | 14/02/2019)"."""
    s = line.strip()
    return _RE_DATE_LINE.match(s) is not None or len(s) < 60 and _RE_DATE_LINE.search(s) is not None


# two or three names joined by dashes, every word capitalised ("Lê Na - Hoàng Vũ"): a byline, no headline
_RE_PEN_NAMES = regex.compile(r"\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,3}(?:\s*[-–]\s*\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,3}){1,2}")


_RE_JOINING_WORD = regex.compile(r"(?:VÀ|CỦA|VỚI|TẠI|CHO|NĂM|GIAI ĐOẠN|NHẰM|NHIỆM KỲ)(?!\p{L})")


def _join_wrapped_title(doc: Document, i: int) -> None:
    """A headline in capitals wrapped onto the next line, in capitals too ("PHÁT ĐỘNG KÝ KẾT GIAO ƯỚC PHONG TRÀO" / "THI ĐUA
    YÊU NƯỚC NĂM 2026"): one headline."""
    b = doc.blocks[i]
    nxt = doc.blocks[i + 1] if i + 1 < len(doc.blocks) else None
    if nxt is None or nxt.kind == "chrome":
        return
    s, n = doc.block_text(b).strip(), doc.block_text(nxt).strip()
    letters_s, letters_n = [c for c in s if c.isalpha()], [c for c in n if c.isalpha()]
    if s.endswith((".", "!", "?", ":", ";")) or len(s) + len(n) > 260 or len(letters_n) < 6:
        return
    # (not after a headline ending on its year, unless the line goes on with a joining word, "VÀ KÝ KẾT ..."; not a
    # byline's names or a unit's name under it: "NGUYỄN THU TRANG", "PHÒNG TỔ CHỨC CÁN BỘ", "THÙY LINH - MINH ĐỨC")
    if cre.search(r"\b(?:19|20)\d{2}$", s) and not _RE_JOINING_WORD.match(n) or n.split()[0].title() in lexicon.words("surnames.txt") \
            or " - " in n or " – " in n or _looks_like_unit(n):
        return
    if all(c.isupper() for c in letters_s) and all(c.isupper() for c in letters_n) and not is_date_line(n):
        b.end = nxt.end
        del doc.blocks[i + 1]


def _all_capitals(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= 20 and all(c.isupper() for c in letters)


def _fuller_echo(doc: Document, i: int, s: str) -> int | None:
    """The block of the next two that writes the headline candidate ``s`` whole, when ``s`` is its start cut short inside a
    word ("Khối thi đua 7 ký kết giao ước t" above "Khối thi đua 7 ký kết giao ước thi đua năm 2019")."""
    head = s.strip()
    if len(head) < 20:
        return None
    seen = 0
    for j in range(i + 1, min(len(doc.blocks), i + 4)):
        if doc.blocks[j].kind == "chrome":
            continue
        nxt = doc.block_text(doc.blocks[j]).strip()
        # (cut inside a word: a whole headline the lead repeats after a dash, "Tiêu đề - Cụm thi đua ... vừa ...", is no echo)
        # (or cut at a word's end, a short tail left out: "... ký kết giao ước thi đua" above "... thi đua năm 2019")
        cut_inside = nxt[len(head):len(head) + 1].isalnum() and head[-1:].isalnum()
        short_tail = nxt[len(head):len(head) + 1] == " " and nxt[len(head) + 1:len(head) + 2].isalnum() and len(nxt) - len(head) <= 40 \
            and not _caption(nxt) and not cre.search(r"\b(?:Nguồn|Video|Clip)\s*:", nxt[len(head):], regex.I)
        if len(nxt) > len(head) and nxt.startswith(head) and len(nxt) <= 250 and (cut_inside or short_tail) \
                and not nxt.endswith((".", ":")):
            return j
        seen += 1
        if seen == 2:
            break
    return None


# two words in lower case in a row: a headline's phrase, not a menu's capitalised items ("Trang chủ Tin tức Sự kiện")
_RE_LOWER_PAIR = regex.compile(r"(?<!\S)(?-i:\p{Ll})\p{L}*\s+(?-i:\p{Ll})\p{L}*(?!\S)")


def _mark_title(doc: Document) -> None:
    """The headline: the first heading-like line before the body starts."""
    body_seen = 0
    first = True
    for i, b in enumerate(doc.blocks[:25]):
        if b.kind == "chrome":
            continue
        s = doc.block_text(b)
        opens, first = first, False
        # a breadcrumb "Trang chủ » Title" holds the title too, but the standalone line wins
        if _title_like(s):
            ends_sentence = s.rstrip().endswith((".", "!", "?", "…"))
            nxt = doc.blocks[i + 1] if i + 1 < len(doc.blocks) else None
            meta_follows = nxt is not None and (nxt.kind == "chrome" and cre.search(
                r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|submitted", doc.block_text(nxt), regex.I) is not None
                or _short_date_line(doc.block_text(nxt)))
            if ends_sentence and opens and _headline_with_stop(doc, i, s):
                b.kind = "title"
                return
            if ends_sentence and len(s) > 120 and not meta_follows:
                if _all_capitals(s):
                    continue  # a site's banner of slogans in capitals above the headline, no lead
                break  # the lead paragraph: a heading-like line below it is a photo's caption
            if ends_sentence and opens and "," not in s and not _RE_DATE_LINE.search(s) \
                    and cre.match(r"\s*(?:hội nghị|lễ|giao ban|giao lưu|hội thao)\b", s, regex.I):
                b.kind = "title"  # the page's first line, a meeting's name with a full stop: its headline
                return
            if ends_sentence:
                # a lead sentence is no title, unless page meta (a date line) follows it
                if not meta_follows:
                    body_seen += 1
                    if body_seen >= 2:
                        return
                    continue
            j = _fuller_echo(doc, i, s)
            if j is not None:
                b.kind = "chrome"  # the headline cut short by the page's template, written whole below
                b, i = doc.blocks[j], j
            b.kind = "title"
            _join_wrapped_title(doc, i)
            return
        if len(s) > 120 and not _all_capitals(s):
            break
    # the page's first line, naming the cluster's emulation and ending with a full stop, above the lead
    # ("Khối thi đua Nội chính tỉnh A “Đoàn kết, đổi mới ...”." then "Vừa qua, ...")
    first_i = next((i for i, b in enumerate(doc.blocks[:25]) if b.kind != "chrome"), None)
    if first_i is not None:
        s = doc.block_text(doc.blocks[first_i]).strip()
        if len(s) <= 150 and s[:1].isupper() and s.endswith(".") and (_RE_DOMAIN_WORD.search(s) or _RE_CLUSTER_WORDS.search(s)) \
                and not _caption(s) and _headline_with_stop(doc, first_i, s):
            doc.blocks[first_i].kind = "title"
            return
    # no headline with a meeting word: a headline of the cluster's work ("Các trường ... đẩy mạnh thi đua")
    # is the first short line above the lead that names the emulation work and ends no sentence
    # or the headline-like line nearest the lead that the page's date line follows
    # ("Tiêu đề" / "Thứ 5, 30/11/2017 | 08:57"; a site's name above an earlier date line is passed over)
    blocks = doc.blocks[:25]
    worded, dated = [], []
    for i, b in enumerate(blocks):
        if b.kind == "chrome":
            continue
        s = doc.block_text(b).strip()
        cd = _crawler_date(s)
        if cd:
            s = s[cd.end():].strip()  # (the crawler's date glued before the page's first line)
        if s.endswith("!") and _all_capitals(s):
            continue  # a slogan banner ("TOÀN ĐẢNG, TOÀN DÂN ... RA SỨC THI ĐUA ...!"), no headline
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        # (the site's name alone between the headline and the page's date line, "Tiêu đề" / "BÁO A" / "Ngày đăng: 21/12/2023":
        # the date line below it is the headline's)
        dnx = blocks[i + 2] if nxt is not None and nxt.kind != "chrome" and i + 2 < len(blocks) \
            and len(ns := doc.block_text(nxt).strip()) <= 60 and _publisher_alone(ns) \
            and _RE_LOWER_PAIR.search(s) is not None else nxt
        if s.endswith(":") and len(s) <= 100 and _RE_CLUSTER_WORDS.search(s) and not cre.search(r"\b(?:gồm|bao gồm|có|là)\b", s, regex.I) \
                and nxt is not None and nxt.kind != "chrome" and 4 <= len((ns := doc.block_text(nxt)).split()) and len(ns) <= 150 \
                and not _ends_sentence(ns.strip(), (".", ":", ";")) and not _RE_LEAD_OPEN.match(ns):
            # a headline set on two lines, the cluster's name closed by a colon above what it did ("Cụm thi đua phía Bắc:" /
            # "Huy động 17.500 ngày công ..."): read_title joins them
            nxt.kind = "title"
            return
        if len(s) > 150 or _ends_sentence(s, (".", ":", ";")):
            break
        if _caption(s) or not s[:1].isupper() or is_date_line(s) or _person_first(s) or _RE_PEN_NAMES.fullmatch(s):
            continue
        if dnx is not None and (dnx.kind == "chrome" and _RE_DATE_LINE.search(doc.block_text(dnx)) is not None
                                or is_date_line(doc.block_text(dnx))) \
                and _headline_like(s) and sum(w.isalpha() for w in s.split()) >= 4 and not _publisher_alone(s):
            dated.append(b)
        if 5 <= len(s.split()) and len(s) <= 150 and (_RE_DOMAIN_WORD.search(s) or _names_one_cluster(s)
                                                      or cd and _echoed(doc, s, b.end) and not _unit_name_alone(s)) \
                or not worded and _digest_head(s):
            worded.append(b)  # (or a digest's headline above its items: "Tin vắn ngày 10/1/2024")
    pick = dated[-1] if dated else (worded[0] if worded else _line_above_lead(doc))
    if pick is not None:
        pick.kind = "title"
        return
    # no headline line at all: the breadcrumb's last step, when it is a headline ("Trang chủ > Tin tức > Cụm thi đua số 2 tổng
    # kết năm 2023"): read_title reads past the crumbs
    for b in blocks[:6]:
        # (a section's name as the last step is none, "Hội nghị - Hội thảo", "Hội nghị sơ kết, tổng kết": the step names one
        # cluster or runs to a headline's length, eight words or more)
        if b.kind == "chrome" and (c := _RE_CRUMBS.match(doc.text, b.start, b.end)) is not None \
                and _title_like(step := doc.text[c.end():b.end]) \
                and (len(step.split()) >= 8 or _names_one_cluster(step)) and _RE_CLUSTERS_SECTION.search(step) is None:
            b.kind = "title"
            return


# a breadcrumb's steps down to its last, from the site's home: "Trang chủ > Tin tức > " (a step of any length: "Hoạt động thi
# đua, khen thưởng của Cụm, Khối > ")
_RE_CRUMBS = regex.compile(r"\s*(?:trang chủ|home)(?:\s*[>»›]\s*[^>»›\n]+?)*\s*[>»›]\s*", regex.I)
# (a section of all the clusters' news: "Sơ kết, tổng kết của Cụm, Khối thi đua")
_RE_CLUSTERS_SECTION = regex.compile(r"\bcụm\s*(?:,|và|-|/)\s*khối\b", regex.I)


# how a lead opens: a news agency's tag ("(Baoxyz.vn) -", "(PL)-", "(Mặt trận) -", "ANTD.VN -"), or a time word and a date
# ("Sáng 15/12", "Ngày 13/01/2023"), or "Vừa qua," / "Mới đây,"
_RE_LEAD_OPEN = regex.compile(
    r"^\s*(?:\(\s*[\p{L}\d.&]+(?:\s[\p{L}\d.&]+){0,2}\s*\)\s*[-–—]|\p{Lu}[\p{Lu}\d.&]{1,15}\s*[-–—]\s)"
    r"|^\s*(?:(?:sáng|chiều|tối|trưa)\s+nay|hôm nay|vừa qua|mới đây|thời gian qua|" + _LEAD_TIME + r"\b[^.\n]{0,25}?\d{1,2}\s*(?:[/.-]|\s+tháng\s+)\s*\d{1,2})\b",  # (the month in figures or after "tháng")
    regex.IGNORECASE,
)
_RE_SITE_NAME = regex.compile(r"(?:cổng thông tin|trang thông tin|trang tin|báo điện tử|tạp chí điện tử|website)\b", regex.I)
#: a crawler's date glued before the page's first line (" date 2025-12-13 Tiêu đề"): no part of the headline
_RE_CRAWLER_DATE = regex.compile("^" + CRAWLER_DATE)


def _unit_name_alone(s: str) -> bool:
    """A unit's name with nothing told of it (the site's or the section's name: "Ủy ban nhân dân huyện A", "Phòng Nội vụ
    huyện A thông tin"), not a headline that opens on a unit ("Công đoàn các tỉnh B ghi dấu ấn đậm nét")."""
    return _looks_like_unit(s) and cre.search(r"\s(?-i:\p{Ll}+)\s+(?-i:\p{Ll}+)\s+(?-i:\p{Ll}+)$", s) is None


def _echoed(doc: Document, s: str, after: int) -> bool:
    """Three words in a row of the line (a name: "Liên minh hợp tác xã các tỉnh miền núi phía Bắc") are written again
    in the text below it: the page's first line, under the crawler's date, is this article's headline, not another's."""
    words = fold(s).split()
    below = fold(doc.text[after:after + 3000])
    return any(" ".join(words[k:k + 3]) in below for k in range(len(words) - 2)
               if sum(len(w) for w in words[k:k + 3]) >= 10)


def _names_one_cluster(s: str) -> bool:
    """A line that names a cluster ("Cụm thi đua số 5: Công ty A xếp hạng Nhất năm 2025"): not a lead's first line, nor
    a section's label of all of them ("Hoạt động của các Cụm, Khối thi đua")."""
    return (_RE_CLUSTER_WORDS.search(s) is not None or _RE_NUMBERED_CLUSTER_OPENS.match(s) is not None) and not _RE_LEAD_OPEN.match(s) \
        and cre.search(r"\bcác\s+(?:cụm|khối)\b", s, regex.I) is None


def _ends_sentence(s: str, marks: tuple = (".", "!", ":", ";", ",")) -> bool:
    """The line ends with one of ``marks``; a headline cut short with an ellipsis ("Cụm thi đua số 4: góp
    sức ...") ends no sentence, unless a full stop comes before the ellipsis."""
    if s.endswith(("...", "…")):
        core = s.rstrip(".…").rstrip()
        return core.endswith(marks)
    return s.endswith(marks)


# a site's contact line ("địa chỉ: Số 2 ...") or what the site is, after its name ("..., cơ quan của Hội X", "..., trang thông tin
# của ...")
_RE_CONTACT_LABEL = regex.compile(r"\b(?:địa chỉ|điện thoại|đt|email|fax|hotline)\s*:", regex.I)
_RE_WHAT_A_SITE_IS = regex.compile(r",\s*(?:cơ quan|tiếng nói|diễn đàn)\s+(?:ngôn luận\s+)?(?:của|thuộc|trực thuộc)\b", regex.I)


def _line_above_lead(doc: Document) -> Block | None:
    """A headline without a meeting or emulation word: the page's first line, a headline in form (a few
    words, no sentence end), when the lead (an agency's tag, a time word and a date) comes right under it,
    only the page's date lines between, and names a meeting or a cluster."""
    content = [b for b in doc.blocks[:25] if b.kind != "chrome"]
    if len(content) < 2:
        return None
    first = content[0]
    s = doc.block_text(first)
    s = s[len(m.group(0)) if (m := _crawler_date(s)) else 0:].strip()
    if not (20 <= len(s) <= 250) or len(s.split()) < 5 or _ends_sentence(s) or not s[:1].isupper() \
            or is_date_line(s) or _caption(s) or _person_first(s) or _RE_LEAD_OPEN.search(s) or _RE_SITE_NAME.match(s) or _is_place(s):
        return None
    # (not a site's name with what it is after a comma, "Hội Nông dân tỉnh A, cơ quan của Hội Nông dân Việt Nam", "Sở B, Cổng
    # thông tin điện tử", nor its contact line)
    if _RE_SITE_NAME.search(s) or _RE_CONTACT_LABEL.search(s) or _RE_WHAT_A_SITE_IS.search(s):
        return None
    # a unit's name alone is the site's or the section's name ("Sở Nội vụ tỉnh X"), not a headline
    # (a headline that opens with a unit goes on in lower-case words, at its end or after a comma: "MTTQ tỉnh A nâng cao chất
    # lượng, hiệu quả hoạt động")
    if _looks_like_unit(s) and cre.search(r"\s(?-i:\p{Ll}+)\s+(?-i:\p{Ll}+)\s+(?-i:\p{Ll}+)$", s) is None \
            and cre.search(r",\s*(?-i:\p{Ll}+)\s+(?-i:\p{Ll}+)\s+(?-i:\p{Ll}+)", s) is None:
        return None
    # (past the page's date lines and a label left bare by the page, "Tác giả", "Chia sẻ")
    nxt = next((doc.block_text(b) for b in content[1:4] if not is_date_line(doc.block_text(b)) and len(doc.block_text(b).split()) > 2), None)
    if nxt is None or _RE_EVENT_WORD.search(nxt) is None:
        return None  # (a lead about something else, a football match, gives the page no meeting headline)
    # the lead, or the caption of the page's first photo, of the meeting ("Toàn cảnh Hội nghị tổng kết Cụm thi đua số 4"), under a
    # headline of some length (not a section's name, "Hoạt động của lãnh đạo tỉnh", nor a menu, "Liên hệ | Sơ đồ cổng")
    if _RE_LEAD_OPEN.search(nxt) is None and not (_caption(nxt) and (len(s.split()) >= 7 or "," in s) and "|" not in s):
        return None
    return first


_RE_DATE_LINE = regex.compile(r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}")
_RE_DOMAIN_WORD = regex.compile(r"(?<!\b(?:cụm|khối)\s)\b(?:thi đua|khen thưởng|giao ước)\b", regex.I)


# the writer's labels (lexicons/chrome.json, byline_label: "Tin, ảnh:", "Tin/ảnh:", "Tin bài:", "Ảnh, tin:")
_BYLINE_LABEL = r"(?:" + "|".join(lexicon.table("chrome.json")["byline_label"]) + r")"
# the kinds of paper or site an article is taken from ("Báo", "Tạp chí", "TTXVN")
_PAPER_WORD = r"(?:báo|tạp chí|đài|cổng|trang|website|thông tấn|ttxvn|vov|vtv)"
_AGENCY_ACRONYM = r"(?:ttxvn|vov|vtv)"
_BYLINE_PREFIX = regex.compile(
    # (not "Ảnh: X" alone: the photographer, not the author)
    r"^\s*(?:(?:" + _BYLINE_LABEL + r"|tác giả(?: bài viết)?|người viết|phóng viên|pv|nhóm pv|ctv|nguồn|theo|thực hiện|t/h|tổng hợp)\s*:\s*"
    # a page's header: "Viết bởi X - Th9 21, 2017", "Đăng bởi: X"
    r"|(?:viết|đăng)\s+bởi\s*:?\s*"
    # a role written before the name, without a colon ("CTV Thu Hà")
    r"|(?-i:CTV|PV|BTV|Phóng viên|Cộng tác viên)\s+(?=\p{Lu})"
    # ("Theo Nguyễn Thu Thảo": after, by a name of two words or more)
    r"|(?-i:Theo)\s+(?=(?-i:" + alternation(lexicon.words("surnames.txt")) + r")\s+\p{Lu})"
    # (or a pen name with the paper it is taken from, in brackets or after a slash: "Theo Quỳnh Chi (Báo A)", "Theo Thu Hà/Báo
    # A"; not the paper itself, "Theo Báo A/TTXVN", nor a document, "Theo Kế hoạch/Báo cáo số 12", nor the paper's name written
    # again after its kind, "Theo Lao Động/Báo Lao động", "Theo Tuổi Trẻ (Báo Tuổi Trẻ)")
    r"|(?-i:Theo)\s+(?=(?!" + _PAPER_WORD + r"\b)(?P<theo_name>(?P<theo_first>(?-i:\p{Lu}\p{Ll}*))(?:\s+(?-i:\p{Lu}\p{Ll}*)){1,3})\s*(?:\(|/)\s*"
    + r"(?!" + _AGENCY_ACRONYM + r"(?!\w))" + _PAPER_WORD + r"\b(?!\s*(?-i:\p{Ll}))(?!\s+(?-i:\p{Lu}{2,6})(?!\w))"
    r"(?!\s+(?P=theo_name)(?!\w))(?!\s+(?P=theo_first)(?!\w)))"
    # (a paper named by its letters, the agency's own or its kind's, "Theo Thu Hà/TTXVN", credits a name only when a family or
    # middle name opens it: the paper's name written out before its letters is no writer, "Theo Tin Tức/TTXVN", "Theo Quân Đội
    # Nhân Dân (Báo QĐND)")
    r"|(?-i:Theo)\s+(?=(?-i:" + alternation((*lexicon.words("surnames.txt"), *lexicon.words("middle_names.txt"))) + r")"
    r"(?:\s+(?-i:\p{Lu}\p{Ll}*)){1,3}\s*(?:\(|/)\s*(?:" + _AGENCY_ACRONYM + r"|(?:báo|đài)\s+(?-i:\p{Lu}{2,6}))(?!\w)))",
    regex.IGNORECASE,
)


# a writer's label alone, written after the names instead of before them ("A - B (Thực hiện)", "A (Tổng hợp)"): no unit
_RE_LABEL_ONLY = regex.compile(r"(?:" + _BYLINE_LABEL + r"|thực hiện|t/h|tổng hợp|người viết|tác giả)\s*:?", regex.I)


# a rank or degree written before a byline's name (lexicons/ranks.txt: "Bài, ảnh: Trung úy A", "ThS. A", "Thiếu tá A - Trung
# tá B"): the author's, no part of the name
# (or a broadcast crew's job label, with its colon or without: "Thực hiện: PV Minh Hà", "PV: A - KTV: B"; the reporter, the
# editor, the technician, a contributor)
_CREW_WORDS = ("PV", "BTV", "KTV", "CTV", "Phóng viên", "Biên tập viên", "Kỹ thuật viên", "Cộng tác viên")
_CREW_LABEL = r"(?-i:" + "|".join(_CREW_WORDS) + r")(?:\s*:\s*|\s+)"
_RE_CREW_LABEL = regex.compile(_CREW_LABEL + r"(?=\p{Lu})")
# (the name after a second crew label: two or three syllables in mixed case, or more after a family name; "Power", "GAS",
# "Báo Lai Châu", "Đài PT-TH A", a province are the writer's own unit)
_RE_CREW_NAME = regex.compile(r"\p{Lu}\p{Ll}*(?:[ ]\p{Lu}\p{Ll}*){1,3}")


# (a crew's line: "Thực hiện:", "T/H:", "Nhóm PV:", or its first member labelled, "PV: A", "BTV A")
_RE_CREW_LINE = regex.compile(r"\s*(?:thực hiện|t/h|nhóm pv|" + "|".join(_CREW_WORDS) + r")\b", regex.I)


def _crew_member(part: str, crew_line: bool) -> bool:
    """A byline's part after " - " that is a second crew member ("KTV: Đức Anh", or "KTV Đức Anh" on a crew's line, "Thực
    hiện: PV A - KTV B"), not the writer's job and unit ("PV Power", "Phóng viên Báo X", "KTV Khánh Hòa")."""
    m = _RE_CREW_LABEL.match(part)
    if m is None or ":" not in m.group(0) and not crew_line:
        return False
    name = part[m.end():].strip()
    return _RE_CREW_NAME.fullmatch(name) is not None and (name.count(" ") <= 2 or name.split(" ")[0] in lexicon.words("surnames.txt")) \
        and not _looks_like_unit(name) and gazetteer.province_of(name) is None and gazetteer.names_province(name) is None


_BYLINE_RANK = r"(?:(?-i:" + alternation(lexicon.words("ranks.txt")) + r")(?:(?<=\.)\s*|\s+)|" + _CREW_LABEL + r")(?=\p{Lu})"
_RE_BYLINE_RANK = regex.compile(_BYLINE_RANK)


def past_rank(s: str, pos: int = 0) -> int:
    """Where a byline's name starts in ``s`` from ``pos``: past a rank or degree written before it."""
    m = _RE_BYLINE_RANK.match(s, pos)
    return m.end() if m is not None else pos


# (a Central Highlands name joined by an apostrophe, "H'Xíu", "K'Ré": a word of a name, and a name alone)
_APOSTROPHE_WORD = r"\p{Lu}[’']\p{Lu}[\p{Ll}’']*"
_NAME_WORD = r"(?:" + _APOSTROPHE_WORD + r"|\p{Lu}[\p{Ll}’']*|\p{Lu}{2,})"
# (not a place of those languages, its first word a place's, "Ea H'Leo", "Cư M'Gar", "M'Đrắk": a reporter's district)
_PLACE_OPENER = r"(?:(?:Ea|Ia|Krông|Cư|Chư|Buôn|Kon|Đắk|Đăk|Đak)[ ]" + _APOSTROPHE_WORD + r"|M[’'])"
_NAME = r"(?!" + _PLACE_OPENER + r")(?:" + _NAME_WORD + r"(?:[ ]" + _NAME_WORD + r"){1,4}|" + _APOSTROPHE_WORD + r")"
_RE_LONE_APOSTROPHE_WORD = regex.compile(_APOSTROPHE_WORD)
_RE_PLACE_OPENER = regex.compile(_PLACE_OPENER)
# the mark that opens a person's name: a woman's in Ê Đê and Jrai ("H'Linh", "H’Xíu"), a man's in K'Ho and M'Nông ("K'Thuận",
# "K’Brơi"); a place has the first only after a word of its own ("Ea H'Leo"), the second is a district's or a commune's name as
# well ("K'Bang": apostrophe_place)
_RE_PERSONS_MARK = regex.compile(r"[HK][’']\p{Lu}")


def apostrophe_place(name: str) -> bool:
    """A name joined by an apostrophe that is a place, no person: one opening on a place's word ("Ea H'Leo", "M'Đrắk"), or a
    district or commune the gazetteer knows, with its apostrophe or without ("K'Bang", the gazetteer's "Kbang")."""
    if "'" not in name and "’" not in name:
        return False
    n = name.strip()
    bare = n.replace("'", "").replace("’", "")
    return _RE_PLACE_OPENER.match(n) is not None or any(gazetteer.is_place(v) or gazetteer.is_commune(v) for v in (n, bare))
# a name, or two joined by a dash ("Minh Châu - Thu Hà": one byline; the unit may follow in brackets, and a rank each name),
# and the unit written after it
_RE_SECOND_NAME = regex.compile(_NAME)
# (what follows the name holds no end of a sentence, "Tại Hải Phòng, tốc độ tăng trưởng là 10%. Tổng thu ...", nor the verb of
# a photo's caption, "A - Chủ tịch Hội X phát biểu khai mạc hội ngh": no byline)
# (not a word of a unit's or a post's name: "Thư ký Hội đồng", "Bộ phận Tiếp nhận", "báo cáo viên")
_CAPTION_VERB = (r"(?<=\s)(?<!(?-i:\p{Lu}\p{Ll}+)\s)(?:" + "|".join((*_CAPTION_ACTS, "chủ trì", "nhận", "ký", "khai mạc", "kết luận", "tham dự",
                                                                        "chúc mừng")) + r")(?!\p{L})(?!\s+viên\b)")
# (or a slash before the agency, as wire and radio copy signs: "Hà An/VOV-Tây Bắc", "HÀ AN/TTXVN", "Trung Kiên/Báo A")
def _name_line_re(name: str, joined: bool = True, pair: bool = False):
    return regex.compile(r"^(" + name + (r"(?:\s*-\s*(?:" + _BYLINE_RANK + r")?" + name + r")(?=\s*-)" if pair else
                                         r"(?:(?:\s*-\s*(?:" + _BYLINE_RANK + r")?" + name + r"){1,2}(?=\s*(?:$|\(|/\s*\p{Lu})))?" if joined else "")
                         + r")(?:\s*(?:,|-|\(|/(?=\s*\p{Lu}))\s*((?:(?!(?<!\b(?:TP|Tp|TX|TT|Q|P))[.!?]\s+\p{Lu}\p{Ll}*\s+\p{Ll}|"
                         + _CAPTION_VERB + r").){2,80}?)\)?)?\.?$")


_RE_NAME_LINE = _name_line_re(_NAME)
# (the names without a word joined by an apostrophe: where such a word is a place, or a lone one stands with no author's label)
_RE_NAME_LINE_PLAIN = _name_line_re(r"(?:\p{Lu}[\p{Ll}’']*|\p{Lu}{2,})(?:[ ](?:\p{Lu}[\p{Ll}’']*|\p{Lu}{2,})){1,4}")
# (one name, no second joined to it by a dash: "Ngọc Trâm - Bến Tre" is a correspondent and the province she writes from)
_RE_NAME_LINE_ONE = _name_line_re(_NAME, joined=False)
# (two names joined by a dash, then the province after a second dash: "Thu Hà - Ngọc Trâm - Bến Tre")
_RE_NAME_LINE_TWO = _name_line_re(_NAME, pair=True)


# the day of a dateline, after its place ("ngày 20 tháng 12 năm 2023", "ngày 20/12/2023")
_RE_DATELINE_DAY = regex.compile(r"ngày\s+\d{1,2}(?:\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\s+tháng\s+\d{1,2}\s+năm\s+\d{4})\s*\.?", regex.I)


def _name_line(s: str, labelled: bool):
    """_RE_NAME_LINE's match of ``s``; a name joined by an apostrophe that is a place ("Thu Hà - K'Bang"), or one such word
    alone without an author's label before it (``labelled``: "Bài, ảnh: H'Xíu"; not "M'Đrắk, ngày ..."), read as the names
    without it are ("Thu Hà" and her place)."""
    nm = _RE_NAME_LINE.match(s)
    # (a province after the dash is where the writer works, not a second writer's pen name: "Ngọc Trâm - Bến Tre")
    if nm is not None and "-" in nm.group(1):
        parts = regex.split(r"\s*-\s*", nm.group(1))
        if gazetteer.names_province(parts[-1]) is not None and gazetteer.names_province(parts[0]) is None:
            # (two writers before it keep their names: "Thu Hà - Ngọc Trâm - Bến Tre")
            if len(parts) > 2 and gazetteer.names_province(parts[1]) is None \
                    and (two := _RE_NAME_LINE_TWO.match(s)) is not None and two.group(2) is not None:
                return two
            return _RE_NAME_LINE_ONE.match(s)
    if nm is None or "'" not in nm.group(1) and "’" not in nm.group(1):
        return nm
    # (a lone one with its unit in brackets or after a dash is a byline too: "H'Linh (Trung tâm VH-TT&TT huyện A)", "H'Linh -
    # Hội LHPN huyện A")
    unit_bracketed = nm.group(2) is not None and s[nm.end(1):nm.start(2)].strip() in ("(", "-", "–") and _looks_like_unit(nm.group(2))
    if not labelled and not unit_bracketed and _RE_LONE_APOSTROPHE_WORD.fullmatch(nm.group(1)) \
            or any(apostrophe_place(h) for h in regex.split(r"\s*-\s*", nm.group(1))):
        return _RE_NAME_LINE_PLAIN.match(s)
    return nm


_RE_ACRONYM_AFTER_NAME = regex.compile(r"((?:\p{Lu}\p{Ll}+\s+){1,3}\p{Lu}\p{Ll}+)\s+(\p{Lu}{3,}(?:\s+\S+){0,4})$")
# the photographer credited after the author's name ("Bài: A - Ảnh: B", "Tin: A; Ảnh: B", "Tin: A. Ảnh: B")
_RE_PHOTO_CREDIT = regex.compile(r"\s*[-–|,;.]\s*(?:ảnh|video)\s*:.*$", regex.I | regex.S)


# initials ("T.H"), initials and a name ("P.TRUNG", "N.Hà"), or a one-word pen name
# (two one-word pen names joined by a dash: "Bình - Trí"; or a Central Highlands name joined by an apostrophe, "H'Linh")
_RE_SHORT_BYLINE = regex.compile(r"^(\p{Lu}{1,2}(?:\.\s?\p{Lu}{1,2}){1,3}\.?|\p{Lu}(?:\.\s?\p{Lu}){0,2}\.\s?(?:\p{Lu}{3,10}|\p{Lu}\p{Ll}{1,9})"
                                 r"|\p{Lu}\p{Ll}{1,9}(?:\s-\s\p{Lu}\p{Ll}{1,9})?|\p{Lu}{2}|" + _APOSTROPHE_WORD + r")()$")


# a byline in the page's header, the name and the date after it: "Viết bởi Andy - Th9 21, 2017"
_RE_HEADER_BYLINE = regex.compile(r"\s*(?:viết|đăng)\s+bởi\s*:?\s*(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,4})\s*(?:[-|–]\s*.{0,40})?$",
                                  regex.I)


# the newspaper or site an article is taken from ("Theo Báo Quảng Bình", "Nguồn: TTXVN"): a source, not an author
_RE_SOURCE_LINE = regex.compile(r"^\s*(?:theo|nguồn)\s*:?\s*(?:báo|tạp chí|đài|cổng|trang|website|thông tấn|ttxvn|vov|vtv|vnexpress)(?!\p{L})",
                                regex.I)


# a source's line that names the paper without "Báo": the line's "Theo" read into the name ("Theo Lao Động"), or a paper named
# for its province or city ("Theo Hà Nội Mới", "Nguồn: Quảng Ninh"; not a person, "Theo Nguyễn Thu Thảo", "Theo Thanh Hà")
_RE_SOURCE_OPEN = regex.compile(r"\s*(?:theo|nguồn)(?:\s*:\s*|\s+)(?=\p{Lu})", regex.I)


def _source_credit(line: str) -> bool:
    """A short line that credits the paper or site the article is taken from, alone: "Theo Báo Tuyên Quang", "Nguồn: TTXVN",
    "Theo Hà Nội Mới" (not a sentence that opens on "Theo", "Theo báo cáo, ...")."""
    t = line.strip()
    return len(t) <= 60 and not t.endswith((".", ",", ";", ":")) and "," not in t \
        and (_RE_SOURCE_LINE.match(t) is not None or _RE_SOURCE_OPEN.match(t) is not None)


def _source_named(line: str, name: str) -> bool:
    if _RE_SOURCE_OPEN.match(line) is None:
        return False
    words = name.split(" ")
    return words[0].lower() in ("theo", "nguồn") \
        or any(gazetteer.names_province(" ".join(words[:k])) is not None for k in range(2, min(len(words), 4) + 1))


# a person's act at the meeting told on the line: a sentence of the article, no byline ("A, Chủ tịch UBND xã B phát biểu tại
# hội nghị.")
_RE_ACTS_AT_MEETING = regex.compile(r"(?<!\p{L})(?:phát biểu|chủ trì|trình bày|báo cáo|kết luận|chỉ đạo|khai mạc|bế mạc|tham dự|dự)"
                                    r"\s+(?:\p{L}+\s+){0,3}?(?:tại|trong)\s+(?:hội nghị|buổi lễ|lễ|buổi họp|cuộc họp)\b", regex.I)


def _names_an_author(line: str, name: str, last: bool = False) -> bool:
    """The name a byline line reads is an author's: not a unit, not a person of the article (after an honorific),
    and the line names no source paper ("Theo Báo Quảng Bình", "Theo Hà Nội Mới") nor tells a person's act at the meeting.
    (``last``: the article's last line, where a pen name opened by a given-name head needs no label: "Trường Giang")"""
    return (not _looks_like_unit(name) or _given_name_head(line, name, last)) and _RE_ACTS_AT_MEETING.search(line) is None \
        and not cre.match(r"(?:ông|bà|đồng chí|đ/c|thầy|cô)\s", name, regex.I) \
        and not _RE_SOURCE_LINE.match(line) and not _RE_WEEKDAY_NAME.match(name) and not _position_opens(name) \
        and not _source_named(line, name) and not _abbreviated_unit(name)


# a unit's abbreviation in capitals, then the province or place it is of: a unit's byline ("PC Hải Dương", "VNPT Nghệ An")
_RE_ABBR_THEN_PLACE = regex.compile(r"(?-i:\p{Lu}{2,6})\s+((?-i:\p{Lu})\p{L}*(?:\s+(?-i:\p{Lu})\p{L}*){0,3})")


def _abbreviated_unit(name: str) -> bool:
    m = _RE_ABBR_THEN_PLACE.fullmatch(name.strip())
    return m is not None and not m.group(1).isupper() and _is_place(m.group(1))


# an author's label: the writer's, not a source's ("Bài và ảnh:", "Tin, ảnh:", "Bài:", "Tác giả:", "Phóng viên:")
_RE_AUTHOR_LABEL = regex.compile(r"\s*(?:[•·▪●*]\s*|[-–]\s+)?(?:" + _BYLINE_LABEL + r"|tác giả(?: bài viết)?|người viết"
                                 r"|phóng viên|pv|nhóm pv|ctv|thực hiện)\s*:\s*", regex.I)
# a name of two or three words written as a person's, each capitalised (or the whole in capitals)
_RE_NAME_WORDS = regex.compile(r"(?-i:\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){1,2}|\p{Lu}+(?:\s\p{Lu}+){1,2})")


# a Vietnamese syllable without its marks: an onset, a vowel or two or three, a coda (an abbreviation's consonants are none:
# "tdkt", "vhxh", "qlda", "thcs")
_RE_SYLLABLE = regex.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?")


def _given_name_head(line: str, name: str, last: bool = False) -> bool:
    """After an author's label, a word that heads a unit alone and is a given name too ("Trường", a school) opens a pen name
    when the words are written as a person's: "Bài và ảnh: Trường Sơn", "Tin, ảnh: TRƯỜNG GIANG" (not "Bài: Trường THPT A",
    "Tin: Trường Chính trị tỉnh", "Tin, ảnh: PHÒNG NỘI VỤ", nor a source's line, "Theo Trường ...").
    On the article's last line (``last``) it needs no label when the pen name has two words, the usual one ("Trường
    Giang", "Trường An - Cổng TTĐT huyện"); a unit written so has more ("Ban Dân Vận Tỉnh Ủy")."""
    if not _RE_NAME_WORDS.fullmatch(name):
        return False
    words = name.lower().split(" ")
    if not _RE_AUTHOR_LABEL.match(line) and not (last and len(words) == 2 and not _BYLINE_PREFIX.match(line)) \
            or name.isupper() and len(words) > 2:
        return False  # (in capitals, three words or more are a unit's: "Tin: BAN DÂN VẬN")
    if not all(_RE_SYLLABLE.fullmatch(fold(w)) for w in words[1:]):
        return False  # (a given name after the head, not a unit's letters: "BAN TĐKT", "BAN QLDA", "TRƯỜNG THCS")
    heads, _ = _unit_heads_lower()
    return words[0] in _given_name_heads() and not any(" ".join(words[:k]) in heads for k in range(2, len(words) + 1))


def _under_name_line(lines: list[str], tail: list[int]) -> bool:
    """The line before the last (``tail``'s first) is a person's name alone, as a byline's is written."""
    if len(tail) < 2 or len(lines[tail[0]]) > 40:
        return False
    nm = _RE_NAME_WORDS.fullmatch(lines[tail[0]].rstrip("."))
    return nm is not None and not _looks_like_unit(nm.group(0))


def _runs_on(doc: Document, tail: list[int]) -> bool:
    """The last line goes on from the one before it, a hard-wrapped line's end ("... – Ủy viên" / "Ban Thư ..."): no blank
    line between them and the line before ends on a letter, not a sentence's or a name's end."""
    if len(tail) < 2:
        return False
    prev, last = doc.blocks[tail[0]], doc.blocks[tail[1]]
    return "\n\n" not in doc.text[prev.end:last.start] and doc.text[prev.start:prev.end].rstrip()[-1:].islower()


@lru_cache(maxsize=None)
def _given_name_heads() -> frozenset[str]:
    """lexicons/given_name_heads.txt, lower case: the unit heads that are also given names."""
    return frozenset(w.lower() for w in lexicon.words("given_name_heads.txt"))


def _position_opens(name: str) -> bool:
    """The words open a position ("Phó Ch", a caption cut by the end of the excerpt), no name: a position of
    lexicons/positions.txt starts with them, or they start with one."""
    low = name.lower()
    # (two words at least: a one-word pen name, "Trung", "Hải", "Thư", may begin a position)
    return " " in low and any(p.startswith(low) or low.startswith(p + " ") for p in _positions())


@lru_cache(maxsize=None)
def _positions() -> tuple[str, ...]:
    """The positions of two words or more, in lower case."""
    return tuple(w.lower() for w in lexicon.words("positions.txt") if " " in w)


# a weekday opening a date line is no name ("Thứ Bảy, ngày 20 tháng 12 năm 2025")
_RE_WEEKDAY_NAME = regex.compile(r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)(?!\p{L})", regex.I)


def _is_place(s: str) -> bool:
    """A province or district name standing alone (a dateline, a caption's place), not a person."""
    return gazetteer.province_of(s) is not None


def _named_by_given_name(doc: Document, name: str) -> bool:
    """The article names the person by an honorific and the given name alone ("ông Lâm" for "Trần Văn Lâm")."""
    given = name.split(" ")[-1].lower()
    return cre.search(r"(?<!\w)(?:ông|bà|đồng chí|đ/c)\s+" + regex.escape(given) + r"(?!\w)", doc.cues.lower) is not None


def _opens_like_a_name(name: str) -> bool:
    """The first word is a family name or a middle name (lexicons/surnames.txt, middle_names.txt)."""
    first = name.split(" ")[0].capitalize()
    return first in lexicon.words("surnames.txt") or first in lexicon.words("middle_names.txt")


def _place_not_pen_name(line: str, name: str) -> bool:
    """The name a byline's line reads is a place, not a pen name: after an author's label ("Tác giả:", "Tin và ảnh:") a
    district's or a ward's name is a pen name as often ("Thanh Bình", "Bình Minh"), a province's is not ("Tin: Cà Mau")."""
    if not _is_place(name):
        return False
    return _RE_AUTHOR_LABEL.match(line) is None or gazetteer.names_province(name) is not None


def _namesake_header(name: str, unit: str) -> bool:
    """A site's header, not a byline: the figure a school, ward or street is named after (lexicons/eponyms.txt), or the name
    the unit after the dash carries ("Bùi Thị Xuân - Trường THPT Bùi Thị Xuân", "Lê Lợi - Phường Lê Lợi")."""
    return fold(name) in _eponyms_folded() or cre.search(r"(?<!\p{L})" + regex.escape(name) + r"(?!\p{L})", unit) is not None


@lru_cache(maxsize=None)
def _eponyms_folded() -> frozenset[str]:
    return frozenset(fold(w) for w in lexicon.words("eponyms.txt"))


def _looks_like_unit(s: str) -> bool:
    """A unit name (``Ban Thi đua - Khen thưởng``, ``PHÒNG TỔ CHỨC CÁN BỘ``), compared with tone marks kept."""
    words = s.strip().lower().split(" ")
    heads, longest = _unit_heads_lower()
    return any(" ".join(words[:k]) in heads for k in range(1, min(len(words), longest) + 1))


@lru_cache(maxsize=None)
def _unit_heads_lower() -> tuple[frozenset[str], int]:
    """The unit heads in lower case, and the most words one has."""
    heads = frozenset(h.lower() for h in lexicon.words("unit_heads.txt"))
    return heads, max((len(h.split(" ")) for h in heads), default=0)


_RE_SHARE = regex.compile(r"(?:chia sẻ(?: bài viết)?|share|in bài(?: viết)?|gửi bài(?: viết)?)\s*:?\s*$", regex.I)


def _pen_name(doc: Document, i: int, word: str) -> bool:
    """A one-word last line is a pen name when it has initials ("T.H"), or is a surname ("Hoàng") or
    follows the article's end mark ("./."); not a byline's label alone ("Nguồn") nor the first word of a
    sentence the excerpt cut ("Cũng")."""
    if "." in word or " - " in word:
        return True
    if len(word) == 2 and word.isupper():
        # two initials without dots ("QM"): not a desk's or a page's letters, nor a unit's abbreviation (three letters
        # are as often a unit's, "STP", "SYT", "BQL", and are left out)
        return word.lower() not in lexicon.words("not_pen_names.txt") and not _looks_like_unit(word)
    if _BYLINE_PREFIX.match(word + ":"):
        return False
    if word in lexicon.words("surnames.txt"):
        return True
    # (a name joined by an apostrophe alone on the last line, opening on the mark of a person's name, "H'Linh", "K'Thuận": a
    # person's, unless a place's, "K'Bang"; another such word alone may be a place)
    if _RE_LONE_APOSTROPHE_WORD.fullmatch(word):
        return _RE_PERSONS_MARK.match(word) is not None and not apostrophe_place(word)
    prev = next((doc.block_text(b).rstrip() for b in reversed(doc.blocks[:i]) if b.kind != "chrome"), "")
    return prev.endswith("/.")


# a signature block's line above a signer's name, as a notice or minutes pasted whole ends: the signing mark ("(đã ký)",
# "(Đã ký và đóng dấu)"), the office's signing word before its body ("TM. CỤM THI ĐUA SỐ 4", "KT. CHỦ TỊCH"), or the signer's
# part in minutes ("THƯ KÝ", "CHỦ TRÌ", "CHỦ TỌA")
_RE_SIGNATURE_HEAD = regex.compile(r"\(\s*(?:đã\s+)?k[ýí](?:\s+(?:tên|và|,)[^()]{0,30})?\s*\)|(?-i:(?:TM|KT|TL|TUQ|Q)\.\s*\p{Lu}[^\n]*)"
                                   r"|thư\s+k[ýí](?:\s+hội\s+nghị)?|chủ\s+trì|chủ\s+t[ọo]ạ?|người\s+ghi\s+biên\s+bản", regex.I)


def signer_line(doc: Document, i: int) -> bool:
    """Block i is a signer's name under a signature block's line (``_RE_SIGNATURE_HEAD``) or a position alone on its line
    ("CỤM TRƯỞNG", "Chủ tịch"; lexicons/positions.txt), a line of the signer's position and unit between at most ("(đã ký)" /
    "CHỦ TỊCH UBND HUYỆN A" / name): the document's signer, no byline."""
    prev = [b for b in islice((b for b in reversed(doc.blocks[:i]) if b.kind != "chrome"), 2)]
    if not prev:
        return False
    if _signature_head(doc.block_text(prev[0])):
        return True
    s = doc.block_text(prev[0]).strip()
    low = s.lower()
    return len(prev) == 2 and len(s) <= 70 and not s.endswith((".", ":", ";")) \
        and any(low.startswith(p + " ") for p in _positions_lower()) and _signature_head(doc.block_text(prev[1]))


def _signature_head(line: str) -> bool:
    """The line is a signature block's (``_RE_SIGNATURE_HEAD``) or a position alone."""
    s = line.strip()
    return len(s) <= 60 and (_RE_SIGNATURE_HEAD.fullmatch(s) is not None or s.lower() in _positions_lower())


# a signer's name alone on its line, as a person's is written (or in capitals)
_RE_SIGNER_NAME = regex.compile(r"(?-i:\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){1,4}|\p{Lu}+(?:\s\p{Lu}+){1,4})")


def signers(doc: Document) -> list[Found]:
    """The names signed under a signature block (``signer_line``), in text order; a rank before a name left out ("Đại tá A")."""
    out = []
    for i, b in enumerate(doc.blocks):
        if b.kind != "body" or b.end - b.start > 50:
            continue
        s = doc.block_text(b)
        a = len(s) - len(s.lstrip())
        c = s.strip().rstrip(".")
        r = past_rank(c)
        m = _RE_SIGNER_NAME.fullmatch(c, r)
        if m is not None and signer_line(doc, i):
            out.append(Found(m.group(0), b.start + a + r, b.start + a + r + len(m.group(0))))
    return out


@lru_cache(maxsize=None)
def _positions_lower() -> frozenset[str]:
    """lexicons/positions.txt, lower case."""
    return frozenset(w.lower() for w in lexicon.words("positions.txt"))


# a byline in brackets alone on the last line, a person's name (or two joined by a dash), the family name first: "(Hoàng
# Minh)", "[Hoàng Minh]", "(HOÀNG MINH - Thu Hà)" (not a source, "(Theo Báo X)", nor a unit or a place, "(Sở Nội vụ)")
_RE_BRACKETED_LINE = regex.compile(r"\s*[(\[]\s*([^()\[\]:\n]{3,60}?)\s*[)\]]\s*\.?\s*")


def _bracketed_byline(s: str, doc: Document | None = None) -> int | None:
    """Where the name of a bracketed byline line starts in ``s`` (None for a line that is no such byline).
    With the document (``doc``), a pen name of two or three given names counts too, each of two names joined by a dash,
    each opening on a middle name (lexicons/middle_names.txt; not a role, a unit, a region or a page's note: "(Thư Ký
    Khối)", "(Tổ Thư Ký)", "(Miền Tây)"), when the article does not write its words in lower case and no page's label is
    one ("(Thanh Tâm)", "(Đức Anh - Minh Trí)"); and the unit the writer works for may follow after a comma ("(Phạm Thị Hoa,
    Văn phòng Khối)"), a name the article does not name elsewhere (that is a quote's speaker)."""
    m = _RE_BRACKETED_LINE.fullmatch(s)
    if m is None:
        return None
    inner = m.group(1)
    nm = _RE_NAME_LINE_PLAIN.fullmatch(inner)
    if nm is None or _looks_like_unit(inner) or _is_place(inner):
        return None
    if nm.group(2) and (doc is None or "," not in inner[nm.end(1):nm.start(2)] or not _looks_like_unit(nm.group(2))):
        return None
    # (a name and a unit in brackets that the article names elsewhere is a quote's speaker, not the writer: "..., ông Lâm
    # nhấn mạnh." / "(Trần Văn Lâm, Văn phòng UBND tỉnh)")
    if nm.group(2) and (doc.cues.lower.count(nm.group(1).lower()) > 1 or _named_by_given_name(doc, nm.group(1))):
        return None
    parts = [h.strip() for h in nm.group(1).split(" - ")]
    if any(_is_place(h) or _looks_like_unit(h) for h in parts):
        return None
    surnames = lexicon.words("surnames.txt")
    if parts[0].split(" ")[0].capitalize() not in surnames and not (
            doc is not None and all(2 <= len(h.split(" ")) <= 3 and not h.isupper() and _pen_name_ok(doc, h)
                                    and not _position_opens(h) and h.split(" ")[0] in lexicon.words("middle_names.txt")
                                    for h in parts)):
        return None
    return m.start(1)


# the paper or site credited after a pipe on the byline's line: "Tác giả: A | Nguồn: Cổng TTĐT huyện B", "A | Theo: Báo B"
_RE_PIPE_SOURCE = regex.compile(r"[ \t]*\|[ \t]*(?:nguồn|theo)[ \t]*:.*$", regex.I | regex.S)


def _cut_pipe_source(s: str) -> str:
    """The line without the source's part after a pipe ("A | Nguồn: B" -> "A"), when a part is left before it."""
    if "|" not in s:
        return s
    m = _RE_PIPE_SOURCE.search(s)
    return s[:m.start()] if m is not None and s[:m.start()].strip() else s


def _mark_byline(doc: Document) -> None:
    """The byline: among the last lines, a person's name (with an optional prefix and unit)."""
    # a line the page repeats (its headline again, under the article) is not the article's end
    text = doc.text
    lines = [text[b.start:b.end].strip() for b in doc.blocks]
    seen: dict[str, int] = {}
    for i, line in enumerate(lines):
        seen.setdefault(line, i)
    # the article ends where the page's share buttons start ("Chia sẻ bài viết"): what follows is the site's
    end = next((i for i, line in enumerate(lines) if i > 0 and _RE_SHARE.match(line)), len(lines))
    # (a source's line under the byline is the page's credit, not the article's end: "Hồng Lĩnh" / "Nguồn: Báo A")
    tail = [i for i, b in enumerate(doc.blocks[:end]) if b.kind != "chrome" and seen[lines[i]] == i
            and not (_RE_SOURCE_LINE.match(lines[i]) and _source_credit(lines[i]))][-2:]
    for k, i in enumerate(reversed(tail)):
        b = doc.blocks[i]
        s = doc.block_text(b)
        if k == 0 and i > 0 and _bracketed_byline(s, doc) is not None and not signer_line(doc, i):
            b.kind = "byline"  # "(Hoàng Minh)"
            return
        s = _cut_pipe_source(s)  # ("Tác giả: A | Nguồn: Cổng TTĐT huyện B": the source's part after a pipe is the page's credit)
        m = _BYLINE_PREFIX.match(s)
        rest = s[m.end():] if m else s
        # (without the photographer credited after the name, "Tin: A; Ảnh: B", and past a rank before it, "Bài: Đại úy A")
        rest = _RE_PHOTO_CREDIT.sub("", rest.strip())
        ranked = past_rank(rest)
        rest = rest[ranked:]
        if len(rest) > 90 or rest.rstrip().endswith((".", ":", ";")) and not m:
            break
        nm = _name_line(rest.strip(), _RE_AUTHOR_LABEL.match(s) is not None)
        # the last line alone: initials ("T.H") or a one-word pen name
        if nm is None and k == 0 and i > 0:
            short = rest.strip()
            # (the page's date after it on the line: "N.T - 17/12/2025", "T.H (17/12/2025)")
            g = _date_after_name(short) if short[-1:].isdigit() or short.endswith(")") else None
            nm = _RE_SHORT_BYLINE.match(short[:g.start()].rstrip() if g is not None else short)
            if nm is not None and not _pen_name(doc, i, nm.group(1)):
                nm = None
        # (a ranked name with no prefix closes a list of guests as often, "TS. A - Phó Vụ trưởng Vụ X": an author's alone or
        # with the unit after it, "ThS. A (Phòng Đào tạo)")
        if nm and ranked and not m and nm.group(2) and not _looks_like_unit(nm.group(2)):
            nm = None
        # (a place and the day, the way an office closes its text, is a dateline: "Krông Búk, ngày 20 tháng 12 năm 2023")
        if nm and not m and nm.group(2) and _RE_DATELINE_DAY.fullmatch(nm.group(2)) \
                and (_is_place(nm.group(1)) or apostrophe_place(nm.group(1))):
            nm = None
        # (a district's or province's name alone with no label, not opening on a family or middle name, is a place the text
        # ends on, not a pen name: "Krông Búk", "Ea Kar"; "Thanh Bình" may be either and stays a name)
        if nm and not m and not nm.group(2) and _is_place(nm.group(1)) and not _opens_like_a_name(nm.group(1)):
            nm = None
        if nm and not m and signer_line(doc, i):
            break  # a signer under a signature block ("CỤM TRƯỞNG" / "(đã ký)" / A): the document's, no byline
        # (the last line with no label opens no pen name under a person's name line: it is the author's unit,
        # "Nguyễn Văn An" / "BAN TĐKT")
        if nm and _names_an_author(s, nm.group(1), k == 0 and i > 0 and not _under_name_line(lines, tail)
                                   and not _runs_on(doc, tail)):
            b.kind = "byline"
            # a unit line right under the name belongs to the byline
            for j in range(i + 1, len(doc.blocks)):
                if doc.blocks[j].kind == "chrome":
                    continue
                if len(doc.block_text(doc.blocks[j])) < 60 and _looks_like_unit(doc.block_text(doc.blocks[j])):
                    doc.blocks[j].kind = "byline"
                break
            return
        if m or k == 0 and not _looks_like_unit(rest):
            break  # the last line is the byline or a unit under it; anything else ends the search
    if any(b.kind == "byline" for b in doc.blocks):
        return
    # the page's header above the lead: "Viết bởi X - Th9 21, 2017" (the software's admin account is nobody)
    for b in doc.blocks[:12]:
        s = doc.block_text(b)
        m = _RE_HEADER_BYLINE.match(s)
        if m and not cre.match(r"(?:admin|administrator|super user|quản trị)", m.group(1), regex.I):
            b.kind = "byline"
            return
    # or a byline with its prefix above the lead ("Bài, ảnh: X", "Tác giả: X" under the headline)
    for b in doc.blocks[:12]:
        s = doc.block_text(b).strip()
        if b.kind == "body" and len(s) > 90:
            break  # the lead
        s = s[_bullet_end(s, dash=True):]  # ("• Tác giả: Minh Châu", "- Tác giả: Minh Châu")
        # (or in a part of the page's meta row, its date beside it: "Cập nhật: 15/01/2024 - Tác giả: A | 234 lượt xem")
        core = _pipe_name_part(s) if "|" in s or "-" in s or "–" in s or ":" in s else None
        if core is not None and _RE_AUTHOR_LABEL.match(s, core[0], core[1]) is not None:
            s = s[core[0]:core[1]]
        m = _BYLINE_PREFIX.match(s)
        # (the photographer credited after it goes: "Bài: A | Ảnh: B")
        # (a crew's job label opens it without a colon as well, before a person's name: "Phóng viên Thu Hằng", "PV A - B",
        # "BTV A", a family or middle name opening it; not the writer's job and unit, "PV Power", "Phóng viên Báo X", _crew_member)
        rest = _RE_PHOTO_CREDIT.sub("", s[m.end():]).strip() \
            if m and (":" in m.group(0) or _crew_member(s[m.start():].split(" - ")[0].strip(), True)
                      and s[m.end():].split(" ", 1)[0] in (*lexicon.words("surnames.txt"), *lexicon.words("middle_names.txt"))) else ""
        nm = _name_line(rest[past_rank(rest):], _RE_AUTHOR_LABEL.match(s) is not None) if rest else None
        if nm and not _place_not_pen_name(s, nm.group(1)) and _names_an_author(s, nm.group(1)):
            b.kind = "byline"
            return
    # or a person's name alone on the line under the headline, the page's date line within two lines below
    # ("Tiêu đề" / "Bùi Văn A" / "Chuyên viên Văn phòng" / "12:50 CH @ Thứ Sáu - 22 Tháng Bảy, 2022")
    ti = next((i for i, b in enumerate(doc.blocks[:12]) if b.kind == "title"), None)
    # (past the headline printed again below it, wrapped: its lines are parts of it)
    head = " ".join(doc.block_text(doc.blocks[ti]).split()).lower() if ti is not None else ""

    def echoes_headline(i: int) -> bool:
        words = doc.block_text(doc.blocks[i]).split()
        return len(words) >= 4 and " ".join(words).lower() in head

    # (the first three only: the test of a paragraph, split and joined, is the cost)
    # (a row of the page's meta that a labelled date made chrome counts when a part of it is left for a name: "Ngày đăng:
    # 15/12/2023 | Lò Văn A")
    after = list(islice((i for i in range((ti if ti is not None else -1) + 1, min(len(doc.blocks), 14))
                         if (doc.blocks[i].kind != "chrome" or _meta_row_with_name(doc.block_text(doc.blocks[i])))
                         and not echoes_headline(i)), 3))
    # (or under the date line the headline has: "Tiêu đề" / "24/01/2025 16:05" / "Ngọc Thảo - Hữu Phước")
    def date_at(j: int) -> bool:
        bt = doc.block_text(doc.blocks[j])
        return is_date_line(bt) or doc.blocks[j].kind == "chrome" and _meta_date(bt) is not None

    if ti is not None and after:
        first_is_date = date_at(after[0])
        for k, cand in enumerate(after[:2]):
            if k == 1 and not first_is_date:
                break
            s = doc.block_text(doc.blocks[cand]).strip()
            s = s[_bullet_end(s):]  # (the page's meta set as a bulleted list: "• Cẩm Lai" / "• 20-01-2022" / "• 401 lượt đọc")
            # a name in capitals closed by a bare "|", the page's date after it left out: "NGUYỄN AN |"
            bare = _RE_BARE_PIPE_NAME.fullmatch(s) if k == 0 else None
            if bare is not None and _caps_name_ok(doc, bare.group(1)) \
                    and not _is_place(bare.group(1).title()) and not _looks_like_unit(bare.group(1).title()):
                doc.blocks[cand].kind = "byline"
                return
            # (the page's date glued after the name: "HÀ VY - VĂN NAM 13/03/2024 15:45")
            # (or in a part of its own: "19/12/2025 15:42 | Hoàng Yến", "Tác giả: Ngọc Hân | Ngày: 21/12/2024")
            # (a part with no prefix is a section's name as often: a family name first, "Hoàng Yến")
            core = _pipe_name_part(s)
            pm = _BYLINE_PREFIX.match(s[core[0]:core[1]]) if core is not None else None
            if pm is not None and ":" in pm.group(0):
                rest = s[core[0] + pm.end():core[1]]
                core = (core[1] - len(rest.lstrip()), core[1])
            elif core is not None and s[core[0]:core[1]].split(" ", 1)[0] not in lexicon.words("surnames.txt"):
                core = None
            g = _date_after_name(s) if core is None else None
            glued = g is not None or core is not None
            if core is not None:
                s = s[core[0]:core[1]]
            elif glued:
                s = s[:g.start()].strip()
            nm = _name_line(s, pm is not None and _RE_AUTHOR_LABEL.match(pm.group(0)) is not None)
            # (the page's date line may stand right above the headline: "08:45 | 12/01/2024" / "Tiêu đề" / "Thu Trang")
            dated = glued or (first_is_date if k == 1 else any(date_at(j) for j in [*range(max(0, ti - 2), cand), *range(cand + 1, min(len(doc.blocks), cand + 4))]
                                                               if doc.blocks[j].kind != "title"))
            # (a name that opens with a family name, or two pen names joined by a dash, the way bylines join authors)
            # (each pen name no place: "Hà Giang - Tuyên Quang" is a dateline)
            surnamed = nm is not None and nm.group(1).split(" ")[0] in lexicon.words("surnames.txt")
            # (a pen name of two given names, "Hồng Nhung", only with the page's date line beside it)
            # (in capitals only with its unit in brackets: "ĐỨC THỊNH (Phòng Chính trị)"; a line in capitals alone is a heading)
            bracketed = nm is not None and nm.group(2) is not None and "(" in s
            surnamed = surnamed or bracketed and nm.group(1).isupper() \
                and nm.group(1).split(" ")[0].capitalize() in lexicon.words("surnames.txt")
            pen = nm is not None and dated and len(nm.group(1).split()) == 2 \
                and (not nm.group(1).isupper() or bracketed) and _pen_name_ok(doc, nm.group(1))
            parts = nm.group(1).split(" - ") if nm is not None else []
            # (each of three dashed parts a name, not a unit or a place: "A - B - Báo X" is two authors and their paper)
            # (no page label, whatever its first word: "Văn Hóa", "Pháp Luật | 07/03/2024", "Y Tế - Xã Hội")
            labels = lexicon.words("not_pen_names.txt")
            named = nm is not None and (surnamed or pen or " - " in nm.group(1)) \
                and not any(h.strip().lower() in labels for h in nm.group(1).split(" - ")) \
                and not all(_is_place(h.strip()) for h in parts) \
                and not (len(parts) > 2 and any(_is_place(h.strip()) or _looks_like_unit(h.strip()) for h in parts))
            # (undated, a full name of three words or more, the family name first, right above the lead)
            full = surnamed and not dated and k == 0 and len(nm.group(1).split()) >= 3 and _lead_follows(doc, cand, True)
            # (or two pen names joined by a dash right above the lead, one of them credited for a photo: "Thu Trang - Quang
            # Minh" ... "(Ảnh: Quang Minh)"; not two places or a slogan, "Mường Hum - Bát Xát")
            full = full or (not dated and k == 0 and len(parts) == 2 and all(2 <= len(h.split()) <= 3 for h in parts)
                            and not nm.group(2) and _lead_follows(doc, cand) and _credited(doc, parts))
            if named and not nm.group(2) and (dated or full) and not _looks_like_unit(nm.group(1)) and not _is_place(nm.group(1)):
                doc.blocks[cand].kind = "byline"
                return
            # (or undated, right under the headline and right above the lead, a name of two words, a pen name or a minority's
            # name, "Thu Hà", "Ksor Phước", or a name in capitals, "KSOR PHƯỚC", "TRẦN THU HÀ", the way papers print it; not a
            # section's label, a unit, a place, words the article writes in lower case)
            if nm is not None and not nm.group(2) and not glued and not dated and k == 0 and " - " not in nm.group(1) \
                    and _undated_name_under_headline(doc, nm.group(1), surnamed) and _lead_follows(doc, cand, True):
                doc.blocks[cand].kind = "byline"
                return
            # (or a name in capitals alone, no prefix, between the page's date line under the headline and the lead, the way
            # provincial papers print it: "Tiêu đề" / "Thứ Bảy, 21/12/2024 - 14:30" / "VĂN PHONG" / "(QNO) - Sáng 20/12, ...";
            # not a heading, a section's label, a unit or a place in capitals)
            if nm is not None and not nm.group(2) and not glued and nm.group(1).isupper() and " - " not in nm.group(1) \
                    and 2 <= len(nm.group(1).split()) <= 4 and any(date_at(j) for j in range(ti + 1, cand)) \
                    and _lead_follows(doc, cand, shortest=60) and _caps_byline_ok(doc, nm.group(1)) \
                    and not _looks_like_unit(nm.group(1).title()) and not _is_place(nm.group(1).title()):
                doc.blocks[cand].kind = "byline"
                return
            # (or the name, the family name first, and the unit it writes for after a dash, right above the lead or beside the
            # page's date: "Lê Hà - Đài TT-TH huyện A"; not a position after the name, "A - Giám đốc Sở B", a guest's caption)
            if named and surnamed and nm.group(2) and not bracketed and _looks_like_unit(nm.group(2)) \
                    and (dated or k == 0 and _lead_follows(doc, cand)) \
                    and not _looks_like_unit(nm.group(1)) and not _is_place(nm.group(1)):
                doc.blocks[cand].kind = "byline"
                return
            # (or the name with its unit in brackets, "Hoàng Thu (Trung tâm VH-TT&TT huyện)", dated or not)
            # (a full name, the family name first, beside the page's date: any short capitalised group, "(Tổ Ngữ văn)")
            if named and bracketed and s.rstrip(" .").endswith(")") \
                    and (_looks_like_unit(nm.group(2)) or surnamed and dated and len(nm.group(1).split()) >= 3
                         and nm.group(2)[:1].isupper() and len(nm.group(2)) <= 40) \
                    and not _looks_like_unit(nm.group(1)) and (surnamed or pen):
                doc.blocks[cand].kind = "byline"
                return
    # or right above the headline, beside the page's date line ("N.T.L" / "12/07/2023" / "Tiêu đề";
    # "Thứ Năm, 12/01/2023 - 15:20" / "Hồng Nhung - Thanh Tùng" / "Tiêu đề")
    if ti is not None:
        above = [i for i in range(max(0, ti - 3), ti) if doc.blocks[i].kind != "title"]
        for i in reversed(above):
            s = doc.block_text(doc.blocks[i]).strip()
            # (the page's first line, right above the headline: the name, the family name first, and the unit it writes for
            # after a dash, "Lê Hà - Trường THCS A", the way school sites credit the teacher; not a position after the name)
            if i == ti - 1 and not any(b.kind not in ("chrome",) for b in doc.blocks[:i]) and len(s) <= 90 \
                    and (nm := _RE_NAME_LINE_ONE.match(s)) is not None and nm.group(2) \
                    and regex.match(r"\s*[-–]\s*$", s[nm.end(1):nm.start(2)]) \
                    and nm.group(1).split(" ")[0] in lexicon.words("surnames.txt") and len(nm.group(1).split()) >= 2 \
                    and _looks_like_unit(nm.group(2)) and not _looks_like_unit(nm.group(1)) and not _is_place(nm.group(1)) \
                    and _names_an_author(s, nm.group(1)) and not _namesake_header(nm.group(1), nm.group(2)) \
                    and len(cre.findall(r"(?<!\p{L})" + regex.escape(nm.group(1)) + r"(?!\p{L})", doc.text)) == 1:
                # (not a guest the article names again, with an honorific, a word of address or a position: "A - Phòng B" /
                # ... / "Đồng chí A, Trưởng phòng B phát biểu", "Hiệu trưởng A phát biểu")
                doc.blocks[i].kind = "byline"
                return
            beside = any(date_at(j) for j in (i - 1, i + 1) if 0 <= j < len(doc.blocks) and j != ti)
            if not beside or len(s) > 60:
                continue
            nm = _name_line(s, False) or _RE_SHORT_BYLINE.match(s)
            if nm is None or nm.group(2) or _is_place(nm.group(1)) or _looks_like_unit(nm.group(1)):
                continue
            parts = nm.group(1).split(" - ")
            labels = lexicon.words("not_pen_names.txt")
            if any(h.strip().lower() in labels or _is_place(h.strip()) for h in parts):
                continue
            # (initials, or two pen names the article does not write in lower case; a page's label opens with a family
            # name as often: "Văn Bản Chỉ Đạo", "Hồ Sơ")
            if nm.re is _RE_SHORT_BYLINE and "." in s \
                    or all(len(h.split()) == 2 and _pen_name_ok(doc, h.strip()) for h in parts) and len(parts) == 2:
                doc.blocks[i].kind = "byline"
                return
    # not at the end: a name line standing alone anywhere after the lead (under it, or above the
    # page's footer), the last one found
    lead = next((i for i, b in enumerate(doc.blocks) if b.kind == "body" and len(doc.block_text(b)) > 60), None)
    if lead is None:
        return
    for b in reversed(doc.blocks[lead + 1:]):
        if b.kind != "body":
            continue
        s = doc.block_text(b).strip()
        if len(s) > 70:
            continue
        m = _BYLINE_PREFIX.match(s)
        rest = (s[m.end():] if m else s).strip()
        rest = rest[past_rank(rest):] if m else rest  # (a ranked name alone here is a guest's line as often)
        short = _RE_SHORT_BYLINE.match(rest)
        # initials ("V.G") stand alone; a one-word pen name only after a prefix ("Theo: Hoàng")
        nm = _name_line(rest, _RE_AUTHOR_LABEL.match(s) is not None) or (short if short and (m or "." in rest) else None)
        # (a line in capitals without a prefix is a heading or a stamp, not a byline)
        if nm and (m or nm.re is _RE_SHORT_BYLINE or not nm.group(1).isupper()) and not _place_not_pen_name(s, nm.group(1)) \
                and _names_an_author(s, nm.group(1)) and (m or not signer_line(doc, doc.blocks.index(b))):
            b.kind = "byline"
            return


# a part of a byline line that holds only the page's date or clock ("19/12/2025 15:42", "Ngày: 21/12/2024")
# (a weekday may open it, a dash join the clock and the date: "Thứ Bảy, 20/01/2024 - 08:45", "15:20 - 19/12/2025")
# (its label either way round, "Ngày đăng:", "Đăng ngày:"; the clock after "lúc": "Ngày 05/07/2024 lúc 16:40")
_RE_DATE_PART = regex.compile(r"\s*(?:(?:ngày(?:\s+(?:đăng|cập nhật))?|cập nhật(?:\s+(?:lúc|ngày))?|đăng(?:\s+(?:lúc|ngày))?)\s*:?\s*)?"
                           r"(?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)\s*,?\s*)?"
                           r"(?:\d{1,2}[:h]\d{2}(?::\d{2})?\s*[,–-]?\s*)?"
                           r"(?:\d{1,2}/\d{1,2}/\d{2,4})?\s*(?:(?:[–-]|lúc)\s*)?(?:\d{1,2}[:h]\d{2}(?::\d{2})?)?\s*", regex.I)


_RE_LEAD_BULLET = regex.compile(r"\s*[•·▪●*]\s*")
_RE_LEAD_BULLET_OR_DASH = regex.compile(r"\s*(?:[•·▪●*]|[-–](?=\s))\s*")


def _bullet_end(s: str, dash: bool = False) -> int:
    """Where the text after a line's leading bullet starts (0 for a line without one); ``dash``: a dash counts too (before a
    byline's prefix, "- Tác giả: A"; not before a bare name, where a dash opens a region or a list: "- Tây Nguyên")."""
    m = (_RE_LEAD_BULLET_OR_DASH if dash else _RE_LEAD_BULLET).match(s)
    return m.end() if m is not None else 0


_RE_BARE_PIPE_NAME = regex.compile(r"(\p{Lu}+(?:[ ]\p{Lu}+){1,3})[ ]*\|")


_RE_ROW_DASH = regex.compile(r"\s+[-–]\s+")
# an author's label after the page's date and a space: "Ngày 03/01/2024 Tác giả: A"
_RE_SPACE_AUTHOR = regex.compile(r"\s+(?=(?:tác giả|người viết)\s*:)", regex.I)
_RE_DASH_AUTHOR = regex.compile(r"\s[-–]\s+(?:tác giả|người viết)\s*:", regex.I)
# the page's labelled date after a dash, its author labelled before it: "Tác giả: A - Ngày đăng: 10/01/2023", "... - Ngày
# 10/01/2023"
_RE_DASH_DATE_LABEL = regex.compile(r"\s[-–]\s+(?:ngày(?:\s+(?:đăng|cập\s+nhật))?|cập\s+nhật(?:\s+(?:lúc|ngày))?|đăng\s+(?:lúc|ngày))\s*:?\s*\d",
                                    regex.I)
# a page's counter of views in a part of its meta row: "234 lượt xem", "Lượt xem: 234"
_VIEWS = r"(?:lượt xem|lượt đọc|views?)"
_RE_COUNTER_PART = regex.compile(r"\s*(?:(?:số\s+)?" + _VIEWS + r"\s*:?\s*[\d.,]+|[\d.,]+\s*" + _VIEWS + r")\s*", regex.I)


def _pipe_name_part(s: str) -> tuple[int, int] | None:
    """In a line parted by "|" whose other parts are the page's date ("19/12/2025 15:42 | Hoàng Yến", "Tác giả: Ngọc
    Hân | Ngày: 21/12/2024"), the span of the one part left (spaces aside); None for any other line."""
    # (or by a dash before a labelled author, "Cập nhật: 15/01/2024 - Tác giả: Hồng Nhung"; a page's counter is a part of
    # the row too, "15/01/2024 16:47 | Tác giả: Hồng Nhung | 234 lượt xem")
    piped = "|" in s
    if not piped and (sp := _RE_SPACE_AUTHOR.search(s)) is not None and any(c.isdigit() for c in s[:sp.start()]) \
            and _RE_DATE_PART.fullmatch(s[:sp.start()]) and _meta_date(s[:sp.start()]) is not None:
        # (or by a space alone, the date first: "Ngày 03/01/2024 Tác giả: A")
        a = sp.end()
        return (a, a + len(s[a:].strip())) if s[a:].strip() else None
    if not piped and not (("-" in s or "–" in s) and (_RE_DASH_AUTHOR.search(s) or _RE_DASH_DATE_LABEL.search(s))):
        return None
    spans, pos, dated = [], 0, False
    for part in (s.split("|") if piped else _RE_ROW_DASH.split(s)):
        a, b = pos, pos + len(part)
        pos = b + (1 if piped else len(_RE_ROW_DASH.match(s, b).group(0)) if b < len(s) else 0)
        if any(c.isdigit() for c in part) and (_RE_DATE_PART.fullmatch(part) or _RE_COUNTER_PART.fullmatch(part)):
            dated = dated or _RE_COUNTER_PART.fullmatch(part) is None
        elif part.strip():
            spans.append((a, b))
    if not dated or len(spans) != 1 or not piped and _RE_AUTHOR_LABEL.match(s, spans[0][0], spans[0][1]) is None:
        return None
    a, b = spans[0]
    a += len(s[a:b]) - len(s[a:b].lstrip())
    return a, a + len(s[a:b].strip())


def _meta_row_with_name(s: str) -> bool:
    """A row of the page's meta parted by "|", its date in one part and one part left (a name, maybe)."""
    return "|" in s and len(s) <= 120 and _pipe_name_part(s) is not None


def _credited(doc: Document, names: list[str]) -> bool:
    """One of the names is credited for a photo in the article ("Ảnh: Quang Minh")."""
    return any(cre.search(r"\bảnh\s*:\s*" + regex.escape(n.strip()) + r"(?!\p{L})", doc.text, regex.I) for n in names)


def _caps_name_ok(doc: Document, name: str) -> bool:
    """A name in capitals is a person's unless it is a page's label (lexicons/not_pen_names.txt) or, opening with no family
    name, two of its words in a row are a label or words the article writes in lower case ("THI ĐUA KHEN THƯỞNG |", "TIN HOẠT
    ĐỘNG |": sections, not authors; "NGUYỄN THÀNH CÔNG |" is a person whatever the article says of success)."""
    words = name.lower().split()
    labels = lexicon.words("not_pen_names.txt")
    # (a label opening the line: "VĂN HÓA XÃ HỘI |", "NÔNG THÔN MỚI |"; not "NGUYỄN VĂN HÓA |", a label inside a name)
    if " ".join(words) in labels or words[0] in labels or " ".join(words[:2]) in labels:
        return False
    if words[0].capitalize() in lexicon.words("surnames.txt"):
        return True
    # (written in lower case: the line in capitals itself is no such use)
    pairs = [" ".join(words[k:k + 2]) for k in range(len(words) - 1)]
    return not any(p in labels or cre.search(r"(?<!\w)" + regex.escape(p) + r"(?!\w)", doc.text) for p in pairs)


def _caps_byline_ok(doc: Document, name: str) -> bool:
    """A line in capitals alone, with no byline's label, between the page's date line and the lead is a person's name only
    in a name's shape: a family name and, with three words or more, a middle name or a second family name after it
    ("HOÀNG MINH ĐỨC", "LÊ THU HÀ"), or a pen name of two given names opening with a middle name ("THU HIỀN", "VĂN PHONG");
    not a section's label or a kicker ("NỘI CHÍNH", "GƯƠNG SÁNG", "ĐOÀN KẾT DÂN TỘC"), nor the reporter's word before a
    paper or a desk ("PV BÁO A", "PHÓNG VIÊN THƯỜNG TRÚ"; lexicons/staff_bylines.txt). A family name that is also a word the
    article writes in lower case ("chỉ tiêu", "suy tôn": "TIÊU ĐIỂM", "TÔN VINH ...") opens a name there only before a
    middle name; no two words in a row are a page's label or words the article writes in lower case, whatever opens it."""
    words = name.lower().split()
    staff = lexicon.words("staff_bylines.txt")
    own = words[1:] if words[0] == "nhóm" else words
    if any(" ".join(own[:k]) in staff for k in range(1, len(own) + 1)):
        return False
    if not _caps_name_ok(doc, name):
        return False
    labels = lexicon.words("not_pen_names.txt")
    pairs = [" ".join(words[k:k + 2]) for k in range(len(words) - 1)]
    if any(p in labels or _written_lower(doc, p) for p in pairs):
        return False
    middles, surnames = lexicon.words("middle_names.txt"), lexicon.words("surnames.txt")
    first, second = words[0].capitalize(), words[1].capitalize()
    pen = len(words) == 2 and first in middles
    if first not in surnames:
        return pen
    if len(words) >= 3:
        return second in middles or second in surnames
    return pen or not _written_lower(doc, words[0])


def _undated_name_under_headline(doc: Document, name: str, surnamed: bool) -> bool:
    """A name alone under the headline, no date line beside it, is a byline's in a name's shape: two words in mixed case
    that open with a family name or are a pen name (``_pen_name_ok``), or a name in capitals (``_caps_byline_ok``); no
    page's label, unit or place."""
    words = name.split()
    title = name.title() if name.isupper() else name
    if any(w.lower() in lexicon.words("not_pen_names.txt") for w in (name, *words)) or _looks_like_unit(title) \
            or _is_place(title) or apostrophe_place(name) or _position_opens(title):
        return False
    # (not a part of a person's name the article writes again, "Hồng Nhung" / "... bà Lê Hồng Nhung ...")
    if doc.cues.lower.count(name.lower()) > 1:
        return False
    # (of two words, a family name opens a byline only if its people write a whole name so, "Ksor Phước", "SIU BLƠNG": a
    # common family name and one word is a section's label or a kicker as often, "Quan Điểm", "CAO ĐIỂM";
    # lexicons/short_name_families.txt)
    short = words[0].capitalize() in lexicon.words("short_name_families.txt")
    if name.isupper():
        # (in capitals, opening with a family name: a pen name of given names alone, "THU HIỀN", is a heading as often there)
        return 2 <= len(words) <= 4 and words[0].capitalize() in lexicon.words("surnames.txt") and _caps_byline_ok(doc, name) \
            and (len(words) > 2 or short)
    # (a name of a minority opens on its family name, "Ksor A", or on a word joined by an apostrophe, "H'Xíu A"; not the
    # headline's words wrapped, "Giao Ước"; a pen name of two given names, "Thu Hà", with no date line beside it is as often
    # a section's label or a kicker, "Thế Giới", "Nhật Ký": no byline, as before)
    return len(words) == 2 and (surnamed and short or _RE_LONE_APOSTROPHE_WORD.fullmatch(words[0]) is not None
                                and _pen_name_ok(doc, name))


def _written_lower(doc: Document, words: str) -> bool:
    """The article writes these words in lower case somewhere (a line in capitals is no such use)."""
    return cre.search(r"(?<!\w)" + regex.escape(words) + r"(?!\w)", doc.text) is not None


def _pen_name_ok(doc: Document, name: str) -> bool:
    """Two capitalised given names beside the date line are a pen name unless they are a page's label
    (lexicons/not_pen_names.txt) or the article writes the same words in lower case ("Thi Đua", "thi đua")."""
    low = name.lower()
    return low not in lexicon.words("not_pen_names.txt") and low not in doc.text


# a short line of a position under an author's name ("Chuyên viên Văn phòng", "Phó TP. Tổ chức - Hành chính")
_RE_POSITION_LINE = regex.compile(r"(?=.{3,50}$)(?:Phó|Trưởng|Giám đốc|Chuyên viên|Cán bộ|Giảng viên|Giáo viên|Cộng tác viên|Phóng viên|Văn phòng|Phòng)\b[^!?;:]*(?<![.!?;:])$")


def _lead_follows(doc: Document, i: int, position_line: bool = False, shortest: int = 90) -> bool:
    """The next line of the article after block i is its lead: a paragraph that opens on a date, a time word or a tag
    (with ``position_line``, past a short line of the author's position between: "Phó Trưởng phòng Tổ chức"; longer than
    ``shortest`` characters)."""
    rest = [b for b in doc.blocks[i + 1:i + 4] if b.kind != "chrome"]
    if position_line and len(rest) >= 2 and _RE_POSITION_LINE.match(doc.block_text(rest[0]).strip()):
        rest = rest[1:]
    nxt = rest[0] if rest else None
    if nxt is None:
        return False
    s = doc.block_text(nxt)
    return len(s) > shortest and (_RE_LEAD_OPEN.match(s) is not None or cre.match(r"\s*(?:trong|ngày|sáng|chiều|tối)\b", s, regex.I) is not None)


def read_byline(doc: Document) -> tuple[Found | None, Found | None]:
    """(author name, unit written with it) from the byline block."""
    for i, b in enumerate(doc.blocks):
        if b.kind != "byline":
            continue
        s = _cut_pipe_source(doc.block_text(b))  # (the source credited after a pipe is no unit of the author's)
        bullet = _bullet_end(s, dash=True)  # ("• Cẩm Lai": the name after the bullet)
        core = _pipe_name_part(s)  # ("19/12/2025 15:42 | Hoàng Yến": the part that is no date)
        bare = _RE_BARE_PIPE_NAME.fullmatch(s.rstrip()) if core is None else None
        if bare is not None:
            core = bare.span(1)  # ("NGUYỄN AN |": the name before a bare pipe)
        if core is None and bullet:
            core = (bullet, len(s.rstrip()))
        base = b.start + (core[0] if core else 0)
        if core is None and (br := _bracketed_byline(s, doc)) is not None:
            # ("(Hoàng Minh)": the name inside the brackets)
            core = (br, br + len(_RE_BRACKETED_LINE.fullmatch(s).group(1)))
            base = b.start + br
        if core is not None:
            s = s[core[0]:core[1]]
        m = _BYLINE_PREFIX.match(s)
        off = base + (m.end() if m else 0)
        hm = _RE_HEADER_BYLINE.match(s)
        g = _date_after_name(s) if not hm and core is None else None  # (a date glued after the name: "HÀ VY - VĂN NAM 13/03/2024 15:45")
        end = base + hm.end(1) if hm else (base + g.start() if g is not None else base + len(s))
        rest = doc.text[off:end]
        # the photographer credited after the author is no part of the byline ("Bài: A - Ảnh: B")
        photo = _RE_PHOTO_CREDIT.search(rest)
        if photo is not None and photo.start() > 0:
            rest = rest[:photo.start()]
        lead = past_rank(rest, len(rest) - len(rest.lstrip()))  # (past a rank before the name: "Bài: Đại úy A")
        rest_s = rest[lead:].strip()
        nm = _name_line(rest_s, _RE_AUTHOR_LABEL.match(s) is not None) or _RE_SHORT_BYLINE.match(rest_s)
        if not nm:
            continue
        name = Found(nm.group(1), off + lead + nm.start(1), off + lead + nm.end(1))
        staff = name.value.strip(" .").lower()
        if staff in lexicon.words("staff_bylines.txt") or staff.startswith("nhóm ") and staff[5:].strip() in lexicon.words("staff_bylines.txt"):
            continue  # "PV", "CTV", "Nhóm PV": the reporter's or contributor's word, or a group of them, no name (annotation.md: no author)
        unit = None
        # a unit's acronym written straight after a name in mixed case: "Hoàng Yến TIPC Lâm Đồng"
        ac = _RE_ACRONYM_AFTER_NAME.match(name.value)
        if ac is not None:
            return (Found(ac.group(1), name.start, name.start + ac.end(1)),
                    Found(name.value[ac.start(2):], name.start + ac.start(2), name.end))
        two = cre.match(r"(.+?)\s+-\s+(.+)$", name.value)
        # (of three dashed parts the last may be the unit or the place: "Ngọc Huyền - Thu Hằng - Báo A")
        last = cre.match(r"(.+)\s+-\s+(.+)$", name.value) if name.value.count(" - ") >= 2 else None
        unit_last = last is not None and _looks_like_unit(last.group(2))
        if last is not None and (unit_last or _is_place(last.group(2))):
            return (Found(last.group(1), name.start, name.start + len(last.group(1))),
                    Found(last.group(2), name.start + last.start(2), name.end) if unit_last else None)
        # (or opens with an abbreviation after a name in mixed case: "Thanh Tâm - NHNN Bình Định")
        # (not a crew's job label before the second crew member: "A - KTV: B", "Thực hiện: PV A - KTV B"; a job label before
        # the writer's own unit is the unit's reading, "A - PV Power", "A - Phóng viên Báo X")
        crew = two is not None and _RE_CREW_LABEL.match(two.group(2)) is not None
        crew_unit = crew and not _crew_member(two.group(2), _RE_CREW_LABEL.match(rest.lstrip()) is not None
                                              or m is not None and _RE_CREW_LINE.match(m.group(0)) is not None)
        abbr = two is not None and not two.group(1).isupper() and cre.match(r"\p{Lu}{2,}[\p{Lu}&]*\s", two.group(2)) is not None \
            and not crew
        if two and (_looks_like_unit(two.group(2)) or abbr or crew_unit) and not _looks_like_unit(two.group(1)):
            # "Trương Văn Phong - Phòng QLNS": the name and the unit the byline adds after a dash
            return (Found(two.group(1), name.start, name.start + len(two.group(1))),
                    Found(two.group(2), name.start + two.start(2), name.end))
        if nm.group(2) and _RE_SECOND_NAME.fullmatch(nm.group(2)) and not _looks_like_unit(nm.group(2)) \
                and "," in rest_s[nm.end(1):nm.start(2)] and gazetteer.province_of(nm.group(2)) is None \
                and not apostrophe_place(nm.group(2)) \
                and (_RE_AUTHOR_LABEL.match(s) is not None or not _RE_LONE_APOSTROPHE_WORD.fullmatch(nm.group(2))):
            # "Đức Minh, Thiên Thanh": a second author after the comma, not a unit
            # (not a place joined by an apostrophe, "Thu Hà, K'Bang"; one such word alone only after an author's label)
            name = Found(rest_s[nm.start(1):nm.end(2)], off + lead + nm.start(1), off + lead + nm.end(2))
        elif nm.group(2):
            # (not the province a correspondent writes from, after a dash: "Ngọc Trâm - Bến Tre", no unit of hers)
            if "-" not in rest_s[nm.end(1):nm.start(2)] or gazetteer.names_province(nm.group(2)) is None:
                unit = Found(nm.group(2), off + lead + nm.start(2), off + lead + nm.end(2))
        else:
            for nb in doc.blocks[i + 1:]:
                if nb.kind == "byline":
                    unit = Found(doc.block_text(nb), nb.start, nb.end)
                    break
        if unit is not None and (_RE_LABEL_ONLY.fullmatch(unit.value.strip(" ()[]")) or _RE_SOURCE_LINE.match(unit.value.strip(" ()[]"))
                                 or (unit.value.strip(" ()[].").lower() in lexicon.words("staff_bylines.txt")
                                     and (unit.value.lstrip()[:1] in "([" or doc.text[max(0, unit.start - 3):unit.start].rstrip()[-1:] in ("(", "[")))):
            # (nor the writer's role noted in brackets, "A (CTV)", "A (PV)": annotation.md, a trailing role note; the board
            # written on a line of its own, "A\nBan Biên tập", is the writer's unit)
            unit = None  # "A - B (Thực hiện)": the writers' label written after their names, no unit of theirs
            # (nor the paper the article is taken from, "A (Theo Báo B)": a source's note)
        return name, unit
    return None, None


def read_title(doc: Document) -> Found | None:
    for i, b in enumerate(doc.blocks):
        if b.kind == "title":
            s = doc.block_text(b)
            m = (cre.search(r"»\s*", s) if "»" in s else None) or _crawler_date(s)
            # (the headline as a breadcrumb's last step: past the crumbs)
            m = (_RE_CRUMBS.match(s) if (">" in s or "›" in s or "»" in s) else None) or m
            a = b.start + (m.end() if m else 0)
            # a headline set on two lines, the first ending with a colon ("Khối thi đua số 2:" / "Đẩy mạnh ...")
            # (the page's first line, or the line right above that names the cluster, under a date line: "Cụm thi đua số 10
            # Thành phố A:" / "11 mô hình thi đua năm 2019")
            before = [p for p in doc.blocks[:i] if p.kind != "chrome"]
            if not m and before and (len(before) == 1 or before[-1] is doc.blocks[i - 1]
                                     and _RE_CLUSTER_WORDS.search(doc.block_text(before[-1])) is not None):
                head = doc.block_text(before[-1]).strip()
                if head.endswith(":") and len(head) <= 100 and head[:1].isupper() and not is_date_line(head):
                    a = before[-1].start + len(doc.block_text(before[-1])) - len(doc.block_text(before[-1]).lstrip())
            # a page template's empty field printed before the headline ("null Hội nghị ...") is no part of it
            ph = _RE_PLACEHOLDER.match(doc.text, a, b.end)
            if ph is not None:
                a = ph.end()
            # the page's section printed before the headline ("Tin trong nước - Hội nghị ..."): lexicons/chrome.json
            sec = _section_prefix_re().match(doc.text, a, b.end)
            if sec is not None:
                a = sec.end()
            g = _glued_date(s)
            e = b.start + len(s[:g.start()].rstrip()) if g and g.group("clock") is None and g.start() > a - b.start else b.end
            # the site's name after the headline, as a page's <title> carries it ("... - Cổng thông tin điện tử tỉnh X"; a
            # headline of a few words before it)
            site = _site_suffix_re().search(doc.text, a, e)
            if site is not None and site.start() - a >= 20:
                e = site.start()
            # a headline's second line that numbers the event ("HỘI NGHỊ SƠ KẾT CỤM THI ĐUA SỐ 4" / "Lần 2 - năm 2023")
            nxt = doc.blocks[i + 1] if e == b.end and i + 1 < len(doc.blocks) else None
            if nxt is not None and nxt.kind == "body" and _RE_TITLE_SEQUEL.match(doc.block_text(nxt).strip()):
                e = nxt.start + len(doc.block_text(nxt).rstrip())
            # (pictographs closing the headline are no part of it: "... năm 2024 💪", "... 🎉🎉")
            last = doc.text[a:e].rstrip()[-1:]
            if last and not last.isalnum() and ord(last) >= 0x2000:
                t = _RE_TRAILING_PICT.search(doc.text, a, e)
                if t is not None and t.start() > a:
                    e = t.start()
            return Found(doc.text[a:e], a, e)
    return None


@lru_cache(maxsize=None)
def _digest_head_re() -> "regex.Pattern[str]":
    """A digest's headline: its name first (lexicons/chrome.json, digest_heading), a day last, the date part of the headline
    ("Bản tin Thời sự tối 21/6/2024", "Tin vắn ngày 10/1/2024"). The digest's own words stand between (its programme, place
    or time of day, or "ngày"): a section's name that a bar, a dash, a weekday or nothing parts from the day is the page's
    date line ("Bản tin | 10/01/2025", "Tin nhanh - Thứ Sáu, 10/01/2025", "Tin tổng hợp 10/01/2025")."""
    names = lexicon.table("chrome.json")["digest_heading"]
    return regex.compile(r"\s*(?:" + "|".join(f"(?:{n})" for n in names) + r")\s+"
                         r"(?!(?:thứ|chủ\s+nhật)(?!\p{L}))\p{L}[^\n\d|]{0,59}?\s"
                         r"\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?\s*$", regex.I)


def _digest_head(s: str) -> bool:
    """``s`` is a digest's headline, its date its own (not a date line, nor a page's date glued to a headline)."""
    return len(s) <= 120 and _digest_head_re().match(s) is not None


@lru_cache(maxsize=None)
def _section_prefix_re() -> "regex.Pattern[str]":
    """A section's name, then a dash or a bar, before a capital (lexicons/chrome.json, section_prefix)."""
    names = lexicon.table("chrome.json")["section_prefix"]
    return regex.compile(r"\s*(?:" + "|".join(f"(?:{n})" for n in names) + r")\s*[-–|]\s+(?=(?-i:\p{Lu}))", regex.I)


@lru_cache(maxsize=None)
def _site_suffix_re() -> "regex.Pattern[str]":
    """A dash or a bar, then the site's name, to the headline's end (lexicons/chrome.json, site_suffix)."""
    names = lexicon.table("chrome.json")["site_suffix"]
    return regex.compile(r"\s+[-–|]\s+(?:" + "|".join(f"(?:{n})" for n in names) + r")\s*$", regex.I)


_RE_PLACEHOLDER = regex.compile(r"\s*(?-i:null|undefined|None|NaN)\s+(?=\p{Lu})")
_RE_TITLE_SEQUEL = regex.compile(r"(?:lần|đợt|kỳ|phiên|năm|giai đoạn|nhiệm kỳ)\b[^.,;:!?\n]{0,36}$", regex.I)
_RE_SUBMITTED = regex.compile(r"submitted by .{0,40}? on\s*(?:\p{L}{1,3}\d?,?\s*)?(\d{1,2})/(\d{1,2})/(\d{4})", regex.I)
# the months' names in words ("22 Tháng Bảy, 2022"; "tháng Giêng" too, as some page software names January)
MONTH_WORDS = {"một": 1, "giêng": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
               "mười": 10, "mười một": 11, "mười hai": 12}
# the month first, as page software writes it ("Th9 21, 2017", "Tháng 9 21, 2017")
_MONTH_FIRST = r"\b(?:th|tháng)\s?(\d{1,2})\s+(\d{1,2}),\s*(\d{4})(?!\d)"
# the month in words ("22 Tháng Bảy, 2022")
# ("6 tháng năm 2023" is six months of 2023: "năm" is May only before a comma, "Tháng Năm, 2022")
_MONTH_IN_WORDS = r"(?<!\d)(\d{1,2})\s+tháng\s+(?!năm\s+\d)(" + alternation(MONTH_WORDS) + r")\s*,?\s*(\d{4})(?!\d)"
# the day first and the month short, as page software writes it in Vietnamese ("15 Th11, 2019")
_DAY_THEN_TH = r"(?<!\d)(\d{1,2})\s+(?-i:Th|th)(\d{1,2}),\s*(\d{4})(?!\d)"
# a page template's English label before its date ("Created:", "Published on:")
_EN_DATE_LABEL = r"(?:created?|published|posted|updated)(?:\s+on)?\s*:"
_RE_META_DATE = regex.compile(r"(?<![\d/.-])(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(" + YEAR_FIGURES + r")(?![\d/.-])"
                            r"|(?<!\d)(\d{1,2})\s+tháng\s+(\d{1,2})\s*,?\s*(?:năm\s+)?(\d{4})(?!\d)"
                            # an ISO date with its clock ("2023-07-10 08:07:56") or its label ("Ngày đăng: 2021-06-30");
                            # not a crawler's "date 2025-12-13"
                            r"|(?<![\d/.-]|\bdate\s{1,3})(\d{4})-(\d{2})-(\d{2})(?:(?=[ T]\d{1,2}:\d{2})"
                            # (or a page template's English label and its colon: "Create: 2024-12-20", "Published: 2024-12-20",
                            # opening its line or a field of a row: not a reader's comment, "Nguyễn Văn A - Posted: ...", nor a
                            # footer's "Last updated: ...")
                            r"|(?<=(?:đăng|cập nhật|xuất bản)(?:\s+(?:ngày|lúc))?\s*:?\s*\d{4}-\d{2}-\d{2})(?!\d)"
                            r"|(?<=(?:^|[\n|])[ \t]*" + _EN_DATE_LABEL + r"\s*\d{4}-\d{2}-\d{2})(?!\d))"
                            r"|" + _MONTH_FIRST + r"|" + _MONTH_IN_WORDS + r"|" + _DAY_THEN_TH,
                            regex.I)


#: every form of _RE_META_DATE holds a digit (regex's \d, as in the pattern): a line without one, as most
#: headlines, names and chrome lines are, is answered by this scan, not by the pattern's lookbehinds at each character
_HAS_DIGIT = regex.compile(r"\d").search


def _meta_date(s: str):
    """``_RE_META_DATE.search(s)``."""
    return _RE_META_DATE.search(s) if _HAS_DIGIT(s) is not None else None


def _dmy(m) -> tuple[int, int, int]:
    """(day, month, year) of a _RE_META_DATE match, in figures, in words ("12 Tháng 5, 2021") or ISO."""
    g = m.groups()
    if g[0] is not None:
        return int(g[0]), int(g[1]), year_of(g[2])
    if g[3] is not None:
        return int(g[3]), int(g[4]), int(g[5])
    if g[6] is not None:
        return int(g[8]), int(g[7]), int(g[6])
    if g[9] is not None:
        return int(g[10]), int(g[9]), int(g[11])
    if g[12] is not None:
        return int(g[12]), MONTH_WORDS[g[13].lower()], int(g[14])
    return int(g[15]), int(g[16]), int(g[17])


_RE_CLOCK = regex.compile(r"(?<!\d)\d{1,2}:\d{2}(?!\d)")


# what a page writes around the date of its date line: clock, weekday, time zone, counter, labels
_RE_DATE_LINE_PARTS = regex.compile(
    r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*" + YEAR_FIGURES + r"|\d{1,2}\s+tháng\s+\d{1,2}\s*,?\s*(?:năm\s+)?\d{4}|" + _MONTH_FIRST + r"|"
    + _MONTH_IN_WORDS + r"|" + _DAY_THEN_TH + r"|(?<!\p{L})(?:CH|SA|@)(?!\p{L})|\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:AM|PM|SA|CH))?|GMT\s*[+-]?\s*\d*|"
    r"\b(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|\d)|chủ nhật|T\d|CN)\b|\d+\s+" + _VIEWS + r"|"
    + _VIEWS + r"\s*:?\s*\d+|\bin bài(?:\s+viết)?\b|\d{4}-\d{2}-\d{2}|"
    r"\b(?:cập nhật|ngày đăng|đăng lúc|đăng ngày|ngày|lúc|create|update[d]?)\b|"
    # (the page's other meta words on the same line: "| Người đăng: Quản trị viên | Lượt xem: 97 | In trang | Gửi bài viết")
    r"\b(?:người đăng|quản trị viên|admin|in trang|gửi bài(?:\s+viết)?|đã xem|bình luận)\b|"
    # (the kind of site after its name: "Báo A điện tử - Thứ Bảy, ngày ...", "Báo A online - ...")
    r"\b(?:điện tử|online)\b|[\W_]+", regex.I)


_RE_PORTAL_OPENS = regex.compile(r"\s*(?:(?:cổng|trang)\s+(?:thông\s+tin|tin)(?:\s+điện\s+tử)?|cổng\s+ttđt|trang\s+ttđt)(?!\p{L})", regex.I)


# an event a headline tells (a unit's name tells none)
_RE_EVENT_TOLD = regex.compile(r"\b(?:hội nghị|sơ kết|tổng kết|ký kết|giao ước|triển khai|phát động|trao tặng|dẫn đầu)\b", regex.I)


def is_date_line(s: str, units: bool = True) -> bool:
    """A short line whose content is a date (with its clock, weekday, a counter and at most a few
    words: a section or the site's name): "Thứ 5, 30/11/2017 | 08:57:00", "Xã hội 08:57, 30/11/2017 GMT+7" (without
    ``units``, not a unit's name before the date alone, ``_unit_before_date``)."""
    if len(s) <= 80 and _meta_date(s) is not None and len(_RE_DATE_LINE_PARTS.sub(" ", s).split()) <= 4:
        return not _digest_head(s)  # (not a digest's headline, "Tin vắn ngày 10/1/2024")
    # (a portal's name, which is long, before the date: "Cổng Thông tin điện tử tỉnh A - 10/01/2026", "Cổng TTĐT Sở B tỉnh A
    # | 08:15 10/01/2026": a few words of the body or place it is of, past the kind of site)
    k = _RE_PORTAL_OPENS.match(s) if len(s) <= 120 else None
    if k is not None and _meta_date(s) is not None and len(_RE_DATE_LINE_PARTS.sub(" ", s[k.end():]).split()) <= 6:
        return True
    # (or a station's or a publisher's name, which may be long or hold a dash, then a bar or a dash and the date alone: "Đài
    # PT-TH tỉnh A | 15/12/2025", "Ban Thi đua - Khen thưởng | 15/12/2025": a publisher's name and at most a place,
    # _publisher_alone; not a headline "Sở A dẫn đầu Khối năm 2023 - 10/01/2024" nor a schedule's "Sở B và C - 12/12/2023")
    if len(s) <= 120 and ("|" in s or " - " in s or " – " in s):
        sep = max(s.rfind("|"), s.rfind(" - ") + 1, s.rfind(" – ") + 1)
        name = s[:sep].strip()
        if 0 < len(name) <= 70 and _meta_date(s[sep + 1:]) is not None and _RE_DATE_PART.fullmatch(s[sep + 1:]) \
                and not cre.search(r"[.,;:!?]", name) and _publisher_alone(name):
            return True
    if units and len(s) <= 120 and ("|" in s or " - " in s or " – " in s) and _unit_before_date(s):
        return True
    if "|" in s and len(s) <= 120 and s.count("|") == 1:
        # (or the date, then a bar and the unit that posts the page, a unit's name of any length: "14/10/2024 | Phòng Tổ chức
        # cán bộ"; not a headline or a sentence after the bar)
        sep = s.index("|")
        unit = s[sep + 1:].strip()
        if _meta_date(s[:sep]) is not None and _RE_DATE_PART.fullmatch(s[:sep]) and 0 < len(unit) <= 70 \
                and len(unit.split()) <= 10 and not cre.search(r"[.,;:!?\d]", unit) and _looks_like_unit(unit) \
                and _RE_EVENT_TOLD.search(unit) is None:
            return True
    if "|" in s and len(s) <= 200:
        # the page's meta fields on one line, each labelled, one of them the date ("Chuyên mục: Tin hoạt động | Đăng
        # ngày: 18/03/2020")
        parts = [p for p in s.split("|") if p.strip()]
        dated = [p for p in parts if _meta_date(p) is not None]
        return len(parts) >= 2 and len(dated) == 1 and is_date_line(dated[0]) \
            and all(p is dated[0] or _RE_META_LABEL.match(p) for p in parts)
    return False


def _unit_before_date(s: str) -> bool:
    """The unit that posts the page, a unit's name of any length, then a bar and the page's date alone: "Sở Nội vụ tỉnh A |
    20/01/2024" (the other way round from "14/10/2024 | Phòng Tổ chức cán bộ"); after a dash only a unit of a place, its
    province closing its name ("Sở GD&ĐT A - 20/01/2024"; not a unit of a schedule, "Sở Giáo dục và Đào tạo - 12/12/2023")."""
    bar = s.count("|") == 1
    sep = s.index("|") if bar else max(s.rfind(" - ") + 1, s.rfind(" – ") + 1)
    unit = s[:sep].strip()
    if not (0 < len(unit) <= 70 and len(unit.split()) <= 10) or cre.search(r"[.,;:!?\d]", unit) \
            or _meta_date(s[sep + 1:]) is None or not _RE_DATE_PART.fullmatch(s[sep + 1:]) \
            or not _looks_like_unit(unit) or _RE_EVENT_TOLD.search(unit) is not None:
        return False
    if bar:
        return True
    words = unit.split()
    return len(words) >= 3 and any(gazetteer.names_province(" ".join(words[-k:])) is not None for k in (1, 2, 3))


@lru_cache(maxsize=None)
def _publisher_re() -> "regex.Pattern[str]":
    """A publisher's name (lexicons/chrome.json, date_line_publisher), then at most a place or a proper name: capitalised
    words, a place's kind before them ("Đài PT-TH tỉnh A", "Đài Phát thanh và Truyền hình A - B")."""
    kinds = lexicon.table("chrome.json")["date_line_publisher"]
    cap = r"(?-i:\p{Lu})[\p{L}\d.&-]*"
    place = (r"(?:\s+(?:(?:tỉnh|thành phố|tp\.?|huyện|quận|thị xã|thị trấn|xã|phường)\s+)?" + cap
             + r"(?:(?:\s+|\s*[-–]\s*)" + cap + r"){0,4})?")
    return regex.compile(r"\s*(?:" + "|".join(f"(?:{k})" for k in kinds) + r")" + place + r"\s*", regex.I)


def _publisher_alone(name: str) -> bool:
    """A publisher's name alone (a station, a paper, a portal, the emulation board, and its place), as a date line names
    the page's publisher before its date."""
    return _publisher_re().fullmatch(name) is not None


def site_line(s: str) -> bool:
    """A line of the page, not of the article: a date line (which may name the site), or a portal's name alone ("Cổng
    Thông tin điện tử tỉnh A", no sentence end)."""
    if len(s) > 200:
        return False
    if is_date_line(s):
        return True
    return len(s) <= 90 and _RE_PORTAL_OPENS.match(s) is not None and not s.rstrip().endswith((".", ":", ";", ","))


_RE_ENGLISH_DATE_LABEL = regex.compile(r"(?<!\p{L})" + _EN_DATE_LABEL + r"\s*$", regex.I)
_RE_META_LABEL = regex.compile(r"\s*(?:chuyên mục|danh mục|chuyên trang|tác giả|người đăng|người viết|nguồn|lượt xem|lượt đọc)\s*:", regex.I)


def read_published(doc: Document) -> Found | None:
    """The publication date the page shows near its headline (not a visitor counter or today's date)."""
    c = published_candidates(doc)
    return c[0] if c else None


def published_candidates(doc: Document) -> list[Found]:
    """The dates of the page's date lines around the headline and the lead, best first: those under
    the headline, then those above it, nearest first, those on a line that opens on a weekday last (a
    site header's clock may be among them: the caller can weigh them against the meeting's year)."""
    return doc.memo("segment.published", lambda: _published_candidates(doc))


def _published_candidates(doc: Document) -> list[Found]:
    blocks = doc.blocks
    title_i = next((i for i, b in enumerate(blocks) if b.kind == "title"), None)
    # the top of the page: down to a few lines past the lead (a date line may follow the byline under it)
    lead_i = next((i for i, b in enumerate(blocks) if b.kind == "body" and len(doc.block_text(b)) > 60
                   and (title_i is None or i > title_i)), len(blocks))
    top = range(0, min(len(blocks), lead_i + 4, 30))
    first_i = next((i for i, b in enumerate(blocks) if b.kind != "chrome"), None)
    # (above the headline, the lines that open on a weekday apart: a weekday and a date is how a site's header shows today's
    # date)
    after, before, weekday = [], [], []

    def keep(i: int, s: str, f: Found) -> None:
        if title_i is None or i > title_i:
            after.append(f)
        else:
            (weekday if _RE_WEEKDAY_OPENS.match(s) else before).append(f)

    low = doc.cues.lower
    for i in top:
        b = blocks[i]
        s = doc.block_text(b)
        # a list of other articles under the lead ("Tin cùng chuyên mục" / "Khối thi đua ... (18/12/2024)"): their dates, not
        # the page's
        if i > lead_i and b.kind == "chrome" and _list_heading(s):
            break
        # (the pattern's words, found in the lower-case text first: most lines hold none)
        m = _RE_SUBMITTED.search(s) if low.find("tted by", b.start, b.end) >= 0 else None
        if m:
            # month first, as Drupal writes it in English; day first where month first cannot be (a Vietnamese-locale
            # site's "T6, 22/12/2023 - 16:05"; where both can, the meeting's date decides later: meeting.resolve_date)
            f = _iso(int(m.group(3)), int(m.group(1)), int(m.group(2))) or _iso(int(m.group(3)), int(m.group(2)), int(m.group(1)))
            if f:
                keep(i, s, Found(f, b.start + m.start(1), b.start + m.end(3)))
            continue
        # the page's date glued by the crawler to the headline's end ("Tiêu đề   18/7/2022", "... 07/10/2025 15:57")
        # or opening the first line before the lead ("17:25 06/12/2020 Chiều 30-11, ...")
        g = _glued_date(s) if i == title_i or i == first_i else None
        if g and (i == title_i or g.group("clock")):
            f = _iso(int(g.group("y")), int(g.group("mo")), int(g.group("d")))
            if f:
                after.append(Found(f, b.start + g.start("d"), b.start + g.end("y")))
                continue
        # the page's date stamp run into the lead, a dash after it and the lead's own date further on ("26/12/2017 - Chiều
        # 25/12, Khối ...", "Thứ Ba, 26/12/2017 - ...", "Cập nhật: 26/12/2017 - ...")
        st = _lead_stamp(s) if i == lead_i or i == first_i else None
        if st is not None:
            f = _iso(int(st.group("y")), int(st.group("mo")), int(st.group("d")))
            if f:
                after.append(Found(f, b.start + st.start("d"), b.start + st.end("y")))
                continue
        if i == title_i or i > lead_i and b.kind == "body" and len(s) > 60:
            continue
        # a date line: chrome, or a short line of a date with its clock, weekday or site name
        if b.kind != "chrome" and not is_date_line(s) and not _dated_author_row(s):
            continue
        # (a unit's name and a date under the lead is the page's credit only right under a paragraph of the article: not an
        # item of a list, "Lịch đăng cai năm 2024:" / "Trường Chính trị tỉnh A - 15/4/2024", nor the line under a photo's
        # caption in the body)
        if i > lead_i and b.kind != "chrome" and not is_date_line(s, units=False) and not _dated_author_row(s):
            prev_s = next((doc.block_text(p).rstrip() for p in reversed(blocks[:i]) if p.kind != "chrome"), "")
            if not prev_s.endswith((".", "!", "?", "…", '"', "”", "./.")):
                continue
        if _RE_ISSUED_AT.match(s) and title_i is not None and _RE_DOCUMENT_TITLE.match(doc.block_text(blocks[title_i])):
            continue  # a document's place and date of issue, a notice pasted under its title: no date of the page's
        m = _meta_date(s)
        # a visitor counter's date is not the page's ("Lượt truy cập ...", "Hôm nay: ..."); a field of its own beside it is
        # no part of it ("Lượt xem: 87 | Ngày 06/10/2025")
        if m is None or cre.search(r"truy cập|hôm nay|(?:lượt|online)\b.*\d", s[s.rfind("|", 0, m.start()) + 1:m.start()], regex.I):
            continue
        # a banner's anniversary ("Chào mừng ... (7/5/1954 - 7/5/2024)") dates no page
        if cre.search(r"chào mừng|kỷ niệm|^\s*banner\b", s, regex.I):
            continue
        # a page template's English label is the page's above its body only (not a reader's comment under the lead)
        if i > lead_i and _RE_ENGLISH_DATE_LABEL.search(s, max(0, m.start() - 20), m.start()):
            continue
        d, mo, y = _dmy(m)
        # month first where day first cannot be (the "2/23/2023" of English-language page software; where
        # both can, the meeting's date decides later: meeting.resolve_date)
        f = _iso(y, mo, d) or _iso(y, d, mo)
        if f:
            keep(i, s, Found(f, b.start + m.start(), b.start + m.end()))
    if not after and not before:
        # none at the top (or a site header's weekday and date alone, above the headline: today's, not the page's): the
        # page's date labelled as such under the article ("Ngày cập nhật: 12/07/2024" above "Tin liên quan"), or a date
        # line right under the byline ("Ngọc Trâm" / "Thứ ba, 05/03/2024, 11:40 (GMT+7)"), the first such line after the lead
        prev = None
        for b in blocks[lead_i + 1:]:
            s = doc.block_text(b)
            # (not an item's date in a list of other articles: "Tin liên quan" / "Khối thi đua ..." / "Ngày đăng: ...")
            if b.kind == "chrome" and _list_heading(s):
                break
            lab = _RE_PAGE_DATE_LABEL.match(s)
            # (or under the source's line, a reposted item's: "Theo Báo Tuyên Quang" / "20/6/2025", "Nguồn: Báo A" / ...)
            signed = prev is not None and (prev.kind == "byline" or _source_credit(doc.block_text(prev))) and b.kind != "byline" \
                and is_date_line(s)
            prev = b
            m = _meta_date(s) if lab is not None or signed else None
            if m is None and b.kind == "byline" and s.rstrip()[-1:] in "0123456789)":
                # (or on the byline's own line, after the name: "P.L - 20/12/2024", "Minh Anh (20/12/2024)")
                g = _date_after_name(s.rstrip())
                m = _RE_META_DATE.search(s, g.start()) if g is not None else None
            if m is not None:
                d, mo, y = _dmy(m)
                f = _iso(y, mo, d) or _iso(y, d, mo)
                if f:
                    return [Found(f, b.start + m.start(), b.start + m.end()), *weekday]
    # (above the headline, the other lines first, the nearest of them first: the page's own date; then the weekday lines
    # from the top)
    return after + before[::-1] + weekday


# the place and date a document is issued at, written in words, a line of its own: "Nghệ An, ngày 14 tháng 10 năm 2024" (not a
# weekday: "Thứ Hai, ngày 14 tháng 10 năm 2024")
_RE_ISSUED_AT = regex.compile(r"\s*(?!(?:thứ|chủ\s+nhật|t[2-7]|cn)\b)(?-i:\p{Lu})\p{L}*(?:\s+(?-i:\p{Lu})\p{L}*){0,3}\s*,\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}"
                           r"\s+năm\s+\d{4}\s*\.?\s*$", regex.I)
# a headline that is a document's title, its kind first: "Thông báo kết luận Hội nghị ...", "Biên bản Hội nghị ..." (a news headline
# with such a line under it dates the page: "Tòa án hai cấp tỉnh A tổng kết ..." / "A, ngày 20 tháng 12 năm 2023")
_RE_DOCUMENT_TITLE = regex.compile(r"\W*(?:thông báo|kết luận|biên bản|báo cáo|quyết định|kế hoạch|công văn|tờ trình|nghị quyết)\b", regex.I)
_RE_WEEKDAY_OPENS = regex.compile(r"\s*(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|t[2-7])\b", regex.I)


def _dated_author_row(s: str) -> bool:
    """The page's meta row of its date, then its labelled author after a dash: "15/12/2023 - Tác giả: A", "Cập nhật: 15/12/2023
    - Người viết: A" (its date line the part before the dash)."""
    if len(s) > 120 or "-" not in s and "–" not in s:
        return False
    m = _RE_DASH_AUTHOR.search(s)
    if m is not None and is_date_line(s[:m.start()]):
        return True
    # (or the other way round, its labelled author first: "Tác giả: A - Ngày đăng: 10/01/2023")
    m = _RE_DASH_DATE_LABEL.search(s)
    return m is not None and _RE_AUTHOR_LABEL.match(s) is not None and is_date_line(s[m.start():])


def _line_of(doc: Document, f: Found) -> str:
    b = next((b for b in doc.blocks if b.start <= f.start < b.end), None)
    return doc.block_text(b) if b is not None else ""


def looks_like_site_clock(doc: Document, f: Found) -> bool:
    """The date ``f`` stands in a short line that opens on a weekday, no label ("Thứ hai,  05/06/2023", "Thứ Sáu,
    26/04/2024 - 09:15"): the way a site's header shows today's date."""
    line = _line_of(doc, f)
    return bool(_RE_WEEKDAY_OPENS.match(line)) and not _RE_PAGE_DATE_LABEL.search(line) and len(line.strip()) <= 50


# a line that labels the page's own date ("Ngày cập nhật: ...", "Cập nhật lúc ...", "Ngày đăng: ...", "Đăng ngày ...")
_RE_PAGE_DATE_LABEL = regex.compile(r"\s*(?:ngày\s+cập\s+nhật|cập\s+nhật(?:\s+lúc|\s+ngày)?|ngày\s+đăng|đăng\s+ngày|ngày\s+xuất\s+bản)\s*:?\s*"
                                    r"(?=[\d(]|(?:thứ|chủ nhật)\b)[^\n]{0,40}$", regex.I)


_RE_GLUED_DATE = regex.compile(
    r"(?<=\s)(?<!(?:ngày|đến|từ|và|-|–)\s+)(?P<d>\d{1,2})/(?P<mo>\d{1,2})/(?P<y>\d{4})(?:\s+\d{1,2}:\d{2})?\s*$"
    r"|^\s*(?P<clock>\d{1,2}:\d{2})\s+(?P<d>\d{1,2})/(?P<mo>\d{1,2})/(?P<y>\d{4})\s+(?=\p{Lu})"
    # (or in brackets, the clock after it: "Hội nghị thi đua Cụm 1 (29-12-2020 15:53)")
    r"|(?<=\S)\s*\((?P<d>\d{1,2})[-/.](?P<mo>\d{1,2})[-/.](?P<y>\d{4})(?:\s+\d{1,2}:\d{2})?\)\s*$")


# a date stamp opening a line, with its label, weekday or clock, and a dash before the capital of the text run into it
# (or a news agency's dateline, the place it is filed from and a comma before it: "Hà Giang, 16/01/2024 - Sáng nay (15/1), ...")
_RE_LEAD_STAMP = regex.compile(
    r"\s*(?:(?:ngày\s+cập\s+nhật|cập\s+nhật(?:\s+lúc|\s+ngày)?|ngày\s+đăng|đăng\s+ngày|ngày\s+xuất\s+bản)\s*:?\s*)?"
    r"(?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)\s*,?\s*"
    r"|(?-i:\p{Lu})\p{L}*(?:[ ](?-i:\p{Lu})\p{L}*){0,3}\s*,\s*)?(?:ngày\s+)?(?:\d{1,2}:\d{2}\s*,?\s*)?"
    r"(?P<d>\d{1,2})/(?P<mo>\d{1,2})/(?P<y>\d{4})(?:\s*,?\s*\d{1,2}:\d{2})?\s*[-–]\s+(?=(?-i:\p{Lu}))", regex.I)
# the lead's own day right after the stamp: a day and month after a part of the day or "ngày", or today's part of the day
# ("Chiều 25/12, ...", "Sáng nay", "Hôm qua (25/12)"; not a ratio, "9/10 đơn vị", nor another event's days further on, "từ ngày 11/12 ...")
_RE_LEAD_OWN_DAY = regex.compile(r"\b(?:(?:sáng|chiều|tối|trưa|đêm)\s+(?:ngày\s+)?|ngày\s+)\d{1,2}\s*[/.-]\s*\d{1,2}(?![\d])"
                                 r"|\b(?:sáng|chiều|tối|trưa|hôm)\s+(?:nay|qua)\b", regex.I)


def _lead_stamp(s: str):
    """The page's date stamp that opens a line and runs into the text, which states its own day within its first words
    ("26/12/2017 - Chiều 25/12, Khối thi đua ..."): the stamp's match, or None."""
    if "/" not in s[:60]:
        return None
    m = _RE_LEAD_STAMP.match(s)
    if m is None or _RE_LEAD_OWN_DAY.search(s, m.end(), m.end() + 40) is None:
        return None
    return m


def _glued_date(s: str):
    """``_RE_GLUED_DATE.search(s)``. Its lookbehinds are tried at every character of the line, while
    each alternative is anchored at an end of it (a date or a clock that ends the line, a clock
    that opens it): a line whose first and last characters past white space are no digits, or
    that holds no "/", cannot match."""
    t = s.strip()
    if not (t[:1].isdigit() or t[-1:].isdigit() or t.endswith(")") and t[-2:-1].isdigit()) or "/" not in t and "-" not in t:
        return None
    # (a digest's headline ends on its own day: "Bản tin Thời sự tối 21/6/2024")
    return _RE_GLUED_DATE.search(s) if not _digest_head(t) else None


# the page's date after a byline's name and a dash or with its clock first: "Như Ý - 17:46, 22/03/2025",
# "Như Ý | 22/03/2025 17:46", "Như Ý 17:46, 22/03/2025"
_RE_DATED_BYLINE = regex.compile(r"(?<=\S)\s+(?:(?:[-–|]\s+)(?:\d{1,2}:\d{2}\s*[,–-]?\s+)?|\d{1,2}:\d{2}\s*[,–-]?\s+)"
                              r"\d{1,2}/\d{1,2}/\d{4}(?:\s*,?\s+\d{1,2}:\d{2})?\s*$")


def _date_after_name(s: str):
    """The page's date glued after a byline's name, ending the line ("HÀ VY - VĂN NAM 13/03/2024 15:45"), or None."""
    g = _glued_date(s)
    if g is not None and g.group("clock") is None and g.start() > 0:
        d = _RE_DATED_BYLINE.search(s, 0, g.end())
        return d if d is not None and d.start() < g.start() else g
    return _RE_DATED_BYLINE.search(s) if "/" in s and s.rstrip()[-1:].isdigit() else None


def _crawler_date(s: str):
    """``_RE_CRAWLER_DATE.match(s)``, asked only of a line that opens with its word."""
    return _RE_CRAWLER_DATE.match(s) if s.lstrip().startswith("date") else None


def _iso(y: int, mo: int, d: int) -> str | None:
    try:
        return dt.date(y, mo, d).isoformat()
    except ValueError:
        return None
