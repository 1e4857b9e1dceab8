"""Guards on x38c2's election at a year's opening meeting (cluster._elected_for_year_opened): a later period written in
words keeps the role next; a future modal in another unit's clause says nothing of the elected unit's period."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from tdkt_extract import extract
from record_views import roles

OPENING = "Ngày 14/3/2025, Khối thi đua số 7 tổ chức hội nghị ký kết giao ước thi đua năm 2025.\n"


def rec(text: str) -> dict:
    return extract(text).model_dump()


def test_c2_1_term_after_next_in_words_stays_next():
    r = rec(OPENING + "Hội nghị bầu Sở Tư pháp làm Khối trưởng, Sở Xây dựng làm Khối phó cho nhiệm kỳ tiếp sau.")
    assert roles(r) == {"next_chair": "Sở Tư pháp", "next_vice_chair": "Sở Xây dựng"}


def test_c2_2_term_coming_next_stays_next():
    r = rec(OPENING + "Các đơn vị đã bầu Sở Tài nguyên và Môi trường làm Khối trưởng trong nhiệm kỳ kế đến.")
    assert roles(r) == {"next_chair": "Sở Tài nguyên và Môi trường"}


def test_c2_3_year_after_in_words_stays_next():
    r = rec(OPENING + "Hội nghị suy tôn Sở Công Thương làm Khối trưởng cho năm tiếp sau.")
    assert roles(r) == {"next_chair": "Sở Công Thương"}


def test_c2_4_future_modal_of_another_clause():
    r = rec(OPENING + "Sở Văn hóa, Thể thao và Du lịch được các thành viên nhất trí cử làm Khối trưởng, Sở Ngoại vụ sẽ giữ vai trò Khối phó.")
    assert roles(r).get("chair") == "Sở Văn hóa, Thể thao và Du lịch"
    assert "next_chair" not in roles(r)
