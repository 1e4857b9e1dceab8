"""Cheap tests placed before a costly pattern give the pattern's answer."""
from hypothesis import given, settings
from hypothesis import strategies as st

from tdkt_extract import segment as S

_DATE_BITS = ["0", "1", "2", "9", "12", "2023", "/", ".", "-", " ", "tháng", "Tháng", "Th", "th", "Bảy", ",", "năm",
              "2023-07-10", " 08:07", "đăng", "ngày", ":", "date ", "a", "٣", "²", "Ⅻ"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_DATE_BITS), max_size=14).map("".join))
def test_meta_date_equals_the_pattern(s):
    assert (S._meta_date(s) is None) == (S._RE_META_DATE.search(s) is None)
    if S._meta_date(s) is not None:
        assert S._meta_date(s).span() == S._RE_META_DATE.search(s).span()
