"""The normalizer's rewrites, each with its offsets traced back to the input."""
import pytest

from tdkt_extract.normalize import normalize


@pytest.mark.parametrize("raw,norm", [
    ("Hoà Bình", "Hòa Bình"),  # old-style tone placement at a word's end moves to the first vowel
    ("thuỷ lợi, khoẻ mạnh", "thủy lợi, khỏe mạnh"),
    ("hoá.", "hóa."),
    ("quý, Quỳ Hợp", "quý, Quỳ Hợp"),  # "qu": the u is part of the consonant, the tone stays
    ("hoàn thành, toàn", "hoàn thành, toàn"),  # inside a word: not the old placement
])
def test_old_style_tone_marks(raw, norm):
    n = normalize(raw)
    assert n.text == norm
    assert len(n.text) == len(raw) and n.to_original(0, len(n.text)) == (0, len(raw))
