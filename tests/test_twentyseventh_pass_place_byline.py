"""Forms of the twenty-seventh pass (province and byline), each on an invented example."""


def _prov(r):
    return r["meeting"]["province"]


def test_a_merged_province_in_a_unit_name_is_the_province_in_force(rec):
    # (a venue whose name kept a province merged since: the province in force when the article was written)
    r = rec("Ngày 18/12/2025, tại Công ty Điện lực Quảng Nam, Khối thi đua các doanh nghiệp tổ chức hội nghị tổng kết "
            "công tác thi đua năm 2025.")
    assert _prov(r) == "Đà Nẵng"
    # (members of two provinces merged into one since: that one)
    r = rec("Ngày 18/12/2025, Khối thi đua các trường tổ chức hội nghị tổng kết công tác thi đua năm 2025. Khối gồm: "
            "Trường Cao đẳng Y tế Hà Nam, Trường Cao đẳng Sư phạm Nam Định.")
    assert _prov(r) == "Ninh Bình"
    # (before the merger, the province as written; and two provinces then are a cluster of several)
    r = rec("Ngày 18/12/2024, tại Công ty Điện lực Quảng Nam, Khối thi đua các doanh nghiệp tổ chức hội nghị tổng kết "
            "công tác thi đua năm 2024.")
    assert _prov(r) == "Quảng Nam"
    r = rec("Ngày 18/12/2024, Khối thi đua các trường tổ chức hội nghị tổng kết công tác thi đua năm 2024. Khối gồm: "
            "Trường Cao đẳng Y tế Hà Nam, Trường Cao đẳng Sư phạm Nam Định.")
    assert _prov(r) is None


def test_wards_named_like_provinces_do_not_outvote_the_cluster_name(rec):
    r = rec("Ngày 22/12/2025, Cụm thi đua số 5 tỉnh Quảng Ngãi tổ chức hội nghị tổng kết công tác thi đua, khen thưởng "
            "năm 2025. Các phường trong cụm gồm: Kon Tum, Đăk Cấm, Đăk Bla và Bình Định.")
    assert r["cluster"]["members"][0] == "Kon Tum"
    assert _prov(r) == "Quảng Ngãi"
    # (provinces listed as such are a cluster of several)
    r = rec("Ngày 22/12/2024, Cụm thi đua số 5 tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2024. "
            "Cụm gồm các tỉnh: Kon Tum, Bình Định và Gia Lai.")
    assert _prov(r) is None


def test_a_commune_venue_is_placed_on_a_date_whose_year_the_period_gives(rec):
    r = rec("Cụm thi đua số 4 tổng kết năm 2025\nNgày 16-12, tại xã Nam Đà, Cụm thi đua số 4 tổ chức hội nghị tổng kết "
            "công tác thi đua, khen thưởng năm 2025.")
    assert r["meeting"]["date"] == "2025-12-16"
    assert _prov(r) == "Lâm Đồng"
    # (no year anywhere: no day to read the commune tables of)
    r = rec("Ngày 16-12, tại xã Nam Đà, Cụm thi đua số 4 tổ chức hội nghị tổng kết công tác thi đua, khen thưởng.")
    assert _prov(r) is None


def test_a_national_reading_of_the_headline_does_not_outvote_the_province_of_the_meeting_sentence(rec):
    r = rec("Cụm thi đua số 2 - Khối doanh nghiệp Trung ương sơ kết 6 tháng đầu năm 2024\n"
            "Chiều 12/7/2024, Cụm thi đua số 2 tỉnh Quảng Trị tổ chức hội nghị sơ kết công tác thi đua 6 tháng đầu năm 2024.")
    assert _prov(r) == "Quảng Trị"
    r = rec("Cụm thi đua số 2 - Khối doanh nghiệp Trung ương sơ kết 6 tháng đầu năm 2024\n"
            "Chiều 12/7/2024, Cụm thi đua số 2 gồm các doanh nghiệp Trung ương đóng trên địa bàn tỉnh Quảng Trị tổ chức hội "
            "nghị sơ kết công tác thi đua 6 tháng đầu năm 2024.")
    assert _prov(r) == "Quảng Trị"
    # (the meeting sentence placing it nowhere: the headline's national reading stands)
    r = rec("Cụm thi đua số 2 - Khối doanh nghiệp Trung ương sơ kết 6 tháng đầu năm 2024\n"
            "Chiều 12/7/2024, tại Hội trường Công ty Điện lực Quảng Trị, Cụm thi đua số 2 tổ chức hội nghị sơ kết công tác "
            "thi đua 6 tháng đầu năm 2024.")
    assert _prov(r) is None


_LEAD = ("Cụm thi đua số 3 tổng kết năm 2025\nNgày 18/12/2025, Cụm thi đua số 3 tỉnh Lâm Đồng tổ chức hội nghị tổng kết "
         "công tác thi đua, khen thưởng năm 2025.\n")


def _authors(r):
    return [(p["name"], p["title"]) for p in r["people"] if "author" in p["roles"]]


def test_a_byline_name_joined_by_an_apostrophe(rec):
    r = rec(_LEAD + "Điểu K'Ré - H'Linh Niê")
    assert r["author"] == "Điểu K'Ré - H'Linh Niê"
    assert _authors(r) == [("Điểu K'Ré", None), ("H'Linh Niê", None)]
    r = rec(_LEAD + "Trần Mai - K'Liêm")
    assert r["author"] == "Trần Mai - K'Liêm"
    assert _authors(r) == [("Trần Mai", None), ("K'Liêm", None)]
    r = rec(_LEAD + "K'Liêm - Y Khoa")
    assert _authors(r) == [("K'Liêm", None), ("Y Khoa", None)]
    # (a one-word name after the label)
    r = rec(_LEAD + "Bài, ảnh: H'Yâo")
    assert r["author"] == "H'Yâo"
    # (a caption's act at the meeting is no byline)
    r = rec(_LEAD + "H'Yâo Êban phát biểu tại hội nghị.")
    assert r["author"] is None
