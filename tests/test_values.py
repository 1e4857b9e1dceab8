"""Value cleaning as the contract states it: single spaces, ' - ', no surrounding punctuation."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tdkt_extract.normalize import clean_value


@pytest.mark.parametrize("raw,clean", [
    ("  Công ty A– B. ", "Công ty A - B"),
    ("(Trưởng khối)", "Trưởng khối"),
    ("TP. Tam Kỳ (Quảng Nam),", "TP. Tam Kỳ (Quảng Nam)"),
    ("“Cờ thi đua của Bộ Xây dựng”", "Cờ thi đua của Bộ Xây dựng"),
    ("ký kết giao ước thi đua “Vì an ninh Tổ quốc”.", "ký kết giao ước thi đua “Vì an ninh Tổ quốc”"),
    ('phong trào "Vì an ninh Tổ quốc', "phong trào \"Vì an ninh Tổ quốc"),
    ("Ban Thi đua -Khen thưởng", "Ban Thi đua - Khen thưởng"),
    ("Công an tỉnh BR-VT", "Công an tỉnh BR-VT"),
])
def test_clean_value(raw, clean):
    assert clean_value(raw) == clean


def test_headline_quote_kept_when_it_closes_one(rec):
    r = rec('Cụm thi đua số 3 ký kết giao ước thi đua "Vì an ninh Tổ quốc"\nSáng 22/2/2024, tại Công an tỉnh Long An, '
            "Cụm thi đua số 3 tổ chức Lễ ký kết giao ước thi đua năm 2024.")
    assert r["title"] == 'Cụm thi đua số 3 ký kết giao ước thi đua "Vì an ninh Tổ quốc"'
    assert [d["text"] for d in r["decisions"]] == ["Sáng 22/2/2024, tại Công an tỉnh Long An, Cụm thi đua số 3 tổ chức Lễ ký kết giao ước thi đua năm 2024"]


@pytest.mark.parametrize("raw,clean", [
    ("Sở Y tế - Khối 3", "Sở Y tế - Khối 3"),  # already clean: returned as it is
    ("A - B -C", "A - B - C"),  # one dash spaced, one not
    ("A -  - B", "A - - B"),
    ("Khối 3 -", "Khối 3"),
])
def test_clean_value_dash_spacing(raw, clean):
    assert clean_value(raw) == clean


_PIECES = ["Sở", "Y tế", " ", "  ", "-", " - ", "–", "(", ")", ".", ",", '"', "“", "”", "\n", "\u00a0", "3", "Khối"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join))
def test_clean_value_is_idempotent_and_trimmed(raw):
    v = clean_value(raw)
    assert clean_value(v) == v
    assert v == v.strip() and "  " not in v and "\n" not in v
    assert not v.endswith(("-", ",", ".")) and not v.startswith(("-", ",", "."))
