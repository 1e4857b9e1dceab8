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


# second round: where the forms above misfired on ordinary text

def test_a_role_that_is_the_next_item_of_a_list_of_speakers_is_no_note_of_the_unit_heard(rec):
    for tail in (", Cụm trưởng, Cụm phó phát biểu ý kiến.", ", Cụm trưởng và đại diện các xã thành viên thảo luận, góp ý.",
                 ", Cụm trưởng năm 2026 và các xã trao đổi."):
        r = rec(REVIEW + " Hội nghị đã nghe Văn phòng UBND tỉnh" + tail)
        assert _roles(r) == {"chair": None, "vice_chair": None, "next_chair": None, "next_vice_chair": None}, tail
    # (the note itself stays: a comma, the role and its cluster, then the verb; or each unit with its own note)
    r = rec(REVIEW + " Hội nghị đã nghe UBND xã Phong Thổ, Cụm trưởng Cụm thi đua số 4 báo cáo kết quả.")
    assert _roles(r)["chair"] == "UBND xã Phong Thổ"
    r = rec(REVIEW + " Hội nghị đã nghe UBND xã Phong Thổ, Cụm trưởng, UBND xã Tam Đường, Cụm phó phát biểu.")
    assert (_roles(r)["chair"], _roles(r)["vice_chair"]) == ("UBND xã Phong Thổ", "UBND xã Tam Đường")


SIGNING = "Ngày 08/01/2026, Khối thi đua các cơ quan kinh tế tỉnh Lạng Sơn tổ chức hội nghị ký kết giao ước thi đua năm 2026."
LABELS = "\nTrưởng khối: Sở Công Thương.\nPhó trưởng khối: Sở Xây dựng."


def test_a_headings_words_of_rotation_or_election_do_not_date_the_roles_only_its_year_does(rec):
    present = {"chair": "Sở Công Thương", "vice_chair": "Sở Xây dựng", "next_chair": None, "next_vice_chair": None}
    for heading in ("Các đơn vị luân phiên giữ vai trò Trưởng khối, Phó trưởng khối năm 2026",
                    "Phân công luân phiên Trưởng khối, Phó trưởng khối năm 2026",
                    "Đơn vị tiếp nhận nhiệm vụ Trưởng khối, Phó trưởng khối năm 2026"):
        assert _roles(rec(SIGNING + "\n" + heading + LABELS)) == present, heading
    # (elected at the review before, the roles of the half year reviewed)
    r = rec("Ngày 09/7/2026, Khối thi đua các cơ quan kinh tế tỉnh Lạng Sơn tổ chức hội nghị sơ kết công tác thi đua 6 tháng "
            "đầu năm 2026.\nTrưởng khối, Phó trưởng khối năm 2026 được bầu tại Hội nghị tổng kết năm 2025" + LABELS)
    assert _roles(r) == present
    # (a heading a year after the one reviewed still names the next ones, whatever its verb)
    r = rec("Ngày 18/12/2025, Khối thi đua các cơ quan kinh tế tỉnh Lạng Sơn tổ chức hội nghị tổng kết năm 2025.\n"
            "Hội nghị đã bầu Trưởng khối, Phó trưởng khối năm 2026" + LABELS)
    assert _roles(r) == {"chair": None, "vice_chair": None, "next_chair": "Sở Công Thương", "next_vice_chair": "Sở Xây dựng"}


def test_a_photo_caption_above_a_label_line_is_no_heading(rec):
    r = rec("Ngày 18/12/2025, Khối thi đua các cơ quan kinh tế tỉnh Lạng Sơn tổ chức hội nghị tổng kết năm 2025.\n"
            "Ảnh: Đồng chí Hoàng Minh Đức, Giám đốc Sở Tài chính, Trưởng khối năm 2026 phát biểu nhận nhiệm vụ\n"
            "Trưởng khối: Sở Công Thương.")
    assert (_roles(r)["chair"], _roles(r)["next_chair"]) == ("Sở Công Thương", "Sở Tài chính")


def test_trust_given_for_a_role_at_the_review_is_an_election(rec):
    r = rec(REVIEW + " Tại hội nghị, Sở Nông nghiệp và Môi trường được hội nghị tín nhiệm làm Cụm trưởng.")
    assert _roles(r) == {"chair": None, "vice_chair": None, "next_chair": "Sở Nông nghiệp và Môi trường", "next_vice_chair": None}
    r = rec(REVIEW + " Với số phiếu tuyệt đối, Sở Nội vụ được tín nhiệm làm Cụm trưởng, Sở Tài chính làm Cụm phó.")
    assert _roles(r) == {"chair": None, "vice_chair": None, "next_chair": "Sở Nội vụ", "next_vice_chair": "Sở Tài chính"}
    # (the trust a unit enjoys is no election: "nhận được sự tín nhiệm")
    r = rec(REVIEW + " Sở Nội vụ là Cụm trưởng năm 2025 đã nhận được sự tín nhiệm của các đơn vị.")
    assert (_roles(r)["chair"], _roles(r)["next_chair"]) == ("Sở Nội vụ", None)


def test_the_unit_that_hands_over_its_role_of_the_year_before_is_not_the_next_at_the_signing(rec):
    r = rec("Ngày 15/01/2026, Cụm thi đua số 8 tổ chức hội nghị ký kết giao ước thi đua năm 2026. Theo luân phiên, năm 2026 "
            "Công an tỉnh Cao Bằng được giao làm Cụm trưởng; Công an tỉnh Bắc Kạn, Cụm trưởng năm 2025, đã bàn giao nhiệm vụ.")
    assert (_roles(r)["chair"], _roles(r)["next_chair"]) == ("Công an tỉnh Cao Bằng", None)
