"""Names and title boundaries of the twenty-sixth pass, each on an invented example."""

LEAD = "Ngày 14/12/2023, Cụm thi đua số 6 tổ chức hội nghị tổng kết công tác thi đua năm 2023. "


def _people(r):
    return [(p["name"], p["honorific"], p["title"], p["roles"]) for p in r["people"]]


def test_a_kin_word_after_and_opens_the_next_person(rec):
    r = rec(LEAD + "Tham dự có chị Đỗ Thị Hồng Nhung, Chủ tịch Hội LHPN huyện Vĩnh Lộc và anh Trịnh Văn Quang, "
            "Bí thư Đoàn xã Minh Tân.")
    assert _people(r) == [("Đỗ Thị Hồng Nhung", None, "Chủ tịch Hội LHPN huyện Vĩnh Lộc", ["attended"]),
                          ("Trịnh Văn Quang", None, "Bí thư Đoàn xã Minh Tân", ["attended"])]
    r = rec(LEAD + "Dự hội nghị có ông Vũ Đình Khoa, Phó Hiệu trưởng Trường THCS Yên Lạc và cô giáo Phạm Thu Hiền, "
            "Tổng phụ trách Đội.")
    assert [p["name"] for p in r["people"]] == ["Vũ Đình Khoa", "Phạm Thu Hiền"]
    assert r["people"][0]["title"] == "Phó Hiệu trưởng Trường THCS Yên Lạc"
    # (a place so named, capitalised, goes on in the title: no kin word)
    r = rec(LEAD + "Dự hội nghị có ông Vũ Đình Khoa, Chủ tịch Hội Nông dân các huyện Vân Đồn và Cô Tô.")
    assert _people(r) == [("Vũ Đình Khoa", "ông", "Chủ tịch Hội Nông dân các huyện Vân Đồn và Cô Tô", ["attended"])]


def test_a_degree_after_and_opens_the_next_person(rec):
    r = rec("Ngày 5/7/2024, Cụm thi đua các bệnh viện tổ chức hội nghị sơ kết 6 tháng đầu năm 2024. Chủ trì hội nghị có "
            "ông Lương Văn Khải, Giám đốc Bệnh viện Sơn Hà, Cụm trưởng và bác sĩ Phan Thị Ngọc Lan, Giám đốc Bệnh viện "
            "Bình Khê, Cụm phó.")
    assert _people(r) == [("Lương Văn Khải", "ông", "Giám đốc Bệnh viện Sơn Hà, Cụm trưởng", ["presided"]),
                          ("Phan Thị Ngọc Lan", None, "Giám đốc Bệnh viện Bình Khê, Cụm phó", ["presided"])]
    assert r["cluster"]["vice_chair"] == {"organization": "Bệnh viện Bình Khê", "person": "Phan Thị Ngọc Lan"}
    for degree in ("TS", "GS", "PGS", "BS"):
        r = rec(LEAD + f"Dự hội nghị có ông Lương Văn Khải, Giám đốc Bệnh viện Sơn Hà và {degree} Phan Thị Ngọc Lan, "
                "Giám đốc Bệnh viện Bình Khê.")
        assert _people(r) == [("Lương Văn Khải", "ông", "Giám đốc Bệnh viện Sơn Hà", ["attended"]),
                              ("Phan Thị Ngọc Lan", None, "Giám đốc Bệnh viện Bình Khê", ["attended"])], degree


def test_a_degree_before_the_name_after_the_noun_of_attending(rec):
    for degree in ("TS", "bác sĩ", "PGS"):
        r = rec(LEAD + f"Hội nghị có sự tham dự của {degree} Đinh Công Tráng, Phó Giám đốc Sở Y tế; {degree} Hồ Thị Thanh "
                "Mai, Hiệu trưởng Trường Cao đẳng Y tế.")
        assert _people(r) == [("Đinh Công Tráng", None, "Phó Giám đốc Sở Y tế", ["attended"]),
                              ("Hồ Thị Thanh Mai", None, "Hiệu trưởng Trường Cao đẳng Y tế", ["attended"])], degree


def test_a_position_with_its_plural_units_after_and_is_other_people(rec):
    for others in ("Giám đốc các chi nhánh trong Cụm", "Thủ trưởng các đơn vị thành viên", "Cục trưởng Cục Thuế các tỉnh",
                   "Giám đốc Kho bạc Nhà nước 5 tỉnh"):
        r = rec(LEAD + f"Dự hội nghị có ông Hoàng Minh Trí, Phó Tổng Giám đốc Vietcombank và {others}.")
        assert _people(r) == [("Hoàng Minh Trí", "ông", "Phó Tổng Giám đốc Vietcombank", ["attended"])], others
    # (a single unit after the position names no plural: the words are left as they were read)
    r = rec(LEAD + "Dự hội nghị có ông Hoàng Minh Trí, Phó Tổng Giám đốc Vietcombank và Giám đốc Sở Tài chính.")
    assert r["people"][0]["title"] == "Phó Tổng Giám đốc Vietcombank và Giám đốc Sở Tài chính"


def test_a_board_and_its_parent_unit_after_a_comma_before_the_name(rec):
    r = rec(LEAD + "Dự hội nghị có Phó Trưởng Ban Tuyên giáo, Huyện ủy Lê Quang Vinh.")
    assert _people(r) == [("Lê Quang Vinh", None, "Phó Trưởng Ban Tuyên giáo, Huyện ủy", ["attended"])]
    r = rec(LEAD + "Dự hội nghị có Chánh Văn phòng, Sở Tư pháp Ngô Thị Hạnh.")
    assert _people(r) == [("Ngô Thị Hạnh", None, "Chánh Văn phòng, Sở Tư pháp", ["attended"])]


def test_a_central_highlands_name_with_a_space_after_the_apostrophe(rec):
    r = rec(LEAD + "Tham dự có ông Lê Hữu Phước, Chánh Văn phòng Sở; bà H' Nga Niê, Trưởng phòng Nội vụ huyện Ea Súp.")
    assert _people(r)[1] == ("H' Nga Niê", "bà", "Trưởng phòng Nội vụ huyện Ea Súp", ["attended"])
    r = rec(LEAD + "Dự hội nghị có Thượng tá K' Bình, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh.")
    assert _people(r) == [("K' Bình", None, "Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh", ["attended"])]
    r = rec(LEAD + "Dự hội nghị có Thượng tá K’Bình, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh.")
    assert [p["name"] for p in r["people"]] == ["K’Bình"]
    r = rec(LEAD + "Dự hội nghị có ông K' Rin, Chủ tịch UBND xã Lộc Bắc.")
    assert _people(r) == [("K' Rin", "ông", "Chủ tịch UBND xã Lộc Bắc", ["attended"])]
    # (a place so named, no honorific or rank before it, is no person)
    r = rec(LEAD + "Dự hội nghị có lãnh đạo UBND huyện Ia H' Drai và xã Ia Tơi.")
    assert r["people"] == []
