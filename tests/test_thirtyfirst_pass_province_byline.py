"""Forms of the thirty-first pass (the province of a cluster of several provinces, a province's award after a clause, a
byline joined by an apostrophe, the sites of an online meeting), each on an invented example."""


def test_units_of_several_provinces_in_the_cluster_anywhere_make_it_one_of_provinces(rec):
    r = rec("Ngày 15/1/2025, Cụm thi đua số 9 tổ chức hội nghị tổng kết năm 2024 tại Công an tỉnh Sóc Trăng. "
            "Công an các tỉnh trong cụm đã ký kết giao ước thi đua năm 2025.")
    assert r["meeting"]["province"] is None
    r = rec("Ngày 15/1/2025, tại thành phố Vinh, Cụm thi đua số 3 tổ chức hội nghị tổng kết công tác thi đua năm 2024. "
            "Dự hội nghị có lãnh đạo Bảo hiểm xã hội 6 tỉnh trong cụm.")
    assert r["meeting"]["province"] is None
    r = rec("Ngày 15/1/2025, Cụm thi đua số 2 tổ chức hội nghị tổng kết năm 2024 tại tỉnh Kon Tum. "
            "Sở Tư pháp 4 tỉnh trong cụm đã hoàn thành tốt nhiệm vụ được giao.")
    assert r["meeting"]["province"] is None
    # (a province's own units in the cluster: the province stays)
    r = rec("Ngày 15/1/2025, Cụm thi đua số 9 tổ chức hội nghị tổng kết năm 2024 tại Công an tỉnh Sóc Trăng. "
            "Công an các huyện trong cụm đã ký kết giao ước thi đua năm 2025.")
    assert r["meeting"]["province"] == "Sóc Trăng"


def test_regions_of_the_northern_midlands_and_border_make_a_cluster_of_provinces(rec):
    r = rec("Ngày 18/1/2025, tại tỉnh Yên Bái, Cụm thi đua Sở Văn hóa các địa phương Trung du và miền núi phía Bắc tổ chức "
            "hội nghị tổng kết năm 2024.")
    assert r["meeting"]["province"] is None
    r = rec("Ngày 18/1/2025, tại thành phố Lạng Sơn, Cụm thi đua số 2 Bộ đội Biên phòng khu vực biên giới phía Bắc tổ chức "
            "hội nghị tổng kết năm 2024.")
    assert r["meeting"]["province"] is None
    r = rec("Sáng 18/1, tại Hội trường tỉnh Bắc Kạn, Cụm thi đua Hội Cựu chiến binh khu vực Việt Bắc tổ chức hội nghị "
            "tổng kết công tác thi đua năm 2024.")
    assert r["meeting"]["province"] is None
    # (a cluster of one province's units still meets in its province)
    r = rec("Ngày 18/1/2025, tại thành phố Lạng Sơn, Cụm thi đua số 2 tỉnh Lạng Sơn tổ chức hội nghị tổng kết năm 2024.")
    assert r["meeting"]["province"] == "Lạng Sơn"
    # (nor a side of one province or district: its hills, its border)
    r = rec("Ngày 18/1/2025, Cụm thi đua các huyện miền núi phía Bắc tỉnh Quảng Ngãi tổ chức hội nghị tổng kết năm 2024 "
            "tại huyện Trà Bồng.")
    assert r["meeting"]["province"] == "Quảng Ngãi"
    r = rec("Ngày 18/1/2025, Cụm thi đua các xã biên giới phía Bắc huyện Nậm Nhùn tổ chức hội nghị tổng kết năm 2024.")
    assert r["meeting"]["province"] == "Lai Châu"


def test_a_province_in_lower_case_after_a_clause_receives_its_award(rec):
    for sep in (";", ","):
        r = rec("Cụm thi đua các tỉnh Nam Trung Bộ tổng kết năm 2024. Hội nghị suy tôn tỉnh Khánh Hòa dẫn đầu cụm" + sep
                + " tỉnh Ninh Thuận được đề nghị tặng Bằng khen của Thủ tướng Chính phủ.")
        assert [(a["recipient"], a["award"], a["status"]) for a in r["awards"]] == [
            ("tỉnh Ninh Thuận", "Bằng khen của Thủ tướng Chính phủ", "proposed")]
    # (a province's record told after the proposal, "đã được ... tặng", is no award of this meeting)
    r = rec("Cụm thi đua các tỉnh Nam Trung Bộ tổng kết năm 2024. Hội nghị suy tôn tỉnh Khánh Hòa dẫn đầu cụm, đề nghị Chính "
            "phủ tặng Cờ thi đua; tỉnh Ninh Thuận đã được Thủ tướng Chính phủ tặng Bằng khen.")
    assert "tỉnh Ninh Thuận" not in [a["recipient"] for a in r["awards"]]


def test_a_one_word_byline_joined_by_an_apostrophe(rec):
    body = ("Khối thi đua số 4 tổng kết năm 2024\n\nNgày 10/01/2025, Khối thi đua số 4 tổ chức hội nghị tổng kết công tác "
            "thi đua năm 2024.\n\n")
    for name in ("H'Nhi", "H’Mai"):
        r = rec(body + name)
        assert r["author"] == name
        assert [(p["name"], p["roles"]) for p in r["people"]] == [(name, ["author"])]
    # (a district joined by an apostrophe alone on the last line is no author, nor a word that may be a place)
    # (thirty-sixth pass: "K'" opens a K'Ho or M'Nông man's name as "H'" a woman's, "K'Nha" is a byline; a place's word
    # joined so, "M'Đrắk", is none)
    for line in ("K'Bang", "M'Đrắk"):
        assert rec(body + line)["author"] is None


def test_the_sites_of_an_online_meeting_are_no_members(rec):
    r = rec("Sáng 12/1/2025, Cụm thi đua số 6 tổ chức hội nghị tổng kết công tác thi đua năm 2024 theo hình thức trực "
            "tuyến. Điểm cầu chính tại Bảo hiểm xã hội tỉnh Lai Châu; điểm cầu phụ tại Bảo hiểm xã hội các tỉnh Điện Biên, "
            "Sơn La, Lào Cai.")
    assert r["cluster"]["members"] == []
    assert r["meeting"]["province"] is None
    # (the same places listed as the cluster's are its members)
    r = rec("Sáng 12/1/2025, Cụm thi đua số 6 tổ chức hội nghị tổng kết công tác thi đua năm 2024. Cụm thi đua gồm Bảo "
            "hiểm xã hội các tỉnh: Điện Biên, Sơn La, Lào Cai.")
    assert r["cluster"]["members"] == ["Điện Biên", "Sơn La", "Lào Cai"]
