"""Guards for the thirty-fifth pass (cv): near forms of the rotating flag's rules that the old code read right. The role's
duty listed with the flag or named otherwise is still the role handed over; a choice of the meeting told after a flag handed
over is still an election; a colon list of recipients followed by a clause of its own keeps its recipients; the flag's
handover is no act where negated or told of another cluster, and takes no other act's place. Examples written for these
tests."""
from record_views import kinds, roles

REVIEW = "Ngày 15/1/2025, Cụm thi đua số 3 tỉnh Hà Tĩnh tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2024. "


def _recipients(r: dict) -> list:
    return [a["recipient"] for a in r["awards"]]


# --- the role's duty handed over with the flag (cv-4, cv-5, cv-6) ------------------------------------------------------


def test_the_roles_duty_listed_after_a_comma_with_the_flag_is_the_role_handed_over(rec):
    r = rec(REVIEW + "Sở Giao thông vận tải đã bàn giao Cờ luân lưu, hồ sơ của Cụm và nhiệm vụ Cụm trưởng năm 2025 cho Sở Tài chính.")
    assert roles(r).get("chair") == "Sở Giao thông vận tải"
    assert roles(r).get("next_chair") == "Sở Tài chính"
    assert "election" in kinds(r)


def test_the_roles_responsibility_joined_to_the_flag_is_the_role_handed_over(rec):
    r = rec(REVIEW + "Sở Giao thông vận tải bàn giao cờ luân lưu và trách nhiệm Trưởng cụm năm 2025 cho Sở Tài chính.")
    assert roles(r).get("chair") == "Sở Giao thông vận tải"
    assert roles(r).get("next_chair") == "Sở Tài chính"
    assert "election" in kinds(r)


def test_the_roles_work_joined_to_the_flag_is_the_role_handed_over(rec):
    r = rec(REVIEW + "Sở Giao thông vận tải đã bàn giao cờ thi đua và công việc của Cụm trưởng năm 2025 cho Sở Tài chính.")
    assert roles(r).get("chair") == "Sở Giao thông vận tải"
    assert roles(r).get("next_chair") == "Sở Tài chính"


# --- a choice of the meeting after a flag handed over (cv-2, cv-7, cv-8) -----------------------------------------------


def test_a_vote_choosing_the_next_chair_after_a_flag_given_to_another_unit_is_an_election(rec):
    r = rec(REVIEW + "Sau khi trao Cờ thi đua của UBND tỉnh cho Sở Tài chính, các đại biểu đã biểu quyết chọn Sở Y tế làm Cụm "
            "trưởng năm 2025.")
    assert roles(r).get("next_chair") == "Sở Y tế"
    assert "election" in kinds(r)


def test_the_next_chair_acclaimed_after_the_flags_given_is_an_election(rec):
    r = rec(REVIEW + "Sau khi trao cờ thi đua cho hai đơn vị xuất sắc, Hội nghị suy tôn Sở Y tế làm Trưởng cụm năm 2025.")
    assert "election" in kinds(r)


def test_the_flag_given_to_the_unit_assigned_the_role_is_an_election(rec):
    r = rec(REVIEW + "Bà Lê Thị Thu trao Cờ luân lưu cho Sở Y tế, đơn vị được phân công làm Cụm trưởng năm 2025.")
    assert roles(r).get("next_chair") == "Sở Y tế"
    assert "election" in kinds(r)


# --- a colon list of recipients (cv-3, cv-9) ----------------------------------------------------------------------------


def test_a_colon_list_then_a_passive_clause_of_the_same_award_keeps_its_recipients(rec):
    r = rec(REVIEW + "Dịp này, Cụm trao Giấy khen: Sở Tài chính, Sở Y tế, Sở Nội vụ, trong đó Sở Nội vụ lần thứ hai được tặng "
            "Giấy khen.")
    assert _recipients(r)[:3] == ["Sở Tài chính", "Sở Y tế", "Sở Nội vụ"]


def test_a_colon_list_then_a_proposal_of_the_same_award_keeps_its_recipients(rec):
    r = rec(REVIEW + "Hội nghị đề xuất khen thưởng Bằng khen: Sở Tài chính, Sở Y tế, đồng thời đề nghị Bộ trao tặng Bằng khen cho "
            "Sở Nội vụ.")
    assert _recipients(r) == ["Sở Tài chính", "Sở Y tế", "Sở Nội vụ"]


# --- the flag's handover as an act (cv-1, cv-10, cv-11) -----------------------------------------------------------------


def test_the_flags_handover_takes_no_place_of_the_movement_launched(rec):
    r = rec(REVIEW + "Sở Giao thông vận tải đã bàn giao cờ luân lưu cho Sở Tài chính. Hội nghị đã phát động phong trào thi "
            "đua năm 2025.")
    texts = [d["text"] for d in r["decisions"] if d["kind"] == "other"]
    assert "Hội nghị đã phát động phong trào thi đua năm 2025" in texts


def test_a_flag_not_handed_over_is_no_act(rec):
    r = rec(REVIEW + "Vì lý do khách quan, Sở Giao thông vận tải chưa bàn giao Cờ luân lưu cho Sở Tài chính.")
    assert r["decisions"] == []


def test_another_named_clusters_handover_is_no_act(rec):
    r = rec(REVIEW + "Cùng tuần, Khối thi đua các cơ quan nội chính tỉnh Nghệ An cũng tổ chức bàn giao cờ luân lưu cho Công an "
            "tỉnh.")
    assert r["decisions"] == []


# --- the role's own flag (cv-12) ----------------------------------------------------------------------------------------


def test_the_roles_own_flag_handed_over_is_an_election(rec):
    # (the role word right after the flag: the role handed over, as the cluster extractor reads it)
    r = rec(REVIEW + "Sở Giao thông vận tải đã bàn giao cờ Trưởng cụm năm 2025 cho Sở Tài chính.")
    assert roles(r).get("next_chair") == "Sở Tài chính"
    assert "election" in kinds(r)
