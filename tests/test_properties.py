"""Properties that hold for any input: a record or a documented error, spans inside the input and
pointing at their values, an idempotent normalizer, the same record twice."""
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tdkt_extract import TdktError, extract
from tdkt_extract.normalize import normalize

from conftest import check_grounding

PROPERTY = settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# words of the articles, so generated text reaches the extractors and not only the normalizer
VOCAB = ["Cụm", "Khối", "thi đua", "số", "7", "III", "tổ chức", "Hội nghị", "tổng kết", "sơ kết", "năm", "2023", "Ngày",
         "Sáng", "14/7/2023", "11-2", "tại", "Sở Nội vụ", "Công ty", "Công an tỉnh", "Thanh Hoá", "ông", "bà", "đồng chí",
         "Nguyễn Văn An", "Lê Thị Hà", "Giám đốc", "Phó Chủ tịch", "UBND tỉnh", "phát biểu", "chủ trì", "báo cáo", "dự",
         "gồm", ":", ",", ";", ".", "(", ")", "-", "–", "\n", "\n\n", "Cụm trưởng", "Cụm phó", "làm", "là", "bầu", "đề nghị",
         "tặng", "Cờ thi đua", "Bằng khen", "của Chính phủ", "cho", "được", "suy tôn", "dẫn đầu", "nhất, nhì, ba lần lượt là",
         "ký kết giao ước thi đua", "thống nhất", "nhất trí", "&amp;", "&og", "<p>", "</p>", "“", "”", "Tin, ảnh:", "Ã¡",
         "\u00a0", "\u200b", "o\u0301", "\r\n", "😀", "\u200f", "\x00"]
words = st.lists(st.sampled_from(VOCAB), max_size=60).map(" ".join)
anything = st.text(alphabet=st.characters(codec=None, categories=None), max_size=300)  # surrogates, controls, RTL, emoji


def _record_or_documented_error(text):
    try:
        return extract(text).model_dump(mode="json")
    except (TdktError, TypeError):
        return None


@PROPERTY
@given(st.one_of(words, anything))
@example("tại " * 100_000)
@example("Cụm thi đua " * 100_000)
@example("\ud800\udfff Cụm thi đua số 1")
@example("nhất, nhì, ba lần lượt là Ã¡ \u200b Ã¡")  # (mojibake left as it is, an invisible character dropped inside a value)
def test_a_record_or_a_documented_error_with_grounded_spans(text):
    rec = _record_or_documented_error(text)
    if rec is not None:
        check_grounding(text, rec)


@PROPERTY
@given(st.one_of(words, anything))
@example("<\x1fA>")  # (a tag a deleted control character uncovers)
@example("#\x85a")  # (a heading a joined line break uncovers)
@example("<&#31;b>x")  # (a control character an entity decodes to, inside a tag)
def test_normalizer_is_idempotent_and_maps_inside_the_input(text):
    n = normalize(text)
    assert normalize(n.text).text == n.text
    assert len(n.starts) == len(n.ends) == len(n.text)
    for a, b in zip(n.starts, n.ends):
        assert 0 <= a <= b <= len(text)


@PROPERTY
@given(words)
def test_same_text_same_record(text):
    assert _record_or_documented_error(text) == _record_or_documented_error(text)
