"""Forms of the twenty-eighth pass (cluster roles), each on an invented example."""


def _roles(r):
    c = r["cluster"]
    return {k: (c[k] or {}).get("organization") for k in ("chair", "vice_chair", "next_chair", "next_vice_chair")}


REVIEW = "Ngày 14/01/2026, Cụm thi đua số 4 tổ chức Hội nghị tổng kết năm 2025."


def test_label_lines_under_a_heading_that_dates_the_roles_a_year_later_are_the_next_ones(rec):
    body = "\nII. CỤM TRƯỞNG, CỤM PHÓ NĂM {y}\nCụm trưởng: UBND huyện Tam Nông.\nCụm phó: UBND huyện Đắk Glei."
    r = rec(REVIEW + body.format(y=2026))
    assert _roles(r) == {"chair": None, "vice_chair": None, "next_chair": "UBND huyện Tam Nông",
                         "next_vice_chair": "UBND huyện Đắk Glei"}
    # (the heading of the year reviewed names the present ones)
    r = rec(REVIEW + body.format(y=2025))
    assert _roles(r) == {"chair": "UBND huyện Tam Nông", "vice_chair": "UBND huyện Đắk Glei", "next_chair": None,
                         "next_vice_chair": None}


def test_the_unit_heard_with_its_role_after_a_dash_holds_the_role(rec):
    r = rec(REVIEW + " Hội nghị đã nghe Sở Khoa học và Công nghệ - đơn vị Cụm trưởng năm 2025 trình bày báo cáo tổng kết.")
    assert _roles(r)["chair"] == "Sở Khoa học và Công nghệ"


def test_elected_with_trust_is_elected(rec):
    r = rec(REVIEW + " Sở Nông nghiệp và Môi trường được tín nhiệm bầu làm Cụm trưởng năm 2026.")
    assert _roles(r)["next_chair"] == "Sở Nông nghiệp và Môi trường"


def test_the_assigning_body_may_hold_a_dash(rec):
    r = rec(REVIEW + " Năm 2025, xã Bát Xát được Ban Thi đua - Khen thưởng tỉnh giao làm Cụm phó.")
    assert _roles(r)["vice_chair"] == "xã Bát Xát"
    r = rec(REVIEW + " Năm 2025, xã Bát Xát được Hội đồng Thi đua - Khen thưởng tỉnh phân công làm Cụm trưởng.")
    assert _roles(r)["chair"] == "xã Bát Xát"


def test_a_unit_then_the_words_of_the_unit_elected(rec):
    r = rec(REVIEW + " Đồng chí Phó Chủ tịch UBND tỉnh trao Cờ luân lưu cho xã Mường Khương, đơn vị được bầu làm Cụm trưởng năm 2026.")
    assert _roles(r)["next_chair"] == "xã Mường Khương"


def test_a_rotation_for_the_year_signed_at_the_covenant_is_the_present_one(rec):
    note = " Theo phân công luân phiên, năm {y} huyện Lục Yên là Cụm trưởng, huyện Văn Yên là Cụm phó."
    r = rec("Ngày 12-01-2026, Cụm thi đua số 3 tổ chức ký kết giao ước thi đua năm 2026." + note.format(y=2026))
    assert _roles(r) == {"chair": "huyện Lục Yên", "vice_chair": "huyện Văn Yên", "next_chair": None, "next_vice_chair": None}
    # (at the review of the year before, the same note is for the next year)
    r = rec(REVIEW + note.format(y=2026))
    assert _roles(r) == {"chair": None, "vice_chair": None, "next_chair": "huyện Lục Yên", "next_vice_chair": "huyện Văn Yên"}


def test_a_role_named_with_its_clusters_region_is_dated_by_the_year_after_it(rec):
    r = rec("Thanh tra tỉnh Bình Phước làm Trưởng Cụm thi đua Thanh tra các tỉnh Đông Nam Bộ năm 2026\n"
            "Ngày 16/1/2026, Thanh tra tỉnh Bình Phước phối hợp với Thanh tra tỉnh Đồng Nai (Trưởng Cụm năm 2025) tổ chức "
            "Hội nghị tổng kết năm 2025 Cụm thi đua Thanh tra các tỉnh Đông Nam Bộ.")
    assert (_roles(r)["chair"], _roles(r)["next_chair"]) == ("Thanh tra tỉnh Đồng Nai", "Thanh tra tỉnh Bình Phước")
