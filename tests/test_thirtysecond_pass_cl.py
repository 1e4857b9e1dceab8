"""The thirty-second pass, cluster fields (cl): next year's roles, chairs and member counts in forms reviewers reported.
Examples written for these tests."""


def test_member_count_of_credit_institutions(rec):
    lead = "Chiều 12/1, Khối thi đua các ngân hàng tỉnh Hà Nam tổ chức Hội nghị tổng kết năm 2023. "
    for s, n in (("Khối thi đua có 11 tổ chức tín dụng thành viên.", 11),
                 ("Khối thi đua gồm 9 tổ chức tín dụng.", 9),
                 ("Khối thi đua gồm 16 TCTD trên địa bàn.", 16),
                 ("Khối gồm 6 Quỹ tín dụng nhân dân.", 6)):
        assert rec(lead + s)["cluster"]["member_count"] == n, s
    # (those that achieved something are no count of members)
    assert rec(lead + "Khối có 4 tổ chức tín dụng đạt danh hiệu xuất sắc.")["cluster"]["member_count"] is None


def test_next_years_roles_as_label_lines_or_a_table_under_a_lead(rec):
    # (label lines under a lead that names an act and only a later year)
    r = rec("Cụm thi đua số 7 tổng kết năm 2024. Hội nghị thống nhất nhân sự năm 2025:\nCụm trưởng: UBND huyện Tân Lạc\n"
            "Cụm phó: UBND huyện Lạc Sơn")
    c = r["cluster"]
    assert c["chair"] is None and c["vice_chair"] is None
    assert c["next_chair"]["organization"] == "UBND huyện Tân Lạc"
    assert c["next_vice_chair"]["organization"] == "UBND huyện Lạc Sơn"
    # (a table's rows under a lead that names the roles of the next year)
    r = rec("Khối thi đua số 2 tổng kết năm 2024. Hội nghị đã thống nhất Trưởng khối, Phó trưởng khối năm 2025 như sau:\n"
            "Chức danh | Đơn vị\nTrưởng khối | Sở Văn hóa và Thể thao\nPhó trưởng khối | Sở Khoa học và Công nghệ")
    c = r["cluster"]
    assert c["chair"] is None
    assert (c["next_chair"]["organization"], c["next_vice_chair"]["organization"]) == ("Sở Văn hóa và Thể thao", "Sở Khoa học và Công nghệ")
    assert [d["kind"] for d in r["decisions"]] == ["election"]
    # (a representative's cell: the person's title is the position written with the name, the roles the next year's)
    r = rec("Cụm thi đua số 3 tổng kết năm 2024. Sở Tài chính là Cụm trưởng, Sở Xây dựng là Cụm phó. Phân công nhiệm vụ năm 2025:\n"
            "Chức danh | Đơn vị | Người đại diện\nCụm trưởng | Sở Xây dựng | Ông Lê Văn Thành, Giám đốc\n"
            "Cụm phó | Sở Công Thương | Bà Đỗ Thị Mai, Phó Giám đốc")
    c = r["cluster"]
    assert (c["chair"]["organization"], c["chair"]["person"]) == ("Sở Tài chính", None)
    assert (c["vice_chair"]["organization"], c["vice_chair"]["person"]) == ("Sở Xây dựng", None)
    assert (c["next_chair"]["organization"], c["next_vice_chair"]["organization"]) == ("Sở Xây dựng", "Sở Công Thương")
    assert [p["title"] for p in r["people"]] == ["Giám đốc", "Phó Giám đốc"]


def test_label_lines_under_a_lead_of_the_year_reviewed_are_this_years(rec):
    r = rec("Cụm thi đua số 7 tổng kết năm 2024. Hội nghị thống nhất nhân sự năm 2024:\nCụm trưởng: UBND huyện Tân Lạc")
    c = r["cluster"]
    assert c["chair"]["organization"] == "UBND huyện Tân Lạc" and c["next_chair"] is None


def test_both_roles_given_after_cho_is_an_election(rec):
    r = rec("Khối thi đua số 2 tổng kết năm 2024. Hội nghị đã thống nhất phân công nhiệm vụ Trưởng khối, Phó trưởng khối năm 2025 "
            "cho Sở Văn hóa và Thể thao và Sở Khoa học và Công nghệ.")
    assert [d["kind"] for d in r["decisions"]] == ["election"]


def test_past_chairs_with_their_years_and_a_run_of_years(rec):
    r = rec("Cụm thi đua số 4 tổng kết năm 2024. Qua 8 năm, các đơn vị lần lượt làm Cụm trưởng: Sở Nội vụ (năm 2017), Sở "
            "Tài chính (năm 2020). Năm 2024, Sở Xây dựng là Cụm trưởng.")
    assert r["cluster"]["chair"]["organization"] == "Sở Xây dựng"
    # (the year of the meeting's own period in the note is this year's)
    r = rec("Cụm thi đua số 4 tổng kết năm 2024. Các đơn vị làm Cụm trưởng: Sở Xây dựng (năm 2024).")
    assert r["cluster"]["chair"]["organization"] == "Sở Xây dựng"
    r = rec("Ngày 28/12/2024, Cụm thi đua số 6 tổng kết năm 2024. Đây là năm thứ ba liên tiếp huyện Kim Bôi giữ vai trò Cụm trưởng.")
    assert r["cluster"]["chair"]["organization"] == "huyện Kim Bôi"


def test_a_role_dated_after_the_clusters_name_of_lower_case_kind(rec):
    r = rec("Ngày 10/1, Cụm thi đua các doanh nghiệp tỉnh Hòa Bình tổ chức hội nghị tổng kết năm 2024. Công ty Điện lực Hòa "
            "Bình làm Cụm trưởng Cụm thi đua doanh nghiệp năm 2025.")
    c = r["cluster"]
    assert c["chair"] is None and c["next_chair"]["organization"] == "Công ty Điện lực Hòa Bình"
    # (the year reviewed after the name: the role held now)
    r = rec("Ngày 10/1, Cụm thi đua các doanh nghiệp tỉnh Hòa Bình tổ chức hội nghị tổng kết năm 2024. Công ty Điện lực Hòa "
            "Bình làm Cụm trưởng Cụm thi đua doanh nghiệp năm 2024.")
    c = r["cluster"]
    assert c["chair"]["organization"] == "Công ty Điện lực Hòa Bình" and c["next_chair"] is None
