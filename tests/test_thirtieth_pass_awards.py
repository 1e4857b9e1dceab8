"""Award forms of the thirtieth pass (and the roles they touch), each on an invented example."""
import pytest

LEAD = "Ngày 9/1/2025, Khối thi đua số 6 tỉnh Lạng Sơn tổ chức hội nghị tổng kết năm 2024.\n"


def _awards(r):
    return [(a["recipient"], a["award"], a["status"]) for a in r["awards"]]


@pytest.mark.parametrize("adverb", ["cũng", "đều", "cũng đã"])
def test_an_adverb_before_duoc_is_no_part_of_the_award(rec, adverb):
    r = rec(LEAD + f"Bằng khen của Thủ tướng Chính phủ {adverb} được trao cho Kho bạc Nhà nước tỉnh.")
    assert _awards(r) == [("Kho bạc Nhà nước tỉnh", "Bằng khen của Thủ tướng Chính phủ", "conferred")]


def test_awards_joined_before_lan_luot_cho_are_paired_in_turn(rec):
    r = rec(LEAD + "Hội nghị đề nghị tặng Cờ thi đua của UBND tỉnh và Bằng khen của Chủ tịch UBND tỉnh lần lượt "
            "cho Sở Giáo dục và Đào tạo và Sở Tài chính.")
    assert _awards(r) == [("Sở Giáo dục và Đào tạo", "Cờ thi đua của UBND tỉnh", "proposed"),
                          ("Sở Tài chính", "Bằng khen của Chủ tịch UBND tỉnh", "proposed")]
    r = rec(LEAD + "Hội nghị đề nghị tặng Cờ thi đua và Bằng khen lần lượt cho Sở Công Thương và Sở Nội vụ.")
    assert _awards(r) == [("Sở Công Thương", "Cờ thi đua", "proposed"), ("Sở Nội vụ", "Bằng khen", "proposed")]
