"""One scan per document for every cue word the extractors look for.

Running a pattern that starts with a long alternation (position titles, award names, unit
nouns) over a whole article costs a regex attempt at every character. Instead each extractor
registers its word lists here as a named vocabulary; the first document builds one Aho-Corasick
automaton (pyahocorasick, in C) over all of them, and each document is scanned once, in
lower case. Extractors then ask where a vocabulary's words occur and run their patterns only
there (:func:`match_at`), with the same matches a whole-text pass would give.

Case: the index reads ``str.lower``, while ``regex.IGNORECASE`` also folds a few characters that
lower-casing keeps apart (the long s, "ſ", matches "s"); such a letter in a cue word goes unseen.
Vietnamese text holds none of them.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Callable, Iterable, Iterator

import ahocorasick
import regex

from . import patterns

_VOCABS: dict[str, Callable[[], Iterable[str]]] = {}
_automaton = None


def vocabulary(name: str, words: Callable[[], Iterable[str]]) -> str:
    """Register a vocabulary: ``words`` is called once, when the automaton is built (lexicons load
    lazily). Returns ``name``, the key to query it by."""
    global _automaton
    if _VOCABS.get(name) is not words:
        _VOCABS[name] = words
        _automaton = None
    return name


def _build():
    """The automaton over every registered word; each word's value is (its length, the numbers of
    the vocabularies that hold it), numbers indexing ``names``."""
    a = ahocorasick.Automaton()
    names = list(_VOCABS)
    entries: dict[str, set[int]] = {}
    for i, name in enumerate(names):
        for w in _VOCABS[name]():
            w = lower(w)
            if w:
                entries.setdefault(w, set()).add(i)
    for w, ids in entries.items():
        a.add_word(w, (len(w), tuple(sorted(ids))))
    if not entries:
        a.add_word("\x00", (1, ()))  # an automaton needs one word
    a.make_automaton()
    return a, names


def lower(text: str) -> str:
    """Lower case with every character kept at its offset (``str.lower`` may lengthen a few)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


class CueIndex:
    """Where each vocabulary's words occur in one text: sorted [start, end) spans, overlaps kept."""

    def __init__(self, text: str):
        global _automaton
        if _automaton is None:
            _automaton = _build()
        automaton, names = _automaton
        self.text = text
        self.lower = lower(text)
        hits: list[list[tuple[int, int]]] = [[] for _ in names]
        for end, (n, ids) in automaton.iter(self.lower):
            span = (end + 1 - n, end + 1)
            for i in ids:
                hits[i].append(span)
        self._hits = dict(zip(names, hits))  # in order of their ends: sorted by start on first use
        # per vocabulary, sorted on first use: whole words only, and every occurrence
        self._words: dict[str, tuple[list[tuple[int, int]], list[int]]] = {}
        self._all: dict[str, tuple[list[tuple[int, int]], list[int]]] = {}
        self._sets: dict[str, frozenset[int]] = {}
        self._chars: dict[str, list[int]] = {}

    def _lists(self, vocab: str, word: bool) -> tuple[list[tuple[int, int]], list[int]]:
        memo = self._words if word else self._all
        got = memo.get(vocab)
        if got is None:
            spans = sorted(self._hits[vocab])
            if word:
                low = self.lower
                n = len(low)
                spans = [(a, b) for a, b in spans if (a == 0 or not low[a - 1].isalpha()) and (b >= n or not low[b].isalpha())]
            got = memo[vocab] = (spans, [a for a, _ in spans])
        return got

    def spans(self, vocab: str, lo: int = 0, hi: int | None = None, *, word: bool = True) -> list[tuple[int, int]]:
        """The spans of the vocabulary's words that start in [lo, hi); with ``word``, only those not
        inside a longer word (no letter right before or after)."""
        spans, starts = (self._words if word else self._all).get(vocab) or self._lists(vocab, word)
        if not starts:
            return []
        i = bisect_left(starts, lo) if lo > 0 else 0
        j = len(starts) if hi is None else bisect_left(starts, hi, i)
        return spans[i:j]

    def starts(self, vocab: str) -> frozenset[int]:
        """Where the vocabulary's whole words start, as a set (for "does one start here?")."""
        got = self._sets.get(vocab)
        if got is None:
            got = self._sets[vocab] = frozenset(self._lists(vocab, True)[1])
        return got

    def search(self, pattern: "regex.Pattern[str]", vocab: str, lo: int, hi: int) -> "regex.Match[str] | None":
        """``search(pattern, text, lo, hi)`` for a pattern whose every match starts with one of the
        vocabulary's words: tried at those words only."""
        spans = self.spans(vocab, lo, hi, word=False)
        if not spans:  # the usual case: not one of the words in [lo, hi)
            return None
        # match_at's first match, without its generator: the spans are sorted by start, so the
        # words' starts are tried in order, each once
        text, pm, prev = self.text, pattern.match, -1
        timed = hi - lo > patterns.UNTIMED
        for a, _ in spans:
            if a == prev:
                continue
            prev = a
            m = _timed_match(pattern, text, a, hi) if timed else pm(text, a, hi)
            if m is not None:
                return m
        return None

    def sentences_with(self, vocab: str, sents: list, *, word: bool = True,
                       pattern: "regex.Pattern[str] | None" = None) -> set[int]:
        """The indexes of ``sents`` (in text order) that hold one of the vocabulary's words: one pass
        over the words instead of a question per sentence. With ``pattern`` (one whose matches
        start with those words), only the sentences where it matches at one of them, within the
        sentence."""
        if not sents:
            return set()
        starts = [s.start for s in sents]
        out: set[int] = set()
        for a, _ in self.spans(vocab, sents[0].start, sents[-1].end, word=word):
            k = bisect_right(starts, a) - 1
            if k < 0 or k in out or a >= sents[k].end:
                continue
            if pattern is None or pattern.match(self.text, a, sents[k].end) is not None:
                out.add(k)
        return out

    def chars(self, chars: str, lo: int = 0, hi: int | None = None) -> list[int]:
        """Where any of ``chars`` occurs in [lo, hi), in order: the text is searched once per set of
        characters, then each range is a slice (for the sets asked of every sentence or line)."""
        got = self._chars.get(chars)
        if got is None:
            got = self._chars[chars] = sorted(find_all(self.text, chars))
        i = bisect_left(got, lo) if lo > 0 else 0
        j = len(got) if hi is None else bisect_left(got, hi, i)
        return got[i:j]

    def has(self, vocab: str, lo: int = 0, hi: int | None = None, *, word: bool = True) -> bool:
        return bool(self.spans(vocab, lo, hi, word=word))


def find_all(text: str, chars: str, a: int = 0, b: int | None = None) -> list[int]:
    """Positions of each of ``chars`` in text[a:b] (``str.find``: far cheaper than a regex scan)."""
    return find_all_words(text, chars, a, b)


def find_all_words(text: str, words: Iterable[str], a: int = 0, b: int | None = None) -> list[int]:
    """Where each of ``words`` occurs in text[a:b] (``str.find``), in no particular order."""
    b = len(text) if b is None else b
    out = []
    for w in words:
        i = text.find(w, a, b)
        while i != -1:
            out.append(i)
            i = text.find(w, i + 1, b)
    return out


def space_before(text: str, i: int, lo: int = 0) -> int:
    """The start of the run of white space that ends at ``i`` (``i`` itself when there is none).
    ``str.isspace`` also counts the separators U+001C-U+001F, which regex's ``\\s`` does not:
    anchors for ``\\s`` patterns are taken on the normalized text, which holds none of them (the
    shadow text masks with U+001F)."""
    while i > lo and text[i - 1].isspace():
        i -= 1
    return i


def _timed_match(pattern: "regex.Pattern[str]", text: str, p: int, hi: int) -> "regex.Match[str] | None":
    """``pattern.match(text, p, hi)`` with the time limit; a timeout becomes PatternTimeout."""
    try:
        return pattern.match(text, p, hi, timeout=patterns.limit())
    except TimeoutError as e:
        raise patterns.PatternTimeout(pattern.pattern[:80]) from e


def match_at(pattern: "regex.Pattern[str]", text: str, starts: Iterable[int], lo: int = 0,
             hi: int | None = None, *, short: bool = False) -> Iterator["regex.Match[str]"]:
    """``finditer(pattern, text, lo, hi)`` for a pattern that can only start at one of ``starts``
    (the anchors of its leading words): the pattern is tried at those positions only, in order,
    and yields the same matches, none overlapping, that a scan of [lo, hi) would (a pattern that
    matches empty, such as a lookaround alone, yields its empty match at each position where it
    holds; each position is tried once). ``short``: the caller's
    word that a try of this pattern can only run a short way (its parts are bounded), so it needs
    no time limit however long [lo, hi) is."""
    hi = len(text) if hi is None else hi
    last = lo
    pm = pattern.match  # bound once: this loop runs for every cue word of a document
    timed = not short and hi - lo > patterns.UNTIMED
    if not (starts.__class__ is list and len(starts) < 2):  # (most calls try one start or none)
        starts = sorted(set(starts))
    for p in starts:
        if p < last or p >= hi:
            continue
        m = _timed_match(pattern, text, p, hi) if timed else pm(text, p, hi)
        if m is not None:
            yield m
            last = m.end()
