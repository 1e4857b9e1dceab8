"""Text normalization that remembers where every character came from.

Each step rewrites the text and composes an offset map, so a span of the normalized text
can always be traced back to a span of the ORIGINAL input: ``Normalized.to_original``.
Steps: line endings, HTML tags and entities (and broken entity stumps), Unicode NFC,
invisible characters and odd spaces, modern tone-mark placement (``Hoá`` -> ``Hóa``),
dashes, tokens glued to a date (``14/7/2023tại``), runs of spaces.
"""
from __future__ import annotations

import html
import unicodedata
from functools import lru_cache
from dataclasses import dataclass
from typing import Callable, Sequence

import regex

from .cues import find_all, find_all_words, match_at
from .patterns import PatternTimeout, finditer

__all__ = ["Normalized", "normalize", "clean_value", "fold"]


@dataclass(frozen=True)
class Normalized:
    """Normalized text with, for each of its characters, the [start, end) it covers in the original."""

    original: str
    text: str
    starts: Sequence[int]  # a range while no character moved, else a tuple
    ends: Sequence[int]
    warnings: tuple[str, ...] = ()  # steps skipped because a pattern ran past its time limit

    def to_original(self, a: int, b: int) -> tuple[int, int]:
        """Map a [a, b) span of ``text`` to the [start, end) span of ``original`` it came from."""
        n = len(self.text)
        a = max(0, min(a, n))
        b = max(a, min(b, n))
        if a == b:
            pos = self.starts[a] if a < n else len(self.original)
            return pos, pos
        return self.starts[a], self.ends[b - 1]


_Repl = Callable[["regex.Match[str]"], str]


def _rewrite(text: str, starts: list[int], ends: list[int], pattern, repl: _Repl, one_to_one: bool = False, at=None):
    """Replace each match of ``pattern`` by ``repl(m)``, composing the offset maps.

    Replacement characters map to the whole matched span, or char-for-char when
    ``one_to_one`` (same length). An empty match with a non-empty replacement (an inserted
    space) maps to the position of the character after it. ``at``: the only positions where the
    pattern can match, when the caller knows them (the pattern is tried there, not scanned).
    """
    def matches():
        return finditer(pattern, text) if at is None else match_at(pattern, text, at)

    out: list[str] = []
    ns: list[int] = []
    ne: list[int] = []
    last = 0
    if one_to_one:
        # replacements of the same length leave every offset where it was: only the text changes
        for m in matches():
            a, b = m.span()
            r = repl(m)
            if len(r) != b - a:
                break
            if r != m.group(0):
                out += [text[last:a], r]
                last = b
        else:
            return ("".join(out) + text[last:], starts, ends) if out else (text, starts, ends)
        out, last = [], 0  # a replacement of another length: the general path below
    for m in matches():
        a, b = m.span()
        r = repl(m)
        if r == m.group(0):
            continue
        out.append(text[last:a])
        ns.extend(starts[last:a])
        ne.extend(ends[last:a])
        if one_to_one and len(r) == b - a:
            out.append(r)
            ns.extend(starts[a:b])
            ne.extend(ends[a:b])
        elif r:
            if a < b:
                s0, e0 = starts[a], ends[b - 1]
            else:
                s0 = e0 = starts[a] if a < len(starts) else (ends[-1] if ends else 0)
            out.append(r)
            ns.extend([s0] * len(r))
            ne.extend([e0] * len(r))
        last = b
    if last == 0 and not out:
        return text, starts, ends
    out.append(text[last:])
    ns.extend(starts[last:])
    ne.extend(ends[last:])
    return "".join(out), ns, ne


_BLOCK_TAG_NAMES = frozenset("p div br li ul ol tr td th h1 h2 h3 h4 h5 h6 section article header footer table blockquote figure "
                             "figcaption".split())
_RE_CRLF = regex.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")
_RE_TAG = regex.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]{0,15})\b[^<>]{0,2000}>|<!--.{0,20000}?-->", regex.S)
_RE_ENTITY = regex.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});")
# a broken entity such as "&og" left where a page was cut: dropped
_RE_ENTITY_STUMP = regex.compile(r"&(?:[a-z]{2,8}|#[0-9]{1,5})(?=\s|$)")
_RE_COMBINING = regex.compile(r"\P{M}\p{M}+")
_RE_INVISIBLE = regex.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u202a-\u202e\u2066-\u2069\x00-\x08\x0e-\x1f\x7f]+")
_RE_SPACES = regex.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
# tone on the second vowel of an open "oa", "oe", "uy" syllable moves to the first (Hoá -> Hóa)
_RE_TONE = regex.compile(
    r"(?<![qQ])([oO])([àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ])(?!\p{L})|(?<![qQ])([uU])([ỳýỷỹỵỲÝỶỸỴ])(?!\p{L})"
)
_RE_DASH = regex.compile(r"[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d]")
_RE_GLUED = regex.compile(r"(?<=\d)(?=(?:tại|Tại|ngày|đã|và|với)\b)")
_RE_MULTISPACE = regex.compile(r" {2,}")
_RE_LINE_EDGE_SPACE = regex.compile(r"(?m)^ +| +$")
_RE_MANY_NEWLINES = regex.compile(r"\n{3,}")

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


_TONES = {"\u0300", "\u0301", "\u0309", "\u0303", "\u0323"}


def _move_tone(first: str, second: str) -> str:
    d2 = unicodedata.normalize("NFD", second)
    tone = [c for c in d2 if c in _TONES]
    base2 = "".join(c for c in d2 if c not in _TONES)
    return unicodedata.normalize("NFC", first + "".join(tone)) + unicodedata.normalize("NFC", base2)


def _tone_repl(m: "regex.Match[str]") -> str:
    if m.group(1):
        return _move_tone(m.group(1), m.group(2))
    return _move_tone(m.group(3), m.group(4))


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
               **{ord(c): "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"}}


_ONE_TO_ONE_CHARS = frozenset(chr(c) for c in _ONE_TO_ONE)
_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f" + "".join(map(chr, range(0x202a, 0x202f)))
                       + "".join(map(chr, range(0x2066, 0x206a))) + "".join(map(chr, range(0x00, 0x09)))
                       + "".join(map(chr, range(0x0e, 0x20))) + "\x7f")
# the letter pairs _RE_TONE rewrites: a cheap test of whether it has anything to do
_TONE_PAIRS = tuple(o + v for o in "oO" for v in "àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ") + tuple(u + v for u in "uU" for v in "ỳýỷỹỵỲÝỶỸỴ")
_DASHES = frozenset(c for c in _ONE_TO_ONE_CHARS if c.isprintable())


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


_GLUE_WORDS = ("tại", "Tại", "ngày", "đã", "và", "với")


def _glued(text: str) -> bool:
    """Whether a digit runs straight into one of _RE_GLUED's words ("14/7/2023tại")."""
    for w in _GLUE_WORDS:
        i = text.find(w, 1)
        while i != -1:
            if text[i - 1].isdigit():
                return True
            i = text.find(w, i + 1)
    return False


# page regions that never hold the article (HTML input): dropped with their content
_RE_NONCONTENT = regex.compile(
    r"<(script|style|noscript|template|nav|header|footer|aside|form|iframe|svg|select|button|title)\b[^>]{0,2000}>.{0,200000}?</\1\s*>"
    r"|<!--.{0,20000}?-->",
    regex.I | regex.S,
)


_FIRST_CHARS = {_RE_NONCONTENT: "<", _RE_CRLF: "\r\u2028\u2029\x0b\x0c\x85", _RE_TAG: "<", _RE_ENTITY: "&", _RE_ENTITY_STUMP: "&"}


def normalize(original: str, *, strip_tags: bool = True, drop_regions: bool = False) -> Normalized:
    """Normalize ``original`` for extraction; idempotent on its own output.

    A step runs only when the text holds what it rewrites, so clean text costs a few scans.
    """
    text = original
    skipped: list[str] = []

    def step(text, starts, ends, pattern, *args):
        try:
            return _rewrite(text, starts, ends, pattern, *args)
        except PatternTimeout:  # hostile input: this step is skipped, the rest still runs
            skipped.append(f"normalize: a step ran past its time limit and was skipped ({pattern.pattern[:40]})")
            return text, starts, ends

    # ranges until a step moves characters (most texts need no list of offsets at all)
    starts: "Sequence[int]" = range(len(text))
    ends: "Sequence[int]" = range(1, len(text) + 1)
    steps: list[tuple[object, _Repl, bool]] = []
    if drop_regions and "<" in text:
        steps.append((_RE_NONCONTENT, lambda m: "\n", False))
    if any(c in text for c in "\r\u2028\u2029\x0b\x0c\x85"):
        steps.append((_RE_CRLF, lambda m: "\n", False))
    if strip_tags and "<" in text:
        steps.append((_RE_TAG, _tag_repl, False))
    if "&" in text:
        steps.append((_RE_ENTITY, _entity_repl, False))
        steps.append((_RE_ENTITY_STUMP, lambda m: "", False))
    for pattern, repl, one in steps:
        # each of these patterns starts with one of a few characters: it is tried there only, unless
        # they are so many (a page of markup) that one scan costs less than a try at each
        at = find_all(text, _FIRST_CHARS[pattern])
        text, starts, ends = step(text, starts, ends, pattern, repl, one, at if len(at) <= 2_000 else None)
    if _has_mojibake(text):
        text, starts, ends = step(text, starts, ends, _RE_MOJIBAKE, _mojibake_repl, False)
    if not unicodedata.is_normalized("NFC", text):
        text, starts, ends = step(text, starts, ends, _RE_COMBINING, _nfc_repl, False)
    # each step below runs only when its characters are present; a text with no control, format or
    # odd space character (the usual case: a C-level check) can only hold the one-to-one dashes
    if text.replace("\n", "").isprintable():
        chars = {c for c in _DASHES if c in text}
    else:
        chars = set(text)
    if not chars.isdisjoint(_INVISIBLE):
        text, starts, ends = step(text, starts, ends, _RE_INVISIBLE, lambda m: "", False)
    for c in chars & _ONE_TO_ONE_CHARS:  # str.replace of the few present: far cheaper than translate
        text = text.replace(c, _ONE_TO_ONE[ord(c)])
    # each condition is read on the text as the steps before it left it
    late = [
        (lambda s: any(p in s for p in _TONE_PAIRS), _RE_TONE, _tone_repl, True),
        (_glued, _RE_GLUED, lambda m: " ", False),
        (_double_spaces, _RE_MULTISPACE, lambda m: " ", False),
        (_line_edge_spaces, _RE_LINE_EDGE_SPACE, lambda m: "", False),
        (lambda s: _runs(s, "\n\n\n"), _RE_MANY_NEWLINES, lambda m: "\n\n", False),
    ]
    for needed, pattern, repl, one in late:
        at = needed(text)
        if at:
            text, starts, ends = step(text, starts, ends, pattern, repl, one, at if isinstance(at, list) else None)
    if not isinstance(starts, range):
        starts, ends = tuple(starts), tuple(ends)
    return Normalized(original, text, starts, ends, tuple(skipped))


_DASH_CHARS = frozenset("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d")
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
    if not _DASH_CHARS.isdisjoint(s):
        s = _RE_DASH.sub("-", s)
    if "  " in s or not s.isprintable():  # a printable value has no white space but single spaces
        s = _RE_WS.sub(" ", s)
    if "-" in s:
        s = _RE_DASH_SPACING.sub(" - ", s)
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


@lru_cache(maxsize=8192)
def fold(s: str) -> str:
    """Accent- and case-free form for comparisons (đ -> d)."""
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return s.replace("đ", "d").replace("Đ", "D").lower()
