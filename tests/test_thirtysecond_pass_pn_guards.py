"""Thirty-second pass, guards on the people rules (review rv32/pn): a clergy title only as a title, not a commune's or a
firm's name; the short name openers of the Central Highlands not a place's or a unit's name of two words."""

_LEAD = "Sáng 14/12/2023, Cụm thi đua số 3 tỉnh Bình Định tổ chức hội nghị tổng kết năm 2023. "


def _people(r):
    return {p["name"]: p for p in r["people"]}


def test_clergy_title_not_a_place_or_firm_name(rec):
    # a commune or a firm named like a clergy title, the person after it: the unit stays in the title
    r = rec(_LEAD + "Phó Chủ tịch UBND phường Hòa Thượng Trần Thị Mai chủ trì hội nghị.")
    ps = _people(r)
    assert list(ps) == ["Trần Thị Mai"]
    assert ps["Trần Thị Mai"]["title"] == "Phó Chủ tịch UBND phường Hòa Thượng"
    assert ps["Trần Thị Mai"]["roles"] == ["presided"]
    r = rec(_LEAD + "Giám đốc Công ty TNHH Linh Mục Phạm Quốc Bảo phát biểu.")
    ps = _people(r)
    assert list(ps) == ["Phạm Quốc Bảo"]
    assert ps["Phạm Quốc Bảo"]["title"] == "Giám đốc Công ty TNHH Linh Mục"
    # (the title written as one still opens the name)
    r = rec(_LEAD + "Tham dự có Đại đức Thích Quảng Tín, Ủy viên Ủy ban MTTQ Việt Nam tỉnh.")
    ps = _people(r)
    assert ps["Thích Quảng Tín"]["title"] == "Ủy viên Ủy ban MTTQ Việt Nam tỉnh"


def test_short_minority_opener_not_a_unit_name(rec):
    # "Ka", "Ama" ... open a place's or a unit's name of two words after a unit word: no person
    r = rec(_LEAD + "Đồn trưởng Đồn Biên phòng Ka Bang, Trung tá Võ Minh Tâm phát biểu.")
    assert list(_people(r)) == ["Võ Minh Tâm"]
    r = rec(_LEAD + "Giám đốc Nhà máy Thủy điện Ka Rông phát biểu.")
    assert r["people"] == []
    r = rec(_LEAD + "Giám đốc Khách sạn Ama Đung phát biểu.")
    assert r["people"] == []
    # (a rank after the unit's name: the person after it, the unit in the title)
    r = rec(_LEAD + "Đồn trưởng Đồn Biên phòng Ka Bang Trung tá Võ Minh Tâm phát biểu.")
    ps = _people(r)
    assert list(ps) == ["Võ Minh Tâm"]
    assert ps["Võ Minh Tâm"]["title"] == "Đồn trưởng Đồn Biên phòng Ka Bang"
    # (a name of three words, or a middle name after the opener, is a person's)
    r = rec(_LEAD + "Phó Giám đốc Sở Công Thương Ka Sô Bình phát biểu; Trưởng phòng Tổng hợp Ly Seo Páo trình bày báo cáo.")
    ps = _people(r)
    assert ps["Ka Sô Bình"]["title"] == "Phó Giám đốc Sở Công Thương"
    assert ps["Ly Seo Páo"]["roles"] == ["reported"]
