"""Thirty-second pass (people's names): names of the Central Highlands, Cham, Raglai, Mông and Khmer officials after a
position, their short second mentions, the clergy, names in capitals, "Quyền" before a position."""

_LEAD = "Sáng 12/7, Khối thi đua các sở, ngành tỉnh Đắk Nông tổ chức hội nghị sơ kết 6 tháng đầu năm 2024. "


def _people(r):
    return {p["name"]: p for p in r["people"]}


def test_minority_family_name_after_position(rec):
    # a family name of the Jarai, K'Ho, Raglai or Mông opens the name written after a position and its unit
    r = rec(_LEAD + "Phó Giám đốc Sở Xây dựng Kpuih Lâm dự và phát biểu tại hội nghị; Trưởng phòng Nghiệp vụ "
            "Sở Nội vụ Liêng Jrang Hòa trình bày báo cáo.")
    ps = _people(r)
    assert ps["Kpuih Lâm"]["title"] == "Phó Giám đốc Sở Xây dựng"
    assert "spoke" in ps["Kpuih Lâm"]["roles"]
    assert ps["Liêng Jrang Hòa"]["roles"] == ["reported"]
    r = rec(_LEAD + "Phó Chủ tịch UBND huyện Bác Ái Katơr Thị Lan, Phó Giám đốc Sở Tư pháp Ly Mí Sào dự hội nghị.")
    ps = _people(r)
    assert ps["Katơr Thị Lan"]["title"] == "Phó Chủ tịch UBND huyện Bác Ái"
    assert ps["Ly Mí Sào"]["title"] == "Phó Giám đốc Sở Tư pháp"
    # (in a bare list, the title after the name)
    r = rec(_LEAD + "Dự hội nghị có Nay Blin Hùng, Giám đốc Sở Xây dựng.")
    assert _people(r)["Nay Blin Hùng"]["title"] == "Giám đốc Sở Xây dựng"


def test_minority_family_name_not_a_place(rec):
    # a place's name after its kind word stays the unit's; the person after it opens with a family name
    r = rec(_LEAD + "Phó Chủ tịch UBND xã Ka Lăng Nguyễn Văn Bảy dự hội nghị.")
    ps = _people(r)
    assert list(ps) == ["Nguyễn Văn Bảy"]
    assert ps["Nguyễn Văn Bảy"]["title"] == "Phó Chủ tịch UBND xã Ka Lăng"


def test_cham_family_name_after_place(rec):
    # the Cham "Đạo" after a district's name opens the person's name; the place stays in the title
    r = rec("Ngày 20/7, Cụm thi đua số 2 tỉnh Bình Thuận tổ chức hội nghị sơ kết 6 tháng đầu năm 2024. "
            "Phó Chủ tịch UBND huyện Tuy Phong Đạo Thị Hạnh chủ trì hội nghị.")
    ps = _people(r)
    assert list(ps) == ["Đạo Thị Hạnh"]
    assert ps["Đạo Thị Hạnh"]["title"] == "Phó Chủ tịch UBND huyện Tuy Phong"
    # (the commune named with the word stays a place)
    r = rec("Ngày 20/7, Cụm thi đua số 2 tỉnh Bình Thuận tổ chức hội nghị sơ kết 6 tháng đầu năm 2024. "
            "Chủ tịch UBND xã Đạo Long Trần Văn Lực chủ trì hội nghị.")
    assert list(_people(r)) == ["Trần Văn Lực"]


def test_ede_short_mention_is_the_same_person(rec):
    # "ông Y A" after "ông Y A Niê", "bà H’B" after "Rah Lan H’B": the given name again, no second person
    r = rec(_LEAD + "Chủ trì hội nghị là ông Y Kim Êban, Giám đốc Sở Tư pháp. Phát biểu kết luận, ông Y Kim "
            "đề nghị các đơn vị tiếp tục thi đua.")
    ps = _people(r)
    assert list(ps) == ["Y Kim Êban"]
    assert ps["Y Kim Êban"]["roles"] == ["presided", "spoke"]
    r = rec(_LEAD + "Dự có bà Rah Lan H'Ngơn, Phó Giám đốc Sở Y tế. Bà H'Ngơn trình bày báo cáo.")
    ps = _people(r)
    assert list(ps) == ["Rah Lan H'Ngơn"]
    assert ps["Rah Lan H'Ngơn"]["roles"] == ["attended", "reported"]
    # (two full names with that given name: the short one is no one's)
    r = rec(_LEAD + "Dự có ông Y Kim Êban, Giám đốc Sở Tư pháp và ông Y Kim Mlô, Giám đốc Sở Y tế. Ông Y Kim phát biểu.")
    ps = _people(r)
    assert "spoke" not in ps["Y Kim Êban"]["roles"] and "spoke" not in ps["Y Kim Mlô"]["roles"]


def test_clergy_before_name(rec):
    r = rec("Sáng 2/8/2024, Khối thi đua Mặt trận, đoàn thể tỉnh Trà Vinh tổ chức hội nghị sơ kết 6 tháng đầu năm 2024. "
            "Tham dự có Thượng tọa Thích Huệ Tâm, Ủy viên Ủy ban MTTQ Việt Nam tỉnh; Mục sư Phêrô Lê Văn Khải, "
            "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.")
    ps = _people(r)
    assert ps["Thích Huệ Tâm"]["title"] == "Ủy viên Ủy ban MTTQ Việt Nam tỉnh"
    assert ps["Thích Huệ Tâm"]["honorific"] is None
    assert ps["Phêrô Lê Văn Khải"]["roles"] == ["attended"]


def test_name_in_capitals_after_honorific(rec):
    r = rec("Ngày 18/12/2024, Cụm thi đua số 3 tỉnh Nghệ An tổ chức hội nghị tổng kết năm 2024. Bà PHAN THỊ LỤA, "
            "Giám đốc Sở Nội vụ, Cụm trưởng chủ trì hội nghị.")
    ps = _people(r)
    assert ps["PHAN THỊ LỤA"]["honorific"] == "bà"
    assert ps["PHAN THỊ LỤA"]["title"] == "Giám đốc Sở Nội vụ, Cụm trưởng"
    assert r["cluster"]["chair"]["person"] == "PHAN THỊ LỤA"
    # (a sentence all in capitals is no name and title)
    r = rec("Ngày 18/12/2024, Cụm thi đua số 3 tỉnh Nghệ An tổ chức hội nghị tổng kết năm 2024. BÀ PHAN THỊ LỤA PHÁT BIỂU.")
    assert r["people"] == []


def test_acting_before_position(rec):
    r = rec("Ngày 25/01/2024, Khối thi đua các doanh nghiệp tỉnh Sóc Trăng tổ chức hội nghị tổng kết năm 2023. "
            "Dự hội nghị có Quyền Giám đốc Điện lực tỉnh Lâm Thị Cúc và Q. Chánh Văn phòng Sở Nội vụ Tô Văn Đạt.")
    ps = _people(r)
    assert ps["Lâm Thị Cúc"]["title"] == "Quyền Giám đốc Điện lực tỉnh"
    assert ps["Tô Văn Đạt"]["title"] == "Q. Chánh Văn phòng Sở Nội vụ"
    # ("thẩm quyền" is no acting position)
    r = rec("Ngày 25/01/2024, Khối thi đua các doanh nghiệp tỉnh Sóc Trăng tổ chức hội nghị tổng kết năm 2023. "
            "Theo thẩm quyền Giám đốc Điện lực tỉnh Lâm Thị Cúc ký quyết định.")
    assert all(not p["title"] or not p["title"].lower().startswith("quyền") for p in r["people"])
