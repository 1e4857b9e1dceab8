"""People and author: a bare honorific as the next sentence's subject, "đại biểu" before a full name, a unit's proper name
running into the name after it, flowers received, rare family names, a source's or a group's byline."""

LEAD = "Sáng 14/12/2023, Cụm thi đua số 3 tỉnh Hòa Bình tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023."


def _person(r, name):
    return next((p for p in r["people"] if p["name"] == name), None)


def test_bare_honorific_subject_after_one_named_person(rec):
    r = rec(LEAD + "\nTham dự hội nghị có ông Đinh Công Tráng, Phó Giám đốc Sở Nội vụ. Ông yêu cầu các đơn vị rà soát tiêu chí thi đua.")
    p = _person(r, "Đinh Công Tráng")
    assert p is not None and p["roles"] == ["attended", "spoke"]


def test_bare_honorific_of_the_other_sex_is_not_the_person(rec):
    # (a woman named before, "Ông" after: no one the article names)
    r = rec(LEAD + "\nTham dự hội nghị có bà Quách Thị Loan, Phó Giám đốc Sở Nội vụ. Ông yêu cầu các đơn vị rà soát tiêu chí thi đua.")
    assert _person(r, "Quách Thị Loan")["roles"] == ["attended"]


def test_bare_honorific_after_two_people_gives_no_role(rec):
    r = rec(LEAD + "\nTham dự hội nghị có ông Đinh Công Tráng, Phó Giám đốc Sở Nội vụ và ông Bùi Văn Hạnh, Trưởng phòng Thi đua. "
            "Ông yêu cầu các đơn vị rà soát tiêu chí thi đua.")
    assert _person(r, "Đinh Công Tráng")["roles"] == ["attended"]


def test_delegate_before_a_full_name(rec):
    r = rec(LEAD + " Đại biểu Hoàng Minh Tuấn phát biểu ý kiến.")
    p = _person(r, "Hoàng Minh Tuấn")
    assert p is not None and p["honorific"] is None and p["roles"] == ["spoke"]
    r = rec(LEAD + " Thảo luận tại hội nghị, đại biểu Hoàng Minh Tuấn đề nghị tăng cường kiểm tra chéo.")
    assert _person(r, "Hoàng Minh Tuấn")["roles"] == ["spoke"]


def test_delegates_of_a_place_are_no_person(rec):
    r = rec(LEAD + " Đại biểu Hà Tĩnh phát biểu ý kiến.")
    assert r["people"] == []


def test_unit_proper_name_runs_into_the_name_after_it(rec):
    r = rec(LEAD + " Giám đốc Trung tâm Dịch vụ việc làm Thanh Mai Phạm Quốc Huy phát biểu tại hội nghị.")
    names = [p["name"] for p in r["people"]]
    assert names == ["Phạm Quốc Huy"]
    assert r["people"][0]["title"] == "Giám đốc Trung tâm Dịch vụ việc làm Thanh Mai"


def test_double_family_name_after_a_lower_case_title_stays(rec):
    r = rec(LEAD + " Phó Giám đốc Sở Nội vụ Lê Nguyễn Minh Thư phát biểu tại hội nghị.")
    assert [p["name"] for p in r["people"]] == ["Lê Nguyễn Minh Thư"]


def test_flowers_received_are_no_speech(rec):
    r = rec(LEAD + "\nTrong ảnh: Bà Hồ Thị Nga, Chủ tịch Hội Nông dân tỉnh, nhận hoa chúc mừng.")
    assert _person(r, "Hồ Thị Nga")["roles"] == ["attended"]
    # (a wish the person gives is still speech)
    r = rec(LEAD + "\nBà Hồ Thị Nga, Chủ tịch Hội Nông dân tỉnh, chúc mừng các đơn vị dẫn đầu.")
    assert _person(r, "Hồ Thị Nga")["roles"] == ["spoke"]


def test_rare_family_name_after_a_position(rec):
    r = rec(LEAD + " Phó Chủ tịch Hội Nông dân Việt Nam Cấn Văn Thịnh dự hội nghị.")
    p = _person(r, "Cấn Văn Thịnh")
    assert p is not None and p["roles"] == ["attended"]
    r = rec(LEAD + " Phó Chủ tịch Liên minh Hợp tác xã tỉnh Khiếu Thị Hằng dự hội nghị.")
    assert _person(r, "Khiếu Thị Hằng") is not None


def test_source_line_naming_a_paper_is_no_author(rec):
    for line in ("Theo Quảng Ninh Online", "Theo Lao Động", "Theo: Thái Bình Mới", "Nhóm PV", "Nhóm CTV"):
        r = rec(LEAD + " Các đơn vị đã thống nhất nội dung giao ước thi đua năm 2024.\n" + line)
        assert r["author"] is None, line
        assert r["people"] == [], line


def test_source_line_naming_a_person_is_an_author(rec):
    r = rec(LEAD + " Các đơn vị đã thống nhất nội dung giao ước thi đua năm 2024.\nTheo Trịnh Thu Hương")
    assert r["author"] == "Trịnh Thu Hương"
