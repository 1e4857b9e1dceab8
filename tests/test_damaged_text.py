"""Damaged text: lone surrogates and mis-decoded UTF-8 (three ways) are repaired, and every evidence
span still points at the damaged input as given."""
import json
from pathlib import Path

import ftfy.bad_codecs  # noqa: F401  the browser's windows-1252 (undefined bytes kept as C1 controls)
import pytest

from tdkt_extract import extract
from tdkt_extract.normalize import normalize, replace_surrogates

ARTICLE = ("Hội nghị tổng kết Cụm thi đua số 4 năm 2024\n\n"
           "Sáng 15/1/2025, tại Sở Giáo dục và Đào tạo, Cụm thi đua số 4 tổ chức Hội nghị tổng kết công tác thi đua, "
           "khen thưởng năm 2024. Ông Nguyễn Văn Thưởng, Giám đốc Sở Giáo dục và Đào tạo, Cụm trưởng, phát biểu "
           "“khai mạc” hội nghị. Hội nghị đã bầu Sở Y tế làm Cụm trưởng năm 2025…")

DAMAGE = {
    "latin-1": ("latin-1",),  # an HTTP client reading text/html without a charset
    "windows-1252": ("sloppy-windows-1252",),  # the browser way: 0x81 0x8D 0x8F 0x90 0x9D kept
    "double": ("sloppy-windows-1252", "sloppy-windows-1252"),  # damaged, saved as UTF-8, damaged again
}


def damage(text: str, codecs) -> str:
    for c in codecs:
        text = text.encode("utf-8").decode(c)
    return text


def undo(text: str, codecs) -> str:
    for c in reversed(codecs):
        text = text.encode(c).decode("utf-8")
    return text


def _same_record(clean: str, damaged: str, codecs) -> None:
    c = extract(clean).model_dump(mode="json")
    d = extract(damaged).model_dump(mode="json")
    ce, de = c.pop("evidence"), d.pop("evidence")
    assert d == c
    assert de.keys() == ce.keys()
    for path in ce:
        for (a, b), (x, y) in zip(ce[path], de[path]):
            # the damaged span, undamaged, is exactly the clean span: it covers the same characters
            assert undo(damaged[x:y], codecs) == clean[a:b], path


@pytest.mark.parametrize("kind", list(DAMAGE))
def test_mojibake_gives_the_clean_record_with_spans_into_the_damage(kind):
    damaged = damage(ARTICLE, DAMAGE[kind])
    assert damaged != ARTICLE and "Nguyễn" not in damaged
    assert normalize(damaged).text == normalize(ARTICLE).text
    _same_record(ARTICLE, damaged, DAMAGE[kind])


def test_latin1_damage_holds_c1_characters_the_line_ending_step_would_misread():
    # "ễ" is E1 BB 85 in UTF-8: as Latin-1 its last byte is U+0085, a line break to Unicode
    damaged = damage("Ông Nguyễn Văn An", ("latin-1",))
    assert "\x85" in damaged
    n = normalize(damaged)
    assert n.text == "Ông Nguyễn Văn An"
    i = n.text.index("Nguyễn")
    a, b = n.to_original(i, i + len("Nguyễn"))
    assert undo(damaged[a:b], ("latin-1",)) == "Nguyễn"


def test_clean_vietnamese_with_odd_punctuation_is_left_alone():
    # each "à…", "ồ“" looks like a damaged pair to the cheap test: ftfy is asked, and says no
    from tdkt_extract.normalize import _RE_MOJI_PAIR
    text = "Đó là… và… “Cụm thi đua” à, ồ“ Giá 5€, 3½ giờ, ©, °C."
    assert len(_RE_MOJI_PAIR.findall(text)) >= 2
    assert normalize(text).text == text


@pytest.mark.parametrize("kind", list(DAMAGE))
def test_the_repo_fixtures_survive_each_damage(kind):
    fixtures = sorted((Path(__file__).resolve().parents[1] / "fixtures").glob("*.txt"))[:12]
    assert fixtures
    for f in fixtures:
        clean = f.read_text(encoding="utf-8")
        _same_record(clean, damage(clean, DAMAGE[kind]), DAMAGE[kind])


def test_lone_surrogates_become_replacement_characters_in_place():
    text = "Cụm thi đua số 2\ud83d tổ chức hội nghị \udcff.\ud800"
    n = normalize(text)
    assert "\ufffd" in n.text and not any(0xD800 <= ord(c) <= 0xDFFF for c in n.text)
    assert len(replace_surrogates(text)) == len(text)
    rec = extract(text)
    json.dumps(rec.model_dump(mode="json"), ensure_ascii=False).encode("utf-8")  # valid UTF-8 JSON
    rec.model_dump_json()
    a, b = rec.evidence["cluster.name"][0]
    assert text[a:b].startswith("Cụm thi đua số 2")


def test_a_surrogate_in_html_input_is_repaired_too():
    pytest.importorskip("selectolax")
    page = "<html><body><article><p>Cụm thi đua số 6 tổ chức Hội nghị sơ kết\ud800 năm 2025 tại Sở Tài chính.</p></article></body></html>"
    rec = extract(page)
    rec.model_dump_json()
    assert rec.cluster.number == 6


@pytest.mark.parametrize("hidden", ["\u200b", "\x08"])
def test_damage_split_by_an_invisible_character_is_repaired_and_normalize_stays_idempotent(hidden):
    damaged = damage(ARTICLE, ("latin-1",))
    i = damaged.index("Nguy") + len("Nguy") + 1  # inside the three characters of "ễ"
    damaged = damaged[:i] + hidden + damaged[i:]
    n = normalize(damaged)
    assert "Nguyễn Văn Thưởng" in n.text
    assert normalize(n.text).text == n.text
    j = n.text.index("Nguyễn")
    a, b = n.to_original(j, j + len("Nguyễn"))
    assert undo(damaged[a:b].replace(hidden, ""), ("latin-1",)) == "Nguyễn"
