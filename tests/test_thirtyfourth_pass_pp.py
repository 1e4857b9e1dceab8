"""Thirty-fourth pass, people: a verb inside a unit's name, a delegation's leader, a writers' label after a byline (examples
written for these tests)."""

from record_views import people_by_name, roles

LEAD = "Ngày 12/1/2024, Khối thi đua số 4 tổ chức Hội nghị tổng kết năm 2023. "
HEAD = "Khối thi đua số 4 tổng kết năm 2023\n\n"


# --- a lower-case verb inside a capitalised unit's name ("Tiếng nói") is no end of the title


def test_a_verb_inside_a_units_name_ends_no_title(rec):
    r = rec(LEAD + "Bà Phạm Thu Hà, Giám đốc Đài Tiếng nói Việt Nam khu vực miền Trung, Trưởng Khối chủ trì Hội nghị.")
    p = people_by_name(r)["Phạm Thu Hà"]
    assert p["title"] == "Giám đốc Đài Tiếng nói Việt Nam khu vực miền Trung, Trưởng Khối"
    assert p["roles"] == ["presided"]
    assert r["cluster"]["chair"] == {"organization": "Đài Tiếng nói Việt Nam khu vực miền Trung", "person": "Phạm Thu Hà"}


def test_a_verb_inside_a_units_name_before_the_vice_chairs_role(rec):
    r = rec(LEAD + "Ông Đặng Minh Khôi, Phó Tổng Giám đốc Đài Tiếng nói Việt Nam, Phó Trưởng Khối phát biểu tham luận.")
    p = people_by_name(r)["Đặng Minh Khôi"]
    assert p["title"] == "Phó Tổng Giám đốc Đài Tiếng nói Việt Nam, Phó Trưởng Khối"
    assert p["roles"] == ["spoke"]
    assert roles(r)["vice_chair"] == "Đài Tiếng nói Việt Nam"


def test_the_verb_after_a_units_name_still_ends_the_title(rec):
    # (near forms: the verb after a firm's capitalised name, its object a meeting or a document, one capitalised word and
    # lower-case words; the verb after a place's name)
    r = rec(LEAD + "Ông Đặng Minh Khôi, Giám đốc Công ty Hòa Phát chủ trì Hội nghị.")
    p = people_by_name(r)["Đặng Minh Khôi"]
    assert (p["title"], p["roles"]) == ("Giám đốc Công ty Hòa Phát", ["presided"])
    r = rec(LEAD + "Ông Đặng Minh Khôi, Giám đốc Công ty Hòa Phát công bố Quyết định khen thưởng của Khối.")
    assert people_by_name(r)["Đặng Minh Khôi"]["title"] == "Giám đốc Công ty Hòa Phát"
    r = rec(LEAD + "Ông Đặng Minh Khôi, Chủ tịch UBND tỉnh Kon Tum chủ trì Hội nghị Khối.")
    p = people_by_name(r)["Đặng Minh Khôi"]
    assert (p["title"], p["roles"]) == ("Chủ tịch UBND tỉnh Kon Tum", ["presided"])


# --- leading a unit's delegation to the meeting ("Đoàn X do bà Y ... dẫn đầu", "dẫn đầu đoàn") shows the person there


def test_the_leader_of_a_delegation_attended(rec):
    r = rec(LEAD + "Đoàn đại biểu Bảo hiểm xã hội tỉnh Gia Lai do ông Lò Văn Tuấn, Phó Giám đốc dẫn đầu.")
    assert people_by_name(r)["Lò Văn Tuấn"]["roles"] == ["attended"]
    r = rec(LEAD + "Bà Hồ Thị Mai, Phó Giám đốc Sở Tư pháp dẫn đầu đoàn Sở Tư pháp tới dự Hội nghị.")
    assert people_by_name(r)["Hồ Thị Mai"]["roles"] == ["attended"]
    r = rec(LEAD + "Bà Hồ Thị Mai, Phó Giám đốc Sở Tư pháp dẫn đầu đoàn đại biểu của Sở.")
    assert people_by_name(r)["Hồ Thị Mai"]["roles"] == ["attended"]


def test_leading_no_delegation_gives_no_role(rec):
    # (near forms: the person's unit leading the emulation, a ranking; a delegation sent to inspect, not to this meeting)
    r = rec(LEAD + "Bà Hồ Thị Mai, Giám đốc Sở Tư pháp, đơn vị dẫn đầu Khối năm 2023.")
    assert people_by_name(r)["Hồ Thị Mai"]["roles"] == []
    r = rec(LEAD + "Năm 2023, Sở Tư pháp do bà Hồ Thị Mai, Giám đốc Sở dẫn đầu phong trào thi đua của Khối.")
    assert people_by_name(r)["Hồ Thị Mai"]["roles"] == []
    r = rec(LEAD + "Đoàn kiểm tra chéo do ông Lò Văn Tuấn, Phó Giám đốc Sở Nội vụ dẫn đầu sẽ làm việc tại các đơn vị.")
    assert people_by_name(r)["Lò Văn Tuấn"]["roles"] == []


# --- a writers' label written after the byline's names is no unit of theirs


def test_a_writers_label_after_the_byline_is_no_title(rec):
    r = rec(HEAD + LEAD + "\n\nHoài An - Quốc Huy (Thực hiện)")
    assert [(p["name"], p["title"]) for p in r["people"] if "author" in p["roles"]] == [("Hoài An", None), ("Quốc Huy", None)]
    r = rec(HEAD + LEAD + "\n\nHoài An (Tổng hợp)")
    assert [(p["name"], p["title"]) for p in r["people"] if "author" in p["roles"]] == [("Hoài An", None)]


def test_a_unit_after_the_byline_is_still_its_title(rec):
    r = rec(HEAD + LEAD + "\n\nHoài An (Báo Kon Tum)")
    assert [(p["name"], p["title"]) for p in r["people"] if "author" in p["roles"]] == [("Hoài An", "Báo Kon Tum")]


def test_leading_a_working_team_with_no_meeting_named_gives_no_role(rec):
    # (near form: a working team, no delegation to this meeting named)
    r = rec(LEAD + "Bà Hồ Thị Mai, Hiệu trưởng dẫn đầu đoàn công tác của trường.")
    assert people_by_name(r)["Hồ Thị Mai"]["roles"] == []
