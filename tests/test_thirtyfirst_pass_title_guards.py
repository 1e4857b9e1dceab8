"""Thirty-first pass, guards on its title and byline rules: a title's unit after a comma stays when the person is named in the
sentence's complement ("... diễn ra với sự tham dự của A, <position>, <unit> cùng ..."), and a unit in capitals at the foot
("BAN TCCB", "TRƯỜNG MN") is no pen name."""


def _person(r, name):
    return next(p for p in r["people"] if p["name"] == name)


_HEAD = "Ngày 12/1/2024, Khối thi đua số 5 tổ chức hội nghị tổng kết năm 2023. "


def test_title_keeps_its_unit_after_comma_when_phrase_is_no_fronted_subject(rec):
    # the "của"-phrase is the complement of the sentence's verb, the title stops at "cùng"/"và": the unit is the title's
    r = rec(_HEAD + "Hội nghị diễn ra với sự tham dự của ông Đặng Quốc Bảo, Phó Chánh Văn phòng, Sở Giao thông vận tải "
            "cùng đại diện các xã.")
    assert _person(r, "Đặng Quốc Bảo")["title"] == "Phó Chánh Văn phòng, Sở Giao thông vận tải"
    r = rec(_HEAD + "Hội nghị diễn ra dưới sự chủ trì của bà Hồ Thị Kim Oanh, Giám đốc Trung tâm Khuyến nông, Sở Nông nghiệp "
            "cùng lãnh đạo 7 đơn vị thành viên.")
    assert _person(r, "Hồ Thị Kim Oanh")["title"] == "Giám đốc Trung tâm Khuyến nông, Sở Nông nghiệp"
    # (fronted, but the title stopped at "và": what follows the comma is the title's unit, the subject comes later)
    r = rec(_HEAD + "Với sự tham dự của ông Đặng Quốc Bảo, Chánh Văn phòng, Ban Dân tộc tỉnh và đại diện 6 xã, Khối đã tổ "
            "chức hội nghị.")
    assert _person(r, "Đặng Quốc Bảo")["title"] == "Chánh Văn phòng, Ban Dân tộc tỉnh"
    # (the fronted form the cut is for still cuts the main clause's subject)
    r = rec(_HEAD + "Dưới sự chủ trì của ông Đặng Quốc Bảo, Giám đốc Sở Giao thông vận tải, UBND huyện Mỹ Lộc đã tổ chức "
            "hội nghị.")
    assert _person(r, "Đặng Quốc Bảo")["title"] == "Giám đốc Sở Giao thông vận tải"


_LEAD = "Ngày 9/1/2024, Khối thi đua số 5 tổ chức hội nghị tổng kết công tác thi đua năm 2023.\n\nCác đơn vị hoàn thành nhiệm vụ.\n\n"


def test_unit_abbreviation_in_capitals_at_the_foot_is_no_pen_name(rec):
    for line in ("BAN TCCB", "BAN TC-KH", "Tin: BAN TCCB", "Tin, ảnh: BAN QLCKCN", "TRƯỜNG MN"):
        r = rec(_LEAD + line)
        assert r["author"] is None, line
        assert r["people"] == [], line
    # (a pen name in capitals after a label, its second word a given name, stays the author's)
    r = rec(_LEAD + "Tin, ảnh: BAN MAI")
    assert r["author"] == "BAN MAI"


def test_unit_line_under_a_name_line_leaves_the_name_the_author(rec):
    for unit in ("BAN TCCB", "BAN TC-KH", "TRƯỜNG MN"):
        r = rec(_LEAD + "Phạm Thu Trang\n" + unit)
        assert r["author"] == "Phạm Thu Trang", unit
        assert [p["name"] for p in r["people"]] == ["Phạm Thu Trang"], unit


def test_a_hard_wrapped_lines_end_is_no_pen_name_on_the_last_line(rec):
    lead = "Ngày 9/1/2025, Cụm thi đua số 6 tổ chức hội nghị tổng kết công tác thi đua năm 2024.\n\n"
    # (the last line goes on from the line before, cut by a wrap: "... – Ủy viên" / "Ban Thư")
    r = rec(lead + "Đồng chí Lê Thu Hà – Ủy viên\nBan Thư")
    assert r["author"] is None
    # (a pen name after a sentence's end or a blank line is still the byline)
    for gap in ("\n", "\n\n"):
        r = rec(lead + "Hội nghị kết thúc tốt đẹp." + gap + "Trường Giang")
        assert r["author"] == "Trường Giang"
