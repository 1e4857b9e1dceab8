"""Forms of the twenty-second pass, each on an invented example."""

LEAD = "Ngày 15/01/2024, Cụm thi đua số 2 các tỉnh Tây Nguyên tổ chức hội nghị tổng kết công tác thi đua năm 2023. "


def _people(r):
    return [(p["name"], p["title"]) for p in r["people"]]


def test_a_central_highlands_name_opened_by_h_apostrophe_after_its_title(rec):
    r = rec(LEAD + "Phó Chủ tịch UBND tỉnh Kon Tum H’Bia Mlô phát biểu chỉ đạo hội nghị.")
    assert _people(r) == [("H’Bia Mlô", "Phó Chủ tịch UBND tỉnh Kon Tum")]
    # (a district so named stays in the title; the person is the family name after it)
    r = rec(LEAD + "Chủ tịch UBND huyện Ia H’Drai Trần Văn Quân phát biểu chỉ đạo hội nghị.")
    assert _people(r) == [("Trần Văn Quân", "Chủ tịch UBND huyện Ia H’Drai")]


def test_an_attendance_roll_goes_on_after_a_semicolon_with_the_staff_of_other_units(rec):
    r = rec(LEAD + "Dự hội nghị có lãnh đạo Văn phòng UBND các tỉnh: Gia Lai, Kon Tum, Đắk Nông; Lãnh đạo Sở Nội vụ, Lãnh đạo Ban "
            "Thi đua - Khen thưởng 5 tỉnh thuộc Cụm.")
    assert r["cluster"]["members"] == ["Gia Lai", "Kon Tum", "Đắk Nông"]
    # (a roll whose every item names staff is read as before)
    r = rec(LEAD + "Cụm thi đua gồm các tỉnh: Gia Lai; Kon Tum; Đắk Nông; Lâm Đồng.")
    assert r["cluster"]["members"] == ["Gia Lai", "Kon Tum", "Đắk Nông", "Lâm Đồng"]


def test_leading_a_delegation_to_the_meeting_is_attending_it(rec):
    r = rec(LEAD + "Đoàn đại biểu tỉnh Lâm Đồng do đồng chí Phan Thị Mai - Phó Giám đốc Sở Nội vụ làm Trưởng đoàn.")
    assert [(p["name"], p["roles"]) for p in r["people"]] == [("Phan Thị Mai", ["attended"])]


def test_a_banner_of_the_year_s_theme_above_the_headline_is_no_headline(rec):
    r = rec("Chủ đề công tác năm 2023: \"Đoàn kết, kỷ cương, đổi mới\" - Chào mừng kỷ niệm 50 năm Ngày thành lập huyện (01/05/1973 - "
            "01/05/2023)\n\nCụm thi đua các huyện miền núi tổng kết công tác thi đua năm 2023\n\n" + LEAD)
    assert r["title"] == "Cụm thi đua các huyện miền núi tổng kết công tác thi đua năm 2023"


def test_recipients_counted_and_described_at_length_before_their_colon(rec):
    r = rec(LEAD + "Dịp này, UBND tỉnh trao bằng khen cho 2 tập thể có thành tích xuất sắc trong phong trào thi đua yêu nước của cụm "
            "gồm: Hội Khuyến học tỉnh và Hội Người mù tỉnh.")
    assert [(a["recipient"], a["award"]) for a in r["awards"]] == [("Hội Khuyến học tỉnh", "bằng khen"), ("Hội Người mù tỉnh", "bằng khen")]


def test_a_unit_named_as_a_member_on_its_own(rec):
    r = rec(LEAD + "Trong đó, Hội Cựu thanh niên xung phong tỉnh là thành viên của Cụm đã tham gia tích cực các hoạt động chung.")
    assert r["cluster"]["members"] == ["Hội Cựu thanh niên xung phong tỉnh"]
    # (a kind of unit in the plural names none)
    r = rec(LEAD + "Dự hội nghị có đại diện lãnh đạo Hội Cựu chiến binh các tỉnh là đơn vị thành viên của Cụm.")
    assert r["cluster"]["members"] == []


def test_the_leader_described_as_excellent_and_exemplary_and_the_next_act_after_it(rec):
    r = rec(LEAD + "Khối đã bình bầu, suy tôn 01 đơn vị xuất sắc tiêu biểu dẫn đầu của Khối là Phòng Tư pháp và suy tôn 02 cá nhân "
            "tiêu biểu xuất sắc.")
    assert [(x["rank"], x["organization"]) for x in r["rankings"]] == [(1, "Phòng Tư pháp")]


def test_a_byline_in_capitals_closed_by_a_bare_pipe_and_glued_to_the_last_full_stop(rec):
    body = ("Tại huyện Đắk Glei, Công an tỉnh vừa tổ chức hội nghị tổng kết công tác thi đua năm 2019 của khối thi đua các huyện "
            "miền núi. Dịp này, các đại biểu đề nghị tặng danh hiệu “Đơn vị tiên tiến” cho công an các huyện Đắk Glei, Ngọc Hồi "
            "và Kon Plông.")
    r = rec("Tổng kết công tác thi đua năm 2019 khối các huyện miền núi\n\nLÊ MINH |\n\n" + body + "LÊ MINH\n")
    assert r["author"] == "LÊ MINH"
    assert [a["recipient"] for a in r["awards"]] == ["Đắk Glei", "Ngọc Hồi", "Kon Plông"]
    # (a heading in capitals with no pipe is no byline)
    r = rec("Tổng kết công tác thi đua năm 2019 khối các huyện miền núi\n\nTIN TỨC SỰ KIỆN\n\n" + body + "\n")
    assert r["author"] is None


def test_a_branch_of_an_association_is_a_unit_and_its_head_a_position(rec):
    r = rec("Chiều 8/12, Cụm thi đua số 4 tổ chức tổng kết công tác năm 2025. Ông Phạm Văn Long – Cụm trưởng Cụm thi đua số 4, "
            "Chi hội trưởng Chi hội Luật gia Trường đại học Luật cho biết, năm 2025 Cụm hoạt động hiệu quả.")
    assert r["cluster"]["chair"]["organization"] == "Chi hội Luật gia Trường đại học Luật"
    assert r["cluster"]["chair"]["person"] == "Phạm Văn Long"


def test_the_bare_year_at_a_signing_is_the_year_ahead_and_its_tasks_list_an_event(rec):
    lead = ("Sáng 12/3/2021, Khối thi đua các cơ quan Đảng tỉnh tổ chức hội nghị ký kết giao ước thi đua năm 2021. Các đơn vị "
            "trong Khối đã ký kết giao ước thi đua. ")
    r = rec(lead + "Trong năm khối xác định các nhiệm vụ trọng tâm: tổ chức hội thao chào mừng ngày thành lập Đảng; sơ kết 6 tháng.")
    assert sorted(_kinds_of(r)) == ["covenant", "plan", "tasks"]
    # (what was done in it is the period's work, no act of the meeting)
    r = rec(lead + "Trong năm, các đơn vị đã xác định các nhiệm vụ trọng tâm và tổ chức hội thao.")
    assert _kinds_of(r) == ["covenant"]


def _kinds_of(r):
    return [d["kind"] for d in r["decisions"]]


def test_the_page_meta_set_as_a_bulleted_list_under_the_headline(rec):
    r = rec("Khối thi đua các tổ chức xã hội ký kết giao ước thi đua năm 2023\n\n  • Minh Châu\n  • 15-02-2023\n  • 210 lượt đọc\n\n"
            "Sáng ngày 14/02/2023, Khối thi đua các tổ chức xã hội tỉnh đã tổ chức phát động công tác thi đua và ký kết giao ước "
            "thi đua năm 2023.")
    assert r["author"] == "Minh Châu"
    assert r["published"] == "2023-02-15"
    assert sorted(_kinds_of(r)) == ["covenant", "other"]


def test_places_of_a_unit_that_did_something_are_no_members(rec):
    r = rec(LEAD + "Theo báo cáo, Hội Cựu chiến binh các tỉnh Gia Lai, Kon Tum, Đắk Nông đã tổ chức xong đại hội cấp huyện.")
    assert r["cluster"]["members"] == []
    # (the cluster named by its places, then what it did: its members)
    r = rec("Ngày 15/01/2024, Cụm thi đua các tỉnh Gia Lai, Kon Tum, Đắk Nông đã tổ chức hội nghị tổng kết công tác thi đua năm 2023.")
    assert r["cluster"]["members"] == ["Gia Lai", "Kon Tum", "Đắk Nông"]


def test_a_unit_and_a_dash_before_the_chair_role_the_cluster_s_parent_in_brackets_after_it(rec):
    r = rec("Chiều 19/12, Đài Phát thanh - Truyền hình tỉnh Ninh Thuận - Cụm trưởng Cụm thi đua số 5 (Bộ Thông tin và Truyền thông) "
            "đã tổ chức hội nghị tổng kết năm 2023.")
    assert r["cluster"]["chair"]["organization"] == "Đài Phát thanh - Truyền hình tỉnh Ninh Thuận"
    # (the unit in brackets after its role, no unit before it, stands)
    r = rec("Chiều 19/12, đơn vị Cụm trưởng Cụm thi đua số 5 (Sở Nội vụ) đã tổ chức hội nghị tổng kết năm 2023.")
    assert r["cluster"]["chair"]["organization"] == "Sở Nội vụ"


def test_a_site_banner_line_dates_no_page(rec):
    r = rec("Banner Ngày 9/5/2024\nChào mừng kỷ niệm 79 năm ngày thành lập Hội Chữ thập đỏ Việt Nam 23/11/1946 - 23/11/2025\n\n"
            "Hôm nay, ngày 08/7/2023 tại tỉnh Hậu Giang, cụm thi đua số 9 tổ chức Hội nghị sơ kết công tác Hội 6 tháng đầu năm 2023.")
    assert r["published"] is None
    assert r["title"] is None  # (the anniversary banner under it is no headline either)


def test_a_bloc_of_enterprises_of_all_economic_sectors_keeps_its_name(rec):
    r = rec("Ngày 05/01/2019, Khối thi đua doanh nghiệp thuộc các thành phần kinh tế tỉnh tổ chức hội nghị tổng kết công tác thi "
            "đua năm 2018.")
    assert r["cluster"]["name"] == "Khối thi đua doanh nghiệp thuộc các thành phần kinh tế"


def test_the_bare_cluster_word_with_its_count_of_places(rec):
    r = rec("Sáng 20/2, tại huyện Kbang, cụm 7 huyện phía Đông tổ chức hội nghị tổng kết phong trào thi đua yêu nước năm 2022.")
    assert r["cluster"]["member_count"] == 7
    # (the cluster's number before a district named after it is no count)
    r = rec("Ngày 5/1/2022, Cụm 4 huyện Gia Lâm tổ chức hội nghị tổng kết năm 2021.")
    assert r["cluster"]["member_count"] is None


def test_party_committee_membership_abbreviated_before_a_title(rec):
    r = rec("Ngày 07/7/2021, Khối thi đua số 02 tổ chức Hội nghị sơ kết 6 tháng đầu năm 2021. Dự hội nghị có các đồng chí: Trần Văn "
            "Hòa, UVTV, Chủ tịch Ủy ban MTTQ Việt Nam huyện; Lê Thị Hạnh, HUV, Phó Trưởng Ban Tuyên giáo Huyện ủy.")
    assert [p["name"] for p in r["people"]] == ["Trần Văn Hòa", "Lê Thị Hạnh"]


def test_an_opening_purpose_without_a_main_clause_does_nothing(rec):
    r = rec("Ngày 08/11/2022, các tỉnh trong Cụm thi đua số 7 tổ chức kiểm tra chéo phong trào thi đua năm 2022. Để đánh giá kết quả "
            "thực hiện các phong trào thi đua, để có cơ sở bình xét đơn vị tiêu biểu trình Bộ xem xét tặng các danh hiệu thi đua "
            "trong năm 2022.")
    assert _kinds_of(r) == []
