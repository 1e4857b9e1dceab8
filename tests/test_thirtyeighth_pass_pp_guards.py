"""Thirty-eighth pass, guards for x38pp (people): the verb-first "tham luận" / "điều hành hội nghị" lists and the passive
"Hội nghị do A điều hành" kept to this meeting and its own list (examples written for these tests)."""
from tdkt_extract import extract

_LEAD = "Chiều 26/12/2024, Khối thi đua số 2 tỉnh Thái Bình tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2024.\n"


def _roles(text):
    return {p.name: p.roles for p in extract(_LEAD + text).people}


def test_each_unit_in_a_verb_first_lead_is_no_earlier_time():
    # "từng" before a noun is "each", not "ever"
    r = _roles("Phát biểu nhận xét về kết quả của từng thành viên Khối có bà Ngô Thị Thu, Phó Giám đốc Sở Tư pháp.")
    assert r == {"Ngô Thị Thu": ["spoke"]}


def test_a_comparison_with_the_year_before_in_a_verb_first_lead_is_no_earlier_time():
    r = _roles("Báo cáo kết quả công tác thi đua tăng so với cùng kỳ năm trước là ông Đặng Quốc Việt, Chánh Văn phòng Sở Tư pháp.")
    assert r == {"Đặng Quốc Việt": ["reported"]}


def test_a_verb_first_lead_of_a_meeting_to_come_gives_no_role():
    r = _roles("Điều hành hội nghị năm sau sẽ là ông Đặng Quốc Việt, Giám đốc Sở Xây dựng, Khối trưởng năm 2025.")
    assert r == {"Đặng Quốc Việt": []}


def test_a_meeting_of_another_body_conducted_in_the_passive_gives_no_role():
    r = _roles("Cuộc họp của Ban Chỉ đạo Khối trước hội nghị do bà Ngô Thị Thu, Giám đốc Sở Tư pháp điều hành.")
    assert r == {"Ngô Thị Thu": []}


def test_a_meeting_named_by_another_body_conducted_in_the_passive_gives_no_role():
    r = _roles("Hội nghị Ban Thường vụ Đảng ủy do ông Đặng Quốc Việt, Bí thư Đảng ủy Sở điều hành.")
    assert r == {"Đặng Quốc Việt": []}


def test_a_working_session_with_others_conducted_in_the_passive_gives_no_role():
    r = _roles("Buổi làm việc với đoàn công tác của tỉnh do bà Ngô Thị Thu, Phó Giám đốc Sở Tư pháp điều hành.")
    assert r == {"Ngô Thị Thu": []}


def test_a_press_conference_conducted_in_the_passive_gives_no_role():
    # "buổi họp báo": the meeting's noun is only the head of a longer one
    r = _roles("Buổi họp báo sau hội nghị do ông Đặng Quốc Việt, Chánh Văn phòng Sở Xây dựng điều hành.")
    assert r == {"Đặng Quốc Việt": []}


def test_a_preparatory_meeting_conducted_in_the_passive_gives_no_role():
    r = _roles("Cuộc họp chuẩn bị do bà Ngô Thị Thu, Giám đốc Sở Tư pháp điều hành.")
    assert r == {"Ngô Thị Thu": []}


def test_a_person_after_a_semicolon_with_his_own_verb_leaves_the_verb_first_list():
    r = _roles("Điều hành hội nghị là ông Đặng Quốc Việt, Giám đốc Sở Xây dựng; bà Ngô Thị Thu, Phó Giám đốc Sở Tư pháp "
               "thông qua báo cáo.")
    assert r == {"Đặng Quốc Việt": ["presided"], "Ngô Thị Thu": ["reported"]}


def test_the_meeting_itself_conducted_in_the_passive_stays_presided():
    r = _roles("Hội nghị tổng kết của Khối do ông Đặng Quốc Việt, Giám đốc Sở Xây dựng, Khối trưởng điều hành.")
    assert r == {"Đặng Quốc Việt": ["presided"]}


def test_a_review_meeting_of_another_body_conducted_in_the_passive_gives_no_role():
    # the meeting's kind after its noun, but its owner another body than the cluster
    r = _roles("Hội nghị tổng kết của Công đoàn Viên chức tỉnh do bà Ngô Thị Thu, Chủ tịch Công đoàn điều hành.")
    assert r == {"Ngô Thị Thu": []}
