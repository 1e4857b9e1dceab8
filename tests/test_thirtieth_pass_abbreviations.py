"""Abbreviations of the thirtieth pass, each on an invented example: a place's kind written short with its full stop before
the place's name ("TX. A", "H. B", "Q. C", "TT. D", glued to the police's "CA": "CATX. E") ends no value, and short position
titles ("TGĐ", "PTGĐ", "Chánh VP") name the unit after them."""

LEAD = "Ngày 12/01/2024, Cụm thi đua số 6 tổ chức hội nghị tổng kết công tác thi đua năm 2023. "


def _people(r):
    return [(p["name"], p["title"], p["roles"]) for p in r["people"]]


def test_a_short_place_kind_and_its_stop_stay_in_a_persons_title(rec):
    r = rec(LEAD + "Đ/c Lê Văn Tâm, PCT UBND TX. Ayun Pa chủ trì hội nghị.")
    assert _people(r) == [("Lê Văn Tâm", "PCT UBND TX. Ayun Pa", ["presided"])]
    r = rec(LEAD + "Đ/c Phạm Quốc Khánh, GĐ BHXH H. Chư Prông, Cụm trưởng chủ trì hội nghị.")
    assert _people(r) == [("Phạm Quốc Khánh", "GĐ BHXH H. Chư Prông, Cụm trưởng", ["presided"])]
    assert r["cluster"]["chair"] == {"organization": "BHXH H. Chư Prông", "person": "Phạm Quốc Khánh"}
    # (a place's own name of a few letters and a new sentence still end: "Pa" is no kind of place)
    r = rec(LEAD + "Đ/c Lê Văn Tâm, Chủ tịch UBND huyện Ia Pa. Hội nghị đã nghe báo cáo tổng kết.")
    assert _people(r)[0][:2] == ("Lê Văn Tâm", "Chủ tịch UBND huyện Ia Pa")


def test_a_short_place_kind_stays_in_the_venue(rec):
    r = rec("Ngày 12/01/2024, tại hội trường UBND H. Chư Prông, Cụm thi đua số 6 tổ chức hội nghị tổng kết năm 2023.")
    assert r["meeting"]["venue"] == "hội trường UBND H. Chư Prông"
    assert r["meeting"]["province"] == "Gia Lai"
    r = rec("Ngày 12/01/2024, tại Trung tâm Hội nghị Q. Ngũ Hành Sơn, Cụm thi đua số 6 tổ chức hội nghị tổng kết năm 2023.")
    assert r["meeting"]["venue"] == "Trung tâm Hội nghị Q. Ngũ Hành Sơn"
    # (the police's unit glued to it: "CATX.")
    r = rec("Ngày 12/01/2024, tại hội trường CATX. Ayun Pa, Cụm thi đua số 6 tổ chức hội nghị tổng kết năm 2023.")
    assert r["meeting"]["venue"] == "hội trường CATX. Ayun Pa"
    # (a district's name and a new sentence end it)
    r = rec("Ngày 12/01/2024, Cụm thi đua số 6 tổ chức hội nghị tổng kết năm 2023 tại UBND huyện Ia Pa. Hội Nông dân huyện "
            "báo cáo kết quả.")
    assert r["meeting"]["venue"] == "UBND huyện Ia Pa"


def test_a_short_place_kind_stays_in_a_recipient_an_elected_unit_and_a_chair(rec):
    r = rec(LEAD + "Hội nghị thống nhất đề nghị UBND tỉnh tặng Cờ thi đua cho CA H. Đức Trọng.")
    assert [(a["recipient"], a["award"], a["status"]) for a in r["awards"]] == [("CA H. Đức Trọng", "Cờ thi đua", "proposed")]
    r = rec(LEAD + "Hội nghị thống nhất bầu UBND Q. Cẩm Lệ làm Cụm trưởng năm 2024.")
    assert r["cluster"]["next_chair"] == {"organization": "UBND Q. Cẩm Lệ", "person": None}
    assert [d["kind"] for d in r["decisions"]] == ["election"]
    r = rec("Ngày 15/12/2023, UBND H. Tam Nông - Cụm trưởng Cụm thi đua số 3 tổ chức hội nghị tổng kết năm 2023.")
    assert r["cluster"]["chair"] == {"organization": "UBND H. Tam Nông", "person": None}


def test_a_short_place_kind_stays_in_the_cluster_name(rec):
    r = rec("Chiều 20/5, Cụm thi đua các trường THCS khu vực TX. Ayun Pa tổ chức hội nghị tổng kết năm học 2023 - 2024.")
    assert r["cluster"]["name"] == "Cụm thi đua các trường THCS khu vực TX. Ayun Pa"
    assert r["meeting"]["province"] == "Gia Lai"


def test_a_glued_police_abbreviation_ends_no_sentence(rec):
    r = rec(LEAD + "Cụm gồm 3 đơn vị: CATX. Ayun Pa, CA H. Ia Pa và CA H. Krông Pa.")
    assert r["cluster"]["members"] == ["CATX. Ayun Pa", "CA H. Ia Pa", "CA H. Krông Pa"]


def test_short_position_titles_name_the_unit_after_them(rec):
    r = rec("Cụm thi đua các doanh nghiệp tổ chức hội nghị ký kết giao ước thi đua năm 2024. Ông Võ Đình Lực, TGĐ Công ty "
            "CP Cao su Chư Păh, Cụm trưởng chủ trì hội nghị.")
    assert r["cluster"]["chair"] == {"organization": "Công ty CP Cao su Chư Păh", "person": "Võ Đình Lực"}
    r = rec("Cụm thi đua các doanh nghiệp tổ chức hội nghị ký kết giao ước thi đua năm 2024. Bà Hà Thị Yến, PTGĐ Công ty "
            "CP Cao su Chư Păh, Cụm phó phát biểu.")
    assert r["cluster"]["vice_chair"] == {"organization": "Công ty CP Cao su Chư Păh", "person": "Hà Thị Yến"}
    r = rec("Khối thi đua các cơ quan chuyên môn huyện tổ chức hội nghị tổng kết năm 2023. Đ/c Trịnh Văn Lực - Chánh VP "
            "HĐND&UBND huyện, Trưởng khối chủ trì hội nghị.")
    assert r["cluster"]["chair"] == {"organization": "VP HĐND&UBND huyện", "person": "Trịnh Văn Lực"}
