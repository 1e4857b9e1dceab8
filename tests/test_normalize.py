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


def test_a_hard_wrap_after_a_word_no_line_ends_with_is_a_space():
    from tdkt_extract.normalize import normalize
    n = normalize("Tổng kết năm\n\nHội nghị bầu cụm trưởng năm\n2025 là\nUBND huyện Lạc Sơn. Xong\nCâu mới")
    assert n.text == "Tổng kết năm\n\nHội nghị bầu cụm trưởng năm 2025 là UBND huyện Lạc Sơn. Xong\nCâu mới"
