"""Thirty-eighth pass, fixes from the code review of the pass's new rules (examples written for these tests)."""
from tdkt_extract import extract

_LEAD = "Chiều 26/12/2024, Khối thi đua số 2 tỉnh Thái Bình tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2024.\n"


def _roles(text):
    return {p.name: p.roles for p in extract(_LEAD + text).people}


# H1: the later/earlier-time guard on a verb-first lead only for the meeting it names, or the "_verb_first" verbs
def test_a_verb_first_report_on_next_years_plan_keeps_reported():
    r = _roles("Trình bày dự thảo kế hoạch công tác thi đua năm sau là ông Đặng Quốc Việt, Chánh Văn phòng Sở Tư pháp.")
    assert r == {"Đặng Quốc Việt": ["reported"]}


def test_a_verb_first_speech_on_tasks_to_come_keeps_spoke():
    r = _roles("Phát biểu về các nhiệm vụ sẽ triển khai có bà Ngô Thị Thu, Phó Giám đốc Sở Tư pháp.")
    assert r == {"Ngô Thị Thu": ["spoke"]}


def test_a_verb_first_lead_of_last_years_meeting_still_gives_no_role():
    r = _roles("Chủ trì hội nghị của Khối năm trước là bà Đỗ Thị Lan, Phó Giám đốc Sở Công Thương.")
    assert r == {"Đỗ Thị Lan": []}
