"""trie_alternation matches what alternation matches, wherever a pattern holds it, with or without IGNORECASE."""
import regex
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tdkt_extract import lexicon
from tdkt_extract.patterns import alternation, trie_alternation

WORDS = ["Sở", "Sở Y tế", "Sư đoàn", "Tổng Công ty", "Tổng công ty", "Công ty", "công an", "TP.", "TP", "Bà Rịa - Vũng Tàu",
         "Bà", "Ban", "I", "i", "Ia", "ıb", "s", "ſx", "K"]
TEXT = ("Sở Y tế, SỞ Y TẾ và sở y, Sư đoàn 3, TỔNG CÔNG TY X, Tổng công tyx, công an, CÔNG AN huyện, TP. Huế, TP Huế, "
        "Bà Rịa - Vũng Tàu, bà Ban, İa ıa Ia ıB ſX Sx k K")
# continuations that make the alternation give back a shorter word, or none
FRAMES = [r"(?<!\p{L})(%s)(?!\p{L})", r"(%s)\s+\p{Lu}", r"(%s)(?:\s+\p{L}+)?,", r"(?=(%s))\S", r"\b(?:%s)\b"]


def _same(a: "regex.Pattern[str]", b: "regex.Pattern[str]", text: str) -> None:
    sig = lambda m: None if m is None else (m.span(), m.groups())
    assert [sig(m) for m in a.finditer(text)] == [sig(m) for m in b.finditer(text)]
    for p in range(len(text)):
        assert sig(a.match(text, p)) == sig(b.match(text, p))


@pytest.mark.parametrize("flags", [0, regex.IGNORECASE])
@pytest.mark.parametrize("frame", FRAMES)
def test_same_matches_as_the_alternation(frame, flags):
    a = regex.compile(frame % alternation(WORDS), flags)
    b = regex.compile(frame % trie_alternation(WORDS), flags)
    _same(a, b, TEXT)


@pytest.mark.parametrize("name", ["unit_heads.txt", "positions.txt", "fields.txt", "surnames.txt", "ranks.txt"])
def test_lexicons(name):
    words = lexicon.words(name)
    text = " ".join(words) + " " + " ".join(w.upper() for w in words) + ". " + ", ".join(w.lower() + "a" for w in words)
    for flags in (0, regex.IGNORECASE):
        for frame in FRAMES[:3]:
            _same(regex.compile(frame % alternation(words), flags), regex.compile(frame % trie_alternation(words), flags), text)


def test_shares_prefixes_and_keeps_case_variants_apart():
    assert trie_alternation(["Sở", "Sư đoàn"]) == r"(?:S(?:ư\ đoàn|ở))"
    assert trie_alternation(["Sở", "Sở Y tế"]) == r"(?:Sở(?:\ Y\ tế)?)"
    # one letter in two cases cannot be two branches (IGNORECASE would match both): one alternation, longest first
    assert trie_alternation(["Công ty", "công"]) == r"(?:(?:Công\ ty|công))"


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="aAbBiIİıſsSkKǅǆǄßẞΩωΩ đĐ.-", min_size=1, max_size=5), min_size=1, max_size=8),
       st.text(alphabet="aAbBiIİıſsSkKǅǆǄßẞΩωΩ đĐ.-x", max_size=40))
def test_random_words(words, text):
    for flags in (0, regex.IGNORECASE):
        for frame in FRAMES:
            _same(regex.compile(frame % alternation(words), flags), regex.compile(frame % trie_alternation(words), flags), text)
