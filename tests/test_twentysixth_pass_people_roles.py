"""People's roles of the twenty-sixth pass, each on an invented example."""
import pytest


def _roles(r: dict) -> dict:
    return {p["name"]: p["roles"] for p in r["people"]}


@pytest.mark.parametrize("opener", ["cùng dự có", "dự có", "tham dự có", "cùng tham dự có", "cùng dự hội nghị có"])
def test_a_clause_of_those_who_attended_after_a_comma_names_its_own_people(rec, opener):
    r = rec("Sáng 9/1, Khối thi đua các cơ quan Đảng tổ chức hội nghị tổng kết năm 2023. Bà Nguyễn Thị Hạnh, Trưởng Ban "
            f"Tuyên giáo Huyện ủy chủ trì hội nghị, {opener} ông Phạm Quốc Việt, Phó Bí thư Huyện ủy và bà Đỗ Thu Hương, "
            "Trưởng Ban Dân vận Huyện ủy.")
    assert _roles(r) == {"Nguyễn Thị Hạnh": ["presided"], "Phạm Quốc Việt": ["attended"], "Đỗ Thu Hương": ["attended"]}


def test_a_clause_of_those_who_attended_after_a_noun_lead_names_its_own_people(rec):
    r = rec("Dưới sự điều hành của ông Nguyễn Văn Khải, Giám đốc Sở Công Thương, cùng dự có bà Lê Minh Thư, Phó Giám đốc "
            "Sở Nội vụ, Khối thi đua các sở kinh tế đã tổng kết năm 2023.")
    assert _roles(r) == {"Nguyễn Văn Khải": ["presided"], "Lê Minh Thư": ["attended"]}


def test_a_person_with_no_verb_of_his_own_before_the_clause_of_those_who_attended_attended_with_them(rec):
    # (near form: nothing before the comma gives the first person a role; "cùng dự" is with him)
    r = rec("Về phía tỉnh có ông Nguyễn Văn Khải, Giám đốc Sở Công Thương, cùng dự có bà Lê Minh Thư, Phó Giám đốc Sở Nội vụ.")
    assert _roles(r) == {"Nguyễn Văn Khải": ["attended"], "Lê Minh Thư": ["attended"]}


def test_the_lead_of_the_attendance_after_a_semicolon_stays_its_own(rec):
    r = rec("Ông Nguyễn Văn Khải, Giám đốc Sở Công Thương chủ trì hội nghị; dự có bà Lê Minh Thư, Phó Giám đốc Sở Nội vụ.")
    assert _roles(r) == {"Nguyễn Văn Khải": ["presided"], "Lê Minh Thư": ["attended"]}


@pytest.mark.parametrize("later, roles", [
    ("Ông Trịnh Công Sơn dự và phát biểu chỉ đạo hội nghị.", ["attended", "spoke"]),
    ("Ông Trịnh Công Sơn đến dự và phát biểu tại hội nghị.", ["attended", "spoke"]),
    # (near form: no "dự" in the later mention, the act shown gives way to the verb)
    ("Ông Trịnh Công Sơn phát biểu chỉ đạo hội nghị.", ["spoke"])])
def test_an_explicit_attendance_of_a_later_mention_stays_beside_an_act_shown_before(rec, later, roles):
    r = rec("Ông Trịnh Công Sơn, Phó Chủ tịch UBND tỉnh trao Cờ thi đua cho Sở Tài chính. " + later)
    assert _roles(r) == {"Trịnh Công Sơn": roles}


def test_an_explicit_attendance_after_a_caption_that_shows_the_person_acting(rec):
    r = rec("Ảnh: Bà Vương Thị Lan, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh trao Cờ thi đua cho Hội Phụ nữ huyện Mường Tè.\n"
            "Ngày 10/1, Cụm thi đua số 3 tổ chức hội nghị tổng kết năm 2023. Bà Vương Thị Lan đến dự và phát biểu tại hội nghị.")
    assert _roles(r)["Vương Thị Lan"] == ["attended", "spoke"]
