"""Thirty-ninth pass (x39p2), guards: a position given by "là" is the title only when held at this meeting (not one dated
before the meeting's period, told as past, or a description singling the person out); a district's name closing a unit's
name is dropped only from a title of a person named right before it, not from a roll of titles and names; a cluster role in
brackets ending a fronted title is cut in every way the title is read."""
from record_views import people_by_name
from tdkt_extract import extract


def _rec(text: str) -> dict:
    return extract(text).model_dump(mode="json")


LEAD = "Chiều 15/12/2022, Cụm thi đua số 6 tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2022.\n"


# "là" + a position held once, or no position held now

def test_la_position_of_a_closed_span_of_years_then_nay_la_is_no_title():
    r = _rec(LEAD + "Ông Quách Văn Định là Bí thư Huyện ủy giai đoạn 2010 - 2015, nay là Trưởng ban Dân vận Tỉnh ủy. "
                    "Ông Định dự hội nghị.")
    assert people_by_name(r)["Quách Văn Định"]["title"] is None


def test_la_position_of_an_earlier_year_is_no_title():
    r = _rec(LEAD + "Bà Kha Thị Yến là Trưởng đoàn kiểm tra chéo năm 2021 của Cụm. Bà Yến trình bày báo cáo.")
    assert people_by_name(r)["Kha Thị Yến"]["title"] is None
    # (a term that runs through the meeting's year is held now)
    r = _rec(LEAD + "Bà Kha Thị Yến là Phó Giám đốc Sở Y tế nhiệm kỳ 2021 - 2026. Bà Yến trình bày báo cáo.")
    assert people_by_name(r)["Kha Thị Yến"]["title"] == "Phó Giám đốc Sở Y tế nhiệm kỳ 2021 - 2026"


def test_la_position_held_before_a_move_is_no_title_of_a_short_mention():
    r = _rec(LEAD + "Dự hội nghị có ông Âu Văn Lợi. Ông Lợi là Trưởng Công an xã trước khi chuyển công tác về huyện.")
    assert people_by_name(r)["Âu Văn Lợi"]["title"] is None


def test_la_position_from_one_year_to_another_is_no_title():
    r = _rec(LEAD + "Bà Mạc Thị Thu là Chánh Văn phòng Sở Y tế từ năm 2012 đến năm 2018. Bà Thu phát biểu tham luận.")
    assert people_by_name(r)["Mạc Thị Thu"]["title"] is None


def test_la_cluster_role_of_an_earlier_year_is_no_title():
    r = _rec(LEAD + "Ông Tống Văn Hậu là Cụm trưởng Cụm thi đua số 6 năm 2021 đã trao lại cờ cho đơn vị mới.")
    assert people_by_name(r)["Tống Văn Hậu"]["title"] is None


def test_la_first_holder_of_a_position_is_a_description_no_title():
    r = _rec(LEAD + "Ông Lã Văn Sinh là Hiệu trưởng đầu tiên của trường được phong tặng danh hiệu Nhà giáo Ưu tú.")
    assert people_by_name(r)["Lã Văn Sinh"]["title"] is None


def test_la_only_holder_of_a_position_is_a_description_no_title():
    r = _rec(LEAD + "Bà Khổng Thị Nga là Bí thư Chi đoàn duy nhất của khối được tặng Bằng khen của Tỉnh đoàn.")
    assert people_by_name(r)["Khổng Thị Nga"]["title"] is None


# a two-word name that is also a district's, in a roll of titles and names: the person is kept

def test_place_named_person_before_the_next_title_in_a_roll_is_kept():
    r = _rec(LEAD + "Dự hội nghị có Chánh Thanh tra Sở Công Thương Châu Đức, Phó Giám đốc Sở Xây dựng Lê Văn Toản.")
    ps = people_by_name(r)
    assert ps["Châu Đức"]["title"] == "Chánh Thanh tra Sở Công Thương" and "Lê Văn Toản" in ps


def test_place_named_chair_person_before_his_cluster_role_is_kept():
    r = _rec(LEAD + "Chủ trì hội nghị có Giám đốc Sở Công Thương Triệu Sơn, Trưởng Cụm thi đua số 6.")
    assert people_by_name(r)["Triệu Sơn"]["roles"] == ["presided"]
    assert r["cluster"]["chair"] == {"organization": "Sở Công Thương", "person": "Triệu Sơn"}


def test_place_named_person_before_a_semicolon_in_a_roll_is_kept():
    r = _rec(LEAD + "Tham dự có Phó Giám đốc Sở Tài chính Thạch Hà; Trưởng phòng Nội vụ huyện Nguyễn Thị Duyên.")
    assert people_by_name(r)["Thạch Hà"]["title"] == "Phó Giám đốc Sở Tài chính"


def test_place_named_person_ending_the_sentence_is_kept():
    r = _rec(LEAD + "Cùng dự có Chánh Văn phòng Sở Công Thương Quan Sơn.")
    assert people_by_name(r)["Quan Sơn"]["title"] == "Chánh Văn phòng Sở Công Thương"
    # (the title of a person named before it still keeps the place: "Bà A là Giám đốc Công ty X Quan Sơn, đơn vị ...")
    r = _rec(LEAD + "Bà Lý Thu Hà là Giám đốc Công ty CP Thủy lợi Quan Sơn, đơn vị Cụm phó Cụm thi đua số 6.")
    assert "Quan Sơn" not in people_by_name(r)


# a cluster role in brackets ending a fronted title, the name read another way (a rank before it, a roll after it)

def test_role_note_in_brackets_is_cut_from_a_fronted_title_before_a_rank_or_a_roll():
    r = _rec(LEAD + "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh (Cụm trưởng) Đại tá Lưu Văn Tiến phát biểu khai mạc.")
    assert people_by_name(r)["Lưu Văn Tiến"]["title"] == "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"
    r = _rec(LEAD + "Giám đốc Sở Xây dựng (Cụm trưởng) Đoàn Văn Tú, Phó Giám đốc Sở Tư pháp Lê Thị Hoa dự hội nghị.")
    assert people_by_name(r)["Đoàn Văn Tú"]["title"] == "Giám đốc Sở Xây dựng"
