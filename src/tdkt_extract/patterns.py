"""Shared regex helpers: a pattern that scans more than a sentence runs with a time limit.

Patterns are written to be linear, the limit is a second line of defence: a pattern that
times out is treated as "no match" and the caller records a warning.
"""
from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from typing import Iterator

import regex

# Seconds one pattern may spend on one text before it is abandoned. A context variable, not a
# module global: each thread (and each asyncio task) calling ``extract`` with its own
# ``Settings.regex_timeout`` sees its own limit.
DEFAULT_TIMEOUT = 2.0
_LIMIT: ContextVar[float] = ContextVar("tdkt_regex_timeout", default=DEFAULT_TIMEOUT)
# Passing a time limit costs regex about 2 microseconds a call, more than a short match itself,
# and the extractors make thousands of calls on windows of a sentence or less. A window this short
# runs without the limit: every pattern here is linear or bounded, so a few hundred characters
# take microseconds whatever they hold. Longer ranges (whole texts) always get the limit.
UNTIMED = 1_000


class PatternTimeout(Exception):
    """A pattern ran past the time limit; raised only to the pipeline, which turns it into a warning."""


def limit() -> float:
    """The time limit, in seconds, of a pattern run in the current context."""
    return _LIMIT.get()


@contextmanager
def time_limit(seconds: float):
    """Run the block with ``seconds`` as the limit of each timed pattern (in this context only)."""
    token = _LIMIT.set(seconds)
    try:
        yield
    finally:
        _LIMIT.reset(token)


@lru_cache(maxsize=None)
def compile_ci(pattern: str):
    """Compile a case-insensitive pattern once."""
    return regex.compile(pattern, regex.IGNORECASE)


def finditer(pattern, text: str, pos: int = 0, endpos: int | None = None) -> Iterator["regex.Match[str]"]:
    """``pattern.finditer`` with the time limit."""
    if isinstance(pattern, str):
        pattern = compile_ci(pattern)
    end = len(text) if endpos is None else endpos
    try:
        if end - pos <= UNTIMED:
            yield from pattern.finditer(text, pos, end)
        else:
            yield from pattern.finditer(text, pos, end, timeout=_LIMIT.get())
    except TimeoutError as e:  # regex raises TimeoutError
        raise PatternTimeout(str(pattern.pattern)[:80]) from e


def _call(method: str, pattern, text: str, pos: int, endpos: int | None):
    if isinstance(pattern, str):
        pattern = compile_ci(pattern)
    end = len(text) if endpos is None else endpos
    if end - pos <= UNTIMED:
        return getattr(pattern, method)(text, pos, end)
    try:
        return getattr(pattern, method)(text, pos, end, timeout=_LIMIT.get())
    except TimeoutError as e:
        raise PatternTimeout(str(pattern.pattern)[:80]) from e


def search(pattern, text: str, pos: int = 0, endpos: int | None = None):
    """``pattern.search`` with the time limit."""
    # (a compiled pattern on a short window, the usual call, goes straight to it)
    if endpos is not None and endpos - pos <= UNTIMED and not isinstance(pattern, str):
        return pattern.search(text, pos, endpos)
    return _call("search", pattern, text, pos, endpos)


def match(pattern, text: str, pos: int = 0, endpos: int | None = None):
    """``pattern.match`` with the time limit."""
    if endpos is not None and endpos - pos <= UNTIMED and not isinstance(pattern, str):
        return pattern.match(text, pos, endpos)
    return _call("match", pattern, text, pos, endpos)


def fullmatch(pattern, text: str, pos: int = 0, endpos: int | None = None):
    """``pattern.fullmatch`` with the time limit."""
    return _call("fullmatch", pattern, text, pos, endpos)


#: the year of a date in figures after its day and month: four digits, or two (dd/mm/yy, "25/12/23", "20-12-23": 20yy) only
#: right after the month's separator, the same one as between day and month (a fraction or a count, "3/4 đơn vị", "số 12/15",
#: has no third number; a version or a phone number, "1.2.3.45", "0912-34-56", runs on past it; nor a code or a file's name
#: the day is written onto, "IMG_18-12-23", "baocao20-12-23"), read by ``year_of``
YEAR_FIGURES = r"(?:\d{4}|(?<=(?<![\w/.-])\d{1,2}/\d{1,2}/|(?<![\w/.-])\d{1,2}-\d{1,2}-|(?<![\w/.-])\d{1,2}\.\d{1,2}\.)\d{2}(?![\d/.-]*\d))"
#: a month in Roman numerals, in a date's position only ("10/XII/2021", "ngày 10 tháng XII năm 2021", "tháng XII/2021"): a
#: regex fragment, capitals only, read by ``month_of`` (a cluster's number, "Cụm I", "Khối XII", stands in no date)
ROMAN_MONTH = r"(?-i:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)(?![\p{L}\d])"
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10, "XI": 11, "XII": 12}


def year_of(y: str) -> int:
    """The year of a YEAR_FIGURES match: two digits are of this century ("23": 2023)."""
    return int(y) if len(y) > 2 else 2000 + int(y)


def month_of(m: str) -> int:
    """The month of a date's month in figures or in Roman numerals (ROMAN_MONTH)."""
    return int(m) if m.isdigit() else _ROMAN[m]


#: a page's clock: a date in figures and a time together, either first ("30/07/2024 20:45", "02.04.2021 - 10:07",
#: "2 tháng 4, 2021 lúc 10:07", "10:07 ngày 02/04/2021"); the page prints it, an article's sentence seldom does
DATE_FIGURES = (r"(?:\d{1,2}[/.-]\d{1,2}[/.-]" + YEAR_FIGURES + r"|\d{1,2}\s+(?i:tháng)\s+\d{1,2},?\s+\d{4})")
DATE_AND_TIME = (r"(?:" + DATE_FIGURES + r"\W{1,5}(?:(?i:lúc)\s+)?\d{1,2}:\d{2}"
                 r"|\d{1,2}:\d{2}(?::\d{2})?\W{1,5}(?:(?i:ngày)\s+)?" + DATE_FIGURES + r")")

#: a crawler's date glued before a page's first line ("date 2025-11-26 Chiều 26-11, tại ..."): no word of the article
CRAWLER_DATE_WORDS = r"date\s+\d{4}-\d{2}(?:-\d{2})?\s+"
CRAWLER_DATE = r"\s*" + CRAWLER_DATE_WORDS
#: a year named as one ("năm 2024", not a document's number "25/2021/QĐ"): its figures in group 1
YEAR_NAMED = r"\bnăm\s+((?:19|20)\d{2})(?!\d)"
RE_YEAR_NAMED = regex.compile(YEAR_NAMED, regex.I)
#: any year's four figures standing alone ("2024", "(2023)"), named or not
RE_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")

# "tổ chức" the verb (to hold), not the noun (organisation: "các tổ chức tín dụng")
#: the words that open another event of the meeting's day ("Cùng ngày, Cụm thi đua B ...")
# (or the day before: "Trước đó một ngày, Cụm thi đua số 3 ...")
SAME_DAY = (r"(?:(?:sáng|chiều|tối)\s+)?cùng ngày|cũng trong (?:ngày|buổi sáng|buổi chiều|sáng|chiều)(?:\s+cùng ngày)?"
            r"|trước đó(?:\s+(?:một|hai|\d{1,2}))?\s+ngày")
TO_CHUC = (r"(?<!\b(?i:các|những)\s)tổ chức(?!\s+(?i:tín dụng|chính trị|đoàn thể|xã hội|cơ sở|công đoàn|kinh tế|hành nghề|phi chính phủ|quốc tế|tài chính|khoa học|cán bộ|pháp chế|thanh niên|liên hiệp|hữu nghị|thành viên|quần chúng|nghề nghiệp)(?!\p{L})"
           # "các tổ chức Hội đặc thù": a kind of unit; not "tổ chức Hội nghị / Hội thi / Hội diễn"
           # (the meeting's noun with its tone mark left out too: "tổ chức Hội nghi tổng kết")
           r"|\s+(?-i:Hội)(?!\s+(?i:nghị|nghi|thảo|thi|diễn|trại|chợ|báo|khỏe|thao|chữ thập)\b))")


def alternation(words) -> str:
    """A regex alternation of literal words, longest first, as a non-capturing group."""
    ws = sorted({w for w in words if w}, key=len, reverse=True)
    return "(?:" + "|".join(regex.escape(w) for w in ws) + ")"


# the letters regex's IGNORECASE matches to a letter that lower-casing keeps apart from it (dotted and dotless i, long s,
# Kelvin sign)
_CASE_ODD = {"İ": "i", "ı": "i", "ſ": "s", "\u212a": "k"}


def _case_key(c: str) -> str:
    """One key for the characters a case-insensitive pattern may match alike."""
    c = _CASE_ODD.get(c, c)
    low = c.lower()
    return _CASE_ODD.get(low, low) if len(low) == 1 else c


def trie_alternation(words) -> str:
    """``alternation(words)`` written as a tree of shared prefixes ("Sở|Sư đoàn" as "S(?:ở|ư\\ đoàn)"): the same matches in a
    pattern with or without IGNORECASE, the longest word tried first, and a try costs a step a character instead of one
    per word (regex tries an alternation's branches one by one). Where two branches start with letters one character may
    match in either case ("Công ty", "công ty"), they stay one alternation, longest first."""
    def emit(rests: set) -> str:
        groups: dict[str, dict[str, set]] = {}
        for r in rests:
            if r:
                groups.setdefault(_case_key(r[0]), {}).setdefault(r[0], set()).add(r[1:])
        alts = []
        for key in sorted(groups):
            g = groups[key]
            if len(g) == 1:
                (c, more), = g.items()
                alts.append(regex.escape(c) + emit(more))
            else:
                alts.append(alternation(c + m for c, ms in g.items() for m in ms))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        # a word that ends here is tried after the longer ones that go on from it
        return "(?:" + body + ")?" if "" in rests else body

    return "(?:" + emit({w for w in words if w}) + ")"


def alternation_rest_case(phrases, ignore_case: bool) -> str:
    """An alternation of phrases whose first word takes the case rule of the pattern around it and whose other
    words are matched with ``ignore_case`` ("(?i:...)") or as written ("(?-i:...)"); a space between words
    matches any run of spaces."""
    flag = "(?i:" if ignore_case else "(?-i:"
    out = []
    for p in sorted({p for p in phrases if p}, key=len, reverse=True):
        first, _, rest = p.partition(" ")
        out.append(regex.escape(first) + (flag + r"\s+" + regex.escape(rest).replace(r"\ ", r"\s+") + ")" if rest else ""))
    return "(?:" + "|".join(out) + ")"


class _Compiled:
    """``regex``'s module functions with each (pattern, flags) compiled once: ``regex.match(p, s)``
    re-examines its cache and flags on every call, a cost that adds up in per-sentence loops."""

    @staticmethod
    @lru_cache(maxsize=None)
    def compile(pattern: str, flags: int = 0):
        return regex.compile(pattern, flags)

    def _run(self, method: str, pattern: str, flags, string: str, *args, before: tuple = ()):
        """``pattern.method(*before, string, *args)``, with the time limit when ``string`` is long."""
        rx = self.compile(pattern, int(flags))
        if len(string) <= UNTIMED:
            return getattr(rx, method)(*before, string, *args)
        try:
            out = getattr(rx, method)(*before, string, *args, timeout=_LIMIT.get())
            return list(out) if method == "finditer" else out
        except TimeoutError as e:
            raise PatternTimeout(pattern[:80]) from e

    # match and search, the calls made per sentence and per value, skip _run's dispatch: the pattern is
    # compiled (a cache lookup) and called directly when the string is short
    def match(self, pattern: str, string: str, flags: int = 0):
        if len(string) <= UNTIMED:
            return self.compile(pattern, flags if flags.__class__ is int else int(flags)).match(string)
        return self._run("match", pattern, flags, string)

    def search(self, pattern: str, string: str, flags: int = 0):
        if len(string) <= UNTIMED:
            return self.compile(pattern, flags if flags.__class__ is int else int(flags)).search(string)
        return self._run("search", pattern, flags, string)

    def fullmatch(self, pattern: str, string: str, flags: int = 0):
        return self._run("fullmatch", pattern, flags, string)

    def finditer(self, pattern: str, string: str, flags: int = 0):
        return self._run("finditer", pattern, flags, string)

    def findall(self, pattern: str, string: str, flags: int = 0):
        return self._run("findall", pattern, flags, string)

    def sub(self, pattern: str, repl, string: str, count: int = 0, flags: int = 0):
        return self._run("sub", pattern, flags, string, count, before=(repl,))

    def split(self, pattern: str, string: str, maxsplit: int = 0, flags: int = 0):
        return self._run("split", pattern, flags, string, maxsplit)


#: ``cre.match(pattern, text)`` and friends: the module functions, compiled once
cre = _Compiled()


def in_quotation(text: str, a: int, at: int) -> bool:
    """``text[at]`` lies inside a quotation opened in ``text[a:at]`` (curly quotes, or an odd number of straight ones): a
    movement's or a speech's words ("Phong trào “Phụ nữ công an giai đoạn 2022-2026”"), not the article's own."""
    seg = text[a:at]
    return seg.rfind("“") > seg.rfind("”") or seg.count('"') % 2 == 1
