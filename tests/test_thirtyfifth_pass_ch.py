"""The thirty-fifth pass (ch): the chair and the next chair in more forms. A role noted on the unit before it ("A, Cụm
trưởng Cụm thi đua số N - Bộ X") is that unit's, not the parent body's after the dash; a title names the chair through an
abbreviation joined by "&" ("Sở GD&ĐT A"); a role held in a person's title keeps the title's unit whole; a headline's role
dated after the year reviewed is the next one; the deputy of a presiding unit who reports acts for it; the unit of a person's
position noted as taking the role ("đơn vị nhận nhiệm vụ Cụm trưởng năm N+1") is the next chair and the flag's recipient; the
next chair's person is the one who speaks to take it on. Examples written for these tests."""
from record_views import kinds, roles

REVIEW = "Ngày 9/1/2025, Cụm thi đua số 2 tổ chức hội nghị tổng kết công tác thi đua năm 2024. "


def _chair(r: dict, key: str = "chair") -> dict | None:
    return r["cluster"][key]


# --- a role noted on the unit before it, the cluster's parent body after the dash ------------------------------------


def test_a_role_noted_on_the_unit_before_it_is_that_units_not_the_parent_bodys(rec):
    r = rec("Ngày 8/11/2024, tại Hà Nội, Viện Dược liệu Miền Bắc, Cụm trưởng Cụm thi đua số 4 - Bộ Y tế, tổ chức hội nghị "
            "sơ kết công tác thi đua 9 tháng đầu năm 2024.")
    assert roles(r)["chair"] == "Viện Dược liệu Miền Bắc"


def test_a_role_noted_after_a_dash_on_the_unit_before_it(rec):
    r = rec("Ngày 8/11/2024, Trường Cao đẳng Y tế Bạch Mai - Cụm trưởng Cụm thi đua số 6 - Bộ Y tế tổ chức hội nghị sơ kết "
            "công tác thi đua năm 2024.")
    assert roles(r)["chair"] == "Trường Cao đẳng Y tế Bạch Mai"


def test_a_role_with_the_unit_after_the_clusters_number_still_reads_it(rec):
    # (no unit before the role: the unit after the dash is the chair)
    r = rec("Ngày 8/11/2024, Cụm thi đua số 6 tổ chức hội nghị sơ kết năm 2024. Hội nghị do Trưởng Cụm thi đua số 6 - Trường "
            "Cao đẳng Y tế Thái Bình chủ trì.")
    assert roles(r)["chair"] == "Trường Cao đẳng Y tế Thái Bình"


# --- the chair unit written in full, the title by its abbreviation ----------------------------------------------------


def test_a_title_names_the_chair_by_its_abbreviation_joined_with_ampersand(rec):
    r = rec("Ngày 22/7/2024, Sở Giáo dục và Đào tạo tỉnh Sơn La - Cụm trưởng Cụm thi đua số 3 tổ chức hội nghị tổng kết năm "
            "học 2023 - 2024. Ông Đinh Văn Khải, Giám đốc Sở GD&ĐT Sơn La chủ trì hội nghị.")
    assert _chair(r) == {"organization": "Sở Giáo dục và Đào tạo tỉnh Sơn La", "person": "Đinh Văn Khải"}


def test_another_departments_abbreviation_is_not_the_chair(rec):
    r = rec("Ngày 22/7/2024, Sở Giáo dục và Đào tạo tỉnh Sơn La - Cụm trưởng Cụm thi đua số 3 tổ chức hội nghị tổng kết năm "
            "học 2023 - 2024. Ông Đinh Văn Khải, Giám đốc Sở TN&MT Sơn La chủ trì hội nghị.")
    assert _chair(r)["person"] is None


def test_the_abbreviation_of_another_provinces_department_is_not_the_chair(rec):
    r = rec("Ngày 22/7/2024, Sở Giáo dục và Đào tạo tỉnh Sơn La - Cụm trưởng Cụm thi đua số 3 tổ chức hội nghị tổng kết năm "
            "học 2023 - 2024. Ông Đinh Văn Khải, Giám đốc Sở GD&ĐT Lai Châu chủ trì hội nghị.")
    assert _chair(r)["person"] is None


# --- a role held in a person's own title keeps the title's unit whole -------------------------------------------------


def test_a_role_in_a_persons_title_keeps_the_unit_of_the_title_whole(rec):
    r = rec("Ngày 6/3/2024, Khối thi đua các cơ quan tham mưu Tỉnh ủy Hà Giang tổ chức lễ ký kết giao ước thi đua năm 2024.\n"
            "Các đơn vị ký kết gồm: Ban Tổ chức, Ban Tuyên giáo, Văn phòng Tỉnh ủy.\n"
            "Đồng chí Vàng Thị Mai, Trưởng Ban Tuyên giáo Tỉnh ủy, Trưởng khối năm 2024 phát biểu.")
    assert _chair(r) == {"organization": "Ban Tuyên giáo Tỉnh ủy", "person": "Vàng Thị Mai"}


def test_a_fronted_role_still_gives_the_member_the_title_names_with_its_place(rec):
    # (the role not in the title: the member listed short is the chair, as before)
    r = rec("Ngày 12/1/2024, Khối thi đua số 02 tổ chức hội nghị ký kết giao ước thi đua năm 2024. Khối gồm: Phòng Tư pháp, "
            "Phòng Nội vụ, Phòng Y tế. Là đơn vị Khối trưởng, đồng chí Lê Thị An – Trưởng phòng Nội vụ huyện Gia Lâm phát "
            "biểu nhận nhiệm vụ.")
    assert roles(r)["chair"] == "Phòng Nội vụ"


# --- a headline naming next year's chair ------------------------------------------------------------------------------


def test_a_headline_naming_next_years_chair_after_a_dashed_cluster_name_is_the_next_chair(rec):
    r = rec("Sở Công Thương làm Trưởng khối thi đua Kinh tế - Kỹ thuật năm 2025\n"
            "Sáng 27/12/2024, Khối thi đua Kinh tế - Kỹ thuật tỉnh Nghệ An tổ chức hội nghị tổng kết công tác thi đua năm 2024.\n"
            "Năm 2024, Sở Xây dựng là Trưởng khối. Hội nghị thống nhất Sở Công Thương làm Trưởng khối năm 2025.")
    assert roles(r) == {"chair": "Sở Xây dựng", "next_chair": "Sở Công Thương"}


def test_a_headline_naming_the_chair_of_the_year_reviewed_stays_the_chair(rec):
    r = rec("Sở Xây dựng làm Trưởng khối thi đua Kinh tế - Kỹ thuật năm 2024\n"
            "Sáng 27/12/2024, Khối thi đua Kinh tế - Kỹ thuật tỉnh Nghệ An tổ chức hội nghị tổng kết công tác thi đua năm 2024.\n"
            "Hội nghị do Sở Xây dựng chủ trì.")
    assert roles(r) == {"chair": "Sở Xây dựng"}


# --- the deputy of a presiding unit who reports -----------------------------------------------------------------------


def test_the_deputy_of_the_presiding_chair_unit_who_reports_is_its_person(rec):
    r = rec("Ngày 17/7/2025, Cụm thi đua số 2 tổ chức hội nghị sơ kết 6 tháng đầu năm 2025. Hội nghị do Sở Nội vụ (Cụm "
            "trưởng) và Sở Tư pháp (Cụm phó) đồng chủ trì. Ông Lê Đức Toàn, Phó Giám đốc Sở Nội vụ trình bày báo cáo sơ kết.")
    assert _chair(r) == {"organization": "Sở Nội vụ", "person": "Lê Đức Toàn"}


def test_a_deputy_who_only_reports_is_not_the_chairs_person(rec):
    # (the unit not said to preside: a deputy reporting is not named as acting for it)
    r = rec("Ngày 17/7/2025, Cụm thi đua số 2 tổ chức hội nghị sơ kết 6 tháng đầu năm 2025. Sở Nội vụ là Cụm trưởng.\n"
            "Ông Lê Đức Toàn, Phó Giám đốc Sở Nội vụ trình bày báo cáo sơ kết.")
    assert _chair(r) == {"organization": "Sở Nội vụ", "person": None}


def test_the_deputy_of_another_unit_who_reports_is_not_the_chairs_person(rec):
    r = rec("Ngày 17/7/2025, Cụm thi đua số 2 tổ chức hội nghị sơ kết 6 tháng đầu năm 2025. Hội nghị do Sở Nội vụ (Cụm "
            "trưởng) chủ trì. Ông Lê Đức Toàn, Phó Giám đốc Sở Tư pháp trình bày báo cáo sơ kết.")
    assert _chair(r) == {"organization": "Sở Nội vụ", "person": None}


# --- the unit noted as taking the role after a person's position --------------------------------------------------------


HANDOVER = ("Đồng chí Trần Văn Bình, Chủ tịch UBND huyện Kỳ Anh, Cụm trưởng năm 2024 trao Cờ luân lưu cho đồng chí Phạm Thị "
            "Lý, Chủ tịch UBND huyện Hương Khê, đơn vị nhận nhiệm vụ Cụm trưởng năm 2025.")


def test_the_unit_noted_as_taking_the_role_after_a_persons_position_is_the_next_chair(rec):
    r = rec(REVIEW + HANDOVER)
    assert _chair(r, "next_chair") == {"organization": "UBND huyện Hương Khê", "person": "Phạm Thị Lý"}
    assert "election" in kinds(r)


def test_the_rotating_flag_handed_to_the_units_leader_goes_to_the_unit(rec):
    r = rec(REVIEW + HANDOVER)
    assert [(a["recipient"], a["award"]) for a in r["awards"]] == [("UBND huyện Hương Khê", "Cờ luân lưu")]


def test_an_award_handed_to_a_person_with_no_note_on_the_unit_stays_the_persons(rec):
    r = rec(REVIEW + "Đồng chí Trần Văn Bình, Chủ tịch UBND huyện Kỳ Anh trao Bằng khen cho đồng chí Phạm Thị Lý, Chủ tịch "
            "UBND huyện Hương Khê.")
    assert [a["recipient"] for a in r["awards"]] == ["Phạm Thị Lý"]
    assert _chair(r, "next_chair") is None


# --- the next chair's person who speaks to take it on ---------------------------------------------------------------


def test_the_next_chairs_leader_who_speaks_to_take_the_role_on_is_its_person(rec):
    r = rec("Ngày 19/12/2025, Khối thi đua các cơ quan nội chính tổ chức hội nghị tổng kết năm 2025.\n"
            "Thanh tra tỉnh nhận nhiệm vụ Khối trưởng năm 2026. Phát biểu nhận nhiệm vụ, ông Hà Văn Sơn, Chánh Thanh tra "
            "tỉnh cảm ơn các đơn vị.")
    assert _chair(r, "next_chair") == {"organization": "Thanh tra tỉnh", "person": "Hà Văn Sơn"}


def test_the_next_chairs_leader_who_speaks_of_something_else_is_not_its_person(rec):
    r = rec("Ngày 19/12/2025, Khối thi đua các cơ quan nội chính tổ chức hội nghị tổng kết năm 2025.\n"
            "Thanh tra tỉnh nhận nhiệm vụ Khối trưởng năm 2026. Ông Hà Văn Sơn, Chánh Thanh tra tỉnh phát biểu tham luận về "
            "công tác phòng, chống tham nhũng.")
    assert _chair(r, "next_chair") == {"organization": "Thanh tra tỉnh", "person": None}


# --- near forms (negative) --------------------------------------------------------------------------------------------


def test_the_meetings_place_before_a_role_with_its_unit_after_the_dash_is_no_chair(rec):
    # ("tại tỉnh A," places the meeting: the unit after the cluster's number is the chair, as before)
    r = rec("Ngày 12/11/2024, tại tỉnh Bắc Kạn, Cụm trưởng Cụm thi đua số 5 - Trường Cao đẳng Bắc Kạn tổ chức hội nghị sơ kết "
            "công tác thi đua năm 2024.")
    assert roles(r)["chair"] == "Trường Cao đẳng Bắc Kạn"


def test_an_award_to_a_person_whose_unit_a_note_praises_stays_the_persons(rec):
    r = rec(REVIEW + "Đồng chí Trần Văn Bình, Chủ tịch UBND huyện Kỳ Anh trao Giấy khen cho đồng chí Phạm Thị Lý, Phó Chủ tịch "
            "UBND xã Kỳ Tân, đơn vị có thành tích xuất sắc.")
    assert [a["recipient"] for a in r["awards"]] == ["Phạm Thị Lý"]
