"""The NER fallback: a bounded number of calls a document, and never a place name as a person."""
import time

import pytest

underthesea = pytest.importorskip("underthesea")

from tdkt_extract import extract  # noqa: E402
from tdkt_extract.extractors import people  # noqa: E402


@pytest.fixture
def ner_calls(monkeypatch):
    calls = []
    real = underthesea.ner

    def counting(text, *a, **kw):
        calls.append(text)
        return real(text, *a, **kw)

    monkeypatch.setattr(underthesea, "ner", counting)
    return calls


def test_calls_are_capped_per_document(ner_calls):
    text = "Cụm thi đua số 7 tổ chức hội nghị. " + " ".join(f"Bà Y{chr(65 + i % 26)}a Niê phát biểu ý kiến lần {i}." for i in range(60))
    rec = extract(text)
    assert len(ner_calls) == people.MAX_NER_CALLS
    assert any(w.code == "ner_capped" and "NER fallback stopped" in w.message for w in rec.warnings)


def test_a_province_that_opens_like_an_honorific_is_not_a_person(ner_calls):
    text = ("Ngày 3/6/2025, Cụm thi đua số 5 tổ chức Hội nghị sơ kết. Đại diện tỉnh Bà Rịa - Vũng Tàu phát biểu "
            "chia sẻ kinh nghiệm. Ông Phạm Minh Quân, Giám đốc Sở Tài chính, phát biểu kết luận.")
    rec = extract(text)
    names = [p.name for p in rec.people]
    assert "Phạm Minh Quân" in names
    assert not any("Tàu" in n or "Rịa" in n for n in names)
    assert ner_calls == []  # the place never sent its sentence to the NER


def test_many_province_mentions_stay_fast():
    extract("Ông Lê Văn Hải phát biểu.")  # the model loads once, outside the guard
    text = "Cụm thi đua số 2 họp. " + "Đoàn tỉnh Bà Rịa - Vũng Tàu và bà Rịa phát biểu. " * 1000
    t0 = time.perf_counter()
    rec = extract(text)
    assert time.perf_counter() - t0 < 20  # a generous guard; figures in benchmarks/adversarial.py
    assert not any("Vũng Tàu" in p.name for p in rec.people)


def test_an_honorific_before_a_position_title_asks_no_ner(ner_calls):
    text = ("Ngày 12/12/2024, Cụm thi đua số 2 tổ chức hội nghị tổng kết công tác thi đua năm 2024. "
            "Về nhiệm vụ năm 2025, đồng chí Phó Chủ tịch UBND huyện đề nghị các đơn vị tiếp tục thực hiện tốt phong trào.")
    rec = extract(text)
    assert ner_calls == []  # the person is named by position only: there is no name to find
    assert rec.people == []


def test_a_name_spelled_again_without_its_tone_mark_is_known_and_asks_no_ner(ner_calls):
    text = ("Ngày 3/6/2025, Khối thi đua số 2 tổ chức Hội nghị sơ kết. Dự và chỉ đạo có đồng chí đại tá Lê Văn Sau, "
            "Phó Giám đốc Công an tỉnh. Phát biểu chỉ đạo, đồng chí Đại tá Lê Văn Sáu yêu cầu các đơn vị tiếp tục phát huy.")
    rec = extract(text)
    assert [p.name for p in rec.people] == ["Lê Văn Sau"]
    assert ner_calls == []
