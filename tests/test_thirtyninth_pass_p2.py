"""Thirty-ninth pass (x39p2): a parent body or a cluster role in brackets inside a title written before the name; a position
given by "là" after a name or a short mention; a district's name closing a unit's name, no person."""
from record_views import people_by_name
from tdkt_extract import extract


def _rec(text: str) -> dict:
    return extract(text).model_dump(mode="json")


LEAD = "Sáng 8/12/2022, Cụm thi đua số 6 tổ chức hội nghị tổng kết năm 2022.\n"


# R168-1: a parenthetical inside a title written before the name

def test_parent_body_in_brackets_inside_a_fronted_title():
    r = _rec(LEAD + "Phó Chánh Văn phòng Ban An toàn giao thông (UBND tỉnh) Trịnh Minh Quân phát biểu tại hội nghị.")
    p = people_by_name(r)["Trịnh Minh Quân"]
    assert p["title"] == "Phó Chánh Văn phòng Ban An toàn giao thông (UBND tỉnh)"
    assert p["honorific"] is None and p["roles"] == ["spoke"]
    r = _rec(LEAD + "Trưởng phòng Tổ chức cán bộ (Bộ Tài chính) Đào Thị Hương trình bày báo cáo tổng kết.")
    assert people_by_name(r)["Đào Thị Hương"]["title"] == "Trưởng phòng Tổ chức cán bộ (Bộ Tài chính)"
    assert people_by_name(r)["Đào Thị Hương"]["roles"] == ["reported"]


def test_cluster_role_in_brackets_inside_a_fronted_title_names_the_chair():
    r = _rec(LEAD + "Giám đốc Bưu điện huyện Krông Pắc (Cụm trưởng) Hoàng Đức Thắng chủ trì hội nghị.")
    p = people_by_name(r)["Hoàng Đức Thắng"]
    assert p["title"] == "Giám đốc Bưu điện huyện Krông Pắc"  # (the role note is no part of the title)
    assert p["roles"] == ["presided"]
    assert r["cluster"]["chair"] == {"organization": "Bưu điện huyện Krông Pắc", "person": "Hoàng Đức Thắng"}


def test_lower_case_note_or_a_clause_in_brackets_opens_no_fronted_title():
    # negative: a note in lower case or a clause in brackets is no parent body: nothing is read through it
    r = _rec(LEAD + "Đại diện Sở Y tế (đơn vị vừa được khen) Trịnh Minh Quân dự hội nghị.")
    assert "Trịnh Minh Quân" not in people_by_name(r) or people_by_name(r)["Trịnh Minh Quân"]["title"] is None
    r = _rec(LEAD + "Các đơn vị (Sở Y tế, Sở Tư pháp) Trịnh Minh Quân đã gửi báo cáo.")
    assert all(p["title"] is None or "(" not in p["title"] for p in r["people"])


# R172-4: a position given by "là"

def test_position_given_by_la_after_a_short_mention():
    r = _rec("Ngày 15/12/2023, Cụm thi đua các xã vùng cao tổ chức hội nghị tổng kết năm 2023.\n"
             "Ông Giàng Seo Lử đã gắn bó với xã gần hai mươi năm.\n"
             "Ông Lử là Chủ tịch UBND xã Bản Lầu. Tại hội nghị, ông Lử phát biểu tham luận.")
    p = people_by_name(r)["Giàng Seo Lử"]
    assert p["title"] == "Chủ tịch UBND xã Bản Lầu"
    assert p["roles"] == ["spoke"]


def test_position_given_by_la_after_a_full_name():
    r = _rec(LEAD + "Bà Đặng Thu Hà là Phó Giám đốc Sở Công Thương. Bà Hà phát biểu tại hội nghị.")
    assert people_by_name(r)["Đặng Thu Hà"]["title"] == "Phó Giám đốc Sở Công Thương"


def test_la_before_no_position_gives_no_title():
    # negative: "là" before a common noun or a person's description, no position: no title
    r = _rec(LEAD + "Bà Đặng Thu Hà là người gắn bó với phong trào thi đua. Bà Hà phát biểu tại hội nghị.")
    assert people_by_name(r)["Đặng Thu Hà"]["title"] is None
    # (a title written with the name wins over the later "là" of a short mention)
    r = _rec(LEAD + "Bà Đặng Thu Hà, Giám đốc Sở Tư pháp phát biểu. Bà Hà là Phó Giám đốc Sở Công Thương trước đây.")
    assert people_by_name(r)["Đặng Thu Hà"]["title"] == "Giám đốc Sở Tư pháp"


# R172-7: a district's name closing a unit's name before a comma

def test_place_closing_a_unit_name_is_no_person():
    r = _rec("Ngày 20/12/2023, Cụm thi đua số 5 tổ chức hội nghị tổng kết năm 2023.\n"
             "Bà Lê Thị Thanh Hoa đã nhiều năm gắn bó với đơn vị.\n"
             "Bà Hoa là Giám đốc Công ty TNHH Cấp thoát nước Hoàng Mai, đơn vị Cụm phó Cụm thi đua số 5.")
    ps = people_by_name(r)
    assert "Hoàng Mai" not in ps
    assert ps["Lê Thị Thanh Hoa"]["title"].startswith("Giám đốc Công ty TNHH Cấp thoát nước Hoàng Mai")
    assert r["cluster"]["vice_chair"]["organization"] == "Công ty TNHH Cấp thoát nước Hoàng Mai"


def test_two_word_person_acting_after_a_fronted_title_is_kept():
    # negative: a name of two words that is also a district's, a verb after it: the person is read
    r = _rec(LEAD + "Giám đốc Sở Tư pháp Hoàng Mai phát biểu tại hội nghị.")
    assert people_by_name(r)["Hoàng Mai"]["title"] == "Giám đốc Sở Tư pháp"
    # (and a name of two words that is no place, before a comma)
    r = _rec(LEAD + "Tham dự có Giám đốc Sở Tư pháp Lê Hà, Phó Giám đốc Sở Y tế Trần Hùng.")
    assert "Lê Hà" in people_by_name(r)


def test_schools_by_level_in_a_bloc_name_stay_in_the_title():
    r = _rec("Ngày 19/12/2023, Khối thi đua các trường đại học, cao đẳng tổ chức hội nghị tổng kết năm 2023.\n"
             "Ông Phan Minh Trí là Hiệu trưởng Trường Cao đẳng Y tế Kiên Giang, đơn vị Trưởng khối thi đua các trường "
             "đại học, cao đẳng tỉnh năm 2023. Ông Trí phát biểu tại hội nghị.")
    assert people_by_name(r)["Phan Minh Trí"]["title"] == ("Hiệu trưởng Trường Cao đẳng Y tế Kiên Giang, đơn vị Trưởng khối thi đua "
                                                            "các trường đại học, cao đẳng tỉnh năm 2023")
    # negative: a comma then a lower-case word that is no kind of school still ends the title
    r = _rec("Ngày 19/12/2023, Khối thi đua các trường đại học tổ chức hội nghị tổng kết năm 2023.\n"
             "Ông Phan Minh Trí, Hiệu trưởng Trường Cao đẳng Y tế Kiên Giang, cho biết các trường đều hoàn thành nhiệm vụ.")
    assert people_by_name(r)["Phan Minh Trí"]["title"] == "Hiệu trưởng Trường Cao đẳng Y tế Kiên Giang"
