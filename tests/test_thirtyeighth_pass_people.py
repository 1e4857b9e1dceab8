"""Thirty-eighth pass (people): verb-first "tham luận" / "điều hành hội nghị" lists, the passive "Hội nghị do A điều hành", and a
coordinated subject whose second person is named by "thầy/cô" (examples written for these tests)."""
from tdkt_extract import extract

_LEAD = "Sáng 20/12/2024, Khối thi đua số 4 tỉnh Hà Nam tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2024.\n"


def _roles(text):
    return {p.name: p.roles for p in extract(_LEAD + text).people}


def test_a_verb_first_contribution_list_gives_every_person_listed_spoke():
    r = _roles("Tham luận tại hội nghị có các đồng chí: Phạm Quốc Toản, Phó Giám đốc Sở Nội vụ; "
               "Đỗ Thị Lan, Phó Giám đốc Sở Công Thương.")
    assert r == {"Phạm Quốc Toản": ["spoke"], "Đỗ Thị Lan": ["spoke"]}


def test_a_contribution_named_as_a_noun_before_its_reporter_stays_reported():
    # "Tham luận của X do A trình bày": the contribution is the report's object; no verb-first list
    r = _roles("Tham luận của huyện Thanh Liêm do bà Đỗ Thị Lan, Phó Chủ tịch UBND huyện trình bày.")
    assert r == {"Đỗ Thị Lan": ["reported"]}


def test_a_contribution_list_of_units_gives_no_person_a_role():
    r = _roles("Tham luận tại hội nghị có các huyện Thanh Liêm, Bình Lục. Ông Phạm Quốc Toản, Phó Giám đốc Sở Nội vụ dự.")
    assert r == {"Phạm Quốc Toản": ["attended"]}


def test_verb_first_conducting_the_meeting_is_presiding():
    r = _roles("Điều hành hội nghị là ông Phạm Quốc Toản, Giám đốc Sở Nội vụ.")
    assert r == {"Phạm Quốc Toản": ["presided"]}


def test_verb_first_conducting_the_meeting_gives_every_person_listed_presided():
    r = _roles("Điều hành hội nghị có ông Phạm Quốc Toản, Giám đốc Sở Nội vụ và bà Đỗ Thị Lan, Phó Giám đốc Sở Công Thương.")
    assert r == {"Phạm Quốc Toản": ["presided"], "Đỗ Thị Lan": ["presided"]}


def test_conducting_other_work_verb_first_gives_no_role():
    r = _roles("Điều hành công việc của Khối năm 2024 là ông Phạm Quốc Toản, Giám đốc Sở Nội vụ.")
    assert r == {"Phạm Quốc Toản": []}


def test_the_meeting_conducted_by_a_person_in_the_passive_is_presided():
    r = _roles("Hội nghị do ông Phạm Quốc Toản, Giám đốc Sở Nội vụ điều hành.")
    assert r == {"Phạm Quốc Toản": ["presided"]}


def test_a_part_of_the_meeting_conducted_in_the_passive_stays_an_attendance():
    # the meeting named inside the part's subject is no subject of its own
    r = _roles("Phần thảo luận tại hội nghị do ông Phạm Quốc Toản, Giám đốc Sở Nội vụ điều hành.")
    assert r == {"Phạm Quốc Toản": ["attended"]}


def test_the_clusters_work_conducted_in_the_passive_gives_no_role():
    r = _roles("Hoạt động của Khối do ông Phạm Quốc Toản, Giám đốc Sở Nội vụ điều hành.")
    assert r == {"Phạm Quốc Toản": []}


def test_a_coordinated_subject_whose_second_person_is_a_teacher_shares_the_verb():
    r = _roles("Thầy Hoàng Minh Đức, Hiệu trưởng Trường THPT Nam Cao và cô Vũ Thị Ngân, Hiệu trưởng Trường THPT Lý Nhân đã tham luận.")
    assert r == {"Hoàng Minh Đức": ["spoke"], "Vũ Thị Ngân": ["spoke"]}


def test_a_co_chair_named_first_shares_presiding_with_a_teacher():
    r = _roles("Ông Hoàng Minh Đức, Giám đốc Sở Giáo dục và Đào tạo và cô giáo Vũ Thị Ngân, Hiệu trưởng Trường THPT Lý Nhân "
               "đồng chủ trì hội nghị.")
    assert r == {"Hoàng Minh Đức": ["presided"], "Vũ Thị Ngân": ["presided"]}


def test_a_teacher_named_as_the_object_of_a_speakers_verb_is_no_co_subject():
    # "A, T cảm ơn cô B": B is thanked; A's verb is his own, B's role only from her own verb
    r = _roles("Ông Hoàng Minh Đức, Giám đốc Sở Giáo dục và Đào tạo chủ trì hội nghị; cô Vũ Thị Ngân, "
               "Hiệu trưởng Trường THPT Lý Nhân tham luận.")
    assert r == {"Hoàng Minh Đức": ["presided"], "Vũ Thị Ngân": ["spoke"]}


def test_a_contribution_lead_whose_list_of_units_is_closed_by_a_semicolon_gives_the_next_person_no_speech():
    r = _roles("Tham luận tại hội nghị là của các huyện Thanh Liêm, Bình Lục; ông Phạm Quốc Toản, Giám đốc Sở Nội vụ chủ trì.")
    assert r == {"Phạm Quốc Toản": ["presided"]}


def test_a_verb_first_lead_of_an_earlier_meeting_gives_no_role():
    r = _roles("Điều hành hội nghị của Khối năm trước là bà Đỗ Thị Lan, Phó Giám đốc Sở Công Thương.")
    assert r == {"Đỗ Thị Lan": []}


def test_an_earlier_meeting_conducted_in_the_passive_gives_no_role():
    r = _roles("Trước đó, hội nghị sơ kết do ông Phạm Quốc Toản, Giám đốc Sở Nội vụ điều hành.")
    assert r == {"Phạm Quốc Toản": []}


def test_a_meeting_of_another_year_conducted_in_the_passive_gives_no_role():
    r = _roles("Hội nghị thi đua năm 2023 do ông Phạm Quốc Toản, Giám đốc Sở Nội vụ điều hành, đã đề ra nhiều chỉ tiêu.")
    assert r == {"Phạm Quốc Toản": []}


def test_a_session_conducted_in_the_passive_stays_an_attendance():
    r = _roles("Tại hội nghị, phiên bình xét thi đua do bà Đỗ Thị Lan, Phó Giám đốc Sở Công Thương điều hành.")
    assert r == {"Đỗ Thị Lan": ["attended"]}
