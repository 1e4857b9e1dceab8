"""Award forms of the twenty-sixth pass, each on an invented example."""
import pytest

LEAD = "Hội nghị tổng kết công tác thi đua năm 2024 của Cụm thi đua số 9.\n"


def _awards(r):
    return [(a["recipient"], a["award"], a["status"]) for a in r["awards"]]


@pytest.mark.parametrize("ref", ["theo Quyết định số 407/QĐ-TTg ngày 11/3/2024 của Thủ tướng Chính phủ",
                                 "theo QĐ số 407/QĐ-BTC", "tại Quyết định 407/QĐ-BTC ngày 11/3/2024"])
def test_the_decision_an_award_was_given_by_ends_its_recipient(rec, ref):
    r = rec(LEAD + f"Dịp này, Thứ trưởng đã trao Cờ thi đua của Bộ Tài chính cho Cục Hải quan tỉnh Điện Biên {ref}.")
    assert _awards(r) == [("Cục Hải quan tỉnh Điện Biên", "Cờ thi đua của Bộ Tài chính", "conferred")]


@pytest.mark.parametrize("verb", ["bàn giao", "trao"])
def test_a_rotating_emulation_flag_handed_over(rec, verb):
    r = rec(LEAD + f"Phòng Tư pháp huyện Đông Hải {verb} Cờ thi đua luân lưu cho Phòng Nội vụ huyện Đông Hải.")
    assert _awards(r) == [("Phòng Nội vụ huyện Đông Hải", "Cờ thi đua luân lưu", "conferred")]
    r = rec(LEAD + "Phòng Nội vụ huyện Đông Hải nhận Cờ thi đua luân lưu từ Phòng Tư pháp huyện Đông Hải.")
    assert _awards(r) == [("Phòng Nội vụ huyện Đông Hải", "Cờ thi đua luân lưu", "conferred")]
