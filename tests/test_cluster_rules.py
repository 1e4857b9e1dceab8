"""Cluster rules: name, kind, number, member count, member lists, chair and vice-chair (own examples)."""


def test_name_drops_the_province_suffix_and_gives_the_province(rec):
    r = rec("Ngày 9/7/2024, tại Sở Tư pháp, Khối thi đua các cơ quan Nội chính tỉnh Bình Định tổ chức Hội nghị sơ kết "
            "6 tháng đầu năm 2024.")
    assert r["cluster"]["name"] == "Khối thi đua các cơ quan Nội chính"
    assert r["cluster"]["kind"] == "khoi"
    assert r["cluster"]["number"] is None
    assert r["meeting"]["province"] == "Bình Định"


def test_numbered_cluster_of_a_ministry_has_no_province(rec):
    r = rec("Ngày 4/12/2023, tại Công an tỉnh Gia Lai, Cụm thi đua số 4, Bộ Công an tổ chức Hội nghị tổng kết năm 2023.")
    assert r["cluster"]["name"] == "Cụm thi đua số 4"
    assert r["cluster"]["number"] == 4
    assert r["meeting"]["province"] is None


def test_roman_number_keeps_its_descriptor(rec):
    r = rec("Chiều ngày 11/7/2023, tại trụ sở Điện lực Bắc Giang, Cụm III - Các doanh nghiệp ngoài quốc doanh "
            "tổ chức Hội nghị sơ kết 6 tháng đầu năm 2023.")
    assert r["cluster"]["name"] == "Cụm III - Các doanh nghiệp ngoài quốc doanh"
    assert r["cluster"]["number"] == 3
    assert r["meeting"]["province"] == "Bắc Giang"


def test_count_of_provinces_is_not_a_number(rec):
    r = rec("Sáng 15/11, tại tỉnh Sơn La diễn ra Hội nghị tổng kết năm 2022 của Cụm thi đua 05 tỉnh Tây Bắc ngành Y tế.")
    assert r["cluster"]["number"] is None
    assert r["cluster"]["member_count"] == 5
    assert r["meeting"]["province"] is None


def test_number_before_a_city_name_is_a_number(rec):
    r = rec("Ngày 19/7/2023, Khối thi đua 8 thành phố Đà Nẵng tổ chức hội nghị sơ kết 6 tháng đầu năm 2023.")
    assert r["cluster"]["number"] == 8
    assert r["cluster"]["name"] == "Khối thi đua 8"
    assert r["meeting"]["province"] == "Đà Nẵng"


def test_member_list_with_role_notes(rec):
    r = rec("Ngày 6/1/2024, tại Công ty Cổ phần Cấp nước Sơn Hà, Cụm thi đua số 12 tổ chức Hội nghị tổng kết năm 2023.\n\n"
            "Cụm thi đua số 12 gồm các đơn vị: Công ty Cổ phần Cấp nước Sơn Hà (Cụm trưởng), Công ty TNHH Một thành viên "
            "Thủy lợi Nam (Cụm phó), Công ty Cổ phần Môi trường Đô thị và Công ty Cổ phần Vận tải Hoàng Long.")
    c = r["cluster"]
    assert c["members"] == ["Công ty Cổ phần Cấp nước Sơn Hà", "Công ty TNHH Một thành viên Thủy lợi Nam",
                            "Công ty Cổ phần Môi trường Đô thị", "Công ty Cổ phần Vận tải Hoàng Long"]
    assert c["chair"] == {"organization": "Công ty Cổ phần Cấp nước Sơn Hà", "person": None}
    assert c["vice_chair"] == {"organization": "Công ty TNHH Một thành viên Thủy lợi Nam", "person": None}


def test_member_list_separated_by_semicolons(rec):
    r = rec("Chiều 20/11, Cụm thi đua số 2 Bộ Chỉ huy Quân sự tỉnh Long An, gồm: Phòng Tham mưu; Phòng Chính trị; "
            "Phòng Hậu cần - Kỹ thuật và Trung đoàn 737 tổ chức Hội nghị tổng kết năm 2024.")
    assert r["cluster"]["members"] == ["Phòng Tham mưu", "Phòng Chính trị", "Phòng Hậu cần - Kỹ thuật", "Trung đoàn 737"]
    assert r["meeting"]["province"] == "Long An"


def test_member_list_of_provinces(rec):
    r = rec("Ngày 5/12/2022, tại Công an tỉnh Cà Mau, Cụm thi đua số 9, Bộ Công an tổ chức Hội nghị tổng kết năm 2022.\n\n"
            "Cụm thi đua số 9 gồm Công an các tỉnh: Cà Mau, Bạc Liêu, Sóc Trăng và Hậu Giang, do Công an tỉnh Cà Mau làm "
            "Cụm trưởng, Công an tỉnh Hậu Giang làm Cụm phó.")
    c = r["cluster"]
    assert c["members"] == ["Cà Mau", "Bạc Liêu", "Sóc Trăng", "Hậu Giang"]
    assert c["chair"]["organization"] == "Công an tỉnh Cà Mau"
    assert c["vice_chair"]["organization"] == "Công an tỉnh Hậu Giang"


def test_truncated_member_list_drops_the_cut_item(rec):
    r = rec("Ngày 8/7/2023, tại Sở Nội vụ, Khối thi đua các cơ quan Đảng tổ chức hội nghị sơ kết 6 tháng đầu năm 2023. "
            "Tham dự có lãnh đạo các đơn vị trong Khối bao gồm: Ban Tổ chức Tỉnh ủy, Ban Tuyên giáo Tỉnh ủy, Văn ph\n\nẢnh tin bài")
    assert r["cluster"]["members"] == ["Ban Tổ chức Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy"]
    assert [(w["code"], w["field"]) for w in r["warnings"]] == [("list_truncated", "cluster.members")]


def test_parenthesised_members_after_the_name(rec):
    r = rec("Ngày 14-10, Cụm thi đua 3 phòng (Tham mưu, Chính trị, Hậu cần) trực thuộc Bộ CHQS tỉnh tổ chức tổng kết năm 2022.")
    assert r["cluster"]["name"] == "Cụm thi đua 3 phòng"
    assert r["cluster"]["members"] == ["Tham mưu", "Chính trị", "Hậu cần"]
    assert r["cluster"]["member_count"] == 3


def test_member_count_phrases(rec):
    for phrase, n in [("của 09 đơn vị thành viên trong Cụm", 9), ("gồm 11 đơn vị", 11),
                      ("đầy đủ 06 thành viên trong Khối", 6)]:
        r = rec(f"Ngày 2/7/2024, tại Sở Y tế, Khối thi đua các cơ quan văn hóa - xã hội tổ chức hội nghị sơ kết. Dự hội nghị có lãnh đạo {phrase}.")
        assert r["cluster"]["member_count"] == n, phrase


def test_award_counts_are_not_member_counts(rec):
    r = rec("Ngày 2/1/2024, Cụm thi đua số 3 tổ chức tổng kết năm 2023. Cụm thi đua số 3 có 2 đơn vị được tặng Cờ thi đua của Chính phủ.")
    assert r["cluster"]["member_count"] is None


def test_chair_named_as_unit(rec):
    r = rec("Ngày 12/1/2024, Cụm thi đua số 6 tổ chức Hội nghị tổng kết năm 2023. Trưởng cụm là Công ty Cổ phần Dược Minh Hải.")
    assert r["cluster"]["chair"] == {"organization": "Công ty Cổ phần Dược Minh Hải", "person": None}


def test_chair_from_a_person_title(rec):
    r = rec("Ngày 12/7/2024, tại Công ty Cổ phần Sông Đà 9, Cụm thi đua số 6 tổ chức Hội nghị sơ kết 6 tháng đầu năm 2024. "
            "Ông Lê Văn An, Giám đốc Công ty Cổ phần Sông Đà 9, Cụm trưởng Cụm thi đua năm 2024 báo cáo kết quả.")
    assert r["cluster"]["chair"] == {"organization": "Công ty Cổ phần Sông Đà 9", "person": "Lê Văn An"}


def test_vice_chair_spoken_for_expands_to_the_member(rec):
    r = rec("Ngày 10/7/2020, Cụm II - Các doanh nghiệp Trung ương tổ chức hội nghị sơ kết 6 tháng đầu năm 2020 với 05 đơn vị "
            "thành viên: Bưu điện tỉnh Hà Nam, Viễn thông Hà Nam, Điện lực Hà Nam, Công ty Xăng dầu Hà Nam, Ngân hàng Nông nghiệp Hà Nam.\n\n"
            "Tại hội nghị, bà Trịnh Thu Hà, Giám đốc Bưu điện tỉnh - đại diện đơn vị Cụm phó trình bày dự thảo báo cáo.")
    assert r["cluster"]["vice_chair"] == {"organization": "Bưu điện tỉnh Hà Nam", "person": "Trịnh Thu Hà"}


def test_next_year_units_elected(rec):
    r = rec("Ngày 15/1/2024, Cụm thi đua số 8 tổ chức Hội nghị tổng kết năm 2023. Hội nghị đã thống nhất bầu Công ty Cổ phần "
            "Đường Biên Hòa làm Cụm trưởng, Công ty Cổ phần Giấy Tân Mai làm Cụm phó năm 2024.")
    c = r["cluster"]
    assert c["next_chair"] == {"organization": "Công ty Cổ phần Đường Biên Hòa", "person": None}
    assert c["next_vice_chair"] == {"organization": "Công ty Cổ phần Giấy Tân Mai", "person": None}
    assert c["chair"] is None
    assert "election" in [d["kind"] for d in r["decisions"]]


def test_handover_names_current_and_next_chair(rec):
    r = rec("Sáng 20/11, Cụm thi đua số 7 tổ chức hội nghị tổng kết năm 2023. Công an tỉnh Phú Yên đã bàn giao đơn vị "
            "Cụm trưởng Cụm thi đua số 7 năm 2024 cho Công an tỉnh Khánh Hòa.")
    c = r["cluster"]
    assert c["chair"]["organization"] == "Công an tỉnh Phú Yên"
    assert c["next_chair"]["organization"] == "Công an tỉnh Khánh Hòa"


def test_elected_units_after_the_role(rec):
    r = rec("Ngày 9/1/2025, Cụm thi đua số 2 tổ chức tổng kết năm 2024. Hội nghị đã bầu đơn vị Cụm trưởng năm 2025 là "
            "Công an tỉnh Hà Nam, đơn vị Cụm phó là Công an tỉnh Ninh Bình.")
    c = r["cluster"]
    assert c["next_chair"]["organization"] == "Công an tỉnh Hà Nam"
    assert c["next_vice_chair"]["organization"] == "Công an tỉnh Ninh Bình"


def test_name_with_a_protected_comma(rec):
    r = rec("Ngày 3/12/2023, Cụm thi đua ngành Văn hóa, Thể thao và Du lịch các tỉnh Tây Nguyên đã tổ chức Hội nghị tổng kết năm 2023. "
            "Hội nghị thống nhất bầu Sở Văn hóa, Thể thao và Du lịch tỉnh Đắk Lắk làm cụm trưởng năm 2024.")
    assert r["cluster"]["name"] == "Cụm thi đua ngành Văn hóa, Thể thao và Du lịch các tỉnh Tây Nguyên"
    assert r["cluster"]["next_chair"]["organization"] == "Sở Văn hóa, Thể thao và Du lịch tỉnh Đắk Lắk"
    assert r["meeting"]["province"] is None


def test_unit_name_with_va_inside(rec):
    r = rec("Chiều 12/10, Khối thi đua các Ngân hàng thương mại tổ chức hội nghị sơ kết 9 tháng năm 2023. Khối gồm 08 đơn vị "
            "thành viên, do Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh tỉnh Trà Vinh làm Trưởng khối.")
    assert r["cluster"]["chair"]["organization"] == "Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh tỉnh Trà Vinh"
    assert r["cluster"]["member_count"] == 8


def test_member_count_after_a_long_unit_type(rec):
    r = rec("Ngày 16/01/2024, Cụm thi đua số 2 tổ chức tổng kết năm 2023. Cụm thi đua số 2 gồm Tòa án nhân dân 5 tỉnh: "
            "Quảng Ninh, Hải Dương, Bắc Giang, Lạng Sơn và Cao Bằng.")
    assert r["cluster"]["member_count"] == 5
    assert r["cluster"]["members"] == ["Quảng Ninh", "Hải Dương", "Bắc Giang", "Lạng Sơn", "Cao Bằng"]


def test_role_note_in_parentheses_outside_a_list(rec):
    r = rec("Sáng ngày 13/7/2023, UBND xã Hòa Lạc (đơn vị Cụm trưởng) đã chủ trì tổ chức Hội nghị sơ kết 6 tháng đầu năm 2023 "
            "của Cụm thi đua số 3 huyện Đức Thọ.")
    assert r["cluster"]["chair"] == {"organization": "UBND xã Hòa Lạc", "person": None}
    # the cluster's district belongs to one province (annotation.md: districts of one province give it)
    assert r["meeting"]["province"] == "Hà Tĩnh"


def test_members_one_per_line(rec):
    r = rec("Ngày 5/1/2024, tại Sở Xây dựng, Khối thi đua các sở quản lý chuyên ngành tổ chức Hội nghị tổng kết năm 2023.\n"
            "Khối thi đua gồm các đơn vị:\n- Sở Xây dựng (Trưởng khối);\n- Sở Giao thông vận tải (Phó Trưởng khối);\n"
            "- Sở Công Thương;\n- Sở Tài nguyên và Môi trường.\nHội nghị đã thống nhất các nhiệm vụ trọng tâm năm 2024.")
    c = r["cluster"]
    assert c["members"] == ["Sở Xây dựng", "Sở Giao thông vận tải", "Sở Công Thương", "Sở Tài nguyên và Môi trường"]
    assert c["chair"]["organization"] == "Sở Xây dựng"
    assert c["vice_chair"]["organization"] == "Sở Giao thông vận tải"


def test_chair_of_next_year_named_after_the_role(rec):
    r = rec("Ngày 10/1/2024, Cụm thi đua số 6 tổ chức Hội nghị tổng kết năm 2023. Cụm trưởng năm 2024 là Công ty Cổ phần Cảng Quy Nhơn.")
    assert r["cluster"]["next_chair"] == {"organization": "Công ty Cổ phần Cảng Quy Nhơn", "person": None}
    assert r["cluster"]["chair"] is None


def test_host_chair_and_next_chair_in_one_article(rec):
    r = rec("Ngày 11-1-2024, tại TP Huế, Liên đoàn Lao động tỉnh Thừa Thiên Huế (Cụm trưởng) đăng cai tổ chức Hội nghị tổng kết "
            "năm 2023 Cụm thi đua số 4 Liên đoàn Lao động các tỉnh miền Trung. Hội nghị đã thống nhất chọn LĐLĐ tỉnh Quảng Bình "
            "làm Cụm trưởng năm 2024.")
    c = r["cluster"]
    assert c["chair"]["organization"] == "Liên đoàn Lao động tỉnh Thừa Thiên Huế"
    assert c["next_chair"]["organization"] == "LĐLĐ tỉnh Quảng Bình"
    assert r["meeting"]["province"] is None


def test_one_election_verb_holds_for_the_units_joined_to_it(rec):
    r = rec("Ngày 12/1/2025, tại Công an tỉnh Bình Định, Cụm thi đua số 5 tổ chức hội nghị tổng kết năm 2024.\n"
            "Năm 2024, Công an tỉnh Bình Định là Cụm trưởng, Công an tỉnh Phú Yên là Cụm phó.\n"
            "Hội nghị đã bầu Công an tỉnh Quảng Nam làm Cụm trưởng, Công an tỉnh Kon Tum làm Cụm phó Cụm thi đua số 5 năm 2025.")
    c = r["cluster"]
    assert c["chair"]["organization"] == "Công an tỉnh Bình Định" and c["vice_chair"]["organization"] == "Công an tỉnh Phú Yên"
    assert c["next_chair"]["organization"] == "Công an tỉnh Quảng Nam"
    assert c["next_vice_chair"]["organization"] == "Công an tỉnh Kon Tum"


def test_members_joined_by_va_before_a_lower_case_unit_word(rec):
    r = rec("Chiều 24/2/2026, tại UBND xã Kỳ Anh, Cụm thi đua số 7 tổ chức Lễ ký kết giao ước thi đua năm 2026.\n"
            "Cụm thi đua số 7 gồm 4 đơn vị: xã Kỳ Anh, xã Kỳ Hoa, phường Sông Trí và xã Kỳ Xuân.")
    assert r["cluster"]["members"] == ["xã Kỳ Anh", "xã Kỳ Hoa", "phường Sông Trí", "xã Kỳ Xuân"]


def test_a_role_for_the_year_after_the_review_is_the_next_one(rec):
    r = rec("Chiều 20/1/2026, tại Sở Tài chính, Cụm thi đua số 4 tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2025.\n"
            "Ông Lê Văn Bình, Giám đốc Sở Tài chính, Cụm trưởng chủ trì hội nghị. Năm 2026, Sở Xây dựng là Cụm phó.")
    c = r["cluster"]
    assert c["vice_chair"] is None and c["next_vice_chair"]["organization"] == "Sở Xây dựng"


def test_the_province_named_after_its_party_committee(rec):
    r = rec("Chiều 10/12/2025, tại trụ sở Tỉnh ủy, Khối thi đua các cơ quan Đảng Tỉnh ủy Nghệ An tổ chức hội nghị tổng kết năm 2025.")
    assert r["cluster"]["name"] == "Khối thi đua các cơ quan Đảng Tỉnh ủy"
    assert r["meeting"]["province"] == "Nghệ An"


def test_a_unit_introduced_for_the_next_year_and_a_standing_deputy_head(rec):
    r = rec("Chiều 10/12/2025, tại trụ sở Tỉnh ủy, Khối thi đua các cơ quan Đảng Tỉnh ủy Nghệ An tổ chức hội nghị tổng kết năm 2025.\n"
            "Ông Lê Văn Hòa, Phó Trưởng ban Thường trực Ban Tổ chức Tỉnh ủy, Trưởng khối chủ trì hội nghị.\n"
            "Hội nghị thống nhất giới thiệu Văn phòng Tỉnh ủy làm Trưởng khối năm 2026.")
    c = r["cluster"]
    assert c["chair"] == {"organization": "Ban Tổ chức Tỉnh ủy", "person": "Lê Văn Hòa"}
    assert c["next_chair"]["organization"] == "Văn phòng Tỉnh ủy"
    assert [d["kind"] for d in r["decisions"]] == ["election"]


def test_a_numbered_member_list_and_a_descriptor_after_a_dash(rec):
    r = rec("Chiều qua (15/12), tại Bệnh viện Đa khoa tỉnh, Cụm thi đua số 9 - Ngành Y tế tỉnh Ninh Bình tổ chức hội nghị tổng kết năm 2025.\n"
            "Cụm thi đua số 9 gồm: 1. Bệnh viện Đa khoa tỉnh; 2. Bệnh viện Sản - Nhi; 3. Trung tâm Kiểm soát bệnh tật tỉnh.")
    assert r["cluster"]["name"] == "Cụm thi đua số 9 - Ngành Y tế"
    assert r["cluster"]["members"] == ["Bệnh viện Đa khoa tỉnh", "Bệnh viện Sản - Nhi", "Trung tâm Kiểm soát bệnh tật tỉnh"]
    assert r["meeting"]["time_of_day"] == "chieu" and r["meeting"]["province"] == "Ninh Bình"


def test_the_head_of_a_body_of_the_chair_unit_speaks_for_it(rec):
    r = rec("Ngày 22/12/2025, tại Hà Nội, Khối thi đua các Tổng công ty xây dựng tổ chức hội nghị tổng kết năm 2025.\n"
            "Năm 2025, Tổng công ty Sông Đà là đơn vị Trưởng khối.\n"
            "Ông Hồ Minh Hoàng, Chủ tịch Hội đồng quản trị Tổng công ty Sông Đà chủ trì hội nghị.")
    assert r["cluster"]["chair"] == {"organization": "Tổng công ty Sông Đà", "person": "Hồ Minh Hoàng"}


def test_a_unit_assigned_a_role_after_merging(rec):
    r = rec("Ngày 3/7/2025, tại Hội trường Đảng ủy xã Tiên Du, Cụm thi đua số 2 tổ chức hội nghị sơ kết 6 tháng đầu năm 2025.\n"
            "Sau khi sắp xếp đơn vị hành chính, xã Tiên Du được phân công làm Cụm trưởng, phường Từ Sơn làm Cụm phó.")
    assert r["cluster"]["chair"]["organization"] == "xã Tiên Du"
    assert r["cluster"]["vice_chair"]["organization"] == "phường Từ Sơn"


def test_va_inside_a_unit_name_does_not_split_it(rec):
    r = rec("Ngày 16/1/2026, tại Sở Nội vụ, Cụm thi đua số 11 tổ chức Hội nghị tổng kết năm 2025.\n"
            "Cụm thi đua số 11 gồm 4 đơn vị: Sở Tài chính, Sở Y tế, Sở Nội vụ, Sở Lao động - Thương binh và xã hội.")
    assert r["cluster"]["members"][-1] == "Sở Lao động - Thương binh và xã hội"


def test_a_unit_that_stays_in_its_role_for_the_next_year(rec):
    r = rec("Ngày 16/1/2026, tại Sở Nội vụ, Cụm thi đua số 11 tổ chức Hội nghị tổng kết năm 2025.\n"
            "Năm 2026, Sở Tài chính tiếp tục là Cụm trưởng.")
    assert r["cluster"]["next_chair"]["organization"] == "Sở Tài chính"


# (the sentences below are invented: invented places and people, shapes of our own)
_SIGN = "Sáng 8/4/2025, tại hội trường huyện Đông Lâm, Cụm thi đua số 7 tổ chức hội nghị ký kết giao ước thi đua năm 2025. "
_REVIEW = "Chiều 20/12/2024, tại thị xã Bình Lạc, Khối thi đua số 9 tổ chức hội nghị tổng kết công tác thi đua năm 2024. "


def test_a_unit_word_or_the_host_word_before_the_role(rec):
    r = rec(_SIGN + "Phát biểu khai mạc, Chi cục Kiểm lâm vùng Đông Lâm - đơn vị Cụm trưởng năm 2025 nêu mục tiêu.")
    assert r["cluster"]["chair"]["organization"] == "Chi cục Kiểm lâm vùng Đông Lâm"
    r = rec(_SIGN + "Hội Chữ thập đỏ huyện, cơ quan đăng cai Cụm trưởng, đã chuẩn bị chu đáo các nội dung.")
    assert r["cluster"]["chair"]["organization"] == "Hội Chữ thập đỏ huyện"
    r = rec(_SIGN + "Trong năm qua, UBMTTQ xã Bình Lạc làm đơn vị Cụm phó đã phối hợp chặt chẽ với các thành viên.")
    assert r["cluster"]["vice_chair"]["organization"] == "UBMTTQ xã Bình Lạc"


def test_a_clause_opened_by_its_year_without_a_comma(rec):
    r = rec(_SIGN + "Hội nghị thông qua kế hoạch hoạt động; năm 2025 Trường Trung cấp Nghề Đông Lâm làm Cụm trưởng.")
    assert r["cluster"]["chair"]["organization"] == "Trường Trung cấp Nghề Đông Lâm"


def test_a_list_of_roles_shares_the_year_written_after_it(rec):
    r = rec(_REVIEW + "Các thành viên nhất trí: Bệnh viện Đa khoa Bình Lạc là Khối trưởng, Trung tâm Y tế Đông Lâm là "
            "Khối phó năm 2025.")
    c = r["cluster"]
    assert c["next_chair"]["organization"] == "Bệnh viện Đa khoa Bình Lạc" and c["chair"] is None
    assert c["next_vice_chair"]["organization"] == "Trung tâm Y tế Đông Lâm"
    # the cluster's name between the role and its year
    r = rec(_REVIEW + "Qua biểu quyết, Hội Cựu giáo chức làm Khối trưởng, Hội Sinh vật cảnh làm Khối phó Khối thi đua số 9 năm 2025.")
    assert r["cluster"]["next_chair"]["organization"] == "Hội Cựu giáo chức"
    assert r["cluster"]["next_vice_chair"]["organization"] == "Hội Sinh vật cảnh"


def test_coordinated_units_and_roles(rec):
    # one role for two units: the first named
    r = rec(_SIGN + "Theo phân công, Phòng Kinh tế và Phòng Tư pháp là Cụm phó, cùng hỗ trợ đơn vị trưởng cụm.")
    assert r["cluster"]["vice_chair"]["organization"] == "Phòng Kinh tế"
    # "lần lượt là": one role to each, in order
    r = rec(_SIGN + "Đài Truyền thanh huyện và Phòng Văn hóa huyện lần lượt là Cụm trưởng và Cụm phó của năm nay.")
    assert r["cluster"]["chair"]["organization"] == "Đài Truyền thanh huyện"
    assert r["cluster"]["vice_chair"]["organization"] == "Phòng Văn hóa huyện"
    # a note in brackets belongs to the unit just before it alone
    r = rec(_REVIEW + "Tới dự có đại biểu Văn phòng UBND tỉnh và Chi cục Thống kê khu vực (Khối trưởng).")
    assert r["cluster"]["chair"]["organization"] == "Chi cục Thống kê khu vực"
    # each unit with its own note
    r = rec(_REVIEW + "Đồng chủ trì hội nghị có Hội Sinh vật cảnh (đơn vị Khối trưởng) và Hội Cựu giáo chức (đơn vị Khối phó).")
    assert r["cluster"]["chair"]["organization"] == "Hội Sinh vật cảnh"
    assert r["cluster"]["vice_chair"]["organization"] == "Hội Cựu giáo chức"


def test_a_role_sharing_the_verb_of_the_one_before(rec):
    r = rec(_REVIEW + "Năm 2025, Trung tâm Y tế Đông Lâm làm Khối trưởng, Bệnh viện Đa khoa Bình Lạc Khối phó.")
    assert r["cluster"]["next_chair"]["organization"] == "Trung tâm Y tế Đông Lâm"
    assert r["cluster"]["next_vice_chair"]["organization"] == "Bệnh viện Đa khoa Bình Lạc"


def test_a_role_written_before_its_unit(rec):
    r = rec(_REVIEW + "Là đơn vị Khối trưởng, thay mặt lãnh đạo Hội Cựu giáo chức đã tiếp thu các ý kiến.")
    assert r["cluster"]["chair"]["organization"] == "Hội Cựu giáo chức"
    r = rec(_REVIEW + "Với tư cách là Khối phó, Hội Sinh vật cảnh đã báo cáo kết quả chấm điểm.")
    assert r["cluster"]["vice_chair"]["organization"] == "Hội Sinh vật cảnh"


def test_a_position_named_by_its_unit_word_is_no_unit(rec):
    r = rec(_SIGN + "Kết luận hội nghị, bà Đinh Thị Hạnh Dung, Viện trưởng VKSND thị xã Bình Lạc (Cụm phó) đề nghị các đơn vị "
            "tiếp tục cố gắng.")
    assert r["cluster"]["vice_chair"] == {"organization": "VKSND thị xã Bình Lạc", "person": "Đinh Thị Hạnh Dung"}


def test_a_role_held_with_a_position_in_a_title_of_several_parts(rec):
    # the unit of the position the role is held with ("kiêm"), not the first position of the title
    r = rec(_SIGN + "Chủ trì hội nghị là ông Tạ Quang Vĩnh, Bí thư Đảng ủy, Giám đốc Bảo hiểm xã hội huyện Đông Lâm kiêm "
            "Cụm trưởng.")
    assert r["cluster"]["chair"] == {"organization": "Bảo hiểm xã hội huyện Đông Lâm", "person": "Tạ Quang Vĩnh"}
    # parts joined by dashes, the role written with the cluster's abbreviation and its own initials
    r = rec(_SIGN + "Điều hành hội nghị có bà Đinh Thị Hạnh Dung - Huyện ủy viên - Trưởng phòng Nội vụ - Trưởng CTĐXY và "
            "ông Tạ Quang Vĩnh - Trưởng phòng Y tế - Phó Trưởng CTĐXY.")
    assert r["cluster"]["chair"] == {"organization": "phòng Nội vụ", "person": "Đinh Thị Hạnh Dung"}
    assert r["cluster"]["vice_chair"] == {"organization": "phòng Y tế", "person": "Tạ Quang Vĩnh"}


def test_a_role_note_at_a_later_mention_of_the_person(rec):
    r = rec(_REVIEW + "Dự có ông Lương Văn Khải, Chủ tịch Hội Sinh vật cảnh. Sau đó, ông Lương Văn Khải - Chủ tịch Hội (Khối phó) "
            "thông qua báo cáo.")
    assert r["cluster"]["vice_chair"] == {"organization": "Hội Sinh vật cảnh", "person": "Lương Văn Khải"}


def test_the_head_of_the_chair_unit_who_speaks_acts_for_it_a_deputy_does_not(rec):
    base = _REVIEW + "Khối trưởng năm 2024 là Hội Cựu giáo chức. "
    r = rec(base + "Tại hội nghị, bà Đinh Thị Hạnh Dung, Chủ tịch Hội Cựu giáo chức, đã phát biểu.")
    assert r["cluster"]["chair"] == {"organization": "Hội Cựu giáo chức", "person": "Đinh Thị Hạnh Dung"}
    r = rec(base + "Tại hội nghị, bà Đinh Thị Hạnh Dung, Phó Chủ tịch Hội Cựu giáo chức, đã phát biểu.")
    assert r["cluster"]["chair"] == {"organization": "Hội Cựu giáo chức", "person": None}


def test_a_role_noted_on_a_bare_place_gives_way_to_the_unit_named_in_full(rec):
    r = rec("Ngày 9/1/2025, Cụm thi đua số 6 gồm Bảo hiểm xã hội các tỉnh: Kon Tum (Cụm phó), Gia Lai (Cụm trưởng), Đắk Nông "
            "họp tổng kết năm 2024. Bảo hiểm xã hội tỉnh Gia Lai là Cụm trưởng đã điều hành hội nghị.")
    assert r["cluster"]["chair"]["organization"] == "Bảo hiểm xã hội tỉnh Gia Lai"
    assert r["cluster"]["vice_chair"]["organization"] == "Kon Tum"  # no fuller mention: as written


def test_a_role_unit_takes_its_province_where_the_text_gives_it_the_same_role(rec):
    r = rec("Ngày 9/5/2025, Khối thi đua số 2 tổ chức giải bóng chuyền giao hữu năm 2025, do Kho bạc Nhà nước tỉnh Kon\nTum "
            "- Khối trưởng đăng cai. Các thành viên của khối là: Kho bạc Nhà nước (Khối trưởng), Cục Dự trữ (Khối phó), "
            "Ngân hàng Phát triển.")
    assert r["cluster"]["chair"]["organization"] == "Kho bạc Nhà nước tỉnh Kon Tum"
    # a province written after the unit elsewhere, without the role, changes nothing
    r = rec(_REVIEW + "Hội Cựu giáo chức tỉnh, cơ quan đăng cai Khối trưởng, báo cáo kết quả. Hội Cựu giáo chức tỉnh Kon Tum "
            "được tặng bằng khen.")
    assert r["cluster"]["chair"]["organization"] == "Hội Cựu giáo chức tỉnh"


def test_a_sentence_referring_back_is_dated_by_the_one_before(rec):
    r = rec(_REVIEW + "Các thành viên đã bầu ban điều hành khối năm 2025. Cụ thể, Hội Sinh vật cảnh là Khối trưởng, Hội Cựu giáo "
            "chức là Khối phó.")
    c = r["cluster"]
    assert c["next_chair"]["organization"] == "Hội Sinh vật cảnh" and c["chair"] is None
    assert c["next_vice_chair"]["organization"] == "Hội Cựu giáo chức"


def test_a_role_given_in_a_second_predicate_of_the_subject(rec):
    r = rec(_REVIEW + "Công ty Cổ phần Cơ khí Đông Lâm đã vượt mọi chỉ tiêu, xếp thứ nhất, và cũng được chọn làm Khối trưởng "
            "năm 2025.")
    assert r["cluster"]["next_chair"]["organization"] == "Công ty Cổ phần Cơ khí Đông Lâm"


def test_words_of_the_future_make_the_role_the_next_one(rec):
    h = "Ngày 10/7/2024, Khối thi đua số 9 tổ chức hội nghị sơ kết 6 tháng đầu năm 2024. "
    r = rec(h + "Từ năm 2025, Hội Sinh vật cảnh sẽ đảm nhận vai trò Khối trưởng.")
    assert r["cluster"]["next_chair"]["organization"] == "Hội Sinh vật cảnh"
    r = rec(h + "Hội Cựu giáo chức sẽ làm Khối phó.")
    assert r["cluster"]["next_vice_chair"]["organization"] == "Hội Cựu giáo chức"
    # taking on the role now is no hand-over
    r = rec(h + "Hội Sinh vật cảnh đảm nhận nhiệm vụ Khối trưởng từ đầu năm 2024.")
    assert r["cluster"]["chair"]["organization"] == "Hội Sinh vật cảnh" and r["cluster"]["next_chair"] is None


# --- ordinary sentences that name a role without electing or dating it (a year-end review of 2024) ---
_ART = ("Cụm thi đua số 8 tổng kết công tác thi đua năm 2024\n\nNgày 18/12/2024, tại thị xã Bình Lạc, Cụm thi đua số 8 tổ "
        "chức hội nghị tổng kết công tác thi đua năm 2024. ")


def _current(r, role="chair", org="Sở Khoa học và Công nghệ"):
    c = r["cluster"]
    return c[role] is not None and c[role]["organization"] == org and c["next_" + role] is None


def test_a_sentence_referring_back_to_one_that_elects_nobody_keeps_its_own_date(rec):
    r = rec(_ART + "Hội nghị bàn phương hướng, nhiệm vụ năm 2025. Cụ thể, Sở Khoa học và Công nghệ là Cụm trưởng đã phối "
            "hợp tốt với các thành viên.")
    assert _current(r)


def test_words_of_the_future_away_from_the_role_date_nothing(rec):
    assert _current(rec(_ART + "Sở Khoa học và Công nghệ (Cụm trưởng) nêu nhiệm vụ năm tới."))
    assert _current(rec(_ART + "Sở Khoa học và Công nghệ là Cụm trưởng sẽ giữ vững vai trò đầu tàu."))


def test_a_year_dates_a_role_only_right_after_the_role_word(rec):
    assert _current(rec(_ART + "Sở Khoa học và Công nghệ (Cụm trưởng) cho biết tăng trưởng năm 2025 dự kiến đạt 8%."))
    assert _current(rec(_ART + "Sở Khoa học và Công nghệ, Trưởng cụm thi đua nêu nhiệm vụ năm 2025."))
    assert _current(rec(_ART + "Sở Khoa học và Công nghệ là Cụm trưởng, chủ trì ký kết giao ước năm 2025."))


def test_a_second_predicate_goes_to_the_subject_of_its_clause(rec):
    r = rec(_ART + "Sở Nội vụ được tặng Cờ thi đua; Sở Khoa học và Công nghệ dẫn đầu cụm, đồng thời được chọn làm Cụm "
            "trưởng năm 2025.")
    assert r["cluster"]["next_chair"]["organization"] == "Sở Khoa học và Công nghệ"


def test_a_lower_case_word_after_a_role_word_is_no_role(rec):
    r = rec(_ART + "Sở Khoa học và Công nghệ là Cụm trưởng. Đài Truyền thanh thị xã là cụm phóng viên đông nhất.")
    assert r["cluster"]["vice_chair"] is None


def test_only_the_head_of_the_chair_unit_itself_acts_for_it(rec):
    for title in ("Chánh Văn phòng Sở Khoa học và Công nghệ", "Trưởng phòng Kế hoạch Sở Khoa học và Công nghệ",
                  "Giám đốc Trung tâm Ứng dụng tiến bộ khoa học Sở Khoa học và Công nghệ"):
        r = rec(_ART + f"Sở Khoa học và Công nghệ là Cụm trưởng. Ông Lê Minh Tú, {title} phát biểu.")
        assert r["cluster"]["chair"] == {"organization": "Sở Khoa học và Công nghệ", "person": None}, title
    r = rec(_ART + "Sở Khoa học và Công nghệ là Cụm trưởng. Ông Lê Minh Tú, Giám đốc Sở Khoa học và Công nghệ phát biểu.")
    assert r["cluster"]["chair"] == {"organization": "Sở Khoa học và Công nghệ", "person": "Lê Minh Tú"}


def test_a_role_noted_on_a_bare_place_gives_way_only_to_a_unit_of_the_same_place(rec):
    r = rec("Ngày 9/1/2025, Cụm thi đua số 6 gồm Bảo hiểm xã hội các tỉnh: Kon Tum (Cụm trưởng), Gia Lai, Đắk Nông họp "
            "tổng kết năm 2024. Năm 2023, Bảo hiểm xã hội tỉnh Gia Lai là Cụm trưởng.")
    assert r["cluster"]["chair"]["organization"] == "Kon Tum"


def test_a_deputy_head_of_the_chair_unit_who_presides_acts_for_it(rec):
    r = rec(_REVIEW + "Khối trưởng năm 2024 là Tổng cục Thủy văn. Bà Đinh Thị Hạnh Dung, Phó Tổng cục trưởng Tổng cục Thủy "
            "văn chủ trì hội nghị.")
    assert r["cluster"]["chair"] == {"organization": "Tổng cục Thủy văn", "person": "Đinh Thị Hạnh Dung"}


def test_a_representative_of_the_chair_unit_names_the_unit_without_the_words_of_representing(rec):
    r = rec("Ngày 8/1/2025, Cụm thi đua số 9 tổ chức hội nghị tổng kết công tác thi đua năm 2024. Đại tá Lê Quang Vinh, "
            "Giám đốc Công an tỉnh Đông Lâm đại diện đơn vị Cụm trưởng phát biểu khai mạc hội nghị.")
    assert r["cluster"]["chair"] == {"organization": "Công an tỉnh Đông Lâm", "person": "Lê Quang Vinh"}


def test_an_election_with_each_role_noted_in_brackets_gives_both_next_roles(rec):
    r = rec("Ngày 10/1/2025, Cụm thi đua số 4 tổ chức hội nghị tổng kết công tác thi đua năm 2024. Hội nghị thống nhất "
            "bầu chọn cụm trưởng và cụm phó năm 2025 là UBND huyện Lạc Sơn (Cụm trưởng) và UBND huyện Tân Hà (Cụm phó).")
    c = r["cluster"]
    assert c["next_chair"]["organization"] == "UBND huyện Lạc Sơn"
    assert c["next_vice_chair"]["organization"] == "UBND huyện Tân Hà"
    assert c["chair"] is None and c["vice_chair"] is None


def test_a_hard_wrapped_election_reads_as_one_sentence(rec):
    r = rec("Ngày 10/1/2025, Cụm thi đua số 4 tổ chức hội nghị tổng kết công tác thi đua năm 2024. Hội nghị thống nhất\n"
            "bầu chọn cụm trưởng năm\n2025 là\nUBND huyện Lạc Sơn.")
    assert r["cluster"]["next_chair"]["organization"] == "UBND huyện Lạc Sơn"


def test_a_numbered_cluster_of_a_national_system_or_of_several_provinces_has_no_province(rec):
    # the ministry in capitals in the headline, "gồm các tỉnh" after a comma, a national system after the number
    r = rec("CỤM THI ĐUA SỐ 8 - BỘ CÔNG AN:\n\nSơ kết phong trào thi đua 6 tháng đầu năm\n\nSáng 23-6-2024, tại Công an "
            "tỉnh Ninh Bình, Cụm thi đua số 8 tổ chức hội nghị sơ kết 6 tháng đầu năm 2024.")
    assert r["meeting"]["province"] is None
    r = rec("Sáng 23-6-2024, tại Công an tỉnh Ninh Bình, Cụm thi đua số 8, gồm các tỉnh duyên hải miền Trung tổ chức "
            "hội nghị sơ kết 6 tháng đầu năm 2024.")
    assert r["meeting"]["province"] is None
    r = rec("Cụm thi đua số 4 Kho bạc Nhà nước sơ kết công tác thi đua\n\nNgày 5/7/2024, tại Kho bạc Nhà nước Thái Bình, "
            "Cụm thi đua số 4 tổ chức hội nghị sơ kết 6 tháng đầu năm 2024.")
    assert r["meeting"]["province"] is None
    # one province's unit of the system, and a cluster of a province's districts, keep their province
    r = rec("Ngày 5/7/2024, tại Kho bạc Nhà nước tỉnh Thái Bình, Cụm thi đua số 4 Kho bạc Nhà nước tỉnh Thái Bình tổ chức "
            "hội nghị sơ kết 6 tháng đầu năm 2024.")
    assert r["meeting"]["province"] == "Thái Bình"
    r = rec("Ngày 5/7/2024, tại UBND huyện Tiền Hải, tỉnh Thái Bình, Cụm thi đua số 4 tổ chức hội nghị sơ kết 6 tháng "
            "đầu năm 2024.")
    assert r["meeting"]["province"] == "Thái Bình"


def test_the_chair_named_by_the_position_of_the_one_speaking_on_its_behalf(rec):
    lead = "Ngày 12/3/2024, Khối thi đua các cơ quan Đảng tỉnh tổ chức hội nghị ký kết giao ước thi đua năm 2024. "
    r = rec(lead + "Tại Hội nghị, thay mặt đơn vị Trưởng khối thi đua các cơ quan Đảng tỉnh, đồng chí Trưởng Ban Tuyên giáo "
                   "Tỉnh ủy đề nghị các đơn vị tiếp tục phát huy.")
    assert r["cluster"]["chair"] == {"organization": "Ban Tuyên giáo Tỉnh ủy", "person": None}
    r = rec(lead + "Thay mặt đơn vị Cụm trưởng, đồng chí Nguyễn Văn Hậu, Giám đốc Sở Tư pháp phát biểu.")
    assert r["cluster"]["chair"] == {"organization": "Sở Tư pháp", "person": "Nguyễn Văn Hậu"}
    # no position after it: no unit
    r = rec(lead + "Thay mặt đơn vị Khối trưởng, đồng chí phát biểu cảm ơn.")
    assert r["cluster"]["chair"] is None


def test_a_handover_from_one_unit_to_another_with_the_vice_chair_after_it(rec):
    r = rec("Ngày 10/1/2021, Khối thi đua số 02 tổ chức hội nghị tổng kết năm 2020. Hội nghị cũng đã chuyển giao cụm "
            "trưởng từ TYT xã Tân Hòa TP Lạc Sơn cho TYT xã Mỹ An, huyện Đông Giang, cụm phó TYT Phường 3 TP Lạc Sơn.")
    c = r["cluster"]
    assert c["chair"]["organization"] == "TYT xã Tân Hòa TP Lạc Sơn"
    assert c["next_chair"]["organization"] == "TYT xã Mỹ An, huyện Đông Giang"  # a commune's unit with its district
    assert c["next_vice_chair"]["organization"] == "TYT Phường 3 TP Lạc Sơn"


def test_the_one_speaking_for_the_chair_after_the_cluster_name_heads_its_unit(rec):
    r = rec("Ngày 12/3/2024, Cụm thi đua số 1 tổ chức hội nghị ký kết giao ước thi đua năm 2024. Tại hội nghị, đại diện "
            "đơn vị Cụm trưởng Cụm thi đua số 1 đồng chí Vũ Thị Hạnh - Ủy viên ban thường vụ Quận ủy, Chủ tịch Ủy ban "
            "MTTQ Việt Nam quận Tân Hà đã trình bày kế hoạch công tác thi đua năm 2024.")
    assert r["cluster"]["chair"] == {"organization": "Ủy ban MTTQ Việt Nam quận Tân Hà", "person": "Vũ Thị Hạnh"}
    assert r["people"][0]["roles"] == ["reported"]


def test_a_youth_union_is_a_unit(rec):
    r = rec("Chiều 26/2/2020, Cụm thi đua số 4 tổ chức hội nghị ký kết giao ước thi đua năm 2020. Năm 2020, Cụm thi đua "
            "số 4 do Đoàn TNCS Hồ Chí Minh thành phố làm Cụm trưởng.")
    assert r["cluster"]["chair"]["organization"] == "Đoàn TNCS Hồ Chí Minh thành phố"


def test_a_long_counted_kind_before_la_and_a_colon_opens_the_member_list(rec):
    r = rec("Sáng ngày 29/3/2019, tại thành phố Lạc Sơn, Cụm thi đua số 2 gồm 5 Đài Phát thanh - Truyền hình các tỉnh "
            "Trung du miền núi phía Bắc là: Lạc Sơn, Tân Hà, Bình An, Đông Giang và Trung tâm Truyền thông tỉnh Tây Lĩnh "
            "đã tổ chức ký kết giao ước thi đua năm 2019.")
    assert r["cluster"]["members"] == ["Lạc Sơn", "Tân Hà", "Bình An", "Đông Giang", "Trung tâm Truyền thông tỉnh Tây Lĩnh"]


def test_an_unnamed_bloc_still_has_the_province_of_its_meeting(rec):
    r = rec("Ngày 15/1/2024, tại thành phố Lạc Sơn, tỉnh Ninh Bình, các doanh nghiệp trong Khối thi đua của tỉnh đã tổ chức "
            "hội nghị tổng kết công tác thi đua năm 2023 và bầu ra khối trưởng mới.")
    assert r["cluster"]["name"] is None and r["cluster"]["kind"] == "khoi"
    assert r["meeting"]["province"] == "Ninh Bình"


def test_a_cluster_of_centrally_run_cities_counts_them_and_has_no_number_or_province(rec):
    r = rec("Sáng 12/11/2022, Hội nghị tổng kết năm 2022 của Cụm thi đua 5 thành phố trực thuộc Trung ương đã diễn ra tại Hà Nội.")
    c = r["cluster"]
    assert (c["name"], c["number"], c["member_count"]) == ("Cụm thi đua 5 thành phố trực thuộc Trung ương", None, 5)
    assert r["meeting"]["province"] is None
    # a sector's name before the count
    r = rec("Chiều 3/8/2023, Cụm thi đua Mặt trận 5 thành phố trực thuộc trung ương tổ chức hội nghị sơ kết 6 tháng đầu năm 2023.")
    assert (r["cluster"]["number"], r["cluster"]["member_count"]) == (None, 5)


def test_a_members_trailing_parenthetical_is_no_part_of_it(rec):
    r = rec("Ngày 10/5/2024, Cụm thi đua số 4 gồm Hội Luật gia các tỉnh: Lạc Sơn, Tân Hà, Bình An và Đông Giang "
            "(gọi tắt Cụm thi đua 4) tổ chức hội nghị sơ kết.")
    assert r["cluster"]["members"] == ["Lạc Sơn", "Tân Hà", "Bình An", "Đông Giang"]


def test_border_guard_flotillas_are_units(rec):
    r = rec("Ngày 10/1/2025, Cụm thi đua số 3 tổ chức hội nghị tổng kết năm 2024. Hội nghị đề nghị tặng cờ thi đua năm "
            "2025 cho Hải đoàn Biên phòng 38 và Hải đoàn Biên phòng 48.")
    assert [a["recipient"] for a in r["awards"]] == ["Hải đoàn Biên phòng 38", "Hải đoàn Biên phòng 48"]
