"""Text normalization that remembers where every character came from.

Each step rewrites the text and composes an offset map, so a span of the normalized text
can always be traced back to a span of the ORIGINAL input: ``Normalized.to_original``.
Steps: lone surrogates (U+FFFD), mis-decoded UTF-8 (mojibake, repaired with ftfy's plan),
line endings, HTML tags and entities (and broken entity stumps), Unicode NFC,
invisible characters and odd spaces, modern tone-mark placement (``Hoá`` -> ``Hóa``),
dashes, tokens glued to a date (``14/7/2023tại``), runs of spaces.
"""
from __future__ import annotations

import html
import re
from bisect import bisect_right
import unicodedata
from itertools import accumulate
from functools import lru_cache
from dataclasses import dataclass
from typing import Callable

import ahocorasick
import regex

from .cues import find_all, find_all_words, match_at
from .patterns import CRAWLER_DATE, CRAWLER_DATE_WORDS, DATE_AND_TIME, PatternTimeout, finditer

__all__ = ["Normalized", "normalize", "clean_value", "fold"]


#: one rewrite: where each piece of the new text starts, and for each piece (copied?, a, b): a
#: copied run maps position by position onto [a, b) of the text before; a replaced piece maps as a
#: whole onto [a, b) (an inserted one, a == b, onto the character after it)
_Level = tuple[list[int], list[tuple[bool, int, int]]]


@dataclass(frozen=True, eq=False)
class Normalized:
    """Normalized text that can trace any span back to the ORIGINAL input: ``to_original``.

    The offset map is kept as the list of rewrites that made the text, a few pieces each, not as
    one integer per character: building and freeing per-character maps cost more than the
    rewrites themselves, and a span is traced back in a handful of binary searches."""

    original: str
    text: str
    levels: tuple[_Level, ...] = ()
    lengths: tuple[int, ...] = ()  # the text's length before each level
    warnings: tuple[str, ...] = ()  # steps skipped because a pattern ran past its time limit

    def _trace(self, i: int, end: bool, top: int | None = None) -> int:
        """The original start (or, with ``end``, end) of the character at ``i`` of the text the
        first ``top`` levels made (all of them by default)."""
        for k in range((len(self.levels) if top is None else top) - 1, -1, -1):
            news, pieces = self.levels[k]
            j = bisect_right(news, i) - 1
            copied, a, b = pieces[j]
            if copied:
                i = a + (i - news[j])
            elif a < b:
                i = b - 1 if end else a
            elif a < self.lengths[k]:
                i, end = a, False
            elif self.lengths[k]:
                i, end = self.lengths[k] - 1, True
            else:
                return 0
        return i + 1 if end else i

    def _flat(self) -> tuple[list[int], list[tuple[int, int | None]]]:
        """The levels composed into one map of the text: where each segment starts, and for each
        (delta, None), a run whose characters sit ``delta`` further in the original, or (start,
        end), a run that all comes from that span. Built on first use, then one binary search a
        lookup."""
        got = self.__dict__.get("_flat_map")
        if got is not None:
            return got
        starts: list[int] = []
        values: list[tuple[int, int | None]] = []

        def emit(k: int, x: int, y: int, top_x: int) -> None:
            # [x, y) of the text after k levels shows in the normalized text at top_x, by copies only
            if k == 0:
                starts.append(top_x)
                values.append((x - top_x, None))
                return
            news, pieces = self.levels[k - 1]
            size = len(self.text) if k == len(self.levels) else self.lengths[k]
            j = max(0, bisect_right(news, x) - 1)
            while j < len(news) and news[j] < y:
                lo, hi = max(x, news[j]), min(y, news[j + 1] if j + 1 < len(news) else size)
                copied, a, b = pieces[j]
                at = top_x + (lo - x)
                if lo < hi:
                    if copied:
                        emit(k - 1, a + (lo - news[j]), a + (hi - news[j]), at)
                    else:
                        starts.append(at)
                        values.append((self._trace(lo, False, k), self._trace(lo, True, k)))
                j += 1

        if self.text:
            emit(len(self.levels), 0, len(self.text), 0)
        got = self.__dict__["_flat_map"] = (starts, values)
        return got

    def to_original(self, a: int, b: int) -> tuple[int, int]:
        """Map a [a, b) span of ``text`` to the [start, end) span of ``original`` it came from."""
        n = len(self.text)
        # clamped into [0, n] with comparisons: this runs for every evidence span of a record
        if a > n:
            a = n
        elif a < 0:
            a = 0
        if b > n:
            b = n
        if b < a:
            b = a
        if a == n:
            return len(self.original), len(self.original)
        starts, values = self.__dict__.get("_flat_map") or self._flat()
        d, e = values[bisect_right(starts, a) - 1]
        start = a + d if e is None else d
        if a == b:
            return start, start
        d, e = values[bisect_right(starts, b - 1) - 1]
        return start, (b + d if e is None else e)

    def window(self, a: int, b: int) -> "Normalized":
        """text[a:b], still traced back to the original."""
        level: _Level = ([0], [(True, a, b)])
        return Normalized(self.original, self.text[a:b], (*self.levels, level), (*self.lengths, len(self.text)), self.warnings)

    @property
    def starts(self) -> tuple[int, ...]:
        """The original start of each character (computed on request: for tests and inspection)."""
        return tuple(self.to_original(i, i + 1)[0] for i in range(len(self.text)))

    @property
    def ends(self) -> tuple[int, ...]:
        return tuple(self.to_original(i, i + 1)[1] for i in range(len(self.text)))


_Repl = Callable[["regex.Match[str]"], str]


class _LevelBuilder:
    """Builds a rewritten text and its level: the stretches kept as they were, and for each
    replacement the pieces of the old text its characters came from."""

    def __init__(self, text: str):
        self.text = text
        self.out: list[str] = []
        self.news: list[int] = []
        self.pieces: list[tuple[bool, int, int]] = []
        self.last = 0
        self.cur = 0  # length of the new text so far

    def replace(self, a: int, b: int, new: str, parts: list[tuple[int, bool, int, int]]) -> None:
        """text[a:b] becomes ``new``; ``parts``: (offset in ``new``, char for char?, old start, old end)."""
        if a > self.last:
            self.news.append(self.cur)
            self.pieces.append((True, self.last, a))
            self.cur += a - self.last
        self.out += [self.text[self.last:a], new]
        for off, same, x, y in parts:
            self.news.append(self.cur + off)
            self.pieces.append((same, x, y))
        self.cur += len(new)
        self.last = b

    def finish(self) -> tuple[str, _Level | None]:
        """The new text and its level; (the text, None) when nothing was replaced."""
        if not self.out:
            return self.text, None
        self.out.append(self.text[self.last:])
        if self.last < len(self.text):
            self.news.append(self.cur)
            self.pieces.append((True, self.last, len(self.text)))
        return "".join(self.out), (self.news, self.pieces)


def _rewrite(text: str, pattern, repl: _Repl, one_to_one: bool = False, at=None) -> tuple[str, _Level | None]:
    """Replace each match of ``pattern`` by ``repl(m)``; returns the new text and the level that
    maps it back (None when nothing changed or every offset stayed where it was).

    A replacement of the same length with ``one_to_one`` keeps offsets char for char; any other
    maps to the whole matched span. ``at``: the only positions where the pattern can match, when
    the caller knows them (the pattern is tried there, not scanned).
    """
    if at is None:
        matches = pattern.finditer(text) if pattern in _LINEAR else finditer(pattern, text)
    else:
        matches = match_at(pattern, text, at, short=pattern in _BOUNDED or pattern in _LINEAR)
    lb = _LevelBuilder(text)
    moved = False
    for m in matches:
        a, b = m.span()
        r = repl(m)
        if r == m.group(0):
            continue
        same = one_to_one and len(r) == b - a
        lb.replace(a, b, r, [(0, same, a, b)] if r else [])
        moved = moved or not (r and same)
    new, level = lb.finish()
    return new, (level if moved else None)


_BLOCK_TAG_NAMES = frozenset("p div br li ul ol tr td th h1 h2 h3 h4 h5 h6 section article header footer table blockquote figure "
                             "figcaption".split())
_RE_CRLF = regex.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")
# (a comment first, then the tags left: one tag's try reads up to the next "<" or ">", so a scan for tags is linear in the
# text and runs without the time limit, whose cost is a clock read a match; a comment's try may read far, and keeps it)
_RE_COMMENT = regex.compile(r"<!--.{0,20000}?-->", regex.S)
_RE_TAG = regex.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]{0,15})\b[^<>]{0,2000}>")
# (and "&nbsp" without its ";" before a letter, as a browser reads it: "Trần&nbspVăn A"; before a space or the end, the
# stump's rule drops it)
_RE_ENTITY = regex.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});|&nbsp(?=\p{L})")
# a broken entity such as "&og" left where a page was cut: dropped
_RE_ENTITY_STUMP = regex.compile(r"&(?:[a-z]{2,8}|#[0-9]{1,5})(?=\s|$)")
_RE_COMBINING = regex.compile(r"\P{M}\p{M}+")
_RE_INVISIBLE = regex.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u202a-\u202e\u2066-\u2069\x00-\x08\x0e-\x1f\x7f]+")
# tone on the second vowel of an open "oa", "oe", "uy" syllable moves to the first (Hoá -> Hóa)
# (tried at the letter pairs _tone_starts finds; _tone_repl leaves "o" + "ý" and "u" + "á" alone)
_O_TONED, _U_TONED = "àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ", "ỳýỷỹỵỲÝỶỸỴ"
# the "qu" check looks back from the toned letter, so it runs only where a pair matched, not at every o and u
# (and in "ươ" the tone goes on "ơ": "giao ứơc" -> "giao ước")
_UH_TONED = "ừứửữựỪỨỬỮỰ"
_RE_TONE = regex.compile(r"([oOuU])([" + _O_TONED + _U_TONED + r"])(?<![qQ]..)(?!\p{L})|(?P<uh>[" + _UH_TONED + r"])(?P<oh>[ơƠ])")
# the dashes written as "-": one list for the normalizer's map, its test and clean_value
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
_DASH_SET = frozenset(_DASHES)
# two hyphens typed for a dash, a space on each side, between words ("Ông A -- Giám đốc Sở B"): one
_RE_DOUBLE_DASH = regex.compile(r"(?<=\S )--(?= \S)")
_RE_DASH = regex.compile("[" + _DASHES + "]")
# the same test in the standard library's engine, whose call costs a third of regex's: clean_value
# asks it of every value of a record (a class of ten literal characters matches alike in both)
_HAS_DASH = re.compile("[" + _DASHES + "]").search
# a vowel letter, in either case, with or without its marks (a run of letters that holds one is a syllable)
_VOWEL_SET = frozenset(c for c in map(chr, range(0x41, 0x1F00)) if c.isalpha() and unicodedata.normalize("NFD", c)[0] in "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY")
# (and a count run into the units it counts: "có 21trường", "gồm 05đơn vị")
_GLUE_WORDS = ("tại", "Tại", "ngày", "đã", "và", "với", "trường", "đơn vị", "cơ quan", "huyện", "xã", "phường", "tỉnh",
               "doanh nghiệp", "Doanh nghiệp", "công ty", "sở", "ngân hàng", "hợp tác xã", "tổ chức")
# the words of _GLUE_WORDS that no syllable ends with (their first letters close no onset: "t", "đ", "v", "x", "s", "c"),
# so a letter run into them is another word's ("tỉnh Thái Bìnhtổ chức", "doanh nghiệpđã"); not those a longer syllable may
# end with ("chuyện" holds "huyện"), nor the few kept to a figure before them
_AFTER_LETTER = frozenset(_GLUE_WORDS) - {"ngày", "huyện", "phường", "doanh nghiệp", "Doanh nghiệp", "ngân hàng", "hợp tác xã"}
_RE_GLUED = regex.compile(r"(?<=\d)(?=(?:" + "|".join(_GLUE_WORDS) + r")\b)"
                       r"|(?<=(?<![\\\p{L}])\p{L}*[" + "".join(sorted(_VOWEL_SET)) + r"]\p{L}*)(?=(?:" + "|".join(sorted(_AFTER_LETTER)) + r")\b)")
_RE_MULTISPACE = regex.compile(r" {2,}")
_RE_LINE_EDGE_SPACE = regex.compile(r"(?m)^ +| +$")
_RE_LINE_INDENT = regex.compile(r"(?m)^ +")
_RE_MANY_NEWLINES = regex.compile(r"\n{3,}")
# a pictograph that opens a line, before its words, is the line's bullet ("✅ Sở A", "👉 Sở B xếp thứ hai", "▶ ...", "⭐️ ..."):
# the run of them (with their variation selectors, joiners, skin tones, keycaps) and the spaces after it are read as "• "
# (not the marks of a page's legal line, "© 2024", "® ...", nor a line of pictographs alone)
_PICT = r"(?:(?![©®™℗°№])[\p{Extended_Pictographic}\p{So}\u2190-\u21ff\u27f0-\u27ff\u2900-\u297f])"
# (tried only where a line's first character other than a space stands: _line_openers)
_RE_PICT_BULLET = regex.compile(r"(?:" + _PICT + r"[\ufe0e\ufe0f\u20e3\u200d\U0001f3fb-\U0001f3ff]*)+[ \t]*(?=\S)")


def _line_openers(text: str) -> list[int]:
    """Where a line's first character other than a space or tab is neither a letter, a digit nor a character below U+2000
    (ASCII marks, Latin letters): the only places a pictograph bullet can stand. A split into lines costs far less than a
    pattern tried at every line's start."""
    out, pos = [], 0
    for line in text.split("\n"):
        s = line.lstrip(" \t")
        if s and s[0] > "\u2000" and not s[0].isalnum():
            out.append(pos + len(line) - len(s))
        pos += len(line) + 1
    return out

# UTF-8 read as cp1252 ("Ã¡" for "á", "Ä‘" for "đ", "á»‡" for "ệ"): a lead byte's character and
# one or two continuation bytes' characters
_CP1252_CONT = "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
_RE_MOJIBAKE = regex.compile(r"[\u00c2-\u00c6\u00e1-\u00e3\u00c3][" + _CP1252_CONT + r"]{1,2}")


def _mojibake_repl(m: "regex.Match[str]") -> str:
    s = m.group(0)
    for n in (len(s), len(s) - 1):  # the last character may belong to the text, not the sequence
        try:
            fixed = s[:n].encode("cp1252").decode("utf-8")
            return fixed + s[n:]
        except UnicodeError:
            continue
    return s


def repair_mojibake(text: str) -> str:
    """Every mis-decoded sequence of ``text`` repaired, without the whole-text threshold."""
    return _RE_MOJIBAKE.sub(_mojibake_repl, text)


def _has_mojibake(text: str) -> bool:
    """Several mis-decoded sequences, not one odd character in a foreign name."""
    return "Ã" in text and sum(1 for _ in _RE_MOJIBAKE.finditer(text)) >= 3 or "Ä‘" in text or "á»" in text


# --- mis-decoded UTF-8 (an HTTP client's Latin-1, a browser's windows-1252, text decoded twice) ---
# ftfy decides whether the text is damaged and how to undo it (its plan: encode with this codec,
# decode as UTF-8, maybe twice); the plan is then applied to each run of non-ASCII characters
# alone. That gives the same text as applying it to the whole (ASCII never changes under these
# codecs) and lets each repaired character map back onto exactly the damaged characters it came
# from, so evidence spans stay valid in the damaged input.

# a UTF-8 lead byte's character followed by a continuation byte's, as Latin-1 or windows-1252 show
# them: the cheap test of whether asking ftfy is worth its cost (a few ms per 10,000 characters)
_RE_MOJI_PAIR = regex.compile(r"[\u00c2-\u00ef][\u0080-\u00bf" + _CP1252_CONT[len("\\u0080-\\u00bf"):] + "]")
_RE_NON_ASCII = regex.compile(r"[^\x00-\x7f]+")
#: characters around the first suspicious pair that ftfy reads to decide (its cost grows with them)
_MOJI_SAMPLE = 20_000
#: the surrogate code points: valid in a Python str (and in JSON "\ud800"), not in UTF-8
_RE_SURROGATE = regex.compile(r"[\ud800-\udfff]")


@lru_cache(maxsize=1)
def _ftfy():
    """ftfy, imported on the first text that looks damaged (a tenth of a second saved on every
    start, a worker's too, for text that never needs it)."""
    import ftfy
    import ftfy.bad_codecs  # noqa: F401  registers "sloppy-windows-1252", which ftfy's plans name
    import ftfy.badness  # noqa: F401
    return ftfy


def _encoding_plan(text: str) -> list[tuple[str, str]] | None:
    """ftfy's plan to undo mis-decoding, read on a bounded sample around the first suspicious pair;
    None for text that ftfy finds sound (or that shows too few suspicious pairs to ask)."""
    first = _RE_MOJI_PAIR.search(text)
    if first is None:
        return None
    a = max(0, text.rfind("\n", 0, first.start()) + 1)
    sample = text[a:a + _MOJI_SAMPLE]
    # one pair can be real text ("là…"); damage shows many
    if len(_RE_MOJI_PAIR.findall(sample)) < 2:
        return None
    ftfy = _ftfy()
    if not ftfy.badness.is_bad(sample):
        return None
    plan = ftfy.fix_encoding_and_explain(sample).explanation
    return [tuple(step) for step in plan] or None


def _apply_plan(run: str, plan: list[tuple[str, str]]) -> str:
    s: str | bytes = run
    for op, arg in plan:
        if op == "encode":
            s = s.encode(arg)
        elif op == "decode":
            s = s.decode(arg)
        elif arg in _ftfy().FIXERS:
            s = _ftfy().FIXERS[arg](s)
        else:
            raise UnicodeError(f"unknown step {op} {arg}")
    if not isinstance(s, str):
        raise UnicodeError("the plan did not end in text")
    return s


def _damage(c: str, plan: list[tuple[str, str]]) -> str:
    """What the plan undoes, done to one repaired character: the damaged characters it came from."""
    s: str | bytes = c
    for op, arg in reversed(plan):
        s = s.decode(arg) if op == "encode" else s.encode(arg)
    return s


def _repair_encoding(text: str) -> tuple[str, _Level | None]:
    """The text with mis-decoded UTF-8 repaired, and the level mapping each repaired character back
    onto the damaged characters it came from (a run ftfy's plan cannot decode is kept as it is)."""
    plan = _encoding_plan(text)
    if plan is None:
        return text, None
    exact = all(op in ("encode", "decode") for op, _ in plan)
    lb = _LevelBuilder(text)
    for m in _RE_NON_ASCII.finditer(text):
        a, b = m.span()
        try:
            fixed = _apply_plan(m.group(), plan)
        except (UnicodeError, ValueError):
            continue
        if fixed == m.group():
            continue
        widths = None
        if exact:
            try:
                widths = [len(_damage(c, plan)) for c in fixed]
            except UnicodeError:
                widths = None
            if widths is not None and sum(widths) != b - a:
                widths = None
        if widths is None:  # the run as a whole
            parts = [(0, False, a, b)]
        else:  # each repaired character onto the damaged characters it came from
            starts = accumulate(widths[:-1], initial=a)
            parts = [(k, False, x, x + w) for k, (x, w) in enumerate(zip(starts, widths))]
        lb.replace(a, b, fixed, parts)
    new, level = lb.finish()
    return new, level


def _has_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def replace_surrogates(text: str) -> str:
    """Each lone surrogate (a character cut in half, an undecodable byte kept by Python) as U+FFFD:
    one character for one, so offsets do not move; text without them is returned as it is."""
    return _RE_SURROGATE.sub("\ufffd", text) if _has_surrogate(text) else text


_TONES = {"\u0300", "\u0301", "\u0309", "\u0303", "\u0323"}


@lru_cache(maxsize=256)  # a few dozen pairs occur at all
def _move_tone(first: str, second: str) -> str:
    d2 = unicodedata.normalize("NFD", second)
    tone = [c for c in d2 if c in _TONES]
    base2 = "".join(c for c in d2 if c not in _TONES)
    return unicodedata.normalize("NFC", first + "".join(tone)) + unicodedata.normalize("NFC", base2)


def _tone_repl(m: "regex.Match[str]") -> str:
    if m.group("uh"):
        second, first = _move_tone(m.group("oh"), m.group("uh"))  # (the tone moved from "ư" onto "ơ")
        return first + second
    first, second = m.group(1), m.group(2)
    if second in (_O_TONED if first in "oO" else _U_TONED):
        return _move_tone(first, second)
    return m.group(0)


def _tag_repl(m: "regex.Match[str]") -> str:
    name = (m.group(2) or "").lower()
    if name in _BLOCK_TAG_NAMES:
        return "\n"
    return ""


def _entity_repl(m: "regex.Match[str]") -> str:
    s = html.unescape(m.group(0))
    if s == m.group(0):
        return s
    return s.replace("\u00a0", " ")


def _nfc_repl(m: "regex.Match[str]") -> str:
    return unicodedata.normalize("NFC", m.group(0))


# one-to-one character maps (odd spaces to " ", dashes to "-"): str.translate keeps every offset
_ONE_TO_ONE = {**{ord(c): " " for c in "\t\u00a0\u1680\u202f\u205f\u3000"}, **{c: " " for c in range(0x2000, 0x200b)},
               **{ord(c): "-" for c in _DASHES}}


_ONE_TO_ONE_CHARS = frozenset(chr(c) for c in _ONE_TO_ONE)
_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f" + "".join(map(chr, range(0x202a, 0x202f)))
                       + "".join(map(chr, range(0x2066, 0x206a))) + "".join(map(chr, range(0x00, 0x09)))
                       + "".join(map(chr, range(0x0e, 0x20))) + "\x7f")
# the letter pairs _RE_TONE rewrites: a cheap test of whether it has anything to do
_TONE_PAIRS = tuple(o + v for o in "oO" for v in _O_TONED) + tuple(u + v for u in "uU" for v in _U_TONED) \
    + tuple(u + o for u in _UH_TONED for o in "ơƠ")


@lru_cache(maxsize=1)
def _tone_automaton():
    a = ahocorasick.Automaton()
    for p in _TONE_PAIRS:
        a.add_word(p, None)
    a.make_automaton()
    return a


def _tone_starts(text: str) -> list[int]:
    """Where _RE_TONE can match: each of its letter pairs (one Aho-Corasick pass costs less than the
    pattern's scan, which stops at every o and u)."""
    return [end - 1 for end, _ in _tone_automaton().iter(text)]


def _runs(text: str, seed: str) -> list[int]:
    """Where each run of ``seed``'s character, at least ``len(seed)`` long, starts."""
    out = []
    c = seed[0]
    i = text.find(seed)
    while i != -1:
        out.append(i)
        j = i + len(seed)
        while j < len(text) and text[j] == c:
            j += 1
        i = text.find(seed, j)
    return out


def _double_spaces(text: str) -> list[int]:
    """Where _RE_MULTISPACE can match: each run of two or more spaces."""
    return _runs(text, "  ")


def _line_edge_spaces(text: str) -> list[int]:
    """Where _RE_LINE_EDGE_SPACE can match: spaces that open a line or close one."""
    out = [i + 1 for i in find_all_words(text, ("\n ",))]
    for i in find_all_words(text, (" \n",)):
        j = i
        while j > 0 and text[j - 1] == " ":
            j -= 1
        out.append(j)
    if text[:1] == " ":
        out.append(0)
    if text[-1:] == " ":
        out.append(len(text.rstrip(" ")))
    return out



@lru_cache(maxsize=1)
def _glue_automaton():
    a = ahocorasick.Automaton()
    for w in _GLUE_WORDS:
        a.add_word(w, len(w))
    a.make_automaton()
    return a



def _glued(text: str) -> list[int]:
    """Where a digit runs straight into one of _RE_GLUED's words ("14/7/2023tại"), or a letter into one no syllable ends
    with, in no particular order (one Aho-Corasick pass finds every word's every occurrence, for a str.find pass a word)."""
    return [i for end, n in _glue_automaton().iter(text) if (i := end + 1 - n) > 0
            and (text[i - 1].isdigit() or text[i - 1].isalpha() and text[i:end + 1] in _AFTER_LETTER and _syllable_before(text, i))]


def _syllable_before(text: str, i: int) -> bool:
    """The letters run into position ``i`` make a syllable of their own (they hold a vowel and follow no backslash): a word
    glued, not a pattern's escape ("\\bvà" in a lexicon's pattern). _RE_GLUED's lookbehind says the same."""
    j = i
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    if j > 0 and text[j - 1] == "\\":
        return False
    return any(c in _VOWEL_SET for c in text[j:i])


#: patterns whose every try reads a few characters (a letter pair and its neighbours, a lookaround
#: at a digit): tried at their anchors without the time limit, whose cost exceeds such a try's
_BOUNDED = frozenset({_RE_TONE, _RE_GLUED})
#: patterns whose whole scan is linear in the text (each try stops at a character the next try starts after): scanned
#: without the time limit
_LINEAR = frozenset({_RE_TAG})

# page regions that never hold the article (HTML input): dropped with their content
_RE_NONCONTENT = regex.compile(
    r"<(script|style|noscript|template|nav|header|footer|aside|form|iframe|svg|select|button|title)\b[^>]{0,2000}>.{0,200000}?</\1\s*>"
    r"|<!--.{0,20000}?-->",
    regex.I | regex.S,
)


# Markdown's marks (a converter's or a reader service's output): a heading's and a quote's at a line's start, an image
# whole, a link's brackets and address (its words stay), bold's stars and underscores; each deleted, so the words around
# keep their offsets one for one
_RE_MARKDOWN = regex.compile(
    r"(?m)^#{1,6}[ \t]+|^>[ \t]?"
    r"|!\[[^\]\n]{0,300}\]\([^)\s]{1,500}(?:[ \t]+\"[^\"\n]{0,200}\")?\)"
    r"|\[(?=[^\]\n]{1,300}\]\([^)\s]{1,500}(?:[ \t]+\"[^\"\n]{0,200}\")?\))"
    # (each alternative opens on its mark, its look behind after it: the scan tries it at that mark only)
    r"|\](?<=\[[^\]\n]{1,300}\])\([^)\s]{1,500}(?:[ \t]+\"[^\"\n]{0,200}\")?\)"
    r"|\*{2,}|__(?=\S)|__(?<=\S__)"
)
# (what only Markdown writes: a heading's mark at a line's start, a link to an address, bold)
_RE_LOOKS_MARKDOWN = regex.compile(r"(?m)^#{1,6}[ \t]+\S|\]\((?:https?:|/|www\.)|\*\*[\p{L}\d]")


_FIRST_CHARS = {_RE_NONCONTENT: "<", _RE_CRLF: "\r\u2028\u2029\x0b\x0c\x85", _RE_COMMENT: "<", _RE_TAG: "<", _RE_ENTITY: "&",
                _RE_ENTITY_STUMP: "&", _RE_MARKDOWN: "#>![]*_"}


#: passes of normalize over its own output while mis-decoding still shows (see the end of normalize)
_MAX_PASSES = 4


def normalize(original: str, *, strip_tags: bool = True, drop_regions: bool = False, _passes: int = _MAX_PASSES) -> Normalized:
    """Normalize ``original`` for extraction; idempotent on its own output.

    A step runs only when the text holds what it rewrites, so clean text costs a few scans.
    """
    # one for one: no offset moves, so no level is needed
    text = replace_surrogates(original)
    skipped: list[str] = []

    levels: list[_Level] = []
    lengths: list[int] = []
    if not text.isascii():
        # first: the damage is in bytes, and the steps below would read a damaged byte's character
        # as something else (0x85, a byte of "ễ", is a line break to the line-ending step)
        try:
            repaired, level = _repair_encoding(text)
        except PatternTimeout:
            repaired, level = text, None
        if level is not None:
            levels.append(level)
            lengths.append(len(text))
            text = repaired

    def step(text, pattern, *args):
        try:
            new, level = _rewrite(text, pattern, *args)
        except PatternTimeout:  # hostile input: this step is skipped, the rest still runs
            skipped.append(f"normalize: a step ran past its time limit and was skipped ({pattern.pattern[:40]})")
            return text
        if level is not None:
            levels.append(level)
            lengths.append(len(text))
        return new

    steps: list[tuple[object, _Repl, bool]] = []
    if drop_regions and "<" in text:
        steps.append((_RE_NONCONTENT, lambda m: "\n", False))
    if any(c in text for c in "\r\u2028\u2029\x0b\x0c\x85"):
        steps.append((_RE_CRLF, lambda m: "\n", False))
    if strip_tags and "<" in text:
        if "<!--" in text:
            steps.append((_RE_COMMENT, lambda m: "", False))
        steps.append((_RE_TAG, _tag_repl, False))
    if "&" in text:
        steps.append((_RE_ENTITY, _entity_repl, False))
        steps.append((_RE_ENTITY_STUMP, lambda m: "", False))
    if any(c in text for c in "#]*") and _RE_LOOKS_MARKDOWN.search(text):
        steps.append((_RE_MARKDOWN, lambda m: "", False))
    for pattern, repl, one in steps:
        # each of these patterns starts with one of a few characters: it is tried there only, unless
        # they are so many (a page of markup) that one scan costs less than a try at each
        at = find_all(text, _FIRST_CHARS[pattern])
        text = step(text, pattern, repl, one, at if len(at) <= 2_000 else None)
    if _has_mojibake(text):
        text = step(text, _RE_MOJIBAKE, _mojibake_repl, False)
    if not unicodedata.is_normalized("NFC", text):
        text = step(text, _RE_COMBINING, _nfc_repl, False)
    # each step below runs only when its characters are present; a text with no control, format or
    # odd space character (the usual case: a C-level check) can only hold the one-to-one dashes
    for c in "\u00a0\t":  # the usual non-printable characters of a page: replaced first, cheaply
        if c in text:
            text = text.replace(c, " ")
    if text.replace("\n", "").isprintable():
        chars = {c for c in _DASH_SET if c in text}  # the one-to-one characters that are printable
    else:
        chars = set(text)
    if not chars.isdisjoint(_INVISIBLE):
        text = step(text, _RE_INVISIBLE, lambda m: "", False)
    for c in chars & _ONE_TO_ONE_CHARS:  # str.replace of the few present: far cheaper than translate
        text = text.replace(c, _ONE_TO_ONE[ord(c)])
    if " -- " in text:  # two hyphens typed for a dash between words: the dash
        text = step(text, _RE_DOUBLE_DASH, lambda m: "-", False)
    def bullets(text: str) -> str:
        """Pictographs opening a line read as its bullet, tried where a line opens on one (_line_openers)."""
        at = _line_openers(text) if not text.isascii() else []
        return step(text, _RE_PICT_BULLET, lambda m: "• ", False, at) if at else text

    text = bullets(text)
    # a text set in hard-wrapped lines (three breaks or more inside sentences): its long lines are joined
    # before capitals too ("... cho đơn vị Ủy ban MTTQ\nViệt Nam huyện A"), counted before the joins below
    # (read on its lines without their indent, as the joins below see them: a text browser's dump indents every line)
    flush = _RE_LINE_INDENT.sub("", text) if "\n " in text or text[:1] == " " else text
    wrapped = _hard_wrapped(flush)
    # (the width it is set at: a break that the next word could not have fitted goes on)
    width = _set_width(flush) if wrapped else None
    # each condition is read on the text as the steps before it left it
    late = [
        (_tone_starts, _RE_TONE, _tone_repl, True),
        (_glued, _RE_GLUED, lambda m: " ", False),
        (_double_spaces, _RE_MULTISPACE, lambda m: " ", False),
        (_line_edge_spaces, _RE_LINE_EDGE_SPACE, lambda m: "", False),
        (lambda s: _runs(s, "\n\n\n"), _RE_MANY_NEWLINES, lambda m: "\n\n", False),
        # a break inside a date, after its separator ("ngày 05/\n3/2024", "19/12/\n2023") is nothing
        (lambda s: "/\n" in s or "-\n" in s, _RE_DATE_BREAK, lambda m: "", False),
        # a break inside a person's name after the honorific, before the name's last word and the title's comma ("do ông
        # Phan Thanh\nTùng, Chủ tịch UBND xã A") is a space (not before a byline's label, "Tin, ảnh:", nor a short pen name's dash, "Hoàng - Minh");
        # so is one inside a place's name before the verb that ranks it ("huyện Tân\nPhú xếp thứ nhất")
        # (tried at the line breaks only: its lookbehind is read there)
        (lambda s: find_all(s, "\n"), _RE_NAME_BREAK, _name_break_repl, False),
        # a hard wrap inside a sentence (the next line goes on in lower case) is a space
        (lambda s: "\n" in s, _RE_HARD_WRAP, lambda m: " ", False),
        # or it goes on in capitals or figures after a word no line ends with ("năm\n2023", "là\nUBND")
        (lambda s: "\n" in s, _RE_HARD_WRAP_AFTER_WORD, lambda m: " ", False),
        (lambda s: wrapped, _RE_WRAP_BEFORE_CAPITAL, lambda m: _wrap_repl(m, width, as_set), False),
    ]
    as_set = None  # the text with its lines as set, before the breaks inside sentences are joined (one for one)
    for needed, pattern, repl, one in late:
        if pattern is _RE_HARD_WRAP:
            as_set = text
        at = needed(text)
        if at:
            text = step(text, pattern, repl, one, at if isinstance(at, list) else None)
    # (a pictograph whose line a join gave words only now is a bullet too: "😀 \n phát biểu" -> "• phát biểu", as a second
    # pass would read it)
    text = bullets(text)
    # damage that a later step uncovered (a control character or an entity between two damaged bytes) shows only now, and so
    # does markup that a deleted character or a decoded entity uncovered ("<\x1fb>" is "<b>" once the control character is
    # gone; "#\x85a" a heading once its line break is joined): another pass repairs it, so normalize is idempotent on its
    # output (for markup, only where such characters were, and only when the pass changes the text)
    if _passes > 1:
        damaged = not text.isascii() and _encoding_plan(text) is not None and _repair_encoding(text)[1] is not None
        if damaged or any(c in text for c in "<#*]&") and _RE_UNCOVERS.search(original) is not None:
            again = normalize(text, strip_tags=strip_tags, drop_regions=drop_regions, _passes=_passes - 1)
            if damaged or again.text != text:
                return Normalized(original, again.text, (*levels, *again.levels), (*lengths, *again.lengths),
                                  (*skipped, *again.warnings))
    return Normalized(original, text, tuple(levels), tuple(lengths), tuple(skipped))


# characters whose deletion or reading may uncover markup: control and format characters, line breaks other than "\n",
# an entity's ampersand
_RE_UNCOVERS = regex.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2069\ufeff&]")


_RE_NAME_BREAK_TAIL = regex.compile(r"\p{Lu}\p{Ll}+[ ]\p{Lu}\p{Ll}+(?=,)")


@lru_cache(maxsize=None)
def _name_break_lexicon():
    """The provinces' folded names, and the positions and ranks (lexicons/positions.txt, ranks.txt) in lower case as one
    pattern matched at the start of a lower-cased text, built once (lexicon reads normalize: imported on the first use)."""
    from . import lexicon
    heads = sorted({w.lower() for w in (*lexicon.words("positions.txt"), *lexicon.words("ranks.txt"))}, key=len, reverse=True)
    return lexicon.provinces(), regex.compile("|".join(regex.escape(w) for w in heads) or "(?!)")


def _name_break_repl(m: "regex.Match[str]") -> str:
    """A space for a break inside a name; the break kept where the two words after it are a province's name, no part of the
    person's ("ông Hoàng Văn\nNam Định, ..."), or where the comma after them opens no title."""
    s = m.string
    tail = _RE_NAME_BREAK_TAIL.match(s[m.end():m.end() + 40])
    if tail is not None:
        provinces, titles = _name_break_lexicon()
        if fold(tail.group(0)) in provinces:
            return "\n"
        # (and where no position or rank opens the words after the comma, lexicons/positions.txt and ranks.txt: the two words
        # are no part of a name but a place's, a list's, "cho ông A\nNha Trang, Khánh Hòa là ...", "đồng chí A\nCửa Lò, Nghi Lộc")
        after = s[m.end() + tail.end() + 1:m.end() + tail.end() + 60].lstrip().lower()
        if titles.match(after) is None:
            return "\n"
    return " "


# the first words of units' names and places' kinds, which open no part of a person's name
_UNIT_WORD_OPENS = (r"(?:Sở|Cục|Ban|Bộ|Phòng|Trường|Bệnh|Công|Trung|Hội|Ủy|Đảng|Văn|Chi|Kho|Ngân|Viện|Tòa|Liên|Đoàn|Huyện|Tỉnh|Thành"
                    r"|Thị|Xã|Phường|Quận|Tổng|Cảng|Nhà|Báo|Đài|Tạp|Hợp|Điện|Bưu|Thuế|Hải)\s")
# (each kind of break is gated by a lookahead its own implies, so a page of many short lines is not read backwards
# at every break by the lookbehinds)
_RE_NAME_BREAK = regex.compile(r"(?=\n\p{Lu}\p{Ll}*(?:,|\s+-|[ ]\p{Lu}))(?:(?<=(?<!\p{L})(?i:ông|bà|đồng chí|đ/c)\s+\p{Lu}\p{Ll}*(?:\s\p{Lu}\p{Ll}*){0,2})\n(?=\p{Lu}\p{Ll}*(?:,\s*(?!ảnh\b)\p{L}|\s+-\s+\p{Lu}\p{Ll}*(?:\s+\p{L}+){2}))"
                               # (or before the name's last two words, one or two before the break: "Đồng chí Trần Thị\nBích
                               # Ngọc, Phó Chủ tịch ...", "ông Trần\nBích Ngọc, ..."; not before a unit's name, "ông A\nSở Tài chính")
                               r"|(?<=(?<!\p{L})(?i:ông|bà|đồng chí|đ/c)\s+\p{Lu}\p{Ll}*(?:\s\p{Lu}\p{Ll}*)?)\n(?!" + _UNIT_WORD_OPENS + r")"
                               r"(?=\p{Lu}\p{Ll}+[ ]\p{Lu}\p{Ll}+,\s*(?!ảnh\b)\p{L}))"
                               # (or inside a place's name after its kind, before the name's last word and the verb that
                               # ranks it: "Kết quả, huyện Tân\nPhú xếp thứ nhất", "xã Tân\nLập dẫn đầu Cụm")
                               # (one syllable before the break and one after, as a place's name of two: a name of two words
                               # is whole before a line that opens on a unit, "tỉnh Lạng Sơn\nVietinbank xếp thứ nhất"; not a
                               # venue, "tại thị xã Đông Triều\nViettel được suy tôn ...", "tại thành phố A\nViettel ...")
                               r"|(?=\n\p{Lu}\p{Ll}{0,6}\s+\p{Ll})(?<=(?<!(?i:\btại|\bở)\s+(?i:thị\s+)?)(?<!\p{L})(?i:huyện|xã|phường|quận|thị xã|thị trấn|thành phố|tỉnh|đặc khu)\s+\p{Lu}\p{Ll}*)"
                               r"\n(?=\p{Lu}\p{Ll}{0,6}\s+(?:xếp\s+(?:thứ|hạng|vị\s+thứ|nhất|nhì|ba)|đứng\s+(?:thứ|đầu|hạng)|dẫn\s+đầu|đạt\s+(?:\d|số\s+điểm|tổng\s+điểm|điểm)|được\s+(?:suy\s+tôn|bình\s+chọn|xếp))(?!\p{L}))")


# (a day and month, or a day, month and year cut, before the rest of the date: the month and year, or the year)
_RE_DATE_BREAK = regex.compile(r"(?<=(?<![\d/-])\d{1,2}[/-](?:\d{1,2}[/-])?)\n(?=\d{1,2}[/-]\d{4}(?!\d)|\d{4}(?![\d/-]))")
# (not before a crawler's date, which opens a page: "date 2023-11 Chiều 22-11, ...")
_RE_HARD_WRAP = regex.compile(r"(?<=[^\s.!?:;…\"”])\n(?=\p{Ll})(?!" + CRAWLER_DATE_WORDS + ")")
# in a hard-wrapped text: a break before a capital, a figure, a quote or a note's bracket ("Xã hội\n(Khối trưởng), ..."; not a
# photo's credit "(Ảnh: A)"); after a colon or a semicolon; before a dash ("Ban Thi đua\n- Khen thưởng"): _wrap_repl tells a
# list's items and bullets, which keep their lines
_RE_WRAP_BEFORE_CAPITAL = regex.compile(r"(?<=[^\s.!?;:…\"”)])\n(?=[\p{Lu}\d“\"]|\((?!\s*(?:ảnh|nguồn|theo|video|clip)\b)|[-–]\s*\p{Lu})"
                                        r"|(?<=[:;])\n(?=[\p{Lu}\d]|\p{Ll}(?![).]))", regex.I)
# a list's item at a line's start: a number, a letter, a bullet
# (a figure that goes on, "12/01/2024", "1.250", "10/10", opens no item)
_RE_ITEM_LINE = regex.compile(r"\s*(?:\d{1,2}\s*[.)](?=\s)|\(\d{1,2}\)\s|\p{Ll}[.)](?=\s)|[-–•+*●▪■]\s)")


_RE_NEWLINE_LOWER = regex.compile(r"\n(?=\p{Ll})")
_NO_WRAP_BEFORE = frozenset(' \t\n.!?:;…"”')


def _set_width(text: str) -> int | None:
    """The width a hard-wrapped text is set at, read from the lines that surely go on (the next goes on in lower case after
    no stop): the longest of them; None when fewer than three show it."""
    lines = text.split("\n")
    # (lines of a wrapped paragraph run near the width: not a list's short items in lower case, "thị xã A" / "huyện B")
    widths = [len(a) for a, b in zip(lines, lines[1:])
              if len(a) >= _WIDTH_MIN and b[:1].islower() and a[-1] not in _NO_WRAP_BEFORE]
    if len(widths) < 3:
        return None
    width = max(widths)
    # (and a text set at that width has no line much longer: a page of paragraphs a line with a few captions broken in
    # lower case is no text set at a width)
    longer = sum(1 for a in lines if len(a) > width + _SLACK)
    return width if longer <= max(2, len([a for a in lines if a]) // 10) else None


def _went_on(line: str, set_line: str, nxt_line: str, width: int | None) -> bool:
    """The break after ``line`` (``set_line``: its last line as the text was set, before the breaks inside sentences were
    joined) is the width's, not the writer's: the next line's first word did not fit on the line as set (a text set in
    narrow lines, 40-75 characters, a newspaper's column or a PDF's); or, wider or of no width read, the line runs to 60
    characters or more."""
    if width is None or width >= _NARROW:
        return len(line) >= _LONG_LINE
    # (a few characters of slack: runs of spaces the width counted are single now)
    return len(set_line) + 1 + len(nxt_line.lstrip().split(" ", 1)[0]) > width - _SLACK


# a long line of a text set at a width of 75 characters or more, or of no width read
_LONG_LINE = 60
_NARROW = 75
_SLACK = 4
# the narrowest a text is set at
_WIDTH_MIN = 30


def _hard_wrapped(text: str) -> bool:
    """Three line breaks or more inside sentences: the next line goes on in lower case, or (a text whose every line
    is short, set at a width) a long line ends with no stop and the next goes on."""
    n = 0
    for m in _RE_NEWLINE_LOWER.finditer(text):
        if m.start() > 0 and text[m.start() - 1] not in _NO_WRAP_BEFORE:
            n += 1
            if n >= 3:
                return True
    lines = text.split("\n")
    if len(lines) < 8 or max(map(len, lines)) > _WRAP_WIDTH_MAX:
        return False  # (a paragraph on one line: the text is not set at a width)
    # (and most long lines so broken: an article of short paragraphs has long captions and a headline with no stop too, but
    # most of its lines end on one)
    # (a list's long items, numbered or ending on ";", are not counted: they end where they end)
    prose = [a for a in lines if len(a) >= _LONG_LINE and not _RE_ITEM_LINE.match(a) and a[-1] != ";"]
    n = sum(1 for a, b in zip(lines, lines[1:]) if len(a) >= _LONG_LINE and a[-1] not in _NO_WRAP_BEFORE and b[:1].isalnum()
            and not _RE_ITEM_LINE.match(a) and not _RE_ITEM_LINE.match(b))
    return n >= 3 and 3 * n >= 2 * len(prose)


# the longest line of a text set at a width (its lines run to 60-110 characters; a paragraph on one line runs longer)
_WRAP_WIDTH_MAX = 130


def _line_before(text: str, start: int) -> str:
    """The line before the one that starts at ``start``."""
    return text[text.rfind("\n", 0, max(0, start - 1)) + 1:max(0, start - 1)]


def _line_after(text: str, end: int) -> str:
    """The line after the one whose break is at ``end`` ("" when that line is the last: ``end`` < 0)."""
    return text[end + 1:text.find("\n", end + 1) % (len(text) + 1)] if end >= 0 else ""


def _wrap_repl(m, width: int | None = None, as_set: str | None = None) -> str:
    """In a hard-wrapped text, a break after a line that ran to the width (not a heading in capitals) goes on the sentence.
    ``as_set``: the text with its lines as set (the same offsets: the breaks inside sentences joined one for one since)."""
    s = m.string
    start = s.rfind("\n", 0, m.start()) + 1
    line = s[start:m.start()]
    end = s.find("\n", m.end())
    nxt_line = s[m.end():end if end >= 0 else len(s)]
    sets = as_set if as_set is not None and len(as_set) == len(s) else s
    set_start = sets.rfind("\n", 0, m.start()) + 1
    set_line = sets[set_start:m.start()]
    if not _went_on(line, set_line, nxt_line, width) or line.isupper():
        return "\n"
    # (nor between items of a list, one a line as set, that open on the same word, three in a run: "Sở Giao thông vận
    # tải" / "Sở Nông nghiệp và Phát triển nông thôn" / "Sở Xây dựng", in a text set in narrow lines)
    if width is not None and width < _NARROW and ";" not in set_line and " " in set_line:
        word = set_line.split(" ", 1)[0]
        if nxt_line.split(" ", 1)[0] == word and (_line_before(sets, set_start).split(" ", 1)[0] == word
                                                  or _line_after(s, end).split(" ", 1)[0] == word):
            return "\n"
    # (nor after or into the page's date and time, or its counter: "18/11/2020 10:18:33 Xem cỡ chữ")
    if _RE_PAGE_CLOCK.search(set_line) or _RE_PAGE_CLOCK.search(nxt_line):
        return "\n"
    # (nor into a byline among the last lines: a short line of a name, "Lê Mạnh - Ban Nội chính")
    if len(nxt_line) <= 60 and _RE_NAME_LINE.fullmatch(nxt_line) and sets.count("\n", m.end()) <= 8:
        return "\n"
    # (a list a colon opens goes on when its items run on in the sentence, "gồm:\nBắc Kạn, Thái Nguyên, ..."; not a numbered
    # item, "gồm:\n1. Sở A")
    if line.endswith(":"):
        nxt = s[m.end():m.end() + 2]
        return " " if nxt[:1].islower() and nxt[1:] not in (")", ".") or not nxt[:1].isdigit() and "," in nxt_line else "\n"
    if _RE_ITEM_LINE.match(nxt_line) and nxt_line.lstrip()[:1] not in "-–":
        return "\n"  # (a list's item opens the next line; a dash is told below)
    if line.endswith(";"):
        # (a line that ends on a semicolon goes on, in lower case always, unless a list's items stand a line each: the next
        # ends on ";", or on "." after a run of them)
        item = nxt_line.rstrip().endswith(";") or nxt_line.rstrip().endswith(".") and _line_before(s, start).rstrip().endswith(";")
        return " " if nxt_line[:1].islower() or not item else "\n"
    # (a dash opens a bullet where the lines around it hold bullets too, or the line before ends a lead-in)
    if nxt_line.lstrip()[:1] in "-–":
        bullets = _RE_ITEM_LINE.match(line) or _RE_ITEM_LINE.match(_line_after(s, end))
        return "\n" if bullets or line.rstrip()[-1:] in ":;." else " "
    # (a line that ends on a comma goes on, the headline too; otherwise not the page's first line, a headline, nor a line
    # the lead opens after)
    if line.endswith(","):
        return " "
    # (the first line goes on when it opens as a lead does, on a date or a time of day: no headline ended there; a headline
    # may run to the width the text is set at, so the line's length tells nothing; or when it is a headline wrapped once,
    # a short tail after it and then a blank line, the tail no page's date or counter)
    if _RE_LEAD_LINE.match(s, m.end()):
        return "\n"
    if not s[:start].strip() and not _RE_LEAD_LINE.match(line):
        # (the headline's tail: in a text of a width read, before a blank line; no label's line, "Tác giả: A", nor the
        # page's date, a breadcrumb's or a section's line, a line in capitals, a name alone, a credit; a place list goes
        # on, "... các tỉnh" / "Bắc Giang, Lạng Sơn")
        tail = nxt_line if s.startswith("\n\n", end) else ""
        if width is None or not tail or ":" in tail or _RE_PAGE_META.search(line + "\n" + tail) \
                or _RE_BREADCRUMB.search(line + tail) or len(tail) >= len(line) or _page_line(tail) \
                or tail.isupper() or "," not in tail and _RE_NAME_LINE.fullmatch(tail) \
                or tail.lower().startswith(("ảnh", "theo", "nguồn")) \
                or len(line) + 1 + len(tail.split(" ", 1)[0]) <= width - _SLACK:
            return "\n"
    return " "


# the page's clock: a date and a time together near a line's start, a label of posting, a view counter, a time zone
_RE_PAGE_CLOCK = regex.compile(r"^\W{0,3}(?:[\p{L} ]{0,24}?\W{0,3})" + DATE_AND_TIME +
                            r"|^\W{0,3}(?:cập nhật|ngày đăng|đăng lúc|đăng ngày|ngày cập nhật)\b"
                            r"|\blượt xem\b|\bGMT\b", regex.I)
# what a page prints around an article anywhere in a line, not its words (a headline's tail holds none): a time, a date in
# figures, a weekday, a view counter, a label of posting, a column of the page's bar
_RE_PAGE_META = regex.compile(r"\d{1,2}:\d{2}|\d{1,2}[/-]\d{1,2}[/-]\d{2,4}|\b(?:lượt xem|cập nhật|đăng|GMT|views?)\b|\|"
                             r"|\bthứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])\b|\bchủ nhật\b", regex.I)
_RE_BREADCRUMB = regex.compile(r"[>»›|]")


def _page_line(line: str) -> bool:
    """A line of the page's own (a section's name, "Tin tức - Sự kiện", "Thời sự"): one the chrome lexicon matches whole."""
    from . import lexicon  # (lexicon reads its files through normalize: imported when first needed)
    return lexicon.chrome_line_re().fullmatch(line.strip()) is not None


# a line that holds a name alone, or a name and its unit after a dash (a byline)
# (two to five words, in capitals too, after a byline's prefix; its unit after a dash, a comma or in brackets; no full stop)
_RE_NAME_LINE = regex.compile(r"\s*(?:(?:t/h|tổng hợp|tin(?:\s*,\s*ảnh)?|bài(?:\s*,\s*ảnh)?|theo|nguồn)\s*:\s*)?"
                              r"(?-i:\p{Lu}[\p{L}’']*\.?)(?:\s(?-i:\p{Lu}[\p{L}’']*)){1,4}(?:\s*(?:[-–,]\s*|\()[^.\n]{1,40})?\s*", regex.I)
# (a source in brackets before a dash or a lead's word opens a lead too, "(Baotintuc) - Sáng ...", "(HBĐT) Ngày ..."; not a note,
# "(Khối trưởng), B ...")
# (with its date: not a headline that opens on the word, "Ngày hội thể thao ...", "Sáng tạo trong ...")
_LEAD_WORDS = (r"(?:(?:sáng|chiều|tối|trưa)(?:\s+(?:nay|qua|cùng ngày)\b|(?:\s+ngày)?\s+thứ\s+\p{L}+"
               r"|(?:\s+(?:ngày|mùng|mồng))?\s*[(,]?\s*\d)"
               r"|(?:vào\s+)?ngày\s+\d|cùng ngày\b|hôm\s+(?:nay|qua)\b|vừa qua\b|mới đây\b)")
# (after a crawler's date glued before the page's first line too)
_RE_LEAD_LINE = regex.compile("(?:" + CRAWLER_DATE + ")?(?:" + _LEAD_WORDS + r"|\([^()\n]{1,40}\)\s*(?:[-–]|" + _LEAD_WORDS + r"))",
                              regex.I)


_RE_HARD_WRAP_AFTER_WORD = regex.compile(
    r"(?<=(?<!\p{L})(?i:là|của|và|cho|các|tại|với|gồm|cùng|đồng chí|ông|bà|đ/c))\n(?=[\p{Lu}\d])"
    # (a date's or a number's word before its figure: "năm\n2023"; not "6 tháng\nSáng ...", a headline's end, nor a whole
    # date after a month's or a year's word, the page's date line under a headline "... 9 tháng\n23/10/2023 - 09:30")
    r"|(?<=(?<!\p{L})(?i:năm|tháng|ngày|số))\n(?=\d)(?<!(?i:năm|tháng|số)\n(?=\d{1,2}([/.-])\d{1,2}\1\d{4}(?!\d)))")
_RE_DASH_SPACING = regex.compile(r"\s*-\s+|\s+-\s*")
_RE_WS = regex.compile(r"\s+")
_EDGE_PUNCT = " \t\n.,;:!?\"'“”‘’()[]{}*•·…/\\-–—"


def _strip_quotes(t: str) -> str:
    """Drop quotes that wrap the value or are left unmatched at its ends; keep a quoted part it ends with."""
    if len(t) >= 2 and ((t[0] == "“" and t[-1] == "”") or (t[0] == t[-1] == '"')) and not any(q in t[1:-1] for q in '"“”'):
        return t[1:-1]
    if t[:1] == '"' and t.count('"') == 1 or t[:1] == "“" and "”" not in t or t[:1] == "”":
        t = t[1:]
    if t[-1:] == '"' and t.count('"') == 1 or t[-1:] == "”" and "“" not in t or t[-1:] == "“":
        t = t[:-1]
    return t


def clean_value(s: str) -> str:
    """Clean a text value as the contract says: single spaces, dashes as " - ", no
    surrounding punctuation (a closing parenthesis whose opening one is kept stays)."""
    # each rewrite only when the value holds what it rewrites (most values hold none of it)
    if not unicodedata.is_normalized("NFC", s):
        s = unicodedata.normalize("NFC", s)
    if _HAS_DASH(s):  # a C scan; frozenset.isdisjoint(str) would make a string per character
        s = _RE_DASH.sub("-", s)
    if "  " in s or not s.isprintable():  # a printable value has no white space but single spaces
        s = _RE_WS.sub(" ", s)
    # equal counts: every dash already reads " - ". Spacing one dash can put a space next to the
    # dash before it ("A-- B"), so this runs until nothing changes (once or twice).
    while "-" in s and s.count("-") != s.count(" - "):
        spaced = _RE_WS.sub(" ", _RE_DASH_SPACING.sub(" - ", s))
        if spaced == s:
            break
        s = spaced
    if s[:1].isalnum() and s[-1:].isalnum():  # the usual value: nothing at its ends to strip
        return s
    while True:
        t = s.strip(" \t\n.,;:!?'‘’[]{}*•·…/\\-")
        t = _strip_quotes(t)
        if t.startswith("(") and t.endswith(")") and t.count("(") == 1 and t.count(")") == 1:
            t = t[1:-1]
        if t.startswith("(") and ")" not in t:
            t = t[1:]
        if t.endswith(")") and "(" not in t:
            t = t[:-1]
        if t.startswith(")"):
            t = t[1:]
        if t == s:
            return t
        s = t


@lru_cache(maxsize=4096)
def name_key(s: str) -> str:
    """A person's name for telling people apart: case-free, its diacritics kept, since given names differ only in them
    (Hùng / Hưng, Thu / Thư); the tone marks are already placed one way by ``normalize``."""
    return " ".join(unicodedata.normalize("NFC", s).lower().split())


@lru_cache(maxsize=8192)
def fold(s: str) -> str:
    """Accent- and case-free form for comparisons (đ -> d)."""
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return s.replace("đ", "d").replace("Đ", "D").lower()
