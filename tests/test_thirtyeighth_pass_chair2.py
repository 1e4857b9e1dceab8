"""Chair roles, pass 38 (x38c2): passive 'được ... thống nhất cử làm', a unit after 'đề xuất' with its role note, the
agreement alone before a school named by its level, the copular form dated by a school year, a role after ';' sharing the
year of the clause before, and an election at a year's opening meeting for that same year."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from tdkt_extract import extract
from record_views import kinds, roles


def rec(text: str) -> dict:
    return extract(text).model_dump()


REVIEW = "Ngày 12/01/2024, Khối thi đua số 4 tổ chức hội nghị tổng kết công tác thi đua năm 2023.\n"
REVIEW_SY = "Ngày 3/6/2024, Cụm thi đua số 9 tổ chức tổng kết công tác thi đua năm học 2023-2024.\n"
OPENING = "Ngày 21/2/2024, Cụm thi đua số 8 tổ chức hội nghị ký kết giao ước thi đua năm 2024.\n"


def test_passive_agreed_send_as_chair():
    r = rec(REVIEW + "Sở Giao thông vận tải được các đơn vị thống nhất cử làm Trưởng khối năm 2024.")
    assert roles(r) == {"next_chair": "Sở Giao thông vận tải"}
    assert "election" in kinds(r)


def test_passive_meeting_agreed_send_as_vice():
    r = rec(REVIEW + "Sở Tài chính được hội nghị nhất trí cử làm Phó trưởng khối năm 2024.")
    assert roles(r) == {"next_vice_chair": "Sở Tài chính"}


def test_passive_send_to_other_task_is_no_role():
    r = rec(REVIEW + "Ông Lê Văn Bình được các đại biểu thống nhất cử làm thư ký hội nghị.")
    assert roles(r) == {}


def test_proposed_unit_with_role_notes_pair():
    r = rec(REVIEW + "Hội nghị thống nhất đề xuất Công an tỉnh Gia Lai (Trưởng khối năm 2024) và Công an tỉnh Đắk Nông (Phó trưởng khối năm 2024).")
    assert roles(r) == {"next_chair": "Công an tỉnh Gia Lai", "next_vice_chair": "Công an tỉnh Đắk Nông"}


def test_proposed_unit_with_role_note_of_year_reviewed_holds_it_now():
    r = rec(REVIEW + "Hội nghị thống nhất đề xuất Công an tỉnh Gia Lai (Trưởng khối năm 2023) tổng hợp hồ sơ khen thưởng.")
    assert "next_chair" not in roles(r)


def test_proposal_of_award_is_no_role():
    r = rec(REVIEW + "Hội nghị thống nhất đề xuất UBND tỉnh tặng Cờ thi đua cho Công an tỉnh Gia Lai.")
    assert roles(r) == {}


def test_agreed_school_by_level_without_truong():
    r = rec(REVIEW_SY + "Hội nghị thống nhất THCS Lê Lợi làm Cụm trưởng, THCS Trần Phú làm Cụm phó năm học 2024-2025.")
    assert roles(r) == {"next_chair": "THCS Lê Lợi", "next_vice_chair": "THCS Trần Phú"}


def test_agreed_school_for_other_task_is_no_role():
    r = rec(REVIEW_SY + "Hội nghị thống nhất THCS Lê Lợi làm điểm tổ chức hội thao, THCS Trần Phú làm đầu mối.")
    assert roles(r) == {}


def test_copular_role_dated_by_next_school_year():
    r = rec(REVIEW_SY + "Cụm trưởng năm học 2024-2025 là Phòng GD&ĐT huyện Yên Phong.")
    assert roles(r) == {"next_chair": "Phòng GD&ĐT huyện Yên Phong"}


def test_copular_role_of_school_year_reviewed_is_chair():
    r = rec(REVIEW_SY + "Cụm trưởng năm học 2023-2024 là Phòng GD&ĐT huyện Yên Phong.")
    assert roles(r) == {"chair": "Phòng GD&ĐT huyện Yên Phong"}


def test_role_after_semicolon_shares_later_year():
    r = rec("Khối thi đua số 6 tổng kết năm 2023. Hội nghị đã thống nhất chuyển giao nhiệm vụ Khối trưởng năm 2024 cho "
            "Ngân hàng A; Khối phó là Ngân hàng B.")
    assert roles(r) == {"next_chair": "Ngân hàng A", "next_vice_chair": "Ngân hàng B"}


def test_role_after_semicolon_with_clause_of_year_reviewed():
    r = rec("Khối thi đua số 6 tổng kết năm 2023. Năm 2023, Ngân hàng A là Khối trưởng; Khối phó là Ngân hàng B.")
    assert roles(r) == {"chair": "Ngân hàng A", "vice_chair": "Ngân hàng B"}


def test_election_at_opening_meeting_for_that_year():
    r = rec(OPENING + "Hội nghị đã bầu Sở Y tế làm Cụm trưởng, Sở Nội vụ làm Cụm phó năm 2024.")
    assert roles(r) == {"chair": "Sở Y tế", "vice_chair": "Sở Nội vụ"}
    assert "election" in kinds(r)


def test_undated_agreed_send_at_opening_meeting_is_this_year():
    r = rec(OPENING + "Sở Nội vụ được các đơn vị thống nhất cử làm Cụm phó.")
    assert roles(r) == {"vice_chair": "Sở Nội vụ"}
    assert "election" in kinds(r)


def test_election_at_opening_meeting_for_next_year_stays_next():
    r = rec(OPENING + "Hội nghị đã bầu Sở Y tế làm Cụm trưởng năm 2025.")
    assert roles(r) == {"next_chair": "Sở Y tế"}


def test_handover_at_opening_meeting_unchanged():
    r = rec(OPENING + "Sở Công Thương (Cụm trưởng năm 2023) bàn giao nhiệm vụ Cụm trưởng cho Sở Y tế.")
    assert roles(r).get("next_chair") == "Sở Y tế"


def test_election_at_year_end_review_stays_next():
    r = rec(REVIEW + "Hội nghị đã bầu Sở Y tế làm Trưởng khối, Sở Nội vụ làm Phó trưởng khối năm 2024.")
    assert roles(r) == {"next_chair": "Sở Y tế", "next_vice_chair": "Sở Nội vụ"}
